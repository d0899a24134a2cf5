package align

import (
	"slices"
	"strings"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

// countGroupsOf returns, for the counts among items that a nationality
// qualifies, the key of that country, by item index: "3 người Séc",
// "Ba nạn nhân người Việt", "Three Vietnamese workers", "including 2
// Vietnamese". Such a count is of a part of those it counts. A count in
// the same sentence that no country qualifies is then of the whole
// (wholeGroup): "Bốn nạn nhân ... gồm 3 người Séc và 1 người Slovakia"
// against "killing 6 including 2 Vietnamese". It returns nil when no
// count is qualified, as in most texts. es are the side's names in text
// order.
func countGroupsOf(text string, items []Item, es []entities.Entity) map[int]string {
	var groups map[int]string
	for x := range items {
		m := items[x].Number
		if !isCount(m) || m.Start < 0 || m.End > len(text) {
			continue
		}
		k, _ := slices.BinarySearchFunc(es, m.Start, func(e entities.Entity, start int) int { return e.Start - start })
		if k == len(es) || es[k].Type != entities.Country || !qualifies(text, m.End, &es[k]) {
			continue
		}
		if groups == nil {
			groups = map[int]string{}
		}
		groups[x] = es[k].Key
	}
	if groups == nil {
		return nil
	}
	grouped := map[int]bool{} // the sentences with a qualified count
	for x := range groups {
		grouped[items[x].Sentence] = true
	}
	for x := range items {
		if _, ok := groups[x]; !ok && isCount(items[x].Number) && grouped[items[x].Sentence] {
			groups[x] = wholeGroup
		}
	}
	return groups
}

// wholeGroup is the group of a count that no country qualifies beside one
// that a country does: the whole those parts are of.
const wholeGroup = "*"

// isCount reports a count that countGroupsOf reads: a number, no range.
func isCount(m *numbers.Mention) bool {
	return m != nil && m.Kind == numbers.Number && !m.Range
}

// qualifies reports whether the country e, the first name at or after the
// start of a count that ends at end, says whose the counted are: inside
// the count ("Three Vietnamese workers"), right after it ("2
// Vietnamese"), or after a word of data/nationality.tsv that ends a few
// words after it ("3 người Séc", "Ba nạn nhân người Việt").
func qualifies(text string, end int, e *entities.Entity) bool {
	if e.Start < end {
		return true
	}
	between := strings.TrimSpace(text[end:e.Start])
	if between == "" {
		return true
	}
	if strings.Count(between, " ") >= maxNounWords || strings.ContainsAny(between, ",;:()") {
		return false
	}
	for _, w := range nationalityWords() {
		if !w.afterTitle && (hasWordSuffix(between, w.phrase) || hasWordPrefix(e.Text, w.phrase)) {
			return true // "3 người Séc"; "Ba nạn nhân người Việt", a name that holds the word
		}
	}
	return false
}

// maxNounWords bounds the words between a count and the nationality of
// what it counts: the noun it left out of its unit and the word before
// the country ("nạn nhân người").
const maxNounWords = 4

// groupsApart reports two counts of two groups (countGroupsOf): the parts of
// two countries, or a part and the whole beside it. A count that says
// nothing of its group may be either.
func groupsApart(a, b *Item, fa, fb *sideItems) bool {
	if fa.countGroups == nil || fb.countGroups == nil {
		return false
	}
	x, okA := itemIndex(fa.items).find(a)
	y, okB := itemIndex(fb.items).find(b)
	ga, gb := fa.countGroups[x], fb.countGroups[y]
	return okA && okB && ga != "" && gb != "" && ga != gb
}
