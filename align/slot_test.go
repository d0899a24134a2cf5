package align

import (
	"strings"
	"testing"

	"github.com/factalign/factalign/numbers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSlotAt reads the slot of the figure marked [like this] in each
// sentence.
func TestSlotAt(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Bão làm [12] người chết, 5 người mất tích.", "dead"},
		{"Bão làm 12 người chết, [5] người mất tích và 9 người bị thương.", "missing"},
		{"Bão làm 12 người chết, 5 người mất tích và [9] người bị thương.", "injured"},
		{"The storm killed [12] people, left five missing and injured 9.", "dead"},
		{"The storm killed 12 people, left [five] missing and injured 9.", "missing"},
		{"The storm killed 12 people, left five missing and injured [9].", "injured"},
		{"Doanh thu tăng [4,2%] so với tháng trước.", "month-on-month, rise"},
		{"Revenue was up [4.2 per cent] year-on-year.", "year-on-year, rise"},
		{"Xuất khẩu đạt [36 tỷ USD], giảm 2%.", "export"},
		{"Imports fell [3 per cent] to $20 billion.", "import, fall"},
		{"Có [40.000] khán giả.", ""},
		{"Bão làm 7 người mất tích và [23 người bị thương].", "injured"},
	}
	sw := theSlotWords()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			start := strings.Index(tt.text, "[")
			end := strings.Index(tt.text, "]")
			require.True(t, start >= 0 && end > start)
			text := tt.text[:start] + tt.text[start+1:end] + tt.text[end+1:]
			end--
			got := sw.slotAt(text, 0, 0, start, end, len(text), len(text))
			assert.Equal(t, tt.want, got.describe())
		})
	}
}

func TestSlotClash(t *testing.T) {
	sw := theSlotWords()
	at := func(text string) slotOf { return sw.slotAt(text, 0, 0, 0, 2, len(text), len(text)) }
	dead, missing, none := at("12 người chết"), at("12 missing"), at("12 people")
	assert.True(t, dead.clash(missing))
	assert.False(t, dead.clash(none))
	assert.False(t, dead.clash(dead))
	assert.Equal(t, 1, dead.shared(dead))
}

func TestBoundsMeet(t *testing.T) {
	m := func(v string, q numbers.Qualifier) *numbers.Mention {
		d, err := numbers.ParseDecimal(v)
		require.NoError(t, err)
		return &numbers.Mention{Value: d, Qualifier: q}
	}
	tests := []struct {
		a, b *numbers.Mention
		want bool
	}{
		{m("97", numbers.MoreThan), m("97.57", numbers.Exact), true},
		{m("7", numbers.MoreThan), m("8", numbers.LessThan), true},
		{m("1240", numbers.MoreThan), m("1420", numbers.MoreThan), false},
		{m("97", numbers.MoreThan), m("150", numbers.Exact), false},
		{m("5000", numbers.MoreThan), m("2119", numbers.Exact), false},
		{m("12", numbers.Exact), m("13", numbers.Exact), false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, boundsMeet(tt.a, tt.b), "%v %v", tt.a.Dump(), tt.b.Dump())
		assert.Equal(t, tt.want, boundsMeet(tt.b, tt.a), "%v %v", tt.b.Dump(), tt.a.Dump())
	}
}

func TestAppendWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"23 người bị thương", "23|người|bị|thương"},
		{"Hơn 4.400 DỰ ÁN, tính đến", "hơn|4|400|dự|án|tính|đến"},
		{"a well-known three-fold rise", "a|well-known|three-fold|rise"},
		{"  (US$90 billion)  ", "us|90|billion"},
	}
	for _, tt := range tests {
		got := appendWords([]string{"kept"}, tt.in)
		want := []string{"kept"}
		if tt.want != "" {
			want = append(want, strings.Split(tt.want, "|")...)
		}
		assert.Equal(t, want, got, tt.in)
	}
}

// TestSlotClassesFit checks that the classes of slots.tsv fit the array
// a slot is read into and the key of shared slots: one class more than
// maxSharedClasses costs an allocation for every figure of a Compare.
func TestSlotClassesFit(t *testing.T) {
	assert.LessOrEqual(t, len(theSlotWords().classes), maxSharedClasses)
}
