// Package stream checks millions of Vietnamese–English segment pairs, one
// pair a line, as corpus builders keep them: each line is compared on its
// own, by a few workers, and the results come out in the order of the
// input with flat memory whatever its size.
//
// A line is tab-separated text (A<TAB>B, an optional third column for an
// id) or, with [Options.JSON], a JSON object
// {"id":…,"a":…,"b":…,"ref":…,"lang_a":…,"lang_b":…} whose date and
// languages, when present, replace those of the Options for that line.
//
// Two outputs: a JSON line per input line (the id, the verdict counts and
// the facts), or the OpusCleaner filter protocol: the input lines that
// have no conflict, byte for byte, and the others elsewhere with the
// reason.
//
// [RunContext] stops early when its context is done (on Ctrl-C, say) and
// still writes, in order and whole, every line already checked;
// [Options.Progress] reports the counts of a long run as it goes.
package stream

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"

	"github.com/factalign/factalign/align"
)

// Options say how to read and what to write.
type Options struct {
	Workers      int          // pairs checked at once (default GOMAXPROCS)
	LangA, LangB language.Tag // the languages of the two columns (detected when Und)
	Ref          time.Time    // the date that resolves "30/1" and "Friday", if any
	MaxLine      int          // the longest line read, in bytes (default 10 MiB); longer ones are skipped
	// Filter writes the lines with no conflict, byte for byte, instead of
	// JSON lines; Reject, if set, gets the others with the reason in an
	// extra column (a member of a JSON line).
	Filter bool
	Reject io.Writer
	// Errors, if set, gets one line for each line skipped: its number and
	// why (no tab, not UTF-8, too long, a bad JSON line).
	Errors io.Writer
	// JSON reads each line as a JSON object instead of tab-separated
	// columns: {"id":…,"a":…,"b":…,"ref":…,"lang_a":…,"lang_b":…}. The
	// texts a and b are required; id (a string or a number) defaults to
	// the line number; ref (YYYY-MM-DD), lang_a and lang_b, when present
	// and not empty, replace Ref, LangA and LangB for that line. Other
	// members are ignored. The filter keeps such lines byte for byte and
	// gives Reject each other line with a "reason" member at its end.
	JSON bool
	// Progress, if set, is called with the counts so far at most once
	// every ProgressEvery (default [DefaultProgressEvery]) while lines are
	// written, and once at the end with the counts Run returns. It is
	// called, as Errors is written, by the goroutine that called Run,
	// between two lines written: a slow Progress slows the run.
	Progress      func(Summary)
	ProgressEvery time.Duration
}

// DefaultMaxLine is the longest line read unless Options say otherwise.
const DefaultMaxLine = 10 << 20

// DefaultProgressEvery is the least time between two calls of
// Options.Progress unless Options say otherwise: four a second.
const DefaultProgressEvery = 250 * time.Millisecond

// A Summary counts what a run did.
type Summary struct {
	Lines     int // lines read and accounted for: checked, skipped or blank
	Checked   int // pairs compared
	Conflicts int // pairs with a conflict
	Skipped   int // lines skipped, each reported to Options.Errors
}

// A Result is the JSON line of one pair.
type Result struct {
	ID       string        `json:"id"`
	Line     int           `json:"line"`
	Summary  align.Summary `json:"summary"`
	Facts    []ResultFact  `json:"facts"`
	Conflict bool          `json:"conflict"`
}

// A ResultFact is one fact of a Result.
type ResultFact struct {
	Status string `json:"status"`
	Kind   string `json:"kind"`
	TextA  string `json:"text_a,omitempty"`
	TextB  string `json:"text_b,omitempty"`
	Why    string `json:"why"`
}

// A job is one line to check; a done is its output.
type job struct {
	seq  int
	line []byte
}

type done struct {
	seq      int
	out, rej []byte
	conflict bool
	checked  bool
	skip     error // why the line was skipped, if it was
}

// Run reads pairs from r and writes the results to w, in the order of the
// input. It stops at the end of r, or at the first error of r or w. It is
// RunContext with a context that is never done.
func Run(r io.Reader, w io.Writer, o Options) (Summary, error) {
	return RunContext(context.Background(), r, w, o)
}

