package numbers

import "strings"

// Amounts stated relative to an earlier one: "Monthly passes cost
// VND200,000, and half that for students", "twice that in 2025", "a third
// of that", "học sinh bằng một nửa", "gấp đôi con số này", "cao gấp
// rưỡi". A multiplier followed by a back-reference (or, in Vietnamese, a
// multiplier that makes the comparison by itself at the end of a clause)
// is read as the nearest earlier count, amount of money or percentage of
// the same sentence, or of the sentence before when this one has none,
// times the multiplier: kind, currency, unit, rate and qualifier come from
// that antecedent, Factor says by how much it was multiplied. With no
// antecedent in reach, or when the phrase stands in apposition to the
// antecedent ("Rents rose to VND8 million, double that in 2020": the
// antecedent is the product, not the base), nothing is derived: Extract
// never guesses an amount, and the words give what they state ("a
// third", "twice").
//
// A multiplier with no back-reference that derives nothing (a verb of
// change before it, "tăng gấp đôi", makes it a growth ratio; a
// comparand of its own, "gấp đôi so với cùng kỳ"; no antecedent in
// reach) states a multiple by itself: a Number of unit Times ("gấp
// đôi", "tăng 3 lần", "nearly three times", "doubled"). A part ("bằng
// một nửa", "halved") is the plain fraction, as "half" is.
//
// The words are data: lang/*/relative_factors.tsv (the multipliers),
// relative_times.tsv ("times", "gấp ... lần"), relative_refs.tsv (the
// back-references) and relative_after.tsv (what may follow them).

// Times is the Unit of a multiple stated by itself: "gấp đôi", "tăng 3
// lần", "three times", "doubled". Value is the factor.
const Times = "times"

// The values of relative_times.tsv, relative_refs.tsv and
// relative_after.tsv, and the flags of relative_factors.tsv.
const (
	relBefore    = "before"      // a times word before its number: gấp 3
	relAfter     = "after"       // a times word after its number: three times
	relAlone     = "alone"       // the multiplier compares by itself at a clause end
	relOpen      = "open"        // a bare demonstrative: needs a go word after it
	relGo        = "go"          // the clause goes on about the derived amount
	relStop      = "stop"        // the comparison names a comparand of its own
	relAdjective = "adjective"   // a multiplier that is an adjective too: "a double blow", "double-digit"
	relAltOnly   = "alternative" // a multiple only before "or" and another: "once or twice"
)

// A relFactor is a multiplier: Num/Den, exact.
type relFactor struct {
	num       Decimal
	den       int64
	alone     bool // makes the comparison by itself at the end of a clause
	adjective bool // an adjective too: a multiple only where it is no adjective ("prices double")
	altOnly   bool // a multiple only as the first of alternatives ("once or twice")
}

// parseRelFactors reads relative_factors.tsv: "1/2", "3", "3/2 alone", "2 adjective".
// Entries whose value does not parse are left out (TestRelativeFiles
// checks there are none).
func parseRelFactors(rows map[string]string) map[string]relFactor {
	m := make(map[string]relFactor, len(rows))
	for k, v := range rows {
		if f, ok := parseRelFactor(v); ok {
			m[k] = f
		}
	}
	return m
}

func parseRelFactor(v string) (relFactor, bool) {
	fields := strings.Fields(v)
	if len(fields) == 0 {
		return relFactor{}, false
	}
	n, d, _ := strings.Cut(fields[0], "/")
	num, err := ParseDecimal(n)
	if err != nil || num.Sign() <= 0 {
		return relFactor{}, false
	}
	f := relFactor{num: num, den: 1}
	for _, flag := range fields[1:] {
		switch flag {
		case relAlone:
			f.alone = true
		case relAdjective:
			f.adjective = true
		case relAltOnly:
			f.altOnly = true
		default:
			return relFactor{}, false
		}
	}
	if d != "" {
		den, err := ParseDecimal(d)
		di, ok := den.Int64()
		if err != nil || !ok || di <= 0 {
			return relFactor{}, false
		}
		f.den = di
	}
	return f, true
}

// relTimesAt returns the entries of relative_times.tsv whose value
// starts with pos, "before" or "after".
func relTimesAt(rows map[string]string, pos string) map[string]string {
	m := map[string]string{}
	for k, v := range rows {
		if strings.HasPrefix(v, pos) {
			m[k] = v
		}
	}
	return m
}

