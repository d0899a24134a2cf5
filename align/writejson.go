package align

import (
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/factalign/factalign/internal/jsonenc"
)

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
//
// The object is streamed to w in pieces of some tens of kilobytes, so
// that writing a report holds little memory beside it; an error from w
// ends the writing and is returned.
func (r *Report) WriteJSON(w io.Writer) error {
	if r == nil {
		return errors.New("align: WriteJSON of a nil report")
	}
	jw := newJSONWriter(w)
	jw.report(r)
	jw.buf = append(jw.buf, '\n')
	return jw.flush()
}

// WriteJSONReports writes several reports as one JSON array, each element
// as WriteJSON writes it: the reports of a story checked against several
// versions, in one document a program can parse.
func WriteJSONReports(w io.Writer, reports ...*Report) error {
	for _, r := range reports {
		if r == nil {
			return errors.New("align: WriteJSONReports of a nil report")
		}
	}
	jw := newJSONWriter(w)
	jw.buf = append(jw.buf, '[')
	for k, r := range reports {
		if k > 0 {
			jw.buf = append(jw.buf, ',')
		}
		jw.report(r)
	}
	jw.buf = append(jw.buf, "]\n"...)
	return jw.flush()
}

// A jsonWriter streams the JSON of reports: values are appended to buf,
// which goes to w whenever it holds jsonChunk bytes. The first error
// (from w, or a number JSON cannot hold) stops the writing.
type jsonWriter struct {
	w   io.Writer
	buf []byte
	err error
}

// jsonChunk is the size of the pieces a jsonWriter writes.
const jsonChunk = 32 << 10

// newJSONWriter returns a jsonWriter to w with room for a chunk and the
// row that ends it.
func newJSONWriter(w io.Writer) *jsonWriter {
	return &jsonWriter{w: w, buf: make([]byte, 0, 2*jsonChunk)}
}

// flush writes what buf holds and returns the first error met.
func (jw *jsonWriter) flush() error {
	if jw.err == nil && len(jw.buf) > 0 {
		_, jw.err = jw.w.Write(jw.buf)
	}
	jw.buf = jw.buf[:0]
	return jw.err
}

// flushFull writes buf once it holds a chunk.
func (jw *jsonWriter) flushFull() {
	if len(jw.buf) >= jsonChunk {
		jw.flush()
	}
}

// The members of the report's JSON.
const (
	jsonA, jsonB                 = "a", "b" // the sides, a pair's sentences, a fact's mentions
	jsonPairs, jsonFacts         = "pairs", "facts"
	jsonSummary, jsonSkipped     = "summary", "skipped"
	jsonAgree, jsonConflict      = "agree", "conflict"
	jsonOnlyA, jsonOnlyB         = "only_a", "only_b"
	jsonSuppressed, jsonRepeat   = "suppressed", "repeat"
	jsonLang, jsonLangConfidence = "lang", "lang_confidence"
	jsonName, jsonDate           = "name", "date"
	jsonSentences, jsonCrowded   = "sentences", "crowded"
	jsonUnplaced                 = "unplaced"
	jsonStart, jsonEnd, jsonKind = "start", "end", "kind"
	jsonSentence                 = "sentence"
	jsonFigures, jsonNames       = "figures", "names"
	jsonScore, jsonStatus        = "score", "status"
	jsonAlsoA, jsonAlsoB         = "also_a", "also_b"
	jsonWhy, jsonConfidence      = "why", "confidence"
	jsonUnit                     = "unit"
	jsonNull, jsonTrue           = "null", "true"
)

// key appends `,"name":`, or without the comma for the first member.
func (jw *jsonWriter) key(name string, first bool) {
	if !first {
		jw.buf = append(jw.buf, ',')
	}
	jw.buf = append(jw.buf, '"')
	jw.buf = append(jw.buf, name...)
	jw.buf = append(jw.buf, '"', ':')
}

// open appends '{' and the first member's name.
func (jw *jsonWriter) open(first string) {
	jw.buf = append(jw.buf, '{')
	jw.key(first, true)
}

