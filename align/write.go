package align

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
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

// itemsJSON writes the repeats of a fact on one side.
func itemsJSON(items []*Item) ([]json.RawMessage, error) {
	var out []json.RawMessage
	for _, it := range items {
		b, err := itemJSON(it)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
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

// WriteJSON writes the report as one JSON object:
//
//	{"a":{"lang":"vi","lang_confidence":0.9,"name":..,"date":"2026-01-30","sentences":[{"start":0,"end":57},...]},
//	 "b":{...},
//	 "pairs":[{"a":[0],"b":[0,1],"score":0.93},...],
//	 "facts":[{"status":"agree","kind":"money","a":{<mention>,"sentence":3},
//	           "b":{<mention>,"sentence":2},"also_a":[<mention>,...],"why":"...","confidence":0.9},...],
//	 "summary":{"agree":12,"conflict":1,"only_a":3,"only_b":5}}
//
// Mentions are written as package numbers and entities marshal them;
// "suppressed":true marks a suppressed conflict. A fact stated more than
// once is followed by one row for each of its [Link]s, marked
// "repeat":true: the same verdict for another mention and its
// counterpart. The summary counts facts, not these rows.
func (r *Report) WriteJSON(w io.Writer) error {
	if r == nil {
		return fmt.Errorf("align: WriteJSON of a nil report")
	}
	facts, err := jsonFactsOf(r.Facts)
	if err != nil {
		return err
	}
	s := r.Summary
	out := jsonReport{
		A: jsonSideOf(r.A), B: jsonSideOf(r.B),
		Pairs:   jsonPairsOf(r.Pairs),
		Facts:   facts,
		Summary: jsonSummary{s.Agree, s.Conflict, s.OnlyA, s.OnlyB, s.Suppressed},
	}
	for _, u := range r.Skipped {
		out.Skipped = append(out.Skipped, jsonSkipped{u.ID, u.Why})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// The JSON of a report, as WriteJSON writes it.
type (
	jsonReport struct {
		A       jsonSide      `json:"a"`
		B       jsonSide      `json:"b"`
		Pairs   []jsonPair    `json:"pairs"`
		Facts   []jsonFact    `json:"facts"`
		Summary jsonSummary   `json:"summary"`
		Skipped []jsonSkipped `json:"skipped,omitempty"`
	}
	jsonSentence struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Kind  string `json:"kind,omitempty"`
	}
	jsonSide struct {
		Lang      string         `json:"lang"`
		LangGuess *float64       `json:"lang_confidence,omitempty"`
		Name      string         `json:"name,omitempty"`
		Date      string         `json:"date,omitempty"`
		Sentences []jsonSentence `json:"sentences"`
		Crowded   []Crowded      `json:"crowded,omitempty"`
	}
	jsonPair struct {
		A     []int   `json:"a"`
		B     []int   `json:"b"`
		Score float64 `json:"score"`
	}
	jsonFact struct {
		Status     string            `json:"status"`
		Kind       string            `json:"kind"`
		A          json.RawMessage   `json:"a,omitempty"`
		B          json.RawMessage   `json:"b,omitempty"`
		AlsoA      []json.RawMessage `json:"also_a,omitempty"`
		AlsoB      []json.RawMessage `json:"also_b,omitempty"`
		Why        string            `json:"why"`
		Confidence float64           `json:"confidence"`
		Suppressed bool              `json:"suppressed,omitempty"`
		Repeat     bool              `json:"repeat,omitempty"`
		Unit       string            `json:"unit,omitempty"`
	}
	jsonSummary struct {
		Agree      int `json:"agree"`
		Conflict   int `json:"conflict"`
		OnlyA      int `json:"only_a"`
		OnlyB      int `json:"only_b"`
		Suppressed int `json:"suppressed,omitempty"`
	}
	jsonSkipped struct {
		Unit string `json:"unit"`
		Why  string `json:"why"`
	}
)

// jsonSideOf returns the JSON of one side of a report.
func jsonSideOf(s Side) jsonSide {
	js := jsonSide{Lang: s.Lang.String(), Name: s.Name, Sentences: make([]jsonSentence, len(s.Sentences)), Crowded: s.Crowded}
	if s.LangDetected {
		c := round3(s.LangConfidence)
		js.LangGuess = &c
	}
	if !s.Date.IsZero() {
		js.Date = s.Date.Format("2006-01-02")
	}
	for i, st := range s.Sentences {
		js.Sentences[i] = jsonSentence{Start: st.Start, End: st.End}
		if st.Kind != Body {
			js.Sentences[i].Kind = st.Kind.String()
		}
	}
	return js
}

// jsonPairsOf returns the JSON of the sentence pairs: empty lists, not
// nulls, for a side with no sentence.
func jsonPairsOf(pairs []Bead) []jsonPair {
	out := make([]jsonPair, 0, len(pairs))
	for _, p := range pairs {
		jp := jsonPair{A: p.A, B: p.B, Score: round3(p.Score)}
		if jp.A == nil {
			jp.A = []int{}
		}
		if jp.B == nil {
			jp.B = []int{}
		}
		out = append(out, jp)
	}
	return out
}

// jsonFactsOf returns the JSON of the facts, each followed by a row for
// each of its links.
func jsonFactsOf(facts []Fact) ([]jsonFact, error) {
	out := make([]jsonFact, 0, len(facts))
	for i := range facts {
		f := &facts[i]
		jf := jsonFact{Status: f.Status.String(), Kind: f.Kind, Why: f.Why, Confidence: round3(f.Confidence), Suppressed: f.Suppressed, Unit: f.Unit}
		if err := jf.setItems(f.A, f.B); err != nil {
			return nil, err
		}
		var err error
		if jf.AlsoA, err = itemsJSON(f.AlsoA); err != nil {
			return nil, err
		}
		if jf.AlsoB, err = itemsJSON(f.AlsoB); err != nil {
			return nil, err
		}
		out = append(out, jf)
		for _, l := range f.Links {
			rf := jsonFact{Status: jf.Status, Kind: jf.Kind, Why: jf.Why, Confidence: jf.Confidence, Repeat: true, Unit: jf.Unit}
			if err := rf.setItems(l.A, l.B); err != nil {
				return nil, err
			}
			out = append(out, rf)
		}
	}
	return out, nil
}

// setItems sets the fact's two mentions.
func (jf *jsonFact) setItems(a, b *Item) error {
	var err error
	if jf.A, err = itemJSON(a); err != nil {
		return err
	}
	jf.B, err = itemJSON(b)
	return err
}

// itemJSON writes an item's mention with its sentence index added.
func itemJSON(it *Item) (json.RawMessage, error) {
	if it == nil {
		return nil, nil
	}
	var b []byte
	var err error
	switch {
	case it.Number != nil:
		b, err = it.Number.MarshalJSON()
	case it.Entity != nil:
		b, err = it.Entity.MarshalJSON()
	default:
		return nil, nil
	}
	if err != nil || len(b) < 2 {
		return nil, err
	}
	b = append(b[:len(b)-1], `,"sentence":`...)
	b = strconv.AppendInt(b, int64(it.Sentence), 10)
	return append(b, '}'), nil
}

func round3(x float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return f
}

// WriteJSONReports writes several reports as one JSON array, each element
// as WriteJSON writes it: the reports of a story checked against several
// versions, in one document a program can parse.
func WriteJSONReports(w io.Writer, reports ...*Report) error {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for k, r := range reports {
		if r == nil {
			return errors.New("align: WriteJSONReports of a nil report")
		}
		if k > 0 {
			buf.WriteByte(',')
		}
		if err := r.WriteJSON(&buf); err != nil {
			return err
		}
		buf.Truncate(len(bytes.TrimRight(buf.Bytes(), "\n")))
	}
	buf.WriteString("]\n")
	_, err := w.Write(buf.Bytes())
	return err
}
