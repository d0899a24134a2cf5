package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// pairLinks aligns one article pair of ../testdata/pairs and returns the
// predicted and the gold sentence links (vi index, en index) in the
// numbering of vi.sents and en.sents.
func pairLinks(t testing.TB, dir string, opts ...Option) (pred, gold map[[2]int]bool) {
	var sides [2][]Sentence
	var maps [2][]int // segment index → .sents line, -1 if not found
	for k, name := range []string{"vi", "en"} {
		raw, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		lines, err := os.ReadFile(filepath.Join(dir, name+".sents"))
		if err != nil {
			t.Fatal(err)
		}
		lang := language.Vietnamese
		if name == "en" {
			lang = language.English
		}
		sides[k] = Segment(string(raw), lang)
		line := map[string]int{}
		for n, l := range strings.Split(strings.TrimRight(string(lines), "\n"), "\n") {
			line[l] = n
		}
		maps[k] = make([]int, len(sides[k]))
		for i, s := range sides[k] {
			n, ok := line[s.Text]
			if !ok {
				n = -1
			}
			maps[k][i] = n
		}
	}
	dA, _, _ := Header(readFile(t, filepath.Join(dir, "vi.txt")))
	dB, _, _ := Header(readFile(t, filepath.Join(dir, "en.txt")))
	opts = append([]Option{WithLanguages(language.Vietnamese, language.English), WithDates(dA, dB)}, opts...)
	pred = map[[2]int]bool{}
	for _, b := range Sentences(sides[0], sides[1], opts...) {
		for _, i := range b.A {
			for _, j := range b.B {
				if maps[0][i] >= 0 && maps[1][j] >= 0 {
					pred[[2]int{maps[0][i], maps[1][j]}] = true
				}
			}
		}
	}
	gold = map[[2]int]bool{}
	for _, b := range readBeads(t, filepath.Join(dir, "gold.tsv")) {
		for _, i := range b.A {
			for _, j := range b.B {
				gold[[2]int{i, j}] = true
			}
		}
	}
	return pred, gold
}

func readFile(t testing.TB, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// linkScores pools link precision and recall over the article pairs.
func linkScores(t testing.TB, opts ...Option) (p, r float64, per map[string][2]float64) {
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*", "gold.tsv"))
	hit, npred, ngold := 0, 0, 0
	per = map[string][2]float64{}
	for _, g := range dirs {
		dir := filepath.Dir(g)
		pred, gold := pairLinks(t, dir, opts...)
		h := 0
		for l := range pred {
			if gold[l] {
				h++
			}
		}
		per[filepath.Base(dir)] = [2]float64{ratio(h, len(pred)), ratio(h, len(gold))}
		hit += h
		npred += len(pred)
		ngold += len(gold)
	}
	return ratio(hit, npred), ratio(hit, ngold), per
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestPairs aligns the article pairs written for this project (a
// Vietnamese story and an English one written from it, with reordered
// paragraphs, merged and split sentences, dropped captions and added
// background) and checks the precision and recall of the sentence links
// against the hand-marked gold.tsv files.
func TestPairs(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*", "gold.tsv"))
	if len(dirs) == 0 {
		t.Skip("no article pairs in ../testdata/pairs")
	}
	for _, c := range []struct {
		name       string
		opts       []Option
		minP, minR float64
	}{
		// Floors a little under the measured figures (see README.md).
		{"auto", nil, 0.95, 0.95},
		{"comparable", []Option{WithMode(Comparable)}, 0.95, 0.95},
	} {
		p, r, per := linkScores(t, c.opts...)
		for name, pr := range per {
			t.Logf("%s %-28s P %.3f R %.3f", c.name, name, pr[0], pr[1])
		}
		t.Logf("%s: %d pairs, sentence links P %.3f R %.3f", c.name, len(per), p, r)
		if p < c.minP || r < c.minR {
			t.Errorf("%s: P %.3f R %.3f below the floor %.2f/%.2f", c.name, p, r, c.minP, c.minR)
		}
	}
}
