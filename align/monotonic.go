package align

import (
	"math"
	"slices"
)

// params are the weights of the monotonic aligner's cost. They were set
// on the IWSLT'15 TED talks (see README.md in this folder) and are the
// same for every call.
type params struct {
	s2      float64                             // variance of (lenB - c*lenA) per character
	prior   [maxGroup + 1][maxGroup + 1]float64 // -log P(bead type)
	reward  [numClasses]float64                 // cost removed for each shared anchor of a class
	bigStep float64                             // extra cost per sentence beyond maxGroup in a long bead

	// mergeLen is the cost per 100 characters of a bead with two or
	// more sentences on both sides: short sentences share a bead more
	// often than long ones.
	mergeLen float64
}

const maxGroup = 4 // beads up to 4-4 are searched in full

// defaultBand is the half-width of the first band searched, in
// sentences; the search widens it, up to maxBand, while the best path
// runs along its edge: first only around the rows where the path
// touches the edge, then everywhere. The cost is linear in the length of
// the texts, with a factor that grows with the band.
const (
	defaultBand = 5
	maxBand     = 64
)

// longBead is the largest number of sentences on one side of a long
// bead (1-n or n-1 with n > maxGroup).
const longBead = 24

var defaultParams = params{
	s2: 10.1,
	prior: [maxGroup + 1][maxGroup + 1]float64{
		//  0     1     2     3     4
		{0, 6.0, 9.0, 13, 17},     // 0
		{6.0, 0.2, 2.4, 4.5, 6.6}, // 1
		{9.0, 2.8, 3.7, 5.8, 7.0}, // 2
		{13, 5.3, 6.0, 6.6, 7.8},  // 3
		{17, 7.0, 7.4, 7.9, 7.6},  // 4
	},
	reward: [numClasses]float64{
		clsNumber:  3,
		clsNumWord: 1,
		clsMoney:   3,
		clsDate:    3,
		clsName:    1.5,
		clsJoined:  1,
		clsAcronym: 2,
		clsMixed:   2,
		clsPunct:   1.5,
		clsEntity:  2,
		clsWord:    1.5,
		clsCommon:  0.8,
	},
	bigStep:  2.8,
	mergeLen: 0.6,
}

// tailTable (ztail.go) holds -log(2(1-Φ(x))) for x² = k/tailScale,
// k = 0 … tailMax·tailScale+1: the cost of a length difference of x
// standard deviations (Gale and Church 1993), indexed by the square so
// that no square root is taken. go generate computes it (tailValues in
// tables_build_test.go), so that no process pays for the logarithms; it
// is never modified.
const (
	tailScale = 16
	tailMax   = 144 // x² beyond this: x > 12
)

// tailCost returns -log(2(1-Φ(x))) for x² = x2, interpolated from
// tailTable. It is at least x2/2, since 1-Φ(x) <= exp(-x²/2)/2.
func tailCost(t []float64, x2 float64) float64 {
	f := x2 * tailScale
	if f >= tailMax*tailScale {
		// Asymptotically x²/2 + log(x) + log(sqrt(π/2)).
		return x2/2 + math.Log(x2)/2 + 0.2258
	}
	k := int(f)
	frac := f - float64(k)
	return t[k] + frac*(t[k+1]-t[k])
}

// aligner holds one monotonic alignment in progress.
type aligner struct {
	p      *params
	fa, fb *features
	ratio  float64 // characters of b per character of a
	tail   []float64

	band

	// la and lb are the anchors of each side that count.
	la, lb localAnchors
}

// A band is the part of the table the search visits, with the anchor
// sums of the beads inside it.
type band struct {
	lo, hi []int // row i covers columns lo[i]..hi[i]
	rowOff []int // cell (i, j) is at rowOff[i] + j - lo[i]

	// Anchor sums: pre[s] holds, for sentence s of a, the running sum of
	// its shared-anchor reward with sentences wlo[s], wlo[s]+1, ... of b.
	wlo, whi []int
	preOff   []int
	pre      []float64
}

// localAnchors are the anchors of one side that the monotonic search
// counts: those with a reward (params.reward, by class) that do not occur
// again within maxGroup-1 sentences of the same side. Summing pairwise
// matches over a bead then counts each anchor once, as a set would.
type localAnchors struct {
	off  []int32 // anchors of sentence s: keys[off[s]:off[s+1]]
	keys []uint64
}

