package numbers

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestDayPairs checks two days of one month joined by "and" or a comma:
// two consecutive days are a range, two days apart are two dates (a bare
// day after a date takes its month), and a pair that could be something
// else is left alone.
func TestDayPairs(t *testing.T) {
	ref := WithReference(time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
	for _, c := range []struct {
		lang language.Tag
		in   string
		want string // each mention's Dump and quoted text, joined by " | "
	}{
		// Consecutive days: a range.
		{language.Vietnamese, "Giải chạy tổ chức trong hai ngày 13 và 14/9.",
			`duration 2 unit=day "hai ngày" | daterange 2026-09-13..2026-09-14 grain=day "13 và 14/9"`},
		{language.Vietnamese, "Hội chợ mở cửa ngày 3 và 4/10/2025 tại Đà Nẵng.",
			`daterange 2025-10-03..2025-10-04 grain=day "ngày 3 và 4/10/2025"`},
		{language.Vietnamese, "Đoàn làm việc ngày 20, 21/7 ở Huế.",
			`daterange 2026-07-20..2026-07-21 grain=day "ngày 20, 21/7"`},
		{language.English, "The fair opens on October 3 and 4 in Da Nang.",
			`daterange 2026-10-03..2026-10-04 grain=day "October 3 and 4"`},
		// Each day with its month, the days consecutive: a range too.
		{language.Vietnamese, "Hai đêm diễn vào ngày 22/8 và 23/8.",
			`duration 2 unit=night "Hai đêm" | daterange 2026-08-22..2026-08-23 grain=day "ngày 22/8 và 23/8"`},
		{language.English, "The shows are on Aug. 22 and Aug. 23.",
			`daterange 2026-08-22..2026-08-23 grain=day "Aug. 22 and Aug. 23"`},
		{language.Vietnamese, "Đoàn làm việc ngày 22/8 và 24/8.",
			`date 2026-08-22 grain=day "ngày 22/8" | date 2026-08-24 grain=day "24/8"`},
		{language.Vietnamese, "Đoàn làm việc ngày 22/8, 23/8.",
			`date 2026-08-22 grain=day "ngày 22/8" | date 2026-08-23 grain=day "23/8"`},
		// Days apart: two dates, the first taking the month of the second.
		{language.Vietnamese, "Tàu chạy thêm chuyến ngày 13 và 15/9.",
			`date 2026-09-13 grain=day "ngày 13" | date 2026-09-15 grain=day "15/9"`},
		{language.Vietnamese, "Trong hai ngày 13 và 16/9, trời mưa.",
			`duration 2 unit=day "hai ngày" | date 2026-09-13 grain=day "13" | date 2026-09-16 grain=day "16/9"`},
		{language.English, "The fair opens on October 3 and 5.",
			`date 2026-10-03 grain=day "October 3" | date 2026-10-05 grain=day "5"`},
		{language.English, "Voting is on the 3rd and 9th.",
			`date 2026-06-03 grain=day "3rd" | date 2026-06-09 grain=day "9th"`},
		{language.Vietnamese, "Đoàn họp ngày 8 và 12.",
			`date 2026-06-08 grain=day "ngày 8" | date 2026-06-12 grain=day "12"`},
		// Two days alone, one after the other: a range.
		{language.Vietnamese, "Đoàn họp ngày 8 và 9.",
			`daterange 2026-06-08..2026-06-09 grain=day "ngày 8 và 9"`},
		// A month without its year takes the year of the next one.
		{language.English, "Prices rose in March and November last year.",
			`date 2025-03 grain=month "March" | date 2025-11 grain=month "November last year"`},
		{language.Vietnamese, "Giá tăng vào tháng 3 và tháng 11/2024.",
			`date 2024-03 grain=month "tháng 3" | date 2024-11 grain=month "tháng 11/2024"`},
		{language.Vietnamese, "Đoàn làm việc ngày 20/3 và 2/4/2024.",
			`date 2024-03-20 grain=day "ngày 20/3" | date 2024-04-02 grain=day "2/4/2024"`},
		{language.English, "Prices rose in March and November.",
			`date 2026-03 grain=month "March" | date 2026-11 grain=month "November"`},
		// Days "D-M" before a month are two days of that month.
		{language.Vietnamese, "Hội nghị họp ngày 4-5 tháng 1.",
			`daterange 2026-01-04..2026-01-05 grain=day "ngày 4-5 tháng 1"`},
		{language.English, "The summit meets on 4-5 January.",
			`daterange 2026-01-04..2026-01-05 grain=day "4-5 January"`},
		{language.Vietnamese, "Hội nghị họp ngày 4-5 và tháng 1 năm sau.",
			`date 2026-05-04 grain=day "ngày 4-5" | date 2027-01 grain=month "tháng 1 năm sau"`},
		// Not a pair of days.
		{language.Vietnamese, "Ngày 30 và 1/7 là hai ngày nghỉ.",
			`date 2026-06-30 grain=day "Ngày 30" | date 2026-07-01 grain=day "1/7" | duration 2 unit=day "hai ngày"`},
		{language.Vietnamese, "Kết quả là 1 và 2/3 số phiếu.",
			`number 1 "1" | number 0.666666666666667 "2/3"`},
		{language.English, "On October 3, 4 people were hurt.",
			`date 2026-10-03 grain=day "October 3" | number 4 unit=person "4 people"`},
		{language.English, "On October 3 and 4 people were hurt.",
			`date 2026-10-03 grain=day "October 3" | number 4 unit=person "4 people"`},
		{language.English, "On October 3 and 9 people were hurt.",
			`date 2026-10-03 grain=day "October 3" | number 9 unit=person "9 people"`},
		{language.English, "On October 9 and 3 more were found.",
			`date 2026-10-09 grain=day "October 9" | number 3 "3"`},
	} {
		var got []string
		for _, m := range Extract(c.in, c.lang, ref) {
			got = append(got, m.Dump()+" "+strconv.Quote(m.Text))
		}
		assert.Equal(t, c.want, strings.Join(got, " | "), c.in)
	}
}
