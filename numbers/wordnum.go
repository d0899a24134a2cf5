package numbers

import "strconv"

// Numbers said in words, in any language: one grammar over the classes of
// the number words (numwords.go), which each language gives in its
// number_words.tsv. A word moves the grammar from one state to the next,
// by its class; the flags of a word and the conventions of its language
// say where it may stand.

// wordState says what the previous word of a word number was.
type wordState uint8

const (
	wsNone    wordState = iota
	wsDigit             // a unit digit waiting for mươi, trăm or a scale: "hai"
	wsTeen              // mười
	wsTens              // mươi, chục; twenty
	wsUnits             // the units after tens: "hai mươi mốt"
	wsHundred           // trăm, hundred
	wsLinh              // linh, lẻ; and
	wsScale             // nghìn, triệu, million
)

// wordAcc accumulates a word number.
type wordAcc struct {
	total     int64 // completed groups
	small     int64 // the group below the current scale, < 1000
	pend      int64 // a digit waiting for its multiplier, -1 for none
	lastScale int64
	state     wordState
	half      bool // add one half of the last unit
}

func newAcc() wordAcc { return wordAcc{pend: -1} }

// group returns the pending group value.
func (a *wordAcc) group() int64 {
	g := a.small
	if a.pend >= 0 {
		g += a.pend
	}
	return g
}

// flush adds the pending digit to the group.
func (a *wordAcc) flush() {
	if a.pend >= 0 {
		a.small += a.pend
		a.pend = -1
	}
}

const maxWordValue = 1e18

// scaleBy applies a scale word such as nghìn or million.
func (a *wordAcc) scaleBy(sc int64) bool {
	g := a.group()
	if g == 0 && a.state == wsNone {
		g = 1
	}
	if g == 0 && a.total == 0 {
		return false
	}
	if a.lastScale == 0 || sc < a.lastScale || sc == a.lastScale && g > 0 && a.state != wsScale {
		if g > maxWordValue/sc {
			return false
		}
		a.total += g * sc
	} else {
		v := a.total + g
		if v > maxWordValue/sc {
			return false
		}
		a.total = v * sc
	}
	a.lastScale, a.small, a.pend, a.state = sc, 0, -1, wsScale
	return true
}

// value returns the accumulated number.
func (a *wordAcc) value() (Decimal, bool) {
	v := decimalOf(a.total + a.group())
	if a.half {
		unit := int64(1)
		if a.state == wsScale && a.lastScale > 0 {
			unit = a.lastScale
		}
		h, ok := decimalOf(unit).Quo(2)
		if !ok {
			return Decimal{}, false
		}
		if v, ok = v.Add(h); !ok {
			return Decimal{}, false
		}
	}
	return v, true
}

// plus returns the accumulated number with the decimal fraction f added:
// the words after "phẩy" or "point".
func (a *wordAcc) plus(f Decimal) (Decimal, bool) {
	v, ok := a.value()
	if !ok {
		return Decimal{}, false
	}
	return v.Add(f)
}

// parseWordsVI reads a Vietnamese number in words: "hai mươi mốt",
// "một trăm linh năm", "bảy trăm hai mươi mốt nghìn không trăm mười hai",
// "một triệu rưỡi", "hai phẩy năm".
func (s *scanner) parseWordsVI(i int) (num, bool) { return s.parseWords(s.grammar(), i) }

// parseWordsEN reads an English number in words: "twenty-five",
// "one hundred and five", "one and a half million", "a dozen".
func (s *scanner) parseWordsEN(i int) (num, bool) { return s.parseWords(s.grammar(), i) }

// A wordParser reads one number in words.
type wordParser struct {
	s    *scanner
	g    *numGrammar
	a    wordAcc
	i, j int // the first token and the current one
	done num // the number, once a step has completed it
}

// A wordStep is what a word does to the number being read.
type wordStep uint8

const (
	stepNext wordStep = iota // the word is part of it: read on
	stepStop                 // it ends before token p.j
	stepDone                 // it is complete: p.done
)