func newLocalAnchors(f *features, p *params) localAnchors {
	// Keys are sorted within a sentence: merge each sentence with the
	// maxGroup-1 before it.
	rep := make([]bool, len(f.keys))
	for s := 1; s < f.n; s++ {
		for t := max(0, s-(maxGroup-1)); t < s; t++ {
			x, xe := f.off[s], f.off[s+1]
			y, ye := f.off[t], f.off[t+1]
			for x < xe && y < ye {
				switch kx, ky := f.keys[x], f.keys[y]; {
				case kx < ky:
					x++
				case kx > ky:
					y++
				default:
					rep[x], rep[y] = true, true
					x++
					y++
				}
			}
		}
	}
	kept := 0
	for x, k := range f.keys {
		if p.reward[classOf(k)] != 0 && !rep[x] {
			kept++
		}
	}
	la := localAnchors{off: make([]int32, f.n+1), keys: make([]uint64, 0, kept)}
	for s := 0; s < f.n; s++ {
		for x := f.off[s]; x < f.off[s+1]; x++ {
			if p.reward[classOf(f.keys[x])] != 0 && !rep[x] {
				la.keys = append(la.keys, f.keys[x])
			}
		}
		la.off[s+1] = int32(len(la.keys))
	}
	return la
}

// match returns the anchor reward shared by sentence i of a and j of b.
func (al *aligner) match(i, j int) float64 {
	la, lb := &al.la, &al.lb
	x, xe := la.off[i], la.off[i+1]
	y, ye := lb.off[j], lb.off[j+1]
	r := 0.0
	for x < xe && y < ye {
		kx, ky := la.keys[x], lb.keys[y]
		switch {
		case kx < ky:
			x++
		case kx > ky:
			y++
		default:
			r += al.p.reward[classOf(kx)]
			x++
			y++
		}
	}
	return r
}

// anchorSum returns the reward of a-sentence s with b-sentences j0..j1-1,
// counting only the columns of s's window.
func (al *aligner) anchorSum(s, j0, j1 int) float64 {
	lo, hi := al.wlo[s], al.whi[s]
	j0 = min(max(j0, lo), hi)
	j1 = min(max(j1, lo), hi)
	base := al.preOff[s] - lo
	return al.pre[base+j1] - al.pre[base+j0]
}

// newAligner returns an aligner of fa and fb with no band yet.
func newAligner(fa, fb *features, c *config) *aligner {
	al := &aligner{p: &defaultParams, fa: fa, fb: fb, tail: tailTable[:]}
	if c.params != nil {
		al.p = c.params
	}
	al.ratio = 1
	if fa.cum[fa.n] > 0 && fb.cum[fb.n] > 0 {
		al.ratio = fb.cum[fb.n] / fa.cum[fa.n]
	}
	// The two sides' anchors, each read from its own features alone, are
	// found at once when the sides are long.
	bothAtOnce(sharesWork(fa.n+fb.n), func() { al.la = newLocalAnchors(fa, al.p) }, func() { al.lb = newLocalAnchors(fb, al.p) })
	return al
}

// monotonic aligns two translations in order.
func monotonic(fa, fb *features, c *config) []Bead {
	al := newAligner(fa, fb, c)
	n, m := fa.n, fb.n
	w := c.band
	fixed := w > 0
	if !fixed {
		w = defaultBand
	}
	d := &dp{al: al, w: w}
	beads, touched := d.search()
	// A best path that runs along the edge of the band may have been
	// pushed there: search again in a band twice as wide, first around
	// the places it touches the edge, then everywhere.
	for len(touched) > 0 && !fixed && w < n+m && w < maxBand {
		if local, ok := d.searchAround(beads, touched, w); ok {
			return local
		}
		w *= 2
		d.w, d.width = w, nil
		beads, touched = d.search()
	}
	return beads
}

// searchAround searches again in a band whose rows near the rows touched
// widen from w to 2w, from the first row that changes. It returns the
// best path and true if that path is the one before and no longer
// touches the edge: the edge did not push it.
func (d *dp) searchAround(before []Bead, touched []int, w int) ([]Bead, bool) {
	if d.width == nil {
		d.width = slices.Repeat([]int{d.w}, d.al.fa.n+1)
	}
	widen(d.width, touched, 2*w)
	beads, again := d.search()
	return beads, len(again) == 0 && samePath(before, beads)
}

// samePath reports whether two paths from the start of the table pair
// the same sentences.
func samePath(p, q []Bead) bool {
	return slices.EqualFunc(p, q, func(x, y Bead) bool {
		return len(x.A) == len(y.A) && len(x.B) == len(y.B)
	})
}

