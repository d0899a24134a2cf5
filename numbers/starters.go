package numbers

import (
	"maps"
	"slices"
	"unicode/utf8"
)

// The index bits of the phrase tables, one for each role a table plays in
// every language.
const (
	bitQualifiers uint64 = 1 << iota
	bitPostQualifiers
	bitRangeOpeners
	bitPercents
	bitCurrencyPrefixes
	bitCurrencies
	bitSubunits
	bitMillionCurrencies
	bitPercentPrefixes
	bitOrdinalHeads
	bitOrdinalNouns
	bitPerOnly
	bitUnits
	bitScales
	bitParties
	bitStarter   // any other word that starts a rule: a number word, "thứ"
	bitRelative  // the first word of a multiplier of an earlier amount: half, gấp
	bitFrequency // the first word of a frequency word: mỗi, cứ, every
	bitPlurals   // the first word of a vague plural: hàng (trăm), hundreds (of)

	// The bits below mark the keys of the one-word tables that the rules
	// look up at most tokens. A word or a sign without the bit is no key of
	// that table in any language of the index, so the look-up is skipped
	// (scanner.notKey); one with it may be, so the table is still asked.
	bitDateWord     // dateLex.words: dbits, dw
	bitNumWord      // numGrammar.ids: numAt
	bitVagueFirst   // numGrammar.vagueFirst: vagueAt
	bitOrdMarker    // numGrammar.ordinalMarkers: markerAt
	bitOrdWord      // the phrases of ordinalLex.words: rankWord
	bitOrdWordFirst // ordinalLex.wordsFirst
	bitFracWord     // fractionLex.words
	bitWeak         // wordIndex.weak, exactly: a word has it if and only if it is weak

	// The bits below mark the first words of phrase tables that the rules
	// look up at many tokens, only so that a look-up at a token without
	// the bit costs one test (lookup). They say nothing of what a token
	// starts or is: the tests of a token's classes leave them out
	// (lookupBits).
	bitChangeVerbs // lexicon.changeVerbs
	bitOrdPhrases  // lexicon.ordinalPhrases
	bitDigitNames  // lexicon.digitNames
	bitUnitHeads   // lexicon.unitHeads
	bitBaseOpeners // lexicon.baseOpeners
	bitRestWords   // lexicon.restWords
)

// lookupBits holds the bits that only spare look-ups.
const lookupBits = bitChangeVerbs | bitOrdPhrases | bitDigitNames | bitUnitHeads | bitBaseOpeners | bitRestWords

// wordBits holds the bits of the one-word tables: they mark no phrase
// that starts at the word, so the tests of "some table starts here" leave
// them out.
const wordBits = bitDateWord | bitNumWord | bitVagueFirst | bitOrdMarker | bitOrdWord |
	bitOrdWordFirst | bitFracWord | bitWeak

// startMask holds the bits of the tables whose phrases begin a mention:
// qualifiers, range openers, currency symbols, head words, multipliers,
// vague plurals. Units, scale
// words and the like only follow a number, so their words start nothing.
const startMask = bitQualifiers | bitRangeOpeners | bitCurrencyPrefixes | bitOrdinalHeads |
	bitMillionCurrencies | bitPercentPrefixes | bitStarter | bitRelative | bitPlurals

// A wordIndex maps the first token of every phrase of the indexed tables
// of its languages to the bits of those tables. It is built once and
// never changed.
type wordIndex struct {
	firstWords strMap[uint64]
	// filter is a bit set over a cheap signature of the keys of
	// firstWords (length, first and last byte): a word longer than
	// maxPacked that misses it skips the map look-up. A shorter word is
	// looked up in short at once: most are keys, and a probe there costs
	// less than the test would save.
	filter *[1 << 10]uint64
	// ascii holds the bits of the one-byte keys by their byte: the signs
	// and one-letter words ("," "." "$" "a") that make a third of the
	// look-ups cost an array access; asciiID their IDs.
	ascii   *[utf8.RuneSelf]uint64
	asciiID *[utf8.RuneSelf]uint16
	// weak holds the common words that begin a mention only when a
	// number or another starter follows within three tokens: "the first
	// quarter", "in 2030", but not "the ministry said".
	weak strMap[bool]
	// short finds the keys of up to maxPacked bytes, most words of a
	// text, by their bytes packed in one word (pack): an open-addressing
	// table of packs, with the ID of each key beside it (0: an empty
	// slot), so that a look-up reads no string and compares one word.
	short    []uint64
	shortIDs []uint16
}

