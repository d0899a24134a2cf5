package entities

import (
	"testing"
)

// firstRef is index.first as it was before shortWords: the look-up of
// the word in the string table of all the words.
func firstRef(x *index, w []byte) firstWord {
	if i := x.words.IndexBytes(w); i >= 0 {
		return x.firsts[i]
	}
	return firstWord{}
}

// TestShortTables checks that first, formsOf and cuesOf find every word
// and phrase of the tables, with or without room after it, as the string
// tables do.
func TestShortTables(t *testing.T) {
	for _, x := range []*index{tables().vi, tables().en} {
		for _, tab := range []struct {
			keys  *strTable
			short *shortTable
		}{{&x.phrases, &x.shortPhrases}, {&x.cuePhrases, &x.shortCues}} {
			for i, w := range tab.keys.Keys() {
				for _, b := range roomyAndTight(w) {
					if got := indexIn(tab.short, tab.keys, b); got != i {
						t.Errorf("indexIn(%q) = %d, want %d", w, got, i)
					}
				}
			}
		}
		for i, w := range x.phrases.Keys() {
			for _, b := range roomyAndTight(w) {
				if got := x.phraseIndex(b); got != i {
					t.Errorf("phraseIndex(%q) = %d, want %d", w, got, i)
				}
			}
		}
		for i, w := range x.words.Keys() {
			for _, b := range roomyAndTight(w) {
				if got := *x.first(b); got != x.firsts[i] {
					t.Errorf("first(%q) = %v, want %v", w, got, x.firsts[i])
				}
			}
		}
	}
}

// roomyAndTight returns w in a buffer with room after it, and in one
// without.
func roomyAndTight(w string) [][]byte {
	return [][]byte{append(make([]byte, 0, len(w)+16), w...), []byte(w)[:len(w):len(w)]}
}

// FuzzFirst checks first and the look-ups of phrases against the string
// tables on any word, and with any bytes after it in its buffer.
func FuzzFirst(f *testing.F) {
	f.Add("nam", "xyz")
	f.Add("viet", "")
	f.Add("a\x00", "")
	f.Add("a", "\x00")
	f.Add("cooperation", "s and")
	f.Add("123456789012345", "6")
	f.Add("viet nam", "")
	f.Add("ha noi", " va")
	f.Add("tong cong ty dien luc viet nam", "")
	f.Add("tong cong ty dien", " luc")
	f.Fuzz(func(t *testing.T, w, after string) {
		b := []byte(w + after)[:len(w)]
		for _, x := range []*index{tables().vi, tables().en} {
			if got, want := *x.first(b), firstRef(x, b); got != want {
				t.Fatalf("first(%q) = %v, want %v", w, got, want)
			}
			if got, want := indexIn(&x.shortPhrases, &x.phrases, b), x.phrases.IndexBytes(b); got != want {
				t.Fatalf("phrase %q: %d, want %d", w, got, want)
			}
			if got, want := x.phraseIndex(b), x.phrases.IndexBytes(b); got != want {
				t.Fatalf("phraseIndex(%q) = %d, want %d", w, got, want)
			}
			if got, want := indexIn(&x.shortCues, &x.cuePhrases, b), x.cuePhrases.IndexBytes(b); got != want {
				t.Fatalf("cue %q: %d, want %d", w, got, want)
			}
		}
	})
}

func TestPackWord(t *testing.T) {
	// Words that differ only in their padding or length pack apart.
	a0, a1 := packWordCopy([]byte("a"))
	b0, b1 := packWordCopy([]byte("a\x00"))
	if a0 == b0 && a1 == b1 {
		t.Errorf("packWord: %q and %q pack alike", "a", "a\x00")
	}
	roomy := []byte("abcdefghijklmnopqrstuvwxyz")
	for n := 1; n <= maxShortWord; n++ {
		lo, hi := packWord(roomy, n)
		clo, chi := packWordCopy(roomy[:n])
		if lo != clo || hi != chi || hi == 0 {
			t.Errorf("packWord of %d bytes: %#x %#x, copied %#x %#x", n, lo, hi, clo, chi)
		}
	}
}

// TestZeroShortTable checks that an index without short tables, as a
// zero value has, finds its words in the string tables.
func TestZeroShortTable(t *testing.T) {
	x := *tables().vi
	x.short, x.shortPhrases, x.longHeads, x.shortCues = shortTable{}, shortTable{}, shortTable{}, shortTable{}
	for i, w := range x.words.Keys() {
		if got := *x.first([]byte(w)); got != x.firsts[i] {
			t.Fatalf("first(%q) = %v, want %v", w, got, x.firsts[i])
		}
	}
	for i, w := range x.phrases.Keys() {
		if got := indexIn(&x.shortPhrases, &x.phrases, []byte(w)); got != i {
			t.Fatalf("indexIn(%q) = %d, want %d", w, got, i)
		}
		if got := x.phraseIndex([]byte(w)); got != i {
			t.Fatalf("phraseIndex(%q) = %d, want %d", w, got, i)
		}
	}
}
