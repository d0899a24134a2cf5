package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/factalign/factalign/align/bitext"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/factalign/factalign/stream"
)

// interrupted ends a stream run stopped by a signal, once what was
// checked is written and the summary said.
type interrupted struct{ sig syscall.Signal }

func (e interrupted) Error() string { return "interrupted (" + e.sig.String() + ")" }

// exitCode is the status a shell gives a program the signal ended: 128 +
// its number (130 for SIGINT, 143 for SIGTERM).
func (e interrupted) exitCode() int { return 128 + int(e.sig) }

// onSignal returns ctx cancelled, with an interrupted cause, on the first
// SIGINT or SIGTERM; after it the signals have their default effect again,
// so that a second Ctrl-C ends the program at once.
func onSignal(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-sigs:
			signal.Stop(sigs)
			if ss, ok := s.(syscall.Signal); ok {
				cancel(interrupted{ss})
				return
			}
			cancel(interrupted{syscall.SIGINT})
		case <-ctx.Done():
		}
	}()
	return ctx, func() { signal.Stop(sigs); cancel(nil) }
}

// streamOutput returns where a stream run writes: standard output, or
// with -o a file beside FILE that keep(true) renames to FILE (a run that
// failed leaves FILE as it was; one that was interrupted keeps the lines
// written).
func (c *command) streamOutput(stdout io.Writer) (io.Writer, func(ok bool) error, error) {
	if c.outPath == "" {
		return stdout, func(bool) error { return nil }, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.outPath), "."+filepath.Base(c.outPath)+".*")
	if err != nil {
		return nil, nil, err
	}
	keep := func(ok bool) error {
		defer os.Remove(tmp.Name()) // after the rename, there is nothing left to remove
		err := tmp.Close()
		if !ok || err != nil {
			return err
		}
		return os.Rename(tmp.Name(), c.outPath)
	}
	return tmp, keep, nil
}

// headSize is how much of a stream's input lineInput looks at.
const headSize = 4 << 10

// lineInput returns r, read through a buffer, unless it starts as an XML
// bilingual file (TMX, XLIFF): the stream reads one pair a line, and each
// line of such a file would be skipped as having no tab, the run ending
// with nothing checked and no error.
func lineInput(r io.Reader, name string) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(headSize) // a short input is its own head
	switch f := bitext.Detect(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))); f {
	case bitext.TMX, bitext.XLIFF1, bitext.XLIFF2:
		check := "factcheck " + name
		if name == displayName(stdinName) {
			check = "factcheck -bitext -"
		}
		return nil, usageError{fmt.Sprintf("-filter, -format jsonl and -bitext-json read one pair a line (A<TAB>B, or JSON lines); %s is %s: check it with %s, or write its units as A<TAB>B lines first", name, f, check)}
	}
	return br, nil
}

// stream checks one pair a line, each on its own (package stream): the
// filter of corpus builders, or a JSON line a pair. SIGINT or SIGTERM
// (or ctx done) stops it: the lines checked are written, whole and in
// order, and it returns an [interrupted] error.
func (c *command) stream(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer) (bool, error) {
	date, la, lb, _, err := c.settings()
	if err != nil {
		return false, err
	}
	name, jsonLines, err := c.streamInput()
	if err != nil {
		return false, err
	}
	in := stdin
	if name != "" && name != stdinName {
		f, err := os.Open(name)
		if err != nil {
			return false, err
		}
		defer f.Close()
		in = f
	}
	if in == nil {
		in = strings.NewReader("")
	}
	in, err = lineInput(in, displayName(cmp.Or(name, stdinName)))
	if err != nil {
		return false, err
	}
	st := newStatus(stderr)
	o := stream.Options{Workers: c.workers, LangA: la, LangB: lb, Ref: date, Filter: c.filter, JSON: jsonLines, Errors: st, Progress: st.progress}
	if c.reject != "" {
		f, err := os.Create(c.reject)
		if err != nil {
			return false, err
		}
		defer f.Close()
		o.Reject = f
	}
	out, keep, err := c.streamOutput(stdout)
	if err != nil {
		return false, err
	}
	ctx, stop := onSignal(ctx)
	defer stop()
	sum, err := stream.RunContext(ctx, in, out, o)
	st.clear()
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		st.release()
		if err := keep(true); err != nil {
			return false, err
		}
		fmt.Fprintf(stderr, "factcheck: interrupted after %s\n", counts(sum))
		sig := interrupted{syscall.SIGINT} // or the caller's context ended
		errors.As(context.Cause(ctx), &sig)
		return false, sig
	}
	if err := keep(err == nil); err != nil {
		return false, err
	}
	if err != nil {
		return false, err
	}
	if sum.Checked == 0 && sum.Skipped > 0 {
		// Not one pair: the input is no A<TAB>B lines (a Moses file
		// of one side, say), which an exit 0 would hide.
		return false, fmt.Errorf("no pair checked (%s; %s)", st.firstHeld(), counts(sum))
	}
	st.release() // a run cut short before its first progress report
	if sum.Skipped > 0 {
		fmt.Fprintf(stderr, "factcheck: %s\n", counts(sum))
	}
	return sum.Conflicts > 0 && !c.filter, nil
}

