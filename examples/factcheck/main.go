// Command factcheck compares two versions of a news story — the Vietnamese
// original and the English version, say — and reports which facts agree,
// which conflict and which appear in one version only.
//
// Usage:
//
//	factcheck [flags] FILE_A FILE_B [FILE_C ...]
//	factcheck [flags] FILE.xlf|FILE.tmx|FILE.tsv
//	factcheck [flags] -bitext FILE|-
//	factcheck [flags] -filter|-format jsonl [-bitext FILE|- | -bitext-json FILE|-]
//	factcheck serve [-addr 127.0.0.1:8080]   a page for editors and a JSON API (package server)
//
// The flags (-h lists them with examples): -ref DATE, -lang-a and -lang-b,
// -ignore FILE, -format text|json|html|csv|tsv|xliff, -o FILE, -show
// conflicts, -max-size BYTES, -version. They may stand before or after
// the files.
//
// With more than two files, each file after the first is compared with the
// first: the text format writes one report after the other, -format json
// one JSON array of reports and -format html one page. A first line `date YYYY-MM-DD` in a
// file is read as that version's date unless -ref gives one for all.
// Languages are detected unless -lang-a and -lang-b say them.
//
// One bilingual file instead (XLIFF 1.2 or 2, TMX, or A<TAB>B lines; told
// from the content), or -bitext FILE (- for standard input), is checked
// unit by unit: each trans-unit, tu or line is an aligned pair, and every
// fact names its unit. "-" as a file reads standard input.
//
// -filter and -format jsonl check one pair a line, each on its own, as
// corpus builders keep them: A<TAB>B[<TAB>id] lines, or JSON lines with
// -bitext-json (see package stream). On a terminal, standard error shows
// their progress; Ctrl-C stops them after writing, whole and in order,
// every line already checked.
//
// The exit status is 0 when no report has a conflict, 1 when one has (like
// diff), 2 on bad usage or an unreadable file, with one line on standard
// error, and 130 (143) when Ctrl-C (SIGTERM) stopped a run of -filter or
// -format jsonl.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/factalign/factalign/align"
	"github.com/factalign/factalign/align/bitext"
	"github.com/factalign/factalign/internal/bilingual"
	"github.com/factalign/factalign/numbers"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = `usage: factcheck [flags] FILE_A FILE_B [FILE ...]
       factcheck [flags] FILE.xlf|FILE.xliff|FILE.tmx|FILE.tsv
       factcheck [flags] -bitext FILE|-
       factcheck [flags] -filter|-format jsonl [-bitext FILE|- | -bitext-json FILE|-]
       factcheck serve [-addr 127.0.0.1:8080]`

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run, whose stream modes also stop when ctx is done (as
// on Ctrl-C).
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == serveCommand {
		return serve(args[1:], stdout, stderr)
	}
	conflicts, err := check(ctx, args, stdin, stdout, stderr)
	switch {
	case errors.Is(err, errDone):
		return 0
	case errors.As(err, new(interrupted)):
		var sig interrupted
		errors.As(err, &sig)
		return sig.exitCode()
	case err != nil:
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "factcheck: %v (factcheck -h for help)\n", err)
		} else {
			fmt.Fprintf(stderr, "factcheck: %v\n", err)
		}
		return 2
	case conflicts:
		return 1
	}
	return 0
}

// errDone ends a run that has done its job early: -h, --version.
var errDone = errors.New("done")

// The report formats.
const (
	formatText  = "text"
	formatJSON  = "json"
	formatHTML  = "html"
	formatCSV   = "csv"
	formatTSV   = "tsv"
	formatXLIFF = "xliff"
	formatJSONL = "jsonl"
	showAll     = "all"
	showConfl   = "conflicts"
)

