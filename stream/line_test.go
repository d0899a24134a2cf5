package stream

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The pair whose date agrees only when the reference date makes 30/1 a
// Friday: 30 January 2026 is one, 30 January 2025 a Thursday.
const (
	dayVI = "Chiều 30/1, Singapore cho biết có 4.400 dự án."
	dayEN = "Singapore said on Friday it had 4,400 projects."
)

func date(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(dateLayout, s)
	require.NoError(t, err)
	return d
}

// TestJSONLine checks the JSON lines Check reads: the members it takes,
// the ones that replace the Options for the line, and each fault.
func TestJSONLine(t *testing.T) {
	base := Options{JSON: true, Ref: date(t, "2025-01-30"), LangA: language.Vietnamese, LangB: language.English}
	pairJSON := func(extra string) string {
		return `{"a":"` + dayVI + `","b":"` + dayEN + `"` + extra + `}`
	}
	for _, tc := range []struct {
		name     string
		line     string
		id       string
		summary  string // the verdict counts, agree/conflict/only_a/only_b
		conflict bool
	}{
		{"command's date: a Thursday", pairJSON(""), "7", "2/1/0/0", true},
		{"line's date: a Friday", pairJSON(`,"ref":"2026-01-30"`), "7", "3/0/0/0", false},
		{"empty ref keeps the command's", pairJSON(`,"ref":""`), "7", "2/1/0/0", true},
		{"string id", pairJSON(`,"id":"p1","ref":"2026-01-30"`), "p1", "3/0/0/0", false},
		{"number id", pairJSON(`,"id":42,"ref":"2026-01-30"`), "42", "3/0/0/0", false},
		{"empty id is the line number", pairJSON(`,"id":"","ref":"2026-01-30"`), "7", "3/0/0/0", false},
		{"null id", pairJSON(`,"id":null,"ref":"2026-01-30"`), "7", "3/0/0/0", false},
		{"other members ignored", pairJSON(`,"score":0.93,"ref":"2026-01-30"`), "7", "3/0/0/0", false},
		{"line end and spaces", " " + pairJSON(`,"ref":"2026-01-30"`) + " \r\n", "7", "3/0/0/0", false},
		// Both sides read as Vietnamese: "4,400" is no longer 4400, and
		// the day names nothing that date can check.
		{"line's languages", `{"a":"Có 4.400 dự án.","b":"There are 4,400 projects.","lang_a":"vi","lang_b":"vi"}`, "7", "0/0/1/1", false},
		{"command's languages", `{"a":"Có 4.400 dự án.","b":"There are 4,400 projects."}`, "7", "1/0/0/0", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Check([]byte(tc.line), 7, base)
			require.NoError(t, err)
			assert.Equal(t, tc.id, res.ID)
			assert.Equal(t, 7, res.Line)
			s := res.Summary
			assert.Equal(t, tc.summary, fmt.Sprintf("%d/%d/%d/%d", s.Agree, s.Conflict, s.OnlyA, s.OnlyB), "%+v", res.Facts)
			assert.Equal(t, tc.conflict, res.Conflict)
		})
	}

	for _, tc := range []struct {
		name string
		line string
		want error
		msg  string
	}{
		{"not JSON", `{"a":"x",`, ErrJSON, `line 3: bad JSON: unexpected end of JSON input (byte 9)`},
		{"tab-separated", "Có 4.400 dự án.\tThere are 4,400 projects.", ErrJSON, `line 3: bad JSON: invalid character 'C' looking for beginning of value (byte 1)`},
		{"an array", `["a","b"]`, ErrJSON, `line 3: bad JSON: want an object {"a":…,"b":…}, not an array`},
		{"a number for a text", `{"a":4400,"b":"4,400"}`, ErrJSON, `line 3: bad JSON: "a" is a number, want a string`},
		{"an object for a text", `{"a":"4.400","b":{"text":"4,400"}}`, ErrJSON, `line 3: bad JSON: "b" is an object, want a string`},
		{"two objects", `{"a":"x","b":"y"}{}`, ErrJSON, `line 3: bad JSON: invalid character '{' after top-level value (byte 18)`},
		{"no a", `{"b":"There are 4,400 projects."}`, ErrNoText, `line 3: "a": missing or empty`},
		{"null b", `{"a":"Có 4.400 dự án.","b":null}`, ErrNoText, `line 3: "b": missing or empty`},
		{"blank b", `{"a":"Có 4.400 dự án.","b":"  "}`, ErrNoText, `line 3: "b": missing or empty`},
		{"bad ref", `{"a":"x 1","b":"y 1","ref":"30/1/2026"}`, ErrRef, `line 3: "ref": not a date YYYY-MM-DD: "30/1/2026"`},
		{"no such day", `{"a":"x 1","b":"y 1","ref":"2026-02-30"}`, ErrRef, `line 3: "ref": not a date YYYY-MM-DD: "2026-02-30"`},
		{"unknown language", `{"a":"x 1","b":"y 1","lang_b":"fr"}`, ErrLanguage, `line 3: "lang_b": unsupported language: "fr"`},
		{"bad tag", `{"a":"x 1","b":"y 1","lang_a":"not a tag"}`, ErrLanguage, `line 3: "lang_a": unsupported language: "not a tag"`},
		{"id of another kind", `{"a":"x 1","b":"y 1","id":true}`, ErrJSON, `line 3: bad JSON: "id" is not a string or a number`},
		{"not UTF-8", "{\"a\":\"x \xff\",\"b\":\"y\"}", ErrUTF8, `line 3: not valid UTF-8`},
		{"too long", `{"a":"` + strings.Repeat("x", 100) + `","b":"y"}`, ErrTooLong, `line 3: longer than the line limit`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Check([]byte(tc.line), 3, Options{JSON: true, MaxLine: 100})
			require.ErrorIs(t, err, tc.want)
			var le *LineError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, 3, le.Line)
			assert.EqualError(t, err, tc.msg)
		})
	}
	_, err := Check([]byte(" \n"), 4, Options{JSON: true})
	assert.ErrorIs(t, err, ErrBlank)
}

