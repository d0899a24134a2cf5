package numbers

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A knownFailure is a held-out case that still fails, as listed in
// testdata/heldout_known_failures.txt:
//
//	[vi|en] [ref=DATE] INPUT <TAB> EXPECTED <TAB> GOT <TAB> WHY
type knownFailure struct {
	line      int
	want, got string
	why       string
}

func readKnownFailures(t *testing.T, name string) map[string]knownFailure {
	t.Helper()
	data, err := lineFiles.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]knownFailure{}
	for n, f := range tabRows(string(data)) {
		if len(f) != 4 || strings.TrimSpace(f[3]) == "" {
			t.Fatalf("testdata/%s:%d: want input, expected, got, why", name, n)
		}
		known[f[0]] = knownFailure{line: n, want: f[1], got: f[2], why: f[3]}
	}
	return known
}

// TestHeldout runs the held-out cases, written before the work on each
// class and never tuned on. A case that fails must be listed in the
// file's known failures with what it gives; a listed case that now
// passes must leave the list.
func TestHeldout(t *testing.T) {
	for _, c := range []struct{ cases, known string }{
		{"heldout.txt", "heldout_known_failures.txt"},
		// Amounts stated relative to an earlier one ("half that").
		{"heldout-relative.txt", "heldout-relative_known_failures.txt"},
		{"heldout-relative-2.txt", "heldout-relative-2_known_failures.txt"},
		// Digits in the names of models, types and codes ("Su-30MK2",
		// "ISO 9001"), written blind by a helper.
		{"heldout-designations.txt", "heldout-designations_known_failures.txt"},
	} {
		t.Run(c.cases, func(t *testing.T) { runHeldout(t, c.cases, c.known) })
	}
}

func runHeldout(t *testing.T, name, knownName string) {
	known := readKnownFailures(t, knownName)
	data, err := lineFiles.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	heads := map[int]string{} // line → the text before the tab, as listed
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		head, _, _ := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
		heads[n] = head
	}
	pass, fail := 0, 0
	seen := map[string]bool{}
	for _, c := range readLineCases(t, name) {
		var opts []Option
		if !c.ref.IsZero() {
			opts = append(opts, WithReference(c.ref))
		}
		got := dumpAll(Extract(c.input, c.lang, opts...))
		head := heads[c.line]
		k, listed := known[head]
		seen[head] = true
		switch {
		case got == c.want && listed:
			t.Errorf("testdata/%s:%d: %s now passes; remove it from %s:%d", name, c.line, head, knownName, k.line)
		case got == c.want:
			pass++
		case !listed:
			t.Errorf("testdata/%s:%d: %s\n want %s\n  got %s", name, c.line, head, c.want, got)
		default:
			fail++
			assert.Equal(t, k.want, c.want, "%s:%d: expected side differs from %s", knownName, k.line, name)
			assert.Equal(t, k.got, got, "%s:%d: %s gives something else now", knownName, k.line, head)
		}
	}
	for head, k := range known {
		if !seen[head] {
			t.Errorf("%s:%d: %s is no held-out case", knownName, k.line, head)
		}
	}
	t.Logf("%s: %d pass, %d known failures", name, pass, fail)
}
