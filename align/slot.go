package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readBefore is the READ column of a class read before the figure first.
const readBefore = "before"

// slotBytes bounds the text read on each side of a figure for its slot.
const slotBytes = 400

// slotWindow is how many words on each side of a figure are read for the
// words of its slot.
const slotWindow = 7

// A slotWords index maps phrases to the concept they name in a class of
// concepts (state: dead, missing, injured; base: year-on-year, ...).
type slotWords struct {
	classes   []string     // class names; a concept's class is its index here
	before    []bool       // the class is read before the figure first
	strict    []bool       // a concept on one side only may separate two figures
	keyed     []bool       // a concept of the class names a measure by itself
	apart     []bool       // a rank that names a concept of the class and one that names none are two facts
	oneSide   []bool       // the class is read on its side of the figure only
	datesOnly []bool       // the class names what a date is only: a birth
	moneyOnly []bool       // the class names what an amount of money is only: a net purchase
	first     *table       // FNV-1a hash of a first word → index i of its phrases in firstEnds
	phrases   []slotPhrase // the phrases of first word i: phrases[firstEnds[i-1]:firstEnds[i]], in file order
	firstEnds []int32
	none      slotOf // the slot of a figure that names no concept
}

// A slotPhrase is one phrase of the data file.
type slotPhrase struct {
	words   []string
	class   int
	concept string
}

// theSlotWords returns the slot words of ztables.go, generated from
// data/slots.tsv by tables_build_test.go; they are never modified.
func theSlotWords() *slotWords { return &slotTables }

// startingWith returns the phrases whose first word is w, in the order
// of the data file.
func (sw *slotWords) startingWith(w string) []slotPhrase {
	x, ok := sw.first.get(hashMore(fnvOffset, w))
	if !ok {
		return nil
	}
	lo := int32(0)
	if x > 0 {
		lo = sw.firstEnds[x-1]
	}
	return sw.phrases[lo:sw.firstEnds[x]]
}

// appendWords appends the words of text, which is NFC, to dst as
// slotTokens (tables_build_test.go) splits them. A word is a sub-string of text, unless it holds
// a capital.
func appendWords(dst []string, text string) []string {
	start, capital := -1, false
	for i := 0; i < len(text); {
		if c := text[i]; 'a' <= c && c <= 'z' {
			if start < 0 { // the commonest letter: no decoding, no table
				start, capital = i, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSlotWordRune(r) {
			if start < 0 {
				start, capital = i, false
			}
			capital = capital || isUpper(r)
		} else if start >= 0 {
			dst = append(dst, lowerWord(text[start:i], capital))
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, lowerWord(text[start:], capital))
	}
	return dst
}

// lastOfWords returns where the first n words of text (as appendWords
// splits it) end, or with fromEnd where its last n words start: the
// words of the rest are those words.
func lastOfWords(text string, n int, fromEnd bool) int {
	inWord := false
	if fromEnd {
		for i := len(text); i > 0; {
			r, size := utf8.DecodeLastRuneInString(text[:i])
			if w := isSlotWordRune(r); w != inWord {
				if inWord {
					if n--; n == 0 {
						return i
					}
				}
				inWord = w
			}
			i -= size
		}
		return 0
	}
	for i, r := range text {
		if w := isSlotWordRune(r); w != inWord {
			if inWord {
				if n--; n == 0 {
					return i
				}
			}
			inWord = w
		}
	}
	return len(text)
}

// isSlotWordRune reports a character of the words of appendWords: a
// letter, a digit or '-' (unicode.IsLetter, unicode.IsDigit). ASCII is
// tested inline; the rest in slotWordRuneSlow.
func isSlotWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&asciiSlotWord != 0
	}
	return slotWordRuneSlow(r)
}

