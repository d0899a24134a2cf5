package numbers

import (
	"iter"
	"maps"
	"slices"
	"unsafe"

	"github.com/factalign/factalign/internal/strtab"
)

// A strMap maps strings to values with one hash and a short linear probe
// (internal/strtab). It is laid out as plain data, so that the tables of
// the built-in languages (ztables.go) are constants the program starts
// with, not maps it builds: the keys, sorted, with their slots, and their
// values in the same order. The zero value is an empty map; a strMap is
// never modified once made.
type strMap[V any] struct {
	index strtab.Table[uint32] // the keys
	vals  []V                  // vals[i] is the value of key i of index
	// first holds the lengths and first bytes of the keys: most words
	// of a text are no key of a table, and most of those fail it, so that
	// a look-up of them costs two tests and no hash.
	first firstFilter
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
	index, err := strtab.New[uint32](keys)
	if err != nil {
		panic(err) // cannot happen: the keys of a map, sorted, and far fewer than 2³²
	}
	var first firstFilter
	for _, k := range keys {
		first.add(k)
	}
	return strMap[V]{index: index, vals: vals, first: first}
}

// keys returns the keys of m, sorted.
func (m *strMap[V]) keys() []string { return m.index.Keys() }

// get returns the value of k and whether k is a key, like m[k] of a map.
func (m *strMap[V]) get(k string) (V, bool) {
	if !m.mayHave(k) {
		var zero V
		return zero, false
	}
	if i := m.index.Index(k); i >= 0 {
		return m.vals[i], true
	}
	var zero V
	return zero, false
}

// getBytes is get for a key in bytes; it does not allocate.
func (m *strMap[V]) getBytes(k []byte) (V, bool) {
	if !m.mayHave(unsafe.String(unsafe.SliceData(k), len(k))) {
		var zero V
		return zero, false
	}
	if i := m.index.IndexBytes(k); i >= 0 {
		return m.vals[i], true
	}
	var zero V
	return zero, false
}

// at returns the value of k, or the zero value when k is no key.
func (m *strMap[V]) at(k string) V {
	v, _ := m.get(k)
	return v
}

// has reports whether k is a key of m.
func (m *strMap[V]) has(k string) bool { return m.mayHave(k) && m.index.Index(k) >= 0 }

// mayHave reports whether k may be a key of m: false only for a string
// that is certainly none.
func (m *strMap[V]) mayHave(k string) bool {
	return m.first.may(k)
}

// len returns the number of keys.
func (m *strMap[V]) len() int { return m.index.Len() }

// all yields the keys and their values in key order.
func (m *strMap[V]) all() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for i := range m.index.Len() {
			if !yield(m.index.Key(i), m.vals[i]) {
				return
			}
		}
	}
}
