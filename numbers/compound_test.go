package numbers

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestRanksAndCompounds checks an ordinal joined to a period by a hyphen
// ("third-quarter exports"), which names the period, and an ordinal of
// digits before a noun ("the 11th storm"), which ranks the noun and does
// not count it; and the counts of storms in both languages.
func TestRanksAndCompounds(t *testing.T) {
	ref := WithReference(time.Date(2026, 9, 25, 0, 0, 0, 0, time.UTC))
	for _, c := range []struct {
		lang language.Tag
		in   string
		want string // each mention's Dump and quoted text, joined by " | "
	}{
		{language.English, "Third-quarter exports rose.", `date 2026-Q3 grain=quarter "Third-quarter"`},
		{language.English, "First-half profit fell.", `daterange 2026-01..2026-06 grain=month "First-half"`},
		{language.English, "A first-rate team.", `ordinal 1 "first"`},
		{language.English, "It was the 11th storm this year.", `ordinal 11 unit=storm "11th" | date 2026 grain=year "this year"`},
		{language.English, "The 3rd bridge opened.", `ordinal 3 "3rd"`},
		{language.English, "Nine storms have formed.", `number 9 unit=storm "Nine storms"`},
		{language.Vietnamese, "Đã có 9 cơn bão.", `number 9 unit=storm "9 cơn bão"`},
	} {
		var got []string
		for _, m := range Extract(c.in, c.lang, ref) {
			got = append(got, m.Dump()+" "+strconv.Quote(m.Text))
		}
		assert.Equal(t, c.want, strings.Join(got, " | "), c.in)
	}
}
