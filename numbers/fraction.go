package numbers

import "strings"

// fraction reads a fraction at token i: "1/2", "23 1/5", "-3/4 kg",
// "two thirds", "a fifth", "three and a quarter", "one over three",
// "hai phần ba", "một trên hai", "một chia bảy", "¾".
func (s *scanner) fraction(i int) (Mention, int, bool) {
	var v Decimal
	var next int
	var ok bool
	switch t := s.tok(i); {
	case t.kind == tPunct:
		if f, isFrac := vulgarFractions[t.low]; isFrac {
			v, next, ok = f, i+1, true
			break
		}
		if t.low == "-" || t.low == "−" {
			v, next, ok = s.digitFraction(i)
		}
	case t.kind == tNum && s.dateInParens(i):
		// "(8/8)" is a date, never the fraction 1.
	case t.kind == tNum:
		v, next, ok = s.digitFraction(i)
		if !ok && !s.vi {
			// "1 over 3", "2000 over 3", "1 in twenty-one".
			if n, isNum := s.parseNum(i, numOpts{noCont: true}); isNum {
				v, next, ok = s.overFraction(n.val, n.next)
			}
		}
	case t.kind == tWord && (t.low == "minus" || t.low == "negative") && !s.vi:
		m, n, isFrac := s.fraction(i + 1)
		if !isFrac || m.Kind != Number || m.Value.Sign() <= 0 {
			return Mention{}, i, false
		}
		m.Value = m.Value.Neg()
		s.span(&m, i, n)
		return m, n, true
	case t.kind == tWord:
		if s.vi {
			v, next, ok = s.wordFractionVI(i)
		} else {
			v, next, ok = s.wordFractionEN(i)
		}
	}
	if !ok {
		return Mention{}, i, false
	}
	m := Mention{Kind: Number, Value: v}
	if kind, n, ok := lookup(s, next, 3, s.percents()); ok {
		m.Kind, next = kind, n
	} else if cur, n, ok := lookup(s, next, 4, s.currencySuffixes()); ok {
		m.Kind, m.Currency, next = Money, cur, n // "half million usd"
	} else if u, n, ok := s.unit(next); ok {
		m.Unit, next = u, n
	}
	s.span(&m, i, next)
	return m, next, true
}

// vulgarFractions are the Unicode fraction characters.
var vulgarFractions = map[string]Decimal{
	"½": {5, -1}, "⅓": {333333333333333, -15}, "⅔": {666666666666667, -15}, "¼": {25, -2},
	"¾": {75, -2}, "⅕": {2, -1}, "⅖": {4, -1}, "⅗": {6, -1}, "⅘": {8, -1},
	"⅙": {166666666666667, -15}, "⅚": {833333333333333, -15}, "⅛": {125, -3},
	"⅜": {375, -3}, "⅝": {625, -3}, "⅞": {875, -3},
}

// digitFraction reads "1/2", "-3/4", "23 1/5", "- 1 4/5".
func (s *scanner) digitFraction(i int) (Decimal, int, bool) {
	j := i
	neg := false
	if s.isPunct(j, "-") || s.isPunct(j, "−") {
		if p := s.tok(j - 1); j > 0 && !s.toks[j].space && (p.kind == tNum || p.kind == tWord) {
			return Decimal{}, i, false
		}
		neg = true
		j++
	}
	var whole Decimal
	// A whole part: "23 1/5".
	if s.tok(j).kind == tNum && s.tok(j+1).kind == tNum && s.tok(j+1).space && s.isPunct(j+2, "/") {
		whole = decimalOf(atoiSmall(s.tok(j).low))
		if len(s.tok(j).low) > 6 {
			return Decimal{}, i, false
		}
		j++
	}
	a, sl, b := s.tok(j), s.tok(j+1), s.tok(j+2)
	if a.kind != tNum || sl.kind != tPunct || sl.low != "/" || b.kind != tNum || !s.glued(j+1) || !s.glued(j+2) {
		return Decimal{}, i, false
	}
	if len(a.low) > 6 || len(b.low) > 6 || s.isPunct(j+3, "/") && s.glued(j+3) || s.isPunct(j-1, "/") && s.glued(j) || s.isPunct(j-1, "-") && s.glued(j) && s.tok(j-2).kind == tNum {
		return Decimal{}, i, false // "1/5/2026", "24/7/365"
	}
	if s.isPunct(j-1, ".") && s.glued(j) || s.isPunct(j-1, ",") && s.glued(j) {
		return Decimal{}, i, false
	}
	den := atoiSmall(b.low)
	if den == 0 {
		return Decimal{}, i, false
	}
	v, ok := decimalOf(atoiSmall(a.low)).div(decimalOf(den))
	if !ok {
		return Decimal{}, i, false
	}
	if v, ok = v.Add(whole); !ok {
		return Decimal{}, i, false
	}
	if neg {
		v = v.Neg()
	}
	return v, j + 3, true
}

