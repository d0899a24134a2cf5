package numbers_test

import (
	"fmt"
	"time"

	"github.com/factalign/factalign/numbers"
	"golang.org/x/text/language"
)

// The article date resolves partial and relative dates: "30/1" gets its
// year, "thứ Sáu" and "Friday" their day. Without it the year stays
// unknown ("--01-30") and a relative date keeps what it says ("day-1").
func ExampleWithReference() {
	ref := numbers.WithReference(time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC))
	vi := "Chiều 30/1, Thủ tướng điện đàm với Tổng thống; hôm qua là thứ Năm. Giai đoạn 2025-2030, hơn 50 năm quan hệ."
	for _, m := range numbers.Extract(vi, language.Vietnamese, ref) {
		fmt.Println(m.Dump(), "|", m.Text)
	}
	en := "On Friday, the leaders held talks; the plan runs by 2030."
	for _, m := range numbers.Extract(en, language.English, ref) {
		fmt.Println(m.Dump(), "|", m.Text)
	}
	for _, m := range numbers.Extract("Chiều 30/1 và hôm qua", language.Vietnamese) {
		fmt.Println(m.Dump(), "|", m.Text)
	}
	// Output:
	// date 2026-01-30 grain=day | Chiều 30/1
	// date 2026-01-29 grain=day | hôm qua
	// date 2026-01-29 grain=day weekday=Thursday | thứ Năm
	// daterange 2025..2030 grain=year | Giai đoạn 2025-2030
	// duration 50 unit=year q=more | hơn 50 năm
	// date 2026-01-30 grain=day weekday=Friday | Friday
	// date 2030 grain=year by q=atmost | by 2030
	// date --01-30 grain=day | Chiều 30/1
	// date rel=day-1 | hôm qua
}
