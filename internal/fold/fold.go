// Package fold holds the one comparison form of letters that the packages
// of factalign share: lower case, without tone marks or other diacritics,
// đ written d, typographic apostrophes written ', white space and dashes
// written as a space. entities.Fold builds on it, and so do the aligner's
// anchors.
package fold

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Mark is what Rune returns for a combining mark: nothing of it is kept.
const Mark rune = -1

// tableSize bounds the runes Rune looks up in table (ztable.go): Latin
// with all the Vietnamese letters, Greek, Cyrillic and the combining
// marks.
const tableSize = 0x2000

//go:generate go test -run ^TestTable$ -table

// Rune returns the comparison form of r: Mark for a combining mark, ' '
// for white space and dashes, '\” for ’ ‘ ʼ, and otherwise the lower-case
// letter without its diacritics ('Ố' → 'o', 'Đ' → 'd').
func Rune(r rune) rune {
	if r >= 0 && r < tableSize {
		return r + rune(table[r])
	}
	return slow(r)
}

// AppendRune appends the comparison form of r to dst, nothing for a
// combining mark.
func AppendRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf && r >= 0 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if f := Rune(r); f != Mark {
		return utf8.AppendRune(dst, f)
	}
	return dst
}

func slow(r rune) rune {
	switch r {
	case 'đ', 'Đ':
		return 'd'
	case '\u2019', '\u2018', '\u02BC': // ’ ‘ ʼ
		return '\''
	}
	switch {
	case unicode.Is(unicode.Mn, r):
		return Mark
	case unicode.IsSpace(r) || unicode.Is(unicode.Pd, r):
		return ' '
	case r < tableSize: // Latin, Greek, Cyrillic: strip the marks
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
			r, _ = utf8.DecodeRune(d)
		}
	}
	if low := unicode.ToLower(r); low != r && low < tableSize {
		return slow(low) // the Angstrom sign is 'å', which folds to 'a'
	}
	return unicode.ToLower(r)
}
