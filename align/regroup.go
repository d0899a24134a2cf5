package align

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/factalign/factalign/numbers"
)

// zeroGroup finds a figure of one to three digits, a mark and three
// zeros: "60,000", "280.000".
var zeroGroup = regexp.MustCompile(`(?:^|[^0-9.,])([0-9]{1,3})[.,]000(?:[^0-9]|$)`)

// regrouped returns the value of a figure written "60,000" that its
// language read with a decimal mark (60) as the other convention's
// grouping reads it (60,000): translators carry the marks of the source
// over ("350,000 đô la" in a Vietnamese subtitle), and no one writes three
// decimals of nothing.
func regrouped(m *numbers.Mention) (numbers.Decimal, bool) {
	if m.Range || m.Value.Sign() <= 0 || !strings.Contains(m.Text, "000") {
		return numbers.Decimal{}, false // the cheap tests first: most figures fail them
	}
	g := zeroGroup.FindStringSubmatch(m.Text)
	if g == nil || m.Value.String() != g[1] {
		return numbers.Decimal{}, false
	}
	return m.Value.Shift(3)
}

// regroupToward returns m read with the other convention's grouping when
// that brings it nearer to other's value ("60,000" read as 60 against
// 60,000), else m.
func regroupToward(m, other *numbers.Mention) *numbers.Mention {
	v, ok := regrouped(m)
	if !ok {
		return m
	}
	x, _ := strconv.ParseFloat(m.Value.String(), 64)
	y, _ := strconv.ParseFloat(v.String(), 64)
	o, _ := strconv.ParseFloat(other.Value.String(), 64)
	if o <= 0 || math.Abs(math.Log(y/o)) >= math.Abs(math.Log(x/o)) {
		return m
	}
	r := *m
	r.Value = v
	return &r
}
