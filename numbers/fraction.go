package numbers

import (
	"strconv"
	"strings"
)

// fraction reads a fraction at token i: "1/2", "23 1/5", "-3/4 kg",
// "two thirds", "a fifth", "three and a quarter", "one over three",
// "hai phần ba", "một trên hai", "một chia bảy", "¾".

// slashDigits returns the runs of digits at tokens j and j+2 joined by a
// glued "/" ("455/468", "2/3"), each of at most six digits.
func (s *scanner) slashDigits(j int) (a, b *token, ok bool) {
	a, sl, b := s.tok(j), s.tok(j+1), s.tok(j+2)
	ok = a.kind == tNum && sl.kind == tPunct && sl.low == "/" && b.kind == tNum && s.glued(j+1) && s.glued(j+2) &&
		len(a.low) <= 6 && len(b.low) <= 6
	return a, b, ok
}

// linkWords bounds the words of a phrase of fraction_links.tsv: "out of
// every".
const linkWords = 3

func (s *scanner) fraction(i int, m *Mention) (int, bool) {
	if !s.wordStarts(i, fractionStarts) {
		return i, false
	}
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
	case t.kind == tNum && s.cue(i-1, dcDayHead|dcDayPrefix):
		// "mùng 10/3 âm lịch" with no year to read it by: a day and a
		// month, never a fraction.
	case t.kind == tNum && s.isTally(i):
		// "455/468 đại biểu": two counts (quantity's tally).
	case t.kind == tNum:
		v, next, ok = s.digitFraction(i)
		if !ok && s.conv().linkFractions {
			// "1 over 3", "2000 over 3", "1 in twenty-one".
			if n, isNum := s.parseNum(i, numOpts{noCont: true}); isNum {
				v, next, ok = s.linkFraction(n.val, n.next)
			}
		}
	case t.kind == tWord && s.grammar().wordAt(s, i).is(cMinus) && s.conv().minusFractions:
		n, isFrac := s.fraction(i+1, m)
		if !isFrac || m.Kind != Number || m.Value.Sign() <= 0 {
			return i, false
		}
		m.Value = m.Value.Neg()
		s.span(m, i, n)
		return n, true
	case t.kind == tWord:
		v, next, ok = s.wordFraction(i)
	}
	if !ok {
		return i, false
	}
	*m = Mention{Kind: Number, Value: v}
	at := next
	if s.tok(i).kind == tWord {
		at = s.ofOneUnit(next)
	}
	if kind, n, ok := lookup(s, at, 3, s.percents()); ok {
		m.Kind, next = kind, n
	} else if cur, n, ok := lookup(s, next, 4, s.currencySuffixes()); ok {
		m.Kind, m.Currency, next = Money, cur, n // "half million usd"
	} else if u, n, ok := s.unit(at); ok && (at > next || !s.shareInWords(i, next, v)) {
		m.Unit, next = u, n
	}
	s.span(m, i, next)
	return next, true
}

// ofOneUnit returns where the unit of a fraction in words may stand after
// token k: after an indefinite article, with the word that links a part
// to its whole before it or not, the fraction is of one unit ("half a
// percentage point", "a quarter of a percentage point"); else at k.
func (s *scanner) ofOneUnit(k int) int {
	j := k
	if s.cue(j, dcOf) {
		j++
	}
	if s.cue(j, dcIndefinite) {
		return j + 1
	}
	return k
}

