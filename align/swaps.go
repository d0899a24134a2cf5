package align

import (
	"slices"
	"strings"

	"github.com/factalign/factalign/entities"
)

// nameSwaps finds a name left alone on one side that holds, in its
// clause, a figure agreeing with a figure of the other version whose
// clause holds another country or place: "riêng Quảng Bình có 12 người
// mất tích" against "Quang Tri Province reported 12 missing". The other name
// may be paired already elsewhere (a name is one fact however often it is
// said), which is why the earlier steps, pairing leftovers with leftovers,
// do not see it. Neither name may appear in the other's sentence, and
// each must be the only name of its type there that the other lacks.
func (p *pairer) nameSwaps() {
	found := map[[2]*Item]bool{} // A item, B item: one conflict, seen from either side
	p.nameSwapsOf(true, found)
	p.nameSwapsOf(false, found)
}

func (p *pairer) nameSwapsOf(sideA bool, found map[[2]*Item]bool) {
	v := p.view(sideA)
	own, other, usedOwn := v.own, v.other, v.usedOwn
	// The anchors by own sentence, so that the cost stays linear: sorted
	// by it (stably: in the order of the facts), each sentence's found
	// by binary search.
	all := p.clauseAnchors(sideA)
	slices.SortStableFunc(all, func(a, b [2]*Item) int { return a[0].Sentence - b[0].Sentence })
	anchorsIn := func(s int) [][2]*Item {
		from, _ := slices.BinarySearchFunc(all, s, func(a [2]*Item, s int) int { return a[0].Sentence - s })
		to := from
		for to < len(all) && all[to][0].Sentence == s {
			to++
		}
		return all[from:to]
	}
	seen := map[string]bool{}
	for x := range own.items {
		ex := own.items[x].Entity
		if usedOwn[x] || ex == nil || !swappable(ex) || seen[ex.Key] || own.items[x].aside {
			continue
		}
		for _, anchor := range anchorsIn(own.items[x].Sentence) {
			if !inClause(own.text, &own.items[x], anchor[0]) {
				continue
			}
			y, ok := swapPartner(&own.items[x], v, anchor)
			if !ok {
				continue
			}
			ea, eb := ex, other.items[y].Entity
			if !sideA {
				ea, eb = eb, ea
			}
			if !credibleSwap(ea, eb, p.fa, p.fb) || ea.Type == entities.Place && entities.Known(ea.Key) != entities.Known(eb.Key) {
				continue // a place the table does not know may lie in the other: "Nampa", "Idaho"
			}
			j := v.judge(&own.items[x], &other.items[y], p.c)
			if !j.comparable || j.status != Conflict {
				continue
			}
			f := v.fact(Conflict, &own.items[x], &other.items[y], j.why.String()+" (the sentences share their figures)", confAmbiguous)
			usedOwn[x], seen[ex.Key] = true, true
			if !found[[2]*Item{f.A, f.B}] {
				found[[2]*Item{f.A, f.B}] = true
				p.facts = append(p.facts, f)
			}
			break
		}
	}
}

// swapPartner returns the one name of the other side, in the clause of
// the anchor's other figure, that can have been swapped for own item x
// (in the clause of the anchor's own figure): of x's type, absent from
// x's sentence while x's is absent from the other's, and the only such
// name of that clause, as x is of its own.
func swapPartner(x *Item, v view, anchor [2]*Item) (int, bool) {
	own, other := v.own, v.other
	ex, sy := x.Entity, anchor[1].Sentence
	if other.namesIn.of(sy).has(ex.Key) {
		return 0, false
	}
	found, n := -1, 0
	for _, y := range v.otherIn.of(sy) {
		ey := other.items[y].Entity
		if ey == nil || ey.Type != ex.Type || ey.Adjective || ey.Ambiguous || other.items[y].aside || own.namesIn.of(x.Sentence).has(ey.Key) || !inClause(other.text, &other.items[y], anchor[1]) {
			continue
		}
		if ex.Adjective && countedBy(own.text, x, anchor[0]) && !other.items[y].whose {
			// An adjective that names the people a figure counts says
			// whose they are, and is swapped only for a country that says
			// so too, not for where they went: "289 Vietnamese evacuated"
			// against "289 công dân từ Israel qua Jordan".
			continue
		}
		found = y
		n++
	}
	// x must be the only name of its type in its clause that sy lacks.
	for _, i := range v.ownIn.of(x.Sentence) {
		e := own.items[i].Entity
		if e != nil && e.Key != ex.Key && e.Type == ex.Type && !other.namesIn.of(sy).has(e.Key) && inClause(own.text, &own.items[i], anchor[0]) {
			return 0, false
		}
	}
	return found, n == 1
}

