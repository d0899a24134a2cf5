package stream

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factalign/factalign/internal/streamtest"
)

const input = "Singapore có 4.400 dự án.\tSingapore has 4,400 projects.\tp1\n" +
	"Hàn Quốc có 1.200 dự án.\tSouth Korea has 1,300 projects.\tp2\r\n" +
	"no tab here\n" +
	"\n" +
	"Giá tăng 5%.\tPrices rose 5 per cent.\n"

// TestFilter checks the OpusCleaner protocol: the lines with no conflict
// byte for byte, the others rejected with the reason, a line with no tab
// reported and skipped, and the order kept with several workers.
func TestFilter(t *testing.T) {
	for _, workers := range []int{1, 4} {
		var out, rej, errs bytes.Buffer
		sum, err := Run(strings.NewReader(input), &out, Options{Workers: workers, Filter: true, Reject: &rej, Errors: &errs})
		require.NoError(t, err)
		assert.Equal(t, "Singapore có 4.400 dự án.\tSingapore has 4,400 projects.\tp1\nGiá tăng 5%.\tPrices rose 5 per cent.\n", out.String())
		assert.Equal(t, "Hàn Quốc có 1.200 dự án.\tSouth Korea has 1,300 projects.\tp2\t1.200 dự án ≠ 1,300 projects: 1200 project vs 1300 project\n", rej.String())
		assert.Equal(t, "line 3: no tab: want A<TAB>B or A<TAB>B<TAB>id\n", errs.String())
		assert.Equal(t, Summary{Lines: 5, Checked: 3, Conflicts: 1, Skipped: 1}, sum)
	}
}

// TestJSONLines checks one result line per pair, in input order.
func TestJSONLines(t *testing.T) {
	var out bytes.Buffer
	_, err := Run(strings.NewReader(input), &out, Options{Workers: 3})
	require.NoError(t, err)
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r Result
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		ids = append(ids, r.ID)
		if r.ID == "p2" {
			assert.True(t, r.Conflict)
			assert.Equal(t, 1, r.Summary.Conflict)
		}
	}
	assert.Equal(t, []string{"p1", "p2", "5"}, ids)
}

// TestFaults checks that a line over the limit and a line that is not
// UTF-8 are reported and skipped, and the good lines around them kept.
func TestFaults(t *testing.T) {
	in := "a 1\tb 1\n" + strings.Repeat("x", 200) + "\tlong\n" + "c \xff 2\td 2\n" + "e 3\tf 3\n"
	var out, errs bytes.Buffer
	sum, err := Run(strings.NewReader(in), &out, Options{Filter: true, MaxLine: 100, Errors: &errs})
	require.NoError(t, err)
	assert.Equal(t, "a 1\tb 1\ne 3\tf 3\n", out.String())
	assert.Equal(t, "line 2: longer than the line limit\nline 3: not valid UTF-8\n", errs.String())
	assert.Equal(t, 2, sum.Skipped)
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteError checks that a failing output ends the run with its
// error instead of hanging.
func TestWriteError(t *testing.T) {
	in := strings.Repeat("a 1\tb 1\n", 100000)
	_, err := Run(strings.NewReader(in), failWriter{}, Options{Workers: 2, Filter: true})
	assert.ErrorContains(t, err, "disk full")
}

// TestCheck checks the one-line function Run and other runners share:
// the verdicts, each reason to skip, and the JSON lines byte for byte.
func TestCheck(t *testing.T) {
	res, err := Check([]byte("Hàn Quốc có 1.200 dự án.\tSouth Korea has 1,300 projects.\tp2\r\n"), 2, Options{})
	require.NoError(t, err)
	assert.Equal(t, "p2", res.ID)
	assert.True(t, res.Conflict)
	res, err = Check([]byte("Có 90 tỷ USD.\tThere is US$90 billion."), 7, Options{})
	require.NoError(t, err)
	assert.Equal(t, "7", res.ID, "the line number is the id of a line with none")
	assert.False(t, res.Conflict)
	assert.Equal(t, 1, res.Summary.Agree)

	for _, c := range []struct {
		line string
		want error
		msg  string
	}{
		{"no tab here\n", ErrNoTab, "line 3: no tab: want A<TAB>B or A<TAB>B<TAB>id"},
		{"c \xff 2\td 2", ErrUTF8, "line 3: not valid UTF-8"},
		{strings.Repeat("x", 101) + "\ty", ErrTooLong, "line 3: longer than the line limit"},
		{"Có 4 dự án.\t \n", ErrNoText, "line 3: column B: missing or empty"},
		{"\tThere are 4 projects.", ErrNoText, "line 3: column A: missing or empty"},
	} {
		_, err := Check([]byte(c.line), 3, Options{MaxLine: 100})
		require.ErrorIs(t, err, c.want)
		var le *LineError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, 3, le.Line)
		assert.EqualError(t, err, c.msg)
	}
	_, err = Check([]byte(" \r\n"), 4, Options{})
	assert.ErrorIs(t, err, ErrBlank)

	var run, one bytes.Buffer
	_, err = Run(strings.NewReader(input), &run, Options{Workers: 2})
	require.NoError(t, err)
	for i, line := range strings.SplitAfter(input, "\n") {
		res, err := Check([]byte(line), i+1, Options{})
		if err != nil {
			continue
		}
		require.NoError(t, res.WriteJSON(&one))
	}
	assert.Equal(t, run.String(), one.String())
}

