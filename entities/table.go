package entities

import (
	"strings"

	"github.com/factalign/factalign/internal/strtab"
)

// This file holds the read-only layout of the tables that ztables.go
// defines: the generator (tables_test.go) folds, normalises and indexes
// the data files, so that nothing is built when the package is first used.

// strTable finds the index of a string among its keys: the layout that
// the generator writes.
type strTable = strtab.Table[uint16]

// group returns the part of a list grouped by key that belongs to key i:
// ends[i-1] up to ends[i].
func group(ends []uint16, i int) (lo, hi int) {
	if i > 0 {
		lo = int(ends[i-1])
	}
	return lo, int(ends[i])
}

// A firstWord tells, for the Fold form of a word, the most tokens of a
// form, of a form written in lower case, and of a cue that start with it,
// its places in the forms and cues, and the classes of data/words.tsv the
// word is in.
type firstWord struct {
	forms, lowerForms, cues uint8
	places                  wordPlace
	class                   wordClass
}

// An index finds the forms and cues of one language by the Fold form of
// their tokens joined with single spaces.
type index struct {
	phrases      strTable   // Fold forms of the forms
	shortPhrases shortTable // the phrases of at most maxShortWord bytes: phrases.Index for them
	longHeads    shortTable // the first maxShortWord bytes of the longer phrases
	forms        []form     // the forms of phrase i: forms[formEnds[i-1]:formEnds[i]]
	formEnds     []uint16
	words        strTable    // first words of forms and cues, and the words of data/words.tsv
	firsts       []firstWord // by index in words, and a zero one after them
	short        shortTable  // the words of at most maxShortWord bytes: words.Index for them
	cuePhrases   strTable    // Fold forms of the cues of data/cues.tsv
	shortCues    shortTable  // the cues of at most maxShortWord bytes: cuePhrases.Index for them
	cues         []cue       // the cues of phrase i, as forms
	cueEnds      []uint16
}

// formsOf returns the forms whose Fold form is phrase.
func (x *index) formsOf(phrase []byte) []form {
	i := x.phraseIndex(phrase)
	if i < 0 {
		return nil
	}
	lo, hi := group(x.formEnds, i)
	return x.forms[lo:hi]
}

// phraseIndex returns the index of phrase in x.phrases, or -1. A phrase
// longer than maxShortWord bytes that starts as no phrase does is not
// looked up in the string table, whose hash reads every byte: most of the
// long phrases that lookup tries are words of forms that follow one
// another by chance ("tong bi thu to lam thanh").
func (x *index) phraseIndex(phrase []byte) int {
	if len(phrase) > maxShortWord {
		if i, ok := x.longHeads.index(phrase[:maxShortWord]); ok && i < 0 {
			return -1
		}
	}
	return indexIn(&x.shortPhrases, &x.phrases, phrase)
}

// cuesOf returns the cues whose Fold form is phrase.
func (x *index) cuesOf(phrase []byte) []cue {
	i := indexIn(&x.shortCues, &x.cuePhrases, phrase)
	if i < 0 {
		return nil
	}
	lo, hi := group(x.cueEnds, i)
	return x.cues[lo:hi]
}

// first returns what starts with the word w, folded: the tokenizer asks
// it of every token.
func (x *index) first(w []byte) *firstWord {
	n := len(w)
	if !shortWord(n) || cap(w) < 16 || len(x.short.slots) == 0 {
		return x.firstAny(w)
	}
	// shortTable.index, written out: a call less a token. A word of no
	// table, -1, takes the zero firstWord after the words' own with no
	// branch on it: whether a word is in a table changes from token to
	// token, which a branch mispredicts.
	lo, hi := packWord(w[:16], n)
	return &x.firsts[min(uint(x.short.find(lo, hi)), uint(len(x.firsts)-1))]
}

// firstAny is first for a word of any length and room after it.
func (x *index) firstAny(w []byte) *firstWord {
	if i := indexIn(&x.short, &x.words, w); i >= 0 {
		return &x.firsts[i]
	}
	return &noFirst
}

// noFirst is the firstWord of a word that starts nothing and is in no
// class. It is never written.
var noFirst firstWord

