package align

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// BenchmarkCorpus aligns every talk of the IWSLT'15 TED corpus re-split
// into sentences (../shared/corpora, next to the module root) in one
// goroutine, as examples/align -presegmented does, and reports the
// sentences of both sides aligned per second.
func BenchmarkCorpus(b *testing.B) {
	dir := corpusDir("iwslt15-ted-envi-resplit")
	if dir == "" {
		b.Skip("corpus not found in ../shared/corpora")
	}
	docs := readCorpus(b, dir)
	sents := 0
	for _, d := range docs {
		sents += d.nsents
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			Sentences(d.a, d.b)
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	// The same per second of CPU time used by the process (all threads,
	// the garbage collector included), a figure that other programs
	// running on the machine lower less.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(sents)*float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
	}
}

// BenchmarkLength aligns one talk repeated 1, 10 and 100 times, to show
// that the cost grows linearly with the length of the documents: the
// ns/sentence metric stays flat.
func BenchmarkLength(b *testing.B) {
	dir := corpusDir("iwslt15-ted-envi-resplit")
	if dir == "" {
		b.Skip("corpus not found in ../shared/corpora")
	}
	var talk corpusDoc
	for _, d := range readCorpus(b, dir) {
		if d.nsents > talk.nsents && d.nsents < 300 {
			talk = d // a talk of median length or so
		}
	}
	for _, times := range []int{1, 10, 100} {
		var a, bb []Sentence
		for range times {
			a = append(a, talk.a...)
			bb = append(bb, talk.b...)
		}
		n := len(a) + len(bb)
		b.Run(fmt.Sprintf("size=%dx/sentences=%d", times, n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Sentences(a, bb)
			}
			b.ReportMetric(b.Elapsed().Seconds()*1e9/float64(b.N)/float64(n), "ns/sentence")
		})
	}
}

// BenchmarkSegment segments a news-like text of about 1 MB.
func BenchmarkSegment(b *testing.B) {
	para := "Chiều 30/1, TS. Nguyễn Văn An cho biết cả nước có 4.400 dự án với tổng vốn 1,5 tỷ USD. " +
		"“Đây là kết quả tốt”, ông nói. Tốc độ tăng trưởng đạt 8,02%, cao nhất trong 5 năm.\n\n"
	text := strings.Repeat(para, 1<<20/len(para))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(text, language.Vietnamese)
	}
}
