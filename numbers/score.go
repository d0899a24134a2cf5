package numbers

// score reads a match score at token i: two small numbers joined by a
// dash ("2-1", "0 - 3") with a cue word of the language's score table
// within a few words before ("thắng Lào 2-1", "beat Thailand 3-1") or
// after ("a 2-0 win"). The mention holds both sides as written: From is
// the first, To the second, and Value is From. Without a cue, "2-3 ngày"
// stays a range.
func (s *scanner) score(i int, m *Mention) (int, bool) {
	if !s.isPunct(i+1, "-") && !s.isPunct(i+1, ":") || !s.numberPair(i, maxScoreDigits) {
		return s.tiebreak(i, m)
	}
	if _, ok := s.tiebreakSet(i); ok && s.isPunct(i+3, ")") {
		return s.pairMention(m, Score, i), true // "7-6 (7-5)": the tiebreak in full
	}
	end := i + 3
	after := s.scoreCueAfter(end)
	if !after && !s.scoreCueBefore(i) || !after && s.measureAt(end) || s.isPunct(i+1, ":") && s.ampmAhead(end) {
		return i, false // no cue; "thua 2-3 kg", "lost 1-2%"; "beat the drum ... at 8:30 a.m.", a clock
	}
	return s.pairMention(m, Score, i), true
}

// maxScoreDigits bounds the digits of each side of a score.
const maxScoreDigits = 2

// A set of tennis won in a tiebreak is 7-6, and the number in brackets
// after it, "7-6(5)", is the points of the tiebreak's loser; its winner
// took tiebreakWin, or two more than the loser past that.
const (
	tiebreakSetWon  = 7
	tiebreakSetLost = 6
	tiebreakWin     = 7
)

// tiebreakSet returns the first side of the score of a set won in a
// tiebreak (7-6 or 6-7) that ends with an opening bracket just before
// token i, where the tiebreak's score stands.
func (s *scanner) tiebreakSet(i int) (first int64, ok bool) {
	if i < 4 || !s.isPunct(i-1, "(") || !s.isPunct(i-3, "-") || !s.numberPair(i-4, maxScoreDigits) {
		return 0, false
	}
	first, second := atoiSmall(s.tok(i-4).low), atoiSmall(s.tok(i-2).low)
	return first, first == tiebreakSetWon && second == tiebreakSetLost || first == tiebreakSetLost && second == tiebreakSetWon
}

// tiebreak reads, at token i, the loser's points of a tiebreak in
// brackets right after the score of its set, "7-6(5)" or "6-7 (4)", as
// the tiebreak's score, the set's winner first as the set gives it:
// 7-5, 4-7. Written in full ("7-6 (7-5)"), the tiebreak is read by score.
func (s *scanner) tiebreak(i int, m *Mention) (int, bool) {
	t := s.tok(i)
	first, ok := s.tiebreakSet(i)
	if !ok || t.kind != tNum || len(t.low) > maxScoreDigits || !s.isPunct(i+1, ")") {
		return i, false
	}
	lost := atoiSmall(t.low)
	won := max(tiebreakWin, lost+2)
	a, b := won, lost
	if first == tiebreakSetLost {
		a, b = lost, won
	}
	*m = Mention{Kind: Score, Value: decimalOf(a), From: decimalOf(a), To: decimalOf(b)}
	s.span(m, i, i+1)
	return i + 1, true
}

// numberPair reports whole numbers of at most maxDigits digits at tokens
// i and i+2, the sign between glued to both or spaced from both, that are
// no part of longer numbers: "2-1", "10 : 3"; not "1.2-3" nor "2-1/3".
func (s *scanner) numberPair(i, maxDigits int) bool {
	a, b := s.tok(i), s.tok(i+2)
	return a.kind == tNum && b.kind == tNum && len(a.low) <= maxDigits && len(b.low) <= maxDigits &&
		s.glued(i+1) == s.glued(i+2) && !s.numberBefore(i) && !s.numberContinues(i+2)
}

// pairMention makes m the mention of kind (a score or a ratio) of the
// numberPair at token i, both sides as written: From the first, To the
// second, and Value is From. It returns the token after it.
func (s *scanner) pairMention(m *Mention, kind Kind, i int) int {
	from := decimalOf(atoiSmall(s.tok(i).low))
	*m = Mention{Kind: kind, Value: from, From: from, To: decimalOf(atoiSmall(s.tok(i + 2).low))}
	s.span(m, i, i+3)
	return i + 3
}

// Where a score cue stands, as its data file says.
const (
	cueBefore = "before"
	cueAfter  = "after"
)

