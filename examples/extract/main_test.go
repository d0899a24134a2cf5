package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runWith(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestPlain(t *testing.T) {
	code, out, errs := runWith(t, "Singapore có 4.400 dự án.", "-lang", "vi")
	require.Equal(t, 0, code, errs)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.JSONEq(t, `{"start":0,"end":9,"text":"Singapore","kind":"entity","entity":"country","key":"country:SG"}`, lines[0])
	assert.JSONEq(t, `{"start":14,"end":28,"text":"4.400 dự án","kind":"number","value":"4400","unit":"project"}`, lines[1])
}

func TestJSONL(t *testing.T) {
	in := `{"id":"a#1","lang":"en","text":"on Friday","ref":"2026-01-31"}` + "\n" +
		`{"id":7,"lang":"vi","text":"90 tỷ USD"}` + "\n"
	code, out, errs := runWith(t, in, "-jsonl")
	require.Equal(t, 0, code, errs)
	var rows []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &r))
		rows = append(rows, r)
	}
	require.Len(t, rows, 2)
	assert.Equal(t, "a#1", rows[0]["id"])
	assert.Equal(t, float64(7), rows[1]["id"])
	m := rows[1]["mentions"].([]any)[0].(map[string]any)
	assert.Equal(t, "90000000000", m["value"])
	assert.Equal(t, "USD", m["currency"])
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("a\xffb"), 0o644))
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		msg   string
	}{
		{"no lang", "x", nil, "missing -lang"},
		{"bad lang", "x", []string{"-lang", "fr"}, `unsupported language "fr"`},
		{"bad ref", "x", []string{"-lang", "vi", "-ref", "30/1"}, "bad reference date"},
		{"two files", "", []string{"-lang", "vi", "a", "b"}, "too many arguments"},
		{"missing file", "", []string{"-lang", "vi", filepath.Join(dir, "none.txt")}, "none.txt"},
		{"invalid utf-8", "", []string{"-lang", "vi", bad}, "not valid UTF-8"},
		{"bad json line", "{", []string{"-jsonl"}, "standard input:1:"},
		{"unknown flag", "", []string{"-x"}, "flag provided but not defined"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runWith(t, tc.stdin, tc.args...)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, errs, tc.msg)
			assert.Equal(t, 1, strings.Count(errs, "\n"), "one line on stderr: %q", errs)
		})
	}
}

// TestHelpFlags checks that -h prints the usage, every flag and an
// example on standard output, with exit 0.
func TestHelpFlags(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, nil, &out, &errb))
	for _, want := range []string{"usage: extract", "-lang", "-ref", "-jsonl", "Example:"} {
		assert.Contains(t, out.String(), want)
	}
	assert.Empty(t, errb.String())
}
