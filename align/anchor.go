package align

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/internal/fold"
	"github.com/factalign/factalign/numbers"
	"golang.org/x/text/language"
)

// Anchors are what survives translation and links a sentence of one side
// to a sentence of the other: equal normalised numbers, money and dates,
// identical tokens (acronyms, names, mixed letters and digits), and
// punctuation. Each anchor is a 64-bit key (a hash of its class and its
// normalised text) with a weight taken from its class. Two sentences
// share an anchor when they hold the same key.
//
// Every source of anchors is one function of type anchorSource, listed in
// anchorSources; adding a source (entity keys, say) is writing one more.

// An anchorClass says where an anchor comes from; it selects its weight.
type anchorClass uint8

const (
	clsNumber  anchorClass = iota // a number written with digits: 4.400 ↔ 4,400
	clsNumWord                    // a number written in words: ba ↔ three
	clsMoney                      // an amount with its currency
	clsDate                       // a date, month, year or range of them
	clsName                       // a capitalised word inside a sentence: Herodotus
	clsJoined                     // capitalised syllables run together: Việt Nam ↔ Vietnam
	clsAcronym                    // an all-capitals word: VSIP, ASEAN
	clsMixed                      // letters and digits: CO2, G20
	clsPunct                      // ? ! quotes brackets colons
	clsEntity                     // an entity key from package entities
	clsWord                       // a lexicon word: thế giới ↔ world
	clsCommon                     // a very common lexicon word: và ↔ and
	numClasses                    // at most classMask+1
)

// sentenceInput is one sentence with what the sources need to read it.
type sentenceInput struct {
	text string
	lang language.Tag
	vi   bool
	ref  time.Time

	// The sentence's mentions when the caller has read them already
	// (Compare does): have says whether nums and ents are set.
	have bool
	nums []numbers.Mention
	ents []entities.Entity
}

// A reading holds the mentions of every sentence of one side, read once
// by the caller (Compare) so that the aligner does not read them again.
type reading struct {
	nums [][]numbers.Mention
	ents [][]entities.Entity
}

// An anchorSource adds the anchors it finds in one sentence.
type anchorSource func(b *anchorBuilder, in *sentenceInput)

// anchorSources are run in order on every sentence.
var anchorSources = []anchorSource{
	numberAnchors,
	tokenAnchors,
	lexiconAnchors,
}

// comparableSources add to anchorSources in Comparable mode. Entity keys
// cost more time than the rest together and add nothing measurable to
// translations, where identical tokens already tie names together; they
// help versions written independently, with their differing spellings
// and titles.
var comparableSources = []anchorSource{
	entityAnchors,
}

// entityAnchors adds the keys of the people, places, countries,
// organisations and titles that package entities finds: "Việt Nam" and
// "Vietnam" share country:VN, "Thủ tướng" and "Prime Minister" share
// title:prime-minister.
func entityAnchors(b *anchorBuilder, in *sentenceInput) {
	ents := in.ents
	if !in.have {
		ents = entities.Extract(in.text, in.lang)
	}
	for _, e := range ents {
		if e.Key == "" {
			continue
		}
		b.buf = append(b.buf[:0], e.Key...) // kept: the next key reuses it
		b.add(clsEntity, b.buf)
	}
}

