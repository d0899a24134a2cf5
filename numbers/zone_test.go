package numbers

import (
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseOffset reads the offsets of zones.tsv and refuses the others.
func TestParseOffset(t *testing.T) {
	for _, c := range []struct {
		in     string
		want   string
		offset time.Duration
		ok     bool
	}{
		{"+07:00", "UTC+07:00", 7 * time.Hour, true},
		{"+00:00", "UTC+00:00", 0, true},
		{"+05:30", "UTC+05:30", 5*time.Hour + 30*time.Minute, true},
		{"-03:45", "UTC-03:45", -3*time.Hour - 45*time.Minute, true},
		{"+14:00", "UTC+14:00", 14 * time.Hour, true},
		{"+14:15", "", 0, false},
		{"+07:10", "", 0, false},
		{"07:00", "", 0, false},
		{"+7:00", "", 0, false},
		{"+07:60", "", 0, false},
		{"", "", 0, false},
	} {
		t.Run(c.in, func(t *testing.T) {
			z, ok := parseOffset(c.in)
			require.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, z.String())
			off, known := z.Offset()
			assert.Equal(t, c.ok, known)
			assert.Equal(t, c.offset, off)
		})
	}
	assert.Equal(t, "local", Zone{Kind: ZoneLocal}.String())
	assert.Empty(t, Zone{}.String())
}

// TestZonesData reports a row of zones.tsv whose offset cannot be read,
// with its file and line.
func TestZonesData(t *testing.T) {
	fsys := fstest.MapFS{"zones.tsv": {Data: []byte("# zones\ngmt\t+00:00\nmars time\t+25:00\ntheo\tlead\nlocal time\tlocal\ngiờ\tplace-before\ntime\tplace-after\n")}}
	z, problem := newZones(langSource{name: "xx", fsys: fsys})
	assert.Equal(t, []string{`xx/zones.tsv:3: bad offset "+25:00"`}, problem)
	assert.Equal(t, Zone{Kind: ZoneOffset}, z.names.at("gmt"))
	assert.Equal(t, Zone{Kind: ZoneLocal}, z.names.at("local time"))
	assert.False(t, z.names.has("mars time"))
	assert.True(t, z.leads.has("theo"))
	assert.True(t, z.placeBefore.has("giờ"))
	assert.True(t, z.after.has("time"))
	for _, l := range builtinLangs {
		assert.NotEmpty(t, l.zones.keys(), l.name)
	}
}

// TestDurationIn converts lengths of time between units, within the
// calendar's units and within the clock's, never across.
func TestDurationIn(t *testing.T) {
	dec := func(s string) Decimal {
		d, err := ParseDecimal(s)
		require.NoError(t, err)
		return d
	}
	for _, c := range []struct {
		value, unit, to, want string
		ok                    bool
	}{
		{"3.5", "year", "month", "42", true},
		{"42", "month", "year", "3.5", true},
		{"2", "day", "hour", "48", true},
		{"90", "minute", "hour", "1.5", true},
		{"1", "quarter", "month", "3", true},
		{"2", "week", "day", "14", true},
		{"3", "month", "day", "", false},
		{"1", "year", "week", "", false},
		{"3", "month", "month", "3", true},
		{"3", "project", "month", "", false},
	} {
		t.Run(c.value+" "+c.unit+" in "+c.to, func(t *testing.T) {
			m := Mention{Kind: Duration, Value: dec(c.value), Unit: c.unit}
			got, ok := m.DurationIn(c.to)
			require.Equal(t, c.ok, ok)
			if ok {
				assert.Equal(t, c.want, got.String())
			}
		})
	}
	n := Mention{Kind: Number, Value: dec("3"), Unit: "year"}
	_, ok := n.DurationIn("month")
	assert.False(t, ok, "a number is no length")
}

// TestPointClock writes a point's time of day, and nothing for a point
// with none.
func TestPointClock(t *testing.T) {
	assert.Equal(t, "07:05", Point{Hour: 7, Minute: 5, Grain: GrainMinute}.Clock())
	assert.Equal(t, "19:00", Point{Year: 2026, Month: 11, Day: 20, Hour: 19, Grain: GrainHour}.Clock())
	assert.Empty(t, Point{Year: 2026, Month: 11, Day: 20, Grain: GrainDay}.Clock())
}
