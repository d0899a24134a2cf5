package align

import (
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// A Bead pairs sentences of the first side with sentences of the second:
// A and B hold indices into the two slices given to [Sentences], in
// increasing order. A 1-1 bead has one index on each side, a 2-1 bead two
// in A and one in B, and so on. A bead with an empty side (1-0, 0-1) is a
// sentence the other side does not render: a dropped caption, an added
// background sentence.
type Bead struct {
	A, B []int

	// Score is the aligner's confidence in the bead, from 0 to 1: near 1
	// when lengths agree and anchors (numbers, names) are shared, lower
	// otherwise, and 0 for 1-0 and 0-1 beads. Scores compare beads of one
	// alignment; they are not calibrated probabilities.
	Score float64
}

// String returns the bead in the line format of examples/align, without
// the score: "3,4\t5", "6\t", "\t11".
func (b Bead) String() string {
	var s strings.Builder
	for k, i := range b.A {
		if k > 0 {
			s.WriteByte(',')
		}
		s.WriteString(strconv.Itoa(i))
	}
	s.WriteByte('\t')
	for k, j := range b.B {
		if k > 0 {
			s.WriteByte(',')
		}
		s.WriteString(strconv.Itoa(j))
	}
	return s.String()
}

// Sentences aligns the sentences a of one version of a text with the
// sentences b of another and returns the beads. Every index of a and of b
// appears in exactly one bead.
//
// In Monotonic mode (translations) the beads are in order on both sides
// and each is consecutive: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 up to 4-4, and
// longer beads where one sentence of a side renders many of the other.
// The search is a dynamic programme over a band around the diagonal that
// the two sides' lengths predict, so its cost grows linearly with the
// length of the documents. In Comparable mode (versions written
// independently) sentences are paired by the anchors they share and by
// their positions, in any order; a sentence may pair with
// several sentences of the other side, and unpaired sentences become 1-0
// and 0-1 beads. Beads are then listed in the order of their first A
// index, and a 0-1 bead after the bead that holds the B sentence before
// it. Auto (the default) chooses between the two; see [Mode].
//
// The sentences' Text is read, and their Kind where set: in Comparable
// mode headlines pair first with headlines, credits and bylines only with
// their like, and captions count for less. Their languages come from
// [WithLanguages] or are guessed from the text, and anchors are numbers,
// money, dates and percentages (package numbers), identical acronyms,
// names and mixed tokens (folded without diacritics), words of a small
// Vietnamese–English lexicon, punctuation, and in Comparable mode the
// entity keys of package entities.
//
// Empty input on a side gives only 0-1 (or 1-0) beads; both empty give
// nil. Sentences never panics and is safe for concurrent use.
func Sentences(a, b []Sentence, opts ...Option) []Bead {
	var c config
	c.apply(opts)
	if len(a) == 0 || len(b) == 0 {
		return trivial(len(a), len(b))
	}
	fa, fb, mode := alignFeatures(a, b, &c)
	return search(fa, fb, mode, &c)
}

// search aligns the sentences of the features fa and fb in mode, which
// is Comparable or Monotonic.
func search(fa, fb *features, mode Mode, c *config) []Bead {
	if mode == Comparable {
		return comparable(fa, fb, c)
	}
	return monotonic(fa, fb, c)
}

// apply sets the options on c; a nil option is none.
func (c *config) apply(opts []Option) {
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
}

// alignFeatures computes the features Sentences aligns a and b with, in
// the mode it aligns them in, and hands them to c.features when asked.
func alignFeatures(a, b []Sentence, c *config) (fa, fb *features, mode Mode) {
	langA, langB := c.langA, c.langB
	if langA == language.Und {
		langA = guessSentences(a)
	}
	if langB == language.Und {
		langB = guessSentences(b)
	}
	fa, fb = bothFeatures(a, b, langA, langB, c.refA, c.refB, c.readA, c.readB, c.meanwhile)
	mode = c.mode
	if mode == Auto {
		mode = chooseMode(fa, fb)
	}
	if mode == Comparable {
		fa, fb = bothWithAnchors(fa, fb, a, b, langA, langB, c.refA, c.refB, c.readA, c.readB, comparableSources...)
	}
	// The anchors are read: the aligner holds the caller's readings no
	// longer, for the caller to let go of them while it aligns.
	c.readA, c.readB = nil, nil
	if c.features != nil {
		*c.features = sideFeatures{fa, fb}
	}
	return fa, fb, mode
}

// parallelMin is the least number of sentences for which the features of
// the two sides are computed in two goroutines.
const parallelMin = 64

// bothFeatures computes the features of the two sides, side b in a
// goroutine of its own when there is enough work to share, and calls
// then, unless nil, once side b's are computed: there, in the goroutine,
// when side a's, the longer to read in a translation from Vietnamese,
// may still be computed.
func bothFeatures(a, b []Sentence, langA, langB language.Tag, refA, refB time.Time, preA, preB *reading, then func()) (*features, *features) {
	if len(a)+len(b) < parallelMin {
		fa, fb := extractFeatures(a, langA, refA, preA), extractFeatures(b, langB, refB, preB)
		callIf(then)
		return fa, fb
	}
	done := make(chan *features, 1)
	go func() {
		fb := extractFeatures(b, langB, refB, preB)
		callIf(then)
		done <- fb
	}()
	fa := extractFeatures(a, langA, refA, preA)
	return fa, <-done
}

// callIf calls f unless it is nil.
func callIf(f func()) {
	if f != nil {
		f()
	}
}

// bothWithAnchors adds the anchors of the extra sources to the features
// of the two sides, as bothFeatures computes them.
func bothWithAnchors(fa, fb *features, a, b []Sentence, langA, langB language.Tag, refA, refB time.Time, preA, preB *reading, extra ...anchorSource) (*features, *features) {
	if len(a)+len(b) < parallelMin || preA != nil && preB != nil {
		// With the caller's reading, the entity anchors are a copy of it:
		// too little work to share.
		return withAnchors(fa, a, langA, refA, preA, extra), withAnchors(fb, b, langB, refB, preB, extra)
	}
	done := make(chan *features, 1)
	go func() { done <- withAnchors(fb, b, langB, refB, preB, extra) }()
	fa = withAnchors(fa, a, langA, refA, preA, extra)
	return fa, <-done
}

// trivial returns the beads when one side is empty.
func trivial(na, nb int) []Bead {
	var out []Bead
	for i := range na {
		out = append(out, Bead{A: []int{i}})
	}
	for j := range nb {
		out = append(out, Bead{B: []int{j}})
	}
	return out
}
