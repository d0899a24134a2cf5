package numbers

import (
	"strconv"
	"time"
)

// A dspec is a date phrase as the text states it, before a reference date
// resolves it: the calendar fields it names, a weekday, a clock time, a
// part of the day, and a period relative to the reference.
type dspec struct {
	y, m, d  int  // calendar fields; 0 = not stated
	wd       int  // weekday + 1 (1 = Sunday ... 7 = Saturday); 0 = none
	hour     int  // clock time, with hasTime
	min      int  //
	hasTime  bool //
	hasMin   bool // the minutes were stated ("17h30", "5:00")
	h24      bool // the hour is on the 24-hour clock ("15h", "03:30", "noon")
	ampm     TimeOfDay
	part     TimeOfDay // the part of the day: sáng, chiều, tonight
	rel      rel       // a period relative to the reference: tuần trước, next year
	story    bool      // rel counts from the story's day, not the reference's: "hôm sau", "the next day"
	q, half  int       // quarter 1-4, half 1-2
	week     int       // ISO week number
	dir      int       // for a weekday or a bare month: -1 on or before, 0 default (on or before), 1 strictly after, 2 on or after
	pp       Part      // early, mid, late
	nth      int       // the nth weekday or week of a month ("first Monday of March"); -1 the last
	weekOf   bool      // the week that holds the date ("the week of April 10th")
	strong   bool      // some atom names a date or time by itself
	yearOK   bool      // a bare year may follow (a month or a day and month was read)
	zone     Zone      // the zone named after the clock time: "Hanoi time", "GMT"
	restated Zone      // the offset at which a restatement in another zone puts a time of zone (DateValue.Restated)
	lunar    bool      // d, m and y are of the lunar calendar: "mùng 10/3 âm lịch", "the sixth day of Tet"
	eve      bool      // the day before the lunar date: the New Year's eve, "giao thừa", is the day before 1/1
	cycle    int       // the lunar year named in the sixty-year cycle, its Gregorian year mod 60, plus 1: "Đinh Mùi" (2027) is 48; 0 = none
}

// has reports whether s names any calendar field at or below the year.
func (s *dspec) hasDate() bool {
	return s.y != 0 || s.m != 0 || s.d != 0 || s.wd != 0 || s.rel.unit != NoGrain || s.q != 0 || s.half != 0 || s.week != 0
}

// yearOnly reports whether s names a year and nothing else of a date.
func (s *dspec) yearOnly() bool {
	return s.y != 0 && s.m == 0 && s.d == 0 && s.wd == 0 && !s.hasTime && s.q == 0 && s.half == 0 && s.week == 0 && s.rel.unit == NoGrain
}

// dayLevel reports whether s names a day or a time of day.
func (s *dspec) dayLevel() bool {
	return s.d != 0 || s.wd != 0 || s.rel.unit == GrainDay || s.hasTime
}

// merge adds the fields of b to s and reports whether they fit together:
// no field stated twice, and no relative period against a stated field it
// would fix.
func (s *dspec) merge(b dspec) bool {
	if !s.fits(&b) || !s.relFits(&b) {
		return false
	}
	s.take(&b)
	return true
}

// fits reports whether the fields of b and s fit together, but for a
// relative period of b.
func (s *dspec) fits(b *dspec) bool {
	if (b.y != 0 || b.cycle != 0) && (s.y != 0 || s.cycle != 0 || s.rel.unit != NoGrain) {
		return false
	}
	if b.m != 0 && (s.m != 0 || s.q != 0 || s.half != 0 || s.week != 0 || s.rel.unit == GrainDay || s.rel.unit == GrainWeek || s.rel.unit == GrainMonth) {
		return false
	}
	if b.d != 0 && (s.d != 0 || s.q != 0 || s.half != 0 || s.week != 0 || s.rel.unit == GrainDay || s.rel.unit == GrainWeek) {
		return false
	}
	if b.wd != 0 && s.wd != 0 && b.wd != s.wd {
		return false
	}
	if b.hasTime && s.hasTime {
		return false
	}
	if b.part != noPart && s.part != noPart && b.part != s.part {
		return false
	}
	return s.partFits(b)
}

