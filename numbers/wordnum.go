package numbers

import "strconv"

// Number words in Vietnamese and English.

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
	n         int  // words used
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
func (s *scanner) parseWordsVI(i int) (num, bool) {
	a := newAcc()
	j := i
loop:
	for ; j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.kind != tWord || j > i && !t.space {
			break
		}
		w := t.low
		if d, ok := viDigits[w]; ok {
			if !s.viDigitHere(j, w, a.state) {
				break
			}
			switch a.state {
			case wsNone:
				a.pend = int64(d)
				a.state = wsDigit
			case wsDigit:
				// "hai mốt" = 21, "bốn ba" = 43: tens and units said as digits.
				if a.pend < 1 || d > 9 {
					break loop
				}
				a.small += a.pend*10 + int64(d)
				a.pend, a.state = -1, wsUnits
			case wsTeen, wsTens, wsLinh:
				a.small += int64(d)
				a.state = wsUnits
			case wsHundred:
				// "trăm tư" = 140, "trăm mốt" = 110 and "bốn trăm sáu triệu" =
				// 460 million (colloquial): a lone digit after trăm is tens.
				if _, scale := viWordScales[s.tok(j+1).low]; !scale && (s.viContinuesAt(j+1) || s.viDigitAt(j+1)) {
					a.pend = int64(d)
					a.state = wsDigit
					continue
				}
				a.small += int64(d) * 10
				a.state = wsUnits
			case wsScale:
				if s.viContinuesAt(j+1) || w == "không" || s.viDigitAt(j+1) {
					a.pend = int64(d)
					a.state = wsDigit
					continue
				}
				// "hai triệu mốt" = 2,100,000; "ba nghìn tư" = 3,400.
				if a.lastScale < 10 {
					break loop
				}
				a.total += int64(d) * a.lastScale / 10
				a.state = wsUnits
				j++
				break loop
			default:
				break loop
			}
			continue
		}
		if sc, ok := viWordScales[w]; ok {
			if a.state == wsNone {
				break // "triệu" or "tỷ" alone is not a number; "một triệu" is
			}
			if a.state == wsNone && viScaleCompound[s.tok(j+1).low] {
				break // "tỷ lệ" (rate), "tỷ trọng" (share), "triệu phú" (millionaire)
			}
			if a.state == wsLinh || !a.scaleBy(sc) {
				break
			}
			continue
		}
		switch w {
		case "mười", "muoi":
			if w == "muoi" && a.state == wsDigit {
				// Unaccented "mươi".
				a.small += a.pend * 10
				a.pend, a.state = -1, wsTens
				continue
			}
			if a.state != wsNone && a.state != wsHundred && a.state != wsScale && a.state != wsLinh {
				break loop
			}
			if a.state == wsLinh {
				break loop
			}
			a.small += 10
			a.state = wsTeen
		case "mươi":
			if a.state != wsDigit || a.pend < 1 {
				break loop
			}
			a.small += a.pend * 10
			a.pend, a.state = -1, wsTens
		case "chục":
			switch a.state {
			case wsDigit:
				a.small += a.pend * 10
				a.pend = -1
			case wsNone:
				a.small = 10
			default:
				break loop
			}
			a.state = wsTens
		case "trăm", "tram":
			if a.small >= 100 {
				break loop
			}
			switch a.state {
			case wsDigit:
				a.small += a.pend * 100
				a.pend = -1
			case wsNone:
				a.small = 100
			default:
				break loop
			}
			a.state = wsHundred
		case "linh", "lẻ", "le":
			if (a.state != wsHundred && a.state != wsScale) || !s.viDigitAt(j+1) {
				break loop
			}
			a.state = wsLinh
		case "rưỡi":
			switch a.state {
			case wsScale, wsDigit:
				a.half = true
			case wsHundred:
				a.small += 50
			default:
				break loop
			}
			j++
			break loop
		case "nửa":
			// "nửa triệu" = 500,000.
			if a.state != wsNone {
				break loop
			}
			sc, ok := viWordScales[s.tok(j+1).low]
			if !ok || s.tok(j+1).kind != tWord {
				break loop
			}
			a.total = sc / 2
			a.lastScale = sc
			a.state = wsScale
			j++
		case "tá":
			// "một tá" = 12.
			if a.state != wsDigit {
				break loop
			}
			a.small += a.pend * 12
			a.pend, a.state = -1, wsUnits
			j++
			break loop
		case "phẩy", "chấm":
			if a.state == wsNone {
				break loop
			}
			f, next, ok := s.viFraction(j + 1)
			if !ok {
				break loop
			}
			v, ok := a.plus(f)
			if !ok {
				break loop
			}
			n := num{val: v, next: next, words: true}
			s.scaleWords(&n, numOpts{noCont: true})
			return n, true
		default:
			break loop
		}
	}
	if j == i {
		return num{}, false
	}
	if a.state == wsLinh {
		return num{}, false
	}
	v, ok := a.value()
	if !ok {
		return num{}, false
	}
	n := num{val: v, next: j, words: true, scaled: a.lastScale > 0}
	if !n.scaled {
		// "năm mươi triệu"? Already scaled. "hai mươi 5"? Not a number form.
		s.scaleWords(&n, numOpts{})
	}
	return n, true
}

