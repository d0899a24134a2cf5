package numbers

import "strings"

// quantity reads a count, a measure, an amount of money or a percentage at
// token i, with the qualifier before it and the currency, unit or percent
// sign around it: "khoảng 90 tỷ USD", "US$90 billion", "3,5%",
// "hơn 4.400 dự án", "400-600 mm", "từ 1.000 đến 2.000 tấn".
func (s *scanner) quantity(i int, m *Mention) (int, bool) {
	if !s.wordStarts(i, quantityStarts) {
		return i, false
	}
	*m = Mention{}
	j := i
	// A qualifier, and the openings of ranges.
	rangeWord := ""
	qualEnd := i // the end of the qualifier before the amount, if any
	if q, next, ok := s.qualifierAt(j, 6); ok {
		m.Qualifier, j, qualEnd = q, next, next
		// "khoảng chừng", "tầm khoảng": a second approximator.
		if q2, next, ok := s.qualifierAt(j, 3); ok && q2 == Approx {
			j = next
		}
	}
	open := j
	if w, next, ok := lookup(s, j, 1, s.lex().rangeOpeners); ok {
		rangeWord, j = w, next
	}
	if j == i && !s.wordStarts(i, amountStarts) {
		return i, false // "the", "in": a qualifier's first word, and no qualifier here
	}
	first, next, ok := s.amount(j, j > i)
	if !ok {
		return i, false
	}
	m.Kind, m.Value, m.Currency, m.Unit, m.Per = first.kind, first.n.val, first.currency, first.unit, first.per
	j = s.rangeOf(m, first, s.pastSuspended(next), rangeWord, open)
	if !m.Range {
		j = next // a suspended hyphen is no part of a count ("two- and three-bedroom")
	}
	if m.Range && (m.Qualifier == LessThan || m.Qualifier == MoreThan) {
		// A bound of a range bounds nothing: "streets under 40-60 cm of
		// water" are under the water, 40 to 60 cm deep.
		m.Qualifier = Exact
	}
	if rangeWord != "" && !m.Range && qualEnd == i && s.dbits(next)&dbDurUnit != 0 {
		// An opener that opens no range before a unit of time: the
		// rules at the count read the length ("from 2 hours to 5
		// hours", "từ 5 tiếng xuống 2 tiếng").
		return i, false
	}
	if first.n.vague && m.Qualifier == Exact {
		m.Qualifier = Approx
	}
	j = s.halfAfterUnit(m, j)
	j = s.boundsAfter(m, j)
	if qualEnd > i && !s.boundsUnit(i, qualEnd, m.Unit) {
		return i, false // the word is no qualifier of this amount; the next token reads it
	}
	if qualEnd > i && s.comparedAt(i, qualEnd, j) {
		m.Qualifier = Exact // "cao hơn 0,2 tấn/ha so với vụ trước": a difference
	}
	perTime(m)
	if m.Kind == Number && m.Unit == "" && !m.Range && s.cue(i-1, dcDayPrefix) {
		return i, false // "mùng 6 Tết": a day no date rule read (a lunar one), no count
	}
	if m.Kind == Number && m.Unit == "" && !m.Range {
		s.bareUnit(m, first.n, i, j, i == open)
	}
	start := i
	if rangeWord != "" && !m.Range {
		start = open + 1 // "từ 1.000 người": the opener is not part of it
	}
	s.span(m, start, j)
	return j, true
}

// boundsAfter reads, after the amount m that ends before token j, a
// qualifier after it ("từ 7000 đồng trở xuống", "10 or more"; not
// "above 1000 and below 1500", where "below" opens a second bound) and a
// second bound that makes a range ("more than 30 and less than 40",
// "trên 10 và dưới 20"), into m. It returns the token after them.
func (s *scanner) boundsAfter(m *Mention, j int) int {
	if q, next, ok := lookup(s, j, 4, s.postQualifiers()); ok && !s.startsAmount(next) && !s.opensBound(j) {
		m.Qualifier, j = postQualify(m.Qualifier, q), next
		// "two or more goals": the noun after the qualifier.
		if m.Kind == Number && m.Unit == "" {
			if u, next, ok := s.unit(j); ok {
				m.Unit, j = u, next
			}
		}
	}
	if !m.Range && m.Qualifier != Exact && m.Qualifier != Approx {
		if r, next, ok := s.secondBound(j, *m); ok {
			*m, j = r, next
		}
	}
	return j
}

