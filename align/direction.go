package align

import "github.com/factalign/factalign/numbers"

// conflictsOfDirection pairs the changes left after the agreements and
// the slips of a keystroke that go opposite ways by the same amount in
// aligned sentences ("Doanh thu tăng 5%" against "Revenue fell 5%", "(+6
// điểm %)" against "down 6 p.p."). The slot words keep a rise and a fall
// apart as two facts when their sizes differ; of one size, kind and unit,
// each the only such candidate of the other, they are one change said
// the wrong way. It comes before the search for conflicts of values,
// which would give the fall another figure of the bead ("bằng 58,3% dự
// toán" of the sentence an English lead merged in).
func (p *pairer) conflictsOfDirection() {
	var cands soleCandidates[int]
	for k := range p.beads {
		for _, x := range p.inA[k] {
			ax := &p.fa.items[x]
			if p.usedA[x] || ax.Number == nil || ax.Number.Trend == numbers.NoTrend && ax.Number.Value.Sign() >= 0 {
				continue
			}
			for _, y := range p.inB[k] {
				by := &p.fb.items[y]
				if p.usedB[y] || by.Number == nil || !oppositeTrends(ax.Number, by.Number) || !sameSize(ax, by) {
					continue
				}
				if v := p.judge(x, y); v.comparable && v.status == Conflict {
					cands.add(p.repA[x], p.repB[y], x, y, v)
				}
			}
		}
	}
	cands.each(func(c soleCandidate) {
		p.add(c.x, c.y, c.v, beadConfidence(p.beads[p.beadA[p.fa.items[c.x].Sentence]]))
	})
}

// sameSize reports two figures of one kind, unit and currency whose
// values are equal but for their signs.
func sameSize(a, b *Item) bool {
	x, y := a.Number, b.Number
	if x.Kind != y.Kind || x.Unit != y.Unit || x.Currency != y.Currency || x.Range || y.Range {
		return false
	}
	return x.Value.Equal(y.Value) || x.Value.Equal(y.Value.Neg())
}
