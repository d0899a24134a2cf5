package align

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// lexiconData is a small Vietnamese–English word list written for this
// project; see the comment at its top.
//
//go:embed data/lexicon.tsv
var lexiconData string

// maxPhrase is the most syllables of a Vietnamese lexicon entry.
const maxPhrase = 4

// A lexicon maps Vietnamese words and phrases and English word forms to
// concept numbers: words of the two languages listed on one line share
// a concept.
//
// Both maps are keyed by the FNV-1a hash of the lower-case text, so that
// a lookup neither allocates nor compares strings.
type lexicon struct {
	vi      *table    // "thế giới" → index in viEntry
	viEntry []viEntry // the Vietnamese phrases and their prefixes
	en      *table    // "worlds" → index in enIDs
	enIDs   [][]int32 // concepts of an English word form
	common  []bool    // concept is a very common word (weight lower)
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

// theLexicon is parsed once from lexiconData and never changes.
var theLexicon = sync.OnceValue(func() *lexicon { return parseLexicon(lexiconData) })

func parseLexicon(data string) *lexicon {
	vi := map[uint64]viEntry{}
	en := map[uint64][]int32{}
	lx := &lexicon{}
	ids := map[string]int32{}
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		v, e, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		common := strings.HasPrefix(v, "*")
		sylls := strings.Fields(strings.ToLower(norm.NFC.String(strings.TrimPrefix(v, "*"))))
		if len(sylls) == 0 || len(sylls) > maxPhrase {
			continue
		}
		v = strings.Join(sylls, " ")
		id, seen := ids[v]
		if !seen {
			id = int32(len(lx.common))
			ids[v] = id
			lx.common = append(lx.common, common)
		} else if common {
			lx.common[id] = true
		}
		h := uint64(fnvOffset)
		for k, syl := range sylls {
			if k > 0 {
				h = hashMore(h, " ")
			}
			h = hashMore(h, syl)
			e, ok := vi[h]
			if !ok {
				e.id = -1
			}
			if k == len(sylls)-1 {
				e.id = id
			} else {
				e.longer = true
			}
			vi[h] = e
		}
		for _, w := range strings.Fields(e) {
			for _, f := range inflections(w) {
				hf := hashMore(fnvOffset, f)
				if ids := en[hf]; len(ids) == 0 || ids[len(ids)-1] != id {
					en[hf] = append(ids, id)
				}
			}
		}
	}
	lx.vi = newTable(len(vi))
	for h, e := range vi {
		lx.vi.put(h, int32(len(lx.viEntry)))
		lx.viEntry = append(lx.viEntry, e)
	}
	lx.en = newTable(len(en))
	for h, ids := range en {
		lx.en.put(h, int32(len(lx.enIDs)))
		lx.enIDs = append(lx.enIDs, ids)
	}
	return lx
}

// enConcepts returns the concepts of the English word form whose hash is h.
func (lx *lexicon) enConcepts(h uint64) []int32 {
	if x, ok := lx.en.get(h); ok {
		return lx.enIDs[x]
	}
	return nil
}

// inflections returns w and its regular English inflections: plural or
// third person, past, and -ing, with the usual spelling changes, by the
// rules of data/en-inflections.tsv.
func inflections(w string) []string {
	return theInflections().inflect(w)
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
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		buf = buf[:0]
		for i < len(text) {
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
