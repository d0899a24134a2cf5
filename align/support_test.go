package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestAgreeSupported checks that two figures of sentences the alignment
// did not pair tie them when each answers a figure of the other: a
// rounded one agrees, and one a keystroke off is a conflict; a single
// rounded figure ties nothing.
func TestAgreeSupported(t *testing.T) {
	tests := []struct {
		name, vi, en string
		agree        string // "vi | en" that must agree
		conflict     string // "vi | en" that must conflict, or ""
	}{
		{
			name: "a rounded count ties a count one keystroke off",
			vi: "Chứng khoán tăng mạnh phiên thứ ba.\n\nThanh khoản giảm so với phiên trước.\n\n" +
				"Độ rộng thị trường nghiêng về bên bán với gần 230 mã giảm, trong khi bên tăng có 185 mã.",
			en: "Stocks rallied for a third session.\n\nLosers outnumbered winners 228 to 135 on the southern bourse.\n\n" +
				"Liquidity fell from the previous session.",
			agree:    "gần 230 | 228",
			conflict: "185 | 135",
		},
		{
			name: "the same figures unedited",
			vi: "Chứng khoán tăng mạnh phiên thứ ba.\n\nThanh khoản giảm so với phiên trước.\n\n" +
				"Độ rộng thị trường nghiêng về bên bán với gần 230 mã giảm, trong khi bên tăng có 135 mã.",
			en: "Stocks rallied for a third session.\n\nLosers outnumbered winners 228 to 135 on the southern bourse.\n\n" +
				"Liquidity fell from the previous session.",
			agree: "gần 230 | 228",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Compare(Document{Text: tt.vi, Lang: language.Vietnamese}, Document{Text: tt.en, Lang: language.English})
			require.NoError(t, err)
			var agrees, conflicts []string
			for _, f := range r.Facts {
				if f.A == nil || f.B == nil {
					continue
				}
				s := f.A.Text() + " | " + f.B.Text()
				switch f.Status {
				case Agree:
					agrees = append(agrees, s)
				case Conflict:
					conflicts = append(conflicts, s)
				}
			}
			assert.Contains(t, agrees, tt.agree)
			if tt.conflict == "" {
				assert.Empty(t, conflicts)
			} else {
				assert.Equal(t, []string{tt.conflict}, conflicts)
			}
		})
	}
}
