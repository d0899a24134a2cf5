package numbers

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/factalign/factalign/internal/floor"
)

// BenchmarkFloor is internal/floor's pass on the texts of
// BenchmarkExtract: the speed goals of extraction are ratios to it
// (numbers ≥ 0.5× in Vietnamese and ≥ 0.28× in English), so that they
// hold on any machine.
func BenchmarkFloor(b *testing.B) {
	for _, c := range []struct {
		name string
		text func() string
	}{
		{"lang=vi/text=news", func() string { return pairsText(b, "vi", 1<<20) }},
		{"lang=en/text=news", func() string { return pairsText(b, "en", 1<<20) }},
		{"lang=vi/text=dense", func() string { return newsText(true, 1<<20) }},
		{"lang=en/text=dense", func() string { return newsText(false, 1<<20) }},
	} {
		text := c.text()
		buf := make([]byte, 0, 64)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				floor.Scan(text, buf)
			}
		})
	}
}

// BenchmarkStages times the first stages of Extract alone on the texts
// of BenchmarkExtract, to show what bounds its speed: "tokenize" folds
// the text and splits it into classified tokens (each word looked up once
// in the language's index), "candidates" adds the test of each token
// (mayStart) that decides whether any rule is tried there. The rules'
// own cost is Extract's time less these.
func BenchmarkStages(b *testing.B) {
	vi, en := langOf(language.Vietnamese), langOf(language.English)
	for _, c := range []struct {
		name string
		text func() string
		lang *langData
	}{
		{"lang=vi/text=news", func() string { return pairsText(b, "vi", 1<<20) }, vi},
		{"lang=en/text=news", func() string { return pairsText(b, "en", 1<<20) }, en},
	} {
		text := c.text()
		for _, stage := range []string{"tokenize", "candidates"} {
			b.Run(c.name+"/stage="+stage, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				n := 0
				for b.Loop() {
					n = scanStages(text, c.lang, stage == "candidates")
				}
				if n == 0 {
					b.Fatal("no tokens")
				}
			})
		}
	}
}

// scanStages folds and tokenizes text line by line as run does and, with
// candidates, tests every token with mayStart. It returns the number of
// tokens (or of candidates) so that the work is not optimised away.
func scanStages(text string, l *langData, candidates bool) int {
	folded, _ := foldText(text)
	s := scanner{text: folded, lang: l, vi: l.conv.viRules}
	s.toks = make([]token, 0, min(len(folded), maxChunk)/5+8)
	n := 0
	for from := 0; from < len(folded); {
		to, next := lineAt(folded, from)
		s.tokenize(from, to)
		if !candidates {
			n += len(s.toks)
		}
		for i := range s.toks {
			if candidates && s.mayStart(i) {
				n++
			}
		}
		from = next
	}
	return n
}
