package align

import (
	"cmp"
	"math"
	"slices"
)

// A Link pairs one mention of a fact on each side: the two that state it
// in sentences that correspond. A fact said three times in one version
// and twice in the other has a link for every mention, so that each
// occurrence an editor looks at has its counterpart.
type Link struct {
	A, B *Item
}

// maxLinkCandidates bounds the mentions of the other side a repeat is
// weighed against (the nearest in the alignment), so that linking stays
// linear on any input.
const maxLinkCandidates = 16

// linkRepeats links every repeat of an agreeing fact (Fact.AlsoA, AlsoB)
// with the mention of the other side in the sentence most like its own:
// the one that shares the most other facts with it, then the most words
// and names the aligner anchors on, then the nearest.
//
// A fact's links are its own: the facts to link are shared, a few at a
// time (the first facts often have the most repeats), by two linkers,
// each with its own scratch, in two goroutines (inChunks).
func (p *pairer) linkRepeats() {
	factsA, factsB := factsOfSentences(p.done, len(p.beadA), true), factsOfSentences(p.done, len(p.beadB), false)
	repeated := p.repeatedFacts()
	var linkers [2]linker
	for w := range linkers {
		linkers[w] = linker{p: p, factsA: factsA, factsB: factsB}
	}
	inChunks(len(repeated), linkChunk, func(worker, _, lo, hi int) {
		for _, k := range repeated[lo:hi] {
			linkers[worker].link(int(k))
		}
	})
}

// linkChunk is how many facts linkRepeats hands a linker at a time.
const linkChunk = 16

// repeatedFacts returns the agreeing facts said more than once on a
// side, whose repeats linkRepeats links, in order.
func (p *pairer) repeatedFacts() []int32 {
	var out []int32
	for k := range p.done {
		if f := &p.done[k]; f.Status == Agree && f.A != nil && f.B != nil && len(f.AlsoA)+len(f.AlsoB) > 0 {
			out = append(out, int32(k))
		}
	}
	return out
}

// appendMentions appends to dst a fact's first mention on a side and its
// repeats.
func appendMentions(dst []*Item, first *Item, also []*Item) []*Item {
	return append(append(dst, first), also...)
}

// A linker holds the facts each sentence states, on each side, and the
// mentions of the fact it links.
type linker struct {
	p              *pairer
	factsA, factsB sentenceFacts
	occA, occB     []*Item       // scratch of link: the mentions of a fact on each side
	seen           map[Link]bool // scratch of link: the links of a fact with many repeats (seenLinks)

	// Scratch of closest: the facts of the sentence of the repeat it
	// links are those whose mark is stamp (markFacts).
	mark  []int32
	stamp int32
	// Scratch of sharedIDs: the ids of one sentence are those whose
	// mark is idStamp.
	idMark  []int32
	idStamp int32
}

// sentenceFacts lists the facts that each sentence of a side states, by
// index, each once and in increasing order. The lists share one array.
type sentenceFacts struct {
	start []int32 // the facts of sentence s are facts[start[s]:start[s+1]]
	facts []int32
}

// of returns the facts of sentence s, in increasing order.
func (sf sentenceFacts) of(s int) []int32 {
	return sf.facts[sf.start[s]:sf.start[s+1]]
}

// factsOfSentences lists the facts that pair a mention of each side by
// the sentences of n of one side (sideA: of A) that state them, in the
// fact or as a repeat: counted first, then filled in.
func factsOfSentences(facts []Fact, n int, sideA bool) sentenceFacts {
	sf := sentenceFacts{start: make([]int32, n+1)}
	last := make([]int32, n) // the last fact counted in each sentence, plus one
	eachSentence(facts, sideA, func(s int, k int32) {
		if last[s] != k+1 {
			last[s] = k + 1
			sf.start[s+1]++
		}
	})
	for s := range n {
		sf.start[s+1] += sf.start[s]
	}
	sf.facts = make([]int32, sf.start[n])
	next := last // reused: where the next fact of each sentence goes
	copy(next, sf.start[:n])
	eachSentence(facts, sideA, func(s int, k int32) {
		if next[s] == sf.start[s] || sf.facts[next[s]-1] != k {
			sf.facts[next[s]] = k
			next[s]++
		}
	})
	return sf
}

// eachSentence calls fn with the sentence of each mention on one side
// (sideA: A) of the facts that pair a mention of each side, first and
// repeats, and the index of its fact; the facts in order.
func eachSentence(facts []Fact, sideA bool, fn func(s int, k int32)) {
	for k := range facts {
		f := &facts[k]
		if f.A == nil || f.B == nil {
			continue
		}
		first, also := f.A, f.AlsoA
		if !sideA {
			first, also = f.B, f.AlsoB
		}
		fn(first.Sentence, int32(k))
		for _, it := range also {
			fn(it.Sentence, int32(k))
		}
	}
}

// link gives fact k a link for each of its repeats.
func (l *linker) link(k int) {
	f := &l.p.done[k]
	l.occA, l.occB = appendMentions(l.occA[:0], f.A, f.AlsoA), appendMentions(l.occB[:0], f.B, f.AlsoB)
	occA, occB := l.byBead(l.occA, true), l.byBead(l.occB, false)
	// The links made, and A and B: searched in f.Links when there are
	// few repeats, as most facts have, in a map when there are many, so
	// that a name said a thousand times stays linear.
	first := Link{f.A, f.B}
	var seen map[Link]bool
	if len(f.AlsoA)+len(f.AlsoB) > maxLinearLinks {
		seen = l.seenLinks()
		seen[first] = true
	}
	add := func(x Link) {
		switch {
		case seen != nil && seen[x]:
			return
		case seen != nil:
			seen[x] = true
		case x == first || slices.Contains(f.Links, x):
			return
		}
		if f.Links == nil {
			// A link for each repeat, some of them the same: room for
			// all at once.
			f.Links = make([]Link, 0, len(f.AlsoA)+len(f.AlsoB))
		}
		f.Links = append(f.Links, x)
	}
	for _, a := range f.AlsoA {
		add(Link{a, l.closest(k, a, occB, true)})
	}
	for _, b := range f.AlsoB {
		add(Link{l.closest(k, b, occA, false), b})
	}
}