// slotWordRuneSlow is isSlotWordRune for a rune beyond ASCII, with fast
// paths for Latin-1, Latin Extended-A and -B and the letters of
// Vietnamese.
func slotWordRuneSlow(r rune) bool {
	switch {
	case r < 0xC0:
		return r == 0xAA || r == 0xB5 || r == 0xBA
	case r < 0x250:
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional: ạ ố ữ
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func lowerWord(w string, capital bool) string {
	if capital {
		return strings.ToLower(w)
	}
	return w
}

// A slotOf holds, for each class of concepts, the concept the words next
// to a figure name ("" for none).
type slotOf []string

// slotAt reads the slot of the figure at text[start:end]: for each class,
// the concept its own words name ("23 người bị thương"), else the nearest
// concept in the words after it, up to the next figure or
// the end of the clause, or in the words before it, back to the previous
// figure or the start of the clause; the data says which side of a class
// is read first. lo and hi bound the
// sentence; prevEnd and nextStart are the neighbouring figures (or lo and
// hi).
func (sw *slotWords) slotAt(text string, lo, prevEnd, start, end, nextStart, hi int) slotOf {
	return *sw.sharedSlotAt(nil, text, lo, prevEnd, start, end, nextStart, hi)
}

// slot returns what item it, a number, measures (readSlots), or nil.
func (it *Item) slot() slotOf {
	if it.slotRef == nil {
		return nil
	}
	return *it.slotRef
}

// sharedSlots keeps one copy of each slot that names a concept, by its
// concepts: the figures of a text that name one often name the same.
type sharedSlots map[[maxSharedClasses]string]*slotOf

// maxSharedClasses is the most classes of a slot that sharedSlots keys,
// and that sharedSlotAt reads into an array on the stack: more classes in
// slots.tsv cost an allocation a figure (TestSlotClassesFit).
const maxSharedClasses = 12

// share returns the copy of slot s that shared keeps, made from s at the
// first call; a slot of more classes than it keys, or with no shared, is
// copied.
func (shared sharedSlots) share(s slotOf) *slotOf {
	if shared == nil || len(s) > maxSharedClasses {
		t := slices.Clone(s)
		return &t
	}
	var k [maxSharedClasses]string
	copy(k[:], s)
	if t, ok := shared[k]; ok && len(*t) == len(s) {
		return t
	}
	t := slices.Clone(s)
	shared[k] = &t
	return &t
}

// sharedSlotAt is slotAt, with the slot that names a concept taken from
// shared (see sharedSlots.share), which may be nil; the slot that names
// none is sw's.
func (sw *slotWords) sharedSlotAt(shared sharedSlots, text string, lo, prevEnd, start, end, nextStart, hi int) *slotOf {
	var buf [maxSharedClasses]string
	out := slotOf(buf[:0])
	if len(sw.classes) <= len(buf) {
		out = buf[:len(sw.classes)]
	} else {
		out = make(slotOf, len(sw.classes))
	}
	// Seven words fit in a few hundred bytes; reading no further keeps the
	// cost of a figure bounded whatever its sentence.
	to := min(nextStart, hi, end+slotBytes)
	after := clauseAfter(text, end, to)
	if to == nextStart && nextStart < hi && end+len(after) == to {
		// The word against the next figure is that figure's: "killed
		// three people and injured 13" (the 13 are the injured).
		after = withoutLastWord(after)
	}
	before := clauseWordsBefore(text, max(prevEnd, lo, start-slotBytes), start, slotWindow)
	// text is NFC (Compare made it so): its words need no normalising,
	// and the three lists share one array.
	var words [4 * slotWindow]string
	right := appendWords(words[:0], after[:lastOfWords(after, slotWindow, false)])
	left := appendWords(right[len(right):], before)
	own := appendWords(left[len(left):], text[start:end]) // "23 người bị thương", "three fatalities"
	// Each list is scanned twice: the phrases of its words are looked up
	// once.
	var phrases [4 * slotWindow][]slotPhrase
	pRight := sw.appendPhrases(phrases[:0], right)
	pLeft := sw.appendPhrases(pRight[len(pRight):], left)
	pOwn := sw.appendPhrases(pLeft[len(pLeft):], own)
	sw.scan(own, pOwn, out, false, false, false)
	sw.scan(own, pOwn, out, false, true, false)
	sw.scan(right, pRight, out, false, false, false)
	sw.scan(left, pLeft, out, true, true, false)
	sw.scan(left, pLeft, out, true, false, true)
	sw.scan(right, pRight, out, false, true, true)
	// Most figures name no concept: they share one empty slot, which no
	// one writes to.
	for _, c := range out {
		if c != "" {
			return shared.share(out)
		}
	}
	return &sw.none
}

// appendPhrases appends to dst the phrases that start with each of words
// (startingWith), in order.
func (sw *slotWords) appendPhrases(dst [][]slotPhrase, words []string) [][]slotPhrase {
	for _, w := range words {
		dst = append(dst, sw.startingWith(w))
	}
	return dst
}

// forKind returns the slot s, shared, of a figure, without the concepts
// of the classes that name what figures of other kinds are: of dates
// only (slots.tsv READ "@") when it is no date ("Mỗi thí sinh làm bốn bài
// thi" is no four born), of money only (READ "$") when it is no amount
// of money ("sau bảy phiên bán ròng" is no count sold).
func (sw *slotWords) forKind(shared sharedSlots, s *slotOf, date, money bool) *slotOf {
	var out slotOf
	for c, concept := range *s {
		if concept != "" && (!date && flagged(sw.datesOnly, c) || !money && flagged(sw.moneyOnly, c)) {
			if out == nil {
				out = slices.Clone(*s)
			}
			out[c] = ""
		}
	}
	switch {
	case out == nil:
		return s
	case slices.Equal(out, sw.none):
		return &sw.none
	}
	return shared.share(out)
}

// flagged reports whether class c has the flag of classes.
func flagged(classes []bool, c int) bool { return c < len(classes) && classes[c] }

// isOneSide reports a class read on its side of the figure only.
func (sw *slotWords) isOneSide(c int) bool { return c < len(sw.oneSide) && sw.oneSide[c] }

// scan fills the classes of out that are still empty and read before the
// figure first (or, without before, after it) with the concepts named in
// words: the first found, or the last with fromEnd. phrases holds the
// phrases that start with each word (appendPhrases). With otherSide the
// words stand on the other side of the figure than the classes are read
// first, and the classes read on their side only (slots.tsv READ "=")
// are left alone: "sau 9 quý thua lỗ" names no loss of the nine.
func (sw *slotWords) scan(words []string, phrases [][]slotPhrase, out slotOf, fromEnd, before, otherSide bool) {
	for k := range words {
		i := k
		if fromEnd {
			i = len(words) - 1 - k
		}
		for _, p := range phrases[i] {
			if out[p.class] == "" && sw.before[p.class] == before && !(otherSide && sw.isOneSide(p.class)) && hasWords(words[i:], p.words) {
				out[p.class] = p.concept
			}
		}
	}
}

// hasWords reports whether words start with phrase.
func hasWords(words, phrase []string) bool {
	if len(words) < len(phrase) {
		return false
	}
	for i, w := range phrase {
		if words[i] != w {
			return false
		}
	}
	return true
}

// withoutLastWord returns s without its last word and the spaces after
// it.
func withoutLastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return s[:strings.LastIndexFunc(s, unicode.IsSpace)+1]
}

// clauseAfter returns text[from:to] cut at the first clause mark.
func clauseAfter(text string, from, to int) string {
	if from >= to || from < 0 || to > len(text) {
		return ""
	}
	s := text[from:to]
	if i := strings.IndexFunc(s, isClauseMark); i >= 0 {
		s = s[:i]
	}
	return s
}

// clauseWordsBefore returns the last n words of text[from:to] after its
// last clause mark, and what lies between them, reading back from to
// no further than those words: the 400 bytes before a figure hold a
// clause mark or seven words long before their start. It is "" when
// from and to are no span of text.
func clauseWordsBefore(text string, from, to, n int) string {
	if from >= to || from < 0 || to > len(text) {
		return ""
	}
	inWord := false
	for i := to; i > from; {
		if c := text[i-1]; 'a' <= c && c <= 'z' {
			inWord = true // the commonest letter: no decoding, no table
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[from:i])
		if isClauseMark(r) {
			return text[i:to]
		}
		if w := isSlotWordRune(r); w != inWord {
			if inWord {
				if n--; n == 0 {
					return text[i:to]
				}
			}
			inWord = w
		}
		i -= size
	}
	return text[from:to]
}

// isClauseMark reports punctuation that ends a clause: , ; : ( ) [ ] – —.
func isClauseMark(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '[', ']', '–', '—':
		return true
	}
	return false
}

