package numbers

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestDeictic checks which dates the text gives only by counting from the
// day it was written, with a reference date and without one.
func TestDeictic(t *testing.T) {
	for _, c := range []struct {
		lang    language.Tag
		in      string
		deictic bool
	}{
		{language.Vietnamese, "hôm qua", true},
		{language.Vietnamese, "năm nay", true},
		{language.Vietnamese, "cuối tháng này", true},
		{language.Vietnamese, "3 ngày trước", true},
		{language.Vietnamese, "từ đầu năm đến nay", true},
		{language.English, "last month", true},
		{language.English, "three days ago", true},
		{language.English, "the past three months", true},
		{language.Vietnamese, "tháng 5 năm ngoái", false},
		{language.Vietnamese, "6 tháng đầu năm", false},
		{language.Vietnamese, "Thứ Ba tuần trước", false},
		{language.Vietnamese, "từ tháng 1 đến nay", false},
		{language.Vietnamese, "ngày 30/1", false},
		{language.English, "September", false},
		{language.English, "the first half of this year", false},
		{language.English, "the fourth quarter", false},
		{language.English, "last Wednesday", false},
		// A clock time alone is of the day of writing; with a day it is not.
		{language.English, "at 9 a.m.", true},
		{language.Vietnamese, "lúc 9h", true},
		{language.Vietnamese, "9h ngày 3/12", false},
		{language.English, "9 a.m. on Thursday", false},
	} {
		for _, opts := range [][]Option{{WithReference(time.Date(2026, 7, 10, 0, 0, 0, 0, time.UTC))}, nil} {
			ms := Extract(c.in, c.lang, opts...)
			if len(opts) == 0 && (len(ms) == 0 || ms[0].Kind == Duration) {
				continue // with no reference, "the past three months" is a length
			}
			require.Len(t, ms, 1, "%q (reference %v)", c.in, len(opts) > 0)
			assert.Equal(t, c.deictic, ms[0].Date.Deictic, "%q (reference %v): %s", c.in, len(opts) > 0, ms[0])
		}
	}
}

// TestWithoutNow checks that WithoutNow leaves out the words of the
// moment of writing, and only them: a day of the story stays.
func TestWithoutNow(t *testing.T) {
	ref := WithReference(time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC))
	for _, c := range []struct {
		lang language.Tag
		in   string
		now  bool // a word of the moment of writing, no day of the story
	}{
		{language.English, "It now runs 5,126 ports.", true},
		{language.English, "Prices at present are stable.", true},
		{language.English, "Right now the port is closed.", true},
		{language.Vietnamese, "Bây giờ cảng đã đóng cửa.", true},
		{language.English, "The port opened today.", false},
		{language.Vietnamese, "Cảng mở cửa hôm nay.", false},
		{language.English, "The port opened on Tuesday.", false},
	} {
		dates := func(opts ...Option) (n int) {
			for _, m := range Extract(c.in, c.lang, opts...) {
				if m.Kind == Date {
					n++
				}
			}
			return n
		}
		assert.Equal(t, 1, dates(ref), "%q: read as a date", c.in)
		want := 1
		if c.now {
			want = 0
		}
		assert.Equal(t, want, dates(ref, WithoutNow()), "%q with WithoutNow", c.in)
		assert.Equal(t, want, dates(WithoutNow()), "%q with WithoutNow and no reference", c.in)
	}
}
