package align

import "github.com/factalign/factalign/numbers"

// conflictsOfAsides pairs, in any sentences, a local time of each version
// left over that states the same clock of the place and restates it in
// another zone at another offset: "11h giờ địa phương (16h giờ Hà Nội)"
// against "11 a.m. local time (5 p.m. Hanoi time)". The place's clock
// names one event and the restatements conflict; each must be the only
// such time of the other's (soleCandidates). Times in sentences that are
// not aligned are otherwise paired only when they agree.
func (p *pairer) conflictsOfAsides() {
	byClock := map[string][]int{} // B's local times at a known offset, by their clock
	for y := range p.fb.items {
		if m := localAside(&p.fb.items[y]); m != nil && !p.usedB[y] {
			byClock[clockKey(m)] = append(byClock[clockKey(m)], y)
		}
	}
	if len(byClock) == 0 {
		return
	}
	var cands soleCandidates[int]
	for x := range p.fa.items {
		m := localAside(&p.fa.items[x])
		if m == nil || p.usedA[x] {
			continue
		}
		for _, y := range byClock[clockKey(m)] {
			if v := p.judge(x, y); v.comparable && v.status == Conflict {
				cands.add(p.repA[x], p.repB[y], x, y, v)
			}
		}
	}
	cands.each(func(c soleCandidate) { p.addElsewhere(c.x, c.y, c.v) })
}

// localAside returns the mention of it when it is a clock time of the
// place the story is in, restated in a zone of known offset
// (numbers.ZoneLocalAt), or nil.
func localAside(it *Item) *numbers.Mention {
	m := it.Number
	if m == nil || m.Kind != numbers.Date || m.Date.Grain < numbers.GrainHour || m.Date.Zone.Kind != numbers.ZoneLocalAt {
		return nil
	}
	return m
}

// agreeAcrossSystems pairs, in any sentences, a measure left over with
// the measure of the other version left over that states its dimension in
// a unit of another system and agrees with it within the rounding of
// their digits (acrossSystems): "Nước dâng do bão cao 4,3 m" in the body
// against "a storm surge of 14 feet" in the lead, where agreements across
// sentences are otherwise found by equal values. Each must be the only
// such candidate of the other's (soleCandidates); a dimension the other
// version measures more than maxSystemCandidates times is too common to
// tell the measures apart.
func (p *pairer) agreeAcrossSystems() {
	byDim := map[string][]int{} // B's measures left over, by dimension, in order
	for y := range p.fb.items {
		if m := p.fb.items[y].Number; m != nil && !p.usedB[y] && unitDim(m) != "" {
			byDim[unitDim(m)] = append(byDim[unitDim(m)], y)
		}
	}
	if len(byDim) == 0 {
		return
	}
	var cands soleCandidates[int]
	for x := range p.fa.items {
		ma := p.fa.items[x].Number
		if ma == nil || p.usedA[x] || unitDim(ma) == "" {
			continue
		}
		ys := byDim[unitDim(ma)]
		if len(ys) > maxSystemCandidates {
			continue
		}
		for _, y := range ys {
			if unitClass(p.fb.items[y].Number.Unit) == unitClass(ma.Unit) {
				continue
			}
			if v := p.judge(x, y); v.comparable && v.status == Agree && v.why.note == noteOtherSystem {
				cands.add(p.repA[x], p.repB[y], x, y, v)
			}
		}
	}
	cands.each(func(c soleCandidate) { p.addElsewhere(c.x, c.y, c.v) })
}

// maxSystemCandidates bounds the measures of one dimension that
// agreeAcrossSystems weighs against each measure of the other side.
const maxSystemCandidates = 16
