package numbers

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The facts of a sports report that the two versions of a story state
// in their own words: the seed of a player, a place in the world
// ranking (this file), how long a match lasted (durations_test.go). The
// sentences are made up.

// sportsRef is the date the made-up reports were written.
var sportsRef = time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC)

// TestSeeds checks that a seed is a rank with the unit seed in both
// languages, and that the words of seeds read nothing else.
func TestSeeds(t *testing.T) {
	for _, c := range []struct {
		name string
		lang language.Tag
		in   string
		want string
	}{
		{"hạt giống số N", language.Vietnamese, "Nữ tay vợt hạt giống số 3 dừng bước ở tứ kết.",
			`ordinal 3 unit=seed "hạt giống số 3"`},
		{"hạt giống số một", language.Vietnamese, "Hạt giống số một của giải rút lui vì chấn thương.",
			`ordinal 1 unit=seed "Hạt giống số một"`},
		{"hạt giống thứ N", language.Vietnamese, "Cặp đôi hạt giống thứ 4 giành vé vào chung kết.",
			`ordinal 4 unit=seed "hạt giống thứ 4"`},
		{"seeds to sow", language.Vietnamese, "Hai bao hạt giống số lượng lớn được chuyển tới.", `number 2 "Hai"`},
		{"third seed", language.English, "The third seed crashed out in the quarter-finals.",
			`ordinal 3 unit=seed "third"`},
		{"No. N seed", language.English, "Their No. 4 seed pair reached the final.", `ordinal 4 unit=seed "No. 4"`},
		{"top seed", language.English, "The top seed pulled out with an injury.", `ordinal 1 unit=seed "top seed"`},
		{"top-seeded", language.English, "The top-seeded Korean pair won in straight sets.",
			`ordinal 1 unit=seed "top-seeded"`},
		{"fifth-seeded", language.English, "The fifth-seeded Thai player saved a match point.",
			`ordinal 5 unit=seed "fifth"`},
		{"the top seeds are several", language.English, "All four top seeds reached the semi-finals.", `number 4 "four"`},
		{"No. N stays a number", language.English, "The decree, No. 45, takes effect in March.",
			`ordinal 45 unit=number "No. 45" | date --03 grain=month "March"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, dumpAll(Extract(c.in, c.lang)), c.in)
		})
	}
}

// TestWorldRanks checks that a rank said with the world, after it or
// before it, is a rank of the world ranking, and that a rank of another
// ranking keeps its unit.
func TestWorldRanks(t *testing.T) {
	for _, c := range []struct {
		name string
		lang language.Tag
		in   string
		want string
	}{
		{"hạng N thế giới", language.Vietnamese, "Tay vợt hạng 245 thế giới đánh bại đối thủ mạnh hơn.",
			`ordinal 245 unit=world ranking "hạng 245"`},
		{"xếp hạng N thế giới", language.Vietnamese, "Cô hiện xếp hạng 37 thế giới.",
			`ordinal 37 unit=world ranking "hạng 37"`},
		{"thứ N trên thế giới", language.Vietnamese, "Đội tuyển đứng thứ 94 trên thế giới.",
			`ordinal 94 unit=world ranking "thứ 94"`},
		{"số 1 thế giới", language.Vietnamese, "Anh là tay vợt số 1 thế giới suốt 20 tuần.",
			`ordinal 1 unit=world ranking "số 1" | duration 20 unit=week "20 tuần"`},
		{"hạng N alone is a place", language.Vietnamese, "Anh về đích hạng 3 chung cuộc.",
			`ordinal 3 unit=place "hạng 3"`},
		{"số N of a line", language.Vietnamese, "Tuyến xe buýt số 8 thế giới chưa có.", `ordinal 8 unit=line "số 8"`},
		{"world No. N", language.English, "The world No. 245 beat a stronger opponent.",
			`ordinal 245 unit=world ranking "No. 245"`},
		{"No. N in the world", language.English, "She is currently No. 37 in the world.",
			`ordinal 37 unit=world ranking "No. 37"`},
		{"ranked Nth in the world", language.English, "The team is ranked 94th in the world.",
			`ordinal 94 unit=world ranking "94th"`},
		{"the world's Nth", language.English, "It is the world's fifth-largest port.",
			`ordinal 5 unit=world ranking "fifth"`},
		{"world No. 1", language.English, "He spent 20 weeks as the world No. 1.",
			`duration 20 unit=week "20 weeks" | ordinal 1 unit=world ranking "No. 1"`},
		{"a place of its own", language.English, "He finished in third place.", `ordinal 3 unit=place "third"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, dumpAll(Extract(c.in, c.lang)), c.in)
		})
	}
}

// TestRanksAcross checks that the two languages give one rank, of the
// same value and unit, for each pair of phrases.
func TestRanksAcross(t *testing.T) {
	sameFact(t, []langPair{
		{"hạt giống số 2", "second seed"},
		{"hạt giống số 2", "the No. 2 seed"},
		{"hạt giống số một", "the top seed"},
		{"hạt giống số 1", "the top-seeded player"},
		{"hạt giống số 3", "the third-seeded player"},
		{"hạng 186 thế giới", "world No. 186"},
		{"xếp hạng 186 thế giới", "No. 186 in the world"},
		{"đứng thứ 186 thế giới", "ranked 186th in the world"},
	})
}

// A langPair is a phrase and its translation.
type langPair struct{ vi, en string }

// sameFact checks that each phrase and its translation give one mention
// each, with the same dump.
func sameFact(t *testing.T, pairs []langPair) {
	t.Helper()
	for _, c := range pairs {
		t.Run(c.vi+" = "+c.en, func(t *testing.T) {
			ref := WithReference(sportsRef)
			vi, en := Extract(c.vi, language.Vietnamese, ref), Extract(c.en, language.English, ref)
			require.Len(t, vi, 1, "%v", vi)
			require.Len(t, en, 1, "%v", en)
			assert.Equal(t, vi[0].Dump(), en[0].Dump())
		})
	}
}
