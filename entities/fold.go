package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/factalign/factalign/internal/fold"
)

// Fold returns the comparison form of s: lower case, with tone marks and
// other diacritics removed (including đ → d and ü → u), typographic
// apostrophes written ', and every run of white space, hyphens and dashes
// turned into a single space, trimmed at both ends.
//
//	Fold("Tô Lâm") == "to lam"
//	Fold("Lee Jae-myung") == "lee jae myung"
//	Fold("ĐÀ NẴNG") == "da nang"
//	Fold("People’s Action Party") == "people's action party"
//
// Fold works on NFC and NFD input alike. Invalid UTF-8 bytes are dropped.
// Fold does not join syllables: Fold("Việt Nam") is "viet nam", not
// "vietnam"; [Match] and the keys of [Extract] take care of that.
func Fold(s string) string {
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// appendFold appends Fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	space := true // at start: drop leading separators
	n0 := len(dst)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				if !space {
					dst = append(dst, ' ')
					space = true
				}
				continue
			}
			dst = append(dst, c)
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			continue
		}
		r = fold.Rune(r)
		switch r {
		case fold.Mark:
			continue
		case ' ':
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			continue
		}
		dst = utf8.AppendRune(dst, r)
		space = false
	}
	if space && len(dst) > n0 {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// foldRune folds one non-ASCII rune: it returns -1 for a combining mark,
// ' ' for a separator, and otherwise the lower-case base letter.
func foldRune(r rune) rune { return fold.Rune(r) }

// marks returns the diacritics of s in a form that ignores where a tone
// mark sits within its syllable: the lower-case letters with their
// vowel-quality marks (â ă ê ô ơ ư đ), then "|", then the tone marks in
// order. marks("Thanh Hóa") == marks("Thanh Hoá"), but
// marks("Ảnh") != marks("Anh") and marks("Thạnh") != marks("Thanh").
func marks(s string) string {
	b, tones := appendMarks(nil, nil, norm.NFD.AppendString(nil, s))
	b = append(b, '|')
	return string(append(b, tones...))
}

// hasMarks reports whether marks(s) == m, without allocating for a name
// of up to 64 bytes but the first time: Extract asks it of the forms of
// the tables that a name of the text is not written as. It keeps the NFD
// form of s in e.nfd.
func (e *extractor) hasMarks(s, m string) bool {
	var letters, tones [64]byte
	e.nfd = norm.NFD.AppendString(e.nfd[:0], s)
	b, t := appendMarks(letters[:0], tones[:0], e.nfd)
	return len(m) == len(b)+1+len(t) && m[:len(b)] == string(b) && m[len(b)] == '|' && m[len(b)+1:] == string(t)
}

// appendMarks appends to b the lower-case letters and the combining marks
// of nfd, a text in NFD, but the tone marks, which it appends to tones as
// digits.
func appendMarks(b, tones, nfd []byte) ([]byte, []byte) {
	for len(nfd) > 0 {
		r, n := utf8.DecodeRune(nfd)
		nfd = nfd[n:]
		switch r {
		case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
			tones = append(tones, byte(r-'\u0300'+'0'))
			continue
		}
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b, tones
}

// ascii reports whether s is plain ASCII, as Vietnamese written without
// diacritics is.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// slug turns a phrase into the id part of a key: Fold, then apostrophes
// and dots dropped and spaces written as hyphens.
// slug("People’s Action Party") == "peoples-action-party".
func slug(s string) string {
	return string(appendSlug(nil, s))
}

// appendSlug appends slug(s) to dst.
func appendSlug(dst []byte, s string) []byte {
	n := len(dst)
	dst = appendFold(dst, s)
	w := n
	for _, c := range dst[n:] {
		switch c {
		case '\'', '.', ',', '(', ')':
			continue
		case ' ':
			c = '-'
		}
		dst[w] = c
		w++
	}
	return dst[:w]
}

// equalFold is strings.EqualFold, which reads a cue of the text against
// the tables' spelling of it ("Ông" and "ông", but not "ống"), with the
// cases of the Latin letters of Vietnamese from a table: EqualFold walks
// the Unicode case orbit of each rune that differs, some 300
// instructions a call for words that differ only in their marks.
func equalFold(s, t string) bool {
	for s != "" && t != "" {
		a, n := utf8.DecodeRuneInString(s)
		b, m := utf8.DecodeRuneInString(t)
		if a != b {
			ka, aok := caseIndex(a)
			kb, bok := caseIndex(b)
			if !aok || !bok {
				return strings.EqualFold(s, t) // the runes before s and t are equal ignoring case
			}
			if caseKeys[ka] != caseKeys[kb] {
				return false
			}
		}
		s, t = s[n:], t[m:]
	}
	return s == t
}

// caseKeyRunes is how many runes caseKeys holds: U+0000–U+024F (ASCII to
// Latin Extended-B) and U+1E00–U+1EFF (Latin Extended Additional).
const caseKeyRunes = 0x250 + 0x100

// caseIndex returns the place of r in caseKeys, if it is there.
func caseIndex(r rune) (int, bool) {
	switch {
	case 0 <= r && r < 0x250:
		return int(r), true
	case 0x1E00 <= r && r < 0x1F00:
		return int(r-0x1E00) + 0x250, true
	}
	return 0, false
}

// caseKeys (zcase.go) holds, for each rune that caseIndex places, the
// least rune of those places that unicode.SimpleFold leads to from it:
// two runes of them are equal to strings.EqualFold just when their keys
// are. It is generated from package unicode, which TestTables checks it
// still agrees with, so that no process computes it at start-up.
