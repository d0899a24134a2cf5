package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestRest checks which counts are marked as the rest of a whole, by a
// word of rest_words.tsv in each of its places, and which are not.
func TestRest(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		text string
		want string // the mention's text
		rest bool
	}{
		{language.English, "The 13 other defendants received sentences.", "13 other defendants", true},
		{language.English, "The other 13 defendants received sentences.", "13 defendants", true},
		{language.English, "The remaining 120 patients are stable.", "120 patients", true},
		{language.English, "Three other people were hurt.", "Three other people", true},
		{language.English, "Thirteen people were hurt.", "Thirteen people", false},
		{language.English, "Four others were hurt.", "Four", true},
		{language.English, "A further 824 houses were flooded.", "824 houses", true},
		{language.English, "In other news, 13 people were hurt.", "13 people", false},
		{language.Vietnamese, "13 bị cáo khác nhận án.", "13 bị cáo", true},
		{language.Vietnamese, "120 bệnh nhân còn lại ổn định.", "120 bệnh nhân", true},
		{language.Vietnamese, "13 người bị thương.", "13 người bị thương", false},
		{language.Vietnamese, "Có 13 tỉnh khác nhau tham gia.", "13 tỉnh", false},
		{language.Vietnamese, "Có 13 hộ dân, khác hẳn mọi khi.", "13 hộ dân", false},
	} {
		ms := Extract(c.text, c.lang)
		require.Len(t, ms, 1, c.text)
		assert.Equal(t, c.want, ms[0].Text, c.text)
		assert.Equal(t, c.rest, ms[0].Rest, c.text)
	}
}
