package numbers

import (
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text as people store it: decomposed Vietnamese (NFD), full-width digits,
// no-break and thin spaces, typographic dashes and quotes. Extract reads
// a folded copy of the text in which these are NFC and ASCII, and maps the
// offsets of its mentions back to the text it was given. A text that
// needs none of it (the common case) is read as it is.

// A foldUnit is a piece of the text that folding changed: text[o:o+no]
// became folded[f:f+nf]. Between units the two are the same bytes.
type foldUnit struct{ f, nf, o, no int }

// foldText returns the folded copy of text and the pieces it changed, in
// order; units is nil when text needs no folding.
func foldText(text string) (folded string, units []foldUnit) {
	fold, nfc := needsFold(text)
	if !fold {
		return text, nil
	}
	var out strings.Builder
	out.Grow(len(text))
	var scratch []byte
	units = make([]foldUnit, 0, 8)
	limit := len(text) // the end of the NFC prefix being read
	for i := 0; i < len(text); {
		if !nfc && i >= limit {
			limit = i + norm.NFC.QuickSpanString(text[i:])
		}
		j := nextFold(text, i, limit)
		out.WriteString(text[i:j])
		if i = j; i >= len(text) {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if c, ok := foldRune(text, i, r); ok {
			units = append(units, foldUnit{out.Len(), 1, i, n})
			out.WriteByte(c)
			i += n
			continue
		}
		// A piece that is not NFC: one segment, composed.
		if m := norm.NFC.NextBoundaryInString(text[i:], true); m > 0 {
			n = m
		}
		scratch = norm.NFC.AppendString(scratch[:0], text[i:i+n])
		units = append(units, foldUnit{out.Len(), len(scratch), i, n})
		out.Write(scratch)
		i += n
	}
	return out.String(), units
}

// nextFold returns the first byte in text[j:limit] where a rune that
// foldRune changes starts, or limit. It tests the three lead bytes of
// such runes inline, so that the bytes of other runes cost one compare.
func nextFold(text string, j, limit int) int {
	for j < limit {
		for j+8 <= limit && !hasFoldLead(load8(text, j)) {
			j += 8
		}
		// Eight bytes with a lead byte, or the last few: one by one.
		for end := min(j+8, limit); j < end; j++ {
			if c := text[j]; (c == 0xC2 || c == 0xE2 || c == 0xEF) && foldsAt(text, j) {
				return j
			}
		}
	}
	return limit
}

// asciiEnd returns the end of the run of ASCII bytes that starts at
// text[i], an ASCII byte. It reads eight bytes at a time and finds the
// first byte that is not ASCII among them by its high bit, so that the
// short runs between the letters with marks of Vietnamese cost one load
// each, as the long runs of English cost one load for eight bytes.
func asciiEnd(text string, i int) int {
	j := i + 1
	for ; j+8 <= len(text); j += 8 {
		if m := load8(text, j) & highBits; m != 0 {
			return j + bits.TrailingZeros64(m)/8
		}
	}
	for j < len(text) && text[j] < utf8.RuneSelf {
		j++
	}
	return j
}

// Eight bytes read as one word, for the scans of the whole text above,
// which pass over most bytes without a test of their own.
const (
	lowBits  = 0x0101010101010101 // the lowest bit of each byte
	highBits = 0x8080808080808080 // the highest bit of each byte: none in ASCII
)

// load8 returns text[i:i+8] as a little-endian word.
func load8(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// hasByte reports whether one of the eight bytes of w is c.
func hasByte(w uint64, c byte) bool {
	x := w ^ lowBits*uint64(c)
	return (x-lowBits)&^x&highBits != 0
}

// hasDigit reports whether one of the eight bytes of w is an ASCII digit.
func hasDigit(w uint64) bool {
	x := w ^ lowBits*'0' // a digit is below 10 now, and no other byte is
	return (x-lowBits*10)&^x&highBits != 0
}

// hasFoldLead reports whether one of the eight bytes of w is the lead
// byte of a rune that foldRune may change (see foldsAt). C2 and E2 differ
// in one bit: with that bit set in every byte, a byte is E2 where w had
// C2 or E2, so one test finds both, and hasFoldLead is small enough to be
// inlined in nextFold's scan of the whole text.
func hasFoldLead(w uint64) bool {
	return w&highBits != 0 && (hasByte(w|lowBits*0x20, 0xE2) || hasByte(w, 0xEF))
}

// foldsAt reports whether a rune that foldRune changes starts at byte j.
// Every such rune starts with one of three bytes.
func foldsAt(text string, j int) bool {
	switch text[j] {
	case 0xC2, 0xE2, 0xEF:
		r, _ := utf8.DecodeRuneInString(text[j:])
		_, ok := foldRune(text, j, r)
		return ok
	}
	return false
}

// needsFold reports whether text needs folding, and whether it is NFC.
func needsFold(text string) (fold, nfc bool) {
	nfc = isNFC(text)
	if !nfc {
		return true, false
	}
	return nextFold(text, 0, len(text)) < len(text), true
}

// isNFC reports whether text is in NFC, as norm.NFC.IsNormalString does,
// but reads the runes of most Latin-script text (ASCII, the Latin letters
// of Vietnamese, common punctuation) by a range test: each of them is NFC
// on its own and starts a segment. At the first other rune the check goes
// on with norm from the rune before it, so that a mark that composes with
// a letter is seen with the letter.
func isNFC(text string) bool {
	prev := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i = asciiEnd(text, i)
			prev = i - 1
			continue
		}
		n := 0
		switch {
		case twoByteStarter(text, i):
			n = 2 // most letters of Vietnamese, tested inline
		case isLatinThree(text, i):
			n = 3
		default:
			n = nfcStarterLen(text, i)
		}
		if n == 0 {
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			if !nfcStarter(r) {
				return norm.NFC.IsNormalString(text[prev:])
			}
		}
		prev = i
		i += n
	}
	return true
}

// nfcStarterLen returns the length of the rune at text[i] when its bytes
// show it to be in nfcStarter's ranges, or 0 when the rune must be
// decoded to tell. It reads the runes of Vietnamese text without a
// decoding: U+0080-U+024F (two bytes, C2..C8 xx or C9 80..8F),
// U+1E00-U+1EFF (E1 B8..BB xx) and U+2010-U+203F (E2 80 90..BF). A lead
// byte with continuation bytes of 80..BF makes a valid rune in each case.
func nfcStarterLen(text string, i int) int {
	switch {
	case twoByteStarter(text, i):
		return 2
	case isLatinThree(text, i):
		return 3
	case text[i] == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] >= 0x90 && text[i+2] <= 0xBF:
		return 3
	}
	return 0
}

