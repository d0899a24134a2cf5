package align

import (
	"strings"

	"github.com/factalign/factalign/entities"
)

// minNameSyllables is the fewest syllables of a person's name that
// conflictsNameMiss compares: "Trịnh Thu Ngân". Two-syllable names ("Marcus
// Lindqvist", "Văn Hùng") are too often two people.
const minNameSyllables = 3

// conflictsNameMiss pairs the people left after the other steps whose full
// names differ in one syllable and no more ("Trịnh Thu Ngân" and "Trinh
// Thu Nga", "Hoang Van Khiem" and "Le Van Khiem"): the slip or the edit of
// a name, which took away the anchor that would have aligned its
// sentences, as a figure one keystroke off does (conflictsNearMiss).
// Names of the same number of syllables, at least minNameSyllables, each
// the only such candidate of the other, wherever they stand; a person
// whom a fact pairs already, or said again, is none.
func (p *pairer) conflictsNameMiss() {
	pairedA, pairedB := pairedPeople(p.fa, p.usedA), pairedPeople(p.fb, p.usedB)
	bySize := map[int][]int{} // B's people left, by the syllables of their names
	for y := range p.fb.items {
		by := &p.fb.items[y]
		if n := nameSize(by); n >= minNameSyllables && !p.usedB[y] && p.repB[y] == y && !pairedB[by.Entity.Key] {
			bySize[n] = append(bySize[n], y)
		}
	}
	var cands soleCandidates[string]
	for x := range p.fa.items {
		ax := &p.fa.items[x]
		n := nameSize(ax)
		if p.usedA[x] || p.repA[x] != x || n < minNameSyllables || pairedA[ax.Entity.Key] {
			continue
		}
		for _, y := range bySize[n] {
			by := &p.fb.items[y]
			if oneSyllableApart(ax.Entity.Key, by.Entity.Key) {
				// Keyed by name: a name said twice is one candidate.
				cands.add(ax.Entity.Key, by.Entity.Key, x, y, differ(ax.Text(), by.Text(), "names one syllable apart"))
			}
		}
	}
	cands.each(func(c soleCandidate) { p.add(c.x, c.y, c.v, confElsewhere) })
}

// pairedPeople returns the keys of the people of a side that a fact
// already pairs: a short reference to one of them ("Hà" after "Vũ Thị
// Thanh Hà") is no candidate of its own.
func pairedPeople(s *sideItems, used []bool) map[string]bool {
	keys := map[string]bool{}
	for i := range s.items {
		if used[i] && nameSize(&s.items[i]) > 0 {
			keys[s.items[i].Entity.Key] = true
		}
	}
	return keys
}

// nameSize returns the syllables of the name of a person item, 0 for
// another item.
func nameSize(it *Item) int {
	if it.Entity == nil || it.Entity.Type != entities.Person {
		return 0
	}
	_, name, _ := strings.Cut(it.Entity.Key, ":")
	return strings.Count(name, "-") + 1
}

// oneSyllableApart reports two keys of people's names, of as many
// syllables, that differ in exactly one.
func oneSyllableApart(a, b string) bool {
	_, a, _ = strings.Cut(a, ":")
	_, b, _ = strings.Cut(b, ":")
	diff := 0
	for a != "" || b != "" {
		var sa, sb string
		sa, a, _ = strings.Cut(a, "-")
		sb, b, _ = strings.Cut(b, "-")
		if sa != sb {
			diff++
		}
	}
	return diff == 1
}
