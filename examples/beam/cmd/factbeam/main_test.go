package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/factalign/factalign/examples/beam/pipeline"
)

// TestMain parses the flags, Beam's among them, as main does.
func TestMain(m *testing.M) {
	ptest.Main(m)
}

// TestRun runs the command's pipeline on Prism and reads its three files.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "pairs.tsv")
	pairs := "Có 4.400 dự án.\tThere are 4,500 projects.\tp1\nVốn đạt 90 tỷ USD.\tCapital reached US$90 billion.\tp2\n"
	if err := os.WriteFile(in, []byte(pairs), 0o644); err != nil {
		t.Fatal(err)
	}
	prefix := filepath.Join(dir, "out")
	if err := run(context.Background(), in, prefix, pipeline.Config{LangA: "vi", LangB: "en"}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		".kept.tsv":    "Vốn đạt 90 tỷ USD.\tCapital reached US$90 billion.\tp2\n",
		".totals.json": `{"pairs":2,"conflicts":1,"errors":0,"skipped":{},"verdicts":{"agree":1,"conflict":1},"kinds":{"money":{"agree":1},"number":{"conflict":1}}}` + "\n",
	} {
		got, err := os.ReadFile(prefix + name)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if _, err := os.Stat(prefix + ".results.jsonl"); err != nil {
		t.Error(err)
	}
}

// TestRunBadConfig checks that a wrong setting is an error, not a run.
func TestRunBadConfig(t *testing.T) {
	err := run(context.Background(), "pairs.tsv", filepath.Join(t.TempDir(), "out"), pipeline.Config{Ref: "yesterday"})
	if err == nil || err.Error() != `reference date "yesterday": want YYYY-MM-DD` {
		t.Errorf("error %v", err)
	}
}
