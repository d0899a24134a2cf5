// Package lunar converts between the Gregorian calendar and the Vietnamese
// lunisolar calendar (âm lịch), so that "mùng 10 tháng 3 âm lịch" of 2027
// can be read as 16 April 2027.
//
// The calendar is computed, not tabulated, by the rules Vietnam has used
// since 1968: a month begins on the day, in Vietnam's time zone (UTC+7), of
// a new moon; month 11 is the month in which the December solstice falls;
// and when thirteen months run from one month 11 to the next, the first of
// them after month 11 in which the sun crosses no multiple of 30° of
// longitude (no major solar term, trung khí) is a leap month (tháng nhuận),
// taking the number of the month before it. Because the zone is UTC+7, not
// China's UTC+8, Vietnam's Tết sometimes falls a day earlier than China's
// (17 February 2007) or even a month earlier (21 January 1985).
//
// New moons and the sun's longitude come from the low-precision series of
// Meeus's Astronomical Algorithms, with Espenak and Meeus's fit of ΔT: new
// moons within about a quarter of a minute, solar terms within about ten
// minutes. A month can therefore come out a day off from other published
// calendars only when a new moon or a solar term falls within minutes of
// local midnight, and beyond 2100 the uncertainty of ΔT, minutes by 2200,
// adds to that.
//
// The supported range is the lunar years 1968 to 2199: from Tết Mậu Thân,
// 29 January 1968, the first Tết of the UTC+7 calendar (the North adopted
// it in 1968, the South used China's UTC+8 calendar until 1975), to the
// last day of lunar year 2199, in January 2200. Outside it the functions
// report false (or 0); they never panic, whatever the int.
package lunar

import "time"

// The supported lunar years.
const (
	minYear = 1968
	maxYear = 2199
)

const (
	// secondsPerDayInt is the number of seconds of a day, for Unix times.
	secondsPerDayInt = 86400
	// earliestMonth11 bounds how many days before the December solstice
	// month 11 can begin: 29 days before the solstice's day, which may be
	// a day off its estimate, and a day of margin.
	earliestMonth11 = 31
)

// A Date is a day of the Vietnamese lunar calendar. Year is the Gregorian
// year in which the lunar year begins (its Tết), Month is 1 to 12, Day 1 to
// 30, and Leap marks the leap (nhuận) month, which follows the ordinary
// month of the same number. The zero Date is no day of the calendar.
type Date struct {
	Year, Month, Day int
	Leap             bool
}

// ToSolar returns the Gregorian day of d, and false when d is no day of the
// calendar: a day 30 of a 29-day month, a leap month the year lacks, a
// month or day out of bounds, or a year outside 1968–2199.
func ToSolar(d Date) (year int, month time.Month, day int, ok bool) {
	start, length := locate(d.Year, d.Month, d.Leap)
	if length == 0 || d.Day < 1 || d.Day > length {
		return 0, 0, 0, false
	}
	t := dayTime(start + d.Day - 1)
	return t.Year(), t.Month(), t.Day(), true
}

// FromSolar returns the lunar day of a Gregorian day, and false when the
// day is no valid Gregorian day or falls outside lunar years 1968–2199
// (from 29 January 1968 to January 2200).
func FromSolar(year int, month time.Month, day int) (Date, bool) {
	n, ok := dayNumber(year, month, day)
	if !ok {
		return Date{}, false
	}
	k, start := lunationOf(n)
	sy := year
	if n < solsticeEstimate(year)-earliestMonth11 {
		sy-- // too early in the year to be in its month 11 or after
	}
	first := month11(sy)
	if k < first {
		sy, first = sy-1, month11(sy-1)
	}
	s := newSui(first, k-first)
	m, leap := s.label(k - first)
	d := Date{Year: lunarYearOf(sy, m), Month: m, Day: n - start + 1, Leap: leap}
	if d.Year < minYear || d.Year > maxYear {
		return Date{}, false
	}
	return d, true
}

// MonthLength returns the number of days, 29 or 30, of month m of lunar
// year y (the leap month if leap), and 0 when the year has no such month.
func MonthLength(year, month int, leap bool) int {
	_, length := locate(year, month, leap)
	return length
}

// LeapMonth returns the number of the month after which lunar year y has
// its leap month, and 0 when it has none or y is outside 1968–2199.
func LeapMonth(year int) int {
	if year < minYear || year > maxYear {
		return 0
	}
	// A leap month of year y is one of its months 1 to 10, in the sui of the
	// solstice of y−1, or a month 11 or 12, in the sui of the solstice of y.
	prev, this := month11(year-1), month11(year)
	if m := newSui(prev, monthsPerYear).leapLabel(); m != 0 && m < solsticeMonth {
		return m
	}
	if m := newSui(this, monthsPerYear).leapLabel(); m >= solsticeMonth {
		return m
	}
	return 0
}

// leapLabel returns the number of the sui's leap month, 0 if it has none.
func (s sui) leapLabel() int {
	if s.leap == 0 {
		return 0
	}
	m, _ := s.label(s.leap)
	return m
}

// locate returns the first local day and the length of month m of lunar
// year y (the leap month if leap), and a length of 0 when there is none.
func locate(year, month int, leap bool) (start, length int) {
	if year < minYear || year > maxYear || month < 1 || month > monthsPerYear {
		return 0, 0
	}
	sy := suiYearOf(year, month)
	// The month is at its base offset, or the next one after a leap month:
	// the leap month is looked for up to there.
	s := newSui(month11(sy), baseOffset(month)+1)
	o, ok := s.offset(month, leap)
	if !ok {
		return 0, 0
	}
	start = newMoonDay(s.first + o)
	return start, newMoonDay(s.first+o+1) - start
}

// dayNumber returns the local day of a Gregorian date, counted from
// 1970-01-01, and false when the date does not exist or is so far outside
// the supported range that it need not be converted.
func dayNumber(year int, month time.Month, day int) (int, bool) {
	if year < minYear || year > maxYear+1 || month < time.January || month > time.December || day < 1 || day > 31 {
		return 0, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return 0, false
	}
	return int(t.Unix() / secondsPerDayInt), true
}

// dayTime returns midnight UTC of local day n, whose date is the day's.
func dayTime(n int) time.Time {
	return time.Unix(int64(n)*secondsPerDayInt, 0).UTC()
}
