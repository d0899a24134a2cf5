package align

import (
	"os"
	"path/filepath"
	"strings"
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

func TestDetectLanguageConfidence(t *testing.T) {
	tests := []struct {
		text string
		lang string
		low  bool
	}{
		{"Năm 2025, Hải Phòng đón 4.400 tàu container và hơn 12 triệu tấn hàng.", "vi", false},
		{"In 2025, Hải Phòng received 4,400 container ships and more than 12 million tonnes of cargo.", "en", false},
		{"Hà Nội 2026", "vi", true},
		{"Hanoi 2026", "en", true},
		{"", "en", true},
	}
	for _, tt := range tests {
		lang, conf := detectLanguage(tt.text)
		assert.Equal(t, tt.lang, lang.String(), tt.text)
		assert.Equal(t, tt.low, conf < LowConfidence, "%q: %v", tt.text, conf)
		assert.Equal(t, lang, DetectLanguage(tt.text))
	}
	r, err := Compare(Document{Text: "Hà Nội 2026"}, Document{Text: "Hanoi 2026"})
	require.NoError(t, err)
	var b strings.Builder
	require.NoError(t, r.WriteText(&b))
	assert.Contains(t, b.String(), "guessed with low confidence")
}
