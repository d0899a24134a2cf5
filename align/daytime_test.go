package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