// seenLinks returns the linker's map of the links made, empty: one map
// for every fact with many repeats, cleared from one to the next, rather
// than one each.
func (l *linker) seenLinks() map[Link]bool {
	if l.seen == nil {
		l.seen = map[Link]bool{}
	}
	clear(l.seen)
	return l.seen
}

// maxLinearLinks is the most repeats of a fact whose links link checks
// for doubles one by one.
const maxLinearLinks = 16

// byBead returns mentions sorted by the bead of their sentence.
func (l *linker) byBead(items []*Item, sideA bool) []*Item {
	slices.SortStableFunc(items, func(x, y *Item) int { return cmp.Compare(l.bead(x, sideA), l.bead(y, sideA)) })
	return items
}

func (l *linker) bead(it *Item, sideA bool) int {
	if sideA {
		return l.p.beadA[it.Sentence]
	}
	return l.p.beadB[it.Sentence]
}

// closest returns the mention of others (the other side's mentions of
// fact k, by bead) whose sentence is most like that of it.
func (l *linker) closest(k int, it *Item, others []*Item, sideA bool) *Item {
	at := l.bead(it, sideA)
	i, _ := slices.BinarySearchFunc(others, at, func(o *Item, b int) int { return cmp.Compare(l.bead(o, !sideA), b) })
	lo, hi := max(0, i-maxLinkCandidates/2), min(len(others), i+maxLinkCandidates/2)
	cands := others[lo:hi]
	// The facts each candidate shares, and the most; the anchors shared
	// are counted only to break a tie of the most facts shared.
	var shared [maxLinkCandidates]int
	most, tied := -1, 0
	l.markFacts(it, sideA)
	for c, o := range cands {
		shared[c] = l.shared(k, o, sideA)
		switch {
		case shared[c] > most:
			most, tied = shared[c], 1
		case shared[c] == most:
			tied++
		}
	}
	var best *Item
	bestWords, bestDist := 0, 0
	for c, o := range cands {
		if shared[c] != most {
			continue
		}
		dist := absInt(l.bead(o, !sideA) - at)
		if best == nil {
			best, bestDist = o, dist
			if tied > 1 {
				bestWords = l.sharedAnchors(it, o, sideA)
			}
			continue
		}
		if words := l.sharedAnchors(it, o, sideA); words > bestWords || words == bestWords && dist < bestDist {
			best, bestWords, bestDist = o, words, dist
		}
	}
	return best
}

// sharedAnchors counts the aligner's anchors (words of the lexicon, names,
// figures) that the sentences of it and o (of the other side) share:
// "cú đúp" and "double".
func (l *linker) sharedAnchors(it, o *Item, sideA bool) int {
	a, b := it, o
	if !sideA {
		a, b = o, it
	}
	fa, fb := l.p.fa.anchors, l.p.fb.anchors
	if fa == nil || fb == nil || a.Sentence >= fa.n || b.Sentence >= fb.n {
		return 0
	}
	from, to := fa.off[a.Sentence], fa.off[a.Sentence+1]
	fromB, toB := fb.off[b.Sentence], fb.off[b.Sentence+1]
	if fa.ids != nil && fb.ids != nil {
		return l.sharedIDs(fa.ids[from:to], fb.ids[fromB:toB], fa.idCount)
	}
	return sharedKeys(fa.keys[from:to], fb.keys[fromB:toB])
}

// sharedKeys counts the keys that x and y, each sorted and each key
// once, share.
func sharedKeys(x, y []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// sharedIDs counts the ids (below count) that x and y, each id once,
// share: x's are marked, and y's looked up, for the ids of a sentence
// are not in order as its keys are.
func (l *linker) sharedIDs(x, y []int32, count int) int {
	if len(l.idMark) < count {
		l.idMark, l.idStamp = make([]int32, count), 0
	}
	if l.idStamp == math.MaxInt32 {
		clear(l.idMark)
		l.idStamp = 0
	}
	l.idStamp++
	for _, id := range x {
		l.idMark[id] = l.idStamp
	}
	n := 0
	for _, id := range y {
		if l.idMark[id] == l.idStamp {
			n++
		}
	}
	return n
}

// markFacts marks the facts that the sentence of it (of side A, or with
// !sideA of B) states, for shared: one pass over them for all the
// candidates of closest, not a merge with each candidate's.
func (l *linker) markFacts(it *Item, sideA bool) {
	if l.mark == nil {
		l.mark = make([]int32, len(l.p.done))
	}
	if l.stamp == math.MaxInt32 {
		clear(l.mark)
		l.stamp = 0
	}
	l.stamp++
	own := l.factsB
	if sideA {
		own = l.factsA
	}
	for _, f := range own.of(it.Sentence) {
		l.mark[f] = l.stamp
	}
}

// shared counts the facts other than k that the sentence of o (of the
// other side than the one markFacts marked) and the marked one both
// state.
func (l *linker) shared(k int, o *Item, sideA bool) int {
	other := l.factsA
	if sideA {
		other = l.factsB
	}
	n := 0
	for _, f := range other.of(o.Sentence) {
		if l.mark[f] == l.stamp && int(f) != k {
			n++
		}
	}
	return n
}
