package numbers

import "time"

// monthsOf returns the months of a unit of the calendar that counts
// whole months (a month, a quarter, a year, a decade, a century), and 0
// for the others.
func monthsOf(g Grain) int64 {
	switch g {
	case GrainMonth:
		return 1
	case GrainQuarter:
		return 3
	case GrainYear:
		return 12
	case grainDecade:
		return 120
	case grainCentury:
		return 1200
	}
	return 0
}

// secondsOf returns the length of a unit in seconds, with the usual
// conventions: a month is 30 days, a year 365.
func secondsOf(g Grain) int64 {
	switch g {
	case grainSecond:
		return 1
	case GrainMinute:
		return 60
	case GrainHour:
		return 3600
	case GrainDay, grainNight:
		return 86400
	case GrainWeek:
		return 7 * 86400
	case grainFortnight:
		return 14 * 86400
	case GrainMonth:
		return 30 * 86400
	case GrainQuarter:
		return 90 * 86400
	case GrainYear:
		return 365 * 86400
	case grainDecade:
		return 3650 * 86400
	case grainCentury:
		return 36500 * 86400
	}
	return 0
}

// duration reads a length of time at token i: "50 năm", "hơn 50 năm",
// "ba ngày", "3 phút 20 giây", "three-day", "five years", "an hour and a
// half". Said relative to now it is a period or a date: "5 năm tới" and
// "the next three days" are ranges, "2 ngày trước" and "3 days ago"
// dates. "kỷ niệm 30 năm" is 30 years and the 30th anniversary.
func (s *scanner) duration(i int) (Mention, int, bool) {
	r := lengthRead{i: i, q: Exact}
	j, m, done := s.lengthHead(&r)
	if done {
		return m, j, true
	}
	if s.conv().daysAfterHeads && (s.cue(j-1, dcDayHead|dcDayPrefix) || s.dw(j-1).period == GrainMonth) {
		return Mention{}, i, false // "mồng 3 tháng Tết": a day, not three months
	}
	var ok bool
	if r.val, r.g, r.k, ok = s.durAmount(j); !ok {
		return Mention{}, i, false
	}
	// "the 5 upcoming years", "2 next days".
	if s.conv().relativeLengths && r.dir == 0 {
		if n, nx, ok := lookup(s, r.k, 1, s.dates().relWords); ok && n != 0 && s.dw(nx).dur == r.g {
			r.dir, r.k = n, nx+1
		}
	}
	if p, n, ok := s.cueAt(r.k, 3, roleLengthAfter); ok && p != postNone {
		r.post, r.k = p, n
	}
	if !s.vi {
		if m, next, ok := s.lengthCountedEN(&r); ok {
			return m, next, true
		}
	}
	return s.lengthEnd(&r)
}

// A lengthRead is what duration has read of a length of time.
type lengthRead struct {
	i, start, k int       // its first token, the first of the mention, the token after it
	q           Qualifier // "hơn 50 năm": MoreThan
	anniv       bool      // "kỷ niệm 30 năm": an anniversary
	within      bool      // "within 9 months": a range from the reference day
	dir         int       // a relative word before it: "the next three days" 1
	post        int       // how it is counted from the reference: postNext...
	val         Decimal
	g           Grain
}

// lengthHead reads what comes before the count of a length at token r.i:
// an anniversary, a qualifier, "within", a relative word ("the next"), a
// word that stays outside the mention ("trong"). It returns the token of
// the count, or a whole mention ("the next fortnight") and true.
func (s *scanner) lengthHead(r *lengthRead) (int, Mention, bool) {
	j := r.i
	if _, n, ok := s.cueAt(j, 3, roleAnniversary); ok {
		r.anniv, j = true, n
	}
	if qq, n, ok := s.qualifierAt(j, 4); ok {
		r.q, j = qq, n
		over := s.cue(r.i, dcOver)
		if over && s.cue(j, dcArticle) {
			r.q = Exact // "over the next six months": during them
		}
		if q2, n, ok := s.qualifierAt(j, 3); ok && q2 == Approx {
			// "more than about two years", as quantity reads it; "over
			// about six months" is during them.
			j = n
			if over {
				r.q = Approx
			}
		}
	}
	r.start = r.i
	switch {
	case s.cue(j, dcWithin):
		r.within = true
		j++
	case s.conv().relativeLengths:
		if n, nx, ok := lookup(s, j, 2, s.dates().relWords); ok && n != 0 && !s.auxBefore(j) {
			r.dir, j = n, nx
			if d := s.dw(j); d.form&fDurAlone != 0 && d.dur == grainFortnight {
				// "the next fortnight", "the past fortnight".
				m := Mention{Kind: Duration, Value: decimalOf(1), Unit: "fortnight"}
				if p, ok := s.relPeriod(decimalOf(2), GrainWeek, n); ok {
					m = p
					m.Value, m.Unit = decimalOf(2), "week"
				}
				s.span(&m, r.i, j+1)
				return j + 1, m, true
			}
		}
	case r.q == Exact && !r.anniv:
		if _, n, ok := s.cueAt(j, 2, roleLengthLead); ok {
			j, r.start = n, n // "trong vòng 3 ngày": the length alone
		}
	}
	return j, Mention{}, false
}

