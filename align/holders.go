package align

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

// A list gives each of several names a figure of its own: "Hàn Quốc dẫn
// đầu với 382.000 lượt khách, tiếp theo là Trung Quốc với 361.000 lượt",
// "South Korea, China and the US sent 382,000, 361,000 and 210,000
// visitors respectively". The figures of two names exchanged leave every
// figure and every name agreeing; only the name each figure is said of
// tells the slip. figureSwaps finds it.

// A holder is the name item a figure of a list is said of, or noHolder.
const noHolder = -1

// holderGroups are the types of names a figure of a list is said of,
// grouped as one list may mix them: countries, places and bodies ("Mỹ
// (28%), Trung Quốc (17%) và EU (13%)"); people.
var holderGroups = [][]entities.Type{{entities.Country, entities.Place, entities.Org}, {entities.Person}}

// respectivelyData holds data/respectively.tsv: the words that pair the
// names of a list with its figures in order ("lần lượt", "respectively").
//
//go:embed data/respectively.tsv
var respectivelyData string

// respectivelyWords is parsed once from respectivelyData and never changes.
var respectivelyWords = sync.OnceValue(func() []string {
	return slices.Sorted(maps.Keys(wordList(respectivelyData)))
})

// listHolders returns, for each item of the side, the item of the name
// the figure is said of in a list of its sentence, or noHolder. A
// sentence's names of one group (holderGroups) and its figures of one
// kind make a list (holdInOrder) when a word of respectively.tsv pairs a
// run of names with the figures after them, or each figure stands right
// beside a name: each after its name ("Hàn Quốc 382.000 lượt, Trung Quốc
// 361.000 lượt") or each before it ("382.000 khách Hàn Quốc, 361.000
// khách Trung Quốc"). Anything else gives no holder: a figure is never
// tied to a name by guess.
//
// It returns nil when no sentence of the side holds a list, as most do
// not: a segment pair of a corpus costs no array.
func (s *sideItems) listHolders(itemsOf groups) []int32 {
	var holders []int32
	var seq []int
	for sen := range itemsOf.len() {
		items := itemsOf.of(sen)
		if !namesAndFigures(s.items, items, 2) {
			continue
		}
		for _, types := range holderGroups {
			for _, k := range listKinds {
				seq = s.listSequence(seq[:0], items, types, k)
				holders = s.holdInOrder(holders, seq)
			}
		}
	}
	return holders
}

// listKinds are the kinds of figures a list gives its names.
var listKinds = []numbers.Kind{numbers.Number, numbers.Money, numbers.Percent, numbers.PercentPoint, numbers.Ordinal}

// listSequence appends to seq the items of one sentence that are names
// of the types or figures of kind k, in the order of the text. A name in
// brackets right after another says where that one is ("Đài Loan (Trung
// Quốc)"): it is left out.
func (s *sideItems) listSequence(seq []int, items []int, types []entities.Type, k numbers.Kind) []int {
	for _, i := range items {
		if listName(&s.items[i], types) || listFigure(&s.items[i], k) {
			seq = append(seq, i)
		}
	}
	slices.SortFunc(seq, func(x, y int) int {
		sx, _ := s.items[x].Span()
		sy, _ := s.items[y].Span()
		return sx - sy
	})
	n := 0
	for k, i := range seq {
		// seq[k-1] is still the item before i: n < k once one is left
		// out, and n == k writes back what was there.
		if k > 0 && s.qualifies(seq[k-1], i) {
			continue
		}
		seq[n] = i
		n++
	}
	return seq[:n]
}

// qualifies reports a name i in brackets right after the name prev.
func (s *sideItems) qualifies(prev, i int) bool {
	if s.items[i].Entity == nil || s.items[prev].Entity == nil {
		return false
	}
	_, end := s.items[prev].Span()
	start, _ := s.items[i].Span()
	return end <= start && start <= len(s.text) && strings.TrimSpace(s.text[end:start]) == "("
}

// listName reports a name of the types that a list may give a figure.
func listName(it *Item, types []entities.Type) bool {
	return it.Entity != nil && slices.Contains(types, it.Entity.Type) && !it.Entity.Adjective && !it.aside
}

// listFigure reports a figure of kind k that a list may give a name.
func listFigure(it *Item, k numbers.Kind) bool {
	return it.Number != nil && it.Number.Kind == k && !it.Number.Range
}