// scoreWindow is how many tokens a score cue may stand from the score,
// and scoreReachBefore how many before it, where the opponent's name and
// rank may stand between: "beat second seed Kanokwan Srisuk of Thailand
// 21-15".
const (
	scoreWindow      = 6
	scoreReachBefore = 10
	scoreListReach   = 2 * scoreReachBefore // from a score before, in the same sentence, to the next of its list
)

// scoreCueBefore reports whether a cue that may stand before a score
// ends within scoreReachBefore tokens before token i, in the same
// sentence; a bracket between is skipped: "đánh bại Kanokwan Srisuk
// (Thái Lan) 2-1". A score after another continues its list, after a
// comma ("21-15, 18-21, 21-19") or a few words ("Kyrgyzstan 2-0 ngày
// 23/3 trên sân Mỹ Đình và Lebanon 3-1").
func (s *scanner) scoreCueBefore(i int) bool {
	if s.isPunct(i-1, ",") && s.scoreEndsAt(i-1) {
		return true
	}
	limit := i - scoreReachBefore
	for k := i - 1; k >= 0 && k >= limit; k-- {
		if s.isPunct(k, ")") {
			open := s.bracketOpen(k, scoreReachBefore)
			limit -= k - open + 1 // the bracket counts no words
			k = open
			continue
		}
		if s.sentenceBreak(k) {
			return false
		}
		if w, next, ok := lookup(s, k, 3, s.lex().scoreCues); ok && next <= i && w != cueAfter {
			return true
		}
	}
	return s.scoreSince(max(0, i-scoreListReach), i) // a list of scores: "trước Kyrgyzstan 2-0 ngày 23/3 ... và Lebanon 3-1"
}

// scoreSince reports a score among the mentions read in tokens [from, i)
// of the line, with no sentence break after it.
func (s *scanner) scoreSince(from, i int) bool {
	if from >= i || from >= len(s.toks) {
		return false
	}
	start := s.toks[from].start
	for n := len(s.out) - 1; n >= 0 && s.out[n].Start >= start; n-- {
		if s.out[n].Kind == Score {
			return !s.breakAfter(s.out[n].End, i)
		}
	}
	return false
}

// breakAfter reports a sentence break between byte end and token i; a
// bracket between is none, as it is none in a list of scores ("hạt giống
// số 5 Hina Takagi (Nhật Bản) 21-19").
func (s *scanner) breakAfter(end, i int) bool {
	for k := i - 1; k >= 0 && s.toks[k].start >= end; k-- {
		if s.sentenceBreak(k) && !s.isPunct(k, "(") && !s.isPunct(k, ")") {
			return true
		}
	}
	return false
}

// scoreEndsAt reports whether the last mention read is a score that ends
// just before token k.
func (s *scanner) scoreEndsAt(k int) bool {
	if len(s.out) == 0 || k <= 0 {
		return false
	}
	m := &s.out[len(s.out)-1]
	return m.Kind == Score && m.End == s.toks[k-1].end
}

// bracketOpen returns the token of the "(" that the ")" at token k
// closes, within reach tokens; k itself when there is none.
func (s *scanner) bracketOpen(k, reach int) int {
	for j := k - 1; j >= 0 && j >= k-reach; j-- {
		if s.isPunct(j, "(") {
			return j
		}
	}
	return k
}

// scoreCueAfter reports whether a cue that may stand after a score starts
// within three tokens from token k: "a 2-0 win", "2-1 home win".
func (s *scanner) scoreCueAfter(k int) bool {
	for j := k; j < k+3 && j < len(s.toks); j++ {
		if s.sentenceBreak(j) {
			return false
		}
		if w, _, ok := lookup(s, j, 3, s.lex().scoreCues); ok && w != cueBefore {
			return true
		}
	}
	return false
}

// sentenceBreak reports whether token k ends a sentence or a clause.
func (s *scanner) sentenceBreak(k int) bool {
	t := s.tok(k)
	if t.kind != tPunct {
		return false
	}
	switch t.low {
	case ".", ";", "!", "?", "(", ")":
		return true
	}
	return false
}

// measureAt reports whether a percent sign, a currency or a unit follows
// at token k, which makes the numbers before it a measure.
func (s *scanner) measureAt(k int) bool {
	if _, _, ok := lookup(s, k, 3, s.percents()); ok {
		return true
	}
	if _, _, ok := lookup(s, k, 4, s.currencySuffixes()); ok {
		return true
	}
	if s.dbits(k)&dbDurUnit != 0 && !s.headsDayMonth(k) {
		return true // "thua 2-3 ngày"; not "thắng Kyrgyzstan 2-0 ngày 23/3"
	}
	table := s.lang.units
	_, _, ok := lookup(s, k, 4, table)
	return ok
}