// lengthCountedEN reads what makes an English length a date: "3 days
// after January 12th", "in two weeks", "after 5 days"; or sets r.post
// from a relative word before it ("the next three days").
func (s *scanner) lengthCountedEN(r *lengthRead) (Mention, int, bool) {
	i, k := r.i, r.k
	// "for five years from Monday" is how long, from when: a length that
	// a duration word opens starts at the day after "from".
	startsThere := s.cue(k, dcFrom) && s.cue(i-1, dcDurationCue)
	if r.post == postNone && s.cue(k, dcAfter|dcBefore|dcFrom) && !startsThere {
		// "3 days after January 12th", "two weeks before May 13 1999",
		// "4 months from tomorrow".
		if m, next, ok := s.countedFrom(r.val, r.g, k, r.q); ok {
			s.span(&m, r.start, next)
			return m, next, true
		}
	}
	if r.dir != 0 && r.post == postNone {
		r.post = postNext
		if r.dir < 0 {
			r.post = postLast
		}
	}
	bare := r.post == postNone && s.cfg.hasRef && r.q == Exact && !s.cue(k, dcOf)
	// "will leave in two weeks", "in 7 days": a date; "the highest in
	// five years": a length.
	if bare && s.cue(i-1, dcIn) && (s.futureBefore(i) || s.barePhrase(i-1, k)) {
		r.post = postLater
	}
	if r.post == postNone && bare && s.cue(i-1, dcAfter) && r.g <= GrainDay && (s.futureBefore(i) || s.barePhrase(i-1, k)) {
		// "will reopen after 5 days": from the day five days on;
		// "closed after 23 working days" and "after 71 minutes" are
		// how long something took.
		if d, ok := s.relDate(r.val, r.g, 1); ok && d.Kind == Date {
			d.Qualifier = MoreThan
			s.span(&d, i-1, k)
			if len(s.out) == 0 || s.out[len(s.out)-1].End <= d.Start {
				return d, k, true
			}
		}
	}
	return Mention{}, k, false
}

// lengthEnd makes the mention of a length read up to r.k: a range that
// starts at a date after it, an anniversary, a range from the reference
// day or from a period, a date, or a length with its denominator.
func (s *scanner) lengthEnd(r *lengthRead) (Mention, int, bool) {
	i, k, val, g := r.i, r.k, r.val, r.g
	m := Mention{Kind: Duration, Value: val, Unit: durUnitName(g), Qualifier: r.q}
	// "for 3 days starting tomorrow", "for 2 weeks from May 20th".
	if r.post == postNone && s.cfg.hasRef && !r.anniv {
		if d, next, ok := s.lengthFrom(val, g, k); ok {
			s.span(&d, r.start, next)
			return d, next, true
		}
	}
	if r.anniv {
		if g != GrainYear || r.post != postNone {
			return Mention{}, i, false
		}
		n, ok := val.Int64()
		if !ok || n <= 0 || val.Exp() < 0 || n > 5000 {
			return Mention{}, i, false
		}
		m.Date.Anniversary = int16(n)
		s.span(&m, i, k)
		return m, k, true
	}
	if r.within {
		if d, ok := s.withinRange(val, g); ok {
			d.Value, d.Unit = val, durUnitName(g)
			s.span(&d, i, k)
			return d, k, true
		}
		s.span(&m, i+1, k)
		return m, k, true
	}
	// "hơn 50 năm qua", "more than 50 years": a length with a bound is
	// no period with ends, whatever words follow it.
	post := r.post
	if r.q != Exact && (post == postNext || post == postLast) {
		post = postNone
	}
	if post != postNone {
		var d Mention
		var ok bool
		if post == postNext || post == postLast {
			d, ok = s.relPeriod(val, g, post)
		} else {
			d, ok = s.relDate(val, g, post/2)
		}
		if ok {
			d.Qualifier = r.q
			s.span(&d, r.start, k)
			return d, k, true
		}
	}
	// "an hour or two", "a day or two": the alternative after the unit.
	if to, next, ok := s.alternativeAfter(k, val, m.Unit); ok {
		m.Range, m.From, m.To, k = true, val, to, next
	}
	// "10 phút/chuyến", "15 minutes per trip": a length per something.
	if per, next, ok := s.durationPer(k); ok {
		m.Per, k = per, next
	}
	s.span(&m, r.start, k)
	return m, k, true
}

// alternativeAfter reads a second count after a length of value v in
// unit, at token k: a word of alternatives ("or", range_links.tsv flag
// near) and a number near v with no other noun: "an hour or two", "a
// day or two days" are one to two of them.
func (s *scanner) alternativeAfter(k int, v Decimal, unit string) (Decimal, int, bool) {
	if s.tok(k).kind != tWord || !s.amountLinks().near.at(s.wordLow(k)) {
		return Decimal{}, k, false
	}
	n, ok := s.parseNum(k+1, numOpts{})
	if !ok || n.val.Cmp(v) <= 0 || !nearEnds(num{val: v}, n) {
		return Decimal{}, k, false
	}
	next := n.next
	if g, end, ok := s.lengthUnitAt(next-1, next); ok {
		if durUnitName(g) != unit {
			return Decimal{}, k, false // "a year or two decades"
		}
		next = end
	} else if _, _, ok := s.unit(next); ok {
		return Decimal{}, k, false // "an hour or two people"
	}
	return n.val, next, true
}

