package align

import (
	"bytes"
	"iter"
	"strings"
	"unicode/utf8"
)

//go:generate go test -run ^TestTables$ -tables

// maxPhrase is the most syllables of a Vietnamese lexicon entry.
const maxPhrase = 4

// A lexicon maps Vietnamese words and phrases and English word forms to
// concept numbers: words of the two languages listed on one line of
// data/lexicon.tsv share a concept.
//
// Both tables are keyed by the FNV-1a hash of the lower-case text, so
// that a lookup neither allocates nor compares strings. The lexicon the
// package uses is lexiconTables of ztables.go, laid out from the data
// files by the generator in tables_build_test.go; it is never modified.
type lexicon struct {
	vi      *table    // "thế giới" → index in viEntry
	viEntry []viEntry // the Vietnamese phrases and their prefixes
	en      *table    // "worlds" → index i of the word form in enEnds
	enIDs   []int32   // concepts of English word form i: enIDs[enEnds[i-1]:enEnds[i]]
	enEnds  []int32
	common  []bool // concept is a very common word (weight lower)
}

// A viEntry is a Vietnamese phrase of the lexicon or the start of one.
type viEntry struct {
	id     int32 // concept, or -1 when only longer phrases start here
	longer bool  // some longer phrase starts with this one
}

// hashMore continues an FNV-1a hash with the bytes of s.
func hashMore[T string | []byte](h uint64, s T) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// theLexicon returns the lexicon of ztables.go, generated from
// data/lexicon.tsv and data/en-inflections.tsv.
func theLexicon() *lexicon { return &lexiconTables }

// enConcepts returns the concepts of the English word form whose hash is h.
func (lx *lexicon) enConcepts(h uint64) []int32 {
	x, ok := lx.en.get(h)
	if !ok {
		return nil
	}
	lo := int32(0)
	if x > 0 {
		lo = lx.enEnds[x-1]
	}
	return lx.enIDs[lo:lx.enEnds[x]]
}

// lexiconAnchors adds one anchor for each lexicon concept the sentence
// names: Vietnamese phrases matched longest first, English words after
// dropping 's and turning n't into "not".
func lexiconAnchors(b *anchorBuilder, in *sentenceInput) {
	lx := theLexicon()
	if in.vi {
		viLexicon(b, in.text, lx)
	} else {
		enLexicon(b, in.text, lx)
	}
}

func (b *anchorBuilder) addConcept(lx *lexicon, id int32) {
	cls := clsWord
	if lx.common[id] {
		cls = clsCommon
	}
	k := [4]byte{byte(id), byte(id >> 8), byte(id >> 16), byte(id >> 24)}
	b.add(cls, k[:])
}

// viLexicon matches the syllables of text against the Vietnamese side.
func viLexicon(b *anchorBuilder, text string, lx *lexicon) {
	// Syllables, lower-cased, as spans into one buffer.
	type span struct{ s, e int }
	var sylls [64]span
	buf := b.buf[:0]
	flush := func(n int) {
		// Greedy longest match over sylls[:n].
		for i := 0; i < n; {
			h := uint64(fnvOffset)
			best, bestLen := int32(-1), 1
			for l := 1; l <= maxPhrase && i+l <= n; l++ {
				if l > 1 {
					h = hashMore(h, " ")
				}
				h = hashMore(h, buf[sylls[i+l-1].s:sylls[i+l-1].e])
				x, ok := lx.vi.get(h)
				if !ok {
					break
				}
				e := lx.viEntry[x]
				if e.id >= 0 {
					best, bestLen = e.id, l
				}
				if !e.longer {
					break
				}
			}
			if best >= 0 {
				b.addConcept(lx, best)
			}
			i += bestLen
		}
	}
	n := 0
	for i := 0; i < len(text); {
		if text[i] == ' ' && n < len(sylls) {
			i++ // between the syllables of a phrase
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			if r != ' ' || n == len(sylls) {
				flush(n)
				n = 0
				buf = buf[:0]
			}
			continue
		}
		s := len(buf)
		for i < len(text) {
			if c := text[i]; 'a' <= c && c <= 'z' {
				buf = append(buf, c) // the commonest letter, lower case already
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			buf = appendLower(buf, r)
			i += size
		}
		sylls[n] = span{s, len(buf)}
		n++
	}
	flush(n)
	b.buf = buf
}

// enLexicon matches the words of text against the English side.
func enLexicon(b *anchorBuilder, text string, lx *lexicon) {
	buf := b.buf[:0]
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			i++ // between words: the commonest character of none
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		buf = buf[:0]
		for i < len(text) {
			if c := text[i]; 'a' <= c && c <= 'z' {
				buf = append(buf, c) // the commonest letter, lower case already
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == '\'' || r == '’' {
				// Keep an apostrophe between letters: don't, it's.
				if i+size < len(text) {
					r2, _ := utf8.DecodeRuneInString(text[i+size:])
					if isWordRune(r2) {
						buf = append(buf, '\'')
						i += size
						continue
					}
				}
				break
			}
			if !isWordRune(r) {
				break
			}
			buf = appendLower(buf, r)
			i += size
		}
		w := buf
		if k := bytes.IndexByte(w, '\''); k >= 0 {
			// A contraction: "can't" is "can" and "not", "don't" is "do"
			// and "not" (data/en-inflections.tsv).
			stem, word, ok := theInflections().contracted(string(w[:k]), string(w[k:]))
			w = append(w[:0], stem...)
			if ok {
				for _, id := range lx.enConcepts(hashMore(fnvOffset, word)) {
					b.addConcept(lx, id)
				}
			}
		}
		for _, id := range lx.enConcepts(hashMore(fnvOffset, w)) {
			b.addConcept(lx, id)
		}
	}
	b.buf = buf
}

// dataLines yields the lines of a data file that hold data, with their
// numbers counted from one for the errors that name them: not the blank
// ones, nor the comments that start with '#'; the line ends cut.
func dataLines(data string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 0
		for line := range strings.Lines(data) {
			n++
			line = strings.TrimRight(line, "\r\n")
			if strings.TrimSpace(line) == "" || line[0] == '#' {
				continue
			}
			if !yield(n, line) {
				return
			}
		}
	}
}
