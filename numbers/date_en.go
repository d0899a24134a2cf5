package numbers

import "time"

// enWordAtom reads an English date atom that starts with a word.
func (s *scanner) enWordAtom(j int, acc *dspec, f pflags) (dspec, int, bool) {
	bits := s.dbits(j)
	if bits&dbFirst == 0 {
		return dspec{}, j, false
	}
	d := s.dw(j)
	if a, next, ok := s.lunarNamedAt(j); ok {
		return a, next, true // "Lunar New Year's Eve"
	}
	if bits&dbRelDay != 0 {
		if r, next, ok := lookup(s, j, 6, s.dates().relDays); ok {
			// "the day after" and "the day before" only as a whole phrase.
			if (r.n == 1 || r.n == -1) && s.cue(next, dcDay) || r.now && s.cfg.noNow {
				return dspec{}, j, false
			}
			a := dspec{rel: rel{r.grain(), r.n}, story: r.story, part: r.part, strong: true}
			return a, next, true
		}
	}
	if bits&dbMonth != 0 {
		return s.enMonthPhrase(j, acc, f)
	}
	if bits&dbWeekday != 0 {
		return s.enWeekday(j, time.Weekday(d.weekday-1), acc, f)
	}
	if d.cues&dcLast != 0 {
		// "last Monday of March", "last week of 2016", "last day of October".
		if a, next, ok := s.enNth(j, acc); ok {
			return a, next, true
		}
	}
	if bits&dbRelWord != 0 {
		if n, next, ok := lookup(s, j, 2, s.dates().relWords); ok {
			if a, next2, ok := s.enRelative(j, n, next); ok {
				return a, next2, true
			}
		}
	}
	if a, next, ok, done := s.enHeadAtom(j, acc, f); done {
		return a, next, ok
	}
	// "first quarter of 2026", "the second half", "first Monday of March",
	// "third week of 2018", "first of March".
	if a, next, ok := s.enNth(j, acc); ok {
		return a, next, true
	}
	// "Tuesday the eleventh", "monday the twenty seventh"; not "on
	// Saturday on the second floor", where a word that no date table
	// knows follows: the rank counts it.
	if acc.wd != 0 && acc.d == 0 && s.cue(j-1, dcArticle) {
		if v, next, ok := s.enDayWords(j); ok && (s.tok(next).kind != tWord || s.dbits(next) != 0) {
			return dspec{d: v, strong: true, yearOK: true}, next, true
		}
	}
	// A year in words: "in nineteen ninety six", "August two thousand and fifteen".
	if bits&dbNumber != 0 && (acc.yearOK && acc.y == 0 || s.cue(j-1, dcIn) && !acc.hasDate()) {
		if y, next, ok := s.enYearWords(j); ok && (acc.yearOK || y >= 1000) {
			return dspec{y: y, strong: true}, next, true
		}
	}
	// A part of the day: "in the morning", "tonight". It names no date alone.
	if bits&dbDayPart != 0 {
		if p, next, ok := lookup(s, j, 7, s.dates().dayParts); ok {
			return dspec{part: p}, next, true
		}
	}
	// A clock time in words: "at three twenty", "ten thirty am", "half past three".
	if a, next, ok := s.enWordClock(j, acc); ok {
		return a, next, true
	}
	// A day in words after a month: "March first", "May twenty nine".
	return dspec{}, j, false
}

// enHeadAtom reads the atoms that their first word names: an hour
// ("noon", "midnight"), a quarter or a half ("Q1", "H2"), a period ("year
// 2008", "the month", "week 12", "the week of April 10th"), a part of a
// period ("early 2026", "the end of the month"). done reports that token
// j has no other reading.
func (s *scanner) enHeadAtom(j int, acc *dspec, f pflags) (a dspec, next int, ok, done bool) {
	d := s.dw(j)
	if h, next, ok := s.cueAt(j, 2, roleNamedHour); ok {
		return dspec{hasTime: true, hour: h, h24: true, strong: true}, next, true, true
	}
	if a, next, ok := s.letterPeriod(j); ok {
		return a, next, true, true
	}
	switch {
	case d.period != NoGrain && d.form&(fPeriodShort|fPeriodPlural) == 0:
		if a, next, ok := s.enPeriodAtom(j, d.period, acc); ok {
			return a, next, true, true
		}
	case d.part != WholePeriod:
		a, next, ok := s.enPartOf(j, acc, f)
		return a, next, ok, true
	case d.cues&dcArticle != 0:
		if s.dw(j+1).form&fPartOf != 0 {
			a, next, ok := s.enPartOf(j+1, acc, f)
			return a, next, ok, true
		}
	}
	return dspec{}, j, false, false
}

