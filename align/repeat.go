package align

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
// that states the same fact, or its own index.
func repeatOf(items []Item) []int {
	first := map[string][]int{}
	out := make([]int, len(items))
	for i := range items {
		out[i] = i
		if items[i].Number == nil || !specific(&items[i]) {
			continue // a bare "3" in two sentences may be two facts
		}
		k := repeatKey(&items[i])
		for _, j := range first[k] {
			if sameRepeat(&items[j], &items[i]) {
				out[i] = j
				break
			}
		}
		if out[i] == i {
			first[k] = append(first[k], i)
		}
	}
	return out
}

// sameRepeat reports two mentions of one value that are one fact: their
// units agree (or one has none) and their slot words do not clash.
func sameRepeat(a, b *Item) bool {
	ua, ub := a.Number.Unit, b.Number.Unit
	return (ua == "" || ub == "" || sameUnit(ua, ub)) && !a.slot.clash(b.slot)
}

// foldRepeats attaches each item of a side that no step paired to the
// paired fact of an item it repeats, and marks it used.
func foldRepeats(facts []Fact, items []Item, used []bool, rep []int, sideA bool) {
	index := itemIndexes(items)
	factOf := map[int]int{} // representative item → fact
	for k, f := range facts {
		it := f.B
		if sideA {
			it = f.A
		}
		if f.A == nil || f.B == nil {
			continue
		}
		if i, ok := index[it]; ok {
			if _, seen := factOf[rep[i]]; !seen {
				factOf[rep[i]] = k
			}
		}
	}
	for i := range items {
		k, ok := factOf[rep[i]]
		if used[i] || !ok {
			continue
		}
		used[i] = true
		if sideA {
			facts[k].AlsoA = append(facts[k].AlsoA, &items[i])
		} else {
			facts[k].AlsoB = append(facts[k].AlsoB, &items[i])
		}
	}
}

// itemIndexes maps each item of a side to its index.
func itemIndexes(items []Item) map[*Item]int {
	index := make(map[*Item]int, len(items))
	for i := range items {
		index[&items[i]] = i
	}
	return index
}
