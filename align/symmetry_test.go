package align

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// symmetryPairs lists the article pairs of the symmetry test: those of
// testdata/pairs, and, when ../shared is beside the module, the seed
// articles 000 and 001 against 002 and every pair of ../shared/real-pairs.
func symmetryPairs(t *testing.T) (pairs [][2]string, shared bool) {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*", "vi.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs, "testdata/pairs holds the project's article pairs")
	real, _ := filepath.Glob(filepath.Join("..", "..", "shared", "real-pairs", "*", "vi.txt"))
	for _, vi := range append(dirs, real...) {
		pairs = append(pairs, [2]string{vi, filepath.Join(filepath.Dir(vi), "en.txt")})
	}
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "00[012]_*.txt"))
	if len(seeds) == 3 {
		pairs = append(pairs, [2]string{seeds[0], seeds[2]}, [2]string{seeds[1], seeds[2]})
	}
	return pairs, len(real) > 0 && len(seeds) == 3
}

// factLines writes the facts of a report as lines that do not depend on
// which document came first: with mirror, those of Compare(b, a) as
// Compare(a, b) would state them.
func factLines(r *Report, mirror bool) []string {
	var out []string
	for _, f := range r.Facts {
		a, b, st := f.A, f.B, f.Status
		if mirror {
			a, b = b, a
			switch st {
			case OnlyA:
				st = OnlyB
			case OnlyB:
				st = OnlyA
			}
		}
		sa, ea := a.Span()
		sb, eb := b.Span()
		out = append(out, fmt.Sprintf("%s %s a=%d:%d b=%d:%d", st, f.Kind, sa, ea, sb, eb))
		for _, l := range f.Links {
			la, lb := l.A, l.B
			if mirror {
				la, lb = lb, la
			}
			sa, ea := la.Span()
			sb, eb := lb.Span()
			out = append(out, fmt.Sprintf("%s %s link a=%d:%d b=%d:%d", st, f.Kind, sa, ea, sb, eb))
		}
	}
	slices.Sort(out)
	return out
}

// TestCompareSymmetric checks that Compare(b, a) is the mirror of
// Compare(a, b) on every article pair we have: the same facts with the
// same verdicts, and each reason said in the order of its call. The pairs
// of ../shared (seeds, real-pairs) are added when that folder is beside
// the module, as it is in CI.
func TestCompareSymmetric(t *testing.T) {
	pairs, shared := symmetryPairs(t)
	if !shared {
		t.Log("../shared is not beside the module: only testdata/pairs are checked")
	}
	for _, p := range pairs {
		t.Run(filepath.Base(filepath.Dir(p[0]))+"/"+filepath.Base(p[0]), func(t *testing.T) {
			a, err := os.ReadFile(p[0])
			require.NoError(t, err)
			b, err := os.ReadFile(p[1])
			require.NoError(t, err)
			ab, err := Compare(Document{Text: string(a)}, Document{Text: string(b)})
			require.NoError(t, err)
			ba, err := Compare(Document{Text: string(b)}, Document{Text: string(a)})
			require.NoError(t, err)
			assert.Equal(t, factLines(ab, false), factLines(ba, true))
			assert.Equal(t, ab.Summary.Agree, ba.Summary.Agree)
			assert.Equal(t, ab.Summary.Conflict, ba.Summary.Conflict)
			assert.Equal(t, ab.Summary.OnlyA, ba.Summary.OnlyB)
			// Each paired fact gives its reason in its own order.
			whys := map[string]string{}
			for _, f := range ba.Facts {
				if f.A != nil && f.B != nil {
					sa, _ := f.B.Span()
					sb, _ := f.A.Span()
					whys[fmt.Sprint(sa, sb)] = f.Why
				}
			}
			for _, f := range ab.Facts {
				if f.A == nil || f.B == nil || f.A.Text() == f.B.Text() {
					continue
				}
				sa, _ := f.A.Span()
				sb, _ := f.B.Span()
				other, ok := whys[fmt.Sprint(sa, sb)]
				if assert.True(t, ok) {
					assert.NotEqual(t, f.Why, other, "the reason of %q and %q names them in the order of the call", f.A.Text(), f.B.Text())
					assert.Equal(t, len(f.Why), len(other), "%q vs %q", f.Why, other)
				}
			}
		})
	}
}

func TestInReadingOrder(t *testing.T) {
	beads := []Bead{{A: []int{2}, B: []int{0}}, {B: []int{1}}, {A: []int{0}, B: []int{2}}, {A: []int{1}}}
	inReadingOrder(beads)
	assert.Equal(t, []Bead{{A: []int{0}, B: []int{2}}, {A: []int{1}}, {A: []int{2}, B: []int{0}}, {B: []int{1}}}, beads)
}
