package numbers

import "unicode/utf8"

// A num is a number read at some token: its value, where it ends and how it
// was written. Rules build mentions from nums.
type num struct {
	val      Decimal
	next     int  // index of the token after the number
	digits   bool // written with digits (possibly with scale words)
	words    bool // written (at least partly) in words
	scaled   bool // ends in a scale word or suffix: triệu, million, k
	scaleExp int  // the power of ten the scale words applied
	plain    bool // only digits, no separators, sign or scale: a year candidate
	sep      bool // digits with a grouping or decimal separator
	vague    bool // a vague count: "a few", "a couple"
}

// numOpts tune parseNum.
type numOpts struct {
	money  bool // in a money context: "m" and "b" are million and billion
	noCont bool // do not read smaller orders after scale words
}

// parseNum reads a number starting at token i: digits in the language's
// conventions, number words, or both ("1,5 triệu", "21.5 million").
func (s *scanner) parseNum(i int, o numOpts) (num, bool) {
	// Several rules read the number at the same token: remember the last.
	if s.ordinalWords {
		return s.readNum(i, o)
	}
	if c := &s.numMemo; c.valid && c.i == i && c.o == o {
		return c.n, c.ok
	}
	n, ok := s.readNum(i, o)
	s.numMemo = numMemo{i: i, o: o, n: n, ok: ok, valid: true}
	return n, ok
}

// A numMemo is the last number parseNum read.
type numMemo struct {
	i     int
	o     numOpts
	n     num
	ok    bool
	valid bool
}

// readNum is parseNum without the memo.
func (s *scanner) readNum(i int, o numOpts) (num, bool) {
	neg := false
	j := i
	switch {
	case s.isPunct(j, "-") || s.isPunct(j, "−"):
		// A sign only where it cannot be a range dash or a hyphen.
		if prev := s.tok(j - 1); j > 0 && !s.toks[j].space && (prev.kind == tNum || prev.kind == tWord) {
			return num{}, false
		}
		if s.tok(j+1).kind == tNum && s.glued(j+1) || s.tok(j+1).kind == tPunct && s.tok(j+2).kind == tNum {
			neg = true
			j++
		} else if s.tok(j+1).kind == tNum {
			// "- 1.200.000": a detached minus sign.
			neg = true
			j++
		} else {
			return num{}, false
		}
	case s.grammar().wordAt(s, j).is(cMinus):
		// "âm 5", "minus 3", but not "minus minus 3".
		if s.grammar().wordAt(s, j+1).is(cMinus) {
			return num{}, false
		}
		if n, ok := s.parseNum(j+1, o); ok && n.val.Sign() > 0 {
			n.val = n.val.Neg()
			return n, true
		}
		return num{}, false
	}
	if s.inParties(j) {
		return num{}, false
	}
	var n num
	var ok bool
	if g := s.grammar(); g.pointStarts && g.wordAt(s, j).is(cPoint) && (s.tok(j+1).kind == tNum || s.tok(j+1).kind == tWord) && (j == 0 || s.tok(j-1).kind != tNum && s.tok(j-1).kind != tWord) {
		// "point 77" at the start of a phrase: 0.77.
		if f, next, ok := s.wordDecimals(g, j+1); ok {
			return num{val: f, next: next, words: true}, true
		}
	}
	if t := s.tok(j); t.kind == tNum || t.kind == tPunct && (t.low == "," || t.low == ".") && s.tok(j+1).kind == tNum && s.glued(j+1) && !(s.tok(j-1).kind == tNum && s.glued(j)) {
		n, ok = s.parseDigits(j, o)
	} else if s.vi {
		n, ok = s.parseWordsVI(j)
	} else {
		n, ok = s.parseWordsEN(j)
	}
	if !ok {
		return num{}, false
	}
	if neg {
		n.val = n.val.Neg()
		n.plain = false
	}
	return n, true
}

// digitRun returns the end of the ASCII digits starting at byte p.
func digitRun(text string, p int) int {
	for p < len(text) && text[p] >= '0' && text[p] <= '9' {
		p++
	}
	return p
}

// groupSep returns the width of a space that may group digits at byte p:
// a plain space, a no-break space or a thin space; 0 if none.
func groupSep(text string, p int) int {
	if p >= len(text) {
		return 0
	}
	if text[p] == ' ' {
		return 1
	}
	r, n := utf8.DecodeRuneInString(text[p:])
	switch r {
	case '\u00a0', '\u2009', '\u202f', '\u2007':
		return n
	}
	return 0
}

