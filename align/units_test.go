package align

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestCompareUnits checks that the units of a bilingual file are the
// beads: a figure is paired inside its unit, a unit with no target text
// is skipped and listed, and each fact names its unit, whichever side
// comes first.
func TestCompareUnits(t *testing.T) {
	units := []Unit{
		{ID: "1", A: "Vốn FDI đạt 12,4 tỷ USD.", B: "FDI reached US$12.4 billion."},
		{ID: "2", A: "Singapore dẫn đầu với 4.400 dự án.", B: "Singapore led with 4,600 projects."},
		{ID: "3", A: "Hàn Quốc đứng thứ hai với 4.600 dự án.", B: "South Korea was second with 4,400 projects."},
		{ID: "4", A: "Chưa dịch.", B: "  "},
	}
	vi := Document{Lang: language.Vietnamese, Name: "story.xlf"}
	en := Document{Lang: language.English, Name: "story.xlf"}
	r, err := CompareUnits(units, vi, en)
	require.NoError(t, err)
	assert.Equal(t, []SkippedUnit{{"4", "no text on side B"}}, r.Skipped)
	var got []string
	for _, f := range r.Conflicts() {
		got = append(got, f.Unit+": "+f.A.Text()+" | "+f.B.Text())
	}
	// The figures conflict inside their units, not crosswise (where each
	// would find its equal).
	assert.Equal(t, []string{"2: 4.400 dự án | 4,600 projects", "3: 4.600 dự án | 4,400 projects"}, got)
	for _, f := range r.Facts {
		assert.NotEmpty(t, f.Unit, "%s %v", f.Kind, f.Why)
	}

	// The other order gives the mirror, units included.
	ab := make([]Unit, len(units))
	for i, u := range units {
		ab[i] = Unit{ID: u.ID, A: u.B, B: u.A}
	}
	r2, err := CompareUnits(ab, en, vi)
	require.NoError(t, err)
	assert.Equal(t, len(r.Facts), len(r2.Facts))
	assert.Equal(t, r.Summary.Conflict, r2.Summary.Conflict)
	assert.Equal(t, []SkippedUnit{{"4", "no text on side A"}}, r2.Skipped)
}

// TestUnitsWithoutFacts checks the short way for units with no figure
// and no name: beads unit by unit, no facts, the same whichever side
// comes first.
func TestUnitsWithoutFacts(t *testing.T) {
	units := []Unit{
		{ID: "a", A: "Cảm ơn các bạn.", B: "Thank you."},
		{ID: "b", A: "Chúng tôi đã thử lại.", B: "We tried again. It worked."},
	}
	for _, swap := range []bool{false, true} {
		a, b := Document{Lang: language.Vietnamese}, Document{Lang: language.English}
		us := units
		if swap {
			a, b = b, a
			us = nil
			for _, u := range units {
				us = append(us, Unit{ID: u.ID, A: u.B, B: u.A})
			}
		}
		r, err := CompareUnits(us, a, b)
		require.NoError(t, err)
		assert.Empty(t, r.Facts)
		assert.Equal(t, Summary{}, r.Summary)
		assert.Equal(t, 2, r.Units)
		require.Len(t, r.Pairs, 2, "a bead a unit")
		assert.Equal(t, []int{0}, r.Pairs[0].A)
		assert.Equal(t, []int{0}, r.Pairs[0].B)
		assert.Len(t, r.Pairs[1].A, len(Segment(us[1].A, a.Lang)))
		assert.Len(t, r.Pairs[1].B, len(Segment(us[1].B, b.Lang)))
	}
}

// TestUnitsInHTML checks that the HTML report names the unit of each
// fact of a bilingual file, and the units it skipped.
func TestUnitsInHTML(t *testing.T) {
	r, err := CompareUnits([]Unit{{ID: "t-7", A: "Có 4.400 dự án.", B: "There are 4,600 projects."}, {ID: "t-8", A: "Chưa dịch <b>."}},
		Document{Lang: language.Vietnamese}, Document{Lang: language.English})
	require.NoError(t, err)
	var b strings.Builder
	require.NoError(t, r.WriteHTML(&b))
	assert.Contains(t, b.String(), `<span class="unit">unit t-7</span> <span class="kind">number</span>`)
	// The units skipped, as the text report lists them: a unit not
	// translated yet must not vanish from the page an editor reads.
	assert.Contains(t, b.String(), `<td colspan="4">Units: 2 read, 1 compared, 1 skipped</td>`)
	assert.Contains(t, b.String(), `<td colspan="4">Skipped unit &#34;t-8&#34;: no text on side B</td>`)
}

// TestLengthsOfTwoUnits checks a length and a span from the day of
// writing of one count in two units of time, which conflict, and hours
// flown, which are a length. (A rank of occasions meets a rank of another
// noun only in its bead: heldout87's asterx-crypto-scam-extradition.)
func TestLengthsOfTwoUnits(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "hours and a span of days",
			vi:       "date 2026-12-04\n\nÔng cho biết công ty đã vá lỗ hổng trong vòng 6 giờ sau khi phát hiện.",
			en:       "date 2026-12-04\n\nHe said the flaw had been fixed within six days of being found.",
			conflict: "6 giờ | within six days"},
		{name: "hours flown",
			vi:    "date 2026-12-04\n\nMáy bay hạ cánh sau gần 3 giờ bay từ Manila.",
			en:    "date 2026-12-04\n\nThe plane landed after a flight of nearly three hours from Manila.",
			agree: "gần 3 giờ bay | nearly three hours"},
	})
}

