package bitext_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factalign/factalign/align/bitext"
)

// TestWriteNotes checks that notes go into their units, that everything
// else is written back byte for byte (no notes: the input itself), and
// that the result reads as the same units.
func TestWriteNotes(t *testing.T) {
	for _, tc := range []struct {
		file  string
		notes map[string][]string
		want  string
	}{
		{"story.xlf", map[string][]string{"2": {`4.400 dự án ≠ 4,600 new projects & <more>`}},
			`<note from="factalign">4.400 dự án ≠ 4,600 new projects &amp; &lt;more&gt;</note></trans-unit>`},
		{"story2.xlf", map[string][]string{"u1": {"a"}, "u2": {"b", "c"}},
			`<unit id="u2"><notes><note category="factalign">b</note><note category="factalign">c</note></notes>`},
	} {
		t.Run(tc.file, func(t *testing.T) {
			original, err := os.ReadFile(filepath.Join("..", "..", "testdata", "formats", tc.file))
			require.NoError(t, err)
			var same bytes.Buffer
			require.NoError(t, bitext.WriteNotes(&same, original, nil))
			assert.Equal(t, string(original), same.String())

			var out bytes.Buffer
			require.NoError(t, bitext.WriteNotes(&out, original, tc.notes))
			assert.Contains(t, out.String(), tc.want)
			before, err := bitext.Read(bytes.NewReader(original))
			require.NoError(t, err)
			after, err := bitext.Read(&out)
			require.NoError(t, err)
			for i := range after {
				after[i].Line, before[i].Line = 0, 0
			}
			assert.Equal(t, before, after)
		})
	}
	_, err := os.ReadFile(filepath.Join("..", "..", "testdata", "formats", "memory.tmx"))
	require.NoError(t, err)
	err = bitext.WriteNotes(&bytes.Buffer{}, []byte(`<tmx version="1.4"><body/></tmx>`), nil)
	assert.ErrorIs(t, err, bitext.ErrFormat)
	assert.True(t, strings.Contains(err.Error(), "XLIFF only"))
}
