package align

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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
		if s.Unplaced > 0 {
			fmt.Fprintf(bw, "%s: %s\n", htmlSides[k], unplacedNote(s.Unplaced))
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
	var line []byte
	var scratch []int
	for f := range conflictsFirst(r.Facts) {
		line = appendFactLine(line[:0], f, color, &scratch)
		bw.Write(line)
	}
	return bw.Flush()
}

// appendFactLine appends the text report's line of a fact: verdict,
// kind, the two items and the reason, in columns, and where else the
// fact is stated (appendAlsoRefs, with scratch).
func appendFactLine(b []byte, f *Fact, color bool, scratch *[]int) []byte {
	status := f.Status.String()
	if f.Suppressed {
		status = statusIgnored
	}
	pad := max(0, 9-len(status))
	if color && int(f.Status) < len(statusColors) && !f.Suppressed {
		b = append(b, statusColors[f.Status]...)
		b = append(b, status...)
		b = append(b, colorReset...)
	} else {
		b = append(b, status...)
	}
	b = appendSpaces(b, pad)
	b = append(b, ' ')
	if f.Unit != "" {
		b = append(b, "[unit "...)
		b = append(b, f.Unit...)
		b = append(b, "] "...)
	}
	b = appendColumn(b, f.Kind, 12)
	b = append(b, ' ')
	start := len(b)
	b = appendItemRef(b, htmlSides[0], f.A)
	b = padColumn(b, start, 28)
	b = append(b, ' ')
	start = len(b)
	b = appendItemRef(b, htmlSides[1], f.B)
	b = padColumn(b, start, 28)
	b = append(b, ' ')
	b = append(b, f.Why...)
	b = appendAlsoRefs(b, f, scratch)
	return append(b, '\n')
}

// appendColumn appends s padded with spaces to width runes, as fmt's
// %-*s does.
func appendColumn(b []byte, s string, width int) []byte {
	return padColumn(append(b, s...), len(b), width)
}

// padColumn pads what b holds from start with spaces to width runes.
func padColumn(b []byte, start, width int) []byte {
	return appendSpaces(b, width-utf8.RuneCount(b[start:]))
}

// appendSpaces appends n spaces (none when n <= 0).
func appendSpaces(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}

// appendAlsoRefs appends where else the two sides state a fact, each
// sentence once and in order, leaving out the fact's own sentences (an
// acronym after its full name): "; also A0, A3, B7". It sorts the
// sentences in *scratch, which it keeps for the next fact.
func appendAlsoRefs(b []byte, f *Fact, scratch *[]int) []byte {
	sep := "; also "
	for side, items := range [2][]*Item{f.AlsoA, f.AlsoB} {
		own := [2]*Item{f.A, f.B}[side]
		ss := (*scratch)[:0]
		for _, it := range items {
			if own == nil || it.Sentence != own.Sentence {
				ss = append(ss, it.Sentence)
			}
		}
		slices.Sort(ss)
		for _, s := range slices.Compact(ss) {
			b = append(b, sep...)
			sep = ", "
			b = append(b, htmlSides[side]...)
			b = strconv.AppendInt(b, int64(s), 10)
		}
		*scratch = ss
	}
	return b
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

// appendItemRef appends an item for the text report: `A3 "90 tỷ USD"`.
func appendItemRef(b []byte, side string, it *Item) []byte {
	if it == nil {
		return append(b, '-')
	}
	b = append(b, side...)
	b = strconv.AppendInt(b, int64(it.Sentence), 10)
	b = append(b, ' ')
	return strconv.AppendQuote(b, quoteText(it.Text()))
}

// unplacedNote says that a side's dates were not placed in the calendar
// (Side.Unplaced) and how to give the date of writing.
func unplacedNote(n int) string {
	return fmt.Sprintf("no date of writing: %d %s (weekdays, days counted from today, days with no year) not placed in the calendar, checked only against dates the other version places; give it in a first line \"date YYYY-MM-DD\", with -ref or Document.Date",
		n, htmlPlural(n, noteDate, noteDates))
}

// The noun of unplacedNote, one and many.
const noteDate, noteDates = "date", "dates"