// A command holds the flags of a run.
type command struct {
	fs                                 *flag.FlagSet
	ref, langA, langB, format, outPath string
	ignore, bitextPath, show           string
	bitextJSON                         string
	version                            bool
	maxSize                            int
	filter                             bool
	reject                             string
	workers                            int
	files                              []string
	original                           []byte        // the XLIFF file read, for -format xliff
	read                               []bitext.Unit // its units as read
}

func newCommand() *command {
	c := &command{fs: flag.NewFlagSet("factcheck", flag.ContinueOnError)}
	fs := c.fs
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.ref, "ref", "", "the article date `YYYY-MM-DD` for every file (else each file's `date` line)")
	fs.StringVar(&c.langA, "lang-a", "", "the language of the first file or side: vi or en (detected if not given)")
	fs.StringVar(&c.langB, "lang-b", "", "the language of the other files or side: vi or en (detected if not given)")
	fs.StringVar(&c.format, "format", formatText, "the report format: text, json, html, csv, tsv, xliff (the XLIFF input with each conflict as a note on its unit), or jsonl (with -bitext: one result line per pair line)")
	fs.StringVar(&c.outPath, "o", "", "write the report to `FILE` instead of standard output (replaced only when the run succeeds)")
	fs.StringVar(&c.ignore, "ignore", "", "a `FILE` of known differences to suppress")
	fs.StringVar(&c.bitextPath, "bitext", "", "a bilingual `FILE` (XLIFF, TMX or A<TAB>B lines; - for standard input) to check unit by unit")
	fs.StringVar(&c.bitextJSON, "bitext-json", "", "a `FILE` of JSON lines {\"id\",\"a\",\"b\",\"ref\",\"lang_a\",\"lang_b\"} (- for standard input), each pair checked on its own (-format jsonl, or -filter)")
	fs.StringVar(&c.show, "show", showAll, "which facts the text report lists: all, or conflicts")
	fs.BoolVar(&c.version, "version", false, "print the version and exit")
	fs.IntVar(&c.maxSize, "max-size", align.DefaultMaxSize, "the largest input file read, in `bytes` (0: no limit)")
	fs.BoolVar(&c.filter, "filter", false, "OpusCleaner filter: read A<TAB>B lines on standard input (or -bitext FILE, or JSON lines with -bitext-json), write those with no conflict")
	fs.StringVar(&c.reject, "reject", "", "with -filter: write the other lines to `FILE`, with the reason in an extra column (a \"reason\" member of a JSON line)")
	fs.IntVar(&c.workers, "workers", 0, "pairs checked at once by -filter and -format jsonl (0: the CPUs)")
	return c
}

// examples are shown by -h.
const examples = `Examples:
  factcheck story.vi.txt story.en.txt               compare two versions
  factcheck -format html -o report.html vi.txt en.txt
  factcheck en.txt vi.txt vi-tpo.txt                several versions against the first
  factcheck story.xlf                               an XLIFF file from a CAT tool, unit by unit
  factcheck -lang-a vi -lang-b en memory.tmx        a translation memory
  cut -f1,2 corpus.tsv | factcheck -bitext -        tab-separated bitext on standard input
  factcheck -format csv -o issues.csv vi.txt en.txt an issue list for a spreadsheet
  factcheck -format xliff -o checked.xlf story.xlf  the XLIFF back, each conflict a note on its unit
  factcheck -filter -reject bad.tsv < pairs.tsv > kept.tsv   a corpus filter (OpusCleaner protocol)
  factcheck -bitext pairs.tsv -format jsonl        a JSON line per pair
  factcheck -bitext-json pairs.jsonl               the same from JSON lines {"a":…,"b":…,"ref":…}
  factcheck -filter -bitext-json - < pairs.jsonl > kept.jsonl   the filter on JSON lines

Exit status: 0 no conflict, 1 a conflict, 2 an error (one line on standard error);
-filter and -format jsonl stopped by Ctrl-C (SIGTERM): 130 (143), after writing every line checked.
`

