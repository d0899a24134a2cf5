package numbers

import "time"

// pflags tune the reading of a date phrase.
type pflags uint8

const (
	pfRange pflags = 1 << iota // an end of a range: bare months and d/m read freely
	pfCtx                      // a date word comes before: "30.1" and "30-1" are dates
	pfSep                      // the second end of a range, right after its dash
	pfAside                    // inside a restatement in parentheses: no aside of its own
)

// phrase reads a date phrase at token i: atoms that name parts of one
// date or time ("thứ Tư", "(21/10)", "chiều", "17h30", "ngày 30",
// "tháng 1", "năm 2026"; "Wednesday", "October 21", "at 5pm"), joined by
// commas, parentheses and words such as "lúc", "của", "at", "on", "of".
// It returns the merged spec and the index after the last atom.
func (s *scanner) phrase(i int, f pflags) (dspec, int, bool) {
	var acc dspec
	j, end, n := i, i, 0
	open, comma := false, false // the atom at j follows a parenthesis, a comma
	for n < 8 {
		if open && acc.lunar {
			break // "Rằm tháng Giêng (thứ Bảy 20/2)": the Gregorian day, a date of its own
		}
		a, next, ok := s.atom(j, &acc, f)
		if !ok || next <= j || comma && s.clauseYear(&acc, &a) {
			break
		}
		if !acc.merge(a) && !(open && s.explains(&acc, a)) {
			break
		}
		n++
		end = next
		if open && s.isPunct(end, ")") {
			end++
		}
		end = s.zoneEnd(&acc, end, f)
		j, open, comma = s.atomGap(end)
	}
	if n == 0 || !acc.strong {
		return dspec{}, i, false
	}
	if acc.hasTime && acc.zone.Kind == ZoneNone && f&pfAside == 0 {
		if z, ok := s.zoneBefore(i); ok {
			acc.zone = z // "in Seoul, where it was 11 a.m."
		}
	}
	// A weekday or a clock time alone: in news the last one, unless a word
	// points ahead ("sẽ", "will"). An English phrase with no sentence
	// around it ("Monday", "at 9am on Saturday") is the next one, as in a
	// diary.
	if acc.dir == 0 && acc.d == 0 && acc.m == 0 && acc.y == 0 && acc.rel.unit == NoGrain && acc.q == 0 && acc.week == 0 && (acc.wd != 0 || acc.hasTime) {
		if s.futureBefore(i) || s.conv().diaryPhrases && s.barePhrase(i, end) || s.untilBefore(i) {
			acc.dir = 2
		}
	}
	// A day and month with no year where a word points ahead: "are due
	// on January 7" is the next one.
	if acc.dir == 0 && acc.d != 0 && acc.m != 0 && acc.y == 0 && acc.rel.unit == NoGrain && s.futureBefore(i) {
		acc.dir = 2
	}
	return acc, end, true
}

// zoneEnd reads, after the atoms of a clock time that end at token end,
// the zone it is said in ("7:30 p.m. Hanoi time", "19h30 ngày 20/11
// (giờ Hà Nội)") and a restatement of it in another zone in parentheses
// ("(12:30 GMT)"), after a word or after a comma alone (timeAside,
// commaAside), which may follow a later atom of the phrase ("10h42
// giờ địa phương ngày 12/11 (9h42 giờ Hà Nội)"); it returns the token
// after them. A day names its zone too ("Rạng sáng 30/10 (giờ Hà Nội)":
// the night before, where the story is). An
// aside (f has pfAside) holds no aside of its own, so that nested
// parentheses are read once, not once from each time inside them.
func (s *scanner) zoneEnd(acc *dspec, end int, f pflags) int {
	if !acc.hasTime {
		if acc.d != 0 && acc.zone.Kind == ZoneNone {
			if z, next, ok := s.zoneAfter(end); ok && !s.placeAfterIn(end, z) {
				acc.zone, end = z, next
			}
		}
		return end
	}
	if acc.zone.Kind == ZoneNone {
		if z, next, ok := s.zoneAfter(end); ok {
			acc.zone, end = z, next
		} else if next, ok := s.bracketedAside(end, acc, f); ok {
			return next
		}
	}
	if f&pfAside != 0 {
		return end
	}
	aside, next, ok := s.timeAside(end, acc.zone.Kind != ZoneNone)
	if !ok {
		aside, next, ok = s.commaAside(end, acc)
	}
	if !ok {
		return end
	}
	acc.restate(&aside)
	return next
}

// placeAfterIn reports z, read at token k, as the own time of a place
// the zone tables do not know, after "in" (and a comma before it): after
// a day it says where ("Born on Aug. 2, 1941 in Long Phu District",
// "Sáng 4/12, tại TP Hạ Long"), not whose clock; after a clock time it
// says both ("at noon in Bern (6 p.m. Hanoi time)").
func (s *scanner) placeAfterIn(k int, z Zone) bool {
	if s.isPunct(k, ",") {
		k++
	}
	return z.Kind == ZoneLocal && s.cue(k, dcIn)
}

// bracketedAside reads, at token k, a zone and a restatement of the time
// in another zone in one pair of brackets: "17h ngày 20/11 (giờ địa
// phương, tức 16h giờ Hà Nội)". It sets the zone of acc and what the
// restatement says of it (restate), and returns the token after the
// closing bracket.
func (s *scanner) bracketedAside(k int, acc *dspec, f pflags) (int, bool) {
	if f&pfAside != 0 || !s.isPunct(k, "(") {
		return k, false
	}
	z, next, ok := s.zoneAfter(k + 1)
	if !ok {
		return k, false
	}
	at := *acc
	at.zone = z
	aside, next, ok := s.timeAside(next, true)
	if !ok || !s.isPunct(next, ")") {
		return k, false
	}
	at.restate(&aside)
	*acc = at
	return next + 1, true
}

// restate takes what aside, the same instant restated in a zone of known
// offset, says of the time of acc: the offset of a time that names no
// zone or the local one ("9:30 a.m. (9:30 p.m. Hanoi time)" is the
// place's own time at UTC-05:00), and the offset at which it puts the
// clock of a time in a zone of known offset (DateValue.Restated).
func (acc *dspec) restate(aside *dspec) {
	z, known := zoneOfLocal(acc, aside)
	switch {
	case !known:
	case acc.zone.Kind == ZoneLocal || acc.zone.Kind == ZoneNone:
		acc.zone = z // the local time's offset, which the aside gives
	case acc.zone.Kind == ZoneOffset:
		acc.restated = Zone{Kind: ZoneOffset, Quarters: z.Quarters}
	}
}

// explains merges a day and month in parentheses that explains a day
// relative to today: "sáng nay (8/8)", "hôm qua (7/8)". The date the text
// writes wins over the one the reference would give.
func (s *scanner) explains(acc *dspec, a dspec) bool {
	if acc.rel.unit != GrainDay || a.d == 0 || a.m == 0 {
		return false
	}
	b := *acc
	b.rel = rel{}
	if !b.merge(a) {
		return false
	}
	*acc = b
	return true
}

// inParens reports whether tokens [j, k) stand alone in parentheses:
// "(8/8)".
func (s *scanner) inParens(j, k int) bool {
	return s.isPunct(j-1, "(") && s.isPunct(k, ")")
}

// connector reports whether token k is a word that joins two atoms of one
// date: "lúc", "vào", "của", "at", "on", "of", "the".
func (s *scanner) connector(k int) bool {
	t := s.tok(k)
	if t.kind == tPunct {
		return t.low == "@"
	}
	if t.kind != tWord {
		return false
	}
	if s.cue(k, dcConnector) {
		return true
	}
	if !s.cue(k, dcIn) {
		return false
	}
	// "in" before "this month", a year or a month: "at 9am in March".
	n := s.tok(k + 1)
	if s.cue(k+1, dcThis|dcArticle) && s.monthOrYearWord(k+2) {
		return true
	}
	if n.kind == tNum {
		v, d := s.intAt(k + 1)
		return d == 4 && v >= 1000 && v <= 2999
	}
	_, month := s.dates().months.get(n.low)
	return month
}

