package numbers

import (
	"time"

	"github.com/factalign/factalign/internal/lunar"
)

// The lunar calendar. Vietnamese news gives the days of festivals and of
// Tết in it ("mùng 10 tháng 3 âm lịch", "rằm tháng Tám", "mùng 6 Tết Đinh
// Mùi") and English versions say them as "the 10th day of the third
// lunar month" or by their Gregorian day. A lunar date is read into a
// dspec with lunar set, its day and month in the lunar calendar, and
// resolve turns it into its Gregorian day (solarOfLunar), so that every
// comparison of dates applies. The words are data (date_cues.tsv, roles
// lunar, lunar-month, lunar-day, lunar-named, year-stem, year-branch,
// zodiac-year); the arithmetic of the calendar is internal/lunar.

// The values of the lunar role: a mark that makes the date before it
// lunar ("âm lịch"), or the New Year, whose days are those of the first
// month ("mùng 6 Tết", "the sixth day of the Lunar New Year").
const (
	lunarMark    = 0
	lunarNewYear = 1
)

// The lengths of the cycles that name lunar years: the sixty years of
// the stems and branches, the twelve of the branches (the animals).
const (
	yearsOfCycle    = 60
	yearsOfBranches = 12
)

// solarOfLunar returns s with its lunar day, month and year turned into
// the Gregorian day, and whether the year was implied by the reference
// date. The year is the one the text states ("năm 2027"); or the lunar
// year that begins in the reference year, or one counted from it ("năm
// nay", "năm sau"); or the one of the cycle it names nearest the
// reference ("Đinh Mùi"); or, with only a day and a month, the lunar year
// whose day is nearest the reference. Without a year and a reference
// date, or for a day the calendar lacks (a 30th of a month of 29 days),
// it reports false.
func (sc *scanner) solarOfLunar(s dspec) (dspec, bool, bool) {
	if s.d < 1 || s.d > 30 || s.m < 1 || s.m > 12 || s.q != 0 || s.half != 0 || s.week != 0 || s.rel.unit != NoGrain && s.rel.unit != GrainYear || s.nth != 0 {
		return s, false, false
	}
	implied := false
	y := s.y
	switch {
	case y != 0:
	case !sc.cfg.hasRef:
		return s, false, false
	case s.rel.unit == GrainYear:
		// "rằm tháng Giêng năm nay": of the lunar year that begins in the
		// reference year (written in the last days of the lunar year
		// before, "năm nay" is the one about to begin).
		y = sc.cfg.ref.Year() + s.rel.n
		s.rel = rel{}
	case s.cycle != 0:
		y = nearestOfCycle(s.cycle-1, yearsOfCycle, sc.cfg.ref.Year())
	default:
		var ok bool
		if y, ok = nearestLunarYear(s.m, s.d, sc.cfg.ref); !ok {
			return s, false, false
		}
		implied = true
	}
	gy, gm, gd, ok := lunar.ToSolar(lunar.Date{Year: y, Month: s.m, Day: s.d})
	if !ok {
		return s, false, false
	}
	if s.eve {
		t := day(gy, int(gm), gd-1)
		gy, gm, gd = t.Year(), t.Month(), t.Day()
	}
	s.y, s.m, s.d = gy, int(gm), gd
	s.lunar, s.cycle, s.eve = false, 0, false
	return s, implied, true
}

// nearestOfCycle returns the year nearest ref whose year mod period is
// rem: of the sixty-year cycle of names ("Đinh Mùi" is 2027 mod 60), or
// of the twelve animals ("the Year of the Goat" is 2027 mod 12).
func nearestOfCycle(rem, period, ref int) int {
	y := ref - period/2
	return y + ((rem-y)%period+period)%period
}