// parseWords reads a number said in words at token i, by the grammar g.
func (s *scanner) parseWords(g *numGrammar, i int) (num, bool) {
	if n, ok := s.vagueAt(g, i); ok {
		return n, true
	}
	p := wordParser{s: s, g: g, a: newAcc(), i: i}
loop:
	for p.j = i; p.j < len(s.toks); p.j++ {
		switch p.step() {
		case stepDone:
			return p.done, true
		case stepStop:
			break loop
		}
	}
	return p.end()
}

// vagueAt reads a vague count at token i: "a couple of", "a few".
func (s *scanner) vagueAt(g *numGrammar, i int) (num, bool) {
	if !s.inLine(i) || g == s.grammar() && s.notKey(i, bitVagueFirst) || !g.vagueFirst.at(s.toks[i].low) {
		return num{}, false
	}
	if !g.vague.has(s.toks[i].low) && (i+1 >= len(s.toks) || !g.vagueNext.at(s.toks[i+1].low)) {
		return num{}, false // "a" before no "couple", "few"
	}
	v, next, ok := lookup(s, i, 3, g.vague)
	if !ok || v.start && i != 0 {
		return num{}, false
	}
	return num{val: decimalOf(v.val), next: next, words: true, vague: true}, true
}

// end returns the number read when no step completed it.
func (p *wordParser) end() (num, bool) {
	a := &p.a
	if a.state == wsNone || a.state == wsLinh {
		return num{}, false
	}
	a.flush()
	v, ok := a.value()
	if !ok {
		return num{}, false
	}
	n := num{val: v, next: p.j, words: true, scaled: a.lastScale > 0}
	if a.state == wsScale {
		// "four billion": ends in its scale, which the lower end of a
		// range shares ("three to four billion").
		for sc := a.lastScale; sc >= 10; sc /= 10 {
			n.scaleExp++
		}
	}
	if !n.scaled && p.g.scalesAfterWords {
		// "hai mươi tr": a scale of the digits after the words.
		p.s.scaleWords(&n, numOpts{})
	}
	return n, true
}

// wordAt returns the number word at token k, the zero numWord if there is
// none or the token is no word.
func (g *numGrammar) wordAt(s *scanner, k int) numWord {
	if !s.inLine(k) || s.toks[k].kind != tWord {
		return numWord{}
	}
	return s.numAt(g, k)
}

// rankDigitAt returns the value of the digit word at token k when it
// names a rank after a rank head ("hạng ba", "hiệp một"), or 0: a digit
// word that is also the noun "year" is that noun before a year or a
// word of year_next.tsv ("bảng xếp hạng năm nay", "hạng năm 2027").
func (s *scanner) rankDigitAt(k int) int64 {
	g := s.grammar()
	d := g.wordAt(s, k)
	if !d.is(cDigit) || d.yearNoun() && (s.tok(k+1).kind == tNum || g.yearNext.at(s.tok(k+1).low)) {
		return 0
	}
	return d.val
}

// numAt returns the number word of g at token k, of any kind (a hyphen is
// one), the zero numWord if there is none. In the scanner's own grammar
// each token is looked up once.
func (s *scanner) numAt(g *numGrammar, k int) numWord {
	if !s.inLine(k) {
		return numWord{}
	}
	t := &s.toks[k]
	if t.kind == tNum {
		return numWord{}
	}
	if g != s.grammar() {
		return g.words.at(t.low)
	}
	if t.nwi == 0 {
		t.nwi = 1 // no word: g.list[0]
		if t.firsts&bitNumWord != 0 {
			t.nwi = g.ids.at(t.low) + 1
		}
	}
	return g.list[t.nwi-1]
}

