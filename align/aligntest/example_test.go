package aligntest_test

import (
	"fmt"

	"github.com/factalign/factalign/align"
	"github.com/factalign/factalign/align/aligntest"
)

func ExampleVerify() {
	vi := align.Document{Name: "story.vi.txt", Text: "Năm 2025, Đà Nẵng đón 4.400 tàu du lịch."}
	en := align.Document{Name: "story.en.txt", Text: "In 2025, Đà Nẵng welcomed 4,600 cruise ships."}
	_, err := aligntest.Verify(vi, en)
	fmt.Println(err)
	// Output:
	// story.vi.txt#0 "4.400 tàu du lịch" ≠ story.en.txt#0 "4,600 cruise ships": 4400 ship vs 4600 ship
}
