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
	if !s.wordStarts(i, numberStarts) {
		// A word of neither the number grammar nor the vague counts,
		// which every reading of readNum at a word begins with: the
		// rules ask at many such words (a duration's count, "trong 4
		// tháng"), and readNum found no number there after a few
		// look-ups.
		return num{}, false
	}
	// Several rules read the number at the same token: remember the last
	// few.
	if s.ordinalWords {
		return s.readNum(i, o)
	}
	if e, ok := s.numMemo.get(i, o); ok {
		return e.n, e.ok
	}
	n, ok := s.readNum(i, o)
	s.numMemo.put(numMemoEntry{i: i, o: o, n: n, ok: ok, valid: true})
	return n, ok
}

// numMemoSize is how many numbers parseNum remembers. The rules that
// start at a token read the number there, then the numbers after it (the
// second end of a range, a denominator), and a later rule comes back to
// the first: one entry lost it a fifth of the time in English news.
const numMemoSize = 4

// A numMemo is the last numbers parseNum read in the line.
type numMemo struct {
	entries [numMemoSize]numMemoEntry
	last    int // the entry written last
}

// A numMemoEntry is one number parseNum read.
type numMemoEntry struct {
	i     int
	o     numOpts
	n     num
	ok    bool
	valid bool
}

// get returns the number read at token i with the options o, if m holds
// it.
func (m *numMemo) get(i int, o numOpts) (*numMemoEntry, bool) {
	for k := range m.entries {
		if e := &m.entries[k]; e.valid && e.i == i && e.answers(o) {
			return e, true
		}
	}
	return nil, false
}

// answers reports whether e is the number read with the options o: read
// with them, or with options that differ in noCont alone where no scale
// word was read. noCont only stops the smaller orders that continue a
// number after its scale words ("2 tỷ 500 triệu", scaleWords), so with no
// scale word (a number that failed, or one with scaled false) both read
// the same.
func (e *numMemoEntry) answers(o numOpts) bool {
	if e.o == o {
		return true
	}
	return e.o.money == o.money && (!e.ok || !e.n.scaled)
}

// put records e, in place of the oldest entry.
func (m *numMemo) put(e numMemoEntry) {
	m.last = (m.last + 1) % numMemoSize
	m.entries[m.last] = e
}