// dateInParens reports whether "a/b" at token i stands alone in
// parentheses and reads as a day and month in the language: d/m in
// Vietnamese, m/d (or d/m) in English.
func (s *scanner) dateInParens(i int) bool {
	if !s.isPunct(i+1, "/") || s.tok(i+2).kind != tNum || !s.inParens(i, i+3) {
		return false
	}
	a, b := int(atoiSmall(s.tok(i).low)), int(atoiSmall(s.tok(i+2).low))
	if s.vi || a > 12 {
		return validDay(0, b, a)
	}
	return validDay(0, a, b)
}

// enDenominators maps the words that name a part: "thirds", "a quarter".
var enDenominators = map[string]int64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4,
}

// denominatorEN reads the denominator of a fraction at token k: "fifths",
// "quarter", "twenty-firsts", "hundredth", "one hundred fifth".
func (s *scanner) denominatorEN(k int, plural bool) (int64, int, bool) {
	t := s.tok(k)
	if t.kind != tWord {
		return 0, k, false
	}
	if d, ok := enDenominators[t.low]; ok {
		return d, k + 1, true
	}
	if d, ok := enOrdinalPlural(t.low); ok && d > 2 {
		return d, k + 1, true
	}
	// A compound: "twenty-firsts", "one hundred fifth".
	n, ok := s.parseWordsEN(k)
	if !ok {
		return 0, k, false
	}
	j := n.next
	if s.isPunct(j, "-") || s.isPunct(j, "—") {
		j++
	}
	o, ok := enOrdinalPlural(s.tok(j).low)
	if !ok || s.tok(j).kind != tWord {
		return 0, k, false
	}
	base, ok := n.val.Int64()
	if !ok {
		return 0, k, false
	}
	switch {
	case o < 10 && base%10 == 0:
		return base + o, j + 1, true
	case o >= 100:
		return base * o, j + 1, true
	case base%100 == 0:
		return base + o, j + 1, true
	}
	return 0, k, false
}

// enOrdinalPlural reads an ordinal word, singular or plural.
func enOrdinalPlural(w string) (int64, bool) {
	if v, ok := enOrdinalWords[w]; ok {
		return v, true
	}
	if len(w) > 2 && w[len(w)-1] == 's' {
		v, ok := enOrdinalWords[w[:len(w)-1]]
		return v, ok
	}
	return 0, false
}

