package numbers

import (
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The grammar of numbers said in words is one engine (wordnum.go) over
// the data of each language, in lang/LANG/:
//
//	number_words.tsv        the number words by class: digit, ten, tens,
//	                        hundred, scale, joiner, point...; flags
//	number_conventions.tsv  the few ways the languages differ: "hai mốt"
//	                        is 21 in Vietnamese, "one two" no number
//	vague_numbers.tsv       "a couple of", "a few"
//	scale_words.tsv         the scales after digits: "1,5 triệu", "$5 bn"
//	year_next.tsv, year_prev.tsv, article_next.tsv, zero_next.tsv,
//	pronoun_prev.tsv        the words around a number word that is also
//	                        another word ("năm": year, "một": a, "không":
//	                        not, "one": the pronoun) and decide which
//	ordinal_markers.tsv     the words that make the number after them a
//	                        rank: "thứ"
//	scale_suffixes.tsv      scales glued to digits, as written: "100K", "2tr5"
//	exponent_marks.tsv      scientific notation: "1e6", "1,3x10^6"
//
// They are read into read-only tables (see lang.go).

// A numClass is the class of a number word in the grammar; a word may
// have two ("muoi").
type numClass uint16

const (
	cDigit     numClass = 1 << iota // 0 to 9: "một", "five"
	cTeen                           // a whole number from 10 to 19: "eleven"
	cTen                            // ten, which a unit may follow: "mười" (mười lăm)
	cTens                           // a whole tens word: "twenty"
	cTensMark                       // the digit before it counts tens: "mươi"
	cTensCount                      // tens counted: "chục"
	cHundred                        // "trăm", "hundred"
	cScale                          // "nghìn", "million"; value the multiplier
	cJoiner                         // "linh", "lẻ", "and"
	cHalf                           // and a half, after the number: "rưỡi"
	cHalfOf                         // half of the scale after it: "nửa triệu"
	cDozen                          // "tá", "dozen"
	cPoint                          // the decimal point: "phẩy", "point"
	cArticle                        // one before a scale: "a million"
	cHyphen                         // joins tens and a unit: "twenty-five"
	cMinus                          // the sign before a number: "âm 5", "minus 3"
)

// numClassNames are the names of the classes in number_words.tsv.
var numClassNames = map[string]numClass{
	"digit": cDigit, "teen": cTeen, "ten": cTen, "tens": cTens, "tens-mark": cTensMark,
	"tens-count": cTensCount, "hundred": cHundred, "scale": cScale, "joiner": cJoiner,
	"half": cHalf, "half-of": cHalfOf, "dozen": cDozen, "point": cPoint,
	"article": cArticle, "hyphen": cHyphen, "minus": cMinus,
}

// A numFlag is a property of one number word; number_words.tsv says what
// each means.
type numFlag uint16

const (
	fYear        numFlag = 1 << iota // also the noun "year": "năm"
	fArticle                         // also the article "a": "một"
	fNegation                        // also "not": "không"
	fPronoun                         // also a pronoun: "one"
	fInside                          // a number word only inside a number: "bay"
	fCommon                          // an everyday word: starts no mention
	fBare                            // a number by itself: "trăm", "chục"
	fEnds                            // the number ends with it: "tá"
	fWeak                            // continues no number: "chấm"
	fGroup                           // multiplies the group before it: "nineteen hundred"
	fThenArticle                     // an article follows it: "half a million"
	fNoArticle                       // never after an article: "dozens"
	fUnmarked                        // written without its marks: "nam", "muoi"
	fAfterDigits                     // also multiplies digits: "200 dozens"
	fSpoken                          // a word of speech: only before a number in words ("trừ hai lăm")

	// fCont is set, not read from the file: the word continues a number,
	// so that a digit word before it is a digit ("năm mươi", "năm triệu").
	fCont
)

var numFlagNames = map[string]numFlag{
	"year": fYear, "article": fArticle, "negation": fNegation, "pronoun": fPronoun,
	"inside": fInside, "common": fCommon, "bare": fBare, "ends": fEnds, "weak": fWeak,
	"group": fGroup, "then-article": fThenArticle, "no-article": fNoArticle,
	"unmarked": fUnmarked, "after-digits": fAfterDigits, "spoken": fSpoken,
}

// contClasses are the classes of the words that continue a number.
const contClasses = cTensMark | cTensCount | cHundred | cScale | cHalf | cPoint

// wordStateNames name the states of the grammar in the after= flag: the
// class of the word before.
var wordStateNames = map[string]wordState{
	"start": wsNone, "digit": wsDigit, "ten": wsTeen, "tens": wsTens, "units": wsUnits,
	"hundred": wsHundred, "joiner": wsLinh, "scale": wsScale,
}

// A numWord is one number word of a language.
type numWord struct {
	class numClass
	flags numFlag
	after uint16 // the states after which it is a number word, 1<<state; 0 for all
	val   int64  // digit, ten, teen, tens, dozen: the value; scale: the multiplier
}

// is reports whether w has one of the classes c.
func (w numWord) is(c numClass) bool { return w.class&c != 0 }

// has reports whether w has the flag f.
func (w numWord) has(f numFlag) bool { return w.flags&f != 0 }

// yearNoun reports whether w may be the noun "year" in the words around
// it: "năm", not unaccented "nam".
func (w numWord) yearNoun() bool { return w.has(fYear) && !w.has(fUnmarked) }

// A vagueCount is a phrase that counts vaguely: "a couple of", "a few".
type vagueCount struct {
	val   int64
	start bool // only at the start of a line
}

// A numGrammar is the data of one language for the grammar of numbers in
// words. It is built once and never changed.
type numGrammar struct {
	words       strMap[numWord]
	ids         strMap[uint16] // the index of each word in list
	list        []numWord      // the words by index; list[0] is no word
	vague       *phraseTable[vagueCount]
	vagueFirst  strMap[bool] // the first words of vague: "a", "few"
	vagueNext   strMap[bool] // the second words of vague: "couple", "few"
	yearNext    strMap[bool] // after a year word: the noun, "năm nay"
	yearPrev    strMap[bool] // before a year word: the noun, "hàng năm"
	articleNext strMap[bool] // after an article word: the article, "một số"
	zeroNext    strMap[bool] // after a negation word: zero, "không mét"
	pronounPrev strMap[bool] // before a pronoun word: the pronoun, "the one"

	ordinalMarkers strMap[bool] // words before a number that make it a rank: "thứ"

	suffixes  strMap[scaleSuffix] // glued after digits, as written: "K", "bn", "tr"
	sufLen    int                 // the length of the longest suffix
	spacedLen int                 // the length of the longest spaced suffix
	exponents strMap[string]      // marks of scientific notation: "e", "x"

	// The conventions of number_conventions.tsv.
	names, pairDigits, lowerOrder, wholeDecimals, pointCloses, scalesAfterWords bool
	pointStarts, joinedOrders, adjectivesFirst                                  bool
	plural                                                                      string // "s": "fifths"; "" for none
}

// A scaleSuffix is a scale glued to digits: "100K", "$5bn", "2tr5".
type scaleSuffix struct {
	exp      int  // the power of ten
	money    bool // only in a money context
	currency bool // only in a money context or before a currency
	spaced   bool // also apart, at the end of a phrase: "10 k"
	cont     bool // glued digits after it continue the number: "2tr5"
}

// The values of exponent_marks.tsv.
const (
	expPower    = "power"     // the exponent follows: "1e6"
	expTimesTen = "times-ten" // "10^" and the exponent follow: "1x10^6"
)

// The data files of the grammar, by name, in each language's folder.
const (
	fileNumberWords  = "number_words"
	fileNumberConv   = "number_conventions"
	fileVagueNumbers = "vague_numbers"
	fileScaleWords   = "scale_words"
	fileYearNext     = "year_next"
	fileYearPrev     = "year_prev"
	fileArticleNext  = "article_next"
	fileZeroNext     = "zero_next"
	filePronounPrev  = "pronoun_prev"
	fileOrdMarkers   = "ordinal_markers"
	fileSuffixes     = "scale_suffixes"
	fileExponents    = "exponent_marks"
)

// The keys of number_conventions.tsv and the keywords of the data
// files' columns.
const (
	convNames         = "names"
	convPairDigits    = "pair-digits"
	convLowerOrder    = "lower-order"
	convWholeDecimals = "whole-decimals"
	convPointCloses   = "point-closes"
	convScalesAfter   = "scales-after-words"
	convPointStarts   = "point-starts"
	convJoinedOrders  = "joined-orders"
	convPlural        = "plural" // its value is the suffix, "-" for none
	convAdjectives    = "adjectives-first"
	convNone          = "-"
	convYes           = "yes"
	vagueAtStart      = "start" // vague_numbers.tsv: only at the start of a line
)

// grammarFiles lists them all.
var grammarFiles = []string{fileNumberWords, fileNumberConv, fileVagueNumbers, fileScaleWords,
	fileYearNext, fileYearPrev, fileArticleNext, fileZeroNext, filePronounPrev, fileOrdMarkers,
	fileSuffixes, fileExponents}

// grammar returns the number grammar of the scanner's language.
func (s *scanner) grammar() *numGrammar { return s.lang.grammar }

// newNumGrammar builds a grammar from the rows of its data files, which
// read returns by file name.
func newNumGrammar(read func(name string) map[string]string) *numGrammar {
	words, _ := parseNumberWords(read(fileNumberWords))
	conv := read(fileNumberConv)
	yes := func(name string) bool { return conv[name] == convYes }
	vague := parseVague(read(fileVagueNumbers))
	ids, list := make(map[string]uint16, len(words)), []numWord{{}}
	for _, k := range slices.Sorted(maps.Keys(words)) {
		ids[k] = uint16(len(list))
		list = append(list, words[k])
	}
	g := &numGrammar{
		words:       newStrMap(words),
		ids:         newStrMap(ids),
		list:        list,
		vague:       newTable(vague),
		vagueFirst:  newStrMap(firstWordsOf(vague)),
		vagueNext:   newStrMap(secondWordsOf(vague)),
		yearNext:    newStrMap(wordSet(read(fileYearNext))),
		yearPrev:    newStrMap(wordSet(read(fileYearPrev))),
		articleNext: newStrMap(wordSet(read(fileArticleNext))),
		zeroNext:    newStrMap(wordSet(read(fileZeroNext))),
		pronounPrev: newStrMap(wordSet(read(filePronounPrev))),

		ordinalMarkers: newStrMap(wordSet(read(fileOrdMarkers))),
		suffixes:       newStrMap(parseSuffixes(read(fileSuffixes))),
		exponents:      newStrMap(read(fileExponents)),

		names:            yes(convNames),
		pairDigits:       yes(convPairDigits),
		lowerOrder:       yes(convLowerOrder),
		wholeDecimals:    yes(convWholeDecimals),
		pointCloses:      yes(convPointCloses),
		scalesAfterWords: yes(convScalesAfter),
		pointStarts:      yes(convPointStarts),
		joinedOrders:     yes(convJoinedOrders),
		plural:           strings.TrimPrefix(conv[convPlural], convNone),
		adjectivesFirst:  yes(convAdjectives),
	}
	for k, sf := range g.suffixes.all() {
		g.sufLen = max(g.sufLen, len(k))
		if sf.spaced {
			g.spacedLen = max(g.spacedLen, len(k))
		}
	}
	return g
}

// parseNumberWords reads the rows of number_words.tsv: class, value and
// flags of each word. It returns the words it understood and the first
// row it did not, "" if none.
func parseNumberWords(rows map[string]string) (map[string]numWord, string) {
	words := make(map[string]numWord, len(rows))
	bad := ""
	for k, v := range rows {
		w, ok := parseNumberWord(v)
		if !ok {
			if bad == "" || k < bad {
				bad = k
			}
			continue
		}
		if w.is(contClasses) && !w.has(fWeak) {
			w.flags |= fCont
		}
		words[k] = w
	}
	return words, bad
}

func parseNumberWord(v string) (numWord, bool) {
	fields := strings.Fields(v)
	if len(fields) == 0 {
		return numWord{}, false
	}
	var w numWord
	for _, c := range strings.Split(fields[0], ",") {
		cl, ok := numClassNames[c]
		if !ok {
			return numWord{}, false
		}
		w.class |= cl
	}
	for _, f := range fields[1:] {
		if n, err := strconv.ParseInt(f, 10, 64); err == nil {
			w.val = n
			continue
		}
		if states, ok := strings.CutPrefix(f, "after="); ok {
			for _, st := range strings.Split(states, ",") {
				s, ok := wordStateNames[st]
				if !ok {
					return numWord{}, false
				}
				w.after |= 1 << s
			}
			continue
		}
		fl, ok := numFlagNames[f]
		if !ok {
			return numWord{}, false
		}
		w.flags |= fl
	}
	if w.is(cScale) {
		if w.val <= 0 || w.val > 18 {
			return numWord{}, false
		}
		w.val = pow10(int(w.val))
	}
	return w, true
}

func pow10(e int) int64 {
	v := int64(1)
	for range e {
		v *= 10
	}
	return v
}

// parseVague reads the rows of vague_numbers.tsv.
func parseVague(rows map[string]string) map[string]vagueCount {
	m := make(map[string]vagueCount, len(rows))
	for k, v := range rows {
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		n, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			continue
		}
		m[k] = vagueCount{val: n, start: len(fields) > 1 && fields[1] == vagueAtStart}
	}
	return m
}

