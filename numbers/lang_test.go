package numbers

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// TestLangFiles checks the shape of the data files: a header comment,
// then entries that are lower case, NFC, single-spaced, tab-separated.
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
				assert.Equal(t, norm.NFC.String(strings.ToLower(key)), key, "%s:%d: not lower case NFC", p, n)
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
