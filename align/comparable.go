package align

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// cparams are the weights of the comparable aligner. They were set on
// the article pairs in ../testdata/pairs (see README.md in this folder).
type cparams struct {
	classW   [numClasses]float64 // weight of a shared anchor, times its rarity
	minLink  float64             // least score of a 1-1 link
	minExtra float64             // least score of a further link to a taken sentence
	minAdj   float64             // least score of a link to a neighbour's partner
	posW     float64             // weight of the position prior
	ctxW     float64             // weight of the neighbours' support
	headline float64             // bonus for headline ↔ headline
	settle   float64             // a free partner must score this share of a taken better one
	caption  float64             // factor on the score of a caption with a sentence of the body
}

var zeroTime time.Time

var defaultCParams = cparams{
	classW: [numClasses]float64{
		clsNumber:  3,
		clsNumWord: 1,
		clsMoney:   4,
		clsDate:    3,
		clsName:    2,
		clsJoined:  2,
		clsAcronym: 2.5,
		clsMixed:   2,
		clsPunct:   0.3,
		clsEntity:  0.5,
		clsWord:    1,
		clsCommon:  0.2,
	},
	minLink:  0.12,
	minExtra: 0.35,
	minAdj:   0.15,
	posW:     0.15,
	ctxW:     0.3,
	headline: 0.5,
	settle:   0.5,
	caption:  0.5,
}

// Limits that keep comparable alignment linear in the length of the
// texts: a sentence keeps its topK best partners, and an anchor found in
// more than maxPostings sentences (a common word in a long text) counts
// in the norms but links no pair.
const (
	topK        = 12
	maxPostings = 256
)

// A partner is a sentence of side b and its score with a sentence of a.
type partner struct {
	j int32
	s float64
}

// sims holds, for each sentence of a, the best-scoring sentences of b,
// sorted by index (transpose gives them the other way round).
type sims struct {
	n, m int
	rows [][]partner // rows[i]: partners of a-sentence i, by j
}

// at returns the score of the pair (i, j), 0 when it is not kept.
func (x *sims) at(i, j int) float64 {
	if i < 0 || j < 0 || i >= x.n || j >= x.m {
		return 0
	}
	// A row holds topK partners at most, by j: a scan costs less than a
	// search.
	for _, p := range x.rows[i] {
		if p.j >= int32(j) {
			if p.j == int32(j) {
				return p.s
			}
			break
		}
	}
	return 0
}

// pairScores scores the pairs of sentences that share anchors: the cosine
// of their shared anchors, each weighted by its class and its rarity in
// the two texts, plus a prior for similar relative positions and for the
// two headlines.
func pairScores(fa, fb *features, ix *keyIndex, p *cparams) *sims {
	n, m := fa.n, fb.n
	// The weight of each key: its class's, the more the rarer the key is
	// in the two texts.
	total := float64(n + m)
	weight := make([]float64, len(ix.count))
	for id, c := range ix.count {
		weight[id] = p.classW[ix.class[id]] * math.Log(1+total/float64(max(c, 1)))
	}
	norm := func(f *features, ids []int32, s int) float64 {
		w := 0.0
		for x := f.off[s]; x < f.off[s+1]; x++ {
			w += weight[ids[x]]
		}
		return w
	}
	na := make([]float64, n)
	for i := range na {
		na[i] = norm(fa, ix.idA, i)
	}
	nb := make([]float64, m)
	for j := range nb {
		nb[j] = norm(fb, ix.idB, j)
	}
	out := &sims{n: n, m: m, rows: make([][]partner, n)}
	sc := rowScorer{p: p, fa: fa, fb: fb, nb: nb, acc: make([]float64, m), sqrtB: make([]float64, m)}
	for j := range m {
		sc.sqrtB[j] = math.Sqrt(nb[j])
	}
	sc.bound = (1 + 3*max(0, p.posW)) * max(1, p.caption) * (1 + 1e-9)
	headlinesB := headlines(fb)
	for i := 0; i < n; i++ {
		sc.touched = sc.touched[:0]
		for x := fa.off[i]; x < fa.off[i+1]; x++ {
			id := ix.idA[x]
			post := ix.postingsB(id)
			if len(post) > maxPostings {
				continue // too common to tell sentences apart; not counted, so not read
			}
			w := weight[id]
			for _, j := range post {
				if sc.acc[j] == 0 {
					sc.touched = append(sc.touched, j)
				}
				sc.acc[j] += w
			}
		}
		sc.top.reset(topK)
		sc.score(i, n, na[i])
		if fa.kind[i] == Headline {
			// Headlines pair even without a shared anchor.
			for _, j := range headlinesB {
				if !slices.Contains(sc.touched, j) {
					sc.top.offer(partner{j, p.headline})
				}
			}
		}
		row := sc.top.best
		slices.SortFunc(row, func(a, b partner) int { return cmp.Compare(a.j, b.j) })
		out.rows[i] = slices.Clone(row)
	}
	return out
}

