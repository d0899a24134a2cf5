package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factalign/factalign/internal/fold"
)

// gapKind classifies the text between two tokens, from the most to the
// least joinable.
type gapKind uint8

const (
	gapSpace  gapKind = iota // spaces or tabs only: "Tô Lâm"
	gapHyphen                // a hyphen or dash with no space: "Jae-myung"
	gapDash                  // a dash with spaces, or an apostrophe: "Bà Rịa - Vũng Tàu", "Workers' Party"
	gapComma                 // a comma and spaces: "Văn hóa, Thể thao", which a name of the table may hold
	gapPunct                 // anything else inside a sentence: ", " "(" ")"
	gapStop                  // a sentence or line end: ". " ";" "\n", or the start of the text
)

// A token is a word of the text: a run of letters, digits and marks, with
// inner apostrophes (People's) and inner dots (U.S., TP.HCM). Its Fold
// form ends at fe in the fold buffer and starts where foldStart says: a
// token is 16 bytes, and a long text has one every 5 or 6 bytes.
type token struct {
	start, end int32    // byte offsets in the text; Extract splits longer texts
	fe         int32    // the end of the Fold form of the token in the fold buffer
	gap        gapKind  // the text before the token
	upper      uint8    // upper-case letters, at most 255
	flags      tokFlags // what the token's letters are, and whether it is mute
}

// tokFlags are the facts of a token that are true or false.
type tokFlags uint8

const (
	tokCapital tokFlags = 1 << iota // the first letter is upper case
	tokLower                        // some letter is lower case
	tokLetters                      // the token has a letter
	tokDigit                        // the token has a digit
	tokMute                         // part of a dateline, a credit or a tag: no entity (see credits.go)
)

// capital reports whether the first letter of t is upper case.
func (t *token) capital() bool { return t.flags&tokCapital != 0 }

// lower reports whether some letter of t is lower case.
func (t *token) lower() bool { return t.flags&tokLower != 0 }

// letters reports whether t has a letter.
func (t *token) letters() bool { return t.flags&tokLetters != 0 }

// digit reports whether t has a digit.
func (t *token) digit() bool { return t.flags&tokDigit != 0 }

// mute reports whether t is part of a dateline, a credit or a tag, which
// names no entity.
func (t *token) mute() bool { return t.flags&tokMute != 0 }

// foldStart returns where the Fold form of token i of toks starts in the
// fold buffer that tokenize wrote them with: after the form of the token
// before it and the space that tokenize puts after a form, but for forms
// at the start of the buffer.
func foldStart(toks []token, i int) int32 {
	if i == 0 || toks[i-1].fe == 0 {
		return 0
	}
	return toks[i-1].fe + 1
}

// tokenize splits text into tokens and writes their Fold forms, separated
// by single spaces, to buf, so that the Fold form of tokens i..j is
// buf[foldStart(toks, i):toks[j].fe]. It writes over toks and buf from
// their start and returns them.
// It runs in time linear in len(text) and never fails: invalid UTF-8 is a
// separator.
func tokenize(text string, toks []token, buf []byte) ([]token, []byte) {
	toks, buf, _ = tokenizeIn(nil, text, toks, buf, nil)
	return toks, buf
}

// tokenizeIn is tokenize that also looks each token up in x as it reads
// it, unless x is nil: firsts[i] is x.first of the Fold form of token i.
// It writes over firsts from its start too.
func tokenizeIn(x *index, text string, toks []token, buf []byte, firsts []firstWord) ([]token, []byte, []firstWord) {
	t := tokenizer{x: x, text: text, toks: toks[:0], buf: buf[:0], firsts: firsts[:0]}
	gap := gapStop
	for end := 0; ; {
		i := end + 1 // a token starts at i
		if !spaceThenWord(text, end) {
			if i = nextWord(text, end); i == len(text) {
				break
			}
			if i != end+1 || text[end] != ' ' {
				gap = max(gap, classifyGap(text[end:i])) // one space is gapSpace, and gap is at least that
			}
		}
		end = t.appendToken(i, gap)
		gap = gapSpace
	}
	return t.toks, t.buf, t.firsts
}

// A tokenizer holds what tokenizeIn writes as it reads text: the tokens,
// their Fold forms and, unless x is nil, what x says starts with each.
// appendToken reads and writes them in memory, where a call that took and
// returned the slices moved six words through registers, and spilled the
// caller's, at every token.
type tokenizer struct {
	x      *index
	text   string
	toks   []token
	buf    []byte
	firsts []firstWord
}

// spaceThenWord reports whether text[i:] starts with a space and an
// ASCII letter or digit, the most common gap, which needs no call of
// nextWord or classifyGap: the word starts after the space, and the gap is
// gapSpace.
func spaceThenWord(text string, i int) bool {
	return i+1 < len(text) && text[i] == ' ' && text[i+1] < utf8.RuneSelf && runeClasses[text[i+1]]&classWord != 0
}

