package align

import (
	"slices"
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
	pairedA := pairedPeople(p.fa, p.usedA)
	index := p.nameMissIndex(pairedPeople(p.fb, p.usedB))
	var cands soleCandidates[string]
	// A name said again finds the candidates its first mention found,
	// which are noted already: each name of A is looked up once.
	looked := map[string]bool{}
	var ys []int
	for x := range p.fa.items {
		ax := &p.fa.items[x]
		if p.usedA[x] || p.repA[x] != x || nameSize(ax) < minNameSyllables || pairedA[ax.Entity.Key] || looked[ax.Entity.Key] {
			continue
		}
		looked[ax.Entity.Key] = true
		ys = index.lookUp(ys[:0], ax.Entity.Key)
		for _, y := range ys {
			by := &p.fb.items[y]
			if oneSyllableApart(ax.Entity.Key, by.Entity.Key) {
				// Keyed by name: a name said twice is one candidate.
				cands.add(ax.Entity.Key, by.Entity.Key, x, y, differ(ax.Text(), by.Text(), "names one syllable apart"))
			}
		}
	}
	cands.each(func(c soleCandidate) { p.add(c.x, c.y, c.v, confElsewhere) })
}

// A nameMissIndex lists the people of B left, the first mention of each
// name, under each key of their names with one syllable blanked
// (blankedNames): two names of as many syllables that differ in one share
// the key that blanks it, so that a name of A meets only the names of B
// so near it, not every name of B.
type nameMissIndex map[string][]int

// nameMissIndex indexes the people of B left that conflictsNameMiss
// weighs: of minNameSyllables or more, and not paired (pairedB).
func (p *pairer) nameMissIndex(pairedB map[string]bool) nameMissIndex {
	var index nameMissIndex // nil, as for most segment pairs of a corpus, until a name is indexed
	indexed := map[string]bool{}
	var keys []string
	for y := range p.fb.items {
		by := &p.fb.items[y]
		if nameSize(by) < minNameSyllables || p.usedB[y] || p.repB[y] != y || pairedB[by.Entity.Key] || indexed[by.Entity.Key] {
			continue
		}
		if index == nil {
			index = nameMissIndex{}
		}
		indexed[by.Entity.Key] = true
		keys = blankedNames(keys[:0], by.Entity.Key)
		for _, k := range keys {
			index[k] = append(index[k], y)
		}
	}
	return index
}

// lookUp appends to dst the people of B under the keys of the name key,
// each once and in order.
func (index nameMissIndex) lookUp(dst []int, key string) []int {
	for _, k := range blankedNames(nil, key) {
		dst = append(dst, index[k]...)
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// blankedNames appends the name of a person's key (what follows its type)
// with each syllable in turn blanked: "tran-*-nga" and the others of
// "person:tran-thu-nga".
func blankedNames(dst []string, key string) []string {
	_, name, _ := strings.Cut(key, ":")
	for start := 0; ; {
		end := strings.IndexByte(name[start:], '-')
		if end < 0 {
			return append(dst, name[:start]+"*")
		}
		end += start
		dst = append(dst, name[:start]+"*"+name[end:])
		start = end + 1
	}
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

// conflictsTitledNames pairs the people left after conflictsNameMiss who
// hold one title and whose names are all the same but one word, in
// either order for a foreign name of two (shareName): "Ông Sugimoto
// Kenta, Giám đốc điều hành Kaede Ventures" and "Kenta Sugimura,
// managing director of Kaede Ventures", whose sentences the alignment
// did not pair. The title makes a name of two words one person's, as a
// third syllable does for conflictsNameMiss; each must be the only such
// candidate of the other.
func (p *pairer) conflictsTitledNames() {
	byTitle := p.titledPeopleOfB()
	if len(byTitle) == 0 {
		return
	}
	pairedA := pairedPeople(p.fa, p.usedA)
	var cands soleCandidates[string]
	for x := range p.fa.items {
		ax := &p.fa.items[x]
		if !titledLeft(ax, p.usedA[x], p.repA[x] == x) || pairedA[ax.Entity.Key] {
			continue
		}
		for _, y := range byTitle[ax.Entity.Title] {
			if by := &p.fb.items[y]; shareName(ax.Entity, by.Entity) {
				cands.add(ax.Entity.Key, by.Entity.Key, x, y, differ(ax.Text(), by.Text(), "names one word apart, of one title"))
			}
		}
	}
	cands.each(func(c soleCandidate) { p.add(c.x, c.y, c.v, confElsewhere) })
}

// titledPeopleOfB indexes by their titles the people of B left, each
// name once, that a fact pairs nowhere.
func (p *pairer) titledPeopleOfB() map[string][]int {
	pairedB := pairedPeople(p.fb, p.usedB)
	var byTitle map[string][]int // nil, as for most segment pairs, until one is indexed
	seen := map[string]bool{}
	for y := range p.fb.items {
		by := &p.fb.items[y]
		if !titledLeft(by, p.usedB[y], p.repB[y] == y) || pairedB[by.Entity.Key] || seen[by.Entity.Key] {
			continue
		}
		if byTitle == nil {
			byTitle = map[string][]int{}
		}
		seen[by.Entity.Key] = true
		byTitle[by.Entity.Title] = append(byTitle[by.Entity.Title], y)
	}
	return byTitle
}

// titledLeft reports a person with a title, unpaired (not used), said
// first (not a repeat).
func titledLeft(it *Item, used, first bool) bool {
	return nameSize(it) >= 2 && it.Entity.Title != "" && !used && first
}
