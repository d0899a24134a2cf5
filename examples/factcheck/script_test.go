package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts of testdata/script run factcheck as a
// command of their own.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"factcheck": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scenarios of testdata/script: each
// input kind, standard input, the errors and the exit codes. $FORMATS is
// the folder of bilingual files written for the project.
func TestScripts(t *testing.T) {
	formats, err := filepath.Abs(filepath.Join("..", "..", "testdata", "formats"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("FORMATS", formats)
			return nil
		},
	})
}
