package align

import (
	"strconv"
	"time"

	"golang.org/x/text/language"
)

// A Mode selects how [Sentences] pairs the two sides.
type Mode uint8

// The modes. The zero Mode is Auto.
const (
	// Auto looks at the two sides and picks Monotonic when the sentences
	// that share anchors (numbers, names) follow the same order on both
	// sides, and Comparable otherwise.
	Auto Mode = iota

	// Monotonic is for translations: both sides tell the same things in
	// the same order. Beads are consecutive on both sides and in order;
	// 1-0 and 0-1 beads are rare.
	Monotonic

	// Comparable is for versions written independently from the same
	// story: sentences may be moved, dropped, added, merged or split.
	// Beads are not necessarily in order on the second side.
	Comparable
)

var modeNames = [...]string{Auto: "auto", Monotonic: "monotonic", Comparable: "comparable"}

// String returns "auto", "monotonic" or "comparable"; other values print
// as "mode(N)".
func (m Mode) String() string {
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return "mode(" + strconv.Itoa(int(m)) + ")"
}

// ParseMode returns the Mode named s ("auto", "monotonic", "comparable"),
// or false.
func ParseMode(s string) (Mode, bool) {
	for m, name := range modeNames {
		if s == name {
			return Mode(m), true
		}
	}
	return Auto, false
}

// An Option changes how [Sentences] aligns. Options are applied in order;
// a later option overrides an earlier one.
type Option func(*config)

type config struct {
	mode         Mode
	langA, langB language.Tag
	refA, refB   time.Time
	band         int
	params       *params       // nil: defaultParams; tests tune it
	cparams      *cparams      // nil: defaultCParams; tests tune it
	cmp          compareConfig // options of Compare
	readA, readB *reading      // mentions Compare read, or nil
	features     *sideFeatures // where Sentences leaves the anchors it read, or nil
	meanwhile    func()        // called once side b's features are read (alignSentences), or nil
	unitsA       *unitSpans    // the units of CompareUnits, or nil
	unitsB       *unitSpans
}

// sideFeatures holds the anchors the aligner read on each side, for
// Compare to weigh sentences with after the alignment.
type sideFeatures struct{ a, b *features }

// WithMode forces a mode instead of choosing it from the two sides.
// An unknown mode is treated as Auto.
func WithMode(m Mode) Option {
	return func(c *config) {
		if m > Comparable {
			m = Auto
		}
		c.mode = m
	}
}

// WithLanguages says which languages the two sides are written in; the
// anchors (numbers, names) are read with those conventions. A side whose
// tag is language.Und (the default) has its language guessed from its
// text: Vietnamese when enough letters carry Vietnamese diacritics,
// English otherwise.
func WithLanguages(a, b language.Tag) Option {
	return func(c *config) { c.langA, c.langB = a, b }
}

// WithDates gives the publication dates of the two sides, which resolve
// relative dates ("30/1", "on Friday") so that they can anchor sentences
// to each other. A zero time leaves that side's relative dates
// unresolved, which is the default.
func WithDates(a, b time.Time) Option {
	return func(c *config) { c.refA, c.refB = a, b }
}

// WithBand sets how far, in sentences, the monotonic search may stray
// from the diagonal that the two sides' lengths predict. Zero or a
// negative value (the default) picks a width from the documents' sizes.
// A wider band costs time in proportion; a band narrower than the real
// drift makes the aligner miss beads.
func WithBand(n int) Option {
	return func(c *config) { c.band = n }
}
