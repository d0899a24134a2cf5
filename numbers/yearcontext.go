package numbers

import "time"

// A day and month written without a year that would lie in the past in
// the reference's year, after a date of a later year, is in that later
// year when the two lie near each other: "thi ngày 10/6/2027 ... trong
// hai ngày 11-12/6" and "Results will be released on June 30" after "May
// 5, 2027" are days of 2027 in a story written in November 2026, a story
// of plans. A day ahead of the reference keeps its year ("ngày 14/12"
// after "đến ngày 31/12/2031", written in October), as does one of an
// earlier year's story ("so với ngày 31/12/2026 ... trước ngày 15/12",
// written in 2027). The year stays implied (Point.YearImplied): the text
// does not state it.

// noteYear records the day of m, a mention just read, when the text
// states its year with its day and month (a date, or the last day of a
// range) and it is the latest such day so far: a story of this year may
// recall a day of another ("the first general election on January 6,
// 1946. The deputies were elected on March 15", this year's).
func (s *scanner) noteYear(m *Mention) {
	p := m.Date.Point
	if m.Kind == DateRange {
		p = m.Date.End
	}
	if (m.Kind == Date || m.Kind == DateRange) && !m.Lunar && statesYearDay(p) && (!s.lastYear.set || later(p, s.lastYear.p)) {
		s.lastYear = dayMemo{p: p, set: true}
	}
}

// later reports whether the day of a comes after the day of b.
func later(a, b Point) bool {
	if a.Year != b.Year {
		return a.Year > b.Year
	}
	if a.Month != b.Month {
		return a.Month > b.Month
	}
	return a.Day > b.Day
}

// statesYearDay reports a point whose year, month and day the text
// states.
func statesYearDay(p Point) bool {
	return p.Grain >= GrainDay && p.Year != 0 && p.Month != 0 && p.Day != 0 && !p.YearImplied && !p.DayImplied
}

// contextYear returns the year of a day and month that s names without
// one, given y, the year the reference gives it: the year of the latest
// date the text stated with its year (noteYear) when that year is later,
// the day in y lies more than maxPastAhead before the reference day, and
// in the later year it lies within yearContextReach of that date.
func (sc *scanner) contextYear(s dspec, y int, refDay time.Time) int {
	c := sc.lastYear
	if !c.set || int(c.p.Year) <= y || s.y != 0 || s.m == 0 || s.d < 1 || s.rel.unit != NoGrain || s.lunar {
		return y
	}
	if refDay.Sub(day(y, s.m, s.d)) <= maxPastAhead {
		return y
	}
	if !withinReach(c.p, s.m, s.d) {
		return y
	}
	return int(c.p.Year)
}

// withinReach reports whether day d of month m in the year of c lies
// within yearContextReach of c.
func withinReach(c Point, m, d int) bool {
	near := day(int(c.Year), m, d)
	return near.Day() == d && near.Sub(day(int(c.Year), int(c.Month), int(c.Day))).Abs() <= yearContextReach
}

// yearContextReach is how far from the latest date that states its year
// a day and month without one may lie and take that year.
const yearContextReach = 92 * 24 * time.Hour

// storyYear returns the year of s with no reference date: the year it
// states, or, for a day and month without one, the year of the latest
// date the text stated with its year when the day lies within
// yearContextReach of it ("ngày 16/9/2026 ... Sáng 17/9"), and then
// implied is true; else 0, no year known.
func (sc *scanner) storyYear(s dspec) (y int, implied bool) {
	c := sc.lastYear
	if s.y != 0 || !c.set || s.m == 0 || s.d < 1 || s.lunar {
		return s.y, false
	}
	if !withinReach(c.p, s.m, s.d) {
		return 0, false
	}
	return int(c.p.Year), true
}
