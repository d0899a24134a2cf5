package align

import (
	"math"
	"strings"

	"github.com/factalign/factalign/numbers"
)

// zeroGroup finds the first figure of s written as one to three digits,
// a mark and three zeros ("60,000", "280.000"), not inside a longer
// figure, and returns its leading digits ("60", "280").
func zeroGroup(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == ',') {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i <= 3 && j+4 <= len(s) && (s[j] == '.' || s[j] == ',') && s[j+1:j+4] == "000" && (j+4 == len(s) || !isDigit(s[j+4])) {
			return s[i:j], true
		}
	}
	return "", false
}

// regrouped returns the value of a figure written "60,000" that its
// language read with a decimal mark (60) as the other convention's
// grouping reads it (60,000): translators carry the marks of the source
// over ("350,000 đô la" in a Vietnamese subtitle), and no one writes three
// decimals of nothing.
func regrouped(m *numbers.Mention) (numbers.Decimal, bool) {
	if m.Range || m.Value.Sign() <= 0 || !strings.Contains(m.Text, "000") {
		return numbers.Decimal{}, false // the cheap tests first: most figures fail them
	}
	g, ok := zeroGroup(m.Text)
	if !ok || m.Value.String() != g {
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
	x, _ := m.Value.Float64()
	y, _ := v.Float64()
	o, _ := other.Value.Float64()
	if o <= 0 || math.Abs(math.Log(y/o)) >= math.Abs(math.Log(x/o)) {
		return m
	}
	r := *m
	r.Value = v
	return &r
}
