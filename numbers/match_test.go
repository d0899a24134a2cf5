package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestHasPhrase checks the scan for the words of a match report: one word
// or two in a row, in any case, NFC or not.
func TestHasPhrase(t *testing.T) {
	for _, c := range []struct {
		lang string
		text string
		want bool
	}{
		{"en", "He scored in the 80th minute.", true},
		{"en", "They were level at Half-Time.", true},
		{"en", "Exports rose in the second half.", false},
		{"vi", "Hai đội bước vào trận lượt về.", true},
		{"vi", "Hai đội bước vào tra\u0323\u0302n lượt về.", true},
		{"vi", "Vé lượt đi đã bán hết.", false},
		{"vi", "", false},
	} {
		t.Run(c.text, func(t *testing.T) {
			lx := langVi.lex
			if c.lang == "en" {
				lx = langEn.lex
			}
			assert.Equal(t, c.want, hasPhrase(c.text, lx.matchWords))
		})
	}
}

// TestMatchRanks checks that legs, halves and streaks give the same rank
// and unit in both languages.
func TestMatchRanks(t *testing.T) {
	for _, c := range []struct {
		vi, en string
		value  int64
		unit   string
	}{
		{"Đội khách ghi bàn trong trận lượt đi", "The visitors scored a goal in the first leg", 1, "leg"},
		{"Trận lượt về, đội nhà ghi bàn", "In the second leg the hosts scored a goal", 2, "leg"},
		{"Tiền đạo ghi bàn ở hiệp hai", "The striker scored in the second half", 2, "half"},
		{"Chỉ số tăng phiên thứ năm liên tiếp", "The index rose for the fifth straight day", 5, "session"},
		{"VN-Index giảm phiên thứ 5 liên tiếp", "The VN-Index fell for the fifth consecutive session", 5, "session"},
	} {
		t.Run(c.en, func(t *testing.T) {
			for _, in := range []struct {
				tag  language.Tag
				text string
			}{{language.Vietnamese, c.vi}, {language.English, c.en}} {
				var ords []Mention
				for _, m := range Extract(in.text, in.tag) {
					if m.Kind == Ordinal {
						ords = append(ords, m)
					}
				}
				require.Len(t, ords, 1, in.text)
				assert.Equal(t, decimalOf(c.value), ords[0].Value, in.text)
				assert.Equal(t, c.unit, ords[0].Unit, in.text)
			}
		})
	}
}
