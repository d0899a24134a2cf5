// Package pipeline checks a corpus of Vietnamese–English segment pairs,
// one pair a line (A<TAB>B[<TAB>id]), on Apache Beam: each line is
// compared by stream.Check, the function factcheck's -filter and -format
// jsonl use, so that the verdicts are the same on one machine and on many.
//
// Each file is read by one worker, which numbers its lines as factcheck
// does (the number is the id of a line with none, and the "line" of its
// JSON); the lines are then spread over the workers, which check them.
// textio.Read is not used: it splits a file among workers but gives its
// lines without their numbers. A file ending in .gz is decompressed as
// it is read. Three outputs: a JSON line a
// pair, as factcheck -format jsonl writes it; the lines with no conflict,
// byte for byte; and the Totals, one JSON line. The outputs are in no
// order: a PCollection has none.
package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/stream"
)

// A Config says how to read the pairs. Its fields are serialised with the
// functions that use them, so they are plain values.
type Config struct {
	LangA, LangB string // BCP 47 tags of the two columns; "" detects the language
	Ref          string // the date, YYYY-MM-DD, that resolves "30/1" and "Friday"; "" for none
	MaxLine      int    // the longest line read, in bytes, its end included; 0 is stream.DefaultMaxLine
}

// options returns the stream options of c, or an error that names the
// field that is wrong.
func (c Config) options() (stream.Options, error) {
	var o stream.Options
	var err error
	if o.LangA, err = parseTag(c.LangA); err != nil {
		return o, fmt.Errorf("language A: %w", err)
	}
	if o.LangB, err = parseTag(c.LangB); err != nil {
		return o, fmt.Errorf("language B: %w", err)
	}
	if c.Ref != "" {
		if o.Ref, err = time.Parse(time.DateOnly, c.Ref); err != nil {
			return o, fmt.Errorf("reference date %q: want YYYY-MM-DD", c.Ref)
		}
	}
	if c.MaxLine < 0 {
		return o, fmt.Errorf("line limit %d: want 0 (the default) or more", c.MaxLine)
	}
	o.MaxLine = c.MaxLine
	if o.MaxLine == 0 {
		o.MaxLine = stream.DefaultMaxLine
	}
	return o, nil
}

func parseTag(s string) (language.Tag, error) {
	if s == "" {
		return language.Und, nil
	}
	t, err := language.Parse(s)
	if err != nil {
		return language.Und, fmt.Errorf("%q is not a BCP 47 tag", s)
	}
	return t, nil
}

// Outputs are the PCollections of a check; each holds strings.
type Outputs struct {
	Results beam.PCollection // a JSON line a pair checked, as factcheck -format jsonl writes it
	Kept    beam.PCollection // the lines with no conflict, as read, without their "\n"
	Totals  beam.PCollection // one JSON line of Totals
}

// Check reads the files that match glob (a path or pattern on any Beam
// filesystem) and checks their lines.
func Check(s beam.Scope, glob string, c Config) (Outputs, error) {
	if _, err := c.options(); err != nil {
		return Outputs{}, err
	}
	s = s.Scope("factalign.Check")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob))
	return CheckFiles(s, files, c), nil
}

// CheckFiles checks the lines of files, a PCollection of
// fileio.ReadableFile; c must be valid.
func CheckFiles(s beam.Scope, files beam.PCollection, c Config) Outputs {
	lines, readTallies := beam.ParDo2(s, &readFn{Config: c}, files)
	lines = beam.Reshuffle(s, lines) // one reader a file; the checks on every worker
	results, kept, tallies := beam.ParDo3(s, &checkFn{Config: c}, lines)
	zero := beam.Create(s, Totals{}) // so that an empty input has totals too
	all := beam.Flatten(s, zero, readTallies, tallies)
	totals := beam.Combine(s, &totalsFn{}, all)
	return Outputs{Results: results, Kept: kept, Totals: totals}
}

// Write writes the outputs to PREFIX.results.jsonl, PREFIX.kept.tsv and
// PREFIX.totals.json.
func Write(s beam.Scope, prefix string, out Outputs) {
	s = s.Scope("factalign.Write")
	textio.Write(s, prefix+".results.jsonl", out.Results)
	textio.Write(s, prefix+".kept.tsv", out.Kept)
	textio.Write(s, prefix+".totals.json", out.Totals)
}

// Counters: skipped lines, by reason, in the namespace "factalign".
const counterNamespace = "factalign"

// skipReason names why a line was skipped, for its counter and Totals.
func skipReason(err error) string {
	switch {
	case errors.Is(err, stream.ErrNoTab):
		return "no_tab"
	case errors.Is(err, stream.ErrUTF8):
		return "not_utf8"
	case errors.Is(err, stream.ErrTooLong):
		return "too_long"
	default:
		return "unreadable" // align could not read the pair
	}
}

// skipped counts a skipped line and returns its Totals.
func skipped(ctx context.Context, err error) Totals {
	reason := skipReason(err)
	beam.NewCounter(counterNamespace, "skipped_"+reason).Inc(ctx, 1)
	return Totals{Errors: 1, Skipped: map[string]int{reason: 1}}
}

