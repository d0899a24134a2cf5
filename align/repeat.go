package align

import (
	"cmp"
	"slices"
	"strings"

	"github.com/factalign/factalign/numbers"
)

// A fact, not an occurrence: a headline, a lead and a body often state
// one figure three times where the other version states it once. The
// pairer pairs one mention of each side; the other mentions of the same
// value on a side are its repeats, reported with the fact they repeat
// (Fact.AlsoA, Fact.AlsoB), never as facts of one side only.

// repeatKey is what makes two number items of a side one fact: the same
// exact value of the same family and currency (valueKey), said of the
// same unit or of none.
func repeatKey(it *Item) string {
	return valueKey(it)
}

// repeatOf returns, for each item of a side, the first item of the side
// that states the same fact, or its own index. It is made once, at the
// first call.
func (s *sideItems) repeatOf() []int {
	if s.repeats != nil {
		return s.repeats
	}
	items := s.items
	out := make([]int, len(items))
	for i := range out {
		out[i] = i
	}
	byKey := s.repeatCandidates()
	for len(byKey) > 0 {
		n := 1
		for n < len(byKey) && repeatKey(&items[byKey[n]]) == repeatKey(&items[byKey[0]]) {
			n++
		}
		firstsOfKey(items, byKey[:n], out)
		byKey = byKey[n:]
	}
	s.repeats = out
	return out
}

// repeatCandidates returns the indexes of the items that may repeat
// another, the specific figures, sorted by repeatKey and then by index:
// the items of a key are one run, in text order. Sorted, they need no
// map from keys to their items.
func (s *sideItems) repeatCandidates() []int32 {
	byKey := s.figuresByKey()
	out := make([]int32, 0, len(byKey))
	for _, i := range byKey {
		if specific(&s.items[i]) {
			out = append(out, i)
		}
	}
	return out
}

// figuresByKey returns the indexes of the side's figures sorted by
// valueKey (which is repeatKey) and then by index, made once, at the
// first call.
func (s *sideItems) figuresByKey() []int32 {
	if s.byKey == nil {
		s.byKey = sortByValueKey(s.items)
	}
	return s.byKey
}

// sortByValueKey returns the indexes of the figures among items, sorted
// by valueKey and then by index. Each key is made before the sort, which
// then reads it, not valueKey, at each comparison.
func sortByValueKey(items []Item) []int32 {
	n := 0
	for i := range items {
		if items[i].Number != nil {
			valueKey(&items[i])
			n++
		}
	}
	out := make([]int32, 0, n)
	for i := range items {
		if items[i].Number != nil {
			out = append(out, int32(i))
		}
	}
	slices.SortFunc(out, func(a, b int32) int {
		return cmp.Or(strings.Compare(items[a].key, items[b].key), cmp.Compare(a, b))
	})
	return out
}

// firstsOfKey sets out[i], for each item i of run (the items of one
// repeatKey, in text order), to the first earlier item of the run that
// it repeats (sameRepeat). An item that repeats none starts a group of
// its own, up to maxRepeatGroups groups.
func firstsOfKey(items []Item, run []int32, out []int) {
	var firsts [maxRepeatGroups]int32
	n := 0
	for _, i := range run {
		for _, j := range firsts[:n] {
			if sameRepeat(&items[j], &items[i]) {
				out[i] = int(j)
				break
			}
		}
		if out[i] == int(i) && n < maxRepeatGroups {
			firsts[n] = i
			n++
		}
	}
}

// maxRepeatGroups bounds the facts one value may be on one side (told apart
// by their units and slot words), so that grouping stays linear on any
// input.
const maxRepeatGroups = 8

// sameRepeat reports two mentions of one value that are one fact: their
// units agree (or one has none), their slot words do not clash, and two
// dates of one day do not state two times of it ("4h sáng 14/10" and
// "18h ngày 14/10" are two facts of that day).
func sameRepeat(a, b *Item) bool {
	ua, ub := a.Number.Unit, b.Number.Unit
	return (ua == "" || ub == "" || sameUnit(ua, ub)) && !a.slot().clash(b.slot()) &&
		!otherTime(a.Number.Date.Point, b.Number.Date.Point) && !timeOfContext(a.Number, b.Number)
}

