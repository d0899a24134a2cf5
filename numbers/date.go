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
// date resolved it); zero Month and Day are unknown too. A Point with an
// hour but no day is a clock time on a day the text does not give.
//
// The fields are small integers, not int: a Mention carries two Points,
// and a report holds a Mention for every figure of both texts.
type Point struct {
	Year                     int32
	Month, Day, Hour, Minute int8
	Grain                    Grain

	// YearImplied marks a Year the text does not state, which the
	// reference date gave: "January 1", "early February", "ngày 2/12",
	// "the fourth quarter", "nửa đầu năm".
	// A version that names the year may name another one rightly ("who
	// will retire on January 1" of 2027, written in 2026).
	YearImplied bool

	// DayImplied marks a Day the text does not state: one it names only
	// by its weekday, which the reference date placed in one week ("on
	// Friday", "5 p.m. on Wednesday", "by Thursday": the weekday is what
	// the text states, the week a guess), or the day of the date before
	// it ("khoảng 17h cùng ngày", "6 p.m. the same day").
	DayImplied bool

	// TimeOfDay is the part of the day the text names with the date:
	// "Sáng mai (4/12)", "on Friday afternoon", "3 giờ chiều". Zero: none.
	TimeOfDay TimeOfDay
}

// Clock returns the time of day of p as "19:30", or "" when p holds no
// time of day.
func (p Point) Clock() string {
	if p.Grain < GrainHour {
		return ""
	}
	return twoDigits(int(p.Hour)) + ":" + twoDigits(int(p.Minute))
}

// IsZero reports whether p holds no date at all.
func (p Point) IsZero() bool { return p.Grain == NoGrain }

// Time returns p as a time in UTC at the start of its period, and whether p
// names a full calendar day or a coarser period of a known year.
func (p Point) Time() (time.Time, bool) {
	if p.Grain == NoGrain || p.Year == 0 {
		return time.Time{}, false
	}
	m, d := p.Month, p.Day
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return time.Date(int(p.Year), time.Month(m), int(d), int(p.Hour), int(p.Minute), 0, 0, time.UTC), true
}

// periodEnd returns the instant after the period p names: the next day of
// a day, the next month of a month.
func periodEnd(p Point) (time.Time, bool) {
	t, ok := p.Time()
	switch p.Grain {
	case GrainYear:
		t = t.AddDate(1, 0, 0)
	case GrainHalf:
		t = t.AddDate(0, 6, 0)
	case GrainQuarter:
		t = t.AddDate(0, 3, 0)
	case GrainMonth:
		t = t.AddDate(0, 1, 0)
	case GrainWeek:
		t = t.AddDate(0, 0, 7)
	case GrainDay:
		t = t.AddDate(0, 0, 1)
	case GrainHour:
		t = t.Add(time.Hour)
	default:
		t = t.Add(time.Minute)
	}
	return t, ok
}

// String formats p as the JSON "date" field: "2026-01-30", "2026-01",
// "2026", "2026-Q1", "2026-H1", "2026-W05", "2026-01-30T15:30"; with no year
// "--01-30" or "--01"; a day of an unknown month "---30"; a clock time on an
// unknown day "T15:30". A zero Point is "".
func (p Point) String() string {
	var buf [24]byte
	return string(p.Append(buf[:0]))
}

