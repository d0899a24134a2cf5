package lunar_test

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factalign/factalign/internal/lunar"
)

// solar is a Gregorian day, for tables.
type solar struct {
	Year  int
	Month time.Month
	Day   int
}

func (s solar) String() string { return fmt.Sprintf("%04d-%02d-%02d", s.Year, s.Month, s.Day) }

// toSolar is lunar.ToSolar with its day as one value.
func toSolar(d lunar.Date) (solar, bool) {
	y, m, day, ok := lunar.ToSolar(d)
	return solar{y, m, day}, ok
}

func TestTet(t *testing.T) {
	for _, want := range []solar{
		// Vietnam's Tết 1985 came a month before China's (20 February): the
		// solstice of 1984 fell at 23:23 on 21 December at UTC+7, in the
		// month before the one it began at UTC+8.
		{1985, time.January, 21},
		{1990, time.January, 27}, {1991, time.February, 15}, {1992, time.February, 4},
		{1993, time.January, 23}, {1994, time.February, 10}, {1995, time.January, 31},
		{1996, time.February, 19}, {1997, time.February, 7}, {1998, time.January, 28},
		{1999, time.February, 16}, {2000, time.February, 5}, {2001, time.January, 24},
		{2002, time.February, 12}, {2003, time.February, 1}, {2004, time.January, 22},
		{2005, time.February, 9}, {2006, time.January, 29},
		// China's was on 18 February: the new moon came at 23:14 at UTC+7.
		{2007, time.February, 17},
		{2008, time.February, 7}, {2009, time.January, 26}, {2010, time.February, 14},
		{2011, time.February, 3}, {2012, time.January, 23}, {2013, time.February, 10},
		{2014, time.January, 31}, {2015, time.February, 19}, {2016, time.February, 8},
		{2017, time.January, 28}, {2018, time.February, 16}, {2019, time.February, 5},
		{2020, time.January, 25}, {2021, time.February, 12}, {2022, time.February, 1},
		{2023, time.January, 22}, {2024, time.February, 10}, {2025, time.January, 29},
		{2026, time.February, 17}, {2027, time.February, 6}, {2028, time.January, 26},
		{2029, time.February, 13},
		// Not the 3rd, China's Tết: the new moon comes at 23:07 on the 2nd at
		// UTC+7 (16:07 UT), as in 2007.
		{2030, time.February, 2},
		// From the ephemeris (testdata/ephemeris.txt); the same days as China's.
		{2031, time.January, 23}, {2032, time.February, 11}, {2033, time.January, 31},
		{2034, time.February, 19}, {2035, time.February, 8},
	} {
		got, ok := toSolar(lunar.Date{Year: want.Year, Month: 1, Day: 1})
		assert.True(t, ok, "Tết %d", want.Year)
		assert.Equal(t, want, got, "Tết %d", want.Year)
		d, ok := lunar.FromSolar(want.Year, want.Month, want.Day)
		assert.True(t, ok, "Tết %d", want.Year)
		assert.Equal(t, lunar.Date{Year: want.Year, Month: 1, Day: 1}, d, "Tết %d", want.Year)
	}
}

func TestFestivals(t *testing.T) {
	for _, c := range []struct {
		name string
		date lunar.Date
		want solar
	}{
		{"Giỗ Tổ Hùng Vương 2023", lunar.Date{Year: 2023, Month: 3, Day: 10}, solar{2023, time.April, 29}},
		{"Giỗ Tổ Hùng Vương 2024", lunar.Date{Year: 2024, Month: 3, Day: 10}, solar{2024, time.April, 18}},
		{"Giỗ Tổ Hùng Vương 2025", lunar.Date{Year: 2025, Month: 3, Day: 10}, solar{2025, time.April, 7}},
		{"Giỗ Tổ Hùng Vương 2026", lunar.Date{Year: 2026, Month: 3, Day: 10}, solar{2026, time.April, 26}},
		{"Giỗ Tổ Hùng Vương 2027", lunar.Date{Year: 2027, Month: 3, Day: 10}, solar{2027, time.April, 16}},
		{"Trung thu 2023", lunar.Date{Year: 2023, Month: 8, Day: 15}, solar{2023, time.September, 29}},
		{"Trung thu 2024", lunar.Date{Year: 2024, Month: 8, Day: 15}, solar{2024, time.September, 17}},
		{"Trung thu 2025", lunar.Date{Year: 2025, Month: 8, Day: 15}, solar{2025, time.October, 6}},
		{"Trung thu 2026", lunar.Date{Year: 2026, Month: 8, Day: 15}, solar{2026, time.September, 25}},
		{"Vu Lan 2026", lunar.Date{Year: 2026, Month: 7, Day: 15}, solar{2026, time.August, 27}},
		{"Rằm tháng Sáu nhuận 2025", lunar.Date{Year: 2025, Month: 6, Day: 15, Leap: true}, solar{2025, time.August, 8}},
		{"Ông Công ông Táo 2026", lunar.Date{Year: 2025, Month: 12, Day: 23}, solar{2026, time.February, 10}},
	} {
		got, ok := toSolar(c.date)
		assert.True(t, ok, c.name)
		assert.Equal(t, c.want, got, c.name)
		d, ok := lunar.FromSolar(c.want.Year, c.want.Month, c.want.Day)
		assert.True(t, ok, c.name)
		assert.Equal(t, c.date, d, c.name)
	}
}