// countedBy reports a name right after the figure of item n, with
// nothing but spaces between: the noun of the count, "289 Vietnamese".
func countedBy(text string, name, n *Item) bool {
	_, end := n.Span()
	start, _ := name.Span()
	return end <= start && start <= len(text) && strings.TrimSpace(text[end:start]) == ""
}

// editedIn reports a name that its version states in one sentence only
// and the other version never: the mark a swap leaves beside a figure
// that still agrees. A name stated again and again that the other never
// states is the other's topic, not a slip ("Hàn Quốc" all through an
// article the English version of which is about Singapore).
func editedIn(e *entities.Entity, own, other *sideItems) bool {
	return own.sentencesNaming(e.Key) == 1 && !other.named(e.Key)
}

// swappable reports the names a swap is checked for: countries and
// places, read with no doubt that they are ("Anh" opening a sentence may
// be "he").
func swappable(e *entities.Entity) bool {
	return (e.Type == entities.Country || e.Type == entities.Place) && !e.Ambiguous
}

// clauseAnchors returns the agreed figures as pairs of items, own side
// first.
func (p *pairer) clauseAnchors(sideA bool) [][2]*Item {
	out := make([][2]*Item, 0, agreedFigures(p.facts))
	for _, f := range p.facts {
		if !agreedFigure(&f) {
			continue
		}
		if sideA {
			out = append(out, [2]*Item{f.A, f.B})
		} else {
			out = append(out, [2]*Item{f.B, f.A})
		}
	}
	return out
}

// inClause reports two items of one sentence with no clause mark between
// them: "Quảng Trị (12 người)", "Quang Tri Province reported 12 missing".
func inClause(text string, a, b *Item) bool {
	if a.Sentence != b.Sentence {
		return false
	}
	gap, overlap, ok := textBetween(text, a, b)
	if overlap {
		return true // overlapping spans share their clause
	}
	return ok && !strings.ContainsAny(gap, clauseMarks)
}

// textBetween returns the text between the spans of items a and b of
// text, in either order; overlap when the spans overlap, and ok false
// when there is no text between them to read.
func textBetween(text string, a, b *Item) (gap string, overlap, ok bool) {
	sa, ea := a.Span()
	sb, eb := b.Span()
	from, to := min(ea, eb), max(sa, sb)
	if from > to || from < 0 || to > len(text) {
		return "", from > to, false
	}
	return text[from:to], false, true
}

// clauseMarks end a clause for inClause; brackets do not.
const clauseMarks = ",;:–—"

