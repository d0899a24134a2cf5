package align

import (
	"math"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

var fuzzLangs = []language.Tag{language.Vietnamese, language.English, language.Und, language.French}

func FuzzSegment(f *testing.F) {
	for _, c := range readSegmentCases(f) {
		f.Add(c.input, uint8(0))
	}
	f.Add("date 2026-01-30\n\nA. B.\n\nẢnh: X", uint8(1))
	f.Add("\xff\xfe. A\u00a0. B…“C”", uint8(2))
	f.Fuzz(func(t *testing.T, text string, lang uint8) {
		ss := Segment(text, fuzzLangs[int(lang)%len(fuzzLangs)])
		checkSentences(t, text, ss)
		para := 0
		for i, s := range ss {
			if s.Kind > Byline {
				t.Fatalf("sentence %d: kind %d", i, s.Kind)
			}
			if s.Paragraph < para {
				t.Fatalf("sentence %d: paragraph %d after %d", i, s.Paragraph, para)
			}
			para = s.Paragraph
		}
	})
}

// checkBeads checks that beads cover every sentence of both sides exactly
// once, with sorted, non-empty beads and sane scores; in Monotonic mode
// also that the beads are consecutive and in order.
func checkBeads(t testing.TB, beads []Bead, na, nb int, monotonic bool) {
	t.Helper()
	seenA := make([]int, na)
	seenB := make([]int, nb)
	nextA, nextB := 0, 0
	for k, b := range beads {
		if len(b.A) == 0 && len(b.B) == 0 {
			t.Fatalf("bead %d is empty", k)
		}
		if !slices.IsSorted(b.A) || !slices.IsSorted(b.B) {
			t.Fatalf("bead %d not sorted: %v", k, b)
		}
		if math.IsNaN(b.Score) || b.Score < 0 || b.Score > 1 {
			t.Fatalf("bead %d: score %v", k, b.Score)
		}
		if (len(b.A) == 0 || len(b.B) == 0) && b.Score != 0 {
			t.Fatalf("bead %d: 1-0 or 0-1 with score %v", k, b.Score)
		}
		for _, i := range b.A {
			if i < 0 || i >= na {
				t.Fatalf("bead %d: index %d of %d", k, i, na)
			}
			seenA[i]++
			if monotonic {
				if i != nextA {
					t.Fatalf("bead %d: A index %d, want %d", k, i, nextA)
				}
				nextA++
			}
		}
		for _, j := range b.B {
			if j < 0 || j >= nb {
				t.Fatalf("bead %d: index %d of %d", k, j, nb)
			}
			seenB[j]++
			if monotonic {
				if j != nextB {
					t.Fatalf("bead %d: B index %d, want %d", k, j, nextB)
				}
				nextB++
			}
		}
	}
	for i, n := range seenA {
		if n != 1 {
			t.Fatalf("A sentence %d in %d beads", i, n)
		}
	}
	for j, n := range seenB {
		if n != 1 {
			t.Fatalf("B sentence %d in %d beads", j, n)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Giá vàng tăng 5%.\nNgười dân đổ xô đi mua.", "Gold rose 5%.\nPeople rushed to buy.", uint8(0), false)
	f.Add("Một.\nHai.\nBa.", "", uint8(1), true)
	f.Add("A\nB\nC\nD\nE", "a b c d e f g h", uint8(2), false)
	f.Add("date 2026-01-30\n\nTựa đề\n\nChiều 30/1, 4.400 dự án. Ảnh: TTXVN", "Title\n\nOn Friday, 4,400 projects.", uint8(0), true)
	f.Add("\xff\n\n\n", "x\x00y\n", uint8(2), false)
	f.Fuzz(func(t *testing.T, a, b string, mode uint8, raw bool) {
		var sa, sb []Sentence
		if raw {
			sa, sb = Segment(a, language.Vietnamese), Segment(b, language.English)
		} else {
			for l := range strings.Lines(a) {
				sa = append(sa, Sentence{Text: l})
			}
			for l := range strings.Lines(b) {
				sb = append(sb, Sentence{Text: l})
			}
		}
		m := Mode(mode % 3)
		beads := Sentences(sa, sb, WithMode(m))
		checkBeads(t, beads, len(sa), len(sb), m == Monotonic)
	})
}

// TestSentencesInvariants checks the bead invariants on the corpora and
// the article pairs in every mode.
func TestSentencesInvariants(t *testing.T) {
	if dir := corpusDir("iwslt15-ted-envi-resplit"); dir != "" {
		docs := readCorpus(t, dir)
		for _, d := range docs[:min(5, len(docs))] {
			for _, m := range []Mode{Auto, Monotonic, Comparable} {
				checkBeads(t, Sentences(d.a, d.b, WithMode(m)), len(d.a), len(d.b), m == Monotonic)
			}
		}
	}
	for _, c := range []struct{ na, nb int }{{0, 0}, {0, 3}, {2, 0}, {1, 1}, {1, 30}, {30, 1}} {
		var a, b []Sentence
		for range c.na {
			a = append(a, Sentence{Text: "Một câu."})
		}
		for range c.nb {
			b = append(b, Sentence{Text: "A sentence."})
		}
		for _, m := range []Mode{Auto, Monotonic, Comparable} {
			checkBeads(t, Sentences(a, b, WithMode(m)), c.na, c.nb, m == Monotonic)
		}
	}
}

// TestConcurrentUse runs Segment and Sentences from several goroutines
// at once (run it with -race).
func TestConcurrentUse(t *testing.T) {
	vi := "date 2026-01-30\n\nGiá vàng tăng\n\nChiều 30/1, giá vàng tăng 5%. Người dân xếp hàng tại Hà Nội.\n\nẢnh: TTXVN"
	en := "Gold rises\n\nGold rose 5% on Friday. People queued in Hà Nội."
	want := Sentences(Segment(vi, language.Vietnamese), Segment(en, language.English))
	done := make(chan []Bead)
	for range 8 {
		go func() {
			done <- Sentences(Segment(vi, language.Vietnamese), Segment(en, language.English))
		}()
	}
	for range 8 {
		if got := <-done; !slices.EqualFunc(got, want, func(x, y Bead) bool {
			return slices.Equal(x.A, y.A) && slices.Equal(x.B, y.B) && x.Score == y.Score
		}) {
			t.Fatalf("concurrent result %v, want %v", got, want)
		}
	}
}
