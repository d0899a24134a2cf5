package align

import (
	"testing"
	"unicode"
)

// TestWordRunes checks the word tests of the aligner, fast paths and all,
// against package unicode for every rune.
func TestWordRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		letter, digit := unicode.IsLetter(r), unicode.IsDigit(r)
		if got, want := isWordRune(r), letter || digit || unicode.Is(unicode.Mn, r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := isSlotWordRune(r), letter || digit || r == '-'; got != want {
			t.Errorf("isSlotWordRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := isUpper(r), unicode.IsUpper(r) || unicode.IsTitle(r); got != want {
			t.Errorf("isUpper(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestIsLetter checks isLetter against unicode.IsLetter for every rune.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v, unicode.IsLetter says %v", r, isLetter(r), unicode.IsLetter(r))
		}
	}
}