// monthOrYearWord reports whether token k is the period word of a month
// or a year, written out: "month", "year".
func (s *scanner) monthOrYearWord(k int) bool {
	return s.periodWord(k, GrainMonth) || s.periodWord(k, GrainYear)
}

// periodWord reports whether token k is the period word of grain g,
// written out and singular: "year", "năm".
func (s *scanner) periodWord(k int, g Grain) bool {
	w := s.dw(k)
	return w.period == g && w.form&(fPeriodShort|fPeriodPlural) == 0
}

// atom reads one part of a date at token j.
func (s *scanner) atom(j int, acc *dspec, f pflags) (dspec, int, bool) {
	t := s.tok(j)
	switch t.kind {
	case tNum:
		return s.numAtom(j, acc, f)
	case tWord:
		if s.vi {
			return s.viWordAtom(j, acc, f)
		}
		return s.enWordAtom(j, acc, f)
	}
	return dspec{}, j, false
}

// intAt returns the value of the digits of token j (at most 9 of them) and
// their count, or -1.
func (s *scanner) intAt(j int) (int, int) {
	t := s.tok(j)
	if t.kind != tNum || len(t.low) > 9 {
		return -1, 0
	}
	v := 0
	for k := 0; k < len(t.low); k++ {
		v = v*10 + int(t.low[k]-'0')
	}
	return v, len(t.low)
}

// sepAt reports whether token j is the date separator sep, glued to the
// digits around it ("/" may have spaces: "2 / 15").
func (s *scanner) sepAt(j int, sep string) bool {
	if !s.isPunct(j, sep) || s.tok(j+1).kind != tNum {
		return false
	}
	if sep == "/" {
		return true
	}
	return s.glued(j) && s.glued(j+1)
}

// numberContinues reports whether the digits ending at token j go on as a
// longer number or code: "192.168.1.2", "1/2/3/4", "30/4.85".
func (s *scanner) numberContinues(j int) bool {
	n := s.tok(j + 1)
	if n.kind != tPunct || !s.glued(j+1) {
		return false
	}
	switch n.low {
	case "/", ".", ",", ":":
		return s.tok(j+2).kind == tNum && s.glued(j+2)
	case "%":
		return true
	}
	return false
}

// numberBefore reports whether token j is glued to digits and a separator
// before it, as in "192.168.1.2" or "138-2010-2015".
func (s *scanner) numberBefore(j int) bool {
	p := s.tok(j - 1)
	if j < 2 || !s.glued(j) || p.kind != tPunct {
		return false
	}
	switch p.low {
	case "/", ".", "-", ",", ":", "+":
		return s.tok(j-2).kind == tNum || p.low == "+"
	}
	return false
}

// twoDigitYear expands "17" to 2017 and "91" to 1991.
func twoDigitYear(v int) int {
	if v < 40 {
		return 2000 + v
	}
	return 1900 + v
}

// numAtom reads an atom that starts with digits.
func (s *scanner) numAtom(j int, acc *dspec, f pflags) (dspec, int, bool) {
	if s.numberBefore(j) && (f&pfSep == 0 || acc.strong) {
		return dspec{}, j, false
	}
	if a, next, ok := s.yearQuarter(j); ok {
		return a, next, true
	}
	if a, next, ok := s.numDate(j, acc, f); ok {
		return a, next, true
	}
	if a, next, ok := s.clock(j, acc, f); ok {
		return a, next, true
	}
	if a, next, ok := s.dayMonth(j, acc); ok {
		return a, next, true
	}
	if !s.vi {
		if a, next, ok := s.enNth(j, acc); ok {
			return a, next, true
		}
	}
	v, n := s.intAt(j)
	if v < 0 {
		return dspec{}, j, false
	}
	if a, next, ok := s.yearAtom(j, v, n, acc); ok {
		return a, next, true
	}
	return s.dayAtom(j, v, n, acc)
}

// yearAtom reads the digits at token j, v of n digits, as a year: after a
// month, after "'" or "of" in two digits, or where the words before make
// it one.
func (s *scanner) yearAtom(j, v, n int, acc *dspec) (dspec, int, bool) {
	// A year after a month: "October 2014", "Jan. 30, 2026", "tháng 1 2024".
	if n == 4 && acc.yearOK && acc.y == 0 && v >= 1000 && v <= 2999 && !s.numberContinues(j) {
		return dspec{y: v, strong: true}, j + 1, true
	}
	if n == 2 && acc.yearOK && acc.y == 0 && s.conv().shortYears && (s.isPunct(j-1, "'") || s.cue(j-1, dcOf)) {
		return dspec{y: twoDigitYear(v), strong: true}, j + 1, true
	}
	// A bare year where the words around make it one: "in 2030", "by 2030".
	if n == 4 && v >= 1000 && v <= 2999 && acc.y == 0 && !acc.hasDate() && !s.numberContinues(j) && s.yearContext(j) {
		return dspec{y: v, strong: true}, j + 1, true
	}
	return dspec{}, j, false
}

// dayAtom reads the digits at token j, v of n digits, as a day of the
// month: after a weekday, before "of", or "the 15th".
func (s *scanner) dayAtom(j, v, n int, acc *dspec) (dspec, int, bool) {
	if acc.wd != 0 && acc.d == 0 && acc.m == 0 && n <= 2 && v >= 1 && v <= 31 && !s.numberContinues(j) {
		if a, k, ok := s.dayAfterWeekday(j, v); ok {
			return a, k, true
		}
	}
	// "20 of next month", "15 of february": a day before "of".
	if s.conv().dayOf && n <= 2 && v >= 1 && v <= 31 && acc.d == 0 && s.cue(j+1, dcOf) {
		nx := j + 2
		if s.cue(nx, dcArticle) {
			nx++
		}
		if _, ok := s.dates().months.get(s.tok(nx).low); ok {
			return dspec{d: v, strong: true, yearOK: true}, j + 1, true
		}
		if _, _, ok := lookup(s, nx, 2, s.dates().relWords); ok {
			return dspec{d: v, strong: true, yearOK: true}, j + 1, true
		}
	}
	// "the 15th", "on the 1st": a day of the month.
	if n <= 2 && v >= 1 && v <= 31 {
		suf := s.tok(j + 1)
		if suf.kind == tWord && s.glued(j+1) && s.ordinalSuffixOK(s.tok(j).low, suf.low) && s.cue(j-1, dcArticle|dcOn) && acc.d == 0 && s.dayEnds(j+2) {
			return dspec{d: v, strong: true, yearOK: true}, j + 2, true
		}
	}
	return dspec{}, j, false
}

// dayAfterWeekday reads the digits v at token j, after a weekday, as a
// day of the month: "Monday 21", "Thu 15th", "tuesday the 19th"; not the
// first group of a number ("On Friday, 4,400 projects"), nor a count or
// a rank of a word no date table knows ("On Monday 21 people", "On
// Thursday, the 15th National Assembly"), nor a clock time.
func (s *scanner) dayAfterWeekday(j, v int) (dspec, int, bool) {
	k := j + 1
	if suf := s.tok(k); suf.kind == tWord && s.glued(k) && s.ordinalSuffixOK(s.tok(j).low, suf.low) {
		k++
	}
	nt := s.tok(k)
	if nt.kind == tWord && (s.dbits(k) == 0 && !s.dayEnds(k) || k == j+1 && s.qualifiesAfter(k)) {
		return dspec{}, j, false // "On Monday 21 people", "from Friday to Monday, 18 fewer than"
	}
	if nt.kind == tPunct && (nt.low == ":" || nt.low == "-" || nt.low == "." && s.tok(k+1).kind == tNum || nt.low == "/") ||
		s.ampmAhead(k) || s.conv().hourWords && s.cue(k, dcHourWord|dcHourLetter) || s.measureSignAt(k) {
		return dspec{}, j, false
	}
	return dspec{d: v, strong: true, yearOK: true}, k, true
}

