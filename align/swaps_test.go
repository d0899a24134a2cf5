package align

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestNameSwaps checks that a place swapped next to an agreed figure is a
// conflict even when the other name is paired elsewhere, and that a
// version writing about another country is not: a name said again and
// again that the other version never states is a topic, one said once
// beside a figure the other version gives another name is a swap.
func TestNameSwaps(t *testing.T) {
	tests := []swapCase{
		{
			name:     "province swapped beside its count",
			vi:       "Bão đi qua Quảng Trị và Quảng Bình.\n\nRiêng Quảng Bình có 12 người mất tích.",
			en:       "The storm crossed Quang Tri and Quang Binh.\n\nQuang Tri Province counted 12 missing.",
			conflict: "Quảng Bình | Quang Tri",
		},
		{
			name:     "a name swapped inside a list",
			vi:       "Các tỉnh đạt trên 98% gồm Bắc Ninh, Nam Định, Hà Nam và Thái Bình.",
			en:       "Provinces above 98 percent include Bac Ninh, Nghe An, Ha Nam and Thai Binh.",
			conflict: "Nam Định | Nghe An",
		},
		{
			name: "two lists in another order",
			vi:   "Doanh thu tăng mạnh tại Đà Nẵng, TP.HCM và Hà Nội.",
			en:   "Revenue rose sharply in Hanoi, Ho Chi Minh City, Khanh Hoa and Lam Dong.",
		},
		{
			name:     "a place swapped beside a count whose noun is left out",
			vi:       "Lũ cuốn trôi 5 ngôi nhà: bốn ngôi nhà tại Yên Bái và một ngôi nhà tại Hải Dương.\n\nHải Dương và Hải Phòng đều mưa lớn.",
			en:       "Floods swept away four houses in Yen Bai as well as one in Hai Phong.\n\nHai Duong and Hai Phong both had heavy rain.",
			conflict: "Hải Dương | Hai Phong",
		},
		{
			name: "lists in another order and another place of the story",
			vi: "Lũ lụt nghiêm trọng ở miền Trung.\n\nTheo Ban Chỉ đạo, mưa lũ tại Quảng Trị, Huế, Đà Nẵng và Gia Lai làm 14 người chết.\n\n" +
				"Quảng Ngãi thiệt hại nặng nhất với 6 người chết.",
			en: "Floods kill 14 in central Vietnam.\n\nQuang Ngai was the worst hit, with six deaths.\n\n" +
				"The provinces of Quang Tri and Quang Ngai and the cities of Hue and Da Nang were affected.",
			conflict: "Gia Lai | Quang Ngai",
		},
		{
			name:     "two lists in another order, one name swapped",
			vi:       "Mưa lũ tại Quảng Trị, Huế, Đà Nẵng và Gia Lai làm nhiều nhà bị ngập.\n\nQuảng Ngãi đã sơ tán dân.",
			en:       "Floods hit the provinces of Quang Tri and Quang Ngai and the cities of Hue and Da Nang.\n\nQuang Ngai moved residents out.",
			conflict: "Gia Lai | Quang Ngai",
		},
		{
			name: "another topic",
			vi:   "Hàn Quốc có 4.400 dự án tại Việt Nam.\n\nCác tập đoàn Hàn Quốc mở rộng đầu tư.\n\nSingapore dẫn đầu.",
			en:   "Singapore had 4,400 projects in Vietnam.",
		},
		{
			name:     "a country said once, beside the figure of another said elsewhere",
			vi:       "Hàn Quốc có 4.400 dự án tại Việt Nam.\n\nSingapore dẫn đầu.",
			en:       "Singapore had 4,400 projects in Vietnam.",
			conflict: "Hàn Quốc | Singapore",
		},
		{
			name:     "a place said once, swapped in a list for one said elsewhere",
			vi:       "Doanh thu tăng tại TP.HCM, Đà Nẵng và Hải Phòng.\n\nHà Nội đón nhiều khách nhất.",
			en:       "Revenue rose in Ho Chi Minh City, Da Nang and Hanoi.\n\nHanoi drew the most visitors.",
			conflict: "Hải Phòng | Hanoi",
		},
	}
	checkConflicts(t, tests)
}

