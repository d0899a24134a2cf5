package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestWritten checks that each mention says whether it writes its value
// with digits, with words alone or by the article alone.
func TestWritten(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		text string
		want Written
	}{
		{language.Vietnamese, "4.400 dự án", WrittenDigits},
		{language.Vietnamese, "5 triệu người", WrittenDigits},
		{language.Vietnamese, "bốn nghìn dự án", WrittenWords},
		{language.Vietnamese, "Đại hội XIV", WrittenWords},
		{language.English, "five years", WrittenWords},
		{language.English, "the 21st", WrittenDigits},
		{language.English, "１２ projects", WrittenDigits},
		{language.English, "a month early", WrittenArticle},
		{language.English, "about an hour", WrittenArticle},
		{language.English, "one month", WrittenWords},
		{language.English, "a million people", WrittenWords},
	} {
		ms := Extract(c.text, c.lang)
		require.Len(t, ms, 1, c.text)
		assert.Equal(t, c.want, ms[0].Written, c.text)
	}
}
