package align

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// FuzzParseSuppressions checks that any suppression file is read or
// refused with an error that names its line, and that what is read keeps
// the line it came from.
func FuzzParseSuppressions(f *testing.F) {
	for _, s := range []string{
		"# reviewed\nmoney 90000000000\ndate 2026-01-31\n",
		"text \"President Lawrence Wong\"\nentity text \"Malaysia\"\n",
		"number text \"4.400 dự án\"\n\n  \n",
		"money\n", "text \"unclosed\n", "\xff\n", "kind value extra words\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, file string) {
		sup, err := ParseSuppressions(strings.NewReader(file))
		if err != nil {
			if sup != nil {
				t.Fatalf("suppressions and an error: %v", err)
			}
			if !strings.Contains(err.Error(), "suppressions:") {
				t.Fatalf("the error does not name the line: %v", err)
			}
			return
		}
		lines := strings.Count(file, "\n") + 1
		for _, s := range sup {
			if s.Line < 1 || s.Line > lines {
				t.Fatalf("line %d of a file of %d lines", s.Line, lines)
			}
			if s.Value == "" && s.Text == "" {
				t.Fatalf("line %d: a suppression that matches everything", s.Line)
			}
		}
	})
}

// FuzzHeader checks that a date line is read only when it is one, and
// that the body starts inside the text after it.
func FuzzHeader(f *testing.F) {
	for _, s := range []string{
		"date 2026-01-30\n\nTitle", "\uFEFFdate 2026-01-30\r\n", "date 2026-13-45\nx",
		"Title\ndate 2026-01-30\n", "date", "", "date 2026-02-29\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, body, ok := Header(text)
		if body < 0 || body > len(text) {
			t.Fatalf("body at %d of %d bytes", body, len(text))
		}
		if !ok {
			if !d.IsZero() {
				t.Fatalf("no date line but date %v", d)
			}
			return
		}
		if d.Year() < 1 || d.Year() > 9999 {
			t.Fatalf("date %v", d)
		}
		// The date line says the date it gives.
		if !strings.Contains(text[:body], d.Format("2006-01-02")) {
			t.Fatalf("date %v not in the header %q", d, text[:body])
		}
	})
}

// FuzzDetectLanguage checks that detection always names one of the
// languages Compare reads, the same one every time.
func FuzzDetectLanguage(f *testing.F) {
	for _, s := range []string{"Chiều 30/1, 4.400 dự án.", "On Friday, 4,500 projects.", "", "\xff\xfe", "12345"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := DetectLanguage(text)
		if got != language.Vietnamese && got != language.English {
			t.Fatalf("DetectLanguage(%q) = %v", text, got)
		}
		if again := DetectLanguage(text); again != got {
			t.Fatalf("DetectLanguage is not stable: %v then %v", got, again)
		}
	})
}

// FuzzWriters compares two texts and checks every writer on the real
// report: the JSON parses and counts the facts, each CSV row has the
// header's columns, the text and HTML writers succeed and the text is
// valid UTF-8, and the suppression line of each conflict, read back,
// suppresses it.
func FuzzWriters(f *testing.F) {
	f.Add("Chiều 30/1, 4.400 dự án, 90 tỷ USD.", "On Friday, 4,500 projects, US$9 billion.")
	f.Add("date 2026-01-30\n\nÔng \"A\" <b>nói</b> 5%.", "date 2026-01-30\n\nMr \"A\" <b>said</b> 6%.")
	f.Add("12 người\x00\x1b[2J", "13 people\u202e")
	f.Fuzz(func(t *testing.T, a, b string) {
		r, err := Compare(Document{Text: a}, Document{Text: b}, WithDates(time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC), time.Time{}))
		if err != nil {
			return
		}
		checkJSONReport(t, r)
		checkCSVReport(t, r)
		var buf bytes.Buffer
		if err := r.WriteText(&buf); err != nil || !utf8.Valid(buf.Bytes()) {
			t.Fatalf("WriteText: %v (valid UTF-8: %v)", err, utf8.Valid(buf.Bytes()))
		}
		buf.Reset()
		if err := r.WriteHTML(&buf); err != nil {
			t.Fatalf("WriteHTML: %v", err)
		}
		checkSuppressionLines(t, a, b, r)
	})
}

func checkJSONReport(t *testing.T, r *Report) {
	t.Helper()
	var buf bytes.Buffer
	if err := r.WriteJSON(&buf); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	var got struct {
		Facts []struct {
			Repeat bool `json:"repeat"`
		} `json:"facts"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("WriteJSON wrote no JSON: %v\n%s", err, buf.Bytes())
	}
	// A fact said again is one more row, marked "repeat" (its link).
	facts := 0
	for _, f := range got.Facts {
		if !f.Repeat {
			facts++
		}
	}
	if facts != len(r.Facts) {
		t.Fatalf("the JSON holds %d facts (and %d repeats), the report %d", facts, len(got.Facts)-facts, len(r.Facts))
	}
}

func checkCSVReport(t *testing.T, r *Report) {
	t.Helper()
	var buf bytes.Buffer
	if err := r.WriteCSV(&buf, ','); err != nil {
		t.Fatalf("WriteCSV: %v", err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("WriteCSV wrote no CSV: %v", err)
	}
	if len(rows) != len(r.Facts)+1 {
		t.Fatalf("%d CSV rows for %d facts and a header", len(rows), len(r.Facts))
	}
}

func checkSuppressionLines(t *testing.T, a, b string, r *Report) {
	t.Helper()
	for i, fact := range r.Facts {
		if fact.Status != Conflict {
			continue
		}
		line := fact.SuppressionLine()
		sup, err := ParseSuppressions(strings.NewReader(line))
		if err != nil || len(sup) != 1 {
			t.Fatalf("fact %d: its suppression line %q does not read back: %v", i, line, err)
		}
		again, err := Compare(Document{Text: a}, Document{Text: b}, WithDates(time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC), time.Time{}), WithSuppressions(sup...))
		if err != nil {
			t.Fatal(err)
		}
		if !again.Facts[i].Suppressed {
			t.Fatalf("fact %d: %q does not suppress it", i, line)
		}
	}
}
