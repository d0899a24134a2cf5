package entities_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
)

// TestHeldout runs the held-out files of testdata, cases written before
// the code they test and not tuned on: heldout.txt, and heldout-names.txt
// for given names written with no cue word. It reports how many of each
// pass; a case that fails must be listed in the file's failures list (by
// its first two columns), and a listed case that passes must be taken off
// the list.
func TestHeldout(t *testing.T) {
	for _, name := range []string{"heldout", "heldout-names"} {
		t.Run(name, func(t *testing.T) {
			runHeldout(t, "testdata/"+name+".txt", "testdata/"+name+"-failures.txt")
		})
	}
}

// runHeldout runs one held-out file against its list of known failures.
func runHeldout(t *testing.T, file, failures string) {
	known := map[string]bool{}
	if b, err := os.ReadFile(failures); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" && l[0] != '#' {
				known[l] = true
			}
		}
	}
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	pass, total := 0, 0
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		cols := strings.Split(s, "\t")
		require.Lenf(t, cols, 3, "%s:%d: want three columns", file, line)
		total++
		ok, got := heldoutCase(cols)
		id := cols[0] + "\t" + cols[1]
		switch {
		case ok && known[id]:
			t.Errorf("%s:%d: passes now; take it off %s: %q", file, line, failures, id)
		case !ok && !known[id]:
			t.Errorf("%s:%d: new failure: %q: got %s", file, line, id, got)
		}
		if ok {
			pass++
		} else {
			t.Logf("%s:%d: known failure: %q: got %s", file, line, id, got)
		}
		delete(known, id)
	}
	require.NoError(t, sc.Err())
	for id := range known {
		t.Errorf("%s lists %q, which %s lacks", failures, id, file)
	}
	t.Logf("%s: %d of %d pass", file, pass, total)
}

// heldoutCase runs one line of heldout.txt and returns whether it passes
// and what was got.
func heldoutCase(cols []string) (bool, string) {
	if slices.Contains([]string{"vi", "en"}, cols[0]) && !slices.Contains([]string{"match", "nomatch"}, cols[2]) {
		got := dump(entities.Extract(cols[1], tag(cols[0])))
		return assert.ObjectsAreEqual(cols[2], got), got
	}
	a, okA := mainEntity(cols[0], language.Vietnamese)
	b, okB := mainEntity(cols[1], language.English)
	score := 0.0
	if okA && okB {
		score = entities.Match(a, b)
	}
	got := a.String() + " ~ " + b.String()
	return (score >= entities.Threshold) == (cols[2] == "match"), got
}