// measureSignAt reports a sign of units.tsv at token k glued to the
// number before it, which makes the number a measure, no day: a degree
// ("Friday, 25°C", "Thursday at 20°31'N").
func (s *scanner) measureSignAt(k int) bool {
	return s.tok(k).kind == tPunct && s.glued(k) && s.unitStartsAt(k)
}

// qualifiesAfter reports a word of qualifiers.tsv at token k, after a
// number: "18 fewer than last year" compares a count.
func (s *scanner) qualifiesAfter(k int) bool {
	_, _, ok := s.qualifierAt(k, maxQualifierWords)
	return ok
}

// dayEnds reports whether "the 15th" ends at token k as a day of the
// month: before a full stop, "of", "at" or a part of the day, and not
// before a noun ("the 30th anniversary") nor hyphened to one, as the
// first half of an adjective ("the 10th-grade exam", "the 3rd-place
// team"), nor before the next rank of a list that shares its noun ("the
// 23rd and 67th minutes").
func (s *scanner) dayEnds(k int) bool {
	t := s.tok(k)
	if t.kind != tWord {
		return !(s.isPunct(k, "-") && s.glued(k) && s.tok(k+1).kind == tWord && s.glued(k+1))
	}
	return s.cue(k, dcDayEnd) && s.listNoun(k) == ""
}

// yearContext reports whether the words before the 4-digit number at token
// j make it a year: "in 2030", "by 2030", "năm 2030", "of 2007 and 2009".
func (s *scanner) yearContext(j int) bool {
	p := s.tok(j - 1)
	if p.kind == tWord {
		if s.cue(j-1, dcYearLead) {
			return true
		}
		if s.cue(j-1, dcAnd|dcOr) && s.yearBefore(j-1) {
			return true
		}
	}
	if p.kind == tPunct && (p.low == "," || p.low == "=") && s.yearBefore(j-1) {
		return true
	}
	return s.eventYear(j)
}

// eventYear reports whether the 4-digit number at token j is the year of
// an event named next to it: "APEC 2027", "AFF Cup 2022", "Euro 2024",
// "2022 AFF Cup", "the 2022 World Cup". The name is capitalised and ends
// (or, before the year, starts) in a word of lang/*/events.tsv. An
// acronym that is not listed does not count: "THPT 2026" stays a number,
// as "the 2026 national exam" does in English.
func (s *scanner) eventYear(j int) bool {
	v, n := s.intAt(j)
	if n != 4 || !s.yearLike(v) || s.measureAt(j+1) {
		return false
	}
	if s.eventWord(j - 1) {
		return s.tok(j).space
	}
	return s.tok(j+1).space && (s.eventWord(j+1) || s.capitalAt(j+1) && s.eventWord(j+2))
}

// eventWord reports whether token k is a capitalised word of the events
// table: "Cup", "APEC".
func (s *scanner) eventWord(k int) bool {
	return s.capitalAt(k) && s.lex().events.has(s.tok(k).low)
}

// capitalAt reports whether token k is a word with a capital letter.
func (s *scanner) capitalAt(k int) bool {
	t := s.tok(k)
	return t.kind == tWord && t.upper
}

// yearBefore reports whether the mention found last is a year that ends
// just before token k.
func (s *scanner) yearBefore(k int) bool {
	if len(s.out) == 0 || k < 1 {
		return false
	}
	m := &s.out[len(s.out)-1]
	return (m.Kind == Date || m.Kind == DateRange) && m.Date.Grain == GrainYear && m.End == s.toks[k-1].end
}

// numDate reads a date written with digits and separators: "30/1",
// "30/1/2026", "30.1.2026", "2026-01-30", "1/30/2026" (English), "10/2025",
// "2014-10", "20200701".
func (s *scanner) numDate(j int, acc *dspec, f pflags) (dspec, int, bool) {
	a, la := s.intAt(j)
	if a < 0 {
		return dspec{}, j, false
	}
	if la == 8 && !s.numberContinues(j) {
		y, m, d := a/10000, a/100%100, a%100
		if y >= 1900 && y <= 2100 && validDay(y, m, d) {
			return dspec{y: y, m: m, d: d, strong: true}, j + 1, true
		}
		return dspec{}, j, false
	}
	sep := s.dateSepAt(j + 1)
	if sep == "" {
		return dspec{}, j, false
	}
	b, lb := s.intAt(j + 2)
	k := j + 3
	if sep == "/" && s.isPunct(k, "/") && s.glued(k) && s.tok(k+1).kind == tWord && s.glued(k+1) {
		return dspec{}, j, false // "12/2027/TT-BCA", "35/2027/NĐ-CP": the number of a legal document
	}
	c, lc := -1, 0
	if s.sepAt(k, sep) {
		c, lc = s.intAt(k + 1)
		k += 2
	}
	if c >= 0 {
		return s.fullDate(j, k, a, la, b, lb, c, lc)
	}
	if s.numberContinues(j + 2) {
		return dspec{}, j, false
	}
	if sep == "." && !s.conv().dotDates && (acc.wd == 0 && s.dw(j-1).weekday == 0 && !s.cue(j-1, dcOn) || s.measureAfter(k)) {
		// "revising it to 6.8": a decimal; "Friday 7.6", "on 5.12" are
		// days, but "on Thursday, 1.3 metres above" is a measure.
		return dspec{}, j, false
	}
	ctx := s.shortDateContext(j, acc, f) || sep == "/" && s.relativeDateAfter(k)
	return s.shortDate(j, k, a, la, b, lb, sep, ctx, f)
}

// measureAfter reports whether a unit, a scale word, a currency or a
// percent sign follows at token k: the number before it is a measure or
// an amount.
func (s *scanner) measureAfter(k int) bool {
	_, _, unit := s.unit(k)
	return unit || s.amountAfter(k)
}

// dateSepAt returns the separator of a date written with digits at
// token j ("/", ".", "-", as sepAt reads them), or "" when there is none.
// Most numbers have a word or nothing after them: one test tells.
func (s *scanner) dateSepAt(j int) string {
	if s.tok(j).kind != tPunct {
		return ""
	}
	for _, c := range []string{"/", ".", "-"} {
		if s.sepAt(j, c) {
			return c
		}
	}
	return ""
}

// shortDateContext reports whether the atoms before or the words before
// token j make a day and month there a date ("chiều 30.1", "Thứ Tư,
// 21/10"), for shortDate. It is asked only of a day and month: the words
// before cost more to read than the digits.
func (s *scanner) shortDateContext(j int, acc *dspec, f pflags) bool {
	return f&(pfCtx|pfRange) != 0 || acc.wd != 0 || acc.part != noPart || acc.rel.unit == GrainDay ||
		!acc.strong && acc.part == noPart && s.dateContextBefore(j)
}

// relativeDateAfter reports a word of a relative date at token k, after a
// day and month with no cue before them, which makes them a date: "mua
// sắm 11/11 năm nay", "11/11 vừa qua" (a year of the period table and a
// relative word, or a relative word alone).
func (s *scanner) relativeDateAfter(k int) bool {
	if s.dw(k).period == GrainYear {
		k++
	}
	_, _, ok := lookup(s, k, 2, s.dates().relWords)
	return ok
}