// TestConflictsBySlot checks that the only figure of each version that
// names one measure by itself (a span of months from January) or by its
// slot words (free) is one fact wherever it stands.
func TestConflictsBySlot(t *testing.T) {
	tests := []struct{ name, vi, en, want string }{
		{
			name: "slot words",
			vi:   "Tuyến xe buýt mới khai trương.\n\nHành khách được đi miễn phí trong 30 ngày đầu.\n\nGiá vé sau đó là 7.000 đồng.",
			en:   "A new bus line opened.\n\nFares will be VND7,000.\n\nThe operator said passengers ride free for the first 15 days.",
			want: "30 ngày | 15 days",
		},
		{
			name: "months from January",
			vi:   "Du lịch tiếp tục tăng trưởng.\n\nTrong 10 tháng đầu năm 2026, doanh thu du lịch tăng mạnh.\n\nCả nước đón 2 triệu lượt khách.",
			en:   "Tourism kept growing.\n\nThe country welcomed 2 million visitors.\n\nRevenue from tourism jumped during the first ten months of 2025, officials said.",
			want: "10 tháng đầu năm 2026 | the first ten months of 2025",
		},
		{
			// The place in a run, in sentences the alignment does not
			// pair, once a rank in the headline pairs with the other's:
			// a rise said on one side only makes no other measure.
			name: "a place in a run",
			vi:   "Giá vàng tăng phiên thứ tư liên tiếp\n\nSáng nay, giá vàng miếng tăng 1,2 triệu đồng mỗi lượng so với hôm qua.\n\nĐây là phiên tăng thứ năm liên tiếp và là mức cao kỷ lục.",
			en:   "Gold rises for fourth straight session\n\nGold bar prices rose by VND1.2 million a tael this morning, the fourth consecutive daily rise and a record high.",
			want: "thứ năm liên tiếp | fourth consecutive daily",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, []string{tt.want}, conflictTexts(t, tt.vi, tt.en))
		})
	}
}

// A swapCase is two versions and the conflict expected between them.
type swapCase struct {
	name, vi, en string
	conflict     string // "vi text | en text", or "" for no conflict
}

// checkConflicts compares the versions of each case and checks that the
// expected conflict is among those found, or that none is.
func checkConflicts(t *testing.T, tests []swapCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := conflictTexts(t, tt.vi, tt.en)
			if tt.conflict == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tt.conflict)
		})
	}
}

// conflictTexts compares a Vietnamese and an English text and returns the
// conflicts as "vi text | en text".
func conflictTexts(t *testing.T, vi, en string) []string {
	t.Helper()
	r, err := Compare(Document{Text: vi}, Document{Text: en})
	require.NoError(t, err)
	var got []string
	for _, f := range r.Conflicts() {
		got = append(got, f.A.Text()+" | "+f.B.Text())
	}
	return got
}

// TestPersonSwaps checks that a full name the other version states in one
// sentence only, and never in this version, is a swap for the person this
// version names in the aligned sentence, even when the other version
// names that person elsewhere.
func TestPersonSwaps(t *testing.T) {
	tests := []swapCase{
		{
			name:     "a scorer replaced in the lead",
			vi:       "Nhờ cú đúp của tiền đạo Nguyễn Văn Toàn, Việt Nam thắng Lào 2-0.\n\nNguyễn Văn Toàn ghi bàn ở phút 10.",
			en:       "Vietnam beat Laos 2-0 thanks to a double by striker Tran Minh Vuong.\n\nNguyen Van Toan scored in the 10th minute.",
			conflict: "Nguyễn Văn Toàn | Tran Minh Vuong",
		},
		{
			name: "the same scorer",
			vi:   "Nhờ cú đúp của tiền đạo Nguyễn Văn Toàn, Việt Nam thắng Lào 2-0.\n\nNguyễn Văn Toàn ghi bàn ở phút 10.",
			en:   "Vietnam beat Laos 2-0 thanks to a double by striker Nguyen Van Toan.\n\nNguyen Van Toan scored in the 10th minute.",
		},
	}
	checkConflicts(t, tests)
}

// TestNameSetSwaps checks, with beads given so that the two lists are not
// in aligned sentences (as happens when the English desk moves a
// paragraph), that a name swapped inside two
// lists that share the other names is a conflict, found before the other
// name is paired elsewhere.
func TestNameSetSwaps(t *testing.T) {
	vi := "Lũ lụt nghiêm trọng ở miền Trung.\n\nTheo Ban Chỉ đạo, mưa lũ tại Quảng Trị, Huế, Đà Nẵng và Gia Lai làm 14 người chết.\n\n" +
		"Quảng Ngãi thiệt hại nặng nhất với 6 người chết."
	en := "Floods kill 14 in central Vietnam.\n\nQuang Ngai was the worst hit, with six deaths.\n\n" +
		"The provinces of Quang Tri and Quang Ngai and the cities of Hue and Da Nang were affected."
	var c config
	side := func(text string, lang language.Tag) (sideItems, int) {
		p, err := prepare("a", Document{Text: text, Lang: lang}, language.Und, time.Time{})
		require.NoError(t, err)
		return sideFacts(p, read(p), &c.cmp), len(p.Sentences)
	}
	fa, na := side(vi, language.Vietnamese)
	fb, nb := side(en, language.English)
	require.Equal(t, 3, na)
	require.Equal(t, 3, nb)
	beads := []Bead{{A: []int{0}, B: []int{0}, Score: 1}, {A: []int{1}, B: []int{1}, Score: 1}, {A: []int{2}}, {B: []int{2}}}
	var got []string
	for _, f := range pair(fa, fb, beads, na, nb, &c.cmp) {
		if f.Status == Conflict {
			got = append(got, f.A.Text()+" | "+f.B.Text())
		}
	}
	assert.Equal(t, []string{"Gia Lai | Quang Ngai"}, got)
}