// anchorBuilder collects the anchors of one sentence.
type anchorBuilder struct {
	anchors []uint64
	buf     []byte // scratch for one key
	join    []byte // scratch for a run of capitalised words
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// add adds the anchor (class, key).
func (b *anchorBuilder) add(c anchorClass, key []byte) {
	h := uint64(fnvOffset)
	h ^= uint64(c) + 1
	h *= fnvPrime
	for _, x := range key {
		h ^= uint64(x)
		h *= fnvPrime
	}
	b.anchors = append(b.anchors, h&^classMask|uint64(c))
}

// classMask selects the bits of an anchor key that hold its class; the
// others hold the hash. Keys then sort as plain integers.
const classMask = 0xF

// classOf returns the class of an anchor key.
func classOf(k uint64) anchorClass { return anchorClass(k & classMask) }

// numberAnchors adds the numbers, money amounts, percentages, ordinals
// and dates that package numbers finds, keyed by their normalised value:
// "4.400 dự án" and "4,400 projects" give the same key, and so do
// "kỷ niệm 30 năm" and "30th anniversary".
//
// To save time, package numbers reads only sentences that hold a digit or
// a weekday or month name; number words come from the lexicon.
func numberAnchors(b *anchorBuilder, in *sentenceInput) {
	nums := in.nums
	if !in.have {
		if !mayHoldNumbers(in.text, in.lang) {
			return
		}
		nums = numbers.Extract(in.text, in.lang, numberOptions(in.ref)...)
	}
	for _, m := range nums {
		digits := m.Written == numbers.WrittenDigits
		cls := clsNumber
		if !digits {
			cls = clsNumWord
		}
		k := b.buf[:0]
		switch m.Kind {
		case numbers.Date, numbers.DateRange:
			// The time itself: "30/1" and "on Friday" (30 January) meet.
			cls = clsDate
			switch d := m.Date; {
			case m.Kind == numbers.Date && contextClock(&m):
				// "11h cùng ngày" anchors as "11h" does, on the day of
				// writing, and meets "until 11 a.m.".
				k = append(k, onDayOfWriting(d.Point, in.ref).String()...)
			case !d.Point.IsZero():
				k = append(k, d.Point.String()...)
				if m.Kind == numbers.DateRange {
					k = append(k, '.', '.')
					k = append(k, d.End.String()...)
				}
			case d.HasWeekday:
				k = append(k, "weekday "...)
				k = append(k, d.Weekday.String()...)
			default:
				k = append(k, d.String()...)
			}
		case numbers.Money:
			cls = clsMoney
			k = append(k, m.Value.String()...)
			if numbers.CurrencyCode(m.Per) {
				k = exchangeKey(k, &m) // "151,35 yen đổi 1 USD" meets "151.35 per dollar"
				break
			}
			k = append(k, m.Currency...)
		case numbers.Percent:
			k = append(k, '%')
			k = append(k, m.Value.String()...)
		case numbers.PercentPoint:
			k = append(k, 'p', 'p')
			k = append(k, m.Value.String()...)
		default: // Number, Ordinal, Duration: the bare value
			if m.Kind == numbers.Number && m.Unit == "" && numbers.CurrencyCode(m.Per) {
				cls = clsMoney
				k = exchangeKey(append(k, m.Value.String()...), &m)
				break
			}
			if m.Range {
				k = append(k, m.From.String()...)
				k = append(k, '.', '.')
				k = append(k, m.To.String()...)
			} else {
				if !digits {
					if v, ok := m.Value.Int64(); ok && v <= 1 {
						continue // một, one, a: too common to anchor
					}
				}
				k = append(k, m.Value.String()...)
			}
		}
		b.buf = k
		b.add(cls, k)
	}
}

// exchangeKey appends to the value in k the currency a rate of exchange
// is per, as exchangeRates compares it: the currency of its amount may be
// left unsaid ("151.35 per dollar").
func exchangeKey(k []byte, m *numbers.Mention) []byte {
	return append(append(k, '/'), m.Per...)
}

// tokenAnchors adds identical-token anchors and punctuation:
//   - a word of capitals (two letters or more): VSIP, ASEAN, TED;
//   - a word mixing letters and digits: CO2, G20;
//   - a capitalised word that does not open the sentence, folded to lower
//     case without diacritics: Herodotus, Lâm → lam; and a run of two or
//     more such words joined: Việt Nam → vietnam, Hà Nội → hanoi;
//   - one anchor for each of ? ! quotes ( : ; present in the sentence.
func tokenAnchors(b *anchorBuilder, in *sentenceInput) {
	text := in.text
	var punct [8]bool
	first := true // the next word opens the sentence
	run := 0      // capitalised words in the current run
	join := b.join[:0]
	flush := func() {
		if run >= 2 {
			b.add(clsJoined, join)
		}
		run = 0
		join = join[:0]
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			switch r {
			case '?', '？':
				punct[0] = true
			case '!', '！':
				punct[1] = true
			case '"', '“', '”', '«', '»', '„':
				punct[2] = true
			case '(', ')', '[', ']':
				punct[3] = true
			case ':':
				punct[4] = true
			case ';':
				punct[5] = true
			}
			if r != ' ' && r != '-' && r != '\'' && r != '’' {
				flush()
			}
			i += n
			continue
		}
		// A word: letters and digits.
		start := i
		var w wordShape
		i, w = readWord(text, i)
		word := text[start:i]
		opens := first
		first = false
		capital := w.letters > 0 && w.firstUpper
		if !capital && w.digit == 0 {
			flush()
			continue
		}
		k := b.buf[:0]
		for _, r := range word {
			k = fold.AppendRune(k, r)
		}
		b.buf = k
		switch {
		case w.digit > 0 && w.letters > 0:
			b.add(clsMixed, k)
		case w.upper >= 2 && w.lower == 0:
			b.add(clsAcronym, k)
		case capital && !opens && w.letters >= 2:
			b.add(clsName, k)
		}
		if capital && !opens {
			run++
			join = append(join, k...)
		} else {
			flush()
		}
	}
	flush()
	b.join = join
	for p, ok := range punct {
		if ok {
			b.add(clsPunct, []byte{byte(p)})
		}
	}
}