// fullDate reads a date of three numbers a/b/c, of la, lb and lc digits,
// at token j, which ends before token k: "2025-10-21", "21/10/2025",
// "10/21/25".
func (s *scanner) fullDate(j, k, a, la, b, lb, c, lc int) (dspec, int, bool) {
	if s.numberContinues(k - 1) {
		return dspec{}, j, false
	}
	var y, m, d int
	switch {
	case la == 4 && lb <= 2 && lc <= 2:
		y, m, d = a, b, c
	case la <= 2 && lb <= 2 && (lc == 4 || lc == 2):
		y = c
		if lc == 2 {
			y = twoDigitYear(c)
		}
		d, m = a, b
		if s.conv().monthFirst && a <= 12 && validDay(y, a, b) {
			m, d = a, b
		}
	default:
		return dspec{}, j, false
	}
	if !validDay(y, m, d) {
		return dspec{}, j, false
	}
	return dspec{y: y, m: m, d: d, strong: true}, k, true
}

// shortDate reads a date of two numbers a and b, of la and lb digits,
// joined by sep at token j, which ends before token k: a month of a year
// ("2014-10", "2/2013") or a day and month ("30/1", "3/15"); ctx says a
// date word comes before.
func (s *scanner) shortDate(j, k, a, la, b, lb int, sep string, ctx bool, f pflags) (dspec, int, bool) {
	switch {
	case la == 4 && lb <= 2 && b >= 1 && b <= 12 && sep != ".":
		// "2014-10", "2015/3": a month. "2010-11" is a range of years.
		if sep == "-" && b > a%100 && lb == 2 {
			return dspec{}, j, false
		}
		if a < 1000 || a > 2999 {
			return dspec{}, j, false
		}
		return dspec{y: a, m: b, strong: true}, k, true
	case lb == 4 && la <= 2 && a >= 1 && a <= 12 && b >= 1000 && b <= 2999 && sep != ".":
		// "2/2013", "12-2015", "04/1969".
		return dspec{y: b, m: a, strong: true}, k, true
	case la <= 2 && lb <= 2:
		d, m := a, b
		if s.conv().monthFirst && a <= 12 {
			m, d = a, b
		}
		if !validDay(0, m, d) || (s.conv().dotClock && sep == "." || sep == "-") && s.ampmAhead(k) {
			return dspec{}, j, false // "7.30 pm", "7-10 p.m.": clock times
		}
		if sep == "-" && s.monthAt(k) {
			return dspec{}, j, false // "ngày 4-5 tháng 1", "4-5 January": two days of that month
		}
		if _, _, times := lookup(s, k, 2, s.lex().timesAfter); times && sep == "." {
			return dspec{}, j, false // "to 2.4 times": a multiple (relative_times.tsv)
		}
		// "1/2", "9/4", "3/15": a fraction unless a date word comes
		// before, a time or year after, or the digits themselves say so;
		// "30.1", "30-1" likewise.
		if !ctx && !s.dateByDigits(j, d, m, sep) && !s.timeAfter(k) && !s.inParens(j, k) {
			return dspec{}, j, false
		}
		if sep == "/" && s.fractionAround(j) && f&pfCtx == 0 {
			return dspec{}, j, false
		}
		return dspec{m: m, d: d, strong: true, yearOK: true}, k, true
	}
	return dspec{}, j, false
}

// dateByDigits reports a day d and month m joined by sep at token j that
// their digits make a date with no date word before them, where a
// fraction could be written so: "07/03", with a leading zero, and, where
// the day comes first, a day past the month's number (conventions.tsv,
// slash-days: "tour 30/4"; an improper fraction is written as a mixed
// one), but for the digits that name no day ("24/7").
func (s *scanner) dateByDigits(j, d, m int, sep string) bool {
	if sep != "/" {
		return false
	}
	if s.tok(j).low[0] == '0' || s.tok(j + 2).low[0] == '0' {
		return true
	}
	return s.conv().slashDays && d > m && !s.notDateAt(j)
}

// notDateAt reports whether the digits joined by a slash at token j are
// a phrase of not_dates.tsv: "24/7", round the clock.
func (s *scanner) notDateAt(j int) bool {
	if s.lang.notDates.len() == 0 {
		return false
	}
	_, ok := s.lang.notDates.getBytes(s.phraseKey(j, j+3))
	return ok
}

// fileNotDates names the data file of digits that name no day.
const fileNotDates = "not_dates"

// timeAfter reports whether a clock time follows a day and month at token
// k: "4/25 at 4:00pm", "30/1 lúc 17h".
func (s *scanner) timeAfter(k int) bool {
	if s.cue(k, dcTimeLead) || s.isPunct(k, "@") || s.isPunct(k, ",") {
		k++
	}
	v, n := s.intAt(k)
	if n == 0 || n > 2 || v > 24 {
		return false
	}
	t := s.tok(k + 1)
	if t.kind == tPunct {
		return t.low == ":"
	}
	_, _, ok := s.cueAt(k+1, 1, roleTimeMark)
	return ok
}

// fractionAround reports whether the d/m at token j reads as a fraction:
// after a sign or a whole number ("-3/4", "23 1/5").
func (s *scanner) fractionAround(j int) bool {
	p := s.tok(j - 1)
	if p.kind == tPunct && (p.low == "-" || p.low == "−") && s.glued(j) {
		return true
	}
	return p.kind == tNum
}

// yearQuarter reads "2018Q4", "18q4", "2017-q1", "2017 q1", "2019 H2".
func (s *scanner) yearQuarter(j int) (dspec, int, bool) {
	y, n := s.intAt(j)
	if y < 0 || (n != 4 && n != 2) {
		return dspec{}, j, false
	}
	if n == 2 {
		y = twoDigitYear(y)
	} else if y < 1000 || y > 2999 {
		return dspec{}, j, false
	}
	k := j + 1
	if s.isPunct(k, "-") && s.glued(k) {
		k++
	}
	quarter, half := s.cue(k, dcQuarterLetter), s.cue(k, dcHalfLetter)
	if !quarter && !half {
		return dspec{}, j, false
	}
	if n == 2 && !s.glued(k) {
		return dspec{}, j, false
	}
	v, nv := s.intAt(k + 1)
	if nv != 1 || !s.glued(k+1) {
		return dspec{}, j, false
	}
	if quarter && v >= 1 && v <= 4 {
		return dspec{y: y, q: v, strong: true}, k + 2, true
	}
	if half && (v == 1 || v == 2) {
		return dspec{y: y, half: v, strong: true}, k + 2, true
	}
	return dspec{}, j, false
}

// dayMonth reads a day before a month: "30 tháng 1" (the day; the month is
// the next atom), "30 January", "15th of february", "14april",
// "31/Oct/1974", "05-Aug-2016".
func (s *scanner) dayMonth(j int, acc *dspec) (dspec, int, bool) {
	d, n := s.intAt(j)
	if n == 0 || n > 2 || d < 1 || d > 31 || acc.d != 0 {
		return dspec{}, j, false
	}
	k := j + 1
	if s.vi {
		if s.periodWord(k, GrainMonth) {
			if _, _, ok := s.viMonthAt(k + 1); ok && !s.monthsOfYearAt(j, k) {
				return dspec{d: d, strong: true}, k, true
			}
		}
		return dspec{}, j, false
	}
	if suf := s.tok(k); suf.kind == tWord && s.glued(k) && s.ordinalSuffixOK(s.tok(j).low, suf.low) {
		k++
	}
	sep := ""
	if s.isPunct(k, "/") || s.isPunct(k, "-") {
		sep = s.tok(k).low
		k++
	}
	if s.cue(k, dcOf) {
		k++
	}
	m, next, ok := s.enMonthAt(k)
	if !ok {
		return dspec{}, j, false
	}
	a := dspec{d: d, m: m, strong: true, yearOK: true}
	if !validDay(0, m, d) {
		return dspec{}, j, false
	}
	if sep != "" && s.isPunct(next, sep) {
		if y, ny := s.intAt(next + 1); ny == 4 {
			a.y = y
			next += 2
		} else if ny == 2 {
			a.y = twoDigitYear(y)
			next += 2
		}
	}
	return a, next, true
}

