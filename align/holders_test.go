package align

import (
	"testing"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
	"github.com/stretchr/testify/assert"
)

func TestAlternates(t *testing.T) {
	name := Item{Entity: &entities.Entity{Type: entities.Country}}
	fig := Item{Number: &numbers.Mention{}}
	for _, tc := range []struct {
		name  string
		items []Item
		run   int
		want  bool
	}{
		{"name, figure, name, figure", []Item{name, fig, name, fig}, 1, true},
		{"figure, name, figure, name", []Item{fig, name, fig, name}, 1, true},
		{"two names, then two figures", []Item{name, name, fig, fig}, 1, false},
		{"two names, then two figures, by runs of two", []Item{name, name, fig, fig}, 2, true},
		{"two figures, then two names, by runs of two", []Item{fig, fig, name, name}, 2, true},
		{"three names, then three figures", []Item{name, name, name, fig, fig, fig}, 3, true},
		{"runs broken", []Item{name, fig, name, fig}, 2, false},
		{"a name twice", []Item{name, fig, fig, name}, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seq := make([]int, len(tc.items))
			for i := range seq {
				seq[i] = i
			}
			assert.Equal(t, tc.want, alternates(tc.items, seq, tc.run))
		})
	}
}

func TestContainsWord(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{
		{"210,000 visitors respectively.", "respectively", true},
		{"Respectively, the two", "respectively", true},
		{"irrespectively", "respectively", false},
		{"respectivelyx", "respectively", false},
		{"lần lượt đạt 382.000", "lần lượt", true},
		{"Lần lượt đạt", "lần lượt", true},
		{"", "lần lượt", false},
	} {
		assert.Equal(t, tc.want, containsWord(tc.s, tc.w), "%q in %q", tc.w, tc.s)
	}
}
