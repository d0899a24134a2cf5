package numbers

import "time"

// Dates, times, periods, ranges and durations.
//
// The date rule reads a phrase as atoms that each name part of one date —
// a weekday ("thứ Tư", "Wednesday"), a day and month ("21/10", "ngày 30
// tháng 1", "October 21"), a year ("năm 2026", "in 2026"), a part of the
// day ("chiều", "tonight"), a clock time ("17h30", "5:30 p.m."), a period
// relative to the reference ("tuần trước", "next year") — joined by commas,
// parentheses and small words ("lúc", "của", "at", "on", "of"). The atoms
// merge into one dspec when they fit together; "thứ Tư (21/10)" is one
// mention that carries the weekday and the date. A range is two such
// phrases, or a phrase and a bare number that the other end explains
// ("13 đến 15/5", "May 13 to 15", "2025-30"); its ends lend each other what
// they lack. A duration is a number and a unit of time ("hơn 50 năm",
// "three-day"); said relative to now it is a range ("5 năm tới", "the
// past two weeks") or a date ("3 ngày trước", "in two weeks").
//
// The reference date (WithReference) resolves what the text leaves open:
//
//   - a day and month take the reference year ("30/1" → 2026-01-30); a day
//     alone takes its month ("ngày 15");
//   - a weekday alone is the last such day on or before the reference,
//     unless a word points ahead ("sẽ", "will", "scheduled", "until",
//     "tới", "next"), or an English phrase stands alone ("Monday"): then
//     the next one on or after it;
//   - a clock time alone is on the reference day;
//   - "tuần này", "tháng trước", "next year" are the ISO week, month, year
//     around the reference; "5 năm tới" the five years after this one.
//
// Without a reference the year stays unknown ("--01-30"), a weekday alone
// has no date, and a relative date keeps what it says (Relative "day-1").
// Numbers that only look like dates stay numbers: "8,5%", "1/2 số dân",
// "30.1 điểm"; "30.1" and "30-1" are dates only after a date word
// ("chiều 30.1", "ngày 30-1"). Lunar dates ("mồng 3 Tết") are not read.

// date reads a date, a date range or a duration at token i: the longest of
// them. Words before the date that change its meaning ("by", "since",
// "trước", "kể từ") are taken into the mention when no other mention
// holds them.
func (s *scanner) date(i int, out *Mention) (int, bool) {
	t := &s.toks[i]
	switch t.kind {
	case tPunct:
		return i, false
	case tWord:
		if s.mayCue(i, roleDecadeLead) {
			if m, n, ok := s.decadeLead(i); ok {
				return out.set(m, n, true)
			}
		}
		if s.dbits(i)&dbFirst == 0 {
			return i, false
		}
	}
	// Each reading is made in cand; consider keeps the longest in out.
	next, found := i, false
	var cand Mention
	consider := func(n int, ok bool) {
		if ok && n > next {
			*out, next, found = cand, n, true
		}
	}
	if t.kind == tNum && s.cue(i-1, dcDayHead) && (s.tok(i-2).kind == tNum || s.durationEndsAt(i-1) && s.daysOfMonth(i)) {
		// "trong 2 ngày 11 và 12/6", "hai ngày 25 và 26/6": the duration
		// took "ngày", which the days after it still need.
		if n, ok := s.dateLead(i-1, &cand); ok {
			s.span(&cand, i, n)
			consider(n, true)
		}
	}
	switch {
	case t.kind == tNum && !s.numMayDate(i):
	case t.kind == tWord && (s.dbits(i)&dbLead == 0 || s.cue(i, dcLeadSkip) && !s.theMayDate(i)):
		if _, n, ok := s.cueAt(i, 2, roleClockFraction); ok && n == i+2 {
			consider(s.dateLead(i, &cand)) // "a quarter past three"
		}
	default:
		consider(s.dateLead(i, &cand))
	}
	if t.kind == tNum {
		consider(s.listedDay(i, &cand)) // "June 25 and 27"
		consider(s.monthLetters(i, &cand))
	}
	if s.unitAhead(i) || t.kind == tNum && s.isRaceTime(i) {
		s.lengths(i, &cand, consider)
	}
	if t.kind == tNum && s.conv().decades {
		consider(s.decade(i, &cand))
		consider(s.century(i, &cand))
	}
	if !found {
		return i, false
	}
	if out.Kind == Date || out.Kind == DateRange {
		s.leadBack(out, i)
	}
	return next, true
}

// durationEndsAt reports whether the last mention found is a Duration
// that ends with token k: "hai ngày" before "25 và 26/6".
func (s *scanner) durationEndsAt(k int) bool {
	if len(s.out) == 0 {
		return false
	}
	m := &s.out[len(s.out)-1]
	return m.Kind == Duration && m.End == s.toks[k].end
}

// lengths offers consider the rules that need a unit of time: durations
// and months of a year, each read into cand.
func (s *scanner) lengths(i int, cand *Mention, consider func(int, bool)) {
	if s.vi {
		// "Lũy kế 10 tháng": the months of this year, not a length. They
		// are read first, so that they win a tie, and once: read again
		// after the duration they could never be taken, as consider
		// takes only a longer reading.
		consider(s.monthsOfYear(i, cand))
		consider(cand.set(s.duration(i)))
	} else {
		consider(cand.set(s.duration(i)))
		consider(s.monthsOfYear(i, cand))
	}
	if _, _, ok := s.cueAt(i, 1, roleMonthsLead); ok {
		// "trong 4 tháng đầu năm 2026" is the months, not "trong 4
		// tháng" (for four months) and then "đầu năm 2026".
		consider(s.monthsOfYear(i+1, cand))
	}
}

// numMayDate reports whether the number at token i can begin a date or a
// range of dates, by what follows it: a separator ("30/1", "17:30",
// "2025-2030"), a word of the date tables ("30 tháng 4", "5 pm", "15th",
// "13 to 15 July"), or nothing for a year ("in 2030").
func (s *scanner) numMayDate(i int) bool {
	t := &s.toks[i]
	if n := len(t.low); n == 4 || n == 8 {
		return true
	}
	if i+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[i+1]
	switch n.kind {
	case tPunct:
		// A comma or a percent sign after a day or a month ends it: "3,5",
		// "1,500", "5%" are figures; a year before a comma is read above.
		return n.low != "," && n.low != "%"
	case tWord:
		if s.dbits(i+1) != 0 {
			return true
		}
		return s.cue(i+1, dcNumDate)
	}
	return false
}

