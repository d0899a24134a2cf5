package align

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// varyDigits changes the last digit of every run of digits by c, the same
// way on both sides, so that copies of an article are different stories
// whose facts still agree.
func varyDigits(s string, c int) string {
	if c == 0 {
		return s
	}
	b := []byte(s)
	for i := range b {
		if b[i] >= '0' && b[i] <= '9' && (i+1 == len(b) || b[i+1] < '0' || b[i+1] > '9') {
			b[i] = '0' + (b[i]-'0'+byte(c))%10
		}
	}
	return string(b)
}

// pairTexts returns the bodies of the article pairs of testdata/pairs,
// without their date lines, repeated until the Vietnamese side has at
// least n sentences; each copy has its figures changed (varyDigits).
func pairTexts(tb testing.TB, n int) (vi, en string) {
	tb.Helper()
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*", "vi.txt"))
	if err != nil || len(dirs) == 0 {
		tb.Fatalf("no article pairs: %v", err)
	}
	var bv, be strings.Builder
	sentences := 0
	for c := 0; sentences < n; c++ {
		for _, p := range dirs {
			v, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			e, err := os.ReadFile(filepath.Join(filepath.Dir(p), "en.txt"))
			if err != nil {
				tb.Fatal(err)
			}
			_, body, _ := Header(string(v))
			bv.WriteString(varyDigits(string(v)[body:], c) + "\n\n")
			_, body, _ = Header(string(e))
			be.WriteString(varyDigits(string(e)[body:], c) + "\n\n")
			sentences += len(Segment(string(v)[body:], language.Vietnamese))
			if sentences >= n {
				break
			}
		}
	}
	return "date 2026-05-14\n\n" + bv.String(), "date 2026-05-14\n\n" + be.String()
}

// BenchmarkCompare compares a pair of about 1,000 Vietnamese sentences, and
// shorter and longer pairs to show how the cost grows. The pair of 10,000
// sentences (about 2.3 MB) also reports the peak of the live heap
// (peak-heap-MB, sampled every millisecond), which bounds the memory of a
// process that compares it.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{100, 1000, 4000, 10000} {
		vi, en := pairTexts(b, n)
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(vi) + len(en)))
			b.ReportAllocs()
			var peak func() uint64
			if n >= 10000 {
				runtime.GC() // the peak is Compare's, not the garbage of the text's making
				peak = watchHeap()
			}
			for b.Loop() {
				if _, err := Compare(Document{Text: vi}, Document{Text: en}); err != nil {
					b.Fatal(err)
				}
			}
			if peak != nil {
				b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
			}
		})
	}
}

// FuzzCompare checks that Compare never panics and that its reports hold
// together: every fact and repeat points into its side's sentences and
// text, a fact's sides match its verdict, the summary counts the facts,
// and the other order gives the mirror.
func FuzzCompare(f *testing.F) {
	vi, en := pairTexts(f, 1)
	f.Add(vi, en)
	f.Add("Chiều 30/1, 4.400 dự án, 90 tỷ USD.", "On Friday, 4,500 projects, US$9 billion.")
	f.Add("", "x")
	f.Add("date 2026-01-30\n", "\xff")
	f.Fuzz(func(t *testing.T, a, b string) {
		r, err := Compare(Document{Text: a}, Document{Text: b})
		if err != nil {
			if r != nil {
				t.Fatal("a report with an error")
			}
			return
		}
		var sum Summary
		for _, fact := range r.Facts {
			check := func(it *Item, s Side) {
				if it == nil {
					return
				}
				if it.Sentence < 0 || it.Sentence >= len(s.Sentences) {
					t.Fatalf("sentence %d of %d", it.Sentence, len(s.Sentences))
				}
				st, end := it.Span()
				sen := s.Sentences[it.Sentence]
				if st < sen.Start || end > sen.End || st > end || !utf8.ValidString(s.Text[st:end]) {
					t.Fatalf("span %d:%d outside sentence %d:%d", st, end, sen.Start, sen.End)
				}
			}
			check(fact.A, r.A)
			check(fact.B, r.B)
			for _, it := range fact.AlsoA {
				check(it, r.A)
			}
			for _, it := range fact.AlsoB {
				check(it, r.B)
			}
			switch {
			case fact.Status == OnlyA && (fact.A == nil || fact.B != nil),
				fact.Status == OnlyB && (fact.B == nil || fact.A != nil),
				(fact.Status == Agree || fact.Status == Conflict) && (fact.A == nil || fact.B == nil):
				t.Fatalf("%v fact with sides %v, %v", fact.Status, fact.A != nil, fact.B != nil)
			}
			if fact.Why == "" {
				t.Fatal("a fact without a reason")
			}
			switch {
			case fact.Status == Agree:
				sum.Agree++
			case fact.Status == Conflict && fact.Suppressed:
				sum.Suppressed++
			case fact.Status == Conflict:
				sum.Conflict++
			case fact.Status == OnlyA:
				sum.OnlyA++
			case fact.Status == OnlyB:
				sum.OnlyB++
			}
		}
		if sum != r.Summary {
			t.Fatalf("summary %+v, facts count %+v", r.Summary, sum)
		}
		// The other order gives the mirror.
		m, err := Compare(Document{Text: b}, Document{Text: a})
		if err != nil {
			t.Fatalf("Compare(a, b) works but Compare(b, a) fails: %v", err)
		}
		want := Summary{Agree: sum.Agree, Conflict: sum.Conflict, OnlyA: sum.OnlyB, OnlyB: sum.OnlyA, Suppressed: sum.Suppressed}
		if m.Summary != want {
			t.Fatalf("Compare(b, a) summary %+v, want the mirror %+v", m.Summary, want)
		}
	})
}