// rangeOf reads the rest of a range whose first amount ends at token j,
// into m: "400-600", "từ 1.000 đến 2.000", "between 10 and 12", and a
// range of lengths of time, "2-3 ngày", "two to three days". rangeWord is
// the opener at token open, if any. It returns the token after it, j for
// no range.
func (s *scanner) rangeOf(m *Mention, first amt, j int, rangeWord string, open int) int {
	to, next, ok := s.alternatives(j, first)
	alt := ok || s.amountLinks().near.at(s.wordLow(j)) // "800 or a billion years": no range of ends
	if !ok {
		to, next, ok = s.rangeEnd(j, rangeWord, first)
	}
	if !ok || s.tok(j).kind == tWord && s.levelAfter(open, first, to) {
		return j
	}
	if (first.kind == Percent || first.kind == PercentPoint) && to.kind != first.kind {
		return j // "grew 9% to 312,000 tonnes": a change, then the level reached
	}
	if first.unit != "" && (to.currency != "" || to.unit != "" && to.unit != first.unit) {
		return j // "for the first 50 kWh to VND3,460": a measure, then a price
	}
	from := first.n.val
	// "1-2 triệu": the scale of the upper end applies to both, unless the
	// lower end of a range is whole without it, below the upper and within
	// two orders of it ("từ 800.000 đến 5 triệu đồng"; not "800 or a
	// billion years", two alternatives or near ends, nor "in 2021 to 80
	// million dong").
	if !first.n.scaled && to.n.scaled {
		if f, ok := from.Shift(to.n.scaleExp); ok && (alt || f.Cmp(to.n.val) < 0 || !nearBelow(from, to.n.val)) {
			from = f
		}
	}
	if from.Cmp(to.n.val) >= 0 {
		return j
	}
	m.Value = from
	m.Range, m.From, m.To = true, m.Value, to.n.val
	if to.currency != "" {
		m.Currency, m.Kind = to.currency, to.kind
	}
	if to.kind == Percent || to.kind == PercentPoint {
		m.Kind = to.kind
	}
	if to.unit != "" {
		m.Unit = to.unit
		if m.Kind == Number && timeUnits[m.Unit] {
			m.Kind = Duration // "từ 30 đến 90 phút": a range of lengths of time
		}
	}
	if to.per != "" {
		m.Per = to.per // "0,2-0,5 điểm phần trăm mỗi năm"
	}
	if m.Kind == Money && m.Per == "" {
		if per, end, ok := s.perUnit(next); ok {
			m.Per, next = per, end // "VND28-35 million a year": the currency before the range, the rate after it
		}
	}
	if m.Kind != Number || m.Unit != "" {
		return next
	}
	if g, end, ok := s.lengthUnitAt(next-1, next); ok && !s.clockHours(g, open, end) {
		m.Kind, m.Unit, next = Duration, durUnitName(g), end
		if per, end, ok := s.durationPer(next); ok {
			m.Per, next = per, end // "16 or 17 hours a day"
		}
	}
	return next
}

// clockHours reports hours that are times of day, not a length: after a
// word of time such as "lúc" before the range at token open, or before a
// part of the day at token next ("3-5 giờ chiều").
func (s *scanner) clockHours(g Grain, open, next int) bool {
	return g == GrainHour && (s.cue(open-1, dcTimeLead) || s.viPartAhead(next))
}

// unitAround returns the noun that a count of value v with no noun of its
// own, at tokens i to j, counts by what stands around it: the noun of the
// change it states ("the death toll rose by four", "rose to 9"; a count
// in digits only after a subject of change_nouns.tsv), what
// the verb it is the object of counts ("killed six"), or the noun of the
// whole it is a part of ("Nine of the 27 agencies"); "" for none, and for
// a value under one, a share itself ("half of the 11 tonnes"). For a part
// smaller than its whole it also returns the part's share of the whole
// (9/27), the factor by which the whole gives the part; else zero.
func (s *scanner) unitAround(v Decimal, i, j int, digits bool) (string, Decimal) {
	if u, ok := s.changeUnit(i, digits); ok {
		return u, Decimal{}
	}
	if u, ok := s.verbUnit(i); ok {
		return u, Decimal{}
	}
	if v.Cmp(decimalOf(1)) < 0 {
		return "", Decimal{} // "half of the 11 tonnes": a share of the whole, no count of its noun
	}
	u, whole, ok := s.wholeUnit(v, j)
	if !ok || whole.Cmp(v) <= 0 {
		return u, Decimal{}
	}
	share, _ := v.div(whole)
	return u, share
}

// opensBound reports whether a second bound starts at token j: "and less
// than 40", "and less or equal than 35".
func (s *scanner) opensBound(j int) bool {
	if s.amountLinks().bound.at(s.wordLow(j)) {
		j++
	}
	_, next, ok := s.qualifierAt(j, 6)
	return ok && s.startsAmount(next)
}

// postQualify combines a qualifier before the number with one after it:
// "less than 5000 or equal" is at most 5000.
func postQualify(before, after Qualifier) Qualifier {
	switch {
	case after == orEqual && before == LessThan:
		return AtMost
	case after == orEqual && before == MoreThan:
		return AtLeast
	case after == orEqual:
		return before
	}
	return after
}

// orEqual is the post-qualifier "or equal (to)", which only changes a
// strict bound into an inclusive one.
const orEqual Qualifier = 255

// startsAmount reports whether a number starts at token j (after an
// optional currency symbol).
func (s *scanner) startsAmount(j int) bool {
	t := s.tok(j)
	if t.kind == tNum {
		return true
	}
	if _, next, ok := lookup(s, j, 3, s.lang.money.before); ok && s.tok(next).kind == tNum {
		return true
	}
	return s.grammar().wordAt(s, j).is(cDigit | cTeen | cTens)
}

