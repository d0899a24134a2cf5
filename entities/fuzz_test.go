package entities_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
)

// FuzzExtract checks the invariants of Extract on any input: no panic,
// offsets in order and on rune boundaries, Text equal to its slice of the
// input, entities sorted and not overlapping, Match within 0..1. The
// corpus is seeded from the texts of testdata/extract.txt; crashers found
// by go test -fuzz are kept under testdata/fuzz/FuzzExtract.
func FuzzExtract(f *testing.F) {
	for _, name := range []string{"testdata/extract.txt", "testdata/heldout-names.txt"} {
		if b, err := os.ReadFile(name); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if cols := strings.Split(line, "\t"); len(cols) == 3 && (cols[0] == "vi" || cols[0] == "en") {
					f.Add(cols[1], cols[0] == "vi")
				}
			}
		}
	}
	f.Add("Tổng Bí thư Tô Lâm (TBT) \xff\xfe Lâm", true)
	f.Add("U.S.A. (USA) Mr. X-y-z's (", false)
	// Given names at the edges of the text, next to their evidence.
	f.Add("chuyền cho Quang Hải", true)
	f.Add("Hoàng Đức, Quang Hải và", true)
	f.Add("Quang Hải và Tuấn Hải đá", true)
	f.Add("Hung Dung then", false)
	f.Fuzz(func(t *testing.T, text string, vi bool) {
		lang := language.English
		if vi {
			lang = language.Vietnamese
		}
		es := entities.Extract(text, lang)
		checkInvariants(t, text, es)
		for i, e := range es {
			if !utf8.ValidString(e.Text) && utf8.ValidString(text) {
				t.Fatalf("entity %d text %q is not valid UTF-8", i, e.Text)
			}
			if i > 0 {
				if m := entities.Match(es[i-1], e); m < 0 || m > 1 {
					t.Fatalf("Match(%v, %v) = %v, outside 0..1", es[i-1], e, m)
				}
			}
		}
		entities.Fold(text)
		entities.Lookup(text, lang)
	})
}
