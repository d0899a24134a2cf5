package align

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Compare is symmetric by construction: it always pairs the two versions
// in one canonical order and, when the caller gave them the other way
// round, hands back the mirror of that report. The sentence aligner and
// the greedy steps of the pairer both break ties by position, so this is
// what makes Compare(b, a) the mirror of Compare(a, b), verdicts and
// reasons included.

// inOrder reports whether a comes first in the canonical order: the
// languages in the order of [languageRank] (Vietnamese first), and two
// versions in one language by their texts.
func inOrder(a, b prepared) bool {
	ra, rb := languageRank(a.Lang), languageRank(b.Lang)
	if ra != rb {
		return ra < rb
	}
	if a.Lang != b.Lang {
		return a.Lang.String() < b.Lang.String()
	}
	return a.text <= b.text
}

// canonicalLanguages are the languages of the canonical pairing in their
// order; any other comes after them.
var canonicalLanguages = [...]language.Tag{language.Vietnamese, language.English}

// versionNames name the two versions in a reason when their languages do
// not: "only in the first version".
var versionNames = [2]string{"the first version", "the second version"}

// languageRank orders the languages of the canonical pairing: Vietnamese,
// then English, then any other.
func languageRank(t language.Tag) int {
	base, _ := t.Base()
	for k, c := range canonicalLanguages {
		if b, _ := c.Base(); b == base {
			return k
		}
	}
	return len(canonicalLanguages)
}

// mirror turns the report of Compare(b, a) into that of Compare(a, b):
// the sides, the beads and the facts swap, only_a and only_b trade
// places, and every reason is said in the new order.
func (r *Report) mirror(c *compareConfig) {
	r.A, r.B = r.B, r.A
	for i := range r.Pairs {
		r.Pairs[i].A, r.Pairs[i].B = r.Pairs[i].B, r.Pairs[i].A
	}
	inReadingOrder(r.Pairs)
	for i := range r.Facts {
		f := &r.Facts[i]
		f.A, f.B = f.B, f.A
		f.AlsoA, f.AlsoB = f.AlsoB, f.AlsoA
		for j := range f.Links {
			f.Links[j].A, f.Links[j].B = f.Links[j].B, f.Links[j].A
		}
		switch f.Status {
		case OnlyA:
			f.Status = OnlyB
		case OnlyB:
			f.Status = OnlyA
		}
		switch {
		case f.A != nil && f.B != nil:
			f.Why = mirrorWhy(f, c)
		case f.A != nil:
			f.Why = strings.Replace(f.Why, versionNames[1], versionNames[0], 1)
		default:
			f.Why = strings.Replace(f.Why, versionNames[0], versionNames[1], 1)
		}
	}
	sortFacts(r.Facts)
}

// mirrorWhy says the reason of a paired fact whose sides have just been
// swapped in the new order. The reason of a pair is the verdict's, with
// perhaps a note after it ("(in sentences that are not aligned)"): the
// verdict is asked again in the new order and the note kept. A reason the
// pairer wrote itself (a title given to a person on one side) has its two
// quoted mentions swapped.
func mirrorWhy(f *Fact, c *compareConfig) string {
	before := judge(f.B, f.A, c)
	after := judge(f.A, f.B, c)
	if before.comparable && after.comparable && before.status == after.status {
		if rest, ok := strings.CutPrefix(f.Why, before.why.String()); ok {
			return after.why.String() + rest
		}
	}
	for _, op := range []string{" = ", " ≠ "} {
		old := quoteText(f.B.Text()) + op + quoteText(f.A.Text())
		if rest, ok := strings.CutPrefix(f.Why, old); ok {
			return quoteText(f.A.Text()) + op + quoteText(f.B.Text()) + mirrorNote(rest)
		}
	}
	return f.Why
}

// mirrorNote swaps the two sides of a note "…: Premier vs President".
func mirrorNote(note string) string {
	head, body, ok := strings.Cut(note, ": ")
	if !ok {
		return note
	}
	x, y, ok := strings.Cut(body, " vs ")
	if !ok || strings.Contains(y, " vs ") {
		return note
	}
	return head + ": " + y + " vs " + x
}

// inReadingOrder puts beads in the order of their first side's sentences,
// which the comparable mode's beads, made in the other side's order, may
// cross; a bead with no sentence of the first side stays after the bead
// before it.
func inReadingOrder(beads []Bead) {
	keys := make([]int, len(beads))
	last := -1
	for i, b := range beads {
		if len(b.A) > 0 {
			last = b.A[0]
		}
		keys[i] = last
	}
	idx := make([]int, len(beads))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int { return keys[x] - keys[y] })
	sorted := make([]Bead, len(beads))
	for i, k := range idx {
		sorted[i] = beads[k]
	}
	copy(beads, sorted)
}
