package numbers

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestWholeUnit checks that a count of a part takes the noun of the whole
// it is counted in ("four of the 15 hospitals") and states its share of
// it (Factor 4/15), only when the whole is a count larger than the part,
// with a noun the unit data knows.
func TestWholeUnit(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		in   string
		want string // each mention's Dump and quoted text, joined by " | "
	}{
		{language.English, "Four of the 15 hospitals ran out of beds.",
			`number 4 unit=hospital factor=0.266666666666667 "Four" | number 15 unit=hospital "15 hospitals"`},
		{language.English, "Only two of 40 agencies met the deadline.",
			`number 2 unit=agency factor=0.05 "two" | number 40 unit=agency "40 agencies"`},
		{language.English, "Six out of the 63 provinces reported losses.",
			`number 6 unit=province factor=0.0952380952380952 "Six" | number 63 unit=province "63 provinces"`},
		{language.English, "Seven of the 30 new schools opened late.",
			`number 7 unit=school factor=0.233333333333333 "Seven" | number 30 unit=school "30 new schools"`},
		{language.Vietnamese, "Có 4 trong số 15 bệnh viện hết giường.",
			`number 4 unit=hospital factor=0.266666666666667 "4" | number 15 unit=hospital "15 bệnh viện"`},
		// "out of" and "trong" before a count of a noun: a part of it.
		{language.English, "Nine out of 27 agencies met the deadline.",
			`number 9 unit=agency factor=0.333333333333333 "Nine" | number 27 unit=agency "27 agencies"`},
		{language.Vietnamese, "Cứ 1 trong 9 người được hỏi đã trả lời có.",
			`number 1 unit=person factor=0.111111111111111 "1" | number 9 unit=person "9 người"`},
		{language.English, "One out of three said yes.",
			`number 0.333333333333333 "One out of three"`},
		// No whole to count in.
		{language.English, "Twelve of the 5 provinces is no part.",
			`number 12 "Twelve" | number 5 unit=province "5 provinces"`},
		{language.English, "Three of the 20 largest were sold.",
			`number 3 "Three" | number 20 "20"`},
	} {
		var got []string
		for _, m := range Extract(c.in, c.lang) {
			got = append(got, m.Dump()+" "+strconv.Quote(m.Text))
		}
		assert.Equal(t, c.want, strings.Join(got, " | "), c.in)
	}
}
