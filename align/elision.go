package align

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

// elisionData holds the words of data/elision.tsv.
//
//go:embed data/elision.tsv
var elisionData string

// elisionWords is parsed once from elisionData and never changes.
var elisionWords = sync.OnceValue(func() map[string]bool { return wordList(elisionData) })

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

// elided reports a count in words whose noun the text leaves out because
// the figure before it said it: "as well as one in Hai Phong" after
// "three fatalities in Quang Ninh". It returns the unit of that figure;
// m must be a small number in words with no unit, followed by a word of
// data/elision.tsv and the name of a place or country.
func elided(text string, m numbers.Mention, prev *numbers.Mention, places []entities.Entity) (string, bool) {
	if prev == nil || prev.Unit == "" || m.Kind != numbers.Number || m.Unit != "" || m.Written == numbers.WrittenDigits {
		return "", false
	}
	rest := strings.TrimLeftFunc(text[min(m.End, len(text)):], unicode.IsSpace)
	word, after, ok := strings.Cut(rest, " ")
	if !ok || !elisionWords()[strings.ToLower(word)] {
		return "", false
	}
	at := len(text) - len(after)
	for _, e := range places {
		if e.Start == at && (e.Type == entities.Place || e.Type == entities.Country) {
			return prev.Unit, true
		}
	}
	return "", false
}