// A wordShape counts the characters of a word by kind (tokenAnchors).
type wordShape struct {
	upper, lower, digit, letters int
	firstUpper                   bool // the word starts with a capital
}

// readWord returns the end of the word (letters, digits and marks) of
// text that starts at start, and its shape.
func readWord(text string, start int) (int, wordShape) {
	var w wordShape
	i := start
	for i < len(text) {
		if c := text[i]; 'a' <= c && c <= 'z' {
			w.lower++ // the commonest letter: no decoding, no table
			w.letters++
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		switch {
		case r >= '0' && r <= '9':
			w.digit++
		case isUpper(r):
			w.firstUpper = w.firstUpper || i == start
			w.upper++
			w.letters++
		case isLetter(r):
			w.lower++
			w.letters++
		}
		i += n
	}
	return i, w
}

// mayHoldNumbers reports whether text may hold a mention package numbers
// reads and the lexicon does not: a digit, or a month or weekday name
// (numbers.NamesDate, from numbers' data files).
func mayHoldNumbers(text string, lang language.Tag) bool {
	return strings.ContainsAny(text, "0123456789") || numbers.NamesDate(text, lang)
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isWordRune reports a letter, a digit or a mark of a word. ASCII is
// tested inline; the rest in wordRuneSlow.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&asciiWord != 0
	}
	return wordRuneSlow(r)
}

// isLetter is unicode.IsLetter. ASCII is tested inline; the rest in
// letterSlow.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&asciiLetter != 0
	}
	return letterSlow(r)
}

// letterSlow is isLetter for a rune beyond ASCII, with fast paths for
// Latin-1, Latin Extended-A and -B and the letters of Vietnamese, where
// unicode.IsLetter would search a table.
func letterSlow(r rune) bool {
	switch {
	case r >= 0xC0 && r < 0x250:
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional: ạ ố ữ
		return true
	}
	return unicode.IsLetter(r)
}

// wordRuneSlow is isWordRune for a rune beyond ASCII, with fast paths for
// Latin-1, Latin Extended-A and -B and the letters of Vietnamese.
func wordRuneSlow(r rune) bool {
	switch {
	case r < 0xC0:
		return r == 0xAA || r == 0xB5 || r == 0xBA
	case r < 0x250: // Latin-1 letters, Latin Extended-A and -B
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional: ạ ố ữ
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// The classes of an ASCII character in asciiClass.
const (
	asciiWord     = 1 << iota // a letter or a digit: isWordRune
	asciiSlotWord             // a letter, a digit or '-': isSlotWordRune
	asciiUpper                // a capital letter: isUpper
	asciiLetter               // a letter: isLetter
)

// asciiClass holds the classes of each ASCII character; it is never
// modified.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		r := rune(c)
		lower, upper, digit := 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9'
		if lower || upper || digit {
			t[c] |= asciiWord | asciiSlotWord
		}
		if r == '-' {
			t[c] |= asciiSlotWord
		}
		if upper {
			t[c] |= asciiUpper
		}
		if lower || upper {
			t[c] |= asciiLetter
		}
	}
	return t
}()

// appendLower appends the UTF-8 encoding of r in lower case to buf.
func appendLower(buf []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(buf, byte(toLower(r)))
	}
	return utf8.AppendRune(buf, toLower(r))
}

