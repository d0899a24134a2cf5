package lunar

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestRestBound checks that restBound exceeds what the terms newMoonDay
// may leave out can add up to.
func TestRestBound(t *testing.T) {
	rest := 0.0
	for _, p := range newMoonTerms[mainTerms:] {
		rest += math.Abs(p.coef)
	}
	for _, p := range planetaryTerms {
		rest += math.Abs(p.coef)
	}
	assert.Less(t, rest, restBound)
	for _, p := range newMoonTerms[:mainTerms] {
		assert.Greater(t, math.Abs(p.coef), math.Abs(newMoonTerms[mainTerms].coef), "the main terms are the largest")
	}
}

// TestNewMoonDay checks that the short way of newMoonDay gives the days of
// the whole series for every lunation of the supported range.
func TestNewMoonDay(t *testing.T) {
	for k := month11(minYear - 1); k <= month11(maxYear+1)+1; k++ {
		if got, want := newMoonDay(k), dayOf(newMoon(k)); got != want {
			t.Errorf("lunation %d: day %d, the whole series says %d", k, got, want)
		}
	}
}

func TestSolsticeEstimate(t *testing.T) {
	for _, y := range []int{1967, 2000, 2024, 2200} {
		want := time.Date(y, time.December, 21, 0, 0, 0, 0, time.UTC).Unix() / secondsPerDayInt
		assert.InDelta(t, want, solsticeEstimate(y), 1, "%d", y)
	}
}

// TestSui checks that label and offset are inverses, with a leap month at
// any offset and with none.
func TestSui(t *testing.T) {
	for leap := range leapSuiLength {
		s := sui{first: 100, leap: leap}
		n := monthsPerYear
		if leap != 0 {
			n = leapSuiLength
		}
		for o := range n {
			m, isLeap := s.label(o)
			got, ok := s.offset(m, isLeap)
			assert.True(t, ok, "leap %d, offset %d", leap, o)
			assert.Equal(t, o, got, "leap %d, offset %d: month %d %v", leap, o, m, isLeap)
		}
	}
}
