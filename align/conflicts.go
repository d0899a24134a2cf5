package align

import (
	"cmp"
	"slices"
	"strings"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

// conflicts pairs facts that talk about the same thing with different
// values. Two facts are candidates when their sentences are aligned (with
// evidence: a shared agreed fact or name, or one fact each in a confident
// bead) or share agreed facts, when they are the same kind of fact
// (sameThing), and when each is the only one of its kind left in its
// sentence. With namesOnly, only swapped names are looked for, in aligned
// sentences.
func (p *pairer) conflicts(namesOnly bool) {
	if p.mayConflict(namesOnly) {
		p.findConflicts(newConflictSearch(p, namesOnly))
	}
}

// mayConflict reports whether each side has an item left that a
// conflict could pair (a name, when namesOnly): without one on each side
// there is nothing to weigh, and a segment pair of a corpus whose facts
// all agree need not count its slots.
func (p *pairer) mayConflict(namesOnly bool) bool {
	return anyLeft(p.fa, p.usedA, namesOnly) && anyLeft(p.fb, p.usedB, namesOnly)
}

// anyLeft reports whether the side has an item not yet used (a name,
// when namesOnly).
func anyLeft(s *sideItems, used []bool, namesOnly bool) bool {
	for x := range s.items {
		if !used[x] && (!namesOnly || s.items[x].Entity != nil) {
			return true
		}
	}
	return false
}

// conflictsInUnits pairs, in the units of a bilingual file, the facts
// that differ, before any figure is paired across units: a unit is an
// aligned pair the translator made, and its figure's counterpart is in it
// ("4.400 dự án" against "4,600 projects" in one unit, though the next
// unit has 4,400).
func (p *pairer) conflictsInUnits() {
	if !p.mayConflict(false) {
		return
	}
	cs := newConflictSearch(p, false)
	cs.unitsOnly = true
	p.findConflicts(cs)
}

// findConflicts adds the best candidate of each item of A, the best
// supported first.
func (p *pairer) findConflicts(cs *conflictSearch) {
	picks := cs.picks()
	// The best supported first: a conflict in the sentence that shares
	// most with the other before one in the headline.
	order := make([]int, picks.len()) // sorted, not the picks: a verdict is large
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(picks.at(b).score, picks.at(a).score) })
	for _, k := range order {
		if c := picks.at(k); !p.usedA[c.x] && !p.usedB[c.y] {
			p.add(c.x, c.y, c.v, c.conf)
		}
	}
}

// picks returns the best candidate of each item of A left, in the order
// of the items. The search only reads the pairing: the items of A are
// shared, chunk by chunk, by two goroutines (inChunks), once what the
// search makes at its first need is made, and their lists read in order.
func (cs *conflictSearch) picks() chunked[conflictPick] {
	n := len(cs.p.fa.items)
	if sharesWork(n) {
		cs.makeLazy()
	}
	picks := newChunked[conflictPick](n, chunkSize)
	inChunks(n, chunkSize, func(_, c, lo, hi int) {
		picks.lists[c] = cs.picksOf(lo, hi)
	})
	picks.end()
	return picks
}

// picksOf returns the best candidates of the items of A from lo to hi
// left, as picks does.
func (cs *conflictSearch) picksOf(lo, hi int) []conflictPick {
	p := cs.p
	var picks []conflictPick
	for x := lo; x < hi; x++ {
		ax := &p.fa.items[x]
		if p.usedA[x] || cs.namesOnly && ax.Entity == nil || p.convertsPaired(p.fa, p.usedA, x) && !cs.bothConvert(x) && !cs.restatedBeside(x) {
			continue
		}
		if c, ok := cs.best(x); ok {
			picks = append(picks, c)
		}
	}
	return picks
}

// restatedBeside reports whether item x of A converts an amount whose
// counterpart's sentence in B holds, left, a restatement of it
// (restatementOf), which x may conflict with.
func (cs *conflictSearch) restatedBeside(x int) bool {
	oy := cs.originalsPartner(x)
	return oy != nil && anyLeftOf(cs.p.itemsOfB.of(oy.Sentence), cs.p.fb.items, cs.p.usedB, func(it *Item) bool { return cs.restatementIn(x, oy, it) })
}

// restatementOf reports whether it, an item of B, is an amount in the
// currency of item x of A, which converts an amount, in the sentence of
// that amount's counterpart: B's restatement, which a slip of scale made
// no conversion there ("about $24,000 more, or over VND630 billion"
// against "khoảng 24.000 USD, tức hơn 630 triệu đồng").
func (cs *conflictSearch) restatementOf(x int, it *Item) bool {
	oy := cs.originalsPartner(x)
	return oy != nil && cs.restatementIn(x, oy, it)
}

// restatementIn is restatementOf with oy, the counterpart of what x
// converts, found.
func (cs *conflictSearch) restatementIn(x int, oy, it *Item) bool {
	return it != oy && it.Sentence == oy.Sentence && it.Number != nil && it.Number.Kind == numbers.Money &&
		it.Number.Currency == cs.p.fa.items[x].Number.Currency
}

// originalsPartner returns the item of B that agrees with the amount
// item x of A converts, or nil.
func (cs *conflictSearch) originalsPartner(x int) *Item {
	ox, ok := cs.p.fa.converted[x]
	if !ok || cs.partnerA[ox] < 0 {
		return nil
	}
	return &cs.p.fb.items[cs.partnerA[ox]]
}

// makeLazy makes what the search of every kind of fact makes at its first
// need (byNames, soleInText, soleInZone), from the same pairing: the
// affinities of names and the tallies of fine slots and of zones.
func (cs *conflictSearch) makeLazy() {
	if cs.namesOnly || cs.unitsOnly {
		return // neither is asked for
	}
	p := cs.p
	if !cs.nameMade {
		cs.nameAff, cs.nameMade = nameAffinities(p.facts, len(p.beadA), p.fa, p.fb), true
	}
	if cs.fines == nil {
		cs.fines = newSoleTally(p, fineKind)
	}
	if cs.zones == nil {
		cs.zones = newSoleTally(p, zonedClock)
	}
}