// value returns the factor as a decimal (rounded when it does not end).
func (f relFactor) value() Decimal {
	v, _ := f.apply(decimalOf(1))
	return v
}

// apply returns v × Num / Den.
func (f relFactor) apply(v Decimal) (Decimal, bool) {
	p, ok := v.Mul(f.num)
	if !ok || f.den == 1 {
		return p, ok
	}
	return p.div(decimalOf(f.den))
}

// An antecedent is the last count, amount or percentage Extract found on
// the line: the mention, the sentence it is in and the token after it.
type antecedent struct {
	idx  int // index in s.out; -1: none
	sent int // sentence of the line it starts in
	end  int // the token after it
}

// A sentTrack counts the sentence ends of the line read so far, so that a
// back-reference reaches the sentence before and no further. It only
// moves forward: the line is read once.
type sentTrack struct {
	tok    int // sentence ends before this token are counted
	sent   int // how many
	clause int // the token after the last clause break before tok; 0: none
}

// sentenceAt returns the sentence (0, 1, ...) of the line that token i is
// in. i must not decrease between calls for one line.
func (s *scanner) sentenceAt(i int) int {
	st := &s.sents
	end := min(i, len(s.toks))
	for k := st.tok; k < end; k++ {
		// A local index: the loop passes over every token of the line,
		// most of them words, and one kept in st was a load and a store
		// at each.
		if s.toks[k].kind != tPunct {
			continue
		}
		if s.sentenceEnd(k) {
			st.sent++
		}
		if s.clauseBreak(k) {
			st.clause = k + 1
		}
	}
	st.tok = max(st.tok, end)
	return st.sent
}

// clauseBreak reports whether token k ends a clause: a comma, semicolon,
// colon, closing parenthesis, a spaced dash or a sentence end.
func (s *scanner) clauseBreak(k int) bool {
	t := &s.toks[k]
	if t.kind != tPunct {
		return false
	}
	switch t.low {
	case ",", ";", ":", ")", "!", "?", "…":
		return true
	case "-", "–", "—":
		return t.space
	}
	return s.sentenceEnd(k)
}

// sentenceEnd reports whether token k ends a sentence: a full stop,
// question or exclamation mark before a space and a capital.
func (s *scanner) sentenceEnd(k int) bool {
	t := &s.toks[k]
	if t.kind != tPunct || t.low != "." && t.low != "!" && t.low != "?" && t.low != "…" {
		return false
	}
	n := s.tok(k + 1)
	return n.kind == tWord && n.space && n.upper
}

// writtenIn says how the tokens [i, next) of m write it: with digits if
// any token is digits; by the indefinite article alone ("a month", "an
// hour") for a value of one with such a word among them; with words
// otherwise.
func (s *scanner) writtenIn(m *Mention, i, next int) Written {
	article := false
	for k := i; k < next; k++ {
		if s.toks[k].kind == tNum {
			return WrittenDigits
		}
		article = article || s.cue(k, dcIndefinite)
	}
	if article && !m.Range && m.Value.Equal(decimalOf(1)) {
		return WrittenArticle
	}
	return WrittenWords
}

// emit adds m, read at tokens [i, next), to the result, and remembers it
// as the antecedent of a later relative amount if it can be one. It sets
// m's Text and Written; m is taken by pointer, as a Mention is large.
func (s *scanner) emit(m *Mention, i, next int) {
	s.elidedPeriod(m, i, next)
	s.signBefore(m, i)
	inYears(m)
	s.markChange(m, i, next)
	if m.Kind == Date {
		s.markBase(m, i, next)
	}
	m.Text = s.text[m.Start:m.End]
	m.Written = s.writtenIn(m, i, next)
	s.unitSenseOf(m, i)
	s.apposedUnit(m, i, next)
	s.markRest(m, i, next)
	s.noteDay(m)
	s.noteYear(m)
	s.notePeriod(m, i)
	if s.out == nil {
		s.out = make([]Mention, 0, estimateMentions(s.text))
	}
	s.out = append(s.out, *m)
	if canAntecede(m) {
		s.ant = antecedent{idx: len(s.out) - 1, sent: s.sentenceAt(i), end: next}
	}
}

