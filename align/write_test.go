package align

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteTextColour(t *testing.T) {
	r, err := Compare(Document{Text: "Chiều 30/1, 4.400 dự án."}, Document{Text: "On Friday, 4,500 projects."},
		WithDates(time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC), time.Time{}))
	require.NoError(t, err)
	var plain, colour bytes.Buffer
	require.NoError(t, r.writeText(&plain, false))
	require.NoError(t, r.writeText(&colour, true))
	assert.Contains(t, colour.String(), "\x1b[1;31mconflict\x1b[0m  number")
	assert.Contains(t, colour.String(), "\x1b[32magree\x1b[0m     date")
	stripped := strings.NewReplacer("\x1b[1;31m", "", "\x1b[32m", "", "\x1b[0m", "").Replace(colour.String())
	assert.Equal(t, plain.String(), stripped, "the colours are all that differs")
	assert.Contains(t, plain.String(), "conflict  number       A0 \"4.400 dự án\"")
}

// TestWriteTextUnplaced checks the note on a side with no date of
// writing whose dates no reference placed, and none on a dated side.
func TestWriteTextUnplaced(t *testing.T) {
	r, err := Compare(Document{Text: "Sáng 15/1, Cục Hải quan cho biết 317 vụ vi phạm."}, Document{Text: "The customs department said on Thursday it found 317 violations."},
		WithDates(time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), time.Time{}))
	require.NoError(t, err)
	assert.Zero(t, r.A.Unplaced)
	assert.Equal(t, 1, r.B.Unplaced, "Thursday")
	var text, js, page bytes.Buffer
	require.NoError(t, r.writeText(&text, false))
	assert.Contains(t, text.String(), "B: no date of writing: 1 date (weekdays, days counted from today, days with no year) not placed in the calendar")
	assert.NotContains(t, text.String(), "A: no date of writing")
	require.NoError(t, r.WriteJSON(&js))
	assert.Contains(t, js.String(), `"unplaced":1`)
	require.NoError(t, r.WriteHTML(&page))
	assert.Contains(t, page.String(), "no date of writing: 1 date")

	r, err = Compare(Document{Text: "Sáng 15/1, 317 vụ."}, Document{Text: "On Thursday, 317 cases."})
	require.NoError(t, err)
	assert.Equal(t, [2]int{1, 1}, [2]int{r.A.Unplaced, r.B.Unplaced}, "a day with no year, a weekday")
}
