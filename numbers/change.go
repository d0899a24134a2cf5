package numbers

import "strings"

// A change counted in words: "the death toll rose by four", "số ca nhiễm
// giảm thêm hai". A small number in words is often prose ("one of the
// two"), but after a verb of change it is an amount, and the noun it
// counts is the subject of the verb. The verbs and the subjects that are
// no unit of their own ("death toll") are data: lang/*/change_verbs.tsv
// and change_nouns.tsv; other subjects are the nouns of the unit table.

// changeReach bounds how many tokens before the verb the subject may
// start.
const changeReach = 8

// changeUnit returns the unit of the change whose amount starts at token
// i: a verb of change_verbs.tsv ends just before i, and a noun of the unit
// table or of change_nouns.tsv comes before the verb in the same clause.
// An amount in digits takes only a noun of change_nouns.tsv, which names
// a count ("the death toll rose to 9"): after "dân số tăng lên" or "đầu
// tư thêm", digits are often an amount of something else.
func (s *scanner) changeUnit(i int, digits bool) (string, bool) {
	verb, ok := s.changeVerbBefore(i)
	if !ok {
		return "", false
	}
	return s.subjectUnit(verb, digits)
}

// levelAfter reports whether a verb of change_verbs.tsv with the flag
// "level" ends before token i: after "fell by two", "to 30" is the level
// reached, not the end of a range.
func (s *scanner) levelAfter(i int) bool {
	v, _, ok := phraseBefore(s, i, s.lex().changeVerbs)
	return ok && v.level
}

// changeAt returns what the amount that starts at token i states after a
// verb of change_verbs.tsv that ends just before it: the change or the
// level reached.
func (s *scanner) changeAt(i int) Change {
	v, _, _ := phraseBefore(s, i, s.lex().changeVerbs)
	return v.change
}

// changeWithin returns what the amount of a mention over tokens [i, next)
// states after a verb of change that opens the mention itself, as a
// qualifier may ("edges up to 3.27%", qualifiers.tsv, exact): the level
// reached.
func (s *scanner) changeWithin(i, next int) Change {
	if v, end, ok := lookup(s, i, 3, s.lex().changeVerbs); ok && end < next {
		return v.change
	}
	return NoChange
}

// A changeVerb is a row of change_verbs.tsv: what the amount after the
// verb states, and whether a word before a second number then introduces
// the level reached ("rose by 2 to 30").
type changeVerb struct {
	change Change
	level  bool
}

// The flags of change_verbs.tsv.
const (
	changeFlagBy    = "by"
	changeFlagTo    = "to"
	changeFlagLevel = "level"
)

// parseChangeVerbs reads the rows of change_verbs.tsv.
func parseChangeVerbs(rows map[string]string) map[string]changeVerb {
	m := make(map[string]changeVerb, len(rows))
	for k, v := range rows {
		var cv changeVerb
		for _, f := range strings.Fields(v) {
			switch f {
			case changeFlagBy:
				cv.change = ChangeBy
			case changeFlagTo:
				cv.change = ChangeTo
			case changeFlagLevel:
				cv.level = true
			}
		}
		m[k] = cv
	}
	return m
}

// changeVerbBefore returns where the change verb that ends at token i
// starts.
func (s *scanner) changeVerbBefore(i int) (int, bool) {
	_, k, ok := phraseBefore(s, i, s.lex().changeVerbs)
	return k, ok
}

// phraseBefore returns the value of the phrase of table, of up to three
// words, that ends just before token i, and the token it starts at.
func phraseBefore[T any](s *scanner, i int, table *phraseTable[T]) (T, int, bool) {
	var zero T
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.toks[k].kind != tWord {
			return zero, i, false
		}
		if v, next, ok := lookup(s, k, 3, table); ok && next == i {
			return v, k, true
		}
	}
	return zero, i, false
}

// subjectUnit finds the nearest noun before token verb that names what a
// change counts: "death toll", "số ca nhiễm" (cases). A longer noun that
// ends there too wins: "missing people" over "people". It stops at a
// number or at punctuation, which ends the clause.
func (s *scanner) subjectUnit(verb int, changeNounsOnly bool) (string, bool) {
	unit, end := "", -1
	for k := verb - 1; k >= 0 && k >= verb-changeReach; k-- {
		if s.toks[k].kind != tWord || end >= 0 && k < end-4 {
			break
		}
		if u, next, ok := s.subjectAt(k, verb, changeNounsOnly); ok && next >= end {
			unit, end = u, next
		}
	}
	return unit, end >= 0
}

// subjectAt reads a noun of change_nouns.tsv or of the unit table at token
// k that ends at or before token verb.
func (s *scanner) subjectAt(k, verb int, changeNounsOnly bool) (string, int, bool) {
	if u, next, ok := lookup(s, k, 3, s.lex().changeNouns); ok && next <= verb {
		return u, next, true
	}
	if changeNounsOnly {
		return "", k, false
	}
	table := s.lang.units
	if u, next, ok := lookup(s, k, 4, table); ok && next <= verb {
		return u, next, true
	}
	return "", k, false
}

// verbUnit returns the unit of a count that is the object of a verb of
// count_verbs.tsv ending just before token i: "the blast killed six",
// "injuring 12" count the dead and the injured.
func (s *scanner) verbUnit(i int) (string, bool) {
	u, _, ok := phraseBefore(s, i, s.lex().countVerbs)
	return u, ok
}