// wordFractionEN reads English fractions in words.
func (s *scanner) wordFractionEN(i int) (Decimal, int, bool) {
	t := s.tok(i)
	// "half a million", "quarter million", "a quarter million", "three quarters billion".
	switch t.low {
	case "half", "quarter":
		j := i + 1
		if s.isWord(j, "a") {
			j++
		}
		if sc, ok := enWordScales[s.tok(j).low]; ok && s.tok(j).kind == tWord {
			d := int64(2)
			if t.low == "quarter" {
				d = 4
			}
			v, ok := decimalOf(sc).div(decimalOf(d))
			return v, j + 1, ok
		}
		if t.low == "half" && s.isWord(j, "dozen") {
			return decimalOf(6), j + 1, true
		}
		return Decimal{}, i, false
	}
	var num Decimal
	k := i
	switch t.low {
	case "a", "an":
		num, k = decimalOf(1), i+1
		if s.isWord(k, "quarter") && s.tok(k+1).kind == tWord {
			if sc, ok := enWordScales[s.tok(k+1).low]; ok {
				v, ok := decimalOf(sc).div(decimalOf(4))
				return v, k + 2, ok
			}
		}
		if n, ok := s.parseWordsEN(i); ok {
			num, k = n.val, n.next // "a hundred trillionths"
		} else if d := s.tok(k); d.kind == tWord && !strings.HasSuffix(d.low, "s") {
			// "a fifth of the budget", "a third.", but "a fifth ASEAN
			// title" is a rank.
			if nt := s.tok(k + 1); nt.kind == tWord && nt.low != "of" {
				return Decimal{}, i, false
			}
		}
	default:
		n, ok := s.parseWordsEN(i)
		if !ok {
			return Decimal{}, i, false
		}
		num, k = n.val, n.next
		// "X and a half", "X and three fifths", "X million and a half".
		if s.isWord(k, "and") {
			if f, next, ok := s.andFraction(k + 1); ok {
				if v, ok := num.Add(f); ok {
					return v, next, true
				}
			}
		}
		// "one over three", "one out of three", "1 in twenty-one" are read by overFraction.
		if v, next, ok := s.overFraction(num, k); ok {
			return v, next, true
		}
	}
	if s.isPunct(k, "-") && s.tok(k+1).kind == tWord {
		if _, _, ok := s.denominatorEN(k+1, true); ok {
			k++ // "one-eighth", "five - eighths"
		}
	}
	// "one hundred thirty fifths": the last tens belong to the denominator.
	if prev := s.tok(k - 1); prev.kind == tWord && k-1 > i && !s.isWord(k-2, "and") && !s.isPunct(k-1, "-") {
		if tens, isTens := enTens[prev.low]; isTens {
			if o, ok := enOrdinalPlural(s.tok(k).low); ok && o < 10 && s.tok(k).kind == tWord {
				if numer, ok := num.Add(decimalOf(-int64(tens))); ok && numer.Sign() > 0 {
					v, ok := numer.div(decimalOf(int64(tens) + o))
					return v, k + 1, ok
				}
			}
		}
	}
	den, next, ok := s.denominatorEN(k, true)
	if ok {
		// "two million and one half", "one hundred and three quarters":
		// a small part after the last "and" is a mixed number's fraction.
		if v, end, ok := s.mixedAfterAnd(i, k, num, den, next); ok {
			return v, end, true
		}
	}
	if !ok {
		prev := s.tok(k - 1)
		if tens, isTens := enTens[prev.low]; isTens && k-1 > i && !s.isWord(k-2, "and") && prev.kind == tWord {
			if o, ok := enOrdinalPlural(s.tok(k).low); ok && o < 10 && s.tok(k).kind == tWord {
				numer, ok := num.Add(decimalOf(-int64(tens)))
				if !ok {
					return Decimal{}, i, false
				}
				v, ok := numer.div(decimalOf(int64(tens) + o))
				return v, k + 1, ok
			}
		}
		if s.isPunct(k, "-") && prev.kind == tWord && k-1 > i {
			if tens, isTens := enTens[prev.low]; isTens {
				if o, ok := enOrdinalPlural(s.tok(k + 1).low); ok && o < 10 {
					numer, ok := num.Add(decimalOf(-int64(tens)))
					if !ok {
						return Decimal{}, i, false
					}
					v, ok := numer.div(decimalOf(int64(tens) + o))
					return v, k + 2, ok
				}
			}
		}
		return Decimal{}, i, false
	}
	v, ok := num.div(decimalOf(den))
	if !ok {
		return Decimal{}, i, false
	}
	// "two thirds of a million".
	if s.isWord(next, "of") && s.isWord(next+1, "a") {
		if sc, ok := enWordScales[s.tok(next+2).low]; ok && s.tok(next+2).kind == tWord {
			if w, ok := v.Mul(decimalOf(sc)); ok {
				return w, next + 3, true
			}
		}
	}
	return v, next, true
}

