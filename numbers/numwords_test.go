package numbers

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGrammarFiles checks the data files of the number grammar: each
// exists in both languages, and every row of number_words.tsv,
// number_conventions.tsv, vague_numbers.tsv and scale_words.tsv is
// understood.
func TestGrammarFiles(t *testing.T) {
	known := map[string]bool{convNames: true, convPairDigits: true, convLowerOrder: true,
		convWholeDecimals: true, convPointCloses: true, convScalesAfter: true,
		convPointStarts: true, convJoinedOrders: true, convPlural: true, convAdjectives: true}
	for _, lang := range []string{"vi", "en"} {
		for _, name := range grammarFiles {
			_, err := langFiles.ReadFile("lang/" + lang + "/" + name + ".tsv")
			assert.NoError(t, err, "%s/%s", lang, name)
		}
		rows := readTSV(lang, fileNumberWords)
		words, bad := parseNumberWords(rows)
		assert.Empty(t, bad, "%s/%s: a row not understood", lang, fileNumberWords)
		assert.Len(t, words, len(rows))
		for k, w := range words {
			if w.is(cDigit) {
				assert.True(t, w.val >= 0 && w.val <= 9, "%s: digit %q", lang, k)
			}
		}
		conv := readTSV(lang, fileNumberConv)
		assert.Len(t, conv, len(known), "%s: every convention is stated", lang)
		for k, v := range conv {
			assert.True(t, known[k], "%s: unknown convention %q", lang, k)
			if k != convPlural {
				assert.Contains(t, []string{"yes", "no"}, v, "%s: %s", lang, k)
			}
		}
		assert.Len(t, parseVague(readTSV(lang, fileVagueNumbers)), len(readTSV(lang, fileVagueNumbers)), lang)
		assert.Len(t, scaleWordTable(builtinSource(lang)), len(readTSV(lang, fileScaleWords)), lang)
		assert.Len(t, parseSuffixes(readTSV(lang, fileSuffixes)), len(readTSV(lang, fileSuffixes)), lang)
		for k, v := range readTSV(lang, fileExponents) {
			assert.Contains(t, []string{expPower, expTimesTen}, v, "%s: %s", lang, k)
		}
	}
}

// TestGrammarLanguageNeutral builds the number grammar from the rows of a
// made-up language and reads its numbers: the engine knows no word of
// its own.
func TestGrammarLanguageNeutral(t *testing.T) {
	rows := map[string]map[string]string{
		fileNumberWords: {
			"una": "digit 1", "du": "digit 2", "tri": "digit 3", "kvin": "digit 5",
			"dek": "teen 10", "dudek": "tens 20", "cent": "hundred group",
			"mil": "scale 3", "miliono": "scale 6", "kaj": "joiner", "komo": "point",
		},
		fileNumberConv: {convWholeDecimals: "no"},
	}
	g := newNumGrammar(func(name string) map[string]string { return rows[name] })
	for _, c := range []struct {
		text string
		want string
		next int
	}{
		{"du", "2", 1},
		{"dudek tri", "23", 2},
		{"du cent kaj kvin", "205", 4},
		{"tri mil du cent", "3200", 4},
		{"du miliono kvin cent mil", "2500000", 5},
		{"tri komo una kvin", "3.15", 4},
		{"mil", "", 0}, // a scale alone is no number
		{"kaj du", "", 0},
	} {
		t.Run(c.text, func(t *testing.T) {
			s := scanner{text: c.text, lang: langEn}
			s.tokenize(0, len(c.text))
			n, ok := s.parseWords(g, 0)
			if c.want == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, c.want, n.val.String())
			assert.Equal(t, c.next, n.next)
		})
	}
}