func TestLeapMonth(t *testing.T) {
	for _, c := range []struct{ year, want int }{
		{1968, 7}, {1985, 2}, {2020, 4}, {2021, 0}, {2023, 2}, {2024, 0}, {2025, 6}, {2026, 0}, {2028, 5},
		// A leap month 11, the rarest kind, from the ephemeris.
		{2033, 11},
	} {
		assert.Equal(t, c.want, lunar.LeapMonth(c.year), "%d", c.year)
	}
	// The leap month follows the ordinary month of its number.
	ordinary, _ := toSolar(lunar.Date{Year: 2025, Month: 6, Day: 30})
	leap, _ := toSolar(lunar.Date{Year: 2025, Month: 6, Day: 1, Leap: true})
	assert.Equal(t, solar{2025, time.July, 24}, ordinary)
	assert.Equal(t, solar{2025, time.July, 25}, leap)
	assert.Equal(t, 29, lunar.MonthLength(2025, 6, true))
	assert.Zero(t, lunar.MonthLength(2025, 5, true))
	assert.Zero(t, lunar.MonthLength(2024, 6, true))
}

// TestEphemeris compares every month of 1968–2199 with a calendar computed
// by testdata/ephemeris.py from PyEphem's full ephemerides of the sun and
// moon: Tết, the leap month and the length of each month.
func TestEphemeris(t *testing.T) {
	f, err := os.Open("testdata/ephemeris.txt")
	require.NoError(t, err)
	defer f.Close()
	years := 0
	for sc := bufio.NewScanner(f); sc.Scan(); {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		var year, leap int
		var tet, lengths string
		_, err := fmt.Sscan(sc.Text(), &year, &tet, &leap, &lengths)
		require.NoError(t, err, sc.Text())
		got, ok := toSolar(lunar.Date{Year: year, Month: 1, Day: 1})
		assert.True(t, ok, "%d", year)
		assert.Equal(t, tet, got.String(), "Tết %d", year)
		assert.Equal(t, leap, lunar.LeapMonth(year), "leap month of %d", year)
		assert.Equal(t, lengths, monthLengths(year), "month lengths of %d", year)
		years++
	}
	assert.Equal(t, 2199-1968+1, years)
}

// monthLengths writes the lengths of the months of a lunar year as
// testdata/ephemeris.txt does: 1 for 30 days, 0 for 29.
func monthLengths(year int) string {
	var b strings.Builder
	leap := lunar.LeapMonth(year)
	for m := 1; m <= 12; m++ {
		b.WriteString(lengthDigit(lunar.MonthLength(year, m, false)))
		if m == leap {
			b.WriteString(lengthDigit(lunar.MonthLength(year, m, true)))
		}
	}
	return b.String()
}

func lengthDigit(n int) string {
	if n == 30 || n == 29 {
		return strconv.Itoa(n - 29)
	}
	return "?"
}

// TestRoundTrip converts every day from 1970 to 2150 to the lunar calendar
// and back, and checks that the lunar days run on without a gap: a month
// of 29 or 30 days follows another, and a lunar year has 12 months, or 13
// with its leap month.
func TestRoundTrip(t *testing.T) {
	first := time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(2150, time.December, 31, 0, 0, 0, 0, time.UTC)
	months := map[int]int{} // lunar year → months begun in the range
	leaps := map[int]int{}  // lunar year → its leap month, asked once
	var prev lunar.Date
	// Plain comparisons in the loop: it runs 66,000 times, under -race too.
	for day := first; !day.After(last); day = day.AddDate(0, 0, 1) {
		d, ok := lunar.FromSolar(day.Date())
		if !ok {
			t.Fatalf("%v: not converted", day)
		}
		if back, ok := toSolar(d); !ok || back != (solar{day.Year(), day.Month(), day.Day()}) {
			t.Fatalf("%v → %+v → %v, %v", day, d, back, ok)
		}
		if !day.Equal(first) {
			checkFollows(t, prev, d, leaps, months)
		}
		prev = d
	}
	for year := 1970; year <= 2149; year++ {
		want := 12
		if leaps[year] != 0 {
			want = 13
		}
		assert.Equal(t, want, months[year], "months of %d", year)
	}
}