// monthAt reports whether token k names a month: "tháng 1", "January".
func (s *scanner) monthAt(k int) bool {
	if !s.vi {
		_, _, ok := s.enMonthAt(k)
		return ok
	}
	if !s.periodWord(k, GrainMonth) {
		return false
	}
	_, _, ok := s.viMonthAt(k + 1)
	return ok
}

// monthsOfYearAt reports whether "N tháng năm 2025" at token j ("tháng"
// at k) counts the first N months of the year, not the day N of May:
// "năm" in lower case before a year, and N a number of months.
func (s *scanner) monthsOfYearAt(j, k int) bool {
	if v, _ := s.intAt(j); v > 12 || s.tok(k+1).upper {
		return false
	}
	g, _, ok := lookup(s, k+1, 1, s.dates().durUnits)
	if !ok || g != GrainYear {
		return false
	}
	_, n := s.intAt(k + 2)
	return n == 4
}

// enMonthAt reads an English month name at token k, with the full stop
// of an abbreviation: "January", "Jan.", "sept".
func (s *scanner) enMonthAt(k int) (int, int, bool) {
	t := s.tok(k)
	if t.kind != tWord {
		return 0, k, false
	}
	m, ok := s.dates().months.get(t.low)
	if !ok {
		return 0, k, false
	}
	next := k + 1
	if !s.dates().monthFull.at(t.low) && s.isPunct(next, ".") && s.glued(next) {
		next++
	}
	return m, next, true
}

// viMonthAt reads the month after "tháng" at token k: "10", "01", "Mười",
// "Giêng", "mười hai".
func (s *scanner) viMonthAt(k int) (int, int, bool) {
	if v, n := s.intAt(k); n > 0 {
		if n <= 2 && v >= 1 && v <= 12 && !s.decimalComma(k) {
			return v, k + 1, true // not "vé tháng 1,18 triệu đồng", a monthly pass
		}
		return 0, k, false
	}
	m, next, ok := lookup(s, k, 2, s.dates().monthHead)
	if !ok {
		return 0, k, false
	}
	// "tháng năm ngoái"? "năm" is the year there; "tháng mười năm" is October.
	if s.periodWord(k, GrainYear) && next == k+1 {
		if _, _, rel := lookup(s, k+1, 2, s.dates().relWords); rel {
			return 0, k, false
		}
	}
	return m, next, true
}

// dateContextBefore reports whether the word before token i marks a date:
// "ngày", "sáng", "từ", "dịp"; "on", "since".
func (s *scanner) dateContextBefore(i int) bool {
	p := s.tok(i - 1)
	// A list of dates: "11/20, 11/22 or 11/25", "ngày 5/3 và 6/3".
	if p.kind == tPunct && p.low == "," || p.kind == tWord && s.cue(i-1, dcAnd|dcOr) {
		if len(s.out) > 0 && i >= 2 {
			m := &s.out[len(s.out)-1]
			if (m.Kind == Date || m.Kind == DateRange) && m.End == s.toks[i-2].end && m.Date.Grain >= GrainDay {
				return true
			}
		}
	}
	if p.kind == tPunct {
		return (p.low == "(" || p.low == ",") && s.tok(i-2).kind == tWord && s.weekdayWord(i-2)
	}
	if p.kind != tWord {
		return false
	}
	if s.vi {
		if _, ok := s.dates().dayParts.get(p.low); ok {
			return true
		}
	}
	return s.cue(i-1, dcDateCue) || s.weekdayWord(i-1) || s.dayClause(i-1) || s.headedDate(i)
}

// headedDate reports a noun of a day or a point in time (date_cues.tsv,
// date-head; of one or two words) that ends at most two words before the
// day and month at token i, with only plain words between, which name
// what the day is of, and the clause going on after the date with
// punctuation: "phiên giao dịch 17/3,", "ngày thi đấu 29/11,", "Tại thời
// điểm 30/9,". A noun after the digits makes them a share ("ngày đầu 3/4
// số vé"), and a count before the head a count of days ("mỗi ngày").
func (s *scanner) headedDate(i int) bool {
	if s.tok(i+3).kind == tWord || !s.isPunct(i+1, "/") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if _, n, ok := s.cueAt(k, maxDateHead, roleDateHead); ok && n <= i && n >= i-2 {
			return !s.cue(k-1, dcCountLead) && s.plainWords(n, i)
		}
	}
	return false
}

// maxDateHead is the most words of a noun of date_cues.tsv's role
// date-head: "thời điểm".
const maxDateHead = 2

// plainWords reports whether tokens [from, to) are words in lower case
// that no date table knows.
func (s *scanner) plainWords(from, to int) bool {
	for k := from; k < to; k++ {
		if t := s.tok(k); t.kind != tWord || t.upper || s.dbits(k) != 0 {
			return false
		}
	}
	return true
}

// dayClause reports a copula at token k (date_cues.tsv, copula) in a
// clause that a day head opens a few words before it: "Ngày đăng ký cuối
// cùng là 28/4" is a date, "Tỷ lệ là 2/3" a fraction.
func (s *scanner) dayClause(k int) bool {
	if _, _, ok := s.cueAt(k, 1, roleCopula); !ok {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-dayClauseWords; j-- {
		if s.tok(j).kind != tWord {
			return false
		}
		if s.cue(j, dcDayHead) {
			return true
		}
	}
	return false
}

// dayClauseWords bounds the words between a day head and its copula:
// "Ngày đăng ký cuối cùng để thực hiện quyền là 28/4".
const dayClauseWords = 10

// weekdayWord reports whether token k ends a weekday name.
func (s *scanner) weekdayWord(k int) bool {
	t := s.tok(k)
	if t.kind != tWord {
		if t.kind == tNum && s.cue(k-1, dcWeekdayHead) {
			v, _ := s.intAt(k)
			return v >= 2 && v <= 7
		}
		return false
	}
	if s.vi {
		if s.wordClass(k, ccSunday) {
			return s.wordClass(k-1, ccSundayHead)
		}
		_, ok := s.dates().weekdayHead.get(t.low)
		return ok && s.cue(k-1, dcWeekdayHead)
	}
	_, ok := s.dates().weekdays.get(t.low)
	return ok
}

// atomGap passes over what may join the atom that ends at token end to
// the next: a parenthesis, commas and connectors ("lúc", "of"), at most
// three. It returns where the next atom starts, and whether a
// parenthesis and a comma opened before it.
func (s *scanner) atomGap(end int) (k int, open, comma bool) {
	k = end
	for c := 0; c < 3; c++ {
		switch {
		case s.isPunct(k, "("):
			open = true
		case s.isPunct(k, ","):
			comma = true
		case !s.connector(k):
			return k, open, comma
		}
		k++
	}
	return k, open, comma
}

// clauseYear reports a year alone after a comma that, in a language
// that writes no year so (conventions.tsv year-after-comma), opens a
// clause of its own instead of giving the day and month before it theirs.
func (s *scanner) clauseYear(acc, a *dspec) bool {
	return !s.conv().yearAfterComma && a.yearOnly() && acc.d != 0 && acc.m != 0
}

// futureBefore reports whether a word that points to the future comes
// before token i in the sentence: "sẽ", "will", "'ll"; not when a word
// of the past stands nearer ("will rise by 8% from July 1, under a
// decree the government issued on Thursday").
func (s *scanner) futureBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		t := &s.toks[k]
		if t.kind == tPunct && (t.low == "." || t.low == ";" || t.low == "!" || t.low == "?") {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if s.cue(k, dcFuture) {
			return true
		}
		if !s.mayEndAt(k, 2, 1<<roleFuture|1<<rolePast) {
			continue // most words, with no call of phraseEndingAt
		}
		if _, n := s.phraseEndingAt(k, 2, roleFuture); n > 0 {
			return true
		}
		if _, n := s.phraseEndingAt(k, 2, rolePast); n > 0 {
			// "will be held", "will have been signed": a word of the
			// future just before it makes the past word a participle.
			return s.futureJustBefore(k - n + 1)
		}
	}
	return false
}

