package align

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// Two tables of the concepts of data/slots.tsv that say how two figures
// of one size relate: the two sides of one measure (opposites.tsv: a
// profit and a loss, one fact said the wrong way), and two measures that
// are no one fact (apart.tsv: a share of the plan and a change).

// oppositesData holds data/opposites.tsv: the concepts of a class of
// slots.tsv that are the two sides of one measure.
//
//go:embed data/opposites.tsv
var oppositesData string

// opposites maps a class of slots.tsv and a concept of it to the
// concept's opposite; parsed once from oppositesData and never changed.
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