// enPeriodAtom reads a period word g at token j: "year 2008", "the year"
// after a part of it, "the month" after a day of it, "week 12", "the week
// of April 10th".
func (s *scanner) enPeriodAtom(j int, g Grain, acc *dspec) (dspec, int, bool) {
	switch g {
	case GrainYear:
		// "year 2008", "the year 2008".
		if y, n := s.intAt(j + 1); n == 4 && y >= 1000 && y <= 2999 {
			return dspec{y: y, strong: true}, j + 2, true
		}
		if s.cue(j-1, dcArticle) && (acc.nth != 0 || acc.m != 0 || acc.q != 0 || acc.half != 0) && acc.y == 0 {
			return dspec{rel: rel{GrainYear, 0}, strong: true}, j + 1, true
		}
	case GrainMonth:
		// "the first Monday of the month", "the 20th of the month".
		if s.cue(j-1, dcArticle|dcThis) && (acc.nth != 0 || acc.d != 0) && acc.m == 0 {
			return dspec{rel: rel{GrainMonth, 0}, strong: true}, j + 1, true
		}
	case GrainWeek:
		if w, n := s.intAt(j + 1); n > 0 && n <= 2 && w >= 1 && w <= 53 && !s.numberContinues(j+1) {
			return dspec{week: w, strong: true}, j + 2, true
		}
		if acc.d == 0 && !acc.hasDate() {
			// "the week of April 10th", "the week beginning February 4":
			// the week that holds the date.
			if _, next, ok := s.cueAt(j+1, 2, roleWeekOf); ok {
				return dspec{weekOf: true}, next, true
			}
		}
	}
	return dspec{}, j, false
}

// enMonthPhrase reads an English month with its day and year: "January 30",
// "Jan. 30, 2026", "March first", "Feb13", "Oct/2", "Sep-23-2020",
// "October 2014", "Dec/2018", "March".
func (s *scanner) enMonthPhrase(j int, acc *dspec, f pflags) (dspec, int, bool) {
	m, k, _ := s.enMonthAt(j)
	a := dspec{m: m, strong: true, yearOK: true}
	sep := ""
	if s.isPunct(k, "/") || s.isPunct(k, "-") && s.glued(k) {
		sep = s.tok(k).low
	}
	dk := k
	if sep != "" {
		dk++
	}
	if s.cue(dk, dcArticle) && sep == "" {
		dk++
	}
	// The day.
	if acc.d == 0 {
		if d, next, ok := s.enMonthDay(dk, m, sep); ok {
			a.d = d
			if y, ny := s.intAt(next + 1); sep != "" && s.isPunct(next, sep) && ny == 4 {
				// The year: "Sep-23-2020".
				a.y = y
				next += 2
			}
			return a, next, true
		}
	}
	// "Dec/2018", "Dec-2018", "October 2014", "Dec, 2018", "june of 1992".
	yk := k
	if sep != "" || s.isPunct(yk, ",") || s.cue(yk, dcOf) {
		yk++
	}
	if y, ny := s.intAt(yk); ny == 4 && y >= 1000 && y <= 2999 && !s.numberContinues(yk) {
		a.y = y
		return a, yk + 1, true
	}
	if s.enMonthAlone(j, k, acc, f) {
		return a, k, true
	}
	return dspec{}, j, false
}

