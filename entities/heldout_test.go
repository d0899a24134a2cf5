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

// TestHeldout runs testdata/heldout.txt, cases written before the code
// they test and not tuned on. It reports how many pass; a case that fails
// must be listed in testdata/heldout-failures.txt (by its first two
// columns), and a listed case that passes must be taken off the list.
func TestHeldout(t *testing.T) {
	known := map[string]bool{}
	if b, err := os.ReadFile("testdata/heldout-failures.txt"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" && l[0] != '#' {
				known[l] = true
			}
		}
	}
	f, err := os.Open("testdata/heldout.txt")
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
		require.Lenf(t, cols, 3, "testdata/heldout.txt:%d: want three columns", line)
		total++
		ok, got := heldoutCase(cols)
		id := cols[0] + "\t" + cols[1]
		switch {
		case ok && known[id]:
			t.Errorf("testdata/heldout.txt:%d: passes now; take it off heldout-failures.txt: %q", line, id)
		case !ok && !known[id]:
			t.Errorf("testdata/heldout.txt:%d: new failure: %q: got %s", line, id, got)
		}
		if ok {
			pass++
		} else {
			t.Logf("testdata/heldout.txt:%d: known failure: %q: got %s", line, id, got)
		}
		delete(known, id)
	}
	require.NoError(t, sc.Err())
	for id := range known {
		t.Errorf("heldout-failures.txt lists %q, which heldout.txt lacks", id)
	}
	t.Logf("held-out: %d of %d pass", pass, total)
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