// secondBound reads "and less than 40" after "more than 30" and returns
// the range the two bounds make.
func (s *scanner) secondBound(j int, m Mention) (Mention, int, bool) {
	k := j
	comma := s.isPunct(k, ",")
	if s.amountLinks().bound.at(s.wordLow(k)) || comma {
		k++
	} else {
		return m, j, false
	}
	q, next, ok := s.qualifierAt(k, 6)
	if !ok {
		return m, j, false
	}
	b, end, ok := s.amount(next, true)
	if !ok || b.currency != "" && m.Currency != "" && b.currency != m.Currency {
		return m, j, false
	}
	if comma && (b.kind != m.Kind || b.unit != m.Unit || b.currency != m.Currency) {
		// After a comma only a bound of the same measure closes the
		// range: "nearly $8.8 billion, more than a quarter of the
		// total" and "nearly 400 people, more than 300 of them" are two
		// facts.
		return m, j, false
	}
	lower := m.Qualifier == MoreThan || m.Qualifier == AtLeast
	upper := q == LessThan || q == AtMost
	if lower == upper {
		lo, hi := m.Value, b.n.val
		if !lower {
			lo, hi = hi, lo
		}
		if lo.Cmp(hi) < 0 {
			m.Range, m.From, m.To, m.Value = true, lo, hi, lo
			m.Qualifier = Exact
			if b.currency != "" {
				m.Currency, m.Kind = b.currency, b.kind
			}
			return m, end, true
		}
	}
	return m, j, false
}

// An amt is a number with what follows it: a currency, a percent sign or a
// unit.
type amt struct {
	n        num
	kind     Kind
	currency string
	unit     string
	per      string
}

// amount reads a number with its currency, percent sign or unit. With
// qualified set a qualifier or a range opener stands before it, and the
// number may be a fraction in words ("hơn một nửa").
func (s *scanner) amount(j int, qualified bool) (amt, int, bool) {
	if a, k, ok := s.currencyFirst(j); ok {
		return a, k, true
	}
	// "percent of 10", "per cent of twenty-two".
	if _, next, ok := lookup(s, j, 3, s.lang.percentBefore); ok {
		if n, ok := s.parseNum(next, numOpts{}); ok {
			return amt{n: n, kind: Percent}, n.next, true
		}
	}
	// "a dollar", "one-yen".
	if s.grammar().wordAt(s, j).is(cArticle) && s.tok(j+1).kind == tWord {
		if cur, next, ok := lookup(s, j+1, 3, s.currencySuffixes()); ok && cur != currencyCent && s.tok(next).kind != tNum {
			a := amt{n: num{val: decimalOf(1), next: j + 1, words: true}, kind: Money, currency: cur}
			return a, s.cents(&a, next), true
		}
	}
	if a, ok := s.tally(j); ok {
		return a, a.n.next, true
	}
	n, ok := s.amountNumber(j, qualified)
	if !ok || s.rankSuffixAt(n.next) {
		return amt{}, j, false
	}
	if u, ok := s.unitHead(j); ok && !s.symbolGlued(n.next) {
		// "đạt điểm 9,5 môn Toán": the noun before a score names its
		// unit, and the subject after it is no noun of it; a symbol
		// glued to the digits names it itself ("will top 38C").
		return amt{n: n, kind: Number, unit: u}, n.next, true
	}
	if s.codeDigits(j) {
		// "MP3 player", "CO2 emissions": the noun after a code is the
		// code's, not a count's.
		return amt{n: n, kind: Number}, n.next, true
	}
	a, k := s.afterNumber(amt{n: n, kind: Number}, n.next)
	return a, k, true
}

// symbolGlued reports a unit symbol glued to the digits that end before
// token k: "38C", "5km".
func (s *scanner) symbolGlued(k int) bool {
	_, ok := s.gluedSymbol(k)
	return ok && s.glued(k)
}

// unitHead returns the unit that a noun before token j gives the number
// there (unit_heads.tsv): of the phrases that end at j, or at a hyphen
// glued to both ("magnitude-7.1"), the longest; one whose unit is "-" is
// another word and no head ("thời điểm 1900", at the time of 1900).
func (s *scanner) unitHead(j int) (string, bool) {
	if s.isPunct(j-1, "-") && s.glued(j-1) && s.glued(j) && s.tok(j-2).kind == tWord {
		j-- // the head's hyphen
	}
	for k := max(j-3, 0); k < j; k++ {
		if !startsIn(s, k, s.lex().unitHeads) {
			continue
		}
		if u, next, ok := lookup(s, k, 3, s.lex().unitHeads); ok && next == j {
			return u, u != noUnitHead
		}
	}
	return "", false
}

// noUnitHead is the unit of a phrase of unit_heads.tsv that is no head.
const noUnitHead = "-"

// tally reads the first count of a tally written as a fraction before the
// noun both count: "455/468 đại biểu" is 455 deputies of 468, as "455 of
// the 468 deputies" is, and "86/86 phiếu" all 86 votes of 86; the second
// count is read after it. A fraction of
// a whole ("2/3 số hộ", "1/10 dân số") has a small denominator or no count
// noun right after it.
func (s *scanner) tally(j int) (amt, bool) {
	a, b, ok := s.slashDigits(j)
	if !ok || s.isPunct(j+3, "/") || s.isPunct(j-1, "/") || !s.tok(j+3).space {
		return amt{}, false
	}
	n, m := atoiSmall(a.low), atoiSmall(b.low)
	if m < minTallyWhole || n > m || n <= 0 {
		return amt{}, false
	}
	u, _, ok := s.unit(j + 3)
	if !ok {
		return amt{}, false
	}
	return amt{n: num{val: decimalOf(n), next: j + 1, digits: true, plain: true}, kind: Number, unit: u}, true
}

