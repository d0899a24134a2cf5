package align

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// hostilePatterns are the documents an attacker or a broken export sends:
// each is one unit repeated, most of them as one endless sentence.
var hostilePatterns = []struct{ name, unit string }{
	{"dotted", "1."},                        // one dotted run: no figure at all
	{"ones", "1 "},                          // a figure every two bytes
	{"percents", "5% "},                     // a percentage every three bytes
	{"dates", "30/1 "},                      // a date every five bytes
	{"words", "một hai ba "},                // numbers in words
	{"names", "Việt Nam và Hà Nội "},        // a name every few words
	{"endless", "các dự án tăng mạnh "},     // one sentence of plain words
	{"control", "\x1b]0;x\x07 4.400 \x00 "}, // terminal codes and NULs between figures
	{"sentences", "Có 7 dự án. "},           // a short sentence, over and over
	{"huge number", "9.999.999.999.999.999 nghìn tỷ "},
}

// hostileText returns the pattern's unit repeated to about n bytes.
func hostileText(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// TestHostile compares each hostile pattern, at 64 KB, against a news
// article: no error, offsets inside the texts, and reports no larger
// than a bounded multiple of the input (the benchmark runs the same
// patterns at 1 to 16 MB).
func TestHostile(t *testing.T) {
	_, en := pairTexts(t, 20)
	for _, p := range hostilePatterns {
		t.Run(p.name, func(t *testing.T) {
			vi := hostileText(p.unit, 64<<10)
			r, err := Compare(Document{Text: vi, Lang: language.Vietnamese}, Document{Text: en, Lang: language.English})
			require.NoError(t, err)
			inside := func(it *Item, text string) {
				if it != nil {
					s, e := it.Span()
					assert.True(t, 0 <= s && s <= e && e <= len(text), "span %d:%d of %d bytes", s, e, len(text))
				}
			}
			for _, f := range r.Facts {
				inside(f.A, vi)
				inside(f.B, en)
			}
			var text, js, html bytes.Buffer
			require.NoError(t, r.WriteText(&text))
			require.NoError(t, r.WriteJSON(&js))
			require.NoError(t, r.WriteHTML(&html))
			// A report grows with the facts; the worst pattern, a fact in
			// every twelve bytes ("sentences"), costs 7, 16 and 31 times
			// its input in text, JSON and HTML.
			in := len(vi) + len(en)
			assert.LessOrEqual(t, text.Len(), 8*in, "text report")
			assert.LessOrEqual(t, js.Len(), 20*in, "JSON report")
			assert.LessOrEqual(t, html.Len(), 40*in, "HTML report")
		})
	}
}

// BenchmarkHostile compares each hostile pattern at 1, 2, 4, 8 and 16 MB
// against a news article, with the size limit lifted: ns/op and
// peak-heap-MB should about double from one size to the next (issue 15
// asks for a ratio of at most 2.2).
// Run: go test -run '^$' -bench Hostile -benchtime 1x ./align
func BenchmarkHostile(b *testing.B) {
	_, en := pairTexts(b, 20)
	for _, p := range hostilePatterns {
		for _, mb := range []int{1, 2, 4, 8, 16} {
			b.Run(fmt.Sprintf("%s/MB=%d", strings.ReplaceAll(p.name, " ", "-"), mb), func(b *testing.B) {
				vi := hostileText(p.unit, mb<<20)
				b.SetBytes(int64(len(vi)))
				runtime.GC() // the peak is Compare's, not the garbage of the runs before
				peak := watchHeap()
				for b.Loop() {
					if _, err := Compare(Document{Text: vi, Lang: language.Vietnamese}, Document{Text: en, Lang: language.English}, WithMaxSize(0)); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
			})
		}
	}
}
