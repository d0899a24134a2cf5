package numbers

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestDates(t *testing.T) { runLineFile(t, "dates.txt") }

// TestDateFields checks what the dump does not show: the anniversary of
// "kỷ niệm 30 năm", the JSON of dates, and a weekday kept beside a date of
// another weekday.
func TestDateFields(t *testing.T) {
	ref := WithReference(time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC))
	t.Run("anniversary", func(t *testing.T) {
		ms := Extract("Lễ kỷ niệm 30 năm quan hệ ngoại giao", language.Vietnamese, ref)
		require.Len(t, ms, 1)
		assert.Equal(t, Duration, ms[0].Kind)
		assert.Equal(t, "year", ms[0].Unit)
		assert.Equal(t, "30", ms[0].Value.String())
		assert.Equal(t, int16(30), ms[0].Date.Anniversary)
		b, err := json.Marshal(ms[0])
		require.NoError(t, err)
		assert.JSONEq(t, `{"start":5,"end":24,"text":"kỷ niệm 30 năm","kind":"duration","value":"30","unit":"year","anniversary":"30"}`, string(b))
	})
	t.Run("json", func(t *testing.T) {
		for _, c := range []struct {
			lang language.Tag
			in   string
			want string
		}{
			{language.Vietnamese, "thứ Sáu (31/1)", `{"start":0,"end":17,"text":"thứ Sáu (31/1)","kind":"date","date":"2026-01-31","grain":"day","weekday":"Friday"}`},
			{language.Vietnamese, "mùng 10/3 âm lịch", `{"start":0,"end":21,"text":"mùng 10/3 âm lịch","kind":"date","date":"2026-04-26","grain":"day","lunar":true}`},
			{language.Vietnamese, "giai đoạn 2021-2025", `{"start":0,"end":22,"text":"giai đoạn 2021-2025","kind":"daterange","date":"2021","grain":"year","from":"2021","to":"2025"}`},
			{language.English, "by 2030", `{"start":0,"end":7,"text":"by 2030","kind":"date","date":"2030","grain":"year","by":true,"qualifier":"atmost"}`},
			{language.English, "early 2026", `{"start":0,"end":10,"text":"early 2026","kind":"date","date":"2026","grain":"year","part":"early"}`},
			{language.English, "at 5:30 p.m.", `{"start":3,"end":12,"text":"5:30 p.m.","kind":"date","date":"2026-01-30T17:30","grain":"minute"}`},
		} {
			ms := Extract(c.in, c.lang, ref)
			require.Len(t, ms, 1, c.in)
			b, err := json.Marshal(ms[0])
			require.NoError(t, err)
			assert.JSONEq(t, c.want, string(b), c.in)
		}
	})
	t.Run("implied", func(t *testing.T) {
		for _, c := range []struct {
			lang      language.Tag
			in        string
			year, day bool // YearImplied, DayImplied
		}{
			{language.English, "on Friday", false, true},
			{language.English, "by 5 p.m. on Wednesday", false, true},
			{language.Vietnamese, "15h chiều thứ Năm", false, true},
			{language.Vietnamese, "thứ Sáu (30/1)", true, false},
			{language.English, "Friday, January 30, 2026", false, false},
			{language.English, "January 1", true, false},
			{language.English, "in 2026", false, false},
		} {
			ms := Extract(c.in, c.lang, ref)
			require.Len(t, ms, 1, c.in)
			assert.Equal(t, c.year, ms[0].Date.YearImplied, "YearImplied of %q", c.in)
			assert.Equal(t, c.day, ms[0].Date.DayImplied, "DayImplied of %q", c.in)
		}
	})
	t.Run("the weekday of a range's end", func(t *testing.T) {
		for _, c := range []struct {
			lang language.Tag
			in   string
			end  bool // EndsWeekday
		}{
			{language.English, "from July 2 to Tuesday, July 14", true},
			{language.English, "from Thursday, July 2 to Tuesday, July 14", false},
			{language.Vietnamese, "từ ngày 2/7 đến thứ Ba (14/7)", true},
			{language.Vietnamese, "từ thứ Năm (2/7) đến ngày 14/7", false},
		} {
			ms := Extract(c.in, c.lang, ref)
			require.Len(t, ms, 1, c.in)
			assert.Equal(t, DateRange, ms[0].Kind, c.in)
			assert.True(t, ms[0].Date.HasWeekday, c.in)
			assert.Equal(t, c.end, ms[0].Date.EndsWeekday, "EndsWeekday of %q", c.in)
		}
	})
	t.Run("no reference", func(t *testing.T) {
		ms := Extract("hôm qua và ngày 30/1", language.Vietnamese)
		require.Len(t, ms, 2)
		b, err := json.Marshal(ms[0])
		require.NoError(t, err)
		assert.JSONEq(t, `{"start":0,"end":8,"text":"hôm qua","kind":"date","relative":"day-1"}`, string(b))
		b, err = json.Marshal(ms[1])
		require.NoError(t, err)
		assert.JSONEq(t, `{"start":13,"end":23,"text":"ngày 30/1","kind":"date","date":"--01-30","grain":"day"}`, string(b))
	})
}