// durationPer reads the denominator after a length at token k: "/chuyến",
// "một chuyến", "mỗi chuyến", "per trip", "a day". After an English
// article only a word of the per table counts ("30 minutes a day", not
// "for three years a company").
func (s *scanner) durationPer(k int) (string, int, bool) {
	per, next, ok := s.perUnit(k)
	if !ok || s.vi || s.tok(k).kind != tWord {
		return per, next, ok
	}
	if _, _, freq := lookup(s, k, 2, s.lex().frequency); freq || s.cue(k, dcPer) || s.lang.perOnly.has(s.tok(next-1).low) {
		return per, next, true
	}
	return "", k, false
}

// countedFrom reads the date after "after", "before" or "from" at token k
// and counts the length from it: "3 days after January 12th".
func (s *scanner) countedFrom(val Decimal, g Grain, k int, q Qualifier) (Mention, int, bool) {
	sign := 1
	if s.cue(k, dcBefore) {
		sign = -1
	}
	sp, next, ok := s.phrase(k+1, pfCtx)
	if !ok || sp.hasTime && !sp.hasDate() {
		return Mention{}, k, false
	}
	v, ok := s.resolve(sp)
	if !ok {
		return Mention{}, k, false
	}
	t, ok := v.Point.Time()
	if !ok || v.Point.Grain < GrainDay {
		return Mention{}, k, false
	}
	n64, ok := val.Int64()
	if !ok || val.Exp() < 0 || n64 > 100000 {
		return Mention{}, k, false
	}
	t = unitStep(t, g, sign*int(n64))
	m := Mention{Kind: Date, Value: val, Unit: durUnitName(g), Date: DateValue{Point: dayPoint(t), Deictic: v.Deictic}}
	switch q {
	case MoreThan:
		m.Qualifier = MoreThan
		if sign < 0 {
			m.Qualifier = LessThan
		}
	case LessThan:
		m.Qualifier = LessThan
		if sign < 0 {
			m.Qualifier = MoreThan
		}
	}
	return m, next, true
}

// auxBefore reports whether "last" at token j is the verb: "shouldn't last
// two hours", "will last three days".
func (s *scanner) auxBefore(j int) bool {
	return s.cue(j, dcVerbLast) && s.cue(j-1, dcAux)
}

// lengthFrom reads "starting tomorrow", ", from 20th dec", "beginning
// May 20th" after a length at token k: the range that starts there, with
// the weekday it starts on if the text names one ("starting next Monday").
func (s *scanner) lengthFrom(val Decimal, g Grain, k int) (Mention, int, bool) {
	if g < GrainDay || g > grainFortnight || g == GrainHour || g == GrainMinute {
		return Mention{}, k, false
	}
	j := k
	if s.isPunct(j, ",") {
		j++
	}
	_, j, ok := s.cueAt(j, 2, roleLengthFrom)
	if !ok {
		return Mention{}, k, false
	}
	sp, next, ok := s.phrase(j, pfCtx)
	if !ok || sp.hasTime && !sp.hasDate() {
		return Mention{}, k, false
	}
	if _, ok := s.rangeSepAfter(next, opFrom); ok {
		// "for 11 days, from Nov. 8 to Nov. 19": the day opens a range
		// of its own, which the length leaves whole.
		return Mention{}, k, false
	}
	v, ok := s.resolve(sp)
	if !ok || v.Grain != GrainDay && v.Grain < GrainHour {
		return Mention{}, k, false
	}
	t, ok := v.Point.Time()
	n, ok2 := val.Int64()
	if !ok || !ok2 || val.Exp() < 0 || n < 1 || n > 10000 {
		return Mention{}, k, false
	}
	e := unitStep(t, g, int(n)).AddDate(0, 0, -1)
	return Mention{Kind: DateRange, Value: val, Unit: durUnitName(g),
		Date: DateValue{Point: dayPoint(t), End: dayPoint(e), Weekday: v.Weekday, HasWeekday: v.HasWeekday, Deictic: v.Deictic}}, next, true
}