// canAntecede reports whether m can be the earlier amount of a relative
// one: a count, an amount of money or a percentage stated outright, but
// not a number in words that counts no noun ("the second one made twice
// that": "one" is a pronoun). A derived amount is none (nor a part,
// whose whole comes after it and is the nearer): in "vé cả ngày
// gấp 4 lần, vé tháng gấp 20 lần" both multiply the fare before them.
func canAntecede(m *Mention) bool {
	if !m.Factor.IsZero() || m.Unit == Times {
		return false
	}
	switch m.Kind {
	case Money, Percent:
		return true
	case Number:
		return m.Unit != "" || strings.ContainsAny(m.Text, "0123456789")
	}
	return false
}

// relativeAt reads a relative amount whose multiplier is a word of
// relative_factors.tsv or starts with a times word before its number
// ("gấp 3 lần"). When it derives one it writes the amount into m and
// returns the index after the phrase; next == i, ok false when token i
// starts none or no antecedent is in reach (the other rules then read what
// the words state: "twice", "a third"). It writes m only then, as the
// rules of at do: most tokens it is tried at derive nothing, and a zero
// Mention returned from each cost more than its first tests.
func (s *scanner) relativeAt(i int, m *Mention) (next int, ok bool) {
	q, f, j, found := s.factorAt(i)
	if !found || f.altOnly {
		return i, false // "Once that figure is reached" derives nothing
	}
	end, found := s.relRef(j, f.alone)
	if !found || s.changeBefore(i) {
		return i, false
	}
	d, ok := s.derive(f, q, i, end, end == j)
	if !ok {
		// Nothing in reach: the multiplier is what the text states
		// (multiple, fraction): "only a third of that in 2019".
		return i, false
	}
	*m = d
	return end, true
}

// afterName reports whether the word before token i is capitalised
// inside a sentence, a name: "Xuân Son double" is his brace of goals.
func (s *scanner) afterName(i int) bool {
	if i < 2 {
		return false
	}
	p := s.tok(i - 1)
	return p.kind == tWord && p.upper && !s.sentenceEnd(i-2) && s.tok(i-2).kind == tWord
}

// A factorMemo is the multiplier read at one token of the line by
// factorAt, which relativeAt and then multiple ask for at the same token.
type factorMemo struct {
	valid bool
	i     int // the token
	q     Qualifier
	f     relFactor
	next  int
	ok    bool
}

// factorAt reads the multiplier at token i and the qualifier before it,
// if any: "gấp đôi", "about half", "gần gấp 3 lần". It returns the token
// after the multiplier, and nothing past the end of the line ("once or"
// as its last words). It reads each token once (factorMemo).
func (s *scanner) factorAt(i int) (q Qualifier, f relFactor, next int, ok bool) {
	if i >= len(s.toks) || s.toks[i].firsts&bitRelative == 0 && !s.qualifiesRelative(i) {
		return Exact, relFactor{}, i, false // most tokens: no look-up, no memo
	}
	m := &s.factorMemo
	if !m.valid || m.i != i {
		q, f, next, ok = s.readFactor(i)
		*m = factorMemo{valid: true, i: i, q: q, f: f, next: next, ok: ok}
	}
	return m.q, m.f, m.next, m.ok
}

// readFactor is factorAt without the memo.
func (s *scanner) readFactor(i int) (q Qualifier, f relFactor, next int, ok bool) {
	j := i
	if s.toks[i].firsts&bitRelative == 0 {
		// A qualifier of its own: "about half that" (factorAt tested
		// qualifiesRelative).
		q, j, _ = s.qualifierAt(i, 6)
		if s.tok(j).firsts&bitRelative == 0 {
			return Exact, relFactor{}, i, false
		}
	}
	f, next, ok = s.relFactorAt(j)
	return q, f, next, ok
}