// readNum is parseNum without the memo.
func (s *scanner) readNum(i int, o numOpts) (num, bool) {
	g := s.grammar()
	j, neg := i, false
	switch {
	case s.isPunct(i, "-") || s.isPunct(i, "−"):
		if !s.minusSign(i) {
			return num{}, false
		}
		j, neg = i+1, true
	case g.wordAt(s, i).is(cMinus):
		return s.minusWord(g, i, o)
	}
	if s.inParties(j) {
		return num{}, false
	}
	if n, ok := s.pointStart(g, j); ok {
		return n, true
	}
	var n num
	var ok bool
	if t := s.tok(j); t.kind == tNum || t.kind == tPunct && (t.low == "," || t.low == ".") && s.tok(j+1).kind == tNum && s.glued(j+1) && !(s.tok(j-1).kind == tNum && s.glued(j)) {
		n, ok = s.parseDigits(j, o)
	} else {
		n, ok = s.parseWords(g, j)
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

// minusSign reports whether the dash at token i is the sign of the number
// after it ("-7,5", "- 1.200.000"), not a range dash, a hyphen, the end
// of a dash typed as two ("-- 44 meters") or a dash between the items of
// a list, spaced on both sides after a figure or a word ("87 HCV - 81
// HCB").
func (s *scanner) minusSign(i int) bool {
	prev := s.tok(i - 1)
	afterItem := i > 0 && (prev.kind == tNum || prev.kind == tWord)
	if afterItem && (!s.toks[i].space || s.tok(i+1).space) || i > 0 && !s.toks[i].space && s.isPunct(i-1, "-") {
		return false
	}
	return s.tok(i+1).kind == tNum || s.tok(i+1).kind == tPunct && s.tok(i+2).kind == tNum
}

// minusWord reads a number after a sign word: "âm 5", "minus 3", but not
// "minus minus 3".
func (s *scanner) minusWord(g *numGrammar, i int, o numOpts) (num, bool) {
	if g.wordAt(s, i+1).is(cMinus) || g.wordAt(s, i).has(fSpoken) && s.tok(i+1).kind == tNum {
		return num{}, false // "trừ 12 điểm" deducts twelve points
	}
	if n, ok := s.parseNum(i+1, o); ok && n.val.Sign() > 0 {
		n.val = n.val.Neg()
		return n, true
	}
	return num{}, false
}

// signBefore gives the sign of a word before it ("negative VND2.95
// trillion", "minus $5 billion") to m, an amount of money read at token
// i that opens with its currency: the number after the currency is no
// number after the sign word, which minusWord reads ("âm 2.950 tỷ
// đồng" is read there).
func (s *scanner) signBefore(m *Mention, i int) {
	g := s.grammar()
	if m.Kind != Money || m.Value.Sign() <= 0 || s.tok(i).kind == tNum || i == 0 || !g.wordAt(s, i-1).is(cMinus) || g.wordAt(s, i-1).has(fSpoken) || g.wordAt(s, i-2).is(cMinus) {
		return
	}
	m.Value, m.From, m.To = m.Value.Neg(), m.From.Neg(), m.To.Neg()
	if m.Range {
		m.From, m.To = m.To, m.From // the lower end stays the first
		m.Value = m.From
	}
	m.Start = s.toks[i-1].start
}

// pointStart reads a number that starts at its decimal point, where the
// language says so: "point 77" at the start of a phrase is 0.77.
func (s *scanner) pointStart(g *numGrammar, j int) (num, bool) {
	if !g.pointStarts || !g.wordAt(s, j).is(cPoint) || s.tok(j+1).kind != tNum && s.tok(j+1).kind != tWord {
		return num{}, false
	}
	if j > 0 && (s.tok(j-1).kind == tNum || s.tok(j-1).kind == tWord) {
		return num{}, false
	}
	if f, next, ok := s.wordDecimals(g, j+1); ok {
		return num{val: f, next: next, words: true}, true
	}
	return num{}, false
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
	r := digitReader{s: s, i: i, n: num{digits: true, plain: true}}
	r.dec, r.grp = s.conv().decimal, s.conv().group
	p := s.toks[i].start
	if c := s.text[p]; c == ',' || c == '.' {
		// ",77" or ".25": a bare fraction.
		if c != r.dec && !(s.conv().pointDecimals && c == '.') {
			return num{}, false
		}
		e := digitRun(s.text, p+1)
		r.acc.add(s.text, p+1, e, true)
		r.end = e
		r.n.plain, r.n.sep = false, true
	} else if r.groups(p) {
		// "192.168.1.2": a dotted sequence, read no further.
		r.n.next = s.tokenAt(i, r.end)
		r.n.val, _ = NewDecimal(int64(r.acc.coef), r.acc.exp)
		return r.n, !r.acc.overflow
	}
	if r.acc.overflow {
		return num{}, false
	}
	v, err := NewDecimal(int64(r.acc.coef), r.acc.exp)
	if err != nil {
		return num{}, false
	}
	n := r.n
	n.val = v
	n.next = s.tokenAt(i, r.end)
	s.scale(&n, o)
	return n, true
}

// A digitAcc accumulates the digits of a number: 18 significant digits,
// and the power of ten of the rest.
type digitAcc struct {
	coef     uint64
	exp, sig int
	overflow bool // a non-zero digit after the 18th
}

// add adds the digits text[a:b], of the integer part or of the decimals.
func (d *digitAcc) add(text string, a, b int, frac bool) {
	for k := a; k < b; k++ {
		c := uint64(text[k] - '0')
		if d.coef == 0 && c == 0 {
			if frac {
				d.exp--
			}
			continue
		}
		if d.sig >= 18 {
			if c != 0 {
				d.overflow = true
			}
			if !frac {
				d.exp++
			}
			continue
		}
		d.coef = d.coef*10 + c
		d.sig++
		if frac {
			d.exp--
		}
	}
}

// A digitReader reads the digits and separators of one number.
type digitReader struct {
	s        *scanner
	i        int // the token of the first digit
	acc      digitAcc
	n        num
	dec, grp byte // the language's decimal and grouping marks
	end      int  // the byte after what is read
	first    int  // the length of the first group of digits
	used     byte // the grouping separator seen, 0 for none
	grouped  bool
}

// A sepStep is what a separator after digits does.
type sepStep uint8

const (
	sepMore   sepStep = iota // it groups digits: read on
	sepEnd                   // the number ends at r.end
	sepDotted                // a dotted sequence: "192.168.1.2"
)

// groups reads the digits at byte p and the groups and decimals after
// them. It reports whether they are a dotted sequence, read no further.
func (r *digitReader) groups(p int) bool {
	text := r.s.text
	e := digitRun(text, p)
	r.first = e - p
	r.acc.add(text, p, e, false)
	r.end = e
	for r.end < len(text) {
		switch r.separator() {
		case sepMore:
			continue
		case sepDotted:
			return true
		}
		break
	}
	if r.grouped {
		r.n.sep, r.n.plain = true, false
	}
	return false
}

// separator reads the separator at r.end and the digits after it.
func (r *digitReader) separator() sepStep {
	s, text := r.s, r.s.text
	if w := groupSep(text, r.end); w > 0 && (r.used == 0 || r.used == ' ') && r.first <= 3 {
		e := digitRun(text, r.end+w)
		if e-(r.end+w) == 3 && !s.continuesNumber(e) {
			r.acc.add(text, r.end+w, e, false)
			r.end, r.grouped, r.used = e, true, ' '
			return sepMore
		}
		return sepEnd
	}
	c := text[r.end]
	if c != '.' && c != ',' {
		return sepEnd
	}
	e := digitRun(text, r.end+1)
	if e == r.end+1 {
		return sepEnd // a full stop or comma after the number
	}
	run := e - r.end - 1
	// The other grouping convention, decided by the digits.
	if r.used == 0 && r.first <= 3 && run == 3 && c == r.dec && s.otherGroups(c, r.end) {
		r.group(c, e)
		return sepMore
	}
	return r.mark(c, e, run)
}

// group reads the group of three digits that ends at e after the grouping
// mark c.
func (r *digitReader) group(c byte, e int) {
	r.acc.add(r.s.text, r.end+1, e, false)
	r.end, r.grouped, r.used = e, true, c
}

// decimals reads the decimals that end at e after the mark at r.end.
func (r *digitReader) decimals(e int) {
	r.acc.add(r.s.text, r.end+1, e, true)
	r.end = e
}

// mark reads the mark c at r.end followed by run digits, up to e: a
// grouping, the decimals, or the end of the number.
func (r *digitReader) mark(c byte, e, run int) sepStep {
	s, text, i := r.s, r.s.text, r.i
	switch {
	case c == r.used && run == 3:
		r.acc.add(text, r.end+1, e, false)
		r.end = e
		return sepMore
	case c == r.grp && run == 3 && r.used == 0 && r.first <= 3:
		r.group(c, e)
		return sepMore
	case r.used == 0 && s.dottedAt(i, c, e):
		return sepDotted
	case r.used != 0 && r.used != ' ' && c != r.used:
		// "1.250,5" (vi), "1,250.5" (en), "1.111,11" in an English
		// text: the other mark after grouping is the decimal point.
		r.decimals(e)
	case c == r.dec && (r.used == 0 || r.used == ' '):
		r.decimals(e)
	case c == ',' && s.conv().indianGroups && r.used == 0 && run == 2 && s.indianGroups(r.end):
		// "12,34,567.89": Indian grouping (lakh, crore).
		for r.end < len(text) && text[r.end] == ',' {
			e := digitRun(text, r.end+1)
			r.acc.add(text, r.end+1, e, false)
			r.end = e
		}
		r.used, r.grouped = ',', true
		return sepMore
	case c == ',' && s.conv().commaDecimals && r.used == 0 && run <= 2 && !s.listAround(i, e):
		// "1,3" in an English text: a decimal comma.
		r.decimals(e)
	case c == '.' && s.conv().pointDecimals && r.used == 0:
		// A Vietnamese text written with an English decimal point: "4.4".
		r.decimals(e)
	}
	r.n.sep, r.n.plain = true, false
	return sepEnd
}

// dottedAt reports whether the mark c after the number at token i, with
// digits up to e, makes a dotted sequence, not a decimal: "192.168.1.2",
// "1.2.3".
func (s *scanner) dottedAt(i int, c byte, e int) bool {
	text := s.text
	if c == '.' && e < len(text)-1 && text[e] == '.' && text[e+1] >= '0' && text[e+1] <= '9' {
		return true
	}
	return s.isPunct(i-1, ".") && s.glued(i) && s.tok(i-2).kind == tNum
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
	// A spaced suffix that ends the phrase: "10 k", "1,674.5 G"; not the
	// letter of a code glued to digits ("216 G1 games").
	if t.kind == tWord && t.end-t.start <= g.spacedLen && s.tok(j+1).kind != tWord && !(s.tok(j+1).kind == tNum && s.glued(j+1)) {
		if sf := g.suffixes.at(s.text[t.start:t.end]); sf.spaced {
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
	e, next, ok := s.expAt(n.next)
	if !ok || e > 99 || e < -99 {
		return
	}
	if v, ok := n.val.Shift(e); ok {
		n.val, n.next, n.plain = v, next, false
	}
}

// maxExpDigits bounds the digits of an exponent that expAt reads, so that
// "1e308" is seen as an exponent (and refused) rather than as "308".
const maxExpDigits = 6

// expAt reads the exponent mark at token j and the power of ten after it
// ("e6", "e-1", "x10^6"), and returns the power and the token after it.
func (s *scanner) expAt(j int) (e, next int, ok bool) {
	t := s.tok(j)
	k := j + 1
	switch s.grammar().exponents.at(t.low) {
	case expPower:
	case expTimesTen:
		if s.tok(k).low != "10" || !s.isPunct(k+1, "^") || !s.glued(k) || !s.glued(k+1) {
			return 0, j, false
		}
		k += 2
	default:
		return 0, j, false
	}
	if !s.glued(j) {
		return 0, j, false
	}
	neg := false
	if (s.isPunct(k, "-") || s.isPunct(k, "+")) && s.glued(k) {
		neg = s.isPunct(k, "-")
		k++
	}
	d := s.tok(k)
	if d.kind != tNum || !s.glued(k) || len(d.low) > maxExpDigits || s.tok(k+1).kind == tWord && s.glued(k+1) {
		return 0, j, false
	}
	e = int(atoiSmall(d.low))
	if neg {
		e = -e
	}
	return e, k + 1, true
}

// mayBeUnreadable is the cheap test before unreadable: the digits and
// separators from byte p hold more than 18 digits, or a letter is glued
// after them (an exponent mark). It reads at most 37 bytes: a run of a
// million digits is not read to its end at each of its chunks.
func (s *scanner) mayBeUnreadable(p int) bool {
	text, digits := s.text, 0
	for ; p < len(text); p++ {
		c := text[p]
		switch {
		case c >= '0' && c <= '9':
			if digits++; digits > 18 {
				return true
			}
		case (c == '.' || c == ',') && p+1 < len(text) && text[p+1] >= '0' && text[p+1] <= '9':
		default:
			return digits > 18 || c >= utf8.RuneSelf || 'a' <= c|0x20 && c|0x20 <= 'z'
		}
	}
	return digits > 18
}

// maxDottedGroups is the most groups a dotted sequence of numbers has:
// "192.168.1.2" has four, a section "1.2.3.4.5" five.
const maxDottedGroups = 8

// dotted reports a long dotted sequence at token i: more than
// maxDottedGroups groups of digits joined by points, no number of the
// language and no date. Nothing people write has so many parts (a version,
// a section, an address have a few, and each part is read as a number);
// such a run is no fact, and no part of it is read as one. It returns the
// token after it.
func (s *scanner) dotted(i int) (int, bool) {
	if !s.isPunct(i+1, ".") {
		return i, false
	}
	j, groups, thousands := i, 1, s.toks[i].end-s.toks[i].start <= 3 && s.conv().group == '.'
	for s.isPunct(j+1, ".") && s.glued(j+1) && s.tok(j+2).kind == tNum && s.glued(j+2) {
		j += 2
		groups++
		thousands = thousands && len(s.toks[j].low) == 3
	}
	if groups <= maxDottedGroups || thousands {
		return i, false
	}
	var m Mention
	if next, ok := s.date(i, &m); ok && next > j {
		return i, false // "30.1.2026"
	}
	return j + 1, true
}

// unreadable reports a number at token i that cannot be read without
// changing its value: more significant digits than a Decimal holds
// ("9.999.999.999.999.999.999"), or a power of ten beyond its range
// ("1e308"). It returns the token after the whole number, so that no part
// of it is read as a smaller number.
func (s *scanner) unreadable(i int) (int, bool) {
	t := &s.toks[i]
	if t.kind != tNum || i > 0 && s.glued(i) && s.toks[i-1].kind != tWord {
		return i, false // not the start of a number
	}
	if !s.mayBeUnreadable(t.start) {
		return i, false
	}
	r := digitReader{s: s, i: i, dec: s.conv().decimal, grp: s.conv().group}
	r.groups(t.start)
	next := s.tokenAt(i, r.end)
	if r.acc.overflow {
		return next, true
	}
	e, end, ok := s.expAt(next)
	if !ok {
		return i, false
	}
	v, err := NewDecimal(int64(r.acc.coef), r.acc.exp)
	if _, fits := v.Shift(e); err != nil || !fits || e > 99 || e < -99 {
		return end, true
	}
	return i, false
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
	t, g := s.tok(j), s.grammar()
	if t.end-t.start > g.sufLen {
		return scaleSuffix{}, false
	}
	sf, ok := g.suffixes.get(s.text[t.start:t.end])
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
		at := n.next
		if s.isPunct(at, "-") && s.glued(at) && s.glued(at+1) && s.tok(at+1).kind == tWord {
			at++ // "250 hundred-thousand", "the 10-million mark"
		}
		if !startsIn(s, at, table) {
			break // most numbers: no scale word after them
		}
		e, next, ok := lookup(s, at, 2, table)
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
		case t.kind == tWord && and && !o.money:
			// "6 crore and two hundred"; not "VND80 million and seven
			// consolation prizes", an amount of money and a count, nor
			// "VND18-20 million and four points deducted": words that
			// count a noun after them are a count of their own.
			m, ok = s.parseWords(g, j)
			ok = ok && !s.unitStartsAt(m.next)
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

// unitStartsAt reports a unit of units.tsv at token k.
func (s *scanner) unitStartsAt(k int) bool {
	if !startsIn(s, k, s.lang.units) {
		return false
	}
	_, _, ok := lookup(s, k, 4, s.lang.units)
	return ok
}

func mustShift(e int) Decimal {
	d, _ := NewDecimal(1, e)
	return d
}

// otherGroups reports whether the decimal mark c at byte p groups
// thousands, as in the other convention: commaGroups or dotGroups.
func (s *scanner) otherGroups(c byte, p int) bool {
	if c == ',' {
		return s.commaGroups(p)
	}
	return s.dotGroups(p)
}