// durAmount reads a number and a unit of time at token j, with smaller
// units after it ("3 phút 20 giây", "1 hour and 30 minutes") and halves
// ("4 phút rưỡi", "an hour and a half"). The value is in the smallest
// unit, but a half after the first part adds half of that unit.
func (s *scanner) durAmount(j int) (Decimal, Grain, int, bool) {
	if v, k, ok := s.raceTime(j); ok {
		return v, grainSecond, k, true
	}
	val, g, k, ok := s.durPart(j, false)
	first := false // a unit of durFirsts: a length only with a later part
	if !ok {
		val, g, k, ok = s.firstPart(j)
		if first = ok; !ok {
			return Decimal{}, NoGrain, j, false
		}
	}
	total, ok := val.Mul(decimalOf(secondsOf(g)))
	if !ok {
		return Decimal{}, NoGrain, j, false
	}
	// Parts of years and months add up in months too, as the calendar
	// counts them ("3 năm 6 tháng" is 42 months, not 42.5 of 30 days); a
	// part of weeks or days leaves the sum in seconds.
	months, calendar := addMonths(Decimal{}, val, g)
	small := g
	parts := 1
	for parts < 4 {
		n := k
		if s.cue(n, dcAnd) || s.isPunct(n, ",") {
			n++
		}
		if join, nx, ok := s.cueAt(n, 2, roleHalfAfter); ok && (join != halfJoined || n > k) {
			if parts > 1 {
				break
			}
			// "hai năm rưỡi", "an hour and a half": 2.5 years, 1.5
			// hours, in the unit said, as "two and a half years" is.
			if v, ok := val.Add(halfDecimal); ok {
				return v, g, nx, true
			}
			return Decimal{}, NoGrain, j, false
		}
		v2, g2, k2, ok := s.durPart(n, true)
		if !ok && n == k {
			v2, g2, k2, ok = s.bareNext(j, k, small) // "in 2h41"
		}
		if !ok || secondsOf(g2) >= secondsOf(small) {
			break
		}
		add, ok := v2.Mul(decimalOf(secondsOf(g2)))
		if !ok {
			break
		}
		if total, ok = total.Add(add); !ok {
			return Decimal{}, NoGrain, j, false
		}
		if calendar {
			months, calendar = addMonths(months, v2, g2)
		}
		small, k = g2, k2
		parts++
	}
	if small == grainSecond {
		if h, next, ok := s.hundredths(k); ok {
			if v, ok := total.Add(h); ok {
				return v, grainSecond, next, true // "59 giây 80", "1 phút 47 giây 62"
			}
		}
	}
	if parts == 1 || first && !calendar {
		// A unit of durFirsts joins months only: "15 tuổi một ngày
		// kia" is an age and "one day".
		return val, g, k, !first
	}
	v, ok := total.Quo(secondsOf(small))
	if calendar {
		v, ok = months.Quo(monthsOf(small))
	}
	if !ok {
		return Decimal{}, NoGrain, j, false
	}
	return v, small, k, true
}

// raceTime reads minutes, seconds and hundredths glued by a colon and a
// point at token j, as a race's time is written: "1:47.62" is 107.62
// seconds, no clock time; or hours, minutes and seconds glued by colons
// with no "a.m." or "p.m." after them: "2:31:12" is 9,072 seconds.
func (s *scanner) raceTime(j int) (Decimal, int, bool) {
	if s.tok(j+1).kind != tPunct {
		return Decimal{}, j, false // the digits of each form below are followed by a sign
	}
	if v, k, ok := s.hoursToSeconds(j); ok {
		return v, k, true
	}
	if v, k, ok := s.primeTime(j); ok {
		return v, k, true
	}
	if !s.isPunct(j+1, ":") || !s.isPunct(j+3, ".") {
		return Decimal{}, j, false
	}
	m, nm := s.intAt(j)
	sec, ns := s.intAt(j + 2)
	f := s.tok(j + 4)
	if nm < 1 || nm > 2 || ns != 2 || sec > 59 || f.kind != tNum || len(f.low) > 2 || !s.gluedFive(j) {
		return Decimal{}, j, false
	}
	whole, err := NewDecimal(int64(m*60+sec)*100+atoiSmall(f.low)*pow10(2-len(f.low)), -2)
	return whole, j + 5, err == nil
}

// primeTime reads minutes and seconds marked by a prime and a double
// prime at token j, with the hundredths after them, where the language
// writes race times so (conventions.tsv, prime-times): "33'45\"12" is
// 2,025.12 seconds, "10'23\"" 623. The marks and digits are one word.
func (s *scanner) primeTime(j int) (Decimal, int, bool) {
	if !s.conv().primeTimes || !s.isPunct(j+1, "'") || !s.isPunct(j+3, "\"") {
		return Decimal{}, j, false // the signs first: they fail at most numbers
	}
	m, nm := s.intAt(j)
	sec, ns := s.intAt(j + 2)
	if nm < 1 || nm > 3 || ns != 2 || sec > 59 ||
		!s.glued(j+1) || !s.glued(j+2) || !s.glued(j+3) {
		return Decimal{}, j, false
	}
	hundredths, k := int64(0), j+4
	if f := s.tok(k); f.kind == tNum && s.glued(k) && len(f.low) <= 2 {
		hundredths, k = atoiSmall(f.low)*pow10(2-len(f.low)), k+1
	}
	if s.glued(k) && s.tok(k).kind != tPunct {
		return Decimal{}, j, false
	}
	v, err := NewDecimal(int64(m*60+sec)*100+hundredths, -2)
	return v, k, err == nil
}

