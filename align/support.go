package align

import (
	"slices"

	"github.com/factalign/factalign/numbers"
)

// Sentences the alignment did not pair may still state the same figures:
// "Gần 170 mã giảm, bên tăng chỉ 144 mã" against "decliners beat gainers
// by 169 to 144". When one of the figures is edited ("194 mã"), what is
// left is a rounded figure and a figure one keystroke off, neither strong
// enough alone to tie two sentences that are not aligned. Together they
// are: two figures of one sentence that each answer a figure of the
// other sentence, in the same order, tie the two sentences.

// maxSupportItems bounds the figures of a sentence weighed here, so that
// the cost stays linear on any input.
const maxSupportItems = 16

// A correspondence is a leftover figure of A and one of B that may state
// one fact: they agree (rounded or within bounds), or they are one
// keystroke apart.
type correspondence struct {
	x, y  int
	agree bool
}

// agreeSupported pairs the figures of sentences that the alignment did not
// pair but that two or more correspondences tie: the agreeing ones agree,
// and the sentences are remembered so that conflictsNearMiss weighs the
// figures one keystroke apart there as it weighs aligned ones.
//
// The sentences of A are weighed in order, each against the sentences
// near its bead with the figures no step has paired yet, and a tie's
// agreements pair some of them. They are first weighed in chunks by two
// goroutines (inChunks), with the figures paired before this step; then,
// in order, a sentence's tie is taken as weighed unless a tie before it
// paired a figure of a sentence of B it weighed, when it is weighed
// again: the result is that of weighing each in turn.
func (p *pairer) agreeSupported() {
	p.supported = map[[2]int]bool{}
	n := p.itemsOfA.len()
	found := newChunked[supportTie](n, chunkSize)
	inChunks(n, chunkSize, func(_, c, lo, hi int) {
		var sc supportScratch
		for sa := lo; sa < hi; sa++ {
			if t, ok := p.supportTieOf(sa, &sc); ok {
				found.lists[c] = append(found.lists[c], t)
			}
		}
	})
	found.end()
	changed := make([]bool, p.itemsOfB.len()) // sentences of B a tie has paired a figure of
	var sc supportScratch
	next := 0
	for sa := range n {
		t, ok := supportTie{}, false
		if next < found.len() && found.at(next).sa == sa {
			t, ok = *found.at(next), true
			next++
		}
		if p.weighedChanged(sa, changed) {
			t, ok = p.supportTieOf(sa, &sc)
		}
		if ok {
			p.pairTie(t, changed)
		}
	}
}

// A supportTie is a sentence of A, sa, that figures tie to a sentence of
// B, sb, the alignment did not pair it with, and the correspondences
// that tie them.
type supportTie struct {
	sa, sb int
	best   []correspondence
}

// supportScratch holds the lists of figures and correspondences of the
// sentences weighed, which the next sentence reuses: most lists tie
// nothing.
type supportScratch struct {
	xs, ys []int
	cs     []correspondence
}

// supportTieOf weighs sentence sa of A against the sentences of B of the
// beads near its own, but its own, with the figures no step has paired,
// and returns the sentence of B with the most correspondences that tie
// them, the first of them, if any.
func (p *pairer) supportTieOf(sa int, sc *supportScratch) (supportTie, bool) {
	sc.xs = p.leftFigures(sc.xs[:0], p.itemsOfA.of(sa), p.usedA, p.fa)
	if len(sc.xs) == 0 {
		return supportTie{}, false
	}
	k := p.beadA[sa]
	t := supportTie{sa: sa, sb: -1}
	for kk := max(0, k-nearMissWindow); kk <= k+nearMissWindow && kk < len(p.beads); kk++ {
		for _, sb := range p.beads[kk].B {
			if sb < 0 || sb >= p.itemsOfB.len() || kk == k {
				continue // aligned sentences are paired by the other steps
			}
			sc.ys = p.leftFigures(sc.ys[:0], p.itemsOfB.of(sb), p.usedB, p.fb)
			sc.cs = p.correspondences(sc.cs[:0], sc.xs, sc.ys)
			if p.ties(sc.cs, sa, sb) && len(sc.cs) > len(t.best) {
				t.sb, t.best = sb, append(t.best[:0], sc.cs...)
			}
		}
	}
	return t, t.sb >= 0
}

// weighedChanged reports whether supportTieOf, weighing sentence sa of
// A, weighs a sentence of B that changed holds.
func (p *pairer) weighedChanged(sa int, changed []bool) bool {
	k := p.beadA[sa]
	for kk := max(0, k-nearMissWindow); kk <= k+nearMissWindow && kk < len(p.beads); kk++ {
		for _, sb := range p.beads[kk].B {
			if sb >= 0 && sb < len(changed) && kk != k && changed[sb] {
				return true
			}
		}
	}
	return false
}

// pairTie remembers the sentences of a tie and pairs its agreeing
// figures that are left, marking in changed the sentences of B whose
// figures it pairs.
func (p *pairer) pairTie(t supportTie, changed []bool) {
	p.supported[[2]int{t.sa, t.sb}] = true
	for _, c := range t.best {
		if c.agree && !p.usedA[c.x] && !p.usedB[c.y] {
			v := p.judge(c.x, c.y)
			v.why.more += " (in sentences that share other figures)"
			p.add(c.x, c.y, v, confElsewhere)
			changed[p.fb.items[c.y].Sentence] = true
		}
	}
}

// leftFigures appends to out the first figures of a sentence that no
// step has paired, but dates, which are too common to tie sentences.
func (p *pairer) leftFigures(out, items []int, used []bool, s *sideItems) []int {
	n := len(out)
	for _, i := range items {
		m := s.items[i].Number
		if used[i] || m == nil || family(m.Kind) == numbers.Date {
			continue
		}
		if out = append(out, i); len(out)-n == maxSupportItems {
			break
		}
	}
	return out
}

// correspondences appends to out the pairs of the figures xs of an A
// sentence with the figures ys of a B sentence, each at most once and in
// the order of both sentences.
func (p *pairer) correspondences(out []correspondence, xs, ys []int) []correspondence {
	j := 0
	for _, x := range xs {
		for jj := j; jj < len(ys); jj++ {
			y := ys[jj]
			ax, by := &p.fa.items[x], &p.fb.items[y]
			if ax.slot().clash(by.slot()) {
				continue
			}
			v := p.judge(x, y)
			if !v.comparable {
				continue
			}
			// An agreement, as agreeElsewhere takes it; a miss, as
			// conflictsNearMiss does.
			agree := v.status == Agree
			if !agree && (!sameThing(ax, by, p.fa, p.fb) || !keystrokeApart(ax, by)) {
				continue
			}
			out = append(out, correspondence{x, y, agree})
			j = jj + 1
			break
		}
	}
	return out
}

// keystrokeApart reports two figures of three digits or more written one
// keystroke apart.
func keystrokeApart(a, b *Item) bool {
	var ba, bb [40]byte // the digits (appendNearMissDigits), compared here only: on the stack
	da, db, ok := appendNearMissDigits(ba[:0], bb[:0], a.Number, b.Number)
	sa, sb := string(da), string(db)
	return ok && significant(sa) >= 3 && significant(sb) >= 3 && oneKeystroke(sa, sb)
}

// ties reports correspondences that tie two sentences: two or more, one
// of them an agreement, or one agreement and a name few sentences state.
func (p *pairer) ties(cs []correspondence, sa, sb int) bool {
	if !slices.ContainsFunc(cs, func(c correspondence) bool { return c.agree }) {
		return false
	}
	return len(cs) >= 2 || sharedName(sa, sb, p.fa, p.fb, true)
}
