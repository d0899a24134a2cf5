package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// unitConflicts compares one segment pair as a unit, in both orders, and
// returns its conflicts as "A | B" (Vietnamese first).
func unitConflicts(t *testing.T, vi, en string) []string {
	t.Helper()
	viDoc, enDoc := Document{Lang: language.Vietnamese}, Document{Lang: language.English}
	r, err := CompareUnits([]Unit{{ID: "1", A: vi, B: en}}, viDoc, enDoc)
	require.NoError(t, err)
	got := []string{}
	for _, f := range r.Conflicts() {
		got = append(got, f.A.Text()+" | "+f.B.Text())
	}
	r2, err := CompareUnits([]Unit{{ID: "1", A: en, B: vi}}, enDoc, viDoc)
	require.NoError(t, err)
	assert.Equal(t, r.Summary.Conflict, r2.Summary.Conflict, "the other order")
	return got
}

// TestUnitLeftoverFigures checks that in a segment pair a figure left on
// each side, of one kind, is judged rather than reported on one side
// twice: a digit changed that was a trailing zero (40 and 48), a bare
// number beside a count of something else, and no pairing of a number
// in words ("một" is often "a").
func TestUnitLeftoverFigures(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
		want         []string
	}{
		{"trailing zero changed", "Họ dừng lại sau khoảng 40 bước.", "They stopped after about 48 paces.", []string{"khoảng 40 | about 48"}},
		{"hundreds", "Tôi chỉ cho bạn xem 500 trang phổ biến nhất.", "I am showing you the top 550 pages.", []string{"500 | 550"}},
		{"beside a count of people", "Một người bạn đã đếm được khoảng 40 cuốn.", "A friend counted about 46 of them.", []string{"khoảng 40 | about 46"}},
		{"beside a smaller number", "Tỷ lệ là 15 lấy 1.", "The ratio is 13 to one.", []string{"15 | 13"}},
		{"the same figures", "Họ dừng lại sau khoảng 40 bước.", "They stopped after about 40 paces.", []string{}},
		{"a number in words", "Tôi viết nó trên một mẩu giấy và nhân lên 10 lần.", "I wrote it on a scrap of paper and multiplied it 10 times.", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, unitConflicts(t, tc.vi, tc.en))
		})
	}
}

// TestUnitRounding checks that in a translated pair a figure is the
// rounding of another only when the translator says so ("khoảng"): zeros
// written out state the figure, and two approximations are two figures.
// Between two versions of a story (Compare), roundings stay agreements.
func TestUnitRounding(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
		want         []string
	}{
		{"zeros written out", "Có 6000 loài chim ở đó.", "There are 6,030 species of birds there.", []string{"6000 | 6,030"}},
		{"a percentage", "Nó đạt 100% công suất.", "It reached 107 percent of capacity.", []string{"100% | 107 percent"}},
		{"two approximations", "Họ nói là khoảng 30 phần trăm.", "They said it was about 34 percent.", []string{"khoảng 30 phần trăm | about 34 percent"}},
		{"the translator rounds", "Có khoảng 6000 loài chim ở đó.", "There are 6,030 species of birds there.", []string{}},
		{"the same figure", "Có 6.000 loài chim ở đó.", "There are 6,000 species of birds there.", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, unitConflicts(t, tc.vi, tc.en))
		})
	}
	r, err := Compare(Document{Lang: language.Vietnamese, Text: "Có 6000 loài chim ở đó."}, Document{Lang: language.English, Text: "There are 6,030 species of birds there."})
	require.NoError(t, err)
	assert.Zero(t, r.Summary.Conflict, "two versions of a story may round")
}

// TestOtherGrouping checks that a figure written "60,000" in a Vietnamese
// text (60 by its decimal comma) is read as sixty thousand where the other
// side says so, and still conflicts with another figure.
func TestOtherGrouping(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
		want         []string
	}{
		{"a count", "Làng có 20,000 người.", "The village has 20,000 people.", []string{}},
		{"money", "Họ bán nó với giá 350,000 đô la.", "They sold it for 350,000 dollars.", []string{}},
		{"approximate", "Có khoảng 30,000 loài.", "There are 30,000 species.", []string{}},
		{"alone", "90,000.", "90,000.", []string{}},
		{"a digit changed", "90,000.", "92,000.", []string{"90,000 | 92,000"}},
		{"a digit changed, approximate", "Có khoảng 300,000 lần.", "There are about 300,020 times.", []string{"khoảng 300,000 lần | about 300,020 times"}},
		{"decimals", "Tỷ lệ là 2,5.", "The rate is 2.5.", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, unitConflicts(t, tc.vi, tc.en))
		})
	}
}