// checkFollows checks that lunar day d follows day prev, recording the
// months begun and the leap months of the years seen.
func checkFollows(t *testing.T, prev, d lunar.Date, leaps, months map[int]int) {
	t.Helper()
	if d.Day != 1 {
		if want := (lunar.Date{Year: prev.Year, Month: prev.Month, Day: prev.Day + 1, Leap: prev.Leap}); d != want {
			t.Fatalf("%+v after %+v, want %+v", d, prev, want)
		}
		return
	}
	if _, seen := leaps[prev.Year]; !seen {
		leaps[prev.Year] = lunar.LeapMonth(prev.Year)
	}
	months[d.Year]++
	require.Contains(t, []int{29, 30}, prev.Day, "%+v before %+v", prev, d)
	require.Equal(t, lunar.MonthLength(prev.Year, prev.Month, prev.Leap), prev.Day, "%+v", prev)
	require.Equal(t, nextMonth(prev, leaps[prev.Year]), d, "%+v", prev)
}

// nextMonth returns the first day of the month after d's, in a year whose
// leap month follows month leap (0 for none).
func nextMonth(d lunar.Date, leap int) lunar.Date {
	switch {
	case d.Month == leap && !d.Leap:
		return lunar.Date{Year: d.Year, Month: d.Month, Day: 1, Leap: true}
	case d.Month == 12:
		return lunar.Date{Year: d.Year + 1, Month: 1, Day: 1}
	}
	return lunar.Date{Year: d.Year, Month: d.Month + 1, Day: 1}
}

func TestRange(t *testing.T) {
	tet1968, ok := toSolar(lunar.Date{Year: 1968, Month: 1, Day: 1})
	assert.True(t, ok)
	assert.Equal(t, solar{1968, time.January, 29}, tet1968)
	_, ok = lunar.FromSolar(1968, time.January, 28)
	assert.False(t, ok, "the last day of lunar 1967")
	end := lunar.Date{Year: 2199, Month: 12, Day: lunar.MonthLength(2199, 12, false)}
	last, ok := toSolar(end)
	assert.True(t, ok)
	d, ok := lunar.FromSolar(last.Year, last.Month, last.Day)
	assert.True(t, ok)
	assert.Equal(t, end, d)
	_, ok = lunar.FromSolar(last.Year, last.Month, last.Day+1)
	assert.False(t, ok, "Tết 2200")
}

func TestInvalid(t *testing.T) {
	leap2025 := lunar.Date{Year: 2025, Month: 6, Day: 1, Leap: true}
	_, _, _, ok := lunar.ToSolar(leap2025)
	require.True(t, ok)
	short := 0 // a 29-day month of 2026
	for m := 1; m <= 12 && short == 0; m++ {
		if lunar.MonthLength(2026, m, false) == 29 {
			short = m
		}
	}
	require.NotZero(t, short)
	for _, d := range []lunar.Date{
		{},
		{Year: 2026, Month: short, Day: 30},
		{Year: 2026, Month: 1, Day: 0},
		{Year: 2026, Month: 1, Day: 31},
		{Year: 2026, Month: 1, Day: -1},
		{Year: 2026, Month: 0, Day: 1},
		{Year: 2026, Month: 13, Day: 1},
		{Year: 2026, Month: -3, Day: 1},
		{Year: 2025, Month: 5, Day: 1, Leap: true},
		{Year: 2024, Month: 6, Day: 1, Leap: true},
		{Year: 1967, Month: 12, Day: 1},
		{Year: 2200, Month: 1, Day: 1},
		{Year: 0, Month: 1, Day: 1},
		{Year: -2026, Month: 1, Day: 1},
		{Year: math.MaxInt, Month: 1, Day: 1},
		{Year: math.MinInt, Month: math.MinInt, Day: math.MinInt},
		{Year: 2026, Month: math.MaxInt, Day: math.MaxInt},
	} {
		y, m, day, ok := lunar.ToSolar(d)
		assert.False(t, ok, "%+v", d)
		assert.Equal(t, solar{}, solar{y, m, day}, "%+v", d)
		if d.Day == 1 { // the month is missing, not the day
			assert.Zero(t, lunar.MonthLength(d.Year, d.Month, d.Leap), "%+v", d)
		}
	}
	for _, s := range []solar{
		{},
		{2026, time.February, 29},
		{2026, time.April, 31},
		{2026, 0, 1},
		{2026, 13, 1},
		{2026, time.January, 0},
		{2026, time.January, 32},
		{1900, time.January, 1},
		{2300, time.January, 1},
		{math.MaxInt, time.December, math.MaxInt},
		{math.MinInt, math.MinInt, math.MinInt},
	} {
		d, ok := lunar.FromSolar(s.Year, s.Month, s.Day)
		assert.False(t, ok, "%v", s)
		assert.Equal(t, lunar.Date{}, d, "%v", s)
	}
	for _, y := range []int{1967, 2200, 0, -1, math.MaxInt, math.MinInt} {
		assert.Zero(t, lunar.LeapMonth(y), "%d", y)
	}
}

