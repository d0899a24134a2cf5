package numbers_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/numbers"
)

// TestLanguages checks that the package names the languages it reads,
// accepts their regional tags, and refuses the others with an error that
// names the tag, where Extract gives nothing rather than a reading in
// another language's conventions.
func TestLanguages(t *testing.T) {
	assert.Equal(t, []language.Tag{language.Vietnamese, language.English}, numbers.Languages())
	for _, tc := range []struct {
		in  string
		err string // "" when supported
	}{
		{"vi", ""},
		{"en", ""},
		{"vi-VN", ""},
		{"en-GB", ""},
		{"fr", `numbers: unsupported language "fr" (supported: vi, en)`},
		{"und", `numbers: unsupported language "und" (supported: vi, en)`},
		{"not a tag!", `numbers: unsupported language "not a tag!" (supported: vi, en)`},
	} {
		t.Run(tc.in, func(t *testing.T) {
			tag, err := numbers.ParseLanguage(tc.in)
			if tc.err == "" {
				require.NoError(t, err)
				assert.NoError(t, numbers.Supported(tag))
				assert.NotEmpty(t, numbers.Extract("4.400 dự án, 4,400 projects", tag))
				return
			}
			assert.EqualError(t, err, tc.err)
			assert.ErrorIs(t, err, numbers.ErrLanguage)
			var le *numbers.LanguageError
			assert.ErrorAs(t, err, &le)
		})
	}
	assert.Nil(t, numbers.Extract("Singapour compte 4 400 projets.", language.French))
}
