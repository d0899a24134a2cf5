package align

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
	"golang.org/x/text/language"
)

// A Status is the verdict on one fact.
type Status uint8

// The verdicts. The zero Status is Agree.
const (
	Agree    Status = iota // both versions state the same value
	Conflict               // both talk about the same thing, with different values
	OnlyA                  // the first version only
	OnlyB                  // the second version only
)

var statusNames = [...]string{"agree", "conflict", "only_a", "only_b"}

// String returns "agree", "conflict", "only_a" or "only_b".
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "status(" + strconv.Itoa(int(s)) + ")"
}

// A Side describes one of the two documents of a report.
type Side struct {
	Name string       // the Document's Name
	Lang language.Tag // the language it was read in

	// LangDetected says that Lang was guessed from the text (no Document
	// Lang, no option), with LangConfidence from 0 to 1; below
	// LowConfidence the reports ask the reader to check it.
	LangDetected   bool
	LangConfidence float64

	Date      time.Time // the date that resolved its relative dates; zero if none
	Text      string    // the whole text; Sentences index it
	Sentences []Sentence

	// Crowded lists the sentences with more figures or names than
	// Compare reads in one sentence; the rest of them were not compared.
	Crowded []Crowded

	// Unplaced counts, when Date is zero, the dates of the text that no
	// date of writing placed in the calendar: a weekday alone, a day
	// counted from today ("hôm qua", "last year"), a day and month with
	// no year. They were checked only against dates the other version
	// placed; the reports ask for the date.
	Unplaced int
}

// MaxFactsPerSentence is the most figures, and the most names, of one
// sentence that Compare reads. A sentence with more (a table flattened
// into one line, a hostile text) is listed in Side.Crowded and only its
// first ones are compared, so that the cost stays linear in the input.
const MaxFactsPerSentence = 200

// A Crowded sentence holds more figures or names than
// MaxFactsPerSentence: the first ones were compared, the rest were not.
type Crowded struct {
	Sentence int `json:"sentence"` // index into the side's Sentences
	Figures  int `json:"figures"`  // the figures the sentence holds
	Names    int `json:"names"`    // the names it holds
}

// String says what was left out: "sentence 3: 5000 figures, the first 200
// compared".
func (c Crowded) String() string {
	var parts []string
	if c.Figures > MaxFactsPerSentence {
		parts = append(parts, fmt.Sprintf("%d figures", c.Figures))
	}
	if c.Names > MaxFactsPerSentence {
		parts = append(parts, fmt.Sprintf("%d names", c.Names))
	}
	return fmt.Sprintf("sentence %d holds %s; only the first %d of each were compared", c.Sentence+1, strings.Join(parts, " and "), MaxFactsPerSentence)
}

// An Item is one fact of one side: a number mention or an entity, in a
// sentence. Exactly one of Number and Entity is set.
type Item struct {
	Sentence int // index into the side's Sentences
	Number   *numbers.Mention
	Entity   *entities.Entity

	slotRef *slotOf    // what a number measures (slot), shared by the figures of a side that measure the same
	slots   *[2]string // the kinds of slotsOf's answer, once asked
	key     string     // valueKey's answer, once asked
	index   int32      // the item's index in its side's items (itemIndexes)
	part    bool       // a count whose unit is its whole's ("six of them"): it may name a narrower noun
	whole   bool       // the whole of the part before it ("5 người" of "1 trong 5 người"): no rival of it
	aside   bool       // a country that says what a body is of ("Wan Feng Shipping (Trung Quốc)", "Japan's Sakuragawa"): the rival of another body's country only
	ofPlace bool       // an aside after a place, the place's country ("bang Gujarat (Ấn Độ)"): no rival of a body's adjective ("Vietnamese carmaker")
	whose   bool       // a country that says whose a person or an office is ("Tổng thống Indonesia", "người Brazil"): in the slot of adjectives ("Indonesian President")
}