// parse reads the flags, which may stand before, between or after the
// files ("--" ends them).
func (c *command) parse(args []string, stdout io.Writer) error {
	for {
		err := c.fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			c.help(stdout)
			return errDone
		}
		if err != nil {
			return usageError{err.Error()}
		}
		rest := c.fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			c.files = append(c.files, rest...)
			break
		}
		c.files = append(c.files, rest[0])
		args = rest[1:]
	}
	if c.version {
		fmt.Fprintln(stdout, "factcheck", version())
		return errDone
	}
	switch c.format {
	case formatText, formatJSON, formatHTML, formatCSV, formatTSV, formatXLIFF, formatJSONL:
	default:
		return usageError{fmt.Sprintf("unknown format %q (want text, json, html, csv, tsv, xliff or jsonl)", c.format)}
	}
	if c.show != showAll && c.show != showConfl {
		return usageError{fmt.Sprintf("unknown -show %q (want all or conflicts)", c.show)}
	}
	return nil
}

// help writes the usage, every flag and examples to w.
func (c *command) help(w io.Writer) {
	fmt.Fprintf(w, "%s\n\nFlags:\n", usage)
	c.fs.SetOutput(w)
	c.fs.PrintDefaults()
	c.fs.SetOutput(io.Discard)
	fmt.Fprintf(w, "\n%s", examples)
}

