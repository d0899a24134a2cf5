package numbers

import (
	"io/fs"
	"iter"
	"strings"
)

// The words of each language that the rules below match by class live in
// data files, lang/LANG/*.tsv (lang/vi, lang/en): one entry a line, the
// phrase (lower case, NFC, words separated by one space) and, after a
// tab, its value; lines starting with # are comments. They are read into
// the read-only tables of a langData (langdata.go), a lexicon among them:
// at go generate time for the built-in languages (ztables.go), at run time
// for one read from another fs.FS.

// A lexicon holds the word classes of one language read from its data
// files. It is built once and never changed.
type lexicon struct {
	scoreCues   *phraseTable[string]  // words near a match score: thắng, beat; value before|after|both
	frequency   *phraseTable[string]  // words that make a length a frequency: mỗi, cứ, every
	parties     *phraseTable[string]  // the parties of a bilateral story: hai nước, the two sides
	plurals     *phraseTable[Decimal] // vague plurals: hàng trăm, hundreds of; value the order of magnitude, zero for none
	digitNames  *phraseTable[string]  // names whose digits are no fact: Boeing 787, U23; value prefix|name|version
	digitSuffix *phraseTable[string]  // letters glued after a digit that make a name: 5G; value the highest digit
	events      *phraseTable[string]  // event names whose number is a year: Cup, Games
	monthsLead  *phraseTable[string]  // words before "N tháng" that make it months of a year: lũy kế
	monthsOf    *phraseTable[string]  // words between "N tháng" and its year: của
	monthsAfter *phraseTable[string]  // words after "the first N months" that make it a length: after, of

	matchWords     *phraseTable[string]     // words of a match report: hiệp, goal, half-time
	ordinalPhrases *phraseTable[string]     // ranks with no number, in a match report: lượt về; value "2 leg"
	streakWords    *phraseTable[string]     // words that make a rank a place in a streak: liên tiếp, straight
	streakNouns    *phraseTable[string]     // what a streak counts: phiên, day; value its unit
	changeVerbs    *phraseTable[changeVerb] // verbs of a change before its amount: tăng thêm, rose by
	changeLinks    *phraseTable[changeVerb] // words that join a verb of change and its object to the amount: by, to
	objectStops    *phraseTable[string]     // words that open no object of a verb of change: "in" (raise in June)
	elidedPeriods  *phraseTable[string]     // words before a rank that leaves out its period: "in the" (second)
	changeNouns    *phraseTable[string]     // what a change counts, said before the verb: death toll; value its unit
	baseOpeners    *phraseTable[bool]       // words before the base a change is measured from: so với, compared with; value only after a change
	countVerbs     *phraseTable[string]     // verbs whose object is a count of what they name: killed; value its unit
	unitHeads      *phraseTable[string]     // nouns before a number that name its unit, the words after it none: điểm; value its unit

	relFactors  *phraseTable[relFactor] // multipliers of an earlier amount: half, gấp đôi; value the factor
	timesBefore *phraseTable[string]    // words before a number that make it a multiplier: gấp; value before [alone]
	timesAfter  *phraseTable[string]    // words after a number that make it a multiplier: times, lần; value after
	relRefs     *phraseTable[string]    // back-references after a multiplier: that, mức đó; value open|closed
	relNext     *phraseTable[string]    // words after a back-reference: for, of; value go|stop
	possessives strMap[bool]            // words that own the noun after them: his, the "s" of "Linh's"

	starters     strMap[bool]            // other words that may begin a mention: thứ, minus
	weakStarters strMap[bool]            // common words that begin one before a number: in, trong
	rangeOpeners *phraseTable[string]    // words before the first end of a range: từ, between
	shareAfter   strMap[bool]            // words after "a third" that leave it a share: from, in, to
	apposed      []apposedUnit           // what a number set off by commas after a name states: age up to 120
	restWords    *phraseTable[restPlace] // words that make a count the rest of a whole: other, còn lại; value their places
	sameDay      *phraseTable[string]    // words after a clock time that name the day of the last date: cùng ngày, the same day; their flags (loose)
	ratioCues    *phraseTable[string]    // words near two numbers joined by a colon that make them a ratio: tỷ lệ, ratio; value before|after|both
	signAfter    *phraseTable[bool]      // words after an amount that make it negative: under par, below zero
}

// lex returns the lexicon of the scanner's language.
func (s *scanner) lex() *lexicon { return s.lang.lex }

// The data files of a lexicon, by name, in each language's folder.
const (
	fileScoreCues   = "score_cues"
	fileFrequency   = "frequency"
	fileParties     = "parties"
	filePlurals     = "vague_plurals"
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
	fileChangeLinks = "change_links"
	fileElided      = "elided_periods"
	fileChangeNouns = "change_nouns"
	fileBaseOpeners = "base_openers"
	fileCountVerbs  = "count_verbs"
	fileUnitHeads   = "unit_heads"
	fileRelFactors  = "relative_factors"
	fileRelTimes    = "relative_times"
	fileRelRefs     = "relative_refs"
	fileRelAfter    = "relative_after"
	filePossessives = "possessives"
	fileStarters    = "starters"
	fileWeak        = "weak_starters"
	fileRangeOpen   = "range_openers"
	fileShareAfter  = "share_after"
	fileApposition  = "apposition"
	fileRestWords   = "rest_words"
	fileSameDay     = "same_day"
	fileRatioCues   = "ratio_cues"
	fileSignAfter   = "sign_after"
	fileObjectStops = "object_stops"

	// Tables of their own, read where they are declared.
	fileOrdinalNouns = "ordinal_nouns"
	fileOrdinalHeads = "ordinal_heads"
	fileUnits        = "units" // head nouns of counts, merged into unit.go's tables
)

