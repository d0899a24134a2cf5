package numbers

// Vague amounts: a scale word said as a plural states an order of
// magnitude, not a figure. "Hàng trăm người" and "hundreds of people" are
// both some hundreds of people, and "thousands" is another amount, so
// that a version that turns hundreds into thousands differs from the
// other. The phrases and their magnitudes are data (vague_plurals.tsv);
// "vài" and "a few", with none, state nothing.

// parseMagnitudes reads vague_plurals.tsv: a phrase and its order of
// magnitude, a power of ten ("hàng trăm" 100), or none. A value that does
// not parse counts as none (TestVaguePlurals checks there is no such
// value).
func parseMagnitudes(rows map[string]string) map[string]Decimal {
	m := make(map[string]Decimal, len(rows))
	for k, v := range rows {
		d, err := ParseDecimal(v)
		if v == "" || err != nil || d.Sign() < 0 {
			d = Decimal{}
		}
		m[k] = d
	}
	return m
}

// vagueAmount reads a vague amount at token i: a vague plural with an
// order of magnitude, the scale words and vague plurals that multiply it
// ("hàng chục nghìn", "hundreds of millions of"), and the currency, unit
// or noun of what it counts ("hàng chục tỷ đồng", "hundreds of
// people"). The mention is the range from the magnitude to ten times it,
// approximate: "hàng trăm người" is 100 to 1,000 people.
func (s *scanner) vagueAmount(i int, m *Mention) (int, bool) {
	lo, k, ok := s.magnitudeAt(i)
	if !ok {
		return i, false
	}
	for {
		if more, next, ok := s.magnitudeAt(k); ok {
			if v, ok := lo.Mul(more); ok {
				lo, k = v, next
				continue
			}
		}
		if e, next, ok := lookup(s, k, 1, s.scaleTable()); ok {
			if v, ok := lo.Shift(e); ok {
				lo, k = v, next
				continue
			}
		}
		break
	}
	hi, ok := lo.Shift(1)
	if !ok {
		return i, false
	}
	a, end := s.afterNumber(amt{n: num{val: lo, next: k, words: true}, kind: Number}, k)
	*m = Mention{Kind: a.kind, Qualifier: Approx, Written: WrittenWords, Range: true, Value: lo, From: lo, To: hi,
		Currency: a.currency, Unit: a.unit, Per: a.per}
	s.span(m, i, end)
	return end, true
}

// magnitudeAt reads a vague plural with an order of magnitude at token k.
func (s *scanner) magnitudeAt(k int) (Decimal, int, bool) {
	mag, next, ok := lookup(s, k, 3, s.lex().plurals)
	if !ok || mag.IsZero() {
		return Decimal{}, k, false
	}
	return mag, next, true
}
