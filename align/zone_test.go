package align

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/numbers"
)

// TestTimesInZones compares clock times said in a zone: the same instant
// in two zones agrees, another conflicts, and a time in a zone of known
// offset on one side only is never a conflict with another time.
func TestTimesInZones(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "the same zone", vi: "Trận đấu bắt đầu lúc 19h30 ngày 20/11 (giờ Hà Nội).", en: "The match kicks off at 7:30 p.m. Hanoi time on November 20.",
			agree: "19h30 ngày 20/11 (giờ Hà Nội) | 7:30 p.m. Hanoi time on November 20"},
		{name: "the same zone, edited", vi: "Trận đấu bắt đầu lúc 19h30 ngày 20/11 (giờ Hà Nội).", en: "The match kicks off at 8:30 p.m. Hanoi time on November 20.",
			conflict: "19h30 ngày 20/11 (giờ Hà Nội) | 8:30 p.m. Hanoi time on November 20"},
		{name: "one instant in two zones", vi: "Tàu được phóng lúc 5h30 sáng 9/12 (giờ Hà Nội).", en: "The craft was launched at 22:30 GMT on December 8.",
			agree: "5h30 sáng 9/12 (giờ Hà Nội) | 22:30 GMT on December 8"},
		{name: "another instant in two zones", vi: "Tàu được phóng lúc 5h30 sáng 9/12 (giờ Hà Nội).", en: "The craft was launched at 23:30 GMT on December 8.",
			conflict: "5h30 sáng 9/12 (giờ Hà Nội) | 23:30 GMT on December 8"},
		{name: "a zone on one side only", vi: "Tàu được phóng lúc 22h30 theo giờ GMT.", en: "The craft was launched at 5:30 a.m."},
		{name: "a zone on one side, the same time", vi: "Lễ khai mạc bắt đầu lúc 20h (giờ Việt Nam).", en: "The opening ceremony starts at 8 p.m.",
			agree: "20h (giờ Việt Nam) | 8 p.m."},
		// A restatement in another zone of known offset: both must agree,
		// and a restatement on one side may be the other's time in a
		// third zone (Sydney's summer time is UTC+11, the table's +10).
		{name: "two restatements", vi: "Báo cáo được phát hành lúc 10h giờ Sydney, tức 6h giờ Hà Nội.", en: "The report was released at 10 a.m. Sydney time (6 a.m. in Hanoi).",
			agree: "10h giờ Sydney, tức 6h giờ Hà Nội | 10 a.m. Sydney time (6 a.m. in Hanoi)"},
		{name: "two restatements, one edited", vi: "Báo cáo được phát hành lúc 10h giờ Sydney, tức 7h giờ Hà Nội.", en: "The report was released at 10 a.m. Sydney time (6 a.m. in Hanoi).",
			conflict: "10h giờ Sydney, tức 7h giờ Hà Nội | 10 a.m. Sydney time (6 a.m. in Hanoi)"},
		{name: "two restatements, the first time edited", vi: "Báo cáo được phát hành lúc 11h giờ Sydney, tức 6h giờ Hà Nội.", en: "The report was released at 10 a.m. Sydney time (6 a.m. in Hanoi).",
			conflict: "11h giờ Sydney, tức 6h giờ Hà Nội | 10 a.m. Sydney time (6 a.m. in Hanoi)"},
		{name: "two restatements in two orders, one edited", vi: "Họ hội chẩn lúc 2h15 ngày 29/11 giờ Tokyo, tức 1h15 giờ Việt Nam.", en: "They consulted him at 12:15 a.m. Vietnam time (2:15 a.m. Tokyo time) on November 29.",
			conflict: "2h15 ngày 29/11 giờ Tokyo, tức 1h15 giờ Việt Nam | 12:15 a.m. Vietnam time (2:15 a.m. Tokyo time) on November 29"},
		{name: "two restatements in two orders, a zone in its summer time", vi: "Lễ ký diễn ra lúc 15h ngày 10/7 giờ Hà Nội, tức 10h giờ Paris.", en: "The signing took place at 10 a.m. Paris time (3 p.m. Hanoi time) on July 10.",
			agree: "15h ngày 10/7 giờ Hà Nội, tức 10h giờ Paris | 10 a.m. Paris time (3 p.m. Hanoi time) on July 10"},
		{name: "two restatements in two orders, a zone in its summer time, edited", vi: "Lễ ký diễn ra lúc 15h ngày 10/7 giờ Hà Nội, tức 11h giờ Paris.", en: "The signing took place at 10 a.m. Paris time (3 p.m. Hanoi time) on July 10.",
			conflict: "15h ngày 10/7 giờ Hà Nội, tức 11h giờ Paris | 10 a.m. Paris time (3 p.m. Hanoi time) on July 10"},
		{name: "two restatements and a third time, the restatement edited", vi: "Lễ ký diễn ra lúc 15h giờ Paris, tức 22h giờ Manila và 21h giờ Hà Nội.", en: "The signing took place at 3 p.m. Paris time, which was 11 p.m. in Manila and 9 p.m. in Hanoi.",
			conflict: "15h giờ Paris, tức 22h giờ Manila | 3 p.m. Paris time, which was 11 p.m. in Manila", agree: "21h giờ Hà Nội | 9 p.m. in Hanoi"},
		{name: "a restatement against the time in its zone", vi: "Báo cáo được phát hành lúc 10h giờ Sydney, tức 6h giờ Hà Nội.", en: "The report was released at 6 a.m. Hanoi time.",
			agree: "10h giờ Sydney, tức 6h giờ Hà Nội | 6 a.m. Hanoi time"},
		{name: "a restatement against the first zone's time, edited", vi: "Máy bay hạ cánh lúc 10h20 (giờ Tokyo), tức 9h20 giờ Hà Nội.", en: "The plane landed at 11:20 a.m. Tokyo time.",
			conflict: "10h20 (giờ Tokyo), tức 9h20 giờ Hà Nội | 11:20 a.m. Tokyo time"},
		{name: "lengths in two units", vi: "Bị cáo lĩnh 3 năm 6 tháng tù.", en: "The defendant was sentenced to three and a half years in prison.",
			agree: "3 năm 6 tháng | three and a half years"},
		{name: "lengths in two units, edited", vi: "Bị cáo lĩnh 3 năm 6 tháng tù.", en: "The defendant was sentenced to four and a half years in prison.",
			conflict: "3 năm 6 tháng | four and a half years"},
	})
}

