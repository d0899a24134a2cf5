package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestCompoundDurations checks that hours and minutes, or minutes and
// seconds, are one length of time after a word that makes them one, and
// that a time of day stays a time.
func TestCompoundDurations(t *testing.T) {
	ref := WithReference(sportsRef)
	for _, c := range []struct {
		name string
		lang language.Tag
		in   string
		want string
	}{
		{"kéo dài N giờ M phút", language.Vietnamese, "Trận bán kết kéo dài 3 giờ 12 phút.",
			`duration 192 unit=minute "3 giờ 12 phút"`},
		{"kéo dài 1 giờ 5 phút", language.Vietnamese, "Buổi họp báo kéo dài 1 giờ 5 phút.",
			`duration 65 unit=minute "1 giờ 5 phút"`},
		{"sau ... thi đấu", language.Vietnamese, "Sau 1 giờ 58 phút thi đấu, cô giành chiến thắng.",
			`duration 118 unit=minute "1 giờ 58 phút"`},
		{"trước sự is no ago", language.Vietnamese, "Trận đấu kéo dài 2 giờ 7 phút trước sự theo dõi của người hâm mộ.",
			`duration 127 unit=minute "2 giờ 7 phút"`},
		{"N tiếng M phút", language.Vietnamese, "Anh phải mất 4 tiếng 15 phút mới hoàn thành.",
			`duration 255 unit=minute "4 tiếng 15 phút"`},
		{"N phút M giây", language.Vietnamese, "Cuộc gọi kéo dài 7 phút 30 giây.",
			`duration 450 unit=second "7 phút 30 giây"`},
		{"kéo dài 2h05", language.Vietnamese, "Trận đấu kéo dài 2h05.", `duration 125 unit=minute "2h05"`},
		{"mất 3h", language.Vietnamese, "Anh mất 3h để hoàn thành chặng đua.", `duration 3 unit=hour "3h"`},
		{"lasted N hours and M minutes", language.English, "The semi-final lasted three hours and 12 minutes.",
			`duration 192 unit=minute "three hours and 12 minutes"`},
		{"an hour and M minutes", language.English, "The briefing went on for an hour and five minutes.",
			`duration 65 unit=minute "an hour and five minutes"`},
		{"N hours M minutes", language.English, "She won after 1 hour 58 minutes of play.",
			`duration 118 unit=minute "1 hour 58 minutes"`},
		{"N minutes and M seconds", language.English, "The call lasted seven minutes and 30 seconds.",
			`duration 450 unit=second "seven minutes and 30 seconds"`},
		{"lasted 2h05", language.English, "The match lasted 2h05.", `duration 125 unit=minute "2h05"`},
		{"in 2h05m", language.English, "He won in 2h05m.", `duration 125 unit=minute "2h05m"`},
		{"3h 10m 5s", language.English, "He finished the stage in 3h 10m 5s.",
			`duration 11405 unit=second "3h 10m 5s"`},
		{"2h41 of play", language.English, "She won after 2h41 of play.", `duration 161 unit=minute "2h41"`},

		// Times of day stay times.
		{"giờ phút sáng", language.Vietnamese, "Tàu khởi hành lúc 6 giờ 45 phút sáng.",
			`date 2026-01-30T06:45 grain=minute "6 giờ 45 phút sáng"`},
		{"lúc giờ phút", language.Vietnamese, "Lúc 9 giờ 30 phút, đoàn tới nơi.",
			`date 2026-01-30T09:30 grain=minute "9 giờ 30 phút"`},
		{"lúc before a length tail", language.Vietnamese, "Đội tuyển ra sân lúc 19 giờ 30 phút thi đấu giao hữu.",
			`date 2026-01-30T19:30 grain=minute "19 giờ 30 phút"`},
		{"14h30", language.Vietnamese, "Đoàn tới lúc 14h30.", `date 2026-01-30T14:30 grain=minute "14h30"`},
		{"6:45 am", language.English, "The train leaves at 6:45 am.", `date 2026-01-30T06:45 grain=minute "6:45 am."`},
		{"at 9h30", language.English, "The ferry docks at 9h30 every day.", `date 2026-01-30T09:30 grain=minute "9h30"`},
		{"2h41 alone", language.English, "Police were called at 2h41.", `date 2026-01-30T02:41 grain=minute "2h41"`},
		{"41m alone", language.English, "The tower is 41m tall.", `number 41 unit=m "41m"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, dumpAll(Extract(c.in, c.lang, ref)), c.in)
		})
	}
}

// TestDurationsAcross checks that the two languages give one length of
// time, or one time of day, of the same value for each pair of phrases.
func TestDurationsAcross(t *testing.T) {
	sameFact(t, []langPair{
		{"kéo dài 2 giờ 41 phút", "two hours and 41 minutes"},
		{"kéo dài 2 giờ 41 phút", "lasted 2 hours 41 minutes"},
		{"kéo dài 2 giờ 41 phút", "lasted 2h41"},
		{"mất 1 giờ 5 phút", "an hour and 5 minutes"},
		{"kéo dài 3 tiếng 20 phút", "three hours and 20 minutes"},
		{"kéo dài 5 phút 30 giây", "five minutes and 30 seconds"},
		{"lúc 5 giờ 30 phút sáng", "at 5:30 am"},
	})
}

// TestNights checks nights counted as a length: a unit of their own in
// both languages, and no half of a night in "nửa đêm" (midnight).
func TestNights(t *testing.T) {
	for _, c := range []struct {
		lang     language.Tag
		in, unit string
		value    string // "" for no length at all
	}{
		{language.Vietnamese, "Khách phải lưu trú tối thiểu 3 đêm.", "night", "3"},
		{language.English, "Guests must stay at least three nights.", "night", "3"},
		{language.English, "a three-night minimum stay", "night", "3"},
		{language.Vietnamese, "Đoàn xe rời cảng lúc nửa đêm.", "", ""},
		{language.Vietnamese, "Họ ở lại nửa ngày.", "day", "0.5"},
	} {
		t.Run(c.in, func(t *testing.T) {
			var got []Mention
			for _, m := range Extract(c.in, c.lang) {
				if m.Kind == Duration {
					got = append(got, m)
				}
			}
			if c.value == "" {
				assert.Empty(t, got)
				return
			}
			if assert.Len(t, got, 1) {
				assert.Equal(t, c.unit, got[0].Unit)
				assert.Equal(t, c.value, got[0].Value.String())
			}
		})
	}
}
