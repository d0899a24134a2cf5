package align

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// A Unit is one aligned pair of a bilingual file: a trans-unit of XLIFF,
// a tu of TMX, a line of tab-separated bitext. Package align/bitext reads
// them.
type Unit struct {
	ID   string // names the unit in reports
	A, B string // the two texts
}

// A SkippedUnit is a unit CompareUnits did not compare, and why.
type SkippedUnit struct {
	ID, Why string
}

// String returns the line the reports give u: `Skipped unit "7": no
// text on side B`.
func (u SkippedUnit) String() string {
	return fmt.Sprintf("Skipped unit %q: %s", u.ID, u.Why)
}

// unitsLine returns the line the reports give the units of a report of
// CompareUnits: "Units: 3 read, 1 compared, 2 skipped".
func (r *Report) unitsLine() string {
	return fmt.Sprintf("Units: %d read, %d compared, %d skipped", r.Units+len(r.Skipped), r.Units, len(r.Skipped))
}

// UnitNotes returns, by unit, a line for each conflict of a report of
// CompareUnits ("factalign: number conflict: 4.400 dự án ≠ ..."): the
// notes a bilingual file gets back for its translator
// (bitext.Notes and bitext.WriteNotes put them in an XLIFF file).
func (r *Report) UnitNotes() map[string][]string {
	notes := map[string][]string{}
	for _, f := range r.Conflicts() {
		notes[f.Unit] = append(notes[f.Unit], "factalign: "+f.Kind+" conflict: "+f.Why)
	}
	return notes
}

// Why a unit is skipped.
const (
	skipEmptyA = "no text on side A"
	skipEmptyB = "no text on side B"
)

// unitSpans are the byte spans of the units in the text of a side.
type unitSpans struct {
	ids   []string
	spans [][2]int
}

// unitOf returns the id of the unit that holds byte offset at, or "".
func (u *unitSpans) unitOf(at int) string {
	if u == nil {
		return ""
	}
	k := sort.Search(len(u.spans), func(k int) bool { return u.spans[k][1] > at })
	if k < len(u.spans) && u.spans[k][0] <= at {
		return u.ids[k]
	}
	return ""
}

// CompareUnits compares the units of a bilingual file as one story whose
// sentence alignment is given: each unit is a bead, so the facts of a unit
// are paired inside it first, and across units only where the unit holds
// no counterpart (a figure the translator moved to the next segment). a
// and b give the languages, dates and names of the two sides; their Text
// is ignored. The report's sides hold the units' texts joined by blank
// lines, in order; each Fact's Unit names the unit of its first mention,
// and Report.Skipped lists the units with no text on a side, which are not
// compared.
func CompareUnits(units []Unit, a, b Document, opts ...Option) (*Report, error) {
	var ua, ub unitSpans
	var ta, tb strings.Builder
	var skipped []SkippedUnit
	for _, u := range units {
		ra, rb := unitText(u.A), unitText(u.B)
		switch {
		case strings.TrimSpace(ra) == "":
			skipped = append(skipped, SkippedUnit{u.ID, skipEmptyA})
			continue
		case strings.TrimSpace(rb) == "":
			skipped = append(skipped, SkippedUnit{u.ID, skipEmptyB})
			continue
		}
		addUnit(&ta, &ua, u.ID, ra)
		addUnit(&tb, &ub, u.ID, rb)
	}
	a.Text, b.Text = ta.String(), tb.String()
	r, err := Compare(a, b, append(opts, withUnits(&ua, &ub))...)
	if err != nil {
		return nil, err
	}
	r.Skipped = skipped
	r.Units = len(ua.ids)
	for i := range r.Facts {
		f := &r.Facts[i]
		switch {
		case f.A != nil:
			s, _ := f.A.Span()
			f.Unit = ua.unitOf(s)
		case f.B != nil:
			s, _ := f.B.Span()
			f.Unit = ub.unitOf(s)
		}
	}
	return r, nil
}

// unitText returns the text of a unit as it goes into the joined text of
// its side: NFC (so that offsets need no map), with its blank lines and a
// first line that reads as a date header made plain lines.
func unitText(s string) string {
	s = norm.NFC.String(s)
	for strings.Contains(s, "\n\n") {
		s = strings.ReplaceAll(s, "\n\n", "\n")
	}
	return strings.TrimSpace(s)
}

// addUnit appends the text of a unit to the text of its side, a blank
// line before it, and records its span.
func addUnit(b *strings.Builder, u *unitSpans, id, text string) {
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	start := b.Len()
	b.WriteString(text)
	u.ids = append(u.ids, id)
	u.spans = append(u.spans, [2]int{start, b.Len()})
}

// withUnits gives Compare the units of the two sides: the beads are the
// units instead of the aligner's.
func withUnits(a, b *unitSpans) Option {
	return func(c *config) { c.unitsA, c.unitsB, c.cmp.units = a, b, true }
}

// unitBeads returns a bead a unit: the sentences of its span on each side.
func unitBeads(sa, sb []Sentence, ua, ub *unitSpans) []Bead {
	beads := make([]Bead, len(ua.spans))
	for k := range beads {
		beads[k].Score = 1
	}
	place := func(ss []Sentence, u *unitSpans, add func(k, i int)) {
		for i, s := range ss {
			k := sort.Search(len(u.spans), func(k int) bool { return u.spans[k][1] > s.Start })
			if k < len(u.spans) {
				add(k, i)
			}
		}
	}
	place(sa, ua, func(k, i int) { beads[k].A = append(beads[k].A, i) })
	place(sb, ub, func(k, i int) { beads[k].B = append(beads[k].B, i) })
	return beads
}
