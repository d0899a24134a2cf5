package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDateDigits checks that lang/vi/date_digits.tsv reads and holds the
// ten digits.
func TestDateDigits(t *testing.T) {
	assert.Empty(t, langVi.problem)
	seen := map[int8]bool{}
	for _, d := range langVi.dateDigits.all() {
		if d.form&dfDigit != 0 {
			seen[d.val] = true
		}
	}
	assert.Len(t, seen, 10)
}

// TestDateClasses checks that lang/*/date_classes.tsv read.
func TestDateClasses(t *testing.T) {
	assert.Empty(t, langVi.problem)
	assert.Empty(t, langEn.problem)
}
