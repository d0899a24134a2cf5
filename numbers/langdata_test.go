package numbers

import (
	"io/fs"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// builtinSource returns the data files of a built-in language.
func builtinSource(lang string) langSource {
	sub, _ := fs.Sub(langFiles, "lang/"+lang)
	return langSource{name: lang, fsys: sub}
}

// readTSV reads lang/LANG/NAME.tsv of a built-in language.
func readTSV(lang, name string) map[string]string { return builtinSource(lang).tsv(name) }

// testLanguage is a language of a few words made up for the tests: its
// number words, one unit noun, one month name and its separators, which
// are those of Vietnamese ("4.400" is 4400, "2,5" is 2.5) with the rules
// of English.
var testLanguage = fstest.MapFS{
	"number_words.tsv": {Data: []byte("# made-up number words\nuna\tdigit\t1\ndu\tdigit\t2\ntri\tdigit\t3\ndek\tteen\t10\ncent\thundred\nmil\tscale\t3\n")},
	"scale_words.tsv":  {Data: []byte("mil\t3\n")},
	"units.tsv":        {Data: []byte("domo\thouse\n")},
	"date_months.tsv":  {Data: []byte("marto\t3\tfull\n")},
	"conventions.tsv":  {Data: []byte("decimal\t,\ngroup\t.\nrules\ten\n")},
}

// TestLanguageFromData checks that a language is its data: one built from
// an fstest.MapFS reads its numbers with their unit, its separators and
// its dates.
func TestLanguageFromData(t *testing.T) {
	l := newLanguage("xx", testLanguage)
	require.Empty(t, l.problem)
	ref := config{ref: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), hasRef: true}
	for _, c := range []struct {
		text, want string
	}{
		{"Ili konstruis 4.400 domo.", "4.400 domo=number 4400 house"},
		{"Ili konstruis tri domo.", "tri domo=number 3 house"},
		{"Ili konstruis du cent una domo.", "du cent una domo=number 201 house"},
		{"Kosto 2,5 mil.", "2,5 mil=number 2500"},
		{"La 5 marto 2024 ili venis.", "5 marto 2024=date 2024-03-05 grain=day"},
	} {
		t.Run(c.text, func(t *testing.T) {
			var got []string
			for _, m := range extractWith(c.text, l, ref) {
				got = append(got, m.Text+"="+describe(m))
			}
			assert.Contains(t, got, c.want)
		})
	}
	// Words of the built-in languages are none of its own.
	assert.Empty(t, extractWith("three domo, ba domo, March", l, ref))
}

// describe says what m is: its kind, value and unit, or its date.
func describe(m Mention) string {
	if m.Kind == Date {
		return m.Kind.String() + " " + m.Date.String()
	}
	s := m.Kind.String() + " " + m.Value.String()
	if m.Unit != "" {
		s += " " + m.Unit
	}
	return s
}

// TestLanguageMissingFiles checks that a language with no data files
// reads, with empty tables, and finds only numbers in digits.
func TestLanguageMissingFiles(t *testing.T) {
	l := newLanguage("none", fstest.MapFS{})
	require.NotNil(t, l)
	assert.NotPanics(t, func() {
		got := extractWith("Ili konstruis 4,400 domo la 5 marto 2024.", l, config{})
		assert.NotEmpty(t, got)
	})
}