// version returns the module version the program was built from.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// check runs the comparisons and reports whether any has a conflict.
func check(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (bool, error) {
	c := newCommand()
	if err := c.parse(args, stdout); err != nil {
		return false, err
	}
	if c.filter || c.format == formatJSONL || c.bitextJSON != "" {
		return c.stream(ctx, stdin, stdout, stderr)
	}
	date, la, lb, opts, err := c.settings()
	if err != nil {
		return false, err
	}
	units, docs, err := c.inputs(stdin, date, la, lb)
	if err != nil {
		return false, err
	}
	reports := make([]*align.Report, 0, len(docs)-1)
	conflicts := false
	for i := 1; i < len(docs); i++ {
		var r *align.Report
		if units != nil {
			r, err = align.CompareUnits(units, docs[0], docs[1], opts...)
		} else {
			r, err = align.Compare(docs[0], docs[i], opts...)
		}
		if err != nil {
			return false, err
		}
		// The summary counts the conflicts: Conflicts would copy them
		// (0.85 MB at 10,000 sentences) only to be counted.
		conflicts = conflicts || r.Summary.Conflict > 0
		reports = append(reports, r)
	}
	c.warnUnused(stderr, reports)
	return conflicts, c.output(stdout, docs, reports)
}

// warnUnused says on stderr which lines of -ignore matched no conflict in
// any report: a reviewed difference that is gone, or a line with a slip.
func (c *command) warnUnused(stderr io.Writer, reports []*align.Report) {
	count := map[int]int{}
	for _, r := range reports {
		for _, s := range r.Unused {
			count[s.Line]++
		}
	}
	lines := slices.Sorted(maps.Keys(count))
	for _, n := range lines {
		if count[n] == len(reports) {
			fmt.Fprintf(stderr, "factcheck: -ignore %s:%d: matched no fact\n", c.ignore, n)
		}
	}
}

// settings reads the flags that set the comparison.
func (c *command) settings() (time.Time, language.Tag, language.Tag, []align.Option, error) {
	var date time.Time
	if c.ref != "" {
		t, err := time.Parse("2006-01-02", c.ref)
		if err != nil {
			return date, language.Und, language.Und, nil, usageError{fmt.Sprintf("bad -ref %q (want YYYY-MM-DD)", c.ref)}
		}
		date = t
	}
	la, err := parseLang(c.langA)
	if err != nil {
		return date, la, la, nil, usageError{"-lang-a: " + err.Error()}
	}
	lb, err := parseLang(c.langB)
	if err != nil {
		return date, la, lb, nil, usageError{"-lang-b: " + err.Error()}
	}
	opts := []align.Option{align.WithMaxSize(c.maxSize)}
	if c.ignore != "" {
		f, err := os.Open(c.ignore)
		if err != nil {
			return date, la, lb, nil, err
		}
		s, err := align.ParseSuppressions(f)
		f.Close()
		if err != nil {
			return date, la, lb, nil, fmt.Errorf("%s: %v", c.ignore, err)
		}
		opts = append(opts, align.WithSuppressions(s...))
	}
	return date, la, lb, opts, nil
}

// inputs reads the files: two or more versions, or one bilingual file
// (its units and its two sides).
func (c *command) inputs(stdin io.Reader, date time.Time, la, lb language.Tag) ([]align.Unit, []align.Document, error) {
	implicit := c.bitextPath == "" && len(c.files) == 1
	switch {
	case implicit:
		c.bitextPath = c.files[0] // one file: a bilingual one
	case c.bitextPath != "" && len(c.files) > 0:
		return nil, nil, usageError{"-bitext takes no other file"}
	case c.bitextPath == "" && len(c.files) < 2:
		return nil, nil, usageError{"need two files, or one bilingual file"}
	}
	if c.bitextPath != "" {
		bi, err := readBitext(c.bitextPath, stdin, la, lb, c.maxSize)
		if implicit && errors.Is(err, bitext.ErrFormat) {
			return nil, nil, usageError{"need two files, or one bilingual file (XLIFF, TMX or A<TAB>B lines); " + displayName(c.bitextPath) + " is none"}
		}
		if err != nil {
			return nil, nil, err
		}
		if c.format == formatXLIFF && bi.format != bitext.XLIFF1 && bi.format != bitext.XLIFF2 {
			return nil, nil, usageError{"-format xliff writes notes into XLIFF input; " + displayName(c.bitextPath) + " is " + bi.format.String()}
		}
		c.original, c.read = bi.original, bi.read
		bi.a.Date, bi.b.Date = date, date
		return bi.units, []align.Document{bi.a, bi.b}, nil
	}
	if c.format == formatXLIFF {
		return nil, nil, usageError{"-format xliff needs one XLIFF file"}
	}
	var docs []align.Document
	stdinUsed := false
	for _, name := range c.files {
		data, err := readInput(name, stdin, &stdinUsed, c.maxSize)
		if err == nil {
			data, err = bitext.Decode(data) // UTF-16 with a BOM is read, a UTF-8 BOM dropped
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %s", displayName(name), strings.TrimPrefix(err.Error(), "bitext: "))
		}
		docs = append(docs, align.Document{Text: string(data), Name: displayName(name), Date: date, Lang: lb})
	}
	docs[0].Lang = la
	return nil, docs, nil
}

// output writes the reports to standard output, or to -o's file, which
// is written beside it and renamed only when all went well.
func (c *command) output(stdout io.Writer, docs []align.Document, reports []*align.Report) error {
	if c.outPath == "" {
		return c.write(stdout, docs, reports)
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.outPath), "."+filepath.Base(c.outPath)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, there is nothing left to remove
	if err := c.write(tmp, docs, reports); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), c.outPath)
}

