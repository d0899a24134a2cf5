// Package strtab finds a string among a fixed set of keys with one hash
// and a short linear probe, without allocating.
//
// A Table is plain data, its sorted keys one after the other in a
// string, their offsets and a slice of slots, so that a generator can
// write it as a Go literal (the ztables.go files of numbers, entities
// and align) and a program starts with its tables ready instead of
// building maps. None of it holds a pointer but the string and the
// slices themselves: the keys of a table in a program's data cost the
// garbage collector's map of that data nothing at start-up. A Table is
// never modified once made, so it is safe for concurrent use.
package strtab

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// A Slot is the type of a table's slots: uint16 keeps a table of up to
// 65,534 keys small, uint32 holds more.
type Slot interface{ ~uint16 | ~uint32 }

// A Table finds the index of a string among its keys. The zero value is
// an empty table.
type Table[S Slot] struct {
	Blob  string   // the keys, sorted and distinct, one after the other
	Offs  []uint32 // key i is Blob[Offs[i]:Offs[i+1]]; one more than the keys, or none
	Slots []S      // open addressing: the index of a key + 1, or 0; len is a power of two, at least twice the keys
}

// New lays out a table of keys, which must be sorted and distinct.
func New[S Slot](keys []string) (Table[S], error) {
	if len(keys) == 0 {
		return Table[S]{}, nil
	}
	if !slices.IsSorted(keys) {
		return Table[S]{}, fmt.Errorf("strtab: keys not sorted")
	}
	for i := 1; i < len(keys); i++ {
		if keys[i] == keys[i-1] {
			return Table[S]{}, fmt.Errorf("strtab: key %q twice", keys[i])
		}
	}
	if uint64(len(keys)) >= uint64(S(0)-1) {
		return Table[S]{}, fmt.Errorf("strtab: %d keys: too many for %T slots", len(keys), S(0))
	}
	size := 2
	for size < 2*len(keys) {
		size *= 2
	}
	slots := make([]S, size)
	mask := uint32(size - 1)
	for i, k := range keys {
		j := Hash(k) & mask
		for slots[j] != 0 {
			j = (j + 1) & mask
		}
		slots[j] = S(i + 1)
	}
	offs := make([]uint32, 0, len(keys)+1)
	var blob strings.Builder
	for _, k := range keys {
		offs = append(offs, uint32(blob.Len()))
		blob.WriteString(k)
	}
	if uint64(blob.Len()) > math.MaxUint32 {
		return Table[S]{}, fmt.Errorf("strtab: %d bytes of keys: too many for uint32 offsets", blob.Len())
	}
	offs = append(offs, uint32(blob.Len()))
	return Table[S]{Blob: blob.String(), Offs: offs, Slots: slots}, nil
}

// Hash is FNV-1a over the bytes of k, its high bits folded into the low
// ones that pick a slot. Tables written by one version of this package
// are read by the same Hash: a generator that writes slots must be run
// again if it changes.
func Hash(k string) uint32 {
	h := uint32(2166136261)
	for i := range len(k) {
		h = (h ^ uint32(k[i])) * 16777619
	}
	return h ^ h>>15
}

// Index returns the index of k among the keys of t, or -1. It is small
// enough to be inlined where a key is looked up.
func (t *Table[S]) Index(k string) int {
	mask := len(t.Slots) - 1 // -1 for the empty table, which has no slot to probe
	for i := int(Hash(k)); mask >= 0; i++ {
		s := int(t.Slots[i&mask]) - 1
		if s < 0 || t.Blob[t.Offs[s]:t.Offs[s+1]] == k {
			return s
		}
	}
	return -1
}

// IndexBytes is Index for a key held in bytes, which it reads in place:
// a look-up is one call, which neither copies nor allocates.
func (t *Table[S]) IndexBytes(k []byte) int {
	return t.Index(unsafe.String(unsafe.SliceData(k), len(k)))
}

// Len returns the number of keys.
func (t *Table[S]) Len() int { return max(len(t.Offs)-1, 0) }

// Key returns key i, 0 <= i < t.Len().
func (t *Table[S]) Key(i int) string { return t.Blob[t.Offs[i]:t.Offs[i+1]] }

// Keys returns the keys, sorted, in a new slice: for the programs that
// build tables and their tests, not for look-ups.
func (t *Table[S]) Keys() []string {
	keys := make([]string, t.Len())
	for i := range keys {
		keys[i] = t.Key(i)
	}
	return keys
}

// AppendGo appends t as a Go composite literal of type typ, such as
// "strtab.Table[uint16]", for the programs that write tables as Go
// source: the keys eight to a line of the string, then the offsets and
// the slots sixteen to a line.
func (t *Table[S]) AppendGo(b []byte, typ string) []byte {
	b = append(b, typ...)
	if t.Len() == 0 {
		return append(b, "{}"...)
	}
	b = append(b, "{\nBlob: "...)
	for i := 0; i < t.Len(); i += 8 {
		if i > 0 {
			b = append(b, " +\n"...)
		}
		b = strconv.AppendQuote(b, t.Blob[t.Offs[i]:t.Offs[min(i+8, t.Len())]])
	}
	b = append(b, ",\nOffs: []uint32{"...)
	b = appendInts(b, t.Offs)
	b = fmt.Appendf(b, "},\nSlots: []%T{", S(0))
	b = appendInts(b, t.Slots)
	return append(b, "},\n}"...)
}

// appendInts appends the numbers of s, sixteen to a line.
func appendInts[T Slot](b []byte, s []T) []byte {
	for i, v := range s {
		if i%16 == 0 {
			b = append(b, '\n')
		}
		b = strconv.AppendUint(b, uint64(v), 10)
		b = append(b, ", "...)
	}
	return append(b, '\n')
}
