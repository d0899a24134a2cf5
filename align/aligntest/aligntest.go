// Package aligntest checks article pairs for conflicting facts from go test,
// the way net/http/httptest tests handlers: a team keeps its Vietnamese and
// English versions in a folder, and a conflict fails the test with one
// readable line per fact.
//
//	func TestConsistency(t *testing.T) {
//		aligntest.Dir(t, "testdata")
//	}
package aligntest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factalign/factalign/align"
)

// A ConflictError is one conflicting fact of a pair.
type ConflictError struct {
	A, B string     // the names of the two documents
	Fact align.Fact // the conflict
}

// Error returns one line with both texts, their sentence numbers (from 0,
// the headline; as in the text, JSON and HTML reports) and why:
//
//	story.vi.txt#2 "4.400 dự án" ≠ story.en.txt#1 "4,600 projects": 4400 vs 4600 project
func (e *ConflictError) Error() string {
	why := e.Fact.Why
	// The reason repeats the two texts before its colon; keep what follows.
	if i := strings.Index(why, ": "); i >= 0 && strings.Contains(why[:i], "≠") {
		why = why[i+2:]
	}
	return fmt.Sprintf("%s %q ≠ %s %q: %s", where(e.A, e.Fact.A), e.Fact.A.Text(), where(e.B, e.Fact.B), e.Fact.B.Text(), why)
}

func where(name string, it *align.Item) string {
	if name == "" {
		name = "text"
	}
	if it == nil {
		return name
	}
	return fmt.Sprintf("%s#%d", name, it.Sentence)
}

// Verify compares a and b and returns the report, and an error that joins
// one *ConflictError per conflict (nil when there is none). A document
// that cannot be compared gives the error of align.Compare and a nil
// report.
func Verify(a, b align.Document, opts ...align.Option) (*align.Report, error) {
	r, err := align.Compare(a, b, opts...)
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, f := range r.Conflicts() {
		errs = append(errs, &ConflictError{A: a.Name, B: b.Name, Fact: f})
	}
	return r, errors.Join(errs...)
}

// Check compares a and b and reports each conflict with t.Errorf, one line
// each (see ConflictError.Error); a document that cannot be compared is
// reported with t.Fatalf. It returns the report for further checks.
func Check(t testing.TB, a, b align.Document, opts ...align.Option) *align.Report {
	t.Helper()
	r, err := align.Compare(a, b, opts...)
	if err != nil {
		t.Fatalf("aligntest: %v", err)
		return nil
	}
	for _, f := range r.Conflicts() {
		t.Errorf("%s", (&ConflictError{A: a.Name, B: b.Name, Fact: f}).Error())
	}
	return r
}

// A DirOption changes how Dir checks a folder.
type DirOption func(*dirConfig)

type dirConfig struct {
	opts     []align.Option
	expected map[string]bool
}

// WithOptions passes options to align.Compare for every pair.
func WithOptions(opts ...align.Option) DirOption {
	return func(c *dirConfig) { c.opts = append(c.opts, opts...) }
}

// ExpectConflicts marks pairs, by NAME, that are known to conflict: their
// subtest passes when Compare finds at least one conflict (and logs them)
// and fails when it finds none. It documents a known difference in the
// test itself; a NAME.ignore file suppresses reviewed differences instead.
func ExpectConflicts(names ...string) DirOption {
	return func(c *dirConfig) {
		if c.expected == nil {
			c.expected = map[string]bool{}
		}
		for _, n := range names {
			c.expected[n] = true
		}
	}
}

// Dir finds the pairs NAME.vi.txt and NAME.en.txt in dir and runs one
// subtest per pair, named NAME, that fails with one line per conflict,
// reported at the line that calls Dir. An optional NAME.ignore file lists
// reviewed differences to suppress (see align.ParseSuppressions). A file
// with no partner is a failing subtest of its own while every complete
// pair still runs; a folder with no pair at all fails the test.
func Dir(t *testing.T, dir string, opts ...DirOption) {
	t.Helper()
	var c dirConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	pairs, err := findPairs(dir)
	if err != nil {
		t.Fatalf("aligntest: %v", err)
	}
	for name := range c.expected {
		if _, ok := pairs[name]; !ok {
			t.Errorf("aligntest: ExpectConflicts names %q, which is not a pair in %s", name, dir)
		}
	}
	names := make([]string, 0, len(pairs))
	for n := range pairs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		p := pairs[name]
		t.Run(name, func(t *testing.T) {
			t.Helper() // failures point at the caller of Dir
			a, b, sup, err := p.load()
			if err != nil {
				t.Fatalf("aligntest: %v", err)
			}
			o := append(append([]align.Option{}, c.opts...), align.WithSuppressions(sup...))
			if c.expected[name] {
				r, err := Verify(a, b, o...)
				if r == nil {
					t.Fatalf("aligntest: %v", err)
				}
				if err == nil {
					t.Errorf("aligntest: %s is marked with ExpectConflicts but has no conflict", name)
					return
				}
				t.Logf("expected conflicts:\n%v", err)
				return
			}
			Check(t, a, b, o...)
		})
	}
}

// A pair is the files of one article pair.
type pair struct {
	vi, en, ignore string
	missing        error // a file without its partner
}

// findPairs lists the pairs of dir by name.
func findPairs(dir string) (map[string]*pair, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	pairs := map[string]*pair{}
	get := func(n string) *pair {
		if pairs[n] == nil {
			pairs[n] = &pair{}
		}
		return pairs[n]
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		n, path := e.Name(), filepath.Join(dir, e.Name())
		switch {
		case strings.HasSuffix(n, ".vi.txt"):
			get(strings.TrimSuffix(n, ".vi.txt")).vi = path
		case strings.HasSuffix(n, ".en.txt"):
			get(strings.TrimSuffix(n, ".en.txt")).en = path
		case strings.HasSuffix(n, ".ignore"):
			get(strings.TrimSuffix(n, ".ignore")).ignore = path
		}
	}
	for n, p := range pairs {
		switch {
		case p.vi == "" && p.en == "":
			p.missing = fmt.Errorf("%s: %s.ignore has no article pair", dir, n)
		case p.vi == "":
			p.missing = fmt.Errorf("%s: %s has no Vietnamese version %s.vi.txt", dir, p.en, n)
		case p.en == "":
			p.missing = fmt.Errorf("%s: %s has no English version %s.en.txt", dir, p.vi, n)
		}
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("%s: no NAME.vi.txt and NAME.en.txt pairs", dir)
	}
	return pairs, nil
}

// load reads the pair's documents and suppressions.
func (p *pair) load() (a, b align.Document, sup []align.Suppression, err error) {
	if p.missing != nil {
		return a, b, nil, p.missing
	}
	vi, err := os.ReadFile(p.vi)
	if err != nil {
		return a, b, nil, err
	}
	en, err := os.ReadFile(p.en)
	if err != nil {
		return a, b, nil, err
	}
	a = align.Document{Text: string(vi), Name: filepath.Base(p.vi)}
	b = align.Document{Text: string(en), Name: filepath.Base(p.en)}
	if p.ignore != "" {
		f, err := os.Open(p.ignore)
		if err != nil {
			return a, b, nil, err
		}
		defer f.Close()
		if sup, err = align.ParseSuppressions(f); err != nil {
			return a, b, nil, fmt.Errorf("%s: %v", p.ignore, err)
		}
	}
	return a, b, sup, nil
}