// Append appends p, as String formats it, to dst and returns the
// extended slice.
func (p Point) Append(dst []byte) []byte {
	if p.Grain == NoGrain {
		return dst
	}
	if p.Year == 0 && p.Month == 0 && p.Day == 0 {
		if p.Grain >= GrainHour {
			dst = p.appendClock(dst)
		}
		return dst
	}
	if p.Grain == GrainWeek && p.Year != 0 && p.Month != 0 && p.Day != 0 {
		y, w := day(int(p.Year), int(p.Month), int(p.Day)).ISOWeek()
		dst = appendPadded(dst, y, 4)
		dst = append(dst, "-W"...)
		return appendPadded(dst, w, 2)
	}
	if p.Year != 0 {
		dst = appendPadded(dst, int(p.Year), 4)
	} else {
		dst = append(dst, '-')
	}
	switch p.Grain {
	case GrainYear:
		return dst
	case GrainHalf:
		dst = append(dst, "-H"...)
		return strconv.AppendInt(dst, int64(p.Month-1)/6+1, 10)
	case GrainQuarter:
		dst = append(dst, "-Q"...)
		return strconv.AppendInt(dst, int64(p.Month-1)/3+1, 10)
	}
	if p.Month == 0 {
		if p.Day != 0 {
			dst = append(dst, "--"...)
			dst = appendPadded(dst, int(p.Day), 2)
		}
		return dst
	}
	dst = append(dst, '-')
	dst = appendPadded(dst, int(p.Month), 2)
	if p.Grain == GrainMonth || p.Day == 0 {
		return dst
	}
	dst = append(dst, '-')
	dst = appendPadded(dst, int(p.Day), 2)
	if p.Grain >= GrainHour {
		dst = p.appendClock(dst)
	}
	return dst
}

// appendClock appends p's time of day: "T15:30".
func (p Point) appendClock(dst []byte) []byte {
	dst = append(dst, 'T')
	dst = appendPadded(dst, int(p.Hour), 2)
	dst = append(dst, ':')
	return appendPadded(dst, int(p.Minute), 2)
}

// appendPadded appends n with at least w digits, zeros in front (after
// the sign of a negative n).
func appendPadded(dst []byte, n, w int) []byte {
	if n < 0 {
		dst = append(dst, '-')
		n = -n
	}
	for d, lim := 1, 10; d < w; d, lim = d+1, lim*10 {
		if n < lim {
			dst = append(dst, '0')
		}
	}
	return strconv.AppendInt(dst, int64(n), 10)
}

// A Part narrows a period to its beginning, middle or end: "đầu năm 2026"
// (early 2026), "giữa tháng 3" (mid-March), "cuối tháng" (late in the
// month). The period itself stays in the Point; where the part begins and
// ends is each reader's convention, so Extract does not guess it.
type Part uint8

// The parts of a period. The zero Part is the whole period.
const (
	WholePeriod Part = iota
	Early            // đầu, early, the beginning of
	Mid              // giữa, mid, the middle of
	Late             // cuối, late, the end of
)

var partNames = [...]string{"", "early", "mid", "late"}

// String returns "" for WholePeriod, otherwise "early", "mid" or "late".
func (p Part) String() string {
	if int(p) < len(partNames) {
		return partNames[p]
	}
	return "part(" + strconv.Itoa(int(p)) + ")"
}