// hoursToSeconds reads "2:31:12" at token j: hours, minutes and seconds
// glued by colons, with no part of the day after them ("10:30:15 a.m."
// is a clock time).
func (s *scanner) hoursToSeconds(j int) (Decimal, int, bool) {
	if !s.isPunct(j+1, ":") || !s.isPunct(j+3, ":") {
		return Decimal{}, j, false // the signs first: they fail at most numbers
	}
	h, nh := s.intAt(j)
	m, nm := s.intAt(j + 2)
	sec, ns := s.intAt(j + 4)
	if nh < 1 || nh > 2 || nm != 2 || ns != 2 || m > 59 || sec > 59 || !s.gluedFive(j) {
		return Decimal{}, j, false
	}
	if _, _, ok := s.ampm(j + 5); ok {
		return Decimal{}, j, false
	}
	return decimalOf(int64(h*3600 + m*60 + sec)), j + 5, true
}

// gluedFive reports whether tokens j to j+4 are written as one word
// ("1:47.62", "2:31:12") that no word is glued to after.
func (s *scanner) gluedFive(j int) bool {
	for k := j + 1; k <= j+4; k++ {
		if !s.glued(k) {
			return false
		}
	}
	return !s.glued(j+5) || s.tok(j+5).kind == tPunct
}

// isRaceTime reports a race's time at token j (raceTime).
func (s *scanner) isRaceTime(j int) bool {
	_, _, ok := s.raceTime(j)
	return ok
}

// hundredths reads the two digits at token k that follow a count of
// seconds as its hundredths, where the language writes race times so
// (conventions.tsv, second-hundredths: "59 giây 80" is 59.80 seconds);
// not digits that count a noun ("59 giây 80 người").
func (s *scanner) hundredths(k int) (Decimal, int, bool) {
	t := s.tok(k)
	if !s.conv().secondHundredths || t.kind != tNum || len(t.low) != 2 || s.glued(k) || s.numberContinues(k) || s.countsNoun(k+1) {
		return Decimal{}, k, false
	}
	h, ok := decimalOf(atoiSmall(t.low)).Quo(100)
	return h, k + 1, ok
}

// addMonths adds v of the unit g to months, a sum of the calendar's
// units. It reports false for a unit of no whole months (a week, a day)
// and for a sum beyond Decimal's range.
func addMonths(months, v Decimal, g Grain) (Decimal, bool) {
	n := monthsOf(g)
	if n == 0 {
		return Decimal{}, false
	}
	x, ok := v.Mul(decimalOf(n))
	if !ok {
		return Decimal{}, false
	}
	return months.Add(x)
}

// durPart reads one number and unit: "50 năm", "ba ngày", "3h", "an hour",
// "half a day", "nửa tháng", "three-day", "3.5years". A later part, after
// a larger one, may take a unit flagged part: the "41m" of "2h 41m".
func (s *scanner) durPart(j int, later bool) (Decimal, Grain, int, bool) {
	val, k, ok := s.lengthCount(j)
	if !ok || s.partOfDayWords(j, k) {
		return Decimal{}, NoGrain, j, false
	}
	g, next, ok := s.lengthUnitAt(j, k)
	if !ok && later {
		g, next, ok = s.partUnit(k)
	}
	if !ok {
		return Decimal{}, NoGrain, j, false
	}
	return val, g, next, true
}

// partOfDayWords reports a count in words at token j, ending before
// token k, that opens a part of the day (date_day_parts.tsv): the "nửa"
// of "nửa đêm" (midnight) counts no half of a night.
func (s *scanner) partOfDayWords(j, k int) bool {
	if s.tok(j).kind == tNum {
		return false
	}
	_, next, ok := lookup(s, j, 3, s.dates().dayParts)
	return ok && next > k
}

// firstPart reads at token j a number and a unit that counts only as the
// first part of a length (date_duration_units.tsv, first): the "61 tuổi"
// of "61 tuổi 6 tháng", an age of 61 years and six months; "61 tuổi"
// alone is an age, which the quantity rules read.
func (s *scanner) firstPart(j int) (Decimal, Grain, int, bool) {
	val, k, ok := s.lengthCount(j)
	if !ok {
		return Decimal{}, NoGrain, j, false
	}
	g, next, ok := lookup(s, k, 2, s.dates().durFirsts)
	if !ok {
		return Decimal{}, NoGrain, j, false
	}
	return val, g, next, true
}

// partUnit reads at token k a unit glued after digits that counts only as
// a later part of a length: the "m" of "2h41m", the "s" of "1m 20s".
func (s *scanner) partUnit(k int) (Grain, int, bool) {
	if !s.glued(k) || s.tok(k-1).kind != tNum {
		return NoGrain, k, false
	}
	return lookup(s, k, 1, s.dates().durParts)
}

// bareNext reads the digits glued at token k after a unit flagged
// bare-next, which count the next smaller unit: the minutes of "in 2h41".
// small is the unit before them, j the count of the length. Only a word
// before the length that makes it one ("in", "lasted", "mất") or one
// after it ("of play") makes "2h41" no clock time: "at 9h30 every day".
func (s *scanner) bareNext(j, k int, small Grain) (Decimal, Grain, int, bool) {
	t := s.tok(k)
	if t.kind != tNum || len(t.low) > 2 || !s.glued(k) || s.dw(k-1).form&fDurBareNext == 0 {
		return Decimal{}, NoGrain, k, false
	}
	if !s.durationCue(j) && !s.lengthTail(j, k+1) {
		return Decimal{}, NoGrain, k, false
	}
	if s.glued(k+1) && (s.tok(k+1).kind != tPunct || s.tok(k+2).kind == tNum && s.glued(k+2)) {
		return Decimal{}, NoGrain, k, false // "2h41x", "2h41:30"
	}
	v := atoiSmall(t.low)
	g := smallerUnit(small)
	if g == NoGrain || v >= secondsOf(small)/secondsOf(g) {
		return Decimal{}, NoGrain, k, false
	}
	return decimalOf(v), g, k + 1, true
}