// theMayDate reports whether "the" at token i can begin a date: "the day
// after tomorrow", "the next week", "the end of", "the first quarter",
// "the 1990s".
func (s *scanner) theMayDate(i int) bool {
	n := s.tok(i + 1)
	if n.kind == tNum {
		return true
	}
	return s.cue(i+1, dcArticleDate)
}

// unitAhead reports whether a unit of time comes in the few tokens after
// token i, which a duration or "6 tháng đầu năm" needs.
func (s *scanner) unitAhead(i int) bool {
	for k := i; k < len(s.toks) && k < i+unitReach; k++ {
		if s.dbits(k)&dbDurUnit != 0 {
			return true
		}
	}
	return false
}

// unitReach is how many tokens from its count unitAhead looks for a
// unit of time: "five-and-a-half-year" has eight before it.
const unitReach = 9

// dateLead reads a date or a range of dates at token i, with an
// approximation ("khoảng", "about") or a range opener ("từ", "from",
// "between", "giai đoạn") before it.
func (s *scanner) dateLead(i int, m *Mention) (int, bool) {
	j := i
	q := Exact
	if qq, n, ok := s.qualifierAt(j, 4); ok && qq == Approx {
		q, j = qq, n
		// "khoảng 3 giờ chiều", "vào khoảng 15h", "at about 3pm".
		if s.cue(j, dcApproxAt) {
			j++
		}
	}
	opener := opNone
	if v, n, ok := s.cueAt(j, 3, roleOpener); ok {
		opener, j = dateOpener(v&opKind), n
		if v&opSkipArticle != 0 && s.cue(j, dcLeadSkip) {
			j++ // "from the 1990s"
		}
		if v&opSkipFrom != 0 && s.cue(j, dcPeriodFrom) {
			j++ // "giai đoạn từ 2021 đến 2025"
		}
	}
	if opener == opNone && j == i && s.cue(i, dcLeadSkip) {
		return i, false
	}
	next, ok := s.rangeOrDate(j, opener, m)
	if ok && m.Kind == Date && opener == opBetween && q == Exact {
		// "giữa tháng này" is the middle of this month, not a range.
		next, ok = s.rangeOrDate(i, opNone, m)
		j = i
		opener = opNone
	}
	if !ok {
		return i, false
	}
	if q != Exact && m.Qualifier == Exact {
		m.Qualifier = q
	}
	if m.Kind == Date && m.Qualifier == Exact && opener == opFrom && s.amountBefore(i) {
		// "up 15.8 per cent from 2024": the base of a change, not a start.
		var m2 Mention
		if next2, ok2 := s.rangeOrDate(j, opNone, &m2); ok2 {
			*m, next, opener, q = m2, next2, opNone, Exact
		}
	}
	if m.Kind == Date && m.Qualifier == Exact {
		switch opener {
		case opFrom, opSince:
			m.Qualifier = AtLeast
		case opBetween:
			return i, false
		}
	}
	if m.Kind == Date && opener == opPeriod {
		return i, false
	}
	next = s.postQualifier(m, next)
	start := i
	if q == Exact && opener == opNone {
		start = j
	}
	s.span(m, start, next)
	return next, true
}

// amountBefore reports whether a number, an amount or a percentage ends
// within the three tokens before token i.
func (s *scanner) amountBefore(i int) bool {
	if len(s.out) == 0 || i < 1 {
		return false
	}
	m := &s.out[len(s.out)-1]
	switch m.Kind {
	case Number, Money, Percent, PercentPoint:
	default:
		return false
	}
	k := i - 3
	if k < 0 {
		k = 0
	}
	return m.End > s.toks[k].start
}

// postQualifier reads "trở đi", "or later", "and after" after a date.
func (s *scanner) postQualifier(m *Mention, k int) int {
	if m.Kind != Date {
		return k
	}
	v, next, ok := s.cueAt(k, 3, rolePostQualifier)
	if !ok || v&postGuard != 0 && (s.tok(next).kind == tNum || s.dateWordAt(next)) {
		return k // "or after May": a second date
	}
	m.Qualifier = Qualifier(v &^ postGuard)
	return next
}

// dateWordAt reports whether a month, a weekday or "the" starts at token k.
func (s *scanner) dateWordAt(k int) bool {
	t := s.tok(k)
	if t.kind != tWord {
		return false
	}
	_, m := s.dates().months.get(t.low)
	_, w := s.dates().weekdays.get(t.low)
	_, _, d := s.cueAt(k, 1, roleDateWord)
	return m || w || d
}

// leadBack takes the words before token i that change what a date means
// into the mention: "by 2030" (a deadline), "since 2014", "trước năm 2030",
// "kể từ ngày 1/7", "until Friday".
func (s *scanner) leadBack(m *Mention, i int) {
	if m.Qualifier != Exact || m.Start != s.toks[i].start {
		return
	}
	free := func(k int) bool {
		if k < 0 || k >= len(s.toks) {
			return false
		}
		return len(s.out) == 0 || s.out[len(s.out)-1].End <= s.toks[k].start
	}
	k := i - 1
	skip := 0
	if s.cue(k, dcLeadSkip) {
		k--
		skip = 1
	}
	v, n := s.leadBackAt(k)
	by, q := v&leadBy != 0, Qualifier(v&^leadBy)
	if n == 0 || !free(i-n-skip) {
		return
	}
	n += skip
	if m.Kind == DateRange {
		if by {
			m.Date.By = true
		}
		return
	}
	m.Qualifier = q
	m.Date.By = by
	m.Start = s.toks[i-n].start
}

// leadBackAt finds the longest phrase of roleLeadBack, of at most three
// words, that ends at token k, and returns its value and length.
func (s *scanner) leadBackAt(k int) (int, int) {
	return s.phraseEndingAt(k, 3, roleLeadBack)
}