// A DateValue is the time a Date or DateRange mention refers to, and the
// anniversary a Duration names. A day the text gives in the lunar
// calendar ("mùng 10 tháng 3 âm lịch", "rằm tháng Tám", "the sixth day of
// the Lunar New Year") is its day in the Gregorian calendar, which needs
// its year: one the text names ("Tết Đinh Mùi", "năm 2027") or the
// reference date's (then YearImplied); with neither, Extract reads no
// date there.
type DateValue struct {
	Point // the date itself, or the first point of a range

	// End is the last point of a DateRange (inclusive); zero otherwise.
	End Point

	// Weekday is the day of the week the text names, if any
	// (thứ Sáu, Friday); HasWeekday says whether it is set. It is the
	// weekday as written, so a text that pairs a weekday with a date of
	// another weekday keeps both and a comparison can report it. A
	// DateRange carries the weekday its first end names ("from Thursday
	// to Sunday" is Thursday), or else the one its second end names, and
	// then EndsWeekday is set ("from July 2 to Tuesday, July 14": the
	// Tuesday is End's).
	Weekday     time.Weekday
	HasWeekday  bool
	EndsWeekday bool

	// By marks a deadline: "by 2030", "trước năm 2030", "đến năm 2030".
	// The mention's Qualifier is then AtMost.
	By bool

	// Part narrows the period to its beginning, middle or end.
	Part Part

	// Deictic marks a date that the text gives only by counting from the
	// day it was written: "hôm qua", "last month", "năm nay", "cuối tuần
	// này", "3 ngày trước", "within nine months". Two versions written on
	// different days say such a date differently. "Tháng 5 năm ngoái",
	// "the first half of this year" and "Thứ Ba tuần trước" are not
	// deictic: the text names the month, the months, the day. A clock
	// time alone ("9 a.m.", "lúc 9h") is: its day is the day of writing.
	// A range is deictic when both its ends are.
	Deictic bool

	// Zone is the time zone the text names after a clock time or a day:
	// "Hanoi time", "(12:30 GMT)", "giờ địa phương", "Rạng sáng 30/10
	// (giờ Hà Nội)". Zero when it names none.
	Zone Zone

	// Restated is the offset at which the text's restatement of a clock
	// time in a zone of known offset in another such zone puts the clock:
	// "10h giờ Sydney, tức 6h giờ Hà Nội" is 10:00 at UTC+10:00 (Zone,
	// Sydney's offset in the zone tables) restated at UTC+11:00 (Sydney's
	// summer time). An edit of either clock moves it. Its Kind is
	// ZoneOffset when the text restates such a time, and zero otherwise
	// (a local time restated is ZoneLocalAt in Zone itself).
	Restated Zone

	// Anniversary is set on a Duration that names an anniversary:
	// "kỷ niệm 30 năm" is 30 years (Value 30, Unit "year") and the 30th
	// anniversary (Anniversary 30). It matches an Ordinal with Unit
	// "anniversary" and the same Value ("the 30th anniversary").
	Anniversary int16

	// Relative keeps what a relative expression says when no reference
	// date resolves it: "day-1" (hôm qua, yesterday), "day+0" (today),
	// "week+1" (tuần sau, next week), "month-1", "year+0" (năm nay,
	// this year), "quarter+1". It is "" for absolute dates and whenever
	// the Point holds the resolved date.
	Relative string
}

// String dumps d for tests: "2026-01-30 grain=day weekday=Friday",
// "2025..2030 grain=year", "2026 grain=year part=early",
// "rel=day-1", "anniversary=30".
func (d DateValue) String() string {
	var b strings.Builder
	sep := func() {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
	}
	b.WriteString(d.Point.String())
	if !d.End.IsZero() {
		b.WriteString("..")
		b.WriteString(d.End.String())
	}
	if g := d.grain(); g != NoGrain {
		sep()
		b.WriteString("grain=")
		b.WriteString(g.String())
	}
	if d.HasWeekday {
		sep()
		b.WriteString("weekday=")
		b.WriteString(d.Weekday.String())
	}
	if d.Part != WholePeriod {
		sep()
		b.WriteString("part=")
		b.WriteString(d.Part.String())
	}
	if d.Relative != "" {
		sep()
		b.WriteString("rel=")
		b.WriteString(d.Relative)
	}
	if d.By {
		sep()
		b.WriteString("by")
	}
	if d.Zone.Kind != ZoneNone {
		sep()
		b.WriteString("zone=")
		b.WriteString(d.Zone.String())
	}
	if d.Restated.Kind != ZoneNone {
		sep()
		b.WriteString("restated=")
		b.WriteString(d.Restated.String())
	}
	if d.Anniversary != 0 {
		sep()
		b.WriteString("anniversary=")
		b.WriteString(strconv.Itoa(int(d.Anniversary)))
	}
	return b.String()
}

// grain returns the precision of d: the finer of its two ends.
func (d DateValue) grain() Grain {
	g := d.Grain
	if d.End.Grain > g {
		g = d.End.Grain
	}
	return g
}
