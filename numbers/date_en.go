package numbers

import "time"

// enWordAtom reads an English date atom that starts with a word.
func (s *scanner) enWordAtom(j int, acc *dspec, f pflags) (dspec, int, bool) {
	t := s.tok(j)
	bits := s.dbits(j)
	if bits&dbFirst == 0 {
		return dspec{}, j, false
	}
	if bits&dbRelDay != 0 {
		if r, next, ok := lookup(s, j, 6, enRelDays); ok {
			// "the day after" and "the day before" only as a whole phrase.
			if (r.n == 1 || r.n == -1) && s.isWord(next, "day") {
				return dspec{}, j, false
			}
			a := dspec{rel: rel{GrainDay, r.n}, part: r.part, strong: true}
			return a, next, true
		}
	}
	if bits&dbMonth != 0 {
		return s.enMonthPhrase(j, acc, f)
	}
	if bits&dbWeekday != 0 {
		return s.enWeekday(j, enWeekdays[t.low], acc, f)
	}
	if t.low == "last" || t.low == "final" {
		// "last Monday of March", "last week of 2016", "last day of October".
		if a, next, ok := s.enNth(j, acc); ok {
			return a, next, true
		}
	}
	if bits&dbRelWord != 0 {
		if n, next, ok := lookup(s, j, 2, enRelWords); ok {
			if a, next2, ok := s.enRelative(j, n, next); ok {
				return a, next2, true
			}
		}
	}
	switch t.low {
	case "noon", "midday":
		return dspec{hasTime: true, hour: 12, h24: true, strong: true}, j + 1, true
	case "midnight":
		return dspec{hasTime: true, hour: 0, h24: true, strong: true}, j + 1, true
	case "q":
		// "Q1 2026", "q3 of 2018".
		v, n := s.intAt(j + 1)
		if n == 1 && v >= 1 && v <= 4 && s.glued(j+1) {
			return dspec{q: v, strong: true, yearOK: true}, j + 2, true
		}
	case "h":
		v, n := s.intAt(j + 1)
		if n == 1 && (v == 1 || v == 2) && s.glued(j+1) && s.toks[j].upper {
			return dspec{half: v, strong: true, yearOK: true}, j + 2, true
		}
	case "year":
		// "year 2008", "the year 2008".
		if y, n := s.intAt(j + 1); n == 4 && y >= 1000 && y <= 2999 {
			return dspec{y: y, strong: true}, j + 2, true
		}
		if s.isWord(j-1, "the") && (acc.nth != 0 || acc.m != 0 || acc.q != 0 || acc.half != 0) && acc.y == 0 {
			return dspec{rel: rel{GrainYear, 0}, strong: true}, j + 1, true
		}
	case "month":
		// "the first Monday of the month", "the 20th of the month".
		if (s.isWord(j-1, "the") || s.isWord(j-1, "this")) && (acc.nth != 0 || acc.d != 0) && acc.m == 0 {
			return dspec{rel: rel{GrainMonth, 0}, strong: true}, j + 1, true
		}
	case "week":
		if w, n := s.intAt(j + 1); n > 0 && n <= 2 && w >= 1 && w <= 53 && !s.numberContinues(j+1) {
			a := dspec{week: w, strong: true}
			return a, j + 2, true
		}
		if acc.d == 0 && !acc.hasDate() {
			// "the week of April 10th", "the week beginning February 4":
			// the week that holds the date.
			switch s.tok(j + 1).low {
			case "of", "commencing":
				return dspec{weekOf: true}, j + 2, true
			case "beginning", "starting":
				if s.isWord(j+2, "on") {
					return dspec{weekOf: true}, j + 3, true
				}
				return dspec{weekOf: true}, j + 2, true
			}
		}
	case "early", "mid", "late", "beginning", "end", "middle", "start", "eom", "bom", "eoy", "boy", "mid-":
		if t.low == "mid" && s.isWord(j+1, "day") {
			return dspec{hasTime: true, hour: 12, h24: true, strong: true}, j + 2, true
		}
		return s.enPartOf(j, acc, f)
	case "the":
		if s.isWord(j+1, "end") || s.isWord(j+1, "beginning") || s.isWord(j+1, "middle") || s.isWord(j+1, "start") {
			return s.enPartOf(j+1, acc, f)
		}
	}
	// "first quarter of 2026", "the second half", "first Monday of March",
	// "third week of 2018", "first of March".
	if a, next, ok := s.enNth(j, acc); ok {
		return a, next, true
	}
	// "Tuesday the eleventh", "monday the twenty seventh".
	if acc.wd != 0 && acc.d == 0 && s.isWord(j-1, "the") {
		if v, next, ok := s.enDayWords(j); ok {
			return dspec{d: v, strong: true, yearOK: true}, next, true
		}
	}
	// A year in words: "in nineteen ninety six", "August two thousand and fifteen".
	if bits&dbNumber != 0 && (acc.yearOK && acc.y == 0 || s.isWord(j-1, "in") && !acc.hasDate()) {
		if y, next, ok := s.enYearWords(j); ok && (acc.yearOK || y >= 1000) {
			return dspec{y: y, strong: true}, next, true
		}
	}
	// A part of the day: "in the morning", "tonight". It names no date alone.
	if bits&dbDayPart != 0 {
		if p, next, ok := lookup(s, j, 7, enDayParts); ok {
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

// enMonthPhrase reads an English month with its day and year: "January 30",
// "Jan. 30, 2026", "March first", "Feb13", "Oct/2", "Sep-23-2020",
// "October 2014", "Dec/2018", "March".
func (s *scanner) enMonthPhrase(j int, acc *dspec, f pflags) (dspec, int, bool) {
	m, k, _ := s.enMonthAt(j)
	t := s.toks[j]
	a := dspec{m: m, strong: true, yearOK: true}
	sep := ""
	if s.isPunct(k, "/") || s.isPunct(k, "-") && s.glued(k) {
		sep = s.tok(k).low
	}
	dk := k
	if sep != "" {
		dk++
	}
	if s.isWord(dk, "the") && sep == "" {
		dk++
	}
	// The day.
	if v, n := s.intAt(dk); n > 0 && n <= 2 && v >= 1 && v <= 31 && acc.d == 0 {
		e := dk + 1
		if suf := s.tok(e); suf.kind == tWord && s.glued(e) && ordinalSuffixOK(s.tok(dk).low, suf.low) {
			e++
		} else if suf.kind == tWord && s.glued(e) && (suf.low == "th" || suf.low == "st" || suf.low == "nd" || suf.low == "rd") {
			e++ // "Feb 2th": a slip of the pen, still a day
		}
		nt := s.tok(e)
		if !(nt.kind == tPunct && nt.low == ":" || s.ampmAhead(e) || nt.kind == tWord && (nt.low == "h" || nt.low == "oclock") && s.glued(e)) {
			if validDay(0, m, v) {
				a.d = v
				k = e
				// The year: "Sep-23-2020", "Jan. 30, 2026", "march 3 2015".
				if sep != "" && s.isPunct(k, sep) {
					if y, ny := s.intAt(k + 1); ny == 4 {
						a.y = y
						k += 2
					}
				}
				return a, k, true
			}
		}
	}
	if sep == "" && acc.d == 0 {
		if v, next, ok := s.enDayWords(dk); ok && validDay(0, m, v) {
			a.d = v
			return a, next, true
		}
	}
	// "Dec/2018", "Dec-2018", "October 2014", "Dec, 2018", "june of 1992".
	yk := k
	if sep != "" {
		yk++
	} else if s.isPunct(yk, ",") || s.isWord(yk, "of") {
		yk++
	}
	if y, ny := s.intAt(yk); ny == 4 && y >= 1000 && y <= 2999 && !s.numberContinues(yk) {
		a.y = y
		return a, yk + 1, true
	}
	// A month alone: written out and capitalised, or after a preposition;
	// "may" before a verb is the verb ("This may take longer").
	if t.low == "may" {
		if n := s.tok(k); n.kind == tWord {
			switch n.low {
			case "and", "to", "through", "till", "until", "of", "in", "this", "next", "last":
			default:
				return dspec{}, j, false
			}
		}
	}
	if acc.hasDate() || f&pfRange != 0 || s.monthPrep(j) {
		return a, k, true
	}
	if enMonthFull[t.low] && t.low != "may" && t.upper {
		return a, k, true
	}
	if t.low == "may" && t.upper && len(s.toks) == 1 {
		return a, k, true
	}
	return dspec{}, j, false
}

// monthPrep reports whether a word that takes a month comes before token j:
// "in March", "since August", "next March".
func (s *scanner) monthPrep(j int) bool {
	p := s.tok(j - 1)
	if p.kind != tWord {
		return false
	}
	switch p.low {
	case "in", "since", "until", "till", "during", "by", "of", "from", "to", "through", "thru",
		"before", "after", "early", "late", "mid", "next", "last", "this", "coming", "past",
		"throughout", "between", "and", "or", "for", "previous", "beginning", "end":
		return true
	}
	return false
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
		if v, ok := enSmall[u.low]; ok && v >= 1 && v <= 9 && tens+v <= 31 {
			return tens + v, n + 1, true
		}
	}
	return 0, k, false
}

// enWeekday reads a weekday name: "Friday", "fri.", "Thu".
func (s *scanner) enWeekday(j int, w time.Weekday, acc *dspec, f pflags) (dspec, int, bool) {
	t := s.toks[j]
	k := j + 1
	if !enWeekdayFull[t.low] {
		if s.isPunct(k, ".") && s.glued(k) {
			k++
		} else if !(acc.hasDate() || acc.hasTime || s.weekdayNear(k) || s.isWord(j-1, "on") || s.isWord(j-1, "next") || s.isWord(j-1, "last") || s.isWord(j-1, "this")) {
			return dspec{}, j, false
		}
		if t.low == "sun" || t.low == "sat" || t.low == "wed" {
			// "students sat the exam": the verb.
			n := s.tok(k)
			near := n.kind == tNum || n.kind == tPunct && (n.low == "," || n.low == "(") || s.dbits(k)&dbMonth != 0
			if !t.upper && !near && !s.isWord(j-1, "on") {
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
	t := s.tok(k)
	switch t.kind {
	case tNum:
		return true
	case tWord:
		if _, ok := enMonths[t.low]; ok {
			return true
		}
		switch t.low {
		case "at", "the", "morning", "afternoon", "evening", "night", "next", "this", "last", "of":
			return true
		}
	}
	return false
}

// enRelative reads what follows a relative word ("this", "next", "last"):
// a period ("next week"), a weekday ("next Tuesday"), a month
// ("next March"). n is the offset, k the token after the word.
func (s *scanner) enRelative(j, n, k int) (dspec, int, bool) {
	w := s.tok(k)
	if w.kind != tWord {
		return dspec{}, j, false
	}
	first := s.toks[j].low
	if first == "the" {
		first = s.tok(j + 1).low
	}
	if g, ok := enDates.periods[w.low]; ok && (w.low == "week" || w.low == "month" || w.low == "year" || w.low == "quarter" || w.low == "yr" || w.low == "qtr" || w.low == "wk") {
		next := k + 1
		// "the week after next".
		if s.isWord(next, "after") && s.isWord(next+1, "next") {
			n++
			next += 2
		}
		// "next year's first quarter"? keep the year.
		return dspec{rel: rel{g, n}, strong: true}, next, true
	}
	if wd, ok := enWeekdays[w.low]; ok {
		next := k + 1
		if !enWeekdayFull[w.low] && s.isPunct(next, ".") && s.glued(next) {
			next++
		}
		a := dspec{wd: wdOf(wd), strong: true}
		switch first {
		case "next", "following":
			a.rel = rel{GrainWeek, 1}
		case "last", "previous":
			a.rel = rel{GrainWeek, -1}
		case "this", "current":
			a.rel = rel{GrainWeek, 0}
			if s.isWord(j+1, "past") {
				a.rel, a.dir = rel{}, -1
			} else if s.isWord(j+1, "coming") || s.isWord(j+1, "upcoming") {
				a.rel, a.dir = rel{}, 1
			}
		case "past":
			a.dir = -1
		case "coming", "upcoming":
			a.dir = 1
		default:
			return dspec{}, j, false
		}
		return a, next, true
	}
	if m, next, ok := s.enMonthAt(k); ok {
		if w.low == "may" && s.tok(next).kind == tWord {
			return dspec{}, j, false // "this may take longer"
		}
		a := dspec{m: m, strong: true}
		switch first {
		case "next", "following", "coming", "upcoming":
			a.dir = 1
		case "last", "previous", "past":
			a.dir = -1
		}
		if s.isWord(next, "after") && s.isWord(next+1, "next") {
			return dspec{}, j, false
		}
		return a, next, true
	}
	return dspec{}, j, false
}

// enPartOf reads "early 2026", "late March", "mid-November", "the end of
// the month", "beginning of 2017", "EOY" at token j.
func (s *scanner) enPartOf(j int, acc *dspec, f pflags) (dspec, int, bool) {
	w := s.toks[j].low
	var pp Part
	k := j + 1
	switch w {
	case "early", "beginning", "start", "bom", "boy":
		pp = Early
	case "mid", "middle", "mid-":
		pp = Mid
	case "late", "end", "eom", "eoy":
		pp = Late
	}
	switch w {
	case "eom", "bom":
		return dspec{rel: rel{GrainMonth, 0}, pp: pp, strong: true}, k, true
	case "eoy", "boy":
		return dspec{rel: rel{GrainYear, 0}, pp: pp, strong: true}, k, true
	case "beginning", "end", "middle", "start":
		if !s.isWord(k, "of") {
			return dspec{}, j, false
		}
		k++
		if s.isWord(k, "the") {
			k++
			if g, ok := enDates.periods[s.tok(k).low]; ok && (g == GrainMonth || g == GrainYear || g == GrainWeek || g == GrainQuarter) && !s.isWord(k+1, "after") {
				return dspec{rel: rel{g, 0}, pp: pp, strong: true}, k + 1, true
			}
		}
		if g, ok := enDates.periods[s.tok(k).low]; ok && (g == GrainMonth || g == GrainYear) && s.tok(k).low != "months" && s.tok(k).low != "years" {
			return dspec{rel: rel{g, 0}, pp: pp, strong: true}, k + 1, true
		}
	default:
		if s.isPunct(k, "-") && s.glued(k) {
			k++
		}
		if w == "early" || w == "late" || w == "mid" {
			if s.isWord(k, "in") && s.isWord(k+1, "the") {
				return dspec{}, j, false
			}
		}
	}
	var acc2 dspec
	a, next, ok := s.atom(k, &acc2, f|pfRange)
	if !ok || a.pp != WholePeriod {
		return dspec{}, j, false
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
	hi, ok := enSmall[t.low]
	if !ok || hi < 10 {
		if t.low != "twenty" {
			if n, ok := s.parseWordsEN(k); ok {
				if v, ok := n.val.Int64(); ok && v >= 1000 && v <= 2999 && n.val.Exp() >= 0 && (s.isWord(k+1, "thousand")) {
					return int(v), n.next, true
				}
			}
			return 0, k, false
		}
		hi = 20
	}
	j := k + 1
	if s.isWord(j, "hundred") {
		// "seventeen hundred thirty three": the number reads it.
		if n, ok := s.parseWordsEN(k); ok {
			if v, ok := n.val.Int64(); ok && v >= 1000 && v <= 2999 {
				return int(v), n.next, true
			}
		}
		return 0, k, false
	}
	lo := -1
	u := s.tok(j)
	if u.kind == tWord {
		if v, ok := enTens[u.low]; ok {
			lo = v
			j++
			n := j
			if s.isPunct(n, "-") && s.glued(n) {
				n++
			}
			if d, ok := enSmall[s.tok(n).low]; ok && d >= 1 && d <= 9 && s.tok(n).kind == tWord {
				lo += d
				j = n + 1
			}
		} else if v, ok := enSmall[u.low]; ok && v >= 10 {
			lo = v
			j++
		} else if (u.low == "oh" || u.low == "o") && !s.isPunct(j+1, "'") {
			if d, ok := enSmall[s.tok(j+1).low]; ok && d >= 1 && d <= 9 {
				lo = d
				j += 2
			}
		}
	}
	if lo < 0 {
		return 0, k, false
	}
	return hi*100 + lo, j, true
}

// enNth reads an ordinal and what it counts: "first quarter of 2026", "3rd
// qtr", "the second half", "first Monday of March", "last Friday in
// October", "third week of 2018", "first of March", "20th day of next
// month". The month or year is the next atom.
func (s *scanner) enNth(j int, acc *dspec) (dspec, int, bool) {
	t := s.tok(j)
	n, k := 0, j+1
	switch t.kind {
	case tWord:
		if v, next, ok := s.enDayWords(j); ok {
			n, k = v, next
		} else if t.low == "last" || t.low == "final" {
			n = -1
			if w := s.tok(k).low; w == "quarter" || w == "qtr" || w == "half" {
				return dspec{}, j, false // "last quarter" is the one before this
			}
		} else {
			return dspec{}, j, false
		}
	case tNum:
		v, nd := s.intAt(j)
		suf := s.tok(j + 1)
		if nd > 2 || suf.kind != tWord || !s.glued(j+1) || !ordinalSuffixOK(t.low, suf.low) {
			return dspec{}, j, false
		}
		n, k = v, j+2
	default:
		return dspec{}, j, false
	}
	w := s.tok(k)
	if w.kind != tWord || acc.hasDate() && w.low != "of" && w.low != "day" {
		return dspec{}, j, false
	}
	if wd, ok := enWeekdays[w.low]; ok && n != 0 && n <= 5 {
		next := k + 1
		if !enWeekdayFull[w.low] && s.isPunct(next, ".") {
			next++
		}
		if !s.isWord(next, "of") && !s.isWord(next, "in") {
			return dspec{}, j, false
		}
		return dspec{wd: wdOf(wd), nth: n, strong: true}, next, true
	}
	switch w.low {
	case "quarter", "qtr":
		if n < 0 {
			n = 4
		}
		if n < 1 || n > 4 {
			return dspec{}, j, false
		}
		return dspec{q: n, strong: true, yearOK: true}, k + 1, true
	case "half":
		if n < 0 {
			n = 2
		}
		if n < 1 || n > 2 || s.halfOfMatch(k+1) {
			return dspec{}, j, false
		}
		return dspec{half: n, strong: true, yearOK: true}, k + 1, true
	case "week", "wk":
		if n == 0 || n > 5 || !s.isWord(k+1, "of") && !s.isWord(k+1, "in") {
			return dspec{}, j, false
		}
		return dspec{nth: n}, k + 1, true
	case "month":
		// "the third month of 2021", "the 9th month of next year".
		if n < 1 || n > 12 || !s.isWord(k+1, "of") {
			return dspec{}, j, false
		}
		return dspec{m: n, strong: true}, k + 1, true
	case "day":
		if n == 0 || !s.isWord(k+1, "of") && !s.isWord(k+1, "in") {
			return dspec{}, j, false
		}
		if n < 0 {
			n = lastDay
		}
		return dspec{d: n, strong: true, yearOK: true}, k + 1, true
	case "of":
		// "first of March", "20th of the next month".
		if n < 1 || n > 31 {
			return dspec{}, j, false
		}
		nx := k + 1
		if s.isWord(nx, "the") {
			nx++
		}
		if _, ok := enMonths[s.tok(nx).low]; ok {
			return dspec{d: n, strong: true, yearOK: true}, k, true
		}
		if _, _, ok := lookup(s, nx, 2, enRelWords); ok {
			return dspec{d: n, strong: true, yearOK: true}, k, true
		}
	}
	return dspec{}, j, false
}

// enWordClock reads a time of day in words: "at three twenty", "ten
// thirty am", "half past three", "a quarter past 3pm", "eight tonight".
func (s *scanner) enWordClock(j int, acc *dspec) (dspec, int, bool) {
	t := s.tok(j)
	if t.kind != tWord {
		return dspec{}, j, false
	}
	// "half past three", "a quarter past noon", "20 minutes past 3pm".
	switch t.low {
	case "half", "quarter", "a":
		k := j
		if t.low == "a" {
			k++
			if !s.isWord(k, "quarter") {
				return dspec{}, j, false
			}
		}
		min := 30
		if s.isWord(k, "quarter") {
			min = 15
		}
		k++
		to := false
		switch {
		case s.isWord(k, "past") || s.isWord(k, "after"):
		case s.isWord(k, "to") || s.isWord(k, "before") || s.isWord(k, "till"):
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
	h, ok := enSmall[t.low]
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
	if s.isWord(k, "o") && s.isPunct(k+1, "'") && s.isWord(k+2, "clock") {
		k += 3
		return a, k, true
	}
	if s.isWord(k, "oclock") {
		return a, k + 1, true
	}
	if s.isWord(j-1, "at") && (a.hasMin || acc.hasDate() || acc.part != noPart || s.partAhead(k)) {
		return a, k, true
	}
	if s.partAhead(k) {
		return a, k, true
	}
	return dspec{}, j, false
}

// hourAfter reads the hour after "past" or "to": "three", "3pm", "noon".
func (s *scanner) hourAfter(k int, acc *dspec) (dspec, int, bool) {
	t := s.tok(k)
	if t.kind == tWord {
		switch t.low {
		case "noon", "midday":
			return dspec{hour: 12, hasTime: true, strong: true}, k + 1, true
		case "midnight":
			return dspec{hour: 0, hasTime: true, strong: true}, k + 1, true
		}
		h, ok := enSmall[t.low]
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
	if s.isWord(next, "h") && s.glued(next) {
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
	if t.low == "o" || t.low == "oh" || t.low == "ou" || t.low == "zero" {
		if s.isPunct(k+1, "'") {
			return 0, k, false
		}
		if v, ok := enSmall[s.tok(k+1).low]; ok && v >= 1 && v <= 9 {
			return v, k + 2, true
		}
		return 0, k, false
	}
	if v, ok := enSmall[t.low]; ok && v >= 10 && v <= 19 {
		return v, k + 1, true
	}
	if v, ok := enTens[t.low]; ok && v >= 20 && v <= 50 {
		n := k + 1
		if s.isPunct(n, "-") && s.glued(n) {
			n++
		}
		if u, ok := enSmall[s.tok(n).low]; ok && u >= 1 && u <= 9 && s.tok(n).kind == tWord {
			return v + u, n + 1, true
		}
		return v, k + 1, true
	}
	return 0, k, false
}