// A rowScorer scores the sentences of side b that share anchors with
// one sentence of side a (pairScores), and keeps the best of them.
type rowScorer struct {
	p       *cparams
	fa, fb  *features
	nb      []float64 // the norm of each sentence of b
	acc     []float64 // the weight of the anchors each sentence of b shares with the row's; 0 for the others
	touched []int32   // the sentences of b whose acc is not 0, in the order first touched
	sqrtB   []float64 // math.Sqrt(nb[j])
	bound   float64   // how much more than the cosine a score can be, with room for rounding
	top     topRow
}

// score offers to sc.top the score of sentence i (of n, of norm ni) of
// side a with each touched sentence of side b, and clears their acc. A
// score is computed only when it may beat the row's worst kept: the
// cosine times bound is a ceiling of the score, checked without a
// division or a square root.
func (sc *rowScorer) score(i, n int, ni float64) {
	p, ka, m := sc.p, sc.fa.kind[i], sc.fb.n
	relA, sqrtA := rel(i, n), math.Sqrt(ni)
	for _, j := range sc.touched {
		a := sc.acc[j]
		sc.acc[j] = 0
		if ka != Headline && a*sc.bound < sc.top.floor()*sqrtA*sc.sqrtB[j] {
			continue // cannot beat the worst of the best kept
		}
		s := a / math.Sqrt(ni*sc.nb[j]+1e-9)
		kb := sc.fb.kind[j]
		if ka != Headline && kb != Headline {
			// A headline sums up the whole story: no position prior.
			pos := 1 - math.Abs(relA-rel(int(j), m))
			s += p.posW * pos * min(1, 3*s)
		}
		switch {
		case ka == Headline && kb == Headline:
			s += p.headline
		case (ka == Credit || ka == Byline || kb == Credit || kb == Byline) && ka != kb:
			s = 0
		case (ka == Caption) != (kb == Caption):
			// A caption repeats what the body says; the other desk
			// usually drops it.
			s *= p.caption
		}
		if s > 0 {
			sc.top.offer(partner{j, s})
		}
	}
}

// A topRow keeps the k best of the partners it is offered (ties: the
// lower j): all of them up to k, then a min-heap of k with the worst at
// the root, so that a row of a thousand candidates keeps only a dozen.
// Its array is reused from one row to the next.
type topRow struct {
	k    int
	best []partner
}

// reset empties the row, to keep the k best.
func (t *topRow) reset(k int) {
	t.k, t.best = k, t.best[:0]
}

// floor returns the score of the worst partner kept once the row is
// full: one offered must score it at least to be kept; 0 before.
func (t *topRow) floor() float64 {
	if len(t.best) < t.k {
		return 0
	}
	return t.best[0].s
}

// offer keeps pt if it is among the k best offered so far.
func (t *topRow) offer(pt partner) {
	if len(t.best) < t.k {
		t.best = append(t.best, pt)
		if len(t.best) == t.k {
			for i := t.k/2 - 1; i >= 0; i-- {
				t.down(i)
			}
		}
		return
	}
	if better(pt, t.best[0]) {
		t.best[0] = pt
		t.down(0)
	}
}

// better orders partners by score, then by the lower j.
func better(a, b partner) bool { return a.s > b.s || a.s == b.s && a.j < b.j }

