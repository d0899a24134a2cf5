package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDateDigits checks that lang/vi/date_digits.tsv reads and holds the
// ten digits.
func TestDateDigits(t *testing.T) {
	assert.Empty(t, viDateDigitsProblem)
	seen := map[int8]bool{}
	for _, d := range viDateDigits {
		if d.form&dfDigit != 0 {
			seen[d.val] = true
		}
	}
	assert.Len(t, seen, 10)
}

// TestDateClasses checks that lang/*/date_classes.tsv read.
func TestDateClasses(t *testing.T) {
	assert.Empty(t, viClassesProblem)
	assert.Empty(t, enClassesProblem)
}
