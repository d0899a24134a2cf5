package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factalign/factalign/server"
)

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	return p
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	vi := write(t, dir, "a.vi.txt", "date 2026-01-30\n\nChiều 30/1, Singapore cho biết có 4.400 dự án.\n")
	same := write(t, dir, "a.en.txt", "date 2026-01-30\n\nSingapore said on Friday it had 4,400 projects.\n")
	diff := write(t, dir, "b.en.txt", "date 2026-01-30\n\nSingapore said on Friday it had 4,600 projects.\n")
	for _, tc := range []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"agree", []string{vi, same}, 0, "0 conflict"},
		{"conflict", []string{vi, diff}, 1, "4.400 dự án ≠ 4,600 projects"},
		{"json", []string{"-format", "json", vi, diff}, 1, `"status":"conflict"`},
		{"html", []string{"-format", "html", vi, diff}, 1, "<!doctype html>"},
		{"several", []string{same, vi, diff}, 1, "== 2 of 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, tc.code, run(tc.args, nil, &out, &errb), errb.String())
			assert.Contains(t, out.String(), tc.out)
			assert.Empty(t, errb.String())
		})
	}
}

// TestSeveralVersions checks that several versions give one JSON
// document (an array of reports) and one HTML page.
func TestSeveralVersions(t *testing.T) {
	dir := t.TempDir()
	vi := write(t, dir, "a.vi.txt", "date 2026-01-30\n\nChiều 30/1, Singapore cho biết có 4.400 dự án.\n")
	same := write(t, dir, "a.en.txt", "date 2026-01-30\n\nSingapore said on Friday it had 4,400 projects.\n")
	diff := write(t, dir, "b.en.txt", "date 2026-01-30\n\nSingapore said on Friday it had 4,600 projects.\n")
	var out, errb bytes.Buffer
	require.Equal(t, 1, run([]string{"-format", "json", vi, same, diff}, nil, &out, &errb), errb.String())
	var reports []struct {
		Summary struct{ Conflict int } `json:"summary"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &reports), out.String())
	require.Len(t, reports, 2)
	assert.Equal(t, 0, reports[0].Summary.Conflict)
	assert.Equal(t, 1, reports[1].Summary.Conflict)

	out.Reset()
	require.Equal(t, 1, run([]string{"-format", "html", vi, same, diff}, nil, &out, &errb), errb.String())
	page := out.String()
	assert.Equal(t, 1, strings.Count(page, "<!doctype html>"))
	assert.Equal(t, 2, strings.Count(page, "<article id="))
	assert.Contains(t, page, `id="r2-conflicts"`)
}

func TestOutputFileAndIgnore(t *testing.T) {
	dir := t.TempDir()
	vi := write(t, dir, "a.vi.txt", "Singapore có 4.400 dự án.\n")
	en := write(t, dir, "a.en.txt", "Singapore has 4,600 projects.\n")
	ign := write(t, dir, "a.ignore", "number text \"4,600 projects\"\n")
	out := filepath.Join(dir, "r.json")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-ignore", ign, "-format", "json", "-o", out, vi, en}, nil, &stdout, &stderr), stderr.String())
	assert.Empty(t, stdout.String())
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	var r struct {
		Summary map[string]int `json:"summary"`
	}
	require.NoError(t, json.Unmarshal(data, &r))
	assert.Equal(t, 1, r.Summary["suppressed"])
	assert.Equal(t, 0, r.Summary["conflict"])
	assert.Empty(t, stderr.String())

	// A line that matched nothing is said on stderr, with its line.
	ign2 := write(t, dir, "b.ignore", "# reviewed\nnumber text \"4,600 projects\"\nmoney 90000000000\n")
	stderr.Reset()
	require.Equal(t, 0, run([]string{"-ignore", ign2, vi, en}, nil, &stdout, &stderr), stderr.String())
	assert.Equal(t, "factcheck: -ignore "+ign2+":3: matched no fact\n", stderr.String())
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	vi := write(t, dir, "a.vi.txt", "Singapore có 4.400 dự án.\n")
	empty := write(t, dir, "e.txt", "  \n")
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"one file", []string{vi}, "need two files, or one bilingual file"},
		{"bad format", []string{"-format", "pdf", vi, vi}, `unknown format "pdf"`},
		{"bad ref", []string{"-ref", "yesterday", vi, vi}, "bad -ref"},
		{"bad lang", []string{"-lang-a", "fr", vi, vi}, "-lang-a"},
		{"missing file", []string{vi, filepath.Join(dir, "none.txt")}, "none.txt"},
		{"empty file", []string{vi, empty}, "empty document"},
		{"missing ignore", []string{"-ignore", filepath.Join(dir, "x.ignore"), vi, vi}, "x.ignore"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, 2, run(tc.args, nil, &out, &errb))
			assert.Contains(t, errb.String(), tc.msg)
			assert.Equal(t, 1, strings.Count(errb.String(), "\n"), "one line on stderr: %q", errb.String())
		})
	}
}

// TestBilingualFiles checks the inputs of translators: an XLIFF file, a
// TMX memory and TSV bitext from standard input, checked unit by unit
// with each fact naming its unit; and their errors, which name the file,
// the line and the unit.
func TestBilingualFiles(t *testing.T) {
	formats := filepath.Join("..", "..", "testdata", "formats")
	for _, tc := range []struct {
		name  string
		args  []string
		stdin string
		code  int
		out   string
	}{
		{"xliff", []string{filepath.Join(formats, "story.xlf")}, "", 1, "conflict  [unit 2] number"},
		{"xliff json", []string{"-format", "json", filepath.Join(formats, "story.xlf")}, "", 1, `"unit":"2"`},
		{"xliff 2", []string{filepath.Join(formats, "story2.xlf")}, "", 0, "[unit u1/s2]"},
		{"tmx", []string{filepath.Join(formats, "memory.tmx")}, "", 0, "[unit t1]"},
		{"three languages", []string{"-lang-a", "vi", "-lang-b", "en", filepath.Join(formats, "three.tmx")}, "", 0, "[unit a]"},
		// A job in progress: the units with no translation yet are listed
		// as skipped, the others compared.
		{"untranslated units", []string{filepath.Join(formats, "untranslated.xlf")}, "", 1, "Units: 3 read, 1 compared, 2 skipped\nSkipped unit \"7\": no text on side B\nSkipped unit \"8\": no text on side B\n"},
		{"tsv on stdin", []string{"-bitext", "-"}, "Có 4.400 dự án.\tThere are 4,600 projects.\tp1\n", 1, "conflict  [unit p1]"},
		{"two files, one on stdin", []string{"-", filepath.Join("..", "..", "testdata", "pairs", "fdi-q1", "en.txt")}, "Vốn FDI quý I/2026 đạt 12,4 tỷ USD.\n", 0, "A: stdin"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, tc.code, run(tc.args, strings.NewReader(tc.stdin), &out, &errb), errb.String())
			assert.Contains(t, out.String(), tc.out)
		})
	}
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"utf-16 without a bom", []string{"-bitext", filepath.Join(formats, "pairs-utf16-nobom.tsv")}, "UTF-16 text with no byte-order mark"},
		{"three languages unsaid", []string{filepath.Join(formats, "three.tmx")}, `unit "a": no variant in the source language`},
		{"bitext and files", []string{"-bitext", "-", "x.txt"}, "-bitext takes no other file"},
		{"stdin twice", []string{"-", "-"}, "standard input (-) can be read once only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, 2, run(tc.args, strings.NewReader(""), &out, &errb))
			assert.Contains(t, errb.String(), tc.msg)
		})
	}
}

// TestCommandLine checks what people type without thinking: -h and
// --version on standard output with exit 0, flags after the files, the
// spreadsheet formats, conflicts only, and -o that keeps the previous
// report when a run fails.
func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	vi := write(t, dir, "a.vi.txt", "date 2026-01-30\n\nChiều 30/1, Singapore cho biết có 4.400 dự án.\n")
	diff := write(t, dir, "b.en.txt", "date 2026-01-30\n\nSingapore said on Friday it had 4,600 projects.\n")
	for _, tc := range []struct {
		name string
		args []string
		code int
		out  []string
	}{
		{"help", []string{"-h"}, 0, []string{"usage: factcheck", "-format", "the report format", "Examples:"}},
		{"long help", []string{"--help"}, 0, []string{"-bitext"}},
		{"version", []string{"--version"}, 0, []string{"factcheck "}},
		{"flags after the files", []string{vi, diff, "-format", "json"}, 1, []string{`"status":"conflict"`}},
		{"csv", []string{"-format", "csv", vi, diff}, 1, []string{"unit,status,kind,text_a,text_b,value_a,value_b,why,sentence_a,sentence_b\n,conflict,number,4.400 dự án,"}},
		{"tsv", []string{"-format", "tsv", vi, diff}, 1, []string{"unit\tstatus\tkind\t", "\tconflict\tnumber\t4.400 dự án\t4,600 projects\t4400 project\t4600 project\t"}},
		{"conflicts only", []string{"-show", "conflicts", vi, diff}, 1, []string{"conflict  number"}},
		{"end of flags", []string{"--", vi, diff}, 1, []string{"4.400 dự án ≠ 4,600 projects"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, tc.code, run(tc.args, nil, &out, &errb), errb.String())
			for _, want := range tc.out {
				assert.Contains(t, out.String(), want)
			}
			if tc.name == "conflicts only" {
				assert.NotContains(t, out.String(), "agree ")
			}
		})
	}

	// -o: a failing run leaves the previous report as it was.
	report := filepath.Join(dir, "report.txt")
	var out, errb bytes.Buffer
	require.Equal(t, 1, run([]string{"-o", report, vi, diff}, nil, &out, &errb), errb.String())
	before, err := os.ReadFile(report)
	require.NoError(t, err)
	require.Contains(t, string(before), "conflict")
	assert.Equal(t, 2, run([]string{"-o", report, "-lang-a", "fr", vi, diff}, nil, &out, &errb))
	after, err := os.ReadFile(report)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".report.txt.*"))
	assert.Empty(t, leftovers)
}

// TestXLIFFNotes checks -format xliff: the file back with each conflict
// as a note on its unit, and byte for byte the input when there is none.
func TestXLIFFNotes(t *testing.T) {
	formats := filepath.Join("..", "..", "testdata", "formats")
	var out, errb bytes.Buffer
	require.Equal(t, 1, run([]string{"-format", "xliff", filepath.Join(formats, "story.xlf")}, nil, &out, &errb), errb.String())
	assert.Contains(t, out.String(), `<note from="factalign">factalign: number conflict: 4.400 dự án ≠ 4,600 new projects: 4400 project vs 4600 project</note></trans-unit>`)

	out.Reset()
	require.Equal(t, 0, run([]string{"-format", "xliff", filepath.Join(formats, "story2.xlf")}, nil, &out, &errb), errb.String())
	original, err := os.ReadFile(filepath.Join(formats, "story2.xlf"))
	require.NoError(t, err)
	assert.Equal(t, string(original), out.String())

	errb.Reset()
	assert.Equal(t, 2, run([]string{"-format", "xliff", filepath.Join(formats, "pairs.tsv")}, nil, &out, &errb))
	assert.Contains(t, errb.String(), "-format xliff writes notes into XLIFF input; pairs.tsv is TSV")
}

// TestEncodings checks text files as people store them: UTF-16 with a
// byte-order mark is read, binary data is refused with its offset.
func TestEncodings(t *testing.T) {
	dir := t.TempDir()
	vi := write(t, dir, "a.vi.txt", "Singapore có 4.400 dự án.\n")
	u16 := []byte{0xFF, 0xFE}
	for _, r := range "Singapore has 4,600 projects.\n" {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	en := write(t, dir, "a.en.txt", string(u16))
	var out, errb bytes.Buffer
	assert.Equal(t, 1, run([]string{vi, en}, nil, &out, &errb), errb.String())
	assert.Contains(t, out.String(), "4.400 dự án ≠ 4,600 projects")
	bin := write(t, dir, "b.bin", "ab\x00cd")
	errb.Reset()
	assert.Equal(t, 2, run([]string{vi, bin}, nil, &out, &errb))
	assert.Equal(t, "factcheck: b.bin: binary data (a NUL byte at offset 2)\n", errb.String())
}

// TestServe starts the service on a free port of 127.0.0.1, checks a
// pair through the API, and stops it as a signal would.
func TestServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var errb bytes.Buffer
	go func() { done <- runServer(ctx, ln, server.Options{Timeout: 5 * time.Second}, &errb) }()
	body := `{"a":{"text":"Singapore có 4.400 dự án."},"b":{"text":"Singapore has 4,600 projects."}}`
	resp, err := http.Post("http://"+ln.Addr().String()+"/api/check", "application/json", strings.NewReader(body))
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(b), `"status":"conflict"`)
	cancel()
	require.NoError(t, <-done)
	assert.Contains(t, errb.String(), "serving on http://127.0.0.1:")
}
