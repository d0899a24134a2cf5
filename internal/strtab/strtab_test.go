package strtab_test

import (
	"fmt"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factalign/factalign/internal/strtab"
)

func TestTable(t *testing.T) {
	keys := []string{"", "a", "nghìn", "tháng", "triệu", "tỷ"}
	tab, err := strtab.New[uint16](keys)
	require.NoError(t, err)
	assert.Equal(t, len(keys), tab.Len())
	for i, k := range keys {
		assert.Equal(t, i, tab.Index(k), k)
		assert.Equal(t, i, tab.IndexBytes([]byte(k)), k)
	}
	for _, k := range []string{"b", "ngh", "tỷ ", "Tháng"} {
		assert.Equal(t, -1, tab.Index(k), k)
		assert.Equal(t, -1, tab.IndexBytes([]byte(k)), k)
	}
	assert.GreaterOrEqual(t, len(tab.Slots), 2*len(keys))
	assert.Zero(t, len(tab.Slots)&(len(tab.Slots)-1), "a power of two")
}

func TestZeroTable(t *testing.T) {
	var tab strtab.Table[uint32]
	assert.Equal(t, -1, tab.Index("a"))
	assert.Equal(t, -1, tab.IndexBytes(nil))
	assert.Zero(t, tab.Len())
	empty, err := strtab.New[uint32](nil)
	require.NoError(t, err)
	assert.Equal(t, -1, empty.Index(""))
}

func TestNewErrors(t *testing.T) {
	for _, c := range []struct {
		keys []string
		err  string
	}{
		{[]string{"b", "a"}, "not sorted"},
		{[]string{"a", "a"}, `key "a" twice`},
		{numbered(1 << 16), "too many for uint16 slots"},
	} {
		_, err := strtab.New[uint16](c.keys)
		assert.ErrorContains(t, err, c.err)
	}
	// uint32 slots hold what uint16 slots cannot.
	tab, err := strtab.New[uint32](numbered(1 << 16))
	require.NoError(t, err)
	assert.Equal(t, 1<<16-1, tab.Index(fmt.Sprintf("%08d", 1<<16-1)))
}

// numbered returns n sorted distinct keys.
func numbered(n int) []string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("%08d", i)
	}
	return keys
}

func TestIndexDoesNotAllocate(t *testing.T) {
	tab, err := strtab.New[uint16]([]string{"a", "b", "c"})
	require.NoError(t, err)
	key := []byte("b")
	assert.Zero(t, testing.AllocsPerRun(100, func() { tab.IndexBytes(key) }))
}

// FuzzIndex checks that every key is found at its index and that a
// string is found only if it is a key.
func FuzzIndex(f *testing.F) {
	f.Add("a b c", "b")
	f.Add("", "")
	f.Add("tháng năm", "năm ")
	f.Fuzz(func(t *testing.T, words, probe string) {
		keys := slices.Compact(slices.Sorted(slices.Values(splitWords(words))))
		tab, err := strtab.New[uint16](keys)
		if err != nil {
			t.Fatal(err)
		}
		for i, k := range keys {
			if got := tab.Index(k); got != i {
				t.Fatalf("Index(%q) = %d, want %d", k, got, i)
			}
		}
		want := slices.Index(keys, probe)
		if got := tab.Index(probe); got != want {
			t.Fatalf("Index(%q) = %d, want %d", probe, got, want)
		}
	})
}

// splitWords splits s at spaces, keeping empty words.
func splitWords(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

func BenchmarkIndex(b *testing.B) {
	keys := numbered(4096)
	tab, err := strtab.New[uint16](keys)
	require.NoError(b, err)
	probes := make([][]byte, 1024)
	for i := range probes {
		probes[i] = []byte(strconv.Itoa(i * 7)) // mostly absent: as most words of a text
		if i%4 == 0 {
			probes[i] = []byte(keys[i])
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range probes {
			tab.IndexBytes(p)
		}
	}
}

func ExampleTable() {
	tab, err := strtab.New[uint16]([]string{"nghìn", "triệu", "tỷ"})
	if err != nil {
		panic(err)
	}
	fmt.Println(tab.Index("triệu"), tab.Index("tỉ"))
	// Output: 1 -1
}
