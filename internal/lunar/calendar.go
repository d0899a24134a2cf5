package lunar

import "math"

// Bounds of the lunar calendar's layout.
const (
	// monthsPerYear is the number of ordinary months of a lunar year.
	monthsPerYear = 12
	// solsticeMonth is the number of the month in which the December
	// solstice falls: the months are counted from it.
	solsticeMonth = 11
	// leapSuiLength is the number of lunations of a sui that has a leap
	// month; an ordinary one has monthsPerYear: one month 11 follows
	// another 12 or 13 lunations later.
	leapSuiLength = monthsPerYear + 1
	// winterSolstice is the sun's longitude, in degrees, at the December
	// solstice: the month in which it falls is month 11.
	winterSolstice = 270.0
	// termSpan is the sun's motion, in degrees, from one major solar term
	// (zhongqi) to the next.
	termSpan = 30.0
	// lunationSearch bounds the correction of an estimated lunation
	// number: the estimates are off by at most one lunation, so a search
	// that has not settled by then is given up rather than looped on.
	lunationSearch = 4
)

// estimateLunation returns a lunation number near the one that begins on
// or before local day n.
func estimateLunation(n int) int {
	jd := jdUnixEpoch + float64(n)
	return int(math.Floor((jd - newMoonEpoch) / synodicMonth))
}

// lunationOf returns the lunation whose month holds local day n, the last
// one whose new moon falls on or before n, and the day that month begins.
func lunationOf(n int) (k, start int) {
	k = estimateLunation(n)
	start, end := newMoonDay(k), newMoonDay(k+1)
	for range lunationSearch {
		switch {
		case start > n:
			k, start, end = k-1, newMoonDay(k-1), start
		case end <= n:
			k, start, end = k+1, end, newMoonDay(k+2)
		default:
			return k, start
		}
	}
	return k, start
}

// solsticeEstimate is the local day near which the December solstice of a
// Gregorian year falls, used only to start the search for month 11: day
// 355 of the year, counted by the mean tropical year from that of 2000.
func solsticeEstimate(year int) int {
	const (
		tropicalYear  = 365.2422
		solstice2000  = 11312 // 21 December 2000, in days from 1970-01-01
		solsticeYear0 = 2000
	)
	return solstice2000 + int(math.Round(float64(year-solsticeYear0)*tropicalYear))
}

// month11 returns the lunation of month 11 of Gregorian year y: the month
// in which the December solstice of y falls, the anchor from which the
// other months are counted.
func month11(year int) int {
	k := estimateLunation(solsticeEstimate(year))
	start, end := newMoonDay(k), newMoonDay(k+1)
	for range lunationSearch {
		switch {
		case !beforeSolstice(start):
			k, start, end = k-1, newMoonDay(k-1), start
		case beforeSolstice(end):
			k, start, end = k+1, end, newMoonDay(k+2)
		default:
			return k
		}
	}
	return k
}

// beforeSolstice reports whether, as local day n begins, the sun has yet
// to reach the December solstice nearest to n.
func beforeSolstice(n int) bool {
	return math.Remainder(sunAtDayStart(n)-winterSolstice, 360) < 0
}

// A sui is the span of lunations from the month 11 of one December solstice
// up to the next month 11: twelve months, or thirteen with a leap month.
// Its months are numbered 11, 12, 1, …, 10, the leap month taking the
// number of the month before it.
type sui struct {
	first int // the lunation of its month 11
	leap  int // the offset from first of its leap month, 0 if none
}

// newSui returns the sui whose month 11 is lunation first, with its leap
// month looked for only among offsets 1 to upTo: enough to number its
// months up to offset upTo, and all of them when upTo is monthsPerYear.
// Looking no further saves computing new moons that are not needed.
func newSui(first, upTo int) sui {
	s := sui{first: first}
	if upTo < 1 || !beforeSolstice(newMoonDay(first+leapSuiLength)) {
		return s // nothing to look at, or the next month 11 is lunation first+12
	}
	start := newMoonDay(first + 1)
	sector := termSector(start)
	for o := 1; o <= min(upTo, monthsPerYear); o++ {
		next := termSector(newMoonDay(first + o + 1))
		if next == sector {
			s.leap = o
			break
		}
		sector = next
	}
	return s
}

// termSector returns which 30° sector of longitude the sun is in as local
// day n begins: a month whose first day and the next month's first day
// have the same sector has no major solar term.
func termSector(n int) int {
	return int(sunAtDayStart(n) / termSpan)
}

// baseOffset returns the offset from month 11 of month m in a sui with no
// leap month before it.
func baseOffset(month int) int {
	return (month - solsticeMonth + monthsPerYear) % monthsPerYear
}

// label returns the month number and leap flag of the lunation at offset
// o from the sui's month 11.
func (s sui) label(o int) (month int, leap bool) {
	n := o
	if s.leap != 0 && o >= s.leap {
		n--
		leap = o == s.leap
	}
	return (n+solsticeMonth-1)%monthsPerYear + 1, leap
}

// offset is the inverse of label: the offset from month 11 of month m
// (leap or not), and false when the sui has no such month.
func (s sui) offset(month int, leap bool) (int, bool) {
	o := baseOffset(month)
	switch {
	case leap:
		return o + 1, s.leap != 0 && s.leap == o+1
	case s.leap != 0 && s.leap <= o:
		return o + 1, true
	}
	return o, true
}

// lunarYearOf returns the lunar year of a month numbered m in the sui of
// December solstice y: months 11 and 12 end lunar year y, the others
// belong to the year that begins at the next Tết.
func lunarYearOf(y, month int) int {
	if month >= solsticeMonth {
		return y
	}
	return y + 1
}

// suiYearOf is the inverse of lunarYearOf: the year of the December
// solstice of the sui that holds month m of lunar year y.
func suiYearOf(y, month int) int {
	if month >= solsticeMonth {
		return y
	}
	return y - 1
}