// partFits reports whether the part of the day, the quarter or half, the
// part of a period and the nth weekday of b and s fit together.
func (s *dspec) partFits(b *dspec) bool {
	// A part of the day goes with a day or a time, not with a year:
	// "hai chiều năm 2025" is two-way trade in 2025.
	if b.part != noPart && !b.strong && s.strong && !s.dayLevel() || s.part != noPart && !s.strong && b.strong && !b.dayLevel() {
		return false
	}
	if (b.q != 0 || b.half != 0) && (s.q != 0 || s.half != 0 || s.m != 0 || s.d != 0) {
		return false
	}
	if b.pp != WholePeriod && s.pp != WholePeriod {
		return false
	}
	return !(b.nth != 0 && (s.nth != 0 || s.d != 0) || s.nth != 0 && b.d != 0)
}

// relFits reports whether the relative period of b, if any, fits with s:
// not against a stated field it would fix.
func (s *dspec) relFits(b *dspec) bool {
	if b.rel.unit != NoGrain {
		if s.rel.unit != NoGrain || s.y != 0 {
			return false
		}
		switch b.rel.unit {
		case GrainDay:
			if s.d != 0 || s.m != 0 || s.q != 0 || s.week != 0 {
				return false
			}
		case GrainWeek:
			if s.d != 0 || s.m != 0 || s.q != 0 {
				return false
			}
		case GrainMonth:
			if s.m != 0 || s.q != 0 || s.wd != 0 && s.nth == 0 {
				return false
			}
		case GrainQuarter:
			if s.m != 0 || s.q != 0 || s.d != 0 {
				return false
			}
		}
	}
	return true
}

// take sets the fields that b states in s.
func (s *dspec) take(b *dspec) {
	if b.y != 0 {
		s.y = b.y
	}
	if b.m != 0 {
		s.m = b.m
	}
	if b.d != 0 {
		s.d = b.d
	}
	if b.wd != 0 {
		s.wd = b.wd
	}
	if b.hasTime {
		s.hour, s.min, s.hasTime, s.hasMin, s.h24 = b.hour, b.min, true, b.hasMin, b.h24
		if b.ampm != noPart {
			s.ampm = b.ampm
		}
	}
	if b.part != noPart {
		s.part = b.part
	}
	if b.rel.unit != NoGrain {
		s.rel, s.story = b.rel, b.story
	}
	if b.q != 0 {
		s.q = b.q
	}
	if b.half != 0 {
		s.half = b.half
	}
	if b.week != 0 {
		s.week = b.week
	}
	if b.dir != 0 {
		s.dir = b.dir
	}
	if b.pp != WholePeriod {
		s.pp = b.pp
	}
	if b.nth != 0 {
		s.nth = b.nth
	}
	if b.cycle != 0 {
		s.cycle = b.cycle
	}
	s.lunar = s.lunar || b.lunar
	s.eve = s.eve || b.eve
	s.weekOf = s.weekOf || b.weekOf
	s.strong = s.strong || b.strong
	s.yearOK = b.yearOK || s.yearOK && !b.hasTime
}

// grain returns the precision the spec states.
func (s *dspec) grain() Grain {
	g := NoGrain
	up := func(h Grain) {
		if h > g {
			g = h
		}
	}
	if s.y != 0 {
		up(GrainYear)
	}
	if s.half != 0 {
		up(GrainMonth)
	}
	if s.q != 0 {
		up(GrainQuarter)
	}
	if s.m != 0 {
		up(GrainMonth)
	}
	if s.week != 0 {
		up(GrainWeek)
	}
	if s.rel.unit != NoGrain {
		up(s.rel.unit)
	}
	if s.d != 0 || s.wd != 0 {
		up(GrainDay)
	}
	if s.hasTime {
		if s.hasMin {
			up(GrainMinute)
		} else {
			up(GrainHour)
		}
	}
	return g
}

// hour24 returns the clock hour in 24-hour time.
func (s *dspec) hour24() int {
	h := s.hour
	if s.ampm != noPart {
		return s.ampm.pm(h)
	}
	if s.part != noPart {
		return s.part.pm(h)
	}
	return h
}

