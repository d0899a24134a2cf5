package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/numbers"
)

// TestConverts checks which amounts in brackets are conversions of the
// amount before them: the bracket holds only the amount, with its
// qualifier, or a word of data/conversion.tsv before it; after a comma,
// a word of the file.
func TestConverts(t *testing.T) {
	tests := []struct {
		text string
		lang language.Tag
		want bool
	}{
		{"350 triệu yên (khoảng 2,3 triệu USD)", language.Vietnamese, true},
		{"350 triệu yên (tương đương 2,3 triệu USD)", language.Vietnamese, true},
		{"350 triệu yên (tương đương khoảng 2,3 triệu USD)", language.Vietnamese, true},
		{"¥350 million (US$2.3 million)", language.English, true},
		{"¥350 million (equivalent to US$2.3 million)", language.English, true},
		{"¥350 million (of which US$2.3 million in cash)", language.English, false},
		{"¥350 million and US$2.3 million", language.English, false},
		{"350 triệu USD (2,3 triệu USD)", language.Vietnamese, false}, // the same currency
		{"1,9 triệu rupee, tương đương khoảng 22.600 USD", language.Vietnamese, true},
		{"1.9 million rupees, the equivalent of $22,600", language.English, true},
		{"VND6,120 trillion, or US$235 billion", language.English, true},
		{"¥350 million, US$2.3 million", language.English, false}, // a list, maybe
		{"¥350 million, or 20% of the budget", language.English, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ms := numbers.Extract(tt.text, tt.lang)
			if !assert.Len(t, ms, 2) {
				return
			}
			assert.Equal(t, tt.want, converts(tt.text, &ms[0], &ms[1]))
		})
	}
}
