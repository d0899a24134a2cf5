package numbers

import (
	"io/fs"
	"slices"

	"golang.org/x/text/language"
)

// A langData is one language as the scanner reads it: every table of its
// words and its conventions, built from the data files of its folder by
// newLangData. It is built once and never changed.
type langData struct {
	name string       // the folder of its data files: "vi"
	conv *conventions // how it writes numbers and dates

	lex       *lexicon
	grammar   *numGrammar
	fractions *fractionLex
	ordinals  *ordinalLex
	dates     *dateLex
	unitLex   *unitLex

	units, perOnly *phraseTable[string] // nouns counted; units only after "per"
	scales         *phraseTable[int]    // scale words after digits: triệu, million
	amountLinks    *amountLinks

	qualifiers, postQualifiers *phraseTable[Qualifier]
	qualNotAfter               strMap[bool]   // "tiến\x00độ": the qualifier is the end of a word here, "tiến độ"
	qualThan                   strMap[string] // "cao hơn" → "so với": with it after the amount, a difference
	qualUnits                  strMap[string] // "ngoài" → "age": the only units it bounds
	notDates                   strMap[bool]   // "24/7": digits joined by a slash that name no day (not_dates.tsv)
	percents                   *phraseTable[Kind]
	percentBefore              *phraseTable[bool] // "percent of"
	money                      moneyWords
	zones                      *phraseTable[Zone] // zone names after a clock time: GMT, Hanoi time
	zoneLeads                  *phraseTable[bool] // words before a zone name: "theo" (giờ GMT)
	zonePlaceBefore            *phraseTable[bool] // words before a place's name that make its own time: "giờ" (California)
	zonePlaceAfter             *phraseTable[bool] // words after it: (California) "time"
	zoneAsides                 *phraseTable[bool] // words that open a time's restatement in another zone: "tức" (18h giờ Hà Nội)
	zoneClauses                *phraseTable[bool] // words between a place and its clock time: "(in Seoul), where it was (11 a.m.)"

	small, tens  strMap[int]   // number words below twenty; tens
	tensWords    []string      // the keys of tens, in a fixed order
	ordinalWords strMap[int64] // ranks said in one word: "second"

	classes    strMap[classSet]  // the words of clock times by class
	dateDigits strMap[digitWord] // the digits of dates said in words
	problem    []string          // what its data files said that could not be read

	index *wordIndex // the first words of its tables and those of its kin

	// What the one-word tables say of the words of index, by ID
	// (setIndex): the value in dates.words (a token's dbits), and 1 +
	// the index in grammar.ids (a token's nwi).
	dbitsByID []uint32
	nwiByID   []uint16
}

// newLangData builds the language whose data files are in fsys, one
// NAME.tsv a table; name names it in messages. A missing file gives an
// empty table. The result has no index: newLanguage or builtinLanguages
// adds it.
func newLangData(name string, fsys fs.FS) *langData {
	src := langSource{name: name, fsys: fsys}
	units, singulars := withSingulars(src.tsv(fileUnits), src)
	l := &langData{
		name:      name,
		conv:      readConventions(src),
		lex:       newLexicon(src),
		grammar:   newNumGrammar(src.tsv),
		fractions: newFractionLex(src),
		ordinals:  newOrdinalLex(src),
		unitLex:   newUnitLex(src),

		units:       indexedTable(bitUnits, units),
		perOnly:     indexedTable(bitPerOnly, src.tsv(filePerUnits)),
		scales:      indexedTable(bitScales, scaleWordTable(src)),
		amountLinks: newAmountLinks(src),
		money:       newMoneyWords(src),
	}
	l.unitLex.singulars = newStrMap(singulars)
	l.qualifiers, l.postQualifiers, l.qualNotAfter, l.qualThan, l.qualUnits = newQualifiers(src)
	l.percents, l.percentBefore = newPercents(src)
	l.notDates = newStrMap(wordSet(src.tsv(fileNotDates)))
	l.small = newStrMap(classWords[int](l.grammar, cDigit|cTeen))
	l.tens = newStrMap(classWords[int](l.grammar, cTens))
	l.tensWords = l.tens.keys()
	l.ordinalWords = newStrMap(ordWordRanks(l.ordinals))
	l.dates = newDateLex(src, slices.Concat(l.small.keys(), l.tens.keys()), l.qualifiers)
	var p1, p2, p3 []string
	l.classes, p1 = readDateClasses(src)
	l.dateDigits, p2 = readDateDigits(src)
	var z zoneLex
	z, p3 = newZones(src)
	l.zones, l.zoneLeads, l.zonePlaceBefore, l.zonePlaceAfter, l.zoneAsides, l.zoneClauses = z.names, z.leads, z.placeBefore, z.after, z.asides, z.clauses
	l.problem = slices.Concat(l.problem, l.dates.problem, p1, p2, p3)
	return l
}

// newLanguage builds a language of its own from the data files in fsys,
// with an index of its own words only.
func newLanguage(name string, fsys fs.FS) *langData {
	l := newLangData(name, fsys)
	l.setIndex(newWordIndex(l))
	return l
}

// builtinTags lists the languages Extract reads. Each has a folder of
// data files, lang/BASE/ (BASE its base language: "vi"); adding a
// language is adding its folder and its tag here, then running go
// generate, which builds the languages from their files with
// newLangData and writes them out as ztables.go: builtinLangs, in the
// order of builtinTags, with one index shared by all (the text of one
// language may quote another). A program starts with them as static
// data; nothing is built or parsed at run time.
//
//go:generate go test -run ^TestTables$ -tables
var builtinTags = []language.Tag{language.Vietnamese, language.English}

// baseOf returns the base language of t.
func baseOf(t language.Tag) language.Base {
	b, _ := t.Base()
	return b
}

// langOf returns the built-in language of tag t, or nil.
func langOf(t language.Tag) *langData {
	if t == language.Und || len(builtinTags) != len(builtinLangs) {
		return nil // a tag added without go generate: TestTables fails
	}
	for i, bt := range builtinTags {
		if t == bt {
			return builtinLangs[i] // the common case, and no Base look-up
		}
	}
	b := baseOf(t)
	for i, bt := range builtinTags {
		if baseOf(bt) == b {
			return builtinLangs[i]
		}
	}
	return nil
}