// A conflictSearch holds what conflicts weighs the candidates with.
type conflictSearch struct {
	p         *pairer
	namesOnly bool
	unitsOnly bool     // only in the bead, which needs no other evidence
	aff       affinity // agreed figures between sentences of A and B
	// The agreed rare names between them (nameAffinities), made at the
	// first call of byNames: a search of names only or in units needs none.
	nameAff  affinity
	nameMade bool
	// The leftovers of each slot, counted, and of each coarse slot, for
	// choosing between several; the counts without the names each side
	// agrees on (agreedA, agreedB).
	leftA, leftB slotTally
	// The repeats already agreed in a sentence of the other side: the
	// second "lượt về" of a sentence whose first agrees with "the second
	// leg" is no rival to "the first leg" there.
	repeatAgreed pairSet
	// The repeat groups of each side agreed somewhere (agreedGroups).
	groupAgreedA, groupAgreedB []bool
	// The B item each figure of A agrees with, -1 for none (agreedPartners).
	partnerA []int32
	factsInA []int // items of each A sentence
	// The names each side agrees on, and the leftovers of each slot that
	// are not such names: a name said again is no rival to a new one.
	agreedA, agreedB nameSet
	confirmed        []bool // beads that an agreed figure confirms
	// The paired amounts that both versions convert, for telling a
	// gloss from a fact (glossAgainst).
	converted conversionPairs
	// The figures of each fine slot kind of each side, made at the first
	// call of soleInText.
	fines *soleTally[string]
	// The clock times of each zone of each side, made at the first call
	// of soleInZone (or by makeLazy, before the search is shared).
	zones *soleTally[int8]
	// The bare counts and ranks and the places each side leaves, by value
	// and key (leftElsewhere).
	bareA, bareB bareTally
}

// A conflictPick is the best candidate of an item of A.
type conflictPick struct {
	x, y        int
	v           verdict
	conf, score float64
}

func newConflictSearch(p *pairer, namesOnly bool) *conflictSearch {
	cs := &conflictSearch{p: p, namesOnly: namesOnly}
	// The two halves read the pairing and write each its own fields:
	// with many items, the first in a goroutine of its own (bothAtOnce),
	// once pair has made the sides' indexes.
	bothAtOnce(p.indexed(), cs.agreedFigures, cs.leftovers)
	return cs
}

// agreedFigures makes what the search knows of the agreed figures: the
// affinities of the sentences, the repeats agreed, the partners and the
// conversions paired.
func (cs *conflictSearch) agreedFigures() {
	p := cs.p
	// The affinities are built in the arrays of the last ones, which no
	// step reads any more (a search is done before the next step
	// starts).
	p.aff = affinities(p.facts, len(p.beadA), p.aff)
	cs.aff = p.aff
	cs.repeatAgreed = p.repeatsAgreed()
	cs.converted = p.conversionPairs()
	cs.groupAgreedA, cs.groupAgreedB = cs.repeatAgreed.groups(len(p.fa.items), len(p.fb.items))
	cs.partnerA = p.agreedPartners()
}

// leftovers makes what the search knows of the items left and the
// sentences: the agreed names, the tallies of each side's leftovers, the
// facts of each sentence of A and the beads agreed figures confirm.
func (cs *conflictSearch) leftovers() {
	p := cs.p
	cs.agreedA, cs.agreedB = p.agreedNames()
	cs.bareA, cs.bareB = tallyBare(p.fa, p.usedA), tallyBare(p.fb, p.usedB)
	// The tallies are built in the arrays of the last ones, as the
	// affinities are.
	p.leftA.tally(p.fa, p.usedA, cs.agreedA)
	p.leftB.tally(p.fb, p.usedB, cs.agreedB)
	cs.leftA, cs.leftB = p.leftA, p.leftB
	cs.factsInA = make([]int, len(p.beadA))
	for x := range p.fa.items {
		cs.factsInA[p.fa.items[x].Sentence]++
	}
	// Beads that agreed facts confirm: a sentence merged or split by the
	// other version is aligned with all the sentences of its bead.
	cs.confirmed = make([]bool, len(p.beads))
	for _, f := range p.facts {
		if f.Status == Agree && f.A != nil && f.B != nil && f.A.Number != nil && p.beadA[f.A.Sentence] == p.beadB[f.B.Sentence] {
			cs.confirmed[p.beadA[f.A.Sentence]] = true
		}
	}
}

// A nameSet holds the keys of names.
type nameSet map[string]bool

// has reports an item that is a name of the set.
func (s nameSet) has(it *Item) bool { return it.Entity != nil && s[it.Entity.Key] }

// agreedNames returns the keys of the names each side agrees on: a name
// said again is no rival to a changed one in its sentence ("Bao" beside
// "Liam Porter", where Bao agrees with "Quốc Bảo" in the lead).
func (p *pairer) agreedNames() (a, b nameSet) {
	a, b = nameSet{}, nameSet{}
	for _, f := range p.facts {
		if f.Status == Agree && f.A != nil && f.B != nil && f.A.Entity != nil && f.B.Entity != nil {
			a[f.A.Entity.Key], b[f.B.Entity.Key] = true, true
		}
	}
	return a, b
}

// sameSlot reports whether a and b are each the only fact of their slot
// left in their sentences (see the function sameSlot); a name no
// agreement has taken yet needs only to be the one such name: "Liam
// Porter" beside "Bao", which agrees with "Quốc Bảo" in the lead.
func (cs *conflictSearch) sameSlot(x, y int) bool {
	p := cs.p
	a, b := &p.fa.items[x], &p.fb.items[y]
	sa, sb := slotsOf(a), slotsOf(b)
	ia, ib := p.fa.slotIndex()[x], p.fb.slotIndex()[y]
	left := func(it *Item, agreed nameSet, t *slotTally, id int32) int32 {
		if it.Entity != nil && !agreed.has(it) {
			return t.fresh[id]
		}
		return t.left[id]
	}
	for c := range sa {
		na := left(a, cs.agreedA, &cs.leftA, ia[c])
		nb := left(b, cs.agreedB, &cs.leftB, ib[c])
		if sa[c].kind == sb[c].kind && na == 1 && nb == 1 {
			return true
		}
	}
	return false
}

// A slotTally counts the leftover items of each slot of a side (by the
// ids of sideItems.slotIndex), and lists those of each coarse slot.
type slotTally struct {
	left  []int32 // leftovers of each slot
	fresh []int32 // the same without the names the side agrees on
	start []int32 // the leftovers of coarse slot id are rest[start[id]:start[id+1]]
	rest  []int32
	all   []int32 // the array of left, fresh, start and tally's scratch
}

