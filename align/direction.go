package align

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/factalign/factalign/numbers"
)

// conflictsOfDirection pairs the changes left after the agreements and
// the slips of a keystroke that go opposite ways by the same amount in
// aligned sentences ("Doanh thu tăng 5%" against "Revenue fell 5%", "(+6
// điểm %)" against "down 6 p.p."), and the figures of the same size said
// of the two sides of one measure (data/opposites.tsv: "lỗ 120 tỷ đồng"
// against "a profit of VND120 billion"). The slot words keep a rise and a fall
// apart as two facts when their sizes differ; of one size, kind and unit,
// each the only such candidate of the other, they are one change said
// the wrong way. It comes before the search for conflicts of values,
// which would give the fall another figure of the bead ("bằng 58,3% dự
// toán" of the sentence an English lead merged in).
func (p *pairer) conflictsOfDirection() {
	var cands soleCandidates[int]
	for k := range p.beads {
		for _, x := range p.inA[k] {
			ax := &p.fa.items[x]
			if p.usedA[x] || ax.Number == nil || ax.Number.Trend == numbers.NoTrend && ax.Number.Value.Sign() >= 0 && !hasOpposite(ax.slot()) {
				continue
			}
			for _, y := range p.inB[k] {
				by := &p.fb.items[y]
				if p.usedB[y] || by.Number == nil || !sameSize(ax, by) {
					continue
				}
				if v, ok := p.oppositeWays(x, y); ok {
					cands.add(p.repA[x], p.repB[y], x, y, v)
				}
			}
		}
	}
	cands.each(func(c soleCandidate) {
		p.add(c.x, c.y, c.v, beadConfidence(p.beads[p.beadA[p.fa.items[c.x].Sentence]]))
	})
}

// oppositeWays judges x and y, of one size, when they go opposite ways
// (oppositeTrends) or are said of the two sides of one measure
// (oppositeSlots): a conflict, and whether it is one.
func (p *pairer) oppositeWays(x, y int) (verdict, bool) {
	ax, by := &p.fa.items[x], &p.fb.items[y]
	v := p.judge(x, y)
	switch {
	case !v.comparable:
		return v, false
	case oppositeTrends(ax.Number, by.Number):
		return v, v.status == Conflict
	}
	if note, ok := oppositeSlots(ax.slot(), by.slot()); ok && v.status == Agree && ofBalance(ax.Number) {
		return differ(ax.Text(), by.Text(), note), true
	}
	return v, false
}

// ofBalance reports an amount of money or a percentage: what a profit or
// a loss, a surplus or a deficit is said in. A count near those words
// counts something else ("sau 9 quý thua lỗ", "after nine consecutive
// quarterly losses": quarters).
func ofBalance(m *numbers.Mention) bool {
	f := family(m.Kind)
	return f == numbers.Money || f == numbers.Percent
}

// sameSize reports two figures of one kind, unit and currency whose
// values are equal but for their signs.
func sameSize(a, b *Item) bool {
	x, y := a.Number, b.Number
	if x.Kind != y.Kind || x.Unit != y.Unit || x.Currency != y.Currency || x.Range || y.Range {
		return false
	}
	return x.Value.Equal(y.Value) || x.Value.Equal(y.Value.Neg())
}

// oppositesData holds data/opposites.tsv: the concepts of a class of
// slots.tsv that are the two sides of one measure.
//
//go:embed data/opposites.tsv
var oppositesData string

// opposites maps each class of slots.tsv, by its index, and a concept of
// it to its opposite; parsed once from oppositesData and never changed.
var opposites = sync.OnceValue(func() map[[2]string]string {
	m := map[[2]string]string{}
	for _, line := range dataLines(oppositesData) {
		f := strings.Split(line, "\t")
		if len(f) == 3 {
			m[[2]string{f[0], f[1]}], m[[2]string{f[0], f[2]}] = f[2], f[1]
		}
	}
	return m
})

// hasOpposite reports a slot that names a concept with an opposite.
func hasOpposite(s slotOf) bool {
	classes := theSlotWords().classes
	for c, concept := range s {
		if _, ok := opposites()[[2]string{classes[c], concept}]; concept != "" && ok {
			return true
		}
	}
	return false
}

// oppositeSlots reports two slots that name the two sides of one measure
// in a class (opposites.tsv) and clash in no other class, and says so:
// "loss vs profit".
func oppositeSlots(s, t slotOf) (string, bool) {
	classes, note := theSlotWords().classes, ""
	for c := range min(len(s), len(t)) {
		switch {
		case s[c] == "" || t[c] == "" || s[c] == t[c]:
		case opposites()[[2]string{classes[c], s[c]}] == t[c]:
			note = s[c] + " vs " + t[c]
		default:
			return "", false
		}
	}
	return note, note != ""
}

// apartData holds data/apart.tsv: the concepts of a class of slots.tsv
// that measure something else than the concepts of another class.
//
//go:embed data/apart.tsv
var apartData string

// apartConcepts holds the rows of apart.tsv as "class concept" -> other
// class; parsed once from apartData and never changed.
var apartConcepts = sync.OnceValue(func() map[[2]string]string {
	m := map[[2]string]string{}
	for _, line := range dataLines(apartData) {
		if f := strings.Split(line, "\t"); len(f) == 3 {
			m[[2]string{f[0], f[1]}] = f[2]
		}
	}
	return m
})

// measureApart reports two slots of which one names a concept of
// apart.tsv and not its other class, and the other names that class and
// not the concept: a share of the plan and a change are two facts.
func measureApart(s, t slotOf) bool {
	return apartOneWay(s, t) || apartOneWay(t, s)
}

// apartOneWay is measureApart with s naming the concept.
func apartOneWay(s, t slotOf) bool {
	classes := theSlotWords().classes
	for c, concept := range s {
		if concept == "" || c >= len(t) || t[c] == concept {
			continue
		}
		other, ok := apartConcepts()[[2]string{classes[c], concept}]
		if !ok {
			continue
		}
		o := slices.Index(classes, other)
		if o >= 0 && o < len(s) && o < len(t) && s[o] == "" && t[o] != "" {
			return true
		}
	}
	return false
}