// lexiconFiles lists them all.
var lexiconFiles = []string{fileScoreCues, fileFrequency, fileParties, filePlurals, fileDigitNames, fileDigitSuffix, fileEvents, fileMonthsLead, fileMonthsOf, fileMonthsAfter,
	fileMatchWords, fileOrdPhrases, fileStreakWords, fileStreakNouns,
	fileChangeVerbs, fileChangeLinks, fileElided, fileChangeNouns, fileBaseOpeners, fileCountVerbs, fileUnitHeads, fileRelFactors, fileRelTimes, fileRelRefs, fileRelAfter, filePossessives, fileStarters, fileWeak, fileRangeOpen, fileShareAfter, fileApposition, fileRestWords, fileSameDay, fileRatioCues, fileSignAfter, fileObjectStops}

func newLexicon(src langSource) *lexicon {
	return &lexicon{
		scoreCues:   newTable(src.tsv(fileScoreCues)),
		frequency:   indexedTable(bitFrequency, src.tsv(fileFrequency)),
		parties:     indexedTable(bitParties, src.tsv(fileParties)),
		plurals:     indexedTable(bitPlurals, parseMagnitudes(src.tsv(filePlurals))),
		digitNames:  indexedTable(bitDigitNames, src.tsv(fileDigitNames)),
		digitSuffix: newTable(src.tsv(fileDigitSuffix)),
		events:      newTable(src.tsv(fileEvents)),
		monthsLead:  newTable(src.tsv(fileMonthsLead)),
		monthsOf:    newTable(src.tsv(fileMonthsOf)),
		monthsAfter: newTable(src.tsv(fileMonthsAfter)),

		matchWords:     newTable(src.tsv(fileMatchWords)),
		ordinalPhrases: indexedTable(bitOrdPhrases, src.tsv(fileOrdPhrases)),
		streakWords:    newTable(src.tsv(fileStreakWords)),
		streakNouns:    newTable(src.tsv(fileStreakNouns)),
		changeVerbs:    indexedTable(bitChangeVerbs, parseChangeVerbs(src.tsv(fileChangeVerbs))),
		changeLinks:    newTable(parseChangeVerbs(src.tsv(fileChangeLinks))),
		objectStops:    newTable(src.tsv(fileObjectStops)),
		changeNouns:    newTable(src.tsv(fileChangeNouns)),
		elidedPeriods:  newTable(src.tsv(fileElided)),
		baseOpeners:    indexedTable(bitBaseOpeners, parseBaseOpeners(src.tsv(fileBaseOpeners))),
		countVerbs:     newTable(src.tsv(fileCountVerbs)),
		unitHeads:      indexedTable(bitUnitHeads, src.tsv(fileUnitHeads)),

		relFactors:  indexedTable(bitRelative, parseRelFactors(src.tsv(fileRelFactors))),
		timesBefore: indexedTable(bitRelative, relTimesAt(src.tsv(fileRelTimes), relBefore)),
		timesAfter:  newTable(relTimesAt(src.tsv(fileRelTimes), relAfter)),
		relRefs:     newTable(src.tsv(fileRelRefs)),
		relNext:     newTable(src.tsv(fileRelAfter)),
		possessives: newStrMap(wordSet(src.tsv(filePossessives))),

		starters:     newStrMap(wordSet(src.tsv(fileStarters))),
		weakStarters: newStrMap(wordSet(src.tsv(fileWeak))),
		rangeOpeners: indexedTable(bitRangeOpeners, phrasesOf(src.tsv(fileRangeOpen))),
		shareAfter:   newStrMap(wordSet(src.tsv(fileShareAfter))),
		apposed:      parseApposition(src.tsv(fileApposition)),
		restWords:    indexedTable(bitRestWords, parseRestWords(src.tsv(fileRestWords))),
		sameDay:      newTable(src.tsv(fileSameDay)),
		ratioCues:    newTable(src.tsv(fileRatioCues)),
		signAfter:    newTable(wordSet(src.tsv(fileSignAfter))),
	}
}

// A langSource reads the data files of one language: NAME.tsv in fsys.
type langSource struct {
	name string // the language's folder, for messages: "vi"
	fsys fs.FS
}

// tsv reads NAME.tsv into a map from phrase to value. A missing file
// gives an empty map (the tests check that each built-in one exists).
func (src langSource) tsv(name string) map[string]string {
	m := map[string]string{}
	for _, line := range src.lines(name) {
		key, value, _ := strings.Cut(line, "\t")
		if key = strings.TrimSpace(key); key != "" {
			m[key] = strings.TrimSpace(value)
		}
	}
	return m
}

// rows reads NAME.tsv into its rows, each split at tabs into trimmed
// columns, with their line numbers. A missing file gives none.
func (src langSource) rows(name string) (rows [][]string, lines []int) {
	for n, line := range src.lines(name) {
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if f[0] == "" {
			continue
		}
		rows = append(rows, f)
		lines = append(lines, n)
	}
	return rows, lines
}

// lines yields the lines of NAME.tsv that are neither empty nor comments,
// without their line ends, with their numbers counted from 1. A missing
// file, or no fsys, yields none.
func (src langSource) lines(name string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		if src.fsys == nil {
			return
		}
		data, err := fs.ReadFile(src.fsys, name+".tsv")
		if err != nil {
			return
		}
		n := 0
		for line := range strings.Lines(string(data)) {
			n++
			line = strings.TrimRight(line, "\r\n")
			if line == "" || line[0] == '#' {
				continue
			}
			if !yield(n, line) {
				return
			}
		}
	}
}

// phrasesOf maps each phrase of a word list to itself.
func phrasesOf(rows map[string]string) map[string]string {
	m := make(map[string]string, len(rows))
	for k := range rows {
		m[k] = k
	}
	return m
}