// phraseEndingAt finds the longest phrase of role r, of at most max
// words, that ends at token k, and returns its value and length (0 for
// none).
func (s *scanner) phraseEndingAt(k, max int, r dateRole) (int, int) {
	if !s.mayEndAt(k, max, 1<<r) {
		return 0, 0 // most tokens: futureBefore asks at each word of a sentence
	}
	return s.phraseEnding(k, max, r)
}

// mayEndAt reports whether a phrase of one of the roles (bits 1 << role),
// of at most max words, may end at token k: whether one of the max tokens
// up to k may start one (mayCue), which each look-up of phraseEnding tests
// first.
func (s *scanner) mayEndAt(k, max int, roles uint64) bool {
	for j := k - max + 1; j <= k; j++ {
		if s.dw(j).starts&roles != 0 {
			return true
		}
	}
	return false
}

// phraseEnding is phraseEndingAt after its first test.
func (s *scanner) phraseEnding(k, max int, r dateRole) (int, int) {
	for n := max; n >= 1; n-- {
		if v, next, ok := s.cueAt(k-n+1, n, r); ok && next == k+1 {
			return v, n
		}
	}
	return 0, 0
}

// A dateOpener is the word that opens a date or a range of dates, the
// value of roleOpener: "từ", "from", "between", "giai đoạn".
type dateOpener uint8

const (
	opNone    dateOpener = iota
	opFrom               // "từ", "from": a start, or a range
	opSince              // "since": a start
	opBetween            // "giữa", "between": a range only
	opPeriod             // "giai đoạn", "nhiệm kỳ": a range only

	opKind        = 7
	opSkipArticle = 8  // the lead-skip word may follow: "from the"
	opSkipFrom    = 16 // the period-from word may follow: "giai đoạn từ"
)

// rangeOrDate reads a range of dates ("2025-2030", "từ 13 đến 15/5",
// "May 13 to 15") or a single date at token j.
func (s *scanner) rangeOrDate(j int, opener dateOpener, m *Mention) (int, bool) {
	f := pflags(0)
	if opener != opNone {
		f |= pfCtx
	}
	first, e1, ok1 := s.dateRangeEnd(j, f, true)
	if s.conv().monthRanges && s.dbits(j)&dbMonth != 0 && (!ok1 || first.bare == 0 && !s.isRangeSepAt(e1, opener)) {
		// "Jan-Feb 2017": a bare month opens a range.
		if f2, e2, ok2 := s.dateRangeEnd(j, f|pfRange, true); ok2 && s.isRangeSepAt(e2, opener) && (!ok1 || e2 > e1) {
			first, e1, ok1 = f2, e2, true
		}
	}
	if !ok1 {
		return s.rangeFromNow(j, opener, f, m)
	}
	if k, ok := s.rangeSepAfter(e1, opener); ok {
		// A comma before an end that is now closes the clause of the
		// start: "khởi công từ tháng 1/2026, đến nay đạt 18%" (so far).
		if second, e2, ok2 := s.dateRangeEnd(k, f|pfRange|pfCtx|pfSep, false); ok2 && !(second.now && s.isPunct(e1, ",")) && !s.numberContinues(e2-1) && !(s.isPunct(e2, "-") && s.glued(e2) && s.tok(e2+1).kind == tNum) {
			first, e2 = s.sharedYear(first, second, e2)
			if r, ok := s.combine(first, second, opener); ok && !s.hoursCounted(r, j) {
				*m = r
				s.span(m, j, e2)
				return e2, true
			}
		}
	}
	if opener == opNone {
		if r, e, ok := s.dayPair(j, first, e1, f); ok {
			return m.set(r, e, true)
		}
	}
	if first.bare != 0 || first.now {
		return j, false
	}
	r, ok := s.dateMention(first.sp)
	if !ok {
		return j, false
	}
	*m = r
	s.span(m, j, e1)
	return e1, true
}

// sharedYear gives the first end of a range of days of one month its year
// when the year follows the second end, a bare day: "Dec 9-20, 2025",
// "December 9-20 2025", but not before a noun that makes the year a
// count. It returns the first end and the token after the
// year, or both as they were.
func (s *scanner) sharedYear(first, second rend, e2 int) (rend, int) {
	if second.bare == 0 || !dayOfMonth(&first.sp) || first.sp.y != 0 {
		return first, e2
	}
	k := e2
	if s.isPunct(k, ",") {
		k++
	}
	y, n := s.intAt(k)
	if n != 4 || y < 1000 || y > 2999 || s.numberContinues(k) {
		return first, e2
	}
	if _, _, unit := s.unit(k + 1); unit {
		return first, e2 // "9-20/12, 2025 người": a count
	}
	first.sp.y = y
	return first, k + 1
}

// hoursCounted reports a range of clock times at token j that a duration
// cue before it makes a range of lengths: "kéo dài 3-5 giờ", "mất 2-3
// giờ" (a quantity then reads it).
func (s *scanner) hoursCounted(r Mention, j int) bool {
	g := r.Date.Point.Grain
	return (g == GrainHour || g == GrainMinute) && r.Date.Point.Year == 0 && s.durationCue(j)
}

// rangeFromNow reads a range whose first end, after an opener, is the
// reference day in a word of the now role: "từ nay đến cuối năm 2026",
// "from now to 2030". The opener alone before such a word ("từ nay", from
// now on) is no range and no date.
func (s *scanner) rangeFromNow(j int, opener dateOpener, f pflags, m *Mention) (int, bool) {
	if opener == opNone {
		return j, false
	}
	e1, ok := s.nowAt(j)
	if !ok {
		return j, false
	}
	k, ok := s.dateRangeSep(e1, opener)
	if !ok {
		return j, false
	}
	second, e2, ok := s.dateRangeEnd(k, f|pfRange|pfCtx|pfSep, false)
	if !ok || second.now || s.numberContinues(e2-1) {
		return j, false
	}
	today := rend{sp: dspec{rel: rel{unit: GrainDay}, strong: true}}
	r, ok := s.combine(today, second, opener)
	if !ok {
		return j, false
	}
	*m = r
	s.span(m, j, e2)
	return e2, true
}