// daysIn returns the number of days of month m of year y; for an unknown
// year February has 29.
func daysIn(y, m int) int {
	switch m {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 0
}

// validDay reports whether d is a day of month m of year y (0: unknown).
func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// day returns the date y-m-d at noon UTC, normalising overflows.
func day(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
}

// dayPoint returns the Point of the day t.
func dayPoint(t time.Time) Point {
	return pointOf(t, GrainDay)
}

// pointOf returns the Point of the day t at grain g.
func pointOf(t time.Time, g Grain) Point {
	return Point{Year: int32(t.Year()), Month: int8(t.Month()), Day: int8(t.Day()), Grain: g}
}

// yearPoint returns the year y.
func yearPoint(y int) Point { return ymd(y, 0, 0, GrainYear) }

// ymd returns the Point y-m-d at grain g. The spec it comes from fits a
// Point (dspec.fits), and so does a day of the calendar's years.
func ymd(y, m, d int, g Grain) Point {
	return Point{Year: int32(y), Month: int8(m), Day: int8(d), Grain: g}
}

// monday returns the Monday of the ISO week of t.
func monday(t time.Time) time.Time {
	off := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -off)
}

// relString returns relString(r), remembering the last one: a text
// without a reference date says "năm nay" and "11 tháng đầu năm" again
// and again.
func (sc *scanner) relString(r rel) string {
	if r != sc.lastRel.r || sc.lastRel.s == "" {
		sc.lastRel.r, sc.lastRel.s = r, relString(r)
	}
	return sc.lastRel.s
}

// maxRelWritten bounds the counts of the relative periods written once
// for all (relStrings): "year-3" for "three years earlier", over and
// over in a text with no reference date.
const maxRelWritten = 12

// relStrings (zrel.go) holds relString's answers for the grains of
// grainNames and counts up to maxRelWritten either way, so that a
// relative date allocates nothing. It is generated from writeRel, which
// TestTables checks it still agrees with, so that no process writes its
// 225 strings at start-up.

// relString returns the relative period for DateValue.Relative: "day-1".
func relString(r rel) string {
	if int(r.unit) < len(relStrings) && r.n >= -maxRelWritten && r.n <= maxRelWritten {
		return relStrings[r.unit][r.n+maxRelWritten]
	}
	return writeRel(r)
}

// writeRel writes a relative period: "day-1".
func writeRel(r rel) string {
	sign := "+"
	n := r.n
	if n < 0 {
		sign = "-"
		n = -n
	}
	return r.unit.String() + sign + strconv.Itoa(n)
}

// maxYear bounds the years a spec, a count of years and a reference date
// may hold, so that every year resolved from them fits a Point's int32.
const maxYear = 1 << 24

// inRange reports whether the fields of s fit a Point: a day of a month
// (or lastDay), a month, a quarter, a half, a week of a year, a year and a
// count of periods within maxYear. A field that does not is no date: a
// Point never holds a date other than the one the text says.
func (s dspec) inRange() bool {
	return uint(s.m) <= 12 && (uint(s.d) <= 31 || s.d == lastDay) && uint(s.q) <= 4 && uint(s.half) <= 2 && uint(s.week) <= 53 &&
		s.y >= -maxYear && s.y <= maxYear && s.rel.n >= -maxYear && s.rel.n <= maxYear
}

// timeAlone reports a clock time with no day, weekday, month or year:
// "9 a.m." is a time of the day the text was written.
func (s dspec) timeAlone() bool {
	return s.hasTime && s.d == 0 && s.wd == 0 && s.m == 0 && s.y == 0 && s.rel.unit == NoGrain
}

// resolve turns a spec into a DateValue, with the reference date when there
// is one. It reports false for an impossible date (31/2).
func (sc *scanner) resolve(s dspec) (DateValue, bool) {
	var v DateValue
	lunarYear := false // the year of a lunar date was implied
	if s.lunar {
		var ok bool
		if s, lunarYear, ok = sc.solarOfLunar(s); !ok {
			return v, false
		}
	}
	if !s.inRange() {
		return v, false
	}
	if s.wd != 0 {
		v.Weekday, v.HasWeekday = time.Weekday(s.wd-1), true
	}
	v.Part = s.pp
	g := s.grain()
	storyDay, fromStory := sc.storyDay(s)
	v.Deictic = s.rel.unit != NoGrain && s.rel.unit >= g && !fromStory || s.timeAlone()
	h := s.hour24()
	if s.hasTime && (h < 0 || h > 24 || s.min < 0 || s.min > 59) {
		return v, false
	}
	if h == 24 {
		h = 0
	}
	if !sc.cfg.hasRef {
		return sc.resolveNoRef(s, v, g, h)
	}
	p, h, ok := sc.refPoint(s, h, storyDay, fromStory)
	if !ok {
		return v, false
	}
	if s.weekOf && p.Grain >= GrainDay {
		mon := monday(day(int(p.Year), int(p.Month), int(p.Day)))
		p = pointOf(mon, GrainWeek)
	}
	if s.hasTime && p.Grain >= GrainDay {
		p.Hour, p.Minute = int8(h), int8(s.min)
		p.Grain = GrainHour
		if s.hasMin {
			p.Grain = GrainMinute
		}
	}
	p.YearImplied = p.YearImplied || lunarYear
	v.Point = p
	return v, true
}