// TestProgress checks that Progress is called as lines are written, with
// counts that only grow, and once at the end with the run's summary.
func TestProgress(t *testing.T) {
	var calls []Summary
	sum, err := Run(strings.NewReader(input), io.Discard, Options{Workers: 2, Filter: true,
		Progress: func(s Summary) { calls = append(calls, s) }, ProgressEvery: time.Nanosecond})
	require.NoError(t, err)
	require.NotEmpty(t, calls)
	assert.Equal(t, sum, calls[len(calls)-1], "the last call has the final counts")
	assert.Equal(t, Summary{Lines: 5, Checked: 3, Conflicts: 1, Skipped: 1}, sum)
	for i := 1; i < len(calls); i++ {
		assert.LessOrEqual(t, calls[i-1].Lines, calls[i].Lines)
	}

	calls = nil
	sum, err = Run(strings.NewReader(input), io.Discard, Options{Progress: func(s Summary) { calls = append(calls, s) }, ProgressEvery: time.Hour})
	require.NoError(t, err)
	assert.Equal(t, []Summary{sum}, calls, "a run shorter than the period: the final call only")
}

// TestRunContext checks a run stopped half-way, in both outputs: what it
// wrote is the start of the full run's output, line for line, ends with a
// whole line, and is what its summary counts.
func TestRunContext(t *testing.T) {
	in := streamtest.Pairs(4000)
	for _, filter := range []bool{false, true} {
		t.Run(fmt.Sprint("filter=", filter), func(t *testing.T) {
			var full, fullRej bytes.Buffer
			_, err := Run(strings.NewReader(in), &full, Options{Workers: 2, Filter: filter, Reject: &fullRej})
			require.NoError(t, err)

			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var out, rej bytes.Buffer
			r := &streamtest.CancelAfter{R: strings.NewReader(in), N: len(in) / 2, Cancel: cancel}
			sum, err := RunContext(ctx, r, &out, Options{Workers: 2, Filter: filter, Reject: &rej})
			require.ErrorIs(t, err, context.Canceled)
			require.NotEmpty(t, out.String())
			assert.True(t, strings.HasPrefix(full.String(), out.String()), "the output is the start of the full run's")
			assert.True(t, strings.HasSuffix(out.String(), "\n"), "the output ends with a whole line")
			assert.True(t, strings.HasPrefix(fullRej.String(), rej.String()))
			assert.True(t, rej.Len() == 0 || strings.HasSuffix(rej.String(), "\n"))
			assert.Less(t, sum.Lines, 4000)
			assert.Equal(t, sum.Lines, sum.Checked)
			if !filter {
				assert.Equal(t, sum.Lines, strings.Count(out.String(), "\n"))
			} else {
				assert.Equal(t, sum.Lines, strings.Count(out.String(), "\n")+strings.Count(rej.String(), "\n"))
			}
		})
	}
}

// TestRunContextBlockedRead checks that a run whose input waits (a pipe
// nobody writes to) ends when its context is done, with what it has.
func TestRunContextBlockedRead(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	three := make(chan struct{})
	var once sync.Once
	o := Options{Workers: 2, ProgressEvery: time.Nanosecond, Progress: func(s Summary) {
		if s.Lines == 3 {
			once.Do(func() { close(three) })
		}
	}}
	type end struct {
		sum Summary
		err error
	}
	ended := make(chan end, 1)
	var out bytes.Buffer
	go func() {
		sum, err := RunContext(ctx, pr, &out, o)
		ended <- end{sum, err}
	}()
	_, err := io.WriteString(pw, streamtest.Pairs(3))
	require.NoError(t, err)
	select {
	case <-three:
	case <-time.After(10 * time.Second):
		t.Fatal("the three lines were not written")
	}
	cancel()
	select {
	case e := <-ended:
		require.ErrorIs(t, e.err, context.Canceled)
		assert.Equal(t, 3, e.sum.Lines)
		assert.Equal(t, 3, strings.Count(out.String(), "\n"))
	case <-time.After(10 * time.Second):
		t.Fatal("RunContext waits for a Read that blocks")
	}
}

// TestRunContextDoneAtTheEnd checks that a context done after the whole
// input was written is no error.
func TestRunContextDoneAtTheEnd(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	sum, err := RunContext(ctx, strings.NewReader(input), &out, Options{Progress: func(s Summary) {
		if s.Lines == 5 {
			cancel()
		}
	}})
	require.NoError(t, err)
	assert.Equal(t, 5, sum.Lines)
}
