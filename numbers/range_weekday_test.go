package numbers

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestRangeWeekday checks the weekday a DateRange carries: the one its
// first end names, else the one its second end names, else none.
func TestRangeWeekday(t *testing.T) {
	ref := WithReference(time.Date(2026, 9, 9, 0, 0, 0, 0, time.UTC)) // a Wednesday
	for _, c := range []struct {
		lang    language.Tag
		in      string
		span    string // the range's text
		weekday time.Weekday
		has     bool
	}{
		{language.Vietnamese, "Triển lãm mở cửa từ thứ Ba đến thứ Bảy tuần sau.", "từ thứ Ba đến thứ Bảy tuần sau", time.Tuesday, true},
		{language.Vietnamese, "Cầu đóng từ Chủ nhật (13/9) đến thứ Tư (16/9).", "từ Chủ nhật (13/9) đến thứ Tư (16/9)", time.Sunday, true},
		{language.Vietnamese, "Đường cấm xe từ 14/9 đến thứ Sáu.", "từ 14/9 đến thứ Sáu", time.Friday, true},
		{language.Vietnamese, "Trường nghỉ từ 14/9 đến 18/9.", "từ 14/9 đến 18/9", 0, false},
		{language.English, "The bridge is shut from Sunday to Wednesday.", "from Sunday to Wednesday", time.Sunday, true},
		{language.English, "Talks run from September 14 to Friday.", "from September 14 to Friday", time.Friday, true},
		{language.English, "The course lasts three days starting next Monday.", "three days starting next Monday", time.Monday, true},
		{language.English, "Schools close from September 14 to 18.", "from September 14 to 18", 0, false},
	} {
		var got *Mention
		ms := Extract(c.in, c.lang, ref)
		for i := range ms {
			if ms[i].Kind == DateRange {
				got = &ms[i]
			}
		}
		require.NotNil(t, got, "%s: no range in %v", c.in, ms)
		assert.Equal(t, c.span, got.Text, c.in)
		assert.Equal(t, c.has, got.Date.HasWeekday, c.in)
		assert.Equal(t, c.weekday, got.Date.Weekday, c.in)
	}
}
