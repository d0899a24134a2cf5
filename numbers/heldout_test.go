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

func readKnownFailures(t *testing.T) map[string]knownFailure {
	t.Helper()
	data, err := lineFiles.ReadFile("testdata/heldout_known_failures.txt")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]knownFailure{}
	for n, f := range tabRows(string(data)) {
		if len(f) != 4 || strings.TrimSpace(f[3]) == "" {
			t.Fatalf("testdata/heldout_known_failures.txt:%d: want input, expected, got, why", n)
		}
		known[f[0]] = knownFailure{line: n, want: f[1], got: f[2], why: f[3]}
	}
	return known
}

// TestHeldout runs the held-out cases, written before the work on each
// class and never tuned on. A case that fails must be listed in
// heldout_known_failures.txt with what it gives; a listed case that now
// passes must leave the list.
func TestHeldout(t *testing.T) {
	known := readKnownFailures(t)
	data, err := lineFiles.ReadFile("testdata/heldout.txt")
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
	for _, c := range readLineCases(t, "heldout.txt") {
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
			t.Errorf("testdata/heldout.txt:%d: %s now passes; remove it from heldout_known_failures.txt:%d", c.line, head, k.line)
		case got == c.want:
			pass++
		case !listed:
			t.Errorf("testdata/heldout.txt:%d: %s\n want %s\n  got %s", c.line, head, c.want, got)
		default:
			fail++
			assert.Equal(t, k.want, c.want, "heldout_known_failures.txt:%d: expected side differs from heldout.txt", k.line)
			assert.Equal(t, k.got, got, "heldout_known_failures.txt:%d: %s gives something else now", k.line, head)
		}
	}
	for head, k := range known {
		if !seen[head] {
			t.Errorf("heldout_known_failures.txt:%d: %s is no held-out case", k.line, head)
		}
	}
	t.Logf("held-out: %d pass, %d known failures", pass, fail)
}