// isRangeSepAt reports whether a range separator comes at token k.
func (s *scanner) isRangeSepAt(k int, opener dateOpener) bool {
	_, ok := s.dateRangeSep(k, opener)
	return ok
}

// A rend is one end of a range: a date phrase, or a bare number that the
// other end makes a day, a year or an hour ("13" in "13-15/5").
type rend struct {
	sp   dspec
	bare int  // the bare number, 0 if sp holds the end
	nb   int  // its digits
	now  bool // "nay", "now", "date": the reference day
}

// dateRangeEnd reads an end of a range at token j.
func (s *scanner) dateRangeEnd(j int, f pflags, first bool) (rend, int, bool) {
	if !first {
		if n, ok := s.nowAt(j); ok {
			return rend{now: true}, n, true
		}
		if s.conv().articleDays && s.cue(j, dcArticle) && s.dayAfterArticle(j+1) {
			j++ // "to the 10th", "to the tenth day of March"
		}
	}
	if sp, next, ok := s.phrase(j, f); ok {
		return rend{sp: sp}, next, true
	}
	if d, next, ok := s.dayInWords(j); ok && (!first || s.isRangeSepAt(next, opNone)) {
		return rend{bare: d, nb: 2}, next, true // "from the first to the 10th"
	}
	v, n := s.intAt(j)
	if v <= 0 || first && s.numberBefore(j) {
		return rend{}, j, false
	}
	next := j + 1
	if suf := s.tok(next); n <= 2 && suf.kind == tWord && s.glued(next) && s.ordinalSuffixOK(s.tok(j).low, suf.low) {
		next++
	}
	if n != 4 && n > 2 || s.amountAfter(next) {
		return rend{}, j, false
	}
	if first && n == 2 && s.conv().articleDays && s.cue(j-1, dcArticle) {
		return rend{bare: v, nb: n}, next, true
	}
	if n == 4 && (v < 1000 || v > 2999) {
		return rend{}, j, false
	}
	return rend{bare: v, nb: n}, next, true
}

// dayInWords reads an end of a range that is a day in words after the
// article, in a language that writes days so: "from the first to the
// 10th", "to the tenth of March".
func (s *scanner) dayInWords(j int) (int, int, bool) {
	if !s.conv().articleDays || !s.cue(j-1, dcArticle) || s.tok(j).kind != tWord {
		return 0, j, false
	}
	return s.enDayWords(j)
}

// dayAfterArticle reports whether token k, after the article, may be a
// day: digits, or an English day in words ("the tenth").
func (s *scanner) dayAfterArticle(k int) bool {
	if s.tok(k).kind == tNum {
		return true
	}
	_, _, ok := s.enDayWords(k)
	return ok
}

// amountAfter reports whether a scale word, a currency or a percent sign
// follows at token k: the number before it is an amount, no end of a
// range of dates ("in 2021 to 80 million dong").
func (s *scanner) amountAfter(k int) bool {
	if _, _, ok := lookup(s, k, 1, s.lang.scales); ok {
		return true
	}
	if _, _, ok := lookup(s, k, 4, s.currencySuffixes()); ok {
		return true
	}
	_, _, ok := lookup(s, k, 3, s.percents())
	return ok
}

// nowAt reads "nay", "hiện nay", "now", "today", "date" as the open end of
// a range ("từ năm 2020 đến nay", "from 2010 to date").
func (s *scanner) nowAt(j int) (int, bool) {
	if _, next, ok := s.cueAt(j, 2, roleNow); ok {
		return next, true
	}
	return j, false
}

// dateRangeSep reads the word or dash between the ends of a range at token k.
func (s *scanner) dateRangeSep(k int, opener dateOpener) (int, bool) {
	t := s.tok(k)
	switch t.kind {
	case tPunct:
		switch t.low {
		case "-", "–", "—", "~":
			if s.tok(k+1).kind == tPunct {
				return k, false
			}
			return k + 1, true
		}
	case tWord:
		if v, next, ok := s.cueAt(k, 2, roleRangeSep); ok {
			return next, v == 0 || opener == opBetween
		}
	}
	return k, false
}

// rangeSepAfter is dateRangeSep after the first end of a range that
// ends at token k, where a range that an opener began may put a comma
// before the separator: "from Saturday, January 22, to Sunday, January
// 30".
func (s *scanner) rangeSepAfter(k int, opener dateOpener) (int, bool) {
	if opener != opNone && s.isPunct(k, ",") && s.tok(k+1).kind == tWord {
		if next, ok := s.dateRangeSep(k+1, opener); ok {
			return next, true
		}
	}
	return s.dateRangeSep(k, opener)
}

// combine makes a DateRange of two ends, lending each end what the other
// one states: "13 đến 15/5" is 13/5..15/5, "May 13 to 15" is May 13..15,
// "2025-30" is 2025..2030.
func (s *scanner) combine(a, b rend, opener dateOpener) (Mention, bool) {
	var m Mention
	ok := false
	switch {
	case b.now:
		m, ok = s.combineNow(a)
	case lendEnds(&a, &b):
		m, ok = s.rangeOfEnds(a, b)
	}
	if ok && m.Kind == DateRange {
		rangeWeekday(&m.Date, &a.sp, &b.sp)
	}
	return m, ok
}

// rangeWeekday sets on the range v the weekday that its first end a names
// ("from Thursday to Sunday" is Thursday), or else the one its second end
// b names (EndsWeekday): the day of the week the text names, as on a
// single date.
func rangeWeekday(v *DateValue, a, b *dspec) {
	for i, sp := range [...]*dspec{a, b} {
		if sp.wd != 0 {
			v.Weekday, v.HasWeekday, v.EndsWeekday = time.Weekday(sp.wd-1), true, i == 1
			return
		}
	}
}

