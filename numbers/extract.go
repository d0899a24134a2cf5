package numbers

import (
	"iter"
	"math/bits"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// An Option configures Extract.
type Option func(*config)

type config struct {
	ref    time.Time // the article date; zero: unknown
	hasRef bool
	noNow  bool // WithoutNow
}

// WithReference sets the date the text was written (the article date). It
// resolves partial and relative dates: "30/1", "thứ Sáu", "hôm qua",
// "last year". Without it Extract keeps what the text says and never
// invents a year. A time more than 16 million years from year 0 counts
// as none.
func WithReference(t time.Time) Option {
	return func(c *config) {
		c.ref = t
		c.hasRef = !t.IsZero() && t.Year() >= -maxYear && t.Year() <= maxYear
	}
}

// WithoutNow leaves out the words that name the moment of writing rather
// than a day of the story: "now", "at present", "bây giờ" (the rows of
// date_relative_days.tsv flagged now). Extract reads them as the
// reference's day, as a date parser should; a comparison of two versions
// asks for none, since "it now runs 5,126 ports" states no date that the
// other version need state too ("hiện vận hành 5.126 cổng sạc").
func WithoutNow() Option {
	return func(c *config) { c.noNow = true }
}

// Extract returns the mentions of numbers, money, percentages, ordinals,
// dates and durations in text, ordered by Start and not overlapping.
//
// lang selects the conventions: Vietnamese for tags whose base language is
// vi ("4.400" is 4400, "1,5" is 1.5), English for en. Other languages
// (Languages lists the supported ones; Supported checks a tag) give nil,
// never a reading in another language's conventions.
// Invalid UTF-8 is read as U+FFFD and never matches; empty text gives nil.
// Text as people store it gives the mentions of its plain form: NFD is
// read as NFC, full-width digits as digits, no-break and thin spaces as
// spaces, typographic dashes between numbers and curly quotes as ASCII;
// Start and End are still offsets into text.
// Extract never panics, runs in time linear in len(text), and is safe for
// concurrent use.
func Extract(text string, lang language.Tag, opts ...Option) []Mention {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	l := langOf(lang)
	if l == nil {
		return nil // no silent reading in another language's conventions
	}
	return extractWith(text, l, c)
}

// extractWith is Extract in the language l.
func extractWith(text string, l *langData, c config) []Mention {
	folded, units := foldText(text)
	s := scanner{text: folded, lang: l, vi: l.conv.viRules, cfg: c}
	out := s.run()
	if units != nil {
		unfold(out, text, units)
	}
	return out
}

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters and marks: "triệu", "USD"
	tNum                      // ASCII digits: "4", "400"
	tPunct                    // any other single rune that is not space
)

// A token is a word, a run of digits or one punctuation rune of the text.
type token struct {
	start, end int
	kind       tokKind
	space      bool   // preceded by white space or the start of the line
	upper      bool   // a word that starts with an upper-case letter
	nwi        uint16 // 1 + the index of its number word in the grammar; 0: not looked up (numAt)
	id         uint16 // the ID of low in the language's index (wordIndex.lookUp), 0 if low is in no table
	low        string // lower-case NFC form of a word; the text otherwise
	firsts     uint64 // bits of the indexed tables with a phrase that starts here
	dbits      uint32 // a word's value in the date tables (dbitsByID); 0 for other tokens
}

// A scanner holds the state of one call of Extract.
type scanner struct {
	text string
	lang *langData // the words and conventions of the text's language
	vi   bool      // the language follows the Vietnamese rules: lang.conv.viRules
	cfg  config
	toks []token
	key  []byte // scratch buffer for phrase look-ups

	ordinalWords bool           // reading the number of "thứ N"
	lunarLine    bool           // the line holds a word that makes a date lunar (noteLunar)
	match        int8           // whether the text is a match report: matchUnknown, matchNo, matchYes
	numMemo      numMemo        // the last numbers read
	qualMemo     qualMemo       // the last qualifier read
	factorMemo   factorMemo     // the last multiplier read (factorAt)
	parties      [2]partiesMemo // the last phrases of parties.tsv read (partiesAt)
	lowArena     []byte         // lower-case words, append-only: see lower
	lastRel      struct {       // the last relative period written, by relString
		r rel
		s string
	}
	ant        antecedent // the last amount of the line, for "half that"
	lastDay    dayMemo    // the day of the last date of the text, for "cùng ngày"
	para       int        // the lines holding a token read so far: the paragraph being read
	rangeStart dayMemo    // the first day of the range whose end is being read, for "đến 2h sáng hôm sau"
	lastYear   dayMemo    // the latest day the text states with its year (noteYear)
	lastPeriod periodMemo // the last quarter or half of the line, for "in the second"
	read       [2]Mention // what the rules tried at a token read (at, and relativeAt before it)
	sents      sentTrack  // the sentence ends of the line counted so far
	out        []Mention
}

