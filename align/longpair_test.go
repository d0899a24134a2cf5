package align

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var writePair = flag.String("write-pair", "", "write BenchmarkCompare's pair of 10,000 sentences to DIR/vi.txt and DIR/en.txt")

// TestLongPair checks the long pairs the benchmarks compare: as many
// sentences as asked, about as many in English, a date line each. With
// -write-pair DIR it writes the pair of 10,000 sentences there, so that
// whole commands can be measured on it:
//
//	go test ./align -run TestLongPair -write-pair DIR
//	/usr/bin/time -v factcheck DIR/vi.txt DIR/en.txt
//
// (A relative DIR is taken from the align folder, where go test runs.)
func TestLongPair(t *testing.T) {
	n := 100
	if *writePair != "" {
		n = 10000
	}
	vi, en := pairTexts(t, n)
	_, body, _ := Header(vi)
	assert.GreaterOrEqual(t, len(Segment(vi[body:], language.Vietnamese)), n)
	_, body, _ = Header(en)
	assert.GreaterOrEqual(t, len(Segment(en[body:], language.English)), n*3/4, "the English versions")
	assert.True(t, strings.HasPrefix(vi, "date ") && strings.HasPrefix(en, "date "), "a date line each")
	if *writePair == "" {
		return
	}
	require.NoError(t, os.MkdirAll(*writePair, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(*writePair, "vi.txt"), []byte(vi), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(*writePair, "en.txt"), []byte(en), 0o644))
}
