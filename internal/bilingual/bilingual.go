// Package bilingual turns the units of a bilingual file, as align/bitext
// reads them, into what align.CompareUnits compares: the one place for
// it, which factcheck, the server and aligntest share.
package bilingual

import (
	"cmp"

	"golang.org/x/text/language"

	"github.com/factalign/factalign/align"
	"github.com/factalign/factalign/align/bitext"
)

// Pairs returns the units as align's units and the languages of their two
// sides: la and lb, or, where one is language.Und, what the file states
// (on its first unit). A unit not translated yet keeps its empty side B,
// which CompareUnits lists as skipped.
func Pairs(units []bitext.Unit, la, lb language.Tag) ([]align.Unit, language.Tag, language.Tag) {
	pairs := make([]align.Unit, len(units))
	for i, u := range units {
		pairs[i] = align.Unit{ID: u.ID, A: u.A, B: u.B}
	}
	if len(units) > 0 {
		la = cmp.Or(la, units[0].LangA)
		lb = cmp.Or(lb, units[0].LangB)
	}
	return pairs, la, lb
}