// smallerUnit returns the unit that counts the rest of one of g: minutes
// of an hour, seconds of a minute; NoGrain for the other units.
func smallerUnit(g Grain) Grain {
	switch g {
	case GrainHour:
		return GrainMinute
	case GrainMinute:
		return grainSecond
	}
	return NoGrain
}

// lengthCount reads the count of a length at token j: a number, or words
// of the count ("a few", "half an", "nửa"). It returns the token after it.
func (s *scanner) lengthCount(j int) (Decimal, int, bool) {
	if s.dw(j).starts&(1<<roleLengthCount) != 0 {
		if v, k, ok := lookup(s, j, 3, s.dates().counts); ok {
			return v, k, true
		}
	}
	if t := s.tok(j); t.kind != tNum && t.kind != tWord {
		return Decimal{}, j, false
	}
	n, ok := s.parseNum(j, numOpts{})
	if !ok || n.val.Sign() < 0 {
		return Decimal{}, j, false
	}
	return n.val, n.next, true
}

// viLengthUnit reads a Vietnamese unit of time at token k: "năm", "tiếng
// đồng hồ", and glued after digits only minutes and seconds, also short
// ("5p", "3p20s").
func (s *scanner) viLengthUnit(k int) (Grain, int, bool) {
	if s.headsDayMonth(k) {
		return NoGrain, k, false // "Kyrgyzstan 2-0 ngày 23/3": the head of a date
	}
	afterDigits := s.glued(k) && s.tok(k-1).kind == tNum
	g, next, ok := lookup(s, k, 3, s.dates().durUnits)
	if !ok && afterDigits && !s.tok(k).upper {
		// "5p", "3p20s"; not "0,05S", a grade of diesel.
		g, next, ok = lookup(s, k, 1, s.dates().durGlued)
	}
	if ok && afterDigits && g != GrainMinute && g != grainSecond && !s.cuedUnit(k) {
		return NoGrain, k, false
	}
	return g, next, ok
}

// headsDayMonth reports the word that heads a day (date_cues.tsv,
// day-head) at token k before a day and its month: "ngày 23/3".
func (s *scanner) headsDayMonth(k int) bool {
	return s.cue(k, dcDayHead) && s.tok(k+1).kind == tNum && s.isPunct(k+2, "/") && s.tok(k+3).kind == tNum
}

// lengthUnitAt reads a unit of time at token k, after the count at token
// j, by the rules of the scanner's language.
func (s *scanner) lengthUnitAt(j, k int) (Grain, int, bool) {
	if s.vi {
		return s.viLengthUnit(k)
	}
	return s.enLengthUnit(j, k)
}

// cuedUnit reports whether the unit glued at token k to the digits before
// it is flagged cued and a duration cue stands before them ("mất 3h",
// "trong 2h41") or a word after it counts the length from now ("24h
// qua", "48h tới", "3h nữa") and no word before the digits makes them a
// clock time ("lúc 17h qua cầu"); elsewhere "17h" is a time of day.
func (s *scanner) cuedUnit(k int) bool {
	return s.dw(k).form&fDurCued != 0 && (s.durationCue(k-1) || !s.cue(k-2, dcTimeLead) && s.countedFromNow(k+1))
}

// countedFromNow reports whether a word of length-after at token k
// counts a length back or on from now ("qua", "tới", "nữa"; not "trước",
// which after a time of day says before it), with no number after it:
// "15h tới 17h" is two times.
func (s *scanner) countedFromNow(k int) bool {
	p, next, ok := s.cueAt(k, 3, roleLengthAfter)
	return ok && (p == postLast || p == postNext || p == postLater) && s.tok(next).kind != tNum
}

// enLengthUnit reads an English unit of time at token k, after the count
// at token j: "days", "three-day", "3h", "two full years". A one-letter
// unit is glued to its number; "second" after a tens word or "a" is an
// ordinal ("forty-second", "a second term").
func (s *scanner) enLengthUnit(j, k int) (Grain, int, bool) {
	hyphen := s.compoundHyphen(k)
	if hyphen {
		k++
	}
	if !hyphen && s.cue(k, dcLengthAdj) {
		// "three straight days", "two full years".
		if _, _, unit := lookup(s, k+1, 2, s.dates().durUnits); unit {
			k++
		}
	}
	g, next, ok := lookup(s, k, 2, s.dates().durUnits)
	if !ok || s.opensRelDay(k) {
		return NoGrain, k, false
	}
	u := s.tok(k).low
	if len(u) == 1 && !s.glued(k) {
		return NoGrain, k, false
	}
	if s.dw(k).form&fDurOrdinal != 0 {
		p := s.tok(k - 1)
		if p.kind == tPunct && p.low == "-" {
			p = s.tok(k - 2)
		}
		if _, tens := s.lang.tens.get(p.low); tens && p.kind == tWord || s.cue(j, dcIndefinite) && k == j+1 {
			return NoGrain, k, false
		}
	}
	return g, next, true
}