// combineNow makes a DateRange from end a to the reference day: "từ năm
// 2020 đến nay", "from 2010 to date".
func (s *scanner) combineNow(a rend) (Mention, bool) {
	if !s.cfg.hasRef || a.bare != 0 && a.nb != 4 {
		return Mention{}, false
	}
	if a.bare != 0 {
		a.sp = dspec{y: a.bare, strong: true}
	}
	if a.sp.dir == 2 {
		a.sp.dir = 0 // "between eight o'clock and now": the one before now
	}
	pa, ok := s.resolve(a.sp)
	if !ok || pa.Point.IsZero() {
		return Mention{}, false
	}
	if t, ok := pa.Point.Time(); !ok || t.After(s.cfg.ref) {
		return Mention{}, false
	}
	end := dayPoint(s.cfg.ref)
	if pa.Grain == GrainYear && s.conv().yearToNow {
		end = Point{Year: end.Year, Grain: GrainYear}
	}
	return Mention{Kind: DateRange, Date: DateValue{Point: pa.Point, End: end, Deictic: pa.Deictic}}, true
}

// lendEnds lends each end of a range what the other one states, and
// reports whether the two can make a range.
func lendEnds(a, b *rend) bool {
	switch {
	case a.bare != 0 && b.bare != 0:
		return bareYears(a, b)
	case a.bare != 0:
		return lendToBare(a, b)
	case b.bare != 0:
		return lendToBareEnd(a, b)
	}
	lendPhrases(a, b)
	return true
}

// bareYears reads two bare numbers as years: "2025-2030", "2025–30".
func bareYears(a, b *rend) bool {
	// Years: "2025-2030", "2025–30".
	if a.nb != 4 || a.bare < 1000 {
		return false
	}
	y2 := b.bare
	switch b.nb {
	case 4:
	case 2:
		// "2025-30"; "2015-32" is no range.
		y2 = a.bare/100*100 + b.bare
		if y2-a.bare > 15 {
			return false
		}
	default:
		return false
	}
	if y2 <= a.bare || y2-a.bare > 200 {
		return false
	}
	a.sp, b.sp = dspec{y: a.bare, strong: true}, dspec{y: y2, strong: true}
	return true
}

// lendToBare makes the bare first end a of what b states: "13 đến
// 15/5", "9 to 11am".
func lendToBare(a, b *rend) bool {
	switch {
	case a.nb == 4 && b.sp.y != 0 && b.sp.m == 0 && b.sp.d == 0:
		a.sp = dspec{y: a.bare, strong: true}
	case a.nb <= 2 && b.sp.d != 0 && b.sp.m != 0 && a.bare <= 31 && !b.sp.hasTime:
		a.sp = b.sp
		a.sp.d, a.sp.m, a.sp.y, a.sp.cycle, a.sp.wd = a.bare, 0, 0, 0, 0
		lendMonth(&a.sp, &b.sp, -1) // "từ 27 đến 3/4" starts on 27 March
	case a.nb <= 2 && b.sp.hasTime && a.bare <= 24:
		a.sp = b.sp
		a.sp.hour, a.sp.min, a.sp.hasMin = a.bare, 0, b.sp.hasMin
		if b.sp.ampm != noPart && b.sp.ampm.pm(a.bare) > b.sp.hour24() {
			a.sp.ampm = noPart
		}
	default:
		return false
	}
	return true
}

// lendToBareEnd makes the bare second end b of what a states: "May 13 to
// 15", "2025-30".
func lendToBareEnd(a, b *rend) bool {
	switch {
	case b.nb == 4 && a.sp.y != 0 && a.sp.m == 0 && a.sp.d == 0 && a.sp.q == 0:
		b.sp = dspec{y: b.bare, strong: true}
	case b.nb == 2 && a.sp.y >= 1000 && a.sp.m == 0 && a.sp.d == 0 && a.sp.q == 0 && a.sp.rel.unit == NoGrain:
		y2 := a.sp.y/100*100 + b.bare
		if y2 <= a.sp.y {
			return false
		}
		b.sp = dspec{y: y2, strong: true}
	case b.nb <= 2 && a.sp.d != 0 && b.bare <= 31 && !a.sp.hasTime:
		b.sp = a.sp
		b.sp.d, b.sp.wd = b.bare, 0
		if a.sp.m != 0 {
			b.sp.m, b.sp.y, b.sp.cycle = 0, 0, 0
			lendMonth(&b.sp, &a.sp, 1) // "from April twenty-seventh to the third" ends on 3 May
		}
	case b.nb <= 2 && a.sp.hasTime && b.bare <= 24:
		b.sp = a.sp
		b.sp.hour, b.sp.min, b.sp.hasMin = b.bare, 0, false
		b.sp.ampm = noPart
	default:
		return false
	}
	return true
}

// lendPhrases lends the year, the month, the day and the time between
// two phrases.
func lendPhrases(a, b *rend) {
	if a.sp.y == 0 && b.sp.y != 0 && a.sp.rel.unit == NoGrain && (a.sp.m != 0 || a.sp.q != 0) {
		a.sp.y = b.sp.y
		if a.sp.m > b.sp.m && b.sp.m != 0 || a.sp.q > b.sp.q && b.sp.q != 0 {
			a.sp.y--
		}
	}
	if b.sp.y == 0 && a.sp.y != 0 && b.sp.rel.unit == NoGrain && (b.sp.m != 0 || b.sp.q != 0) {
		b.sp.y = a.sp.y
		if b.sp.m < a.sp.m && b.sp.m != 0 {
			b.sp.y++
		}
	}
	lendMonth(&a.sp, &b.sp, -1)
	lendMonth(&b.sp, &a.sp, 1) // "February 21st to the 24th"
	if a.sp.hasTime && !a.sp.hasDate() && b.sp.hasDate() && !b.sp.story {
		// "từ 18h đến 2h sáng hôm sau" is no evening of the next day:
		// the second end's day counts from the first's.
		t := a.sp
		a.sp = b.sp
		a.sp.hour, a.sp.min, a.sp.hasMin, a.sp.hasTime, a.sp.ampm = t.hour, t.min, t.hasMin, true, t.ampm
		if t.part != noPart {
			a.sp.part = t.part
		}
	}
	if b.sp.hasTime && !b.sp.hasDate() && a.sp.hasDate() {
		t := b.sp
		b.sp = a.sp
		b.sp.hour, b.sp.min, b.sp.hasMin, b.sp.hasTime, b.sp.ampm = t.hour, t.min, t.hasMin, true, t.ampm
		if t.part != noPart {
			b.sp.part = t.part
		}
	}
	if a.sp.hasTime && b.sp.hasTime && a.sp.ampm == noPart && a.sp.part == noPart && b.sp.ampm != noPart {
		if b.sp.ampm.pm(a.sp.hour) <= b.sp.hour24() {
			a.sp.ampm = b.sp.ampm
		}
	}
}

