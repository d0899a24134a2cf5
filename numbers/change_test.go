package numbers

import (
	"testing"
	"time"

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
// change itself or the level reached, or neither (the first mention of
// each text); and which dates are the base a change is measured from
// (base_openers.tsv: the last mention).
func TestChange(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		in   string
		last bool // the last mention, not the first
		want Change
	}{
		{language.Vietnamese, "Bị cáo được giảm 3 năm tù.", false, ChangeBy},
		{language.Vietnamese, "Án giảm xuống 9 năm tù.", false, ChangeTo},
		{language.Vietnamese, "Giá xăng giảm còn 20.000 đồng.", false, ChangeTo},
		{language.Vietnamese, "Xuất khẩu tăng 12%.", false, ChangeBy},
		{language.Vietnamese, "Xuất khẩu đạt 12 tỷ USD.", false, NoChange},
		{language.English, "The sentence was cut to nine years.", false, ChangeTo},
		{language.English, "Exports rose by 12 percent.", false, ChangeBy},
		{language.English, "Exports reached $12 billion.", false, NoChange},
		{language.English, "Inflation edges up to 3.27%.", false, ChangeTo},
		{language.English, "Tickets cost up to $50.", false, NoChange},
		{language.English, "Gold rose 4.15% in October.", false, ChangeBy},
		{language.English, "The average age was 34.6, up 1.2 years from 2019.", false, NoChange},
		{language.Vietnamese, "Giá vàng tăng 4,15% so với tháng 9.", true, ChangeFrom},
		{language.Vietnamese, "Xuất khẩu tăng 12% so với cùng kỳ năm 2025.", true, ChangeFrom},
		{language.Vietnamese, "Giá tăng 2% so với tháng trước.", true, ChangeFrom},
		{language.Vietnamese, "Trong tháng 9, giá vàng tăng 4,15%.", true, ChangeBy},
		{language.English, "Gold prices rose 4.15% from September.", true, ChangeFrom},
		{language.English, "Prices fell 2% compared with September.", true, ChangeFrom},
		{language.English, "The average age was 34.6, up 1.2 years from 2019.", true, ChangeFrom},
		{language.English, "It was 68 percent, up 4 percentage points from 2024.", true, ChangeFrom},
		// A day after "from" is when a change takes effect, and a
		// period after it no base without a change before it.
		{language.English, "The commission falls to 20% per trip from April 1.", true, NoChange},
		{language.English, "The fee is cut by 5% from Tuesday.", true, NoChange},
		{language.English, "Prices rise from September.", true, NoChange},
		{language.English, "Prices rose from September.", true, NoChange},
		{language.English, "The minimum will rise by VND400,000.", false, ChangeBy},
		{language.English, "The price is expected to fall to $60.", false, ChangeTo},
		{language.English, "Visitors came from September to November.", true, NoChange},
		// A verb of change reaches its amount across its object
		// (change_links.tsv): "raised" alone raises funds.
		{language.English, "PNJ raised its ring prices by VND1.5 million.", false, ChangeBy},
		{language.English, "The bank cut its lending rates to 6.5%.", false, ChangeTo},
		{language.English, "The company raised VND100 billion in its listing.", false, NoChange},
		{language.English, "The company raised funds for its plant by 2027.", false, NoChange},
		{language.English, "They raised it and the other by 5%.", false, ChangeBy},
		{language.English, "They raised the price of all the goods by 5%.", false, NoChange},
		{language.Vietnamese, "SJC nâng giá bán lên 162 triệu đồng.", false, ChangeTo},
		{language.Vietnamese, "Dự án hạ tầng lên 5.000 tỷ đồng.", false, NoChange},
	} {
		ms := Extract(c.in, c.lang)
		require.NotEmpty(t, ms, c.in)
		m := ms[0]
		if c.last {
			m = ms[len(ms)-1]
		}
		assert.Equal(t, c.want, m.Change, c.in)
	}
}

