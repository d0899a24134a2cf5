package numbers

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestRankNouns checks that the data files map some word to each
// canonical rank noun, so that the constants name what Extract gives.
func TestRankNouns(t *testing.T) {
	found := map[string]bool{}
	err := fs.WalkDir(langFiles, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tsv") {
			return err
		}
		b, err := fs.ReadFile(langFiles, path)
		if err != nil {
			return err
		}
		for line := range strings.Lines(string(b)) {
			cols := strings.Split(strings.TrimSpace(line), "\t")
			found[cols[len(cols)-1]] = true
		}
		return nil
	})
	require.NoError(t, err)
	for _, n := range []string{RankTime, RankHalf, RankAnniversary} {
		assert.True(t, found[n], "no data file maps a word to %q", n)
	}
	var units []string
	for _, m := range Extract("He scored in the second half of the match, on the 30th anniversary, for the second time.", language.English) {
		units = append(units, m.Unit)
	}
	assert.Equal(t, []string{RankHalf, RankAnniversary, RankTime}, units)
	m := Extract("Bàn thắng ở hiệp 2.", language.Vietnamese)
	require.Len(t, m, 1)
	assert.Equal(t, RankHalf, m[0].Unit)
}
