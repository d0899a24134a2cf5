package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factalign/factalign/internal/streamtest"
	"github.com/factalign/factalign/stream"
)

// jsonPairs holds a pair that agrees only on the line's own date, one with
// a conflict, and a line with no "b".
const jsonPairs = `{"id":"d1","a":"Chiều 30/1, Singapore cho biết có 4.400 dự án.","b":"Singapore said on Friday it had 4,400 projects.","ref":"2026-01-30"}
{"id":"d2","a":"Hàn Quốc có 1.200 dự án.","b":"South Korea has 1,300 projects.","lang_a":"vi","lang_b":"en"}
{"id":"d3","a":"Có 4.400 dự án."}
`

// TestBitextJSON checks -bitext-json: a JSON line a pair from a file or
// standard input, the filter on JSON lines, a bad line reported with its
// number, and the line's date over -ref's.
func TestBitextJSON(t *testing.T) {
	dir := t.TempDir()
	file := write(t, dir, "pairs.jsonl", jsonPairs)
	lines := strings.SplitAfter(jsonPairs, "\n")
	for _, tc := range []struct {
		name  string
		args  []string
		stdin string
		code  int
		ids   []string // of the JSON lines written, in order
		kept  string   // with -filter
	}{
		{"a file, -format jsonl by default", []string{"-bitext-json", file}, "", 1, []string{"d1", "d2"}, ""},
		{"standard input", []string{"-format", "jsonl", "-bitext-json", "-"}, jsonPairs, 1, []string{"d1", "d2"}, ""},
		{"the line's date over -ref", []string{"-ref", "2025-01-30", "-bitext-json", file}, "", 1, []string{"d1", "d2"}, ""},
		{"filter, standard input", []string{"-filter", "-bitext-json", "-"}, jsonPairs, 0, nil, lines[0]},
		{"filter, a file", []string{"-filter", "-bitext-json", file, "-workers", "3"}, "", 0, nil, lines[0]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, tc.code, run(tc.args, strings.NewReader(tc.stdin), &out, &errb), errb.String())
			assert.Equal(t, "factcheck: line 3: \"b\": missing or empty\nfactcheck: 3 lines read, 2 checked, 1 with a conflict, 1 skipped\n", errb.String())
			if tc.ids == nil {
				assert.Equal(t, tc.kept, out.String())
				return
			}
			var ids []string
			for _, line := range strings.SplitAfter(strings.TrimSuffix(out.String(), "\n"), "\n") {
				var r stream.Result
				require.NoError(t, json.Unmarshal([]byte(line), &r), line)
				ids = append(ids, r.ID)
				assert.Equal(t, r.ID == "d2", r.Conflict, "%s: %+v", r.ID, r.Facts)
				if r.ID == "d1" {
					assert.Equal(t, 3, r.Summary.Agree, "30/1 is a Friday on the line's date, 2026-01-30")
				}
			}
			assert.Equal(t, tc.ids, ids)
		})
	}

	// The rejected JSON lines keep their form, with the reason.
	rej := filepath.Join(dir, "rejected.jsonl")
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-filter", "-reject", rej, "-bitext-json", "-"}, strings.NewReader(jsonPairs), &out, &errb), errb.String())
	data, err := os.ReadFile(rej)
	require.NoError(t, err)
	assert.Equal(t, strings.TrimSuffix(lines[1], "}\n")+`,"reason":"1.200 dự án ≠ 1,300 projects: 1200 project vs 1300 project"}`+"\n", string(data))
}