// futureJustBefore reports a word of the future at most maxPassiveGap
// words before token k: the "will" of "will be held".
func (s *scanner) futureJustBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxPassiveGap; j-- {
		if s.toks[j].kind != tWord {
			return false
		}
		if _, n := s.phraseEndingAt(j, 2, roleFuture); n > 0 || s.cue(j, dcFuture) {
			return true
		}
	}
	return false
}

// maxPassiveGap is how many words before a word of the past
// futureJustBefore reads: "will be", "will have been".
const maxPassiveGap = 3

// untilBefore reports whether a word that sets a deadline comes just before
// token i: "until Sunday", "by Thursday evening", "đến hết Chủ nhật".
func (s *scanner) untilBefore(i int) bool {
	p := s.tok(i - 1)
	if p.kind != tWord {
		return false
	}
	_, n := s.phraseEndingAt(i-1, 2, roleUntil)
	return n > 0
}

// barePhrase reports whether the line holds nothing but tokens [i, end)
// and small words around them ("at", "on", "in", "by"): a phrase, not a
// sentence.
func (s *scanner) barePhrase(i, end int) bool {
	if len(s.toks) > 24 {
		return false // a line that long is a sentence, and reading it twice would cost
	}
	for k := range s.toks {
		if k >= i && k < end {
			continue
		}
		t := &s.toks[k]
		if t.kind != tWord || s.dbits(k) != 0 || phraseWords[t.low] {
			continue
		}
		return false
	}
	return true
}

// phraseWords are the small words a date phrase is made of besides the
// words of the date tables: prepositions, "am", "pm", time zones.
var phraseWords = map[string]bool{
	"at": true, "on": true, "in": true, "by": true, "for": true, "the": true, "this": true,
	"from": true, "around": true, "about": true, "and": true, "or": true, "to": true,
	"till": true, "until": true, "untill": true, "through": true, "between": true, "of": true,
	"ish": true, "am": true, "pm": true, "a": true, "p": true, "m": true, "o": true, "clock": true,
	"oclock": true, "gmt": true, "utc": true, "est": true, "pst": true, "cst": true, "bst": true,
	"ist": true, "cet": true, "jst": true, "h": true, "later": true, "than": true, "but": true,
	"before": true, "after": true, "since": true,
}

// ampmAhead reports whether "am" or "pm" follows at token k.
func (s *scanner) ampmAhead(k int) bool {
	_, _, ok := s.ampm(k)
	return ok
}

// ampm reads "am", "pm", "a.m.", "p.m.", "a m", "p" (glued), "p.": the
// half of the day after a clock time.
func (s *scanner) ampm(k int) (TimeOfDay, int, bool) {
	c := s.classOf(k)
	var p TimeOfDay
	switch {
	case c&ccAM != 0:
		p = morning
	case c&ccPM != 0:
		p = afternoon
	case c&ccIsh != 0:
		// "3ish pm"
		if s.glued(k) {
			if q, next, ok := s.ampm(k + 1); ok {
				return q, next, true
			}
		}
		return noPart, k, false
	default:
		return noPart, k, false
	}
	next := k + 1
	if c&ccAmpmLetter != 0 {
		switch {
		case s.isPunct(next, ".") && s.wordClass(next+1, ccM):
			next += 2
			if s.isPunct(next, ".") {
				next++
			}
		case s.wordClass(next, ccM):
			next++
			if s.isPunct(next, ".") {
				next++
			}
		case s.glued(k) && (p == afternoon || s.tok(k-1).kind == tNum && (s.isPunct(k-2, ":") || s.wordClass(k-2, ccAmpmLead) || s.isPunct(k-2, "@"))):
			if s.isPunct(next, ".") && s.glued(next) {
				next++
			}
		default:
			return noPart, k, false
		}
		return p, next, true
	}
	if s.isPunct(next, ".") && s.glued(next) && (next+1 >= len(s.toks) || s.tok(next+1).kind != tWord || s.tok(next+1).space) {
		next++
	}
	return p, next, true
}

// clock reads a time of day: "17h", "17h30", "10g45", "17:30", "15:23:24",
// "17 giờ 30 (phút)", "3 giờ rưỡi", "11 giờ kém 15"; "5pm", "5:30 p.m.",
// "3 o'clock", "12 noon", "at 1030".
func (s *scanner) clock(j int, acc *dspec, f pflags) (dspec, int, bool) {
	h, nh := s.intAt(j)
	if h < 0 || nh > 4 {
		return dspec{}, j, false
	}
	a := dspec{strong: true, hasTime: true}
	k := j + 1
	ok := false
	switch {
	case nh <= 2 && s.isPunct(k, ":") && s.glued(k) && s.glued(k+1):
		a, k, ok = s.clockColon(j, h, a, acc.hasDate())
	case nh <= 2 && s.hourGlued(k):
		a, k, ok = s.clockH(j, h, a)
	case s.conv().hourWords && nh <= 2 && s.cue(k, dcHourWord):
		return s.viClockRest(j, h, k)
	case s.conv().dotClock && nh <= 2 && s.isPunct(k, ".") && s.glued(k) && s.glued(k+1):
		return s.clockDot(j, h, a)
	case s.conv().bareHours && nh >= 3:
		return s.clockDigits(j, h, nh, a)
	case s.conv().bareHours && nh <= 2:
		return s.clockHour(j, h, acc, a)
	}
	if !ok {
		return dspec{}, j, false
	}
	if s.conv().clockAmPm {
		if p, next, ok := s.ampm(k); ok && a.hour <= 12 {
			a.ampm = p
			k = next
		}
	}
	return a, k, true
}

// hourGlued reports whether token k is the letter of hours glued to the
// number before it: "17h", "9g".
func (s *scanner) hourGlued(k int) bool {
	_, _, ok := s.cueAt(k, 1, roleHourGlued)
	return ok && s.glued(k)
}

// clockColon reads "17:30", "9:05:10" at token j, whose hour is h. A
// time to the second is a race's ("won in 2:31:12"), unless a date comes
// before it (dated) or "at" or "@" says when.
func (s *scanner) clockColon(j, h int, a dspec, dated bool) (dspec, int, bool) {
	k := j + 1
	m, nm := s.intAt(k + 1)
	if nm != 2 || m > 59 || h > 24 {
		return a, j, false
	}
	a.hour, a.min, a.hasMin = h, m, true
	a.h24 = h == 0 || h >= 13 || s.tok(j).low[0] == '0'
	k += 2
	if s.isPunct(k, ":") && s.glued(k) && s.glued(k+1) {
		if sec, ns := s.intAt(k + 1); ns == 2 && sec <= 59 {
			if s.isRaceTime(j) && !dated && !s.timeSaid(j) {
				return a, j, false
			}
			k += 2
		}
	}
	if s.isPunct(k, ":") && s.tok(k+1).kind == tNum && s.glued(k+1) {
		return a, j, false
	}
	if s.isPunct(k, ".") && s.glued(k) && s.tok(k+1).kind == tNum && s.glued(k+1) {
		return a, j, false // "1:47.62": a race's time (raceTime), no clock
	}
	return a, k, true
}

