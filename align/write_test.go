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