// enMonthDay reads the day after month m at token dk: "30", "3rd",
// "Feb 2th" (a slip of the pen, still a day), "first", "twenty nine";
// not an hour ("March 3 at 5:00", "May 5 pm", "Jan 3h") nor the first
// group of a number ("By March 12,000 people had left"). sep is the
// separator after the month ("Oct/2"), which rules out a day in words.
func (s *scanner) enMonthDay(dk, m int, sep string) (int, int, bool) {
	if v, n := s.intAt(dk); n > 0 && n <= 2 && v >= 1 && v <= 31 && !s.numberContinues(dk) {
		e := dk + 1
		if suf := s.tok(e); suf.kind == tWord && s.glued(e) && (s.ordinalSuffixOK(s.tok(dk).low, suf.low) || s.cue(e, dcOrdinalSuffix)) {
			e++
		}
		nt := s.tok(e)
		hour := nt.kind == tPunct && nt.low == ":" || s.ampmAhead(e) || s.cue(e, dcHourLetter|dcHourWord) && s.glued(e)
		if !hour && validDay(0, m, v) {
			return v, e, true
		}
	}
	if sep == "" {
		if v, next, ok := s.enDayWords(dk); ok && validDay(0, m, v) {
			return v, next, true
		}
	}
	return 0, dk, false
}

// enMonthAlone reports whether the month name at token j, which ends
// before token k, is a date with no day or year: written out and
// capitalised, or after a preposition, or in a date or a range; a month
// name that is an everyday word ("may") is the word before a verb
// ("This may take longer") unless it is capitalised after a preposition
// ("rainfall in May was low") or an article ("31% below the May peak"),
// or ends a range ("January-May totaled").
func (s *scanner) enMonthAlone(j, k int, acc *dspec, f pflags) bool {
	t, d := s.toks[j], s.dw(j)
	common := d.form&fMonthCommon != 0
	named := t.upper && s.cue(j-1, dcArticle) // "the May peak": no verb follows an article
	if common && s.tok(k).kind == tWord && !s.cue(k, dcMonthNext) && !(t.upper && (s.monthPrep(j) || f&pfRange != 0)) && !named {
		return false // "This may take longer", but "in May was" and "January-May totaled" are the month
	}
	if acc.hasDate() || f&pfRange != 0 || s.monthPrep(j) || named {
		return true
	}
	if d.form&fMonthFull != 0 && !common && t.upper {
		return true
	}
	return common && t.upper && len(s.toks) == 1
}

// monthPrep reports whether a word that takes a month comes before token j:
// "in March", "since August", "next March".
func (s *scanner) monthPrep(j int) bool {
	return s.cue(j-1, dcMonthPrep)
}

// enDayWords reads a day of the month in words: "first", "third",
// "twenty fourth", "thirty-first", "twenty nine".
func (s *scanner) enDayWords(k int) (int, int, bool) {
	d := s.dw(k)
	if d.dayNum == 0 {
		return 0, k, false
	}
	if d.form&fDayTens == 0 {
		return int(d.dayNum), k + 1, true
	}
	tens := int(d.dayNum)
	n := k + 1
	if s.isPunct(n, "-") && s.glued(n) {
		n++
	}
	u := s.tok(n)
	if u.kind == tWord {
		if v := s.dw(n); v.dayNum != 0 && v.form&fDayTens == 0 && v.dayNum < 10 {
			if tens+int(v.dayNum) <= 31 {
				return tens + int(v.dayNum), n + 1, true
			}
		}
		if v, ok := s.lang.small.get(u.low); ok && v >= 1 && v <= 9 && tens+v <= 31 {
			return tens + v, n + 1, true
		}
	}
	return 0, k, false
}

// enWeekday reads a weekday name: "Friday", "fri.", "Thu".
func (s *scanner) enWeekday(j int, w time.Weekday, acc *dspec, f pflags) (dspec, int, bool) {
	t, d := s.toks[j], s.dw(j)
	k := j + 1
	if d.form&fWeekdayFull == 0 {
		if s.isPunct(k, ".") && s.glued(k) {
			k++
		} else if !(acc.hasDate() || acc.hasTime || s.weekdayNear(k) || s.cue(j-1, dcWeekdayPrev)) {
			return dspec{}, j, false
		}
		if d.form&fWeekdayCommon != 0 {
			// "students sat the exam": the verb.
			n := s.tok(k)
			near := n.kind == tNum || n.kind == tPunct && (n.low == "," || n.low == "(") || s.dbits(k)&dbMonth != 0
			if !t.upper && !near && !s.cue(j-1, dcOn) {
				return dspec{}, j, false
			}
		}
	}
	a := dspec{wd: wdOf(w), strong: true}
	// "wednesday next week", "monday of this week".
	return a, k, true
}

