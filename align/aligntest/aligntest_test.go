package aligntest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/factalign/factalign/align"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors, fatals []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(format, args...))
}

const vi = "date 2026-03-02\n\nHải Phòng thu hút 4.400 dự án với tổng vốn 12,5 tỷ USD trong năm 2025.\n"

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name, en string
		want     []string // substrings of the recorded errors, one per error
	}{
		{"agree", "Hải Phòng attracted 4,400 projects worth US$12.5 billion in 2025.", nil},
		{"conflict", "Hải Phòng attracted 4,600 projects worth US$12.5 billion in 2025.",
			[]string{`vi.txt#0 "4.400 dự án" ≠ en.txt#0 "4,600 projects": 4400 project vs 4600 project`}},
		{"two conflicts", "Hải Phòng attracted 4,600 projects worth US$1.25 billion in 2025.",
			[]string{`"4,600 projects"`, `"US$1.25 billion"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{TB: t}
			r := Check(rec, align.Document{Text: vi, Name: "vi.txt"}, align.Document{Text: tc.en, Name: "en.txt"})
			require.NotNil(t, r)
			assert.Empty(t, rec.fatals)
			require.Len(t, rec.errors, len(tc.want), "errors: %q", rec.errors)
			for i, w := range tc.want {
				assert.Contains(t, rec.errors[i], w)
			}
		})
	}
}

func TestCheckBadDocument(t *testing.T) {
	rec := &recorder{TB: t}
	r := Check(rec, align.Document{Text: vi}, align.Document{Text: " \n", Name: "empty.en.txt"})
	assert.Nil(t, r)
	require.Len(t, rec.fatals, 1)
	assert.Contains(t, rec.fatals[0], "empty.en.txt")
}

func TestVerify(t *testing.T) {
	_, err := Verify(align.Document{Text: vi}, align.Document{Text: "Hải Phòng attracted 4,400 projects worth US$12.5 billion in 2025."})
	require.NoError(t, err)
	r, err := Verify(align.Document{Text: vi}, align.Document{Text: "Hải Phòng attracted 4,600 projects worth US$12.5 billion in 2025."})
	require.NotNil(t, r)
	var ce *ConflictError
	require.True(t, errors.As(err, &ce), "error %v is not a *ConflictError", err)
	assert.Equal(t, "number", ce.Fact.Kind)
}

func TestDirErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"empty", map[string]string{}, "no NAME.vi.txt and NAME.en.txt pairs"},
		{"no english", map[string]string{"a.vi.txt": vi}, "has no English version a.en.txt"},
		{"no vietnamese", map[string]string{"a.en.txt": "Text."}, "has no Vietnamese version a.vi.txt"},
		{"lone ignore", map[string]string{"a.ignore": "money 5"}, "a.ignore has no article pair"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for n, s := range tc.files {
				require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644))
			}
			pairs, err := findPairs(dir)
			if err == nil {
				// A file without its partner fails its own subtest.
				for _, p := range pairs {
					_, _, _, err = p.compare(nil)
				}
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestDirIncompletePair checks that a file without its partner fails one
// subtest while the complete pairs still run.
func TestDirIncompletePair(t *testing.T) {
	dir := t.TempDir()
	write := func(n, s string) { require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644)) }
	write("good.vi.txt", vi)
	write("good.en.txt", "Hải Phòng attracted 4,400 projects worth US$12.5 billion in 2025.")
	write("lonely.vi.txt", vi)
	pairs, err := findPairs(dir)
	require.NoError(t, err)
	require.Len(t, pairs, 2)
	_, _, _, err = pairs["good"].compare(nil)
	assert.NoError(t, err)
	_, _, _, err = pairs["lonely"].compare(nil)
	assert.ErrorContains(t, err, "has no English version lonely.en.txt")
}

func TestDirSuppressions(t *testing.T) {
	dir := t.TempDir()
	write := func(n, s string) { require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644)) }
	write("story.vi.txt", vi)
	write("story.en.txt", "Hải Phòng attracted 4,600 projects worth US$12.5 billion in 2025.")
	write("story.ignore", "# reviewed\nnumber text \"4,600 projects\"\n")
	pairs, err := findPairs(dir)
	require.NoError(t, err)
	r, a, _, err := pairs["story"].compare(nil)
	require.NoError(t, err)
	assert.Empty(t, r.Conflicts())
	assert.Equal(t, 1, r.Summary.Suppressed)
	assert.Equal(t, "story.vi.txt", a)
}

// TestDirBitext checks that a translator's bilingual file in the folder
// is a subtest of its own, compared unit by unit, its conflicts naming
// the unit, and that a name used twice is an error.
func TestDirBitext(t *testing.T) {
	dir := t.TempDir()
	write := func(n, s string) { require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644)) }
	xlf, err := os.ReadFile(filepath.Join("..", "..", "testdata", "formats", "untranslated.xlf"))
	require.NoError(t, err)
	write("job.xlf", string(xlf))
	write("both.tmx", "<tmx/>")
	write("both.vi.txt", vi)
	pairs, err := findPairs(dir)
	require.NoError(t, err)
	r, a, _, err := pairs["job"].compare(nil)
	require.NoError(t, err)
	require.Len(t, r.Conflicts(), 1)
	assert.Equal(t, 3, r.Units+len(r.Skipped), "the untranslated units are skipped, not lost")
	msg := (&ConflictError{A: a, B: a, Fact: r.Conflicts()[0]}).Error()
	assert.Equal(t, `job.xlf unit 1#0 "4.400 dự án" ≠ unit 1#0 "4,600 projects": 4400 project vs 4600 project`, msg)
	_, _, _, err = pairs["both"].compare(nil)
	assert.ErrorContains(t, err, "both is both a bilingual file and a pair of texts")
}

// Dir on the suite of examples/suite: the clean pairs pass and the pair
// marked with ExpectConflicts does conflict.
func TestDirExampleSuite(t *testing.T) {
	Dir(t, filepath.Join("..", "..", "examples", "suite", "testdata"), ExpectConflicts("flood-relief"))
}
