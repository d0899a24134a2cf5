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

	"golang.org/x/text/language"

	"github.com/factalign/factalign/align"
	"github.com/factalign/factalign/align/bitext"
	"github.com/factalign/factalign/internal/bilingual"
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
	a, b := e.A, e.B
	if e.Fact.Unit != "" {
		// A bilingual file: the unit says where, both sides are in it.
		a, b = a+" unit "+e.Fact.Unit, "unit "+e.Fact.Unit
	}
	return fmt.Sprintf("%s %q ≠ %s %q: %s", where(a, e.Fact.A), e.Fact.A.Text(), where(b, e.Fact.B), e.Fact.B.Text(), why)
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

// Dir finds the pairs NAME.vi.txt and NAME.en.txt in dir, and the
// bilingual files a translator's tools keep (NAME.xlf, .xliff, .sdlxliff,
// .mqxliff, .tmx: XLIFF 1.2 and 2, TMX), and runs one subtest per pair or
// file, named NAME, that fails with one line per conflict, reported at
// the line that calls Dir; a bilingual file is compared unit by unit
// (align.CompareUnits), and its lines name the unit. An optional
// NAME.ignore file lists reviewed differences to suppress (see
// align.ParseSuppressions). A file with no partner is a failing subtest
// of its own while every complete pair still runs; a folder with no pair
// at all fails the test.
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
			r, na, nb, err := p.compare(c.opts)
			if err != nil {
				t.Fatalf("aligntest: %v", err)
			}
			conflicts := r.Conflicts()
			if c.expected[name] {
				if len(conflicts) == 0 {
					t.Errorf("aligntest: %s is marked with ExpectConflicts but has no conflict", name)
					return
				}
				for _, f := range conflicts {
					t.Logf("expected conflict: %v", &ConflictError{A: na, B: nb, Fact: f})
				}
				return
			}
			for _, f := range conflicts {
				t.Errorf("%s", (&ConflictError{A: na, B: nb, Fact: f}).Error())
			}
		})
	}
}

// A pair is the files of one article pair.
type pair struct {
	vi, en, ignore string
	bitext         string // a bilingual file, in place of vi and en
	missing        error  // a file without its partner
}

// bitextSuffixes are the names of the bilingual files Dir checks.
var bitextSuffixes = []string{".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".tmx"}

// bitextName returns NAME for a bilingual file NAME.xlf and the like.
func bitextName(file string) (string, bool) {
	for _, suf := range bitextSuffixes {
		if n, ok := strings.CutSuffix(file, suf); ok && n != "" {
			return n, true
		}
	}
	return "", false
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
		default:
			if name, ok := bitextName(n); ok {
				get(name).bitext = path
			}
		}
	}
	for n, p := range pairs {
		switch {
		case p.bitext != "" && (p.vi != "" || p.en != ""):
			p.missing = fmt.Errorf("%s: %s is both a bilingual file and a pair of texts: rename one", dir, n)
		case p.bitext != "":
		case p.vi == "" && p.en == "":
			p.missing = fmt.Errorf("%s: %s.ignore has no article pair", dir, n)
		case p.vi == "":
			p.missing = fmt.Errorf("%s: %s has no Vietnamese version %s.vi.txt", dir, p.en, n)
		case p.en == "":
			p.missing = fmt.Errorf("%s: %s has no English version %s.en.txt", dir, p.vi, n)
		}
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("%s: no NAME.vi.txt and NAME.en.txt pairs, and no bilingual file", dir)
	}
	return pairs, nil
}

// compare compares the pair, or the units of its bilingual file, with
// opts and its suppressions, and returns the report and the names of the
// two sides.
func (p *pair) compare(opts []align.Option) (r *align.Report, a, b string, err error) {
	if p.missing != nil {
		return nil, "", "", p.missing
	}
	sup, err := p.suppressions()
	if err != nil {
		return nil, "", "", err
	}
	o := append(append([]align.Option{}, opts...), align.WithSuppressions(sup...))
	if p.bitext != "" {
		r, err = compareBitext(p.bitext, o)
		return r, filepath.Base(p.bitext), filepath.Base(p.bitext), err
	}
	da, db, err := p.load()
	if err != nil {
		return nil, "", "", err
	}
	r, err = align.Compare(da, db, o...)
	return r, da.Name, db.Name, err
}

// compareBitext reads a bilingual file and compares its units, in the
// languages it states (a unit not translated yet is skipped, as the
// report says).
func compareBitext(path string, opts []align.Option) (*align.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	units, err := bitext.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(units) == 0 {
		return nil, fmt.Errorf("%s: no unit to compare", path)
	}
	pairs, la, lb := bilingual.Pairs(units, language.Und, language.Und)
	name := filepath.Base(path)
	return align.CompareUnits(pairs, align.Document{Name: name, Lang: la}, align.Document{Name: name, Lang: lb}, opts...)
}

// load reads the pair's documents.
func (p *pair) load() (a, b align.Document, err error) {
	vi, err := os.ReadFile(p.vi)
	if err != nil {
		return a, b, err
	}
	en, err := os.ReadFile(p.en)
	if err != nil {
		return a, b, err
	}
	a = align.Document{Text: string(vi), Name: filepath.Base(p.vi)}
	b = align.Document{Text: string(en), Name: filepath.Base(p.en)}
	return a, b, nil
}

// suppressions reads the pair's NAME.ignore, if it has one.
func (p *pair) suppressions() ([]align.Suppression, error) {
	if p.ignore == "" {
		return nil, nil
	}
	f, err := os.Open(p.ignore)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sup, err := align.ParseSuppressions(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", p.ignore, err)
	}
	return sup, nil
}