// tokenize splits text[from:to], one line, into s.toks, reusing its
// storage.
func (s *scanner) tokenize(from, to int) {
	text := s.text[:to]
	space := true
	s.toks = s.toks[:0]
	s.numMemo, s.qualMemo.valid, s.factorMemo.valid, s.parties = numMemo{}, false, false, [2]partiesMemo{}
	s.ant, s.sents, s.lastPeriod = antecedent{idx: -1}, sentTrack{}, periodMemo{}
	s.lunarLine = false
	for i := from; i < to; {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < to && text[j] >= '0' && text[j] <= '9' {
					j++
				}
				_, id := s.lang.index.lookUp(text[i:j])
				s.toks = append(s.toks, token{start: i, end: j, kind: tNum, space: space, low: text[i:j], id: id})
				space = false
				i = j
				continue
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				if c == 'h' || c == 'w' {
					// urlEnd's first test, made here: most words start
					// with another letter and cost no call.
					if e := urlEnd(text, i); e > i {
						// Numbers inside a web address are not facts.
						space = true
						i = e
						continue
					}
				}
				i = s.word(text, i, space)
				space = false
				continue
			default:
				s.addSign(i, i+1, space)
				space = false
				i++
				continue
			}
		}
		if _, n := latinLetterAt(text, i); n > 0 {
			i = s.word(text, i, space)
			space = false
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			// Invalid UTF-8 never matches: treat it as a break.
			space = true
			i += n
		case unicode.IsSpace(r) || r == '\u200b':
			space = true
			i += n
		case unicode.IsLetter(r):
			i = s.word(text, i, space)
			space = false
		default:
			s.addSign(i, i+n, space)
			space = false
			i += n
		}
	}
}

// lowArenaSize is the size of a chunk of the scanner's lowArena; a
// text whose words fit in less (a segment of a corpus) takes what they
// need.
const lowArenaSize = 4096

// lower returns the lower case of the word w as a string in s.lowArena,
// so that the words of a text share a few allocations, not one each. The
// arena is append-only: a byte written there is never written again (a
// full chunk is left to the strings that point into it and a new one is
// made), so the strings made from it with unsafe.String never change,
// which is all that strings.Builder relies on too.
func (s *scanner) lower(w string) string {
	// Lower case grows a word by at most half (Ⱥ, 2 bytes, is ⱥ, 3).
	if need := 2 * len(w); cap(s.lowArena)-len(s.lowArena) < need {
		s.lowArena = make([]byte, 0, max(min(lowArenaSize, 2*len(s.text)), need))
	}
	a := len(s.lowArena)
	s.lowArena = appendLower(s.lowArena, w)
	low := s.lowArena[a:len(s.lowArena):len(s.lowArena)]
	return unsafe.String(unsafe.SliceData(low), len(low))
}

// appendLower appends the lower case of w to b.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		if r, n := latinLetterAt(w, i); n > 0 {
			b = utf8.AppendRune(b, latinCase.toLower(r)) // no search of unicode's tables
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

// word appends the word starting at i and returns its end.
func (s *scanner) word(text string, i int, space bool) int {
	j := i
	if i+8 <= len(text) {
		// The ASCII lower-case letters the word starts with, as far as
		// eight bytes go, in one step: most of an English word, the
		// first consonants of a Vietnamese syllable. The loop below,
		// which keeps its state on the stack for the calls it makes,
		// took a dozen instructions for each.
		j += bits.TrailingZeros64(notLower8(load8(text, i))) / 8
	}
	lower, marks := true, false
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				j++
				continue
			}
			if 'A' <= c && c <= 'Z' {
				lower = false
				j++
				continue
			}
			break
		}
		if r, ok := latinThreeAt(text, j); ok {
			lower = lower && latinCase.lower(r)
			j += 3
			continue
		}
		if r, ok := latinTwoAt(text, j); ok {
			lower = lower && latinCase.lower(r)
			j += 2
			continue
		}
		var ok bool
		if j, lower, marks, ok = otherLetter(text, j, lower, marks); !ok {
			break
		}
	}
	w := text[i:j]
	if !lower && !marks {
		s.addWord(i, j, space, w, s.lower(w))
		return j
	}
	lw := w
	if !lower {
		lw = strings.ToLower(w)
	}
	if marks {
		lw = norm.NFC.String(lw)
	}
	s.addWord(i, j, space, w, lw)
	return j
}

// otherLetter reads the rune at text[j], one of no block that word's
// loop reads itself, as the next letter or mark of a word: it returns the
// position after it and the word's flags with it, or ok false where the
// word ends (a rune that is neither, or invalid UTF-8). It takes the
// position and returns the new one, so that word's loop, which calls it,
// keeps no value across the call and so stores none on the stack at each
// byte.
func otherLetter(text string, j int, lower, marks bool) (next int, low, mark, ok bool) {
	r, n := utf8.DecodeRuneInString(text[j:])
	if r == utf8.RuneError && n <= 1 {
		return j, lower, marks, false
	}
	switch {
	case r >= 0x1EA0 && r <= 0x1EF9:
		// Vietnamese letters with two marks (ạ...ỹ): upper case at even
		// code points, lower case at odd ones.
		if r&1 == 0 {
			lower = false
		}
	case unicode.Is(unicode.Mn, r):
		marks = true
	case !unicode.IsLetter(r):
		return j, lower, marks, false
	case !unicode.IsLower(r):
		lower = false
	}
	return j + n, lower, marks, true
}