// step reads token p.j.
func (p *wordParser) step() wordStep {
	s, j := p.s, p.j
	t := &s.toks[j]
	if t.kind == tNum {
		return stepStop
	}
	w := s.numAt(p.g, j)
	if w.class == 0 {
		return stepStop
	}
	if t.kind == tPunct {
		if w.is(cHyphen) {
			return p.hyphen()
		}
		return stepStop
	}
	if j > p.i && !t.space && s.toks[j-1].kind == tWord {
		return stepStop // a word glued to the one before is part of it
	}
	if w.after != 0 && w.after&(1<<p.a.state) == 0 {
		return stepStop
	}
	switch {
	case w.is(cDigit):
		return p.digit(w)
	case w.is(cTen):
		return p.ten(w)
	case w.is(cTensMark):
		return p.tensMark(w)
	case w.is(cTensCount):
		return p.tensCount(w)
	case w.is(cTeen):
		return p.teen(w)
	case w.is(cTens):
		return p.tens(w)
	case w.is(cHundred):
		return p.hundred(w)
	case w.is(cScale):
		return p.scale(w)
	case w.is(cJoiner):
		return p.joiner()
	case w.is(cHalf):
		return p.half()
	case w.is(cHalfOf):
		return p.halfOf(w)
	case w.is(cDozen):
		return p.dozen(w)
	case w.is(cPoint):
		return p.point()
	case w.is(cArticle):
		return p.article(w)
	}
	return stepStop
}

// digit reads a digit word: "hai", "five".
func (p *wordParser) digit(w numWord) wordStep {
	a, d := &p.a, w.val
	if !p.s.digitHere(p.g, p.j, w, a.state) {
		return stepStop
	}
	switch a.state {
	case wsNone:
		a.pend, a.state = d, wsDigit
	case wsDigit:
		// "hai mốt" = 21, "bốn ba" = 43: tens and units said as digits.
		if !p.g.pairDigits || a.pend < 1 {
			return stepStop
		}
		a.small += a.pend*10 + d
		a.pend, a.state = -1, wsUnits
	case wsTeen, wsTens, wsLinh:
		if a.state == wsTens && d == 0 {
			return stepStop // "twenty zero"
		}
		a.small += d
		a.state = wsUnits
	case wsHundred, wsScale:
		return p.lowerOrder(d)
	default:
		return stepStop
	}
	return stepNext
}

// lowerOrder reads the digit d after hundreds or a scale: the unit digit
// of what follows ("hai trăm ba mươi", "one thousand five"), or, where
// the language says so, the next lower order by itself: "trăm tư" = 140,
// "hai triệu mốt" = 2,100,000, "bốn trăm sáu triệu" = 460 million.
func (p *wordParser) lowerOrder(d int64) wordStep {
	a, s, j := &p.a, p.s, p.j
	if p.g.lowerOrder {
		next := p.g.wordAt(s, j+1)
		goesOn := next.has(fCont) || next.is(cDigit)
		if a.state == wsHundred && (s.numAt(p.g, j+1).is(cScale) || !goesOn) {
			a.small += d * 10
			a.state = wsUnits
			return stepNext
		}
		if a.state == wsScale && !goesOn && d != 0 {
			if a.lastScale < 10 {
				return stepStop
			}
			a.total += d * a.lastScale / 10
			a.state = wsUnits
			p.j++
			return stepStop
		}
	}
	a.pend, a.state = d, wsDigit
	return stepNext
}

// ten reads a ten that a unit may follow: "mười" (mười lăm = 15).
func (p *wordParser) ten(w numWord) wordStep {
	a := &p.a
	if a.state == wsDigit && w.is(cTensCount) {
		return p.tensCount(w) // unaccented "muoi" after a digit is "mươi"
	}
	switch a.state {
	case wsNone, wsHundred, wsScale:
	default:
		return stepStop
	}
	a.small += w.val
	a.state = wsTeen
	return stepNext
}

// tensMark reads the word that makes the digit before it tens: "mươi".
func (p *wordParser) tensMark(w numWord) wordStep {
	a := &p.a
	if a.state != wsDigit || a.pend < 1 {
		return stepStop
	}
	a.small += a.pend * w.val
	a.pend, a.state = -1, wsTens
	return stepNext
}

