package stream

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseLine feeds any bytes to the line reader, as a JSON line and as
// a tab-separated one, and checks its contract: no panic; a blank line or
// a *LineError with the line's number; otherwise two texts and an id in
// UTF-8, that read the same once written again in the same form; and a
// rejected JSON line that stays JSON.
func FuzzParseLine(f *testing.F) {
	for _, seed := range []string{
		`{"id":"p1","a":"Chiều 30/1, có 4.400 dự án.","b":"On Friday, 4,400 projects.","ref":"2026-01-30","lang_a":"vi","lang_b":"en"}`,
		`{"id":42,"a":"x 1","b":"y 1","score":0.5}` + "\r\n",
		`{"a":"x","b":null}`,
		`["a","b"]`,
		`{"a":"x 1","b":"y 1","ref":"2026-02-30","lang_b":"fr"}`,
		"Có 4.400 dự án.\tThere are 4,400 projects.\tp1\n",
		"no tab\n",
		"c \xff 2\td 2",
		" \r\n",
	} {
		f.Add([]byte(seed), true)
		f.Add([]byte(seed), false)
	}
	f.Fuzz(func(t *testing.T, line []byte, jsonLines bool) {
		o := Options{JSON: jsonLines, MaxLine: 1 << 16}
		p, err := parseLine(line, 5, &o)
		if err != nil {
			checkLineError(t, err)
			return
		}
		if !utf8.ValidString(p.a) || !utf8.ValidString(p.b) || !utf8.ValidString(p.id) || p.id == "" {
			t.Fatalf("pair %+v: not UTF-8, or no id", p)
		}
		again, err := parseLine(writeLine(t, p, jsonLines), 5, &o)
		if err != nil || again != p {
			t.Fatalf("pair %+v written again reads %+v, %v", p, again, err)
		}
		if jsonLines {
			rej := rejectLine(line, "a ≠ b\t\"why\"", true)
			object := bytes.TrimRight(line, " \t\r\n")
			if !json.Valid(rej) || !bytes.HasPrefix(rej, object[:len(object)-1]) {
				t.Fatalf("rejected line %q is no JSON", rej)
			}
		}
	})
}

// checkLineError checks that err is ErrBlank or a *LineError of line 5
// with a message.
func checkLineError(t *testing.T, err error) {
	t.Helper()
	if errors.Is(err, ErrBlank) {
		return
	}
	var le *LineError
	if !errors.As(err, &le) || le.Line != 5 || !strings.HasPrefix(err.Error(), "line 5: ") || le.Err == nil {
		t.Fatalf("error %v (%T) is no *LineError of line 5", err, err)
	}
}

// writeLine writes p again as a line of its form (a tab-separated line
// with a fourth column, empty, so that an id that ends in "\r" keeps it).
func writeLine(t *testing.T, p pair, jsonLines bool) []byte {
	t.Helper()
	if !jsonLines {
		return []byte(p.a + "\t" + p.b + "\t" + p.id + "\t")
	}
	out := map[string]string{"id": p.id, "a": p.a, "b": p.b}
	if !p.ref.IsZero() {
		out["ref"] = p.ref.Format(dateLayout)
	}
	if p.langA.String() != "und" {
		out["lang_a"] = p.langA.String()
	}
	if p.langB.String() != "und" {
		out["lang_b"] = p.langB.String()
	}
	data, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