// notLower8 returns the high bit of each of the eight bytes of w that is
// no ASCII lower-case letter. The sums are made on the low seven bits, so
// that no carry crosses a byte, and a byte with the high bit set is none.
func notLower8(w uint64) uint64 {
	low := w &^ highBits
	atLeastA, pastZ := low+lowBits*(0x80-'a'), low+lowBits*(0x80-'z'-1)
	return ^(atLeastA &^ pastZ &^ w) & highBits
}

// addWord appends the word w, text[i:j], whose lower case is lw, with the
// bits and classes its one look-up in the index gives.
func (s *scanner) addWord(i, j int, space bool, w, lw string) {
	bits, id := s.lang.index.lookUp(lw)
	t := s.newToken()
	t.start, t.end, t.kind, t.space, t.upper, t.low = i, j, tWord, space, startsUpper(w), lw
	t.firsts, t.dbits, t.nwi, t.id = bits, s.lang.dbitsByID[id], s.lang.nwiByID[id], id
	s.noteLunar(t.dbits)
}

// addSign appends the sign text[i:j], one rune that is neither a letter,
// a digit nor a space, with its bits and ID in the index.
func (s *scanner) addSign(i, j int, space bool) {
	low := s.text[i:j]
	bits, id := s.lang.index.lookUp(low)
	s.toks = append(s.toks, token{start: i, end: j, kind: tPunct, space: space, low: low, firsts: bits, id: id})
}

// newToken appends a token to the line and returns it, to be filled in
// place: every field of it, as it may hold a token of an earlier line. A
// token is 56 bytes: appended as a literal, it was built on the stack and
// copied, which cost more than its fields; appended as a zero token, it
// was cleared and then written again. The array is grown only when full.
func (s *scanner) newToken() *token {
	n := len(s.toks)
	if n == cap(s.toks) {
		s.toks = append(s.toks, token{})
	} else {
		s.toks = s.toks[:n+1]
	}
	return &s.toks[n]
}

// latinLetterAt reads the rune at text[j] when it is a letter of the
// Latin blocks that Vietnamese and most European text write, U+00C0–U+024F
// (but × and ÷) and U+1E00–U+1EFF: it returns the rune and its length, or
// a length of 0 for any other rune. None of these runes is a mark, so word
// needs neither a full decoding of the rune nor a search of unicode's
// tables for them; latinCase holds their case.
func latinLetterAt(text string, j int) (rune, int) {
	if r, ok := latinTwoAt(text, j); ok {
		return r, 2
	}
	if r, ok := latinThreeAt(text, j); ok {
		return r, 3
	}
	return 0, 0
}

// latinTwoAt is latinLetterAt for a letter of two bytes, U+00C0–U+024F.
// It and latinThreeAt are small enough to be inlined in word, which reads
// most letters of Vietnamese through them.
func latinTwoAt(text string, j int) (rune, bool) {
	c := text[j]
	if c < 0xC3 || c > 0xC9 || j+1 >= len(text) || text[j+1]&0xC0 != 0x80 {
		return 0, false
	}
	// The lead byte and a continuation byte are always a valid rune of
	// U+00C0–U+027F.
	r := rune(c&0x1F)<<6 | rune(text[j+1]&0x3F)
	return r, r < 0x250 && r != '×' && r != '÷'
}

// latinThreeAt is latinLetterAt for a letter of three bytes, E1 B8..BB
// xx: U+1E00–U+1EFF, Latin Extended Additional, where the letters of
// Vietnamese with two marks are.
func latinThreeAt(text string, j int) (rune, bool) {
	if text[j] != 0xE1 || j+2 >= len(text) || text[j+1]&0xFC != 0xB8 || text[j+2]&0xC0 != 0x80 {
		return 0, false
	}
	return 0x1E00 + rune(text[j+1]&3)<<6 | rune(text[j+2]&0x3F), true
}

// latinCaseBits records which runes of the blocks latinLetterAt reads are
// lower-case and which upper-case letters: bit r of the first 0x280 runes,
// bit 0x280 + r - 0x1E00 of U+1E00–U+1EFF.
type latinCaseBits struct {
	lowerBits, upperBits [(0x280 + 0x100) / 64]uint64
	lowerOf              [0x280 + 0x100]uint16 // the lower case of each rune, by the same index
}

// latinCase (zcase.go) is generated from package unicode, which
// TestTables checks it still agrees with (unicode.IsLower, unicode.IsUpper
// and unicode.ToLower), so that no process computes it at start-up.

// latinBit returns the bit of r in latinCaseBits.
func latinBit(r rune) (uint, bool) {
	switch {
	case r >= 0 && r < 0x280:
		return uint(r), true
	case r >= 0x1E00 && r < 0x1F00:
		return uint(r-0x1E00) + 0x280, true
	}
	return 0, false
}

