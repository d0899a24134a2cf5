package align

import (
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"testing"
)

// countingWriter counts the bytes written to it and keeps none, so that
// a writer's benchmark measures the writer and not a buffer's growth.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// BenchmarkWrite writes the report of BenchmarkCompare's pairs of 1,000
// and 10,000 sentences in each format; the speed is in bytes written. The
// 10,000-sentence runs also report the peak of the live heap above the
// report itself (extra-heap-MB): what the writer holds besides its output.
func BenchmarkWrite(b *testing.B) {
	writers := []struct {
		name  string
		write func(*Report, io.Writer) error
	}{
		{"text", (*Report).WriteText},
		{"json", (*Report).WriteJSON},
		{"html", (*Report).WriteHTML},
		{"csv", func(r *Report, w io.Writer) error { return r.WriteCSV(w, ',') }},
	}
	for _, n := range []int{1000, 10000} {
		vi, en := pairTexts(b, n)
		r, err := Compare(Document{Text: vi}, Document{Text: en})
		if err != nil {
			b.Fatal(err)
		}
		for _, wr := range writers {
			b.Run(fmt.Sprintf("format=%s/sentences=%d", wr.name, n), func(b *testing.B) {
				var size countingWriter
				if err := wr.write(r, &size); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(size.n)
				b.ReportAllocs()
				var peak func() uint64
				var base uint64
				if n >= 10000 {
					runtime.GC()
					base = liveHeap()
					peak = watchHeap()
				}
				for b.Loop() {
					if err := wr.write(r, io.Discard); err != nil {
						b.Fatal(err)
					}
				}
				if peak != nil {
					top := peak()
					b.ReportMetric(float64(top-min(base, top))/(1<<20), "extra-heap-MB")
				}
			})
		}
	}
}

// liveHeap returns the bytes of heap objects now, the metric watchHeap
// samples.
func liveHeap() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}