// multiple reads a multiplier at token i that states a multiple by
// itself, deriving no amount (relativeAt tried first): "gấp đôi", "gần
// gấp 3 lần", "twice", "doubled", "prices double" are Numbers of unit
// Times. A multiplier of relative_factors.tsv flagged "adjective"
// ("double") is none after an article, a possessive or a name, or before
// a hyphen ("a double blow", "the double", "his double", "Van Long's
// double", "Xuân Son double", "double-digit"), and a part ("a third", "một
// nửa") is the fraction rule's to read, as a plain number, where it is
// one. A period after the multiple makes it a frequency ("twice a
// week"), which "once" is too ("once a week"), though alone it opens
// clauses.
func (s *scanner) multiple(i int, m *Mention) (int, bool) {
	q, f, next, ok := s.factorAt(i)
	if !ok || f.num.Cmp(decimalOf(f.den)) < 0 {
		return i, false
	}
	if f.adjective && (s.cue(i-1, dcArticle|dcIndefinite) || s.possessiveBefore(i) || s.compoundHyphen(next) || s.afterName(i)) {
		return i, false
	}
	*m = Mention{Kind: Number, Value: f.value(), Qualifier: q, Unit: Times}
	alternative := false
	if to, end, ok := s.alternativeMultiple(next, f); ok {
		m.Range, m.From, m.To, next, alternative = true, m.Value, to, end, true // "once or twice"
	}
	if per, end, ok := s.periodPer(next); ok {
		m.Per, next = per, end // "twice a week", "once or twice a month"
	} else if f.altOnly && !alternative {
		return i, false // "once" alone opens clauses: "once the bridge opens"
	}
	s.span(m, i, next)
	return next, true
}

// alternativeMultiple reads, at token k after the multiple f, a word of
// alternatives (range_links.tsv, flag near) and a greater multiple:
// "once or twice" is one to two times.
func (s *scanner) alternativeMultiple(k int, f relFactor) (Decimal, int, bool) {
	if s.tok(k).kind != tWord || !s.amountLinks().near.at(s.wordLow(k)) {
		return Decimal{}, k, false
	}
	_, f2, next, ok := s.factorAt(k + 1)
	if !ok || f2.value().Cmp(f.value()) <= 0 || f2.num.Cmp(decimalOf(f2.den)) < 0 {
		return Decimal{}, k, false
	}
	return f2.value(), next, true
}

// possessiveBefore reports a word of possessives.tsv right before token
// i: "his double", "Van Long's double". One glued to the word before it
// is a clitic, the possessive only after a name: "It's double the price"
// says "is".
func (s *scanner) possessiveBefore(i int) bool {
	if i < 1 || s.tok(i-1).kind != tWord || !s.lex().possessives.at(s.tok(i-1).low) {
		return false
	}
	return !s.glued(i-1) || s.afterName(i-2)
}

