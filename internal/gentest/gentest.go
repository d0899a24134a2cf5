// Package gentest checks generated Go files against what their generator
// gives now, for the tests that own a generator (numbers, entities, align
// and internal/fold keep theirs in a _test.go file, run by go generate).
package gentest

import (
	"bytes"
	"os"
	"testing"
)

// Check compares src, the source a generator gives now, with the
// committed file; with write it rewrites the file instead (go generate
// runs the test that way). cmd is the command that regenerates it, for
// the failure message: "go generate ./numbers".
func Check(t testing.TB, file string, src []byte, write bool, cmd string) {
	t.Helper()
	if write {
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, want) {
		t.Errorf("%s differs from what its sources give; run %s", file, cmd)
	}
}