// andFraction reads the fraction after "and": "a half", "three fifths",
// "a half million" (then a scale applies to the fraction only).
func (s *scanner) andFraction(k int) (Decimal, int, bool) {
	num := decimalOf(1)
	j := k
	if s.isWord(j, "a") || s.isWord(j, "an") || s.isWord(j, "one") {
		j++
	} else if n, ok := s.parseWordsEN(j); ok && !n.scaled && n.val.Cmp(decimalOf(100)) < 0 {
		num, j = n.val, n.next // "and three fifths", "and fifty-four hundredths"
	} else {
		return Decimal{}, k, false
	}
	den, next, ok := s.denominatorEN(j, true)
	if !ok {
		return Decimal{}, k, false
	}
	v, ok := num.div(decimalOf(den))
	if !ok {
		return Decimal{}, k, false
	}
	if sc, isScale := enWordScales[s.tok(next).low]; isScale && s.tok(next).kind == tWord {
		if w, ok := v.Mul(decimalOf(sc)); ok {
			return w, next + 1, true
		}
	}
	return v, next, true
}

// overFraction reads "N over M", "N out of M", "N in M" after the
// numerator that ends before token k.
func (s *scanner) overFraction(num Decimal, k int) (Decimal, int, bool) {
	j := k
	switch {
	case s.isWord(j, "over"):
		j++
	case s.isWord(j, "out") && s.isWord(j+1, "of"):
		j += 2
	case s.isWord(j, "in"):
		j++
	default:
		return Decimal{}, k, false
	}
	d, ok := s.parseNum(j, numOpts{})
	if !ok || d.val.Sign() <= 0 {
		return Decimal{}, k, false
	}
	if !s.isWord(k, "over") && num.Cmp(d.val) >= 0 {
		return Decimal{}, k, false // "1 in 5" but not "12 out of 10"
	}
	if s.isWord(k, "in") && (num.Cmp(decimalOf(10)) > 0 || d.val.Cmp(decimalOf(1000)) >= 0) {
		return Decimal{}, k, false // "1 in 5 people" but not "30 in 2026"
	}
	v, ok := num.div(d.val)
	return v, d.next, ok
}

// wordFractionVI reads Vietnamese fractions: "hai phần ba", "một trên hai",
// "một chia bảy", "ba mươi phần một trăm".
func (s *scanner) wordFractionVI(i int) (Decimal, int, bool) {
	n, ok := s.parseNum(i, numOpts{})
	if !ok && s.isWord(i, "một") && s.isWord(i+1, "phần") {
		n, ok = num{val: decimalOf(1), next: i + 1}, true // "một phần mười"
	}
	if !ok {
		return Decimal{}, i, false
	}
	k := n.next
	switch {
	case s.isWord(k, "phần") && !s.isWord(k+1, "trăm") && !s.isWord(k+1, "nghìn") && !s.isWord(k+1, "ngàn"):
	case s.isWord(k, "trên"), s.isWord(k, "chia"):
	default:
		return Decimal{}, i, false
	}
	d, ok := s.parseNum(k+1, numOpts{})
	if !ok || d.val.Sign() <= 0 {
		return Decimal{}, i, false
	}
	v, ok := n.val.div(d.val)
	return v, d.next, ok
}

// mixedAfterAnd reads "WHOLE and SMALL DEN" where num (= WHOLE + SMALL) was
// read from token i up to the denominator at token k: "two million and one
// half" is 2,500,000, "one hundred and three quarters" is 100.75. A scale
// of a thousand or more before "and", or a scale after the denominator,
// multiplies the fraction.
func (s *scanner) mixedAfterAnd(i, k int, num Decimal, den int64, next int) (Decimal, int, bool) {
	and := -1
	for j := k - 1; j > i; j-- {
		if s.isWord(j, "and") {
			and = j
			break
		}
	}
	if and < 0 {
		return Decimal{}, k, false
	}
	small, ok := s.parseWordsEN(and + 1)
	if !ok || small.next != k || small.val.Cmp(decimalOf(den)) >= 0 {
		return Decimal{}, k, false
	}
	whole, ok := num.Add(small.val.Neg())
	if !ok {
		return Decimal{}, k, false
	}
	frac, ok := small.val.div(decimalOf(den))
	if !ok {
		return Decimal{}, k, false
	}
	if sc, isScale := enWordScales[s.tok(next).low]; isScale && s.tok(next).kind == tWord {
		frac, ok = frac.Mul(decimalOf(sc))
		next++
	} else if sc, isScale := enWordScales[s.tok(and-1).low]; isScale && sc >= 1000 {
		frac, ok = frac.Mul(decimalOf(sc))
	}
	if !ok {
		return Decimal{}, k, false
	}
	v, ok := whole.Add(frac)
	return v, next, ok
}