// TestStreamUsage checks the mistakes of the stream modes' flags.
func TestStreamUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"both inputs", []string{"-bitext", "-", "-bitext-json", "-"}, "-bitext and -bitext-json: give one of them"},
		{"another format", []string{"-format", "html", "-bitext-json", "-"}, "-bitext-json writes -format jsonl or filters (-filter), not -format html"},
		{"filter and a file", []string{"-filter", "pairs.tsv"}, "-filter reads standard input, -bitext FILE|- or -bitext-json FILE|-, not pairs.tsv"},
		{"jsonl and no input", []string{"-format", "jsonl"}, "-format jsonl reads -bitext FILE|- or -bitext-json FILE|- only"},
		{"bad ref", []string{"-ref", "30/1", "-bitext-json", "-"}, `bad -ref "30/1"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, 2, run(tc.args, strings.NewReader(""), &out, &errb))
			assert.Contains(t, errb.String(), tc.msg)
			assert.Equal(t, 1, strings.Count(errb.String(), "\n"), "one line on stderr: %q", errb.String())
			assert.Empty(t, out.String())
		})
	}
}

// TestNoProgressOffTerminal checks that a stream run whose standard error
// is a file, not a terminal, draws no progress line there.
func TestNoProgressOffTerminal(t *testing.T) {
	dir := t.TempDir()
	stderr, err := os.Create(filepath.Join(dir, "stderr"))
	require.NoError(t, err)
	defer stderr.Close()
	assert.False(t, isTerminal(stderr))
	assert.False(t, isTerminal(&bytes.Buffer{}))
	var out bytes.Buffer
	assert.Equal(t, 0, run([]string{"-filter"}, strings.NewReader(streamtest.Pairs(2000)), &out, stderr))
	data, err := os.ReadFile(stderr.Name())
	require.NoError(t, err)
	assert.Empty(t, string(data))
	assert.Equal(t, 2000-2000/7, strings.Count(out.String(), "\n"))
}

// TestStatus checks the progress line drawn on a terminal: none in the
// first second, then redrawn over itself with \r, cleared before a line
// skipped is said and at the end.
func TestStatus(t *testing.T) {
	var w bytes.Buffer
	s := &status{w: &w, tty: true, start: time.Now()}
	s.progress(stream.Summary{Lines: 10, Checked: 10})
	assert.Empty(t, w.String(), "a short run draws nothing")

	s.start = time.Now().Add(-2 * time.Second)
	s.progress(stream.Summary{Lines: 2000, Checked: 2000, Conflicts: 12})
	first := w.String()
	assert.Regexp(t, `^\rfactcheck: 2000 pairs checked, 1\d\d\d pairs/s, 12 with a conflict$`, first)
	s.progress(stream.Summary{Lines: 2100, Checked: 2099, Conflicts: 12, Skipped: 1})
	assert.Contains(t, w.String(), ", 1 skipped")

	w.Reset()
	fmt.Fprintln(s, "line 7: no tab")
	assert.Regexp(t, `^\r {60,}\rfactcheck: line 7: no tab\n$`, w.String())
	s.draw(stream.Summary{Lines: 2200, Checked: 2200})
	w.Reset()
	s.clear()
	assert.Regexp(t, `^\r {60,}\r$`, w.String())
	w.Reset()
	s.clear()
	assert.Empty(t, w.String(), "nothing left to clear")
}

// TestInterrupt checks a stream run stopped half-way: exit 130, on stdout
// and in the reject file the start of the full run's output, whole lines,
// and the summary on stderr.
func TestInterrupt(t *testing.T) {
	in := streamtest.Pairs(4000)
	dir := t.TempDir()
	for _, mode := range [][]string{{"-filter"}, {"-format", "jsonl", "-bitext", "-"}} {
		t.Run(mode[0], func(t *testing.T) {
			fullRej, rej := filepath.Join(dir, "full.tsv"), filepath.Join(dir, "rej.tsv")
			var full, out, errb bytes.Buffer
			code := run(append(mode, "-reject", fullRej, "-workers", "2"), strings.NewReader(in), &full, &errb)
			require.NotEqual(t, 130, code, errb.String())

			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			r := &streamtest.CancelAfter{R: strings.NewReader(in), N: len(in) / 2, Cancel: cancel}
			errb.Reset()
			require.Equal(t, 130, runContext(ctx, append(mode, "-reject", rej, "-workers", "2"), r, &out, &errb))
			assert.Regexp(t, `^factcheck: interrupted after \d+ lines read, \d+ checked, \d+ with a conflict, 0 skipped\n$`, errb.String())
			require.NotEmpty(t, out.String())
			assert.True(t, strings.HasPrefix(full.String(), out.String()), "stdout is the start of the full run's")
			assert.Less(t, out.Len(), full.Len())
			assert.True(t, strings.HasSuffix(out.String(), "\n"), "stdout ends with a whole line")
			if mode[0] == "-filter" {
				want, err := os.ReadFile(fullRej)
				require.NoError(t, err)
				got, err := os.ReadFile(rej)
				require.NoError(t, err)
				assert.True(t, bytes.HasPrefix(want, got), "the reject file is the start of the full run's")
				assert.True(t, len(got) > 0 && got[len(got)-1] == '\n')
			}
		})
	}
}

// TestInterruptSignal sends SIGINT, then SIGTERM, to factcheck -filter
// reading a pipe that stays open: it writes what it has checked, says so,
// and exits 130 (143 for SIGTERM), as a shell says of a program the
// signal ended.
func TestInterruptSignal(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	for _, tt := range []struct {
		sig  os.Signal
		exit int
	}{{os.Interrupt, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tt.sig.String(), func(t *testing.T) { interruptWith(t, tt.sig, tt.exit) })
	}
}

func interruptWith(t *testing.T, sig os.Signal, code int) {
	in := streamtest.Pairs(3000)
	var full bytes.Buffer
	run([]string{"-filter"}, strings.NewReader(in), &full, io.Discard)

	cmd := exec.Command("factcheck", "-filter", "-workers", "2") // the test binary, set up by TestMain
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	require.NoError(t, cmd.Start())
	defer stdin.Close()
	go io.WriteString(stdin, in) // and the pipe stays open

	var out bytes.Buffer
	first := make([]byte, 1)
	_, err = io.ReadFull(stdout, first) // it runs: the handler is set
	require.NoError(t, err)
	out.Write(first)
	require.NoError(t, cmd.Process.Signal(sig))
	_, err = io.Copy(&out, stdout)
	require.NoError(t, err)
	err = cmd.Wait()
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "%v; stderr %q", err, errb.String())
	assert.Equal(t, code, exit.ExitCode(), errb.String())
	assert.Regexp(t, `^factcheck: interrupted after \d+ lines read`, errb.String())
	assert.True(t, strings.HasPrefix(full.String(), out.String()))
	assert.True(t, strings.HasSuffix(out.String(), "\n"))
}

// TestStatusHolds checks that the lines about lines skipped wait for the
// first pair checked: then they go out in order, with a count of those
// beyond what is held; with no pair checked, the first one is the
// reason of the run's one error line.
func TestStatusHolds(t *testing.T) {
	var w bytes.Buffer
	s := &status{w: &w, start: time.Now()}
	for i := range maxHeld + 3 {
		fmt.Fprintf(s, "line %d: no tab\n", i+1)
	}
	assert.Empty(t, w.String(), "held while no pair is checked")
	assert.Equal(t, "line 1: no tab", s.firstHeld())
	s.progress(stream.Summary{Lines: maxHeld + 4, Checked: 1, Skipped: maxHeld + 3})
	lines := strings.Split(strings.TrimSuffix(w.String(), "\n"), "\n")
	require.Len(t, lines, maxHeld+1)
	assert.Equal(t, "factcheck: line 1: no tab", lines[0])
	assert.Equal(t, fmt.Sprintf("factcheck: line %d: no tab", maxHeld), lines[maxHeld-1])
	assert.Equal(t, "factcheck: 3 more lines skipped, not listed", lines[maxHeld])

	w.Reset()
	fmt.Fprintln(s, "line 2000: no tab")
	assert.Equal(t, "factcheck: line 2000: no tab\n", w.String(), "after the first pair, at once")
}
