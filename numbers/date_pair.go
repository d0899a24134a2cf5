package numbers

// Two days of one month joined by "and" or a comma: "25 và 26/6", "ngày
// 25, 26/6", "June 25 and 26". One end states the month, the other only
// its day. Two consecutive days are a range, as "June 25-26" is; two days
// apart are a list, and the end that lacks the month takes it from the
// other ("25 và 27/6" is 25/6 and 27/6; "June 25 and 27" is June 25 and
// June 27), but never a range.

// dayPair reads the pair that begins with the end first, which ends before
// token e1, at token j. It returns a DateRange of two consecutive days, or
// the first day alone as a Date that took its month from the second (the
// second is read on its own after it).
func (s *scanner) dayPair(j int, first rend, e1 int, f pflags) (Mention, int, bool) {
	comma := s.isPunct(e1, ",")
	if !comma && !s.cue(e1, dcAnd) {
		return Mention{}, j, false
	}
	second, e2, ok := s.dateRangeEnd(e1+1, f|pfRange|pfCtx|pfSep, false)
	if !ok || second.now || s.numberContinues(e2-1) {
		return Mention{}, j, false
	}
	switch {
	case dayAlone(first) && second.bare == 0 && dayOfMonth(&second.sp):
		if first.bare != 0 && !s.dateContextBefore(j) {
			return Mention{}, j, false // "1 và 2/3": no date word, a fraction may be meant
		}
		return s.dayBeforeMonth(j, first, second, e1, e2)
	case !comma && first.bare == 0 && (dayOfMonth(&first.sp) || dayAlone(first)) && second.bare != 0 && second.nb <= 2:
		// "June 25 and 26", "ngày 15 và 16"; not "June 25 and 26
		// people", and a comma ("June 25, 26 people") lists no day.
		if second.bare != first.sp.d+1 || !dayFits(first.sp.y, first.sp.m, second.bare) {
			return Mention{}, j, false
		}
		if _, _, unit := s.unit(e2); unit {
			return Mention{}, j, false
		}
		b := first
		b.sp.d = second.bare
		return s.pairRange(j, first, b, e2)
	case !comma && first.bare == 0 && second.bare == 0 && nextDayOf(&first.sp, &second.sp):
		// "22/8 và 23/8", "Aug. 22 and Aug. 23": each end states its
		// month, and two consecutive days are a range all the same.
		return s.pairRange(j, first, second, e2)
	case first.bare == 0 && second.bare == 0 && lacksYear(&first.sp) && givesYear(&second.sp) && monthDayBefore(&first.sp, &second.sp):
		// "May and October last year", "tháng 5 và tháng 10/2025": the
		// first takes the year of the second, which is read on its own.
		// Not "4/5 and January next year": a list goes forward in time.
		a := first.sp
		a.y, a.rel = second.sp.y, second.sp.rel
		m, ok := s.dateMention(a)
		if !ok {
			return Mention{}, j, false
		}
		s.span(&m, j, e1)
		return m, e1, true
	}
	return Mention{}, j, false
}

// nextDayOf reports whether a and b each state a day and its month (and
// maybe a year), b the day after a in the same month and year.
func nextDayOf(a, b *dspec) bool {
	return dayOfMonth(a) && dayOfMonth(b) && a.y == b.y && a.m == b.m && b.d == a.d+1
}

// lacksYear reports whether sp states a month, or a day and its month,
// and nothing else: no year, which another date may give it.
func lacksYear(sp *dspec) bool {
	return sp.m != 0 && sp.y == 0 && plainDay(sp)
}

// monthDayBefore reports whether the month and day of a come before those of b
// in a year.
func monthDayBefore(a, b *dspec) bool {
	return a.m < b.m || a.m == b.m && a.d != 0 && b.d != 0 && a.d < b.d
}

// givesYear reports whether sp states a month, or a day and its month,
// in a year it names or counts from the reference ("last year"), and no
// other period: a date whose year a list of dates shares.
func givesYear(sp *dspec) bool {
	year := sp.y != 0 && sp.rel.unit == NoGrain || sp.y == 0 && sp.rel.unit == GrainYear
	return sp.m != 0 && year && sp.wd == 0 && !sp.hasTime && sp.part == noPart &&
		sp.q == 0 && sp.half == 0 && sp.week == 0 && sp.nth == 0 && !sp.weekOf
}