// RunContext is [Run] that stops early when ctx is done: it reads no more
// lines, lets the workers finish the lines they hold, writes the results
// of every line up to the first one left unchecked, in order and whole,
// flushes w and Options.Reject, and returns what it wrote with ctx.Err().
// The lines read but left unchecked are neither written nor counted. It
// does not wait for a Read of r that blocks: that Read's line is dropped
// when it returns. When the whole input was written before ctx was done,
// the error is nil.
func RunContext(ctx context.Context, r io.Reader, w io.Writer, o Options) (Summary, error) {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MaxLine <= 0 {
		o.MaxLine = DefaultMaxLine
	}
	jobs := make(chan job, 2*o.Workers)
	results := make(chan done, 2*o.Workers)
	window := make(chan struct{}, 8*o.Workers) // lines between reading and writing: flat memory
	stop := make(chan struct{})                // closed when the writer fails: everyone ends
	var wg sync.WaitGroup
	for range o.Workers {
		wg.Go(func() { work(ctx, jobs, results, stop, &o) })
	}
	read := make(chan readEnd, 1)
	go func() {
		n, err := readLines(ctx, r, o.MaxLine, jobs, window, stop)
		read <- readEnd{n, err}
		close(jobs)
	}()
	go func() {
		wg.Wait() // the workers end at the end of the input or when ctx is done
		close(results)
	}()
	sum, werr := write(results, window, w, &o)
	if werr != nil {
		close(stop)
		return sum, werr
	}
	return sum, ended(ctx, read, sum)
}

// work checks the lines of jobs until there are no more or ctx is done.
// A line taken is always checked and sent, so that the lines checked are
// those of the input up to some line (unless stop ends the run).
func work(ctx context.Context, jobs <-chan job, results chan<- done, stop <-chan struct{}, o *Options) {
	for ctx.Err() == nil {
		var j job
		select {
		case next, ok := <-jobs:
			if !ok {
				return
			}
			j = next
		case <-ctx.Done():
			return
		case <-stop:
			return
		}
		select {
		case results <- check(j, o):
		case <-stop:
			return
		}
	}
}

// A readEnd says how reading ended: after how many lines, and why.
type readEnd struct {
	lines int
	err   error
}

// ended returns the error of a run whose results are all written: that
// of r, or that of ctx when the run stopped before the end of r.
func ended(ctx context.Context, read <-chan readEnd, sum Summary) error {
	if ctx.Err() == nil { // the workers ended at the end of the input
		return (<-read).err
	}
	select {
	case e := <-read:
		if e.err != nil || e.lines == sum.Lines {
			return e.err
		}
	default: // still in a Read of r
	}
	return ctx.Err()
}

// readLines sends each line of r, its end included, as a job, until the
// end of r or ctx is done; it returns the number of lines sent. A line
// over max is sent empty with a mark, so that it is reported and skipped.
func readLines(ctx context.Context, r io.Reader, max int, jobs chan<- job, window chan struct{}, stop <-chan struct{}) (int, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	for seq := 0; ; seq++ {
		if err := ctx.Err(); err != nil {
			return seq, err
		}
		line, tooLong, err := readLine(br, max)
		if len(line) == 0 && !tooLong && err != nil {
			if errors.Is(err, io.EOF) {
				return seq, nil
			}
			return seq, err
		}
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return seq, ctx.Err()
		case <-stop:
			return seq, nil
		}
		if tooLong {
			line = nil
		}
		select {
		case jobs <- job{seq: seq, line: line}:
		case <-ctx.Done():
			return seq, ctx.Err()
		case <-stop:
			return seq, nil
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return seq + 1, nil
			}
			return seq + 1, err
		}
	}
}

// readLine reads one line with its end; past max bytes it reads on to the
// end of the line and reports the line too long.
func readLine(br *bufio.Reader, max int) ([]byte, bool, error) {
	var line []byte
	for {
		part, err := br.ReadSlice('\n')
		if len(line)+len(part) <= max {
			line = append(line, part...)
		} else {
			line = line[:0]
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return nil, true, err
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, false, err
		}
	}
}