// timeSaid reports a word before token j that makes what follows a time
// of day: "at", "lúc", "@".
func (s *scanner) timeSaid(j int) bool {
	return s.cue(j-1, dcTimeLead) || s.isPunct(j-1, "@")
}

// clockH reads "17h", "17h30", "9g" at token j, whose hour is h.
func (s *scanner) clockH(j, h int, a dspec) (dspec, int, bool) {
	if h > 24 || s.durationCue(j) {
		return a, j, false
	}
	a.hour, a.h24 = h, true
	k := j + 2
	if m, nm := s.intAt(k); nm == 2 && s.glued(k) && m <= 59 {
		a.min, a.hasMin = m, true
		k++
	} else if nm > 0 && s.glued(k) {
		return a, j, false
	} else if s.conv().hourLetterMinutes {
		a.hasMin = true
	}
	if s.lengthTail(j, k) {
		return a, j, false // "after 2h41 of play"
	}
	return a, k, true
}

// clockDot reads "2.30pm", "11.00am" at token j: only with am or pm.
func (s *scanner) clockDot(j, h int, a dspec) (dspec, int, bool) {
	k := j + 1
	m, nm := s.intAt(k + 1)
	if nm != 2 || m > 59 || h > 12 {
		return dspec{}, j, false
	}
	p, next, ok := s.ampm(k + 2)
	if !ok {
		return dspec{}, j, false
	}
	a.hour, a.min, a.hasMin, a.ampm = h, m, true, p
	return a, next, true
}

// clockDigits reads hours and minutes in three or four digits at token j:
// "330 p.m.", "at 1030", "0800 GMT" (four digits before a zone of known
// offset, as wire copy writes times, wireZoneAt; not a year after "in":
// "in 2010 GMT was"; not a count before its noun: "around 120
// firefighters").
func (s *scanner) clockDigits(j, h, nh int, a dspec) (dspec, int, bool) {
	k := j + 1
	hh, mm := h/100, h%100
	if hh > 24 || mm > 59 || s.numberContinues(j) || s.isPunct(k, "-") && s.tok(k+1).kind == tNum {
		return dspec{}, j, false
	}
	if p, next, ok := s.ampm(k); ok && hh <= 12 {
		a.hour, a.min, a.hasMin, a.ampm = hh, mm, true, p
		return a, next, true
	}
	_, _, lead := s.cueAt(j-1, 1, roleClockLead)
	if lead && s.tok(k).kind == tWord && !s.glued(k) && s.dbits(k) == 0 {
		lead = false // "around 120 firefighters": a count of a noun
	}
	if lead && (nh == 3 || !s.yearLike(h)) || nh == 4 && s.wireZoneAt(k) && !(s.yearLike(h) && s.cue(j-1, dcIn)) {
		a.hour, a.min, a.hasMin = hh, mm, true
		return a, k, true
	}
	return dspec{}, j, false
}

// clockHour reads an hour of one or two digits in English at token j:
// "5pm", "5 o'clock", "noon"'s "12 noon", "at 5 in the morning".
func (s *scanner) clockHour(j, h int, acc *dspec, a dspec) (dspec, int, bool) {
	k := j + 1
	if h > 24 {
		return dspec{}, j, false
	}
	a.hour = h
	if p, next, ok := s.ampm(k); ok && h <= 12 {
		a.ampm = p
		return a, next, true
	}
	after, afterNext, isAfter := s.cueAt(k, 1, roleClockAfter)
	if _, next, ok := s.cueAt(k, 3, roleOClock); ok {
		k = next
	} else if isAfter && after == clockNoon {
		a.hour = 12
		return a, afterNext, true
	} else if isAfter && after == clockIsh && s.glued(k) {
		k++
	} else if (s.cue(j-1, dcAt) || s.isPunct(j-1, "@")) && h <= 12 && (acc.hasDate() || acc.part != noPart || s.partAhead(k)) {
		return a, k, true
	} else if h <= 12 && s.partAhead(k) && !s.isPunct(k-1, ",") && !s.durationCue(j) && !s.cue(j-1, dcOf) {
		return a, k, true
	} else {
		return dspec{}, j, false
	}
	if p, next, ok := s.ampm(k); ok {
		a.ampm = p
		k = next
	}
	return a, k, true
}

// yearLike reports whether a 4-digit number is more likely a year.
func (s *scanner) yearLike(v int) bool { return v >= 1900 && v <= 2100 }

// partAhead reports whether a part of the day or a relative day follows:
// "8 tonight", "9 tomorrow morning", "3 in the afternoon".
func (s *scanner) partAhead(k int) bool {
	if _, _, ok := lookup(s, k, 6, s.dates().dayParts); ok {
		return true
	}
	if _, _, ok := lookup(s, k, 4, s.dates().relDays); ok {
		return true
	}
	return false
}

// durationCue reports whether the hours at token j are a length of time:
// "trong 3 giờ", "mất 2 giờ", "for 3h", "within 2h", also past a
// qualifier: "còn khoảng 1 giờ", "mất gần 3 giờ".
func (s *scanner) durationCue(j int) bool {
	if s.durationCueBefore(j) {
		return true
	}
	for start := j - 1; start >= max(0, j-maxQualifierWords); start-- {
		if _, next, ok := s.qualifierAt(start, j-start); ok && next == j {
			return s.durationCueBefore(start)
		}
	}
	return false
}

// durationCueBefore reports a word of role duration-cue right before
// token j, or a copula in a clause that a noun of a length of time opens
// (lengthClause).
func (s *scanner) durationCueBefore(j int) bool {
	return s.tok(j-1).kind == tWord && (s.cue(j-1, dcDurationCue) || s.lengthClause(j-1))
}