// search fills the table over the band of the current widths, from the
// first row that changes, and returns the best path and the rows where
// it touches the edge of the band.
func (d *dp) search() ([]Bead, []int) {
	d.fill(d.al.rebuild(d.w, d.width))
	return d.traceBack()
}

// widen sets to w the half-width of the rows within reach(w) of a
// touched row, where it is narrower; touched is in increasing order.
func widen(width, touched []int, w int) {
	r := reach(w)
	next := 0 // the rows before next are done
	for _, t := range touched {
		for i := max(next, t-r); i <= min(len(width)-1, t+r); i++ {
			width[i] = max(width[i], w)
		}
		next = max(next, t+r+1)
	}
}

// reach is how many rows on each side of a place where the path touches
// the edge of the band widen to the half-width w: a path that strays w
// sentences from the diagonal takes about as many rows to stray and to
// come back.
func reach(w int) int { return 4 * w }

// rebuild sets the band of half-width w, or width[i] at row i if width
// is not nil, and its anchor sums, keeping what the band before it
// shares, and returns the first row of the table whose cells may differ
// from the band before's.
func (al *aligner) rebuild(w int, width []int) int {
	old := al.band
	al.setBand(w, width)
	al.setAnchors(&old)
	return al.firstChange(&old)
}

// firstChange returns the first row whose cells may differ between the
// band old and the current one: a cell of row i depends on the band's
// rows up to i (and their costs) and on the anchor windows of the
// a-sentences before i, which also set the pruning bound.
func (al *aligner) firstChange(old *band) int {
	n := al.fa.n
	if len(old.lo) == 0 {
		return 0
	}
	for i := 0; i <= n; i++ {
		if al.lo[i] != old.lo[i] || al.hi[i] != old.hi[i] {
			return i
		}
		if i < n && (al.wlo[i] != old.wlo[i] || al.whi[i] != old.whi[i]) {
			return i + 1
		}
	}
	return n + 1
}

// setBand chooses, for each row i (a-sentences before the cut), the
// columns the search visits: those within w sentences (width[i] if width
// is not nil) of the column whose length matches the row's length.
func (al *aligner) setBand(w int, width []int) {
	n, m := al.fa.n, al.fb.n
	al.lo = make([]int, n+1)
	al.hi = make([]int, n+1)
	j := 0
	for i := 0; i <= n; i++ {
		target := al.fa.cum[i] * al.ratio
		for j < m && math.Abs(al.fb.cum[j+1]-target) <= math.Abs(al.fb.cum[j]-target) {
			j++
		}
		wi := w
		if width != nil {
			wi = width[i]
		}
		al.lo[i] = max(0, j-wi)
		al.hi[i] = min(m, j+wi)
	}
	al.lo[0], al.hi[n] = 0, m
	// Keep the band connected: row i+1 starts no later than row i ends.
	for i := 0; i < n; i++ {
		if al.lo[i+1] > al.hi[i] {
			al.lo[i+1] = al.hi[i]
		}
	}
	for i := n; i > 0; i-- {
		if al.hi[i-1] < al.lo[i] {
			al.hi[i-1] = al.lo[i]
		}
	}
	al.rowOff = make([]int, n+2)
	for i := 0; i <= n; i++ {
		al.rowOff[i+1] = al.rowOff[i] + al.hi[i] - al.lo[i] + 1
	}
}

// setAnchors computes the running anchor sums of every a-sentence over
// the b-sentences it can share a bead with, copying those of old whose
// window is the same.
func (al *aligner) setAnchors(old *band) {
	n := al.fa.n
	al.wlo = make([]int, n)
	al.whi = make([]int, n)
	al.preOff = make([]int, n+1)
	for s := 0; s < n; s++ {
		al.wlo[s] = al.lo[max(0, s+1-maxGroup)]
		al.whi[s] = al.hi[min(n, s+maxGroup)]
		al.preOff[s+1] = al.preOff[s] + al.whi[s] - al.wlo[s] + 1
	}
	al.pre = make([]float64, al.preOff[n])
	// Each sentence's sums are its own: two halves of the sentences are
	// summed at once when there are many (inHalves).
	inHalves(n, func(_, lo, hi int) {
		for s := lo; s < hi; s++ {
			p := al.pre[al.preOff[s]:al.preOff[s+1]]
			if s < len(old.wlo) && old.wlo[s] == al.wlo[s] && old.whi[s] == al.whi[s] {
				copy(p, old.pre[old.preOff[s]:old.preOff[s+1]])
				continue
			}
			al.sumAnchors(s, p)
		}
	})
}

