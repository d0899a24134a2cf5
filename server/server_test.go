package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/align"
)

const (
	viText = "date 2026-01-30\n\nChiều 30/1, Singapore cho biết có 4.400 dự án.\n"
	enText = "date 2026-01-30\n\nSingapore said on Friday it had 4,600 projects.\n"
)

func post(t *testing.T, h http.Handler, path, body string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, path, strings.NewReader(body)))
	return w
}

func checkBody(a, b string) string {
	j, _ := json.Marshal(map[string]any{"a": map[string]string{"text": a}, "b": map[string]string{"text": b}})
	return string(j)
}

// TestCheck checks that /api/check answers what factcheck -format json
// writes for the same input, and the HTML report with ?format=html.
func TestCheck(t *testing.T) {
	h := New(Options{})
	w := post(t, h, "/api/check", checkBody(viText, enText))
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Equal(t, "application/json", w.Header().Get("Content-Type"))
	r, err := align.Compare(align.Document{Text: viText}, align.Document{Text: enText})
	require.NoError(t, err)
	var cli bytes.Buffer
	require.NoError(t, r.WriteJSON(&cli))
	assert.JSONEq(t, cli.String(), w.Body.String())

	w = post(t, h, "/api/check?format=html", checkBody(viText, enText))
	require.Equal(t, http.StatusOK, w.Code)
	assert.Contains(t, w.Body.String(), "4.400 dự án ≠ 4,600 projects")
	assert.Contains(t, w.Header().Get("Content-Security-Policy"), "script-src 'self' 'sha256-")
}

// TestCheckBilingual checks that a bilingual file is compared unit by
// unit, as factcheck FILE does, with the units not translated yet listed
// as skipped.
func TestCheckBilingual(t *testing.T) {
	h := New(Options{})
	xlf, err := os.ReadFile(filepath.Join("..", "testdata", "formats", "untranslated.xlf"))
	require.NoError(t, err)
	body, _ := json.Marshal(map[string]any{"bitext": map[string]string{"text": string(xlf), "name": "job.xlf"}})
	w := post(t, h, "/api/check", string(body))
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	want, err := align.CompareUnits([]align.Unit{
		{ID: "1", A: "Có 4.400 dự án.", B: "There are 4,600 projects."},
		{ID: "7", A: "Chưa dịch câu có 12 tỷ đồng này."},
		{ID: "8", A: "Câu này cũng chưa dịch: 3,5%.", B: " "},
	}, align.Document{Name: "job.xlf", Lang: language.Vietnamese}, align.Document{Name: "job.xlf", Lang: language.English})
	require.NoError(t, err)
	var cli bytes.Buffer
	require.NoError(t, want.WriteJSON(&cli))
	assert.JSONEq(t, cli.String(), w.Body.String())
	assert.Contains(t, w.Body.String(), `"skipped":[{"unit":"7","why":"no text on side B"},{"unit":"8","why":"no text on side B"}]`)

	body, _ = json.Marshal(map[string]any{"bitext": map[string]string{"text": "Giá tăng 5%.\tPrices rose 6 per cent.\tp1\n", "lang_a": "vi", "lang_b": "en"}})
	w = post(t, h, "/api/check?format=html", string(body))
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Contains(t, w.Body.String(), "5% ≠ 6 per cent")

	// ?format=xliff: the file back with the conflict as a note on its
	// unit, for the translator's CAT tool; for other input, 400.
	w = post(t, h, "/api/check?format=xliff", `{"bitext":{"text":`+jsonString(string(xlf))+`}}`)
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Equal(t, "application/xliff+xml; charset=utf-8", w.Header().Get("Content-Type"))
	assert.Contains(t, w.Body.String(), `<note from="factalign">factalign: number conflict: 4.400 dự án ≠ 4,600 projects: 4400 project vs 4600 project</note></trans-unit>`)
	for _, body := range []string{string(body), checkBody(viText, enText)} {
		w = post(t, h, "/api/check?format=xliff", body)
		assert.Equal(t, http.StatusBadRequest, w.Code)
		assert.Contains(t, w.Body.String(), "format xliff writes notes into an XLIFF file given as bitext")
	}
	w = post(t, h, "/api/check?format=pdf", checkBody(viText, enText))
	assert.Equal(t, http.StatusBadRequest, w.Code)
	assert.Contains(t, w.Body.String(), `format \"pdf\": want json, html or xliff`)
}