// TestUnitLengthsOfTime checks that lengths of time stated as a duration,
// as a date that long ago or ahead, or as a span are judged against each
// other: equal lengths agree, other lengths conflict, and "ago" is not
// "from now".
func TestUnitLengthsOfTime(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
		want         []string
	}{
		{"ago against ago", "Ngôi đền được xây 1500 năm trước.", "The temple was built 1,500 years ago.", []string{}},
		{"ago, a digit changed", "Ngôi đền được xây 1500 năm trước.", "The temple was built 1,700 years ago.", []string{"1500 năm trước | 1,700 years ago"}},
		{"a duration against ago", "Tôi nhớ lại hơn 30 năm, khi tôi còn nhỏ.", "I remember that over 30 years ago, when I was small.", []string{}},
		{"a duration against ago, changed", "Tôi nhớ lại hơn 30 năm, khi tôi còn nhỏ.", "I remember that over 36 years ago, when I was small.", []string{"hơn 30 năm | over 36 years ago"}},
		{"from now against a duration, changed", "Nó sẽ cháy trong 40 năm nữa.", "It will burn for the 45 years.", []string{"40 năm nữa | 45 years"}},
		{"ahead against ago", "Chuyện đó xảy ra 200 năm trước.", "That will happen 200 years from now.", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, unitConflicts(t, tc.vi, tc.en))
		})
	}
}

// TestUnitOnOneSide checks that in a segment pair a bare number and a
// length of time of one magnitude are one figure with its unit said on
// one side only, and that a range whose ends share a scale ("six or
// eight million") is no conflict with its lower end said without it.
func TestUnitOnOneSide(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
		want         []string
	}{
		{"the same figure", "Tôi mới vào khoảng 40 tuổi.", "I'm only about 40 years old.", []string{}},
		{"a digit changed", "Tôi mới vào khoảng 40 tuổi.", "I'm only about 70 years old.", []string{"khoảng 40 tuổi | about 70 years old"}},
		{"nights", "Anh ta đã làm điều đó suốt 1000 đêm.", "He had done it for 3,000 nights.", []string{"1000 đêm | 3,000 nights"}},
		{"another magnitude", "Nó xảy ra trong một giây, lên tới 600 triệu lần.", "It happens in a second, up to 600 million times.", []string{}},
		{"a shared scale", "Chúng tách ra khoảng 3 đến 5 triệu năm trước.", "They split off about three or five million years ago.", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, unitConflicts(t, tc.vi, tc.en))
		})
	}
}

// TestUnitYearTypo checks that in a segment pair a year mistyped into a
// number no year reads as ("6957") conflicts with the year of the other
// side, and that a count one keystroke from a year does not.
func TestUnitYearTypo(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
		want         []string
	}{
		{"a year mistyped", "Năm 1968, ba nhà thám hiểm đã đến đó.", "In 6968, three explorers went there.", []string{"Năm 1968 | 6968"}},
		{"the same year", "Năm 1968, ba nhà thám hiểm đã đến đó.", "In 1968, three explorers went there.", []string{}},
		{"a count with grouping", "Năm 1968, họ đã trồng 2.968 cây.", "In 1968, they planted 2,968 trees.", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, unitConflicts(t, tc.vi, tc.en))
		})
	}
}

// TestCenturies checks that a century stated as a rank ("thế kỷ 20")
// and as its years ("the 20th century") is one fact, in a segment pair
// and between two versions of a story.
func TestCenturies(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
		want         []string
	}{
		{"the same century", "Đó là phát minh lớn nhất của thế kỷ 19.", "It was the greatest invention of the 19th century.", []string{}},
		{"another century", "Đó là phát minh lớn nhất của thế kỷ 19.", "It was the greatest invention of the 17th century.", []string{"thế kỷ 19 | 17th century"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, unitConflicts(t, tc.vi, tc.en))
		})
	}
	r, err := Compare(Document{Lang: language.Vietnamese, Text: "Đó là phát minh lớn nhất của thế kỷ 19."},
		Document{Lang: language.English, Text: "It was the greatest invention of the 19th century."})
	require.NoError(t, err)
	assert.Equal(t, 1, r.Summary.Agree)
}

// TestDecades checks the Vietnamese decade ("những năm 1970") against the
// English one ("the 1970s"), and against a decade mistyped into a number
// no year reads as.
func TestDecades(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
		want         []string
	}{
		{"the same decade", "Trong những năm 1970, họ rời khỏi làng.", "In the 1970s, they left the village.", []string{}},
		{"another decade", "Trong những năm 1970, họ rời khỏi làng.", "In the 1940s, they left the village.", []string{"những năm 1970 | 1940s"}},
		{"a decade mistyped", "Trong thập niên 1970, họ rời khỏi làng.", "In the 5970s, they left the village.", []string{"thập niên 1970 | 5970"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, unitConflicts(t, tc.vi, tc.en))
		})
	}
}