// toLower is unicode.ToLower with fast paths for ASCII and the letters
// of Vietnamese.
func toLower(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 0x20
	case r >= 0x1EA0 && r <= 0x1EF9: // Vietnamese: upper even, lower odd
		return r | 1
	case r == 'Đ':
		return 'đ'
	case r == 'Ơ' || r == 'Ư' || r == 'Ă' || r == 'Ĩ' || r == 'Ũ':
		return r + 1
	}
	return unicode.ToLower(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isUpper(r)
}

// isUpper is unicode.IsUpper || unicode.IsTitle. ASCII is tested
// inline; the rest in upperSlow.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&asciiUpper != 0
	}
	return upperSlow(r)
}

// upperSlow is isUpper for a rune beyond ASCII, with fast paths for
// Latin-1 and the letters of Vietnamese.
func upperSlow(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r <= 0xDE:
		return r != 0xD7
	case r < 0x100:
		return false
	case r >= 0x1EA0 && r <= 0x1EF9:
		return r&1 == 0
	case r == 'Đ' || r == 'Ơ' || r == 'Ư' || r == 'Ă' || r == 'Ĩ' || r == 'Ũ':
		return true
	case r == 'đ' || r == 'ơ' || r == 'ư' || r == 'ă' || r == 'ĩ' || r == 'ũ':
		return false
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// features holds what the aligner knows about the sentences of one side.
type features struct {
	n    int
	size []float64 // length of each sentence in characters
	cum  []float64 // cum[i] = size[0] + ... + size[i-1]
	off  []int32   // anchors of sentence i: keys[off[i]:off[i+1]]
	keys []uint64  // sorted within a sentence, no duplicates; see classOf
	kind []SentenceKind

	// In Comparable mode, once the aligner has numbered the keys of both
	// sides (numberKeys): the id of each key, in place of keys (nil then),
	// and how many ids the two sides have.
	ids     []int32
	idCount int
}

// numbered keeps the ids of f's keys, numbered with those of the other
// side (numberKeys), in place of the keys: the aligner reads none of the
// keys after numbering them, and the pairing only asks which anchors
// two sentences share (sharedAnchors), which the ids, of 4 bytes rather
// than 8, tell as well (1.5 MB less at 10,000 sentences, from the
// scoring of the alignment to the end of the pairing).
func (f *features) numbered(ids []int32, count int) {
	f.ids, f.idCount, f.keys = ids, count, nil
}

// anchorsOnly returns f, nil or not, without what only the aligner
// reads, the sizes and kinds of the sentences: the pairing reads only
// the anchors (sharedAnchors), and holds them until the report is done.
func (f *features) anchorsOnly() *features {
	if f != nil {
		f.size, f.cum, f.kind = nil, nil, nil
	}
	return f
}

// extractFeatures computes the features of sentences, with the anchors
// of anchorSources and then of the extra sources.
func extractFeatures(ss []Sentence, lang language.Tag, ref time.Time, pre *reading, extra ...anchorSource) *features {
	f := &features{
		n:    len(ss),
		size: make([]float64, len(ss)),
		cum:  make([]float64, len(ss)+1),
		off:  make([]int32, len(ss)+1),
		kind: make([]SentenceKind, len(ss)),
	}
	for i, sent := range ss {
		f.kind[i] = sent.Kind
		f.size[i] = float64(charCount(sent.Text))
		f.cum[i+1] = f.cum[i] + f.size[i]
	}
	// News has an anchor every 4.4 (English) to 5 (Vietnamese)
	// characters: room for one every 4.
	f.keys = make([]uint64, 0, int(f.cum[len(ss)])/4+4)
	b := &anchorBuilder{}
	in := sentenceInput{lang: lang, vi: isVietnamese(lang), ref: ref}
	for i, sent := range ss {
		in.text = sent.Text
		if pre != nil && i < len(pre.nums) && i < len(pre.ents) {
			in.have, in.nums, in.ents = true, pre.nums[i], pre.ents[i]
		}
		b.anchors = b.anchors[:0]
		for _, src := range anchorSources {
			src(b, &in)
		}
		for _, src := range extra {
			src(b, &in)
		}
		// Sort by key, drop duplicates.
		slices.Sort(b.anchors)
		start := len(f.keys)
		for _, k := range b.anchors {
			if len(f.keys) > start && f.keys[len(f.keys)-1] == k {
				continue
			}
			f.keys = append(f.keys, k)
		}
		f.off[i+1] = int32(len(f.keys))
	}
	return f
}

// withAnchors adds the anchors of the extra sources to f, the features
// of sentences ss, and returns it: what extractFeatures returns with them,
// without reading the sentences again for the anchors f has. It merges
// them into f's keys in place, from the last sentence back, rather than
// into a second array.
func withAnchors(f *features, ss []Sentence, lang language.Tag, ref time.Time, pre *reading, extra []anchorSource) *features {
	// The extra anchors of each sentence, sorted: those of sentence i
	// are adds[addOff[i]:addOff[i+1]].
	var adds []uint64
	addOff := make([]int32, f.n+1)
	b := &anchorBuilder{}
	in := sentenceInput{lang: lang, vi: isVietnamese(lang), ref: ref}
	for i, sent := range ss {
		in.text = sent.Text
		if pre != nil && i < len(pre.nums) && i < len(pre.ents) {
			in.have, in.nums, in.ents = true, pre.nums[i], pre.ents[i]
		}
		b.anchors = b.anchors[:0]
		for _, src := range extra {
			src(b, &in)
		}
		slices.Sort(b.anchors)
		adds = append(adds, b.anchors...)
		addOff[i+1] = int32(len(adds))
	}
	// Merge each sentence's keys with its additions, both sorted, from
	// the end of the grown array back, dropping duplicates: what is
	// written never passes what is still to be read.
	f.keys = slices.Grow(f.keys, len(adds))[:len(f.keys)+len(adds)]
	w := len(f.keys)
	for i := f.n - 1; i >= 0; i-- {
		old, add := f.keys[f.off[i]:f.off[i+1]], adds[addOff[i]:addOff[i+1]]
		end := w
		for len(old) > 0 || len(add) > 0 {
			var k uint64
			if len(add) == 0 || len(old) > 0 && old[len(old)-1] >= add[len(add)-1] {
				k, old = old[len(old)-1], old[:len(old)-1]
			} else {
				k, add = add[len(add)-1], add[:len(add)-1]
			}
			if w < end && f.keys[w] == k {
				continue
			}
			w--
			f.keys[w] = k
		}
		f.off[i+1] = int32(end)
	}
	// Close the gap that the duplicates left at the start.
	f.off[0] = int32(w)
	f.keys = f.keys[:copy(f.keys, f.keys[w:])]
	for i := range f.off {
		f.off[i] -= int32(w)
	}
	return f
}

// charCount counts the characters of s that are not white space.
func charCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' {
				n++
			}
		} else if utf8.RuneStart(c) {
			n++
		}
	}
	return n
}