// jsonInput holds a kept line, a rejected one, a bad one and a blank one.
const jsonInput = `{"id":"p1","a":"Singapore có 4.400 dự án.","b":"Singapore has 4,400 projects."}` + "\n" +
	`{"id":"p2", "a":"Hàn Quốc có 1.200 dự án.", "b":"South Korea has 1,300 projects."} ` + "\r\n" +
	`{"id":"p3","a":"Có 4.400 dự án."}` + "\n" +
	"\n" +
	`{"a":"Chiều 30/1.","b":"On Friday.","ref":"2026-01-30","lang_a":"vi","lang_b":"en"}` + "\n"

// TestFilterJSON checks the filter on JSON lines: the lines kept byte for
// byte, a rejected line with its reason as a member, a bad line reported
// with its number, and the order kept with several workers.
func TestFilterJSON(t *testing.T) {
	for _, workers := range []int{1, 4} {
		var out, rej, errs bytes.Buffer
		sum, err := Run(strings.NewReader(jsonInput), &out, Options{Workers: workers, JSON: true, Filter: true, Reject: &rej, Errors: &errs, Ref: date(t, "2025-01-30")})
		require.NoError(t, err)
		lines := strings.SplitAfter(jsonInput, "\n")
		assert.Equal(t, lines[0]+lines[4], out.String())
		assert.Equal(t, `{"id":"p2", "a":"Hàn Quốc có 1.200 dự án.", "b":"South Korea has 1,300 projects."`+
			`,"reason":"1.200 dự án ≠ 1,300 projects: 1200 project vs 1300 project"}`+"\n", rej.String())
		assert.True(t, json.Valid(rej.Bytes()))
		assert.Equal(t, "line 3: \"b\": missing or empty\n", errs.String())
		assert.Equal(t, Summary{Lines: 5, Checked: 3, Conflicts: 1, Skipped: 1}, sum)
	}
}

// TestJSONLinesFromJSON checks that a JSON line and the TSV line of the
// same pair give the same result line.
func TestJSONLinesFromJSON(t *testing.T) {
	var fromJSON, fromTSV bytes.Buffer
	_, err := Run(strings.NewReader(`{"id":"p2","a":"Hàn Quốc có 1.200 dự án.","b":"South Korea has 1,300 projects."}`+"\n"), &fromJSON, Options{JSON: true})
	require.NoError(t, err)
	_, err = Run(strings.NewReader("Hàn Quốc có 1.200 dự án.\tSouth Korea has 1,300 projects.\tp2\n"), &fromTSV, Options{})
	require.NoError(t, err)
	assert.Equal(t, fromTSV.String(), fromJSON.String())
	assert.Contains(t, fromJSON.String(), `"conflict":true`)
}

// TestRejectLine checks the rejected lines of both forms.
func TestRejectLine(t *testing.T) {
	assert.Equal(t, "a 1\tb 2\t1 ≠ 2 here\n", string(rejectLine([]byte("a 1\tb 2\r\n"), "1 ≠ 2\there", false)))
	assert.Equal(t, `{"a":"1","b":"2","reason":"1 ≠ 2 \"<x>\"\t"}`+"\n", string(rejectLine([]byte(`{"a":"1","b":"2"}  `+"\n"), "1 ≠ 2 \"<x>\"\t", true)))
}