// sumAnchors fills p with the running anchor sums of a-sentence s over
// its window.
func (al *aligner) sumAnchors(s int, p []float64) {
	if al.la.off[s] == al.la.off[s+1] {
		return // no anchors: all zero
	}
	sum := 0.0
	for j := al.wlo[s]; j < al.whi[s]; j++ {
		p[j-al.wlo[s]] = sum
		if al.lb.off[j] != al.lb.off[j+1] {
			sum += al.match(s, j)
		}
	}
	p[al.whi[s]-al.wlo[s]] = sum
}

// A step is a bead type the search tries at every cell.
type step struct{ a, b int }

// steps lists the bead types up to maxGroup-maxGroup, the likeliest
// first so that pruning starts early.
var steps = func() []step {
	s := []step{{1, 1}, {1, 2}, {2, 1}, {1, 0}, {0, 1}, {2, 2}}
	for a := 1; a <= maxGroup; a++ {
		for b := 1; b <= maxGroup; b++ {
			if a+b > 2 && !(a == 1 && b == 2 || a == 2 && b == 1 || a == 2 && b == 2) {
				s = append(s, step{a, b})
			}
		}
	}
	return s
}()

// A dp is the table of the dynamic programme of the search.
type dp struct {
	al    *aligner
	w     int   // half-width of the band
	width []int // if not nil, the half-width of the band at each row
	cost  []float64
	back  []uint16 // a<<8 | b of the bead ending at each cell
	bound []float64
}

// A dpCell is the cell (i, j) being filled: the best cost found so far
// and the bead that gives it.
type dpCell struct {
	i, j int
	best float64
	ab   uint16
}

// fill runs the dynamic programme over the band from row from on,
// keeping the rows before it, which the band has not changed.
func (d *dp) fill(from int) {
	al := d.al
	n := al.fa.n
	cells, kept := al.rowOff[n+1], al.rowOff[min(from, n+1)]
	d.cost = resized(d.cost, kept, cells)
	d.back = resized(d.back, kept, cells)
	// bound[i] is the most anchor reward rows 0..i-1 can collect, for
	// pruning: a bead over rows pi..i-1 gains at most bound[i]-bound[pi].
	d.bound = make([]float64, n+1)
	for s := 0; s < n; s++ {
		d.bound[s+1] = d.bound[s] + al.pre[al.preOff[s+1]-1]
	}
	for i := from; i <= n; i++ {
		row := al.rowOff[i] - al.lo[i]
		for j := al.lo[i]; j <= al.hi[i]; j++ {
			if i == 0 && j == 0 {
				continue
			}
			c := dpCell{i: i, j: j, best: math.Inf(1)}
			d.shortBeads(&c)
			d.longBeads(&c)
			d.cost[row+j], d.back[row+j] = c.best, c.ab
		}
	}
}

// resized returns a slice of n elements whose first kept are those of s,
// and the rest zero.
func resized[T any](s []T, kept, n int) []T {
	t := make([]T, n)
	copy(t, s[:kept])
	return t
}

// costAt returns the cost of cell (i, j), which must be in the band.
func (d *dp) costAt(i, j int) float64 {
	return d.cost[d.al.rowOff[i]+j-d.al.lo[i]]
}

// inBand reports whether cell (i, j) is in the band.
func (d *dp) inBand(i, j int) bool {
	return i >= 0 && j >= 0 && j >= d.al.lo[i] && j <= d.al.hi[i]
}

// shortBeads tries the beads of the usual steps ending at c.
func (d *dp) shortBeads(c *dpCell) {
	p := d.al.p
	for _, st := range steps {
		pi, pj := c.i-st.a, c.j-st.b
		if !d.inBand(pi, pj) {
			continue
		}
		cost := d.costAt(pi, pj) + p.prior[st.a][st.b]
		if cost-(d.bound[c.i]-d.bound[pi]) >= c.best {
			continue
		}
		d.try(c, st.a, st.b, cost)
	}
}

