package align

import "github.com/factalign/factalign/numbers"

// conflictsOfDirection pairs the changes left after the agreements and
// the slips of a keystroke that go opposite ways by the same amount in
// aligned sentences ("Doanh thu tăng 5%" against "Revenue fell 5%", "(+6
// điểm %)" against "down 6 p.p."), and the figures of the same size said
// of the two sides of one measure (data/opposites.tsv: "lỗ 120 tỷ đồng"
// against "a profit of VND120 billion"). The slot words keep a rise and a fall
// apart as two facts when their sizes differ; of one size, kind and unit,
// each the only such candidate of the other, they are one change said
// the wrong way. It comes before the search for conflicts of values,
// which would give the fall another figure of the bead ("bằng 58,3% dự
// toán" of the sentence an English lead merged in).
func (p *pairer) conflictsOfDirection() {
	var cands soleCandidates[int]
	for k := range p.beads {
		for _, x := range p.inA.of(k) {
			ax := &p.fa.items[x]
			if p.usedA[x] || ax.Number == nil || ax.Number.Trend == numbers.NoTrend && ax.Number.Value.Sign() >= 0 && !hasOpposite(ax.slot()) {
				continue
			}
			for _, y := range p.inB.of(k) {
				by := &p.fb.items[y]
				if p.usedB[y] || by.Number == nil || !sameSize(ax, by) {
					continue
				}
				if v, ok := p.oppositeWays(x, y); ok {
					cands.add(p.repA[x], p.repB[y], x, y, v)
				}
			}
		}
	}
	cands.each(func(c soleCandidate) {
		p.add(c.x, c.y, c.v, beadConfidence(p.beads[p.beadA[p.fa.items[c.x].Sentence]]))
	})
}

// oppositeWays judges x and y, of one size, when they go opposite ways
// (oppositeTrends) or are said of the two sides of one measure
// (oppositeSlots): a conflict, and whether it is one.
func (p *pairer) oppositeWays(x, y int) (verdict, bool) {
	ax, by := &p.fa.items[x], &p.fb.items[y]
	v := p.judge(x, y)
	switch {
	case !v.comparable:
		return v, false
	case oppositeTrends(ax.Number, by.Number):
		return v, v.status == Conflict
	}
	if note, ok := oppositeSlots(ax.slot(), by.slot()); ok && v.status == Agree && ofBalance(ax.Number) {
		return differ(ax.Text(), by.Text(), note), true
	}
	return v, false
}

// ofBalance reports an amount of money or a percentage: what a profit or
// a loss, a surplus or a deficit is said in. A count near those words
// counts something else ("sau 9 quý thua lỗ", "after nine consecutive
// quarterly losses": quarters).
func ofBalance(m *numbers.Mention) bool {
	f := family(m.Kind)
	return f == numbers.Money || f == numbers.Percent
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
