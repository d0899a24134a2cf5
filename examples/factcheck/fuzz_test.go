package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzRun feeds any bytes to factcheck as one version on standard input,
// against a fixed English file, as text, as a bilingual file, as
// -bitext lines and as -bitext-json lines, and checks the contract of the command: exit 0, 1 or 2;
// on 2 one line on stderr and nothing on stdout; on 0 or 1 a JSON report
// that parses.
func FuzzRun(f *testing.F) {
	f.Add([]byte("date 2026-01-30\n\nChiều 30/1, 4.400 dự án, 90 tỷ USD."), uint8(0))
	f.Add([]byte("Singapore có 4.400 dự án\tSingapore has 4,500 projects\n"), uint8(2))
	f.Add([]byte("<xliff version=\"1.2\"><file source-language=\"vi\" target-language=\"en\"><body><trans-unit id=\"1\"><source>4.400 dự án</source><target>4,500 projects</target></trans-unit></body></file></xliff>"), uint8(1))
	f.Add([]byte("\xff\xfe4\x00"), uint8(0))
	f.Add([]byte{}, uint8(1))
	f.Add([]byte(`{"id":7,"a":"Chiều 30/1, 4.400 dự án","b":"On Friday, 4,500 projects","ref":"2026-01-30","lang_a":"vi"}`+"\n[1]\n"), uint8(3))
	en := filepath.Join(f.TempDir(), "en.txt")
	if err := os.WriteFile(en, []byte("date 2026-01-30\n\nOn Friday, 4,500 projects, US$9 billion.\n"), 0o644); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in []byte, mode uint8) {
		var args []string
		switch mode % 4 {
		case 0:
			args = []string{"-format", "json", "-", en}
		case 1:
			args = []string{"-format", "json", "-"}
		case 2:
			args = []string{"-format", "jsonl", "-bitext", "-"}
		default:
			args = []string{"-format", "jsonl", "-bitext-json", "-"}
		}
		var stdout, stderr bytes.Buffer
		code := run(args, bytes.NewReader(in), &stdout, &stderr)
		switch code {
		case 0, 1:
			checkJSONOutput(t, args, stdout.Bytes())
		case 2:
			msg := strings.TrimSuffix(stderr.String(), "\n")
			if msg == "" || strings.Contains(msg, "\n") || stdout.Len() > 0 {
				t.Fatalf("exit 2 with stderr %q and %d bytes on stdout", stderr.String(), stdout.Len())
			}
		default:
			t.Fatalf("exit %d", code)
		}
	})
}

// checkJSONOutput checks that a JSON report, or each JSON line, parses.
func checkJSONOutput(t *testing.T, args []string, out []byte) {
	t.Helper()
	if args[1] == "jsonl" {
		for i, line := range bytes.Split(bytes.TrimSuffix(out, []byte("\n")), []byte("\n")) {
			if len(line) > 0 && !json.Valid(line) {
				t.Fatalf("line %d is no JSON: %q", i+1, line)
			}
		}
		return
	}
	if !json.Valid(out) {
		t.Fatalf("the report is no JSON: %q", out)
	}
}