// parseDigits reads digits with separators at token i and then any
// suffix or scale words.
func (s *scanner) parseDigits(i int, o numOpts) (num, bool) {
	text := s.text
	p := s.toks[i].start
	var coef uint64
	exp, sig := 0, 0
	overflow := false
	addDigits := func(a, b int, frac bool) {
		for k := a; k < b; k++ {
			c := uint64(text[k] - '0')
			if coef == 0 && c == 0 {
				if frac {
					exp--
				}
				continue
			}
			if sig >= 18 {
				if c != 0 {
					overflow = true
				}
				if !frac {
					exp++
				}
				continue
			}
			coef = coef*10 + c
			sig++
			if frac {
				exp--
			}
		}
	}
	n := num{digits: true, plain: true}
	dec, grp := byte(','), byte('.')
	if !s.vi {
		dec, grp = '.', ','
	}
	end := p
	if c := text[p]; c == ',' || c == '.' {
		// ",77" or ".25": a bare fraction.
		if c != dec && !(s.vi && c == '.') {
			return num{}, false
		}
		e := digitRun(text, p+1)
		addDigits(p+1, e, true)
		end = e
		n.plain = false
		n.sep = true
	} else {
		e := digitRun(text, p)
		first := e - p
		addDigits(p, e, false)
		end = e
		grouped := false
		var used byte // the grouping separator seen, 0 for none
		for {
			if end >= len(text) {
				break
			}
			c := text[end]
			if w := groupSep(text, end); w > 0 && (used == 0 || used == ' ') && first <= 3 {
				e := digitRun(text, end+w)
				if e-(end+w) == 3 && !s.continuesNumber(e) {
					addDigits(end+w, e, false)
					end, grouped, used = e, true, ' '
					continue
				}
				break
			}
			if c != '.' && c != ',' {
				break
			}
			e := digitRun(text, end+1)
			if e == end+1 {
				break // a full stop or comma after the number
			}
			run := e - end - 1
			// The other grouping convention, decided by the digits.
			if used == 0 && first <= 3 && run == 3 {
				if c == ',' && s.vi && s.commaGroups(end) || c == '.' && !s.vi && s.dotGroups(end) {
					addDigits(end+1, e, false)
					end, grouped, used = e, true, c
					continue
				}
			}
			// "192.168.1.2", "1.2.3": a dotted sequence, not a decimal.
			dotted := c == '.' && e < len(text)-1 && text[e] == '.' && text[e+1] >= '0' && text[e+1] <= '9'
			switch {
			case c == used && run == 3:
				addDigits(end+1, e, false)
				end = e
				continue
			case c == grp && run == 3 && used == 0 && first <= 3:
				addDigits(end+1, e, false)
				end, grouped, used = e, true, c
				continue
			case (dotted || s.isPunct(i-1, ".") && s.glued(i) && s.tok(i-2).kind == tNum) && used == 0:
				n.next = s.tokenAt(i, end)
				n.val, _ = NewDecimal(int64(coef), exp)
				return n, !overflow
			case used != 0 && used != ' ' && c != used:
				// "1.250,5" (vi), "1,250.5" (en), "1.111,11" in an English
				// text: the other mark after grouping is the decimal point.
				addDigits(end+1, e, true)
				end = e
			case c == dec && (used == 0 || used == ' '):
				addDigits(end+1, e, true)
				end = e
			case c == ',' && !s.vi && used == 0 && run == 2 && s.indianGroups(end):
				// "12,34,567.89": Indian grouping (lakh, crore).
				for end < len(text) && text[end] == ',' {
					e := digitRun(text, end+1)
					addDigits(end+1, e, false)
					end = e
				}
				used, grouped = ',', true
				continue
			case c == ',' && !s.vi && used == 0 && run <= 2 && !s.listAround(i, e):
				// "1,3" in an English text: a decimal comma.
				addDigits(end+1, e, true)
				end = e
			case c == '.' && s.vi && used == 0:
				// A Vietnamese text written with an English decimal point: "4.4".
				addDigits(end+1, e, true)
				end = e
			}
			n.sep = true
			n.plain = false
			break
		}
		if grouped {
			n.sep = true
			n.plain = false
		}
	}
	if overflow {
		return num{}, false
	}
	v, err := NewDecimal(int64(coef), exp)
	if err != nil {
		return num{}, false
	}
	n.val = v
	n.next = s.tokenAt(i, end)
	s.scale(&n, o)
	return n, true
}

// listAround reports whether the number at token i is in a comma list of
// numbers ("22,24,26,31"), where a comma never marks decimals. e is the
// end of the digits after the comma.
func (s *scanner) listAround(i, e int) bool {
	text := s.text
	if s.isPunct(i-1, ",") && s.glued(i) && s.tok(i-2).kind == tNum {
		return true
	}
	return e < len(text)-1 && text[e] == ',' && text[e+1] >= '0' && text[e+1] <= '9'
}

