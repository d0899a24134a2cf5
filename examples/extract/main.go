// Command extract prints the numbers, money, percentages, ordinals, dates
// and named entities that factalign finds in a text, one JSON object per
// mention.
//
// Usage:
//
//	extract -lang vi|en [-ref 2026-01-30] [FILE|-]
//	extract -jsonl [FILE]
//
// With -jsonl the input holds one JSON object per line,
// {"id":..,"lang":"vi","text":..,"ref":"2026-01-30"}, and the output one
// line per input line, in the same order: {"id":..,"mentions":[...]}.
// Without FILE the text is read from standard input. The exit status is
// 0 on success and 2 on bad usage or unreadable input.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "", "language of the text: vi or en")
	ref := fs.String("ref", "", "reference date YYYY-MM-DD (the article date)")
	jsonl := fs.Bool("jsonl", false, "read JSON lines {id, lang, text, ref}")
	usage := func(msg string) int {
		fmt.Fprintln(stderr, "extract: "+msg+" (usage: extract -lang vi|en [-ref YYYY-MM-DD] [FILE] | extract -jsonl [FILE])")
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, "usage: extract -lang vi|en [-ref YYYY-MM-DD] [FILE|-]\n       extract -jsonl [FILE|-]\n\nFlags:")
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			fmt.Fprintln(stdout, "\nExample:\n  echo 'Vốn FDI đạt 12,4 tỷ USD' | extract -lang vi")
			return 0
		}
		return usage(err.Error())
	}
	if fs.NArg() > 1 {
		return usage("too many arguments")
	}
	in := stdin
	name := "standard input"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			return 2
		}
		defer f.Close()
		in = f
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if *jsonl {
		if *lang != "" || *ref != "" {
			return usage("-jsonl takes lang and ref from each line")
		}
		if err := runJSONL(in, out, name); err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			return 2
		}
		return 0
	}
	tag, err := parseLang(*lang)
	if err != nil {
		return usage(err.Error())
	}
	data, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintf(stderr, "extract: reading %s: %v\n", name, err)
		return 2
	}
	if !utf8.Valid(data) {
		fmt.Fprintf(stderr, "extract: %s is not valid UTF-8\n", name)
		return 2
	}
	var opts []numbers.Option
	if *ref != "" {
		t, err := parseRef(*ref)
		if err != nil {
			return usage(err.Error())
		}
		opts = append(opts, numbers.WithReference(t))
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, m := range mentions(string(data), tag, opts) {
		if err := enc.Encode(m); err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			return 2
		}
	}
	return 0
}

// A request is one line of -jsonl input.
type request struct {
	ID   json.RawMessage `json:"id"`
	Lang string          `json:"lang"`
	Text string          `json:"text"`
	Ref  string          `json:"ref"`
}

// A response is one line of -jsonl output.
type response struct {
	ID       json.RawMessage `json:"id"`
	Mentions []mention       `json:"mentions"`
}

func runJSONL(in io.Reader, out io.Writer, name string) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64*1024), 64<<20)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var r request
		if err := json.Unmarshal(b, &r); err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if len(r.ID) == 0 {
			r.ID = json.RawMessage("null")
		}
		tag, err := parseLang(r.Lang)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
		var opts []numbers.Option
		if r.Ref != "" {
			t, err := parseRef(r.Ref)
			if err != nil {
				return fmt.Errorf("%s:%d: %v", name, line, err)
			}
			opts = append(opts, numbers.WithReference(t))
		}
		ms := mentions(r.Text, tag, opts)
		if ms == nil {
			ms = []mention{}
		}
		if err := enc.Encode(response{ID: r.ID, Mentions: ms}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %v", name, err)
	}
	return nil
}

// A mention is a number mention or an entity, as JSON.
type mention struct {
	start, end int
	json.Marshaler
}

// mentions returns the numbers and the entities of text ordered by start
// and then end.
func mentions(text string, tag language.Tag, opts []numbers.Option) []mention {
	ns := numbers.Extract(text, tag, opts...)
	es := entities.Extract(text, tag)
	if len(ns)+len(es) == 0 {
		return nil
	}
	out := make([]mention, 0, len(ns)+len(es))
	for _, m := range ns {
		out = append(out, mention{m.Start, m.End, m})
	}
	for _, e := range es {
		out = append(out, mention{e.Start, e.End, e})
	}
	slices.SortStableFunc(out, func(a, b mention) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	return out
}

// parseLang reads a language: a tag that package numbers reads ("vi",
// "en", "en-GB").
func parseLang(s string) (language.Tag, error) {
	if s == "" {
		return language.Und, errors.New("missing -lang (vi or en)")
	}
	t, err := numbers.ParseLanguage(s)
	if err != nil {
		return language.Und, errors.New(strings.TrimPrefix(err.Error(), "numbers: "))
	}
	return t, nil
}

// parseRef reads a reference date: 2026-01-30, or a local date and time
// 2013-02-12T04:30:00.
func parseRef(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04:05", "2006-01-02T15:04", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			if layout == time.RFC3339 {
				// Keep the local wall time the source states.
				t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad reference date %q (want YYYY-MM-DD)", s)
}