// lendMonth gives the end to, which states a day and no month, the month
// (and year) of the other end from; dir says which end to is, -1 the
// first, 1 the second. A day past the other end's on the wrong side is in
// the month next to it: "January 30 to the 2nd" ends on 2 February.
func lendMonth(to, from *dspec, dir int) {
	if to.m != 0 || to.d == 0 || from.m == 0 || to.rel.unit != NoGrain {
		return
	}
	to.m = from.m
	to.lunar = to.lunar || from.lunar
	if to.y == 0 && to.cycle == 0 {
		to.y, to.cycle = from.y, from.cycle
	}
	if from.d != 0 && (to.d-from.d)*dir < 0 {
		to.m += dir
		if to.m < 1 || to.m > 12 {
			to.m = (to.m+11)%12 + 1
			if to.y != 0 {
				to.y += dir
			}
		}
	}
}

// rangeOfEnds resolves the two ends of a range into a DateRange.
func (s *scanner) rangeOfEnds(a, b rend) (Mention, bool) {
	if weekdayOfDate(a, b) {
		// "Friday-Jun-15", "thứ Sáu - 31/1": a weekday and its date.
		sp := b.sp
		sp.wd = a.sp.wd
		return s.dateMention(sp)
	}
	pa, ok := s.resolve(a.sp)
	if !ok {
		return Mention{}, false
	}
	if m, ok := weekdayAfter(pa, b); ok {
		return m, true
	}
	s.rangeStart = dayMemo{set: true} // a start of no day stated: no day to count from ("từ 18h")
	if pa.Grain >= GrainDay && !pa.Deictic {
		s.rangeStart.p = pa.Point
	}
	pb, ok := s.resolve(b.sp)
	s.rangeStart = dayMemo{}
	if !ok || pa.Point.IsZero() || pb.Point.IsZero() {
		return Mention{}, false
	}
	if !endAfterStart(pa, &pb, b) || a.sp.half != 0 || b.sp.half != 0 {
		return Mention{}, false
	}
	v := DateValue{Point: pa.Point, End: pb.Point, Deictic: pa.Deictic && pb.Deictic}
	if pa.Relative != "" && pa.Relative == pb.Relative {
		v.Relative = pa.Relative
	}
	return Mention{Kind: DateRange, Date: v, Lunar: lunarEnds(a, b)}, true
}

// weekdayOfDate reports a weekday alone (this week's, or of no week) as
// the first end and a day with its month as the second: the weekday of
// that date, not a range.
func weekdayOfDate(a, b rend) bool {
	return a.sp.wd != 0 && a.sp.d == 0 && a.sp.m == 0 && a.sp.y == 0 && (a.sp.rel.unit == NoGrain || a.sp.rel.unit == GrainWeek && a.sp.rel.n == 0) &&
		b.sp.wd == 0 && b.sp.d != 0 && b.sp.m != 0 && !a.sp.hasTime
}

// weekdayAfter returns the range from the day pa to the weekday alone
// that the second end b names: "from next Monday to Friday" ends on the
// Friday after the Monday.
func weekdayAfter(pa DateValue, b rend) (Mention, bool) {
	if !(b.sp.wd != 0 && !b.sp.hasDate() || b.sp.wd != 0 && b.sp.d == 0 && b.sp.m == 0 && b.sp.rel.unit == NoGrain && b.sp.y == 0) {
		return Mention{}, false
	}
	t, ok := pa.Point.Time()
	if !ok || pa.Grain < GrainDay {
		return Mention{}, false
	}
	diff := (b.sp.wd - 1 - int(t.Weekday()) + 7) % 7
	e := dayPoint(t.AddDate(0, 0, diff))
	return Mention{Kind: DateRange, Date: DateValue{Point: pa.Point, End: e, Deictic: pa.Deictic}}, true
}

// endAfterStart reports whether the second end pb, said as b, can end a
// range that starts at pa, moving it to the next year when only that
// puts it after the start: "May to March". Not "from today to the end of
// this year": the year holds today.
func endAfterStart(pa DateValue, pb *DateValue, b rend) bool {
	ta, ok := pa.Point.Time()
	if !ok {
		return true
	}
	tb, ok := periodEnd(pb.Point)
	if !ok || tb.After(ta) {
		return true
	}
	if overMidnight(pa.Point, pb, b) {
		return true
	}
	if b.sp.y != 0 || b.sp.m == 0 || b.sp.rel.unit != NoGrain || pb.Point.Grain > GrainDay || pb.Year == 0 {
		return false
	}
	pb.Point.Year++
	tb2, ok := pb.Point.Time()
	return ok && !tb2.Before(ta) && validDay(int(pb.Year), int(pb.Month), int(max(pb.Day, 1)))
}

// overMidnight moves the second end pb of a range of two clock times of
// one day, said as b, to the next day, when the range starts after noon
// and ends in the small hours, which b says: "từ 23h đến 2h sáng",
// "khoảng từ 22h30 đến 0h30", "from 10:30 p.m. to 12:30 a.m." run past
// midnight; "from 10:30 to 3" and "8am until 6" do not, nor a range to
// midnight itself.
func overMidnight(pa Point, pb *DateValue, b rend) bool {
	if pa.Grain <= GrainDay || pb.Point.Grain <= GrainDay || pa.Year != pb.Year || pa.Month != pb.Month || pa.Day != pb.Day {
		return false
	}
	if pa.Hour < 12 || pb.Hour >= 12 || b.sp.ampm == noPart && b.sp.part == noPart && pb.Hour != 0 {
		return false
	}
	if pb.Hour == 0 && pb.Minute == 0 {
		return false // "đến nửa đêm", "until midnight": the end of the start's day, which a Point cannot say
	}
	if !validDay(int(pb.Year), int(pb.Month), int(pb.Day)) {
		return false
	}
	t := day(int(pb.Year), int(pb.Month), int(pb.Day)+1)
	next := pb.Point
	next.Year, next.Month, next.Day = int32(t.Year()), int8(t.Month()), int8(t.Day())
	pb.Point = next
	return true
}

