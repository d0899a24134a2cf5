package numbers

// Digits that are no fact: parts of names ("U23", "COVID-19", "Boeing
// 787", "Airbus A321", "VSIP 2.0", "Industry 4.0", "5G") and the two
// parties of a bilateral story ("hai nước", "the two sides"). The names
// and phrases are data: lang/*/digit_names.tsv, digit_suffixes.tsv and
// parties.tsv.

// The ways digits go with a name, as digit_names.tsv says.
const (
	namePrefix  = "prefix"  // glued or hyphened after the name: U23, U-23, G20
	nameCode    = "code"    // a code with its digits glued or hyphened after it: Su-30MK2 (codeAt)
	nameNumber  = "name"    // the number after the name: Boeing 787, iPhone 15
	nameVersion = "version" // a number with a decimal part after it: Industry 4.0
)

// notFact reports whether token i starts digits or words that name no
// fact, and returns the index after them.
func (s *scanner) notFact(i int) (int, bool) {
	t := &s.toks[i]
	if t.firsts&bitParties != 0 {
		if next, ok := s.partiesAt(i); ok {
			return next, true
		}
	}
	if t.firsts&bitPlurals != 0 {
		// "vài", "a few", "hai con số": no figure is stated. (A vague
		// plural with an order of magnitude is read by vagueAmount.)
		if mag, next, ok := lookup(s, i, 3, s.lex().plurals); ok && mag.IsZero() {
			return next, true
		}
	}
	if t.kind != tNum {
		return i, false
	}
	if next, ok := s.unreadable(i); ok {
		return next, true
	}
	if next, ok := s.dotted(i); ok {
		return next, true
	}
	if next, ok := s.digitSuffixName(i); ok {
		return next, true
	}
	if next, ok := s.plate(i); ok {
		return next, true
	}
	if !t.space {
		// "U23", "G20", "U-23", "COVID-19", "A321" after "Airbus".
		k := i - 1
		if s.isPunct(k, "-") && s.glued(k) {
			k--
		}
		if p := s.tok(k); p.kind == tWord && (k == i-1 || s.glued(k+1)) {
			if class, ok := s.nameEndingAt(k + 1); ok && class == namePrefix {
				return s.nameDigitsEnd(i), true
			}
			if len(p.low) == 1 && p.upper && s.standsApart(k) && k == i-1 {
				if class, ok := s.nameEndingAt(k); ok && class == nameNumber {
					return s.nameDigitsEnd(i), true
				}
				// One capital letter glued to digits is a code: a station
				// "S8", a block "B2", a paper size "A4", a strain "H5N1".
				return s.codeEnd(i), true
			}
		}
		return i, false
	}
	class, ok := s.nameEndingAt(i)
	switch {
	case !ok:
	case class == nameNumber:
		return s.nameDigitsEnd(i), true
	case class == nameVersion && s.isPunct(i+1, ".") && s.glued(i+1) && s.tok(i+2).kind == tNum && s.glued(i+2):
		return i + 3, true
	}
	return i, false
}

// standsApart reports a token with a space before it, or glued to an
// opening bracket or a slash: the start of a word, as "H" of "A/H5N1"
// and "(H5N1)" is.
func (s *scanner) standsApart(k int) bool {
	if s.tok(k).space {
		return true
	}
	p := s.tok(k - 1)
	return p.kind == tPunct && (p.low == "(" || p.low == "/")
}

// codeAt reads a code that starts with the word at token k: a
// designation ("F-16", "MiG-21", "T-90S", "Su-30MK2", "XBB.1.5") or
// capitals glued to digits ("VJ828", "AZD1222"). A code is one figure,
// the value of its first digits, whose text is the whole code: a flight
// number or a ship's registration changed between the versions is an
// edit, but no unit, range or second number is read from the rest of it
// ("90S" is no 90 seconds, "64 T-90S" no range). It returns the token
// after the code.
func (s *scanner) codeAt(k int) (int, bool) {
	d, end, ok := s.codeSpan(k)
	if !ok {
		return k, false
	}
	v, err := ParseDecimal(s.toks[d].low)
	if err != nil {
		return k, false
	}
	m := Mention{Kind: Number, Start: s.toks[k].start, End: s.toks[end-1].end, Value: v}
	s.emit(&m, k, end)
	return end, true
}