// lower reports whether r, a rune latinLetterAt read, is lower case.
func (b *latinCaseBits) lower(r rune) bool {
	k, ok := latinBit(r)
	return ok && b.lowerBits[k>>6]&(1<<(k&63)) != 0
}

// toLower returns the lower case of r, a rune latinLetterAt read, as
// unicode.ToLower does.
func (b *latinCaseBits) toLower(r rune) rune {
	if k, ok := latinBit(r); ok {
		return rune(b.lowerOf[k])
	}
	return unicode.ToLower(r)
}

// upper reports whether r, a rune latinLetterAt read, is upper case.
func (b *latinCaseBits) upper(r rune) bool {
	k, ok := latinBit(r)
	return ok && b.upperBits[k>>6]&(1<<(k&63)) != 0
}

// startsUpper reports whether the word w starts with an upper-case
// letter. It is small enough to be inlined in word for the ASCII letters
// most words start with.
func startsUpper(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	return runeStartsUpper(w)
}

// runeStartsUpper is startsUpper for a word that starts with a rune
// outside ASCII.
func runeStartsUpper(w string) bool {
	if r, n := latinLetterAt(w, 0); n > 0 {
		return latinCase.upper(r)
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// run scans the text line by line and collects the longest mention at
// each position. Rules see one line at a time (s.toks is the line's
// tokens), so no phrase continues across a line break.
func (s *scanner) run() []Mention {
	pooled := tokenPool.Get().(*[]token)
	s.toks = (*pooled)[:0]
	used := 0 // the most tokens a line held
	for from := 0; from < len(s.text); {
		to, next := lineAt(s.text, from)
		if need := (to-from)/5 + 8; cap(s.toks) < need {
			// The tokens of a line, at about one every 5 bytes: room for
			// the longest line so far, not for a whole chunk's.
			s.toks, used = make([]token, 0, need), 0
		}
		s.tokenize(from, to)
		if len(s.toks) > 0 {
			s.para++
		}
		s.readLine()
		used = max(used, len(s.toks))
		from = next
	}
	// The tokens point into the text and its lower case: cleared, the
	// array keeps neither alive in the pool.
	clear(s.toks[:used])
	*pooled, s.toks = s.toks[:0], nil
	tokenPool.Put(pooled)
	return s.out
}

// tokenPool keeps the arrays of tokens between calls of Extract: a
// corpus filter extracts from millions of short segments, and making a
// line's tokens afresh for each was a third of the bytes it allocated.
// An array holds at most the tokens of one line, which maxChunk bounds.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// lineAt returns the end of the line that starts at from, cut at maxChunk
// bytes, and where the next one starts.
func lineAt(text string, from int) (to, next int) {
	to = strings.IndexByte(text[from:], '\n')
	if to < 0 {
		to = len(text)
	} else {
		to += from
	}
	if to-from > maxChunk {
		to = chunkEnd(text, from, from+maxChunk)
	}
	next = to
	if next < len(text) && text[next] == '\n' {
		next++
	}
	return to, next
}

// readLine reads the mentions of the tokens of one line.
func (s *scanner) readLine() {
	for i := 0; i < len(s.toks); {
		if s.plain(i) {
			i++
			continue
		}
		if s.lunarLine {
			if next, ok := s.lunarUnresolved(i); ok {
				i = next
				continue
			}
		}
		if next, ok := s.codeAt(i); ok {
			i = next
			continue
		}
		if next, ok := s.notFact(i); ok && next > i {
			i = next
			continue
		}
		if s.toks[i].firsts&(bitRelative|bitQualifiers) != 0 {
			// relativeAt starts only at these bits (see
			// qualifiesRelative); testing them here spares the
			// other tokens its call. It reads into the first of the
			// Mentions at reads into.
			if next, ok := s.relativeAt(i, &s.read[0]); ok {
				s.emit(&s.read[0], i, next)
				i = next
				continue
			}
		}
		if next, ok := s.perAfterBracket(i); ok {
			i = next
			continue
		}
		if !s.mayStart(i) {
			i++
			continue
		}
		m, next, ok := s.at(i)
		if !ok || next <= i {
			i++
			continue
		}
		next = s.relativeAfter(m, i, next)
		next = s.sameDayAfter(m, next)
		next = s.ratioAfter(m, i, next)
		s.emit(m, i, next)
		i = next
	}
}

// plainMask holds the index bits of a word that readLine tests before it
// asks mayStart: a word without them and without a capital is tried by
// no step of readLine.
const plainMask = startMask | bitParties | bitPlurals | bitRelative | bitQualifiers

// plain reports whether token i is a word that no step of readLine can
// read, which is most words: no code starts with it (mayStartCode), it
// has no bit of plainMask (no party, vague plural, relative amount or
// starter: notFact, relativeAt, mayStart) and it is short (no compound
// rank, mayStart's concatOrdinal). The steps of readLine would each
// return false there; this spares their calls.
func (s *scanner) plain(i int) bool {
	t := &s.toks[i]
	return t.kind == tWord && t.firsts&plainMask == 0 && len(t.low) <= maxPlainWord && !s.mayStartCode(i)
}

// maxPlainWord is the longest word plain passes: mayStart reads a longer
// one as a compound rank ("twentyfifth").
const maxPlainWord = 8

// perAfterBracket reads the denominator of a rate after the bracket that
// closes at token i, when the bracket holds an amount that converts the
// amount before it: "VND8.2 million ($320) a month", "$8 (VND200,000) per
// kilogram". Both amounts take it, and no length of time ("a month") is
// read there. It returns the token after the denominator.
func (s *scanner) perAfterBracket(i int) (int, bool) {
	n := len(s.out)
	if n < 2 || i < 3 || !s.isPunct(i, ")") {
		return i, false
	}
	amt, conv := &s.out[n-2], &s.out[n-1]
	if !convertible(amt) || !convertible(conv) || conv.End != s.toks[i-1].end {
		return i, false
	}
	// The bracket opens right after the first amount, at most a few
	// words ("tương đương", "about") before the second.
	open := s.bracketOpen(i, maxBracketWords)
	if open < 1 || open == i || s.toks[open].start >= conv.Start || amt.End != s.toks[open-1].end {
		return i, false
	}
	per, next, ok := s.perUnit(i + 1)
	if !ok {
		return i, false
	}
	amt.Per, conv.Per = per, per
	return next, true
}

// maxBracketWords bounds the tokens of a bracket that converts an amount.
const maxBracketWords = 8

// convertible reports an amount a bracket may convert, with no rate yet.
func convertible(m *Mention) bool {
	return (m.Kind == Money || m.Kind == Number && m.Unit != "") && m.Per == "" && !m.Range
}

// maxChunk bounds the bytes read as one line, so that a text without line
// breaks is still read in pieces that fit in a cache.
const maxChunk = 8 << 10

// chunkEnd returns where to cut a long line that starts at from, at or
// before limit: after the last sentence end (". ", "! ", "? ") in the second
// half of the piece, else at the last space, else at a rune boundary.
func chunkEnd(text string, from, limit int) int {
	half := from + (limit-from)/2
	for i := limit - 1; i > half; i-- {
		if text[i] == ' ' && (text[i-1] == '.' || text[i-1] == '!' || text[i-1] == '?') {
			return i
		}
	}
	for i := limit - 1; i > half; i-- {
		if text[i] == ' ' {
			return i
		}
	}
	for limit > from && !utf8.RuneStart(text[limit]) {
		limit--
	}
	if limit == from {
		return from + 1
	}
	return limit
}

// wwwPrefix begins a web address written without its scheme. It is no
// word of a language, so it stays in code.
const wwwPrefix = "www."

// urlEnd returns the end of the web address starting at byte i ("http://",
// "https://", "www."), or i if none starts there.
func urlEnd(text string, i int) int {
	if c := text[i]; c != 'h' && c != 'w' {
		return i // the first byte of each prefix, tested first
	}
	rest := text[i:]
	if !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, wwwPrefix) {
		return i
	}
	if i > 0 && text[i-1] != ' ' && text[i-1] != '(' && text[i-1] != '<' && text[i-1] != '"' && text[i-1] != '\n' && text[i-1] != '\t' {
		return i
	}
	j := i
	for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' {
		j++
	}
	return j
}

