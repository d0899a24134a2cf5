package align

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// inflectionData holds the English inflection rules of
// data/en-inflections.tsv.
//
//go:embed data/en-inflections.tsv
var inflectionData string

// theInflections is parsed once from inflectionData and never changes.
var theInflections = sync.OnceValue(func() *inflector {
	in, err := parseInflections(inflectionData)
	if err != nil {
		panic(err) // the embedded file is tested: see TestInflections
	}
	return in
})

// An inflector makes the regular inflections of English base forms and
// reads contractions, by the rules of data/en-inflections.tsv.
type inflector struct {
	vowels       string
	forms        []string // in the order of the file
	rules        map[string][]inflectionRule
	contractions map[string]contraction // by suffix: "'t"
}

// An inflectionRule makes one form of the words it fits.
type inflectionRule struct {
	when string // "ends:X", "consonant+X", "short" or "*"
	drop int
	add  []string
}

// A contraction is a suffix that stands for a word: "'t" for "not".
type contraction struct {
	word  string
	stems map[string]string // "won" → "will"
	trim  string            // cut from the end of a stem not listed: "n"
}

// parseInflections reads the rules; an error names the line.
func parseInflections(data string) (*inflector, error) {
	in := &inflector{rules: map[string][]inflectionRule{}, contractions: map[string]contraction{}}
	for n, line := range dataLines(data) {
		cols := strings.Split(line, "\t")
		if err := in.addLine(cols); err != nil {
			return nil, fmt.Errorf("en-inflections.tsv:%d: %v", n, err)
		}
	}
	return in, nil
}

// The kinds of line besides inflection forms.
const (
	lineVowels      = "vowels"
	lineContraction = "contraction"
)

// addLine adds one line of the file, split at tabs.
func (in *inflector) addLine(cols []string) error {
	switch {
	case cols[0] == lineVowels && len(cols) == 2:
		in.vowels = cols[1]
	case cols[0] == lineContraction && (len(cols) == 3 || len(cols) == 4):
		c := contraction{word: cols[2], stems: map[string]string{}}
		if len(cols) == 4 {
			for _, st := range strings.Fields(cols[3]) {
				if t, ok := strings.CutPrefix(st, "-"); ok {
					c.trim = t
					continue
				}
				from, to, ok := strings.Cut(st, ":")
				if !ok {
					return fmt.Errorf("stem %q: want FROM:TO", st)
				}
				c.stems[from] = to
			}
		}
		in.contractions[cols[1]] = c
	case len(cols) == 4:
		drop, err := strconv.Atoi(cols[2])
		if err != nil || drop < 0 {
			return fmt.Errorf("drop %q: want a count of letters", cols[2])
		}
		if _, seen := in.rules[cols[0]]; !seen {
			in.forms = append(in.forms, cols[0])
		}
		in.rules[cols[0]] = append(in.rules[cols[0]], inflectionRule{when: cols[1], drop: drop, add: strings.Fields(cols[3])})
	default:
		return fmt.Errorf("want vowels, contraction or FORM WHEN DROP ADD, got %d columns", len(cols))
	}
	return nil
}

// inflect returns w and its regular inflections.
func (in *inflector) inflect(w string) []string {
	out := []string{w}
	if len(w) < 2 {
		return out
	}
	for _, form := range in.forms {
		for _, r := range in.rules[form] {
			if !in.fits(r.when, w) || r.drop > len(w) {
				continue
			}
			stem := w[:len(w)-r.drop]
			for _, a := range r.add {
				out = append(out, stem+strings.ReplaceAll(a, "=", w[len(w)-1:]))
			}
			break
		}
	}
	return out
}

// The conditions of a rule.
const (
	whenAny       = "*"
	whenShort     = "short"
	whenEnds      = "ends:"
	whenConsonant = "consonant+"
	shortMax      = 5 // letters of a "short" word
	noDoubling    = "wxy"
)

// fits reports whether the condition of a rule fits word w.
func (in *inflector) fits(when, w string) bool {
	vowel := func(c byte) bool { return strings.IndexByte(in.vowels, c) >= 0 }
	last, prev := w[len(w)-1], w[len(w)-2]
	switch {
	case when == whenAny:
		return true
	case when == whenShort:
		return len(w) <= shortMax && !vowel(last) && strings.IndexByte(noDoubling, last) < 0 && vowel(prev)
	case strings.HasPrefix(when, whenEnds):
		return strings.HasSuffix(w, when[len(whenEnds):])
	case strings.HasPrefix(when, whenConsonant):
		end := when[len(whenConsonant):]
		return strings.HasSuffix(w, end) && len(w) > len(end) && !vowel(w[len(w)-len(end)-1])
	}
	return false
}

// contracted splits a word with an apostrophe ("can't", "we'll") into
// the stem to look up and the word its suffix stands for; ok is false
// for a suffix the rules do not list ("it's").
func (in *inflector) contracted(stem, suffix string) (string, string, bool) {
	c, ok := in.contractions[suffix]
	if !ok {
		return stem, "", false
	}
	if to, ok := c.stems[stem]; ok {
		return to, c.word, true
	}
	return strings.TrimSuffix(stem, c.trim), c.word, true
}
