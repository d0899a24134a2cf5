package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOneSyllableApart checks which keys of people's names differ in one
// syllable and no more.
func TestOneSyllableApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"person:trinh-thu-ngan", "person:trinh-thu-nga", true},
		{"person:hoang-van-khiem", "person:le-van-khiem", true},
		{"person:le-thi-thu-ha", "person:le-thi-thu-hoa", true},
		{"person:le-thi-thu-ha", "person:le-thi-thu-ha", false},
		{"person:pham-quang-vinh", "person:pham-minh-vinh-an", false},
		{"person:nguyen-van-an", "person:tran-van-binh", false},
	} {
		assert.Equal(t, c.want, oneSyllableApart(c.a, c.b), "%s / %s", c.a, c.b)
	}
}