// nearestLunarYear returns the lunar year, of the one of ref and the two
// beside it, in which day d of month m is nearest ref.
func nearestLunarYear(m, d int, ref time.Time) (int, bool) {
	here, ok := lunar.FromSolar(ref.Year(), ref.Month(), ref.Day())
	if !ok {
		return 0, false
	}
	refDay := day(ref.Year(), int(ref.Month()), ref.Day())
	best, bestGap := 0, time.Duration(0)
	for y := here.Year - 1; y <= here.Year+1; y++ {
		gy, gm, gd, ok := lunar.ToSolar(lunar.Date{Year: y, Month: m, Day: d})
		if !ok {
			continue
		}
		if gap := day(gy, int(gm), gd).Sub(refDay).Abs(); best == 0 || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best, best != 0
}

// cycleOf returns the place in the sixty-year cycle (plus 1) of the year
// whose stem is stem (its year mod 10) and whose branch is branch (its
// year mod 12), or 0 when no year has both: a stem and a branch of
// different parity.
func cycleOf(stem, branch int) int {
	for n := stem; n < yearsOfCycle; n += 10 {
		if n%yearsOfBranches == branch {
			return n + 1
		}
	}
	return 0
}

// lunarYearAt reads the name of a year in the sixty-year cycle at token
// k, its stem and its branch: "Đinh Mùi", "Bính Ngọ" (date_cues.tsv,
// year-stem and year-branch). It returns the year's cycle and the token
// after the name.
func (s *scanner) lunarYearAt(k int) (int, int, bool) {
	stem, next, ok := s.cueAt(k, 1, roleYearStem)
	if !ok {
		return 0, k, false
	}
	branch, next, ok := s.cueAt(next, 1, roleYearBranch)
	if !ok {
		return 0, k, false
	}
	c := cycleOf(stem, branch)
	return c, next, c != 0
}

// lunarAtom reads, after a day or a month, a word that makes the date
// lunar at token j: a mark ("âm lịch"), or the New Year after a day
// ("mùng 6 Tết", "mùng 1 Tết Đinh Mùi", with the name of its year).
func (s *scanner) lunarAtom(j int, acc *dspec) (dspec, int, bool) {
	if acc.d == 0 && acc.m == 0 {
		return dspec{}, j, false
	}
	v, next, ok := s.cueAt(j, 3, roleLunar)
	if !ok {
		return dspec{}, j, false
	}
	a := dspec{lunar: true}
	if v == lunarNewYear {
		if acc.d == 0 || acc.m != 0 {
			return dspec{}, j, false
		}
		a.m = 1
	}
	if acc.y == 0 && acc.cycle == 0 {
		if c, nx, ok := s.lunarYearAt(next); ok {
			a.cycle, next = c, nx
		}
	}
	if a.m == 1 && acc.d > lastDaysOfYear {
		// "29 Tết", "30 Tết": the last days of the year before the New
		// Year, of its twelfth month.
		a.m = 12
		if a.cycle != 0 {
			a.cycle = (a.cycle+yearsOfCycle-2)%yearsOfCycle + 1
		}
	}
	return a, next, true
}

// lastDaysOfYear is the day of the month after which a day said with the
// New Year ("Tết") is one of the days before it: the New Year's days are
// the first of its first month ("mùng 6 Tết"), and the days before it the
// last of the twelfth ("29 Tết").
const lastDaysOfYear = 15

// lunarDayAt reads a day of the lunar month named by a word at token j,
// before the month it is of: "rằm tháng Giêng" is the 15th day of the
// first month (date_cues.tsv, lunar-day).
func (s *scanner) lunarDayAt(j int) (dspec, int, bool) {
	d, next, ok := s.cueAt(j, 1, roleLunarDay)
	if !ok || s.dw(next).period != GrainMonth {
		return dspec{}, j, false
	}
	return dspec{d: d, lunar: true, strong: true, yearOK: true}, next, true
}

// lunarNamedAt reads a lunar day by its name at token j: "Lunar New
// Year's Day" is 1/1, "giao thừa" and "Lunar New Year's Eve" the day
// before it (date_cues.tsv, lunar-named).
func (s *scanner) lunarNamedAt(j int) (dspec, int, bool) {
	v, next, ok := s.cueAt(j, 6, roleLunarNamed)
	if !ok {
		return dspec{}, j, false
	}
	if v == 0 {
		return dspec{m: 1, d: 1, eve: true, lunar: true, strong: true, yearOK: true}, next, true
	}
	return dspec{m: v / 100, d: v % 100, lunar: true, strong: true, yearOK: true}, next, true
}

// enLunarMonth reads the lunar month of an English day at token k, after
// "day of": "the third lunar month", "the last lunar month", "the Lunar
// New Year", "Tet", "the Year of the Monkey" (then its year too, the
// nearest of that animal to the reference). It returns the month, the
// year or 0, and the token after them.
func (s *scanner) enLunarMonth(k int) (int, int, int, bool) {
	if s.cue(k, dcArticle) {
		k++
	}
	if v, next, ok := s.cueAt(k, 3, roleLunar); ok && v == lunarNewYear {
		return 1, 0, next, true
	}
	if y, next, ok := s.zodiacAt(k); ok {
		return 1, y, next, true // "the first day of the Year of the Monkey"
	}
	n, next, ok := s.enNthNumber(k)
	if !ok {
		return 0, 0, k, false
	}
	after, ok := s.lunarMonthWords(next)
	if !ok {
		return 0, 0, k, false
	}
	if n < 0 {
		n = 12 // "the last lunar month"
	}
	y := 0
	if s.cue(after, dcOf) {
		// "the ninth day of the first lunar month of the Year of the Goat"
		if yy, nx, ok := s.zodiacAt(after + 1); ok {
			y, after = yy, nx
		}
	}
	return n, y, after, n >= 1 && n <= 12
}

// zodiacAt reads a lunar year by its animal at token k, after the
// article if one is there ("the Year of the Goat"), and returns the year
// of that animal nearest the reference and the token after it.
func (s *scanner) zodiacAt(k int) (int, int, bool) {
	if s.cue(k, dcArticle) {
		k++
	}
	branch, next, ok := s.cueAt(k, 4, roleZodiacYear)
	if !ok || !s.cfg.hasRef {
		return 0, k, false
	}
	return nearestOfCycle(branch, yearsOfBranches, s.cfg.ref.Year()), next, true
}

// zodiacNamed reports a lunar year named by its animal at token k, "Year
// of the Goat": no year of the calendar, whose start ("the start of the
// Year of the Goat") is no start of this year.
func (s *scanner) zodiacNamed(k int) bool {
	_, _, ok := s.cueAt(k, 4, roleZodiacYear)
	return ok
}

// lunarMonthWords reads the words of a lunar month after its ordinal at
// token k: "lunar month", or the month word and a lunar mark after "of",
// "in" or "on" and the article ("month of the lunar calendar"). It
// returns the token after them.
func (s *scanner) lunarMonthWords(k int) (int, bool) {
	if _, after, ok := s.cueAt(k, 2, roleLunarMonth); ok {
		return after, true
	}
	if s.dw(k).period != GrainMonth || !s.cue(k+1, dcOf|dcIn|dcOn) {
		return k, false
	}
	j := k + 2
	if s.cue(j, dcArticle) {
		j++
	}
	if v, after, ok := s.cueAt(j, 2, roleLunar); ok && v == lunarMark {
		return after, true
	}
	return k, false
}

// lunarRoles are the roles of the words that make a date lunar and may
// come with figures: a line without one of their first words has no
// lunar date to skip (a named day, "giao thừa", has no figures; "giao" is
// a frequent syllable).
const lunarRoles = 1<<roleLunar | 1<<roleLunarMonth | 1<<roleLunarDay

// noteLunar marks the line as holding a word that makes a date lunar
// when the word with the date bits dbits is one, so that readLine looks
// for lunar dates it cannot resolve (lunarUnresolved) only on such lines.
// The tokenizer asks it at each word it adds: most words have no date
// record (recs[0], which has no role), and their dbits say so with no
// look-up of the record.
func (s *scanner) noteLunar(dbits uint32) {
	if dbits>>dbRecShift != 0 && s.dates().recs[dbits>>dbRecShift].starts&lunarRoles != 0 {
		s.lunarLine = true
	}
}

// lunarUnresolved reports a lunar date at token i that has no Gregorian
// day, and returns the token after it: one with no year stated and no
// reference date ("ngày 15 tháng 8 âm lịch" in a text with no date), or
// one the calendar lacks ("không có ngày 30 Tết" of a twelfth month of 29
// days). Its figures are no counts ("15", "8", "30") for another rule to
// read.
func (s *scanner) lunarUnresolved(i int) (int, bool) {
	if s.toks[i].kind != tNum && s.dbits(i)&dbFirst == 0 {
		return i, false
	}
	sp, next, ok := s.phrase(i, 0)
	if !ok || !sp.lunar || next <= i {
		return i, false
	}
	if _, _, ok := s.solarOfLunar(sp); ok {
		return i, false
	}
	return next, true
}
