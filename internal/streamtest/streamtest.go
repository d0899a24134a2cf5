// Package streamtest holds what the tests of package stream and of the
// stream modes of factcheck share: made-up segment pairs and a reader
// that stops a run half-way. It is imported by tests only.
package streamtest

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// Pairs returns n tab-separated lines A<TAB>B<TAB>id, one in seven with
// the English figure one more than the Vietnamese: a conflict.
func Pairs(n int) string {
	var sb strings.Builder
	for i := range n {
		b := i
		if i%7 == 0 {
			b++
		}
		fmt.Fprintf(&sb, "Có %d dự án mới.\tThere are %d new projects.\tp%d\n", i, b, i)
	}
	return sb.String()
}

// CancelAfter is a reader that calls Cancel once it has given N bytes of
// R: Ctrl-C in the middle of a run.
type CancelAfter struct {
	R      io.Reader
	N      int
	Cancel context.CancelFunc
}

func (c *CancelAfter) Read(p []byte) (int, error) {
	n, err := c.R.Read(p)
	if c.N -= n; c.N <= 0 {
		c.Cancel()
	}
	return n, err
}