// tensCount reads tens counted: "hai chục" = 20; "chục" alone is 10.
func (p *wordParser) tensCount(w numWord) wordStep {
	a := &p.a
	switch {
	case a.state == wsDigit:
		a.small += a.pend * w.val
		a.pend = -1
	case a.state == wsNone && w.has(fBare):
		a.small = w.val
	default:
		return stepStop
	}
	a.state = wsTens
	return stepNext
}

// teen reads a whole number from ten to nineteen: "eleven".
func (p *wordParser) teen(w numWord) wordStep {
	a := &p.a
	switch a.state {
	case wsNone, wsHundred, wsLinh, wsScale:
	default:
		return stepStop
	}
	a.small += w.val
	a.state = wsUnits
	return stepNext
}

// tens reads a whole tens word: "twenty".
func (p *wordParser) tens(w numWord) wordStep {
	a, s := &p.a, p.s
	switch a.state {
	case wsNone, wsHundred, wsLinh, wsScale:
	case wsDigit:
		// "one twenty two" = 122: hundreds said as a digit.
		u := s.numAt(p.g, p.j+1)
		if p.j != p.i+1 || !p.g.wordAt(s, p.i).is(cDigit) || a.pend < 1 || a.pend > 9 || !u.is(cDigit) || u.val < 1 {
			return stepStop
		}
		a.small, a.pend = a.pend*100, -1
	default:
		return stepStop
	}
	a.small += w.val
	a.state = wsTens
	return stepNext
}

// hundred reads "trăm", "hundred": times a hundred the digit before it
// ("hai trăm", "không trăm"), or the group before it where the word says
// so ("nineteen hundred"); alone, a hundred where the word says so
// ("trăm người").
func (p *wordParser) hundred(w numWord) wordStep {
	a := &p.a
	if a.state == wsDigit {
		a.flush()
	}
	if a.small >= 100 {
		return stepStop
	}
	switch a.state {
	case wsNone:
		if !w.has(fBare) {
			return stepStop
		}
		a.small = 100
	case wsDigit:
		if w.has(fGroup) && a.small == 0 {
			return stepStop
		}
		a.small *= 100
	case wsHundred:
		return stepStop
	default:
		if !w.has(fGroup) || a.small == 0 {
			return stepStop
		}
		a.small *= 100
	}
	a.state = wsHundred
	return stepNext
}

// scale reads a scale word: "nghìn", "million".
func (p *wordParser) scale(w numWord) wordStep {
	a := &p.a
	if a.state == wsNone || a.state == wsLinh {
		return stepStop // "triệu" alone is no number; "một triệu" is
	}
	a.flush()
	if !a.scaleBy(w.val) {
		return stepStop
	}
	return stepNext
}

// joiner reads the word that joins a unit to hundreds or a scale: "một
// trăm linh năm", "one hundred and five"; and "and a half".
func (p *wordParser) joiner() wordStep {
	a, s, j := &p.a, p.s, p.j
	if a.state != wsNone && p.g.wordAt(s, j+1).is(cArticle) && p.g.wordAt(s, j+2).is(cHalfOf) {
		return p.andHalf()
	}
	if a.state != wsHundred && a.state != wsScale || !p.g.wordAt(s, j+1).is(cDigit|cTeen|cTens) {
		return stepStop
	}
	a.state = wsLinh
	return stepNext
}

// andHalf reads "and a half" at token p.j: "two and a half", "one and a
// half million", "one billion and a half million".
func (p *wordParser) andHalf() wordStep {
	return p.andHalfAt(p.j + 3)
}

