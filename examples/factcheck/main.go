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
	"github.com/factalign/factalign/numbers"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = "usage: factcheck [-ref YYYY-MM-DD] [-lang-a vi|en] [-lang-b vi|en] [-ignore FILE] [-format text|json|html] [-o FILE] FILE_A FILE_B [FILE ...]"

// run is the program; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	conflicts, err := check(args, stdout)
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
func check(args []string, stdout io.Writer) (bool, error) {
	fs := flag.NewFlagSet("factcheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	ref := fs.String("ref", "", "article date YYYY-MM-DD for every file")
	langA := fs.String("lang-a", "", "language of the first file: vi or en")
	langB := fs.String("lang-b", "", "language of the other files: vi or en")
	format := fs.String("format", "text", "report format: text, json or html")
	outPath := fs.String("o", "", "write the report to this file instead of standard output")
	ignore := fs.String("ignore", "", "file of known differences to suppress")
	if err := fs.Parse(args); err != nil {
		return false, usageError{err.Error()}
	}
	if fs.NArg() < 2 {
		return false, usageError{"need at least two files"}
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
	docs := make([]align.Document, fs.NArg())
	for i, name := range fs.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			return false, err
		}
		docs[i] = align.Document{Text: string(data), Name: filepath.Base(name), Date: date, Lang: lb}
	}
	docs[0].Lang = la
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
		r, err := align.Compare(docs[0], docs[i], opts...)
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