// jsonString returns s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestErrors checks each error: JSON with the right status.
func TestErrors(t *testing.T) {
	h := New(Options{MaxBody: 1 << 10})
	for _, tc := range []struct {
		name, path, body string
		code             int
		msg              string
	}{
		{"bad json", "/api/check", "{", 400, "bad JSON"},
		{"unknown field", "/api/check", `{"a":{"txt":"x"}}`, 400, "bad JSON"},
		{"empty text", "/api/check", checkBody("  ", enText), 400, "empty document"},
		{"unsupported language", "/api/check", `{"a":{"text":"x","lang":"fr"},"b":{"text":"y"}}`, 400, `unsupported language "fr"`},
		{"bad date", "/api/check", `{"a":{"text":"x","date":"30/1"},"b":{"text":"y"}}`, 400, "want YYYY-MM-DD"},
		{"bad ignore", "/api/check", `{"a":{"text":"x"},"b":{"text":"y"},"ignore":"numbr 1"}`, 400, "is not a kind"},
		{"too large", "/api/check", checkBody(strings.Repeat("a ", 600), "b"), 413, "over 1024 bytes"},
		{"extract without lang", "/api/extract", `{"text":"4.400"}`, 400, "unsupported language"},
		{"texts and a bilingual file", "/api/check", `{"a":{"text":"x"},"b":{"text":"y"},"bitext":{"text":"x\ty"}}`, 400, "not both"},
		{"bad bilingual file", "/api/check", `{"bitext":{"text":"<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>x"}}`, 400, "bitext: XLIFF 1.2"},
		{"no unit", "/api/check", `{"bitext":{"text":"<tmx version=\"1.4\"><body></body></tmx>"}}`, 400, "no unit to compare"},
		{"bilingual file with a bad language", "/api/check", `{"bitext":{"text":"x\ty","lang_a":"fr"}}`, 400, `unsupported language "fr"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := post(t, h, tc.path, tc.body)
			assert.Equal(t, tc.code, w.Code)
			assert.Equal(t, "application/json", w.Header().Get("Content-Type"))
			var e struct{ Error string }
			require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e), w.Body.String())
			assert.Contains(t, e.Error, tc.msg)
		})
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/check", nil))
	assert.Equal(t, http.StatusMethodNotAllowed, w.Code)
	assert.JSONEq(t, `{"error":"method not allowed"}`, w.Body.String())
}

// TestBusy checks that requests beyond the limit get 503 and
// Retry-After, while the others are answered.
func TestBusy(t *testing.T) {
	s := New(Options{Concurrency: 1}).(*service)
	s.sem <- struct{}{} // one request running
	w := post(t, s, "/api/check", checkBody(viText, enText))
	assert.Equal(t, http.StatusServiceUnavailable, w.Code)
	assert.Equal(t, "1", w.Header().Get("Retry-After"))
	<-s.sem
	assert.Equal(t, http.StatusOK, post(t, s, "/api/check", checkBody(viText, enText)).Code)
}

// TestExtractAndOthers checks /api/extract, /healthz, the page and the
// OpenAPI description.
func TestExtractAndOthers(t *testing.T) {
	h := New(Options{})
	w := post(t, h, "/api/extract", `{"text":"Singapore có 4.400 dự án.","lang":"vi"}`)
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	var ex struct {
		Mentions []map[string]any `json:"mentions"`
	}
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &ex))
	require.Len(t, ex.Mentions, 2)
	assert.Equal(t, "Singapore", ex.Mentions[0]["text"])
	assert.Equal(t, "4400", ex.Mentions[1]["value"])
	for path, want := range map[string]string{
		"/healthz": `"status":"ok"`, "/": "<textarea", "/app.js": "/api/check", "/app.css": "textarea", "/api/openapi.json": `"openapi"`,
	} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		assert.Equal(t, http.StatusOK, w.Code, path)
		body, _ := io.ReadAll(w.Body)
		assert.Contains(t, string(body), want, path)
	}
}

// TestConcurrent checks 200 requests at once against a live server on
// 127.0.0.1: each is answered, with 200 or, beyond the limit, 503.
func TestConcurrent(t *testing.T) {
	srv := httptest.NewServer(New(Options{}))
	defer srv.Close()
	var wg sync.WaitGroup
	var mu sync.Mutex
	codes := map[int]int{}
	for range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(srv.URL+"/api/check", "application/json", strings.NewReader(checkBody(viText, enText)))
			if err != nil {
				t.Error(err)
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			mu.Lock()
			codes[resp.StatusCode]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	assert.Equal(t, 200, codes[http.StatusOK]+codes[http.StatusServiceUnavailable], codes)
	assert.Positive(t, codes[http.StatusOK])
}

// TestTimeout checks that a check over the time limit is answered 503.
func TestTimeout(t *testing.T) {
	h := New(Options{Timeout: time.Nanosecond})
	w := post(t, h, "/api/check", checkBody(viText, enText))
	assert.Equal(t, http.StatusServiceUnavailable, w.Code)
	assert.Contains(t, w.Body.String(), "took longer than")
}
