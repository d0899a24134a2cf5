package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// FuzzHandlers posts any body to the two API endpoints and checks that
// every answer is JSON with a status the API documents: 200 with a
// report or mentions, 400 or 413 with {"error": "..."}.
func FuzzHandlers(f *testing.F) {
	f.Add([]byte(`{"a":{"text":"4.400 dự án","lang":"vi","date":"2026-01-30"},"b":{"text":"4,500 projects"}}`), false)
	f.Add([]byte(`{"text":"Chiều 30/1, 90 tỷ USD","lang":"vi","ref":"2026-01-30"}`), true)
	f.Add([]byte(`{"a":{"text":"x","lang":"fr"},"b":{"text":"y"},"ignore":"text \"unclosed"}`), false)
	f.Add([]byte("\xff{"), true)
	f.Add([]byte(`{"bitext":{"text":"Có 4.400 dự án.\tThere are 4,600 projects.\t7\n","lang_a":"vi","lang_b":"en"}}`), false)
	f.Add([]byte(`{"bitext":{"text":"<xliff version=\"1.2\"><file source-language=\"vi\" target-language=\"en\"><body><trans-unit id=\"1\"><source>4.400</source></trans-unit></body></file></xliff>"}}`), false)
	h := New(Options{MaxBody: 1 << 16})
	f.Fuzz(func(t *testing.T, body []byte, extract bool) {
		path := "/api/check"
		if extract {
			path = "/api/extract"
		}
		req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		switch w.Code {
		case http.StatusOK:
			if !json.Valid(w.Body.Bytes()) {
				t.Fatalf("200 with a body that is no JSON: %q", w.Body.Bytes())
			}
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			var e struct {
				Error string `json:"error"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" {
				t.Fatalf("%d with %q", w.Code, w.Body.Bytes())
			}
		default:
			t.Fatalf("status %d: %q", w.Code, w.Body.Bytes())
		}
	})
}