// refPoint returns the point a spec names on the reference date, and the
// hour h of its time, which a time said before the reference may move to
// the afternoon.
func (sc *scanner) refPoint(s dspec, h int, storyDay time.Time, fromStory bool) (Point, int, bool) {
	ref := sc.cfg.ref
	ry, rm := ref.Year(), int(ref.Month())
	refDay := day(ry, rm, ref.Day())
	switch s.rel.unit {
	case GrainDay, GrainWeek, GrainMonth, GrainQuarter:
		if fromStory {
			p, ok := relPoint(s, storyDay.Year(), int(storyDay.Month()), storyDay)
			return p, h, ok
		}
		p, ok := relPoint(s, ry, rm, refDay)
		return p, h, ok
	}
	y := sc.contextYear(s, refYear(s, ry, rm, ref.Day()), refDay)
	p, h, ok := sc.absPoint(s, weekdayYear(s, y, refDay), h, refDay)
	p.YearImplied = s.y == 0 && s.rel.unit != GrainYear && (s.m != 0 || s.q != 0 || s.half != 0)
	p.DayImplied = s.dayByWeekday()
	return p, h, ok
}

// dayByWeekday reports a spec that names its day by a weekday alone, with
// no day, month, year, week or part of a year around it.
func (s dspec) dayByWeekday() bool {
	return s.wd != 0 && s.d == 0 && s.m == 0 && s.y == 0 && s.q == 0 && s.half == 0 && s.week == 0 && s.nth == 0
}

// relPoint returns the point of a spec relative to the reference day by
// days, weeks, months or quarters: "hôm qua", "next week", "tháng sau".
func relPoint(s dspec, ry, rm int, refDay time.Time) (Point, bool) {
	var p Point
	switch {
	case s.rel.unit == GrainDay:
		t := refDay.AddDate(0, 0, s.rel.n)
		p = dayPoint(t)
	case s.rel.unit == GrainWeek:
		mon := monday(refDay).AddDate(0, 0, 7*s.rel.n)
		if s.wd != 0 {
			p = dayPoint(mon.AddDate(0, 0, (s.wd+5)%7))
		} else {
			p = pointOf(mon, GrainWeek)
		}
	case s.rel.unit == GrainMonth:
		t := day(ry, rm+s.rel.n, 1)
		p = ymd(t.Year(), int(t.Month()), 0, GrainMonth)
		if s.d == lastDay {
			s.d = daysIn(int(p.Year), int(p.Month))
		}
		if s.nth != 0 {
			if !nthIn(&p, s) {
				return p, false
			}
		} else if s.d != 0 {
			if !validDay(int(p.Year), int(p.Month), s.d) {
				return p, false
			}
			p.Day, p.Grain = int8(s.d), GrainDay
		}
	case s.rel.unit == GrainQuarter:
		t := day(ry, (rm-1)/3*3+1+3*s.rel.n, 1)
		p = ymd(t.Year(), int(t.Month()), 0, GrainQuarter)
	}
	return p, true
}

// maxPastAhead is how far before the reference a day and month that a
// word points ahead of may lie and keep the reference year: "will be
// released on December 2", written on 5 December, is late news, not
// news of the next year.
const maxPastAhead = 31 * 24 * time.Hour