// estimateMentions guesses how many mentions text holds, to size the
// result once. Each number begins a mention or a part of one, and a run of
// digits glued to the run before it by one separator ("1.500", "31,5",
// "30/1/2026", "400-600") continues that number; a quarter more and a few
// for each 256 bytes cover the mentions in words ("hai mươi", "first",
// "Friday"), so that the result rarely grows. A Mention is nearly 300
// bytes, zeroed when allocated: counting every run of digits cleared a
// third more memory than the mentions fill. It reads eight bytes at a
// time, and counts the numbers among eight bytes with a digit by their
// flags (numberFlags).
func estimateMentions(text string) int {
	n := 0
	var prevDigits, prevSeps uint64 // the flags of the eight bytes before i (numberFlags)
	i := 0
	for ; i+8 <= len(text); i += 8 {
		w := load8(text, i)
		if !hasDigit(w) {
			prevDigits = 0 // no number starts here, nor glued to a number here
			continue
		}
		digits, seps := numberFlags(w)
		// The flags of the byte before each byte, and of the one before
		// that, from this word and the one before it.
		digits1, digits2 := digits<<8|prevDigits>>56, digits<<16|prevDigits>>48
		seps1 := seps<<8 | prevSeps>>56
		starts := digits &^ digits1 &^ (seps1 & digits2)
		n += bits.OnesCount64(starts)
		prevDigits, prevSeps = digits, seps
	}
	for ; i < len(text); i++ { // the last few bytes
		if numberStartsAt(text, i) {
			n++
		}
	}
	return n + n/4 + len(text)/256 + 2
}

