package align

import (
	"fmt"
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
		fa := extractFeatures(a, language.Vietnamese, zeroTime, nil)
		fb := extractFeatures(b, language.English, zeroTime, nil)
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
	fa := extractFeatures(a, language.Vietnamese, da, nil)
	fb := extractFeatures(b, language.English, db, nil)
	sc := pairScores(fa, fb, &defaultCParams)
	for _, ij := range [][2]int{{1, 0}, {1, 1}, {5, 0}, {5, 1}, {3, 0}} {
		t.Logf("%v %.3f", ij, sc.at(ij[0], ij[1]))
	}
	for x := fa.off[1]; x < fa.off[2]; x++ {
		t.Logf("vi1 %x %d", fa.keys[x], classOf(fa.keys[x]))
	}
	for x := fb.off[0]; x < fb.off[1]; x++ {
		t.Logf("en0 %x %d", fb.keys[x], classOf(fb.keys[x]))
	}
}

// TestTuneComparable tries comparable weights on the article pairs
// (ALIGN_TUNE=1).
func TestTuneComparable(t *testing.T) {
	if os.Getenv("ALIGN_TUNE") == "" {
		t.Skip("set ALIGN_TUNE=1")
	}
	run := func(name string, p cparams) {
		pr, r, _ := linkScores(t, WithMode(Comparable), func(c *config) { c.cparams = &p })
		t.Logf("%-24s P %.3f R %.3f F %.3f", name, pr, r, 2*pr*r/(pr+r))
	}
	p := defaultCParams
	run("default", p)
	for _, k := range []struct {
		name string
		ptr  func(*cparams) *float64
		vals []float64
	}{
		{"entity", func(p *cparams) *float64 { return &p.classW[clsEntity] }, []float64{0, 1}},
		{"word", func(p *cparams) *float64 { return &p.classW[clsWord] }, []float64{0.5, 1.5}},
		{"minLink", func(p *cparams) *float64 { return &p.minLink }, []float64{0.08, 0.16, 0.2}},
		{"minExtra", func(p *cparams) *float64 { return &p.minExtra }, []float64{0.25, 0.45}},
		{"minAdj", func(p *cparams) *float64 { return &p.minAdj }, []float64{0.1, 0.2}},
		{"posW", func(p *cparams) *float64 { return &p.posW }, []float64{0, 0.3}},
		{"ctxW", func(p *cparams) *float64 { return &p.ctxW }, []float64{0, 0.6}},
		{"settle", func(p *cparams) *float64 { return &p.settle }, []float64{0.3, 0.7}},
		{"caption", func(p *cparams) *float64 { return &p.caption }, []float64{0.3, 0.8}},
	} {
		for _, v := range k.vals {
			q := p
			*k.ptr(&q) = v
			run(fmt.Sprintf("%s %.2f", k.name, v), q)
		}
	}
}
