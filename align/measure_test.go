package align

import (
	"strings"
	"testing"
	"time"

	"github.com/factalign/factalign/numbers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestMeasuresOfOneBase checks that two amounts of a measure in units of
// one base (unitclasses.tsv, scale) are compared in the finer unit: they
// agree when they state one amount, a rounding among them, and conflict
// when one was edited.
func TestMeasuresOfOneBase(t *testing.T) {
	const date = "date 2026-04-30\n\n"
	checkPairCases(t, []pairCase{
		{name: "km and metres",
			vi:    date + "Cây cầu Cần Giờ dài 1,5 km, vốn 5.000 tỷ đồng.",
			en:    date + "The 1,500-metre Can Gio bridge cost VND5 trillion.",
			agree: "1,5 km | 1,500-metre"},
		{name: "km and metres, rounded",
			vi:    date + "Cây cầu Cần Giờ dài 1,5 km, vốn 5.000 tỷ đồng.",
			en:    date + "The 1,520-metre Can Gio bridge cost VND5 trillion.",
			agree: "1,5 km | 1,520-metre"},
		{name: "km and metres, edited",
			vi:       date + "Cây cầu Cần Giờ dài 2,5 km, vốn 5.000 tỷ đồng.",
			en:       date + "The 1,500-metre Can Gio bridge cost VND5 trillion.",
			conflict: "2,5 km | 1,500-metre"},
		{name: "MW and GW",
			vi:    date + "Tổng công suất lắp đặt đạt 1.200 MW vào cuối năm.",
			en:    date + "Total installed capacity reached 1.2 GW by the end of the year.",
			agree: "1.200 MW | 1.2 GW"},
		{name: "MW and GW, edited",
			vi:       date + "Tổng công suất lắp đặt đạt 1.400 MW vào cuối năm.",
			en:       date + "Total installed capacity reached 1.2 GW by the end of the year.",
			conflict: "1.400 MW | 1.2 GW"},
	})
}

// TestUnitScales checks every scale flag of unitclasses.tsv: it parses,
// and the unit's class is its base, so that the two are paired.
func TestUnitScales(t *testing.T) {
	n := 0
	for line := range strings.Lines(unitClassData) {
		cols := strings.Split(strings.TrimSpace(line), "\t")
		for _, f := range cols[min(2, len(cols)):] {
			if !strings.HasPrefix(f, flagScale) {
				continue
			}
			n++
			sc, ok := parseScale(f)
			if assert.True(t, ok, "%q: a malformed flag", line) {
				assert.Equal(t, sc.base, cols[1], "%q: the class of a scaled unit is its base", line)
			}
		}
	}
	assert.Positive(t, n, "no scale flag read")
	for _, f := range []string{"scale=", "scale=m", "scale=:3", "scale=m:x", "length=year"} {
		_, ok := parseScale(f)
		assert.False(t, ok, f)
	}
}

// TestRegions checks numbered regions: "vùng I" and "Region 1" are one
// rank, an edit conflicts, and a region's number that no head made a
// rank on one side ("Vùng Cảnh sát biển 3") agrees with the rank.
func TestRegions(t *testing.T) {
	const date = "date 2026-07-06\n\n"
	const vi = date + "Từ ngày 1/7, lương tối thiểu vùng I tăng lên 4,96 triệu đồng/tháng, vùng IV là 3,45 triệu đồng."
	checkPairCases(t, []pairCase{
		{name: "regions", vi: vi,
			en:    date + "From July 1, the minimum wage in Region 1 rises to VND4.96 million a month, and in Region 4 to VND3.45 million.",
			agree: "vùng I | Region 1"},
		{name: "a region edited", vi: vi,
			en:       date + "From July 1, the minimum wage in Region 2 rises to VND4.96 million a month, and in Region 4 to VND3.45 million.",
			conflict: "vùng I | Region 2"},
		{name: "a region named by its number after a name",
			vi:    date + "Vùng Cảnh sát biển 3 bắt giữ tàu chở 50.000 lít dầu.",
			en:    date + "Coast Guard Region 3 seized a boat carrying 50,000 litres of oil.",
			agree: "3 | Region 3"},
	})
}

// TestBoundsInTheirUnits checks that a bound reaches one unit of its last
// digit in the unit it was said in when the two sides use two units:
// "almost two years" may be 22 months, not 30.
func TestBoundsInTheirUnits(t *testing.T) {
	const date = "date 2026-04-30\n\n"
	checkPairCases(t, []pairCase{
		{name: "within the bounds",
			vi:    date + "Nhà máy điện gió vận hành thương mại sau hơn 22 tháng thi công.",
			en:    date + "The wind farm started commercial operation after almost two years of construction.",
			agree: "hơn 22 tháng | almost two years"},
		{name: "beyond the bounds",
			vi:       date + "Nhà máy điện gió vận hành thương mại sau 30 tháng thi công.",
			en:       date + "The wind farm started commercial operation after almost two years of construction.",
			conflict: "30 tháng | almost two years"},
	})
}

// TestLengthKeys checks that a span of dates counted from the day of
// writing ("9 năm qua") and a length ("nine years") share a key under
// which agreeElsewhere finds one from the other across sentences the
// aligner did not pair, and that a span a year fixes ("10 tháng năm
// 2025") does not.
func TestLengthKeys(t *testing.T) {
	ref := time.Date(2026, 7, 9, 0, 0, 0, 0, time.UTC)
	item := func(text string, lang language.Tag) *Item {
		ms := numbers.Extract(text, lang, numbers.WithReference(ref))
		require.NotEmpty(t, ms, text)
		return &Item{Number: &ms[len(ms)-1]}
	}
	span, length := item("trong 9 năm qua", language.Vietnamese), item("the first visit in nine years", language.English)
	assert.Contains(t, indexKeys(nil, length), lengthKey(span))
	assert.Contains(t, lookupKeys(nil, span), lengthKey(length))
	assert.Empty(t, lengthKey(item("10 tháng năm 2025", language.Vietnamese)))
}
