package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestChangeInWords checks that a small number in words after a verb of
// change takes the unit of the subject in both languages, and that the
// same count in digits or with its own noun keeps its unit.
func TestChangeInWords(t *testing.T) {
	for _, c := range []struct {
		lang  language.Tag
		text  string
		value int64
		unit  string
	}{
		{language.English, "The death toll rose by four.", 4, "death"},
		{language.Vietnamese, "Số người tử vong tăng thêm bốn.", 4, "death"},
		{language.English, "Cases were down by two.", 2, "case"},
		{language.Vietnamese, "Số ca nhiễm giảm thêm hai.", 2, "case"},
		{language.English, "The number of missing people was up by three.", 3, "missing"},
		{language.Vietnamese, "Số người chết tăng thêm 4 người.", 4, "person"},
		{language.English, "It rose by four.", 4, ""},
		{language.English, "Nine deaths were reported.", 9, "death"},
		{language.Vietnamese, "Có 9 trường hợp tử vong.", 9, "death"},
	} {
		t.Run(c.text, func(t *testing.T) {
			ms := Extract(c.text, c.lang)
			require.Len(t, ms, 1)
			assert.Equal(t, decimalOf(c.value), ms[0].Value)
			assert.Equal(t, c.unit, ms[0].Unit)
		})
	}
}

// TestChange checks what an amount after a verb of change states: the
// change itself or the level reached, or neither.
func TestChange(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		in   string
		want Change
	}{
		{language.Vietnamese, "Bị cáo được giảm 3 năm tù.", ChangeBy},
		{language.Vietnamese, "Án giảm xuống 9 năm tù.", ChangeTo},
		{language.Vietnamese, "Giá xăng giảm còn 20.000 đồng.", ChangeTo},
		{language.Vietnamese, "Xuất khẩu tăng 12%.", ChangeBy},
		{language.Vietnamese, "Xuất khẩu đạt 12 tỷ USD.", NoChange},
		{language.English, "The sentence was cut to nine years.", ChangeTo},
		{language.English, "Exports rose by 12 percent.", ChangeBy},
		{language.English, "Exports reached $12 billion.", NoChange},
		{language.English, "Inflation edges up to 3.27%.", ChangeTo},
		{language.English, "Tickets cost up to $50.", NoChange},
	} {
		ms := Extract(c.in, c.lang)
		require.NotEmpty(t, ms, c.in)
		assert.Equal(t, c.want, ms[0].Change, c.in)
	}
}
