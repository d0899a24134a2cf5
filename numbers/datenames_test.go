package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestNamesDate checks the months and weekdays a text names, as each
// language writes them, and the words that only look like them.
func TestNamesDate(t *testing.T) {
	for _, tc := range []struct {
		text string
		lang language.Tag
		want bool
	}{
		{"The two sides talked on Friday.", language.English, true},
		{"Exports rose in Sept and Jan.", language.English, true},
		{"They will march on.", language.English, false},
		{"Prices may rise.", language.English, false},
		{"Hai bên điện đàm chiều thứ Sáu.", language.Vietnamese, true},
		{"Thứ Hai: màu sắc là chủ đạo.", language.Vietnamese, true},
		{"Cuộc họp vào chủ nhật tới.", language.Vietnamese, true},
		{"Họ ở đó trong tháng Giêng.", language.Vietnamese, true},
		{"Ba Đình đón hai đoàn khách.", language.Vietnamese, false},
		{"Năm nay kinh tế tăng trưởng.", language.Vietnamese, false},
		{"Le vendredi.", language.French, false},
	} {
		assert.Equal(t, tc.want, NamesDate(tc.text, tc.lang), tc.text)
	}
}