// FuzzToSolar checks that ToSolar never panics, and that a day it accepts
// is one FromSolar gives back.
func FuzzToSolar(f *testing.F) {
	f.Add(2027, 3, 10, false)
	f.Add(2025, 6, 30, true)
	f.Add(2199, 12, 30, false)
	f.Add(1968, 1, 1, false)
	f.Add(math.MaxInt, math.MinInt, 0, true)
	f.Fuzz(func(t *testing.T, year, month, day int, leap bool) {
		d := lunar.Date{Year: year, Month: month, Day: day, Leap: leap}
		s, ok := toSolar(d)
		if !ok {
			return
		}
		back, ok := lunar.FromSolar(s.Year, s.Month, s.Day)
		if !ok || back != d {
			t.Fatalf("%+v → %v → %+v, %v", d, s, back, ok)
		}
	})
}

// FuzzFromSolar checks that FromSolar never panics, and that a day it
// converts comes back from ToSolar.
func FuzzFromSolar(f *testing.F) {
	f.Add(2026, 9, 25)
	f.Add(1968, 1, 28)
	f.Add(math.MinInt, 2, 29)
	f.Fuzz(func(t *testing.T, year, month, day int) {
		d, ok := lunar.FromSolar(year, time.Month(month), day)
		if !ok {
			return
		}
		back, ok := toSolar(d)
		if !ok || back != (solar{year, time.Month(month), day}) {
			t.Fatalf("%d-%d-%d → %+v → %v, %v", year, month, day, d, back, ok)
		}
	})
}

func ExampleToSolar() {
	// Giỗ Tổ Hùng Vương, mùng 10 tháng 3 âm lịch, in 2027.
	year, month, day, ok := lunar.ToSolar(lunar.Date{Year: 2027, Month: 3, Day: 10})
	fmt.Println(year, month, day, ok)
	// Output: 2027 April 16 true
}

func ExampleFromSolar() {
	d, ok := lunar.FromSolar(2025, time.August, 8)
	fmt.Printf("%+v %v\n", d, ok)
	// Output: {Year:2025 Month:6 Day:15 Leap:true} true
}

func ExampleLeapMonth() {
	fmt.Println(lunar.LeapMonth(2025), lunar.LeapMonth(2026))
	// Output: 6 0
}

// BenchmarkToSolar converts the 15th of every month, leap months included,
// of the lunar years 2000–2039.
func BenchmarkToSolar(b *testing.B) {
	var dates []lunar.Date
	for y := 2000; y < 2040; y++ {
		for m := 1; m <= 12; m++ {
			dates = append(dates, lunar.Date{Year: y, Month: m, Day: 15})
			if lunar.LeapMonth(y) == m {
				dates = append(dates, lunar.Date{Year: y, Month: m, Day: 15, Leap: true})
			}
		}
	}
	i := 0
	for b.Loop() {
		if _, _, _, ok := lunar.ToSolar(dates[i%len(dates)]); !ok {
			b.Fatal(dates[i%len(dates)])
		}
		i++
	}
}

// BenchmarkFromSolar converts every day of 2020–2029 in turn.
func BenchmarkFromSolar(b *testing.B) {
	first := time.Date(2020, time.January, 1, 0, 0, 0, 0, time.UTC)
	i := 0
	for b.Loop() {
		y, m, d := first.AddDate(0, 0, i%3653).Date()
		if _, ok := lunar.FromSolar(y, m, d); !ok {
			b.Fatal(y, m, d)
		}
		i++
	}
}
