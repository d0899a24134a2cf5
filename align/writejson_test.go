package align

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/factalign/factalign/internal/jsonenc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// failingWriter accepts limit bytes and then fails every write.
type failingWriter struct {
	limit, n, calls int
}

var errDiskFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	w.calls++
	if w.n+len(p) > w.limit {
		return 0, errDiskFull
	}
	w.n += len(p)
	return len(p), nil
}

func TestWriteJSONStreams(t *testing.T) {
	vi, en := pairTexts(t, 1000)
	r, err := Compare(Document{Text: vi}, Document{Text: en})
	require.NoError(t, err)
	var whole bytes.Buffer
	require.NoError(t, r.WriteJSON(&whole))
	require.True(t, json.Valid(whole.Bytes()))
	var compact bytes.Buffer
	require.NoError(t, json.Compact(&compact, whole.Bytes()))
	assert.Equal(t, strings.TrimSuffix(whole.String(), "\n"), compact.String(), "one line of compact JSON")

	// The report of a thousand sentences goes out in pieces, and the
	// first failed write ends it.
	w := &failingWriter{limit: whole.Len() / 2}
	assert.ErrorIs(t, r.WriteJSON(w), errDiskFull)
	assert.Greater(t, w.calls, 2, "written in pieces")
	assert.LessOrEqual(t, w.n, whole.Len()/2)
	calls := w.calls
	w.limit = 0
	assert.ErrorIs(t, r.WriteJSON(w), errDiskFull)
	assert.Equal(t, calls+1, w.calls, "no write after the first failure")
}

func TestWriteJSONErrors(t *testing.T) {
	var buf bytes.Buffer
	assert.EqualError(t, (*Report)(nil).WriteJSON(&buf), "align: WriteJSON of a nil report")
	assert.EqualError(t, WriteJSONReports(&buf, &Report{}, nil), "align: WriteJSONReports of a nil report")
	assert.Zero(t, buf.Len(), "nothing written before the error")

	r := &Report{Facts: []Fact{{Status: Agree, Kind: "money", Why: "x", Confidence: math.NaN()}}}
	assert.ErrorIs(t, r.WriteJSON(&buf), jsonenc.ErrUnsupported)
}

func TestWriteJSONShape(t *testing.T) {
	r, err := Compare(Document{Text: "Chiều 30/1, 4.400 dự án <mới> & \"lớn\"."}, Document{Text: "On Friday, 4,500 new projects."},
		WithDates(time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC), time.Time{}))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, WriteJSONReports(&buf, r, r))
	var got []struct {
		A       map[string]any   `json:"a"`
		Pairs   []map[string]any `json:"pairs"`
		Facts   []map[string]any `json:"facts"`
		Summary map[string]int   `json:"summary"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got), buf.String())
	require.Len(t, got, 2)
	assert.Equal(t, got[0], got[1])
	assert.Equal(t, "vi", got[0].A["lang"])
	assert.Equal(t, map[string]int{"agree": 1, "conflict": 1, "only_a": 0, "only_b": 0}, got[0].Summary)
	assert.Contains(t, buf.String(), `"text":"4.400 dự án"`)
	assert.Contains(t, buf.String(), `"date":"2026-01-30"`)
	assert.True(t, strings.HasSuffix(buf.String(), "}]\n"))
}