// viFraction reads the digits after "phẩy": "năm" → 0.5, "hai mươi lăm" →
// 0.25, "không năm" → 0.05, "hai bốn không" → 0.240, "23" → 0.23.
func (s *scanner) viFraction(j int) (Decimal, int, bool) {
	if t := s.tok(j); t.kind == tNum {
		f, ok := fractionOf(t.low)
		return f, j + 1, ok
	}
	// A structured number: "hai mươi lăm", "bảy trăm mười tám", "mười bốn".
	if s.isWord(j, "mười") || s.viDigitAt(j) && (s.isWord(j+1, "mươi") || s.isWord(j+1, "trăm")) {
		s.ordinalWords = true
		n, ok := s.parseWordsVI(j)
		s.ordinalWords = false
		if ok && !n.scaled {
			if k, ok := n.val.Int64(); ok && k >= 0 {
				f, ok := fractionOf(strconv.FormatInt(k, 10))
				return f, n.next, ok
			}
		}
		return Decimal{}, j, false
	}
	// Digit by digit: "hai bốn không", "không năm".
	var buf [18]byte
	digits := buf[:0]
	for ; j < len(s.toks) && len(digits) < len(buf); j++ {
		t := s.toks[j]
		d, ok := viDigits[t.low]
		if !ok || t.kind != tWord || t.low == "năm" && viYearNext[s.tok(j+1).low] {
			break
		}
		digits = append(digits, byte('0'+d))
	}
	if len(digits) == 0 {
		return Decimal{}, j, false
	}
	f, ok := fractionOf(string(digits))
	return f, j, ok
}

// viDigitAt reports whether token j is a Vietnamese digit word.
func (s *scanner) viDigitAt(j int) bool {
	t := s.tok(j)
	_, ok := viDigits[t.low]
	return ok && t.kind == tWord
}

// viContinuesAt reports whether token j continues a word number.
func (s *scanner) viContinuesAt(j int) bool {
	t := s.tok(j)
	return t.kind == tWord && viContinues[t.low]
}

// viDigitHere decides whether the digit word w at token j is a number here.
// It keeps "năm" (year), "không" (not), "một" (a), "tư" (private) and
// "mốt", "lăm" out of numbers where they are ordinary words.
func (s *scanner) viDigitHere(j int, w string, st wordState) bool {
	next := s.tok(j + 1)
	if st == wsNone && s.isWord(j-1, "thứ") && !s.ordinalWords {
		return false // "thứ hai" is an ordinal or a weekday, read elsewhere
	}
	if t := s.tok(j); t.upper && (s.tok(j-1).kind == tWord && s.tok(j-1).upper || next.kind == tWord && next.upper) {
		return false // a syllable of a name: "Nguyễn Hai Long", "Út Bảy"
	}
	nextWord := ""
	if next.kind == tWord && next.space {
		nextWord = next.low
	}
	switch w {
	case "năm", "nam":
		switch st {
		case wsLinh:
			return true
		case wsTeen, wsTens:
			// "hai mươi năm" is twenty years; twenty-five is "hai mươi lăm".
			return viContinues[nextWord]
		case wsNone:
			if viContinues[nextWord] {
				return true
			}
			if w == "nam" || next.kind == tNum || viYearNext[nextWord] {
				return false
			}
			// "50 năm", "hàng năm", "mỗi năm": a year after a number or a
			// quantifier.
			prev := s.tok(j - 1)
			if prev.kind == tNum || prev.kind == tWord && (viYearPrev[prev.low] || prev.upper && false) {
				return false
			}
			if _, ok := viDigits[prev.low]; ok && prev.kind == tWord {
				return false
			}
			if prev.kind == tWord && (viContinues[prev.low] || prev.low == "mười") {
				return false // "hai mươi năm": twenty years
			}
			return true
		default:
			if viContinues[nextWord] {
				return true
			}
			// "không trăm năm sáu nghìn": a digit pair inside a number.
			_, digit := viDigits[nextWord]
			return digit && st != wsDigit && nextWord != "năm"
		}
	case "lăm", "nhăm", "mốt", "lam":
		return st == wsTeen || st == wsTens || st == wsDigit || st == wsLinh || (w == "mốt" && (st == wsScale || st == wsHundred))
	case "tư", "tu":
		return st == wsTens || st == wsScale || st == wsHundred || st == wsLinh || st == wsDigit
	case "không", "khong":
		if st == wsScale || st == wsNone {
			if viContinues[nextWord] || nextWord == "phẩy" || nextWord == "chấm" {
				return true
			}
		}
		if st == wsNone && viZeroNext[nextWord] {
			return true // "không mét", "không phần trăm", "không euro"
		}
		if st == wsNone {
			prev := s.tok(j - 1)
			return prev.kind != tWord && next.kind != tWord
		}
		return false
	case "một", "mot":
		if st == wsNone && viArticleNext[nextWord] {
			return false
		}
	case "bay", "sau", "tam", "chin", "bon":
		// Unaccented digits only inside a number.
		return st != wsNone || viContinues[nextWord]
	}
	return true
}