// twoByteStarter reports whether text[i:] starts with a rune of
// U+0080-U+024F: C2..C8 xx or C9 80..8F. It and isLatinThree are
// nfcStarterLen's common cases, small enough to be inlined in isNFC.
func twoByteStarter(text string, i int) bool {
	c := text[i]
	return c >= 0xC2 && c <= 0xC9 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 && (c < 0xC9 || text[i+1] < 0x90)
}

// isLatinThree reports whether text[i:] starts with a rune of
// U+1E00-U+1EFF, E1 B8..BB xx (latinThreeAt), where the letters of
// Vietnamese with two marks are.
func isLatinThree(text string, i int) bool {
	_, ok := latinThreeAt(text, i)
	return ok
}

// nfcStarter reports whether r is in one of the ranges whose runes are all
// NFC on their own, of combining class 0 and start a segment
// (TestNFCStarter checks each).
func nfcStarter(r rune) bool {
	return r >= 0x80 && r < 0x250 || r >= 0x1E00 && r < 0x1F00 || r >= 0x2010 && r < 0x2040
}

// foldRune returns the ASCII byte that stands for the rune r at byte i of
// text: a digit for a full-width digit, a space for a no-break or thin
// space, an apostrophe or a quote for a curly one, a hyphen for a hyphen
// or a minus sign, and for a dash between numbers ("30‒40", "5 – 7%").
func foldRune(text string, i int, r rune) (byte, bool) {
	switch {
	case r >= '０' && r <= '９':
		return byte('0' + r - '０'), true
	case r == '％' || r == '．' || r == '，':
		// After a full-width digit: "５０％", "１．５".
		p, _ := utf8.DecodeLastRuneInString(text[:i])
		if p >= '０' && p <= '９' {
			return byte(r - '！' + '!'), true
		}
	case r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007':
		return ' ', true
	case r == '\u2018' || r == '\u2019':
		return '\'', true
	case r == '\u201c' || r == '\u201d':
		return '"', true
	case r == '\u2010' || r == '\u2011' || r == '\u2212':
		return '-', true
	case r == '\u2012' || r == '\u2013' || r == '\u2014':
		if dashBetweenNumbers(text, i, i+utf8.RuneLen(r)) {
			return '-', true
		}
	}
	return 0, false
}

