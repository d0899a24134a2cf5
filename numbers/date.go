package numbers

import (
	"strconv"
	"strings"
	"time"
)

// A Grain is the precision of a point in time.
type Grain uint8

// The grains, from coarse to fine. The zero Grain means "no date".
const (
	NoGrain Grain = iota
	GrainYear
	GrainHalf // a half year: the first half of 2026
	GrainQuarter
	GrainMonth
	GrainWeek
	GrainDay
	GrainHour
	GrainMinute
)

var grainNames = [...]string{"", "year", "half", "quarter", "month", "week", "day", "hour", "minute"}

// String returns the grain's JSON name ("year", "quarter", "month", "week",
// "day", "hour", "minute"; "half" for half years) or "" for NoGrain.
func (g Grain) String() string {
	if int(g) < len(grainNames) {
		return grainNames[g]
	}
	return "grain(" + strconv.Itoa(int(g)) + ")"
}

// A Point is a point of the calendar known to some grain: a year, a month,
// a day, a clock time. A zero Year means the year is not known (no reference
// date resolved it); zero Month and Day are unknown too.
type Point struct {
	Year, Month, Day int
	Hour, Minute     int
	Grain            Grain
}

// IsZero reports whether p holds no date at all.
func (p Point) IsZero() bool { return p.Grain == NoGrain }

// String formats p as the JSON "date" field: "2026-01-30", "2026-01",
// "2026", "2026-Q1", "2026-H1", "2026-W05", "2026-01-30T15:30"; with no year
// "--01-30" or "--01". A zero Point is "".
func (p Point) String() string {
	if p.Grain == NoGrain {
		return ""
	}
	var b strings.Builder
	pad := func(n, w int) {
		s := strconv.Itoa(n)
		for i := len(s); i < w; i++ {
			b.WriteByte('0')
		}
		b.WriteString(s)
	}
	if p.Year != 0 {
		pad(p.Year, 4)
	} else {
		b.WriteByte('-')
	}
	switch p.Grain {
	case GrainYear:
		return b.String()
	case GrainHalf:
		b.WriteString("-H")
		b.WriteString(strconv.Itoa((p.Month-1)/6 + 1))
		return b.String()
	case GrainQuarter:
		b.WriteString("-Q")
		b.WriteString(strconv.Itoa((p.Month-1)/3 + 1))
		return b.String()
	case GrainWeek:
		if p.Year != 0 && p.Month != 0 && p.Day != 0 {
			y, w := time.Date(p.Year, time.Month(p.Month), p.Day, 12, 0, 0, 0, time.UTC).ISOWeek()
			b.Reset()
			pad(y, 4)
			b.WriteString("-W")
			pad(w, 2)
			return b.String()
		}
	}
	if p.Month == 0 {
		return b.String()
	}
	b.WriteByte('-')
	pad(p.Month, 2)
	if p.Grain == GrainMonth || p.Day == 0 {
		return b.String()
	}
	b.WriteByte('-')
	pad(p.Day, 2)
	if p.Grain >= GrainHour {
		b.WriteByte('T')
		pad(p.Hour, 2)
		b.WriteByte(':')
		pad(p.Minute, 2)
	}
	return b.String()
}

// A DateValue is the time a Date, DateRange or Duration-free weekday mention
// refers to.
type DateValue struct {
	Point // the date itself, or the first day of a range

	// End is the last point of a DateRange (inclusive); zero otherwise.
	End Point

	// Weekday is the day of the week the text names, if any
	// (thứ Sáu, Friday); HasWeekday says whether it is set.
	Weekday    time.Weekday
	HasWeekday bool

	// By marks a deadline: "by 2030", "trước năm 2030".
	By bool
}

// String dumps d for tests: "2026-01-30 grain=day weekday=Friday",
// "2025..2030 grain=year".
func (d DateValue) String() string {
	var b strings.Builder
	b.WriteString(d.Point.String())
	if !d.End.IsZero() {
		b.WriteString("..")
		b.WriteString(d.End.String())
	}
	if d.Grain != NoGrain {
		b.WriteString(" grain=")
		b.WriteString(d.Grain.String())
	}
	if d.HasWeekday {
		b.WriteString(" weekday=")
		b.WriteString(d.Weekday.String())
	}
	if d.By {
		b.WriteString(" by")
	}
	return b.String()
}
