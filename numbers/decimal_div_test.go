package numbers

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDivFastPath checks that div, which divides small numbers without
// big numbers, gives what divBig gives for every pair of a grid of
// values: terminating, repeating, rounded, negative and extreme.
func TestDivFastPath(t *testing.T) {
	coefs := []int64{1, 2, 3, 4, 7, 9, 10, 12, 16, 25, 30, 64, 99, 100, 125, 333, 1024, 1586, 4400,
		999999, 1 << 20, 3125, 1e9 + 7, 1e15, 1e17, 999999999999999999, math.MaxInt64, math.MinInt64}
	var vals []Decimal
	for _, c := range coefs {
		for _, exp := range []int{-20, -3, 0, 2, 15} {
			for _, sign := range []int64{1, -1} {
				if d, err := NewDecimal(c*sign, exp); err == nil {
					vals = append(vals, d)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 14))
	for range 300 {
		c := r.Int64N(math.MaxInt64) >> r.IntN(63)
		if d, err := NewDecimal(c-c/2*r.Int64N(3), r.IntN(40)-20); err == nil && !d.IsZero() {
			vals = append(vals, d)
		}
	}
	for _, d := range vals {
		for _, e := range vals {
			got, gotOK := d.div(e)
			want, wantOK := d.divBig(e)
			if !assert.Equal(t, wantOK, gotOK, "%s / %s", d, e) || !assert.Equal(t, want, got, "%s / %s", d, e) {
				return
			}
		}
	}
}
