package align

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"
)

// TestModeStats logs the statistics Auto decides on (ALIGN_TUNE=1).
func TestModeStats(t *testing.T) {
	if os.Getenv("ALIGN_TUNE") == "" {
		t.Skip("set ALIGN_TUNE=1")
	}
	show := func(name string, a, b []Sentence) {
		fa := extractFeatures(a, language.Vietnamese, zeroTime)
		fb := extractFeatures(b, language.English, zeroTime)
		pts := hapaxPoints(fa, fb)
		t.Logf("%-30s n %4d m %4d pts %4d lis %.3f spread %.3f", name, fa.n, fb.n, len(pts), float64(lisLen(pts))/float64(max(1, len(pts))), diagonalSpread(fa, fb, pts))
	}
	if dir := corpusDir("iwslt15-ted-envi-resplit"); dir != "" {
		for _, d := range readCorpus(t, dir) {
			show(d.name, d.a, d.b)
		}
	}
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*", "gold.tsv"))
	for _, g := range dirs {
		dir := filepath.Dir(g)
		a := Segment(readFile(t, filepath.Join(dir, "vi.txt")), language.Vietnamese)
		b := Segment(readFile(t, filepath.Join(dir, "en.txt")), language.English)
		show(filepath.Base(dir), a, b)
	}
}

// TestSeedScores prints comparable pair scores for the seed articles
// (ALIGN_TUNE=seed).
func TestSeedScores(t *testing.T) {
	if os.Getenv("ALIGN_TUNE") != "seed" {
		t.Skip("set ALIGN_TUNE=seed")
	}
	va, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "000_*.txt"))
	vb, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "002_*.txt"))
	ta, tb := readFile(t, va[0]), readFile(t, vb[0])
	da, _, _ := Header(ta)
	db, _, _ := Header(tb)
	a, b := Segment(ta, language.Vietnamese), Segment(tb, language.English)
	fa := extractFeatures(a, language.Vietnamese, da)
	fb := extractFeatures(b, language.English, db)
	sc := pairScores(fa, fb, &defaultCParams)
	for _, ij := range [][2]int{{1, 0}, {1, 1}, {5, 0}, {5, 1}, {3, 0}} {
		t.Logf("%v %.3f", ij, sc.at(ij[0], ij[1]))
	}
	for x := fa.off[1]; x < fa.off[2]; x++ {
		t.Logf("vi1 %x %d", fa.keys[x], fa.cls[x])
	}
	for x := fb.off[0]; x < fb.off[1]; x++ {
		t.Logf("en0 %x %d", fb.keys[x], fb.cls[x])
	}
}
