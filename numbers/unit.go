package numbers

import (
	"slices"
	"strings"
)

// The words of units are data, in lang/LANG/: units.tsv (units and head
// nouns of counts, and their canonical unit: "km", "dự án" project),
// per_units.tsv (units only after a rate's "/": "năm", "year"),
// per_words.tsv (the words before a rate's unit: "một", "per"),
// classifiers.tsv ("lượt", "chiếc"), unit_stop_words.tsv and
// adjective_endings.tsv (the noun phrase after an English number),
// unit_plurals.tsv and plural_only.tsv (the singulars of plural units),
// part_links.tsv (between a part and its whole: "of the", "trong số"),
// unit_complements.tsv (before the noun a unit measures: "tonnes of
// cargo a year"), glued_symbols.tsv (symbols glued to a number, read with their case:
// "38C"), unit_senses.tsv (the words earlier in a sentence that give a
// loose unit its sense: "độ" after "dư chấn" is a magnitude).

// A unitLex holds the words around units of one language.
type unitLex struct {
	classifiers strMap[bool]            // skipped before the noun: "lượt", "chiếc"
	stopWords   strMap[bool]            // end the noun phrase: "of", "the", "more"
	perWords    strMap[bool]            // before a rate's unit: "một", "per", "a"
	perNoun     strMap[bool]            // the perWords that may follow a noun no table knows: "a" of "screenings a day"
	perCurrency strMap[bool]            // before a currency only, the denominator of a rate of exchange: "đổi" of "157,5 yen đổi 1 USD"
	adjEndings  []string                // of adjectives before the noun: "al", "ed"
	adjWords    strMap[bool]            // adjectives before the noun whose endings say nothing: "major", "big"
	pluralEnds  []string                // unit_plurals.tsv: the endings of plurals ("s", "ies")
	keepEnds    []string                // unit_plurals.tsv: the endings of no plural ("ss")
	partLinks   *phraseTable[bool]      // between a part and its whole: "of the", "trong số"
	complements strMap[bool]            // before the noun a unit measures: "of" in "tonnes of cargo"
	singulars   strMap[bool]            // the singulars withSingulars made: "station", "school"
	glued       strMap[string]          // symbols glued to a number whose case decides them: "C" °C
	senses      *phraseTable[unitSense] // words before a unit in its sentence that give it another sense: "dư chấn"
	sensed      strMap[bool]            // the units senses gives another sense: "degree"
}

// A unitSense is a row of unit_senses.tsv: the unit a word earlier in the
// sentence makes another.
type unitSense struct {
	unit, sense string
}

// The data files of units.
const (
	filePerUnits      = "per_units"
	filePerWords      = "per_words"
	fileClassifiers   = "classifiers"
	fileUnitStopWords = "unit_stop_words"
	fileAdjEndings    = "adjective_endings"
	fileUnitPlurals   = "unit_plurals"
	filePluralOnly    = "plural_only"
	filePartLinks     = "part_links"
	fileComplements   = "unit_complements"
	fileGluedSymbols  = "glued_symbols"
	fileUnitSenses    = "unit_senses"

	pluralKeep = "keep" // unit_plurals.tsv: no plural
	pluralDrop = "-"    // unit_plurals.tsv: drop the ending
	adjWord    = "word" // adjective_endings.tsv: a whole adjective, no ending
)

// unitFiles lists the files of units each language has.
var unitFiles = []string{fileUnits, filePerUnits, filePerWords, fileClassifiers, fileUnitStopWords,
	fileAdjEndings, fileUnitPlurals, filePluralOnly, filePartLinks, fileComplements, fileGluedSymbols, fileUnitSenses}