// refYear returns the year of a spec with no relative period finer than
// a year: the year it states, or the reference year, or the one before
// or after it that its direction points to. A day and month that lie
// ahead ("due on January 7", written on 5 December) are in the next year
// when the reference year's passed more than a month before.
func refYear(s dspec, ry, rm, rd int) int {
	y := s.y
	if s.rel.unit == GrainYear {
		y = ry + s.rel.n
	}
	if y == 0 {
		y = ry
		switch {
		case s.m != 0 && s.d == 0 && s.dir != 0:
			if s.dir > 0 && s.m <= rm {
				y++
			} else if s.dir < 0 && s.m >= rm {
				y--
			}
		case s.m != 0 && s.d != 0 && s.dir > 0 && day(ry, rm, rd).Sub(day(ry, s.m, s.d)) > maxPastAhead:
			y++
		}
	}
	return y
}

// weekdayYear returns the year of a day and month that the text gives
// with its weekday and no year: the reference year y, or the year beside
// it whose day falls on that weekday when y's does not and that day is
// nearer the reference ("Wednesday, January 26", written in December
// 2027, is in 2028). A weekday that fits no nearer year is kept against
// the day of year y, for a comparison to report ("thứ Sáu (31/1)" written
// on 30 January 2026, a Saturday).
func weekdayYear(s dspec, y int, refDay time.Time) int {
	if s.wd == 0 || s.d < 1 || s.d > 31 || s.m < 1 || s.m > 12 || s.y != 0 || s.rel.unit != NoGrain {
		return y
	}
	t := day(y, s.m, s.d)
	if t.Day() != s.d || int(t.Weekday()) == s.wd-1 {
		return y
	}
	gap := t.Sub(refDay).Abs()
	for _, c := range [...]int{y - 1, y + 1} {
		if u := day(c, s.m, s.d); u.Day() == s.d && int(u.Weekday()) == s.wd-1 && u.Sub(refDay).Abs() < gap {
			return c
		}
	}
	return y
}

// absPoint returns the point of a spec in year y, with the reference day
// for a weekday or a time alone.
func (sc *scanner) absPoint(s dspec, y, h int, refDay time.Time) (Point, int, bool) {
	ref := sc.cfg.ref
	rm := int(ref.Month())
	var p Point
	switch {
	case s.q != 0:
		p = ymd(y, 3*s.q-2, 0, GrainQuarter)
	case s.half != 0:
		p = ymd(y, 6*s.half-5, 0, GrainMonth)
	case s.week != 0:
		mon := monday(day(y, 1, 4)).AddDate(0, 0, 7*(s.week-1))
		p = pointOf(mon, GrainWeek)
	case s.m == 0 && s.d != 0:
		if s.d == lastDay {
			s.d = daysIn(y, rm)
		}
		p = ymd(y, rm, s.d, GrainDay)
		if !validDay(int(p.Year), int(p.Month), int(p.Day)) {
			return p, h, false
		}
	case s.m != 0:
		p = yearPoint(y)
		if !sc.fillMonthDay(&p, s) {
			return p, h, false
		}
		if s.nth != 0 && !nthIn(&p, s) {
			return p, h, false
		}
	case s.nth != 0 && s.y != 0 && s.wd == 0:
		// "the first week of 2015": ISO week 1; "the last week of 2016".
		w := s.nth
		if w < 0 {
			_, w = day(y, 12, 28).ISOWeek()
		}
		mon := monday(day(y, 1, 4)).AddDate(0, 0, 7*(w-1))
		p = pointOf(mon, GrainWeek)
	case s.wd != 0:
		wd := time.Weekday(s.wd - 1)
		diff := int(wd) - int(refDay.Weekday())
		switch {
		case s.dir > 1: // on or after
			diff = (diff + 7) % 7
		case s.dir > 0: // strictly after
			diff = (diff+6)%7 + 1
		case s.dir < 0: // strictly before
			diff = -((-diff+6)%7 + 1)
		default: // on or before
			diff = -((-diff + 7) % 7)
		}
		p = dayPoint(refDay.AddDate(0, 0, diff))
	case s.y != 0 || s.rel.unit == GrainYear:
		p = yearPoint(y)
	case s.hasTime:
		p = dayPoint(refDay)
		// Said at 4:30, "at 3am" is tomorrow's and "3:30" is 15:30.
		if s.dir == 2 && h*60+s.min < ref.Hour()*60+ref.Minute() {
			if s.ampm == noPart && s.part == noPart && !s.h24 && h < 12 && (h+12)*60+s.min >= ref.Hour()*60+ref.Minute() {
				h += 12
			} else {
				p = dayPoint(refDay.AddDate(0, 0, 1))
			}
		}
	default:
		return p, h, false
	}
	return p, h, true
}

