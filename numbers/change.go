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

// levelAfter reports whether a verb of change_verbs.tsv ends before
// token i after which the second of two amounts, first and to, is the
// level reached, not the end of a range: a verb with the flag "level"
// ("fell by two to 30"), or one said bare when the level is ten times
// the change or more ("fell VND420 to VND21,350", "rose 1.5% to 25.3%";
// near ends are a range of the change, "rose 10 to 20 percent").
func (s *scanner) levelAfter(i int, first, to amt) bool {
	v, ok := s.changeAt(i, true)
	return ok && (v.level || v.bare && !nearEnds(first.n, to.n))
}

// changeAt returns the verb of change_verbs.tsv that ends just before
// token i, where an amount starts, or, when across, one that reaches it
// across its object (changeAcross): what the amount states (the change
// or the level reached) and which way the change goes.
func (s *scanner) changeAt(i int, across bool) (changeVerb, bool) {
	if !s.verbStartsNear(i) {
		return changeVerb{}, false // most amounts: emit asks at each
	}
	if v, _, ok := s.verbBefore(i); ok {
		if across && s.linkBefore(i) {
			// A verb that is also a link ("thêm") joins a verb before
			// its object, which gives the direction: "giảm lãi suất
			// thêm 0,25 điểm".
			if w, ok := s.changeAcross(i); ok {
				return w, true
			}
		}
		return v, true
	}
	if !across {
		return changeVerb{}, false
	}
	return s.changeAcross(i)
}

// verbReach is how many tokens before an amount the first word of a verb
// that changeAt reads may stand: three words (verbBefore), or a verb of
// three words before an object of objectReach words and a link of two
// (changeAcross).
const verbReach = 3 + objectReach + 2

// verbStartsNear reports whether one of the verbReach tokens before token
// i may start a phrase of change_verbs.tsv, by its index bit: without one,
// changeAt finds no verb, as each of its look-ups begins with that test
// (phraseBefore, lookup).
func (s *scanner) verbStartsNear(i int) bool {
	verbs := s.lex().changeVerbs
	if verbs.bit == 0 {
		return true
	}
	for k := max(i-verbReach, 0); k < min(i, len(s.toks)); k++ {
		if s.toks[k].firsts&verbs.bit != 0 {
			return true
		}
	}
	return false
}

// verbBefore returns the verb of change_verbs.tsv that ends just before
// token i, and the token it starts at; a verb read only across its
// object ("raised" in "raised VND100 billion") is none.
func (s *scanner) verbBefore(i int) (changeVerb, int, bool) {
	v, k, ok := phraseBefore(s, i, 3, s.lex().changeVerbs)
	if !ok || v.objectOnly() {
		return changeVerb{}, i, false
	}
	return v, k, true
}

// linkBefore reports a word of change_links.tsv that ends just before
// token i.
func (s *scanner) linkBefore(i int) bool {
	_, _, ok := phraseBefore(s, i, 2, s.lex().changeLinks)
	return ok
}

// objectReach bounds the words of the object between a verb of change and
// the word that joins its amount: "raised [its ring prices] by".
const objectReach = 4

// changeAcross reads a verb of change whose object stands between it and
// the amount at token i: "raised its ring prices by VND1.5 million", "cut
// its lending rate to 4.5%". A word of change_links.tsv ends just before
// i and says what the amount states, and a verb flagged object in
// change_verbs.tsv ends at most objectReach words before that word, with
// only words between them. Where the language lets the amount follow the
// object with no such word (conventions.tsv object-amounts: "tăng lương
// 7%"), the verb says what the amount states.
func (s *scanner) changeAcross(i int) (changeVerb, bool) {
	link, k, ok := phraseBefore(s, i, 2, s.lex().changeLinks)
	if !ok && !s.lang.conv.objectAmounts {
		return changeVerb{}, false
	}
	v, ok := s.verbOfObject(k)
	if !ok {
		return changeVerb{}, false
	}
	if k == i { // no link: the verb's own reading
		return v, true
	}
	link.trend = v.trend
	return link, true
}

// verbOfObject returns the verb flagged object in change_verbs.tsv whose
// object, of one to objectReach words, ends just before token k. An
// object opens with no word of object_stops.tsv: in "cut the number of
// chicks they raise in June and July by 15%", "raise" has none.
func (s *scanner) verbOfObject(k int) (changeVerb, bool) {
	for end := k - 1; end >= 1 && end >= k-objectReach && s.toks[end].kind == tWord; end-- {
		if v, _, ok := phraseBefore(s, end, 3, s.lex().changeVerbs); ok && v.object && !s.objectStopAt(end) {
			return v, true
		}
	}
	return changeVerb{}, false
}

// objectStopAt reports a word of object_stops.tsv at token k.
func (s *scanner) objectStopAt(k int) bool {
	_, _, ok := lookup(s, k, 1, s.lex().objectStops)
	return ok
}

// changeWithin returns the verb of change that opens a mention over
// tokens [i, next) itself, as a qualifier may ("edges up to 3.27%",
// qualifiers.tsv, exact): the amount is the level reached.
func (s *scanner) changeWithin(i, next int) changeVerb {
	if !startsIn(s, i, s.lex().changeVerbs) {
		return changeVerb{} // emit asks at every mention
	}
	if v, end, ok := lookup(s, i, 3, s.lex().changeVerbs); ok && end < next && !v.bare && !v.objectOnly() {
		return v
	}
	return changeVerb{}
}