// holdInOrder gives each figure of seq, a sentence's list sequence, its
// name, when the sequence is a list (listHolders), and returns holders,
// made for every item of the side at the first list.
//
// A list pairs its names and figures in order where a word of
// respectively.tsv says so: a run of names and then as many figures (or
// the figures first), "Trung Quốc và Hàn Quốc ... với lần lượt 1.612.800
// lượt và 1.405.300 lượt". Elsewhere each figure stands right beside its
// name (besideNames).
func (s *sideItems) holdInOrder(holders []int32, seq []int) []int32 {
	if !namesAndFigures(s.items, seq, 2) {
		return holders
	}
	rest, inOrder := seq, 0
	for a := 0; a < len(seq); {
		n := runAt(s.items, seq, a)
		skip, ok := s.inOrderAt(seq, a, n)
		if !ok {
			if inOrder > 0 {
				rest = append(rest, seq[a:a+n]...)
			}
			a += n
			continue
		}
		if inOrder == 0 {
			rest = append([]int(nil), seq[:a]...)
		}
		// Each figure n places after its name, or before it; skip
		// figures between (\"hai thị trường\") belong to no name.
		block, step := seq[a:a+2*n], n
		if skip > 0 {
			rest = append(rest, seq[a+n:a+n+skip]...)
			block = append(slices.Clip(seq[a:a+n]), seq[a+n+skip:a+2*n+skip]...)
		}
		if s.items[seq[a]].Entity != nil {
			step = -n
		}
		holders = s.hold(holders, block, step)
		inOrder++
		a += 2*n + skip
	}
	if inOrder == 0 && !namesAndFigures(s.items, rest, 2) || !namesAndFigures(s.items, rest, 1) {
		return holders
	}
	// Each figure right after its name ("Hàn Quốc dẫn đầu với 382.000
	// lượt, Trung Quốc đứng thứ hai với 361.000"), or each right before
	// it ("382.000 khách Hàn Quốc, 361.000 khách Trung Quốc"); a name may
	// have no figure ("Dẫn đầu là Hàn Quốc, Trung Quốc đứng thứ hai").
	// Both at once are no list.
	before, after := s.besideNames(rest, -1), s.besideNames(rest, 1)
	if before == after {
		return holders
	}
	if before {
		return s.hold(holders, rest, -1)
	}
	return s.hold(holders, rest, 1)
}

// hold gives each figure of seq the name at step places from it in seq,
// and returns holders, made for every item of the side if nil.
func (s *sideItems) hold(holders []int32, seq []int, step int) []int32 {
	if holders == nil {
		holders = make([]int32, len(s.items))
		for i := range holders {
			holders[i] = noHolder
		}
	}
	for j, i := range seq {
		if s.items[i].Number == nil {
			continue
		}
		holders[i] = int32(seq[j+step])
	}
	return holders
}

// runAt counts the items of seq from a on that are all names or all
// figures.
func runAt(all []Item, seq []int, a int) int {
	n := 0
	for a+n < len(seq) && (all[seq[a+n]].Entity != nil) == (all[seq[a]].Entity != nil) {
		n++
	}
	return n
}

// namesAndFigures reports n names and n figures at least in seq.
func namesAndFigures(all []Item, seq []int, n int) bool {
	names := 0
	for _, i := range seq {
		if all[i].Entity != nil {
			names++
		}
	}
	return names >= n && len(seq)-names >= n
}

// besideNames reports whether each figure of seq has a name right beside
// it in seq, before it (step -1) or after it (step 1), in one clause a
// few words away (near).
func (s *sideItems) besideNames(seq []int, step int) bool {
	for j, i := range seq {
		if s.items[i].Number == nil {
			continue
		}
		k := j + step
		if k < 0 || k >= len(seq) || s.items[seq[k]].Entity == nil {
			return false
		}
		first, second := i, seq[k] // in the order of the text, as seq is
		if step < 0 {
			first, second = second, first
		}
		if !s.near(first, second) {
			return false
		}
	}
	return true
}

// near reports whether items a and b of a sentence stand
// in one clause a few words apart, as a name of a list and its figure do:
// "Hàn Quốc dẫn đầu với 382.000 lượt", "Quang Ninh (11.2%)", "361,000
// from China". Names and figures that alternate by chance across a
// sentence ("Bộ Tài chính cho biết tổng thu ... đạt 2.148 nghìn tỷ đồng,
// bằng 106,8% dự toán Quốc hội giao và tăng 14,2%") are no list.
func (s *sideItems) near(a, b int) bool {
	gap, _, ok := textBetween(s.text, &s.items[a], &s.items[b])
	return ok && !strings.ContainsAny(gap, listClauseMarks) && strings.Count(gap, " ") <= maxHolderGap
}

// listClauseMarks end the clause of a name and its figure: inClause's
// clauseMarks but the colon ("Hàn Quốc: 382.000 lượt").
const listClauseMarks = ",;–—"

// maxHolderGap bounds the spaces between a name of a list and its
// figure: "South Korea led in the first quarter with 382,000 arrivals".
const maxHolderGap = 8