func newUnitLex(src langSource) *unitLex {
	senses, sensed := readUnitSenses(src.tsv(fileUnitSenses))
	return &unitLex{
		classifiers: newStrMap(wordSet(src.tsv(fileClassifiers))),
		stopWords:   newStrMap(wordSet(src.tsv(fileUnitStopWords))),
		perWords:    newStrMap(unflagged(src.tsv(filePerWords), perFlagCurrency)),
		perNoun:     newStrMap(flagged(src.tsv(filePerWords), perFlagNoun)),
		perCurrency: newStrMap(flagged(src.tsv(filePerWords), perFlagCurrency)),
		adjEndings:  keysOf(unflagged(src.tsv(fileAdjEndings), adjWord)),
		adjWords:    newStrMap(flagged(src.tsv(fileAdjEndings), adjWord)),
		pluralEnds:  keysOf(unflagged(src.tsv(fileUnitPlurals), pluralKeep)),
		keepEnds:    keysOf(flagged(src.tsv(fileUnitPlurals), pluralKeep)),
		partLinks:   newTable(wordSet(src.tsv(filePartLinks))),
		complements: newStrMap(wordSet(src.tsv(fileComplements))),
		glued:       newStrMap(src.tsv(fileGluedSymbols)),
		senses:      newTable(senses),
		sensed:      newStrMap(sensed),
	}
}

// readUnitSenses reads the rows of unit_senses.tsv (word, unit, sense),
// and the set of the units they give a sense.
func readUnitSenses(rows map[string]string) (map[string]unitSense, map[string]bool) {
	senses, sensed := make(map[string]unitSense, len(rows)), map[string]bool{}
	for w, v := range rows {
		unit, sense, ok := strings.Cut(v, "\t")
		if !ok {
			continue // TestWordFiles reports a row with no sense
		}
		senses[w] = unitSense{unit: strings.TrimSpace(unit), sense: strings.TrimSpace(sense)}
		sensed[strings.TrimSpace(unit)] = true
	}
	return senses, sensed
}

// maxSenseReach is how many tokens before a unit's number unitSenseOf
// looks for a word that gives the unit another sense.
const maxSenseReach = 16

// unitSenseOf gives m, a count read at token i, the sense a word earlier
// in its sentence gives its unit (unit_senses.tsv): "dư chấn mạnh nhất là
// trận 5,4 độ" is a magnitude, not degrees.
func (s *scanner) unitSenseOf(m *Mention, i int) {
	_, _, ul := s.units()
	if m.Kind != Number || m.Unit == "" || !ul.sensed.at(m.Unit) {
		return
	}
	for k := i - 1; k >= 0 && k >= i-maxSenseReach && s.inLine(k) && !s.sentenceEnd(k); k-- {
		if se, _, ok := lookup(s, k, 3, ul.senses); ok && se.unit == m.Unit {
			m.Unit = se.sense
			return
		}
	}
}

// gluedSymbol reads the unit of a symbol at token k glued to the number
// before it, whose case decides what it is (glued_symbols.tsv): "38C" is
// 38 °C where "20c" is 20 cents. A space may stand between them when
// punctuation or the end of the line follows the symbol: "8 C (46 F)".
func (s *scanner) gluedSymbol(k int) (string, bool) {
	t := s.tok(k)
	if t.kind != tWord || s.tok(k-1).kind != tNum {
		return "", false
	}
	if !s.glued(k) && s.inLine(k+1) && (s.tok(k+1).kind != tPunct || s.glued(k+1) && s.isPunct(k+1, "-")) {
		return "", false // "Class 9 C students", "2019 F-16"
	}
	if s.glued(k-1) && s.tok(k-2).kind == tWord || s.glued(k+1) && s.tok(k+1).kind != tPunct {
		return "", false // "A1B2C3": a code
	}
	_, _, ul := s.units()
	return ul.glued.get(s.text[t.start:t.end])
}

// units returns the unit tables and words of the scanner's language.
func (s *scanner) units() (units, perOnly *phraseTable[string], lex *unitLex) {
	return s.lang.units, s.lang.perOnly, s.lang.unitLex
}