// timeOfContext reports a clock time whose day is only the date before
// it ("15h cùng ngày") beside a date that states no time: the time is a
// fact of its own, not a repeat of "ngày 8/8".
func timeOfContext(a, b *numbers.Mention) bool {
	ca, cb := contextClock(a), contextClock(b)
	return ca && b.Date.Grain < numbers.GrainHour || cb && a.Date.Grain < numbers.GrainHour
}

// foldRepeats attaches each item of a side that no step paired to the
// paired fact of an item it repeats, and marks it used.
func foldRepeats(facts []draft, items []Item, used []bool, rep []int, sideA bool) {
	index := itemIndexes(items)
	// The fact of each representative item, or -1: representatives are
	// item indexes, so a slice by index rather than a map.
	factOf := make([]int32, len(items))
	for i := range factOf {
		factOf[i] = -1
	}
	for k, f := range facts {
		it := f.B
		if sideA {
			it = f.A
		}
		if f.A == nil || f.B == nil {
			continue
		}
		if i, ok := index.find(it); ok && factOf[rep[i]] < 0 {
			factOf[rep[i]] = int32(k)
		}
	}
	for i := range items {
		k := int(factOf[rep[i]])
		if used[i] || k < 0 {
			continue
		}
		used[i] = true
		facts[k].addAlso(&items[i], sideA)
	}
}

// itemIndexes maps each item of a side to its index: each item is told
// its index, and the index is believed only of an item it points to.
func itemIndexes(items []Item) itemIndex {
	for i := range items {
		items[i].index = int32(i)
	}
	return items
}

// An itemIndex is the items of a side, each told its index.
type itemIndex []Item

// find returns the index of it, if it is one of the items.
func (ix itemIndex) find(it *Item) (int, bool) {
	if it == nil || it.index < 0 || int(it.index) >= len(ix) || &ix[it.index] != it {
		return 0, false
	}
	return int(it.index), true
}

// at returns the index of it, or 0 if it is none of the items.
func (ix itemIndex) at(it *Item) int {
	i, _ := ix.find(it)
	return i
}

// conflictsWithRepeats finds the figures that no step paired although the
// aligned sentence of the other version states the same thing with
// another value that it repeats elsewhere: "2-0" in the English headline
// and "3-0" in its lead against "2-0" twice in the Vietnamese. The
// repeated value already agrees once; the figure that differs from it in
// an aligned sentence (or one keystroke from it, in a sentence near by:
// "29 người chết" in the body against "at least 19 people" of an English
// lead that repeats the headline's 19) is a conflict too. The other
// version must state that value at least twice, this version must state
// it too elsewhere, and each of the two figures must be the only one of
// its slot in its sentence.
func (p *pairer) conflictsWithRepeats() {
	// The counts of each side's slots, which no conflict changes, are
	// counted once for the two directions.
	fineA, fineB := fineSlotCounts(p.fa), fineSlotCounts(p.fb)
	p.repeatConflicts(true, fineA, fineB)
	p.repeatConflicts(false, fineB, fineA)
}

// repeatConflicts finds the conflicts of conflictsWithRepeats of the
// figures of one side (sideA: of A), given the counts of the fine slots
// of that side and of the other (fineSlotCounts). A figure's conflict
// depends on no other's (it reads only the figures of the other side
// already paired): the figures are searched in chunks by two
// goroutines (inChunks), and their conflicts added in order.
func (p *pairer) repeatConflicts(sideA bool, fineOwn, fineOther []int32) {
	rs := p.newRepeatSearch(sideA, fineOwn, fineOther)
	n := len(rs.own.items)
	found := newChunked[repeatFound](n, chunkSize)
	stated := [2][]uint8{make([]uint8, len(rs.other.items))}
	if sharesWork(n) {
		stated[1] = make([]uint8, len(rs.other.items))
	}
	inChunks(n, chunkSize, func(worker, c, lo, hi int) {
		found.lists[c] = rs.conflictsOf(lo, hi, stated[worker])
	})
	found.end()
	for k := range found.len() {
		f := found.at(k)
		rs.usedOwn[f.x] = true
		p.facts = append(p.facts, f.fact)
	}
}

