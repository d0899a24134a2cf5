package numbers

import "time"

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
	case GrainDay:
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
	j := i
	anniv := false
	if s.vi && (s.isWord(j, "kỷ") || s.isWord(j, "kỉ")) && s.isWord(j+1, "niệm") {
		anniv = true
		j += 2
		if s.isWord(j, "tròn") {
			j++
		}
	}
	q := Exact
	if qq, n, ok := lookup(s, j, 4, s.qualifiers()); ok {
		q, j = qq, n
		if s.isWord(i, "over") && s.isWord(j, "the") {
			q = Exact // "over the next six months": during them
		}
	}
	dir := 0
	within := false
	if !s.vi {
		if s.isWord(j, "within") {
			within = true
			j++
		} else if n, nx, ok := lookup(s, j, 2, enRelWords); ok && n != 0 && !s.auxBefore(j) {
			dir, j = n, nx
			if s.isWord(j, "fortnight") {
				// "the next fortnight", "the past fortnight".
				m := Mention{Kind: Duration, Value: decimalOf(1), Unit: "fortnight"}
				if r, ok := s.relPeriod(decimalOf(2), GrainWeek, n); ok {
					m = r
					m.Value, m.Unit = decimalOf(2), "week"
				}
				s.span(&m, i, j+1)
				return m, j + 1, true
			}
		}
	} else if s.isWord(j, "trong") && q == Exact && !anniv {
		j++
		if s.isWord(j, "vòng") {
			j++
		}
	}
	if s.vi && (s.isWord(j-1, "mồng") || s.isWord(j-1, "mùng") || s.isWord(j-1, "ngày") || s.isWord(j-1, "tháng")) {
		return Mention{}, i, false // "mồng 3 tháng Tết": a day, not three months
	}
	val, g, k, ok := s.durAmount(j)
	if !ok {
		return Mention{}, i, false
	}
	start := i
	if s.vi && s.isWord(i, "trong") && q == Exact && !anniv {
		start = i + 1
		if s.isWord(start, "vòng") {
			start++
		}
	}
	// "the 5 upcoming years", "2 next days".
	if !s.vi && dir == 0 {
		if n, nx, ok := lookup(s, k, 1, enRelWords); ok && n != 0 {
			if g2, ok := enDurUnits.words[s.tok(nx).low]; ok && g2 == g {
				dir, k = n, nx+1
			}
		}
	}
	m := Mention{Kind: Duration, Value: val, Unit: durUnitName(g), Qualifier: q}
	post := 0 // +1 future period, -1 past period, 2 in N (date), -2 N ago (date)
	if s.vi {
		w := s.tok(k)
		if w.kind == tWord {
			switch w.low {
			case "tới", "tiếp":
				post = 1
				k++
				if s.isWord(k, "đây") || s.isWord(k, "theo") {
					k++
				}
			case "sắp":
				if s.isWord(k+1, "tới") {
					post, k = 1, k+2
				}
			case "kế":
				if s.isWord(k+1, "tiếp") {
					post, k = 1, k+2
				}
			case "qua":
				post, k = -1, k+1
			case "vừa":
				if s.isWord(k+1, "qua") || s.isWord(k+1, "rồi") {
					post, k = -1, k+2
				}
			case "gần":
				if s.isWord(k+1, "đây") || s.isWord(k+1, "nhất") {
					post, k = -1, k+2
				}
			case "trở":
				if s.isWord(k+1, "lại") && s.isWord(k+2, "đây") {
					post, k = -1, k+3
				}
			case "trước":
				if nt := s.tok(k + 1); !(nt.kind == tWord && (nt.low == "khi" || nt.low == "đó" || nt.low == "ngày" || nt.low == "thời" || nt.low == "lúc" || nt.low == "hạn")) {
					post, k = -2, k+1
				}
			case "nữa":
				post, k = 2, k+1
			}
		}
	} else {
		switch {
		case s.isWord(k, "ago"):
			post, k = -2, k+1
		case s.isWord(k, "from") && s.isWord(k+1, "now"):
			post, k = 2, k+2
		case s.isWord(k, "hence"):
			post, k = 2, k+1
		case s.isWord(k, "from") && s.isWord(k+1, "today"):
			post, k = 2, k+2
		}
		if post == 0 && (s.isWord(k, "after") || s.isWord(k, "before") || s.isWord(k, "from")) {
			// "3 days after January 12th", "two weeks before May 13 1999",
			// "4 months from tomorrow".
			if m, next, ok := s.countedFrom(val, g, k, q); ok {
				s.span(&m, start, next)
				return m, next, true
			}
		}
		if dir != 0 && post == 0 {
			post = 1
			if dir < 0 {
				post = -1
			}
		}
		// "will leave in two weeks", "in 7 days": a date; "the highest in
		// five years": a length.
		if post == 0 && s.cfg.hasRef && s.isWord(i-1, "in") && q == Exact && !s.isWord(k, "of") && (s.futureBefore(i) || s.barePhrase(i-1, k)) {
			post = 2
		}
		if post == 0 && s.cfg.hasRef && s.isWord(i-1, "after") && q == Exact && !s.isWord(k, "of") && g <= GrainDay {
			// "after 5 days": from the day five days on; "after 71
			// minutes" is how long something took.
			if r, ok := s.relDate(val, g, 1); ok && r.Kind == Date {
				r.Qualifier = MoreThan
				s.span(&r, i-1, k)
				if len(s.out) == 0 || s.out[len(s.out)-1].End <= r.Start {
					return r, k, true
				}
			}
		}
	}
	// "for 3 days starting tomorrow", "for 2 weeks from May 20th".
	if post == 0 && s.cfg.hasRef && !anniv {
		if r, next, ok := s.lengthFrom(val, g, k); ok {
			s.span(&r, start, next)
			return r, next, true
		}
	}
	if anniv {
		if g != GrainYear || post != 0 {
			return Mention{}, i, false
		}
		n, ok := val.Int64()
		if !ok || n <= 0 || val.Exp() < 0 || n > 5000 {
			return Mention{}, i, false
		}
		m.Date.Anniversary = int(n)
		s.span(&m, i, k)
		return m, k, true
	}
	if within {
		if r, ok := s.withinRange(val, g); ok {
			r.Value, r.Unit = val, durUnitName(g)
			s.span(&r, i, k)
			return r, k, true
		}
		s.span(&m, i+1, k)
		return m, k, true
	}
	// "hơn 50 năm qua", "more than 50 years": a length with a bound is
	// no period with ends, whatever words follow it.
	if q != Exact && (post == 1 || post == -1) {
		post = 0
	}
	if post != 0 {
		var r Mention
		var ok bool
		if post == 1 || post == -1 {
			r, ok = s.relPeriod(val, g, post)
		} else {
			r, ok = s.relDate(val, g, post/2)
		}
		if ok {
			r.Qualifier = q
			s.span(&r, start, k)
			return r, k, true
		}
	}
	// "10 phút/chuyến", "15 minutes per trip": a length per something.
	if per, next, ok := s.durationPer(k); ok {
		m.Per, k = per, next
	}
	s.span(&m, start, k)
	return m, k, true
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
	if _, _, freq := lookup(s, k, 2, s.lex().frequency); freq || s.tok(k).low == enPer || enPerOnly.has(s.tok(next-1).low) {
		return per, next, true
	}
	return "", k, false
}

