package numbers

// The index bits of the phrase tables.
const (
	bitViQualifiers uint64 = 1 << iota
	bitEnQualifiers
	bitViPostQualifiers
	bitEnPostQualifiers
	bitRangeOpeners
	bitViPercents
	bitEnPercents
	bitCurrencyPrefixes
	bitViCurrencies
	bitEnCurrencies
	bitSubunits
	bitMillionCurrencies
	bitEnPercentPrefixes
	bitViRomanHeads
	bitEnOrdinalNouns
	bitViPerOnly
	bitEnPerOnly
	bitViUnits
	bitEnUnits
	bitViScales
	bitEnScales
	bitParties
	bitEnOrdinalHeads
	bitStarter  // any other word that starts a rule: a number word, "thứ"
	bitRelative // the first word of a multiplier of an earlier amount: half, gấp
)

// startMask holds the bits of the tables whose phrases begin a mention:
// qualifiers, range openers, currency symbols, head words. Units, scale
// words and the like only follow a number, so their words start nothing.
const startMask = bitViQualifiers | bitEnQualifiers | bitRangeOpeners | bitCurrencyPrefixes | bitEnOrdinalHeads |
	bitMillionCurrencies | bitEnPercentPrefixes | bitViRomanHeads | bitStarter

// weakStarters are common words that begin a mention only when a number or
// another starter follows within three tokens: "the first quarter", "in
// 2030", "a dozen", but not "the ministry said".
var weakStarters = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "from": true,
	"and": true, "as": true, "by": true, "to": true, "of": true, "up": true, "for": true,
	"trong": true, "vào": true, "từ": true, "đến": true, "tới": true, "của": true, "và": true,
	"có": true, "với": true, "trên": true, "các": true, "những": true, "là": true,
}

// firstWords maps the first token of every phrase of the indexed tables to
// the bits of those tables. It is built once and never changed.
var firstWords = buildFirstWords()

// firstFilter is a bit set over a cheap signature of the keys of
// firstWords (length, first and last byte): most words of a text miss it,
// and skip the map look-up. Built once, never changed.
var firstFilter = buildFirstFilter()

func signature(w string) uint32 {
	if w == "" {
		return 0
	}
	return uint32(len(w)&31)<<11 | uint32(w[0]&63)<<5 | uint32(w[len(w)-1]&31)
}

func buildFirstFilter() *[1 << 10]uint64 {
	var f [1 << 10]uint64
	for w := range firstWords {
		sg := signature(w)
		f[sg>>6] |= 1 << (sg & 63)
	}
	return &f
}

// firstsOfBytes is firstsOf for a word in bytes; it does not allocate.
func firstsOfBytes(w []byte) uint64 {
	if len(w) == 0 {
		return 0
	}
	sg := uint32(len(w)&31)<<11 | uint32(w[0]&63)<<5 | uint32(w[len(w)-1]&31)
	if firstFilter[sg>>6]&(1<<(sg&63)) == 0 {
		return 0
	}
	return firstWords[string(w)]
}

// firstsOf returns the table bits of the word w.
func firstsOf(w string) uint64 {
	sg := signature(w)
	if firstFilter[sg>>6]&(1<<(sg&63)) == 0 {
		return 0
	}
	return firstWords[w]
}

// indexed is what buildFirstWords needs of a phrase table.
type indexed interface {
	keys() []string
	mask() uint64
}

func (t *phraseTable[T]) keys() []string { return keysOf(t.words) }
func (t *phraseTable[T]) mask() uint64   { return t.bit }

func buildFirstWords() map[string]uint64 {
	m := map[string]uint64{}
	for _, t := range []indexed{viQualifiers, enQualifiers, viPostQualifiers, enPostQualifiers, rangeOpeners, viPercents, enPercents, currencyPrefixes, viCurrencies, enCurrencies, subunits, millionCurrencies, enPercentPrefixes, viOrdinals.heads, enOrdinalNouns, viPerOnly, enPerOnly, viUnits, enUnits, viScales, enScales, viLex.parties, enLex.parties, enOrdinals.heads,
		viLex.relFactors, enLex.relFactors, viLex.timesBefore, enLex.timesBefore} {
		for _, k := range t.keys() {
			m[k[:keyBoundaries(k)[0]]] |= t.mask()
		}
	}
	for w := range starters {
		m[w] |= bitStarter
	}
	return m
}

// starters holds the first word of every phrase that can begin a mention.
// Words not in it are skipped without trying the rules. It is built once
// from the read-only tables and never changed.
var starters = buildStarters()

func buildStarters() map[string]bool {
	set := map[string]bool{}
	addKeys := func(keys []string) {
		for _, k := range keys {
			set[k[:keyBoundaries(k)[0]]] = true
		}
	}
	addKeys(keysOf(viQualifiers.words))
	addKeys(keysOf(enQualifiers.words))
	addKeys(keysOf(rangeOpeners.words))
	addKeys(keysOf(currencyPrefixes.words))
	for w, nw := range viGrammar.words {
		// Unaccented digits that are also everyday words ("Việt Nam",
		// "sau" after, "bay" fly) start a number only after another.
		if nw.is(cDigit) && !nw.has(fCommon) {
			set[w] = true
		}
	}
	addKeys(keysOf(enSmall))
	addKeys(keysOf(enTens))
	addKeys(keysOf(enOrdinalWords))
	addKeys(keysOf(viOrdinals.heads.words))
	addKeys(keysOf(viLex.ordinalPhrases.words))
	addKeys(keysOf(enLex.ordinalPhrases.words))
	addKeys(keysOf(dateStarters))
	addKeys([]string{"a", "an", "half", "âm", "minus", "negative", "thứ", "hạng", "đầu",
		"mười", "mươi", "trăm", "chục", "nửa", "hundred", "dozen", "muoi", "tram", "us", "u",
		"quarter", "trừ", "point", "nil", "percentage", "level", "phase", "line", "no", "stage", "grade", "category", "plan", "-", "−", ",", ".", "+",
		"½", "⅓", "⅔", "¼", "¾", "⅕", "⅖", "⅗", "⅘", "⅙", "⅚", "⅛", "⅜", "⅝", "⅞", "naught", "nought", "few", "couple", "pair", "percent", "percents"})
	return set
}

func keysOf[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}