// readFn reads the lines of a file and numbers them from 1. A line over
// the limit is not kept in memory: it is counted as skipped.
type readFn struct {
	Config Config
}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(int, []byte), tallies func(Totals)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("opening %s: %w", file.Metadata.Path, err)
	}
	defer rc.Close()
	max := f.Config.MaxLine
	if max == 0 {
		max = stream.DefaultMaxLine
	}
	err = readLines(rc, max, emit, func(n int) {
		tallies(skipped(ctx, &stream.LineError{Line: n, Err: stream.ErrTooLong}))
	})
	if err != nil {
		return fmt.Errorf("reading %s: %w", file.Metadata.Path, err)
	}
	return nil
}

// readLines calls emit with each line of r and its number, without its
// "\n" (a "\r" before it is kept: the line as read); for a line over max
// bytes, its end included, it calls tooLong instead.
func readLines(r io.Reader, max int, emit func(int, []byte), tooLong func(int)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, long, err := readLine(br, max)
		if len(line) == 0 && !long && err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if long {
			tooLong(n)
		} else {
			emit(n, bytes.TrimSuffix(line, []byte("\n"))) // a new slice each line
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
// end of the line and reports it too long.
func readLine(br *bufio.Reader, max int) ([]byte, bool, error) {
	var line []byte
	for {
		part, err := br.ReadSlice('\n')
		if len(line)+len(part) > max {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return nil, true, err
		}
		line = append(line, part...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, false, err
		}
	}
}

// checkFn checks one numbered line with stream.Check.
type checkFn struct {
	Config Config
	o      stream.Options
}

func (f *checkFn) Setup() error {
	var err error
	f.o, err = f.Config.options()
	return err
}

func (f *checkFn) ProcessElement(ctx context.Context, n int, line []byte, results, kept func(string), tallies func(Totals)) error {
	res, err := stream.Check(line, n, f.o)
	switch {
	case errors.Is(err, stream.ErrBlank):
		return nil // nothing to check, nothing to say, as in factcheck
	case err != nil:
		tallies(skipped(ctx, err))
		return nil
	}
	var b strings.Builder
	if err := res.WriteJSON(&b); err != nil {
		return fmt.Errorf("line %d: %w", n, err)
	}
	results(strings.TrimSuffix(b.String(), "\n"))
	if !res.Conflict {
		kept(string(line))
	}
	tallies(tally(res))
	return nil
}

// Totals count what a check did.
type Totals struct {
	Pairs     int                       `json:"pairs"`     // pairs compared
	Conflicts int                       `json:"conflicts"` // pairs with a conflict
	Errors    int                       `json:"errors"`    // lines skipped (blank lines are not counted)
	Skipped   map[string]int            `json:"skipped"`   // lines skipped, by reason: no_tab, not_utf8, too_long, unreadable
	Verdicts  map[string]int            `json:"verdicts"`  // facts, by verdict: agree, conflict, only_a, only_b
	Kinds     map[string]map[string]int `json:"kinds"`     // facts, by kind and then verdict
}

// tally returns the Totals of one pair.
func tally(res stream.Result) Totals {
	t := Totals{Pairs: 1}
	if res.Conflict {
		t.Conflicts = 1
	}
	for _, f := range res.Facts {
		t.count(f.Kind, f.Status, 1)
	}
	return t
}

// count adds n facts of a kind and verdict.
func (t *Totals) count(kind, verdict string, n int) {
	if t.Verdicts == nil {
		t.Verdicts = map[string]int{}
	}
	if t.Kinds == nil {
		t.Kinds = map[string]map[string]int{}
	}
	if t.Kinds[kind] == nil {
		t.Kinds[kind] = map[string]int{}
	}
	t.Verdicts[verdict] += n
	t.Kinds[kind][verdict] += n
}

// add adds u to t, whose maps it may change.
func (t Totals) add(u Totals) Totals {
	t.Pairs += u.Pairs
	t.Conflicts += u.Conflicts
	t.Errors += u.Errors
	for reason, n := range u.Skipped {
		if t.Skipped == nil {
			t.Skipped = map[string]int{}
		}
		t.Skipped[reason] += n
	}
	for kind, verdicts := range u.Kinds {
		for verdict, n := range verdicts {
			t.count(kind, verdict, n)
		}
	}
	return t
}

// totalsFn adds up Totals and writes them as one JSON line.
type totalsFn struct{}

func (totalsFn) CreateAccumulator() Totals { return Totals{} }

func (totalsFn) AddInput(acc, t Totals) Totals { return acc.add(t) }

func (totalsFn) MergeAccumulators(a, b Totals) Totals { return a.add(b) }

func (totalsFn) ExtractOutput(t Totals) (string, error) {
	// The same fields whatever the input: {} rather than null.
	if t.Skipped == nil {
		t.Skipped = map[string]int{}
	}
	if t.Verdicts == nil {
		t.Verdicts = map[string]int{}
	}
	if t.Kinds == nil {
		t.Kinds = map[string]map[string]int{}
	}
	b, err := json.Marshal(t)
	if err != nil {
		return "", fmt.Errorf("totals: %w", err)
	}
	return string(b), nil
}

// encodeTotals and decodeTotals are the coder of Totals: JSON, since a
// map of maps is more than Beam's schema coder takes.
func encodeTotals(t Totals) ([]byte, error) { return json.Marshal(t) }

func decodeTotals(b []byte) (Totals, error) {
	var t Totals
	err := json.Unmarshal(b, &t)
	return t, err
}
