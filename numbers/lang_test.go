package numbers

import (
	"encoding/json"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// TestLangFiles checks the shape of the data files: a header comment,
// then entries that are lower case, NFC, single-spaced, tab-separated.
// The keys of scale_suffixes.tsv and glued_symbols.tsv are as written,
// where case matters ("M" is a million, "m" a metre; "38C" is Celsius,
// "20c" cents).
func TestLangFiles(t *testing.T) {
	paths, err := fs.Glob(langFiles, "lang/*/*.tsv")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		t.Run(p, func(t *testing.T) {
			data, err := langFiles.ReadFile(p)
			require.NoError(t, err)
			text := string(data)
			require.True(t, strings.HasPrefix(text, "# "), "%s: no header comment", p)
			n := 0
			for line := range strings.Lines(text) {
				n++
				line = strings.TrimRight(line, "\n")
				if line == "" || line[0] == '#' {
					continue
				}
				key, _, _ := strings.Cut(line, "\t")
				if b := path.Base(p); b == fileSuffixes+".tsv" || b == fileGluedSymbols+".tsv" {
					assert.Equal(t, norm.NFC.String(key), key, "%s:%d: not NFC", p, n)
				} else {
					assert.Equal(t, norm.NFC.String(strings.ToLower(key)), key, "%s:%d: not lower case NFC", p, n)
				}
				assert.Equal(t, strings.Join(strings.Fields(key), " "), key, "%s:%d: spacing", p, n)
				assert.NotContains(t, line, "\r", "%s:%d", p, n)
			}
		})
	}
}

// TestLexiconFiles checks that every table a lexicon reads has its file
// in both languages.
func TestLexiconFiles(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		for _, name := range lexiconFiles {
			_, err := langFiles.ReadFile("lang/" + lang + "/" + name + ".tsv")
			assert.NoError(t, err, "%s/%s", lang, name)
		}
	}
}

// TestScoreFields checks the fields and the JSON of match scores.
func TestScoreFields(t *testing.T) {
	for _, c := range []struct {
		lang     language.Tag
		in       string
		from, to string
		want     string
	}{
		{language.Vietnamese, "thắng 2-1", "2", "1", `{"start":8,"end":11,"text":"2-1","kind":"score","value":"2","from":"2","to":"1"}`},
		{language.English, "lost 0-3 to Japan", "0", "3", `{"start":5,"end":8,"text":"0-3","kind":"score","value":"0","from":"0","to":"3"}`},
	} {
		t.Run(c.in, func(t *testing.T) {
			ms := Extract(c.in, c.lang)
			require.NotEmpty(t, ms)
			m := ms[0]
			assert.Equal(t, Score, m.Kind)
			assert.False(t, m.Range)
			assert.Equal(t, c.from, m.From.String())
			assert.Equal(t, c.to, m.To.String())
			assert.True(t, m.Value.Equal(m.From))
			b, err := json.Marshal(m)
			require.NoError(t, err)
			assert.JSONEq(t, c.want, string(b))
		})
	}
	assert.Equal(t, "score", Score.String())
}

// TestUnitFilesAgree checks that the units of lang/vi/units.tsv and
// lang/en/units.tsv are the same canonical nouns, so that the two
// languages count the same things alike. oneSided are the units that only
// one language has a word for today (mostly measures written in one
// language's habits); a new unit must come with words in both.
func TestUnitFilesAgree(t *testing.T) {
	oneSided := map[string]bool{
		"foot": true, "lb": true, "line": true, // en
		"GB": true, "Gbit": true, "KB": true, "MB": true, "Mbit": true, "kbit": true, "V": true,
		"W": true, "calorie": true, "lot": true, "minute": true, "second": true, "ml": true,
		"quintal": true, "railway line": true, "µm": true, // vi
	}
	values := func(table *phraseTable[string]) map[string]bool {
		set := map[string]bool{}
		for _, v := range table.phrases() {
			set[v] = true
		}
		return set
	}
	vi, en := values(langVi.units), values(langEn.units)
	for _, c := range []struct {
		lang string
		has  map[string]bool
	}{{"vi", en}, {"en", vi}} {
		for _, v := range readTSV(c.lang, fileUnits) {
			assert.True(t, c.has[v] || oneSided[v], "%s/units.tsv: unit %q has no word in the other language", c.lang, v)
		}
	}
}

// TestCountedNouns checks that a small number in words with a counted
// noun of units.tsv has the same unit in both languages.
func TestCountedNouns(t *testing.T) {
	for _, c := range []struct {
		vi, en, unit string
	}{
		{"3 cột điện bị gãy", "three power poles snapped", "pole"},
		{"năm cây xanh bị đổ", "five trees fell", "tree"},
		{"hai trạm biến áp", "two substations", "substation"},
		{"ba tàu cá", "three fishing boats", "ship"},
		{"ba ngôi nhà bị sập", "three houses collapsed", "house"},
	} {
		t.Run(c.unit, func(t *testing.T) {
			for _, in := range []struct {
				tag  language.Tag
				text string
			}{{language.Vietnamese, c.vi}, {language.English, c.en}} {
				ms := Extract(in.text, in.tag)
				require.Len(t, ms, 1, in.text)
				assert.Equal(t, c.unit, ms[0].Unit, in.text)
			}
		})
	}
}