// andHalfAt adds a half to the number, whose "and a half" ends before
// token next, and reads the scale after it.
func (p *wordParser) andHalfAt(next int) wordStep {
	a, s := &p.a, p.s
	a.half = true
	p.j = next
	sc := p.g.wordAt(s, p.j)
	if !sc.is(cScale) {
		return stepStop
	}
	if a.lastScale > 0 {
		// "one billion and a half million": half of the scale after.
		a.half = false
		v, ok := a.value()
		h, _ := decimalOf(sc.val).Quo(2)
		if v, ok2 := v.Add(h); ok && ok2 {
			p.done = num{val: v, next: p.j + 1, words: true, scaled: true}
			return stepDone
		}
		return stepStop
	}
	// "one and a half million".
	v, ok := a.value()
	if !ok {
		return stepStop
	}
	if v, ok = v.Mul(decimalOf(sc.val)); ok {
		p.done = num{val: v, next: p.j + 1, words: true, scaled: true}
		return stepDone
	}
	return stepStop
}

// half reads "rưỡi", and a half after the number: "hai triệu rưỡi" =
// 2,500,000, "trăm rưỡi" = 150. The number ends with it.
func (p *wordParser) half() wordStep {
	a := &p.a
	switch a.state {
	case wsScale, wsDigit:
		a.half = true
	case wsHundred:
		a.small += 50
	default:
		return stepStop
	}
	p.j++
	return stepStop
}

// halfOf reads half of a scale: "nửa triệu" = 500,000, "half a million".
func (p *wordParser) halfOf(w numWord) wordStep {
	a, s := &p.a, p.s
	if a.state != wsNone {
		return stepStop
	}
	k := p.j + 1
	if w.has(fThenArticle) {
		if !p.g.wordAt(s, k).is(cArticle) {
			return stepStop
		}
		k++
	}
	sc := p.g.wordAt(s, k)
	if !sc.is(cScale) {
		return stepStop
	}
	a.total, a.lastScale, a.state = sc.val/2, sc.val, wsScale
	p.j = k
	if w.has(fEnds) {
		p.j++
		return stepStop
	}
	return stepNext
}

// dozen reads "tá", "dozen": twelve times what comes before.
func (p *wordParser) dozen(w numWord) wordStep {
	a := &p.a
	a.flush()
	if a.state == wsNone || a.small == 0 && a.total == 0 {
		return stepStop
	}
	a.total, a.small = (a.total+a.small)*w.val, 0
	a.state = wsUnits
	if w.has(fEnds) {
		p.j++
		return stepStop
	}
	return stepNext
}

// point reads the decimal point and the decimals after it: "hai phẩy
// năm", "three point one four".
func (p *wordParser) point() wordStep {
	a, s := &p.a, p.s
	if a.state == wsNone {
		return stepStop
	}
	f, next, ok := s.wordDecimals(p.g, p.j+1)
	if !ok {
		return stepStop
	}
	v, ok := a.plus(f)
	if !ok {
		return stepStop
	}
	p.done = num{val: v, next: next, words: true}
	s.scaleWords(&p.done, numOpts{noCont: p.g.pointCloses})
	return stepDone
}

// article reads "a" as one before a hundred, a scale or a dozen: "a
// million".
func (p *wordParser) article(w numWord) wordStep {
	a := &p.a
	if a.state != wsNone {
		return stepStop
	}
	if next := p.s.numAt(p.g, p.j+1); !next.is(cScale|cHundred|cDozen) || next.has(fNoArticle) {
		return stepStop
	}
	a.pend, a.state = w.val, wsDigit
	return stepNext
}

// hyphen reads the hyphen between tens and a unit: "twenty-five"; or
// the hyphens of "and a half" joined to the number: "five-and-a-half".
func (p *wordParser) hyphen() wordStep {
	s, j := p.s, p.j
	if p.hyphenedHalf() {
		next := j + 6
		if s.isPunct(next, "-") && !s.tok(next).space && p.g.wordAt(s, next+1).is(cScale) {
			next++ // "six-and-a-half-million"
		}
		return p.andHalfAt(next) // "five-and-a-half-year", "two-and-a-half million"
	}
	next := s.tok(j + 1)
	if p.a.state != wsTens || next.kind != tWord || s.toks[j].space != next.space {
		return stepStop
	}
	if u := s.numAt(p.g, j+1); !u.is(cDigit) || u.val < 1 {
		return stepStop
	}
	return stepNext
}