// write writes the reports in the format asked for.
func (c *command) write(w io.Writer, docs []align.Document, reports []*align.Report) error {
	if c.show == showConfl {
		for i, r := range reports {
			reports[i] = r.OnlyConflicts()
		}
	}
	bw := bufio.NewWriter(w)
	var err error
	switch {
	case c.format == formatText:
		err = c.writeText(w, bw, docs, reports)
	case c.format == formatJSON && len(reports) == 1:
		err = reports[0].WriteJSON(bw)
	case c.format == formatJSON:
		err = align.WriteJSONReports(bw, reports...)
	case c.format == formatHTML:
		err = align.WriteHTMLReports(bw, reports...)
	case c.format == formatXLIFF:
		err = bitext.WriteNotes(bw, c.original, c.xliffNotes(reports))
	default:
		comma := ','
		if c.format == formatTSV {
			comma = '\t'
		}
		for _, r := range reports {
			if err = r.WriteCSV(bw, comma); err != nil {
				break
			}
		}
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// writeText writes the text reports, one after the other with a heading
// when there are several; on a terminal, with colours.
func (c *command) writeText(w io.Writer, bw *bufio.Writer, docs []align.Document, reports []*align.Report) error {
	for i, r := range reports {
		if len(reports) > 1 {
			if i > 0 {
				bw.WriteString("\n")
			}
			fmt.Fprintf(bw, "== %d of %d: %s against %s\n", i+1, len(reports), docs[i+1].Name, docs[0].Name)
		}
		var err error
		if f, ok := w.(*os.File); ok {
			bw.Flush()
			err = r.WriteText(f) // colours on a terminal
		} else {
			err = r.WriteText(bw)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// stdinName is the file name that stands for standard input.
const stdinName = "-"

// readInput reads a file, or standard input for "-" (once).
func readInput(name string, stdin io.Reader, stdinUsed *bool, limit int) ([]byte, error) {
	r := stdin
	if name == stdinName {
		if *stdinUsed {
			return nil, usageError{"standard input (-) can be read once only"}
		}
		*stdinUsed = true
		if r == nil {
			return nil, nil
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	if limit <= 0 {
		return io.ReadAll(r)
	}
	// Never read an unbounded stream whole: one byte past the limit says
	// the input is too large.
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, fmt.Errorf("larger than %d bytes (-max-size; 0 lifts the limit)", limit)
	}
	return data, nil
}

// displayName names a file in reports: its base name, or "stdin".
func displayName(name string) string {
	if name == stdinName {
		return "stdin"
	}
	return filepath.Base(name)
}

// readBitext reads a bilingual file: its units, and the two sides'
// documents with the languages the flags or the file give.
func readBitext(name string, stdin io.Reader, la, lb language.Tag, limit int) (bilingualFile, error) {
	stdinUsed := false
	data, err := readInput(name, stdin, &stdinUsed, limit)
	if err != nil {
		return bilingualFile{}, fmt.Errorf("%s: %w", displayName(name), err)
	}
	f, bu, err := bitext.ReadFormat(bytes.NewReader(data), bitext.WithLanguages(la, lb))
	if err != nil {
		return bilingualFile{}, fmt.Errorf("%s: %w", displayName(name), err)
	}
	if len(bu) == 0 {
		return bilingualFile{}, fmt.Errorf("%s: no unit to compare", displayName(name))
	}
	b := bilingualFile{format: f, original: data, read: bu}
	b.units, la, lb = bilingual.Pairs(bu, la, lb)
	n := displayName(name)
	b.a, b.b = align.Document{Name: n, Lang: la}, align.Document{Name: n, Lang: lb}
	return b, nil
}

// A bilingual file as read: its format, its bytes (for -format xliff), its
// units and its two sides.
type bilingualFile struct {
	format   bitext.Format
	original []byte
	read     []bitext.Unit
	units    []align.Unit
	a, b     align.Document
}

// xliffNotes returns the notes -format xliff writes: each conflict on its
// unit.
func (c *command) xliffNotes(reports []*align.Report) map[string][]string {
	byUnit := map[string][]string{}
	for _, r := range reports {
		for id, ns := range r.UnitNotes() {
			byUnit[id] = append(byUnit[id], ns...)
		}
	}
	return bitext.Notes(c.read, byUnit)
}

// parseLang reads a -lang flag: empty for "detect", or a tag that package
// numbers reads ("vi", "en", "en-GB").
func parseLang(s string) (language.Tag, error) {
	if s == "" {
		return language.Und, nil
	}
	t, err := numbers.ParseLanguage(s)
	if err != nil {
		return language.Und, errors.New(strings.TrimPrefix(err.Error(), "numbers: "))
	}
	return t, nil
}
