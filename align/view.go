package align

// A view is the pairer seen from one side: that side's items ("own") and
// the other's. The steps that look for a counterpart from either side
// (range ends, repeats, name swaps) run once from each view, so that no
// side is favoured.
type view struct {
	sideA              bool // own is side A
	own, other         *sideItems
	usedOwn, usedOther []bool
	beadOwn, beadOther []int  // bead of each sentence of the own and the other side
	inOther            groups // other items of each bead
	ownIn, otherIn     groups // items of each sentence of the own and the other side
	repOther           []int  // the first other item that states the same fact
}

// view returns the pairer seen from side A, or from side B.
func (p *pairer) view(sideA bool) view {
	if sideA {
		return view{sideA: true, own: p.fa, other: p.fb, usedOwn: p.usedA, usedOther: p.usedB, beadOwn: p.beadA, beadOther: p.beadB, inOther: p.inB,
			ownIn: p.itemsOfA, otherIn: p.itemsOfB, repOther: p.repB}
	}
	return view{own: p.fb, other: p.fa, usedOwn: p.usedB, usedOther: p.usedA, beadOwn: p.beadB, beadOther: p.beadA, inOther: p.inA,
		ownIn: p.itemsOfB, otherIn: p.itemsOfA, repOther: p.repA}
}

// judge judges an own item against an other item, in the order of the
// sides.
func (v view) judge(own, other *Item, c *compareConfig) verdict {
	own, other = v.own.inPlaceZone(own, other), v.other.inPlaceZone(other, own)
	if v.sideA {
		return judge(own, other, c)
	}
	return judge(other, own, c)
}

// fact returns a fact of an own item and an other item, with A and B in
// their places.
func (v view) fact(status Status, own, other *Item, why string, conf float64) draft {
	if v.sideA {
		return draft{Status: status, A: own, B: other, Why: why, Confidence: conf}
	}
	return draft{Status: status, A: other, B: own, Why: why, Confidence: conf}
}
