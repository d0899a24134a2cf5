package align

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/numbers"
)

// TestTimeOfDate checks that a clock time said alone pairs with the time
// of a dated clock time of the other version in the bead next to its own,
// when its day stands in the sentence next to it: the two facts one
// version says in one mention, the other in two sentences.
func TestTimeOfDate(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en, time string
		status             Status
	}{
		{"in the next sentence",
			"date 2026-11-12\n\nTrận động đất xảy ra lúc 10h42 giờ địa phương ngày 12/11 ngoài khơi Davao Oriental.\n\nTâm chấn ở độ sâu 23 km.",
			"date 2026-11-12\n\nA quake struck off Davao Oriental on Thursday.\n\nIt hit at 10:42 am local time at a depth of 23 km.",
			"10:42 am local time", Agree},
		{"in the next sentence, edited",
			"date 2026-11-12\n\nTrận động đất xảy ra lúc 11h42 giờ địa phương ngày 12/11 ngoài khơi Davao Oriental.\n\nTâm chấn ở độ sâu 23 km.",
			"date 2026-11-12\n\nA quake struck off Davao Oriental on Thursday.\n\nIt hit at 10:42 am local time at a depth of 23 km.",
			"10:42 am local time", Conflict},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := compareFact(t, tc.vi, tc.en, tc.time, true)
			assert.Equal(t, tc.status, found.Status, "why: %s", found.Why)
		})
	}
}

// itemsOf returns the mentions numbers finds in text, written on ref, as
// the items of one sentence.
func itemsOf(t *testing.T, text string, lang language.Tag, ref time.Time) []Item {
	t.Helper()
	ms := numbers.Extract(text, lang, numbers.WithReference(ref))
	items := make([]Item, len(ms))
	for i := range ms {
		items[i] = Item{Number: &ms[i]}
	}
	return items
}

// TestInWeekdayList checks that weekdays listed side by side are a
// schedule, and weekdays apart in one sentence are days.
func TestInWeekdayList(t *testing.T) {
	ref := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang language.Tag
		text string
		want []bool // inWeekdayList of each mention
	}{
		{language.English, "The carrier flies on Mondays, Wednesdays, Fridays and Sundays.", []bool{true, true, true, true}},
		{language.Vietnamese, "Đường bay khai thác vào thứ Hai, thứ Tư, thứ Sáu và Chủ nhật.", []bool{true, true, true, true}},
		{language.English, "The holiday ended on Sunday, the department said on Tuesday.", []bool{false, false}},
		{language.English, "Flights run on Mondays and on Mondays only.", []bool{false, false}},
	} {
		items := itemsOf(t, tc.text, tc.lang, ref)
		got := make([]bool, len(items))
		for i := range items {
			got[i] = inWeekdayList(items, i)
		}
		assert.Equal(t, tc.want, got, tc.text)
	}
}

// TestLeadDay checks which dates a lead states as its day: not a clock
// time alone, whose day is the context's.
func TestLeadDay(t *testing.T) {
	ref := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang language.Tag
		text string
		want bool
	}{
		{language.Vietnamese, "Tối 19/11", true},
		{language.English, "on Tuesday", true},
		{language.English, "on Tuesday at 10 a.m.", true},
		{language.Vietnamese, "lúc 21h15", false},
		{language.English, "at 9:15 p.m.", false},
		{language.Vietnamese, "năm nay", false},
	} {
		items := itemsOf(t, tc.text, tc.lang, ref)
		if assert.Len(t, items, 1, tc.text) {
			assert.Equal(t, tc.want, leadDay(&items[0]), tc.text)
		}
	}
}
