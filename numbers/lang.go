package numbers

import (
	"embed"
	"strings"
)

// The words of each language that the rules below match by class live in
// data files, lang/vi/*.tsv and lang/en/*.tsv: one entry a line, the
// phrase (lower case, NFC, words separated by one space) and, after a
// tab, its value; lines starting with # are comments. They are read once,
// when the package is loaded, into the read-only tables of a lexicon.

//go:embed lang/vi/*.tsv lang/en/*.tsv
var langFiles embed.FS

// A lexicon holds the word classes of one language read from its data
// files. It is built once and never changed.
type lexicon struct {
	scoreCues   *phraseTable[string] // words near a match score: thắng, beat; value before|after|both
	frequency   *phraseTable[string] // words that make a length a frequency: mỗi, cứ, every
	parties     *phraseTable[string] // the parties of a bilateral story: hai nước, the two sides
	digitNames  *phraseTable[string] // names whose digits are no fact: Boeing 787, U23; value prefix|name|version
	digitSuffix *phraseTable[string] // letters glued after a digit that make a name: 5G; value the highest digit
	events      *phraseTable[string] // event names whose number is a year: Cup, Games
	monthsLead  *phraseTable[string] // words before "N tháng" that make it months of a year: lũy kế
	monthsOf    *phraseTable[string] // words between "N tháng" and its year: của
	monthsAfter *phraseTable[string] // words after "the first N months" that make it a length: after, of

	matchWords     *phraseTable[string] // words of a match report: hiệp, goal, half-time
	ordinalPhrases *phraseTable[string] // ranks with no number, in a match report: lượt về; value "2 leg"
	streakWords    *phraseTable[string] // words that make a rank a place in a streak: liên tiếp, straight
	streakNouns    *phraseTable[string] // what a streak counts: phiên, day; value its unit
	changeVerbs    *phraseTable[string] // verbs of a change before its amount: tăng thêm, rose by
	changeNouns    *phraseTable[string] // what a change counts, said before the verb: death toll; value its unit

	relFactors  *phraseTable[relFactor] // multipliers of an earlier amount: half, gấp đôi; value the factor
	timesBefore *phraseTable[string]    // words before a number that make it a multiplier: gấp; value before [alone]
	timesAfter  *phraseTable[string]    // words after a number that make it a multiplier: times, lần; value after
	relRefs     *phraseTable[string]    // back-references after a multiplier: that, mức đó; value open|closed
	relNext     *phraseTable[string]    // words after a back-reference: for, of; value go|stop
}

var viLex = newLexicon("vi")
var enLex = newLexicon("en")

// lex returns the lexicon of the scanner's language.
func (s *scanner) lex() *lexicon {
	if s.vi {
		return viLex
	}
	return enLex
}

// The data files of a lexicon, by name, in each language's folder.
const (
	fileScoreCues   = "score_cues"
	fileFrequency   = "frequency"
	fileParties     = "parties"
	fileDigitNames  = "digit_names"
	fileDigitSuffix = "digit_suffixes"
	fileEvents      = "events"
	fileMonthsLead  = "months_lead"
	fileMonthsOf    = "months_of"
	fileMonthsAfter = "months_after"
	fileMatchWords  = "match_words"
	fileOrdPhrases  = "ordinal_phrases"
	fileStreakWords = "streak_words"
	fileStreakNouns = "streak_nouns"
	fileChangeVerbs = "change_verbs"
	fileChangeNouns = "change_nouns"
	fileRelFactors  = "relative_factors"
	fileRelTimes    = "relative_times"
	fileRelRefs     = "relative_refs"
	fileRelAfter    = "relative_after"

	// Tables of their own, read where they are declared.
	fileOrdinalNouns = "ordinal_nouns"
	fileOrdinalHeads = "ordinal_heads"
	fileUnits        = "units" // head nouns of counts, merged into unit.go's tables
)

// lexiconFiles lists them all.
var lexiconFiles = []string{fileScoreCues, fileFrequency, fileParties, fileDigitNames, fileDigitSuffix, fileEvents, fileMonthsLead, fileMonthsOf, fileMonthsAfter,
	fileMatchWords, fileOrdPhrases, fileStreakWords, fileStreakNouns,
	fileChangeVerbs, fileChangeNouns, fileRelFactors, fileRelTimes, fileRelRefs, fileRelAfter}

func newLexicon(lang string) *lexicon {
	return &lexicon{
		scoreCues:   newTable(readTSV(lang, fileScoreCues)),
		frequency:   newTable(readTSV(lang, fileFrequency)),
		parties:     indexedTable(bitParties, readTSV(lang, fileParties)),
		digitNames:  newTable(readTSV(lang, fileDigitNames)),
		digitSuffix: newTable(readTSV(lang, fileDigitSuffix)),
		events:      newTable(readTSV(lang, fileEvents)),
		monthsLead:  newTable(readTSV(lang, fileMonthsLead)),
		monthsOf:    newTable(readTSV(lang, fileMonthsOf)),
		monthsAfter: newTable(readTSV(lang, fileMonthsAfter)),

		matchWords:     newTable(readTSV(lang, fileMatchWords)),
		ordinalPhrases: newTable(readTSV(lang, fileOrdPhrases)),
		streakWords:    newTable(readTSV(lang, fileStreakWords)),
		streakNouns:    newTable(readTSV(lang, fileStreakNouns)),
		changeVerbs:    newTable(readTSV(lang, fileChangeVerbs)),
		changeNouns:    newTable(readTSV(lang, fileChangeNouns)),

		relFactors:  indexedTable(bitRelative, parseRelFactors(readTSV(lang, fileRelFactors))),
		timesBefore: indexedTable(bitRelative, relTimesAt(readTSV(lang, fileRelTimes), relBefore)),
		timesAfter:  newTable(relTimesAt(readTSV(lang, fileRelTimes), relAfter)),
		relRefs:     newTable(readTSV(lang, fileRelRefs)),
		relNext:     newTable(readTSV(lang, fileRelAfter)),
	}
}

// readTSV reads lang/LANG/NAME.tsv into a map from phrase to value. A
// missing file gives an empty map (the tests check that each exists).
func readTSV(lang, name string) map[string]string {
	data, err := langFiles.ReadFile("lang/" + lang + "/" + name + ".tsv")
	m := map[string]string{}
	if err != nil {
		return m
	}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		key, value, _ := strings.Cut(line, "\t")
		if key = strings.TrimSpace(key); key != "" {
			m[key] = strings.TrimSpace(value)
		}
	}
	return m
}

// mergeTSV adds the entries of lang/LANG/NAME.tsv to m and returns m.
func mergeTSV(m map[string]string, lang, name string) map[string]string {
	for k, v := range readTSV(lang, name) {
		m[k] = v
	}
	return m
}