// weekdayNear reports whether a date or a time follows an abbreviated
// weekday at token k: "Wed, Feb 13", "sat at 5", "tue may 9".
func (s *scanner) weekdayNear(k int) bool {
	if s.isPunct(k, ",") || s.isPunct(k, "(") {
		k++
	}
	if s.tok(k).kind == tNum {
		return true
	}
	d := s.dw(k)
	return d.month != 0 || d.cues&dcWeekdayNext != 0
}

// enRelative reads what follows a relative word ("this", "next", "last"):
// a period ("next week"), a weekday ("next Tuesday"), a month
// ("next March"). n is the offset, k the token after the word.
func (s *scanner) enRelative(j, n, k int) (dspec, int, bool) {
	w := s.dw(k)
	if s.tok(k).kind != tWord {
		return dspec{}, j, false
	}
	first := j
	if s.cue(j, dcArticle) {
		first = j + 1
	}
	fw := s.dw(first)
	if w.form&fPartRelative != 0 {
		// "this weekend", "next weekend": a part of a period the word
		// names by itself; not "the last weekend of October".
		if s.cue(k+1, dcOf) {
			return dspec{}, j, false
		}
		return dspec{rel: rel{w.partGrain, n}, pp: w.part, strong: true}, k + 1, true
	}
	if w.period != NoGrain && w.form&fPeriodPlural == 0 {
		next := k + 1
		// "the week after next".
		if _, nx, ok := s.cueAt(next, 2, roleAfterNext); ok {
			n++
			next = nx
		}
		return dspec{rel: rel{w.period, n}, strong: true}, next, true
	}
	if w.weekday != 0 {
		next := k + 1
		if w.form&fWeekdayFull == 0 && s.isPunct(next, ".") && s.glued(next) {
			next++
		}
		a := dspec{wd: int(w.weekday), strong: true}
		switch {
		case fw.form&fRelWeek != 0:
			// "next Tuesday": the Tuesday of next week; "this past
			// Friday", "this coming Friday": the nearest one.
			a.rel = rel{GrainWeek, int(fw.rel)}
			if nw := s.dw(j + 1); fw.rel == 0 && nw.form&fRelNearest != 0 {
				a.rel, a.dir = rel{}, int(nw.rel)
			}
		case fw.form&fRelNearest != 0:
			a.dir = int(fw.rel)
		default:
			return dspec{}, j, false
		}
		return a, next, true
	}
	if m, next, ok := s.enMonthAt(k); ok {
		if w.form&fMonthCommon != 0 && s.tok(next).kind == tWord {
			return dspec{}, j, false // "this may take longer"
		}
		if _, _, ok := s.cueAt(next, 2, roleAfterNext); ok {
			return dspec{}, j, false
		}
		return dspec{m: m, strong: true, dir: int(fw.rel)}, next, true
	}
	return dspec{}, j, false
}

// enPartOf reads "early 2026", "late March", "mid-November", "the end of
// the month", "beginning of 2017", "EOY" at token j.
func (s *scanner) enPartOf(j int, acc *dspec, f pflags) (dspec, int, bool) {
	d := s.dw(j)
	pp := d.part
	k := j + 1
	switch {
	case d.partGrain != NoGrain:
		// "EOM", "BOY"; but "a 12-year-old boy", and "weekend" only
		// after a relative word.
		if t := s.tok(j); d.form&fPartRelative != 0 || d.form&fPartCaps != 0 && !allCaps(s.text[t.start:t.end]) {
			return dspec{}, j, false
		}
		return dspec{rel: rel{d.partGrain, 0}, pp: pp, strong: true}, k, true
	case d.form&fPartOf != 0:
		// "the end of the month", "beginning of 2017".
		if !s.cue(k, dcOf) {
			return dspec{}, j, false
		}
		k++
		if s.cue(k, dcArticle) {
			k++
			if s.zodiacNamed(k) {
				return dspec{}, j, false // "the start of the Year of the Goat"
			}
			if g := s.dw(k).period; g != NoGrain && !s.cue(k+1, dcAfter) {
				return dspec{rel: rel{g, 0}, pp: pp, strong: true}, k + 1, true
			}
		}
		if p := s.dw(k); (p.period == GrainMonth || p.period == GrainYear) && p.form&fPeriodPlural == 0 {
			return dspec{rel: rel{p.period, 0}, pp: pp, strong: true}, k + 1, true
		}
	default:
		// "early 2026", "mid-November"; not "late in the game".
		if s.isPunct(k, "-") && s.glued(k) {
			k++
		}
		if s.cue(k, dcIn) && s.cue(k+1, dcArticle) {
			return dspec{}, j, false
		}
	}
	var acc2 dspec
	a, next, ok := s.atom(k, &acc2, f|pfRange)
	if !ok || a.pp != WholePeriod {
		return dspec{}, j, false
	}
	if d.dayPart != noPart && (a.d != 0 || a.wd != 0) && !a.hasTime && a.part == noPart {
		a.part = d.dayPart // "early Saturday": its small hours
		return a, next, true
	}
	if a.d != 0 || a.wd != 0 || a.hasTime || !a.strong {
		if !(a.rel.unit == GrainDay && a.d == 0) {
			return dspec{}, j, false
		}
	}
	a.pp = pp
	return a, next, true
}