// codeSpan returns the token of the first digits of a code that starts
// with the word at token k, and the token after the code.
func (s *scanner) codeSpan(k int) (d, end int, ok bool) {
	if !s.mayStartCode(k) {
		return k, k, false
	}
	d = k + 1
	if s.joins(d) {
		d++
	}
	if s.tok(d).kind != tNum || !s.glued(d) || !s.isCode(k, d) {
		return k, k, false
	}
	return d, s.codeEnd(d), true
}

// mayStartCode reports whether a code may start at token k: a word with
// a capital, after a space, glued to the token after it. Most capitalised
// words have a space after them.
func (s *scanner) mayStartCode(k int) bool {
	t := &s.toks[k]
	return t.kind == tWord && t.upper && t.space && k+1 < len(s.toks) && !s.toks[k+1].space
}

// unitAfterCode reads the unit of a count at token k that a code stands
// before: "Four Su-30MK2 fighters", "64 T-90S tanks". The code stays a
// figure of its own, as it is where it follows the noun ("4 máy bay
// Su-30MK2"), so the count's text ends before it. Counts of maxCodeCount
// or more are left alone: "the 2019 F-16 deal" is a year.
func (s *scanner) unitAfterCode(k int) (string, bool) {
	if k >= len(s.toks) {
		return "", false
	}
	_, end, ok := s.codeSpan(k)
	if !ok {
		return "", false
	}
	table, _, _ := s.units()
	u, _, ok := lookup(s, end, 4, table)
	return u, ok
}

// isCode reports whether the word at token k and the digits at token d
// make a code: a word of digit_names.tsv of the class code ("Su", "Mi"),
// a capital letter alone or a short word with two capitals joined to the
// digits by a hyphen or a dot ("F-16", "S-400", "MiG-21", "XBB.1.5"), or
// a short word in capitals that no table knows glued to them ("VJ828",
// "AZD1222"). A short capitalised word before a hyphen may be a word of
// the text ("Top-10"), and a word of the tables before digits a unit or
// a date ("Q1", "USD500", "Mid-2025").
func (s *scanner) isCode(k, d int) bool {
	if class, _, ok := lookup(s, k, 1, s.lex().digitNames); ok {
		return class == nameCode // "U-23", "COVID-19" are names (notFact)
	}
	p := &s.toks[k]
	w := s.text[p.start:p.end]
	switch d {
	case k + 2:
		return len(w) == 1 || len(w) <= maxDesignationLetters && capitals(w) >= 2 && p.dbits == 0
	case k + 1:
		return len(w) >= 2 && len(w) <= maxCodeLetters && capitals(w) == len(w) && p.firsts&^lookupBits == 0 && p.dbits == 0
	}
	return false
}

// maxDesignationLetters bounds the letters of the word before the hyphen
// of a designation ("MiG-21").
const maxDesignationLetters = 3

// maxCodeCount bounds the counts that take the unit after a code: fleets
// and orders, not years.
const maxCodeCount = 1000

// maxCodeLetters bounds the capitals glued before the digits of a code
// ("AZD1222").
const maxCodeLetters = 4

// joins reports a hyphen or a dot at token k glued to the word before it
// and the number after it: "F-16", "XBB.1".
func (s *scanner) joins(k int) bool {
	t := s.tok(k)
	return t.kind == tPunct && (t.low == "-" || t.low == ".") && s.glued(k) && s.glued(k+1) && s.tok(k+1).kind == tNum
}

// capitals counts the ASCII capitals of w.
func capitals(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			n++
		}
	}
	return n
}

// codeEnd returns the end of the code whose digits start at token i: the
// letters and digits glued to them, and further groups after a hyphen or
// a dot ("30MK2", "90S", "350-900").
func (s *scanner) codeEnd(i int) int {
	j := i + 1
	for n := 0; n < maxCodeParts; n++ {
		t := s.tok(j)
		switch {
		case (t.kind == tWord || t.kind == tNum) && s.glued(j):
			j++
		case t.kind == tPunct && (t.low == "-" || t.low == ".") && s.glued(j) && s.glued(j+1) && (s.tok(j+1).kind == tNum || s.tok(j+1).kind == tWord && s.tok(j+1).upper):
			j += 2
		default:
			return j
		}
	}
	return j
}

