package numbers

import (
	"testing"

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
