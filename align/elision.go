package align

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

// elisionData holds the phrases of data/elision.tsv.
//
//go:embed data/elision.tsv
var elisionData string

// An elisionRole says where a count that leaves out its noun finds it,
// by the phrase next to it (data/elision.tsv).
type elisionRole uint8

const (
	elidePlace elisionRole = iota + 1 // after the count, before a place: the noun of the figure before ("one in Hai Phong")
	elideBack                         // after the count: the noun of the figure before ("six of them", "two others")
	elideAhead                        // after the count: the noun of the next figure ("two of the five bridges")
	elideLead                         // before the count: the noun of the figure before ("the remaining four")
)

var elisionRoles = map[string]elisionRole{"place": elidePlace, "back": elideBack, "ahead": elideAhead, "lead": elideLead}

// elisionFlags are the flags of data/elision.tsv: part, the one there is,
// sets elisionPhrase.part.
var elisionFlags = map[string]bool{"part": true}

// An elisionPhrase is a row of data/elision.tsv.
type elisionPhrase struct {
	words string // lower case, NFC
	role  elisionRole
	part  bool // the count is a part of the figure's: smaller than it
}

// elisionPhrases is parsed once from elisionData and never changes,
// longest phrase first.
var elisionPhrases = sync.OnceValue(func() []elisionPhrase {
	ps, err := parseElision(elisionData)
	if err != nil {
		panic(err) // the embedded file is tested (TestElisionData)
	}
	return ps
})

// parseElision reads lines of phrase, role and flags, separated by tabs,
// with comment lines starting with '#'.
func parseElision(data string) ([]elisionPhrase, error) {
	var out []elisionPhrase
	for n, line := range dataLines(data) {
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 || f[0] == "" {
			return nil, fmt.Errorf("data/elision.tsv:%d: want a phrase, a role (place, back, ahead, lead) and flags: %q", n, line)
		}
		role, ok := elisionRoles[f[1]]
		if !ok {
			return nil, fmt.Errorf("data/elision.tsv:%d: want a phrase, a role (place, back, ahead, lead) and flags: %q", n, line)
		}
		p := elisionPhrase{words: f[0], role: role}
		if len(f) == 3 {
			part, ok := elisionFlags[f[2]]
			if !ok {
				return nil, fmt.Errorf("data/elision.tsv:%d: unknown flag %q", n, f[2])
			}
			p.part = part
		}
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b elisionPhrase) int { return len(b.words) - len(a.words) })
	return out, nil
}

// conversionData holds the words of data/conversion.tsv.
//
//go:embed data/conversion.tsv
var conversionData string

// conversionWords is parsed once from conversionData and never changes.
var conversionWords = sync.OnceValue(func() map[string]bool { return wordList(conversionData) })

// wordList parses a data file of one word or phrase a line, with comment
// lines starting with '#'.
func wordList(data string) map[string]bool {
	words := map[string]bool{}
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line != "" && line[0] != '#' {
			words[line] = true
		}
	}
	return words
}

// elided reports a count whose noun the text leaves out because a figure
// beside it says it, and returns that figure's unit: "as well as one in
// Hai Phong" after "three fatalities in Quang Ninh", "20 athletes, eight
// of them", "Three of the province's seven hospitals", "the remaining
// two". m is a count with no unit; counts holds the figures before it
// (in its sentence or the one before) and next is the one after it in
// its sentence, or nil; places are the names of its sentence. The
// phrases and where each points are in data/elision.tsv. The unit is ""
// (and ok true) for a figure that counts a noun no table knows: the
// count is a fact all the same.
func elided(text string, m numbers.Mention, counts countsBefore, next *numbers.Mention, places []entities.Entity) elision {
	if m.Kind != numbers.Number || m.Unit != "" || m.Range {
		return elision{}
	}
	rest := strings.TrimLeftFunc(text[min(m.End, len(text)):], unicode.IsSpace)
	after := rest[:wordsEnd(rest, maxElisionBytes)]
	before := strings.TrimRightFunc(text[wordsStart(text, m.Start, maxElisionBytes):m.Start], unicode.IsSpace)
	for _, p := range elisionPhrases() {
		var fig *numbers.Mention
		prev := counts.last
		if p.part {
			prev = counts.whole // "two friendlies. Five of them": five of the squad before
		}
		switch {
		case p.role == elideLead && hasWordSuffix(before, p.words):
			fig = prev
		case p.role == elideLead || !hasWordPrefix(after, p.words):
			continue
		case p.role == elideBack:
			fig = prev
		case p.role == elideAhead:
			// The whole is the next figure, a few words on: "of the
			// district's five bridges".
			if at := len(text) - len(rest) + len(p.words); next != nil && next.Start >= at && next.Start-at <= maxElisionBytes {
				fig = next
			}
		case p.role == elidePlace:
			if placeAt(text, len(text)-len(rest)+len(p.words), places) {
				fig = prev
			}
		}
		if fig == nil || fig.Kind != numbers.Number || fig.Unit == "" && (p.role == elidePlace || !countable(fig)) || p.part && m.Value.Cmp(fig.Value) >= 0 {
			continue
		}
		return elision{unit: fig.Unit, part: p.part, ok: true}
	}
	return elision{}
}

// countsBefore are the counts before one that leaves out its noun, in
// its sentence or the one before: the last, and the last larger than it,
// the whole a part can be of.
type countsBefore struct {
	last, whole *numbers.Mention
}

// An elision is what elided finds: the unit of the figure whose noun a
// count leaves out ("" when no table knows it), and whether the count is
// a part of that figure's, which may name a narrower noun ("23 of them
// fatal" after "119,000 cases" counts deaths).
type elision struct {
	unit string
	part bool
	ok   bool
}

// countable reports a figure with no unit that counts things all the
// same: a whole number above zero, exact ("20 vận động viên", a noun no
// table knows).
func countable(m *numbers.Mention) bool {
	return !m.Range && m.Qualifier == numbers.Exact && m.Value.Exp() >= 0 && m.Value.Cmp(numbers.Decimal{}) > 0
}

// maxElisionBytes bounds the words read on each side of a count for its
// phrase, and the distance from an elision phrase to the figure ahead.
const maxElisionBytes = 40

// placeAt reports whether a place or a country is named at the first
// word at or after byte at of text.
func placeAt(text string, at int, places []entities.Entity) bool {
	at = len(text) - len(strings.TrimLeftFunc(text[min(at, len(text)):], unicode.IsSpace))
	for _, e := range places {
		if e.Start == at && (e.Type == entities.Place || e.Type == entities.Country) {
			return true
		}
	}
	return false
}

// hasWordPrefix reports whether s begins with the words w in any case,
// followed by the end of s or a byte that is no letter or digit.
func hasWordPrefix(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || !isWordByte(s[len(w)]))
}

// hasWordSuffix reports whether s ends with the words w in any case,
// after the start of s or a byte that is no letter or digit.
func hasWordSuffix(s, w string) bool {
	n := len(s) - len(w)
	return n >= 0 && strings.EqualFold(s[n:], w) && (n == 0 || !isWordByte(s[n-1]))
}

// isWordByte reports an ASCII letter or digit, or a byte of a multi-byte
// rune (the letters of Vietnamese).
func isWordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordsEnd returns the end of at most n bytes of s, backed off to a rune
// boundary.
func wordsEnd(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// wordsStart returns the start of at most n bytes of text before end,
// moved on to a rune boundary.
func wordsStart(text string, end, n int) int {
	i := max(0, end-n)
	for i < end && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}
