package floor_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/factalign/factalign/internal/floor"
)

func TestScan(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Vốn 12,4 tỷ USD; 90 Billion, 3 tháng.", 2 + 2 + 4},
		{"", 0},
		{"\xff tỷ", 2},
	} {
		assert.Equal(t, c.want, floor.Scan(c.text, nil), c.text)
	}
	buf := make([]byte, 0, 64)
	assert.Zero(t, testing.AllocsPerRun(10, func() { floor.Scan("90 billion USD", buf) }))
}

func BenchmarkScan(b *testing.B) {
	text := strings.Repeat("Vốn FDI đạt 12,4 tỷ USD trong 3 tháng đầu năm. ", 1<<14)
	buf := make([]byte, 0, 64)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		floor.Scan(text, buf)
	}
}

func ExampleScan() {
	fmt.Println(floor.Scan("90 tỷ USD, 3 tháng", nil))
	// Output: 6
}