// markChange sets what the amount m, read at tokens [i, next), states
// after a verb of change, and which way the change goes; a plus sign
// glued before the digits says up ("(+9%)"), and a minus sign that opens
// a percentage in brackets says down, as the plus does up ("giảm 0,45
// điểm (-0,19%)" is a fall of 0.19%, as "fell 0.45 points, or 0.19 per
// cent" says).
func (s *scanner) markChange(m *Mention, i, next int) {
	// A date after an object and "by" is a deadline: "raised funds for
	// its plant by 2027".
	dated := m.Kind == Date || m.Kind == DateRange
	v, _ := s.changeAt(i, !dated)
	if dated && v.bare {
		v = changeVerb{} // "rose from September": when, not how much
	}
	if w := s.changeWithin(i, next); v.change == NoChange && (w.change != NoChange || w.trend != NoTrend) {
		v = w
	}
	m.Change, m.Trend = v.change, v.trend
	switch {
	case m.Trend != NoTrend:
	case s.isPunct(i-1, "+") && s.glued(i) && s.tok(i).kind == tNum:
		m.Trend = Up
	case s.bracketedFall(m, i):
		m.Trend, m.Value = Down, m.Value.Neg()
	}
}

// bracketedFall reports a negative percentage m, its minus sign at token
// i, right after an opening bracket: "(-0,19%)".
func (s *scanner) bracketedFall(m *Mention, i int) bool {
	return m.Kind == Percent && !m.Range && m.Value.Sign() < 0 && s.isPunct(i, "-") && s.isPunct(i-1, "(")
}

// A changeVerb is a row of change_verbs.tsv: what the amount after the
// verb states, and whether a word before a second number then introduces
// the level reached ("rose by 2 to 30").
type changeVerb struct {
	change Change
	trend  Trend
	level  bool
	bare   bool // said without "by" or "to": marks the change, reads nothing after it
	object bool // may take an object before a word of change_links.tsv: "raised [its prices] by"
}

// objectOnly reports a verb read only across its object: "raised" says
// nothing of "raised VND100 billion" (funds raised), but "raised its
// prices by VND1.5 million" is a rise.
func (v changeVerb) objectOnly() bool {
	return v.object && v.change == NoChange && !v.bare
}

// The flags of change_verbs.tsv.
const (
	changeFlagBy    = "by"
	changeFlagTo    = "to"
	changeFlagLevel = "level"
	changeFlagBare  = "bare"
	changeFlagUp    = "up"
	changeFlagDown  = "down"
	changeFlagObj   = "object"
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
			case changeFlagBare:
				cv.bare = true
			case changeFlagUp:
				cv.trend = Up
			case changeFlagDown:
				cv.trend = Down
			case changeFlagObj:
				cv.object = true
			}
		}
		m[k] = cv
	}
	return m
}

// baseFlagAfterChange is the flag of base_openers.tsv that makes a phrase
// open a base only right after an amount of change.
const baseFlagAfterChange = "after-change"

// parseBaseOpeners reads the rows of base_openers.tsv: whether each
// phrase opens a base only right after an amount of change.
func parseBaseOpeners(rows map[string]string) map[string]bool {
	m := make(map[string]bool, len(rows))
	for k, v := range rows {
		m[k] = v == baseFlagAfterChange
	}
	return m
}

// markBase marks the date m, read at tokens [i, next), as the base a
// change is measured from ("so với tháng 9", "compared with September"):
// a phrase of base_openers.tsv ends just before its text, or opens it
// where the date rule read the phrase as its own ("up 1.2 years from
// 2019", read as since 2019, is 2019).
func (s *scanner) markBase(m *Mention, i, next int) {
	j := s.tokenAt(i, m.Start)
	table := s.lex().baseOpeners
	if afterChange, k, ok := phraseBefore(s, j, 4, table); ok && s.opensBase(m, k, afterChange) {
		m.Change = ChangeFrom
		return
	}
	if afterChange, end, ok := lookup(s, j, 4, table); ok && end < next && s.opensBase(m, j, afterChange) {
		m.Change, m.Qualifier, m.Start = ChangeFrom, Exact, s.toks[end].start
	}
}

// opensBase reports whether a phrase of base_openers.tsv at token k opens
// the base m. A phrase flagged after-change does only right after a
// change or a percentage, and only of a period ("rose 4.15% from
// September", "up 4 percentage points from 2024"): a day after it is
// when the change takes effect ("cut to 20% per trip from April 1"), and
// elsewhere the phrase opens a period ("from September to November").
func (s *scanner) opensBase(m *Mention, k int, afterChange bool) bool {
	if !afterChange {
		return true
	}
	n := len(s.out)
	if n == 0 || k == 0 || s.out[n-1].End != s.toks[k-1].end || m.Date.Grain == NoGrain || m.Date.Grain >= GrainDay {
		return false
	}
	prev := &s.out[n-1]
	return prev.Change != NoChange || prev.Kind == Percent || prev.Kind == PercentPoint
}

// changeVerbBefore returns where the change verb that ends at token i
// starts; a bare verb ("rose 4.15%") is none here, as it reads nothing
// after it.
func (s *scanner) changeVerbBefore(i int) (int, bool) {
	v, k, ok := s.verbBefore(i)
	return k, ok && !v.bare
}

// phraseBefore returns the value of the phrase of table, of up to n
// words, that ends just before token i, and the token it starts at.
func phraseBefore[T any](s *scanner, i, n int, table *phraseTable[T]) (T, int, bool) {
	var zero T
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if s.toks[k].kind != tWord {
			return zero, i, false
		}
		if !startsIn(s, k, table) {
			continue
		}
		if v, next, ok := lookup(s, k, n, table); ok && next == i {
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
	u, _, ok := phraseBefore(s, i, 3, s.lex().countVerbs)
	return u, ok
}
