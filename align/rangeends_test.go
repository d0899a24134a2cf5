package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRangeEnds checks that a range on one side meets the two figures
// that state its ends on the other, and that an end that differs is a
// conflict.
func TestRangeEnds(t *testing.T) {
	tests := []struct {
		name, vi, en string
		want         []string // "status a-text | b-text"
	}{
		{
			name: "fares",
			vi:   "Vé xe buýt mới.\n\nGiá vé thấp nhất là 7.000 đồng, đi hết tuyến là 15.000 đồng.",
			en:   "New bus fares.\n\nFares range from VND7,000-15,000.",
			want: []string{"agree 7.000 đồng | from VND7,000-15,000", "agree 15.000 đồng | from VND7,000-15,000"},
		},
		{
			name: "opening hours, one edited",
			vi:   "date 2026-03-02\n\nGiờ mở cửa.\n\nBảo tàng mở cửa từ 8 giờ, đóng cửa lúc 17 giờ hằng ngày.",
			en:   "date 2026-03-02\n\nOpening hours.\n\nThe museum is open from 8 am to 6 pm every day.",
			want: []string{"agree từ 8 giờ | from 8 am to 6 pm", "conflict 17 giờ | from 8 am to 6 pm"},
		},
		{
			// A range of days and the one date the other side gives: its
			// end agrees, a day outside it is a conflict.
			name: "two days, the end named",
			vi:   "date 2026-06-15\n\nKỳ thi tuyển sinh.\n\nKỳ thi diễn ra trong 2 ngày 18 và 19/6 tại 40 điểm thi.",
			en:   "date 2026-06-15\n\nEntrance exam.\n\nThe two-day exam at 40 venues ends on Friday.",
			want: []string{"agree 18 và 19/6 | Friday"},
		},
		{
			name: "two days, a day after them",
			vi:   "date 2026-06-15\n\nKỳ thi tuyển sinh.\n\nKỳ thi diễn ra trong 2 ngày 18 và 19/6 tại 40 điểm thi.",
			en:   "date 2026-06-15\n\nEntrance exam.\n\nThe two-day exam at 40 venues ends on Saturday.",
			want: []string{"conflict 18 và 19/6 | Saturday"},
		},
		{
			// Two ranges of anniversaries, and the days they start on:
			// the second range's start is no slip of the first's end.
			name: "two ranges, their starts",
			vi:   "date 2027-07-17\n\nLễ kỷ niệm.\n\nHai nước kỷ niệm 40 năm ký hiệp định (12/3/1987 - 12/3/2027) và 55 năm thiết lập quan hệ (4/10/1972 - 4/10/2027).",
			en:   "date 2027-07-17\n\nAnniversary.\n\nThe two countries mark 40 years since the agreement was signed on March 12, 1987, and 55 years of relations, established on October 4, 1972.",
			want: []string{"agree 12/3/1987 - 12/3/2027 | March 12, 1987", "agree 4/10/1972 - 4/10/2027 | October 4, 1972"},
		},
		{
			// The one date of the other side is far from the range: the
			// day the exam was announced, not a slip of its end.
			name: "two days, another day of the story",
			vi:   "date 2026-06-01\n\nKỳ thi tuyển sinh.\n\nKỳ thi diễn ra trong 2 ngày 18 và 19/6 tại 40 điểm thi.",
			en:   "date 2026-06-01\n\nEntrance exam.\n\nThe two-day exam at 40 venues was announced on Monday.",
			want: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Compare(Document{Text: tt.vi}, Document{Text: tt.en})
			require.NoError(t, err)
			var got []string
			for _, f := range r.Facts {
				if f.A != nil && f.B != nil {
					got = append(got, f.Status.String()+" "+f.A.Text()+" | "+f.B.Text())
				}
			}
			assert.Subset(t, got, tt.want)
			if len(tt.want) == 0 {
				for _, g := range got {
					assert.NotContains(t, g, "conflict", "no conflict")
				}
			}
		})
	}
}
