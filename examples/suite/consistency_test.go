// Package suite is a fact-consistency suite a translation team can copy:
// article pairs in testdata/ (NAME.vi.txt and NAME.en.txt, with an optional
// NAME.ignore of reviewed differences) and this test, which fails with one
// line per conflicting fact. Run it with
//
//	go test ./examples/suite
package suite

import (
	"testing"

	"github.com/factalign/factalign/align/aligntest"
)

func TestConsistency(t *testing.T) {
	// flood-relief.en.txt says 1,200 households where the Vietnamese says
	// 1.500 hộ: it is kept here to show what a conflict looks like.
	aligntest.Dir(t, "testdata", aligntest.ExpectConflicts("flood-relief"))
}
