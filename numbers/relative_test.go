package numbers

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestRelative runs the tuning cases of amounts stated relative to an
// earlier one ("half that", "gấp đôi mức đó"), the multiples stated by
// themselves ("tăng gấp đôi", "three times higher"), and the readings of
// the same words that must stay what they were. The held-out cases are in
// testdata/heldout-relative*.txt.
func TestRelative(t *testing.T) {
	for _, c := range []struct {
		name string
		lang language.Tag
		in   string
		want string
	}{
		// English: a multiplier and a back-reference.
		{"half that", language.English, "Monthly passes cost VND200,000, and half that for students.",
			`money 200000 VND "VND200,000" | money 100000 VND factor=0.5 "half that"`},
		{"twice that now", language.English, "Entry was 50,000 dong last year and is twice that now.",
			`money 50000 VND "50,000 dong" | date rel=year-1 "last year" | money 100000 VND factor=2 "twice that" | date rel=day+0 "now"`},
		{"a third of that, exact", language.English, "The fund lent $3 million in March and a third of that in April.",
			`money 3000000 USD "$3 million" | date --03 grain=month "March" | money 1000000 USD factor=0.333333333333333 "a third of that" | date --04 grain=month "April"`},
		{"double that figure, qualifier carried", language.English, "Output was about 2,000 tonnes, and the plant expects to double that figure by 2027.",
			`number 2000 unit=tonne q=approx "about 2,000 tonnes" | number 4000 unit=tonne q=approx factor=2 "double that figure" | date 2027 grain=year by q=atmost "by 2027"`},
		{"previous sentence", language.English, "Seats cost $80. Premium seats cost one and a half times that.",
			`money 80 USD "$80" | money 120 USD factor=1.5 "one and a half times that"`},
		{"own qualifier", language.English, "Unemployment hit 6%, and youth unemployment was about three times that.",
			`percent 6 "6%" | percent 18 q=approx factor=3 "about three times that"`},
		{"own qualifier before a word multiplier", language.English, "Most teams built around 20 inches; the interns managed about half of that.",
			`number 20 unit=inch q=approx "around 20 inches" | number 10 unit=inch q=approx factor=0.5 "about half of that"`},
		{"more than twice that", language.English, "Tickets cost $10, and resellers asked more than twice that.",
			`money 10 USD "$10" | money 20 USD q=more factor=2 "more than twice that"`},
		{"digits times", language.English, "The ticket costs VND30,000, while a pass costs 10 times that for students.",
			`money 30000 VND "VND30,000" | money 300000 VND factor=10 "10 times that"`},
		{"a range", language.English, "Boat rides cost from VND7,000-11,000, and twice that on holidays.",
			`money 7000..11000 VND "from VND7,000-11,000" | money 14000..22000 VND factor=2 "twice that"`},
		{"of that amount", language.English, "The city spent $2 million on parks and a quarter of that amount on lighting.",
			`money 2000000 USD "$2 million" | money 500000 USD factor=0.25 "a quarter of that amount"`},
		{"triple that figure", language.English, "Revenue hit VND12 billion in 2024, and the firm aims to triple that figure.",
			`money 12000000000 VND "VND12 billion" | date 2024 grain=year "2024" | money 36000000000 VND factor=3 "triple that figure"`},
		{"three times that year", language.English, "He was arrested three times that year, after 2 warnings.", `number 3 unit=times "three times" | number 2 "2"`},
		{"a pronoun is no antecedent", language.English, "The first plant produced 900 cars; the second one made twice that.",
			`ordinal 1 "first" | number 900 unit=vehicle "900 cars" | ordinal 2 "second" | number 1 "one" | number 1800 unit=vehicle factor=2 "twice that"`},

		// Nothing to refer to, or a comparand of its own: nothing derived,
		// and a whole multiplier with no back-reference is the multiple it
		// states ("twice", unit times).
		{"no antecedent", language.English, "Children pay half that.", `number 0.5 "half"`},
		{"two sentences back", language.English, "Tickets cost $5. The line opened in May. Children pay half that.",
			`money 5 USD "$5" | date --05 grain=month "May" | number 0.5 "half"`},
		{"that as a conjunction", language.English, "He said twice that the 300 workers were safe.",
			`number 2 unit=times "twice" | number 300 unit=worker "300 workers"`},
		{"that of", language.English, "GDP per head reached $4,000, twice that of 2010.",
			`money 4000 USD "$4,000" | number 2 unit=times "twice" | date 2010 grain=year "2010"`},
		{"apposition", language.English, "Sales reached $5 million, double that in 2020.",
			`money 5000000 USD "$5 million" | number 2 unit=times "double" | date 2020 grain=year "2020"`},

		// The ordinary readings stay.
		{"half an hour", language.English, "half an hour", `duration 0.5 unit=hour "half an hour"`},
		{"half-time", language.English, "half-time", `-`},
		{"a half", language.English, "a half", `number 0.5 "a half"`},
		{"twice a week", language.English, "twice a week", `number 2 unit=times per=week "twice a week"`},
		{"double-digit", language.English, "double-digit", `-`},
		{"half of a count", language.English, "Half of the 300 students passed.", `number 300 unit=student "300 students"`},
		{"double this year", language.English, "Sales will double this year.", `number 2 unit=times "double" | date rel=year+0 "this year"`},
		{"the second half that", language.English, "Vietnam scored twice in the second half that saw 30,000 fans cheer.",
			`number 2 unit=times "twice" | ordinal 2 unit=half "second half" | number 30000 unit=fan "30,000 fans"`},

		// Vietnamese.
		{"bằng một nửa", language.Vietnamese, "Phí gửi xe 300.000 đồng/tháng, người cao tuổi trả bằng một nửa.",
			`money 300000 VND per=month "300.000 đồng/tháng" | money 150000 VND per=month factor=0.5 "bằng một nửa"`},
		{"gấp đôi mức đó", language.Vietnamese, "Năm ngoái xuất khẩu đạt 3 tỷ USD; năm nay mục tiêu gấp đôi mức đó.",
			`date rel=year-1 "Năm ngoái" | money 3000000000 USD "3 tỷ USD" | date rel=year+0 "năm nay" | money 6000000000 USD factor=2 "gấp đôi mức đó"`},
		{"gấp rưỡi alone", language.Vietnamese, "Căn hộ nhỏ giá 2 tỷ đồng, căn lớn đắt gấp rưỡi.",
			`money 2000000000 VND "2 tỷ đồng" | money 3000000000 VND factor=1.5 "gấp rưỡi"`},
		{"gấp N lần alone", language.Vietnamese, "Nhà máy A sản xuất 500 tấn mỗi ngày, nhà máy B lớn gấp 4 lần.",
			`number 500 unit=tonne per=day "500 tấn mỗi ngày" | number 2000 unit=tonne per=day factor=4 "gấp 4 lần"`},
		{"bằng một nửa con số này", language.Vietnamese, "Khoảng 800 người dự lễ, năm trước chỉ bằng một nửa con số này.",
			`number 800 unit=person q=approx "Khoảng 800 người" | date rel=year-1 "năm trước" | number 400 unit=person q=approx factor=0.5 "chỉ bằng một nửa con số này"`},
		{"một phần ba số này", language.Vietnamese, "Quỹ có 90 tỷ đồng, trong đó một phần ba số này dành cho giáo dục.",
			`money 90000000000 VND "90 tỷ đồng" | money 30000000000 VND factor=0.333333333333333 "một phần ba số này"`},
		{"khoảng một nửa số đó", language.Vietnamese, "Vé 100.000 đồng, trẻ em trả khoảng một nửa số đó.",
			`money 100000 VND "100.000 đồng" | money 50000 VND q=approx factor=0.5 "khoảng một nửa số đó"`},
		{"gấp rưỡi across a comma", language.Vietnamese, "Tỷ lệ này ở nam giới là 12%, ở nữ giới cao gấp rưỡi.",
			`percent 12 "12%" | percent 18 factor=1.5 "gấp rưỡi"`},
		{"alone needs a clause break", language.Vietnamese, "Nguy cơ ở trẻ em dưới 5 tuổi cao gấp 3 lần.", `number 5 unit=age q=less "dưới 5 tuổi" | number 3 unit=times "gấp 3 lần"`},
		{"alone in the same clause", language.Vietnamese, "Số ca mắc ở nhóm 60 tuổi cao gấp đôi.", `number 60 unit=age "60 tuổi" | number 2 unit=times "gấp đôi"`},
		{"gấp N lần, decimal", language.Vietnamese, "Năm 2020 có 1.200 doanh nghiệp, nay đã gấp 2,5 lần con số này.",
			`date 2020 grain=year "Năm 2020" | number 1200 unit=enterprise "1.200 doanh nghiệp" | number 3000 unit=enterprise factor=2.5 "gấp 2,5 lần con số này"`},
		{"a list of multipliers of one base", language.Vietnamese, "Giá mỗi vé 50.000 đồng; vé cả ngày gấp 4 lần, vé tháng gấp 20 lần.",
			`money 50000 VND "50.000 đồng" | money 200000 VND factor=4 "gấp 4 lần" | money 1000000 VND factor=20 "gấp 20 lần"`},
		{"vi no antecedent", language.Vietnamese, "Trẻ em bằng một nửa.", `number 0.5 "một nửa"`},
		{"vi two sentences back", language.Vietnamese, "Giá 100.000 đồng. Trời mưa. Trẻ em bằng một nửa.",
			`money 100000 VND "100.000 đồng" | number 0.5 "một nửa"`},
		{"growth ratio so với", language.Vietnamese, "Xuất khẩu tăng gấp đôi so với cùng kỳ.", `number 2 unit=times "gấp đôi"`},
		{"growth ratio after a change verb", language.Vietnamese, "Đến 15h, lượng khách trên tuyến buýt đã tăng gấp đôi, lên tới 2.380 hành khách.",
			`date T15:00 grain=hour by q=atmost "Đến 15h" | number 2 unit=times "gấp đôi" | number 2380 unit=passenger q=atmost "lên tới 2.380 hành khách"`},
		{"gấp ba lần năm ngoái", language.Vietnamese, "Doanh thu gấp ba lần năm ngoái.", `number 3 unit=times "gấp ba lần" | date rel=year-1 "năm ngoái"`},
		{"gấp đôi so với năm ngoái", language.Vietnamese, "Học phí 10 triệu đồng, gấp đôi so với năm ngoái.",
			`money 10000000 VND "10 triệu đồng" | number 2 unit=times "gấp đôi" | date rel=year-1 "năm ngoái"`},
		{"nửa tiếng", language.Vietnamese, "nửa tiếng", `duration 0.5 unit=hour "nửa tiếng"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, dumpAll(Extract(c.in, c.lang)), c.in)
		})
	}
}

// TestRelativeJSON checks the "factor" field of the extract contract and
// that the offsets of a relative amount cover its own words.
func TestRelativeJSON(t *testing.T) {
	text := "Monthly passes cost VND200,000, and half that for students."
	ms := Extract(text, language.English)
	require.Len(t, ms, 2)
	m := ms[1]
	assert.Equal(t, "half that", text[m.Start:m.End])
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"start":36,"end":45,"text":"half that","kind":"money","value":"100000","currency":"VND","factor":"0.5"}`, string(b))
	b, err = json.Marshal(ms[0])
	require.NoError(t, err)
	assert.NotContains(t, string(b), "factor", "an amount stated outright has no factor")
}

// TestRelativeFiles checks the values of the relative_*.tsv files: every
// factor parses, and the other files use only their documented values.
func TestRelativeFiles(t *testing.T) {
	allowed := map[string][]string{
		fileRelTimes: {relBefore, relBefore + " " + relAlone, relAfter},
		fileRelRefs:  {relOpen, "closed"},
		fileRelAfter: {relGo, relStop},
	}
	for _, lang := range []string{"vi", "en"} {
		for k, v := range readTSV(lang, fileRelFactors) {
			_, ok := parseRelFactor(v)
			assert.True(t, ok, "%s/%s.tsv: %q has no factor: %q", lang, fileRelFactors, k, v)
		}
		for name, values := range allowed {
			for k, v := range readTSV(lang, name) {
				assert.Contains(t, values, strings.Join(strings.Fields(v), " "), "%s/%s.tsv: %q", lang, name, k)
			}
		}
	}
}
