package align

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// WriteText writes the report for people: a header naming the two
// versions, the summary, then one line per fact — verdict, kind, the two
// texts with their sentence numbers, and the reason — the conflicts
// first. A report of CompareUnits counts its units and names the skipped
// ones after the summary. The output is the
// same for the same report, and ends each line with a newline.
//
// When w is a terminal, the NO_COLOR environment variable is not set and
// TERM is not "dumb", verdicts are coloured; otherwise the text is plain.
func (r *Report) WriteText(w io.Writer) error {
	return r.writeText(w, isTerminal(w) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != dumbTerminal)
}

// dumbTerminal is the TERM of a terminal that shows no colours.
const dumbTerminal = "dumb"

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// ANSI colours of the verdicts.
var statusColors = [...]string{Agree: "\x1b[32m", Conflict: "\x1b[1;31m", OnlyA: "\x1b[33m", OnlyB: "\x1b[36m"}

const colorReset = "\x1b[0m"

func (r *Report) writeText(w io.Writer, color bool) error {
	if r == nil {
		return fmt.Errorf("align: WriteText of a nil report")
	}
	bw := bufio.NewWriter(w)
	writeSide := func(label string, s Side) {
		fmt.Fprintf(bw, "%s: %s", label, sideTitle(s))
		if len(s.Sentences) == 1 {
			bw.WriteString(", 1 sentence")
		} else {
			fmt.Fprintf(bw, ", %d sentences", len(s.Sentences))
		}
		if s.LangDetected && s.LangConfidence < LowConfidence {
			fmt.Fprintf(bw, " (language %s guessed with low confidence; say it with -lang-a/-lang-b or Document.Lang)", s.Lang)
		}
		bw.WriteString("\n")
	}
	writeSide(htmlSides[0], r.A)
	writeSide(htmlSides[1], r.B)
	for k, s := range [2]*Side{&r.A, &r.B} {
		for _, c := range s.Crowded {
			fmt.Fprintf(bw, "%s: %s\n", htmlSides[k], c)
		}
	}
	sum := r.Summary
	fmt.Fprintf(bw, "Summary: %d agree, %d conflict, %d only in A, %d only in B", sum.Agree, sum.Conflict, sum.OnlyA, sum.OnlyB)
	if sum.Suppressed > 0 {
		fmt.Fprintf(bw, ", %d suppressed", sum.Suppressed)
	}
	bw.WriteString("\n")
	if r.Units > 0 || len(r.Skipped) > 0 {
		bw.WriteString(r.unitsLine() + "\n")
	}
	for _, u := range r.Skipped {
		bw.WriteString(u.String() + "\n")
	}
	bw.WriteString("\n")
	for _, f := range conflictsFirst(r.Facts) {
		status := f.Status.String()
		if f.Suppressed {
			status = statusIgnored
		}
		pad := strings.Repeat(" ", max(0, 9-len(status)))
		if color && int(f.Status) < len(statusColors) && !f.Suppressed {
			status = statusColors[f.Status] + status + colorReset
		}
		fmt.Fprintf(bw, "%s%s %s%-12s %-28s %-28s %s%s\n", status, pad, unitRef(f.Unit), f.Kind, itemRef(htmlSides[0], f.A), itemRef(htmlSides[1], f.B), f.Why, alsoRefs(f))
	}
	return bw.Flush()
}

// unitRef names the unit of a fact of a bilingual file: "[unit 7] ".
func unitRef(id string) string {
	if id == "" {
		return ""
	}
	return "[unit " + id + "] "
}

// alsoRefs lists where else the two sides state a fact, each sentence
// once and in order, leaving out the fact's own sentences (an acronym
// after its full name): "; also A0, A3, B7".
func alsoRefs(f Fact) string {
	var refs []string
	for side, items := range [2][]*Item{f.AlsoA, f.AlsoB} {
		own := [2]*Item{f.A, f.B}[side]
		var ss []int
		for _, it := range items {
			if own == nil || it.Sentence != own.Sentence {
				ss = append(ss, it.Sentence)
			}
		}
		slices.Sort(ss)
		for _, s := range slices.Compact(ss) {
			refs = append(refs, htmlSides[side]+strconv.Itoa(s))
		}
	}
	if len(refs) == 0 {
		return ""
	}
	return "; also " + strings.Join(refs, ", ")
}

// sideTitle names a side: "story.vi.txt (vi, 2026-01-30)".
func sideTitle(s Side) string {
	var parts []string
	if s.Lang != language.Und {
		parts = append(parts, s.Lang.String())
	}
	if !s.Date.IsZero() {
		parts = append(parts, s.Date.Format("2006-01-02"))
	}
	name := s.Name
	if name == "" {
		name = "(text)"
	}
	if len(parts) == 0 {
		return name
	}
	return name + " (" + strings.Join(parts, ", ") + ")"
}

// itemRef writes an item for the text report: `A3 "90 tỷ USD"`.
func itemRef(side string, it *Item) string {
	if it == nil {
		return "-"
	}
	return side + strconv.Itoa(it.Sentence) + " " + strconv.Quote(quoteText(it.Text()))
}