// shareInWords reports a share of a whole named in words at tokens
// i..next, such as "một phần tư", "a quarter": the noun after it is the
// whole it is taken from ("một phần tư dân số", as "a quarter of the
// population"), not what it counts. Not "½ kg", odds ("one in four
// candidates") nor a part of a number ("three quarters of a billion
// people").
func (s *scanner) shareInWords(i, next int, v Decimal) bool {
	if s.tok(i).kind != tWord || v.Cmp(decimalOf(1)) >= 0 {
		return false
	}
	fr := s.fractions()
	for k := i; k < next; k++ {
		if !fr.linksFirst.at(s.wordLow(k)) {
			continue
		}
		if link, _, ok := lookup(s, k, linkWords, fr.links); ok && (link.how == linkOdds || link.how == linkWholeFirst) {
			return false
		}
	}
	return true
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
	a, b, ok := s.slashDigits(j)
	if !ok {
		return Decimal{}, i, false
	}
	if s.isPunct(j+3, "/") && s.glued(j+3) || s.isPunct(j-1, "/") && s.glued(j) || s.isPunct(j-1, "-") && s.glued(j) && s.tok(j-2).kind == tNum {
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
	if !s.conv().monthFirst || a > 12 {
		return validDay(0, b, a)
	}
	return validDay(0, a, b)
}

// The words of fractions are data, in lang/LANG/: fraction_words.tsv
// (the words that name a part: "half", "thirds"; the other ordinal words
// name parts too) and fraction_links.tsv (the words between the parts:
// "over", "out of", "phần", "trên"; "of" before the whole).

// A fracWord is a word that names a part: "half", "thirds".
type fracWord struct {
	den          int64
	ofScale      bool    // "half a million", "quarter million"
	articleScale bool    // "a quarter million"
	ofDozen      bool    // "half dozen"
	alone        bool    // "more than half"
	afterLink    bool    // a part only after a link word: "phần tư"
	part         Decimal // 1/den, computed once
}

// A fracLink is a word between the parts of a fraction: "over", "phần".
type fracLink struct {
	how       string       // linkAny, linkPart, linkOdds, linkWhole, linkWholeFirst
	notBefore strMap[bool] // "phần trăm" is per cent
	bare      bool         // no word after the denominator: "85,000 over two nights" is no fraction
}

// The values of fraction_links.tsv.
const (
	linkAny        = "any"         // "one over three"
	linkPart       = "part"        // "one out of three"
	linkOdds       = "odds"        // "1 in 5 people"
	linkWholeFirst = "whole-first" // odds said whole first, after a frequency word: "cứ 10 người thì có 3"
	linkWhole      = "whole"       // "two thirds of a million"

	linkNotBefore = "not-before="
	linkBare      = "bare" // no word after the denominator
)

// The flags of fraction_words.tsv.
const (
	fracOfScale      = "of-scale"
	fracArticleScale = "article-scale"
	fracOfDozen      = "of-dozen"
	fracAlone        = "alone"
	fracAfterLink    = "after-link"
)

// A fractionLex holds the words of fractions of one language.
type fractionLex struct {
	words      strMap[fracWord]
	links      *phraseTable[fracLink]
	linksFirst strMap[bool] // the first words of links: "out", "phần"
}

const (
	fileFractionWords = "fraction_words"
	fileFractionLinks = "fraction_links"
)

// fractions returns the words of fractions of the scanner's language.
func (s *scanner) fractions() *fractionLex { return s.lang.fractions }

// fracWordAt returns the fraction word w, the text of token j, asking the
// table only when the index bits of the token allow it.
func (s *scanner) fracWordAt(j int, w string) (fracWord, bool) {
	if s.notKey(j, bitFracWord) {
		return fracWord{}, false
	}
	return s.fractions().words.get(w)
}

func newFractionLex(src langSource) *fractionLex {
	words := map[string]fracWord{}
	for k, v := range src.tsv(fileFractionWords) {
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		den, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil || den <= 0 {
			continue
		}
		w := fracWord{den: den}
		w.part, _ = decimalOf(1).div(decimalOf(den))
		for _, f := range fields[1:] {
			switch f {
			case fracOfScale:
				w.ofScale = true
			case fracArticleScale:
				w.articleScale = true
			case fracOfDozen:
				w.ofDozen = true
			case fracAlone:
				w.alone = true
			case fracAfterLink:
				w.afterLink = true
			}
		}
		words[k] = w
	}
	links := map[string]fracLink{}
	for k, v := range src.tsv(fileFractionLinks) {
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		l := fracLink{how: fields[0]}
		for _, f := range fields[1:] {
			if list, ok := strings.CutPrefix(f, linkNotBefore); ok {
				l.notBefore = newStrMap(wordSet(rowsOf(strings.Split(list, ","))))
			}
			l.bare = l.bare || f == linkBare
		}
		links[k] = l
	}
	return &fractionLex{words: newStrMap(words), links: newTable(links), linksFirst: newStrMap(firstWordsOf(links))}
}

// denominatorEN reads the denominator of a fraction at token k: "fifths",
// "quarter", "twenty-firsts", "hundredth", "one hundred fifth".
func (s *scanner) denominatorEN(k int, plural bool) (int64, int, bool) {
	t := s.tok(k)
	if t.kind != tWord {
		return 0, k, false
	}
	if w, ok := s.fractions().words.get(t.low); ok {
		return w.den, k + 1, true
	}
	if d, ok := s.ordinalPlural(t.low); ok && d > 2 {
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
	o, ok := s.ordinalPlural(s.tok(j).low)
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

// ordinalPlural reads an ordinal word, singular or plural: "fifth",
// "fifths".
func (s *scanner) ordinalPlural(w string) (int64, bool) {
	if v, ok := s.lang.ordinalWords.get(w); ok {
		return v, true
	}
	if p := s.grammar().plural; p != "" && len(w) > len(p)+1 {
		if one, ok := strings.CutSuffix(w, p); ok {
			v, ok := s.lang.ordinalWords.get(one)
			return v, ok
		}
	}
	return 0, false
}

// wordFractionEN reads English fractions in words: "two thirds", "a
// fifth", "half a million", "three and a quarter", "one over three".
func (s *scanner) wordFractionEN(i int) (Decimal, int, bool) {
	if w, ok := s.fracWordAt(i, s.tok(i).low); ok && w.ofScale {
		return s.partOfScale(i, w)
	}
	var num Decimal
	k := i
	if s.grammar().wordAt(s, i).is(cArticle) {
		var done, ok bool
		var v Decimal
		if num, k, v, done, ok = s.articleNumerator(i); done {
			return v, k, ok
		}
	} else {
		n, ok := s.parseWordsEN(i)
		if !ok {
			return Decimal{}, i, false
		}
		num, k = n.val, n.next
		// "X and a half", "X and three fifths", "X million and a half".
		if s.grammar().wordAt(s, k).is(cJoiner) {
			if f, next, ok := s.andFraction(k + 1); ok {
				if v, ok := num.Add(f); ok {
					return v, next, true
				}
			}
		}
		// "one over three", "one out of three", "1 in twenty-one".
		if v, next, ok := s.linkFraction(num, k); ok {
			return v, next, true
		}
	}
	return s.overDenominator(i, k, num)
}

// partOfScale reads half or a quarter of a scale at token i: "half a
// million", "quarter million", "half dozen".
func (s *scanner) partOfScale(i int, w fracWord) (Decimal, int, bool) {
	g := s.grammar()
	j := i + 1
	if g.wordAt(s, j).is(cArticle) {
		j++
	}
	if sc := g.wordAt(s, j); sc.is(cScale) {
		v, ok := decimalOf(sc.val).div(decimalOf(w.den))
		return v, j + 1, ok
	}
	if dz := g.wordAt(s, j); w.ofDozen && dz.is(cDozen) && !dz.has(fNoArticle) {
		v, ok := decimalOf(dz.val).div(decimalOf(w.den))
		return v, j + 1, ok
	}
	if s.ofUnitAt(i + 1) {
		// "half a percentage point", "half a kilometre": the unit is
		// read after the fraction, by fraction.
		v, ok := decimalOf(1).div(decimalOf(w.den))
		return v, i + 1, ok
	}
	return Decimal{}, i, false
}

// ofUnitAt reports a unit of one, or a percentage's, after an indefinite
// article at token k (ofOneUnit): "a percentage point", "a kilometre".
func (s *scanner) ofUnitAt(k int) bool {
	at := s.ofOneUnit(k)
	if at == k {
		return false
	}
	if _, _, ok := lookup(s, at, 3, s.percents()); ok {
		return true
	}
	_, _, ok := s.unit(at)
	return ok
}

// articleNumerator reads the numerator "a" at token i: "a fifth", "a
// hundred trillionths", "a quarter million". It returns the numerator
// and the token after it, or, when done, the fraction itself.
func (s *scanner) articleNumerator(i int) (num Decimal, k int, v Decimal, done, ok bool) {
	g, k := s.grammar(), i+1
	if w, ok := s.fractions().words.get(s.wordLow(k)); ok && w.articleScale {
		if sc := g.wordAt(s, k+1); sc.is(cScale) {
			v, ok := decimalOf(sc.val).div(decimalOf(w.den))
			return num, k + 2, v, true, ok
		}
	}
	if n, ok := s.parseWordsEN(i); ok {
		return n.val, n.next, v, false, false // "a hundred trillionths"
	}
	if s.ordinalCompound(k) {
		return num, i, v, true, false // "a third-class order": a rank
	}
	if d := s.tok(k); d.kind == tWord && (g.plural == "" || !strings.HasSuffix(d.low, g.plural)) {
		// "a fifth of the budget", "a third.", "fell by a third from
		// January", "a quarter percentage point", but "a fifth ASEAN
		// title" is a rank.
		_, _, percent := lookup(s, k+1, 3, s.percents())
		if nt := s.tok(k + 1); nt.kind == tWord && s.fractions().links.at(nt.low).how != linkWhole && !s.lex().shareAfter.at(nt.low) && !percent {
			return num, i, v, true, false
		}
	}
	return decimalOf(1), k, v, false, false
}

// ordinalCompound reports an ordinal word at token k joined by a hyphen
// to the word after it, an adjective of rank: "third-class",
// "fifth-generation", "second-largest".
func (s *scanner) ordinalCompound(k int) bool {
	if _, ok := s.lang.ordinalWords.get(s.wordLow(k)); !ok {
		return false
	}
	return s.isPunct(k+1, "-") && s.glued(k+1) && s.glued(k+2) && s.tok(k+2).kind == tWord
}

// overDenominator reads the denominator at token k of the fraction whose
// numerator num was read from token i: "two thirds", "one-eighth", "one
// hundred thirty fifths", "two million and one half", "two thirds of a
// million".
func (s *scanner) overDenominator(i, k int, num Decimal) (Decimal, int, bool) {
	g := s.grammar()
	if s.isPunct(k, "-") && s.tok(k+1).kind == tWord {
		if _, _, ok := s.denominatorEN(k+1, true); ok {
			k++ // "one-eighth", "five - eighths"
		}
	}
	// "one hundred thirty fifths": the last tens belong to the denominator.
	afterTens := k-1 > i && !g.wordAt(s, k-2).is(cJoiner)
	if afterTens && !s.isPunct(k-1, "-") {
		if tens, ord, ok := s.tensAndOrdinal(k-1, k); ok {
			if numer, ok := num.Add(decimalOf(-tens)); ok && numer.Sign() > 0 {
				v, ok := numer.div(decimalOf(tens + ord))
				return v, k + 1, ok
			}
		}
	}
	den, next, ok := s.denominatorEN(k, true)
	if ok && num.Cmp(decimalOf(1)) > 0 && next == k+1 && g.plural != "" && !strings.HasSuffix(s.tok(k).low, g.plural) && s.tok(next).kind == tWord {
		return Decimal{}, i, false // "Four third prizes": four prizes of the third rank
	}
	if !ok {
		if tens, ord, ok := s.tensAndOrdinal(k-1, k); ok && afterTens {
			return s.tensFraction(i, num, tens, ord, k+1)
		}
		if tens, ord, ok := s.tensAndOrdinal(k-1, k+1); ok && k-1 > i && s.isPunct(k, "-") {
			return s.tensFraction(i, num, tens, ord, k+2) // "one hundred twenty-firsts"
		}
		return Decimal{}, i, false
	}
	// "two million and one half", "one hundred and three quarters": a
	// small part after the last "and" is a mixed number's fraction.
	if v, end, ok := s.mixedAfterAnd(i, k, num, den, next); ok {
		return v, end, true
	}
	v, ok := num.div(decimalOf(den))
	if !ok {
		return Decimal{}, i, false
	}
	// "two thirds of a million".
	if s.fractions().links.at(s.wordLow(next)).how == linkWhole && g.wordAt(s, next+1).is(cArticle) {
		if sc := g.wordAt(s, next+2); sc.is(cScale) {
			if w, ok := v.Mul(decimalOf(sc.val)); ok {
				return w, next + 3, true
			}
		}
	}
	return v, next, true
}

// tensAndOrdinal reads a tens word at token t and an ordinal word below
// ten at token o, which together name a denominator: "thirty fifths".
func (s *scanner) tensAndOrdinal(t, o int) (tens, ord int64, ok bool) {
	w := s.grammar().wordAt(s, t)
	if !w.is(cTens) {
		return 0, 0, false
	}
	ord, ok = s.ordinalPlural(s.tok(o).low)
	if !ok || ord >= 10 {
		return 0, 0, false
	}
	return w.val, ord, true
}

// tensFraction returns num without its tens over the tens and the
// ordinal, and next: "one hundred thirty fifths" is 100/35.
func (s *scanner) tensFraction(i int, num Decimal, tens, ord int64, next int) (Decimal, int, bool) {
	numer, ok := num.Add(decimalOf(-tens))
	if !ok {
		return Decimal{}, i, false
	}
	v, ok := numer.div(decimalOf(tens + ord))
	return v, next, ok
}

// andFraction reads the fraction after "and": "a half", "three fifths",
// "a half million" (then a scale applies to the fraction only).
func (s *scanner) andFraction(k int) (Decimal, int, bool) {
	g := s.grammar()
	num := decimalOf(1)
	j := k
	if w := g.wordAt(s, j); w.is(cArticle) || w.is(cDigit) && w.val == 1 {
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
	if sc := g.wordAt(s, next); sc.is(cScale) {
		if w, ok := v.Mul(decimalOf(sc.val)); ok {
			return w, next + 1, true
		}
	}
	return v, next, true
}

// linkFraction reads the link and the denominator of "N over M", "N out
// of M", "N in M", "N phần M", "N trên M", "N chia M" after the numerator
// that ends before token k.
func (s *scanner) linkFraction(num Decimal, k int) (Decimal, int, bool) {
	fr := s.fractions()
	if !fr.linksFirst.at(s.wordLow(k)) {
		return Decimal{}, k, false
	}
	link, j, ok := lookup(s, k, linkWords, fr.links)
	if !ok || link.how == linkWhole || link.how == linkWholeFirst || link.notBefore.at(s.wordLow(j)) {
		return Decimal{}, k, false
	}
	d, ok := s.denominatorAt(j)
	if !ok || d.val.Sign() <= 0 {
		return Decimal{}, k, false
	}
	if (link.how == linkPart || link.how == linkOdds) && (num.Cmp(d.val) >= 0 || num.Exp() < 0) {
		return Decimal{}, k, false // "1 in 5" but not "12 out of 10", nor the score "91.4 out of 100"
	}
	if link.bare && (s.tok(d.next).kind == tWord || s.compoundAt(d.next)) {
		return Decimal{}, k, false // "85,000 over two nights", "71 over four-day holiday": a count, and a length
	}
	if _, _, counted := s.unit(d.next); link.how == linkPart && counted {
		return Decimal{}, k, false // "nine out of 27 agencies": a count of a part, as "nine of the 27 agencies" (wholeUnit)
	}
	if link.how == linkOdds && (num.Cmp(decimalOf(10)) > 0 || d.val.Cmp(decimalOf(1000)) >= 0) {
		return Decimal{}, k, false // "1 in 5 people" but not "30 in 2026"
	}
	v, ok := num.div(d.val)
	return v, d.next, ok
}

// compoundAt reports a hyphen glued at token k between the number
// before it and a word after it: the "-day" of "four-day", a modifier.
func (s *scanner) compoundAt(k int) bool {
	return s.isPunct(k, "-") && s.glued(k) && s.glued(k+1) && s.tok(k+1).kind == tWord
}

// wordFraction reads a fraction in words at token i in the scanner's
// language.
func (s *scanner) wordFraction(i int) (Decimal, int, bool) {
	if s.tok(i).kind != tWord {
		return Decimal{}, i, false
	}
	if s.vi {
		return s.wordFractionVI(i)
	}
	return s.wordFractionEN(i)
}

// denominatorAt reads the denominator after a link at token j: a number,
// or a word that names a part only there ("phần tư").
func (s *scanner) denominatorAt(j int) (num, bool) {
	d, ok := s.parseNum(j, numOpts{})
	if w, isPart := s.fracWordAt(j, s.wordLow(j)); !ok && isPart && w.afterLink {
		return num{val: decimalOf(w.den), next: j + 1}, true
	}
	return d, ok
}

// wordFractionVI reads Vietnamese fractions: "hai phần ba", "một trên hai",
// "một chia bảy", "ba mươi phần một trăm", "một phần tư", "một nửa".
func (s *scanner) wordFractionVI(i int) (Decimal, int, bool) {
	n, ok := s.parseNum(i, numOpts{})
	// "một phần mười": "một" before "phần" reads as the article ("một
	// phần": partly), but a fraction's numerator it is.
	if g, w := s.grammar(), s.grammar().wordAt(s, i); !ok && w.has(fArticle) && !w.has(fUnmarked) && g.articleNext.at(s.wordLow(i+1)) {
		if _, _, isLink := lookup(s, i+1, linkWords, s.fractions().links); isLink {
			n, ok = num{val: decimalOf(w.val), next: i + 1}, true
		}
	}
	if !ok {
		return Decimal{}, i, false
	}
	if w, isPart := s.fracWordAt(n.next, s.wordLow(n.next)); isPart && !w.afterLink {
		v, ok := n.val.Mul(w.part) // "một nửa"
		return v, n.next + 1, ok
	}
	v, next, ok := s.linkFraction(n.val, n.next)
	if !ok {
		return Decimal{}, i, false
	}
	return v, next, true
}

// mixedAfterAnd reads "WHOLE and SMALL DEN" where num (= WHOLE + SMALL) was
// read from token i up to the denominator at token k: "two million and one
// half" is 2,500,000, "one hundred and three quarters" is 100.75. A scale
// of a thousand or more before "and", or a scale after the denominator,
// multiplies the fraction.
func (s *scanner) mixedAfterAnd(i, k int, num Decimal, den int64, next int) (Decimal, int, bool) {
	and := -1
	for j := k - 1; j > i; j-- {
		if s.grammar().wordAt(s, j).is(cJoiner) {
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
	if sc := s.grammar().wordAt(s, next); sc.is(cScale) {
		frac, ok = frac.Mul(decimalOf(sc.val))
		next++
	} else if sc := s.numAt(s.grammar(), and-1); sc.is(cScale) && sc.val >= 1000 {
		frac, ok = frac.Mul(decimalOf(sc.val))
	}
	if !ok {
		return Decimal{}, k, false
	}
	v, ok := whole.Add(frac)
	return v, next, ok
}

// maxWholeWords bounds the words that may qualify the whole of odds said
// whole first, between its noun and the link: "cứ 4 người trưởng thành
// thì có 1".
const maxWholeWords = 3

// wholeFirstLink finds the link of odds said whole first at token k, or
// after at most maxWholeWords lower-case words that qualify the whole
// (no number among them), and returns where the part begins.
func (s *scanner) wholeFirstLink(k int) (int, bool) {
	for j := k; j <= k+maxWholeWords; j++ {
		if link, next, ok := lookup(s, j, linkWords, s.fractions().links); ok && link.how == linkWholeFirst {
			return next, true
		}
		if t := s.tok(j); t.kind != tWord || t.upper {
			return k, false
		}
		if _, ok := s.parseNum(j, numOpts{}); ok {
			return k, false
		}
	}
	return k, false
}

// oddsWholeFirst reads odds said whole first at token i: a frequency word
// (frequency.tsv), the whole with its unit, a link of fraction_links.tsv
// marked whole-first, the part: "cứ 10 người thì có 3 người", "cứ 4 hộ có
// 1 hộ nghèo". The mention is the part over the whole, of the whole's
// unit, as "three in ten people" is (linkOdds).
func (s *scanner) oddsWholeFirst(i int, m *Mention) (int, bool) {
	_, j, ok := lookup(s, i, 2, s.lex().frequency)
	if !ok {
		return i, false
	}
	whole, ok := s.parseNum(j, numOpts{})
	if !ok || whole.val.Sign() <= 0 {
		return i, false
	}
	unit, k, ok := s.unit(whole.next)
	if !ok {
		return i, false
	}
	if _, _, ok := lookup(s, whole.next, 3, s.dates().durUnits); ok {
		return i, false // "cứ 10 phút lại có một chuyến": a frequency, not a share of minutes
	}
	if k, ok = s.wholeFirstLink(k); !ok {
		return i, false
	}
	part, ok := s.parseNum(k, numOpts{noCont: true})
	if !ok || part.val.Sign() <= 0 || part.val.Cmp(whole.val) >= 0 {
		return i, false
	}
	end := part.next
	if u, next, ok := s.unit(end); ok {
		_, _, ul := s.units()
		if u != unit && !ul.classifiers.at(s.wordLow(end)) {
			// "cứ 100.000 dân có 12 bác sĩ": a rate of doctors, no share
			// of residents; but "cứ 5 thí sinh thì có 1 người".
			return i, false
		}
		end = next
	}
	v, ok := part.val.div(whole.val)
	if !ok {
		return i, false
	}
	*m = Mention{Kind: Number, Value: v, Unit: unit}
	s.span(m, i, end)
	return end, true
}
