package entities

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/cues.tsv
var cuesTSV string

// A cueKind says what a cue word of data/cues.tsv tells about the words
// next to it; its header describes the kinds.
type cueKind uint16

const (
	cueAdmin cueKind = 1 << iota
	cuePlace
	cuePlaceAfter
	cuePerson
	cueCredit
	cueSource
	cueAgency
	cueDateline
)

var cueKinds = map[string]cueKind{
	"admin":       cueAdmin,
	"place":       cuePlace,
	"place-after": cuePlaceAfter,
	"person":      cuePerson,
	"credit":      cueCredit,
	"source":      cueSource,
	"agency":      cueAgency,
	"dateline":    cueDateline,
}

// cueLangs are the languages of the second column of data/cues.tsv:
// whether a cue is Vietnamese, English.
var cueLangs = map[string][2]bool{"vi": {true, false}, "en": {false, true}, "*": {true, true}}

// maxCueWords is the most words a cue may have.
const maxCueWords = 3

// addCues reads data/cues.tsv into the cue tables of the two indexes.
func (g *gazetteer) addCues(tsv string) error {
	for lineno, line := range strings.Split(tsv, "\n") {
		lineno++
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return fmt.Errorf("cues.tsv:%d: want 3 tab-separated columns, got %d", lineno, len(cols))
		}
		kind, ok := cueKinds[cols[0]]
		if !ok {
			return fmt.Errorf("cues.tsv:%d: unknown kind %q", lineno, cols[0])
		}
		langs, ok := cueLangs[cols[1]]
		if !ok {
			return fmt.Errorf("cues.tsv:%d: language %q: want vi, en or *", lineno, cols[1])
		}
		var xs []*index
		if langs[0] {
			xs = append(xs, g.vi)
		}
		if langs[1] {
			xs = append(xs, g.en)
		}
		for _, w := range splitForms(cols[2]) {
			toks, buf := tokenize(w, nil, nil)
			if len(toks) == 0 || len(toks) > maxCueWords {
				return fmt.Errorf("cues.tsv:%d: cue %q: want one to %d words", lineno, w, maxCueWords)
			}
			phrase := string(buf[toks[0].fs:toks[len(toks)-1].fe])
			for _, x := range xs {
				x.cues[phrase] |= kind
			}
		}
	}
	return nil
}

// cueAt returns the kinds of the longest cue that starts at token i and
// the number of its tokens, or 0, 0.
func (e *extractor) cueAt(i int) (cueKind, int) {
	for n := min(maxCueWords, len(e.toks)-i); n > 0; n-- {
		if n > 1 && e.toks[i+n-1].gap > gapHyphen {
			continue
		}
		if k := e.x.cues[string(e.fold(i, i+n))]; k != 0 && e.joined(i, n) {
			return k, n
		}
	}
	return 0, 0
}

// cueBefore returns the kinds of the cues that end just before token i,
// in the same clause.
func (e *extractor) cueBefore(i int) cueKind {
	var k cueKind
	if i == 0 || e.toks[i].gap > gapHyphen {
		return 0
	}
	for n := 1; n <= maxCueWords && i-n >= 0; n++ {
		if e.joined(i-n, n) {
			k |= e.x.cues[string(e.fold(i-n, i))]
		}
	}
	return k
}

// joined reports whether tokens i..i+n are separated by spaces or hyphens
// only.
func (e *extractor) joined(i, n int) bool {
	for k := i + 1; k < i+n; k++ {
		if e.toks[k].gap > gapHyphen {
			return false
		}
	}
	return true
}
