package align

import (
	"slices"
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
		// Names one syllable apart share a blanked name: the index of
		// conflictsNameMiss finds them.
		shared := slices.ContainsFunc(blankedNames(nil, c.a), func(k string) bool { return slices.Contains(blankedNames(nil, c.b), k) })
		assert.True(t, shared || !c.want, "%s / %s share no blanked name", c.a, c.b)
	}
}

// TestBlankedNames checks the keys a name is indexed under.
func TestBlankedNames(t *testing.T) {
	assert.Equal(t, []string{"*-thu-nga", "tran-*-nga", "tran-thu-*"}, blankedNames(nil, "person:tran-thu-nga"))
	assert.Equal(t, []string{"*"}, blankedNames(nil, "person:"))
}