// TestTrend checks which way a change goes: the verb's (change_verbs.tsv,
// up and down), a plus sign glued to the digits, or neither; a minus sign
// stays the value's own.
func TestTrend(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		in   string
		want Trend
	}{
		{language.Vietnamese, "Xuất khẩu tăng 12%.", Up},
		{language.Vietnamese, "Số vụ tai nạn giảm 11%.", Down},
		{language.Vietnamese, "Án giảm xuống 9 năm tù.", Down},
		{language.Vietnamese, "Doanh thu tăng lên 500 tỷ đồng.", Up},
		{language.Vietnamese, "Tỷ lệ hấp thụ: (+6 điểm %).", Up},
		{language.Vietnamese, "Số vụ: (-11%).", Down},
		{language.Vietnamese, "Xuất khẩu đạt 12 tỷ USD.", NoTrend},
		{language.English, "Accidents were down 11%.", Down},
		{language.English, "Gold rose 4.15% in October.", Up},
		{language.English, "The sentence was cut to nine years.", Down},
		{language.English, "Inflation edges up to 3.27%.", Up},
		{language.English, "The rate was 3 + 4 points.", NoTrend},
		{language.English, "PNJ raised its ring prices by VND1.5 million.", Up},
		{language.English, "The central bank cut its policy rate by 0.5 percentage point.", Down},
		{language.English, "The company raised VND100 billion.", NoTrend},
		{language.English, "Lenders have lowered deposit rates to 4.1%.", Down},
		{language.Vietnamese, "SJC nâng giá bán lên 162 triệu đồng.", Up},
		{language.Vietnamese, "Ngân hàng cắt giảm lãi suất xuống 4,5%.", Down},
		{language.Vietnamese, "PNJ giảm giá vàng nhẫn 1,5 triệu đồng.", Down},
		{language.Vietnamese, "Ngân hàng tăng lãi suất cho vay 0,5 điểm phần trăm.", Up},
		{language.Vietnamese, "Giá tăng, 5 người mua.", NoTrend},
		{language.Vietnamese, "Giá vàng tăng 5% lên 12 triệu đồng.", Up},
		// A verb followed by a word of object_stops.tsv has no object
		// that "by" joins to the amount.
		{language.English, "Farms cut the chicks they raise in spring by 15%.", NoTrend},
		{language.English, "Farms raise in spring by 15%.", NoTrend},
		{language.English, "Farms raised chick numbers in spring by 15%.", Up},
	} {
		ms := Extract(c.in, c.lang)
		require.NotEmpty(t, ms, c.in)
		assert.Equal(t, c.want, ms[0].Trend, c.in)
	}
	assert.Equal(t, "down", Down.String())
	assert.Equal(t, "", NoTrend.String())
}

// TestTimeOfDay checks which parts of the day two versions may both name
// for the same hours, and that a date keeps the part its text names.
func TestTimeOfDay(t *testing.T) {
	for _, c := range []struct {
		p, q TimeOfDay
		want bool
	}{
		{morning, afternoon, false},
		{afternoon, morning, false},
		{morning, evening, false},
		{afternoon, evening, false},
		{dawn, morning, true},
		{morning, noon, true},
		{noon, afternoon, true},
		{evening, night, true},
		{noPart, evening, true},
		{dawn, night, false},
	} {
		assert.Equal(t, c.want, c.p.Overlaps(c.q), "%v %v", c.p, c.q)
	}
	ms := Extract("Sáng mai (4/12), ông sẽ đến.", language.Vietnamese)
	require.NotEmpty(t, ms)
	assert.Equal(t, morning, ms[0].Date.Point.TimeOfDay)
	ms = Extract("He arrives on Friday afternoon.", language.English, WithReference(time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)))
	require.NotEmpty(t, ms)
	assert.Equal(t, afternoon, ms[0].Date.Point.TimeOfDay)
	assert.Equal(t, "afternoon", afternoon.String())
}
