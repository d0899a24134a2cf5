package align

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestWriteCSV checks the issue list: a header, conflicts first, values
// normalised, quoting that survives commas, quotes and tabs, and TSV.
func TestWriteCSV(t *testing.T) {
	r, err := CompareUnits([]Unit{
		{ID: "1", A: "Tổng vốn đạt 90 tỷ USD, theo \"báo cáo\".", B: "Total capital is US$90 billion, the \"report\" says."},
		{ID: "2", A: "Singapore có 4.400 dự án.", B: "Singapore has 4,600 projects."},
	}, Document{Lang: language.Vietnamese}, Document{Lang: language.English})
	require.NoError(t, err)
	for _, comma := range []rune{',', '\t'} {
		var buf bytes.Buffer
		require.NoError(t, r.WriteCSV(&buf, comma))
		cr := csv.NewReader(&buf)
		cr.Comma = comma
		rows, err := cr.ReadAll()
		require.NoError(t, err)
		require.Greater(t, len(rows), 2)
		assert.Equal(t, csvHeader, rows[0])
		assert.Equal(t, []string{"2", "conflict", "number", "4.400 dự án", "4,600 projects", "4400 project", "4600 project"}, rows[1][:7])
		assert.Equal(t, []string{"1", "1"}, rows[1][8:])
		var money []string
		for _, row := range rows[2:] {
			if row[2] == "money" {
				money = row
			}
		}
		require.NotNil(t, money)
		assert.Equal(t, []string{"1", "agree", "money", "90 tỷ USD", "US$90 billion", "90000000000 USD", "90000000000 USD"}, money[:7])
	}
	var nilReport *Report
	assert.Error(t, nilReport.WriteCSV(&bytes.Buffer{}, ','))
}
