package numbers

import (
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMentionSize keeps a Mention small: Extract zeroes one for every
// figure it may find and a report holds one for every figure of both
// texts, so its size is most of what extraction and Compare allocate.
// A Point's fields are small integers for this (288 bytes a Mention when
// they were int). DateValue.Restated took the last eight bytes (56 and
// 208 before it: the fields filled 56 bytes exactly).
func TestMentionSize(t *testing.T) {
	if unsafe.Sizeof(0) != 8 {
		t.Skip("sizes are set for 64-bit machines")
	}
	assert.Equal(t, uintptr(12), unsafe.Sizeof(Point{}))
	assert.Equal(t, uintptr(64), unsafe.Sizeof(DateValue{}))
	assert.Equal(t, uintptr(216), unsafe.Sizeof(Mention{}))
}

// TestYearsInRange checks that a year beyond what a Point holds is no
// date rather than another one.
func TestYearsInRange(t *testing.T) {
	for _, c := range []struct {
		name string
		spec dspec
		ok   bool
	}{
		{"a year", dspec{y: 2026}, true},
		{"the largest year", dspec{y: maxYear}, true},
		{"beyond it", dspec{y: maxYear + 1}, false},
		{"a count of years beyond it", dspec{rel: rel{GrainYear, -maxYear - 1}}, false},
		{"a month of 13", dspec{y: 2026, m: 13}, false},
		{"day 32", dspec{y: 2026, m: 1, d: 32}, false},
		{"the last day", dspec{y: 2026, m: 2, d: lastDay}, true},
		{"a fifth quarter", dspec{y: 2026, q: 5}, false},
		{"week 54", dspec{y: 2026, week: 54}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.ok, c.spec.inRange())
			if c.ok {
				return
			}
			for _, ref := range []time.Time{{}, time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC)} {
				var sc scanner
				WithReference(ref)(&sc.cfg)
				v, ok := sc.resolve(c.spec)
				assert.False(t, ok, "%+v", v)
			}
		})
	}
	var c config
	WithReference(time.Date(maxYear+1, 1, 1, 0, 0, 0, 0, time.UTC))(&c)
	assert.False(t, c.hasRef, "a reference beyond maxYear counts as none")
}

// TestDecimalFloat64 checks Float64 against strconv on d's string.
func TestDecimalFloat64(t *testing.T) {
	for _, c := range []struct {
		coef int64
		exp  int
		want float64
		ok   bool
	}{
		{44, 2, 4400, true},
		{15, -1, 1.5, true},
		{-25, -2, -0.25, true},
		{0, 0, 0, true},
		{333333333333333, -15, 0.333333333333333, true},
	} {
		d, err := NewDecimal(c.coef, c.exp)
		require.NoError(t, err)
		f, ok := d.Float64()
		assert.Equal(t, c.ok, ok, "%s", d)
		assert.Equal(t, c.want, f, "%s", d)
	}
}