// listSwaps finds a name swapped inside a list of aligned sentences:
// between two names both versions state, or after one at the end of both
// lists ("Bắc Ninh, Nam Định, Hà Nam" against "Bac Ninh, Nghe An, Ha
// Nam"), the two names are left alone, of one type, and neither sentence
// names the other's.
func (p *pairer) listSwaps() {
	ia, ib := itemIndexes(p.fa.items), itemIndexes(p.fb.items)
	agreed := agreedNamesOf(p.facts, ia, ib)
	n := len(p.facts)
	for k := 0; k < n; k++ {
		f := p.facts[k]
		if f.Status != Agree || f.A == nil || f.B == nil || f.A.Entity == nil || !swappable(f.A.Entity) ||
			p.beadA[f.A.Sentence] != p.beadB[f.B.Sentence] {
			continue // lists in aligned sentences only
		}
		for _, step := range []int{1, -1} {
			x := nextName(p.fa.items, ia.at(f.A), step)
			y := nextName(p.fb.items, ib.at(f.B), step)
			if x < 0 || y < 0 || p.usedA[x] && p.usedB[y] || (p.usedA[x] || p.usedB[y]) && !p.editedEither(x, y) {
				continue // a name stated elsewhere may have been swapped for one stated only here
			}
			// The names beyond them agree too, or both lists end there.
			x2, y2 := nextName(p.fa.items, x, step), nextName(p.fb.items, y, step)
			if b2, ok := agreed.of(x2); (x2 >= 0 || y2 >= 0) && (!ok || b2 != y2) {
				continue
			}
			ax, by := &p.fa.items[x], &p.fb.items[y]
			if ax.Entity.Type != by.Entity.Type || !sameThing(ax, by, p.fa, p.fb) {
				continue
			}
			v := p.judge(x, y)
			if !v.comparable || v.status != Conflict {
				continue
			}
			p.add(x, y, differ(ax.Text(), by.Text(), "different "+pluralType(ax.Entity.Type)+" next to "+quoteText(f.A.Text())+" in a list"), confAmbiguous)
		}
	}
}

// An itemPartners holds, for each item of A, the item of B an agreed
// name pairs it with, or -1: a slice by item, smaller than a map.
type itemPartners []int32

// agreedNamesOf returns the partners of the items of A (ia) in B (ib)
// that the agreements on names in facts give, the last for an item that
// two give.
func agreedNamesOf(facts []draft, ia, ib itemIndex) itemPartners {
	out := make(itemPartners, len(ia))
	for x := range out {
		out[x] = -1
	}
	for _, f := range facts {
		if x := ia.at(f.A); f.Status == Agree && f.A != nil && f.B != nil && f.A.Entity != nil && x < len(out) {
			out[x] = int32(ib.at(f.B))
		}
	}
	return out
}

// of returns the partner of item x of A, if it has one.
func (ps itemPartners) of(x int) (int, bool) {
	if x < 0 || x >= len(ps) || ps[x] < 0 {
		return 0, false
	}
	return int(ps[x]), true
}

// editedEither reports a name of A (item x) or of B (item y) that only
// its sentence states: the other may be a repeat of a fact paired
// elsewhere.
func (p *pairer) editedEither(x, y int) bool {
	return editedIn(p.fa.items[x].Entity, p.fa, p.fb) || editedIn(p.fb.items[y].Entity, p.fb, p.fa)
}

// nextName returns the name after (step 1) or before (step -1) item i in
// its sentence, if the next item that way is a name; -1 otherwise.
func nextName(items []Item, i, step int) int {
	j := i + step
	if j < 0 || j >= len(items) || items[j].Sentence != items[i].Sentence || items[j].Entity == nil || items[i].Entity == nil {
		return -1
	}
	return j
}

// maxListSentences bounds the sentences of B a name leads nameSetSwaps
// to, so that the cost stays linear on any input.
const maxListSentences = 16