// lunarEnds reports a range with an end in the lunar calendar.
func lunarEnds(a, b rend) bool { return a.sp.lunar || b.sp.lunar }

// dateMention builds the mention of a single date phrase. A half year is
// the range of its six months.
func (s *scanner) dateMention(sp dspec) (Mention, bool) {
	v, ok := s.resolve(sp)
	if !ok {
		return Mention{}, false
	}
	m := Mention{Kind: Date, Date: v, Lunar: sp.lunar}
	m.Date.Zone, m.Date.Restated = sp.zone, sp.restated
	if !m.Date.Point.IsZero() {
		m.Date.Point.TimeOfDay = sp.part
	}
	if sp.half != 0 {
		m.Kind = DateRange
		m.Date.End = Point{Year: v.Year, Month: int8(6 * sp.half), Grain: GrainMonth}
		if v.Point.Grain == NoGrain {
			m.Date.Point = Point{Month: int8(6*sp.half - 5), Grain: GrainMonth}
		}
	}
	if m.Date.Point.IsZero() && !m.Date.HasWeekday && m.Date.Relative == "" {
		return Mention{}, false
	}
	return m, true
}

// monthsOfYear reads "6 tháng đầu năm", "11 tháng đầu năm 2025", "hai
// tháng cuối năm", "10 tháng của năm 2025", "Lũy kế 10 tháng", "the first
// 11 months of 2025": a range of months. "The first three months of
// operation" (after a word of lang/en/months_after.tsv, or "of" and no
// year) is a length: three months. It writes the mention into out only
// when it reads one, as the rules of at do.
func (s *scanner) monthsOfYear(i int, out *Mention) (int, bool) {
	j := i
	first := true
	if !s.vi {
		if s.cue(j, dcArticle) {
			j++
		}
		switch {
		case s.cue(j, dcFirst):
		case s.cue(j, dcLast):
			first = false
		default:
			return i, false
		}
		j++
	}
	n, ok := s.parseNum(j, numOpts{})
	if !ok {
		return i, false
	}
	v, ok := n.val.Int64()
	if !ok || v < 1 || v > 12 || n.val.Exp() < 0 {
		return i, false
	}
	var sp dspec
	k := n.next
	if s.vi {
		sp, k, first, ok = s.viMonthsOfYear(i, k)
	} else {
		sp, k, ok = s.enMonthsOfYear(k)
		if ok && sp.y == 0 && sp.rel.unit == NoGrain {
			// "the first three months of operation": a length.
			m := Mention{Kind: Duration, Value: n.val, Unit: durUnitName(GrainMonth)}
			s.span(&m, i, k)
			*out = m
			return k, true
		}
	}
	if !ok {
		return i, false
	}
	return out.set(s.monthsSpan(i, k, n.val, sp, first))
}

// monthsSpan makes the range of the first (or, not first, the last) v
// months of the year in sp, said by tokens i to k.
func (s *scanner) monthsSpan(i, k int, v Decimal, sp dspec, first bool) (Mention, int, bool) {
	n, _ := v.Int64()
	a, b := sp, sp
	a.m, b.m = 1, int(n)
	if !first {
		a.m, b.m = 13-int(n), 12
	}
	pa, ok := s.resolve(a)
	if !ok {
		return Mention{}, i, false
	}
	pb, ok := s.resolve(b)
	if !ok {
		return Mention{}, i, false
	}
	// The span states its length too, as "hai năm qua" does: "9 tháng"
	// alone, in a story, is these months.
	m := Mention{Kind: DateRange, Value: v, Unit: durUnitName(GrainMonth),
		Date: DateValue{Point: pa.Point, End: pb.Point, Relative: pa.Relative, Deictic: pa.Deictic && pb.Deictic}}
	s.span(&m, i, k)
	return m, k, true
}

// monthLetters reads a count of months with a capital glued to it, the
// shorthand of headlines and tables for the first months of a year, with
// the year after it: "9T/2026", "9M2026", "11M 2026", "9M26", "6T đầu năm"
// (date_cues.tsv, months-letter). Without a year it is no date: "9M" is
// nine million too. It writes the months into out only when it reads
// them, as the rules of at do.
func (s *scanner) monthLetters(i int, out *Mention) (int, bool) {
	v, n := s.intAt(i)
	k := i + 1
	if n == 0 || n > 2 || v < 1 || v > 12 || !s.glued(k) || !s.tok(k).upper {
		return i, false
	}
	if _, next, ok := s.cueAt(k, 1, roleMonthsLetter); !ok || next != k+1 {
		return i, false
	}
	k++
	sp, next := dspec{strong: true}, k
	switch y, yn := s.intAt(k); {
	case yn == 4 && y >= 1000 && y <= 2999:
		sp.y, next = y, k+1 // "9M2026", "11M 2026"
	case s.glued(k) && yn == 2:
		sp.y, next = twoDigitYear(y), k+1 // "9M26"
	default:
		sp.y, next = s.slashYear(k) // "9T/2026"
	}
	first := true
	if sp.y == 0 && s.vi {
		var ok bool
		if sp, next, first, ok = s.viMonthsRest(i, k); !ok || sp.y == 0 && sp.rel.unit == NoGrain {
			return i, false
		}
	}
	if sp.y == 0 && sp.rel.unit == NoGrain || s.numberContinues(next-1) {
		return i, false
	}
	if _, _, unit := s.unit(next); unit {
		return i, false // "9M 2026 shares": a count
	}
	return out.set(s.monthsSpan(i, next, decimalOf(int64(v)), sp, first))
}