// dayBeforeMonth reads "25 và 26/6", whose first end a is a day alone and
// whose second end b, ending before token e2, is a day and month; a ends
// before token e1.
func (s *scanner) dayBeforeMonth(j int, a, b rend, e1, e2 int) (Mention, int, bool) {
	d := a.bare
	if d == 0 {
		d = a.sp.d
	}
	if d >= b.sp.d || !validDay(b.sp.y, b.sp.m, d) {
		return Mention{}, j, false // "30 và 1/7" crosses a month
	}
	a.sp, a.bare = b.sp, 0
	a.sp.d = d
	if d+1 == b.sp.d {
		return s.pairRange(j, a, b, e2)
	}
	m, ok := s.dateMention(a.sp)
	if !ok {
		return Mention{}, j, false
	}
	s.span(&m, j, e1)
	return m, e1, true
}

// pairRange makes the DateRange of the two days a and b, spanning tokens
// j to e2.
func (s *scanner) pairRange(j int, a, b rend, e2 int) (Mention, int, bool) {
	m, ok := s.rangeOfEnds(a, b)
	if !ok {
		return Mention{}, j, false
	}
	s.span(&m, j, e2)
	return m, e2, true
}

// dayFits reports whether d is a day of month m of year y, or of any
// month when m is 0.
func dayFits(y, m, d int) bool {
	if m == 0 {
		return d >= 1 && d <= 31
	}
	return validDay(y, m, d)
}

// dayAlone reports whether the end e states a day of the month and
// nothing else: a bare number of one or two digits up to 31, or "ngày 25".
func dayAlone(e rend) bool {
	if e.bare != 0 {
		return e.nb <= 2 && e.bare <= 31
	}
	sp := &e.sp
	return sp.d != 0 && sp.m == 0 && sp.y == 0 && plainDay(sp)
}

// dayOfMonth reports whether sp states a day and its month (and maybe a
// year), and nothing else: "26/6", "June 25", "26/6/2025".
func dayOfMonth(sp *dspec) bool {
	return sp.d != 0 && sp.m != 0 && plainDay(sp)
}

// plainDay reports whether sp holds no weekday, time, part of the day or
// period besides its calendar fields.
func plainDay(sp *dspec) bool {
	return sp.wd == 0 && !sp.hasTime && sp.part == noPart && sp.rel.unit == NoGrain &&
		sp.q == 0 && sp.half == 0 && sp.week == 0 && sp.nth == 0 && !sp.weekOf && sp.pp == WholePeriod
}

// listedDay reads a bare day at token i after "and" and a date of a day:
// "27" in "June 25 and 27" is June 27, the second date of a list, and
// "20" in "ngày 15 và 20" a day of the same month as the 15th (two
// consecutive days are a range, which dayPair reads). Not before a noun
// ("June 25 and 27 people"), nor a day before the first. It writes the
// date into out only when it reads one, as the rules of at do.
func (s *scanner) listedDay(i int, out *Mention) (int, bool) {
	if len(s.out) == 0 || i < 2 || !s.cue(i-1, dcAnd) {
		return i, false
	}
	prev := &s.out[len(s.out)-1]
	p := prev.Date.Point
	if prev.Kind != Date || prev.End != s.toks[i-2].end || p.Grain != GrainDay || p.Day == 0 || prev.Qualifier != Exact {
		return i, false
	}
	d, n := s.intAt(i)
	next := i + 1
	if suf := s.tok(next); suf.kind == tWord && s.glued(next) && s.ordinalSuffixOK(s.tok(i).low, suf.low) {
		next++ // "June 25th and 27th"
	}
	if n == 0 || n > 2 || d <= int(p.Day)+1 || !dayFits(int(p.Year), int(p.Month), d) || s.numberContinues(i) {
		return i, false
	}
	if _, _, unit := s.unit(next); unit {
		return i, false
	}
	m, ok := s.dateMention(dspec{y: int(p.Year), m: int(p.Month), d: d, strong: true})
	if !ok {
		return i, false
	}
	s.span(&m, i, next)
	*out = m
	return next, true
}