// TestBodyAndTitleSwaps checks that two bodies the table names, one in
// each of two aligned sentences, are a conflict, while a kind of body
// ("Ban Chỉ đạo", short for a committee the table may not name) or a body
// the text names in its own words is no evidence of one; and that a
// person given another office in the other version is a conflict,
// wherever the title stands (before the name with what it is the title
// of, or after the name in lower case).
func TestBodyAndTitleSwaps(t *testing.T) {
	tests := []swapCase{
		{
			name:     "ministries",
			vi:       "Bộ Tài chính cho biết thu ngân sách tăng 5%.",
			en:       "The Ministry of Industry and Trade said revenue rose 5%.",
			conflict: "Bộ Tài chính | Ministry of Industry and Trade",
		},
		{
			name:     "departments of a city",
			vi:       "Sở Y tế đề xuất mở thêm 3 bệnh viện.",
			en:       "The Department of Construction proposed three more hospitals.",
			conflict: "Sở Y tế | Department of Construction",
		},
		{
			name: "a kind of body",
			vi:   "Theo Ban Chỉ đạo Phòng thủ dân sự quốc gia, 14 người chết.",
			en:   "Fourteen people died, the National Steering Committee for Natural Disaster Prevention and Control said.",
		},
		{
			name: "bodies in their own words",
			vi:   "Công ty An Phát lãi 5 tỷ đồng.",
			en:   "An Phat Holdings earned VND5 billion.",
		},
		{
			name: "the same body",
			vi:   "Bộ Công Thương cho biết xuất khẩu tăng 5%.",
			en:   "Exports rose 5%, the Ministry of Industry and Trade said.",
		},
		{
			name:     "chairman and vice chairman",
			vi:       "Chủ tịch UBND tỉnh Hoàng Văn Sơn phát biểu tại lễ khởi công dự án 500 tỷ đồng.",
			en:       "Vice Chairman of the provincial People's Committee Hoang Van Son spoke at the launch of the VND500 billion project.",
			conflict: "Hoàng Văn Sơn | Hoang Van Son",
		},
		{
			name:     "a title after the name",
			vi:       "Ông Trần Quốc Hưng, Phó Giám đốc Sở Y tế, cho biết có 12 ca mắc mới.",
			en:       "Tran Quoc Hung, director of the Department of Health, said there were 12 new cases.",
			conflict: "Trần Quốc Hưng | Tran Quoc Hung",
		},
		{
			name: "the same title after the name",
			vi:   "Ông Trần Quốc Hưng, Giám đốc Sở Y tế, cho biết có 12 ca mắc mới.",
			en:   "Tran Quoc Hung, director of the Department of Health, said there were 12 new cases.",
		},
		{
			name: "a minister and the Foreign Minister",
			vi:   "Bộ trưởng Vương Nghị tới Hà Nội ngày 3/4.",
			en:   "Foreign Minister Wang Yi arrived in Hanoi on April 3.",
		},
		{
			name:     "two ministers",
			vi:       "Bộ trưởng Bộ Công Thương Nguyễn Văn An ký 3 văn bản.",
			en:       "Finance Minister Nguyen Van An signed three documents.",
			conflict: "Nguyễn Văn An | Nguyen Van An",
		},
		{
			name:     "a coach's family name",
			vi:       "HLV Park Ji-sung hài lòng với chiến thắng 2-0.",
			en:       "Coach Kim Ji-sung was pleased with the 2-0 win.",
			conflict: "Park Ji-sung | Kim Ji-sung",
		},
		{
			name:     "chairman of an association, vice chairman",
			vi:       "Ông Lê Văn Hòa, Chủ tịch Hiệp hội Thủy sản Việt Nam, cho biết xuất khẩu tăng 5%.",
			en:       "Exports rose 5%, said Le Van Hoa, vice chairman of the Vietnam Seafood Exporters and Producers Association.",
			conflict: "Lê Văn Hòa | Le Van Hoa",
		},
		{
			name: "a chairman of a committee",
			vi:   "Chủ tịch UBND TP Võ Văn Tâm cho biết dự án cần 500 tỷ đồng.",
			en:   "The project needs VND500 billion, said Vo Van Tam, chairman of the city People's Committee.",
		},
	}
	checkConflicts(t, tests)
}