// down restores the heap below i.
func (t *topRow) down(i int) {
	h := t.best
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && better(h[l], h[r]) {
			m = r
		}
		if !better(h[i], h[m]) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

// transpose returns the partners of each b-sentence j (of m) with no
// link yet (deg[j] == 0) from those of each a-sentence, each list by i
// (its j field holds i), and nil for the others: the sentences that
// extend reads, once the a-sentences are extended. The lists share one
// array, counted first, instead of growing one by one.
func transpose(rows [][]partner, m int, deg []int) [][]partner {
	start := make([]int32, m+1)
	for _, row := range rows {
		for _, pt := range row {
			if deg[pt.j] == 0 {
				start[pt.j+1]++
			}
		}
	}
	for j := range m {
		start[j+1] += start[j]
	}
	all := make([]partner, start[m])
	cols := make([][]partner, m)
	for j := range cols {
		if start[j] < start[j+1] {
			cols[j] = all[start[j]:start[j]:start[j+1]] // capped: an append copies
		}
	}
	for i, row := range rows {
		for _, pt := range row {
			if deg[pt.j] == 0 {
				cols[pt.j] = append(cols[pt.j], partner{int32(i), pt.s})
			}
		}
	}
	return cols
}

// A keyIndex numbers the distinct anchor keys of two sides and lists the
// sentences of side b that hold each.
type keyIndex struct {
	idA, idB []int32       // the id of each key of fa.keys and fb.keys
	count    []int32       // sentences of both sides that hold each id
	class    []anchorClass // the class of each id
	start    []int32       // the sentences of b that hold id are sentB[start[id]:start[id+1]], in order
	sentB    []int32
}

// numberKeys numbers the keys of fa and fb.
func numberKeys(fa, fb *features) *keyIndex {
	ix := &keyIndex{idA: make([]int32, len(fa.keys)), idB: make([]int32, len(fb.keys))}
	// Texts repeat most of their anchors (news of 1,000 sentences has
	// one distinct key in fifteen): a table for a sixteenth of the
	// occurrences, which grows if they hold more distinct keys.
	ids := newTable((len(fa.keys) + len(fb.keys)) / 16)
	number := func(k uint64) int32 {
		id, ok := ids.get(k)
		if !ok {
			id = int32(ids.n)
			ids.add(k, id)
		}
		return id
	}
	for x, k := range fa.keys {
		ix.idA[x] = number(k)
	}
	for y, k := range fb.keys {
		ix.idB[y] = number(k)
	}
	// The ids numbered, the counts and classes of each are arrays of
	// their size, filled in a second pass.
	ix.count, ix.class = make([]int32, ids.n), make([]anchorClass, ids.n)
	countB := make([]int32, ids.n)
	for x, id := range ix.idA {
		ix.count[id]++
		ix.class[id] = classOf(fa.keys[x])
	}
	for y, id := range ix.idB {
		ix.count[id]++
		ix.class[id] = classOf(fb.keys[y])
		countB[id]++
	}
	ix.start = make([]int32, len(countB)+1)
	for id, c := range countB {
		ix.start[id+1] = ix.start[id] + c
	}
	ix.sentB = make([]int32, len(fb.keys))
	next := countB[:0] // reused: where the next sentence of each id goes
	next = append(next, ix.start[:len(ix.start)-1]...)
	for j := range fb.n {
		for y := fb.off[j]; y < fb.off[j+1]; y++ {
			id := ix.idB[y]
			ix.sentB[next[id]] = int32(j)
			next[id]++
		}
	}
	return ix
}

// postingsB returns the sentences of side b that hold key id, in order.
func (ix *keyIndex) postingsB(id int32) []int32 {
	return ix.sentB[ix.start[id]:ix.start[id+1]]
}

// headlines returns the sentences of f that are headlines.
func headlines(f *features) []int32 {
	var hs []int32
	for j := range f.n {
		if f.kind[j] == Headline {
			hs = append(hs, int32(j))
		}
	}
	return hs
}

// rel is the relative position of sentence i of n, from 0 to 1.
func rel(i, n int) float64 {
	if n <= 1 {
		return 0
	}
	return float64(i) / float64(n-1)
}

// A link pairs sentence i of side a with sentence j of side b.
type link struct{ i, j int }

// comparable aligns two independently written versions of a story.
func comparable(fa, fb *features, c *config) []Bead {
	p := &defaultCParams
	if c.cparams != nil {
		p = c.cparams
	}
	n, m := fa.n, fb.n
	ix := numberKeys(fa, fb)
	fa.numbered(ix.idA, len(ix.count))
	fb.numbered(ix.idB, len(ix.count))
	sc := pairScores(fa, fb, ix, p)
	lk := newLinkSet(n, m)
	lk.greedy(linkCandidates(sc, p), sc, p)
	// Further links for sentences left alone: a merge with a neighbour
	// (two sentences rendered as one) or a repeated fact (a headline, a
	// lead that the body says again).
	lk.extend(sc.rows, lk.partA, lk.degA, lk.degB, p, func(x, y int) link { return link{x, y} })
	lk.extend(transpose(sc.rows, m, lk.degB), lk.partB, lk.degB, lk.degA, p, func(x, y int) link { return link{y, x} })
	return orderBeads(components(lk.links, n, m, sc), m)
}

// A linkCand is a candidate 1-1 link with its score plus the support of
// the diagonal neighbours (s); its score without it is the pair's in the
// sims (16 bytes a candidate, not 24, for a list of one or two for each
// sentence pair the sims keep).
type linkCand struct {
	i, j int32 // a sentence of each side
	s    float64
}

// linkCandidates returns the candidate links, best first.
func linkCandidates(sc *sims, p *cparams) []linkCand {
	n := 0
	for i := range sc.rows {
		for _, pt := range sc.rows[i] {
			if pt.s >= p.minLink {
				n++
			}
		}
	}
	cands := make([]linkCand, 0, n)
	for i := range sc.rows {
		for _, pt := range sc.rows[i] {
			j := int(pt.j)
			if pt.s < p.minLink {
				continue
			}
			ctx := max(sc.at(i-1, j-1), sc.at(i+1, j+1))
			cands = append(cands, linkCand{int32(i), pt.j, pt.s + p.ctxW*ctx})
		}
	}
	// The best first, and those of one score in the order they were
	// made, by i and then j (each row is by j): the order a stable sort
	// by score gives, at the cost of a plain one.
	slices.SortFunc(cands, byScoreThenPlace)
	return cands
}

// byScoreThenPlace orders link candidates by score, the best first, and
// then by sentence of a and of b.
func byScoreThenPlace(a, b linkCand) int {
	if c := cmp.Compare(b.s, a.s); c != 0 {
		return c
	}
	if a.i != b.i {
		return cmp.Compare(a.i, b.i)
	}
	return cmp.Compare(a.j, b.j)
}

// A linkSet holds the links of comparable as they are made.
type linkSet struct {
	links        []link
	partA, partB []int // partner of a sentence, -1 if none
	degA, degB   []int // links per sentence
}

func newLinkSet(n, m int) *linkSet {
	lk := &linkSet{partA: make([]int, n), partB: make([]int, m), degA: make([]int, n), degB: make([]int, m)}
	for i := range lk.partA {
		lk.partA[i] = -1
	}
	for j := range lk.partB {
		lk.partB[j] = -1
	}
	return lk
}

// greedy makes the 1-1 links, greedily by score plus the support of the
// diagonal neighbours, which keeps blocks of sentences together. A
// sentence whose best partner is taken does not settle for a much weaker
// free one: it may join the taken one's bead later. The candidates'
// scores without the support (bare) are those of the sims sc.
func (lk *linkSet) greedy(cands []linkCand, sc *sims, p *cparams) {
	takenA := make([]float64, len(lk.partA))
	takenB := make([]float64, len(lk.partB))
	for _, cd := range cands {
		fa, fb := lk.partA[cd.i] < 0, lk.partB[cd.j] < 0
		if !fa && !fb {
			continue
		}
		bare := sc.at(int(cd.i), int(cd.j))
		switch {
		case fa && fb:
			if bare < p.settle*takenA[cd.i] || bare < p.settle*takenB[cd.j] {
				continue
			}
			lk.partA[cd.i], lk.partB[cd.j] = int(cd.j), int(cd.i)
			lk.links = append(lk.links, link{int(cd.i), int(cd.j)})
			lk.degA[cd.i]++
			lk.degB[cd.j]++
		case fa:
			takenA[cd.i] = max(takenA[cd.i], bare)
		case fb:
			takenB[cd.j] = max(takenB[cd.j], bare)
		}
	}
}

// extend links each sentence of one side left alone to its best partner
// already linked on the other side, if the score is enough: less is
// needed next to the partner of a neighbour. parts are the scores of the
// side's sentences, part, deg and otherDeg its partners and the degrees;
// mk makes the link in the order of the sides.
func (lk *linkSet) extend(parts [][]partner, part, deg, otherDeg []int, p *cparams, mk func(x, y int) link) {
	cnt := len(part)
	for x := 0; x < cnt; x++ {
		if deg[x] > 0 {
			continue
		}
		best, by := 0.0, -1
		for _, pt := range parts[x] {
			y, s := int(pt.j), pt.s
			need := p.minExtra
			if x > 0 && part[x-1] == y || x+1 < cnt && part[x+1] == y {
				need = p.minAdj
			}
			if s >= need && s > best && otherDeg[y] > 0 {
				best, by = s, y
			}
		}
		if by >= 0 {
			lk.links = append(lk.links, mk(x, by))
			deg[x]++
			otherDeg[by]++
			part[x] = by
		}
	}
}

// components returns the beads of comparable: the connected components of
// the links, each scored by its best link.
func components(links []link, n, m int, sc *sims) []Bead {
	parent := make([]int, n+m)
	for k := range parent {
		parent[k] = k
	}
	find := func(k int) int {
		for parent[k] != k {
			parent[k] = parent[parent[k]]
			k = parent[k]
		}
		return k
	}
	for _, l := range links {
		parent[find(l.i)] = find(n + l.j)
	}
	// The beads in order of their first sentence; the bead of each root,
	// plus one (0: none yet), counted first so that the beads are one
	// array.
	best := make([]float64, n+m) // by root
	for _, l := range links {
		r := find(l.i)
		best[r] = max(best[r], sc.at(l.i, l.j))
	}
	beadOf := make([]int32, n+m)
	count := int32(0)
	for k := range n + m {
		if r := find(k); beadOf[r] == 0 {
			count++
			beadOf[r] = count
		}
	}
	beads := make([]Bead, count)
	for k := range n + m {
		b := &beads[beadOf[find(k)]-1]
		if k < n {
			b.A = append(b.A, k)
		} else {
			b.B = append(b.B, k-n)
		}
	}
	for r, x := range beadOf {
		if x == 0 {
			continue // not a root
		}
		if b := &beads[x-1]; len(b.A) > 0 && len(b.B) > 0 {
			b.Score = min(1, best[r])
		}
	}
	return beads
}

// orderBeads sorts beads, in place, by their first A index; a bead
// without A comes right after the bead holding the B sentence before it.
// It returns beads.
func orderBeads(beads []Bead, m int) []Bead {
	beadOfB := make([]int, m)
	for k, b := range beads {
		for _, j := range b.B {
			beadOfB[j] = k
		}
	}
	// anchorA[j] is the first A index of the bead that a 0-1 bead holding
	// B sentence j follows: that of the bead of j-1, found in order of j.
	anchorA := make([]int, m)
	for j := 0; j < m; j++ {
		anchorA[j] = -1
		if j == 0 {
			continue
		}
		if prev := beads[beadOfB[j-1]]; len(prev.A) > 0 {
			anchorA[j] = prev.A[0]
		} else {
			anchorA[j] = anchorA[j-1]
		}
	}
	// Sort the beads in place, stably, by their first A index, or that
	// of the bead they follow.
	key := func(b *Bead) (a, tie, j int) {
		if len(b.A) > 0 {
			return b.A[0], 0, 0
		}
		return anchorA[b.B[0]], 1, b.B[0]
	}
	slices.SortStableFunc(beads, func(x, y Bead) int {
		xa, xt, xb := key(&x)
		ya, yt, yb := key(&y)
		if xa != ya {
			return xa - ya
		}
		if xt != yt {
			return xt - yt
		}
		return xb - yb
	})
	return beads
}

// chooseMode picks Monotonic or Comparable for two sides, from the
// sentence pairs that share an anchor found nowhere else in either text
// (a figure, a name): a translation keeps them in order and close to the
// diagonal that the lengths predict; versions written independently move
// them around and away from it. With fewer than three such pairs it looks
// at the numbers of sentences and at captions and credits instead. On the IWSLT'15 TED talks the median
// distance from the diagonal is at most 0.024 of the text; on the
// article pairs in ../testdata/pairs it is at least 0.039.
func chooseMode(fa, fb *features) Mode {
	pts := hapaxPoints(fa, fb)
	if len(pts) < 3 {
		// Too little to go on: a translation has about as many
		// sentences on each side and no captions or credits of its own.
		n, m := fa.n, fb.n
		if abs(n-m) > max(2, max(n, m)/5) || hasExtras(fa) != hasExtras(fb) {
			return Comparable
		}
		return Monotonic
	}
	if diagonalSpread(fa, fb, pts) >= 0.032 || float64(lisLen(pts)) < 0.8*float64(len(pts)) {
		return Comparable
	}
	return Monotonic
}

// hasExtras reports whether a side has captions, credits or bylines.
func hasExtras(f *features) bool {
	for _, k := range f.kind {
		if k == Caption || k == Credit || k == Byline {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// diagonalSpread returns the median distance of the points from the
// diagonal that the two sides' lengths predict, as a share of the text:
// near 0 for a translation.
func diagonalSpread(fa, fb *features, pts []link) float64 {
	if len(pts) == 0 || fa.cum[fa.n] == 0 || fb.cum[fb.n] == 0 {
		return 0
	}
	d := make([]float64, len(pts))
	for k, p := range pts {
		x := (fa.cum[p.i] + fa.size[p.i]/2) / fa.cum[fa.n]
		y := (fb.cum[p.j] + fb.size[p.j]/2) / fb.cum[fb.n]
		d[k] = math.Abs(x - y)
	}
	slices.Sort(d)
	return d[len(d)/2]
}

// strongClass reports the classes of anchors that name a figure or a name.
func strongClass(c anchorClass) bool {
	switch c {
	case clsPunct, clsCommon, clsWord, clsNumWord:
		return false
	}
	return true
}

// hapaxPoints returns the pairs (i, j) of sentences that share an anchor
// found in no other sentence of either side (punctuation and common
// words left out), sorted by i then j.
func hapaxPoints(fa, fb *features) []link {
	// strong maps the anchors of f that name a figure or a name to the
	// sentence that holds them, or to -1 when several do.
	strong := func(f *features) *table {
		n := 0
		for _, k := range f.keys {
			if strongClass(classOf(k)) {
				n++
			}
		}
		// A text names most of its figures and names more than once:
		// a table for a quarter of them, which grows if they hold more
		// distinct keys.
		t := newTable(n / 4)
		for s := 0; s < f.n; s++ {
			for _, k := range f.keys[f.off[s]:f.off[s+1]] {
				if !strongClass(classOf(k)) {
					continue
				}
				if _, ok := t.get(k); ok {
					t.put(k, -1)
				} else {
					t.add(k, int32(s))
				}
			}
		}
		return t
	}
	ta, tb := strong(fa), strong(fb)
	var pts []link
	for i := 0; i < fa.n; i++ {
		for _, k := range fa.keys[fa.off[i]:fa.off[i+1]] {
			if !strongClass(classOf(k)) {
				continue
			}
			if a, _ := ta.get(k); a < 0 {
				continue
			}
			if j, ok := tb.get(k); ok && j >= 0 {
				pts = append(pts, link{i, int(j)})
			}
		}
	}
	slices.SortFunc(pts, func(x, y link) int {
		if x.i != y.i {
			return x.i - y.i
		}
		return x.j - y.j
	})
	return slices.Compact(pts)
}

// lisLen returns the length of the longest chain of points increasing
// in both i and j (strictly in j, non-decreasing in i).
func lisLen(pts []link) int {
	var tails []int // tails[k]: least j ending a chain of length k+1
	for _, p := range pts {
		k, _ := slices.BinarySearch(tails, p.j)
		if k == len(tails) {
			tails = append(tails, p.j)
		} else {
			tails[k] = p.j
		}
	}
	return len(tails)
}
