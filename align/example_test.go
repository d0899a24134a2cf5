package align_test

import (
	"fmt"
	"time"

	"github.com/factalign/factalign/align"
	"golang.org/x/text/language"
)

// Segment a Vietnamese article and a hand-made English version, and pair
// their sentences.
func Example() {
	vi := align.Segment("date 2026-01-30\n\nGiá vàng lập đỉnh mới\n\n"+
		"Chiều 30/1, giá vàng SJC tăng lên 95 triệu đồng mỗi lượng. "+
		"Người dân xếp hàng dài tại các cửa hàng ở Hà Nội.\n\n"+
		"Một cửa hàng vàng trên phố Trần Nhân Tông. Ảnh: Minh Anh", language.Vietnamese)
	en := align.Segment("Gold hits new record\n\n"+
		"People queued outside shops in Hà Nội on Friday "+
		"as the price of SJC gold rose to VND95 million per tael.", language.English)
	for _, b := range align.Sentences(vi, en) {
		fmt.Printf("%v ↔ %v\n", b.A, b.B)
	}
	// Output:
	// [0] ↔ [0]
	// [1 2] ↔ [1]
	// [3] ↔ []
	// [4] ↔ []
}

func ExampleSegment() {
	text := "TS. Nguyễn Văn An cho biết cả nước có 4.400 dự án. Vốn đạt 1,5 tỷ USD.\n\n" +
		"Công nhân làm việc tại nhà máy. Ảnh: TTXVN"
	for _, s := range align.Segment(text, language.Vietnamese) {
		fmt.Printf("%d:%d %-7s %s\n", s.Start, s.End, s.Kind, s.Text)
	}
	// Output:
	// 0:64 body    TS. Nguyễn Văn An cho biết cả nước có 4.400 dự án.
	// 65:91 body    Vốn đạt 1,5 tỷ USD.
	// 93:133 caption Công nhân làm việc tại nhà máy.
	// 134:146 credit  Ảnh: TTXVN
}

func ExampleHeader() {
	text := "date 2026-01-30\n\nSingapore to raise the number of parks"
	date, body, ok := align.Header(text)
	fmt.Println(date.Format("2 January 2006"), ok)
	fmt.Printf("%q\n", text[body:])
	// Output:
	// 30 January 2026 true
	// "\nSingapore to raise the number of parks"
}

func ExampleSentences() {
	a := []align.Sentence{
		{Text: "Tôi sinh năm 1975."},
		{Text: "Gia đình tôi rời Việt Nam khi tôi bốn tuổi. Chúng tôi đến Úc."},
		{Text: "Cảm ơn."},
	}
	b := []align.Sentence{
		{Text: "I was born in 1975."},
		{Text: "My family left Vietnam when I was four."},
		{Text: "We came to Australia."},
		{Text: "Thank you."},
	}
	for _, bead := range align.Sentences(a, b, align.WithMode(align.Monotonic)) {
		fmt.Printf("%v ↔ %v\n", bead.A, bead.B)
	}
	// Output:
	// [0] ↔ [0]
	// [1] ↔ [1 2]
	// [2] ↔ [3]
}

func ExampleWithMode() {
	// Two versions written apart: the English desk moved the figures up.
	a := []align.Sentence{
		{Text: "Hội nghị khai mạc sáng nay tại Hà Nội."},
		{Text: "Các đại biểu thảo luận về giáo dục."},
		{Text: "Năm nay có 1.200 trường học mới được xây dựng."},
	}
	b := []align.Sentence{
		{Text: "Some 1,200 new schools were built this year."},
		{Text: "The conference opened in Hà Nội this morning."},
	}
	for _, bead := range align.Sentences(a, b, align.WithMode(align.Comparable)) {
		fmt.Printf("%v ↔ %v\n", bead.A, bead.B)
	}
	// Output:
	// [0] ↔ [1]
	// [1] ↔ []
	// [2] ↔ [0]
}

func ExampleWithLanguages() {
	a := []align.Sentence{{Text: "Xuất khẩu đạt 40 tỷ USD."}}
	b := []align.Sentence{{Text: "Exports reached $40 billion."}}
	beads := align.Sentences(a, b, align.WithLanguages(language.Vietnamese, language.English))
	fmt.Println(beads[0].A, beads[0].B)
	// Output:
	// [0] [0]
}

func ExampleWithDates() {
	// "30/1" and "on Friday" are the same day when the articles are dated.
	day := time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC)
	a := []align.Sentence{
		{Text: "Hai nhà lãnh đạo điện đàm chiều 30/1."},
		{Text: "Họ nhất trí tăng cường hợp tác."},
	}
	b := []align.Sentence{
		{Text: "They agreed to boost cooperation."},
		{Text: "The two leaders held phone talks on Friday."},
	}
	for _, bead := range align.Sentences(a, b, align.WithDates(day, day), align.WithMode(align.Comparable)) {
		fmt.Printf("%v ↔ %v\n", bead.A, bead.B)
	}
	// Output:
	// [0] ↔ [1]
	// [1] ↔ [0]
}

func ExampleWithBand() {
	a := []align.Sentence{{Text: "Một."}, {Text: "Hai."}, {Text: "Ba."}}
	b := []align.Sentence{{Text: "One."}, {Text: "Two."}, {Text: "Three."}}
	fmt.Println(len(align.Sentences(a, b, align.WithMode(align.Monotonic), align.WithBand(1))))
	// Output:
	// 3
}

func ExampleGuessLanguage() {
	fmt.Println(align.GuessLanguage("Giá vàng tăng mạnh trong phiên sáng nay."))
	fmt.Println(align.GuessLanguage("Gold prices rose sharply this morning."))
	// Output:
	// vi
	// en
}

func ExampleParseMode() {
	m, ok := align.ParseMode("comparable")
	fmt.Println(m, ok)
	_, ok = align.ParseMode("sideways")
	fmt.Println(ok)
	// Output:
	// comparable true
	// false
}

func ExampleBead_String() {
	fmt.Printf("%q\n", align.Bead{A: []int{3, 4}, B: []int{5}}.String())
	fmt.Printf("%q\n", align.Bead{B: []int{11}}.String())
	// Output:
	// "3,4\t5"
	// "\t11"
}

func ExampleSentenceKind_String() {
	fmt.Println(align.Headline, align.Credit, align.SentenceKind(42))
	// Output:
	// headline credit kind(42)
}

func ExampleMode_String() {
	fmt.Println(align.Auto, align.Monotonic, align.Comparable)
	// Output:
	// auto monotonic comparable
}