// Span returns the item's byte offsets in its document.
func (it *Item) Span() (start, end int) {
	switch {
	case it == nil:
		return 0, 0
	case it.Number != nil:
		return it.Number.Start, it.Number.End
	case it.Entity != nil:
		return it.Entity.Start, it.Entity.End
	}
	return 0, 0
}

// Text returns the item as written.
func (it *Item) Text() string {
	switch {
	case it == nil:
		return ""
	case it.Number != nil:
		return it.Number.Text
	case it.Entity != nil:
		return it.Entity.Text
	}
	return ""
}

// Kind returns the item's kind: a numbers.Kind name ("money", "date") or
// "entity".
func (it *Item) Kind() string {
	switch {
	case it == nil:
		return ""
	case it.Number != nil:
		return it.Number.Kind.String()
	case it.Entity != nil:
		return "entity"
	}
	return ""
}

// A Fact is a verdict on a fact of the two documents. A is nil for OnlyB
// facts and B for OnlyA facts.
type Fact struct {
	Status Status
	Kind   string // numbers.Kind name or "entity"
	A, B   *Item

	// AlsoA and AlsoB are the other mentions of the same fact on each
	// side: the headline, the lead and the body that say it again. The
	// verdict is theirs too.
	AlsoA, AlsoB []*Item

	// Links pair each repeat of an agreeing fact with the mention of the
	// other side in the sentence most like its own; A and B are the
	// first pair and are not among them.
	Links []Link

	// Why says, in one line a translator understands, why the verdict:
	// "90 tỷ USD = about US$90 billion (about on one side only)",
	// "31/1 ≠ on Friday: 31 January 2026 is a Saturday".
	Why string

	// Confidence says how sure the pairing of A and B is, from 0 to 1:
	// high for facts in aligned sentences, lower for facts paired across
	// the documents. It is 1 for facts on one side only.
	Confidence float64

	// Unit names the unit of a bilingual file the fact's first mention is
	// in ([CompareUnits]); "" for a comparison of two documents.
	Unit string

	// Suppressed marks a conflict that a [Suppression] covers: a reviewed,
	// known difference. It does not count in Summary.Conflict.
	Suppressed bool
}

// A Summary counts the facts of a report by verdict.
type Summary struct {
	Agree, Conflict, OnlyA, OnlyB int
	Suppressed                    int // conflicts flagged Suppressed, not in Conflict
}

// A Report is the result of [Compare].
type Report struct {
	A, B    Side
	Pairs   []Bead // the sentence alignment
	Facts   []Fact // in the order of the first side, then facts of B only
	Summary Summary
	Units   int           // units CompareUnits compared
	Skipped []SkippedUnit // units CompareUnits did not compare
	Unused  []Suppression // suppressions (WithSuppressions) that matched no conflict
}

// OnlyConflicts returns a copy of the report whose facts are its
// conflicts that no suppression covers, for a translator's quick pass;
// the summary still counts every fact.
func (r *Report) OnlyConflicts() *Report {
	c := *r
	c.Facts = r.Conflicts()
	return &c
}

// Conflicts returns the facts whose verdict is Conflict and that no
// suppression covers.
func (r *Report) Conflicts() []Fact {
	if r == nil {
		return nil
	}
	var out []Fact
	for _, f := range r.Facts {
		if f.Status == Conflict && !f.Suppressed {
			out = append(out, f)
		}
	}
	return out
}

// count fills in the summary.
func (r *Report) count() {
	r.Summary = Summary{}
	for _, f := range r.Facts {
		switch f.Status {
		case Agree:
			r.Summary.Agree++
		case Conflict:
			if f.Suppressed {
				r.Summary.Suppressed++
			} else {
				r.Summary.Conflict++
			}
		case OnlyA:
			r.Summary.OnlyA++
		case OnlyB:
			r.Summary.OnlyB++
		}
	}
}