// TestOrdinalFiles checks the data files of ranks: each exists in both
// languages, and every flag of ordinal_heads.tsv, every rank of
// ordinal_words.tsv and every row of ordinal_suffixes.tsv is understood.
func TestOrdinalFiles(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		for _, name := range ordinalFiles {
			_, err := langFiles.ReadFile("lang/" + lang + "/" + name + ".tsv")
			assert.NoError(t, err, "%s/%s", lang, name)
		}
		for k, v := range readTSV(lang, fileOrdinalHeads) {
			fields := strings.Split(v, "\t")
			assert.NotEmpty(t, strings.TrimSpace(fields[0]), "%s: %q has no unit", lang, k)
			for _, f := range fields[1:] {
				if list, ok := strings.CutPrefix(strings.TrimSpace(f), ordNotAfter); ok {
					assert.NotEmpty(t, list, "%s: %q: not-after lists no word", lang, k)
					continue
				}
				assert.Contains(t, ordHeadFlagNames, strings.TrimSpace(f), "%s: %q", lang, k)
			}
		}
		assert.Len(t, parseOrdWords(readTSV(lang, fileOrdinalWords)), len(readTSV(lang, fileOrdinalWords)), lang)
		for k, v := range readTSV(lang, fileOrdinalSuffixes) {
			f := strings.Fields(v)
			require.NotEmpty(t, f, "%s: %q", lang, k)
			if f[0] != ordEveryOther {
				_, err := strconv.Atoi(f[0])
				assert.NoError(t, err, "%s: %q", lang, k)
			}
		}
	}
	assert.True(t, langEn.ordinals.suffixOK("21", "st"))
	assert.True(t, langEn.ordinals.suffixOK("113", "TH"))
	assert.False(t, langEn.ordinals.suffixOK("11", "st"))
	assert.False(t, langEn.ordinals.suffixOK("1", "St"))
}

// TestFractionFiles checks the data files of fractions: each exists in
// both languages and every row is understood.
func TestFractionFiles(t *testing.T) {
	hows := []string{linkAny, linkPart, linkOdds, linkWhole, linkWholeFirst}
	flags := []string{fracOfScale, fracArticleScale, fracOfDozen, fracAlone, fracAfterLink}
	for _, lang := range []string{"vi", "en"} {
		for _, name := range []string{fileFractionWords, fileFractionLinks} {
			_, err := langFiles.ReadFile("lang/" + lang + "/" + name + ".tsv")
			assert.NoError(t, err, "%s/%s", lang, name)
		}
		for k, v := range readTSV(lang, fileFractionWords) {
			f := strings.Fields(v)
			require.NotEmpty(t, f, "%s: %q", lang, k)
			_, err := strconv.ParseInt(f[0], 10, 64)
			assert.NoError(t, err, "%s: %q", lang, k)
			for _, fl := range f[1:] {
				assert.Contains(t, flags, fl, "%s: %q", lang, k)
			}
		}
		for k, v := range readTSV(lang, fileFractionLinks) {
			f := strings.Fields(v)
			require.NotEmpty(t, f, "%s: %q", lang, k)
			assert.Contains(t, hows, f[0], "%s: %q", lang, k)
			for _, fl := range f[1:] {
				assert.True(t, strings.HasPrefix(fl, linkNotBefore) || fl == linkBare, "%s: %q: %s", lang, k, fl)
			}
		}
	}
}

// TestUnitFiles checks that the data files of units and of the words
// between amounts exist in both languages, and that the English plural
// rules give the singulars.
func TestUnitFiles(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		for _, name := range append(unitFiles, fileConjunctions, fileRangeLinks) {
			_, err := langFiles.ReadFile("lang/" + lang + "/" + name + ".tsv")
			assert.NoError(t, err, "%s/%s", lang, name)
		}
	}
	got, singulars := withSingulars(map[string]string{"cities": "city", "boxes": "box", "matches": "match",
		"stations": "station", "glass": "glass", "goods": "goods", "bus": "bus"}, builtinSource("en"))
	for _, k := range []string{"city", "box", "match", "station"} {
		assert.Contains(t, got, k)
		assert.True(t, singulars[k], k)
	}
	assert.Len(t, singulars, 4)
	assert.Len(t, got, 11)
}
