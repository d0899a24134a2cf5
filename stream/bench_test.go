package stream

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// BenchmarkFilter checks 20,000 segment pairs with two workers and
// reports pairs/s; memory per run stays that of the bounded queue.
func BenchmarkFilter(b *testing.B) {
	var sb strings.Builder
	const n = 20000
	for i := range n {
		v := strconv.Itoa(1000 + i%9000)
		sb.WriteString("Năm 2025, Singapore có " + v[:1] + "." + v[1:] + " dự án với tổng vốn khoảng 90 tỷ USD.\t")
		sb.WriteString("In 2025, Singapore had " + v[:1] + "," + v[1:] + " projects worth about US$90 billion.\n")
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(strings.NewReader(in), io.Discard, Options{Workers: 2, Filter: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkFilterTED checks the line pairs of the IWSLT'15 TED talks
// (../shared/corpora/iwslt15-ted-envi, next to the module root), 6,431
// pairs of real segments most of which hold no figure, in one worker:
// pairs/s is what one core filters of such a corpus.
func BenchmarkFilterTED(b *testing.B) {
	in, n := tedPairs(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(strings.NewReader(in), io.Discard, Options{Workers: 1, Filter: true, LangA: language.Vietnamese, LangB: language.English}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// tedPairs returns the TED corpus's line pairs as A<TAB>B lines, and how
// many there are.
func tedPairs(b *testing.B) (string, int) {
	talks, err := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "iwslt15-ted-envi", "*"))
	if err != nil || len(talks) == 0 {
		b.Skip("the TED corpus is not in ../shared/corpora next to the module root")
	}
	var sb strings.Builder
	n := 0
	for _, talk := range talks {
		vi, errA := os.ReadFile(filepath.Join(talk, "vi.txt"))
		en, errB := os.ReadFile(filepath.Join(talk, "en.txt"))
		if errA != nil || errB != nil {
			b.Fatalf("%s: %v %v", talk, errA, errB)
		}
		as, bs := strings.Split(strings.TrimSuffix(string(vi), "\n"), "\n"), strings.Split(strings.TrimSuffix(string(en), "\n"), "\n")
		if len(as) != len(bs) {
			b.Fatalf("%s: %d lines against %d", talk, len(as), len(bs))
		}
		for i := range as {
			sb.WriteString(as[i] + "\t" + bs[i] + "\n")
		}
		n += len(as)
	}
	return sb.String(), n
}
