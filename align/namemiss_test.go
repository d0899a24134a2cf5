package align

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOneSyllableApart checks which keys of people's names differ in one
// syllable and no more.
func TestOneSyllableApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"person:trinh-thu-ngan", "person:trinh-thu-nga", true},
		{"person:hoang-van-khiem", "person:le-van-khiem", true},
		{"person:le-thi-thu-ha", "person:le-thi-thu-hoa", true},
		{"person:le-thi-thu-ha", "person:le-thi-thu-ha", false},
		{"person:pham-quang-vinh", "person:pham-minh-vinh-an", false},
		{"person:nguyen-van-an", "person:tran-van-binh", false},
	} {
		assert.Equal(t, c.want, oneSyllableApart(c.a, c.b), "%s / %s", c.a, c.b)
		// Names one syllable apart share a blanked name: the index of
		// conflictsNameMiss finds them.
		shared := slices.ContainsFunc(blankedNames(nil, c.a), func(k string) bool { return slices.Contains(blankedNames(nil, c.b), k) })
		assert.True(t, shared || !c.want, "%s / %s share no blanked name", c.a, c.b)
	}
}

// TestBlankedNames checks the keys a name is indexed under.
func TestBlankedNames(t *testing.T) {
	assert.Equal(t, []string{"*-thu-nga", "tran-*-nga", "tran-thu-*"}, blankedNames(nil, "person:tran-thu-nga"))
	assert.Equal(t, []string{"*"}, blankedNames(nil, "person:"))
}

// TestTitledNames checks two people of one title whose names of two
// words differ in one, in sentences the alignment does not pair: an
// edit of the name, which the other order of a Japanese name does not
// hide; and the name in the other order alone, which agrees.
func TestTitledNames(t *testing.T) {
	vi := func(name string) string {
		return "date 2026-06-12\n\nStartup nông nghiệp FarmLens gọi vốn thành công 6 triệu USD trong vòng Series A do quỹ Kaede Ventures dẫn đầu. Số tiền sẽ dùng để mở rộng sang Thái Lan.\n\n" +
			"Công ty có 45 nhân viên và phục vụ 120 hợp tác xã.\n\n" +
			"Ông " + name + ", Giám đốc điều hành Kaede Ventures, cho biết tập đoàn sẽ mua 1.200 tấn gạo từ các hợp tác xã trong năm 2027."
	}
	const en = "date 2026-06-12\n\n\"We are looking for technology that helps farmers cut emissions,\" said Kenta Sugimura, managing director of Kaede Ventures, which led a US$6 million Series A round in farm startup FarmLens.\n\n" +
		"The money will fund an expansion into Thailand. The company has 45 employees and serves 120 cooperatives.\n\n" +
		"Kaede's parent will buy 1,200 tons of rice from the cooperatives in 2027."
	checkPairCases(t, []pairCase{
		{name: "the name in the other order", vi: vi("Sugimura Kenta"), en: en, agree: "Sugimura Kenta | Kenta Sugimura"},
		{name: "a word of the name edited", vi: vi("Sugimoto Kenta"), en: en, conflict: "Sugimoto Kenta | Kenta Sugimura"},
	})
}
