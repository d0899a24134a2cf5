package align

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldLo and foldHi bound the runes the fold table covers: Latin-1,
// Latin Extended-A and -B, combining marks and Latin Extended Additional
// (all precomposed Vietnamese letters).
const (
	foldLo = 0x80
	foldHi = 0x1F00
)

// foldTable maps a rune in [foldLo, foldHi) to its lower-case base letter
// ('ố' → 'o', 'Đ' → 'd'), to -1 for a combining mark, or to 0 when the
// rune is kept as it is (lower-cased). It is built once from the Unicode
// decompositions in golang.org/x/text/unicode/norm and never changes.
var foldTable = sync.OnceValue(func() []rune {
	t := make([]rune, foldHi-foldLo)
	var buf [utf8.UTFMax]byte
	for r := rune(foldLo); r < foldHi; r++ {
		switch {
		case r == 'đ' || r == 'Đ':
			t[r-foldLo] = 'd'
			continue
		case unicode.Is(unicode.Mn, r):
			t[r-foldLo] = -1
			continue
		}
		n := utf8.EncodeRune(buf[:], r)
		d := norm.NFD.Bytes(buf[:n])
		base, _ := utf8.DecodeRune(d)
		if base < utf8.RuneSelf {
			t[r-foldLo] = unicode.ToLower(base)
		}
	}
	return t
})

// appendFoldRune appends the comparison form of r to dst: lower case,
// without diacritics. It reports false for a combining mark (nothing
// appended).
func appendFoldRune(dst []byte, r rune, table []rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if r >= foldLo && r < foldHi {
		switch f := table[r-foldLo]; {
		case f < 0:
			return dst
		case f > 0:
			return append(dst, byte(f))
		}
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}