// indianGroups reports whether the comma at byte p starts Indian grouping:
// two-digit groups ending in a three-digit group, ",34,567".
func (s *scanner) indianGroups(p int) bool {
	text := s.text
	for p < len(text) && text[p] == ',' {
		e := digitRun(text, p+1)
		switch e - p - 1 {
		case 2:
			p = e
			continue
		case 3:
			return e >= len(text) || text[e] != ',' && !(text[e] >= '0' && text[e] <= '9')
		}
		return false
	}
	return false
}

// continuesNumber reports whether a digit group that ends at byte p is
// followed by more digits or a separator and digits, which would make a
// space-separated group ambiguous ("2 500 300,5" is fine; "12 345678" not).
func (s *scanner) continuesNumber(p int) bool {
	return p < len(s.text) && s.text[p] >= '0' && s.text[p] <= '9'
}

// commaGroups reports whether the comma at byte p starts English-style
// grouping in a Vietnamese text: ",ddd,ddd" or ",ddd.d".
func (s *scanner) commaGroups(p int) bool {
	e := digitRun(s.text, p+1)
	if e-p-1 != 3 || e >= len(s.text) {
		return false
	}
	c := s.text[e]
	if (c == ',' || c == '.') && digitRun(s.text, e+1) > e+1 {
		return c == '.' || digitRun(s.text, e+1)-e-1 == 3
	}
	return false
}

// dotGroups is commaGroups for European grouping in an English text.
func (s *scanner) dotGroups(p int) bool {
	e := digitRun(s.text, p+1)
	if e-p-1 != 3 || e >= len(s.text) {
		return false
	}
	c := s.text[e]
	if (c == ',' || c == '.') && digitRun(s.text, e+1) > e+1 {
		return c == ',' || digitRun(s.text, e+1)-e-1 == 3
	}
	return false
}

// tokenAt returns the index of the first token at or after byte p,
// searching from token i.
func (s *scanner) tokenAt(i, p int) int {
	for i < len(s.toks) && s.toks[i].start < p {
		i++
	}
	return i
}

// scale reads what may follow a number: a glued suffix ("100K", "2tr5",
// "$5bn", "1.3e6"), a spaced one at the end of a phrase ("2.33 k"), a
// decimal part in words ("1 point 1", "2 chấm 23"), scale words
// ("triệu", "nghìn tỷ", "million", "dozens") and smaller orders that follow
// ("2 tỷ 500 triệu", "4 thousand 3 hundred and 21").
func (s *scanner) scale(n *num, o numOpts) {
	j := n.next
	t := s.tok(j)
	g := s.grammar()
	if t.kind == tWord && s.glued(j) {
		if sf, ok := s.suffixScale(j, o); ok {
			e := sf.exp
			if v, ok := n.val.Shift(e); ok {
				n.val, n.next, n.scaled, n.plain = v, j+1, true, false
				n.scaleExp += e
				j++
				// "2tr5": the digits after "tr" continue the number.
				if sf.cont && s.tok(j).kind == tNum && s.glued(j) && !s.glued(j+1) {
					if f, ok := fractionOf(s.tok(j).low); ok {
						if f, ok := f.Shift(e); ok {
							if v, ok := n.val.Add(f); ok {
								n.val, n.next = v, j+1
							}
						}
					}
				}
			}
			return
		}
		s.exponent(n)
		return
	}
	// A spaced suffix that ends the phrase: "10 k", "1,674.5 G".
	if t.kind == tWord && s.tok(j+1).kind != tWord {
		if sf := g.suffixes[s.text[t.start:t.end]]; sf.spaced {
			n.val, _ = n.val.Shift(sf.exp)
			n.next, n.scaled, n.plain, n.scaleExp = j+1, true, false, n.scaleExp+sf.exp
			return
		}
	}
	// "1 point 1", "2 chấm 23", "1 phẩy 1".
	if n.val.Exp() >= 0 && g.wordAt(s, j).is(cPoint) {
		if f, next, ok := s.wordDecimals(g, j+1); ok {
			if v, ok := n.val.Add(f); ok {
				n.val, n.next, n.plain, n.words = v, next, false, true
			}
		}
	}
	s.scaleWords(n, o)
}

