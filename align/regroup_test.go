package align

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// zeroGroupRE is what zeroGroup finds, as a regular expression: the test
// holds the two to each other.
var zeroGroupRE = regexp.MustCompile(`(?:^|[^0-9.,])([0-9]{1,3})[.,]000(?:[^0-9]|$)`)

func TestZeroGroup(t *testing.T) {
	for _, s := range []string{
		"60,000", "280.000 đồng", "US$350,000", "1,000,000", "1234,000", "60,0000", "60,000.5",
		"x 7.000", ".5,000", "5,00", "", "12 và 60,000", "1.5,000 3,000", "60,000x",
	} {
		got, ok := zeroGroup(s)
		want := zeroGroupRE.FindStringSubmatch(s)
		if want == nil {
			assert.False(t, ok, s)
			continue
		}
		assert.True(t, ok, s)
		assert.Equal(t, want[1], got, s)
	}
}

func FuzzZeroGroup(f *testing.F) {
	f.Add("60,000")
	f.Add("a1.000b")
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := zeroGroup(s)
		want := zeroGroupRE.FindStringSubmatch(s)
		if (want != nil) != ok || ok && want[1] != got {
			t.Fatalf("zeroGroup(%q) = %q, %v; the expression finds %q", s, got, ok, want)
		}
	})
}
