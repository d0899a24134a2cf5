package align

import (
	"testing"

	"github.com/factalign/factalign/numbers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestElidedNouns checks counts that leave their noun to the figure
// beside them: a part after its whole ("20 athletes, eight of them"), a
// part before its whole ("Three of the province's seven hospitals"), the
// rest ("two others", "the remaining two").
func TestElidedNouns(t *testing.T) {
	checkPairCases(t, []pairCase{
		{
			name:  "a part after its whole",
			vi:    "Đoàn có 20 vận động viên, trong đó 8 vận động viên nữ.",
			en:    "The delegation has 20 athletes, eight of them women.",
			agree: "8 | eight",
		},
		{
			name:     "a part after its whole, edited",
			vi:       "Đoàn có 20 vận động viên, trong đó 6 vận động viên nữ.",
			en:       "The delegation has 20 athletes, eight of them women.",
			conflict: "6 | eight",
		},
		{
			name:  "of which",
			vi:    "Công ty có 40 chi nhánh, 6 chi nhánh ở nước ngoài.",
			en:    "The company has 40 branches, six of which are abroad.",
			agree: "6 | six",
		},
		{
			name:  "a part before its whole",
			vi:    "Ba trong số bảy bệnh viện của tỉnh bị ngập.",
			en:    "Three of the province's seven hospitals were flooded.",
			agree: "Ba | Three",
		},
		{
			name:     "a part before its whole, edited",
			vi:       "Ba trong số bảy bệnh viện của tỉnh bị ngập.",
			en:       "Four of the province's seven hospitals were flooded.",
			conflict: "Ba | Four",
		},
		{
			name:  "the rest",
			vi:    "Đội ghi 5 bàn, tiền đạo ghi 3 bàn, 2 bàn còn lại do hậu vệ ghi.",
			en:    "The team scored five goals, three by the strikers; defenders scored the remaining two.",
			agree: "2 bàn | two",
		},
		{
			name:     "others, edited",
			vi:       "Có 12 học sinh đạt giải, ba học sinh khác được khen.",
			en:       "Twelve pupils won prizes, and four others were commended.",
			conflict: "ba học sinh | four",
		},
		{
			name: "the rest beside the whole, one named apart",
			vi:   "Ông Dũng bị tuyên 9 năm tù. Phiên tòa xét xử 14 bị cáo.",
			en:   "Dung was jailed for nine years; the 13 other defendants received lighter sentences.",
		},
		{
			name:     "the rest larger than the whole",
			vi:       "Phiên tòa xét xử 14 bị cáo.",
			en:       "The 15 other defendants received lighter sentences.",
			conflict: "14 bị cáo | 15 other defendants",
		},
		{
			name:  "a further count",
			vi:    "Hơn 42.900 căn nhà bị ảnh hưởng. Bên cạnh đó, 824 ngôi nhà khác bị ngập sâu.",
			en:    "More than 42,900 homes were affected. A further 824 houses were inundated.",
			agree: "824 ngôi nhà | 824 houses",
		},
		{
			name:  "a part with a narrower noun",
			vi:    "Tỉnh ghi nhận 1.500 ca mắc, trong đó 12 ca tử vong.",
			en:    "The province recorded 1,500 cases, 12 of them fatal.",
			agree: "12 ca tử vong | 12",
		},
		{
			name:     "a part with a narrower noun, edited",
			vi:       "Tỉnh ghi nhận 1.500 ca mắc, trong đó 12 ca tử vong.",
			en:       "The province recorded 1,500 cases, 21 of them fatal.",
			conflict: "12 ca tử vong | 21",
		},
		{
			name:  "a small part with a narrower noun",
			vi:    "Vụ cháy làm 9 người bị thương, trong đó 4 người bị thương nặng.",
			en:    "Nine people were hurt in the fire, four of them seriously.",
			agree: "4 người bị thương | four",
		},
		{
			name:     "a small part with a narrower noun, edited",
			vi:       "Vụ cháy làm 9 người bị thương, trong đó 4 người bị thương nặng.",
			en:       "Nine people were hurt in the fire, five of them seriously.",
			conflict: "4 người bị thương | five",
		},
		{
			name:     "a part of a whole no table counts, edited",
			vi:       "Đoàn gồm 30 vận động viên, 7 vận động viên lần đầu dự giải.",
			en:       "The team of 30 athletes includes six of them at their first games.",
			conflict: "7 | six",
		},
		{
			name: "a count with no figure beside it stays prose",
			vi:   "Hai người đàn ông đi vào.",
			en:   "Two of them walked in.",
		},
	})
}

// TestElisionData checks that data/elision.tsv parses and that malformed
// lines are errors that name their line.
func TestElisionData(t *testing.T) {
	ps, err := parseElision(elisionData)
	require.NoError(t, err)
	require.NotEmpty(t, ps)
	for i := 1; i < len(ps); i++ {
		assert.GreaterOrEqual(t, len(ps[i-1].words), len(ps[i].words), "longest phrase first")
	}
	for _, c := range []struct{ data, err string }{
		{"of them\tback\tpart\n", ""},
		{"# a comment\n\nof them\tback\n", ""},
		{"of them\n", "data/elision.tsv:1: want a phrase"},
		{"\n\nof them\tbefore\n", "data/elision.tsv:3: want a phrase"},
		{"\tback\n", "data/elision.tsv:1: want a phrase"},
		{"of them\tback\tsmall\n", "data/elision.tsv:1: unknown flag"},
		{"of them\tback\tpart\tx\n", "data/elision.tsv:1: want a phrase"},
	} {
		_, err := parseElision(c.data)
		if c.err == "" {
			assert.NoError(t, err, "%q", c.data)
		} else {
			assert.ErrorContains(t, err, c.err, "%q", c.data)
		}
	}
}

// FuzzParseElision checks that any data parses or fails without a panic,
// and that what parses is ordered longest phrase first, with a role.
func FuzzParseElision(f *testing.F) {
	f.Add(elisionData)
	f.Add("of them\tback\tpart\n\tahead\n")
	f.Fuzz(func(t *testing.T, data string) {
		ps, err := parseElision(data)
		if err != nil {
			return
		}
		for i, p := range ps {
			if p.words == "" || p.role == 0 || i > 0 && len(ps[i-1].words) < len(p.words) {
				t.Fatalf("phrase %d: %+v", i, p)
			}
		}
	})
}

// FuzzElided checks that elided never panics and never gives a unit the
// figures beside the count do not hold.
func FuzzElided(f *testing.F) {
	f.Add("Đoàn có 20 vận động viên, trong đó tám người nữ.", 35, 38)
	f.Add("Three of the province's seven hospitals", 0, 5)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end < start || end > len(text) {
			return
		}
		m := numbers.Mention{Start: start, End: end, Kind: numbers.Number}
		prev := &numbers.Mention{Kind: numbers.Number, Unit: "person"}
		next := &numbers.Mention{Start: end + 10, Kind: numbers.Number, Unit: "hospital"}
		if e := elided(text, m, countsBefore{last: prev, whole: prev}, next, nil); e.unit != "" && (!e.ok || e.unit != prev.Unit && e.unit != next.Unit) {
			t.Fatalf("%+v", e)
		}
	})
}

