package align

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/factalign/factalign/numbers"
)

// compareConfig holds the options that only Compare reads.
type compareConfig struct {
	kinds     map[string]bool // nil: every kind
	tolerance float64         // relative difference still taken as rounding
	ignore    []Suppression
	units     bool // the beads are the units of a bilingual file (CompareUnits)
	maxSize   int  // the longest document Compare reads, in bytes; 0 for no limit
}

// DefaultMaxSize is the longest document Compare reads unless WithMaxSize
// says otherwise: 8 MiB, more than any news story or book chapter.
const DefaultMaxSize = 8 << 20

// WithMaxSize sets the longest document Compare reads, in bytes; a longer
// one is refused with ErrTooLarge. n ≤ 0 lifts the limit.
func WithMaxSize(n int) Option {
	return func(c *config) { c.cmp.maxSize = max(n, 0) }
}

// wants reports whether facts of the kind are checked.
func (c *compareConfig) wants(kind string) bool {
	return c.kinds == nil || c.kinds[kind]
}

// WithKinds limits Compare to facts of the given kinds: "number", "money",
// "percent", "percentpoint", "ordinal", "date", "daterange", "duration",
// "entity". With no kinds (the default) every kind is checked.
func WithKinds(kinds ...string) Option {
	return func(c *config) {
		if len(kinds) == 0 {
			c.cmp.kinds = nil
			return
		}
		c.cmp.kinds = make(map[string]bool, len(kinds))
		for _, k := range kinds {
			c.cmp.kinds[strings.ToLower(strings.TrimSpace(k))] = true
		}
	}
}

// WithTolerance lets two values that differ by at most rel of the larger
// agree as a rounding: WithTolerance(0.02) takes 1.52 million and
// 1.5 million as the same figure even when neither side says "about".
// Values also agree, without any tolerance, when one side is marked
// approximate or states fewer significant digits and the other rounds to
// it. The default is 0; a negative rel is 0.
func WithTolerance(rel float64) Option {
	return func(c *config) {
		if rel < 0 || rel != rel {
			rel = 0
		}
		c.cmp.tolerance = rel
	}
}

// WithSuppressions marks the conflicts that match one of the suppressions
// as reviewed: they stay in the report, flagged Suppressed, but no longer
// count as conflicts in the Summary. A team keeps them in a file (see
// [ParseSuppressions]) so that a reviewed difference stops failing.
func WithSuppressions(s ...Suppression) Option {
	return func(c *config) { c.cmp.ignore = append(c.cmp.ignore, s...) }
}

// A Suppression describes known differences. A fact matches when its Kind
// matches (or Kind is empty) and either side's value dump equals Value (or
// Value is empty) and either side's text contains Text (or Text is empty).
// A suppression with every field empty matches nothing.
type Suppression struct {
	Kind  string // "money", "date", "entity", ...; "" for any
	Value string // a value as in the JSON report: "90000000000", "2026-01-31", "country:MY"
	Text  string // a piece of either side's text: "31/1", "President"
	Line  int    // the line of the file ParseSuppressions read it from, or 0
}

// values returns the values a suppression's Value may stand for: itself,
// and a figure as either language writes it ("1.032" is 1032 in
// Vietnamese and 1.032 in English; "1,032" the other way round).
func (s Suppression) values() []string {
	out := []string{s.Value}
	for _, lang := range numbers.Languages() {
		if ms := numbers.Extract(s.Value, lang); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(s.Value) {
			out = append(out, ms[0].Value.String())
		}
	}
	return out
}

// matches reports whether the suppression covers the fact.
func (s Suppression) matches(f Fact) bool {
	if s.Kind == "" && s.Value == "" && s.Text == "" {
		return false
	}
	if s.Kind != "" && !strings.EqualFold(s.Kind, f.Kind) {
		return false
	}
	if s.Value != "" && !slices.ContainsFunc(s.values(), func(v string) bool { return itemValue(f.A) == v || itemValue(f.B) == v }) {
		return false
	}
	if s.Text != "" && !strings.Contains(f.A.Text(), s.Text) && !strings.Contains(f.B.Text(), s.Text) {
		return false
	}
	return true
}

// suppress flags the conflicts that a suppression covers.
func suppress(facts []Fact, ignore []Suppression) []Fact {
	if len(ignore) == 0 {
		return facts
	}
	for i := range facts {
		if facts[i].Status != Conflict {
			continue
		}
		for _, s := range ignore {
			if s.matches(facts[i]) {
				facts[i].Suppressed = true
				break
			}
		}
	}
	return facts
}

// unusedSuppressions returns the suppressions that match no conflict of
// facts: a reviewed difference that is gone, or a line with a slip.
func unusedSuppressions(facts []Fact, ignore []Suppression) []Suppression {
	var out []Suppression
	for _, s := range ignore {
		if !slices.ContainsFunc(facts, func(f Fact) bool { return f.Status == Conflict && s.matches(f) }) {
			out = append(out, s)
		}
	}
	return out
}

// ParseSuppressions reads a suppression file: one suppression a line,
// blank lines and lines starting with # ignored.
//
//	# reviewed 2026-02-01: the English desk rounds
//	money 90000000000
//	date 2026-01-31
//	text "President Lawrence Wong"
//	entity text "Malaysia"
//
// A line is an optional kind, then a value or the word text and a quoted
// string. Errors name the line: `align: suppressions:3: ...`.
func ParseSuppressions(r io.Reader) ([]Suppression, error) {
	var out []Suppression
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, err := parseSuppression(line)
		if err != nil {
			return nil, fmt.Errorf("align: suppressions:%d: %v", n, err)
		}
		s.Line = n
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("align: suppressions: %v", err)
	}
	return out, nil
}

// SuppressionLine returns the line of a suppression file that suppresses
// this fact once reviewed: its kind and the quoted text of its first
// mention, `number text "4.400 dự án"`.
func (f Fact) SuppressionLine() string {
	it := f.A
	if it == nil {
		it = f.B
	}
	if it == nil {
		return ""
	}
	return f.Kind + " " + suppressionText + " " + strconv.Quote(it.Text())
}

// isWord reports a run of letters.
func isWord(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// suppressionText starts the part of a suppression line that quotes a
// mention's text: text "Lao".
const suppressionText = "text"

var suppressionKinds = map[string]bool{
	"number": true, "money": true, "percent": true, "percentpoint": true, "ordinal": true,
	"date": true, "daterange": true, "duration": true, "entity": true,
}

func parseSuppression(line string) (Suppression, error) {
	var s Suppression
	first, rest, _ := strings.Cut(line, " ")
	if suppressionKinds[strings.ToLower(first)] {
		s.Kind = strings.ToLower(first)
		line = strings.TrimSpace(rest)
		first, rest, _ = strings.Cut(line, " ")
	}
	if first == suppressionText {
		q := strings.TrimSpace(rest)
		t, err := strconv.Unquote(q)
		if err != nil {
			return s, fmt.Errorf("text needs a quoted string, got %s", q)
		}
		if t == "" {
			return s, fmt.Errorf("empty text")
		}
		s.Text = t
		return s, nil
	}
	if line == "" {
		return s, fmt.Errorf("a kind needs a value or text")
	}
	if strings.ContainsAny(line, " \t") {
		if s.Kind == "" && isWord(first) {
			return s, fmt.Errorf("%q is not a kind (kinds are %s)", first, strings.Join(slices.Sorted(maps.Keys(suppressionKinds)), ", "))
		}
		return s, fmt.Errorf("a value is one word, got %q", line)
	}
	s.Value = line
	return s, nil
}
