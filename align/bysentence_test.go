package align

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

func TestBySentence(t *testing.T) {
	tests := []struct {
		name     string
		sentence []int
		n        int
		want     [][]int // the items (their indexes in all) of each sentence
		shared   []bool  // whether the list is a sub-slice of all
	}{
		{"empty", nil, 2, [][]int{nil, nil}, []bool{false, false}},
		{"one run a sentence", []int{0, 0, 1, 1, 1}, 2, [][]int{{0, 1}, {2, 3, 4}}, []bool{true, true}},
		{"a span across sentences", []int{0, -1, 1}, 2, [][]int{{0}, {2}}, []bool{true, true}},
		{"a run broken by an outsider", []int{0, -1, 0, 1}, 2, [][]int{{0, 2}, {3}}, []bool{false, true}},
		{"a sentence with nothing", []int{1, 1}, 3, [][]int{nil, {0, 1}, nil}, []bool{false, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := make([]int, len(tt.sentence))
			for k := range all {
				all[k] = k
			}
			got := bySentence(all, tt.sentence, tt.n)
			assert.Len(t, got, tt.n)
			for s := range got {
				assert.Equal(t, tt.want[s], got[s], "sentence %d", s)
				shared := len(got[s]) > 0 && &got[s][0] == &all[got[s][0]]
				assert.Equal(t, tt.shared[s], shared, "sentence %d shares all", s)
				assert.Equal(t, len(got[s]), cap(got[s]), "sentence %d: an append must copy", s)
			}
		})
	}
}

func TestAffinities(t *testing.T) {
	num := func(s int) *Item { return &Item{Sentence: s, Number: &numbers.Mention{}} }
	facts := []draft{
		{Status: Agree, A: num(2), B: num(3)},
		{Status: Agree, A: num(0), B: num(1)},
		{Status: Agree, A: num(2), B: num(3)},
		{Status: Agree, A: num(2), B: num(0)},
		{Status: Conflict, A: num(1), B: num(1)},                                      // not agreed
		{Status: Agree, A: &Item{Sentence: 4, Entity: &entities.Entity{}}, B: num(4)}, // a name
		{Status: OnlyA, A: num(5)},
	}
	aff := affinities(facts, 6, affinity{})
	assert.Equal(t, 2, aff.of(2, 3))
	assert.Equal(t, 1, aff.of(0, 1))
	assert.Equal(t, 0, aff.of(1, 1))
	assert.Equal(t, 0, aff.of(4, 4))
	assert.Equal(t, []affPair{{2, 0, 1}, {2, 3, 2}}, aff.partners(2))
	assert.Empty(t, aff.partners(-1))
	assert.Empty(t, aff.partners(9))
	assert.Zero(t, affinity{}.of(2, 3), "the zero value holds none")
}