// viBase is the base language of Vietnamese tags.
var viBase, _ = language.Vietnamese.Base()

// isVietnamese reports a tag whose base language is Vietnamese ("vi",
// "vi-VN").
func isVietnamese(t language.Tag) bool {
	b, _ := t.Base()
	return b == viBase
}

// GuessLanguage returns language.Vietnamese or language.English for text.
//
// Deprecated: it is DetectLanguage, the one detector of the package, which
// also gives a confidence in Compare's report.
func GuessLanguage(text string) language.Tag {
	return DetectLanguage(text)
}

// guessSentences detects the language of sentences, as DetectLanguage
// does for a text: the first 64 KiB of their texts are read.
func guessSentences(ss []Sentence) language.Tag {
	var b strings.Builder
	for _, s := range ss {
		if b.Len() >= detectLimit {
			break
		}
		b.WriteString(s.Text)
		b.WriteByte('\n')
	}
	return DetectLanguage(b.String())
}

// onDayOfWriting returns p on the day of ref, as numbers places a clock
// time alone: on no day when there is no reference date.
func onDayOfWriting(p numbers.Point, ref time.Time) numbers.Point {
	p.Year, p.Month, p.Day, p.YearImplied, p.DayImplied = 0, 0, 0, false, false
	if !ref.IsZero() {
		p.Year, p.Month, p.Day = int32(ref.Year()), int8(ref.Month()), int8(ref.Day())
	}
	return p
}
