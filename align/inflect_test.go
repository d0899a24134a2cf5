package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInflections checks the English inflections the lexicon anchors
// match, the contractions, and that a broken rule file says where.
func TestInflections(t *testing.T) {
	for w, want := range map[string][]string{
		"rise":  {"rise", "rises", "rised", "rising"},
		"push":  {"push", "pushes", "pushed", "pushing"},
		"study": {"study", "studies", "studied", "studying"},
		"die":   {"die", "dies", "died", "dying"},
		"stop":  {"stop", "stops", "stoped", "stoping", "stopped", "stopping"}, // the forms that are no words are never met
		"play":  {"play", "plays", "played", "playing"},
		"a":     {"a"},
	} {
		assert.ElementsMatch(t, want, inflections(w), w)
	}
	in := theInflections()
	for _, tc := range []struct{ stem, suffix, wantStem, wantWord string }{
		{"can", "'t", "can", "not"},
		{"won", "'t", "will", "not"},
		{"don", "'t", "do", "not"},
		{"we", "'ll", "we", "will"},
		{"it", "'s", "it", ""},
	} {
		stem, word, _ := in.contracted(tc.stem, tc.suffix)
		assert.Equal(t, tc.wantStem, stem, tc.stem+tc.suffix)
		assert.Equal(t, tc.wantWord, word, tc.stem+tc.suffix)
	}
	_, err := parseInflections("# a comment\nplural\tends:s\tx\tes\n")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "en-inflections.tsv:2")
	_, err = parseInflections("contraction\t't\tnot\tcan\n")
	assert.ErrorContains(t, err, `stem "can"`)
}
