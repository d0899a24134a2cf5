// Package stream checks millions of Vietnamese–English segment pairs, one
// pair a line of tab-separated text (A<TAB>B, an optional third column for
// an id), as corpus builders keep them: each line is compared on its own,
// by a few workers, and the results come out in the order of the input
// with flat memory whatever its size.
//
// Two outputs: a JSON line per input line (the id, the verdict counts and
// the facts), or the OpusCleaner filter protocol: the input lines that
// have no conflict, byte for byte, and the others elsewhere with the
// reason.
package stream

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

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
	// extra column.
	Filter bool
	Reject io.Writer
	// Errors, if set, gets one line for each line skipped: its number and
	// why (no tab, not UTF-8, too long).
	Errors io.Writer
}

// DefaultMaxLine is the longest line read unless Options say otherwise.
const DefaultMaxLine = 10 << 20

// A Summary counts what a run did.
type Summary struct {
	Lines     int // lines read
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
// input. It stops at the end of r, or at the first error of r or w.
func Run(r io.Reader, w io.Writer, o Options) (Summary, error) {
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
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				select {
				case results <- check(j, &o):
				case <-stop:
					return
				}
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		readErr <- readLines(r, o.MaxLine, jobs, window, stop)
		close(jobs)
		wg.Wait()
		close(results)
	}()
	sum, werr := write(results, window, w, &o)
	if werr != nil {
		close(stop)
		return sum, werr
	}
	return sum, <-readErr
}

// readLines sends each line of r, its end included, as a job; a line over
// max is sent empty with a mark, so that it is reported and skipped.
func readLines(r io.Reader, max int, jobs chan<- job, window chan struct{}, stop <-chan struct{}) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for seq := 0; ; seq++ {
		line, tooLong, err := readLine(br, max)
		if len(line) == 0 && !tooLong && err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		select {
		case window <- struct{}{}:
		case <-stop:
			return nil
		}
		if tooLong {
			line = nil
		}
		select {
		case jobs <- job{seq: seq, line: line}:
		case <-stop:
			return nil
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
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

// Why Check skips a line: the [*LineError] it returns wraps one of these,
// or the reason the align package gives.
var (
	ErrTooLong = errors.New("longer than the line limit")
	ErrNoTab   = errors.New("no tab: want A<TAB>B or A<TAB>B<TAB>id")
	ErrUTF8    = errors.New("not valid UTF-8")
	// ErrBlank is returned, unwrapped, for a line of spaces only: it has
	// nothing to check and Run says nothing of it.
	ErrBlank = errors.New("stream: blank line")
)

// A LineError says which line Check skipped, and why.
type LineError struct {
	Line int   // the line's number, from 1
	Err  error // why: ErrTooLong, ErrNoTab, ErrUTF8, or align's reason
}

func (e *LineError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }

func (e *LineError) Unwrap() error { return e.Err }

// Check compares the pair of one line, A<TAB>B or A<TAB>B<TAB>id with or
// without its line end, as Run does for each line: lineNo numbers it from
// 1 and is its id when it has none. Of o it uses the languages, Ref and
// MaxLine (the whole line as given counts). A line it cannot check gives
// a [*LineError]; a blank line gives [ErrBlank].
func Check(line []byte, lineNo int, o Options) (Result, error) {
	if o.MaxLine <= 0 {
		o.MaxLine = DefaultMaxLine
	}
	if len(line) > o.MaxLine {
		return Result{}, &LineError{lineNo, ErrTooLong}
	}
	text := strings.TrimRight(string(line), "\r\n")
	if strings.TrimSpace(text) == "" {
		return Result{}, ErrBlank
	}
	cols := strings.Split(text, "\t")
	switch {
	case !utf8.ValidString(text):
		return Result{}, &LineError{lineNo, ErrUTF8}
	case len(cols) < 2:
		return Result{}, &LineError{lineNo, ErrNoTab}
	}
	id := strconv.Itoa(lineNo)
	if len(cols) > 2 && cols[2] != "" {
		id = cols[2]
	}
	// A line is an aligned pair: its facts are paired inside it first, as
	// those of a unit of a bilingual file.
	r, err := align.CompareUnits([]align.Unit{{ID: id, A: cols[0], B: cols[1]}},
		align.Document{Lang: o.LangA, Date: o.Ref}, align.Document{Lang: o.LangB, Date: o.Ref})
	if err == nil && len(r.Skipped) > 0 {
		err = errors.New(r.Skipped[0].Why)
	}
	if err != nil {
		return Result{}, &LineError{lineNo, errors.New(strings.TrimPrefix(err.Error(), "align: "))}
	}
	res := Result{ID: id, Line: lineNo, Summary: r.Summary, Conflict: r.Summary.Conflict > 0, Facts: []ResultFact{}}
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
			d.rej = []byte(strings.TrimRight(string(j.line), "\r\n") + "\t" + reason(res) + "\n")
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
			whys = append(whys, strings.ReplaceAll(f.Why, "\t", " "))
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
		}
	}
	if rw != nil {
		if err := rw.Flush(); err != nil {
			return sum, err
		}
	}
	return sum, bw.Flush()
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
