package align

// A table is a hash table from 64-bit hashes to int32 values, with open
// addressing and linear probing. Lookups are several times cheaper than
// those of a Go map; the aligner makes hundreds of thousands of them per
// document.
type table struct {
	keys  []uint64 // 0 marks an empty slot; key 0 is stored as 1
	vals  []int32
	mask  uint64
	shift uint
	n     int // keys stored, counted by add only
}

// newTable returns a table with room for n entries at load factor 1/2.
func newTable(n int) *table {
	size, bits := 16, uint(4)
	for size < 2*n {
		size *= 2
		bits++
	}
	return &table{keys: make([]uint64, size), vals: make([]int32, size), mask: uint64(size - 1), shift: 64 - bits}
}

// slot returns the slot of key k: where it is, or where it would go.
func (t *table) slot(k uint64) uint64 {
	if k == 0 {
		k = 1
	}
	i := (k ^ k>>29) * 0x9E3779B97F4A7C15 >> t.shift
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) & t.mask
	}
	return i
}

// get returns the value of k and whether k is there.
func (t *table) get(k uint64) (int32, bool) {
	i := t.slot(k)
	return t.vals[i], t.keys[i] != 0
}

// put sets the value of k. The table must not be full; newTable's size
// for the number of distinct keys guarantees that.
func (t *table) put(k uint64, v int32) {
	i := t.slot(k)
	if k == 0 {
		k = 1
	}
	t.keys[i], t.vals[i] = k, v
}

// add sets the value of k, and doubles the table when it is half full:
// for tables whose number of distinct keys is not known in advance.
func (t *table) add(k uint64, v int32) {
	i := t.slot(k)
	if t.keys[i] == 0 {
		if 2*(t.n+1) > len(t.keys) {
			t.grow()
			i = t.slot(k)
		}
		t.n++
	}
	if k == 0 {
		k = 1
	}
	t.keys[i], t.vals[i] = k, v
}

// grow doubles the table.
func (t *table) grow() {
	keys, vals := t.keys, t.vals
	*t = table{keys: make([]uint64, 2*len(keys)), vals: make([]int32, 2*len(keys)),
		mask: uint64(2*len(keys) - 1), shift: t.shift - 1, n: t.n}
	for i, k := range keys {
		if k != 0 {
			j := t.slot(k)
			t.keys[j], t.vals[j] = k, vals[i]
		}
	}
}
