package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDateFiles checks that every date data file is there in both
// languages and that each of its rows reads: a known role, unit, part or
// weekday, a number where one is due, one word where a class takes one.
func TestDateFiles(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		for _, name := range dateFiles {
			_, err := langFiles.ReadFile("lang/" + lang + "/" + name + ".tsv")
			assert.NoError(t, err, "%s/%s", lang, name)
		}
	}
	assert.Empty(t, viDates.problem)
	assert.Empty(t, enDates.problem)
	assert.Less(t, len(viDates.recs), 1<<(32-dbRecShift))
	assert.Less(t, len(enDates.recs), 1<<(32-dbRecShift))
}