// dashBetweenNumbers reports whether the dash at text[i:j] joins two
// numbers: glued to what is on both sides, or with a digit (or a percent
// sign) before it and a digit or a currency symbol after it. A dash that
// sets off a clause ("said – 5 people") is left alone.
func dashBetweenNumbers(text string, i, j int) bool {
	p, pi := lastNonSpace(text, i)
	n, nj := firstNonSpace(text, j)
	if p == utf8.RuneError || n == utf8.RuneError {
		return false
	}
	if pi == i && nj == j {
		return true
	}
	return (isDigitRune(p) || p == '%') && (isDigitRune(n) || isCurrencySign(n))
}

func lastNonSpace(text string, i int) (rune, int) {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if r != ' ' && r != '\u00a0' && r != '\u202f' && r != '\u2009' {
			return r, i
		}
		i -= n
	}
	return utf8.RuneError, i
}

func firstNonSpace(text string, j int) (rune, int) {
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r != ' ' && r != '\u00a0' && r != '\u202f' && r != '\u2009' {
			return r, j
		}
		j += n
	}
	return utf8.RuneError, j
}

func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

func isCurrencySign(r rune) bool {
	switch r {
	case '$', '€', '£', '¥', '₫', '₩', '₹', '฿':
		return true
	}
	return false
}

// unfold maps the offsets of mentions found in the folded copy of text
// back to text.
func unfold(ms []Mention, text string, units []foldUnit) {
	u := unfolder{units: units, k: -1}
	for k := range ms {
		m := &ms[k]
		m.Start, m.End = u.offset(m.Start), u.offset(m.End)
		if m.End < m.Start {
			m.End = m.Start
		}
		m.Text = text[m.Start:m.End]
	}
}

// An unfolder maps offsets of the folded text back to the text. The
// mentions come in order, so their offsets mostly grow: it looks for the
// unit of an offset from the unit of the one before, a few steps ahead,
// and searches all the units only for an offset further ahead or behind.
// A binary search for each offset (two a mention) was a sixtieth of the
// time of Extract on Vietnamese news with curly quotes.
type unfolder struct {
	units []foldUnit
	k     int // the unit of the last offset (see unitOf); -1 for none
}

// maxUnfoldSteps bounds the units an unfolder walks before it searches,
// so that each offset costs O(log len(units)) at most.
const maxUnfoldSteps = 8

// offset maps an offset of the folded text to the text: the start of a
// changed piece to its start, a point inside it to its start too, and any
// other point by the distance from the piece before it.
func (u *unfolder) offset(p int) int {
	u.k = u.unitOf(p)
	if u.k < 0 {
		return p
	}
	c := u.units[u.k]
	if p < c.f+c.nf {
		return c.o
	}
	return c.o + c.no + p - (c.f + c.nf)
}

// unitOf returns the index of the last unit that starts at or before the
// folded offset p, or -1 if none does.
func (u *unfolder) unitOf(p int) int {
	if k := u.k; k < 0 || u.units[k].f <= p {
		for range maxUnfoldSteps {
			if k+1 >= len(u.units) || u.units[k+1].f > p {
				return k
			}
			k++
		}
	}
	return sort.Search(len(u.units), func(k int) bool { return u.units[k].f > p }) - 1
}
