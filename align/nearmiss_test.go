package align

import (
	"strings"
	"testing"

	"github.com/agnivade/levenshtein"
)

// nearMissStrings returns the strings of up to three characters of
// alphabet, and a few beyond ASCII.
func nearMissStrings(alphabet string) []string {
	out := []string{"", "–1", "1–", "½", "1½", "–"}
	level := []string{""}
	for range 3 {
		var next []string
		for _, s := range level {
			for _, c := range alphabet {
				next = append(next, s+string(c))
			}
		}
		out = append(out, next...)
		level = next
	}
	return out
}

// TestOneKeystrokeLengths checks that two strings of other lengths are
// one keystroke apart exactly when their edit distance is one.
func TestOneKeystrokeLengths(t *testing.T) {
	ss := nearMissStrings("019.-")
	for _, a := range ss {
		for _, b := range ss {
			if len(a) == len(b) {
				continue
			}
			if got, want := oneKeystroke(a, b), levenshtein.ComputeDistance(a, b) == 1; got != want {
				t.Errorf("oneKeystroke(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestSignificant checks significant against its definition: the digits
// left once the decimal mark is dropped and the zeros and signs at each
// end are trimmed.
func TestSignificant(t *testing.T) {
	for _, s := range append(nearMissStrings("0.-7"), "0.000120", "1234567890123456789012345678901234567.5") {
		if got, want := significant(s), len(strings.Trim(strings.Replace(s, ".", "", 1), "0-")); got != want {
			t.Errorf("significant(%q) = %d, want %d", s, got, want)
		}
	}
}