// nameSetSwaps finds a name swapped inside two lists that name the same
// places (or countries, or organisations) in another order, in sentences
// that need not be aligned: "tại Quảng Trị, Huế, Đà Nẵng và Gia Lai"
// against "the provinces of Quang Tri and Quang Ngai and the cities of Hue
// and Da Nang". The two sentences share two names or more of a type and
// differ by exactly one on each side, neither stated in the other's
// sentence; the two left are a swap when the swap is credible.
func (p *pairer) nameSetSwaps() {
	where := map[string][]int{} // entity key → B sentences that name it
	for y := range p.fb.items {
		e := p.fb.items[y].Entity
		if e == nil || !listable(e) {
			continue
		}
		s := p.fb.items[y].Sentence
		if l := where[e.Key]; len(l) < maxListSentences && (len(l) == 0 || l[len(l)-1] != s) {
			where[e.Key] = append(l, s)
		}
	}
	// The names each B sentence shares with one A sentence, counted in a
	// slice by B sentence that is reset after each A sentence: no map
	// per sentence.
	shared := make([]int32, p.itemsOfB.len())
	var touched []int
	agreedA, agreedB := p.agreedNames()
	for sa := range p.itemsOfA.len() {
		touched = touched[:0]
		for _, x := range p.itemsOfA.of(sa) {
			if e := p.fa.items[x].Entity; e != nil && listable(e) {
				for _, sb := range where[e.Key] {
					if shared[sb] == 0 {
						touched = append(touched, sb)
					}
					shared[sb]++
				}
			}
		}
		slices.Sort(touched)
		for _, sb := range touched {
			if shared[sb] >= 2 {
				p.setSwap(sa, sb, agreedA, agreedB)
			}
		}
		for _, sb := range touched {
			shared[sb] = 0
		}
	}
}

// listable reports the names a list swap is looked for among.
func listable(e *entities.Entity) bool {
	return !e.Adjective && slices.Contains(listTypes, e.Type)
}

// setSwap reports the swap of sentences sa of A and sb of B, if for some
// type each names one name that the other does not, and that no
// agreement (agreedA, agreedB) has found elsewhere already: "từ Vinh
// (Nghệ An) vào Đồng Hới (Quảng Trị)" is no swap of "Dong Hoi was the
// capital of Quang Binh Province, which was merged into Quang Tri" when
// Nghệ An agrees with "Nghe An" in another sentence.
func (p *pairer) setSwap(sa, sb int, agreedA, agreedB nameSet) {
	for _, t := range listTypes {
		x, okA := p.lonelyName(p.fa, p.itemsOfA.of(sa), p.fb.namesIn.of(sb), t)
		y, okB := p.lonelyName(p.fb, p.itemsOfB.of(sb), p.fa.namesIn.of(sa), t)
		if !okA || !okB || p.usedA[x] || p.usedB[y] || p.sharedOfType(sa, sb, t) < 2 {
			continue
		}
		if agreedA.has(&p.fa.items[x]) || agreedB.has(&p.fb.items[y]) {
			continue
		}
		ax, by := &p.fa.items[x], &p.fb.items[y]
		if !credibleSwap(ax.Entity, by.Entity, p.fa, p.fb) && !p.editedEither(x, y) {
			continue
		}
		v := p.judge(x, y)
		if !v.comparable || v.status != Conflict {
			continue
		}
		p.add(x, y, differ(ax.Text(), by.Text(), "different "+pluralType(t)+" in two lists that share the others"), confAmbiguous)
	}
}

// listTypes are the types of names a list swap is looked for among.
var listTypes = []entities.Type{entities.Place, entities.Country, entities.Org}

// sharedOfType counts the names of type t that sentence sa of A and sb
// of B both state: the list the swap stands in.
func (p *pairer) sharedOfType(sa, sb int, t entities.Type) int {
	seen := map[string]bool{}
	for _, x := range p.itemsOfA.of(sa) {
		if e := p.fa.items[x].Entity; e != nil && e.Type == t && !e.Adjective && p.fb.namesIn.of(sb).has(e.Key) {
			seen[e.Key] = true
		}
	}
	return len(seen)
}

// lonelyName returns the one name of type t in items (one sentence of
// side s) whose key others (the names of the other side's sentence)
// lacks, if there is exactly one.
func (p *pairer) lonelyName(s *sideItems, items []int, others keySet, t entities.Type) (int, bool) {
	found, key := -1, ""
	for _, i := range items {
		e := s.items[i].Entity
		if e == nil || e.Type != t || e.Adjective || s.items[i].aside || others.has(e.Key) || e.Key == key {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found, key = i, e.Key
	}
	return found, found >= 0
}
