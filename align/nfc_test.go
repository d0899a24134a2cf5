package align

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestCompareNFD checks that a Vietnamese version stored decomposed (NFD)
// gives the verdicts of the composed one, with offsets into the text as
// given.
func TestCompareNFD(t *testing.T) {
	dir := filepath.Join("..", "testdata", "pairs", "fdi-q1")
	vi, err := os.ReadFile(filepath.Join(dir, "vi.txt"))
	require.NoError(t, err)
	en, err := os.ReadFile(filepath.Join(dir, "en.txt"))
	require.NoError(t, err)
	nfd := norm.NFD.String(string(vi))
	require.NotEqual(t, string(vi), nfd)

	want, err := Compare(Document{Text: string(vi)}, Document{Text: string(en)})
	require.NoError(t, err)
	got, err := Compare(Document{Text: nfd}, Document{Text: string(en)})
	require.NoError(t, err)

	assert.Equal(t, want.A.Lang, got.A.Lang)
	assert.Equal(t, want.Summary, got.Summary)
	require.Len(t, got.Facts, len(want.Facts))
	for i, f := range got.Facts {
		assert.Equal(t, want.Facts[i].Status, f.Status)
		if f.A == nil {
			continue
		}
		start, end := f.A.Span()
		assert.Equal(t, norm.NFC.String(nfd[start:end]), norm.NFC.String(f.A.Text()), "fact %d offsets index the NFD text", i)
	}
	assert.Equal(t, nfd, got.A.Text)
}