// tally counts the items of s that are not used, in t's arrays when
// they have room.
func (t *slotTally) tally(s *sideItems, used []bool, agreed nameSet) {
	ids := s.slotIndex()
	n := s.slotCount
	// The counts, the starts and where the next leftover of each coarse
	// slot goes share one array.
	t.all = reuse(t.all, 4*n+1)
	t.left, t.fresh, t.start = t.all[:n:n], t.all[n:2*n:2*n], t.all[2*n:3*n+1:3*n+1]
	next := t.all[3*n+1:]
	for i, id := range ids {
		if used[i] {
			continue
		}
		t.start[id[1]+1]++
		if s.items[i].whole || s.saidJustBefore(i, used) {
			continue // the whole of a part states no rival value; a name is one leftover
		}
		t.left[id[0]]++
		if id[1] != id[0] {
			t.left[id[1]]++
		}
		if !agreed.has(&s.items[i]) {
			t.fresh[id[0]]++
			if id[1] != id[0] {
				t.fresh[id[1]]++
			}
		}
	}
	for k := 1; k <= n; k++ {
		t.start[k] += t.start[k-1]
	}
	t.rest = reuse(t.rest, int(t.start[n]))
	copy(next, t.start[:n])
	for i, id := range ids {
		if !used[i] {
			t.rest[next[id[1]]] = int32(i)
			next[id[1]]++
		}
	}
}

// saidJustBefore reports a name that a leftover of its sentence, among
// the few items before it there, says already: "Ngân hàng Trung ương
// châu Âu (ECB)" is one name left, not two.
func (s *sideItems) saidJustBefore(i int, used []bool) bool {
	e := s.items[i].Entity
	if e == nil {
		return false
	}
	items := s.itemsBySentence().of(s.items[i].Sentence) // in item order
	k, _ := slices.BinarySearch(items, i)
	for j := k - 1; j >= 0 && j >= k-maxRepeatBack; j-- {
		if x := items[j]; !used[x] && s.items[x].Entity != nil && s.items[x].Entity.Key == e.Key {
			return true
		}
	}
	return false
}

// maxRepeatBack is how many items before a name saidJustBefore looks at.
const maxRepeatBack = 4

