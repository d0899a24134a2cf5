package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// FuzzRun feeds any bytes to align as the first file, split into
// sentences or one sentence a line, and checks its contract: exit 0, or
// exit 2 with one line on stderr; and no control character of the input
// ever reaches the terminal.
func FuzzRun(f *testing.F) {
	f.Add([]byte("Chiều 30/1, 4.400 dự án.\nGiá 90 tỷ USD."), false)
	f.Add([]byte("one\ntwo\n\x1b]0;title\x07\n"), true)
	f.Add([]byte("\xff\xfe4\x00"), false)
	en := filepath.Join(f.TempDir(), "en.txt")
	if err := os.WriteFile(en, []byte("On Friday, 4,500 projects.\nThe price is US$9 billion.\n"), 0o644); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in []byte, preseg bool) {
		args := []string{"-lang-a", "vi", "-", en}
		if preseg {
			args = append([]string{"-presegmented"}, args...)
		}
		var stdout, stderr bytes.Buffer
		switch code := run(args, bytes.NewReader(in), &stdout, &stderr); code {
		case 0:
		case 2:
			if msg := strings.TrimSuffix(stderr.String(), "\n"); msg == "" || strings.Contains(msg, "\n") {
				t.Fatalf("exit 2 with stderr %q", stderr.String())
			}
		default:
			t.Fatalf("exit %d, stderr %q", code, stderr.String())
		}
		for _, r := range stdout.String() + stderr.String() {
			if r != '\n' && r != '\t' && unicode.IsControl(r) {
				t.Fatalf("control character %U printed", r)
			}
		}
	})
}
