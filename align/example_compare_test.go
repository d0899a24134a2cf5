package align_test

import (
	"fmt"
	"os"

	"github.com/factalign/factalign/align"
)

func ExampleCompare() {
	vi := align.Document{Name: "vi.txt", Text: "date 2026-01-30\n\n" +
		"Chiều 30/1, Singapore cho biết đã có 4.400 dự án với tổng vốn khoảng 90 tỷ USD."}
	en := align.Document{Name: "en.txt", Text: "date 2026-01-30\n\n" +
		"Singapore said on Friday it had 4,500 projects worth US$90 billion."}
	r, err := align.Compare(vi, en)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Facts {
		fmt.Printf("%s %s: %s\n", f.Status, f.Kind, f.Why)
	}
	// Output:
	// agree date: Chiều 30/1 = Friday (30 January 2026 is a Friday)
	// agree entity: Singapore = Singapore
	// conflict number: 4.400 dự án ≠ 4,500 projects: 4400 project vs 4500 project
	// agree money: khoảng 90 tỷ USD = US$90 billion (approximate on one side only)
}

func ExampleReport_WriteText() {
	vi := align.Document{Name: "vi.txt", Text: "Năm 2025, Hải Phòng đón 4.400 tàu container."}
	en := align.Document{Name: "en.txt", Text: "In 2025, Hải Phòng received 4,400 container ships."}
	r, _ := align.Compare(vi, en)
	r.WriteText(os.Stdout)
	// Output:
	// A: vi.txt (vi), 1 sentence
	// B: en.txt (en), 1 sentence
	// Summary: 3 agree, 0 conflict, 0 only in A, 0 only in B
	//
	// agree     date         A0 "Năm 2025"                B0 "2025"                    Năm 2025 = 2025
	// agree     entity       A0 "Hải Phòng"               B0 "Hải Phòng"               Hải Phòng = Hải Phòng
	// agree     number       A0 "4.400 tàu container"     B0 "4,400 container ships"   4.400 tàu container = 4,400 container ships
}

func ExampleReport_WriteJSON() {
	vi := align.Document{Text: "Giá gạo đạt 505 USD/tấn."}
	en := align.Document{Text: "Rice fetched $505 per tonne."}
	r, _ := align.Compare(vi, en)
	r.WriteJSON(os.Stdout)
	// Output:
	// {"a":{"lang":"vi","lang_confidence":1,"sentences":[{"start":0,"end":32}]},"b":{"lang":"en","lang_confidence":0.8,"sentences":[{"start":0,"end":28}]},"pairs":[{"a":[0],"b":[0],"score":1}],"facts":[{"status":"agree","kind":"money","a":{"start":18,"end":31,"text":"505 USD/tấn","kind":"money","value":"505","currency":"USD","per":"tonne","sentence":0},"b":{"start":13,"end":27,"text":"$505 per tonne","kind":"money","value":"505","currency":"USD","per":"tonne","sentence":0},"why":"505 USD/tấn = $505 per tonne","confidence":1}],"summary":{"agree":1,"conflict":0,"only_a":0,"only_b":0}}
}