// nthIn narrows the month p to the nth weekday of s ("the first Monday
// of March") or, with no weekday, to its nth week ("the third week of
// January": the week that holds the 15th).
func nthIn(p *Point, s dspec) bool {
	if p.Year == 0 || p.Month == 0 {
		return false
	}
	last := daysIn(int(p.Year), int(p.Month))
	if s.wd == 0 {
		d := 1 + 7*(s.nth-1)
		if s.nth < 0 {
			d = last
		}
		if d > last {
			return false
		}
		mon := monday(day(int(p.Year), int(p.Month), d))
		*p = pointOf(mon, GrainWeek)
		return true
	}
	want := time.Weekday(s.wd - 1)
	var d int
	if s.nth > 0 {
		first := day(int(p.Year), int(p.Month), 1).Weekday()
		d = 1 + (int(want)-int(first)+7)%7 + 7*(s.nth-1)
	} else {
		lastWd := day(int(p.Year), int(p.Month), last).Weekday()
		d = last - (int(lastWd)-int(want)+7)%7
	}
	if d < 1 || d > last {
		return false
	}
	p.Day, p.Grain = int8(d), GrainDay
	return true
}

// lastDay stands for the last day of the month in dspec.d: "the last day
// of October".
const lastDay = 99

// fillMonthDay sets the month and day of s on p, with their grain.
func (sc *scanner) fillMonthDay(p *Point, s dspec) bool {
	if s.m == 0 {
		return s.d == 0
	}
	p.Month, p.Grain = int8(s.m), GrainMonth
	if s.m == 2 && s.d == 29 && s.y == 0 && p.Year != 0 && daysIn(int(p.Year), 2) == 28 {
		// "Feb 29" in a year with none: the last leap year.
		for p.Year%4 != 0 || p.Year%100 == 0 && p.Year%400 != 0 {
			p.Year--
		}
	}
	if s.d == lastDay {
		s.d = daysIn(int(p.Year), s.m)
	}
	if s.d != 0 {
		if !validDay(int(p.Year), s.m, s.d) {
			return false
		}
		p.Day, p.Grain = int8(s.d), GrainDay
	}
	return true
}

// resolveNoRef keeps what the text says when no reference date is known.
func (sc *scanner) resolveNoRef(s dspec, v DateValue, g Grain, h int) (DateValue, bool) {
	if s.rel.unit != NoGrain {
		v.Relative = sc.relString(s.rel)
		p := ymd(0, s.m, s.d, NoGrain)
		if s.m != 0 {
			p.Grain = GrainMonth
			if s.d != 0 {
				p.Grain = GrainDay
			}
		}
		if s.hasTime {
			p.Hour, p.Minute = int8(h), int8(s.min)
		}
		if s.m != 0 && s.d != 0 && !validDay(0, s.m, s.d) {
			return v, false
		}
		v.Point = p
		return v, true
	}
	y, implied := sc.storyYear(s)
	p := ymd(y, s.m, s.d, g)
	p.YearImplied = implied
	switch {
	case s.q != 0:
		p.Month, p.Grain = int8(3*s.q-2), GrainQuarter
	case s.half != 0:
		p.Month, p.Grain = int8(6*s.half-5), GrainMonth
	case s.week != 0:
		if s.y == 0 {
			return v, false
		}
		mon := monday(day(s.y, 1, 4)).AddDate(0, 0, 7*(s.week-1))
		p = pointOf(mon, GrainWeek)
	}
	if s.m != 0 && s.d != 0 && !validDay(y, s.m, s.d) {
		return v, false
	}
	if s.wd != 0 && s.d == 0 && s.m == 0 && s.y == 0 {
		p.Grain = NoGrain
		if s.hasTime {
			p.Grain = GrainHour
			if s.hasMin {
				p.Grain = GrainMinute
			}
		}
	}
	if s.hasTime {
		p.Hour, p.Minute = int8(h), int8(s.min)
	}
	v.Point = p
	return v, true
}
