package numbers

import (
	"iter"
	"strings"
)

// tabRows yields the rows of a tab-separated list file with their line
// numbers (from 1), skipping blank lines and comments (#).
func tabRows(data string) iter.Seq2[int, []string] {
	return func(yield func(int, []string) bool) {
		n := 0
		for line := range strings.Lines(data) {
			n++
			line = strings.TrimRight(line, "\r\n")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !yield(n, strings.Split(line, "\t")) {
				return
			}
		}
	}
}
