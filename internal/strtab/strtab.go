// Package strtab finds a string among a fixed set of keys with one hash
// and a short linear probe, without allocating.
//
// A Table is plain data, sorted keys and a slice of slots, so that a
// generator can write it as a Go literal (the ztables.go files of numbers
// and entities) and a program starts with its tables ready instead of
// building maps. A Table is never modified once made, so it is safe for
// concurrent use.
package strtab

import (
	"fmt"
	"slices"
	"unsafe"
)

// A Slot is the type of a table's slots: uint16 keeps a table of up to
// 65,534 keys small, uint32 holds more.
type Slot interface{ ~uint16 | ~uint32 }

// A Table finds the index of a string among its keys. The zero value is
// an empty table.
type Table[S Slot] struct {
	Keys  []string // sorted and distinct
	Slots []S      // open addressing: the index of a key + 1, or 0; len is a power of two, at least twice len(Keys)
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
	return Table[S]{Keys: keys, Slots: slots}, nil
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

// Index returns the index of k among t.Keys, or -1. It is small enough
// to be inlined where a key is looked up.
func (t *Table[S]) Index(k string) int {
	mask := len(t.Slots) - 1 // -1 for the empty table, which has no slot to probe
	for i := int(Hash(k)); mask >= 0; i++ {
		s := int(t.Slots[i&mask]) - 1
		if s < 0 || t.Keys[s] == k {
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
func (t *Table[S]) Len() int { return len(t.Keys) }