// isTally reports a tally at token j (see tally).
func (s *scanner) isTally(j int) bool {
	_, ok := s.tally(j)
	return ok
}

// minTallyWhole is the smallest whole of a tally written as a fraction:
// below it "N/M" is a fraction ("3/4 diện tích").
const minTallyWhole = 20

// codeDigits reports digits at token j glued to a word of two or more
// capital letters that no rule begins with (not a currency such as
// "USD", nor a word of the date tables): the digits end a code.
func (s *scanner) codeDigits(j int) bool {
	t := s.tok(j)
	if t.kind != tNum || t.space || j == 0 {
		return false
	}
	w := &s.toks[j-1]
	if w.kind != tWord || len(w.low) < 2 || w.firsts&startMask != 0 || w.dbits != 0 {
		return false
	}
	for i := w.start; i < w.end; i++ {
		if c := s.text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// halfAfterUnit reads a half word after the unit of a whole count at
// token j ("hai dặm rưỡi", "3 km rưỡi": two miles and a half), adds the
// half to m's value and returns the token after it; else j.
func (s *scanner) halfAfterUnit(m *Mention, j int) int {
	if m.Unit == "" || m.Range || m.Value.Exp() < 0 || !s.grammar().wordAt(s, j).is(cHalf) {
		return j
	}
	v, ok := m.Value.Add(halfDecimal)
	if !ok {
		return j
	}
	m.Value = v
	return j + 1
}

// halfDecimal is 0.5.
var halfDecimal = Decimal{coef: 5, exp: -1}

// rankSuffixAt reports whether token k is the ordinal suffix of the
// digits before it ("th" of "11th"): the number is a rank, and what
// follows ("11th storm", "3rd bridge") is what it ranks, not a count.
func (s *scanner) rankSuffixAt(k int) bool {
	suf := s.tok(k)
	return k > 0 && suf.kind == tWord && s.glued(k) && s.tok(k-1).kind == tNum && s.ordinalSuffixOK(s.tok(k-1).low, suf.low)
}

// currencyFirst reads an amount of money with its currency before the
// number: "US$90 billion", "VND5 trillion", "€20", "Rs. 20", "MAUD 60".
func (s *scanner) currencyFirst(j int) (amt, int, bool) {
	if !startsIn(s, j, s.lang.money.before) && !startsIn(s, j, s.lang.money.million) {
		return amt{}, j, false // most amounts: a number first
	}
	cur, next, ok := lookup(s, j, 3, s.lang.money.before)
	million := false
	if !ok {
		cur, next, ok = lookup(s, j, 1, s.lang.money.million)
		million = ok
	}
	if !ok {
		return amt{}, j, false
	}
	if nt := s.tok(next); !(nt.kind == tNum || nt.kind == tPunct && s.tok(next+1).kind == tNum || nt.kind == tWord && s.conv().spelledMoney) {
		return amt{}, j, false
	}
	n, ok := s.parseNum(next, numOpts{money: true})
	if !ok {
		return amt{}, j, false
	}
	if million {
		n.val, _ = n.val.Shift(6)
	}
	a := amt{n: n, kind: Money, currency: cur}
	k := n.next
	// "$5 million USD": a repeated code, but not a symbol that starts the
	// next amount ("$ 20,000.00 $ 37,305.97").
	if c2, next, ok := lookup(s, k, 4, s.currencySuffixes()); ok && c2 == cur && s.tok(k).kind == tWord {
		k = next
	}
	k = s.cents(&a, k)
	if per, next, ok := s.perUnit(k); ok {
		a.per, k = per, next
	}
	return a, k, true
}

// amountNumber reads the number of an amount at token j: digits, words,
// a fraction ("more than 1/2"), a part by itself ("more than half"). A
// fraction in words is read here only after a qualifier ("hơn một nửa",
// "more than two thirds"): elsewhere the fraction rule reads it, after
// the ranks ("seventy third").
func (s *scanner) amountNumber(j int, qualified bool) (num, bool) {
	n, ok := s.parseNum(j, numOpts{})
	if f, next, isFrac := s.digitFraction(j); isFrac && (!ok || next > n.next) {
		return num{val: f, next: next, digits: true}, true // "more than 1/2"
	}
	if qualified && (ok && s.partNext(n.next) || !ok && s.partNext(j+1)) && s.wordStarts(j, fractionStarts) {
		if f, next, isFrac := s.wordFraction(j); isFrac && (!ok || next > n.next) {
			return num{val: f, next: next, words: true}, true // "hơn một nửa", "more than two thirds"
		}
		if w, part := s.fracWordAt(j+1, s.wordLow(j+1)); !ok && part && s.grammar().wordAt(s, j).is(cArticle) {
			return num{val: w.part, next: j + 2, words: true}, true // "nearly a third chose": no rank is approximate
		}
	}
	if ok || j <= 0 {
		return n, ok
	}
	if w, part := s.fracWordAt(j, s.wordLow(j)); part && w.alone && !s.ofUnitAt(j+1) {
		// "more than half"; "about half a percentage point" is the
		// fraction rule's, which reads the unit after the article.
		return num{val: w.part, next: j + 1, words: true}, true
	}
	return n, false
}

// partNext reports whether the word at token k names a part or links
// the parts of a fraction ("nửa", "thirds", "phần", "over", "in"): the
// number before it, after a qualifier, is a numerator ("about one in
// four people").
func (s *scanner) partNext(k int) bool {
	if s.isPunct(k, "-") && s.glued(k) && s.glued(k+1) {
		k++ // "about two-thirds"
	}
	if _, ok := s.fracWordAt(k, s.wordLow(k)); ok {
		return true
	}
	if !s.vi {
		if _, _, ok := s.denominatorEN(k, true); ok {
			return true // "nearly one fifth": an ordinal word as the denominator
		}
	}
	fr := s.fractions()
	if !fr.linksFirst.at(s.wordLow(k)) {
		return false
	}
	link, _, ok := lookup(s, k, linkWords, fr.links)
	return ok && link.how != linkWhole && link.how != linkWholeFirst
}

// afterNumber reads what follows the number of an amount at token k: a
// percent sign, a currency, a unit or the head noun of a count, a rate.
func (s *scanner) afterNumber(a amt, k int) (amt, int) {
	if u, ok := s.gluedSymbol(k); ok {
		a.unit = u // "38C": Celsius, not cents
		return a, k + 1
	}
	if s.isPunct(k, "-") && s.glued(k) && s.tok(k+1).kind == tWord && s.glued(k+1) {
		if _, _, ok := lookup(s, k+1, 3, s.currencySuffixes()); ok {
			k++ // "one-yen", "10-dollar"
		} else if u, next, ok := lookup(s, k+1, 3, s.lang.units); ok && s.conv().hyphenUnits {
			// "an 8.5-km section", "a 20-year contract" is a duration.
			a.unit = u
			return a, next
		} else if u, next, ok := s.hyphenedUnit(k + 1); ok && s.conv().hyphenUnits {
			a.unit = u // "a 70-square-metre flat"
			return a, next
		}
	}
	// Percent and percentage points.
	if kind, next, ok := lookup(s, k, 3, s.percents()); ok {
		a.kind = kind
		if per, end, ok := s.perUnit(next); ok && (kind == Percent || kind == PercentPoint) && !s.countedBack(end) {
			a.per, next = per, end // "5,8%/năm", "5.8% a year"; not "5% a year ago"
		}
		return a, next
	}
	// A currency after the number: "90 tỷ USD", "10$", "20 euros", "10.000 đồng",
	// "75 USD million", "30 MUSD"; but "3 USD50" is a number, then USD 50.
	if cur, next, ok := lookup(s, k, 4, s.currencySuffixes()); ok && !(s.tok(next).kind == tNum && s.glued(next)) && !s.notMoney(k, a.n.scaled) {
		a.kind, a.currency = Money, cur
		k = next
		if e, next, ok := lookup(s, k, 1, s.scaleTable()); ok && !a.n.scaled {
			if v, ok := a.n.val.Shift(e); ok {
				a.n.val, a.n.scaled, k = v, true, next
			}
		}
		// "2 đô 23 xu", "2 đô la và 23 xen": dollars and cents.
		k = s.cents(&a, k)
		if per, next, ok := s.perUnit(k); ok {
			a.per, k = per, next
		}
		return a, k
	}
	if cur, next, ok := lookup(s, k, 1, s.lang.money.million); ok {
		if v, ok := a.n.val.Shift(6); ok {
			a.n.val, a.kind, a.currency = v, Money, cur
			return a, next
		}
	}
	a, k = s.unitAfter(a, k)
	if _, next, ok := lookup(s, k, 4, s.lex().signAfter); ok {
		a.n.val, k = a.n.val.Neg(), next // "12 under par", "5 degrees below zero"
	}
	return a, k
}

// unitAfter reads the unit or the head noun of a count at token k, after
// the number of amount a, and the denominator of a rate after it.
func (s *scanner) unitAfter(a amt, k int) (amt, int) {
	if u, next, ok := s.unit(k); ok {
		a.unit = u
		k = next
		if per, next, ok := s.perUnit(k); ok {
			a.per, k = per, next
		} else if per, next, ok := s.perAfterComplement(k); ok {
			a.per, k = per, next
		}
	} else if u, ok := s.unitAfterCode(k); ok && smallCount(a.n.val) {
		a.unit = u // k stays before the code, a figure of its own
	} else if per, next, ok := s.perAfterNoun(k); ok {
		a.per, k = per, next
	}
	return a, k
}

// smallCount reports a whole number below maxCodeCount: a count that may
// take the unit after a code.
func smallCount(v Decimal) bool {
	n, ok := v.Int64()
	return ok && n < maxCodeCount
}

// perAfterNoun reads the denominator of a rate after a noun no table
// knows, or right after the count, at token k after it: "4,800
// screenings a day" is 4,800 a day, and "a day" no length of its own;
// "opening some 380 a year".
func (s *scanner) perAfterNoun(k int) (string, int, bool) {
	t := s.tok(k)
	if t.kind != tWord || !t.space || t.upper {
		return "", k, false
	}
	_, _, ul := s.units()
	if ul.perNoun.at(t.low) {
		return s.perUnit(k) // "some 380 a year": no noun at all
	}
	if !ul.perNoun.at(s.wordLow(k + 1)) {
		return "", k, false // "năm 60 ở một trường": "một" opens no rate here
	}
	if ul.perWords.at(t.low) || ul.stopWords.at(t.low) || s.dbits(k) != 0 {
		return "", k, false
	}
	return s.perUnit(k + 1)
}

// sharedUnit gives a bare count m, the number n, before a list word at
// token j (conjunctions.tsv, list), what the amount after that word is:
// "eight and six years", "3 và 5%". An amount scaled by a word is left
// alone ("3 and 5 million" may be three million or three), and so are the
// parts of one number said in words ("twenty and four hours", "one and
// half hour").
func (s *scanner) sharedUnit(m *Mention, n num, j int) {
	j = s.pastSuspended(j) // "10- and 15-year bonds"
	if !s.amountLinks().list.at(s.wordLow(j)) {
		return
	}
	a, next, ok := s.amount(j+1, false)
	switch {
	case !ok || a.n.scaled || a.n.val.Cmp(decimalOf(1)) < 0 || n.words && a.n.words && partsOfOne(n.val, a.n.val):
	case a.kind != Number || a.unit != "":
		m.Kind, m.Currency, m.Unit, m.Per = a.kind, a.currency, a.unit, a.per
	default:
		if g, _, ok := s.lengthUnitAt(next-1, next); ok {
			m.Kind, m.Unit = Duration, durUnitName(g)
		}
	}
}

// pastSuspended returns the token after a hyphen at token k that leaves
// the amount before it open for the word after the next amount, k for
// none: a hyphen glued to the amount, then a space and a word that links
// two amounts (a list word of conjunctions.tsv, a word of
// range_links.tsv): "10- and 15-year bonds", "two- to three-day visits".
func (s *scanner) pastSuspended(k int) int {
	if !s.isPunct(k, "-") || !s.glued(k) || s.glued(k+1) || s.tok(k+1).kind != tWord {
		return k
	}
	if w := s.wordLow(k + 1); s.amountLinks().list.at(w) || s.rangeLinkAt(k+1, "") {
		return k + 1
	}
	return k
}

// bareUnit gives a bare count m, the number n over tokens [i, j), the
// unit that the words around it give it: the amount after a list word
// ("eight and six years"), the count before one ("aged six and nine",
// when no opener stands before it), the noun near it.
func (s *scanner) bareUnit(m *Mention, n num, i, j int, noOpener bool) {
	s.sharedUnit(m, n, j)
	if m.Unit == "" && m.Kind == Number && noOpener && s.tok(j).kind != tWord {
		s.listedUnit(m, i)
	}
	if m.Unit == "" && m.Kind == Number {
		m.Unit, m.Factor = s.unitAround(m.Value, i, j, n.digits)
	}
}

// listedUnit gives a bare count m at token i, which no word follows,
// the unit of the amount just before it: the count before it in a list
// ("aged six and nine"; not "51 laws and 39 resolutions", whose noun no
// table knows), or the count or length of time a range opener opened
// when m is the other end that the range could not join ("cut from five
// hours to two", which falls).
func (s *scanner) listedUnit(m *Mention, i int) {
	n := len(s.out)
	if n == 0 || i < 2 {
		return
	}
	prev := &s.out[n-1]
	if prev.Unit == "" || prev.Range || !prev.Factor.IsZero() || prev.End != s.toks[i-2].end {
		return
	}
	switch {
	case prev.Kind == Number && s.amountLinks().list.at(s.wordLow(i-1)):
		m.Unit = prev.Unit
	case (prev.Kind == Number || prev.Kind == Duration) && s.otherEnd(prev, i-2, i-1):
		m.Kind, m.Unit = prev.Kind, prev.Unit
	}
}

// otherEnd reports a word at token link that joins the amount prev,
// which ends at token last, to a second one as the range opener before
// prev asks: "to" after "from five hours".
func (s *scanner) otherEnd(prev *Mention, last, link int) bool {
	first := last
	for first > 0 && s.toks[first-1].start >= prev.Start {
		first--
	}
	w, _, ok := lookup(s, first-1, 1, s.lex().rangeOpeners)
	return ok && s.rangeLinkAt(link, w)
}

// nearBelow reports a lower end below the upper and within two orders
// of magnitude of it: 800,000 and 5 million, not 2021 and 80 million.
func nearBelow(lo, hi Decimal) bool {
	x, ok := lo.Shift(2)
	return lo.Cmp(hi) < 0 && ok && x.Cmp(hi) >= 0
}

// partsOfOne reports two numbers in words that may be the parts of one:
// tens and units ("twenty and four"), hundreds and less ("two hundred and
// five").
func partsOfOne(a, b Decimal) bool {
	x, ok := a.Int64()
	y, ok2 := b.Int64()
	return ok && ok2 && x%10 == 0 && y < x
}

// notMoney reports a word at token k that begins with a currency's name
// and is none (currencies.tsv, code "no") after an amount, scaled or not:
// "Hai đồng phạm" counts two accomplices, not two đồng; "hai đồng tiền
// xu" two coins, but "8,5 triệu đồng tiền vé" is 8.5 million đồng of
// fares (place "unscaled").
func (s *scanner) notMoney(k int, scaled bool) bool {
	always, _, ok := lookup(s, k, 3, s.lang.money.none)
	return ok && (always || !scaled)
}

// hyphenedUnit reads a unit of two words hyphened to each other at token
// j ("square-metre" after "70-"), as units.tsv writes it with a space.
func (s *scanner) hyphenedUnit(j int) (string, int, bool) {
	a, b := s.tok(j), s.tok(j+2)
	if a.kind != tWord || !s.isPunct(j+1, "-") || !s.glued(j+1) || b.kind != tWord || !s.glued(j+2) {
		return "", j, false
	}
	if u, ok := s.lang.units.get(a.low + " " + b.low); ok {
		return u, j + 3, true
	}
	return "", j, false
}

// countedBack reports a word at token k that counts a length back from
// the reference or forward to it (date_cues.tsv, length-after: "ago",
// "earlier", "trước", "qua"): the words before it are a date, no rate.
func (s *scanner) countedBack(k int) bool {
	p, _, ok := s.cueAt(k, 3, roleLengthAfter)
	return ok && p != postNone
}

// scaleTable returns the scale words of the language.
func (s *scanner) scaleTable() *phraseTable[int] {
	return s.lang.scales
}

// cents reads the smaller unit after a money amount: "2 đô 23 xu",
// "$20 and 43c", "20 Rupees 43", "US$3 and fourteen", "hai đô rưỡi".
func (s *scanner) cents(a *amt, k int) int {
	if a.n.val.Exp() < 0 || a.n.scaled {
		return k // "VND80 million and seven prizes": no cents after a scale
	}
	if s.grammar().wordAt(s, k).is(cHalf) {
		if v, ok := a.n.val.Add(Decimal{coef: 5, exp: -1}); ok {
			a.n.val = v
			return k + 1
		}
	}
	j := k
	and := s.amountLinks().cents.at(s.wordLow(j))
	if and {
		j++
	}
	t := s.tok(j)
	if t.kind != tNum && t.kind != tWord || t.kind == tNum && len(t.low) > 2 {
		return k
	}
	c, ok := s.parseNum(j, numOpts{noCont: true})
	if !ok || c.scaled || c.val.Sign() <= 0 || c.val.Exp() < 0 || c.val.Cmp(decimalOf(100)) >= 0 {
		return k
	}
	end := c.next
	if _, next, ok := lookup(s, end, 2, s.lang.money.subunits); ok {
		end = next
	} else {
		// Without a subunit word the cents are two digits, or words after
		// "and", and no currency follows them ("50 dollar 50 dollar");
		// words followed by a word count that word ("300 đô một tháng" is
		// 300 dollars a month, not 300.01).
		if t.kind == tNum && len(t.low) != 2 && !and {
			return k
		}
		if _, _, ok := lookup(s, end, 4, s.currencySuffixes()); ok {
			return k
		}
		if _, _, ok := lookup(s, end, 3, s.lang.money.before); ok {
			return k
		}
		if nt := s.tok(end); nt.kind == tNum || nt.kind == tWord && !and && (s.conv().spelledMoney || t.kind == tWord) {
			return k
		}
		if s.countsNoun(end) {
			return k // "phạt 50 triệu đồng và 3 năm tù treo": three years, no cents
		}
	}
	f, ok := c.val.Quo(100)
	if !ok {
		return k
	}
	if v, ok := a.n.val.Add(f); ok {
		a.n.val = v
		return end
	}
	return k
}

// countsNoun reports a noun of units.tsv or a unit of time at token k:
// the number before it counts it.
func (s *scanner) countsNoun(k int) bool {
	if _, _, ok := s.unit(k); ok {
		return true
	}
	_, _, ok := s.lengthUnitAt(k-1, k)
	return ok
}

// phoneLike reports whether the dash at token k joins parts of a phone
// number or a code: "+1-222-2222", "222-2222/2222", "1111-22223333-4444".
func (s *scanner) phoneLike(k int) bool {
	if s.isPunct(k+2, "-") && s.tok(k+3).kind == tNum || s.isPunct(k+2, "/") && s.tok(k+3).kind == tNum {
		return true
	}
	return s.isPunct(k-2, "+") || s.isPunct(k-2, "-") && s.tok(k-3).kind == tNum
}

// rangeEnd reads the upper end of a range after the first amount: "-600",
// "đến 2.000", "to 600mm", "and 12" (after "between").
func (s *scanner) rangeEnd(j int, opener string, first amt) (amt, int, bool) {
	k := j
	switch {
	case s.isPunct(k, "-") || s.isPunct(k, "–") || s.isPunct(k, "—") || s.isPunct(k, "~"):
		// Not "+1-222-2222" (a phone number) and not "three-nought-four".
		if first.n.words && !s.tok(k).space || s.phoneLike(k) {
			return amt{}, j, false
		}
		k++
	case s.rangeLinkAt(k, opener):
		k++
	default:
		return amt{}, j, false
	}
	// "VND1000-VND2000", "50.000đ-100.000đ", "10k-20k".
	to, next, ok := s.amount(k, false)
	if !ok || s.amountLinks().near.at(s.wordLow(k-1)) && (!nearEnds(first.n, to.n) || s.yearsOf(first, to)) {
		return amt{}, j, false // "10 bln or 10 tln", "2019 or 2020": two figures, no range
	}
	if first.currency != "" && to.currency != "" && first.currency != to.currency {
		return amt{}, j, false
	}
	if first.kind != to.kind && first.kind != Number && to.kind != Number {
		return amt{}, j, false
	}
	if first.unit != "" && to.unit != "" && first.unit != to.unit {
		return amt{}, j, false
	}
	return to, next, true
}

// yearsOf reports two bare numbers that read as years: alternatives of
// them are two years, each a date, not a range of numbers.
func (s *scanner) yearsOf(a, b amt) bool {
	ya, okA := a.n.val.Int64()
	yb, okB := b.n.val.Int64()
	return okA && okB && a.kind == Number && b.kind == Number && s.yearLike(int(ya)) && s.yearLike(int(yb))
}

// maxAlternatives bounds the figures of a list of alternatives.
const maxAlternatives = 6

// alternatives reads a list of three or more alternatives after the
// first amount, at token j: commas or words of alternatives
// (range_links.tsv, flag near) between rising figures, at least one such
// word: "10, 20 hay 30 năm", "10 or 20 or 30 years" are the range of its
// first and last. It returns the last amount and the token after it.
func (s *scanner) alternatives(j int, first amt) (amt, int, bool) {
	if y, ok := first.n.val.Int64(); ok && first.kind == Number && s.yearLike(int(y)) {
		return amt{}, j, false // "năm 2019, 2020 hay 2021": years, each a date
	}
	last, k, words, n := first, j, 0, 0
	for ; n < maxAlternatives; n++ {
		near := s.tok(k).kind == tWord && s.amountLinks().near.at(s.wordLow(k))
		if !near && !s.isPunct(k, ",") {
			break
		}
		a, next, ok := s.amount(k+1, false)
		if !ok || a.n.val.Cmp(last.n.val) <= 0 || a.kind != first.kind && a.kind != Number && first.kind != Number {
			break
		}
		if near {
			words++
		}
		last, k = a, next
	}
	if n < 2 || words == 0 || !nearEnds(first.n, last.n) {
		return amt{}, j, false
	}
	return last, k, true
}

// nearEnds reports two ends of a range said as alternatives ("two or
// three", "10 or 15 percent"): the upper less than ten times the lower.
// The lower end takes the scale of the upper ("six or eight million").
func nearEnds(lo, hi num) bool {
	v := lo.val
	if !lo.scaled && hi.scaled {
		if f, ok := v.Shift(hi.scaleExp); ok {
			v = f
		}
	}
	bound, ok := v.Shift(1)
	return ok && v.Sign() > 0 && hi.val.Cmp(bound) < 0
}

// rangeLinkAt reports whether token k is a word between the two ends of
// a range opened by opener ("" for none): "đến", "to", "and" after
// "between".
func (s *scanner) rangeLinkAt(k int, opener string) bool {
	after, ok := s.amountLinks().ranges.get(s.wordLow(k))
	return ok && (after.len() == 0 || after.at(opener))
}

// currencyCent is the currency of a cent: "a cent" is no amount of money
// by itself.
const currencyCent = "cent"

// The words between two amounts are data, in lang/LANG/:
// conjunctions.tsv ("and", "và": before a second bound, before cents) and
// range_links.tsv ("đến", "to", "and" after "between").
type amountLinks struct {
	bound  strMap[bool]         // "more than 30 and less than 40"
	cents  strMap[bool]         // "$20 and 43c"
	list   strMap[bool]         // "eight and six years": the first shares the second's unit
	ranges strMap[strMap[bool]] // the word and the openers it needs, none for any
	near   strMap[bool]         // the words of ranges whose ends are near: "two or three"
}

const (
	fileConjunctions = "conjunctions"
	fileRangeLinks   = "range_links"

	conjBound = "bound"
	conjCents = "cents"
	conjList  = "list"
	linkAfter = "after="
	linkNear  = "near"
)

// amountLinks returns the words between amounts of the scanner's
// language.
func (s *scanner) amountLinks() *amountLinks { return s.lang.amountLinks }

func newAmountLinks(src langSource) *amountLinks {
	bound, cents, list, ranges := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]strMap[bool]{}
	for k, v := range src.tsv(fileConjunctions) {
		for _, role := range strings.Fields(v) {
			switch role {
			case conjBound:
				bound[k] = true
			case conjCents:
				cents[k] = true
			case conjList:
				list[k] = true
			}
		}
	}
	near := map[string]bool{}
	for k, v := range src.tsv(fileRangeLinks) {
		var after strMap[bool] // empty for any
		for _, f := range strings.Fields(v) {
			if list, ok := strings.CutPrefix(f, linkAfter); ok {
				after = newStrMap(wordSet(rowsOf(strings.Split(list, ","))))
			}
			if f == linkNear {
				near[k] = true
			}
		}
		ranges[k] = after
	}
	return &amountLinks{bound: newStrMap(bound), cents: newStrMap(cents), list: newStrMap(list), ranges: newStrMap(ranges), near: newStrMap(near)}
}

// perTime makes a length of time per something a duration: "10
// phút/chuyến".
func perTime(m *Mention) {
	if m.Kind == Number && m.Per != "" && timeUnits[m.Unit] {
		m.Kind = Duration
	}
}

// timeUnits holds the canonical units of durations: "minute", "year".
var timeUnits = buildTimeUnits()

func buildTimeUnits() map[string]bool {
	set := map[string]bool{}
	for _, g := range []Grain{GrainYear, GrainQuarter, GrainMonth, GrainWeek, GrainDay, GrainHour, GrainMinute, grainSecond, grainDecade, grainCentury} {
		set[durUnitName(g)] = true
	}
	return set
}