// opensRelDay reports whether a phrase of the relative days, longer than
// its first word, starts at token k: the "year" of "up 651,000
// year-on-year" is the base of the change, no unit of a length.
func (s *scanner) opensRelDay(k int) bool {
	if s.dbits(k)&dbRelDay == 0 {
		return false
	}
	_, next, ok := lookup(s, k, maxRelDayWords, s.dates().relDays)
	return ok && next > k+1
}

// maxRelDayWords is the most tokens of a phrase of the relative days
// that opensRelDay looks up: "year-on-year" is five.
const maxRelDayWords = 5

// unitStep adds n units of g to t.
func unitStep(t time.Time, g Grain, n int) time.Time {
	switch g {
	case GrainYear:
		return t.AddDate(n, 0, 0)
	case GrainQuarter:
		return t.AddDate(0, 3*n, 0)
	case GrainMonth:
		return t.AddDate(0, n, 0)
	case GrainWeek:
		return t.AddDate(0, 0, 7*n)
	case grainFortnight:
		return t.AddDate(0, 0, 14*n)
	case GrainDay, grainNight:
		return t.AddDate(0, 0, n)
	case grainDecade:
		return t.AddDate(10*n, 0, 0)
	case grainCentury:
		return t.AddDate(100*n, 0, 0)
	case GrainHour:
		return t.Add(time.Duration(n) * time.Hour)
	case GrainMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case grainSecond:
		return t.Add(time.Duration(n) * time.Second)
	}
	return t
}

// periodPoint returns the period of grain g that holds t.
func periodPoint(t time.Time, g Grain) Point {
	switch g {
	case GrainYear, grainDecade, grainCentury:
		return yearPoint(t.Year())
	case GrainQuarter:
		return ymd(t.Year(), (int(t.Month())-1)/3*3+1, 0, GrainQuarter)
	case GrainMonth:
		return ymd(t.Year(), int(t.Month()), 0, GrainMonth)
	case GrainWeek, grainFortnight:
		m := monday(t)
		return pointOf(m, GrainWeek)
	}
	return dayPoint(t)
}

// relPeriod makes the range of "5 năm tới" (dir 1: the five years after
// this one) or "3 ngày qua" (dir -1: the three days before today). With no
// reference date, or a count that is not whole, it stays a Duration.
func (s *scanner) relPeriod(val Decimal, g Grain, dir int) (Mention, bool) {
	m := Mention{Kind: Duration, Value: val, Unit: durUnitName(g)}
	if !s.cfg.hasRef {
		return m, true
	}
	n64, ok := val.Int64()
	if !ok || val.Exp() < 0 || n64 < 1 || n64 > 1000 {
		return m, true
	}
	n := int(n64)
	ref := s.cfg.ref
	refDay := day(ref.Year(), int(ref.Month()), ref.Day())
	if g == GrainHour || g == GrainMinute || g == grainSecond {
		t := unitStep(ref, g, dir*n)
		m = Mention{Kind: Date, Date: DateValue{Point: dayPoint(t), Deictic: true}}
		if dayPoint(t) != dayPoint(ref) {
			a, b := dayPoint(ref), dayPoint(t)
			if dir < 0 {
				a, b = b, a
			}
			m = Mention{Kind: DateRange, Date: DateValue{Point: a, End: b, Deictic: true}}
		}
		m.Value, m.Unit = val, durUnitName(g)
		return m, true
	}
	step, cnt := g, n
	switch g {
	case grainDecade:
		step, cnt = GrainYear, 10*n
	case grainCentury:
		step, cnt = GrainYear, 100*n
	case grainFortnight:
		step, cnt = GrainWeek, 2*n
	case grainNight:
		step = GrainDay
	}
	var a, b time.Time
	if dir > 0 {
		a, b = unitStep(refDay, step, 1), unitStep(refDay, step, cnt)
	} else {
		a, b = unitStep(refDay, step, -cnt), unitStep(refDay, step, -1)
	}
	if step == GrainMonth || step == GrainQuarter || step == GrainYear {
		first := day(ref.Year(), int(ref.Month()), 1)
		if dir > 0 {
			a, b = unitStep(first, step, 1), unitStep(first, step, cnt)
		} else {
			a, b = unitStep(first, step, -cnt), unitStep(first, step, -1)
		}
	}
	return Mention{Kind: DateRange, Value: val, Unit: durUnitName(g),
		Date: DateValue{Point: periodPoint(a, step), End: periodPoint(b, step), Deictic: true}}, true
}

