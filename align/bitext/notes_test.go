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

// TestNotes checks that notes given by unit go to the element that holds
// the unit: a segment's to its XLIFF 2 unit, an XLIFF 1.2 trans-unit's
// to itself even when its id has a slash; TMX and TSV units have none.
func TestNotes(t *testing.T) {
	units := []bitext.Unit{
		{ID: "u1/s1", NoteOn: "u1"}, {ID: "u1/s2", NoteOn: "u1"},
		{ID: "doc/7", NoteOn: "doc/7"},
		{ID: "t1"},
	}
	got := bitext.Notes(units, map[string][]string{
		"u1/s1": {"a"}, "u1/s2": {"b"}, "doc/7": {"c"}, "t1": {"d"}, "gone": {"e"},
	})
	assert.Equal(t, map[string][]string{"u1": {"a", "b"}, "doc/7": {"c"}}, got)
}
