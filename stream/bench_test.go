package stream

import (
	"io"
	"strconv"
	"strings"
	"testing"
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