// unit reads the unit or head noun after a number at token k, skipping a
// classifier: "4.400 dự án" → project, "5 triệu lượt du khách" →
// visitor, "390 km" → km, "1.500 tấn" → tonne.
func (s *scanner) unit(k int) (string, int, bool) {
	table, _, ul := s.units()
	if s.opensCompound(k) {
		return "", k, false // "vòng 15 V-League", "5 T-shirts"
	}
	if u, next, ok := lookup(s, k, 4, table); ok {
		if s.tok(next-1).kind == tWord && s.tok(next).kind == tNum && s.glued(next) {
			return "", k, false // "216 G1 games": the letter of a code, no gram; "20°31'N" keeps its sign
		}
		// "người" is a classifier before another noun: "3 người dân".
		if ul.classifiers.at(s.tok(k).low) {
			if u2, next2, ok := lookup(s, next, 4, table); ok {
				return u2, next2, true
			}
		}
		if s.grammar().adjectivesFirst && s.dw(next).period == GrainYear {
			// "the 2025-2026 school year": a noun before the year names
			// a kind of year where modifiers come first.
			return "", k, false
		}
		return u, next, true
	}
	if ul.classifiers.at(s.wordLow(k)) {
		if u, next, ok := lookup(s, k+1, 4, table); ok {
			return u, next, true
		}
	}
	if s.grammar().adjectivesFirst {
		return s.unitAfterAdjectives(k, table, ul)
	}
	return "", k, false
}

// opensCompound reports a one-letter word at token k that a hyphen joins
// to the word after it: the first part of a compound ("V-League",
// "T-shirt", "e-commerce"), no symbol of a unit; or the word of a
// designation ("64 T-90S tanks").
func (s *scanner) opensCompound(k int) bool {
	if k+2 >= len(s.toks) {
		return false
	}
	t := s.tok(k)
	if t.kind != tWord || !s.isPunct(k+1, "-") || !s.glued(k+1) || !s.glued(k+2) {
		return false
	}
	return t.end-t.start == 1 && s.tok(k+2).kind == tWord || s.tok(k+2).kind == tNum && s.isCode(k, k+2)
}

// wholeUnit reads the whole that a count of value v is a part of, at
// token k after it: a word of part_links.tsv, a count no smaller than v,
// and its noun, whose unit it returns with the whole's value: "Nine of
// the 27 agencies" gives Nine the unit agency, of 27.
func (s *scanner) wholeUnit(v Decimal, k int) (string, Decimal, bool) {
	_, _, ul := s.units()
	_, next, ok := lookup(s, k, 3, ul.partLinks)
	if !ok {
		return "", Decimal{}, false
	}
	n, ok := s.parseNum(s.pastOwner(next), numOpts{})
	if !ok || n.val.Cmp(v) < 0 {
		return "", Decimal{}, false
	}
	u, _, ok := s.unit(n.next)
	return u, n.val, ok
}

// pastOwner returns the token after the owner of a noun phrase at token
// k, k for none: a word of possessives.tsv ("of its 27 agencies") or a
// word with the possessive after an apostrophe ("of the country's 34
// provinces", "of Vietnam's 34").
func (s *scanner) pastOwner(k int) int {
	t := s.tok(k)
	switch {
	case t.kind != tWord:
	case s.lex().possessives.at(t.low):
		return k + 1
	case s.apostropheAt(k+1) && s.glued(k+2) && s.tok(k+2).kind == tWord && s.lex().possessives.at(s.tok(k+2).low):
		return k + 3
	}
	return k
}

// unitAfterAdjectives reads the noun after up to two adjectives at token
// k: "1,302 new projects", "nine underground stations", "four worst-hit
// localities", "two LNG power plants"; not after a year: "in 2023 forced
// many factories" counts nothing.
func (s *scanner) unitAfterAdjectives(k int, table *phraseTable[string], ul *unitLex) (string, int, bool) {
	if p := s.tok(k - 1); p.kind == tNum && len(p.low) == 4 && (p.low[0] == '1' || p.low[0] == '2') && !s.isPunct(k-2, ",") {
		return "", k, false
	}
	j := k
	for n := 0; n < 2; n++ {
		t := s.tok(j)
		// An acronym may lead the noun phrase: "two LNG power plants";
		// a name may stand right before the noun: "23 Vietnamese
		// citizens", "12 Boeing planes".
		acronym := n == 0 && t.kind == tWord && t.upper && allCaps(s.text[t.start:t.end])
		if t.kind != tWord || t.upper && n > 0 || ul.stopWords.at(t.low) || table.has(t.low) {
			break
		}
		j++
		hyphen := s.isPunct(j, "-") && s.glued(j) && s.tok(j+1).kind == tWord && s.glued(j+1)
		if hyphen {
			j += 2
		}
		if u, next, ok := lookup(s, j, 4, table); ok {
			if t.upper && !acronym && !ul.plural(s.tok(next-1).low) {
				// After a name only a plural: "23 Vietnamese citizens",
				// not the zone of "17.30 Beijing time".
				return "", k, false
			}
			if one, _ := ul.singulars.getBytes(s.phraseKey(j, next)); one && !s.countOfOne(k-1) {
				// "six to 10 attend school": a count of more than one
				// takes the plural, so the words between were no
				// adjectives of this noun.
				return "", k, false
			}
			return u, next, true
		}
		if n == 0 && !hyphen && !acronym && !ul.adjectiveLike(t.low) {
			break // a second word only after an adjective-like first one
		}
	}
	return "", k, false
}

