package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestVaguePlurals checks vague_plurals.tsv: each magnitude is empty or a
// power of ten from 10 on, and the phrases of both languages that say the
// same order of magnitude agree.
func TestVaguePlurals(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		for k, v := range readTSV(lang, filePlurals) {
			if v == "" {
				continue
			}
			d, err := ParseDecimal(v)
			require.NoError(t, err, "%s/%s.tsv: %q", lang, filePlurals, k)
			assert.True(t, d.coef == 1 && d.exp >= 1, "%s/%s.tsv: %q: %s is no power of ten from 10 on", lang, filePlurals, k, v)
		}
	}
	for _, c := range []struct{ vi, en string }{
		{"hàng chục người", "dozens of people"},
		{"vài chục người", "several dozen people"},
		{"hàng trăm người", "hundreds of people"},
		{"vài trăm người", "a few hundred people"},
		{"hàng nghìn người", "thousands of people"},
		{"hàng vạn người", "tens of thousands of people"},
		{"hàng chục nghìn người", "tens of thousands of people"},
		{"hàng trăm nghìn người", "hundreds of thousands of people"},
		{"hàng triệu người", "millions of people"},
		{"hàng chục tỷ đồng", "tens of billions of dong"},
		{"hàng trăm triệu USD", "hundreds of millions of dollars"},
	} {
		vi, en := Extract(c.vi, language.Vietnamese), Extract(c.en, language.English)
		require.Len(t, vi, 1, c.vi)
		require.Len(t, en, 1, c.en)
		assert.Equal(t, en[0].Dump(), vi[0].Dump(), "%s | %s", c.vi, c.en)
		assert.True(t, vi[0].Range && vi[0].Qualifier == Approx, c.vi)
	}
}