// inOrderAt reports whether the run of n names (or figures) at a in seq
// and the run after it pair in order, by a word of respectively.tsv: as
// many figures after the names, the word anywhere from the first name to
// just after the last figure ("Hàn Quốc, Trung Quốc và Mỹ lần lượt đạt
// 382.000, 361.000 và 210.000 lượt", "... visitors respectively"); or more
// figures, the word right before the last n ("Trung Quốc và Hàn Quốc là
// hai thị trường lớn nhất với lần lượt 1.612.800 lượt và 1.405.300
// lượt"), the others skipped; or as many names after the figures. skip
// counts the figures skipped.
func (s *sideItems) inOrderAt(seq []int, a, n int) (skip int, ok bool) {
	m := runAt(s.items, seq, a+n)
	switch {
	case n < 2 || m < n:
		return 0, false
	case m == n:
		return 0, s.saysRespectively(seq[a : a+2*n])
	case s.items[seq[a]].Entity == nil:
		return 0, false
	}
	skip = m - n
	_, from := s.items[seq[a+n+skip-1]].Span()
	to, _ := s.items[seq[a+n+skip]].Span()
	return skip, from <= to && to <= len(s.text) && s.respectivelyIn(s.text[from:to])
}

// saysRespectively reports a word of respectively.tsv after the first
// item of seq, in its sentence.
func (s *sideItems) saysRespectively(seq []int) bool {
	from, _ := s.items[seq[0]].Span()
	_, to := s.items[seq[len(seq)-1]].Span()
	if from < 0 || to > len(s.text) || from >= to {
		return false
	}
	return s.respectivelyIn(s.text[from:min(len(s.text), to+maxRespectivelyTail)])
}

// respectivelyIn reports a word of respectively.tsv in text.
func (s *sideItems) respectivelyIn(text string) bool {
	for _, w := range respectivelyWords() {
		if containsWord(text, w) {
			return true
		}
	}
	return false
}

// maxRespectivelyTail bounds the bytes after a list's last item where its
// "respectively" may stand: "210,000 visitors respectively".
const maxRespectivelyTail = 48

// containsWord reports whether w stands in s as whole words, in any case.
func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if (i == 0 || !isWordByte(s[i-1])) && hasWordPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// figureSwaps finds two figures of a list said of each other's name:
// aligned sentences agree on both figures and on both names, but the
// figure one version gives the first name the other gives the second,
// and the other way round. Both agreements become conflicts.
func (p *pairer) figureSwaps() {
	ha, hb := p.fa.listHolders(p.itemsOfA), p.fb.listHolders(p.itemsOfB)
	if ha == nil || hb == nil {
		return
	}
	ia, ib := itemIndexes(p.fa.items), itemIndexes(p.fb.items)
	partner := agreedNamesOf(p.facts, ia, ib)
	// The agreements whose figures are said of different names, by the
	// names (the B name the A figure's name agrees with, and the B
	// figure's own) and the bead: a version may split the list into two
	// sentences of one bead.
	type crossing struct {
		want, got string
		bead      int
	}
	crossed := map[crossing][]int{}
	for k := range p.facts {
		f := &p.facts[k]
		bead := p.beadA[f.A.Sentence]
		if !agreedFigure(f) || bead != p.beadB[f.B.Sentence] {
			continue
		}
		x, y := ia.at(f.A), ib.at(f.B)
		if ha[x] == noHolder || hb[y] == noHolder {
			continue
		}
		py, ok := partner.of(int(ha[x]))
		if !ok {
			continue
		}
		c := crossing{p.fb.items[py].Entity.Key, p.fb.items[hb[y]].Entity.Key, bead}
		if c.want != c.got {
			crossed[c] = append(crossed[c], k)
		}
	}
	for c, ks := range crossed {
		if len(crossed[crossing{c.got, c.want, c.bead}]) == 0 {
			continue // one figure said of another name: no swap
		}
		for _, k := range ks {
			p.swapFigures(k, ha, hb, ia, ib)
		}
	}
}

// swapFigures turns the agreement k, a figure said of another name in
// each version, into a conflict.
func (p *pairer) swapFigures(k int, ha, hb []int32, ia, ib itemIndex) {
	f := &p.facts[k]
	na, nb := p.fa.items[ha[ia.at(f.A)]].Entity, p.fb.items[hb[ib.at(f.B)]].Entity
	f.Status = Conflict
	f.Why = differ(f.A.Text(), f.B.Text(), "the figure of "+quoteText(na.Text)+" in one version, of "+quoteText(nb.Text)+" in the other (two figures of a list swapped)").why.String()
	f.Confidence = confAmbiguous
}