// viZeroNext lists the measure words after which "không" is zero, not "no".
var viZeroNext = map[string]bool{
	"mét": true, "phần": true, "euro": true, "độ": true, "ki": true, "kí": true, "giây": true,
	"phút": true, "giờ": true, "đô": true, "cm": true, "km": true, "kg": true,
}

// viScaleCompound lists the words that make a scale word part of another
// word: "tỷ lệ" (rate), "tỷ giá" (exchange rate), "triệu phú".
var viScaleCompound = map[string]bool{
	"lệ": true, "trọng": true, "giá": true, "số": true, "suất": true, "phú": true, "muôn": true,
}

// viYearPrev lists words after which "năm" is "year": "hàng năm", "mỗi năm".
var viYearPrev = map[string]bool{
	"hàng": true, "mỗi": true, "các": true, "những": true, "nhiều": true, "vào": true,
	"trong": true, "từ": true, "đến": true, "cả": true, "quanh": true, "cùng": true,
	"một": false,
}

// parseWordsEN reads an English number in words: "twenty-five",
// "one hundred and five", "one and a half million", "a dozen".
func (s *scanner) parseWordsEN(i int) (num, bool) {
	a := newAcc()
	j := i
	// "a couple (of)", "a pair", "a few", "few": small vague counts.
	switch {
	case (s.isWord(j, "a") || s.isWord(j, "an")) && (s.isWord(j+1, "couple") || s.isWord(j+1, "pair")):
		next := j + 2
		if s.isWord(next, "of") {
			next++
		}
		return num{val: decimalOf(2), next: next, words: true, vague: true}, true
	case s.isWord(j, "a") && s.isWord(j+1, "few"):
		return num{val: decimalOf(3), next: j + 2, words: true, vague: true}, true
	case s.isWord(j, "few") && j == 0:
		return num{val: decimalOf(3), next: j + 1, words: true, vague: true}, true
	case s.isWord(j, "one") && enDeterminers[s.tok(j-1).low] && s.tok(j-1).kind == tWord:
		// "the one you mentioned", "which one": a pronoun.
		if _, ok := enWordScales[s.tok(j+1).low]; !ok && !s.isWord(j+1, "hundred") {
			return num{}, false
		}
	}
	if s.isWord(j, "a") || s.isWord(j, "an") {
		nw := s.tok(j + 1).low
		if _, ok := enWordScales[nw]; !ok && nw != "hundred" && nw != "dozen" {
			return num{}, false
		}
		a.pend = 1
		a.state = wsDigit
		j++
	} else if s.isWord(j, "half") && s.isWord(j+1, "a") {
		if sc, ok := enWordScales[s.tok(j+2).low]; ok && s.tok(j+2).kind == tWord {
			d, _ := decimalOf(sc).Quo(2)
			return num{val: d, next: j + 3, words: true, scaled: true}, true
		}
		return num{}, false
	}
loop:
	for ; j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.kind == tPunct && (t.low == "-" || t.low == "—" || t.low == "–") && a.state == wsTens && s.tok(j+1).kind == tWord && t.space == s.tok(j+1).space {
			if v, ok := enSmall[s.tok(j+1).low]; ok && v >= 1 && v <= 9 {
				continue
			}
			break
		}
		if t.kind != tWord {
			break
		}
		w := t.low
		if v, ok := enSmall[w]; ok {
			switch a.state {
			case wsNone, wsHundred, wsLinh, wsScale:
			case wsTens:
				if v > 9 || v == 0 {
					break loop
				}
			default:
				break loop
			}
			a.small += int64(v)
			if a.state == wsTens || v >= 10 {
				a.state = wsUnits
			} else {
				a.state = wsDigit
			}
			continue
		}
		if v, ok := enTens[w]; ok {
			switch a.state {
			case wsNone, wsHundred, wsLinh, wsScale:
			case wsDigit:
				// "one twenty two" = 122, said as digits of hundreds.
				if u, ok := enSmall[s.tok(j+1).low]; j != i+1 || a.small < 1 || a.small > 9 || !ok || u < 1 || u > 9 {
					break loop
				}
				a.small *= 100
			default:
				break loop
			}
			a.small += int64(v)
			a.state = wsTens
			continue
		}
		if sc, ok := enWordScales[w]; ok {
			if a.state == wsLinh {
				break
			}
			if a.state == wsDigit && a.pend >= 0 {
				a.small, a.pend = a.pend, -1
			}
			if a.state == wsNone || !a.scaleBy(sc) {
				break
			}
			continue
		}
		switch w {
		case "hundred":
			if a.state == wsDigit && a.pend >= 0 {
				a.small, a.pend = a.pend, -1
			}
			if a.state == wsNone || a.state == wsHundred || a.small == 0 || a.small >= 100 {
				break loop
			}
			a.small *= 100
			a.state = wsHundred
		case "dozen", "dozens", "dzs", "dozs", "doz":
			if a.state == wsDigit && a.pend >= 0 {
				a.small, a.pend = a.pend, -1
			}
			if a.state == wsNone || a.small == 0 && a.total == 0 {
				break loop
			}
			a.total, a.small = (a.total+a.small)*12, 0
			a.state = wsUnits
		case "and":
			// "one hundred and five"; "two and a half".
			if s.isWord(j+1, "a") && s.isWord(j+2, "half") && a.state != wsNone {
				a.half = true
				j += 3
				if sc, ok := enWordScales[s.tok(j).low]; ok && s.tok(j).kind == tWord && a.lastScale > 0 {
					// "one billion and a half million": half of the scale after.
					a.half = false
					v, ok := a.value()
					h, _ := decimalOf(sc).Quo(2)
					if v, ok2 := v.Add(h); ok && ok2 {
						return num{val: v, next: j + 1, words: true, scaled: true}, true
					}
					break loop
				}
				if sc, ok := enWordScales[s.tok(j).low]; ok && s.tok(j).kind == tWord {
					// "one and a half million".
					v, ok := a.value()
					if !ok {
						break loop
					}
					if v, ok = v.Mul(decimalOf(sc)); ok {
						return num{val: v, next: j + 1, words: true, scaled: true}, true
					}
				}
				break loop
			}
			if a.state != wsHundred && a.state != wsScale {
				break loop
			}
			nt := s.tok(j + 1)
			if _, ok := enSmall[nt.low]; !ok {
				if _, ok := enTens[nt.low]; !ok {
					break loop
				}
			}
			a.state = wsLinh
		case "point":
			if a.state == wsNone {
				break loop
			}
			f, next, ok := s.enFraction(j + 1)
			if !ok {
				break loop
			}
			v, ok := a.plus(f)
			if !ok {
				break loop
			}
			n := num{val: v, next: next, words: true}
			s.scaleWords(&n, numOpts{})
			return n, true
		default:
			break loop
		}
	}
	if a.state == wsNone || a.state == wsLinh {
		return num{}, false
	}
	if a.state == wsDigit && a.pend >= 0 {
		a.small, a.pend = a.pend, -1
	}
	v, ok := a.value()
	if !ok {
		return num{}, false
	}
	return num{val: v, next: j, words: true, scaled: a.lastScale > 0}, true
}

