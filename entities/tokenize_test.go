package entities

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTokenize checks that tokenize gives the tokens and the Fold forms
// of tokenizeRef, the plain tokenizer it was made faster from, and that
// tokenizeIn finds in the tables what each token starts.
func FuzzTokenize(f *testing.F) {
	for _, name := range []string{"testdata/extract.txt", "testdata/heldout-names.txt"} {
		if b, err := os.ReadFile(name); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if cols := strings.Split(line, "\t"); len(cols) == 3 {
					f.Add(cols[1])
				}
			}
		}
	}
	f.Add("Tổng Bí thư Tô Lâm (TBT) \xff\xfe Lâm")
	f.Add("U.S.A. (USA) Mr. X-y-z's ( Việt Nam’s O’Neill x.ÀB a'\u0301 \u0301b")
	f.Fuzz(func(t *testing.T, text string) {
		toks, buf := tokenize(text, nil, nil)
		want, wantBuf := tokenizeRef(text, nil, nil)
		if !slices.Equal(toks, want) || string(buf) != string(wantBuf) {
			t.Fatalf("tokenize(%q) = %v %q, want %v %q", text, toks, buf, want, wantBuf)
		}
		// tokenizeIn looks each token up as lookUpFirsts does.
		for _, x := range []*index{tables().vi, tables().en} {
			_, _, firsts := tokenizeIn(x, text, nil, nil, nil)
			if len(firsts) != len(toks) {
				t.Fatalf("tokenizeIn(%q): %d firsts for %d tokens", text, len(firsts), len(toks))
			}
			for i, f := range firsts {
				if w := buf[foldStart(toks, i):toks[i].fe]; f != *x.first(w) {
					t.Fatalf("tokenizeIn(%q): token %d %q: %v, want %v", text, i, w, f, *x.first(w))
				}
			}
		}
	})
}

// tokenizeRef is the tokenizer before appendToken (readToken then),
// kept to check that tokenize gives the same tokens and Fold forms. It splits text into tokens and writes their Fold forms, separated
// by single spaces, to buf, so that the Fold form of tokens i..j is
// buf[foldStart(toks, i):toks[j].fe]. It writes over toks and buf from
// their start and returns them.
// It runs in time linear in len(text) and never fails: invalid UTF-8 is a
// separator.
func tokenizeRef(text string, toks []token, buf []byte) ([]token, []byte) {
	toks, buf = toks[:0], buf[:0]
	gap := gapStop
	gapStart := 0
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if classOf(r)&classWord == 0 || r == utf8.RuneError {
			i += size
			continue
		}
		// A token starts at i.
		gap = max(gap, classifyGap(text[gapStart:i]))
		t := token{start: int32(i), gap: gap}
		j := i
		for j < len(text) {
			r, size := rune(text[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[j:])
			}
			c := classOf(r)
			switch {
			case r == utf8.RuneError && size == 1:
			case c&classWord != 0:
				switch {
				case c&classUpper != 0:
					t.flags |= tokLetters
					if t.upper < 255 {
						t.upper++
					}
					if j == i {
						t.flags |= tokCapital
					}
				case c&classLower != 0:
					t.flags |= tokLetters | tokLower
				case c&classLetter != 0:
					t.flags |= tokLetters
				case c&classDigit != 0:
					t.flags |= tokDigit
				}
				j += size
				continue
			case r == '\'' || r == '’' || r == '.':
				// Inner apostrophe or dot: only between two word runes,
				// and not the possessive 's, which is a word of its own
				// so that "Việt Nam’s" holds "Việt Nam".
				if next, nsize := utf8.DecodeRuneInString(text[j+size:]); isWordRune(next) && next != utf8.RuneError && !(r != '.' && possessive(text[j+size:])) {
					j += size + nsize
					if unicode.IsLetter(next) {
						t.flags |= tokLetters
						if unicode.IsUpper(next) {
							if t.upper < 255 {
								t.upper++
							}
						} else if unicode.IsLower(next) {
							t.flags |= tokLower
						}
					} else if unicode.IsDigit(next) {
						t.flags |= tokDigit
					}
					continue
				}
				// A final dot after one capital letter that follows a
				// dot: "U.S." keeps its last dot.
				if r == '.' && j-i >= 3 && text[j-2] == '.' && 'A' <= text[j-1] && text[j-1] <= 'Z' {
					j += size
				}
			}
			break
		}
		t.end = int32(j)
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = appendFold(buf, text[i:j])
		t.fe = int32(len(buf))
		toks = append(toks, t)
		i = j
		gapStart = j
		gap = gapSpace
	}
	return toks, buf
}

// TestWordRunesFold checks what appendToken relies on: no word rune, and no
// inner apostrophe or dot, folds to a separator, so that the Fold form of a
// token is that of its runes one by one.
func TestWordRunesFold(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !isWordRune(r) && r != '\'' && r != '’' && r != '.' {
			continue
		}
		if got, want := string(appendFoldRune(nil, r)), Fold(string(r)); got != want {
			t.Errorf("appendFoldRune(%U) = %q, Fold gives %q", r, got, want)
		}
	}
}