// Check compares the pair of one line, as Run does for each line: A<TAB>B
// or A<TAB>B<TAB>id, or with o.JSON a JSON object, with or without its
// line end. lineNo numbers it from 1 and is its id when it has none. Of o
// it uses the languages, Ref, MaxLine (the whole line as given counts)
// and JSON. A line it cannot check gives a [*LineError]; a blank line
// gives [ErrBlank]. It never panics, and is safe for concurrent use.
func Check(line []byte, lineNo int, o Options) (Result, error) {
	p, err := parseLine(line, lineNo, &o)
	if err != nil {
		return Result{}, err
	}
	// A line is an aligned pair: its facts are paired inside it first, as
	// those of a unit of a bilingual file.
	r, err := align.CompareUnits([]align.Unit{{ID: p.id, A: p.a, B: p.b}},
		align.Document{Lang: p.langA, Date: p.ref}, align.Document{Lang: p.langB, Date: p.ref})
	if err == nil && len(r.Skipped) > 0 {
		err = errors.New(r.Skipped[0].Why)
	}
	if err != nil {
		return Result{}, &LineError{lineNo, errors.New(strings.TrimPrefix(err.Error(), "align: "))}
	}
	res := Result{ID: p.id, Line: lineNo, Summary: r.Summary, Conflict: r.Summary.Conflict > 0, Facts: make([]ResultFact, 0, len(r.Facts))}
	for _, f := range r.Facts {
		res.Facts = append(res.Facts, ResultFact{Status: f.Status.String(), Kind: f.Kind, TextA: text0(f.A), TextB: text0(f.B), Why: f.Why})
	}
	return res, nil
}

// WriteJSON writes r as one JSON line, as Run does: HTML characters are
// not escaped.
func (r Result) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// check compares the pair of one line.
func check(j job, o *Options) done {
	d := done{seq: j.seq}
	if j.line == nil { // over the limit: not kept in memory
		d.skip = &LineError{j.seq + 1, ErrTooLong}
		return d
	}
	res, err := Check(j.line, j.seq+1, *o)
	switch {
	case errors.Is(err, ErrBlank):
		return d // nothing to check, nothing to say
	case err != nil:
		d.skip = err
		return d
	}
	d.checked = true
	d.conflict = res.Conflict
	if o.Filter {
		switch {
		case !d.conflict:
			d.out = j.line
		case o.Reject != nil:
			d.rej = rejectLine(j.line, reason(res), o.JSON)
		}
		return d
	}
	var buf bytes.Buffer
	if err := res.WriteJSON(&buf); err != nil {
		d.checked, d.skip = false, &LineError{j.seq + 1, err}
		return d
	}
	d.out = buf.Bytes()
	return d
}

// reason says why a pair is rejected: its conflicts, "; "-separated.
func reason(r Result) string {
	var whys []string
	for _, f := range r.Facts {
		if f.Status == align.Conflict.String() {
			whys = append(whys, f.Why)
		}
	}
	return strings.Join(whys, "; ")
}

func text0(it *align.Item) string {
	if it == nil {
		return ""
	}
	return it.Text()
}

// write writes the results in the order of the input, as they come.
func write(results <-chan done, window chan struct{}, w io.Writer, o *Options) (Summary, error) {
	var sum Summary
	bw := bufio.NewWriter(w)
	var rw *bufio.Writer
	if o.Reject != nil {
		rw = bufio.NewWriter(o.Reject)
	}
	prog := newProgress(o)
	pending := map[int]done{}
	next := 0
	for d := range results {
		pending[d.seq] = d
		for {
			d, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			sum.Lines++
			if err := emit(d, bw, rw, o, &sum); err != nil {
				return sum, err
			}
			prog.tick(sum)
		}
	}
	if rw != nil {
		if err := rw.Flush(); err != nil {
			return sum, err
		}
	}
	if err := bw.Flush(); err != nil {
		return sum, err
	}
	prog.report(sum)
	return sum, nil
}

// A progress calls Options.Progress, if set, at most once a period.
type progress struct {
	f     func(Summary)
	every time.Duration
	last  time.Time
}

func newProgress(o *Options) *progress {
	p := &progress{f: o.Progress, every: o.ProgressEvery, last: time.Now()}
	if p.every <= 0 {
		p.every = DefaultProgressEvery
	}
	return p
}

// tick reports sum if the period has passed since the last report.
func (p *progress) tick(sum Summary) {
	if p.f == nil {
		return
	}
	if now := time.Now(); now.Sub(p.last) >= p.every {
		p.last = now
		p.f(sum)
	}
}

// report reports sum now.
func (p *progress) report(sum Summary) {
	if p.f != nil {
		p.f(sum)
	}
}

// emit writes one result and counts it.
func emit(d done, bw, rw *bufio.Writer, o *Options, sum *Summary) error {
	switch {
	case d.skip != nil:
		sum.Skipped++
		if o.Errors != nil {
			fmt.Fprintln(o.Errors, d.skip)
		}
		return nil
	case d.checked:
		sum.Checked++
		if d.conflict {
			sum.Conflicts++
		}
	}
	if _, err := bw.Write(d.out); err != nil {
		return err
	}
	if rw != nil && d.rej != nil {
		if _, err := rw.Write(d.rej); err != nil {
			return err
		}
	}
	return nil
}
