package align

import "github.com/factalign/factalign/numbers"

// conflictsBeside pairs the clock times of a day left after the other
// steps that stand in a sentence next to a sentence aligned with the
// other's: the other version merged the two sentences, or split one ("Tàu cập cảng lúc 15h
// ngày 21/3" after the sentence of the journey, against "..., arriving at
// 3 p.m. on Sunday"), and an edit of the date took away what would have
// aligned them. Times of a day that conflict, each the only such
// candidate of the other, are one fact; times in sentences further apart,
// and days, months and years, which a story names many of in its
// sentences, are not compared so.
func (p *pairer) conflictsBeside() {
	var cands soleCandidates[int]
	for x := range p.fa.items {
		ax := &p.fa.items[x]
		if p.usedA[x] || !isDateTime(ax) {
			continue
		}
		k := p.beadA[ax.Sentence]
		for kk := max(0, k-1); kk <= k+1 && kk < len(p.inB); kk++ {
			for _, y := range p.inB[kk] {
				by := &p.fb.items[y]
				if p.usedB[y] || !isDateTime(by) || !p.besideBead(ax.Sentence, by.Sentence) || !sameThing(ax, by, p.fa, p.fb) {
					continue
				}
				if v := p.judge(x, y); v.comparable && v.status == Conflict {
					cands.add(p.repA[x], p.repB[y], x, y, v)
				}
			}
		}
	}
	cands.each(func(c soleCandidate) {
		c.v.why.more += " (in sentences next to each other's)"
		p.add(c.x, c.y, c.v, confElsewhere)
	})
}

// isDateTime reports an item that is a clock time of a day: "15h ngày
// 21/3", "3 p.m. on Sunday".
func isDateTime(it *Item) bool {
	m := it.Number
	return m != nil && m.Kind == numbers.Date && m.Date.Point.Grain >= numbers.GrainHour && m.Date.Point.Day != 0
}
