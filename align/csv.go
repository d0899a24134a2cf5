package align

import (
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"strconv"
)

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"unit", "status", "kind", "text_a", "text_b", "value_a", "value_b", "why", "sentence_a", "sentence_b"}

// WriteCSV writes the report as a table, one fact a line after a header
// row — unit, status, kind, text_a, text_b, value_a, value_b, why,
// sentence_a, sentence_b — quoted as RFC 4180 says, in UTF-8: a
// translator's issue list that opens in a spreadsheet. comma is ',' for
// CSV or '\t' for TSV. Conflicts come first, then the other facts in the
// report's order. A value is the normalised figure ("4400 project", "90000000000 USD")
// or a name's key; a sentence is its number, from 0, as in the text report.
func (r *Report) WriteCSV(w io.Writer, comma rune) error {
	if r == nil {
		return fmt.Errorf("align: WriteCSV of a nil report")
	}
	cw := csv.NewWriter(w)
	cw.Comma = comma
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for f := range conflictsFirst(r.Facts) {
		status := f.Status.String()
		if f.Suppressed {
			status = statusIgnored
		}
		rec := []string{f.Unit, status, f.Kind, itemText(f.A), itemText(f.B), csvValue(f.A), csvValue(f.B), f.Why, itemSentence(f.A), itemSentence(f.B)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// statusIgnored is the status of a suppressed conflict in the reports.
const statusIgnored = "ignored"

// conflictsFirst yields the facts with the conflicts that no suppression
// covers first, each group in its order, without copying them.
func conflictsFirst(facts []Fact) iter.Seq[*Fact] {
	return func(yield func(*Fact) bool) {
		for _, first := range [2]bool{true, false} {
			for i := range facts {
				if f := &facts[i]; (f.Status == Conflict && !f.Suppressed) == first && !yield(f) {
					return
				}
			}
		}
	}
}

func itemText(it *Item) string {
	if it == nil {
		return ""
	}
	return quoteText(it.Text())
}

// csvValue is the normalised value of an item: a figure with its unit or
// currency, a date as the JSON report writes it, or a name's key.
func csvValue(it *Item) string {
	if it == nil || it.Number == nil || isDate(it) {
		return itemValue(it)
	}
	return normalValue(it.Number)
}

func itemSentence(it *Item) string {
	if it == nil {
		return ""
	}
	return strconv.Itoa(it.Sentence)
}