// TestGroupsOfCounts checks counts that a nationality qualifies: a part
// is no rival of the whole beside another part.
func TestGroupsOfCounts(t *testing.T) {
	const date = "date 2026-12-07\n\n"
	checkPairCases(t, []pairCase{
		{name: "a part and the whole beside a part",
			vi: date + "Tàu đêm trật bánh ở Séc, 2 người Việt thiệt mạng.\n\nBốn nạn nhân tử vong còn lại gồm 3 người Séc và 1 người Slovakia.",
			en: date + "Night train derails in Czech Republic, killing 6 including 2 Vietnamese\n\nThe train derailed near the town, the railway said."},
	})
}

// TestVehicles checks trucks against the vehicles ("xe") Vietnamese
// counts them as: a rate per one is a rate per the other, and a count of
// container trucks is compared with one of "xe container".
func TestVehicles(t *testing.T) {
	const date = "date 2026-12-07\n\n"
	checkPairCases(t, []pairCase{
		{name: "per truck",
			vi:    date + "Thời gian làm thủ tục giảm từ 2 giờ xuống khoảng 70 phút mỗi xe.",
			en:    date + "Clearance time has fallen from two hours to around 70 minutes per truck.",
			agree: "khoảng 70 phút mỗi xe | around 70 minutes per truck"},
		{name: "per pound is no rate per kilogram",
			vi: date + "Giá xuất khẩu đạt 8,6 USD/kg.", en: date + "The export price reached $8.6 per pound.",
			conflict: "8,6 USD/kg | $8.6 per pound"},
		{name: "container trucks",
			vi:       date + "Ngày cao điểm, cửa khẩu làm thủ tục cho 260 xe container.",
			en:       date + "On the busiest day the gate processed 620 container trucks.",
			conflict: "260 xe container | 620 container trucks"},
	})
}

// TestNightsAndDays checks that a stay counted in nights is no trip
// counted in days, and that nights meet nights.
func TestNightsAndDays(t *testing.T) {
	const date = "date 2026-12-07\n\n"
	checkPairCases(t, []pairCase{
		{name: "nights and days are two facts",
			vi:    date + "Kỳ nghỉ kéo dài 4 ngày. Nhiều resort yêu cầu khách ở tối thiểu 3 đêm.",
			en:    date + "The holiday lasts four days, and many resorts demand a three-night minimum stay.",
			agree: "4 ngày | four days"},
		{name: "nights edited",
			vi:       date + "Nhiều resort yêu cầu khách ở tối thiểu 3 đêm.",
			en:       date + "Many resorts demand a minimum stay of at least two nights.",
			conflict: "tối thiểu 3 đêm | at least two nights"},
	})
}

// TestPeopleOfAKind checks a count of people in general against one of a
// kind of people, with a nationality between the number and the noun.
func TestPeopleOfAKind(t *testing.T) {
	const date = "date 2026-12-07\n\n"
	vi := date + "Nhật Bản tiếp nhận nhiều lao động Việt Nam nhất với 5.240 người, chiếm 41% tổng số."
	checkPairCases(t, []pairCase{
		{name: "the same count", vi: vi, en: date + "Japan took 5,240 Vietnamese workers, or 41% of the total.",
			agree: "5.240 người | 5,240 Vietnamese workers"},
		{name: "a count edited", vi: vi, en: date + "Japan took 5,420 Vietnamese workers, or 41% of the total.",
			conflict: "5.240 người | 5,420 Vietnamese workers"},
		{name: "the dead are no tourists", vi: date + "Vụ tai nạn làm 3 người chết, gồm 2 du khách và tài xế.",
			en: date + "Two Vietnamese tourists and their driver were killed in the crash."},
	})
}

// TestAgesOfOtherCounts checks two ages that say who two other counts
// count: no versions of one figure.
func TestAgesOfOtherCounts(t *testing.T) {
	const date = "date 2026-12-07\n\n"
	checkPairCases(t, []pairCase{
		{name: "ages of two counts",
			vi:    date + "Tỉnh hiện có 215 cụ từ 100 tuổi trở lên. Toàn tỉnh có 530.000 người cao tuổi, chiếm 14,8% dân số.",
			en:    date + "The province has 215 centenarians and 530,000 people aged 60 and above, 14.8% of its population.",
			agree: "530.000 người | 530,000 people"},
		{name: "an age edited",
			vi:       date + "Toàn tỉnh có 530.000 người từ 60 tuổi trở lên, chiếm 14,8% dân số.",
			en:       date + "The province has 530,000 people aged 65 and above, 14.8% of its population.",
			conflict: "60 tuổi trở lên | 65 and above"},
	})
}

// TestShareOfPeople checks a share of people said as "N in M" against a
// percentage.
func TestShareOfPeople(t *testing.T) {
	const date = "date 2026-12-07\n\n"
	checkPairCases(t, []pairCase{
		{name: "seven in ten",
			vi:    date + "Khoảng 70% người cao tuổi sống cùng con cháu.",
			en:    date + "Around seven in ten older people live with their children.",
			agree: "Khoảng 70% | Around seven in ten older people"},
	})
}