// longBeads tries the long beads ending at c: one to maxGroup sentences
// of a side against more than maxGroup of the other, as long as the
// lengths allow.
func (d *dp) longBeads(c *dpCell) {
	al, p := d.al, d.al.p
	ca, cb := al.fa.cum, al.fb.cum
	for a := 1; a <= min(c.i, maxGroup); a++ {
		la := (ca[c.i] - ca[c.i-a]) * al.ratio
		for b := maxGroup + 1; b <= min(c.j, longBead); b++ {
			if cb[c.j]-cb[c.j-b] > 1.3*la+40 {
				break
			}
			d.tryLong(c, a, b, p.prior[a][maxGroup]+float64(b-maxGroup)*p.bigStep)
		}
	}
	for b := 1; b <= min(c.j, maxGroup); b++ {
		lb := cb[c.j] - cb[c.j-b]
		for a := maxGroup + 1; a <= min(c.i, longBead); a++ {
			if (ca[c.i]-ca[c.i-a])*al.ratio > 1.3*lb+40 {
				break
			}
			d.tryLong(c, a, b, p.prior[maxGroup][b]+float64(a-maxGroup)*p.bigStep)
		}
	}
}

// tryLong tries a long bead of a rows and b columns with its prior.
func (d *dp) tryLong(c *dpCell, a, b int, prior float64) {
	pi, pj := c.i-a, c.j-b
	if !d.inBand(pi, pj) {
		return
	}
	if cost := d.costAt(pi, pj) + prior; cost-(d.bound[c.i]-d.bound[pi]) < c.best {
		d.try(c, a, b, cost)
	}
}

// try evaluates the bead of a rows and b columns ending at c, whose start
// cell is in the band and reachable; cost is the cost so far plus the
// bead's prior.
func (d *dp) try(c *dpCell, a, b int, cost float64) {
	al, p := d.al, d.al.p
	pi, pj := c.i-a, c.j-b
	gain := 0.0
	if a > 0 && b > 0 {
		for s := pi; s < c.i; s++ {
			gain += al.anchorSum(s, pj, c.j)
		}
	}
	slack := c.best - cost + gain
	if slack <= 0 {
		return
	}
	// The length cost is at least d²/2: skip the bead without dividing
	// when d²/2 alone eats the slack.
	la, lb := al.fa.cum[c.i]-al.fa.cum[pi], al.fb.cum[c.j]-al.fb.cum[pj]
	ra := al.ratio * la
	num := lb - ra
	den := p.s2*(ra+lb)/2 + 1
	if num*num >= 2*slack*den {
		return
	}
	cost += tailCost(al.tail, num*num/den) - gain
	if a >= 2 && b >= 2 {
		cost += p.mergeLen * (ra + lb) / 200
	}
	if cost < c.best {
		c.best, c.ab = cost, uint16(a)<<8|uint16(b)
	}
}

// traceBack reads the best path from the end of the table, and returns,
// in increasing order, the rows where it touches the edge of the band
// where the band does not reach the end of the documents. The beads are
// counted first, to be one array, and the sentences of each side of
// them are sub-slices of one array a side (sentence k at k), capped so
// that an append copies.
func (d *dp) traceBack() ([]Bead, []int) {
	al := d.al
	beads := make([]Bead, d.pathLen())
	sentsA, sentsB := countUp(al.fa.n), countUp(al.fb.n)
	var touched []int
	i, j := al.fa.n, al.fb.n
	for k := len(beads) - 1; i > 0 || j > 0; k-- {
		if j == al.lo[i] && j > 0 || j == al.hi[i] && j < al.fb.n {
			touched = append(touched, i)
		}
		a, b := d.step(i, j)
		bd := &beads[k]
		if a > 0 {
			bd.A = sentsA[i-a : i : i]
		}
		if b > 0 {
			bd.B = sentsB[j-b : j : j]
		}
		if a > 0 && b > 0 {
			cell := al.rowOff[i] + j - al.lo[i]
			bd.Score = math.Exp(-max(0, d.cost[cell]-d.costAt(i-a, j-b)-al.p.prior[1][1]))
		}
		i, j = i-a, j-b
	}
	slices.Reverse(touched)
	return beads, touched
}

// step returns the sentences of each side of the bead of the best path
// that ends at cell (i, j).
func (d *dp) step(i, j int) (a, b int) {
	al := d.al
	cell := al.rowOff[i] + j - al.lo[i]
	a, b = int(d.back[cell]>>8), int(d.back[cell]&0xff)
	if a == 0 && b == 0 { // unreachable cell: cannot happen, stay safe
		a, b = min(i, 1), min(j, 1)
	}
	return a, b
}

// pathLen counts the beads of the best path.
func (d *dp) pathLen() int {
	n := 0
	for i, j := d.al.fa.n, d.al.fb.n; i > 0 || j > 0; n++ {
		a, b := d.step(i, j)
		i, j = i-a, j-b
	}
	return n
}

// countUp returns 0, 1, ..., n-1.
func countUp(n int) []int {
	out := make([]int, n)
	for k := range out {
		out[k] = k
	}
	return out
}