// lengthClause reports a copula at token k (date_cues.tsv, copula) in a
// sentence that a noun of a length of time (length-head) opens a few
// tokens before it, commas and figures between: "Thời gian thông quan năm
// 2025 với hàng xuất khẩu là 1 giờ 48 phút, với hàng nhập khẩu là 8 giờ 30
// phút" states two lengths; "Bây giờ là 2 giờ" stays a time of day.
func (s *scanner) lengthClause(k int) bool {
	if _, _, ok := s.cueAt(k, 1, roleCopula); !ok {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-lengthClauseTokens; j-- {
		if t := s.tok(j); t.kind == tPunct && t.low != "," {
			return false
		}
		if _, _, ok := s.cueAt(j, 2, roleLengthHead); ok {
			return true
		}
	}
	return false
}

// lengthClauseTokens bounds the tokens between a length head and its
// copula: "thời gian thông quan trung bình năm 2025 với hàng xuất khẩu là
// 1 giờ 48 phút, với hàng nhập khẩu là".
const lengthClauseTokens = 24

// lengthTail reports whether words after what reads as a clock time,
// at token next, make it a length of time ("sau 2 giờ 41 phút thi đấu",
// "after 2h41 of play"), unless a word before its hour at token j makes
// it a time: "lúc", "at".
func (s *scanner) lengthTail(j, next int) bool {
	_, _, ok := s.cueAt(next, 3, roleLengthTail)
	return ok && !s.cue(j-1, dcTimeLead)
}

// viClockRest reads the rest of "H giờ ...": minutes, "rưỡi", "kém".
// Token k is "giờ".
func (s *scanner) viClockRest(j, h, k int) (dspec, int, bool) {
	if h > 24 {
		return dspec{}, j, false
	}
	a := dspec{strong: true, hasTime: true, hour: h}
	next := k + 1
	if s.wordClass(next, ccNotAfterHour) {
		return dspec{}, j, false
	}
	if s.durationCue(j) && !s.viPartAhead(next) {
		return dspec{}, j, false
	}
	switch {
	case s.wordClass(next, ccHalfHour):
		a.min, a.hasMin = 30, true
		next++
	case s.wordClass(next, ccHourTo):
		m, n2, ok := s.viNumber(next + 1)
		if !ok || m <= 0 || m >= 60 {
			return dspec{}, j, false
		}
		a.hour = h - 1
		if a.hour < 0 {
			a.hour = 23
		}
		a.min, a.hasMin = 60-m, true
		next = n2
		if s.wordClass(next, ccMinute) {
			next++
		}
	case s.wordClass(next, ccSharp):
		next++
	default:
		if m, n2, ok := s.viNumber(next); ok && m >= 0 && m < 60 {
			// "10 giờ 45", "8 giờ 7 phút", "năm giờ linh năm"; not "8 giờ 3 ngày".
			after := s.tok(n2)
			if after.kind == tWord && !s.wordClass(n2, ccMinute|ccMinuteLetter|ccSecond) {
				if _, ok := s.dates().dayParts.get(after.low); !ok {
					if _, _, ok := lookup(s, n2, 2, s.dates().relDays); !ok && !s.wordClass(n2, ccDayWord) {
						break
					}
				}
			}
			a.min, a.hasMin = m, true
			next = n2
			if s.wordClass(next, ccMinute) || s.wordClass(next, ccMinuteLetter) && s.glued(next) {
				next++
				if sec, n3, ok := s.viNumber(next); ok && sec < 60 && s.wordClass(n3, ccSecond) {
					if !s.timeSaid(j) {
						// "2 giờ 31 phút 12 giây": a time to the second
						// is a race's, a length, unless "lúc" says when.
						return dspec{}, j, false
					}
					next = n3 + 1
				}
			} else if s.wordClass(next, ccSecond) {
				// "ba giờ mười giây": seconds after the hour.
				a.min, a.hasMin = 0, true
				next++
			}
		} else if s.viZeroAt(next) {
			if m, n2, ok := s.viNumber(next + 1); ok && m < 10 {
				a.min, a.hasMin = m, true
				next = n2
				if s.wordClass(next, ccMinute) {
					next++
				}
			}
		}
	}
	if s.lengthTail(j, next) {
		return dspec{}, j, false
	}
	return a, next, true
}

// viPartAhead reports whether a Vietnamese part of the day follows.
func (s *scanner) viPartAhead(k int) bool {
	_, _, ok := lookup(s, k, 2, s.dates().dayParts)
	return ok
}

// viNumber reads a small number in digits or Vietnamese words at token k
// (0 to 99): "45", "mười lăm", "hai mươi tư", "hai tư" (24), "ba mốt".
func (s *scanner) viNumber(k int) (int, int, bool) {
	if v, n := s.intAt(k); n > 0 {
		if n > 2 {
			return 0, k, false
		}
		return v, k + 1, true
	}
	return s.viSmall(k)
}

// viSmall reads a Vietnamese number below 100 in words at token k:
// "ba", "mười", "mười lăm", "hai mươi tư", "hai tư" (24), "ba mốt" (31).
// "năm" after a number is left alone: it may be the word "year".
func (s *scanner) viSmall(k int) (int, int, bool) {
	t := s.tok(k)
	if t.kind != tWord {
		return 0, k, false
	}
	unit := func(j int) (int, bool) {
		u := s.tok(j)
		if u.kind != tWord || !u.space {
			return 0, false
		}
		d, ok := s.viDigitWord(u.low)
		return d, ok && d > 0 && s.viDigitForm(j)&dfNoUnit == 0
	}
	if s.viDigitForm(k)&dfTen != 0 {
		if u, ok := unit(k + 1); ok && u != 1 {
			return 10 + u, k + 2, true
		}
		if s.viDigitForm(k+1)&dfOne != 0 {
			return 11, k + 2, true
		}
		return 10, k + 1, true
	}
	d, ok := s.viDigitWord(t.low)
	if !ok || s.viDigitForm(k)&dfAfter != 0 {
		return 0, k, false
	}
	if d >= 2 && s.viDigitForm(k+1)&dfTens != 0 {
		v := d * 10
		if u, ok := unit(k + 2); ok {
			return v + u, k + 3, true
		}
		if s.viDigitForm(k+2)&dfOne != 0 {
			return v + 1, k + 3, true
		}
		return v, k + 2, true
	}
	// "hai tư" (24), "ba mốt" (31), "hai lăm" (25), "năm chín" (59).
	if d >= 2 {
		if u, ok := unit(k + 1); ok {
			return d*10 + u, k + 2, true
		}
	}
	return d, k + 1, true
}

// viYearAhead reports whether "năm" at token k is the word "year" before a
// year or a relative word ("năm 2020", "năm nay").
func (s *scanner) viYearAhead(k int) bool {
	if !s.periodWord(k, GrainYear) {
		return false
	}
	if s.tok(k+1).kind == tNum {
		return true
	}
	_, _, ok := lookup(s, k+1, 2, s.dates().relWords)
	return ok
}

// viUnitAfter reports whether a unit of time follows at token k.
func (s *scanner) viUnitAfter(k int) bool {
	_, _, ok := lookup(s, k, 2, s.dates().durUnits)
	return ok
}

// viYearWords reads a year in Vietnamese words at token k: digit by digit
// ("một chín chín chín", "hai không mười ba") or as a number
// ("hai nghìn không trăm hai mươi bốn", "chín trăm ba tám").
func (s *scanner) viYearWords(k int) (int, int, bool) {
	// Digit by digit.
	v, digits, j := 0, 0, k
	for digits < 4 {
		t := s.tok(j)
		if t.kind != tWord {
			break
		}
		if s.viDigitForm(j)&dfTen != 0 {
			u := 0
			if d, ok := s.viDigitWord(s.tok(j + 1).low); ok && s.tok(j+1).kind == tWord && d > 0 {
				u = d
				j++
			}
			v = v*100 + 10 + u
			digits += 2
			j++
			continue
		}
		if s.viDigitForm(j)&dfZero != 0 {
			v *= 10
			digits++
			j++
			continue
		}
		d, ok := s.viDigitWord(t.low)
		if !ok || s.viDigitForm(j)&dfNoLead != 0 && digits == 0 {
			break
		}
		v = v*10 + d
		digits++
		j++
	}
	if digits == 4 && j-k >= 3 && v >= 100 && !s.viContinuesAt(j) {
		return v, j, true
	}
	// As a number with nghìn and trăm.
	j = k
	total := 0
	if d, ok := s.viDigitWord(s.tok(j).low); ok && d > 0 && s.viDigitForm(j+1)&dfThousand != 0 {
		total = d * 1000
		j += 2
	}
	if d, ok := s.viDigitWord(s.tok(j).low); ok && s.viDigitForm(j+1)&dfHundred != 0 {
		total += d * 100
		j += 2
	} else if d, ok := s.viDigitWord(s.tok(j).low); total > 0 && ok && d == 0 && s.tok(j).kind == tWord && s.viDigitForm(j+1)&dfHundred != 0 {
		j += 2
	}
	if j == k {
		return 0, k, false
	}
	if s.viDigitForm(j)&dfZero != 0 {
		if d, ok := s.viDigitWord(s.tok(j + 1).low); ok && s.tok(j+1).kind == tWord {
			total += d
			j += 2
		}
	} else if u, next, ok := s.viSmall(j); ok {
		// "chín trăm ba tám" is 938: two digit words after the hundreds.
		if d2, ok := s.viDigitWord(s.tok(next).low); ok && next == j+1 && u < 10 && s.tok(next).kind == tWord && !s.viYearAhead(next) {
			u = u*10 + d2
			next++
		}
		total += u
		j = next
	}
	if total < 100 {
		return 0, k, false
	}
	return total, j, true
}

// weekdayAt returns the weekday as the spec's wd (Sunday = 1).
func wdOf(w time.Weekday) int { return int(w) + 1 }