// numberFlags returns the high bit of each byte of w that is an ASCII
// digit, and of each that is one of the separators that glue two runs of
// digits into one number (numberStartsAt): , - . / and :. The sums are
// made on the low seven bits, so that no carry crosses a byte, and a byte
// with the high bit set is neither.
func numberFlags(w uint64) (digits, seps uint64) {
	low := w &^ highBits
	atLeast := func(c byte) uint64 { return low + lowBits*uint64(0x80-c) } // high bit: at least c
	comma, zero, colon, semicolon := atLeast(','), atLeast('0'), atLeast(':'), atLeast(';')
	digits = (zero &^ colon) &^ w & highBits
	seps = (comma&^zero | colon&^semicolon) &^ w & highBits
	return digits, seps
}

// numberStartsAt reports whether text[i] is a digit that estimateMentions
// counts: the first of a run, and not a run glued to the run before it by
// one separator.
func numberStartsAt(text string, i int) bool {
	if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
		return false
	}
	return i < 2 || !isDigit(text[i-2]) || strings.IndexByte(".,/:-", text[i-1]) < 0
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// at returns the longest mention that starts at token i, where mayStart
// holds (run tests it first, so that the many tokens that start nothing
// cost no call that returns a Mention). Rules are tried in order of
// precedence; a later rule wins only with a strictly longer match. A rule
// is not called at a token of a class it cannot begin with (a score
// begins with digits; a date with digits or a word of the date tables,
// which cueAt and dbits read; wordStarts gives the others), so that the
// call and the zeroed Mention it returns are spared.
//
// The rules write what they read into one of the scanner's two Mentions,
// not into a Mention they return: a Mention is nearly 300 bytes, and
// returning one from each rule tried, most of them zero, cost more than
// many of the rules' tests. at returns the one that holds the mention.
func (s *scanner) at(i int) (*Mention, int, bool) {
	best, cand := &s.read[0], &s.read[1]
	t := &s.toks[i]
	if t.kind == tNum {
		if n, ok := s.ratio(i, best); ok {
			return best, n, true
		}
		if n, ok := s.score(i, best); ok {
			return best, n, true
		}
	}
	next, found := i, false
	if t.kind != tPunct && s.wordStarts(i, bitDateWord) {
		next, found = s.date(i, best)
	}
	if s.wordStarts(i, quantityStarts) {
		if n, ok := s.quantity(i, cand); ok && n > i && (!found || n > next) {
			best, cand, next, found = cand, best, n, true
		}
	}
	if n, ok := s.ordinal(i, cand); ok && n > i && (!found || n > next) {
		best, cand, next, found = cand, best, n, true
	}
	if s.wordStarts(i, fractionStarts) {
		if n, ok := s.fraction(i, cand); ok && n > i && (!found || n > next) {
			best, cand, next, found = cand, best, n, true
		}
	}
	if t.firsts&(bitRelative|bitQualifiers) != 0 {
		if n, ok := s.multiple(i, cand); ok && n > i && (!found || n > next) {
			best, cand, next, found = cand, best, n, true
		}
	}
	if t.firsts&bitFrequency != 0 {
		if n, ok := s.oddsWholeFirst(i, cand); ok && n > i && (!found || n > next) {
			best, cand, next, found = cand, best, n, true
		}
	}
	if t.firsts&bitPlurals != 0 {
		if n, ok := s.vagueAmount(i, cand); ok && n > i && (!found || n > next) {
			best, next, found = cand, n, true
		}
	}
	return best, next, found && next > i
}

// set stores r, the mention a rule read, in m and returns the rest of what
// the rule returned, so that a rule that writes into a Mention can return
// what one that returns its Mention read.
func (m *Mention) set(r Mention, next int, ok bool) (int, bool) {
	*m = r
	return next, ok
}

// mayStart reports whether a mention can start at token i: a digit, or a
// word or symbol that some rule begins with. It keeps the common case, an
// ordinary word, cheap.
func (s *scanner) mayStart(i int) bool {
	t := &s.toks[i]
	switch {
	case t.kind == tNum:
		return !s.codeAfterLetter(i)
	case t.kind == tPunct && (t.low == "," || t.low == "."):
		// ",77": only before a glued digit.
		return s.tok(i+1).kind == tNum && s.glued(i+1)
	case t.kind == tPunct && (t.low == "-" || t.low == "−" || t.low == "+"):
		// "-7,5", "- 1.200.000", "-,0012G".
		n := s.tok(i + 1)
		return n.kind == tNum || n.kind == tPunct && (n.low == "," || n.low == ".") && s.tok(i+2).kind == tNum
	case t.firsts&startMask == bitCurrencyPrefixes:
		// "USD 50", "US$90": a currency before the number it names.
		n := s.tok(i + 1)
		return n.kind == tNum || n.kind == tPunct && s.tok(i+2).kind == tNum || n.kind == tWord && n.firsts&bitStarter != 0
	case t.firsts&startMask != 0:
		// bitWeak marks exactly the words of s.lang.index.weak.
		if t.kind == tWord && t.firsts&bitWeak != 0 {
			for j := i + 1; j <= i+3 && j < len(s.toks); j++ {
				if n := &s.toks[j]; n.kind == tNum || n.firsts&^(wordBits|lookupBits) != 0 && n.firsts&bitWeak == 0 {
					return true
				}
			}
			return false
		}
		return true
	case t.kind == tWord && len(t.low) > maxPlainWord:
		_, ok := s.concatOrdinal(t.low) // "twentyfifth"
		return ok
	}
	return false
}