// hyphenedHalf reports "-and-a-half" at token p.j, glued to the number
// before it.
func (p *wordParser) hyphenedHalf() bool {
	s, j, g := p.s, p.j, p.g
	if p.a.state == wsNone || !s.isPunct(j+2, "-") || !s.isPunct(j+4, "-") {
		return false
	}
	for k := j + 1; k <= j+5; k++ {
		if s.tok(k).space {
			return false
		}
	}
	return g.wordAt(s, j+1).is(cJoiner) && g.wordAt(s, j+3).is(cArticle) && g.wordAt(s, j+5).is(cHalfOf)
}

// wordDecimals reads the decimals after a decimal point said as a word:
// "năm" → 0.5, "hai mươi lăm" → 0.25, "không năm" → 0.05, "hai bốn
// không" → 0.240, "seventy-one" → 0.71, "23" → 0.23.
func (s *scanner) wordDecimals(g *numGrammar, j int) (Decimal, int, bool) {
	if t := s.tok(j); t.kind == tNum {
		f, ok := fractionOf(t.low)
		return f, j + 1, ok
	}
	// A whole number: "hai mươi lăm", "bảy trăm mười tám", "seventy-one".
	if w, next := g.wordAt(s, j), g.wordAt(s, j+1); !w.has(fUnmarked) && w.is(cTen|cTens) || w.is(cDigit) && !next.has(fUnmarked) && next.is(cTensMark|cHundred) {
		s.ordinalWords = true
		n, ok := s.parseWords(g, j)
		s.ordinalWords = false
		if ok && !n.scaled {
			if k, ok := n.val.Int64(); ok && k >= 0 && (g.wholeDecimals || k < 100) {
				f, ok := fractionOf(strconv.FormatInt(k, 10))
				return f, n.next, ok
			}
		}
		if g.wholeDecimals {
			return Decimal{}, j, false
		}
	}
	// Digit by digit: "hai bốn không", "không năm", "two five".
	var buf [18]byte
	digits := buf[:0]
	for ; j < len(s.toks) && len(digits) < len(buf); j++ {
		t := &s.toks[j]
		w := s.numAt(g, j)
		if t.kind != tWord || !w.is(cDigit) || w.yearNoun() && g.yearNext.at(s.tok(j+1).low) {
			break
		}
		digits = append(digits, byte('0'+w.val))
	}
	if len(digits) == 0 {
		return Decimal{}, j, false
	}
	f, ok := fractionOf(string(digits))
	return f, j, ok
}

// viContinuesAt reports whether token j continues a Vietnamese number in
// words: after "năm" it makes "năm" five ("năm mươi", "năm triệu").
func (s *scanner) viContinuesAt(j int) bool {
	return s.grammar().wordAt(s, j).has(fCont)
}

// digitHere decides whether the digit word w at token j is a number here,
// in state st. It keeps the digit words that are also other words out of
// numbers where they are those words: "năm" (year), "không" (not), "một"
// (a), "one" (the pronoun); and the syllables of names.
func (s *scanner) digitHere(g *numGrammar, j int, w numWord, st wordState) bool {
	next := s.tok(j + 1)
	if st == wsNone && !s.ordinalWords && g.ordinalMarkers.at(s.wordLow(j-1)) {
		return false // "thứ hai" is an ordinal or a weekday, read elsewhere
	}
	if t := s.tok(j); g.names && t.upper && (s.tok(j-1).kind == tWord && s.tok(j-1).upper || next.kind == tWord && next.upper) {
		return false // a syllable of a name: "Nguyễn Hai Long", "Út Bảy"
	}
	if w.after != 0 {
		return true // where it may stand is checked
	}
	nextWord, nw := "", numWord{}
	if next.kind == tWord && next.space {
		nextWord, nw = next.low, s.numAt(g, j+1)
	}
	if w.has(fInside) && st == wsNone {
		return nw.has(fCont) // "bay mươi"; but "bay" (to fly)
	}
	switch {
	case w.has(fYear):
		return s.yearHere(g, j, st, nextWord, nw)
	case w.has(fNegation):
		return s.zeroHere(g, j, st, nextWord, nw)
	case w.has(fArticle):
		return st != wsNone || !g.articleNext.at(nextWord) // "một số": some
	case w.has(fPronoun):
		// "the one you mentioned", "which one": a pronoun; but "the
		// one-month rate", hyphened to its noun, is a number.
		prev := s.tok(j - 1)
		if st == wsNone && prev.kind == tWord && g.pronounPrev.at(prev.low) {
			return s.numAt(g, j+1).is(cScale|cHundred) || s.hyphenedTo(j)
		}
	}
	return true
}