// viMonthsOfYear reads what follows the number of "6 tháng đầu năm" at
// token k: "tháng", then "đầu" or "cuối" and "năm" with or without a
// year; or "tháng" and a year, with "của" or not ("10 tháng của năm
// 2025", "10 tháng năm 2025"); or "tháng" alone after "lũy kế" (token i
// is the number). It returns the year and whether the months are the
// first ones.
func (s *scanner) viMonthsOfYear(i, k int) (dspec, int, bool, bool) {
	if s.dw(k).period != GrainMonth {
		return dspec{}, k, true, false
	}
	return s.viMonthsRest(i, k+1)
}

// viMonthsRest reads what follows the word for months of "6 tháng đầu
// năm" at token k, as viMonthsOfYear says.
func (s *scanner) viMonthsRest(i, k int) (dspec, int, bool, bool) {
	first, part := true, false
	switch {
	case s.dw(k).part == Early:
		part = true
	case s.dw(k).part == Late:
		first, part = false, true
	}
	if part {
		k++
	}
	of := false
	if _, next, ok := lookup(s, k, 2, s.lex().monthsOf); ok {
		k, of = next, true
	}
	yearWord := s.viYearWordAt(k)
	if y, next, ok := s.viYear(k); ok && yearWord {
		return y, next, first, true
	}
	thisYear := dspec{rel: rel{GrainYear, 0}, strong: true}
	switch {
	case of:
		return dspec{}, k, first, false
	case part && yearWord:
		return thisYear, k + 1, first, true
	case part:
		return dspec{}, k, first, false
	case s.phraseEndsAt(s.lex().monthsLead, i):
		return thisYear, k, first, true // "Lũy kế 10 tháng": this year's
	}
	return dspec{}, k, first, false
}

// viYearWordAt reports whether token k is the word for year, "năm".
func (s *scanner) viYearWordAt(k int) bool {
	g, next, ok := lookup(s, k, 1, s.dates().durUnits)
	return ok && next == k+1 && g == GrainYear
}

// enMonthsOfYear reads what follows the number of "the first 11 months"
// at token k: "months", then "of" and a year ("of 2025", "of the year",
// "of this year"). A year of zero and no relative year says the months
// are counted from an event ("of operation", "after opening").
func (s *scanner) enMonthsOfYear(k int) (dspec, int, bool) {
	g, next, ok := lookup(s, k, 1, s.dates().durUnits)
	if !ok || g != GrainMonth {
		return dspec{}, k, false
	}
	k = next
	thisYear := dspec{rel: rel{GrainYear, 0}, strong: true}
	_, afterOf, of := lookup(s, k, 2, s.lex().monthsOf)
	_, afterWord, after := lookup(s, k, 2, s.lex().monthsAfter)
	switch {
	case of:
		var acc dspec
		if s.cue(afterOf, dcArticle) && s.periodWord(afterOf+1, GrainYear) {
			return thisYear, afterOf + 2, true
		}
		if y, next, ok := s.atom(afterOf, &acc, pfRange); ok && (y.y != 0 || y.rel.unit == GrainYear) && y.m == 0 {
			return y, next, true
		}
		return dspec{}, k, true
	case after:
		var acc dspec
		if y, next, ok := s.atom(afterWord, &acc, pfRange); ok && (y.y != 0 || y.rel.unit == GrainYear) && y.m == 0 {
			return y, next, true // "the first two months in 2025"
		}
		return dspec{}, k, true
	}
	return thisYear, k, true
}

// phraseEndsAt reports whether a phrase of table ends just before token i.
func (s *scanner) phraseEndsAt(table *phraseTable[string], i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if _, next, ok := lookup(s, k, 3, table); ok && next == i {
			return true
		}
	}
	return false
}

// century reads "15th century", "the 21st century": its hundred years,
// written into out only when it reads them.
func (s *scanner) century(i int, out *Mention) (int, bool) {
	v, n := s.intAt(i)
	suf := s.tok(i + 1)
	if n == 0 || n > 2 || v < 1 || suf.kind != tWord || !s.glued(i+1) || !s.ordinalSuffixOK(s.tok(i).low, suf.low) || !s.cue(i+2, dcCentury) {
		return i, false
	}
	m := Mention{Kind: DateRange, Date: DateValue{
		Point: yearPoint((v - 1) * 100),
		End:   yearPoint((v-1)*100 + 99),
	}}
	if v == 1 {
		m.Date.Point.Year = 1
	}
	s.span(&m, i, i+3)
	*out = m
	return i + 3, true
}

// decadeLead reads the year of a decade after the words that say so:
// "những năm 1990", "thập niên 1960" are the ten years.
func (s *scanner) decadeLead(i int) (Mention, int, bool) {
	_, j, ok := s.cueAt(i, 2, roleDecadeLead)
	if !ok {
		return Mention{}, i, false
	}
	v, n := s.intAt(j)
	if n != 4 || v%10 != 0 || v < 1000 || v > 2990 || s.glued(j+1) && s.tok(j+1).kind != tPunct {
		return Mention{}, i, false
	}
	return s.decadeOf(v, i, j+1), j + 1, true
}

// decadeOf returns the decade that begins with year v, spanning tokens
// i to end.
func (s *scanner) decadeOf(v, i, end int) Mention {
	m := Mention{Kind: DateRange, Date: DateValue{
		Point: yearPoint(v),
		End:   yearPoint(v + 9),
	}}
	s.span(&m, i, end)
	return m
}

// decade reads "1990s", "the 1990s", "1990 s": the ten years, written
// into out only when it reads them.
func (s *scanner) decade(i int, out *Mention) (int, bool) {
	if !s.conv().decades {
		return i, false
	}
	j := i
	if s.cue(j, dcArticle) {
		j++
	}
	v, n := s.intAt(j)
	if n != 4 || v%10 != 0 || v < 1000 || v > 2990 || s.numberBefore(j) {
		return i, false
	}
	k := j + 1
	if s.isPunct(k, "'") && s.glued(k) {
		k++
	}
	if !s.cue(k, dcDecadeSuffix) || s.glued(k+1) && s.tok(k+1).kind != tPunct {
		return i, false
	}
	*out = s.decadeOf(v, i, k+1)
	return k + 1, true
}