// maxPacked is the length of the longest key that pack packs.
const maxPacked = 7

// pack returns the bytes of w, of at most maxPacked, as one word with the
// length in its top byte: two such strings are equal if and only if their
// packs are.
//
// It reads a word of four bytes or more as two loads of four bytes, the
// first and the last four, which overlap where the word is shorter than
// eight, and a shorter word by its first, middle and last byte, which
// cover it: no loop a byte at a time.
func pack(w string) uint64 {
	n := len(w)
	p := uint64(n) << 56
	switch {
	case n >= 4:
		t := w[n-4:]
		lo := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
		hi := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24
		return p | lo | hi<<(8*(n-4))
	case n > 0:
		return p | uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	return p
}

// packSlot returns the first slot of the pack p in a table of mask+1
// slots: the high bits of a multiplicative hash.
func packSlot(p uint64, mask int) int {
	return int(p*0x9E3779B97F4A7C15>>32) & mask
}

// shortTable lays out the packs of the keys of up to maxPacked bytes, with
// their IDs (1 + their index in keys), in at least twice as many slots.
func shortTable(keys []string) ([]uint64, []uint16) {
	size := 2
	for size < 2*len(keys) {
		size *= 2
	}
	packs, ids := make([]uint64, size), make([]uint16, size)
	for k, w := range keys {
		if len(w) > maxPacked {
			continue
		}
		p := pack(w)
		i := packSlot(p, size-1)
		for ids[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		packs[i], ids[i] = p, uint16(k+1)
	}
	return packs, ids
}

// newWordIndex indexes the tables of the languages: the words of any of
// them start a look-up in the text of each, which may quote the others.
func newWordIndex(langs ...*langData) *wordIndex {
	m, weak := map[string]uint64{}, map[string]bool{}
	for _, l := range langs {
		maps.Insert(weak, l.lex.weakStarters.all())
		for _, t := range l.indexedTables() {
			for _, k := range t.keys() {
				m[k[:keyBoundaries(k)[0]]] |= t.mask()
			}
		}
		for w := range l.starters() {
			m[w] |= bitStarter
		}
		markWords(m, l)
		addTokenForms(m, l)
	}
	for w, ok := range weak {
		if ok {
			m[w] |= bitWeak
		}
	}
	var f [1 << 10]uint64
	var ascii [utf8.RuneSelf]uint64
	var asciiID [utf8.RuneSelf]uint16
	firstWords := newStrMap(m)
	for id, w := range firstWords.keys() {
		sg := signature(w)
		f[sg>>6] |= 1 << (sg & 63)
		if len(w) == 1 && w[0] < utf8.RuneSelf {
			ascii[w[0]], asciiID[w[0]] = m[w], uint16(id+1)
		}
	}
	x := &wordIndex{firstWords: firstWords, filter: &f, ascii: &ascii, asciiID: &asciiID, weak: newStrMap(weak)}
	x.short, x.shortIDs = shortTable(firstWords.keys())
	return x
}

// setIndex gives l the index x and what l's one-word tables say of each
// word of x, by the word's ID (wordIndex.lookUp): the tokenizer reads them
// there when it looks the word up, so that the rules read a token's
// classes from the token, with no look-up of their own. Entry 0 is that
// of a word outside the index.
func (l *langData) setIndex(x *wordIndex) {
	keys := x.firstWords.keys()
	l.index = x
	l.dbitsByID = make([]uint32, len(keys)+1)
	l.nwiByID = make([]uint16, len(keys)+1)
	l.nwiByID[0] = 1
	for i, k := range keys {
		l.dbitsByID[i+1] = l.dates.words.at(k)
		l.nwiByID[i+1] = l.grammar.ids.at(k) + 1
	}
	for _, t := range l.trieTables() {
		t.setTrie(x.idOf)
	}
}

// addTokenForms adds to m, with no bits of their own, the forms of the
// tokens of every phrase of l's tables, so that each has an ID: the
// tries of the tables (setIndex) walk by them.
func addTokenForms(m map[string]uint64, l *langData) {
	for _, t := range l.trieTables() {
		for _, k := range t.phraseKeys() {
			toks, _ := keyTokens(k)
			for _, tk := range toks {
				if _, ok := m[tk.form]; !ok {
					m[tk.form] = 0
				}
			}
		}
	}
}

// The index bits that a word must have to begin a rule, found by reading
// each rule's first steps at a word; wordStarts tests them, so that a rule
// is tried only at a word of a class it can start with.
const (
	// numberStarts: readNum at a word reads a minus word, a decimal
	// point word or a number in words (parseWords), and each of these
	// begins with a word of the number grammar or of a vague count.
	numberStarts = bitNumWord | bitVagueFirst
	// quantityStarts: quantity reads a qualifier, a range opener, then
	// amount: a currency or a percent before the number, an article, a
	// number (numberStarts) or a fraction word ("more than half").
	quantityStarts = bitQualifiers | bitRangeOpeners | amountStarts
	// amountStarts: amount reads a currency or a percent before the
	// number, an article, a number (numberStarts) or a fraction word
	// ("half").
	amountStarts = bitCurrencyPrefixes | bitMillionCurrencies | bitPercentPrefixes | numberStarts | bitFracWord
	// fractionStarts: a minus word or an article (number grammar), a
	// number in words, or a fraction word ("half a million").
	fractionStarts = numberStarts | bitFracWord
	// rankStartsVI: ordinalVI reads a marker ("thứ"), a rank word
	// ("đầu tiên") or a head ("Đại hội").
	rankStartsVI = bitOrdMarker | bitOrdWordFirst | bitOrdinalHeads
	// rankStartsEN: ordinalEN reads a head, a rank word, or a number in
	// words before one ("twenty-first"); a long word may be a compound
	// rank too ("twentyfifth", concatOrdinal), which no bit marks.
	rankStartsEN = bitOrdinalHeads | bitOrdWord | numberStarts
)

// wordStarts reports whether a rule whose first word needs one of bits
// may begin at token i: always at a digit, a sign or outside the line,
// which rules read by their text; at a word only if it has one of bits.
func (s *scanner) wordStarts(i int, bits uint64) bool {
	if !s.inLine(i) {
		return true
	}
	t := &s.toks[i]
	return t.kind != tWord || t.firsts&bits != 0
}

// markWords adds to m the bits of the keys of l's one-word tables.
func markWords(m map[string]uint64, l *langData) {
	markKeys(m, bitDateWord, &l.dates.words)
	markKeys(m, bitNumWord, &l.grammar.ids)
	markKeys(m, bitVagueFirst, &l.grammar.vagueFirst)
	markKeys(m, bitOrdMarker, &l.grammar.ordinalMarkers)
	for w := range l.ordinals.words.phrases() {
		m[w] |= bitOrdWord
	}
	markKeys(m, bitOrdWordFirst, &l.ordinals.wordsFirst)
	markKeys(m, bitFracWord, &l.fractions.words)
}

// markKeys adds bit to the keys of t in m.
func markKeys[V any](m map[string]uint64, bit uint64, t *strMap[V]) {
	for k := range t.all() {
		m[k] |= bit
	}
}

// notKey reports whether token j is certainly no key of the one-word
// tables of bit: a word or a sign whose index bits lack it. Digits are not
// looked up in the index and positions outside the line have no token, so
// neither is ever certain: their look-ups stay as they were.
func (s *scanner) notKey(j int, bit uint64) bool {
	return s.inLine(j) && s.toks[j].kind != tNum && s.toks[j].firsts&bit == 0
}

func signature(w string) uint32 {
	if w == "" {
		return 0
	}
	return uint32(len(w)&31)<<11 | uint32(w[0]&63)<<5 | uint32(w[len(w)-1]&31)
}

// firstsOf returns the table bits of the word w.
func (x *wordIndex) firstsOf(w string) uint64 {
	bits, _ := x.lookUp(w)
	return bits
}

// idOf returns the ID of the word w: 1 + its index among the keys of x,
// or 0 for a word that is no key.
func (x *wordIndex) idOf(w string) uint16 {
	_, id := x.lookUp(w)
	return id
}

// lookUp returns the table bits of the word w and its ID: 1 + its index
// among the keys of x, or 0 for a word that is no key.
func (x *wordIndex) lookUp(w string) (uint64, uint16) {
	if len(w) == 1 && w[0] < utf8.RuneSelf && x.ascii != nil {
		return x.ascii[w[0]], x.asciiID[w[0]]
	}
	if len(w) <= maxPacked && len(x.short) > 0 {
		p, mask := pack(w), len(x.short)-1
		for i := packSlot(p, mask); x.shortIDs[i] != 0; i = (i + 1) & mask {
			if x.short[i] == p {
				id := x.shortIDs[i]
				return x.firstWords.vals[id-1], id
			}
		}
		return 0, 0
	}
	if sg := signature(w); x.filter[sg>>6]&(1<<(sg&63)) == 0 {
		return 0, 0
	}
	if i := x.firstWords.index.Index(w); i >= 0 {
		return x.firstWords.vals[i], uint16(i + 1)
	}
	return 0, 0
}

// indexed is what newWordIndex needs of a phrase table.
type indexed interface {
	keys() []string
	mask() uint64
}

func (t *phraseTable[T]) keys() []string {
	var keys []string
	for k := range t.phrases() {
		keys = append(keys, k)
	}
	return keys
}
func (t *phraseTable[T]) mask() uint64 { return t.bit }

// indexedTables lists the tables of l whose first words are indexed.
func (l *langData) indexedTables() []indexed {
	return []indexed{l.qualifiers, l.postQualifiers, l.lex.rangeOpeners, l.percents, l.percentBefore,
		l.money.before, l.money.after, l.money.subunits, l.money.million,
		l.ordinals.heads, l.ordinals.nouns, l.perOnly, l.units, l.scales,
		l.lex.parties, l.lex.relFactors, l.lex.timesBefore, l.lex.frequency, l.lex.plurals,
		l.lex.changeVerbs, l.lex.ordinalPhrases, l.lex.digitNames, l.lex.unitHeads, l.lex.baseOpeners, l.lex.restWords}
}

// symbolStarters are the signs that may begin a mention in any language:
// a sign, a decimal point, a fraction.
var symbolStarters = []string{"-", "−", ",", ".", "+",
	"½", "⅓", "⅔", "¼", "¾", "⅕", "⅖", "⅗", "⅘", "⅙", "⅚", "⅛", "⅜", "⅝", "⅞"}

// starters returns the first word of every phrase of l that can begin a
// mention. Words not among them are skipped without trying the rules.
func (l *langData) starters() map[string]bool {
	set := map[string]bool{}
	addKeys := func(keys []string) {
		for _, k := range keys {
			set[k[:keyBoundaries(k)[0]]] = true
		}
	}
	addKeys(l.qualifiers.keys())
	addKeys(l.lex.rangeOpeners.keys())
	addKeys(l.money.before.keys())
	for w, nw := range l.grammar.words.all() {
		// Digits that are also everyday words ("Việt Nam", "sau" after,
		// "bay" fly) start a number only after another.
		if nw.is(cDigit|cTeen|cTens) && !nw.has(fCommon) {
			set[w] = true
		}
	}
	addKeys(l.ordinalWords.keys())
	addKeys(l.ordinals.heads.keys())
	addKeys(l.lex.ordinalPhrases.keys())
	addKeys(keysOf(l.dates.starters()))
	addKeys(l.lex.starters.keys())
	addKeys(symbolStarters)
	return set
}

// keysOf returns the keys of m in order, so that the tables built from
// them are the same at every run.
func keysOf[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