// indexIn returns the index of phrase in long, looked up in short when it
// is short enough, or -1.
func indexIn(short *shortTable, long *strTable, phrase []byte) int {
	if i, ok := short.index(phrase); ok {
		return i
	}
	return long.IndexBytes(phrase)
}

// firstString is first for a word given as a string.
func (x *index) firstString(w string) firstWord {
	if i := x.words.Index(w); i >= 0 {
		return x.firsts[i]
	}
	return firstWord{}
}

// gazetteer holds the read-only tables that Extract, Lookup and Match use.
type gazetteer struct {
	vi, en  *index
	keys    strTable // the keys of data/gazetteer.tsv
	kinds   []string // by index in keys: the kind of body of an org, or ""
	generic strTable // the keys with the flag generic: kinds of body
	// titleKinds holds "a b" for each title a of flag kind-of=b, and
	// "b a": titles one version may say for the other.
	titleKinds strTable
	ranks      strTable // the titles with the flag rank
	regions    strTable // the places with the flag region
}

// tables returns the gazetteer of ztables.go. It is never modified, so it
// is safe for concurrent use.
func tables() *gazetteer { return &gazetteerTables }

// known reports whether key is a key of data/gazetteer.tsv.
func (g *gazetteer) known(key string) bool { return g.keys.Index(key) >= 0 }

// specific reports whether key is a key of data/gazetteer.tsv that names
// one thing, not a kind of body (flag generic).
func (g *gazetteer) specific(key string) bool {
	return g.known(key) && g.generic.Index(key) < 0
}

// localRivals reports two keys of one local body of two places the
// table knows: "org:gia-lai-people-council" and
// "org:kon-tum-people-council" (Extract keys a local body by its place).
// A place the table does not know may be written two ways, and is no
// rival.
func (g *gazetteer) localRivals(a, b string) bool {
	pa, ba := g.localParts(a)
	pb, bb := g.localParts(b)
	return ba != "" && ba == bb && pa != pb
}

// localParts splits an organisation's key that names a local body by
// its place into the place's id and the body's ("gia-lai",
// "people-council"), when the table knows both; "", "" otherwise.
func (g *gazetteer) localParts(key string) (place, body string) {
	id, ok := strings.CutPrefix(key, "org:")
	for i := strings.IndexByte(id, '-'); ok && i > 0; {
		p, b := id[:i], id[i+1:]
		if g.known("place:"+p) && g.known("org:"+b) {
			return p, b
		}
		next := strings.IndexByte(id[i+1:], '-')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return "", ""
}

// kind returns the kind of body that key names ("bo" for a ministry), or
// "" for a key that is no body of the table or whose kind is not known.
func (g *gazetteer) kind(key string) string {
	if i := g.keys.Index(key); i >= 0 {
		return g.kinds[i]
	}
	return ""
}

// region reports whether key is a place of the flag region.
func (g *gazetteer) region(key string) bool { return g.regions.Index(key) >= 0 }

// rank reports whether key is a title of the flag rank.
func (g *gazetteer) rank(key string) bool { return g.ranks.Index(key) >= 0 }

// titlesOfAKind reports whether one of the titles a and b is a kind of
// the other (flag kind-of): "Bộ trưởng" and "Foreign Minister".
func (g *gazetteer) titlesOfAKind(a, b string) bool {
	return g.titleKinds.Index(a+" "+b) >= 0
}

// withoutBodyWord returns the id of a key ("hanwha-group",
// "van-xuan-high-school") without the words of kind body or firm-end that
// close it ("hanwha", "van-xuan"; the longest such phrase), or "" when
// none closes it.
func (x *index) withoutBodyWord(id string) string {
	rest, end := "", len(id)
	for n := 0; n < maxCueWords; n++ {
		i := strings.LastIndexByte(id[:end], '-')
		if i <= 0 {
			break
		}
		for _, c := range x.cuesOf([]byte(strings.ReplaceAll(id[i+1:], "-", " "))) {
			if c.kind&(cueBody|cueFirmEnd) != 0 {
				rest = id[:i]
			}
		}
		end = i
	}
	return rest
}