// A repeatSearch holds what repeatConflicts weighs the figures of one
// side with; its search only reads the pairing.
type repeatSearch struct {
	view
	p                  *pairer
	fineOwn, fineOther []int32    // the counts of the fine slots of each side (fineSlotCounts)
	idsOwn, idsOther   [][2]int32 // the slot ids of each side's items (slotIndex)
	groupSize          []int32    // the items of the repeat group of each other item
	ownValues          []int32    // this side's figures, one of each value (figuresByValue)
}

// A repeatFound is the conflict repeatConflicts found for figure x.
type repeatFound struct {
	x    int
	fact draft
}

// newRepeatSearch returns the search of repeatConflicts for the figures
// of one side (sideA: of A).
func (p *pairer) newRepeatSearch(sideA bool, fineOwn, fineOther []int32) *repeatSearch {
	v := p.view(sideA)
	rs := &repeatSearch{view: v, p: p, fineOwn: fineOwn, fineOther: fineOther,
		idsOwn: v.own.slotIndex(), idsOther: v.other.slotIndex(),
		groupSize: make([]int32, len(v.other.items)), ownValues: v.own.figuresByValue()}
	for _, r := range v.repOther {
		rs.groupSize[r]++
	}
	return rs
}

// hasOwnValue reports whether this side states the value of figure y of
// the other, searched at the first figure of this side that meets it,
// not at each: stated holds 0 for not searched yet, 1 stated, 2 not.
func (rs *repeatSearch) hasOwnValue(y int, stated []uint8) bool {
	if stated[y] == 0 {
		k := valueKey(&rs.other.items[y])
		_, ok := slices.BinarySearchFunc(rs.ownValues, k, func(i int32, k string) int { return strings.Compare(valueKey(&rs.own.items[i]), k) })
		stated[y] = 2
		if ok {
			stated[y] = 1
		}
	}
	return stated[y] == 1
}

// conflictsOf returns the conflicts of the figures lo to hi of this side
// left, in order, each with a repeated figure of the other side in a
// bead near its own, stated there otherwise.
func (rs *repeatSearch) conflictsOf(lo, hi int, stated []uint8) []repeatFound {
	var out []repeatFound
	for x := lo; x < hi; x++ {
		it := &rs.own.items[x]
		if rs.usedOwn[x] || it.Number == nil || oneInWords(it.Number) {
			continue
		}
		if f, ok := rs.conflictOf(x, stated); ok {
			out = append(out, repeatFound{x, f})
		}
	}
	return out
}

// conflictOf returns the conflict of figure x of this side with the
// first repeated figure of the other side, in the beads near its own,
// that states it otherwise.
func (rs *repeatSearch) conflictOf(x int, stated []uint8) (draft, bool) {
	it := &rs.own.items[x]
	k := rs.beadOwn[it.Sentence]
	for kk := max(0, k-nearMissWindow); kk <= k+nearMissWindow && kk < rs.inOther.len(); kk++ {
		for _, y := range rs.inOther.of(kk) {
			oy := &rs.other.items[y]
			if !rs.usedOther[y] || oy.Number == nil || rs.groupSize[rs.repOther[y]] < 2 || !rs.hasOwnValue(y, stated) ||
				slotsOf(it)[0].kind != slotsOf(oy)[0].kind || !sameThing(it, oy, rs.own, rs.other) {
				continue
			}
			// In the aligned sentence, each the only figure of its slot
			// there, or one keystroke from it: then the only one of its
			// slot, or sharing words that name the measure ("29 người
			// chết" among the dead of each province).
			unique := rs.fineOwn[rs.idsOwn[x][0]] == 1 && rs.fineOther[rs.idsOther[y][0]] == 1
			slip := slipOf(it.Number, oy.Number)
			keyed := theSlotWords().key(it.slot()) != "" && theSlotWords().key(it.slot()) == theSlotWords().key(oy.slot())
			twice := kk == k && rs.fineOwn[rs.idsOwn[x][0]] == 2 && rs.fineOther[rs.idsOther[y][0]] == 2 && restated(&rs.other.items[rs.repOther[y]], oy)
			if !(unique && (kk == k || slip) || keyed && typo(it.Number, oy.Number) || twice) {
				continue
			}
			if f, ok := rs.p.repeatConflict(it, oy, rs.view); ok {
				return f, true
			}
		}
	}
	return draft{}, false
}

