package numbers

// Two days of one month joined by "and" or a comma: "25 và 26/6", "ngày
// 25, 26/6", "June 25 and 26". One end states the month, the other only
// its day. Two consecutive days are a range, as "June 25-26" is; two days
// apart are a list, and the end that lacks the month takes it from the
// other ("25 và 27/6" is 25/6 and 27/6), but never a range.

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
	case !comma && first.bare == 0 && dayOfMonth(&first.sp) && second.bare != 0 && second.nb <= 2:
		// "June 25 and 26"; not "June 25 and 26 people", and a comma
		// ("June 25, 26 people") lists no day.
		if second.bare != first.sp.d+1 || !validDay(first.sp.y, first.sp.m, second.bare) {
			return Mention{}, j, false
		}
		if _, _, unit := s.unit(e2); unit {
			return Mention{}, j, false
		}
		b := first
		b.sp.d = second.bare
		return s.pairRange(j, first, b, e2)
	}
	return Mention{}, j, false
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