// qualifiesRelative reports whether token i may start a qualifier with
// a multiplier after it: a cheap test of the index bits, so that the
// qualifier is looked up only where a multiplier follows it closely.
func (s *scanner) qualifiesRelative(i int) bool {
	if s.toks[i].firsts&bitQualifiers == 0 {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+relQualifierReach; k++ {
		if s.toks[k].firsts&bitRelative != 0 {
			return true
		}
	}
	return false
}

// relQualifierReach bounds the tokens of a qualifier before a
// multiplier: "more than", "không quá", "as much as".
const relQualifierReach = 4

// relFactorAt reads the multiplier at token i: a phrase of
// relative_factors.tsv, or a times word before a number, with the times
// word after it if there is one ("gấp 3 lần", "gấp ba").
func (s *scanner) relFactorAt(i int) (relFactor, int, bool) {
	lx := s.lex()
	if f, next, ok := lookup(s, i, 4, lx.relFactors); ok {
		return f, next, true
	}
	pos, j, ok := lookup(s, i, 2, lx.timesBefore)
	if !ok {
		return relFactor{}, i, false
	}
	n, ok := s.parseNum(j, numOpts{noCont: true})
	if !ok || n.val.Sign() <= 0 {
		return relFactor{}, i, false
	}
	j = n.next
	if _, _, ok := lookup(s, j, 3, s.percents()); ok {
		return relFactor{}, i, false // "a load factor of 86.4%": a percentage
	}
	if _, next, ok := lookup(s, j, 2, lx.timesAfter); ok {
		j = next
	}
	return relFactor{num: n.val, den: 1, alone: strings.HasSuffix(pos, relAlone)}, j, true
}

// relativeAfter reads a relative amount whose multiplier is the number m
// just read at tokens [i, next) followed by a times word ("three times
// that", "about 2.5 times this figure"), replaces *m with it and returns
// the index after the phrase. With no back-reference, no antecedent in
// reach, or a verb of change before, *m becomes the multiple it states
// ("tăng 3 lần", "three times higher"): unit Times, the times word in
// its span. It returns next, leaving *m alone, when no times word
// follows. m is a pointer because nearly every mention is offered here
// and a Mention is large.
func (s *scanner) relativeAfter(m *Mention, i, next int) int {
	if m.Kind != Number || m.Unit != "" || m.Value.Sign() <= 0 {
		return next
	}
	_, j, ok := lookup(s, next, 2, s.lex().timesAfter)
	if !ok {
		return next
	}
	if end, ok := s.relRef(j, false); ok && !m.Range && !s.changeBefore(i) {
		if d, ok := s.derive(relFactor{num: m.Value, den: 1}, m.Qualifier, i, end, false); ok {
			*m = d
			return end
		}
	}
	// A multiple stated by itself: "tăng 3 lần", "2-3 times higher"; a
	// frequency with the period it is counted in: "three times a week".
	m.Unit = Times
	if per, end, ok := s.periodPer(j); ok {
		m.Per, j = per, end
	}
	s.span(m, i, j)
	return j
}

// periodPer reads at token k the period a count of times is counted in:
// "a week" of "three times a week", "mỗi tháng".
func (s *scanner) periodPer(k int) (string, int, bool) {
	if per, end, ok := s.perUnit(k); ok && timeUnits[per] {
		return per, end, true
	}
	return "", k, false
}

// relRef reads the back-reference at token j and returns the index after
// it. A multiplier that stands alone needs none at the end of a clause.
func (s *scanner) relRef(j int, alone bool) (int, bool) {
	lx := s.lex()
	kind, end, ok := lookup(s, j, 4, lx.relRefs)
	if !ok {
		return j, alone && s.relGoes(j)
	}
	after, _, found := lookup(s, end, 4, lx.relNext)
	switch {
	case found && after == relStop:
		return j, false
	case kind == relOpen:
		return end, s.relGoes(end)
	}
	return end, true
}

// relGoes reports whether the clause goes on about the derived amount at
// token j: the line ends, or a word of relative_after.tsv marked "go"
// follows (and no longer phrase marked "stop").
func (s *scanner) relGoes(j int) bool {
	if j >= len(s.toks) {
		return true
	}
	v, _, ok := lookup(s, j, 4, s.lex().relNext)
	return ok && v == relGo
}

// changeBefore reports whether a verb of change ends just before token i:
// "tăng gấp đôi" is a growth ratio, not an amount.
func (s *scanner) changeBefore(i int) bool {
	_, ok := s.changeVerbBefore(i)
	return ok
}

// derive makes the relative amount at tokens [i, end) from the
// antecedent in reach, and reports false when there is none. A
// multiplier alone (no back-reference) reaches only past a clause break.
func (s *scanner) derive(f relFactor, q Qualifier, i, end int, alone bool) (Mention, bool) {
	a, ok := s.antecedentFor(i, alone)
	if !ok {
		return Mention{}, false
	}
	m := Mention{Kind: a.Kind, Currency: a.Currency, Unit: a.Unit, Per: a.Per, Qualifier: a.Qualifier, Range: a.Range}
	if q != Exact {
		m.Qualifier = q
	}
	var okV, okF, okT bool
	m.Value, okV = f.apply(a.Value)
	m.From, okF = f.apply(a.From)
	m.To, okT = f.apply(a.To)
	if !okV || !okF || !okT {
		return Mention{}, false
	}
	m.Factor = f.value()
	s.span(&m, i, end)
	return m, true
}

// antecedentFor returns the mention a relative amount starting at token
// i refers back to: the last count, amount or percentage, in the same
// sentence or the one before, and not just before the phrase with only
// punctuation between (an apposition that describes it). With alone set,
// a clause break must stand between them: in "nhóm 60 tuổi cao gấp đôi"
// the 60 is not what is doubled.
func (s *scanner) antecedentFor(i int, alone bool) (Mention, bool) {
	a := s.ant
	if a.idx < 0 || a.idx >= len(s.out) || s.sentenceAt(i)-a.sent > 1 {
		return Mention{}, false
	}
	if s.apposition(a.end, i) || alone && s.sents.clause <= a.end {
		return Mention{}, false
	}
	return s.out[a.idx], true
}

// apposition reports whether only punctuation other than a sentence end
// stands between tokens from and to.
func (s *scanner) apposition(from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].kind != tPunct || s.sentenceEnd(k) {
			return false
		}
	}
	return true
}