// enYearWords reads a year in words: "nineteen ninety six", "two thousand
// and fifteen", "seventeen hundred thirty three", "twenty twenty".
func (s *scanner) enYearWords(k int) (int, int, bool) {
	t := s.tok(k)
	if t.kind != tWord {
		return 0, k, false
	}
	hi, ok := s.lang.small.get(t.low)
	if !ok || hi < 10 {
		if s.lang.tens.at(t.low) != 20 {
			// "two thousand and fifteen": the number reads it.
			if n, ok := s.parseWordsEN(k); ok {
				if v, ok := n.val.Int64(); ok && v >= 1000 && v <= 2999 && n.val.Exp() >= 0 && s.cue(k+1, dcThousand) {
					return int(v), n.next, true
				}
			}
			return 0, k, false
		}
		hi = 20
	}
	j := k + 1
	if s.cue(j, dcHundred) {
		// "seventeen hundred thirty three": the number reads it.
		if n, ok := s.parseWordsEN(k); ok {
			if v, ok := n.val.Int64(); ok && v >= 1000 && v <= 2999 {
				return int(v), n.next, true
			}
		}
		return 0, k, false
	}
	lo, j := s.enYearLow(j)
	if lo < 0 {
		return 0, k, false
	}
	return hi*100 + lo, j, true
}

// enYearLow reads the last two digits of a year in words at token j:
// "ninety six", "ninety-six", "fifteen", "oh five". It returns -1 for
// none.
func (s *scanner) enYearLow(j int) (int, int) {
	u := s.tok(j)
	if u.kind != tWord {
		return -1, j
	}
	if v, ok := s.lang.tens.get(u.low); ok {
		j++
		n := j
		if s.isPunct(n, "-") && s.glued(n) {
			n++
		}
		if d, ok := s.lang.small.get(s.tok(n).low); ok && d >= 1 && d <= 9 && s.tok(n).kind == tWord {
			return v + d, n + 1
		}
		return v, j
	}
	if v, ok := s.lang.small.get(u.low); ok && v >= 10 {
		return v, j + 1
	}
	if s.cue(j, dcYearZero) && !s.isPunct(j+1, "'") {
		if d, ok := s.lang.small.get(s.tok(j + 1).low); ok && d >= 1 && d <= 9 {
			return d, j + 2
		}
	}
	return -1, j
}

// compoundHyphen reports whether token k is a hyphen glued to the tokens
// on both sides, joining the words of a compound: "three-day",
// "third-quarter".
func (s *scanner) compoundHyphen(k int) bool {
	return s.isPunct(k, "-") && s.glued(k) && s.glued(k+1)
}

// enNth reads an ordinal and what it counts: "first quarter of 2026", "3rd
// qtr", "the second half", "first Monday of March", "last Friday in
// October", "third week of 2018", "first of March", "20th day of next
// month". The month or year is the next atom.
func (s *scanner) enNth(j int, acc *dspec) (dspec, int, bool) {
	n, k, ok := s.enNthNumber(j)
	if !ok {
		return dspec{}, j, false
	}
	// "third-quarter exports", "first-half profit": the compound
	// adjective names the period too.
	hyphen := s.compoundHyphen(k)
	if hyphen {
		k++
	}
	w := s.dw(k)
	if s.tok(k).kind != tWord || acc.hasDate() && w.cues&(dcOf|dcDay) == 0 ||
		hyphen && w.period != GrainQuarter && w.cues&dcHalf == 0 {
		return dspec{}, j, false
	}
	if w.weekday != 0 && n != 0 && n <= 5 {
		next := k + 1
		if w.form&fWeekdayFull == 0 && s.isPunct(next, ".") {
			next++
		}
		if !s.cue(next, dcOf|dcIn) {
			return dspec{}, j, false
		}
		return dspec{wd: int(w.weekday), nth: n, strong: true}, next, true
	}
	if a, next, ok := s.enNthOf(n, k, w); ok {
		return a, next, true
	}
	return dspec{}, j, false
}

