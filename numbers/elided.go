package numbers

// A rank that leaves out the noun of a period the sentence named just
// before it is that period: "GRDP rose 12.4% in the third quarter, after
// 11.2% in the first and 11.9% in the second" are the first and second
// quarters, "8% in the first half and 6% in the second" the second half.
// The words that open such a rank ("in the", "for the") are data:
// lang/*/elided_periods.tsv.

// A periodMemo is the last period of a year that a sentence of the line
// named: a quarter, or a half (six months from January or July).
type periodMemo struct {
	sent   int   // the sentence of the line it is in
	months int   // 3 for a quarter, 6 for a half; 0: none
	p      Point // its first point
	half   bool  // written as a span of months, as "the first half" is
}

// notePeriod records m, a mention just read at token i, when it names a
// quarter or a half of a year.
func (s *scanner) notePeriod(m *Mention, i int) {
	d := &m.Date
	switch {
	case m.Kind == Date && d.Grain == GrainQuarter:
		s.lastPeriod = periodMemo{sent: s.sentenceAt(i), months: 3, p: d.Point}
	case m.Kind == Date && d.Grain == GrainHalf:
		s.lastPeriod = periodMemo{sent: s.sentenceAt(i), months: 6, p: d.Point}
	case m.Kind == DateRange && d.Grain == GrainMonth && (d.Month == 1 || d.Month == 7) && d.End.Year == d.Year && d.End.Month == d.Month+5:
		s.lastPeriod = periodMemo{sent: s.sentenceAt(i), months: 6, p: d.Point, half: true}
	}
}

// elidedPeriod makes m, a rank read at tokens [i, next), the period of
// the year that the rank counts when it leaves out the noun of the
// period its sentence named last (periodMemo): a phrase of
// elided_periods.tsv ends just before it, and no word follows it but a
// word of a list (conjunctions.tsv) or a sign.
func (s *scanner) elidedPeriod(m *Mention, i, next int) {
	memo := s.lastPeriod
	if m.Kind != Ordinal || m.Unit != "" || memo.months == 0 || m.Value.Sign() <= 0 || memo.sent != s.sentenceAt(i) {
		return
	}
	n, ok := m.Value.Int64()
	if !ok || n > int64(12/memo.months) {
		return
	}
	if _, _, ok := phraseBefore(s, i, 3, s.lex().elidedPeriods); !ok || !s.nounless(next) {
		return
	}
	first := Point{Year: memo.p.Year, YearImplied: memo.p.YearImplied, Month: int8(n-1)*int8(memo.months) + 1, Grain: memo.p.Grain}
	*m = Mention{Start: m.Start, End: m.End, Kind: Date, Written: m.Written, Date: DateValue{Point: first}}
	if memo.half {
		m.Kind = DateRange
		m.Date.End = first
		m.Date.End.Month += 5
	}
}

// nounless reports whether no noun of a rank follows token next: the end
// of the line, a sign that is no letter, or a word of a list of
// conjunctions.tsv ("the first and the second").
func (s *scanner) nounless(next int) bool {
	return next >= len(s.toks) || s.toks[next].kind != tWord || s.amountLinks().list.at(s.wordLow(next))
}