// hyphenedTo reports a word at token j glued by a hyphen to a unit after
// it, of time or of units.tsv: "one-month", "one-storey"; not "one-off".
func (s *scanner) hyphenedTo(j int) bool {
	return s.isPunct(j+1, "-") && s.glued(j+1) && s.glued(j+2) && (s.dbits(j+2)&dbDurUnit != 0 || s.unitStartsAt(j+2))
}

// wordLow returns the lower case of token j if it is a word, else "".
func (s *scanner) wordLow(j int) string {
	if t := s.tok(j); t.kind == tWord {
		return t.low
	}
	return ""
}

// yearHere decides whether a digit word that is also the noun "year" is
// the number at token j: "năm mươi", "hai mươi lăm", but "năm nay",
// "50 năm", "hai mươi năm" (twenty years).
func (s *scanner) yearHere(g *numGrammar, j int, st wordState, nextWord string, nw numWord) bool {
	switch st {
	case wsLinh:
		return true
	case wsTeen, wsTens:
		// "hai mươi năm" is twenty years, and "hai mươi năm rưỡi" 20.5:
		// 25 is "hai mươi lăm".
		return nw.has(fCont) && !nw.is(cHalf)
	case wsNone:
		if nw.is(cHalf) && g.wordAt(s, j-1).is(cDigit|cTen) {
			return false // "hai năm rưỡi", read from "năm": the half is the year's
		}
		if nw.has(fCont) {
			return true
		}
		if s.tok(j+1).kind == tNum || g.yearNext.at(nextWord) {
			return false
		}
		if n := s.tok(j + 1); n.kind == tWord && n.upper {
			return false // a name after it: "năm APEC 2027", "năm Ất Tỵ"
		}
		// "50 năm", "hàng năm", "mỗi năm": a year after a number or a
		// quantifier.
		prev := s.tok(j - 1)
		if prev.kind == tNum || prev.kind == tWord && g.yearPrev.at(prev.low) {
			return false
		}
		if pw := g.wordAt(s, j-1); pw.is(cDigit|cTen) || pw.has(fCont) {
			return false // "hai mươi năm": twenty years
		}
		return true
	}
	if st == wsDigit && nw.is(cHalf) {
		return false // "hai năm rưỡi": two years and a half; a digit pair takes no half
	}
	if nw.has(fCont) {
		return true
	}
	// "không trăm năm sáu nghìn": a digit pair inside a number.
	return nw.is(cDigit) && st != wsDigit && !nw.yearNoun()
}

// zeroHere decides whether a digit word that is also "not" is zero at
// token j: "không trăm", "không phẩy năm", "không mét", a lone "không".
func (s *scanner) zeroHere(g *numGrammar, j int, st wordState, nextWord string, nw numWord) bool {
	if (st == wsScale || st == wsNone) && (nw.has(fCont) || nw.is(cPoint)) {
		return true
	}
	if st != wsNone {
		return false
	}
	if g.zeroNext.at(nextWord) {
		return true // "không mét", "không phần trăm", "không euro"
	}
	return s.tok(j-1).kind != tWord && s.tok(j+1).kind != tWord
}