// TestWeekdayResolution checks the weekday rules around month and year
// ends and leap days, for each day of a fortnight.
func TestWeekdayResolution(t *testing.T) {
	names := []string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}
	for _, start := range []time.Time{
		time.Date(2024, 2, 24, 0, 0, 0, 0, time.UTC),  // across 29 February
		time.Date(2025, 12, 27, 0, 0, 0, 0, time.UTC), // across the new year
		time.Date(2026, 1, 26, 0, 0, 0, 0, time.UTC),  // across a month end
	} {
		for d := 0; d < 14; d++ {
			ref := start.AddDate(0, 0, d)
			for w, name := range names {
				ms := Extract(name, language.Vietnamese, WithReference(ref))
				require.Len(t, ms, 1, name)
				got, ok := ms[0].Date.Point.Time()
				require.True(t, ok, name)
				back := (int(ref.Weekday()) - w + 7) % 7
				assert.Equal(t, ref.AddDate(0, 0, -back).Format("2006-01-02"), got.Format("2006-01-02"), "%s before %s", name, ref.Format("2006-01-02"))
				assert.Equal(t, time.Weekday(w), got.Weekday())

				ms = Extract("Ông sẽ đến vào "+name, language.Vietnamese, WithReference(ref))
				require.Len(t, ms, 1, name)
				got, _ = ms[0].Date.Point.Time()
				ahead := (w - int(ref.Weekday()) + 7) % 7
				assert.Equal(t, ref.AddDate(0, 0, ahead).Format("2006-01-02"), got.Format("2006-01-02"), "sẽ %s after %s", name, ref.Format("2006-01-02"))
			}
		}
	}
}

// FuzzDates checks the invariants of Extract with a reference date: no
// panic, spans in order on rune boundaries, valid calendar dates, ranges
// that do not run backwards, and JSON that parses.
func FuzzDates(f *testing.F) {
	data, err := lineFiles.ReadFile("testdata/dates.txt")
	if err != nil {
		f.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		in, _, _ := strings.Cut(line, "\t")
		for _, w := range strings.Fields(in) {
			if strings.HasPrefix(w, "ref=") || w == "vi" || w == "en" {
				in = strings.TrimPrefix(strings.TrimLeft(in, " "), w)
			}
		}
		f.Add(in, true, int64(0))
		f.Add(in, false, int64(400))
	}
	f.Add("ngày 29/2 và 31/4, thứ Năm tuần sau lúc 24h60", true, int64(-3000))
	f.Add("from Feb 29 to Feb 28, 1999-2000, 9999-10000, the 31st of February", false, int64(100000))
	f.Fuzz(func(t *testing.T, text string, vi bool, days int64) {
		lang := language.English
		if vi {
			lang = language.Vietnamese
		}
		days %= 400000
		ref := time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days))
		bounds := map[int]bool{len(text): true}
		for i := 0; i < len(text); {
			bounds[i] = true
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		end := 0
		for _, m := range Extract(text, lang, WithReference(ref)) {
			if m.Start < end || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("bad span %d:%d after %d in %q", m.Start, m.End, end, text)
			}
			if !bounds[m.Start] || !bounds[m.End] {
				t.Fatalf("span %d:%d not on rune boundaries in %q", m.Start, m.End, text)
			}
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("Text %q != text[%d:%d]", m.Text, m.Start, m.End)
			}
			for _, p := range []Point{m.Date.Point, m.Date.End} {
				if p.Month < 0 || p.Month > 12 || p.Day < 0 || p.Day > 31 || p.Month != 0 && int(p.Day) > daysIn(int(p.Year), int(p.Month)) || p.Hour < 0 || p.Hour > 23 || p.Minute < 0 || p.Minute > 59 {
					t.Fatalf("bad point %+v in %s for %q", p, m, text)
				}
			}
			if m.Kind == DateRange {
				// The end is inclusive, a whole period of its grain: "1am
				// to Friday" on a Friday ends after it starts.
				a, ok1 := m.Date.Point.Time()
				b, ok2 := periodEnd(m.Date.End)
				if ok1 && ok2 && !b.After(a) {
					t.Fatalf("range runs backwards: %s for %q", m, text)
				}
			}
			b, err := json.Marshal(m)
			if err != nil || !json.Valid(b) {
				t.Fatalf("bad JSON %s: %v", b, err)
			}
			_ = m.String()
			end = m.End
		}
	})
}
