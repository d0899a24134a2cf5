// Command factcheck compares two versions of a news story — the Vietnamese
// original and the English version, say — and reports which facts agree,
// which conflict and which appear in one version only.
//
// Usage:
//
//	factcheck [-ref DATE] [-lang-a vi] [-lang-b en] [-ignore FILE]
//	          [-format text|json|html] [-o FILE] FILE_A FILE_B [FILE_C ...]
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
// The exit status is 0 when no report has a conflict, 1 when one has (like
// diff), and 2 on bad usage or an unreadable file, with one line on
// standard error.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/factalign/factalign/align"
	"github.com/factalign/factalign/align/bitext"
	"github.com/factalign/factalign/numbers"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = "usage: factcheck [-ref YYYY-MM-DD] [-lang-a vi|en] [-lang-b vi|en] [-ignore FILE] [-format text|json|html] [-o FILE] FILE_A FILE_B [FILE ...] | factcheck [flags] FILE.xlf|FILE.tmx|FILE.tsv | factcheck [flags] -bitext FILE|-"

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	conflicts, err := check(args, stdin, stdout)
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "factcheck: %v (%s)\n", err, usage)
		} else {
			fmt.Fprintf(stderr, "factcheck: %v\n", err)
		}
		return 2
	}
	if conflicts {
		return 1
	}
	return 0
}

// check runs the comparisons and reports whether any has a conflict.
func check(args []string, stdin io.Reader, stdout io.Writer) (bool, error) {
	fs := flag.NewFlagSet("factcheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	ref := fs.String("ref", "", "article date YYYY-MM-DD for every file")
	langA := fs.String("lang-a", "", "language of the first file: vi or en")
	langB := fs.String("lang-b", "", "language of the other files: vi or en")
	format := fs.String("format", "text", "report format: text, json or html")
	outPath := fs.String("o", "", "write the report to this file instead of standard output")
	ignore := fs.String("ignore", "", "file of known differences to suppress")
	bitextPath := fs.String("bitext", "", "a bilingual file (XLIFF, TMX or A<TAB>B lines; - for standard input) to check unit by unit")
	if err := fs.Parse(args); err != nil {
		return false, usageError{err.Error()}
	}
	implicit := *bitextPath == "" && fs.NArg() == 1
	if implicit {
		*bitextPath = fs.Arg(0) // one file: a bilingual one
	} else if *bitextPath != "" && fs.NArg() > 0 {
		return false, usageError{"-bitext takes no other file"}
	}
	if *bitextPath == "" && fs.NArg() < 2 {
		return false, usageError{"need at least two files, or one bilingual file"}
	}
	switch *format {
	case "text", "json", "html":
	default:
		return false, usageError{fmt.Sprintf("unknown format %q", *format)}
	}
	var opts []align.Option
	var date time.Time
	if *ref != "" {
		t, err := time.Parse("2006-01-02", *ref)
		if err != nil {
			return false, usageError{fmt.Sprintf("bad -ref %q (want YYYY-MM-DD)", *ref)}
		}
		date = t
	}
	la, err := parseLang(*langA)
	if err != nil {
		return false, usageError{"-lang-a: " + err.Error()}
	}
	lb, err := parseLang(*langB)
	if err != nil {
		return false, usageError{"-lang-b: " + err.Error()}
	}
	if *ignore != "" {
		f, err := os.Open(*ignore)
		if err != nil {
			return false, err
		}
		s, err := align.ParseSuppressions(f)
		f.Close()
		if err != nil {
			return false, fmt.Errorf("%s: %v", *ignore, err)
		}
		opts = append(opts, align.WithSuppressions(s...))
	}
	var units []align.Unit
	var docs []align.Document
	if *bitextPath != "" {
		var a, b align.Document
		units, a, b, err = readBitext(*bitextPath, stdin, la, lb)
		if implicit && errors.Is(err, bitext.ErrFormat) {
			return false, usageError{"need two files, or one bilingual file (XLIFF, TMX or A<TAB>B lines); " + displayName(*bitextPath) + " is none"}
		}
		if err != nil {
			return false, err
		}
		a.Date, b.Date = date, date
		docs = []align.Document{a, b}
	} else {
		stdinUsed := false
		for _, name := range fs.Args() {
			data, err := readInput(name, stdin, &stdinUsed)
			if err != nil {
				return false, err
			}
			docs = append(docs, align.Document{Text: string(data), Name: displayName(name), Date: date, Lang: lb})
		}
		docs[0].Lang = la
	}
	var out io.Writer = stdout
	var file *os.File
	if *outPath != "" {
		if file, err = os.Create(*outPath); err != nil {
			return false, err
		}
		out = file
	}
	bw := bufio.NewWriter(out)
	conflicts := false
	var reports []*align.Report
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
		if len(r.Conflicts()) > 0 {
			conflicts = true
		}
		reports = append(reports, r)
		if *format != "text" {
			continue // one document for all the versions, written below
		}
		if len(docs) > 2 {
			if i > 1 {
				bw.WriteString("\n")
			}
			fmt.Fprintf(bw, "== %d of %d: %s against %s\n", i, len(docs)-1, docs[i].Name, docs[0].Name)
		}
		var werr error
		if f, ok := stdout.(*os.File); ok && file == nil {
			bw.Flush()
			werr = r.WriteText(f) // colours on a terminal
		} else {
			werr = r.WriteText(bw)
		}
		if werr != nil {
			return false, werr
		}
	}
	var werr error
	switch {
	case *format == "json" && len(reports) == 1:
		werr = reports[0].WriteJSON(bw)
	case *format == "json":
		werr = align.WriteJSONReports(bw, reports...)
	case *format == "html":
		werr = align.WriteHTMLReports(bw, reports...)
	}
	if werr != nil {
		return false, werr
	}
	if err := bw.Flush(); err != nil {
		return false, err
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return false, err
		}
	}
	return conflicts, nil
}

// stdinName is the file name that stands for standard input.
const stdinName = "-"

// readInput reads a file, or standard input for "-" (once).
func readInput(name string, stdin io.Reader, stdinUsed *bool) ([]byte, error) {
	if name != stdinName {
		return os.ReadFile(name)
	}
	if *stdinUsed {
		return nil, usageError{"standard input (-) can be read once only"}
	}
	*stdinUsed = true
	if stdin == nil {
		return nil, nil
	}
	return io.ReadAll(stdin)
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
func readBitext(name string, stdin io.Reader, la, lb language.Tag) ([]align.Unit, align.Document, align.Document, error) {
	r := stdin
	if r == nil {
		r = strings.NewReader("")
	}
	if name != stdinName {
		f, err := os.Open(name)
		if err != nil {
			return nil, align.Document{}, align.Document{}, err
		}
		defer f.Close()
		r = f
	}
	bu, err := bitext.Read(r, bitext.WithLanguages(la, lb))
	if err != nil {
		return nil, align.Document{}, align.Document{}, fmt.Errorf("%s: %w", displayName(name), err)
	}
	if len(bu) == 0 {
		return nil, align.Document{}, align.Document{}, fmt.Errorf("%s: no unit to compare", displayName(name))
	}
	units := make([]align.Unit, len(bu))
	for i, u := range bu {
		units[i] = align.Unit{ID: u.ID, A: u.A, B: u.B}
	}
	if la == language.Und {
		la = bu[0].LangA
	}
	if lb == language.Und {
		lb = bu[0].LangB
	}
	n := displayName(name)
	return units, align.Document{Name: n, Lang: la}, align.Document{Name: n, Lang: lb}, nil
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
