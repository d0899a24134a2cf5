package align

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSmallCounts checks the counts of disaster and crime news said in
// words: a count of a noun no table knows ("Sáu thợ mỏ", "two
// friendlies") is a fact, the object of "killed" counts the dead, the
// injured and the missing are people, and a part of a whole points back
// to the figure it can be part of.
func TestSmallCounts(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "the object of killed", vi: "Vụ nổ làm 6 người chết.", en: "The blast killed six.",
			agree: "6 người chết | six"},
		{name: "the object of killed, edited", vi: "Vụ nổ làm 6 người chết.", en: "The blast killed seven.",
			conflict: "6 người chết | seven"},
		{name: "the injured are people", vi: "Vụ cháy khiến 9 người bị thương.", en: "Nine people were injured in the fire.",
			agree: "9 người bị thương | Nine people"},
		{name: "the injured are people, edited", vi: "Vụ cháy khiến 9 người bị thương.", en: "Eight people were injured in the fire.",
			conflict: "9 người bị thương | Eight people"},
		{name: "a noun no table knows", vi: "Sáu thợ mỏ mắc kẹt.", en: "Six miners are trapped.",
			agree: "Sáu | Six"},
		{name: "a noun no table knows, edited", vi: "Sáu thợ mỏ mắc kẹt.", en: "Five miners are trapped.",
			conflict: "Sáu | Five"},
		{name: "a part of a whole", vi: "Cảnh sát bắt 9 người, trong đó có hai người nước ngoài.", en: "Police arrested nine people, two of them foreigners.",
			agree: "hai người nước ngoài | two"},
		{name: "a part of a whole, edited", vi: "Cảnh sát bắt 9 người, trong đó có hai người nước ngoài.", en: "Police arrested nine people, three of them foreigners.",
			conflict: "hai người nước ngoài | three"},
		{name: "a part of the whole before the last count", vi: "Danh sách có 23 cầu thủ cho hai trận giao hữu. Trong số này có 4 cầu thủ lần đầu được gọi.",
			en: "The 23-man squad is for two friendlies. Five of them are first-time call-ups.", conflict: "4 cầu thủ | Five"},
		{name: "the verb before a figure is its own", vi: "Bão làm 3 người chết, 12 người khác bị thương.", en: "The storm killed three people and injured 13 others.",
			agree: "3 người chết | three people", conflict: "12 người | 13"},
		{name: "fishermen, a unit", vi: "Sáu ngư dân mất tích.", en: "Five fishermen are missing.",
			conflict: "Sáu ngư dân | Five fishermen"},
		{name: "crew members are not boats", vi: "Lực lượng chức năng đã cứu được bảy thuyền viên.", en: "Rescuers saved six crew members.",
			conflict: "bảy thuyền viên | six crew members"},
		{name: "the only rank of aligned sentences", vi: "Đây là vụ tai nạn thứ tư trên đèo Bảo Lộc kể từ đầu năm.", en: "It is the third accident on the pass since the start of the year.",
			conflict: "thứ tư | third"},
		{name: "others are no metres", vi: "Xe lao xuống vực sâu 30 m. Tài xế tử vong, 13 người khác bị thương.", en: "The coach plunged 30 metres. The driver died and 15 others were injured.",
			conflict: "13 người | 15"},
		{name: "two-way trade is no count", vi: "Thương mại hai chiều đạt 8 tỷ USD.", en: "Two-way trade reached US$8 billion.",
			agree: "8 tỷ USD | US$8 billion"},
		{name: "a count at the end of a clause is prose", vi: "Đội xếp thứ hai.", en: "The team ranked two."},
	})
}

// TestWordAfter finds the word a small count counts, after spaces or a
// glued hyphen, and none at the end of a clause.
func TestWordAfter(t *testing.T) {
	for _, c := range []struct {
		text string
		end  int
		want bool
	}{
		{"two friendlies", 3, true},
		{"a six-storey block", 5, true},
		{"ranked two.", 10, false},
		{"ranked two", 10, false},
		{"Đà Nẵng bốn, Huế", 14, false},
		{"Sáu ngư dân", 4, true},
		{"two - way", 3, false},
		{"a four-and-a-half-year term", 6, false},
		{"the two-year-old", 7, false},
		{"x", 5, false},
	} {
		assert.Equal(t, c.want, wordAfter(c.text, c.end), "%q at %d", c.text, c.end)
	}
}

// TestBareValueElsewhere checks that two bare figures of aligned
// sentences do not conflict when one finds its own value unpaired on the
// other side (leftElsewhere), and still conflict when neither does.
func TestBareValueElsewhere(t *testing.T) {
	const (
		convoyVI = "date 2026-03-05\n\nĐoàn xe cứu trợ của tỉnh Thái Bình lên đường đến Lào Cai sáng 5/3.\n\nĐây là đoàn xe cứu trợ %s của tỉnh, chở 120 tấn gạo, sau đoàn xe đưa 45 tấn nhu yếu phẩm hôm 26/2.\n"
		convoyEN = "date 2026-03-05\n\nThai Binh province sent its second relief convoy to Lao Cai on Thursday morning.\n\nThe convoy carries 120 tonnes of rice; the first convoy delivered 45 tonnes of supplies on February 26.\n"
	)
	checkPairCases(t, []pairCase{
		{name: "the rank said in the other lead", vi: fmt.Sprintf(convoyVI, "thứ hai"), en: convoyEN, agree: "120 tấn | 120 tonnes"},
		{name: "a rank said nowhere else", vi: fmt.Sprintf(convoyVI, "thứ ba"), en: convoyEN, conflict: "thứ ba | first"},
		{name: "a count said in another sentence",
			vi:    "date 2026-08-13\n\nĐám cháy đã thiêu rụi 3.200 ha rừng. Chính quyền mở 7 trung tâm tạm trú cho người dân. Có 9 lính cứu hỏa bị thương.",
			en:    "date 2026-08-13\n\nThe fire has burned 3,200 hectares of forest and the authorities opened shelters for residents. Nine firefighters have been hurt.",
			agree: "3.200 ha | 3,200 hectares"},
	})
}