// enNthNumber reads the ordinal of enNth at token j: "first", "3rd",
// "twenty fourth"; "last" is -1. It returns the token after it.
func (s *scanner) enNthNumber(j int) (int, int, bool) {
	t := s.tok(j)
	switch t.kind {
	case tWord:
		if v, next, ok := s.enDayWords(j); ok {
			return v, next, true
		}
		if s.cue(j, dcLast) {
			if w := s.dw(j + 1); w.period == GrainQuarter && w.form&fPeriodPlural == 0 || w.cues&dcHalf != 0 {
				return 0, j, false // "last quarter" is the one before this
			}
			return -1, j + 1, true
		}
	case tNum:
		v, nd := s.intAt(j)
		suf := s.tok(j + 1)
		if nd <= 2 && suf.kind == tWord && s.glued(j+1) && s.ordinalSuffixOK(t.low, suf.low) {
			return v, j + 2, true
		}
	}
	return 0, j, false
}

// enNthOf reads what the n-th counts at token k (w its record): a
// quarter, a half, a week, a month, a day, or the day of a month ("first
// of March").
func (s *scanner) enNthOf(n, k int, w *dateWord) (dspec, int, bool) {
	one := w.form&fPeriodPlural == 0
	switch {
	case w.period == GrainQuarter && one:
		if n < 0 {
			n = 4
		}
		if n >= 1 && n <= 4 {
			return dspec{q: n, strong: true, yearOK: true}, k + 1, true
		}
	case w.cues&dcHalf != 0:
		if n < 0 {
			n = 2
		}
		if n >= 1 && n <= 2 && !s.halfOfMatch(k+1) {
			return dspec{half: n, strong: true, yearOK: true}, k + 1, true
		}
	case w.period == GrainWeek && one:
		if n != 0 && n <= 5 && s.cue(k+1, dcOf|dcIn) {
			return dspec{nth: n}, k + 1, true
		}
	case w.period == GrainMonth && one:
		// "the third month of 2021", "the 9th month of next year".
		if n >= 1 && n <= 12 && s.cue(k+1, dcOf) {
			return dspec{m: n, strong: true}, k + 1, true
		}
	case w.cues&dcDay != 0:
		if n == 0 || !s.cue(k+1, dcOf|dcIn) {
			break
		}
		if m, y, next, ok := s.enLunarMonth(k + 2); ok && n >= 1 && n <= 30 && s.cue(k+1, dcOf) {
			// "the 10th day of the third lunar month", "the sixth day of Tet".
			return dspec{d: n, m: m, y: y, lunar: true, strong: true, yearOK: y == 0}, next, true
		}
		if n < 0 {
			n = lastDay
		}
		if !s.monthAfter(k + 2) {
			break // "their first day of trading", "the second day of the festival"
		}
		return dspec{d: n, strong: true, yearOK: true}, k + 1, true
	case w.cues&dcOf != 0:
		// "first of March", "20th of the next month".
		if n < 1 || n > 31 || !s.monthAfter(k+1) {
			break
		}
		return dspec{d: n, strong: true, yearOK: true}, k, true
	}
	return dspec{}, k, false
}

// monthAfter reports a month at token k, maybe after an article: "March",
// "the month", "the next month", "this month".
func (s *scanner) monthAfter(k int) bool {
	if s.cue(k, dcArticle) {
		k++
	}
	if w := s.dw(k); w.month != 0 || w.period == GrainMonth && w.form&fPeriodPlural == 0 {
		return true
	}
	_, _, ok := lookup(s, k, 2, s.dates().relWords)
	return ok
}

