package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestSegmentPairs checks Segment against the hand-made sentence files
// of the article pairs in ../testdata/pairs.
func TestSegmentPairs(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*"))
	for _, dir := range dirs {
		for _, side := range []struct {
			name string
			lang language.Tag
		}{{"vi", language.Vietnamese}, {"en", language.English}} {
			raw, err := os.ReadFile(filepath.Join(dir, side.name+".txt"))
			if err != nil {
				continue
			}
			want, err := os.ReadFile(filepath.Join(dir, side.name+".sents"))
			require.NoError(t, err)
			t.Run(filepath.Base(dir)+"/"+side.name, func(t *testing.T) {
				var got []string
				for _, s := range Segment(string(raw), side.lang) {
					got = append(got, s.Text)
				}
				assert.Equal(t, strings.TrimRight(string(want), "\n"), strings.Join(got, "\n"))
			})
		}
	}
}