// counts says what a summary counts.
func counts(sum stream.Summary) string {
	return fmt.Sprintf("%d lines read, %d checked, %d with a conflict, %d skipped", sum.Lines, sum.Checked, sum.Conflicts, sum.Skipped)
}

// streamInput checks the input flags of a stream run and returns the file
// to read ("" or "-" for standard input) and whether it holds JSON lines.
func (c *command) streamInput() (string, bool, error) {
	name, jsonLines := c.bitextPath, false
	if c.bitextJSON != "" {
		name, jsonLines = c.bitextJSON, true
	}
	switch {
	case c.bitextPath != "" && c.bitextJSON != "":
		return "", false, usageError{"-bitext and -bitext-json: give one of them"}
	case len(c.files) > 0 && c.filter:
		return "", false, usageError{"-filter reads standard input, -bitext FILE|- or -bitext-json FILE|-, not " + c.files[0]}
	case len(c.files) > 0 || !c.filter && name == "":
		return "", false, usageError{"-format jsonl reads -bitext FILE|- or -bitext-json FILE|- only"}
	case !c.filter && c.format != formatJSONL && c.set("format"):
		return "", false, usageError{fmt.Sprintf("-bitext-json writes -format jsonl or filters (-filter), not -format %s", c.format)}
	}
	return name, jsonLines, nil
}

// set reports whether the flag was given on the command line.
func (c *command) set(name string) bool {
	given := false
	c.fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// A status owns standard error during a stream run: it writes the lines
// skipped, each with the program's name, and on a terminal the progress
// line, which it clears before any other line. Package stream calls both
// from one goroutine.
//
// Until a pair is checked it holds the lines about lines skipped (the
// first maxHeld, and a count of the rest): an input in which no line is
// a pair then ends in one line on stderr, as every error does, not in a
// report a line.
type status struct {
	w       io.Writer
	tty     bool
	start   time.Time
	shown   int      // the length of the progress line drawn, 0 if none
	checked bool     // a pair was checked: lines skipped are written at once
	held    [][]byte // lines skipped before any pair was checked
	dropped int      // lines skipped beyond maxHeld before any pair was checked
}

// maxHeld is the most lines about lines skipped a status holds (some
// 100 KB): stream reports progress four times a second, so a run that
// checks pairs lets them out long before.
const maxHeld = 1000

func newStatus(stderr io.Writer) *status {
	return &status{w: stderr, tty: isTerminal(stderr), start: time.Now()}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// quiet is how long a run goes before its progress line shows: a short
// run draws none.
const quiet = time.Second

// progress follows the counts of the run: the first pair checked lets
// the lines held go out; on a terminal it draws the progress line.
func (s *status) progress(sum stream.Summary) {
	if sum.Checked > 0 && !s.checked {
		s.checked = true
		s.release()
	}
	if s.tty {
		s.draw(sum)
	}
}

// release writes the lines held, and how many more there were.
func (s *status) release() {
	for _, b := range s.held {
		s.write(b)
	}
	if s.dropped > 0 {
		s.write(fmt.Appendf(nil, "%d more lines skipped, not listed\n", s.dropped))
	}
	s.held, s.dropped = nil, 0
}

// firstHeld returns the first line held, without its line end, or "".
func (s *status) firstHeld() string {
	if len(s.held) == 0 {
		return ""
	}
	return strings.TrimSuffix(string(s.held[0]), "\n")
}

// draw redraws the progress line: pairs checked, pairs a second,
// conflicts so far.
func (s *status) draw(sum stream.Summary) {
	elapsed := time.Since(s.start)
	if elapsed < quiet {
		return
	}
	line := fmt.Sprintf("factcheck: %d pairs checked, %.0f pairs/s, %d with a conflict", sum.Checked, float64(sum.Checked)/elapsed.Seconds(), sum.Conflicts)
	if sum.Skipped > 0 {
		line += fmt.Sprintf(", %d skipped", sum.Skipped)
	}
	pad := max(s.shown-len(line), 0) // spaces over the end of a longer line before
	fmt.Fprintf(s.w, "\r%s%s", line, strings.Repeat(" ", pad))
	s.shown = len(line) + pad
}

// clear removes the progress line, if one is drawn.
func (s *status) clear() {
	if s.shown > 0 {
		fmt.Fprintf(s.w, "\r%s\r", strings.Repeat(" ", s.shown))
		s.shown = 0
	}
}

// Write writes a line about a line skipped, on a line of its own, or
// holds it while no pair has been checked.
func (s *status) Write(b []byte) (int, error) {
	if !s.checked {
		if len(s.held) < maxHeld {
			s.held = append(s.held, bytes.Clone(b))
		} else {
			s.dropped++
		}
		return len(b), nil
	}
	return s.write(b)
}

// write writes a line about a line skipped, after the program's name.
func (s *status) write(b []byte) (int, error) {
	s.clear()
	if _, err := io.WriteString(s.w, "factcheck: "); err != nil {
		return 0, err
	}
	return s.w.Write(b)
}