// relDate makes the date of "2 ngày trước", "3 days ago" (dir -1) or "3
// ngày nữa", "in 2 weeks" (dir 1).
func (s *scanner) relDate(val Decimal, g Grain, dir int) (Mention, bool) {
	n64, ok := val.Int64()
	if (!ok || val.Exp() < 0) && s.cfg.hasRef && (g == GrainHour || g == GrainMinute || g == grainSecond) {
		// "in half an hour", "in 2.5 hours": a time on the reference day or after.
		sec, ok := val.Mul(decimalOf(secondsOf(g)))
		if n, ok2 := sec.Int64(); ok && ok2 && sec.Exp() >= 0 && n < 100*86400 {
			t := s.cfg.ref.Add(time.Duration(dir) * time.Duration(n) * time.Second)
			return Mention{Kind: Date, Value: val, Unit: durUnitName(g), Date: DateValue{Point: dayPoint(t), Deictic: true}}, true
		}
		return Mention{}, false
	}
	if !ok || val.Exp() < 0 || n64 > 100000 {
		return Mention{}, false
	}
	n := int(n64)
	unit := g
	switch g {
	case grainDecade:
		unit, n = GrainYear, 10*n
	case grainCentury:
		unit, n = GrainYear, 100*n
	case grainFortnight:
		unit, n = GrainDay, 14*n
	case grainNight:
		unit = GrainDay
	case GrainWeek:
		unit, n = GrainDay, 7*n
	case GrainQuarter:
		unit, n = GrainMonth, 3*n
	}
	if !s.cfg.hasRef {
		if unit == GrainHour || unit == GrainMinute || unit == grainSecond {
			return Mention{}, false
		}
		return Mention{Kind: Date, Value: val, Unit: durUnitName(g), Date: DateValue{Relative: s.relString(rel{unit, dir * n}), Deictic: true}}, true
	}
	ref := s.cfg.ref
	t := unitStep(ref, unit, dir*n)
	p := dayPoint(t)
	if unit == GrainYear && dir < 0 {
		// "5 năm trước", "five years ago": the year.
		p = yearPoint(t.Year())
	}
	return Mention{Kind: Date, Value: val, Unit: durUnitName(g), Date: DateValue{Point: p, Deictic: true}}, true
}

// withinRange makes the range of "within 9 months": from the reference
// day to the day the length ends.
func (s *scanner) withinRange(val Decimal, g Grain) (Mention, bool) {
	if !s.cfg.hasRef {
		return Mention{}, false
	}
	n64, ok := val.Int64()
	if !ok || val.Exp() < 0 || n64 > 100000 {
		return Mention{}, false
	}
	ref := s.cfg.ref
	t := unitStep(ref, g, int(n64))
	if g != GrainHour && g != GrainMinute && g != grainSecond {
		t = t.AddDate(0, 0, -1)
	}
	return Mention{Kind: DateRange, Date: DateValue{Point: dayPoint(ref), End: dayPoint(t), By: true, Deictic: true}}, true
}

// inYears states a length of decades or centuries in years ("a decade"
// is 10 years, "hai thế kỷ qua" 200), so that it meets the other
// version's "10 năm", "200 years".
func inYears(m *Mention) {
	if m.Kind != Duration && m.Kind != DateRange && m.Kind != Date {
		return // "a decade", "hai thập kỷ qua", "two decades ago"
	}
	var n int64
	switch m.Unit {
	case durUnitName(grainDecade):
		n = 10
	case durUnitName(grainCentury):
		n = 100
	default:
		return
	}
	v, ok1 := m.Value.Mul(decimalOf(n))
	f, ok2 := m.From.Mul(decimalOf(n))
	t, ok3 := m.To.Mul(decimalOf(n))
	if ok1 && ok2 && ok3 {
		m.Value, m.From, m.To, m.Unit = v, f, t, durUnitName(GrainYear)
	}
}

// durationGrains are the units of a Duration's Unit, for grainOfUnit.
var durationGrains = [...]Grain{GrainYear, GrainQuarter, GrainMonth, GrainWeek, GrainDay,
	GrainHour, GrainMinute, grainSecond, grainDecade, grainCentury}

// grainOfUnit returns the unit of time a Duration's Unit names, or
// NoGrain.
func grainOfUnit(unit string) Grain {
	for _, g := range durationGrains {
		if durUnitName(g) == unit {
			return g
		}
	}
	return NoGrain
}

// DurationIn returns the value of m, a Duration, in another unit of time
// ("year", "month", "day", "hour"): "three and a half years" is 42
// months, "two days" 48 hours. It reports false for a mention that is no
// Duration, for a unit of no length of time, and between the units of
// the calendar (months, years) and those of the clock (days, hours),
// which no whole number converts.
func (m *Mention) DurationIn(unit string) (Decimal, bool) {
	if m.Kind != Duration {
		return Decimal{}, false
	}
	if m.Unit == unit {
		return m.Value, true
	}
	from, to := grainOfUnit(m.Unit), grainOfUnit(unit)
	if from == NoGrain || to == NoGrain || (monthsOf(from) == 0) != (monthsOf(to) == 0) {
		return Decimal{}, false
	}
	size := secondsOf
	if monthsOf(from) != 0 {
		size = monthsOf
	}
	v, ok := m.Value.Mul(decimalOf(size(from)))
	if !ok {
		return Decimal{}, false
	}
	return v.Quo(size(to))
}
