package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameWithin checks which two names of one type are one name cut
// short at a word, and so never conflict.
func TestNameWithin(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"place:khanh", "place:an-khanh", true},
		{"place:an-khanh", "place:khanh", true},
		{"place:nha-trang", "place:nha-trang-bay", true},
		{"place:khanh", "place:khanh", false},
		{"place:khanh-hoa", "place:ninh-thuan", false},
		{"place:an", "place:anh-son", false},
		{"place:", "place:an-khanh", false},
	} {
		assert.Equal(t, tc.want, nameWithin(tc.a, tc.b), "%s %s", tc.a, tc.b)
	}
}