// enFraction reads the digits after "point": "five" → 0.5, "two five" →
// 0.25, "nought four" → 0.04, "seventy-one" → 0.71, "77" → 0.77.
func (s *scanner) enFraction(j int) (Decimal, int, bool) {
	if t := s.tok(j); t.kind == tNum {
		f, ok := fractionOf(t.low)
		return f, j + 1, ok
	}
	if _, ok := enTens[s.tok(j).low]; ok {
		if n, ok := s.parseWordsEN(j); ok && !n.scaled {
			if k, ok := n.val.Int64(); ok && k < 100 {
				f, ok := fractionOf(strconv.FormatInt(k, 10))
				return f, n.next, ok
			}
		}
	}
	var buf [18]byte
	digits := buf[:0]
	for ; j < len(s.toks) && len(digits) < len(buf); j++ {
		v, ok := enSmall[s.toks[j].low]
		if !ok || v > 9 || s.toks[j].kind != tWord {
			break
		}
		digits = append(digits, byte('0'+v))
	}
	if len(digits) == 0 {
		return Decimal{}, j, false
	}
	f, ok := fractionOf(string(digits))
	return f, j, ok
}

// enDeterminers make "one" a pronoun: "the one", "which one".
var enDeterminers = map[string]bool{
	"the": true, "this": true, "that": true, "which": true, "each": true, "every": true,
	"any": true, "no": true, "some": true, "another": true, "someone": true, "everyone": true,
}