// enWordClock reads a time of day in words: "at three twenty", "ten
// thirty am", "half past three", "a quarter past 3pm", "eight tonight".
func (s *scanner) enWordClock(j int, acc *dspec) (dspec, int, bool) {
	t := s.tok(j)
	if t.kind != tWord {
		return dspec{}, j, false
	}
	// "half past three", "a quarter past noon", "20 minutes past 3pm".
	if min, k, ok := s.cueAt(j, 2, roleClockFraction); ok {
		return s.enClockFraction(j, k, min)
	}
	h, ok := s.lang.small.get(t.low)
	if !ok || h < 1 || h > 12 {
		return dspec{}, j, false
	}
	a := dspec{hour: h, hasTime: true, strong: true}
	k := j + 1
	// Minutes in words: "thirty", "fifteen", "forty five", "o three".
	if m, next, ok := s.enMinuteWords(k); ok {
		a.min, a.hasMin = m, true
		k = next
	}
	if p, next, ok := s.ampm(k); ok {
		a.ampm = p
		return a, next, true
	}
	if _, next, ok := s.cueAt(k, 3, roleOClock); ok {
		return a, next, true
	}
	if s.cue(j-1, dcAt) && (a.hasMin || acc.hasDate() || acc.part != noPart || s.partAhead(k)) {
		return a, k, true
	}
	if s.partAhead(k) {
		return a, k, true
	}
	return dspec{}, j, false
}

// enClockFraction reads the rest of "half past three", "a quarter to
// five" after the part of the hour (min minutes) that ends at token k.
func (s *scanner) enClockFraction(j, k, min int) (dspec, int, bool) {
	to := false
	switch {
	case s.cue(k, dcClockPast):
	case s.cue(k, dcClockTo):
		to = true
	default:
		return dspec{}, j, false
	}
	var acc2 dspec
	h, next, ok := s.hourAfter(k+1, &acc2)
	if !ok {
		return dspec{}, j, false
	}
	if to {
		h.hour--
		if h.hour < 0 {
			h.hour = 23
		}
		min = 60 - min
	}
	h.min, h.hasMin = min, true
	return h, next, true
}

// hourAfter reads the hour after "past" or "to": "three", "3pm", "noon".
func (s *scanner) hourAfter(k int, acc *dspec) (dspec, int, bool) {
	t := s.tok(k)
	if t.kind == tWord {
		if h, next, ok := s.cueAt(k, 1, roleNamedHour); ok {
			return dspec{hour: h, hasTime: true, strong: true}, next, true
		}
		h, ok := s.lang.small.get(t.low)
		if !ok || h < 1 || h > 12 {
			return dspec{}, k, false
		}
		a := dspec{hour: h, hasTime: true, strong: true}
		next := k + 1
		if p, n2, ok := s.ampm(next); ok {
			a.ampm, next = p, n2
		}
		return a, next, true
	}
	h, n := s.intAt(k)
	if n == 0 || n > 2 || h > 24 {
		return dspec{}, k, false
	}
	a := dspec{hour: h, hasTime: true, strong: true}
	next := k + 1
	if s.cue(next, dcHourLetter) && s.glued(next) {
		next++
	}
	if p, n2, ok := s.ampm(next); ok {
		a.ampm, next = p, n2
	}
	return a, next, true
}

// enMinuteWords reads minutes in words after an hour: "thirty", "fifteen",
// "forty five", "twenty-three", "o three", "oh three".
func (s *scanner) enMinuteWords(k int) (int, int, bool) {
	t := s.tok(k)
	if t.kind != tWord {
		return 0, k, false
	}
	if s.cue(k, dcMinuteZero) {
		if s.isPunct(k+1, "'") {
			return 0, k, false
		}
		if v, ok := s.lang.small.get(s.tok(k + 1).low); ok && v >= 1 && v <= 9 {
			return v, k + 2, true
		}
		return 0, k, false
	}
	if v, ok := s.lang.small.get(t.low); ok && v >= 10 && v <= 19 {
		return v, k + 1, true
	}
	if v, ok := s.lang.tens.get(t.low); ok && v >= 20 && v <= 50 {
		n := k + 1
		if s.isPunct(n, "-") && s.glued(n) {
			n++
		}
		if u, ok := s.lang.small.get(s.tok(n).low); ok && u >= 1 && u <= 9 && s.tok(n).kind == tWord {
			return v + u, n + 1, true
		}
		return v, k + 1, true
	}
	return 0, k, false
}
