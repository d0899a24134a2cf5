package align

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestSeedPairing aligns the seed articles in ../shared/seeds (000, Vietnamese;
// 002, English, written independently) when they are there, and checks
// that each Vietnamese sentence about one of four facts shares a bead
// with an English sentence about it. The texts stay outside the
// repository; only the search words are here.
func TestSeedPairing(t *testing.T) {
	va, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "000_*.txt"))
	vb, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "002_*.txt"))
	if len(va) != 1 || len(vb) != 1 {
		t.Skip("seeds not found in ../shared/seeds")
	}
	ta, tb := readFile(t, va[0]), readFile(t, vb[0])
	da, _, _ := Header(ta)
	db, _, _ := Header(tb)
	a, b := Segment(ta, language.Vietnamese), Segment(tb, language.English)
	beads := Sentences(a, b, WithDates(da, db))
	beadOf := make([]Bead, len(a))
	for _, bd := range beads {
		for _, i := range bd.A {
			beadOf[i] = bd
		}
	}
	for _, topic := range []struct{ name, vi, en string }{
		{"VSIP", "VSIP", "VSIP"},
		{"4,400 projects", "4.400 dự án", "4,400 projects"},
		{"2025-30 action plan", "Chương trình Hành động 2025-2030", "2025-30 action plan"},
		{"ASEAN chair and APEC host in 2027", "APEC", "APEC"},
	} {
		found := 0
		for i, s := range a {
			if !strings.Contains(s.Text, topic.vi) {
				continue
			}
			found++
			ok := false
			for _, j := range beadOf[i].B {
				ok = ok || strings.Contains(b[j].Text, topic.en)
			}
			if !ok {
				t.Errorf("%s: Vietnamese sentence %d is in bead %v, with no English sentence about it", topic.name, i, beadOf[i])
			} else {
				t.Logf("%s: vi %d ↔ en %v", topic.name, i, beadOf[i].B)
			}
		}
		if found == 0 {
			t.Errorf("%s: no Vietnamese sentence holds %q", topic.name, topic.vi)
		}
	}
}
