package align

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// driftedAligner returns an aligner of article pairs where a run of
// English sentences is missing near the end, so that the best path
// strays from the diagonal there.
func driftedAligner(t *testing.T) *aligner {
	t.Helper()
	vi, en := pairTexts(t, 600)
	a, b := Segment(vi, language.Vietnamese), Segment(en, language.English)
	cut := len(b) * 4 / 5
	b = append(b[:cut:cut], b[cut+12:]...)
	c := config{mode: Monotonic}
	fa, fb, _ := alignFeatures(a, b, &c)
	return newAligner(fa, fb, &c)
}

// TestSearchResumes widens the band around the rows where the path
// touches its edge and checks that the table the search resumes from the
// first changed row is the table a search from the start computes.
func TestSearchResumes(t *testing.T) {
	d := &dp{al: driftedAligner(t), w: defaultBand}
	_, touched := d.search()
	require.NotEmpty(t, touched, "the path should touch the edge of the band")
	d.width = slices.Repeat([]int{d.w}, d.al.fa.n+1)
	widen(d.width, touched, 2*d.w)
	from := d.al.rebuild(d.w, d.width)
	assert.Greater(t, from, 0, "the rows before the first touch are kept")
	t.Logf("%d rows, touched at %v, resumed from row %d", d.al.fa.n, touched, from)
	d.fill(from)

	fresh := &dp{al: driftedAligner(t), w: d.w, width: d.width}
	fresh.fill(fresh.al.rebuild(fresh.w, fresh.width))
	assert.Equal(t, fresh.al.band, d.al.band)
	assert.True(t, slices.Equal(fresh.cost, d.cost), "costs")
	assert.True(t, slices.Equal(fresh.back, d.back), "back pointers")
	assert.True(t, slices.Equal(fresh.bound, d.bound), "bounds")
}

// TestWiden checks which rows widen around the touched rows.
func TestWiden(t *testing.T) {
	width := slices.Repeat([]int{5}, 200)
	widen(width, []int{10, 12, 150}, 10)
	r := reach(10)
	for i, w := range width {
		near := i <= 12+r || i >= 150-r && i <= 150+r
		if near {
			assert.Equal(t, 10, w, "row %d", i)
		} else {
			assert.Equal(t, 5, w, "row %d", i)
		}
	}
}