// end appends c, the end of an object or a list.
func (jw *jsonWriter) end(c byte) {
	jw.buf = append(jw.buf, c)
}

// comma appends the comma before the element i of a list, if i > 0.
func (jw *jsonWriter) comma(i int) {
	if i > 0 {
		jw.buf = append(jw.buf, ',')
	}
}

// flag appends `,"name":true` when on.
func (jw *jsonWriter) flag(name string, on bool) {
	if on {
		jw.key(name, false)
		jw.buf = append(jw.buf, jsonTrue...)
	}
}

// str appends s as a JSON string, with no HTML escapes (a json.Encoder
// after SetEscapeHTML(false)).
func (jw *jsonWriter) str(s string) {
	jw.buf = jsonenc.AppendString(jw.buf, s, false)
}

func (jw *jsonWriter) int(n int) {
	jw.buf = strconv.AppendInt(jw.buf, int64(n), 10)
}

// score appends x rounded to three decimals.
func (jw *jsonWriter) score(x float64) {
	b, err := jsonenc.AppendFloat(jw.buf, round3(x))
	if err != nil && jw.err == nil {
		jw.err = fmt.Errorf("align: WriteJSON: a score of %v: %w", x, err)
	}
	jw.buf = b
}

// report appends one report's object.
func (jw *jsonWriter) report(r *Report) {
	jw.open(jsonA)
	jw.side(&r.A)
	jw.key(jsonB, false)
	jw.side(&r.B)
	jw.key(jsonPairs, false)
	jw.buf = append(jw.buf, '[')
	for i, p := range r.Pairs {
		jw.comma(i)
		jw.pair(p)
		jw.flushFull()
	}
	jw.end(']')
	jw.key(jsonFacts, false)
	jw.buf = append(jw.buf, '[')
	for i := range r.Facts {
		f := &r.Facts[i]
		jw.comma(i)
		jw.fact(f, f.A, f.B, false)
		jw.flushFull()
		for _, l := range f.Links {
			jw.buf = append(jw.buf, ',') // after the fact, or the link before
			jw.fact(f, l.A, l.B, true)
			jw.flushFull()
		}
	}
	jw.end(']')
	jw.key(jsonSummary, false)
	jw.summary(r.Summary)
	jw.skipped(r.Skipped)
	jw.end('}')
}

// summary appends the counts of the facts by verdict.
func (jw *jsonWriter) summary(s Summary) {
	jw.open(jsonAgree)
	jw.int(s.Agree)
	jw.key(jsonConflict, false)
	jw.int(s.Conflict)
	jw.key(jsonOnlyA, false)
	jw.int(s.OnlyA)
	jw.key(jsonOnlyB, false)
	jw.int(s.OnlyB)
	if s.Suppressed != 0 {
		jw.key(jsonSuppressed, false)
		jw.int(s.Suppressed)
	}
	jw.end('}')
}

// side appends a side's object: its language, name, date, sentences and
// crowded sentences.
func (jw *jsonWriter) side(s *Side) {
	jw.open(jsonLang)
	jw.str(s.Lang.String())
	if s.LangDetected {
		jw.key(jsonLangConfidence, false)
		jw.score(s.LangConfidence)
	}
	if s.Name != "" {
		jw.key(jsonName, false)
		jw.str(s.Name)
	}
	if !s.Date.IsZero() {
		jw.key(jsonDate, false)
		jw.str(s.Date.Format("2006-01-02"))
	}
	jw.key(jsonSentences, false)
	jw.buf = append(jw.buf, '[')
	for i, st := range s.Sentences {
		jw.comma(i)
		jw.open(jsonStart)
		jw.int(st.Start)
		jw.key(jsonEnd, false)
		jw.int(st.End)
		if st.Kind != Body {
			jw.key(jsonKind, false)
			jw.str(st.Kind.String())
		}
		jw.end('}')
		jw.flushFull()
	}
	jw.end(']')
	if len(s.Crowded) > 0 {
		jw.key(jsonCrowded, false)
		jw.crowded(s.Crowded)
	}
	if s.Unplaced > 0 {
		jw.key(jsonUnplaced, false)
		jw.int(s.Unplaced)
	}
	jw.end('}')
}