// The flags of scale_suffixes.tsv.
const (
	sufMoney    = "money"
	sufCurrency = "currency"
	sufSpaced   = "spaced"
	sufCont     = "continues"
)

// parseSuffixes reads the rows of scale_suffixes.tsv.
func parseSuffixes(rows map[string]string) map[string]scaleSuffix {
	m := make(map[string]scaleSuffix, len(rows))
	for k, v := range rows {
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		e, err := strconv.Atoi(fields[0])
		if err != nil {
			continue
		}
		sf := scaleSuffix{exp: e}
		for _, f := range fields[1:] {
			switch f {
			case sufMoney:
				sf.money = true
			case sufCurrency:
				sf.currency = true
			case sufSpaced:
				sf.spaced = true
			case sufCont:
				sf.cont = true
			}
		}
		m[k] = sf
	}
	return m
}

// scaleWordTable reads scale_words.tsv: phrase and power of ten.
func scaleWordTable(src langSource) map[string]int {
	rows := src.tsv(fileScaleWords)
	m := make(map[string]int, len(rows))
	for k, v := range rows {
		if e, err := strconv.Atoi(v); err == nil {
			m[k] = e
		}
	}
	return m
}

// firstWordsOf returns the first tokens of the phrases of m: a look-up
// that cannot match is told apart at the cost of comparing a few words.
func firstWordsOf[V any](m map[string]V) map[string]bool {
	set := make(map[string]bool, len(m))
	for k := range m {
		set[k[:keyBoundaries(k)[0]]] = true
	}
	return set
}

// secondWordsOf returns the second tokens of the phrases of m that have
// two or more.
func secondWordsOf[V any](m map[string]V) map[string]bool {
	set := map[string]bool{}
	for k := range m {
		if b := keyBoundaries(k); len(b) > 1 {
			set[strings.TrimSpace(k[b[0]:b[1]])] = true
		}
	}
	return set
}

// wordSet makes a set of the phrases of a word list.
func wordSet(rows map[string]string) map[string]bool {
	m := make(map[string]bool, len(rows))
	for k := range rows {
		m[k] = true
	}
	return m
}

// classWords returns the words of g of a class, with their values, for
// the tables that other rules read.
func classWords[T int | int64](g *numGrammar, c numClass) map[string]T {
	m := map[string]T{}
	for k, w := range g.words.all() {
		if w.is(c) {
			m[k] = T(w.val)
		}
	}
	return m
}