// maxCodeParts bounds the parts of a code that codeEnd reads.
const maxCodeParts = 6

// inParties reports whether token j is inside a phrase of parties.tsv
// that starts at j or just before it: the number of "hai nước" or "the
// two sides" read by a rule that began earlier ("giữa hai nước", "between
// the two sides") is no count either.
func (s *scanner) inParties(j int) bool {
	for k := max(j-1, 0); k <= j && k < len(s.toks); k++ {
		if s.toks[k].firsts&bitParties == 0 {
			continue
		}
		if next, ok := s.partiesAt(k); ok && next > j {
			return true
		}
	}
	return false
}

// A partiesMemo holds a look-up of parties.tsv at a token of the line.
type partiesMemo struct {
	valid bool
	i     int
	next  int
	ok    bool
}

// partiesAt finds the phrase of parties.tsv, of up to four words, at
// token k and returns the index after it. notFact looks it up at each
// token that may begin one and inParties at the token before a number
// and at the number, so the look-ups of the two tokens last read are
// kept, one for even tokens and one for odd ones.
func (s *scanner) partiesAt(k int) (int, bool) {
	m := &s.parties[k&1]
	if !m.valid || m.i != k {
		_, next, ok := lookup(s, k, 4, s.lex().parties)
		*m = partiesMemo{valid: true, i: k, next: next, ok: ok}
	}
	return m.next, m.ok
}

// nameEndingAt returns the class of the name of digit_names.tsv that ends
// just before token i.
func (s *scanner) nameEndingAt(i int) (string, bool) {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.tok(k).kind == tNum {
			break
		}
		if !startsIn(s, k, s.lex().digitNames) {
			continue
		}
		if class, next, ok := lookup(s, k, 3, s.lex().digitNames); ok && next == i {
			return class, true
		}
	}
	return "", false
}

// nameDigitsEnd returns the end of the digits of a name that start at
// token i: "787", "787-9", "A350-900", "2.0".
func (s *scanner) nameDigitsEnd(i int) int {
	j := i + 1
	for n := 0; n < 3; n++ {
		sep := s.tok(j)
		if sep.kind == tPunct && (sep.low == "-" || sep.low == ".") && s.glued(j) && s.glued(j+1) && s.tok(j+1).kind == tNum {
			j += 2
			continue
		}
		break
	}
	return j
}

// plate reads a vehicle's number plate at token i: two digits, one or
// two capitals and maybe a digit glued to them, a hyphen, and groups of
// digits joined by dots ("29C-123.45", "51LD-012.34", "75B1-23456"). It
// names a vehicle and states no figure.
func (s *scanner) plate(i int) (int, bool) {
	t, w := s.tok(i), s.tok(i+1)
	if len(t.low) != 2 || w.kind != tWord || !s.glued(i+1) || len(w.low) > 3 || !plateLetters(s.text[w.start:w.end]) {
		return i, false
	}
	k := i + 2
	if s.tok(k).kind == tNum && s.glued(k) && len(s.tok(k).low) == 1 {
		k++ // "75B1-"
	}
	if !s.isPunct(k, "-") || !s.glued(k) || s.tok(k+1).kind != tNum || !s.glued(k+1) {
		return i, false
	}
	k += 2
	for s.isPunct(k, ".") && s.glued(k) && s.tok(k+1).kind == tNum && s.glued(k+1) {
		k += 2
	}
	return k, true
}

// plateLetters reports the capitals of a number plate: "C", "LD", not
// "Mhz".
func plateLetters(w string) bool {
	return allCaps(w) || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// digitSuffixName reads a single digit glued to a letter of
// digit_suffixes.tsv in capitals: "5G", "4G" (no fact), not "5g" (5 giờ
// in Vietnamese) and not "5G30".
func (s *scanner) digitSuffixName(i int) (int, bool) {
	t, w := s.tok(i), s.tok(i+1)
	if len(t.low) != 1 || w.kind != tWord || !s.glued(i+1) || !w.upper || s.glued(i+2) && s.tok(i+2).kind == tNum {
		return i, false
	}
	top, _, ok := lookup(s, i+1, 1, s.lex().digitSuffix)
	if !ok || len(top) != 1 || t.low[0] > top[0] {
		return i, false
	}
	return i + 2, true
}