// codeAfterLetter reports digits at token i glued after one capital
// letter that stands alone: a code, not a number ("A0", the grid's
// dispatch centre; "G20", "B52"). A rule that reads such a code ("Q1", a
// quarter) starts at the letter.
func (s *scanner) codeAfterLetter(i int) bool {
	if i == 0 || !s.glued(i) {
		return false
	}
	p := &s.toks[i-1]
	return p.kind == tWord && p.upper && len(p.low) == 1 && (i == 1 || !s.glued(i-1) || s.toks[i-2].kind == tPunct)
}

// span sets m's byte offsets to cover tokens [i, j).
func (s *scanner) span(m *Mention, i, j int) {
	m.Start = s.toks[i].start
	m.End = s.toks[j-1].end
}

// tok returns token i, or the zero token noToken when i is out of range,
// for reading only. It gives a pointer, not a copy: the rules read a
// field or two of the tokens around them hundreds of thousands of times a
// megabyte, and a copy of the whole token each time cost more than the
// test it served.
func (s *scanner) tok(i int) *token {
	if !s.inLine(i) {
		return &noToken
	}
	return &s.toks[i]
}

// inLine reports whether i is the index of a token of the line. One
// unsigned comparison tests both ends: the helpers that read the tokens
// around a rule's position (tok, isPunct, lookup...) run millions of times
// a megabyte, and the second test was a tenth of their cost.
func (s *scanner) inLine(i int) bool {
	return uint(i) < uint(len(s.toks))
}

// noToken is what tok gives outside the line: the zero token. Nothing
// writes it; the field that rules memoise in a token (nwi of a sign) is
// written only through s.toks.
var noToken token

// word reports whether token i is the word w (lower case).
func (s *scanner) isWord(i int, w string) bool {
	if !s.inLine(i) {
		return false
	}
	t := &s.toks[i]
	return t.kind == tWord && t.low == w
}

// isPunct reports whether token i is the punctuation p.
func (s *scanner) isPunct(i int, p string) bool {
	if !s.inLine(i) {
		return false
	}
	t := &s.toks[i]
	return t.kind == tPunct && t.low == p
}

// glued reports whether token i follows token i-1 with no space between.
func (s *scanner) glued(i int) bool {
	return i > 0 && s.inLine(i) && !s.toks[i].space
}

// A phraseTable maps phrases of one or more tokens, lower case and NFC,
// to values. Tokens are joined with one space where the text has white
// space and with nothing where it has none, so "US$", "km/h" and "đô la"
// are keys as written. It also knows every proper prefix of its keys, so a
// look-up stops at the first token that no key continues with.
//
// An indexed table has a bit of its own; the scanner marks each token with
// the bits of the tables whose phrases can start with it, so that a look-up
// that cannot match costs one test.
type phraseTable[T any] struct {
	index strMap[phraseEntry[T]] // the phrases and their proper prefixes
	trie  phraseTrie             // the same, by the IDs of their tokens (setIndex)
	bit   uint64                 // 0 for a table that is not indexed
	first firstFilter            // the lengths and first bytes of the phrases' first tokens
	rest  firstFilter            // those of their other tokens: a look-up stops at a token no phrase continues with
}

// A firstFilter tells at no cost most tokens that start no phrase of a
// table: the byte lengths (up to 63) and the first bytes of the first
// tokens of its phrases. A token that passes may still start none. The
// empty string passes only if it was added: the rules ask a table of
// words for the word at a token that is none (wordLow) hundreds of
// thousands of times a megabyte, and no table has it.
type firstFilter struct {
	lengths uint64 // bit n: a word of n bytes was added (63: of 63 or more)
	bytes   [4]uint64
}

// add records w, the first token of a phrase.
func (f *firstFilter) add(w string) {
	f.lengths |= 1 << min(len(w), 63)
	if w != "" {
		f.bytes[w[0]>>6] |= 1 << (w[0] & 63)
	}
}

// may reports whether w may be the first token of a phrase.
func (f *firstFilter) may(w string) bool {
	if w == "" {
		return f.lengths&1 != 0
	}
	return f.lengths&(1<<min(len(w), 63)) != 0 && f.bytes[w[0]>>6]&(1<<(w[0]&63)) != 0
}

// mayJoined is may(a + "\x00" + b), the key of two words that
// qualNotAfter holds, without the key: its length and its first byte.
func (f *firstFilter) mayJoined(a, b string) bool {
	first := byte(0)
	if a != "" {
		first = a[0]
	}
	return f.lengths&(1<<min(len(a)+1+len(b), 63)) != 0 && f.bytes[first>>6]&(1<<(first&63)) != 0
}

// hasFirstByte reports whether a word recorded in f starts with the
// byte c.
func (f *firstFilter) hasFirstByte(c byte) bool {
	return f.bytes[c>>6]&(1<<(c&63)) != 0
}