// (twice: each side states the thing twice in its aligned sentence, in
// two forms, "thứ Hai 31/1, tức mùng 6 Tết" and "Monday, January 31, the
// sixth day of the first lunar month": one pair agreed, and the other
// side's second form, a repeat of its first, is what this side's second
// differs from.)

// oneInWords reports a figure of one in words, the weakest of figures
// ("with a day off in lieu", "one of them"): no repeat of the other side
// is said otherwise by it.
func oneInWords(m *numbers.Mention) bool {
	one, _ := numbers.NewDecimal(1, 0)
	return m.Written != numbers.WrittenDigits && !m.Range && m.Value.Equal(one)
}

// oneInWordsItem reports an item that is a figure of one in words
// (oneInWords): in Vietnamese "một" is also the article ("Một xe buýt
// đưa đón công nhân", a shuttle bus).
func oneInWordsItem(it *Item) bool {
	return it.Number != nil && it.Number.Kind == numbers.Number && oneInWords(it.Number)
}

// restated reports a date said again in its sentence in another form:
// "the sixth day of the first lunar month" after "Monday, January 31".
func restated(first, again *Item) bool {
	return first.Sentence == again.Sentence && family(again.Number.Kind) == numbers.Date && first.Text() != again.Text()
}

// repeatConflict returns the conflict of own item it with the other
// side's repeated item oy when the two differ.
func (p *pairer) repeatConflict(it, oy *Item, v view) (draft, bool) {
	j := v.judge(it, oy, p.c)
	if !j.comparable || j.status != Conflict {
		return draft{}, false
	}
	return v.fact(Conflict, it, oy, j.why.String()+" (said otherwise elsewhere too)", confAmbiguous), true
}

// figuresByValue returns the indexes of the side's figures, one of each
// value key, sorted by key (the first of each run of figuresByKey): a
// slice to search, smaller than a map of the keys or a slice of them.
// It is made once, at the first call.
func (s *sideItems) figuresByValue() []int32 {
	if s.values != nil {
		return s.values
	}
	byKey := s.figuresByKey()
	out := make([]int32, 0, len(byKey))
	for k, i := range byKey {
		if k == 0 || valueKey(&s.items[i]) != valueKey(&s.items[byKey[k-1]]) {
			out = append(out, i)
		}
	}
	s.values = out
	return out
}

// typo reports two figures of two digits or more, as many each, one
// changed or two swapped: 19 and 29, not 1 and 19.
func typo(a, b *numbers.Mention) bool {
	var ba, bb [40]byte // the digits (appendNearMissDigits), compared here only: on the stack
	da, db, ok := appendNearMissDigits(ba[:0], bb[:0], a, b)
	return ok && len(da) == len(db) && len(da) >= 2 && oneKeystroke(string(da), string(db))
}

// slipOf reports two figures one keystroke apart.
func slipOf(a, b *numbers.Mention) bool {
	var ba, bb [40]byte // the digits (appendNearMissDigits), compared here only: on the stack
	da, db, ok := appendNearMissDigits(ba[:0], bb[:0], a, b)
	return ok && oneKeystroke(string(da), string(db))
}

// fineSlotCounts counts the number items of each fine slot (sentence,
// kind, unit, slot words) of a side, by slot id (sideItems.slotIndex).
func fineSlotCounts(s *sideItems) []int32 {
	ids := s.slotIndex()
	n := make([]int32, s.slotCount)
	for i := range s.items {
		if s.items[i].Number != nil {
			n[ids[i][0]]++
		}
	}
	return n
}
