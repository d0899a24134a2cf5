package align

import (
	"strings"

	"github.com/factalign/factalign/entities"
)

// agesOfPeople pairs the ages left over that each version states right
// after a person's name ("Đinh Khánh Linh, 31 tuổi", "Linh, 31,"; "Lê Văn
// Tuấn (39 tuổi"): an age is its person's wherever the alignment put the
// two sentences, so the two ages of one person agree or conflict. A
// person given one age on each side only: two ages of one person are
// left to the other steps.
func (p *pairer) agesOfPeople() {
	var byOwner map[string][]int // B's ages left, by the key of their person
	for y := range p.fb.items {
		if o := p.fb.ageOwner(y); o >= 0 && !p.usedB[y] {
			if byOwner == nil {
				byOwner = map[string][]int{}
			}
			k := p.fb.items[o].Entity.Key
			byOwner[k] = append(byOwner[k], y)
		}
	}
	if byOwner == nil {
		return
	}
	for x := range p.fa.items {
		o := p.fa.ageOwner(x)
		if o < 0 || p.usedA[x] {
			continue
		}
		ys := byOwner[p.fa.items[o].Entity.Key]
		if len(ys) != 1 || p.usedB[ys[0]] {
			continue
		}
		if v := p.judge(x, ys[0]); v.comparable {
			p.add(x, ys[0], v, confElsewhere)
		}
	}
}

// ageOwner returns the index of the person whose name stands right before
// the age x, with a comma or an opening bracket between ("Linh, 31",
// "Tuấn (39 tuổi"), or -1.
func (s *sideItems) ageOwner(x int) int {
	m := s.items[x].Number
	if m == nil || m.Unit != ageUnit || m.Range {
		return -1
	}
	for _, y := range s.itemsBySentence().of(s.items[x].Sentence) {
		e := s.items[y].Entity
		if e != nil && e.Type == entities.Person && e.End <= m.Start && m.Start <= len(s.text) && apposed(s.text[e.End:m.Start]) {
			return y
		}
	}
	return -1
}

// apposed reports the text between a name and the age in apposition
// after it: a comma or an opening bracket, and spaces.
func apposed(between string) bool {
	t := strings.TrimSpace(between)
	return t == "," || t == "("
}
