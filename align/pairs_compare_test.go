package align

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factalign/factalign/entities"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// A goldFact is one line of testdata/pairs/NAME/facts.tsv.
type goldFact struct {
	status, vi, en, note string
	line                 int
}

// A goldEdit is one line of conflicts.tsv: an edit of en.txt that must
// create exactly one conflict.
type goldEdit struct {
	orig, edited, kind, note string
	line                     int
}

func readTSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	require.NoError(t, sc.Err())
	return rows
}

func readGoldFacts(t *testing.T, dir string) []goldFact {
	var out []goldFact
	for i, r := range readTSV(t, filepath.Join(dir, "facts.tsv")) {
		if len(r) < 3 || strings.HasPrefix(r[0], "#") {
			continue
		}
		g := goldFact{status: r[0], vi: r[1], en: r[2], line: i + 1}
		if len(r) > 3 {
			g.note = r[3]
		}
		out = append(out, g)
	}
	return out
}

func readGoldEdits(t *testing.T, dir string) []goldEdit {
	var out []goldEdit
	for i, r := range readTSV(t, filepath.Join(dir, "conflicts.tsv")) {
		if len(r) < 3 || strings.HasPrefix(r[0], "#") {
			continue
		}
		g := goldEdit{orig: r[0], edited: r[1], kind: r[2], line: i + 1}
		if len(r) > 3 {
			g.note = r[3]
		}
		out = append(out, g)
	}
	return out
}

// spans returns every occurrence of sub in text.
func spans(text, sub string) [][2]int {
	var out [][2]int
	if sub == "" {
		return nil
	}
	for off := 0; ; {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			return out
		}
		out = append(out, [2]int{off + i, off + i + len(sub)})
		off += i + len(sub)
	}
}

func overlapsAny(it *Item, ss [][2]int) bool {
	if it == nil {
		return false
	}
	s, e := it.Span()
	for _, sp := range ss {
		if s < sp[1] && sp[0] < e {
			return true
		}
	}
	return false
}

// entityKeys returns the keys of the entities of text that overlap spans.
func entityKeys(text string, lang language.Tag, ss [][2]int) map[string]bool {
	keys := map[string]bool{}
	for _, e := range entities.Extract(text, lang) {
		for _, sp := range ss {
			if e.Start < sp[1] && sp[0] < e.End {
				keys[e.Key] = true
			}
		}
	}
	return keys
}

// agreed reports whether the report has an agreement for the gold fact:
// a fact or one of its links pairs the two snippets.
func agreed(r *Report, vi, en string, g goldFact) bool {
	sv, se := spans(vi, g.vi), spans(en, g.en)
	kv := entityKeys(vi, language.Vietnamese, sv)
	ke := entityKeys(en, language.English, se)
	for _, f := range r.Facts {
		if f.Status != Agree {
			continue
		}
		if overlapsAny(f.A, sv) && overlapsAny(f.B, se) {
			return true
		}
		for _, l := range f.Links {
			if overlapsAny(l.A, sv) && overlapsAny(l.B, se) {
				return true
			}
		}
		if f.A.Entity != nil && f.B.Entity != nil && kv[f.A.Entity.Key] && ke[f.B.Entity.Key] {
			return true
		}
	}
	return false
}

// TestComparePairs measures Compare on the article pairs of
// testdata/pairs: how many of the gold agreements it finds, how many of the
// edited variants it flags with exactly the edited fact, and how many
// conflicts it reports on the clean pairs. The figures are logged; the
// assertions are floors the implementation reaches, and every miss must be
// in testdata/pairs/known-failures.txt, with its reason.
func TestComparePairs(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*"))
	require.NoError(t, err)
	var agreeTotal, agreeFound, editTotal, editFound, editExact, falseConflicts int
	var failures []string
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		name := filepath.Base(dir)
		viB, err := os.ReadFile(filepath.Join(dir, "vi.txt"))
		require.NoError(t, err)
		enB, err := os.ReadFile(filepath.Join(dir, "en.txt"))
		require.NoError(t, err)
		vi, en := string(viB), string(enB)
		a := Document{Text: vi, Lang: language.Vietnamese, Name: name + "/vi.txt"}
		b := Document{Text: en, Lang: language.English, Name: name + "/en.txt"}
		r, err := Compare(a, b)
		require.NoError(t, err)
		for _, f := range r.Conflicts() {
			falseConflicts++
			t.Logf("%s: false conflict: %s", name, f.Why)
		}
		for _, g := range readGoldFacts(t, dir) {
			if g.status != "agree" {
				continue
			}
			agreeTotal++
			if agreed(r, vi, en, g) {
				agreeFound++
			} else {
				failures = append(failures, fmt.Sprintf("%s/facts.tsv:%d: missed agreement %q = %q", name, g.line, g.vi, g.en))
			}
		}
		for _, g := range readGoldEdits(t, dir) {
			editTotal++
			pos := strings.Index(en, g.orig)
			require.GreaterOrEqual(t, pos, 0, "%s/conflicts.tsv:%d: %q not in en.txt", name, g.line, g.orig)
			edited := en[:pos] + g.edited + en[pos+len(g.orig):]
			span := [][2]int{{pos, pos + len(g.edited)}}
			r, err := Compare(a, Document{Text: edited, Lang: language.English})
			require.NoError(t, err)
			hit, other := false, 0
			for _, f := range r.Conflicts() {
				if overlapsAny(f.B, span) {
					hit = true
				} else {
					other++
				}
			}
			if hit {
				editFound++
				if other == 0 {
					editExact++
				}
			} else {
				failures = append(failures, fmt.Sprintf("%s/conflicts.tsv:%d: missed conflict %q → %q", name, g.line, g.orig, g.edited))
			}
		}
	}
	require.Positive(t, agreeTotal, "no article pairs found")
	t.Logf("agree recall %d/%d = %.1f%%; conflicts found %d/%d = %.1f%% (%d with no other conflict); false conflicts on clean pairs %d",
		agreeFound, agreeTotal, 100*float64(agreeFound)/float64(agreeTotal),
		editFound, editTotal, 100*float64(editFound)/float64(editTotal), editExact, falseConflicts)
	assert.Zero(t, falseConflicts, "conflicts reported on the clean pairs")
	assert.GreaterOrEqual(t, float64(agreeFound)/float64(agreeTotal), 0.95, "agree recall")
	assert.GreaterOrEqual(t, float64(editFound)/float64(max(editTotal, 1)), 0.95, "conflicts found")
	assert.Equal(t, editFound, editExact, "edits that also raised a conflict elsewhere")
	// Each miss is known, with its reason: a new one fails the test (the
	// floors above let one through when the pairs' figures stayed high),
	// and so does a listed one that passes now.
	known := readKnownFailures(t, filepath.Join("..", "testdata", "pairs", "known-failures.txt"))
	for _, f := range failures {
		if _, ok := known[f]; !ok {
			t.Errorf("new miss on testdata/pairs: %s", f)
		}
		delete(known, f)
	}
	for f := range known {
		t.Errorf("listed miss now passes, take it off testdata/pairs/known-failures.txt: %s", f)
	}
}
