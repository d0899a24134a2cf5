package align

import (
	"cmp"
	"github.com/agnivade/levenshtein"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

// countryKeyPrefix starts the entity keys of countries.
const countryKeyPrefix = "country:"

// weakEvidence is the score under which a conflict candidate of
// conflicts comes only from neighbouring sentences, not from aligned ones
// or ones that share agreed figures.
const weakEvidence = 0.5

// Confidence of the pairings, by the evidence behind them.
const (
	confElsewhere = 0.6 // the same value in sentences that are not aligned
	confAmbiguous = 0.7 // one of several candidates
)

// noteNotAligned follows the reason of a pairing of two sentences that
// the alignment does not pair.
const noteNotAligned = " (in sentences that are not aligned)"

// addElsewhere adds the pairing of x and y found in any sentences, at the
// confidence of such pairings, noting when their sentences are not
// aligned.
func (p *pairer) addElsewhere(x, y int, v verdict) {
	if p.beadA[p.fa.items[x].Sentence] != p.beadB[p.fb.items[y].Sentence] {
		v.why.more += noteNotAligned
	}
	p.add(x, y, v, confElsewhere)
}

// A pairer holds the state of pairing the facts of two sides.
type pairer struct {
	fa, fb       *sideItems // &sides[0] and &sides[1]
	sides        [2]sideItems
	beads        []Bead
	beadA, beadB []int  // bead of each sentence
	inA, inB     groups // items of each bead
	itemsOfA     groups // items of each A sentence
	itemsOfB     groups // items of each B sentence
	usedA, usedB []bool
	repA, repB   []int           // the first item of the side that states the same fact
	years        []int32         // with no date of writing on either side, the years they name (storyYears)
	supported    map[[2]int]bool // sentences of A and B that figures tie (agreeSupported)
	keystroke    map[*Item]bool  // A items of the conflicts conflictsNearMiss found
	aff          affinity        // the affinities a step built last: their scratch
	leftA, leftB slotTally       // the tallies the conflict search built last: their scratch
	ranked       []rankedItem    // the candidates bestAligned ranked last: their scratch
	later        [][2]int32      // the pairings (x, y) agreeAligned adds once those before are added
	facts        []draft         // the facts as the steps make them
	done         []Fact          // the report's facts, made of the drafts once the steps are done (finish)
	c            *compareConfig
}

// pair turns the items of the two sides into facts:
//
//  1. the same fact in aligned sentences agrees;
//  2. a name swapped for another in aligned sentences conflicts, and so
//     does one swapped inside two lists that share the other names;
//  3. the same fact in sentences that are not aligned agrees, for values
//     specific enough not to agree by chance, a range agrees with the two
//     figures of its ends, and figures that answer each other tie the
//     sentences they stand in (agreeSupported);
//  4. a figure one keystroke from the other's conflicts wherever it
//     stands, before any other candidate: it is the slip an editor makes;
//     so does a change of the same size said the other way in aligned
//     sentences, before a figure of another value there takes its
//     counterpart;
//  5. different values in the same slot of sentences that are aligned or
//     share agreed facts conflict;
//  6. the other slips of an editor conflict wherever they stand: the only
//     figure of each version that names one measure, a value the other
//     version repeats, a name swapped beside an agreed figure or inside a
//     list, two figures of a list said of each other's names;
//  7. a value said again on one side joins its fact (Fact.AlsoA/AlsoB);
//  8. what is left is on one side only, and a name said again joins the
//     fact of its first mention;
//  9. agreements that state one fact become one (the same name, or a
//     figure both sides repeat), and each repeat is linked with its
//     counterpart (Fact.Links).
func pair(fa, fb sideItems, beads []Bead, na, nb int, c *compareConfig) []Fact {
	// The pairer holds the sides, and the lists of the two sides share
	// an array each: fewer allocations for a segment pair of a corpus.
	beadOf, used := make([]int, na+nb), make([]bool, len(fa.items)+len(fb.items))
	p := &pairer{sides: [2]sideItems{fa, fb}, beads: beads, c: c,
		beadA: beadOf[:na:na], beadB: beadOf[na:],
		usedA: used[:len(fa.items):len(fa.items)], usedB: used[len(fa.items):],
		// A pairing takes an item of each side, and a fact on one side
		// only an item left over: room for as many facts as the longer
		// side has items holds them all when the sides' items nearly pair
		// up, as a translation's do, so that the facts are not copied as
		// they grow (leftovers makes room for more).
		facts: make([]draft, 0, max(len(fa.items), len(fb.items))),
	}
	p.fa, p.fb = &p.sides[0], &p.sides[1]
	if p.indexed() {
		// Steps share their work between two goroutines (inHalves), which
		// then only read the indexes and the items' slot kinds: made now,
		// not at a step's first need, a side in each goroutine.
		var wg sync.WaitGroup
		wg.Go(p.fa.index)
		p.fb.index()
		wg.Wait()
	}
	p.repA, p.repB = p.fa.repeatOf(), p.fb.repeatOf()
	p.years = storyYears(p.fa, p.fb)
	for k, b := range beads {
		for _, i := range b.A {
			if i >= 0 && i < na {
				p.beadA[i] = k
			}
		}
		for _, j := range b.B {
			if j >= 0 && j < nb {
				p.beadB[j] = k
			}
		}
	}
	p.itemsOfA, p.itemsOfB = p.fa.itemsBySentence(), p.fb.itemsBySentence()
	p.inA = groupBy(len(beads), len(fa.items), func(x int) int { return p.beadA[fa.items[x].Sentence] })
	p.inB = groupBy(len(beads), len(fb.items), func(y int) int { return p.beadB[fb.items[y].Sentence] })
	p.leadWeekdays()
	p.agreeAligned(true)
	p.conflicts(true)
	if c.units {
		p.agreeAligned(false)
		p.conflictsInUnits()
	}
	p.nameSetSwaps()
	p.leadDates()
	p.agreeElsewhere(false)
	p.agreeAligned(false)
	p.agreeAffine()
	p.agreeRangeEnds()
	p.agreeSupported()
	p.conflictsNearMiss()
	p.conflictsOfDirection()
	p.conflicts(false)
	p.dropScratch()
	p.dropDisagreeing()
	p.pairBySlot()
	p.conflictsBeside()
	p.conflictsOfAsides()
	p.conflictsNameMiss()
	p.conflictsTitledNames()
	p.agesOfPeople()
	p.agreeElsewhere(true)
	p.agreeAcrossSystems()
	foldRepeats(p.facts, p.fa.items, p.usedA, p.repA, true)
	foldRepeats(p.facts, p.fb.items, p.usedB, p.repB, false)
	p.conflictsWithRepeats()
	p.timesOfDates()
	p.nameSwaps()
	p.listSwaps()
	p.figureSwaps()
	p.leftovers()
	p.collapseRepeats()
	p.finish()
	sortFacts(p.done)
	p.linkRepeats()
	p.fa.dropCaches()
	p.fb.dropCaches()
	return p.done
}

// indexed reports whether pair makes the indexes of the sides as it
// starts (sideItems.index), so that its steps may share their work
// between two goroutines that only read them: when a side has
// parallelWork items or more.
func (p *pairer) indexed() bool {
	return sharesWork(len(p.fa.items)) || sharesWork(len(p.fb.items))
}

// A draft is a fact as the steps of pair make it: what they read and
// write of a Fact, under the same names, and its repeats, which most
// facts have none of, behind one pointer. Its kind is its items' (made),
// and its links, unit and mark of suppression come after the steps: 56
// bytes rather than a Fact's 160, and the steps hold a draft of every
// item that pairs or is left over before collapseRepeats folds most of
// them into others (33,000 at 10,000 sentences: 3.4 MB less).
type draft struct {
	A, B       *Item
	also       *[2][]*Item // the repeats of each side (Fact.AlsoA, AlsoB), nil for none; the steps copy a draft only to move it
	Why        string
	Confidence float64
	Status     Status
}

// alsoA returns the repeats of d on side A (Fact.AlsoA).
func (d *draft) alsoA() []*Item {
	if d.also == nil {
		return nil
	}
	return d.also[0]
}

// alsoB returns the repeats of d on side B (Fact.AlsoB).
func (d *draft) alsoB() []*Item {
	if d.also == nil {
		return nil
	}
	return d.also[1]
}

// setAlso sets the repeats of d on each side.
func (d *draft) setAlso(a, b []*Item) {
	if d.also == nil {
		d.also = new([2][]*Item)
	}
	d.also[0], d.also[1] = a, b
}

// addAlso appends it to the repeats of d on side A (sideA) or B.
func (d *draft) addAlso(it *Item, sideA bool) {
	if sideA {
		d.setAlso(append(d.alsoA(), it), d.alsoB())
	} else {
		d.setAlso(d.alsoA(), append(d.alsoB(), it))
	}
}

// made returns the fact of d, with the kind of its items (pairKind, or
// the kind of its one item).
func (d *draft) made() Fact {
	f := Fact{Status: d.Status, A: d.A, B: d.B, AlsoA: d.alsoA(), AlsoB: d.alsoB(), Why: d.Why, Confidence: d.Confidence}
	switch {
	case d.A != nil && d.B != nil:
		f.Kind = pairKind(d.A, d.B)
	case d.A != nil:
		f.Kind = d.A.Kind()
	default:
		f.Kind = d.B.Kind()
	}
	return f
}

// finish makes the report's facts of the drafts, in an array of their
// length, once collapseRepeats has folded most of them into others, and
// lets go of the drafts: the room made for them, and the folded drafts
// past their length, with their repeats and reasons, are not held while
// linkRepeats runs, nor for as long as the report lives.
func (p *pairer) finish() {
	p.done = make([]Fact, len(p.facts))
	for k := range p.facts {
		p.done[k] = p.facts[k].made()
	}
	p.facts = nil
}

// dropScratch lets go of the scratch that the steps which build
// affinities, tallies and rankings (agreeAligned, agreeAffine, the
// conflict searches) reuse from one to the next: none of them runs after
// the last conflict search, and the steps after it, which hold the most
// facts, need the memory more (1.2 MB at 10,000 sentences).
func (p *pairer) dropScratch() {
	p.aff, p.leftA, p.leftB, p.ranked, p.later = affinity{}, slotTally{}, slotTally{}, nil, nil
}

// groups lists the indexes 0 to m-1 by their group, in order: those of
// group g are all[start[g]:start[g+1]]. An offset for each group, of 4
// bytes, rather than a slice of 24: the pairing holds four such lists
// (the items of each sentence and of each bead of both sides), 0.8 MB
// of slices at 10,000 sentences.
type groups struct {
	start []int32
	all   []int
}

// of returns the indexes of group g, capped so that an append copies.
func (gs groups) of(g int) []int {
	from, to := gs.start[g], gs.start[g+1]
	return gs.all[from:to:to]
}

// len returns the number of groups.
func (gs groups) len() int { return max(0, len(gs.start)-1) }

// groupBy lists the indexes 0 to m-1 by their group (of, below n), in
// order.
func groupBy(n, m int, of func(int) int) groups {
	// start[g+1] counts the indexes of groups up to g, the end of g's
	// part of the shared array; filled from the last index back, each
	// group's part from its end, it is then the start of g's part.
	start := make([]int32, n+1)
	for i := range m {
		start[of(i)+1]++
	}
	for g := 1; g <= n; g++ {
		start[g] += start[g-1]
	}
	all := make([]int, m)
	for i := m - 1; i >= 0; i-- {
		g := of(i)
		start[g+1]--
		all[start[g+1]] = i
	}
	// start[g+1] is now the start of g; shifted down by one, with 0 for
	// the first group and m at the end.
	copy(start, start[1:])
	start[n] = int32(m)
	return groups{start: start, all: all}
}

// add records a fact pairing item x of A with item y of B.
func (p *pairer) add(x, y int, v verdict, conf float64) {
	p.usedA[x], p.usedB[y] = true, true
	a, b := &p.fa.items[x], &p.fb.items[y]
	if note := slotNote(a, b); v.status == Conflict && note != "" && !strings.Contains(v.why.String(), note[len(", "):]) {
		v.why.more += " (" + note[len(", "):] + ")" // the slot both figures are of: "dead, year-on-year"
	}
	p.facts = append(p.facts, draft{Status: v.status, A: a, B: b, Why: v.why.String(), Confidence: conf})
}

// pairKind is the kind of a fact stated by a and b: a's, unless a is a
// bare number and b says what it is ("date" for "2022" and "năm 2022").
// Compare pairs in canonical order, so a fact has one kind whichever
// document the caller gave first.
func pairKind(a, b *Item) string {
	if a.Number != nil && b.Number != nil && a.Number.Kind == numbers.Number {
		return b.Kind()
	}
	return a.Kind()
}

// judge compares item x of A with item y of B, and turns an agreement on
// a person into a conflict when the B side gives the person a title the
// A side never does ("Thủ tướng Lý Cường", "President Li Qiang"). A rank
// and an office are two titles a person holds at once, not two versions
// of one ("Thiếu tướng Phạm Đăng Khoa", "the head of the department").
func (p *pairer) judge(x, y int) verdict {
	a, b := &p.fa.items[x], &p.fb.items[y]
	if v, ok := bornAndAge(a, b, p.fa.ref, p.fb.ref); ok {
		return v
	}
	v := judge(p.fa.inPlaceZone(a, b), p.fb.inPlaceZone(b, a), p.c)
	if !v.comparable && len(p.years) > 0 {
		if w, ok := weekdayInYears(a, b, p.years); ok {
			return w
		}
	}
	if v.status == Agree && a.Entity != nil && b.Entity != nil && a.Entity.Type == entities.Person {
		ta, tb := a.Entity.Title, b.Entity.Title
		// The B title is new: the A version never gives it to the person,
		// nor names that office at all.
		if ta != "" && tb != "" && ta != tb && !titlesCompatible(ta, tb) && entities.Rank(ta) == entities.Rank(tb) &&
			!p.fa.titles[a.Entity.Key+" "+tb] && !p.fb.titles[b.Entity.Key+" "+ta] && !p.fa.offices[tb] && !p.fb.namesOfficeLike(b.Sentence, ta) {
			return differ(a.Text(), b.Text(), titleName(ta)+" vs "+titleName(tb))
		}
	}
	return v
}

// storyYears returns, when neither side has a date of writing, the years
// the two versions state with a half, quarter, month or day ("tháng
// 12/2025", "the first quarter of 2026"), in the order found, each once:
// the years a day said with no year ("Sáng 19/5") may lie in. A year
// alone ("kế hoạch đến năm 2030") names a plan or a past as often.
func storyYears(a, b *sideItems) []int32 {
	if !a.ref.IsZero() || !b.ref.IsZero() {
		return nil
	}
	var ys []int32
	for _, s := range [2]*sideItems{a, b} {
		for i := range s.items {
			m := s.items[i].Number
			if m == nil || family(m.Kind) != numbers.Date {
				continue
			}
			for _, pt := range [2]numbers.Point{m.Date.Point, m.Date.End} {
				if pt.Year != 0 && !pt.YearImplied && pt.Grain > numbers.GrainYear && !slices.Contains(ys, pt.Year) {
					ys = append(ys, pt.Year)
				}
			}
		}
	}
	return ys
}

// weekdayInYears agrees a weekday alone and a day and month with no year,
// when neither side has a date of writing, if the day falls on that
// weekday in one of years, the years the texts name (storyYears): "Sáng
// 19/5" and "said on Tuesday" in a story of May 2026. A day that falls on
// it in none of them is left unpaired, not set against it: the year the
// story was written may be one the texts do not name.
func weekdayInYears(a, b *Item, years []int32) (verdict, bool) {
	day, wd := a.Number, b.Number
	if day == nil || wd == nil {
		return verdict{}, false
	}
	if dayNoYear(wd) && weekdayNoDay(day) {
		day, wd = wd, day
	}
	if !dayNoYear(day) || !weekdayNoDay(wd) {
		return verdict{}, false
	}
	for _, y := range years {
		p := day.Date.Point
		p.Year = y
		if t := noon(p); t.Day() == int(p.Day) && t.Weekday() == wd.Date.Weekday {
			return agree(a.Text(), b.Text(), longDate(p)+" is a "+t.Weekday().String()+" ("+strconv.Itoa(int(y))+", a year the texts name; no date of writing)"), true
		}
	}
	return verdict{}, false
}

// dayNoYear reports a date of a day and month with no year: "Sáng 19/5"
// with no date of writing.
func dayNoYear(m *numbers.Mention) bool {
	p := m.Date.Point
	return m.Kind == numbers.Date && p.Year == 0 && p.Month != 0 && p.Day != 0 && !m.Date.HasWeekday
}

// weekdayNoDay reports a weekday with no day: "on Tuesday" with no date
// of writing.
func weekdayNoDay(m *numbers.Mention) bool {
	return m.Kind == numbers.Date && m.Date.HasWeekday && m.Date.Point.Day == 0
}

// agreeAligned pairs the facts of aligned sentences that agree: numbers
// first, then names, which go to the sentence that shares the most agreed
// numbers with theirs (a bead may join several sentences on each side).
//
// With exact, only agreements on the very same value count; roundings and
// a year that holds a month wait until agreements elsewhere have been found.
//
// The beads are independent here (an item is of one bead, and the
// affinities are those of the facts before the pass): two halves of them
// are searched in two goroutines (inHalves), the first half's agreements
// added as found, the second's once the first is done, in order, with
// their verdicts judged again.
func (p *pairer) agreeAligned(exact bool) {
	for pass := 0; pass < 2; pass++ {
		p.aff = affinities(p.facts, len(p.beadA), p.aff)
		figures := pass == 0
		inHalves(len(p.beads), func(half, lo, hi int) {
			if half == 0 {
				p.ranked = p.agreeInBeads(lo, hi, figures, exact, p.ranked, p.add)
				return
			}
			p.later = p.later[:0]
			p.agreeInBeads(lo, hi, figures, exact, nil, p.addLater)
		})
		for _, f := range p.later {
			x, y := int(f[0]), int(f[1])
			p.add(x, y, p.judge(x, y), beadConfidence(p.beads[p.beadA[p.fa.items[x].Sentence]]))
		}
		p.later = p.later[:0]
	}
}

// agreeInBeads pairs the agreeing facts of beads lo to hi, the figures or
// the names, as agreeAligned does, and calls add for each pairing; ranked
// is bestAligned's scratch, returned for the next call.
func (p *pairer) agreeInBeads(lo, hi int, figures, exact bool, ranked []rankedItem, add func(x, y int, v verdict, conf float64)) []rankedItem {
	for k := lo; k < hi; k++ {
		for _, x := range p.inA.of(k) {
			if p.usedA[x] || figures != (p.fa.items[x].Number != nil) {
				continue
			}
			var y int
			var v verdict
			if y, v, ranked = p.bestAligned(k, x, exact, ranked); y >= 0 {
				add(x, y, v, beadConfidence(p.beads[k]))
			}
		}
	}
	return ranked
}

// addLater marks items x of A and y of B used, as add does, and keeps
// their pairing to be added later (agreeAligned): its verdict is judged
// again then, rather than kept, for a verdict is large.
func (p *pairer) addLater(x, y int, _ verdict, _ float64) {
	p.usedA[x], p.usedB[y] = true, true
	p.later = append(p.later, [2]int32{int32(x), int32(y)})
}

// bestAligned returns the unused item of B in bead k that agrees with
// item x of A and ranks first by alignedRank (the first of a tie), and
// the verdict, or -1; ranked is scratch, returned for the next call. The candidates are ranked first and judged from the
// highest rank down, so that the search stops at the first agreement: a
// rank costs far less than a judgement, and a long bead holds many
// figures that rank below the counterpart.
func (p *pairer) bestAligned(k, x int, exact bool, ranked []rankedItem) (int, verdict, []rankedItem) {
	ax := &p.fa.items[x]
	cands := ranked[:0]
	for _, y := range p.inB.of(k) {
		by := &p.fb.items[y]
		if p.usedB[y] || (ax.Number == nil) != (by.Number == nil) {
			continue // a figure and a name are never one fact (judge)
		}
		if p.localFirst(k, ax, by) || p.clockTwinLeft(ax, by) || p.grainTwinLeft(k, ax, by) {
			continue
		}
		if n, ok := alignedRank(p.aff, ax, by); ok {
			cands = append(cands, rankedItem{y: int32(y), rank: int32(n)})
		}
	}
	for top := nextRank(cands, math.MaxInt32); top >= 0; top = nextRank(cands, top) {
		for _, c := range cands {
			if c.rank != top {
				continue
			}
			y, by := int(c.y), &p.fb.items[c.y]
			v := p.judge(x, y)
			if alignedAgreement(v, ax, by, exact) && (sameCalendar(ax, by) || !p.calendarSibling(k, x, y)) {
				return y, v, cands
			}
		}
	}
	return -1, verdict{}, cands
}

// localFirst reports a local time ("11 a.m. local time") and a time in
// a zone of known offset in bead k where the side of the latter has a
// local time of its own left ("11h giờ địa phương (tức 12h15 giờ Hà
// Nội)"): a local time meets a local time first, so that an edit of the
// local hour is not hidden by the restatement.
func (p *pairer) localFirst(k int, ax, by *Item) bool {
	la, lb := localTime(ax), localTime(by)
	switch {
	case la == lb:
		return false
	case lb:
		return p.localLeft(p.inA.of(k), p.fa.items, p.usedA)
	}
	return p.localLeft(p.inB.of(k), p.fb.items, p.usedB)
}

// grainTwinLeft reports two dates of different grains in bead k where
// the side of the coarser has, left, a date of the finer one's grain:
// "trong năm nay, sau đợt tăng hồi tháng 5" against "of the year, after a
// rise in March". The month is the counterpart of the month, and an edit
// of it is not hidden by the year that holds the other's.
func (p *pairer) grainTwinLeft(k int, ax, by *Item) bool {
	if !isDate(ax) || !isDate(by) || ax.Number.Kind != by.Number.Kind {
		return false
	}
	ga, gb := dateGrain(ax.Number), dateGrain(by.Number)
	switch {
	case ga < gb:
		return anyLeftOf(p.inA.of(k), p.fa.items, p.usedA, func(it *Item) bool { return it != ax && sameGrainDate(it, by) })
	case gb < ga:
		return anyLeftOf(p.inB.of(k), p.fb.items, p.usedB, func(it *Item) bool { return it != by && sameGrainDate(it, ax) })
	}
	return false
}

// sameGrainDate reports an item that is a date of the kind, the grain
// and the year of the date d: another month of its year, which an edit
// of d's month may have made ("tháng 5" of "tháng 3"), not a month of
// the year before ("tháng 11/2025" against "October").
func sameGrainDate(it, d *Item) bool {
	return isDate(it) && it.Number.Kind == d.Number.Kind && dateGrain(it.Number) == dateGrain(d.Number) &&
		it.Number.Date.Year == d.Number.Date.Year
}

// clockTwinLeft reports a day with no time and a time of a day where the
// day's sentence has, left, a time of a day at the same clock time:
// "3h15 ngày 21/11/2026" beside its lunar restatement "ngày 12 tháng 10
// năm Bính Ngọ" against "3:15 a.m. on Nov. 20". The time said at
// the same hour is the counterpart, and an edit of its day is not hidden
// by the restatement's agreement.
func (p *pairer) clockTwinLeft(ax, by *Item) bool {
	switch {
	case dayNoClock(ax) && timeOfDay(by):
		return p.twinIn(p.itemsOfA.of(ax.Sentence), p.fa.items, p.usedA, ax, by)
	case dayNoClock(by) && timeOfDay(ax):
		return p.twinIn(p.itemsOfB.of(by.Sentence), p.fb.items, p.usedB, by, ax)
	}
	return false
}

// twinIn reports an item of xs left, other than not, that is a time of a
// day at t's clock time.
func (p *pairer) twinIn(xs []int, items []Item, used []bool, not, t *Item) bool {
	pt := t.Number.Date.Point
	return anyLeftOf(xs, items, used, func(it *Item) bool {
		return it != not && timeOfDay(it) && it.Number.Date.Hour == pt.Hour && it.Number.Date.Minute == pt.Minute
	})
}

// dayNoClock reports a date of a day with no clock time.
func dayNoClock(it *Item) bool {
	m := it.Number
	return m != nil && m.Kind == numbers.Date && m.Date.Grain == numbers.GrainDay
}

// timeOfDay reports a clock time of a day the text states: "3:15 a.m. on
// Nov. 20" (datedTime, with its day).
func timeOfDay(it *Item) bool {
	return datedTime(it) && it.Number.Date.Day != 0
}

// localLeft reports whether an item of xs left is a local time.
func (p *pairer) localLeft(xs []int, items []Item, used []bool) bool {
	return anyLeftOf(xs, items, used, localTime)
}

// anyLeftOf reports whether an item of xs not used yet is one that ok
// reports.
func anyLeftOf(xs []int, items []Item, used []bool, ok func(*Item) bool) bool {
	for _, x := range xs {
		if !used[x] && ok(&items[x]) {
			return true
		}
	}
	return false
}

// localTime reports a time said in the time of the place the story is
// in.
func localTime(it *Item) bool {
	return it.Number != nil && family(it.Number.Kind) == numbers.Date && it.Number.Date.Zone.Local()
}

// A rankedItem is an item of B with its rank as a counterpart
// (alignedRank).
type rankedItem struct{ y, rank int32 }

// nextRank returns the highest rank of cands below below, or -1.
func nextRank(cands []rankedItem, below int32) int32 {
	next := int32(-1)
	for _, c := range cands {
		if c.rank < below && c.rank > next {
			next = c.rank
		}
	}
	return next
}

// alignedRank ranks item by of B as the counterpart of ax of A in one
// bead: the sentence with more agreed facts (aff), then the more slot
// words shared, then the same noun ("cấp 12" is "level 12" before "the
// 12th storm"), then the same calendar. ok is false for slots that clash:
// 14 missing are not 14 dead.
func alignedRank(aff affinity, ax, by *Item) (n int, ok bool) {
	if ax.slot().clash(by.slot()) {
		return 0, false
	}
	n = 8*aff.of(ax.Sentence, by.Sentence) + 4*ax.slot().shared(by.slot())
	if !otherNoun(ax, by) {
		n += 2
	}
	if sameCalendar(ax, by) {
		n++
	}
	return n, true
}

// alignedAgreement reports a verdict on ax and by that agreeAligned
// pairs: an agreement (with exact, on the very same value), or the same
// name said with another title.
func alignedAgreement(v verdict, ax, by *Item, exact bool) bool {
	switch {
	case !v.comparable:
		return false
	case v.status == Agree:
		return !exact || v.exact
	}
	return v.status == Conflict && ax.Entity != nil && ax.Entity.Key == by.Entity.Key
}

// sameCalendar reports two items that are no dates, or dates in the
// same calendar: a day given in the lunar calendar meets its like first
// ("ngày 29 tháng Chạp" and "the 29th day of the last lunar month", not
// "February 5", the same day).
func sameCalendar(a, b *Item) bool {
	return a.Number == nil || b.Number == nil || a.Number.Lunar == b.Number.Lunar
}

// calendarSibling reports another item of A in bead k, left unpaired,
// that states item y of B in y's calendar and agrees with it: x, in the
// other calendar, leaves y to it ("từ thứ Sáu 5/2/2027 đến hết Chủ nhật
// 14/2/2027, tức từ ngày 29 tháng Chạp ... đến hết mùng 9 tháng Giêng"
// against the lunar range of B's sentence).
func (p *pairer) calendarSibling(k, x, y int) bool {
	by := &p.fb.items[y]
	for _, x2 := range p.inA.of(k) {
		if x2 != x && !p.usedA[x2] && sameCalendar(&p.fa.items[x2], by) {
			if p.judge(x2, y).agrees() {
				return true
			}
		}
	}
	return false
}

// agreeElsewhere pairs the facts that agree across sentences the alignment
// did not pair, taking the nearest; candidates come from an index by
// value, searched outward from the fact's own bead, so the cost stays
// linear however often a value recurs. With weekdays, a step after the
// conflicts, it pairs only a weekday alone that the reference date put on
// a day with a day the other version states in full (resolvedWeekday),
// when every step before left both: a weekday compared in its own
// sentence first ("Sáng 19/9" against an edited "on Sunday").
func (p *pairer) agreeElsewhere(weekdays bool) {
	keysOf := lookupKeys
	if weekdays {
		keysOf = dayLookupKeys
	}
	byValue := p.valueIndex(weekdays)
	// Finding the candidates only reads the pairing: two halves of A's
	// items are searched, chunk by chunk, in two goroutines (inChunks),
	// their lists read in order.
	cands := newChunked[cand](len(p.fa.items), chunkSize)
	inChunks(len(p.fa.items), chunkSize, func(_, c, lo, hi int) {
		cands.lists[c] = p.elsewhereCands(lo, hi, weekdays, byValue, keysOf)
	})
	cands.end()
	// The candidates by rank, each ranked once. A candidate keeps no
	// verdict, which is large: the few that are paired are judged again
	// (judging is a pure function of the two items).
	type byRank struct{ r, k int32 }
	order := make([]byRank, cands.len())
	for k := range order {
		c := cands.at(k)
		order[k] = byRank{int32(p.rank(*c) + roundedRank*boolInt(c.rounded)), int32(k)}
	}
	slices.SortStableFunc(order, func(a, b byRank) int { return cmp.Compare(a.r, b.r) })
	for _, o := range order {
		c := *cands.at(int(o.k))
		if p.usedA[c.x] || p.usedB[c.y] {
			continue
		}
		x, y := int(c.x), int(c.y)
		v := p.judge(x, y)
		conf := confElsewhere
		if c.dist == 0 {
			conf = beadConfidence(p.beads[p.beadA[p.fa.items[x].Sentence]])
		} else {
			v.why.more += noteNotAligned
		}
		p.add(x, y, v, conf)
	}
}

// elsewhereCands returns the candidates of agreeElsewhere for the items
// of A from lo to hi, in order: the nearest items of B under the same
// keys (keysOf, looked up in byValue) that agree with them.
func (p *pairer) elsewhereCands(lo, hi int, weekdays bool, byValue map[string][]int, keysOf func([]string, *Item) []string) []cand {
	var cands []cand
	var keys []string // nearestSame's scratch: the keys of one item at a time
	for x := lo; x < hi; x++ {
		if p.usedA[x] || !weekdays && !specific(&p.fa.items[x]) || weekdays && !dayOrWeekday(&p.fa.items[x]) {
			continue
		}
		var near [3]cand
		var n int
		near, n, keys = p.nearestSame(x, byValue, keysOf, keys)
		for _, c := range near[:n] {
			if c.dist > 0 && namedRank(&p.fa.items[x], &p.fb.items[c.y]) {
				continue // across sentences, "lượt về" (the return leg) is not a bare "second"
			}
			if p.clockTwinLeft(&p.fa.items[x], &p.fb.items[c.y]) {
				continue
			}
			// Across sentences, a date agrees only exactly: a month is not
			// stated again as its year.
			if v := p.judge(x, int(c.y)); v.status == Agree && v.comparable && (v.exact || !isDate(&p.fa.items[x])) && !p.fa.items[x].slot().clash(p.fb.items[c.y].slot()) {
				c.rounded = !v.exact
				cands = append(cands, c)
			}
		}
	}
	return cands
}

// roundedRank is what a rounded agreement across sentences weighs
// against an exact one: more than a bead of distance (4), less than a
// bead and the step between a headline and the body (8). The body's
// "61,4 triệu USD" is the English lead's "US$61.4 million" before the
// headline's "hơn 61 triệu USD"; "kỷ niệm 72 năm" is still "72nd" of
// its own sentence before the headline's "72 years".
const roundedRank = 6

// A cand is a candidate pair of agreeElsewhere: item x of A, item y of B
// and the distance between their beads; int32s, as agreeElsewhere keeps
// thousands of them for a long story.
type cand struct {
	x, y, dist int32
	rounded    bool // the two agree but not exactly: "hơn 61 triệu USD" and "US$61.4 million"
}

// rank orders candidates: nearer first; at the same distance, a
// counterpart on the same noun first ("cấp 12" is "level 12" before "the
// 12th storm"). It is never less than four times the distance.
func (p *pairer) rank(c cand) int {
	a, b := &p.fa.items[c.x], &p.fb.items[c.y]
	r := 4 * int(c.dist)
	switch {
	case otherNoun(a, b) && namedRank(a, b):
		r += 12 // "hiệp 2" is "the second half" before a bare "second" near by
	case otherNoun(a, b):
		r++
	}
	if p.fa.headline[a.Sentence] != p.fb.headline[b.Sentence] {
		r += 4 // a headline restates the body: its figures pair with the other headline first
	}
	return r
}

// valueIndex maps each index key to the unpaired items of B under it, in
// the order of their beads. A weekday alone is never a counterpart here.
func (p *pairer) valueIndex(weekdays bool) map[string][]int {
	byValue := map[string][]int{}
	keysOf := indexKeys
	if weekdays {
		keysOf = dayIndexKeys
	}
	var keys []string // the keys of one item at a time
	for y := range p.fb.items {
		if p.usedB[y] || !weekdays && anyWeek(&p.fb.items[y]) || weekdays && !dayOrWeekday(&p.fb.items[y]) {
			continue
		}
		keys = keysOf(keys[:0], &p.fb.items[y])
		for _, k := range keys {
			byValue[k] = append(byValue[k], y)
		}
	}
	for _, ys := range byValue {
		slices.SortStableFunc(ys, func(a, b int) int { return p.beadOfB(a) - p.beadOfB(b) })
	}
	return byValue
}

func (p *pairer) beadOfB(y int) int { return p.beadB[p.fb.items[y].Sentence] }

// nearestSame returns the (at most) three best-ranked items of B with a key
// of item x of A: a name said in every other sentence must not make the
// work grow with the square. Each key's list is read outward from x's
// bead and left as soon as no farther item can rank among the three.
// The keys of x are read into keys, which is returned for the next call:
// an array of the function's own would be on the heap (keysOf is a
// function value), 64 bytes for each item of A, 0.8 MB at 10,000
// sentences.
func (p *pairer) nearestSame(x int, byValue map[string][]int, keysOf func([]string, *Item) []string, keys []string) (near [3]cand, n int, scratch []string) {
	type ranked struct {
		c          cand
		r, key, at int
	}
	var best [3]ranked
	less := func(a, b ranked) bool {
		return a.r < b.r || a.r == b.r && (a.key < b.key || a.key == b.key && a.at < b.at)
	}
	px := p.beadA[p.fa.items[x].Sentence]
	keys = keysOf(keys[:0], &p.fa.items[x])
	for ki, k := range keys {
		ys := byValue[k]
		r, _ := slices.BinarySearchFunc(ys, px, func(y, t int) int { return p.beadOfB(y) - t })
		l := r - 1
		for l >= 0 || r < len(ys) {
			at := r
			if r >= len(ys) || l >= 0 && px-p.beadOfB(ys[l]) < p.beadOfB(ys[r])-px {
				at = l
				l--
			} else {
				r++
			}
			c := cand{x: int32(x), y: int32(ys[at]), dist: int32(absInt(px - p.beadOfB(ys[at])))}
			if n == len(best) && 4*int(c.dist) > best[n-1].r {
				break
			}
			e := ranked{c, p.rank(c), ki, at}
			if i := slices.IndexFunc(best[:n], func(b ranked) bool { return b.c.y == c.y }); i >= 0 {
				if !less(e, best[i]) {
					continue
				}
				best[i] = e // the same item under another key, ranked better
			} else if n < len(best) {
				best[n] = e
				n++
			} else if less(e, best[n-1]) {
				best[n-1] = e
			} else {
				continue
			}
			slices.SortStableFunc(best[:n], func(a, b ranked) int {
				if less(a, b) {
					return -1
				}
				if less(b, a) {
					return 1
				}
				return 0
			})
		}
	}
	for i := range n {
		near[i] = best[i].c
	}
	return near, n, keys
}

// bound returns the direction of a figure's bound: +1 for "hơn", "at
// least", -1 for "dưới", "up to", 0 for none.
func bound(m *numbers.Mention) int {
	switch m.Qualifier {
	case numbers.MoreThan, numbers.AtLeast:
		return 1
	case numbers.LessThan, numbers.AtMost:
		return -1
	}
	return 0
}

// soleBounds reports item x of A and y of B bounded the same way ("dưới
// 6 tuổi", "under six") and each the only figure so bounded in its
// sentence: the limit both sentences set.
func (p *pairer) soleBounds(x, y int) bool {
	ax, by := p.fa.items[x].Number, p.fb.items[y].Number
	if ax == nil || by == nil || bound(ax) != bound(by) {
		return false
	}
	return onlyBound(p.fa.items, p.itemsOfA.of(p.fa.items[x].Sentence), x, bound(ax)) &&
		onlyBound(p.fb.items, p.itemsOfB.of(p.fb.items[y].Sentence), y, bound(by))
}

// onlyBound reports whether item i, of the items rest, is the only one
// bounded in direction dir (never 0).
func onlyBound[T int | int32](items []Item, rest []T, i, dir int) bool {
	if dir == 0 || items[i].Number == nil || bound(items[i].Number) != dir {
		return false
	}
	for _, j := range rest {
		if int(j) != i && items[j].Number != nil && bound(items[j].Number) == dir {
			return false
		}
	}
	return true
}

// otherNoun reports two numbers put on different nouns: "cấp 12" (level)
// and "the 12th storm". Between equal values, the same noun pairs first.
func otherNoun(a, b *Item) bool {
	return a.Number != nil && b.Number != nil && a.Number.Unit != b.Number.Unit
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// agreeAffine pairs the facts that agree in sentences that share agreed
// facts, whatever their values: once "80 năm" and "80th anniversary" tie
// two sentences, their "đầu tiên" and "first" agree too.
func (p *pairer) agreeAffine() {
	p.aff = affinities(p.facts, len(p.beadA), p.aff)
	aff := p.aff
	for x := range p.fa.items {
		if p.usedA[x] {
			continue
		}
		sa := p.fa.items[x].Sentence
		for _, pr := range aff.partners(sa) {
			sb := pr.b
			found := false
			for _, y := range p.itemsOfB.of(int(sb)) {
				if p.usedB[y] {
					continue
				}
				if p.fa.items[x].slot().clash(p.fb.items[y].slot()) || p.clockTwinLeft(&p.fa.items[x], &p.fb.items[y]) {
					continue // a loss is no profit, 14 missing are not 14 dead
				}
				if v := p.judge(x, y); v.comparable && v.status == Agree && (v.exact || !isDate(&p.fa.items[x])) {
					p.add(x, y, v, confElsewhere)
					found = true
					break
				}
			}
			if found {
				break
			}
		}
	}
}

// dropDisagreeing undoes the conflicts of two sentences that differ on
// figures of two or more kinds and agree on no figure but dates: "1.870
// lượt khách sau 2 giờ" and "4,000 riders by the end of the day" are
// two counts taken at two times, not one count edited. (Two counts of
// one kind that differ, such as the dead and the missing swapped, stay
// conflicts.) Their facts go back to being one-sided.
func (p *pairer) dropDisagreeing() {
	type key struct{ sa, sb int }
	conflicts := map[key]int{}
	kinds := map[key]map[numbers.Kind]bool{}
	for _, f := range p.facts {
		if f.A == nil || f.B == nil || f.A.Number == nil || p.keystroke[f.A] || f.Status != Conflict {
			continue // a slip of the keyboard is an edit whatever else differs
		}
		k := key{f.A.Sentence, f.B.Sentence}
		conflicts[k]++
		if kinds[k] == nil {
			kinds[k] = map[numbers.Kind]bool{}
		}
		kinds[k][family(f.A.Number.Kind)] = true
	}
	// The agreements are counted only in the pairs of sentences with two
	// conflicts or more, the only ones asked about: most agree.
	agrees := map[key]int{}
	for _, f := range p.facts {
		if f.A == nil || f.B == nil || f.A.Number == nil || p.keystroke[f.A] || f.Status == Conflict {
			continue
		}
		if k := (key{f.A.Sentence, f.B.Sentence}); conflicts[k] >= 2 && family(f.A.Number.Kind) != numbers.Date {
			agrees[k]++ // the day of a report is shared by all its counts
		}
	}
	out := p.facts[:0]
	var dropped []draft
	for _, f := range p.facts {
		if k := (key{sa: -1}); f.Status == Conflict && f.A.Number != nil && !p.keystroke[f.A] {
			k = key{f.A.Sentence, f.B.Sentence}
			if conflicts[k] >= 2 && agrees[k] == 0 && len(kinds[k]) >= 2 {
				dropped = append(dropped, f)
				continue
			}
		}
		out = append(out, f)
	}
	p.facts = out
	if len(dropped) > 0 {
		ia, ib := itemIndexes(p.fa.items), itemIndexes(p.fb.items)
		for _, f := range dropped {
			p.usedA[ia.at(f.A)], p.usedB[ib.at(f.B)] = false, false
		}
	}
}

// glossAgainst reports whether item x of A or item y of B is a
// conversion of an amount that is paired, set against anything but the
// other version's conversion of that amount's counterpart: a gloss is no
// fact of its own, but two glosses of one amount state one figure ("5
// tỷ lira (khoảng 100 triệu USD)" and "5 billion lira ($100 billion)").
func (cs *conflictSearch) glossAgainst(x, y int) bool {
	p := cs.p
	if !p.convertsPaired(p.fa, p.usedA, x) && !p.convertsPaired(p.fb, p.usedB, y) {
		return false
	}
	return !cs.convertedTogether(x, y) && !cs.restatementOf(x, &p.fb.items[y])
}

// bothConvert reports whether item x of A converts an amount whose
// counterpart the other version converts too.
func (cs *conflictSearch) bothConvert(x int) bool {
	ox, ok := cs.p.fa.converted[x]
	return ok && len(cs.converted[&cs.p.fa.items[ox]]) > 0
}

// convertedTogether reports whether item x of A and item y of B convert
// two amounts paired with each other.
func (cs *conflictSearch) convertedTogether(x, y int) bool {
	p := cs.p
	ox, okA := p.fa.converted[x]
	oy, okB := p.fb.converted[y]
	return okA && okB && slices.Contains(cs.converted[&p.fa.items[ox]], &p.fb.items[oy])
}

// A conversionPairs holds the facts that pair an amount of A that A
// converts with an amount of B that B converts: each such amount of A
// with its counterparts. It is looked up, not the facts scanned, for each
// conversion weighed.
type conversionPairs map[*Item][]*Item

// conversionPairs returns the facts that pair an amount each version
// converts.
func (p *pairer) conversionPairs() conversionPairs {
	if len(p.fa.converted) == 0 || len(p.fb.converted) == 0 {
		return nil
	}
	origA, origB := originals(p.fa), originals(p.fb)
	pairs := conversionPairs{}
	for k := range p.facts {
		if f := &p.facts[k]; origA[f.A] && origB[f.B] {
			pairs[f.A] = append(pairs[f.A], f.B)
		}
	}
	return pairs
}

// originals returns the items of side s that another item converts.
func originals(s *sideItems) map[*Item]bool {
	orig := make(map[*Item]bool, len(s.converted))
	for _, o := range s.converted {
		orig[&s.items[o]] = true
	}
	return orig
}

// convertsPaired reports whether item i of side s converts an amount the
// other version states too: the conversion is the writer's gloss, not a
// fact to set against another amount.
func (p *pairer) convertsPaired(s *sideItems, used []bool, i int) bool {
	orig, ok := s.converted[i]
	return ok && used[orig]
}

// leadDates compares the dates of the news event: when the first three
// sentences of each version (headline and lead) state a day that nothing
// paired, the two leads tell when the story happened, and a difference is
// a conflict even if the alignment missed the lead.
func (p *pairer) leadDates() {
	// The day of the event first, when A's first day is B's weekday
	// (leadAgrees); or a day of A's lead that B's first day agrees with
	// (leadSaysAgain): then the next days of each lead are compared.
	for range 3 {
		if !p.leadDate() {
			return
		}
	}
}

// leadWeekdays pairs first a weekday named alone in one version's lead
// (its first three sentences) with the first day of the other's lead,
// when the reference date puts them on one day: both name the day of
// the event ("Sáng 7/10" and "at a conference on Thursday"), which a day
// of the body must not take first ("đến ngày 30/9", a Thursday too, in a
// sentence the English lead merged in). Each side's weekdays are read in
// turn, so that the pairs do not depend on which version is A.
func (p *pairer) leadWeekdays() {
	for y := range p.fb.items {
		if it := &p.fb.items[y]; it.Sentence <= 2 && !p.usedB[y] && weekdayAlone(it) {
			if x := firstInLead(p.fa.items, p.usedA, it, func(x int) bool { return sameDay(&p.fa.items[x], it) && p.judge(x, y).agrees() }); x >= 0 {
				p.add(x, y, p.judge(x, y), p.leadConfidence(x, y))
			}
		}
	}
	for x := range p.fa.items {
		if it := &p.fa.items[x]; it.Sentence <= 2 && !p.usedA[x] && weekdayAlone(it) {
			if y := firstInLead(p.fb.items, p.usedB, it, func(y int) bool { return sameDay(&p.fb.items[y], it) && p.judge(x, y).agrees() }); y >= 0 {
				p.add(x, y, p.judge(x, y), p.leadConfidence(x, y))
			}
		}
	}
}

// sameDay reports a day and a weekday alone that the reference date
// puts on one day: "Sáng 7/10" and "on Thursday" written on Friday 8
// October. A weekday agrees with any day of its name, but the lead's
// comes from the week before the report ("Đến ngày 31/10", a Tuesday, is
// not the "Tuesday" of a story of Tuesday 7 November).
func sameDay(day, weekday *Item) bool {
	return onOneDay(day.Number.Date.Point, weekday.Number.Date.Point)
}

// onOneDay reports two points of the same day, whatever their grain.
func onOneDay(a, b numbers.Point) bool {
	return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day
}

// weekdayAlone reports a date that names its day by a weekday alone.
func weekdayAlone(it *Item) bool {
	return it.Number != nil && family(it.Number.Kind) == numbers.Date && weekdayOnly(it.Number)
}

// firstInLead returns the first day of a side's lead (its first three
// sentences), no weekday alone, when it is left unpaired and agrees with
// the other side's weekday (agrees), or -1. The first day is the
// event's; a weekday alone agrees with every day of its name, and the
// later days of a lead are others ("đến hết ngày 2/11", a Monday too,
// the end of a campaign opened on Monday). A headline's day is the
// first only for a weekday of the other headline: the body's weekday
// says again the day of the body ("Từ ngày 1/7" and "from Thursday",
// under headlines that both say "1/7").
func firstInLead(items []Item, used []bool, weekday *Item, agrees func(int) bool) int {
	for k := range items {
		it := &items[k]
		if it.Sentence > 2 {
			break
		}
		if !leadDay(it) || weekdayAlone(it) || it.Sentence == 0 && weekday.Sentence > 0 {
			continue
		}
		if used[k] || !agrees(k) {
			return -1
		}
		return k
	}
	return -1
}

// leadConfidence is the confidence of a pairing of the leads' days: the
// alignment's when they stand in one bead.
func (p *pairer) leadConfidence(x, y int) float64 {
	if k := p.beadA[p.fa.items[x].Sentence]; k == p.beadB[p.fb.items[y].Sentence] {
		return beadConfidence(p.beads[k])
	}
	return confElsewhere
}

// leadDay reports a day a lead states: a date of a day's grain, said
// outright or by a weekday; not a clock time alone, whose day is the
// context's ("Tối 19/11, ... hạ cánh lúc 21h15").
func leadDay(it *Item) bool {
	return it.Number != nil && family(it.Number.Kind) == numbers.Date && dateGrain(it.Number) == numbers.GrainDay && stated(it.Number) && !timeAlone(it.Number)
}

// inWeekdayList reports a weekday alone in a list of weekdays alone, a
// schedule ("4 chuyến mỗi tuần vào thứ Hai, thứ Tư, thứ Sáu", "on
// Mondays, Wednesdays and Fridays"), not the day of the event: next to
// another weekday, with no more between them than a comma or a word
// that joins them (listGap bytes).
func inWeekdayList(items []Item, i int) bool {
	if !weekdayAlone(&items[i]) {
		return false
	}
	m := items[i].Number
	for _, j := range [...]int{i - 1, i + 1} {
		if j < 0 || j >= len(items) || !weekdayAlone(&items[j]) || items[j].Number.Date.Weekday == m.Date.Weekday {
			continue
		}
		if o := items[j].Number; o.End <= m.Start && m.Start-o.End <= listGap || m.End <= o.Start && o.Start-m.End <= listGap {
			return true
		}
	}
	return false
}

// listGap is the most bytes between two items of a list: ", ", " and ",
// " và ".
const listGap = 6

// leadDate is one step of leadDates: it pairs the first days of the two
// leads left unpaired, and reports whether it paired A's day with a
// weekday of B's lead that agrees with it, so that the next days are
// still to compare.
func (p *pairer) leadDate() bool {
	isDay := leadDay
	first := func(items []Item, used []bool, skip func(int) bool) int {
		for i := range items {
			if items[i].Sentence > 2 {
				break
			}
			if !used[i] && isDay(&items[i]) && !inWeekdayList(items, i) && !skip(i) {
				return i
			}
		}
		return -1
	}
	x := first(p.fa.items, p.usedA, func(int) bool { return false })
	if x < 0 {
		return false
	}
	// Not a weekday of B on a day x's sentence states otherwise, when
	// B's lead has another ("the holiday that ended on Sunday, ... said
	// on Tuesday" against "đến 22/2" beside "sáng 23/2").
	leftInA := false // B's first day was passed over as a day A says elsewhere
	y := first(p.fb.items, p.usedB, func(y int) bool {
		if p.dayLeftInA(x, y) {
			leftInA = true
			return true
		}
		return p.weekdayOfAnother(x, y)
	})
	if y < 0 {
		y = first(p.fb.items, p.usedB, func(int) bool { return false })
	}
	if y < 0 {
		return false
	}
	// Of the days of the lead, the one aligned with the other's.
	for x2 := x; x2 < len(p.fa.items) && p.fa.items[x2].Sentence <= 2; x2++ {
		if it := &p.fa.items[x2]; !p.usedA[x2] && isDay(it) && p.beadA[it.Sentence] == p.beadB[p.fb.items[y].Sentence] && p.judge(x2, y).comparable {
			x = x2
			break
		}
	}
	v := p.judge(x, y)
	if leftInA && v.agrees() && weekdayOnly(p.fb.items[y].Number) {
		// The weekday B's lead gives A's first day, after a day of B
		// that A says elsewhere: the pair the conflict of the two first
		// days would have led to (leadAgrees).
		p.add(x, y, v, confElsewhere)
		return true
	}
	if !v.comparable || v.status != Conflict || headlineAgainstWeekday(&p.fa.items[x], &p.fb.items[y]) || headlineAgainstWeekday(&p.fb.items[y], &p.fa.items[x]) {
		return false
	}
	if y2 := p.leadAgrees(x, y, isDay); y2 >= 0 {
		p.add(x, y2, p.judge(x, y2), confElsewhere)
		return true
	}
	if x2 := p.leadSaysAgain(x, y, isDay); x2 >= 0 {
		p.add(x2, y, p.judge(x2, y), confElsewhere)
		return true
	}
	p.add(x, y, v, confElsewhere)
	return false
}

// dayLeftInA reports whether y, a day of B stated outright, is the day
// of an item of A left unpaired other than x, or an end of one: its
// counterpart there ("Từ ngày 4/1/2027" in A's body, "from Jan. 4" in
// B's lead; "từ ngày 1/5 đến hết tháng 4/2031" and "from May 1"), no
// conflict of x, A's first day.
func (p *pairer) dayLeftInA(x, y int) bool {
	ky, ok := bareOf(&p.fb.items[y])
	if !ok || ky.day.Day == 0 {
		return false
	}
	for x2 := range p.fa.items {
		if x2 == x || p.usedA[x2] {
			continue
		}
		if k, ok := bareOf(&p.fa.items[x2]); ok && k == ky || endsOnDay(p.fa.items[x2].Number, p.fb.items[y].Number.Date.Point) {
			return true
		}
	}
	return false
}

// endsOnDay reports a range of dates whose first or last day is d, in
// the same year unless one of the two implies its year ("từ ngày 1/5 đến
// hết tháng 4/2031", whose first day the range puts in 2030).
func endsOnDay(m *numbers.Mention, d numbers.Point) bool {
	if m == nil || m.Kind != numbers.DateRange {
		return false
	}
	on := func(p numbers.Point) bool {
		year := p.Year == d.Year || p.YearImplied || d.YearImplied
		return p.Grain == numbers.GrainDay && year && p.Month == d.Month && p.Day == d.Day
	}
	return on(m.Date.Point) || on(m.Date.End)
}

// weekdayOfAnother reports a weekday alone, of x or of y, that falls on
// a day the other's sentence states beside the other's figure: "the
// holiday that ended on Sunday" has its day in "từ 14/2 đến 22/2", and is
// no conflict of "sáng 23/2" in the same sentence.
func (p *pairer) weekdayOfAnother(x, y int) bool {
	ax, by := &p.fa.items[x], &p.fb.items[y]
	return resolvedWeekday(by) && statesDay(p.fa, p.itemsOfA.of(ax.Sentence), x, by.Number.Date.Point) ||
		resolvedWeekday(ax) && statesDay(p.fb, p.itemsOfB.of(by.Sentence), y, ax.Number.Date.Point)
}

// statesDay reports whether an item of side s among items, other than
// item skip, states the day of point d, or ends a range on it ("the
// holiday that ended on Sunday"; the first day of a range may be an
// edited weekday's by chance, as any day); not a date counted from the
// day of writing ("lúc 19h10" alone, "hôm nay").
func statesDay(s *sideItems, items []int, skip int, d numbers.Point) bool {
	for _, i := range items {
		m := s.items[i].Number
		if i == skip || m == nil || family(m.Kind) != numbers.Date || weekdayOnly(m) || m.Date.Deictic {
			continue
		}
		if m.Kind == numbers.DateRange && onOneDay(m.Date.End, d) || m.Kind == numbers.Date && onOneDay(m.Date.Point, d) {
			return true
		}
	}
	return false
}

// leadSaysAgain returns another day of A's lead left unpaired that B's
// first day y agrees with, or -1: A's lead states that day too ("từ ngày
// 1/1/2028" in its next sentence, "from January 1, 2028" in B's merged
// lead), so y is no conflict of A's first day x, which is left for B's
// next day ("on Thursday", edited from the day of x). Not when y is a
// weekday alone: that agrees with every day of its name ("on Monday" with
// the "đến hết ngày 2/11" of a campaign that opened on Monday 19/10).
func (p *pairer) leadSaysAgain(x, y int, isDay func(*Item) bool) int {
	if weekdayOnly(p.fb.items[y].Number) {
		return -1
	}
	return agreeingInLead(p.fa.items, p.usedA, x, isDay, func(x2 int) bool { return p.judge(x2, y).agrees() })
}

// agreeingInLead returns the first item of a side's lead (its first three
// sentences) but skip, left unpaired, that want takes and that agrees
// with the other side's day (agrees), or -1.
func agreeingInLead(items []Item, used []bool, skip int, want func(*Item) bool, agrees func(int) bool) int {
	for k := range items {
		it := &items[k]
		if it.Sentence > 2 {
			break
		}
		if k != skip && !used[k] && want(it) && agrees(k) {
			return k
		}
	}
	return -1
}

// headlineAgainstWeekday reports a day of a headline set against a
// weekday alone in the body of the other lead: the headline's day names
// what the story is about ("Dịp nghỉ lễ 2/9", the holiday), and a
// weekday of the body another day of it ("nearly full on Sunday and
// Monday nights"), not the day of the event said otherwise.
func headlineAgainstWeekday(head, day *Item) bool {
	return head.Sentence == 0 && day.Sentence > 0 && weekdayOnly(day.Number)
}

// leadAgrees returns the weekday of B's lead left unpaired that day x of
// A agrees with, or -1: the leads then share the day of the event ("ngày
// 29/10" and "on Friday"), and B's first day ("from January 1, 2028",
// the day a decree takes effect, written out) is another fact. A day
// written out again ("from May 1" twice, one edited) is no such
// weekday. Not when
// B's first day is a weekday ("early Sunday"): that is the event's day,
// which a version names again later in its lead. Nor the other way: a
// day of A's lead that agrees with an edited weekday of B is the
// report's, and the edit is the conflict.
func (p *pairer) leadAgrees(x, y int, isDay func(*Item) bool) int {
	if weekdayOnly(p.fb.items[y].Number) {
		return -1 // "early Sunday": the day of the event, said again
	}
	weekday := func(it *Item) bool { return isDay(it) && weekdayOnly(it.Number) }
	return agreeingInLead(p.fb.items, p.usedB, y, weekday, func(y2 int) bool { return p.judge(x, y2).agrees() })
}

// leftovers reports what is on one side only; a name said again, or one
// that agreed elsewhere, is not a fact of its own.
func (p *pairer) leftovers() {
	nameA, nameB := p.factOfName(true), p.factOfName(false)
	// Room for every fact left, at once and no more (slices.Grow would
	// round up by a quarter): a fact is large.
	if n := newFacts(p.fa.items, p.usedA, nameA) + newFacts(p.fb.items, p.usedB, nameB); cap(p.facts)-len(p.facts) < n {
		p.facts = append(make([]draft, 0, len(p.facts)+n), p.facts...)
	}
	// One reason string per side, shared by its facts but for conversions.
	onlyA, onlyB := "only in "+sideName(*p.fa, versionNames[0]), "only in "+sideName(*p.fb, versionNames[1])
	for x := range p.fa.items {
		if it := &p.fa.items[x]; !p.usedA[x] && !p.sayAgain(it, nameA, true) {
			p.facts = append(p.facts, draft{Status: OnlyA, A: it, Why: onlyA + conversionOf(p.fa, x), Confidence: 1})
			p.nameFact(it, nameA, len(p.facts)-1)
		}
	}
	for y := range p.fb.items {
		if it := &p.fb.items[y]; !p.usedB[y] && !p.sayAgain(it, nameB, false) {
			p.facts = append(p.facts, draft{Status: OnlyB, B: it, Why: onlyB + conversionOf(p.fb, y), Confidence: 1})
			p.nameFact(it, nameB, len(p.facts)-1)
		}
	}
}

// factOfName maps the entity keys of one side's facts to the first fact
// that names them.
func (p *pairer) factOfName(sideA bool) map[string]int {
	out := map[string]int{}
	for k, f := range p.facts {
		it := f.B
		if sideA {
			it = f.A
		}
		p.nameFact(it, out, k)
	}
	return out
}

// nameFact records fact k as the fact of item it's name, unless the name
// has one.
func (p *pairer) nameFact(it *Item, names map[string]int, k int) {
	if it == nil || it.Entity == nil {
		return
	}
	if _, ok := names[it.Entity.Key]; !ok {
		names[it.Entity.Key] = k
	}
}

// sayAgain reports a leftover name that is not a fact of its own: an
// adjective ("Singaporean"), or a name a fact of its side already holds,
// which joins that fact as a repeat (Fact.AlsoA, AlsoB).
func (p *pairer) sayAgain(it *Item, names map[string]int, sideA bool) bool {
	if it.Entity == nil {
		return false
	}
	if it.Entity.Adjective {
		return true
	}
	k, ok := names[it.Entity.Key]
	if !ok {
		return false
	}
	p.facts[k].addAlso(it, sideA)
	return true
}

// conversionOf describes item i of side s when it converts another
// amount: ", a conversion of ¥350 million".
func conversionOf(s *sideItems, i int) string {
	orig, ok := s.converted[i]
	if !ok {
		return ""
	}
	return ", a conversion of " + s.items[orig].Text()
}

// A slot is a kind of fact in a sentence: "money in sentence 3". A
// conflict pairs facts that each are the only one left in a slot.
type slot struct {
	sentence int
	kind     string
}

// slotsOf returns the two slots of an item: the fine one (kind with its
// unit, currency or grain) and the coarse one (the kind alone). The
// pairing asks for them at each step: they are made once.
func slotsOf(it *Item) [2]slot {
	if it.slots == nil {
		k := slotKinds(it)
		it.slots = &k
	}
	return [2]slot{{it.Sentence, it.slots[0]}, {it.Sentence, it.slots[1]}}
}

// slotKinds makes the kinds of the slots of slotsOf, fine and coarse.
func slotKinds(it *Item) [2]string {
	if it.Entity != nil {
		// "Lao president" and "Tổng thống Lào" say whose a title is,
		// "thăm ... Việt Nam" where a visit goes: a nationality is no
		// rival to a country otherwise named.
		// A body's country is its country in either form ("hãng Gaon
		// Air (Hàn Quốc)", "South Korean carrier Gaon Air").
		t := entitySlotKind(it.Entity.Type, (it.Entity.Adjective || it.whose) && !it.aside)
		if t == placeSlot && !entities.Known(it.Entity.Key) {
			// A place the table does not know is no rival of one it knows
			// (sameName): "thành phố Ostrava" beside "quê Nghệ An" leaves
			// the province the only one of its slot.
			t = unknownPlaceSlot
		}
		return [2]string{t, t}
	}
	m := it.Number
	coarse := family(m.Kind).String()
	if isBareYear(m) {
		coarse = "date year" // a bare year is in the slot of year dates
	}
	// The fine slot is the coarse one, a space and its unit class or
	// currency (which may be "": "number " is no "number"), and what
	// describes it.
	detail, withDetail := "", false
	switch family(m.Kind) {
	case numbers.Date:
		coarse += " " + dateGrain(m).String()
	case numbers.Money:
		detail, withDetail = m.Currency, true
	case numbers.Percent:
	default:
		detail, withDetail = unitClass(m.Unit), true
	}
	if isAnniversary(m) {
		coarse, withDetail = "anniversary", false
	}
	fine := coarse
	// The dead and the missing of one sentence are two slots.
	switch d := it.slot().describe(); {
	case withDetail && d != "":
		fine = coarse + " " + detail + " " + d
	case withDetail:
		fine = coarse + " " + detail
	case d != "":
		fine = coarse + " " + d
	}
	return [2]string{fine, coarse}
}

// entitySlotKind returns the kind of the slot of a name of type t,
// "entity person", or of a nationality ("entity country adjective"):
// made once per type, not once per name.
func entitySlotKind(t entities.Type, nationality bool) string {
	k := int(t)
	if nationality {
		k += numSlotTypes
	}
	if int(t) >= 0 && int(t) < numSlotTypes {
		return entitySlotKinds()[k]
	}
	if nationality {
		return "entity " + t.String() + adjectiveSlot
	}
	return "entity " + t.String()
}

// The slot kinds of places: those the table knows, and the others.
const (
	placeSlot        = "entity place"
	unknownPlaceSlot = "entity place unknown"
)

// adjectiveSlot ends the slot kind of a nationality: an adjective of a
// country, or a country that says whose a person or an office is.
const adjectiveSlot = " adjective"

// numSlotTypes is how many entity types entitySlotKinds makes kinds of.
const numSlotTypes = 16

// entitySlotKinds are the slot kinds of the first entity types, by type,
// then those of their nationalities.
var entitySlotKinds = sync.OnceValue(func() []string {
	kinds := make([]string, 2*numSlotTypes)
	for t := range numSlotTypes {
		kinds[t] = "entity " + entities.Type(t).String()
		kinds[numSlotTypes+t] = kinds[t] + adjectiveSlot
	}
	return kinds
})

// sameSlot reports whether a and b are each the only fact of their fine
// slot (the same unit) or of their coarse slot (the same kind) that is
// left in their sentences.
func sameSlot(a, b *Item, leftA, leftB map[slot]int) bool {
	sa, sb := slotsOf(a), slotsOf(b)
	if sa[0].kind == sb[0].kind && leftA[sa[0]] == 1 && leftB[sb[0]] == 1 {
		return true
	}
	return sa[1].kind == sb[1].kind && leftA[sa[1]] == 1 && leftB[sb[1]] == 1
}

// yearOf returns the year a bare year or a year date states, or 0.
func yearOf(m *numbers.Mention) int {
	if isBareYear(m) {
		v, _ := m.Value.Int64()
		return int(v)
	}
	if m.Kind == numbers.Date && m.Date.Grain == numbers.GrainYear {
		return int(m.Date.Year)
	}
	return 0
}

// distance is how far apart two values are, as the absolute difference
// of their logarithms; values of no number kind are far.
func distance(a, b *numbers.Mention) float64 {
	a, b = inFinerUnit(a, b), inFinerUnit(b, a) // "2,5 km" and "1,500 metres"
	x, _ := a.Value.Float64()
	y, _ := b.Value.Float64()
	if ya, yb := yearOf(a), yearOf(b); ya > 0 && yb > 0 {
		x, y = float64(ya), float64(yb) // "APEC 2027" and "in 2028"
	}
	if x <= 0 || y <= 0 {
		return math.Inf(1)
	}
	return math.Abs(math.Log(x / y))
}

// affinities counts, for each of the n sentences of A, the agreed
// numbers, dates and the like it shares with each sentence of B. Names do
// not count: "Việt Nam" is in every other sentence of both versions
// (nameAffinities counts the rare ones). The counts overwrite buf's
// arrays, when they have room: a step that builds them again and again
// passes the last ones, which it no longer needs.
func affinities(facts []draft, n int, buf affinity) affinity {
	return affinitiesOf(facts, n, buf, agreedFigure)
}

// nameAffinities counts, for each of the n sentences of A, the agreed
// names it shares with each sentence of B that few sentences of either
// version name (rareName): "Hà Lan, Bỉ, Áo, Hungary" and "the
// Netherlands, Belgium, Austria, Hungary" tie a sentence of the body to
// the lead that restates it.
func nameAffinities(facts []draft, n int, fa, fb *sideItems) affinity {
	return affinitiesOf(facts, n, affinity{}, func(f *draft) bool {
		return f.Status == Agree && f.A != nil && f.B != nil && f.A.Entity != nil && f.B.Entity != nil &&
			fa.rareName(f.A.Entity.Key) && fb.rareName(f.B.Entity.Key)
	})
}

// affinitiesOf counts, for each of the n sentences of A, the facts that
// agreed says of it shares with each sentence of B. The pairs are put in
// order by a counting sort on the sentence of A, then sorted by the
// sentence of B within each, which holds few: the cost is linear in the
// facts however many there are.
func affinitiesOf(facts []draft, n int, buf affinity, agreed func(*draft) bool) affinity {
	// start[a] counts the pairs of sentences up to a, where those of a
	// end; filled from the last fact back, each sentence's from its end,
	// it is then where they begin (groupBy).
	start := append(buf.start[:0], make([]int32, n+1)...)
	k := 0
	for i := range facts {
		if f := &facts[i]; agreed(f) {
			start[f.A.Sentence]++
			k++
		}
	}
	for a := 1; a < n; a++ {
		start[a] += start[a-1]
	}
	start[n] = int32(k)
	ps := slices.Grow(buf.pairs[:0], k)[:k]
	for i := len(facts) - 1; i >= 0; i-- {
		if f := &facts[i]; agreed(f) {
			a := f.A.Sentence
			start[a]--
			ps[start[a]] = affPair{int32(a), int32(f.B.Sentence), 1}
		}
	}
	return affinity{pairs: mergeAffinities(ps, start), start: start}
}

// mergeAffinities sorts the pairs of each sentence of A (ps[start[a]:
// start[a+1]]) by sentence of B and merges those of one sentence of B
// into one with their count, in place, setting start to where the
// merged pairs of each sentence of A begin; it returns the merged pairs.
func mergeAffinities(ps []affPair, start []int32) []affPair {
	out := ps[:0]
	for a := range len(start) - 1 {
		run := ps[start[a]:start[a+1]]
		start[a] = int32(len(out))
		slices.SortFunc(run, func(x, y affPair) int { return cmp.Compare(x.b, y.b) })
		for _, p := range run {
			if m := len(out); m > int(start[a]) && out[m-1].b == p.b {
				out[m-1].n++
			} else {
				out = append(out, p)
			}
		}
	}
	start[len(start)-1] = int32(len(out))
	return out
}

// An affinity holds the counts of affinities, sorted by sentence of A,
// then of B, and where those of each sentence of A start: slices, not a
// map of maps, for it is built afresh at each step of the pairing. The
// zero value holds none.
type affinity struct {
	pairs []affPair
	start []int32 // the pairs of sentence a of A are pairs[start[a]:start[a+1]]
}

// An affPair counts the agreed figures sentence a of A shares with
// sentence b of B.
type affPair struct{ a, b, n int32 }

// of returns the agreed figures sentence a of A shares with b of B.
func (x affinity) of(a, b int) int {
	for _, p := range x.partners(a) {
		if p.b >= int32(b) {
			if p.b == int32(b) {
				return int(p.n)
			}
			break
		}
	}
	return 0
}

// partners returns the sentences of B that share agreed figures with
// sentence a of A, in order, with their counts; none for a sentence out
// of range.
func (x affinity) partners(a int) []affPair {
	if a < 0 || a+1 >= len(x.start) {
		return nil
	}
	return x.pairs[x.start[a]:x.start[a+1]]
}

// sharedName reports whether sentence sa of A and sb of B name the same
// entity; with rare, only an entity that few sentences of either version
// name ("Lawrence Wong", not "Việt Nam") counts.
func sharedName(sa, sb int, fa, fb *sideItems, rare bool) bool {
	for _, k := range fa.namesIn.of(sa) {
		if !fb.namesIn.of(sb).has(k) {
			continue
		}
		if !rare || fa.rareName(k) && fb.rareName(k) {
			return true
		}
	}
	return false
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// collapseRepeats makes one fact of the agreements that state the same
// thing: those of one name (its entity key), and those of one figure that
// both sides repeat (the same repeat group on each side: "2-0" in the
// lead and in the last paragraph of each), unless two of them share a
// sentence ("2 môn bắt buộc … và 2 môn tự chọn" are two facts). The
// agreement paired with the most confidence stays, and the others become
// its repeats.
func (p *pairer) collapseRepeats() {
	indexA, indexB := itemIndexes(p.fa.items), itemIndexes(p.fb.items)
	order := p.collapseOrder(indexA, indexB)
	into := make([]int, len(p.facts)) // the fact each one joins, or its own index
	for i := range into {
		into[i] = i
	}
	for len(order) > 0 {
		k := p.keyOf(int(order[0]), indexA, indexB)
		n := 1
		for n < len(order) && p.keyOf(int(order[n]), indexA, indexB) == k {
			n++
		}
		p.collapseRun(order[:n], into)
		order = order[n:]
	}
	out := p.facts[:0]
	for i, f := range p.facts {
		if into[i] == i {
			out = append(out, f)
		}
	}
	p.facts = out
}

// A factKey is what makes an agreement one fact with another
// (collapseRepeats): the same name, or figures of the same repeat group
// on each side.
type factKey struct {
	name       string
	repA, repB int
}

// factKeyOf returns the key of fact i, and false for a fact that is no
// agreement on a name or on a specific figure of each side's items.
func (p *pairer) factKeyOf(i int, indexA, indexB itemIndex) (factKey, bool) {
	f := &p.facts[i]
	if f.Status != Agree || f.A == nil || f.B == nil {
		return factKey{}, false
	}
	if f.A.Entity == nil {
		_, okA := indexA.find(f.A)
		_, okB := indexB.find(f.B)
		if !okA || !okB || f.A.Number == nil || !specific(f.A) {
			return factKey{}, false
		}
	}
	return p.keyOf(i, indexA, indexB), true
}

// keyOf returns the key of fact i, which has one (factKeyOf): what
// factKeyOf returns without asking again whether it has.
func (p *pairer) keyOf(i int, indexA, indexB itemIndex) factKey {
	f := &p.facts[i]
	if f.A.Entity != nil {
		return factKey{name: f.A.Entity.Key, repA: -1, repB: -1}
	}
	return factKey{repA: p.repA[indexA.at(f.A)], repB: p.repB[indexB.at(f.B)]}
}

// collapseOrder returns the facts that have a key (factKeyOf), sorted by
// key, then the most confident first, then in order: the facts of a key
// are one run, in the order in which they meet its heads. Sorted, they
// need no map from keys to their heads.
func (p *pairer) collapseOrder(indexA, indexB itemIndex) []int32 {
	n := 0
	for i := range p.facts {
		if _, ok := p.factKeyOf(i, indexA, indexB); ok {
			n++
		}
	}
	order := make([]int32, 0, n)
	for i := range p.facts {
		if _, ok := p.factKeyOf(i, indexA, indexB); ok {
			order = append(order, int32(i))
		}
	}
	// The keys of no name (the figures') sort before those of a name: the
	// two parts are sorted apart, at once when the sides are long, each
	// by the part of the key that tells its facts apart.
	k := namelessFirst(order, func(i int32) bool { return p.keyOf(int(i), indexA, indexB).name == "" })
	bothAtOnce(p.indexed(), func() {
		slices.SortFunc(order[:k], func(i, j int32) int {
			ki, kj := p.keyOf(int(i), indexA, indexB), p.keyOf(int(j), indexA, indexB)
			return cmp.Or(cmp.Compare(ki.repA, kj.repA), cmp.Compare(ki.repB, kj.repB), p.moreConfident(i, j))
		})
	}, func() {
		slices.SortFunc(order[k:], func(i, j int32) int {
			return cmp.Or(strings.Compare(p.facts[i].A.Entity.Key, p.facts[j].A.Entity.Key), p.moreConfident(i, j))
		})
	})
	return order
}

// moreConfident orders facts i and j the more confident first, then in
// order.
func (p *pairer) moreConfident(i, j int32) int {
	return cmp.Or(cmp.Compare(p.facts[j].Confidence, p.facts[i].Confidence), cmp.Compare(i, j))
}

// namelessFirst moves the facts of order whose key has no name (nameless)
// before the others, in any order, and returns how many there are.
func namelessFirst(order []int32, nameless func(int32) bool) int {
	k := 0
	for n, i := range order {
		if nameless(i) {
			order[k], order[n] = order[n], order[k]
			k++
		}
	}
	return k
}

// collapseRun joins each fact of run, the facts of one key in the order
// of collapseOrder, to the first head of the key before it, the name of
// a head or a figure's head that shares no sentence with it; a fact that
// joins none is a head, up to maxRepeatGroups heads. into holds the
// fact each one joins; each head then takes the mentions of its facts
// (joinHeads).
func (p *pairer) collapseRun(run []int32, into []int) {
	var heads [maxRepeatGroups]int
	// The sentences of each head and of the facts it took, made when
	// another fact meets the head: most never meet one.
	var sets [maxRepeatGroups]sentenceSets
	n := 0
	for _, k := range run {
		i := int(k)
		for g, h := range heads[:n] {
			if name := p.facts[i].A.Entity != nil; name || !p.sentencesOf(h, &sets[g]).holdsAny(&p.facts[i]) {
				into[i] = h
				if !name { // the sentences of a name's head are never asked
					p.sentencesOf(h, &sets[g]).add(&p.facts[i])
				}
				break
			}
		}
		if into[i] == i && n < maxRepeatGroups {
			heads[n] = i
			n++
		}
	}
	p.joinHeads(run, heads[:n], into)
}

// joinHeads appends to each head the mentions of the facts of run that
// joined it, in run's order: each fact's own, then its repeats. They are
// counted first and the head's lists grown once to their length, rather
// than doubled as they fill (0.5 MB less at 10,000 sentences). The lists
// are not read while the run is collapsed (a head's sentences are taken
// before any fact joins it), so that they may be filled after.
func (p *pairer) joinHeads(run []int32, heads []int, into []int) {
	for _, h := range heads {
		na, nb := 0, 0
		for _, k := range run {
			if i := int(k); i != h && into[i] == h {
				na += 1 + len(p.facts[i].alsoA())
				nb += 1 + len(p.facts[i].alsoB())
			}
		}
		if na == 0 {
			continue
		}
		head := &p.facts[h]
		alsoA, alsoB := withRoom(head.alsoA(), na), withRoom(head.alsoB(), nb)
		for _, k := range run {
			if i := int(k); i != h && into[i] == h {
				alsoA = append(append(alsoA, p.facts[i].A), p.facts[i].alsoA()...)
				alsoB = append(append(alsoB, p.facts[i].B), p.facts[i].alsoB()...)
			}
		}
		head.setAlso(alsoA, alsoB)
	}
}

// withRoom returns s with room for n more items: s itself if it has it,
// else a copy in an array of exactly that length (slices.Grow would round
// it up).
func withRoom(s []*Item, n int) []*Item {
	if cap(s)-len(s) >= n {
		return s
	}
	return append(make([]*Item, 0, len(s)+n), s...)
}

// sentencesOf returns ss, the sentences of head h and of the facts it
// took, filled with those of h at the first call.
func (p *pairer) sentencesOf(h int, ss *sentenceSets) *sentenceSets {
	if ss.a == nil {
		ss.add(&p.facts[h])
	}
	return ss
}

// sentenceSets holds the sentences of each side that a group of facts
// has mentions in, each set sorted: a group has a few.
type sentenceSets struct{ a, b []int32 }

// add puts the sentences of f's mentions in the sets.
func (ss *sentenceSets) add(f *draft) {
	ss.a = addSentence(ss.a, f.A.Sentence)
	for _, it := range f.alsoA() {
		ss.a = addSentence(ss.a, it.Sentence)
	}
	ss.b = addSentence(ss.b, f.B.Sentence)
	for _, it := range f.alsoB() {
		ss.b = addSentence(ss.b, it.Sentence)
	}
}

// holdsAny reports whether a mention of f is in a sentence of the sets.
func (ss *sentenceSets) holdsAny(f *draft) bool {
	if hasSentence(ss.a, f.A.Sentence) || hasSentence(ss.b, f.B.Sentence) {
		return true
	}
	for _, it := range f.alsoA() {
		if hasSentence(ss.a, it.Sentence) {
			return true
		}
	}
	for _, it := range f.alsoB() {
		if hasSentence(ss.b, it.Sentence) {
			return true
		}
	}
	return false
}

// addSentence adds sentence s to the sorted set.
func addSentence(set []int32, s int) []int32 {
	i, ok := slices.BinarySearch(set, int32(s))
	if ok {
		return set
	}
	return slices.Insert(set, i, int32(s))
}

// hasSentence reports whether sentence s is in the sorted set.
func hasSentence(set []int32, s int) bool {
	_, ok := slices.BinarySearch(set, int32(s))
	return ok
}

// sideName names a side in a reason.
func sideName(s sideItems, def string) string {
	if name, ok := versionOfLanguage[s.lang.String()]; ok {
		return name
	}
	return def
}

// versionOfLanguage names a version by its language in reasons.
var versionOfLanguage = map[string]string{"vi": "the Vietnamese version", "en": "the English version"}

// sortFacts orders facts by their place in the first document, and the
// facts of the second document only by their place there.
func sortFacts(facts []Fact) {
	// Sort the positions, each read once, and then move each fact once: a
	// fact is large.
	type at struct{ side, start, k int }
	order := make([]at, len(facts))
	for k := range facts {
		if f := &facts[k]; f.A != nil {
			s, _ := f.A.Span()
			order[k] = at{0, s, k}
		} else {
			s, _ := f.B.Span()
			order[k] = at{1, s, k}
		}
	}
	slices.SortStableFunc(order, func(x, y at) int {
		if x.side != y.side {
			return x.side - y.side
		}
		return x.start - y.start
	})
	// Move the facts in place, one cycle of the permutation after the
	// other (a fact whose order[i].k is i is in place): no second array
	// of facts.
	for i := range order {
		if order[i].k == i || order[i].k < 0 {
			continue
		}
		tmp := facts[i]
		j := i
		for order[j].k != i {
			k := order[j].k
			facts[j] = facts[k]
			order[j].k = -1
			j = k
		}
		facts[j] = tmp
		order[j].k = -1
	}
}

// newFacts counts the facts leftovers makes of the unused items of one
// side: each figure, and each name no fact of the side holds yet (names),
// once; adjectives and names said again join a fact (sayAgain).
func newFacts(items []Item, used []bool, names map[string]int) int {
	n := 0
	var keys map[string]bool
	for x := range items {
		e := items[x].Entity
		switch {
		case used[x], e != nil && (e.Adjective || keys[e.Key]):
		case e == nil:
			n++
		default:
			if _, ok := names[e.Key]; !ok {
				if keys == nil {
					keys = map[string]bool{}
				}
				keys[e.Key] = true
				n++
			}
		}
	}
	return n
}

// beadConfidence is the confidence of a pairing inside a bead.
func beadConfidence(b Bead) float64 {
	return min(1, 0.75+0.25*b.Score)
}

// specific reports whether an item is unlikely to agree with another by
// chance: a name, a date, money, a percentage, a count of something, or a
// bare number with three digits or a fraction.
func specific(it *Item) bool {
	if it.Entity != nil {
		return !it.Entity.Adjective
	}
	m := it.Number
	switch m.Kind {
	case numbers.Number, numbers.Ordinal, numbers.Duration:
		return m.Unit != "" || m.Value.Exp() < 0 || m.Value.Digits()+m.Value.Exp() >= 3
	case numbers.Date:
		return !anyWeek(it)
	}
	return true
}

// anyWeek reports a date that names a weekday alone ("on Thursday"): a
// day of any week, too common to pair across sentences not aligned. A
// clock time makes it rare enough ("from 3 p.m. Thursday").
func anyWeek(it *Item) bool {
	m := it.Number
	return m != nil && m.Kind == numbers.Date && weekdayOnly(m) && m.Date.Grain < numbers.GrainHour
}

// sameThing reports whether two items can be two statements of the same
// fact: the same kind of fact (a percentage and percentage points count as
// one kind), units that do not contradict, values within a factor of 100
// or a power of ten apart, two names of the same type; a year of birth
// and an age (bornAndAge).
func sameThing(a, b *Item, fa, fb *sideItems) bool {
	if _, ok := bornAndAge(a, b, fa.ref, fb.ref); ok {
		return true
	}
	switch {
	case a.Number != nil && b.Number != nil:
		return sameFigure(a, b, fa, fb)
	case a.Entity != nil && b.Entity != nil:
		return sameName(a, b, fa, fb)
	}
	return false
}

// sameFigure is sameThing for two figures.
func sameFigure(a, b *Item, fa, fb *sideItems) bool {
	if _, _, ok := rankOfRun(a, b); ok {
		return true // "tháng thứ 45 liên tiếp" and "45 consecutive months"
	}
	ma, mb := regroupToward(a.Number, b.Number), regroupToward(b.Number, a.Number)
	if same, ok := sameAcrossForms(ma, mb); ok {
		return same
	}
	if family(ma.Kind) != family(mb.Kind) {
		return false
	}
	if family(ma.Kind) != numbers.Date && placesDiffer(a, b, fa, fb) {
		return false // Asia's visitors are not Vietnam's
	}
	if groupsApart(a, b, fa, fb) {
		return false // the Vietnamese among the dead are not the dead
	}
	switch family(ma.Kind) {
	case numbers.Date:
		// Dates the text states, not relative ones ("đầu năm", "last
		// year") that the reference date resolved.
		// Periods from January are one measure whatever their grain:
		// "6 tháng đầu năm" and "Q1" (periodKey).
		samePeriod := periodKey(ma) != "" && periodKey(ma) == periodKey(mb)
		return (dateGrain(ma) == dateGrain(mb) || samePeriod) && stated(ma) && stated(mb)
	case numbers.Percent, numbers.Score, numbers.Ratio:
		return true
	case numbers.Ordinal:
		// Ranks of the same thing are of the same order: 14th and 13th,
		// not 110th and third.
		generic := func(u string) bool { return u == "" || u == numbers.RankTime }
		return (generic(ma.Unit) || generic(mb.Unit) || sameUnit(ma.Unit, mb.Unit)) && distance(ma, mb) <= math.Log(10)
	}
	if ma.Kind == numbers.Number && ma.Unit == "" && mb.Unit == "" && !sameShape(ma, mb) && (bound(ma) == 0 || bound(ma) != bound(mb)) {
		return false // bare numbers of other shapes: "3" and "8.5"; but "dưới 6" and "under ten" are two limits
	}
	if ma.Kind == numbers.Number && (ma.Unit == "") != (mb.Unit == "") && decimalDigits(ma) != decimalDigits(mb) {
		return false // a unit left out keeps the figure's shape: "15 tuổi" is no "10.19"
	}
	if ma.Kind == numbers.Number && (ma.Unit == "") != (mb.Unit == "") && (isBareYear(ma) || isBareYear(mb)) && !sameMagnitude(ma.Value, mb.Value) {
		return false // "Tết Bính Ngọ 2026", a year, is no count of "38 fewer deaths"
	}
	return plausible(ma, mb)
}

// sameName is sameThing for two names: two countries, places, people or
// bodies that one version may have swapped for the other.
func sameName(a, b *Item, fa, fb *sideItems) bool {
	ea, eb := a.Entity, b.Entity
	if ea.Type != eb.Type || ea.Key == eb.Key || a.aside != b.aside || a.ofPlace != b.ofPlace && (ea.Adjective || eb.Adjective) {
		// A body's country is the rival of another body's only, and
		// "Vietnamese carmaker Thach Lam" is no rival of "bang Gujarat
		// (Ấn Độ)".
		return false
	}
	if ea.Ambiguous || eb.Ambiguous {
		return false // "Anh sẽ bay về Hà Nội": maybe no country at all
	}
	if ea.Type == entities.Org && !entities.Rivals(ea.Key, eb.Key) {
		return false // two bodies the table does not know may be one, named two ways
	}
	if ea.Type == entities.Place && entities.Known(ea.Key) != entities.Known(eb.Key) {
		// A province against a place the table does not know, which may
		// lie in it: "Long Sơn" (an end of a road) and "Khanh Hoa".
		return false
	}
	if ea.Type == entities.Place && !entities.Known(ea.Key) && (namedElsewhere(ea, eb, fa, fb) || namedElsewhere(eb, ea, fb, fa)) {
		// A river, a commune or a street the other version names
		// elsewhere was not replaced: "sông Cầu" against the "Tam Giang
		// Commune" of a sentence whose neighbours say "Cau River".
		return false
	}
	if ea.Type == entities.Title {
		return false
	}
	if ea.Type == entities.Person && (!namedPeople(ea, eb) || fb.named(ea.Key) && (ea.Title == "" || ea.Title != eb.Title) && !editedIn(eb, fb, fa)) {
		// A person the other version names elsewhere was not replaced,
		// unless the two hold the same office in the two sentences, or
		// the other is named there only and never in this version.
		return false
	}
	// A swap: neither name appears in the other's sentence, and the
	// swap is credible.
	return !fb.namesIn.of(b.Sentence).has(ea.Key) && !fa.namesIn.of(a.Sentence).has(eb.Key) && credibleSwap(ea, eb, fa, fb)
}

// namedElsewhere reports a name a of version own that the other version
// names too, where b of the other is no edit: b is said in other
// sentences of its version too, or in this one's (editedIn).
func namedElsewhere(a, b *entities.Entity, own, other *sideItems) bool {
	return other.named(a.Key) && !editedIn(b, other, own)
}

// sameAcrossForms decides sameThing for the pairs of kinds that state one
// fact in two forms: two anniversaries, a bare year and a year date
// ("APEC 2027" and "in 2028") or a number one keystroke from the year, a
// century as a rank and as its years, two lengths of time ("hơn 30 năm"
// and "over 36 years ago"), a bare number and a length of time. Its
// second result is false for the other pairs.
func sameAcrossForms(ma, mb *numbers.Mention) (same, ok bool) {
	if isAnniversary(ma) && isAnniversary(mb) {
		return true, true
	}
	if _, _, ok := yearAndDate(ma, mb); ok {
		return true, true
	}
	if _, _, ok := centuries(ma, mb); ok {
		return true, true
	}
	if _, _, ok := yearTypo(ma, mb); ok {
		return true, true // judged only in a translated pair
	}
	if da, db, ok := asLengths(ma, mb); ok {
		// Or one count of two units of time: "trong vòng 6 giờ" and
		// "within six days", from the day of writing.
		return da.Unit == db.Unit && plausible(da, db) || da.Value.Equal(db.Value), true
	}
	if pa, pb, ok := pointsAndBasis(ma, mb); ok {
		return plausible(pa, pb), true
	}
	if ra, rb, ok := exchangeRates(ma, mb); ok {
		return plausible(ra, rb), true
	}
	if money, bare, ok := amountAndBare(ma, mb); ok {
		// "7.000 tỷ", its currency left out, and "VND7.5 trillion".
		return money.Value.Equal(bare.Value) || slipOfSum(money.Value, bare.Value), true
	}
	if rank, bare, ok := rankAndBare(ma, mb); ok {
		// "số 168" and "No. 186": a number one version makes a rank.
		return rank.Value.Equal(bare.Value) || slipOfDigits(rank.Value, bare.Value), true
	}
	if bareCount(ma) && isLength(mb) || bareCount(mb) && isLength(ma) {
		return sameMagnitude(ma.Value, mb.Value), true // judged only in a translated pair (unitOnOneSide)
	}
	return false, false
}

// credibleSwap reports whether A's name ea and B's name eb can be one
// name swapped for another: each version knows both names or each knows
// only its own, or B's name is new to A. Compare pairs in canonical order
// (the Vietnamese first), so the last case reads: a name the English
// brings in that the Vietnamese never states. A Vietnamese name the
// English never states, beside an English name the Vietnamese states
// elsewhere, is a swap when the Vietnamese states it in that sentence
// only (editedIn), and another topic when it says it again and again
// ("Hàn Quốc" all through the article, where the English names
// Singapore, and Korea nowhere in the English). A region and a place of
// another level are never one name swapped (entities.Region).
func credibleSwap(ea, eb *entities.Entity, fa, fb *sideItems) bool {
	if entities.Region(ea.Key) != entities.Region(eb.Key) {
		return false // a region holds provinces and cities: "the Mekong Delta province" is An Giang
	}
	return fb.named(ea.Key) == fa.named(eb.Key) || !fa.named(eb.Key) || editedIn(ea, fa, fb)
}

// stated reports a date the text states, with digits or words ("tháng
// 9", "September", "the first half of the year", "Friday"), not one
// counted from the day it was written ("hôm qua", "early this year":
// numbers' Deictic), which two versions written on different days say
// differently. Digits count as stated even then ("3 ngày trước"), and a
// range that names a weekday ("from Thursday to Sunday") is as stated
// as "30/4 - 3/5".
func stated(m *numbers.Mention) bool {
	return !m.Date.Deictic || weekdayOnly(m) || m.Written == numbers.WrittenDigits ||
		m.Kind == numbers.DateRange && m.Date.HasWeekday
}

// namedPeople reports two full names, at least one with a title, which
// makes a swap of people credible: "Foreign Minister Wang Yi" and "Qin
// Gang", not "Thành" and "Metro Line"; or of three words each, or all the
// same but one; or two foreign names marked as people's, which a
// Vietnamese text writes as the English does ("Alexander Isak ghi bàn"
// and "Anthony Gordon opened the scoring").
func namedPeople(a, b *entities.Entity) bool {
	full := func(e *entities.Entity) bool { return strings.Contains(strings.TrimSpace(e.Text), " ") }
	return full(a) && full(b) && (a.Title != "" || b.Title != "" || threeWords(a) && threeWords(b) || shareName(a, b) ||
		foreignPerson(a) && foreignPerson(b))
}

// foreignPerson reports the name of a person that a cue or a title marks
// as one, in words that no Vietnamese syllable is written like.
func foreignPerson(e *entities.Entity) bool {
	return (e.Cued || e.Title != "") && entities.Foreign(e.Key)
}

// shareName reports two names of people of as many words, all the same
// but one, which is another word and no misspelling of it: "Liam Carter"
// and "Liam Porter"; not "Maragret Mead" and "Margaret Mead", nor "Notre
// Dame" and "Notre Dame Cathedral". A foreign name of two words may be
// said in the other order ("Takeda Koji" and "Kenji Takeda").
func shareName(a, b *entities.Entity) bool {
	words := func(e *entities.Entity) []string {
		_, name, _ := strings.Cut(e.Key, ":") // "person:liam-carter"
		return strings.Split(name, "-")
	}
	wa, wb := words(a), words(b)
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	if oneWordOther(wa, wb) {
		return true
	}
	if len(wa) == 2 && entities.AllForeign(a.Key) && entities.AllForeign(b.Key) {
		return oneWordOther(wa, []string{wb[1], wb[0]})
	}
	return false
}

// oneWordOther reports two names' words, as many, all the same but one,
// which is another word (otherWord).
func oneWordOther(wa, wb []string) bool {
	differ := -1
	for k := range wa {
		if wa[k] != wb[k] {
			if differ >= 0 {
				return false
			}
			differ = k
		}
	}
	return differ >= 0 && otherWord(wa[differ], wb[differ])
}

// otherWord reports two words of a name that a slip of the keyboard does
// not turn into each other: another first letter, or three edits apart,
// or a third of the longer word's letters ("Yuko" and "Yumi").
func otherWord(x, y string) bool {
	d := levenshtein.ComputeDistance(x, y)
	return x[0] != y[0] || d >= 3 || 3*d >= max(len(x), len(y))
}

// isAnniversary reports "kỷ niệm 30 năm" (a duration that names an
// anniversary) and "the 30th anniversary" (an ordinal of anniversaries).
func isAnniversary(m *numbers.Mention) bool {
	return m.Kind == numbers.Ordinal && m.Unit == numbers.RankAnniversary || m.Kind == numbers.Duration && m.Date.Anniversary != 0
}

// anniversaryOf returns which anniversary m names.
func anniversaryOf(m *numbers.Mention) string {
	if m.Kind == numbers.Duration {
		return strconv.Itoa(int(m.Date.Anniversary))
	}
	return m.Value.String()
}

// sameShape reports values that a slip of the keyboard turns into each
// other: both whole or both not, and as many significant digits or as
// many digits before the point (40 and 48, 500 and 550: a digit changed
// that was a trailing zero).
func sameShape(a, b *numbers.Mention) bool {
	x, y := a.Value, b.Value
	return (x.Exp() < 0) == (y.Exp() < 0) && (x.Digits() == y.Digits() || sameMagnitude(x, y))
}

// decimalDigits reports a figure written in digits with a decimal part:
// "10.19", not "15" nor a share ("two out of every five").
func decimalDigits(m *numbers.Mention) bool {
	return m.Written == numbers.WrittenDigits && m.Value.Exp() < 0 && hasSeparator(m.Text)
}

// plausible reports whether two values can be the same figure mistyped or
// misconverted: within a factor of 100, or the same digits at another
// scale (2 million and 2 billion).
func plausible(a, b *numbers.Mention) bool {
	a, b = inFinerUnit(a, b), inFinerUnit(b, a) // "2,5 km" and "1,500 metres"
	x, y := a.Value, b.Value
	if x.Sign() <= 0 || y.Sign() <= 0 {
		return x.Sign() == y.Sign()
	}
	if x.Cmp(y) < 0 {
		x, y = y, x
	}
	if lim, ok := y.Shift(2); !ok || x.Cmp(lim) <= 0 || scaleSlip(a, b) {
		return true
	}
	for e := 3; e <= 12; e += 3 {
		if z, ok := y.Shift(e); ok && z.Equal(x) {
			return true
		}
	}
	return false
}

// dateGrain is the grain two dates must share to be compared for a
// conflict; a weekday counts as a day.
func dateGrain(m *numbers.Mention) numbers.Grain {
	g := m.Date.Grain
	if m.Kind == numbers.DateRange {
		g = max(g, m.Date.End.Grain) // "từ đầu năm đến ngày 8/3" is told by the day
	}
	if g == numbers.NoGrain && m.Date.HasWeekday || g > numbers.GrainDay {
		return numbers.GrainDay
	}
	return g
}

// valueKey indexes an item by what must be equal for it to agree exactly:
// its kind family, currency and value, or an entity's key. The pairing
// asks for it at many steps: it is made once.
func valueKey(it *Item) string {
	if it.key == "" {
		it.key = makeValueKey(it)
	}
	return it.key
}

// makeValueKey makes the key of valueKey, never "".
func makeValueKey(it *Item) string {
	if it.Entity != nil {
		return "entity " + it.Entity.Key
	}
	m := it.Number
	if isAnniversary(m) {
		return "anniversary " + anniversaryOf(m)
	}
	if family(m.Kind) == numbers.Date && timeAlone(m) {
		// A clock time alone is a time, no day: "9h" is no repeat of
		// "Sáng nay (3/12)", though its day is the day of writing.
		return clockKey(m)
	}
	if family(m.Kind) == numbers.Date {
		return "date " + dayPoint(m.Date.Point).String() + ".." + dayPoint(m.Date.End).String() + wrongWeekday(m)
	}
	var buf [64]byte // one allocation a key: the string
	b := append(buf[:0], family(m.Kind).String()...)
	b = append(append(append(b, ' '), m.Currency...), ' ')
	switch {
	case m.Kind == numbers.Score:
		lo, hi := m.From, m.To
		if lo.Cmp(hi) > 0 {
			lo, hi = hi, lo // the sides of a score come in either order
		}
		b = hi.Append(append(lo.Append(b), '-'))
	case m.Kind == numbers.Ratio:
		b = m.To.Append(append(m.From.Append(b), ':'))
	case m.Range:
		b = m.To.Append(append(m.From.Append(b), '.', '.'))
	default:
		b = m.Value.Append(b)
	}
	return string(b)
}

// indexKeys appends to dst the keys under which agreeElsewhere finds an
// item of B: its exact value, its value to two significant digits (1.17
// million for 1,172,350, which may be its rounding), a length of time in
// either form (lengthKey), and for a weekday alone the weekday.
func indexKeys(dst []string, it *Item) []string {
	keys := valueKeys(dst, it)
	if it.Number != nil && weekdayOnly(it.Number) {
		keys = append(keys, "weekday "+it.Number.Date.Weekday.String())
	}
	return keys
}

// lookupKeys appends to dst the keys under which agreeElsewhere looks for
// the counterpart of an item of A.
func lookupKeys(dst []string, it *Item) []string {
	keys := valueKeys(dst, it)
	if m := it.Number; m != nil && m.Kind == numbers.Date && dateGrain(m) == numbers.GrainDay && m.Date.Year != 0 && m.Date.Month != 0 && m.Date.Day != 0 {
		t := noon(m.Date.Point)
		keys = append(keys, "weekday "+t.Weekday().String())
	}
	return keys
}

// resolvedWeekday reports a weekday alone that the reference date put on
// a day ("effective Thursday", written on Wednesday 6 October). Such a
// day of any week is too common to pair across sentences the alignment
// does not pair (anyWeek), but with a day the other version states in
// full, "từ ngày 7/10", it is paired as a day; with nothing else.
func resolvedWeekday(it *Item) bool {
	m := it.Number
	return anyWeek(it) && m.Date.Point.Year != 0 && m.Date.Point.Day != 0
}

// statedDay reports a date that states its day, month and year or has
// them from the reference (the year): "ngày 7/10", "October 7".
func statedDay(it *Item) bool {
	m := it.Number
	return m != nil && m.Kind == numbers.Date && !weekdayOnly(m) && dateGrain(m) == numbers.GrainDay && m.Date.Year != 0 && m.Date.Month != 0 && m.Date.Day != 0
}

// The kinds of the keys of dayKey: a weekday alone is indexed under one,
// and looks up the other, which a day stated in full is indexed under;
// so each meets only the other kind.
const (
	weekdayDay = "weekday-day "
	stateDay   = "stated-day "
)

// dayKey returns the key of the day of m, of kind k.
func dayKey(k string, m *numbers.Mention) string {
	return k + dayPoint(m.Date.Point).String()
}

// dayOrWeekday reports an item that agreeElsewhere's step of weekdays
// pairs: a day stated in full or a weekday alone put on a day.
func dayOrWeekday(it *Item) bool { return statedDay(it) || resolvedWeekday(it) }

// dayIndexKeys appends to dst the key an item of B is indexed under in the
// step of weekdays: its day, of the kind it is.
func dayIndexKeys(dst []string, it *Item) []string {
	if resolvedWeekday(it) {
		return append(dst, dayKey(weekdayDay, it.Number))
	}
	return append(dst, dayKey(stateDay, it.Number))
}

// dayLookupKeys appends to dst the key an item of A looks up in the step
// of weekdays: its day, of the other kind.
func dayLookupKeys(dst []string, it *Item) []string {
	if resolvedWeekday(it) {
		return append(dst, dayKey(stateDay, it.Number))
	}
	return append(dst, dayKey(weekdayDay, it.Number))
}

// wrongWeekday returns the weekday a date names when its day falls on
// another, for its value key: "Sunday, February 20" of a year whose 20
// February is a Saturday states something else than "20/2", and is no
// repeat of it. It returns "" for a date without a weekday or with its
// own.
func wrongWeekday(m *numbers.Mention) string {
	if !m.Date.HasWeekday || m.Kind != numbers.Date || m.Date.Grain < numbers.GrainDay {
		return ""
	}
	t, ok := m.Date.Point.Time()
	if !ok || t.Weekday() == m.Date.Weekday {
		return ""
	}
	return " " + m.Date.Weekday.String()
}

// valueKeys appends to dst the keys of an item's value that both
// indexKeys and lookupKeys hold: its exact value, its rough value, its
// length of time.
func valueKeys(dst []string, it *Item) []string {
	keys := append(dst, valueKey(it))
	if m := it.Number; m != nil && m.Kind == numbers.Date && m.Date.Grain >= numbers.GrainHour && !timeAlone(m) {
		// A time of a stated day meets a clock time alone ("khoảng
		// 17h cùng ngày" and "around 5 p.m."), which has no day.
		keys = append(keys, clockKey(m))
	}
	if k := roughKey(it); k != "" {
		keys = append(keys, k)
	}
	if k := lengthKey(it); k != "" {
		keys = append(keys, k)
	}
	if k := otherOrderKey(it.Entity); k != "" {
		keys = append(keys, k)
	}
	return keys
}

// otherOrderKey indexes the foreign name of a person in two words by its
// words in the order of a key, so that the two orders meet across
// sentences ("Ông Sugimura Kenta" and "said Kenta Sugimura"), as
// shareName lets them agree; "" for any other entity.
func otherOrderKey(e *entities.Entity) string {
	if e == nil || e.Type != entities.Person || !entities.AllForeign(e.Key) {
		return ""
	}
	_, name, _ := strings.Cut(e.Key, ":")
	first, last, ok := strings.Cut(name, "-")
	if !ok || strings.Contains(last, "-") {
		return ""
	}
	return "name " + min(first, last) + " " + max(first, last)
}

// lengthKey indexes what states a length of time, a duration or a span
// of dates counted from the day of writing ("trong 9 năm qua", "the next
// three years"), by its unit and value, so that the two forms meet across
// sentences: "9 năm qua" and "in nine years". A span a date fixes ("10
// tháng năm 2025") is indexed by its dates alone.
func lengthKey(it *Item) string {
	m := it.Number
	if m == nil || m.Range || m.Kind != numbers.Duration && !m.Date.Deictic {
		return ""
	}
	d := asDuration(m)
	if d == nil {
		return ""
	}
	return "length " + d.Unit + " " + d.Value.String()
}

// roughKey indexes a large count or amount by its first two significant
// digits and its magnitude, so that a value meets its roundings.
func roughKey(it *Item) string {
	m := it.Number
	if m == nil || m.Range || family(m.Kind) == numbers.Date || m.Kind == numbers.Ordinal || m.Value.Sign() <= 0 {
		return ""
	}
	s := m.Value.String()
	digits := strings.TrimLeft(strings.Replace(s, ".", "", 1), "0")
	if len(digits) < 3 {
		return ""
	}
	intLen := len(s)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intLen = i
	}
	return "rough " + family(m.Kind).String() + " " + m.Currency + " " + digits[:2] + " " + strconv.Itoa(intLen)
}

// dayPoint drops the time of day: "sáng 11/6" and "Thursday" are the
// same day.
func dayPoint(p numbers.Point) numbers.Point {
	if p.Grain > numbers.GrainDay {
		p.Grain, p.Hour, p.Minute = numbers.GrainDay, 0, 0
	}
	return p
}

// clockKey is the key of a clock time by its time of day alone.
func clockKey(m *numbers.Mention) string {
	return "time " + m.Date.Point.Clock()
}

// family groups the kinds that can be compared with each other.
func family(k numbers.Kind) numbers.Kind {
	switch k {
	case numbers.PercentPoint:
		return numbers.Percent
	case numbers.DateRange:
		return numbers.Date
	}
	return k
}

// genericFirst reports "đầu tiên", "first" in words with no noun counted:
// the first of anything, too common in prose to be a rank in conflict
// unless the two sentences share other figures.
func genericFirst(it *Item) bool {
	m := it.Number
	if m == nil {
		return false
	}
	one, _ := numbers.NewDecimal(1, 0)
	return m.Kind == numbers.Ordinal && m.Unit == "" && m.Value.Equal(one) && m.Written != numbers.WrittenDigits
}

// isDate reports a date or a span of dates.
func isDate(it *Item) bool {
	return it.Number != nil && family(it.Number.Kind) == numbers.Date
}

// placesDiffer reports two figures whose sentences name countries, or
// places, and none in common: the figure of one region against another's
// ("Europe sent 2.4 million visitors" against "Huế ... 9 người"). A
// country and the places in it are not compared: "Vietnam" and a list of
// its provinces may be one total. Places one sentence shares with the
// sentence before or after the other's are no difference: a sentence the
// other version merged with its neighbour names the neighbour's place
// too ("..., 0.31 behind Singapore's Chloe Lim, and the relay team won
// bronze in 7:28.50" against two sentences, Singapore in the first).
func placesDiffer(a, b *Item, fa, fb *sideItems) bool {
	pa, pb := fa.placesIn.of(a.Sentence), fb.placesIn.of(b.Sentence)
	if !disjointOfType(pa, pb, isCountryKey, true) && !disjointOfType(pa, pb, isCountryKey, false) {
		return false
	}
	return !namedBeside(pb, fa, a.Sentence) && !namedBeside(pa, fb, b.Sentence)
}

// namedBeside reports places, some, each named in the sentence before or
// after sentence i of side s.
func namedBeside(places keySet, s *sideItems, i int) bool {
	if len(places) == 0 {
		return false
	}
	for _, k := range places {
		if !(i > 0 && s.placesIn.of(i-1).has(k)) && !(i+1 < s.placesIn.len() && s.placesIn.of(i+1).has(k)) {
			return false
		}
	}
	return true
}

// disjointOfType reports two sets of keys, sorted, that both hold keys of
// one level (countries, or with country false the other places) and share
// none.
func disjointOfType(pa, pb []string, country func(string) bool, want bool) bool {
	na, nb := 0, 0
	for _, k := range pa {
		if country(k) == want {
			na++
		}
	}
	for _, k := range pb {
		if country(k) != want {
			continue
		}
		nb++
		if _, ok := slices.BinarySearch(pa, k); ok {
			return false
		}
	}
	return na > 0 && nb > 0
}

// isCountryKey reports an entity key of a country ("country:VN").
func isCountryKey(k string) bool { return strings.HasPrefix(k, countryKeyPrefix) }

// threeWords reports a name of three words or more ("Nguyễn Tiến Linh",
// "Vu Hong Truong"): a whole name, not a part that may be anyone's.
func threeWords(e *entities.Entity) bool {
	return len(strings.Fields(e.Text)) >= 3
}

// repeatsAgreed returns, for the agreed figures, the pairs (repeat group
// of A, B sentence) and (-1 - repeat group of B, A sentence) they stand in.
func (p *pairer) repeatsAgreed() pairSet {
	ia, ib := itemIndexes(p.fa.items), itemIndexes(p.fb.items)
	out := make(pairSet, 0, 2*agreedFigures(p.facts))
	for _, f := range p.facts {
		if !agreedFigure(&f) {
			continue
		}
		out = append(out, [2]int32{int32(p.repA[ia.at(f.A)]), int32(f.B.Sentence)}, [2]int32{int32(-1 - p.repB[ib.at(f.B)]), int32(f.A.Sentence)})
	}
	return out.sorted()
}

// groups returns the repeat groups of A and of B that a set of
// repeatsAgreed names, as sets of nA and nB items.
func (s pairSet) groups(nA, nB int) (a, b []bool) {
	a, b = make([]bool, nA), make([]bool, nB)
	for _, pr := range s {
		if g := pr[0]; g >= 0 {
			a[g] = true
		} else {
			b[-1-g] = true
		}
	}
	return a, b
}

// agreedPartners returns, for each item of A, the item of B an agreement
// on a figure pairs it with, -1 for none.
func (p *pairer) agreedPartners() []int32 {
	ia, ib := itemIndexes(p.fa.items), itemIndexes(p.fb.items)
	out := make([]int32, len(p.fa.items))
	for i := range out {
		out[i] = -1
	}
	for k := range p.facts {
		f := &p.facts[k]
		if !agreedFigure(f) {
			continue
		}
		if x, ok := ia.find(f.A); ok {
			if y, ok := ib.find(f.B); ok {
				out[x] = int32(y)
			}
		}
	}
	return out
}

// countBefore returns the figure before item x in its sentence when x is
// an age (a unit stating a length of time: unitclasses.tsv length=) and
// that figure a count, bare or of another noun, which the age qualifies
// ("412 cụ từ 100 tuổi trở lên"); -1 otherwise.
func (s *sideItems) countBefore(x int) int {
	m := s.items[x].Number
	if x == 0 || m == nil || unitClasses().row(m.Unit).length == "" {
		return -1
	}
	h := &s.items[x-1]
	if h.Number == nil || h.Sentence != s.items[x].Sentence || h.Number.Kind != numbers.Number || h.Number.Unit == m.Unit {
		return -1
	}
	return x - 1
}

// agreedFigure reports an agreement on a figure, with both its sides.
func agreedFigure(f *draft) bool {
	return f.Status == Agree && f.A != nil && f.B != nil && f.A.Number != nil
}

// agreedFigures counts the agreements on figures, to make room for them.
func agreedFigures(facts []draft) int {
	n := 0
	for k := range facts {
		if agreedFigure(&facts[k]) {
			n++
		}
	}
	return n
}

// A pairSet is a set of pairs of ints, held as int32s, sorted, each once:
// smaller than a map of them, and built once and then only read.
type pairSet [][2]int32

// sorted returns the pairs of s, a list, as a set.
func (s pairSet) sorted() pairSet {
	slices.SortFunc(s, comparePairs)
	return slices.Compact(s)
}

// has reports whether the pair k is in the set.
func (s pairSet) has(k [2]int) bool {
	_, ok := slices.BinarySearchFunc(s, [2]int32{int32(k[0]), int32(k[1])}, comparePairs)
	return ok
}

// comparePairs orders pairs by their first int, then their second.
func comparePairs(x, y [2]int32) int {
	if c := cmp.Compare(x[0], y[0]); c != 0 {
		return c
	}
	return cmp.Compare(x[1], y[1])
}

// namedRank reports two ranks that do not name what they rank alike: one
// names it and the other does not ("hiệp 2", a half, and a bare
// "second"), or one ranks occasions ("the fourth time", which meets a
// rank of any noun in its own sentence) and the other a noun ("khoản 4",
// a clause).
func namedRank(a, b *Item) bool {
	ma, mb := a.Number, b.Number
	return ma != nil && mb != nil && ma.Kind == numbers.Ordinal && mb.Kind == numbers.Ordinal && ma.Unit != mb.Unit
}
