package align

import (
	"testing"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
	"github.com/stretchr/testify/assert"
)

func TestRunAt(t *testing.T) {
	name := Item{Entity: &entities.Entity{Type: entities.Country}}
	fig := Item{Number: &numbers.Mention{}}
	items := []Item{name, name, fig, fig, name, fig}
	seq := []int{0, 1, 2, 3, 4, 5}
	for _, tc := range []struct{ at, want int }{{0, 2}, {1, 1}, {2, 2}, {4, 1}, {5, 1}, {6, 0}} {
		assert.Equal(t, tc.want, runAt(items, seq, tc.at), "run at %d", tc.at)
	}
	assert.True(t, namesAndFigures(items, seq, 2))
	assert.False(t, namesAndFigures(items, seq[:3], 2))
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