// crowded appends the list of crowded sentences.
func (jw *jsonWriter) crowded(cs []Crowded) {
	jw.buf = append(jw.buf, '[')
	for i, c := range cs {
		jw.comma(i)
		jw.open(jsonSentence)
		jw.int(c.Sentence)
		jw.key(jsonFigures, false)
		jw.int(c.Figures)
		jw.key(jsonNames, false)
		jw.int(c.Names)
		jw.end('}')
	}
	jw.end(']')
}

// pair appends a sentence pair: empty lists, not nulls, for a side with
// no sentence.
func (jw *jsonWriter) pair(p Bead) {
	jw.open(jsonA)
	jw.ints(p.A)
	jw.key(jsonB, false)
	jw.ints(p.B)
	jw.key(jsonScore, false)
	jw.score(p.Score)
	jw.end('}')
}

// ints appends a list of numbers.
func (jw *jsonWriter) ints(ns []int) {
	jw.buf = append(jw.buf, '[')
	for i, n := range ns {
		jw.comma(i)
		jw.int(n)
	}
	jw.end(']')
}

// fact appends one row of the facts: the fact f with its mentions a and
// b, which are f's own or, for a repeat, those of one of its links (a
// repeat has no also_a and also_b).
func (jw *jsonWriter) fact(f *Fact, a, b *Item, repeat bool) {
	jw.open(jsonStatus)
	jw.str(f.Status.String())
	jw.key(jsonKind, false)
	jw.str(f.Kind)
	jw.item(jsonA, a)
	jw.item(jsonB, b)
	if !repeat {
		jw.items(jsonAlsoA, f.AlsoA)
		jw.items(jsonAlsoB, f.AlsoB)
	}
	jw.key(jsonWhy, false)
	jw.str(f.Why)
	jw.key(jsonConfidence, false)
	jw.score(f.Confidence)
	jw.flag(jsonSuppressed, f.Suppressed && !repeat)
	jw.flag(jsonRepeat, repeat)
	if f.Unit != "" {
		jw.key(jsonUnit, false)
		jw.str(f.Unit)
	}
	jw.end('}')
}

// item appends the member name with the item's mention, if it has one.
func (jw *jsonWriter) item(name string, it *Item) {
	if it == nil || (it.Number == nil && it.Entity == nil) {
		return
	}
	jw.key(name, false)
	jw.mention(it)
}

// items appends the member name with the mentions of a fact's repeats on
// one side, if there are any.
func (jw *jsonWriter) items(name string, its []*Item) {
	if len(its) == 0 {
		return
	}
	jw.key(name, false)
	jw.buf = append(jw.buf, '[')
	for i, it := range its {
		jw.comma(i)
		jw.mention(it)
		jw.flushFull() // a name said a thousand times is one row
	}
	jw.end(']')
}

// mention appends an item's mention, as package numbers or entities
// writes it, with the item's sentence index added; null for an item
// with neither.
func (jw *jsonWriter) mention(it *Item) {
	switch {
	case it != nil && it.Number != nil:
		jw.buf = it.Number.AppendJSON(jw.buf)
	case it != nil && it.Entity != nil:
		jw.buf = it.Entity.AppendJSON(jw.buf)
	default:
		jw.buf = append(jw.buf, jsonNull...)
		return
	}
	jw.buf = jw.buf[:len(jw.buf)-1] // the mention's '}'
	jw.key(jsonSentence, false)
	jw.int(it.Sentence)
	jw.end('}')
}

// skipped appends the units a report of CompareUnits left out, if any.
func (jw *jsonWriter) skipped(units []SkippedUnit) {
	if len(units) == 0 {
		return
	}
	jw.key(jsonSkipped, false)
	jw.buf = append(jw.buf, '[')
	for i, u := range units {
		jw.comma(i)
		jw.open(jsonUnit)
		jw.str(u.ID)
		jw.key(jsonWhy, false)
		jw.str(u.Why)
		jw.end('}')
	}
	jw.end(']')
}

// round3 rounds x to three decimals, as the JSON gives scores.
func round3(x float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return f
}