// phraseKey writes the key of tokens [i, j) into the scanner's scratch
// key, as lookup writes the keys of the phrase tables, and returns it.
func (s *scanner) phraseKey(i, j int) []byte {
	s.key = s.key[:0]
	for k := i; k < j; k++ {
		t := s.tok(k)
		if k > i && t.space {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, t.low...)
	}
	return s.key
}

// countOfOne reports whether the number that ends at token k is one: "one
// new school", "1 additional station" (not the 1 of "0.1").
func (s *scanner) countOfOne(k int) bool {
	t := s.tok(k)
	if t.kind == tNum {
		return t.low == "1" && !s.glued(k)
	}
	n, ok := s.parseNum(k, numOpts{})
	return ok && n.next == k+1 && n.val.Equal(decimalOf(1))
}

// adjectiveLike reports whether w ends as adjectives do, "additional",
// or is an adjective whose ending says nothing: "major".
func (ul *unitLex) adjectiveLike(w string) bool {
	if ul.adjWords.at(w) {
		return true
	}
	for _, e := range ul.adjEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// plural reports whether w ends as a plural does (unit_plurals.tsv, the
// longest ending that fits): "citizens", not "time" nor "glass".
func (ul *unitLex) plural(w string) bool {
	return longestEnding(w, ul.pluralEnds) > longestEnding(w, ul.keepEnds)
}

// longestEnding returns the length of the longest of endings that w ends
// with, 0 for none.
func longestEnding(w string, endings []string) int {
	n := 0
	for _, e := range endings {
		if len(e) > n && strings.HasSuffix(w, e) {
			n = len(e)
		}
	}
	return n
}

// allCaps reports whether w is an acronym of two to five capital letters.
func allCaps(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// perUnit reads the denominator of a rate: "/tấn", "mỗi tấn", "per tonne",
// "a barrel"; the frequency words of the lexicon ("mỗi", "each") open one.
// A second denominator right after the first joins it, with a slash
// between: "đồng/người/tháng" and "per person a month" are
// "person/month".
func (s *scanner) perUnit(k int) (string, int, bool) {
	u, next, ok := s.onePer(k)
	if !ok {
		return "", k, false
	}
	if u2, end, ok := s.onePer(next); ok && u2 != u {
		return u + PerSep + u2, end, true
	}
	return u, next, true
}

// PerSep joins the denominators of a rate that has two in a Mention's Per:
// "person/month".
const PerSep = "/"

// onePer reads one denominator of a rate at token k.
func (s *scanner) onePer(k int) (string, int, bool) {
	table, perOnly, ul := s.units()
	if _, next, ok := lookup(s, k, 2, s.lex().frequency); ok && next == k+1 {
		k++ // "mỗi tấn", "each tonne"
	} else if s.isPunct(k, "/") || ul.perWords.at(s.wordLow(k)) {
		k++ // "/tấn", "một người", "per tonne", "a barrel"
	} else if ul.perCurrency.at(s.wordLow(k)) {
		return s.currencyPer(k + 1)
	} else {
		return "", k, false
	}
	if u, next, ok := lookup(s, k, 3, table); ok {
		return u, next, true
	}
	if u, next, ok := lookup(s, k, 1, perOnly); ok {
		return u, next, true
	}
	return s.currencyPer(k) // "yen/USD", "per dollar"; "per pound" is a unit
}

// currencyPer reads a currency at token k as the denominator of a rate
// of exchange, after an article or a count of one ("to the dollar", "đổi
// 1 USD"); the denominator is the currency's ISO code.
func (s *scanner) currencyPer(k int) (string, int, bool) {
	if s.cue(k, dcArticle) || s.tok(k).kind == tNum && s.tok(k).low == "1" && !s.glued(k) {
		k++
	}
	code, next, ok := lookup(s, k, 3, s.currencySuffixes())
	if !ok || !CurrencyCode(code) || s.tok(next).kind == tNum {
		return "", k, false // "to $298.1 billion": the symbol of an amount
	}
	return code, next, true
}

// CurrencyCode reports whether c has the form of an ISO 4217 code, three
// capital letters: a Mention's Currency, or its Per when it is the rate
// of exchange of an amount against a currency ("157,5 yen đổi 1 USD" is
// per "USD").
func CurrencyCode(c string) bool {
	return len(c) == 3 && allCaps(c)
}

// perFlagCurrency is the flag of per_words.tsv for a word that opens the
// denominator of a rate of exchange, before a currency only.
const perFlagCurrency = "currency"

// unflagged returns the keys of rows whose columns do not hold flag.
func unflagged(rows map[string]string, flag string) map[string]bool {
	out := map[string]bool{}
	for k, v := range rows {
		if !slices.Contains(strings.Fields(v), flag) {
			out[k] = true
		}
	}
	return out
}

// perAfterComplement reads the denominator of a rate after the noun that
// a unit measures, at token k after the unit: "tonnes of cargo a year",
// "kWh of electricity per day" (unit_complements.tsv opens the noun, of
// one or two plain words).
func (s *scanner) perAfterComplement(k int) (string, int, bool) {
	_, _, ul := s.units()
	if !ul.complements.at(s.wordLow(k)) {
		return "", k, false
	}
	for j := k + 1; j <= k+maxComplementWords; j++ {
		t := s.tok(j)
		if t.kind != tWord || t.upper || ul.perWords.at(t.low) {
			return "", k, false
		}
		if per, next, ok := s.perUnit(j + 1); ok {
			return per, next, true
		}
	}
	return "", k, false
}

// perFlagNoun is the flag of per_words.tsv for a word that opens a
// rate's denominator after a noun no table knows too.
const perFlagNoun = "after-noun"

// flagged returns the keys of rows whose columns hold flag.
func flagged(rows map[string]string, flag string) map[string]bool {
	out := map[string]bool{}
	for k, v := range rows {
		if slices.Contains(strings.Fields(v), flag) {
			out[k] = true
		}
	}
	return out
}

// maxComplementWords bounds the noun a unit measures: "of crude oil".
const maxComplementWords = 2

// withSingulars adds to the units m of a language the singular of every
// plural unit that lacks one, by the endings of its unit_plurals.tsv:
// "stations" gives "station", "boxes" gives "box". It returns m and the
// singulars it added.
func withSingulars(m map[string]string, src langSource) (units map[string]string, singulars map[string]bool) {
	rules := src.tsv(fileUnitPlurals)
	only := wordSet(src.tsv(filePluralOnly))
	add := map[string]string{}
	for k, v := range m {
		last := k
		if i := strings.LastIndexByte(k, ' '); i >= 0 {
			last = k[i+1:]
		}
		if len(last) < 4 || only[last] {
			continue
		}
		ending, one := "", ""
		for e, r := range rules {
			if len(e) > len(ending) && strings.HasSuffix(last, e) {
				ending, one = e, r
			}
		}
		if ending == "" || one == pluralKeep {
			continue
		}
		one = strings.TrimSuffix(one, pluralDrop)
		if _, ok := m[k[:len(k)-len(ending)]+one]; !ok {
			add[k[:len(k)-len(ending)]+one] = v
		}
	}
	singulars = make(map[string]bool, len(add))
	for k, v := range add {
		m[k], singulars[k] = v, true
	}
	return m, singulars
}