// A phraseEntry is a key of a phrase table's index: a phrase, the start of
// a longer one, or both.
type phraseEntry[T any] struct {
	value  T
	phrase bool // the key is a phrase of the table, with value
	prefix bool // the key is the start of a longer phrase
}

// newTable builds a phraseTable from a map literal.
func newTable[T any](m map[string]T) *phraseTable[T] {
	return indexedTable(0, m)
}

// indexedTable builds a phraseTable with its index bit.
func indexedTable[T any](bit uint64, m map[string]T) *phraseTable[T] {
	t := &phraseTable[T]{bit: bit}
	index := make(map[string]phraseEntry[T], len(m))
	for k, v := range m {
		e := index[k]
		e.value, e.phrase = v, true
		index[k] = e
		ends := keyBoundaries(k)
		t.first.add(k[:ends[0]])
		for n := 1; n < len(ends); n++ {
			t.rest.add(strings.TrimLeft(k[ends[n-1]:ends[n]], " "))
		}
		for _, end := range ends {
			if end < len(k) {
				p := strings.TrimRight(k[:end], " ")
				e := index[p]
				e.prefix = true
				index[p] = e
			}
		}
	}
	t.index = newStrMap(index)
	return t
}

// keyBoundaries returns the byte offsets in k where a token ends, by the
// same classes the tokenizer uses: letters, digits, other runes.
func keyBoundaries(k string) []int {
	var ends []int
	class := func(r rune) int {
		switch {
		case r == ' ':
			return 0
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			return 1
		case r >= '0' && r <= '9':
			return 2
		}
		return 3
	}
	prev := -1
	for i, r := range k {
		c := class(r)
		if i > 0 && (c != prev || c == 3) && prev != 0 {
			ends = append(ends, i)
		}
		prev = c
	}
	return append(ends, len(k))
}

// has reports whether w is a key of t.
func (t *phraseTable[T]) has(w string) bool {
	e, _ := t.index.get(w)
	return e.phrase
}

// at returns the value of the phrase w, or the zero value.
func (t *phraseTable[T]) at(w string) T {
	v, _ := t.get(w)
	return v
}

// get returns the value of the phrase w and whether w is a phrase of t.
func (t *phraseTable[T]) get(w string) (T, bool) {
	e, _ := t.index.get(w)
	return e.value, e.phrase
}

// phrases yields the phrases of t and their values, in key order.
func (t *phraseTable[T]) phrases() iter.Seq2[string, T] {
	return func(yield func(string, T) bool) {
		for k, e := range t.index.all() {
			if e.phrase && !yield(k, e.value) {
				return
			}
		}
	}
}

// startsIn reports whether token i may start a phrase of table: whether
// it has the table's index bit (a table without one is always asked).
// lookup tests it first, after a call; the callers that run at most
// tokens test it themselves, inlined, and spare the call of a look-up
// that cannot match.
func startsIn[T any](s *scanner, i int, table *phraseTable[T]) bool {
	return table.bit == 0 || s.tok(i).firsts&table.bit != 0
}

// lookup finds the longest phrase of at most max tokens starting at token i
// in table, and returns its value and the index after it.
func lookup[T any](s *scanner, i, max int, table *phraseTable[T]) (T, int, bool) {
	var zero T
	if !s.inLine(i) {
		return zero, i, false
	}
	if table.bit != 0 && s.toks[i].firsts&table.bit == 0 || !table.first.may(s.toks[i].low) {
		return zero, i, false
	}
	if table.trie.has() {
		return trieLookup(s, i, max, table)
	}
	best, next, found := zero, i, false
	s.key = s.key[:0]
	for j := i; j < len(s.toks) && j < i+max; j++ {
		t := &s.toks[j]
		if t.kind == tNum && j > i && (t.space || len(t.low) > 1) {
			break // digits end a phrase, but for "m2" and "km3"
		}
		if j > i && !table.rest.may(t.low) {
			break // no phrase goes on with this token: the key needs no look-up
		}
		if j > i && t.space {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, t.low...)
		e, _ := table.index.getBytes(s.key)
		if e.phrase {
			best, next, found = e.value, j+1, true
		}
		if !e.prefix {
			break
		}
	}
	return best, next, found
}

// trieLookup is lookup in a table with a trie: the tokens from i on walk
// down the trie by their IDs.
func trieLookup[T any](s *scanner, i, max int, table *phraseTable[T]) (T, int, bool) {
	var best T
	next, found := i, false
	node := uint32(0)
	for j := i; j < len(s.toks) && j < i+max; j++ {
		t := &s.toks[j]
		if t.kind == tNum && j > i && (t.space || len(t.low) > 1) {
			break // digits end a phrase, but for "m2" and "km3"
		}
		n, ok := table.trie.next(node, t.id, j > i && t.space)
		if !ok {
			break
		}
		e := &table.index.vals[n-1]
		if e.phrase {
			best, next, found = e.value, j+1, true
		}
		if !e.prefix {
			break
		}
		node = n
	}
	return best, next, found
}