// reuse returns n zeros in the array of s if it has room, else in a new
// one.
func reuse(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// restOf returns the leftovers of the coarse slot id, in order.
func (t *slotTally) restOf(id int32) []int32 {
	return t.rest[t.start[id]:t.start[id+1]]
}

// A candidates tracks the candidates of one item of A.
type candidates struct {
	x, best, count int
	score          float64
	v              verdict
	// sole: the candidate is the one fact of its kind each version
	// leaves (soleInZone), which needs no slot or nearness of its own.
	sole bool
}

// best returns the best candidate for item x of A, from the sentences
// that evidence ties to x's.
func (cs *conflictSearch) best(x int) (conflictPick, bool) {
	p := cs.p
	c := &candidates{x: x, best: -1}
	if !cs.namesOnly && !cs.unitsOnly {
		cs.byAffinity(c)
	}
	cs.inBead(c)
	if !cs.namesOnly && !cs.unitsOnly {
		cs.nearAlone(c)
		cs.splitAway(c)
		if c.best < 0 {
			cs.soleInText(c)
		}
		if c.best < 0 {
			cs.soleInZone(c)
		}
	}
	if c.best < 0 {
		return conflictPick{}, false
	}
	k := p.beadA[p.fa.items[x].Sentence]
	kb := p.beadB[p.fb.items[c.best].Sentence]
	conf := beadConfidence(p.beads[kb])
	if kb != k {
		conf = confElsewhere
	}
	if c.count > 1 {
		conf *= confAmbiguous
	}
	return conflictPick{x, c.best, c.v, conf, c.score}, true
}

// byAffinity considers the sentences of B that share agreed figures with
// x's, and those tied to the sentence before or after x's: a sentence the
// other version merged with its neighbour.
func (cs *conflictSearch) byAffinity(c *candidates) {
	p := cs.p
	ax := &p.fa.items[c.x]
	sa, k := ax.Sentence, p.beadA[ax.Sentence]
	for _, pr := range cs.aff.partners(sa) {
		for _, y := range p.itemsOfB.of(int(pr.b)) {
			cs.consider(c, y, float64(pr.n)+0.5*boolf(p.beadB[pr.b] == k))
		}
	}
	cs.byNames(c)
	if ax.Number == nil {
		// A name of a sentence left alone: the other version merged it
		// with a neighbour ("... ở tỉnh Hưng Yên." and the next, against
		// "... in Bac Ninh Province, and ..."), which an edited name no
		// longer anchors.
		if len(p.beads[k].B) == 0 {
			cs.mergedNeighbours(c, sa, false)
		}
		return
	}
	// Dates and ranks are too common to guess across sentences, unless
	// x's sentence shares no agreed figure with a sentence of its bead
	// (or has none there) and its neighbour shares figures enough with a
	// sentence of B to be merged with it there ("... 1 cổ phiếu mới. Ngày
	// đăng ký cuối cùng là 9/10." against "..., one new share for every
	// five held, to shareholders on record as of Oct. 9").
	common := family(ax.Number.Kind) == numbers.Date || ax.Number.Kind == numbers.Ordinal
	if common && cs.tiedInBead(k, sa) {
		return
	}
	cs.mergedNeighbours(c, sa, common)
}

// mergedNeighbours considers the sentences of B that share agreed figures
// with the sentence before or after sa, x's: a sentence the other version
// merged with its neighbour. A common kind of fact (dates, ranks) needs
// minMergedAffinity figures shared.
func (cs *conflictSearch) mergedNeighbours(c *candidates, sa int, common bool) {
	p := cs.p
	for _, n := range []int{sa - 1, sa + 1} {
		for _, pr := range cs.aff.partners(n) {
			if cs.aff.of(sa, int(pr.b)) > 0 || common && pr.n < minMergedAffinity {
				continue
			}
			for _, y := range p.itemsOfB.of(int(pr.b)) {
				cs.consider(c, y, 0.25)
			}
		}
	}
}

// tiedInBead reports whether sentence sa of A shares an agreed figure
// with a sentence of B in its bead k.
func (cs *conflictSearch) tiedInBead(k, sa int) bool {
	for _, sb := range cs.p.beads[k].B {
		if cs.aff.of(sa, sb) > 0 {
			return true
		}
	}
	return false
}

// minMergedAffinity is how many agreed figures the neighbour of an
// unaligned sentence must share with a sentence of B for a date or a rank
// of the unaligned one to be weighed there.
const minMergedAffinity = 2

// byNames considers the sentences of B that share minNameAffinity agreed
// rare names or more with x's, and share no agreed figure with it (those
// byAffinity weighs): a lead that restates a sentence of the body in
// other words ("Hà Lan, Bỉ, Áo, Hungary và Australia"; "the Netherlands,
// Belgium, Austria, Hungary and Australia").
func (cs *conflictSearch) byNames(c *candidates) {
	p := cs.p
	if !cs.nameMade {
		cs.nameAff, cs.nameMade = nameAffinities(p.facts, len(p.beadA), p.fa, p.fb), true
	}
	sa := p.fa.items[c.x].Sentence
	for _, pr := range cs.nameAff.partners(sa) {
		if pr.n < minNameAffinity || cs.aff.of(sa, int(pr.b)) > 0 {
			continue
		}
		for _, y := range p.itemsOfB.of(int(pr.b)) {
			cs.consider(c, y, 0.5)
		}
	}
}

// minNameAffinity is how many rare names two sentences must share for
// byNames: one may be named anywhere in a story.
const minNameAffinity = 2

// inBead considers the items of x's bead, when evidence backs the bead.
func (cs *conflictSearch) inBead(c *candidates) {
	p := cs.p
	sa := p.fa.items[c.x].Sentence
	k := p.beadA[sa]
	if len(p.beads[k].A) == 0 {
		return
	}
	for _, y := range p.inB.of(k) {
		sb := p.fb.items[y].Sentence
		if !cs.namesOnly && !cs.unitsOnly && cs.aff.of(sa, sb) > 0 {
			continue // considered by byAffinity
		}
		if cs.unitsOnly || cs.backed(k, sa, sb) || p.soleBounds(c.x, y) || cs.soleOfKind(k, c.x, y) {
			cs.consider(c, y, 0.5)
		}
	}
}

// backed reports evidence that sentence sa of A and sb of B, in bead k,
// are aligned rightly: short sentences with one or two facts each,
// confidently aligned, need no other; else an agreed figure or a shared
// name.
func (cs *conflictSearch) backed(k, sa, sb int) bool {
	p := cs.p
	b, na, nb := p.beads[k], cs.factsInA[sa], len(p.itemsOfB.of(sb))
	one := b.Score >= 0.3 && (na == 1 && nb <= 2 || na <= 2 && nb == 1) ||
		b.Score > 0 && len(b.A) == 1 && len(b.B) == 1 && na <= 2 && nb <= 2
	return one || cs.aff.of(sa, sb) > 0 || cs.confirmed[k] || sharedName(sa, sb, p.fa, p.fb, b.Score < 0.3)
}

// soleOfKind reports counts or ranks x of A and y of B that are each the
// only figure of their kind in sentences aligned one to one: "vụ tai nạn
// thứ tư trên đèo Bảo Lộc kể từ đầu năm" and "the third accident on the
// pass since the start of the year", where a name and a date said on one
// side only make more facts than backed allows. Dates are left out: a
// caption dates its photo, the text beside it another event; but not two
// times on one clock on two days (sameClockOtherDay), nor two
// clock times that each restate in another zone, as rare as a count in a
// story ("lúc 11h30 ngày 15/9 giờ San Jose, tức 0h30 ngày 16/9 giờ Hà
// Nội" and "at 10:30 a.m. local time, or 12:30 a.m. Wednesday in
// Hanoi").
func (cs *conflictSearch) soleOfKind(k, x, y int) bool {
	p := cs.p
	b := p.beads[k]
	ax, by := p.fa.items[x].Number, p.fb.items[y].Number
	if len(b.A) != 1 || len(b.B) != 1 || b.Score <= 0 || !(countOrRank(ax) && countOrRank(by) || restatedClocks(ax, by) || sameClockOtherDay(ax, by)) {
		return false
	}
	return onlyOfKind(p.fa, p.itemsOfA.of(p.fa.items[x].Sentence), x) && onlyOfKind(p.fb, p.itemsOfB.of(p.fb.items[y].Sentence), y)
}

// sameClockOtherDay reports two times of day on the same clock, each on
// a day its text states or names by its weekday, the days apart: "6h
// ngày 7/12" and "6 a.m. on Sunday" say one event, and one of them
// slipped its day.
func sameClockOtherDay(a, b *numbers.Mention) bool {
	if a == nil || b == nil || a.Kind != numbers.Date || b.Kind != numbers.Date || a.Date.Grain < numbers.GrainHour || b.Date.Grain < numbers.GrainHour {
		return false
	}
	pa, pb := a.Date.Point, b.Date.Point
	return pa.Day != 0 && pb.Day != 0 && pa.Hour == pb.Hour && pa.Minute == pb.Minute &&
		(pa.Year != pb.Year || pa.Month != pb.Month || pa.Day != pb.Day)
}

// restatedClocks reports two clock times that each restate in another
// zone (restatedClock).
func restatedClocks(a, b *numbers.Mention) bool {
	return a != nil && b != nil && a.Kind == numbers.Date && b.Kind == numbers.Date && restatedClock(&a.Date) && restatedClock(&b.Date)
}

// countOrRank reports a count (a Number) or a rank.
func countOrRank(m *numbers.Mention) bool {
	return m != nil && (m.Kind == numbers.Number || family(m.Kind) == numbers.Ordinal)
}

// onlyOfKind reports whether item i of side s is the only one of its
// coarse slot among the items rest of its sentence.
func onlyOfKind(s *sideItems, rest []int, i int) bool {
	ids := s.slotIndex()
	for _, j := range rest {
		if j != i && ids[j][1] == ids[i][1] {
			return false
		}
	}
	return true
}

// nearAlone considers, for a sentence the alignment left alone, the short
// sentences of the other version left alone next to it, in the list of
// beads or in one gap of the alignment (inOneGap): an edit can take away
// the only anchor that would have paired them.
func (cs *conflictSearch) nearAlone(c *candidates) {
	p := cs.p
	sa := p.fa.items[c.x].Sentence
	k := p.beadA[sa]
	if len(p.beads[k].B) != 0 || cs.factsInA[sa] > 2 {
		return
	}
	for kk := max(0, k-aloneReach); kk <= k+aloneReach && kk < len(p.beads); kk++ {
		if kk == k || len(p.beads[kk].A) != 0 {
			continue
		}
		for _, y := range p.inB.of(kk) {
			if len(p.itemsOfB.of(p.fb.items[y].Sentence)) <= 2 {
				cs.consider(c, y, 0.2)
			}
		}
	}
	for _, sb := range p.gapPartners(sa) {
		if kb := p.beadB[sb]; kb >= k-aloneReach && kb <= k+aloneReach || len(p.itemsOfB.of(sb)) > 2 {
			continue // considered above, or long
		}
		for _, y := range p.itemsOfB.of(sb) {
			cs.consider(c, y, 0.2)
		}
	}
}

// aloneReach is how many beads from a sentence left alone nearAlone looks
// for one of the other version left alone.
const aloneReach = 2

// gapPartners returns the sentences of B in one gap of the alignment with
// sentence sa of A (inOneGap): the next after, or the one before, the
// counterpart of a sentence beside sa.
func (p *pairer) gapPartners(sa int) []int {
	var out []int
	for _, d := range [2]int{-1, 1} {
		na := sa + d
		if na < 0 || na >= len(p.beadA) {
			continue
		}
		for _, nb := range p.beads[p.beadA[na]].B {
			if sb := nb - d; sb >= 0 && sb < len(p.beadB) && p.inOneGap(sa, sb) && !slices.Contains(out, sb) {
				out = append(out, sb)
			}
		}
	}
	return out
}

// splitAway considers a sentence the other version split in two, the
// second half left alone by the alignment: its one figure continues the
// sentence before ("..., up 12 per cent. The holiday marked the 51st
// anniversary"). A year alone is left out: a sentence of context that one
// version adds dates its history by the year ("Năm 2025, công ty chở 4,3
// triệu lượt khách" before the English "The railway was completed in
// 1936").
func (cs *conflictSearch) splitAway(c *candidates) {
	p := cs.p
	ax := &p.fa.items[c.x]
	k := p.beadA[ax.Sentence]
	if ax.Number == nil || yearAlone(ax.Number) || len(p.beads[k].A) == 0 || len(p.beads[k].B) == 0 {
		return
	}
	for _, kk := range []int{k - 1, k + 1} {
		if kk < 0 || kk >= len(p.beads) || len(p.beads[kk].A) != 0 || len(p.beads[kk].B) != 1 {
			continue
		}
		if sb := p.beads[kk].B[0]; sb >= 0 && sb < len(p.fb.numbersIn) && p.fb.numbersIn[sb]+p.fb.datesIn[sb] == 1 {
			for _, y := range p.itemsOfB.of(sb) {
				cs.consider(c, y, 0.2)
			}
		}
	}
}

// yearAlone reports a date that names a year and nothing finer: "Năm
// 2025", "in 1936".
func yearAlone(m *numbers.Mention) bool {
	return m.Kind == numbers.Date && m.Date.Grain == numbers.GrainYear
}

// soleInText considers, for a count of things left alone in A, the one
// count of B with that unit left, wherever it stands, when one of the two
// versions states no other count with it: "14 văn kiện hợp tác" in the
// body and "16 cooperation documents" in the English lead, which shares
// nothing else with that sentence.
func (cs *conflictSearch) soleInText(c *candidates) {
	p := cs.p
	ax := &p.fa.items[c.x]
	if ax.Number == nil || ax.Number.Kind != numbers.Number || unitClass(ax.Number.Unit) == "" || isMeasure(ax.Number.Unit) || unitDim(ax.Number) != "" {
		return // a measure (tonnes, hectares) is said of many things
	}
	if cs.fines == nil {
		cs.fines = newSoleTally(p, fineKind)
	}
	if y, ok := cs.fines.sole(slotsOf(ax)[0].kind); ok {
		cs.consider(c, y, 0.1)
	}
}

// soleInZone considers, for a clock time said in a zone of known offset
// and left alone in A, the one clock time of B in that zone left,
// wherever it stands, when one of the two versions says no other time
// in that zone: "21h30 giờ Seoul" in the Vietnamese body and "10:30 p.m.
// Seoul time" in an English sentence the alignment put elsewhere. A
// time in a zone of its own is as rare a fact as a count of a noun.
func (cs *conflictSearch) soleInZone(c *candidates) {
	p := cs.p
	q, ok := zonedClock(&p.fa.items[c.x])
	if !ok {
		return
	}
	if cs.zones == nil {
		cs.zones = newSoleTally(p, zonedClock)
	}
	if y, ok := cs.zones.sole(q); ok {
		c.sole = true
		cs.consider(c, y, 0.1)
		c.sole = false
	}
}

// zonedClock returns the offset, in quarter hours, of the zone of known
// offset that item it, a clock time, is said in.
func zonedClock(it *Item) (int8, bool) {
	m := it.Number
	if m == nil || m.Kind != numbers.Date || m.Date.Grain < numbers.GrainHour || m.Date.Zone.Kind != numbers.ZoneOffset {
		return 0, false
	}
	return m.Date.Zone.Quarters, true
}

// A soleTally counts the items of each key of the two sides, all of
// them and those left, and keeps the last item of B left of each key:
// the fine slot kinds of figures (soleInText), the zones of clock times
// (soleInZone).
type soleTally[K string | int8] struct {
	all, left [2]map[K]int32
	lastB     map[K]int
}

// newSoleTally counts the items of p's two sides by key, the items key
// gives one to.
func newSoleTally[K string | int8](p *pairer, key func(*Item) (K, bool)) *soleTally[K] {
	t := &soleTally[K]{lastB: map[K]int{}}
	for side, s := range [2]*sideItems{p.fa, p.fb} {
		used := [2][]bool{p.usedA, p.usedB}[side]
		t.all[side], t.left[side] = map[K]int32{}, map[K]int32{}
		for i := range s.items {
			k, ok := key(&s.items[i])
			if !ok {
				continue
			}
			t.all[side][k]++
			if !used[i] {
				t.left[side][k]++
				if side == 1 {
					t.lastB[k] = i
				}
			}
		}
	}
	return t
}

// sole returns the one item of B left of key k, when A leaves one of it
// too and one of the two sides has no other.
func (t *soleTally[K]) sole(k K) (int, bool) {
	if t.left[0][k] != 1 || t.left[1][k] != 1 || t.all[0][k] != 1 && t.all[1][k] != 1 {
		return 0, false
	}
	return t.lastB[k], true
}

// fineKind is the key of soleTally for soleInText: the fine slot kind of
// a figure.
func fineKind(it *Item) (string, bool) {
	if it.Number == nil {
		return "", false
	}
	return slotsOf(it)[0].kind, true
}

// consider weighs item y of B as the conflict of c's item, with the
// evidence score of its sentence.
func (cs *conflictSearch) consider(c *candidates, y int, score float64) {
	p := cs.p
	ax, by := &p.fa.items[c.x], &p.fb.items[y]
	if p.usedB[y] || cs.namesOnly && by.Entity == nil || cs.glossAgainst(c.x, y) || !sameThing(ax, by, p.fa, p.fb) || ax.slot().clash(by.slot()) || measureApart(ax.slot(), by.slot()) {
		return
	}
	if !c.sole && !cs.sameSlot(c.x, y) && !cs.nearest(c.x, y) && !(cs.unitsOnly && cs.onlyRivals(c.x, y)) && !cs.onlyParts(c.x, y) && !p.bornAndAge(c.x, y) {
		return
	}
	if cs.statedOtherwise(c.x, y) {
		return
	}
	if (genericFirst(ax) || genericFirst(by) || oneInWordsItem(ax) || oneInWordsItem(by)) && cs.aff.of(ax.Sentence, by.Sentence) == 0 {
		return // "the first" of prose, "Một xe buýt" (a bus), in sentences that share no figure
	}
	if score < weakEvidence && theSlotWords().differ(ax.slot(), by.slot()) {
		return // a rise against a level, in sentences that are not aligned
	}
	if p.relativeRival(ax, by) {
		return
	}
	v := p.judge(c.x, y)
	if !v.comparable && cs.listedCount(c.x, y) {
		v = judgeNumbers(withCountOf(ax.Number, by.Number), withCountOf(by.Number, ax.Number), p.c)
	}
	if !v.comparable || v.status != Conflict {
		return
	}
	c.count++
	if score > c.score {
		c.best, c.score, c.v = y, score, v
	}
}

// listedCount reports a count and a bare number, items x of A and y of
// B in either role, whose sentences hold another count of that unit that
// agrees with a bare number: one list said with its unit on one side
// only ("6 chuyến hạ cánh xuống Cát Bi, 3 chuyến xuống Vân Đồn" against
// "Seven landed at Cat Bi, three at Van Don"), where the bare number
// counts what the count counts.
func (cs *conflictSearch) listedCount(x, y int) bool {
	p := cs.p
	ma, mb := p.fa.items[x].Number, p.fb.items[y].Number
	if ma == nil || mb == nil || !(unitCount(ma) && bareCount(mb) || bareCount(ma) && unitCount(mb)) {
		return false
	}
	unit := ma.Unit + mb.Unit // the one that has a unit
	sb := p.fb.items[y].Sentence
	for _, x2 := range p.itemsOfA.of(p.fa.items[x].Sentence) {
		y2 := cs.partnerA[x2]
		if x2 == x || y2 < 0 || p.fb.items[y2].Sentence != sb {
			continue
		}
		a2, b2 := p.fa.items[x2].Number, p.fb.items[y2].Number
		if a2 != nil && b2 != nil && (a2.Unit == unit) == unitCount(ma) && (b2.Unit == unit) == unitCount(mb) && (bareCount(a2) || bareCount(b2)) {
			return true
		}
	}
	return false
}

// unitCount reports a count of a unit: "6 chuyến".
func unitCount(m *numbers.Mention) bool { return m.Kind == numbers.Number && m.Unit != "" }

// withCountOf returns m, or, when m is a bare number, a copy of it that
// counts the unit of the count c.
func withCountOf(m, c *numbers.Mention) *numbers.Mention {
	if !bareCount(m) {
		return m
	}
	cp := *m
	cp.Unit = c.Unit
	return &cp
}

// statedOtherwise reports items x of A and y of B whose values the two
// versions account for otherwise: said again beside the other and
// agreed there, two headline facts each agreed elsewhere, ages of two
// other counts, a value stated beside the other's, a bare value the
// other version leaves elsewhere.
func (cs *conflictSearch) statedOtherwise(x, y int) bool {
	p := cs.p
	ax, by := &p.fa.items[x], &p.fb.items[y]
	if !bothClocks(ax, by) && (cs.repeatAgreed.has([2]int{p.repA[x], by.Sentence}) || cs.repeatAgreed.has([2]int{-1 - p.repB[y], ax.Sentence})) {
		return true // the value is said again there, and agrees with its own
	}
	return cs.headlineRestates(x, y) || cs.qualifyOthers(x, y) || p.saidBeside(x, y) || cs.leftElsewhere(ax, by)
}

// bothClocks reports two times of day: a day that agrees elsewhere
// ("30/4" and "April 30") settles no clock time of that day ("7h10 sáng
// 30/4 (giờ Tokyo), tức 6h10 giờ Hà Nội" against "7:10 a.m. on April 30
// Tokyo time, or 5:10 a.m. in Hanoi").
func bothClocks(a, b *Item) bool {
	clock := func(it *Item) bool {
		return it.Number != nil && family(it.Number.Kind) == numbers.Date && it.Number.Date.Grain >= numbers.GrainHour
	}
	return clock(a) && clock(b)
}

// headlineRestates reports two figures, one in a headline, each of which
// agrees with a figure of the other version elsewhere: the headlines
// lead with two facts of the story ("nâng vốn lên 660 triệu USD" against
// "adds $410 million", both stated in each lead), not two versions of
// one.
func (cs *conflictSearch) headlineRestates(x, y int) bool {
	p := cs.p
	ax, by := &p.fa.items[x], &p.fb.items[y]
	if !p.fa.headline[ax.Sentence] && !p.fb.headline[by.Sentence] {
		return false
	}
	if ax.Entity != nil && by.Entity != nil {
		// Names too: "Quảng Ngãi" (the boat's province) against "Ly
		// Son" (the island it sank off), each agreed in the bodies.
		return cs.agreedA.has(ax) && cs.agreedB.has(by)
	}
	return cs.groupAgreedA[p.repA[x]] && cs.groupAgreedB[p.repB[y]]
}

// qualifyOthers reports two ages, each right after a count of its
// sentence, whose counts agree with others: "412 cụ từ 100 tuổi trở lên"
// and "648,000 people aged 60 and above" say who two other counts count,
// and are no versions of one figure.
func (cs *conflictSearch) qualifyOthers(x, y int) bool {
	p := cs.p
	hx, hy := p.fa.countBefore(x), p.fb.countBefore(y)
	if hx < 0 || hy < 0 || !p.usedA[hx] || !p.usedB[hy] {
		return false
	}
	return cs.partnerA[hx] >= 0 && int(cs.partnerA[hx]) != hy
}

// relativeRival reports two dates of which one has, in the bead of the
// other's sentence or in its own bead on the other side, a rival that no
// reference date resolved, left unpaired: "Năm 2025" against "in 1936"
// where the English says "last year" beside it. With no date to compare,
// the relative date may be the counterpart.
func (p *pairer) relativeRival(ax, by *Item) bool {
	if !isDate(ax) || !isDate(by) {
		return false
	}
	return anyLeftOf(p.inB.of(p.beadA[ax.Sentence]), p.fb.items, p.usedB, unresolvedAt(ax)) ||
		anyLeftOf(p.inA.of(p.beadB[by.Sentence]), p.fa.items, p.usedA, unresolvedAt(by))
}

// unresolvedAt returns a test of an item that is a date no reference
// resolved ("last year", Relative "year-1", with no date of writing) of
// the grain of it.
func unresolvedAt(it *Item) func(*Item) bool {
	g := it.Number.Date.Grain.String()
	return func(o *Item) bool {
		if o == it || !isDate(o) {
			return false
		}
		rel := o.Number.Date.Relative // "year-1": the period and the count
		return rel != "" && strings.TrimRight(rel, "+-0123456789") == g
	}
}

// A bareTally counts the bare counts and ranks and the places a side
// leaves unpaired, by kind and value or key.
type bareTally map[bareKey]int32

// A bareKey is the kind and value of a bare count or rank, or the key of
// a place.
type bareKey struct {
	kind  numbers.Kind
	value numbers.Decimal
	place string
	day   numbers.Point
}

// bareOf returns the key of a count or rank of no noun named ("9",
// "thứ hai", "Nine"), of a place or country named ("Đà Nẵng") or of a
// day the text states, with no time ("Từ ngày 4/1/2027", "from Jan.
// 4"), and false for any other item.
func bareOf(it *Item) (bareKey, bool) {
	if e := it.Entity; e != nil {
		if (e.Type == entities.Place || e.Type == entities.Country) && !e.Adjective {
			return bareKey{place: e.Key}, true
		}
		return bareKey{}, false
	}
	m := it.Number
	if m != nil && statedDayAlone(m) {
		p := m.Date.Point
		return bareKey{kind: m.Kind, day: numbers.Point{Year: p.Year, Month: p.Month, Day: p.Day}}, true
	}
	if m == nil || m.Unit != "" || m.Range || !m.Factor.IsZero() || m.Kind != numbers.Number && m.Kind != numbers.Ordinal {
		return bareKey{}, false
	}
	return bareKey{kind: m.Kind, value: m.Value}, true
}

// statedDayAlone reports a date of one day that the text states with its
// day and month (with its weekday or not: "thứ Bảy, ngày 5/9"), and no
// time: a day said again elsewhere in the other version is its
// counterpart there, no rival of a weekday.
func statedDayAlone(m *numbers.Mention) bool {
	p := m.Date.Point
	return m.Kind == numbers.Date && p.Grain == numbers.GrainDay && p.Day != 0 && p.Month != 0 && !p.DayImplied && !weekdayOnly(m)
}

// tallyBare counts the bare counts and ranks and the places of s that
// are not used.
func tallyBare(s *sideItems, used []bool) bareTally {
	t := bareTally{}
	for i := range s.items {
		if k, ok := bareOf(&s.items[i]); ok && !used[i] {
			t[k]++
		}
	}
	return t
}

// leftElsewhere reports whether figures ax of A and by of B, of two
// values, are such that one of them, a bare count or rank, finds its
// value unpaired on the other side more often than its own side leaves
// it besides itself: "chuyến bay sơ tán thứ hai" against "The first
// evacuation flight" in aligned sentences, where the English lead says
// "the second evacuation flight"; "7 trung tâm" against "Nine
// firefighters", the Vietnamese count of firefighters in another
// sentence. A bare figure names no noun to tell two facts apart by; its
// value said elsewhere is its likelier counterpart, unless another of its
// side can claim it ("dự án thứ ba" and "its third plant" leave an edited
// "xếp thứ ba" no counterpart). So with places: "phường Hoàn Kiếm, Hà
// Nội" against "A Da Nang collector ... at a Hanoi auction", where the
// Vietnamese names the collector's Đà Nẵng two sentences on.
func (cs *conflictSearch) leftElsewhere(ax, by *Item) bool {
	if ax.Number != nil && by.Number != nil && ax.Number.Value.Equal(by.Number.Value) {
		return false
	}
	kx, okx := bareOf(ax)
	ky, oky := bareOf(by)
	if okx && oky && kx == ky {
		return false
	}
	return okx && cs.bareB[kx] > cs.bareA[kx]-1 || oky && cs.bareA[ky] > cs.bareB[ky]-1
}

// saidBeside reports whether x's sentence states y's value as often as
// y's own sentence does, or y's sentence x's value as often as x's: that
// value has its counterpart there, paired or not, and is no conflict of
// the other ("năm 2027 ..., dựa trên doanh thu năm 2026" against "based
// on 2026 revenue"). A value one sentence states more often than the
// other leaves one to conflict ("A tăng 2,4%, B tăng 2,4%" against "A
// rose 4.2%, B 2.4%").
func (p *pairer) saidBeside(x, y int) bool {
	sa, sb := p.fa.items[x].Sentence, p.fb.items[y].Sentence
	count := func(items []int, rep []int, of int) (n int) {
		for _, k := range items {
			if rep[k] == rep[of] {
				n++
			}
		}
		return n
	}
	inA := 0
	for _, x2 := range p.itemsOfA.of(sa) {
		if x2 != x && p.exactly(x2, y) {
			inA++
		}
	}
	if inA > 0 && inA >= count(p.itemsOfB.of(sb), p.repB, y) {
		return true
	}
	inB := 0
	for _, y2 := range p.itemsOfB.of(sb) {
		if y2 != y && p.exactly(x, y2) {
			inB++
		}
	}
	return inB > 0 && inB >= count(p.itemsOfA.of(sa), p.repA, x)
}

// exactly reports whether items x of A and y of B state one value
// exactly.
func (p *pairer) exactly(x, y int) bool {
	v := p.judge(x, y)
	return v.agrees() && v.exact
}

// nearest reports whether x and y are each other's nearest value among
// the leftovers of their coarse slots, when a slot holds several.
func (cs *conflictSearch) nearest(x, y int) bool {
	p := cs.p
	ax, by := p.fa.items[x].Number, p.fb.items[y].Number
	if ax == nil || by == nil {
		return false
	}
	sx, sy := p.fa.slotIndex()[x][1], p.fb.slotIndex()[y][1]
	if ax.Kind == numbers.Number && (ax.Unit == "" || by.Unit == "") && !isBareYear(ax) {
		// Bare numbers need a slot of their own (years are of one
		// scale): a bound the other figures of both slots lack, "dưới
		// 6 tuổi" beside "trên 60 tuổi" against "under six".
		return onlyBound(p.fa.items, cs.leftA.restOf(sx), x, bound(ax)) && onlyBound(p.fb.items, cs.leftB.restOf(sy), y, bound(ax))
	}
	// A rival is a figure of the same thing, nearer, that does not say
	// the figure again: "last July" (a month) is no nearer counterpart of
	// "từ ngày 1/7" than "June 1", nor "13/12" of "thứ Bảy tuần sau (13/12)"
	// than "next Sunday".
	for _, x2 := range cs.leftA.restOf(sx) {
		if int(x2) != x && !saysAgain(p.fa.items[x2].Number, ax) && distance(p.fa.items[x2].Number, by) <= distance(ax, by) && sameThing(&p.fa.items[x2], &p.fb.items[y], p.fa, p.fb) {
			return false
		}
	}
	for _, y2 := range cs.leftB.restOf(sy) {
		if int(y2) != y && !saysAgain(p.fb.items[y2].Number, by) && distance(ax, p.fb.items[y2].Number) <= distance(ax, by) && sameThing(&p.fa.items[x], &p.fb.items[y2], p.fa, p.fb) {
			return false
		}
	}
	return true
}

// saysAgain reports a figure that states m's value again, in another
// form: "13/12" after "thứ Bảy tuần sau", the same day.
func saysAgain(again, m *numbers.Mention) bool {
	if family(again.Kind) == numbers.Date && family(m.Kind) == numbers.Date {
		a, b := again.Date, m.Date
		return again.Kind == m.Kind && a.Grain == b.Grain && onOneDay(a.Point, b.Point) && a.End == b.End
	}
	return again.Kind == m.Kind && again.Unit == m.Unit && again.Value.Equal(m.Value)
}

// onlyParts reports whether items x of A and y of B are shares of a
// whole ("khoảng 1/4", "about a third"), in one bead, and each the only
// share left there on its side: a bare share has no noun to be paired
// by, but a sentence seldom states two.
func (cs *conflictSearch) onlyParts(x, y int) bool {
	p := cs.p
	ax, by := p.fa.items[x].Number, p.fb.items[y].Number
	if ax == nil || by == nil || !isPart(ax) || !isPart(by) {
		return false
	}
	k := p.beadA[p.fa.items[x].Sentence]
	return p.beadB[p.fb.items[y].Sentence] == k &&
		partsLeft(p.fa.items, p.usedA, p.inA.of(k)) == 1 && partsLeft(p.fb.items, p.usedB, p.inB.of(k)) == 1
}

// partsLeft counts the shares among the unpaired items in.
func partsLeft(items []Item, used []bool, in []int) int {
	n := 0
	for _, i := range in {
		if !used[i] && items[i].Number != nil && isPart(items[i].Number) {
			n++
		}
	}
	return n
}

// onlyRivals reports, in a unit, whether items x of A and y of B, figures
// written with digits, are each the other's only leftover of the unit
// that can state the same fact ("khoảng 40" and "about 48" beside "một
// người"): a translator's pair holds one counterpart, whatever the slots
// of a longer text would say. A number in words ("một", "a") is too
// often no figure at all to be paired on so little.
func (cs *conflictSearch) onlyRivals(x, y int) bool {
	p := cs.p
	if !writtenInDigits(&p.fa.items[x]) || !writtenInDigits(&p.fb.items[y]) || !cs.rival(x, y) {
		return false
	}
	k := p.beadA[p.fa.items[x].Sentence]
	for _, y2 := range p.inB.of(k) {
		if y2 != y && !p.usedB[y2] && cs.rival(x, y2) {
			return false
		}
	}
	for _, x2 := range p.inA.of(k) {
		if x2 != x && !p.usedA[x2] && cs.rival(x2, y) {
			return false
		}
	}
	return true
}

// rival reports whether items x of A and y of B could state one fact;
// bare numbers must be of one magnitude (40 and 48, not 2 and 70).
func (cs *conflictSearch) rival(x, y int) bool {
	p := cs.p
	ax, by := &p.fa.items[x], &p.fb.items[y]
	if !sameThing(ax, by, p.fa, p.fb) || ax.slot().clash(by.slot()) {
		return false
	}
	if bareNumber(ax.Number) && bareNumber(by.Number) && !sameMagnitude(ax.Number.Value, by.Number.Value) {
		return false
	}
	return p.judge(x, y).comparable
}

// writtenInDigits reports a number item whose text holds a digit.
func writtenInDigits(it *Item) bool {
	return it.Number != nil && strings.ContainsAny(it.Number.Text, "0123456789")
}

// bareNumber reports a count of nothing named: "40", "khoảng 40".
func bareNumber(m *numbers.Mention) bool {
	return m.Kind == numbers.Number && m.Unit == ""
}

// sameMagnitude reports values with as many digits before the point.
func sameMagnitude(a, b numbers.Decimal) bool {
	return a.Digits()+a.Exp() == b.Digits()+b.Exp()
}