// TestShares checks tallies, odds and shares said in two forms: "470/481
// đại biểu" and "470 of the 481 deputies", "2 trong 10 doanh nghiệp" and
// "two in 10 businesses", "Cứ 3 xã thì có 2 xã" and "Two out of every
// three communes".
func TestShares(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "a tally", vi: "Nghị quyết được thông qua với 470/481 đại biểu tán thành.", en: "The resolution passed with 470 of the 481 deputies in favour.", agree: "470 | 470"},
		{name: "a tally, edited", vi: "Nghị quyết được thông qua với 470/481 đại biểu tán thành.", en: "The resolution passed with 407 of the 481 deputies in favour.", conflict: "470 | 407"},
		{name: "odds against a part and its whole", vi: "Chỉ 2 trong 10 doanh nghiệp có kế hoạch mở rộng.", en: "Only two in 10 businesses plan to expand.",
			agree: "2 | two in 10 businesses"},
		{name: "odds against a part and its whole, edited", vi: "Chỉ 3 trong 10 doanh nghiệp có kế hoạch mở rộng.", en: "Only two in 10 businesses plan to expand.",
			conflict: "3 | two in 10 businesses"},
		{name: "odds with no noun against a part and its whole", vi: "Cứ 1 trong 5 người trưởng thành mắc bệnh.", en: "One in five adults has the disease.",
			agree: "1 | One in five"},
		{name: "odds with no noun against a part and its whole, edited", vi: "Cứ 1 trong 4 người trưởng thành mắc bệnh.", en: "One in five adults has the disease.",
			conflict: "1 | One in five"},
		{name: "a part and its whole against a percentage", vi: "Chín trong mười doanh nghiệp có lãi.", en: "Ninety percent of businesses made a profit.",
			agree: "Chín | Ninety percent"},
		{name: "a part and its whole against another percentage", vi: "Tám trong mười doanh nghiệp có lãi.", en: "Ninety percent of businesses made a profit."},
		{name: "parts and wholes on both sides", vi: "Có 4 trong số 15 bệnh viện hết giường.", en: "Four of the 15 hospitals ran out of beds.",
			agree: "4 | Four"},
		{name: "odds said whole first", vi: "Cứ 3 xã thì có 2 xã đạt chuẩn.", en: "Two out of every three communes meet the standard.", agree: "Cứ 3 xã thì có 2 xã | Two out of every three communes"},
		{name: "odds said whole first, edited", vi: "Cứ 3 xã thì có 2 xã đạt chuẩn.", en: "One out of every three communes meets the standard.", conflict: "Cứ 3 xã thì có 2 xã | One out of every three communes"},
		{name: "a share after a qualifier", vi: "Khoảng 3/4 số hộ dân có nước sạch.", en: "About three-quarters of households have clean water.", agree: "Khoảng 3/4 | About three-quarters"},
		{name: "odds said whole first, the whole qualified", vi: "Cứ 4 người trưởng thành thì có 1 người hút thuốc.", en: "One in four adults smokes.",
			agree: "Cứ 4 người trưởng thành thì có 1 người | One in four"},
		{name: "odds said whole first, the whole qualified, edited", vi: "Cứ 10 hộ gia đình ở nông thôn thì có 3 hộ nuôi gà.", en: "Four in 10 rural households raise chickens.",
			conflict: "Cứ 10 hộ gia đình ở nông thôn thì có 3 hộ | Four in 10 rural households"},
		{name: "odds are no rounding of odds", vi: "Cứ 6 lao động thì có 1 người làm việc từ xa.", en: "One in five workers works remotely.",
			conflict: "Cứ 6 lao động thì có 1 người | One in five workers"},
		{name: "a multiple in words is no rounding", vi: "Giá điện tăng hơn gấp rưỡi trong 10 năm.", en: "Electricity prices more than doubled in 10 years.",
			conflict: "hơn gấp rưỡi | more than doubled"},
		{name: "a multiple in words against a written one", vi: "Giá điện tăng hơn gấp rưỡi trong 10 năm.", en: "Electricity prices rose more than 1.52 times in 10 years.",
			agree: "hơn gấp rưỡi | more than 1.52 times"},
		{name: "another group is no repeat", vi: "Việt Nam giành ba huy chương vàng. Lê Đức Thịnh giành huy chương vàng. Hai huy chương vàng khác thuộc về Linh và Bảo.",
			en: "Vietnam wins three golds. All four members won medals, three gold and one silver. Le Duc Thinh won gold.", agree: "ba huy chương vàng | three golds"},
		{name: "a change is no level", vi: "Cựu giám đốc bệnh viện được giảm 3 năm tù.", en: "Former hospital director's sentence cut to nine years."},
		{name: "a change and a change", vi: "Xuất khẩu tăng 12%.", en: "Exports rose by 12 percent.", agree: "12% | 12 percent"},
		{name: "a share of nothing named is no measure", vi: "Ở cự ly 21 km nam, Trần Quang Huy về nhất.", en: "Tran Quang Huy won the men's half marathon."},
		{name: "a frequency is no share", vi: "Cứ 10 phút lại có một chuyến xe buýt.", en: "A bus comes every 10 minutes.",
			agree: "10 phút | 10 minutes"},
	})
}

// A pairCase is a Vietnamese and an English text with an agreement and a
// conflict expected of their comparison.
type pairCase struct {
	name, vi, en string
	agree        string // "vi text | en text" of an agreement, or ""
	conflict     string // "vi text | en text" of a conflict, or "" for none at all
}

// checkPairCases compares the texts of each case and checks the
// agreement and the conflict expected, or that there is no conflict.
func checkPairCases(t *testing.T, cases []pairCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Compare(Document{Text: c.vi}, Document{Text: c.en})
			require.NoError(t, err)
			var agree, conflict []string
			for _, f := range r.Facts {
				if f.A == nil || f.B == nil {
					continue
				}
				s := f.A.Text() + " | " + f.B.Text()
				if f.Status == Conflict {
					conflict = append(conflict, s)
				} else if f.Status == Agree {
					agree = append(agree, s)
				}
			}
			if c.agree != "" {
				assert.Contains(t, agree, c.agree)
			}
			if c.conflict != "" {
				assert.Contains(t, conflict, c.conflict)
			} else {
				assert.Empty(t, conflict)
			}
		})
	}
}