// enPer is the English word that opens a denominator by itself.
const enPer = "per"

// countedFrom reads the date after "after", "before" or "from" at token k
// and counts the length from it: "3 days after January 12th".
func (s *scanner) countedFrom(val Decimal, g Grain, k int, q Qualifier) (Mention, int, bool) {
	sign := 1
	if s.isWord(k, "before") {
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
	m := Mention{Kind: Date, Value: val, Unit: durUnitName(g), Date: DateValue{Point: dayPoint(t)}}
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
	if !s.isWord(j, "last") {
		return false
	}
	switch s.tok(j - 1).low {
	case "t", "will", "would", "to", "can", "could", "should", "may", "might", "must", "did", "does", "do", "not", "ll", "d", "usually", "often", "always", "never", "still":
		return true
	}
	return false
}

// lengthFrom reads "starting tomorrow", ", from 20th dec", "beginning
// May 20th" after a length at token k: the range that starts there.
func (s *scanner) lengthFrom(val Decimal, g Grain, k int) (Mention, int, bool) {
	if s.vi || g < GrainDay || g > grainFortnight || g == GrainHour || g == GrainMinute {
		return Mention{}, k, false
	}
	j := k
	if s.isPunct(j, ",") {
		j++
	}
	switch {
	case s.isWord(j, "starting") || s.isWord(j, "beginning"):
		j++
		if s.isWord(j, "from") || s.isWord(j, "on") {
			j++
		}
	case s.isWord(j, "from"):
		j++
	default:
		return Mention{}, k, false
	}
	sp, next, ok := s.phrase(j, pfCtx)
	if !ok || sp.hasTime && !sp.hasDate() {
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
		Date: DateValue{Point: dayPoint(t), End: dayPoint(e)}}, next, true
}

// durAmount reads a number and a unit of time at token j, with smaller
// units after it ("3 phút 20 giây", "1 hour and 30 minutes") and halves
// ("4 phút rưỡi", "an hour and a half"). The value is in the smallest unit.
func (s *scanner) durAmount(j int) (Decimal, Grain, int, bool) {
	val, g, k, ok := s.durPart(j)
	if !ok {
		return Decimal{}, NoGrain, j, false
	}
	total, ok := val.Mul(decimalOf(secondsOf(g)))
	if !ok {
		return Decimal{}, NoGrain, j, false
	}
	small := g
	parts := 1
	for parts < 4 {
		n := k
		if s.isWord(n, "và") || s.isWord(n, "and") || s.isPunct(n, ",") {
			n++
		}
		if s.isWord(n, "rưỡi") || s.isWord(n, "a") && s.isWord(n+1, "half") || s.isWord(n, "half") && n > k {
			if parts > 1 {
				break
			}
			half, ok := decimalOf(secondsOf(g)).Quo(2)
			if !ok {
				break
			}
			if total, ok = total.Add(half); !ok {
				return Decimal{}, NoGrain, j, false
			}
			if s.isWord(n, "a") {
				n++
			}
			k = n + 1
			small = halfUnit(g)
			parts++
			break
		}
		v2, g2, k2, ok := s.durPart(n)
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
		small, k = g2, k2
		parts++
	}
	if parts == 1 {
		return val, g, k, true
	}
	v, ok := total.Quo(secondsOf(small))
	if !ok {
		return Decimal{}, NoGrain, j, false
	}
	return v, small, k, true
}

// durPart reads one number and unit: "50 năm", "ba ngày", "3h", "an hour",
// "half a day", "nửa tháng", "three-day", "3.5years".
func (s *scanner) durPart(j int) (Decimal, Grain, int, bool) {
	var val Decimal
	k := j
	t := s.tok(j)
	switch {
	case !s.vi && (t.low == "a" || t.low == "an") && t.kind == tWord:
		if s.isWord(j+1, "few") {
			val, k = decimalOf(3), j+2
		} else if s.isWord(j+1, "couple") {
			val, k = decimalOf(2), j+2
			if s.isWord(k, "of") {
				k++
			}
		} else {
			val, k = decimalOf(1), j+1
		}
	case !s.vi && t.low == "few" && t.kind == tWord:
		val, k = decimalOf(3), j+1
	case !s.vi && t.low == "couple" && t.kind == tWord:
		val, k = decimalOf(2), j+1
		if s.isWord(k, "of") {
			k++
		}
	case !s.vi && t.low == "half" && t.kind == tWord && (s.isWord(j+1, "a") || s.isWord(j+1, "an")):
		val, k = Decimal{coef: 5, exp: -1}, j+2
	case s.vi && t.low == "nửa" && t.kind == tWord:
		val, k = Decimal{coef: 5, exp: -1}, j+1
	default:
		if t.kind != tNum && t.kind != tWord {
			return Decimal{}, NoGrain, j, false
		}
		n, ok := s.parseNum(j, numOpts{})
		if !ok || n.val.Sign() < 0 {
			return Decimal{}, NoGrain, j, false
		}
		val, k = n.val, n.next
	}
	hyphen := false
	if !s.vi && s.isPunct(k, "-") && s.glued(k) && s.glued(k+1) {
		hyphen = true
		k++
	}
	var g Grain
	var next int
	var ok bool
	if s.vi {
		g, next, ok = lookup(s, k, 3, viDurUnits)
		if !ok {
			// "5p", "3p20s", "30s": minutes and seconds written short.
			if u := s.tok(k); u.kind == tWord && s.glued(k) && s.tok(k-1).kind == tNum {
				switch u.low {
				case "p", "ph":
					g, next, ok = GrainMinute, k+1, true
				case "s":
					g, next, ok = grainSecond, k+1, true
				}
			}
		}
		if ok && s.glued(k) && s.tok(k-1).kind == tNum && g != GrainMinute && g != grainSecond {
			return Decimal{}, NoGrain, j, false
		}
	} else {
		if !hyphen {
			switch s.tok(k).low {
			case "straight", "consecutive", "successive", "full", "whole":
				// "three straight days", "two full years".
				if _, _, unit := lookup(s, k+1, 2, enDurUnits); unit {
					k++
				}
			}
		}
		g, next, ok = lookup(s, k, 2, enDurUnits)
		if ok {
			u := s.tok(k).low
			if len(u) == 1 && !s.glued(k) {
				return Decimal{}, NoGrain, j, false
			}
			if len(u) == 1 && u != "h" && s.tok(k).low == u && s.toks[k].upper == false && u != "d" && u != "y" && u != "w" {
				return Decimal{}, NoGrain, j, false
			}
			if u == "second" || u == "seconds" {
				// "forty-second" is an ordinal; "a second term" is another.
				p := s.tok(k - 1)
				if p.kind == tPunct && p.low == "-" {
					p = s.tok(k - 2)
				}
				if _, tens := enTens[p.low]; tens && p.kind == tWord || (t.low == "a" && k == j+1) {
					return Decimal{}, NoGrain, j, false
				}
			}
		}
	}
	if !ok {
		return Decimal{}, NoGrain, j, false
	}
	_ = hyphen
	return val, g, next, true
}

// halfUnit returns the unit that half of g is a whole number of.
func halfUnit(g Grain) Grain {
	switch g {
	case GrainYear:
		return GrainMonth
	case GrainMonth, GrainWeek:
		return GrainDay
	case GrainDay:
		return GrainHour
	case GrainHour:
		return GrainMinute
	case GrainMinute:
		return grainSecond
	}
	return g
}

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
	case GrainDay:
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
		return Point{Year: t.Year(), Grain: GrainYear}
	case GrainQuarter:
		return Point{Year: t.Year(), Month: (int(t.Month())-1)/3*3 + 1, Grain: GrainQuarter}
	case GrainMonth:
		return Point{Year: t.Year(), Month: int(t.Month()), Grain: GrainMonth}
	case GrainWeek, grainFortnight:
		m := monday(t)
		return Point{Year: m.Year(), Month: int(m.Month()), Day: m.Day(), Grain: GrainWeek}
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
		m = Mention{Kind: Date, Date: DateValue{Point: dayPoint(t)}}
		if dayPoint(t) != dayPoint(ref) {
			a, b := dayPoint(ref), dayPoint(t)
			if dir < 0 {
				a, b = b, a
			}
			m = Mention{Kind: DateRange, Date: DateValue{Point: a, End: b}}
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
		Date: DateValue{Point: periodPoint(a, step), End: periodPoint(b, step)}}, true
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
			return Mention{Kind: Date, Value: val, Unit: durUnitName(g), Date: DateValue{Point: dayPoint(t)}}, true
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
	case GrainWeek:
		unit, n = GrainDay, 7*n
	case GrainQuarter:
		unit, n = GrainMonth, 3*n
	}
	if !s.cfg.hasRef {
		if unit == GrainHour || unit == GrainMinute || unit == grainSecond {
			return Mention{}, false
		}
		return Mention{Kind: Date, Value: val, Unit: durUnitName(g), Date: DateValue{Relative: relString(rel{unit, dir * n})}}, true
	}
	ref := s.cfg.ref
	t := unitStep(ref, unit, dir*n)
	p := dayPoint(t)
	if unit == GrainYear && dir < 0 {
		// "5 năm trước", "five years ago": the year.
		p = Point{Year: t.Year(), Grain: GrainYear}
	}
	return Mention{Kind: Date, Value: val, Unit: durUnitName(g), Date: DateValue{Point: p}}, true
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
	return Mention{Kind: DateRange, Date: DateValue{Point: dayPoint(ref), End: dayPoint(t), By: true}}, true
}
