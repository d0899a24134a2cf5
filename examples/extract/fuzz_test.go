package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzRun feeds any bytes to extract, as text and as -jsonl requests, and
// checks its contract: exit 0 with a JSON object a line, or exit 2 with one
// line on stderr.
func FuzzRun(f *testing.F) {
	f.Add([]byte("Chiều 30/1, 4.400 dự án, 90 tỷ USD."), false)
	f.Add([]byte(`{"id":"1","lang":"en","text":"4,500 projects","ref":"2026-01-30"}`+"\n"), true)
	f.Add([]byte(`{"id":1,"lang":"xx"}`+"\n{"), true)
	f.Add([]byte("\xff\xfe4\x00"), false)
	f.Fuzz(func(t *testing.T, in []byte, jsonl bool) {
		args := []string{"-lang", "vi", "-"}
		if jsonl {
			args = []string{"-jsonl", "-"}
		}
		var stdout, stderr bytes.Buffer
		switch code := run(args, bytes.NewReader(in), &stdout, &stderr); code {
		case 0:
			for i, line := range bytes.Split(bytes.TrimSuffix(stdout.Bytes(), []byte("\n")), []byte("\n")) {
				if len(line) > 0 && !json.Valid(line) {
					t.Fatalf("line %d is no JSON: %q", i+1, line)
				}
			}
		case 2:
			if msg := strings.TrimSuffix(stderr.String(), "\n"); msg == "" || strings.Contains(msg, "\n") {
				t.Fatalf("exit 2 with stderr %q", stderr.String())
			}
		default:
			t.Fatalf("exit %d, stderr %q", code, stderr.String())
		}
	})
}