// clash reports two slots that name different concepts of one class: the
// two facts measure different things.
func (s slotOf) clash(t slotOf) bool {
	for c := range min(len(s), len(t)) {
		if s[c] != "" && t[c] != "" && s[c] != t[c] {
			return true
		}
	}
	return false
}

// differ reports two slots that weak evidence cannot pair as one fact
// with two values: they clash, or a strict class (a rise, a base of
// comparison) names a concept on one side only.
func (sw *slotWords) differ(s, t slotOf) bool {
	return s.clash(t) || s.oneSided(t, sw.strict)
}

// apartRanks reports two slots of ranks of which one names a concept of a
// class that sets ranks apart (streak: "the third consecutive title")
// and the other none ("về đích đầu tiên"): two facts, which no change of
// one edited.
func (sw *slotWords) apartRanks(s, t slotOf) bool {
	return s.oneSided(t, sw.apart)
}

// sameRun reports two slots that name the same concept of a class that
// sets ranks apart (streak): "tháng thứ 45 liên tiếp" and "45
// consecutive months" are one run.
func (sw *slotWords) sameRun(s, t slotOf) bool {
	for c := range min(len(s), len(t), len(sw.apart)) {
		if sw.apart[c] && s[c] != "" && s[c] == t[c] {
			return true
		}
	}
	return false
}

// oneSided reports whether s or t, but not both, names a concept of a
// class that classes marks.
func (s slotOf) oneSided(t slotOf, classes []bool) bool {
	for c := range min(len(s), len(t), len(classes)) {
		if classes[c] && (s[c] == "") != (t[c] == "") {
			return true
		}
	}
	return false
}

// key returns the concepts of the keyed classes a slot names, "" for
// none: "dead", "free", "export registered".
func (sw *slotWords) key(s slotOf) string {
	var parts []string
	for c, concept := range s {
		if concept != "" && c < len(sw.keyed) && sw.keyed[c] {
			parts = append(parts, concept)
		}
	}
	return strings.Join(parts, " ")
}

// shared counts the classes in which two slots name the same concept.
func (s slotOf) shared(t slotOf) int {
	n := 0
	for c := range min(len(s), len(t)) {
		if s[c] != "" && s[c] == t[c] {
			n++
		}
	}
	return n
}

// describe names the concepts of a slot for a reason: "dead, year-on-year".
func (s slotOf) describe() string {
	var parts []string
	for _, c := range s {
		if c != "" {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, ", ")
}
