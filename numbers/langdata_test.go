package numbers

import (
	"io/fs"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// langVi and langEn are the built-in languages, for the tests.
var (
	langVi = langOf(language.Vietnamese)
	langEn = langOf(language.English)
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
	for _, fsys := range []fs.FS{fstest.MapFS{}, nil} {
		l := newLanguage("none", fsys)
		require.NotNil(t, l)
		assert.NotPanics(t, func() {
			got := extractWith("Ili konstruis 4,400 domo la 5 marto 2024.", l, config{})
			assert.NotEmpty(t, got)
		})
	}
}

// TestWordFiles checks the files of the words around numbers and the
// conventions: each is there in both languages, and every row reads: a
// known qualifier, kind, place or convention.
func TestWordFiles(t *testing.T) {
	places := map[string]bool{"": true, placeBefore: true, placeMillion: true, placeSubunit: true, placeUnscaled: true}
	convs := map[string]bool{convDecimal: true, convGroup: true, convPointDecimals: true, convCommaDecimals: true,
		convIndianGroups: true, convMonthFirst: true, convDotClock: true, convDotDates: true, convSpelledMoney: true, convHyphenUnits: true, convRules: true,
		convBareHours: true, convClockAmPm: true, convHourWords: true, convDecades: true, convArticleDays: true, convRelLengths: true, convYearToNow: true,
		convDiary: true, convShortYears: true, convDayOf: true, convHourMinutes: true, convMonthRanges: true, convDayHeads: true, convLinkFractions: true, convMinusFracs: true, convSecondHundr: true, convPrimeTimes: true, convYearComma: true, convObjectAmounts: true, convSlashDays: true}
	for _, lang := range []string{"vi", "en"} {
		src := builtinSource(lang)
		for _, name := range []string{fileCurrencies, fileQualifiers, filePercents, fileConventions} {
			_, err := fs.Stat(src.fsys, name+".tsv")
			assert.NoError(t, err, "%s/%s", lang, name)
		}
		rows, lines := src.rows(fileCurrencies)
		for i, row := range rows {
			assert.True(t, places[col(row, 2)], "%s/currencies.tsv:%d: place %q", lang, lines[i], col(row, 2))
			assert.NotEmpty(t, col(row, 1), "%s/currencies.tsv:%d: no code", lang, lines[i])
		}
		rows, lines = src.rows(fileQualifiers)
		for i, row := range rows {
			_, ok := qualifierByName[col(row, 1)]
			assert.True(t, ok, "%s/qualifiers.tsv:%d: qualifier %q", lang, lines[i], col(row, 1))
			assert.Contains(t, []string{"", placeAfter}, col(row, 2), "%s/qualifiers.tsv:%d", lang, lines[i])
		}
		rows, lines = src.rows(filePercents)
		for i, row := range rows {
			_, ok := kindByName[col(row, 1)]
			assert.True(t, ok, "%s/percents.tsv:%d: kind %q", lang, lines[i], col(row, 1))
			assert.Contains(t, []string{"", placeBefore}, col(row, 2), "%s/percents.tsv:%d", lang, lines[i])
		}
		for k := range src.tsv(fileConventions) {
			assert.True(t, convs[k], "%s/conventions.tsv: unknown convention %q", lang, k)
		}
	}
	// The symbols and codes before an amount, the million codes and the
	// subunits are the same in both files, as their header says.
	assert.Equal(t, langVi.money.before.index, langEn.money.before.index)
	assert.Equal(t, langVi.money.million.index, langEn.money.million.index)
	assert.Equal(t, langVi.money.subunits.index, langEn.money.subunits.index)
	assert.Equal(t, byte(','), langVi.conv.decimal)
	assert.Equal(t, byte('.'), langEn.conv.decimal)
	assert.True(t, langVi.conv.viRules)
	assert.False(t, langEn.conv.viRules)
}
