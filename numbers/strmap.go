package numbers

import (
	"iter"
	"maps"
	"slices"
)

// A strMap maps strings to values with one hash and a short linear probe.
// It is laid out as plain data, so that the tables of the built-in
// languages (ztables.go) are constants the program starts with, not maps
// it builds: sorted keys, their values in the same order, and open
// addressing slots. The zero value is an empty map; a strMap is never
// modified once made.
type strMap[V any] struct {
	keys  []string // sorted
	vals  []V      // vals[i] is the value of keys[i]
	slots []uint32 // index of a key + 1, or 0; len is a power of two, at least twice len(keys)
}

// newStrMap lays out m as a strMap.
func newStrMap[V any](m map[string]V) strMap[V] {
	if len(m) == 0 {
		return strMap[V]{}
	}
	keys := slices.Sorted(maps.Keys(m))
	vals := make([]V, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	size := 2
	for size < 2*len(keys) {
		size *= 2
	}
	slots := make([]uint32, size)
	mask := uint32(size - 1)
	for i, k := range keys {
		j := hashKey(k) & mask
		for slots[j] != 0 {
			j = (j + 1) & mask
		}
		slots[j] = uint32(i + 1)
	}
	return strMap[V]{keys: keys, vals: vals, slots: slots}
}

// hashKey is FNV-1a over the bytes of k, its high bits folded into the
// low ones that pick a slot.
func hashKey[S ~string | ~[]byte](k S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return h ^ h>>15
}

// find returns the index of k among m.keys, or -1. It does not allocate.
func find[V any, S ~string | ~[]byte](m *strMap[V], k S) int {
	if len(m.slots) == 0 {
		return -1
	}
	mask := uint32(len(m.slots) - 1)
	for i := hashKey(k) & mask; ; i = (i + 1) & mask {
		s := m.slots[i]
		if s == 0 {
			return -1
		}
		if m.keys[s-1] == string(k) {
			return int(s) - 1
		}
	}
}

// get returns the value of k and whether k is a key, like m[k] of a map.
func (m *strMap[V]) get(k string) (V, bool) {
	if i := find(m, k); i >= 0 {
		return m.vals[i], true
	}
	var zero V
	return zero, false
}

// getBytes is get for a key in bytes; it does not allocate.
func (m *strMap[V]) getBytes(k []byte) (V, bool) {
	if i := find(m, k); i >= 0 {
		return m.vals[i], true
	}
	var zero V
	return zero, false
}

// at returns the value of k, or the zero value when k is no key.
func (m *strMap[V]) at(k string) V {
	if i := find(m, k); i >= 0 {
		return m.vals[i]
	}
	var zero V
	return zero
}

// has reports whether k is a key of m.
func (m *strMap[V]) has(k string) bool { return find(m, k) >= 0 }

// len returns the number of keys.
func (m *strMap[V]) len() int { return len(m.keys) }

// all yields the keys and their values in key order.
func (m *strMap[V]) all() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for i, k := range m.keys {
			if !yield(k, m.vals[i]) {
				return
			}
		}
	}
}