// TestShiftPoint moves points to the same instant in another zone.
func TestShiftPoint(t *testing.T) {
	for _, c := range []struct {
		name string
		p    numbers.Point
		d    time.Duration
		want numbers.Point
	}{
		{"across midnight", numbers.Point{Year: 2026, Month: 12, Day: 9, Hour: 5, Minute: 30, Grain: numbers.GrainMinute}, -7 * time.Hour,
			numbers.Point{Year: 2026, Month: 12, Day: 8, Hour: 22, Minute: 30, Grain: numbers.GrainMinute}},
		{"across a new year", numbers.Point{Year: 2026, Month: 12, Day: 31, Hour: 20, Grain: numbers.GrainHour}, 7 * time.Hour,
			numbers.Point{Year: 2027, Month: 1, Day: 1, Hour: 3, Grain: numbers.GrainHour}},
		{"no year", numbers.Point{Month: 3, Day: 1, Hour: 2, Grain: numbers.GrainHour}, -3 * time.Hour,
			numbers.Point{Month: 2, Day: 29, Hour: 23, Grain: numbers.GrainHour}},
		{"a time alone", numbers.Point{Hour: 1, Minute: 15, Grain: numbers.GrainMinute}, -90 * time.Minute,
			numbers.Point{Hour: 23, Minute: 45, Grain: numbers.GrainMinute}},
		{"a day is not moved", numbers.Point{Year: 2026, Month: 1, Day: 30, Grain: numbers.GrainDay}, 7 * time.Hour,
			numbers.Point{Year: 2026, Month: 1, Day: 30, Grain: numbers.GrainDay}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, shiftPoint(c.p, c.d))
		})
	}
}

// TestSegmentTimeZones keeps a time and its zone in one sentence: the
// full stop of "p.m." before a capital is no sentence end when a time
// goes on after it, and is one otherwise.
func TestSegmentTimeZones(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"It starts at 8 p.m. Vietnam time on December 10. Tickets are sold out.", 2},
		{"The craft was launched at 5:30 a.m. Hanoi time.", 1},
		{"He left at 8 p.m. Police arrived an hour later.", 2},
	} {
		t.Run(c.text, func(t *testing.T) {
			assert.Len(t, Segment(c.text, language.English), c.want)
		})
	}
}