// nextWord returns where the first word rune at or after text[i] is, or
// len(text). Invalid UTF-8 decodes to U+FFFD, which is no word rune.
func nextWord(text string, i int) int {
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = runeAt(text, i)
		}
		if classOf(r)&classWord != 0 {
			return i
		}
		i += size
	}
	return len(text)
}

// appendToken reads the token that starts with the word rune at text[i],
// after a gap of kind gap, appends its Fold form to t.buf as it goes
// (after a space, but for the first), so that each rune is decoded once,
// appends the token to t.toks, looks it up while its Fold form is at hand,
// and returns where the token ends.
// It appends rather than returns the token so that no copy of it is read
// back whole over the fields just written, which store forwarding cannot
// serve.
func (t *tokenizer) appendToken(i int, gap gapKind) (end int) {
	text, buf := t.text, t.buf
	if len(buf) > 0 {
		buf = append(buf, ' ')
	}
	foldStart := len(buf)
	// Lower-case ASCII letters and digits, most of English, are their
	// own Fold form.
	j := i
	var f letterFacts // not a token, which the compiler keeps in memory: its two fields stay in registers
	for ; j < len(text); j++ {
		c := text[j]
		if 'a' <= c && c <= 'z' {
			f.flags |= tokLetters | tokLower
		} else if '0' <= c && c <= '9' {
			f.flags |= tokDigit
		} else {
			break
		}
		buf = append(buf, c)
	}
	for j < len(text) {
		c := text[j]
		if 'a' <= c && c <= 'z' {
			f.flags |= tokLetters | tokLower
			buf = append(buf, c)
			j++
			continue
		}
		if 'A' <= c && c <= 'Z' {
			f = f.addClass(classLetter|classUpper, j == i)
			buf = append(buf, c+'a'-'A')
			j++
			continue
		}
		r, size := rune(c), 1
		if r >= utf8.RuneSelf {
			var two bool
			if r, two = twoAt(text[j:]); two {
				size = 2
			} else if r, two = threeAt(text[j:]); two {
				size = 3
			} else {
				r, size = utf8.DecodeRuneInString(text[j:])
			}
		}
		if c := classOf(r); c&classWord != 0 {
			f = f.addClass(c, j == i)
			if folded := foldRune(r); uint32(folded) < utf8.RuneSelf {
				buf = append(buf, byte(folded)) // most letters of Vietnamese
			} else {
				buf = appendFoldRune(buf, r)
			}
			j += size
			continue
		}
		if r == '\'' || r == '’' || r == '.' {
			// Inner apostrophe or dot: only between two word runes,
			// and not the possessive 's, which is a word of its own
			// so that "Việt Nam’s" holds "Việt Nam".
			if next, nsize := utf8.DecodeRuneInString(text[j+size:]); isWordRune(next) && !(r != '.' && possessive(text[j+size:])) {
				buf = appendFoldRune(appendFoldRune(buf, r), next)
				j += size + nsize
				f = f.addInner(next)
				continue
			}
			// A final dot after one capital letter that follows a
			// dot: "U.S." keeps its last dot.
			if r == '.' && j-i >= 3 && text[j-2] == '.' && 'A' <= text[j-1] && text[j-1] <= 'Z' {
				buf = append(buf, '.')
				j += size
			}
		}
		break
	}
	if cap(buf) == cap(t.buf) {
		t.buf = t.buf[:len(buf)] // the same array: only the length is stored, with no write barrier
	} else {
		t.buf = buf // grown
	}
	t.toks = append(t.toks, token{})
	k := &t.toks[len(t.toks)-1] // its fields written in place: a token literal is built on the stack and copied whole
	k.start, k.end, k.fe = int32(i), int32(j), int32(len(buf))
	k.gap, k.upper, k.flags = gap, f.upper, f.flags
	t.lookUp(buf[foldStart:])
	return j
}

// lookUp appends what starts with the word w, folded, to t.firsts, unless
// t.x is nil.
func (t *tokenizer) lookUp(w []byte) {
	if t.x != nil {
		t.firsts = append(t.firsts, *t.x.first(w))
	}
}

// runeAt decodes the rune at text[j], a byte of at least 0x80, as
// utf8.DecodeRuneInString does, but without its tables for the two-byte
// runes and those of U+1000–U+1FFF, where the letters of Vietnamese are.
func runeAt(text string, j int) (rune, int) {
	if r, ok := twoAt(text[j:]); ok {
		return r, 2
	}
	return runeAtWide(text, j)
}

// twoAt decodes the rune of two bytes that s starts with, if it does: a
// test small enough to be inlined where tokens are read.
func twoAt(s string) (rune, bool) {
	if len(s) > 1 && s[0]-0xC2 <= 0xDF-0xC2 && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), true // any such pair is a valid rune
	}
	return 0, false
}

// runeAtWide is runeAt for a rune of three or four bytes, or invalid
// UTF-8.
func runeAtWide(text string, j int) (rune, int) {
	if r, ok := threeAt(text[j:]); ok {
		return r, 3
	}
	return utf8.DecodeRuneInString(text[j:])
}

