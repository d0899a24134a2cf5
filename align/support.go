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
func (p *pairer) agreeSupported() {
	p.supported = map[[2]int]bool{}
	// The lists of each sentence weighed are built in these arrays, which
	// the next sentence reuses: most lists tie nothing.
	var xs, ys []int
	var cs, best []correspondence
	for sa := range p.itemsOfA.len() {
		xs = p.leftFigures(xs[:0], p.itemsOfA.of(sa), p.usedA, p.fa)
		if len(xs) == 0 {
			continue
		}
		k := p.beadA[sa]
		bestSB := -1
		best = best[:0]
		for kk := max(0, k-nearMissWindow); kk <= k+nearMissWindow && kk < len(p.beads); kk++ {
			for _, sb := range p.beads[kk].B {
				if sb < 0 || sb >= p.itemsOfB.len() || kk == k {
					continue // aligned sentences are paired by the other steps
				}
				ys = p.leftFigures(ys[:0], p.itemsOfB.of(sb), p.usedB, p.fb)
				cs = p.correspondences(cs[:0], xs, ys)
				if p.ties(cs, sa, sb) && len(cs) > len(best) {
					bestSB, best = sb, append(best[:0], cs...)
				}
			}
		}
		if bestSB < 0 {
			continue
		}
		p.supported[[2]int{sa, bestSB}] = true
		for _, c := range best {
			if c.agree && !p.usedA[c.x] && !p.usedB[c.y] {
				v := p.judge(c.x, c.y)
				v.why.more += " (in sentences that share other figures)"
				p.add(c.x, c.y, v, confElsewhere)
			}
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