// exponent reads scientific notation glued to a number: "1e10", "1.3e6",
// "-12e-1", "1.3x10^6".
func (s *scanner) exponent(n *num) {
	j := n.next
	t := s.tok(j)
	k := j + 1
	switch s.grammar().exponents[t.low] {
	case expPower:
	case expTimesTen:
		if s.tok(k).low != "10" || !s.isPunct(k+1, "^") || !s.glued(k) || !s.glued(k+1) {
			return
		}
		k += 2
	default:
		return
	}
	neg := false
	if (s.isPunct(k, "-") || s.isPunct(k, "+")) && s.glued(k) {
		neg = s.isPunct(k, "-")
		k++
	}
	d := s.tok(k)
	if d.kind != tNum || !s.glued(k) || len(d.low) > 2 || s.tok(k+1).kind == tWord && s.glued(k+1) {
		return
	}
	e := int(atoiSmall(d.low))
	if neg {
		e = -e
	}
	if v, ok := n.val.Shift(e); ok {
		n.val, n.next, n.plain = v, k+1, false
	}
}

// fractionOf returns 0.DIGITS for a run of digits: "5" → 0.5, "25" → 0.25.
func fractionOf(digits string) (Decimal, bool) {
	if len(digits) == 0 || len(digits) > 18 {
		return Decimal{}, false
	}
	var c int64
	for i := 0; i < len(digits); i++ {
		c = c*10 + int64(digits[i]-'0')
	}
	d, err := NewDecimal(c, -len(digits))
	return d, err == nil
}

// suffixScale returns the scale suffix glued to a number at token j, if
// it is one here.
func (s *scanner) suffixScale(j int, o numOpts) (scaleSuffix, bool) {
	t := s.tok(j)
	sf, ok := s.grammar().suffixes[s.text[t.start:t.end]]
	switch {
	case !ok:
		return scaleSuffix{}, false
	case sf.money && !o.money:
		return scaleSuffix{}, false // "5mm" is a length
	case sf.currency && !o.money && !s.currencyNear(j):
		return scaleSuffix{}, false // "5m" is a length; "5m USD" money
	}
	return sf, true
}

// currencyNear reports whether a currency follows the suffix at token j,
// so that "5m USD" is five million dollars and not five metres.
func (s *scanner) currencyNear(j int) bool {
	_, _, ok := lookup(s, j+1, 4, s.currencySuffixes())
	return ok
}

// scaleWords reads scale words after a number: "1,5 triệu", "5 nghìn tỷ",
// "21.5 million", "2 triệu rưỡi", "200 dozens", and then the smaller
// orders that continue it: "2 tỷ 500 triệu", "4 thousand 3 hundred and 21",
// "3 million and a half".
func (s *scanner) scaleWords(n *num, o numOpts) {
	table := s.scaleTable()
	g := s.grammar()
	last := 0
	for {
		if w := g.wordAt(s, n.next); w.is(cDozen) && w.has(fAfterDigits) {
			if v, ok := n.val.Mul(decimalOf(w.val)); ok {
				n.val, n.next, n.plain = v, n.next+1, false
				continue
			}
		}
		e, next, ok := lookup(s, n.next, 2, table)
		if !ok || last > 0 && e < last {
			break
		}
		v, ok := n.val.Shift(e)
		if !ok {
			break
		}
		n.val, n.next, n.scaled, n.plain = v, next, true, false
		n.scaleExp += e
		last += e
		if g.wordAt(s, n.next).is(cHalf) {
			if half, ok := (Decimal{coef: 5, exp: int32(last - 1)}).Add(n.val); ok {
				n.val, n.next = half, n.next+1
			}
			return
		}
	}
	if last == 0 || o.noCont {
		return
	}
	for range 4 {
		j := n.next
		and := false
		if g.joinedOrders && g.wordAt(s, j).is(cJoiner) {
			and = true
			j++
			// "3 million and a half", "one billion and a half million".
			if f, next, ok := s.andFraction(j); ok {
				if !g.wordAt(s, next-1).is(cScale) {
					f, ok = f.Mul(mustShift(last))
				}
				if v, ok2 := n.val.Add(f); ok && ok2 {
					n.val, n.next = v, next
				}
				return
			}
		}
		var m num
		var ok bool
		switch t := s.tok(j); {
		case t.kind == tNum:
			m, ok = s.parseDigits(j, numOpts{noCont: true})
		case t.kind == tWord && and:
			m, ok = s.parseWords(g, j) // "6 crore and two hundred"
		}
		if !ok || m.val.Sign() <= 0 || m.val.Cmp(mustShift(last)) >= 0 || !m.scaled && !and {
			return
		}
		v, ok := n.val.Add(m.val)
		if !ok {
			return
		}
		n.val, n.next = v, m.next
		if !m.scaled {
			return
		}
		last = m.scaleExp
	}
}

func mustShift(e int) Decimal {
	d, _ := NewDecimal(1, e)
	return d
}
