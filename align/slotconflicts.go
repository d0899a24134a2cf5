package align

import (
	"slices"

	"github.com/factalign/factalign/numbers"
)

// pairBySlot pairs the figures left after the other steps that name one
// measure by themselves — a span of months from January, or by their
// slot words: of one kind and unit, naming a concept of a keyed class of
// slots.tsv (dead, exports, registered, free, a place in a run), and each
// the only figure of its version to do so (repeats count once). Such
// figures are one fact wherever they stand, in conflict or in agreement:
// "miễn phí trong 30 ngày đầu" and "ride free for the first 15 days", in
// sentences the alignment could not pair once the edit took their anchor
// away; "lần thứ ba liên tiếp" and "her third consecutive title" in a
// sentence the English merged with another.
func (p *pairer) pairBySlot() {
	sw := theSlotWords()
	keysA := slotKeys(p.fa.items, p.repA, p.usedA, sw)
	keysB := slotKeys(p.fb.items, p.repB, p.usedB, sw)
	for _, k := range sortedStrings(keysA) {
		xs, ys := keysA[k], keysB[k]
		if len(xs) != 1 || len(ys) != 1 {
			continue
		}
		x, y := xs[0], ys[0]
		ax, by := &p.fa.items[x], &p.fb.items[y]
		if p.usedA[x] || p.usedB[y] || !sameThing(ax, by, p.fa, p.fb) || slotsDiffer(sw, ax, by) {
			continue
		}
		v := p.judge(x, y)
		if !v.comparable {
			continue
		}
		v.why.more += " (the only " + sw.key(ax.slot()) + " figure of each version)"
		p.add(x, y, v, confElsewhere)
	}
}

// slotsDiffer reports whether the slot words of two figures name
// different measures. A rank is a place in one order whichever way the
// words around it say the figures went: a strict class (a rise, a fall)
// named on one side alone does not make "lần tăng thứ tư liên tiếp" and
// "the third consecutive time" two facts, as it makes a rise and a level.
func slotsDiffer(sw *slotWords, a, b *Item) bool {
	if a.Number.Kind == numbers.Ordinal {
		return a.slot().clash(b.slot())
	}
	return sw.differ(a.slot(), b.slot())
}

// slotKeys groups the number items of a side that no step paired by
// measure and keyed slot words, one item per repeated fact (its first
// mention).
func slotKeys(items []Item, rep []int, used []bool, sw *slotWords) map[string][]int {
	out := map[string][]int{}
	for i := range items {
		it := &items[i]
		if it.Number == nil || rep[i] != i || used[i] {
			continue
		}
		if k := periodKey(it.Number); k != "" {
			out[k] = append(out[k], i)
			continue
		}
		concepts := sw.key(it.slot())
		if concepts == "" {
			continue
		}
		k := slotsOf(it)[1].kind + " " + measureOf(it) + " " + concepts
		out[k] = append(out[k], i)
	}
	return out
}

// measureOf names what a figure counts: its currency, or its unit's
// class. A rank names none: "thứ tư liên tiếp" of sessions and "the
// fourth consecutive daily rise" are one place in one run (sameThing then
// asks for units that may be one).
func measureOf(it *Item) string {
	if it.Number.Kind == numbers.Ordinal {
		return ""
	}
	if it.Number.Currency != "" {
		return it.Number.Currency
	}
	return unitClass(it.Number.Unit)
}

// sortedStrings returns the keys of m in increasing order.
func sortedStrings[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// periodKey names a span of months from January of one year ("the first
// nine months of 2026", "9 tháng đầu năm 2026", "H1", "quý I"): a period
// a story's figures are totalled over, and one measure by itself, whose
// length and year the two versions may state differently: "months from
// January". Other figures give "".
func periodKey(m *numbers.Mention) string {
	d := m.Date
	ranged := m.Kind == numbers.DateRange && d.Point.Grain == numbers.GrainMonth &&
		d.End.Grain == numbers.GrainMonth && d.Point.Year == d.End.Year && d.End.Month > 1
	quarter := m.Kind == numbers.Date && d.Point.Grain == numbers.GrainQuarter
	if !ranged && !quarter || d.Point.Month != 1 || d.Point.Year == 0 || d.Part != numbers.WholePeriod {
		return ""
	}
	return "months from January"
}