// threeAt decodes the rune of U+1000–U+1FFF that s starts with, if it
// does: Latin Extended Additional holds the letters of Vietnamese with
// two marks.
func threeAt(s string) (rune, bool) {
	if len(s) > 2 && s[0] == 0xE1 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return 0x1000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), true
	}
	return 0, false
}

// letterFacts are what a token's runes tell of it as appendToken reads
// them: its flags but tokMute, and its upper-case letters.
type letterFacts struct {
	flags tokFlags
	upper uint8 // at most 255
}

// addClass returns f with the facts of a word rune of class c, the first
// of the token if first.
func (f letterFacts) addClass(c uint8, first bool) letterFacts {
	switch {
	case c&classUpper != 0:
		f.flags |= tokLetters
		if f.upper < 255 {
			f.upper++
		}
		if first {
			f.flags |= tokCapital
		}
	case c&classLower != 0:
		f.flags |= tokLetters | tokLower
	case c&classLetter != 0:
		f.flags |= tokLetters
	case c&classDigit != 0:
		f.flags |= tokDigit
	}
	return f
}

// appendFoldRune appends the Fold form of r, a word rune or an inner
// apostrophe or dot of a token, to dst: appendFold of the token is that
// of its runes, since none of them folds to a separator
// (TestWordRunesFold).
func appendFoldRune(dst []byte, r rune) []byte {
	if uint32(r) < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	f := foldRune(r)
	if 0 <= f && f < utf8.RuneSelf {
		return append(dst, byte(f)) // most letters of Vietnamese
	}
	if f != fold.Mark {
		return utf8.AppendRune(dst, f)
	}
	return dst
}

// addInner returns f with the facts of the word rune r after an inner
// apostrophe or dot.
func (f letterFacts) addInner(r rune) letterFacts {
	if unicode.IsLetter(r) {
		f.flags |= tokLetters
		if unicode.IsUpper(r) {
			if f.upper < 255 {
				f.upper++
			}
		} else if unicode.IsLower(r) {
			f.flags |= tokLower
		}
	} else if unicode.IsDigit(r) {
		f.flags |= tokDigit
	}
	return f
}

// possessive reports whether s starts with the s of a possessive 's:
// an s that ends the word.
func possessive(s string) bool {
	if s == "" || s[0] != 's' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[1:])
	return len(s) == 1 || !isWordRune(r) || r == utf8.RuneError
}

// isWordRune reports whether r is part of a word: a letter, a digit or a
// combining mark.
func isWordRune(r rune) bool {
	return classOf(r)&classWord != 0
}

// Rune classes, as bits.
const (
	classLetter uint8 = 1 << iota
	classUpper
	classLower
	classDigit
	classMark
	classWord = classLetter | classDigit | classMark
)

// classOf returns the class bits of r: classSlow(r), read below U+2000
// from runeClasses, which ztables.go holds.
func classOf(r rune) uint8 {
	if r >= 0 && r < rune(len(runeClasses)) {
		return runeClasses[r]
	}
	return classSlow(r)
}

// classSlow returns the class bits of r from the Unicode tables.
func classSlow(r rune) uint8 {
	var c uint8
	switch {
	case unicode.IsLetter(r):
		c = classLetter
		if unicode.IsUpper(r) {
			c |= classUpper
		} else if unicode.IsLower(r) {
			c |= classLower
		}
	case unicode.IsDigit(r):
		c = classDigit
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
		c = classMark
	}
	return c
}

// classifyGap returns the kind of the text between two tokens.
func classifyGap(s string) gapKind {
	switch s {
	case "":
		return gapSpace // cannot happen between tokens, but is harmless
	case ", ":
		return gapComma // the most common gaps after one space
	case ". ":
		return gapStop
	}
	k := gapSpace
	spaced := false
	for i, r := range s {
		switch {
		case r == '.' && strings.HasPrefix(s[i+1:], ","):
			k = max(k, gapComma) // "Co., Ltd": the dot of an abbreviation
		case r == ' ' || r == '\t' || r == '\u00a0':
			spaced = true
		case r == '\n' || r == '\r' || r == '.' || r == '!' || r == '?' || r == ';' || r == ':' || r == '…' || r == '\u2028' || r == '\u2029':
			return gapStop
		case r == '-' || r == '–' || r == '—' || r == '‐' || r == '‑':
			if spaced {
				k = max(k, gapDash)
			} else {
				k = max(k, gapHyphen)
			}
		case r == '\'' || r == '’':
			k = max(k, gapDash)
		case r == '&' && s == "&":
			k = gapHyphen // "GD&ĐT" is "GD-ĐT"
		case r == ',':
			k = max(k, gapComma)
		default:
			k = gapPunct
		}
	}
	if k == gapHyphen && spaced {
		k = gapDash
	}
	return k
}
