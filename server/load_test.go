package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// loadPair returns a pair of about n sentences a side, made of the
// article pairs of testdata/pairs.
func loadPair(tb testing.TB, n int) (vi, en string) {
	tb.Helper()
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*", "vi.txt"))
	if err != nil || len(dirs) == 0 {
		tb.Fatalf("no article pairs: %v", err)
	}
	var bv, be strings.Builder
	for k := 0; strings.Count(bv.String(), ".") < n; k++ {
		d := filepath.Dir(dirs[k%len(dirs)])
		v, err1 := os.ReadFile(filepath.Join(d, "vi.txt"))
		e, err2 := os.ReadFile(filepath.Join(d, "en.txt"))
		if err1 != nil || err2 != nil {
			tb.Fatal(err1, err2)
		}
		bv.WriteString(string(v) + "\n\n")
		be.WriteString(string(e) + "\n\n")
	}
	return bv.String(), be.String()
}

// BenchmarkLoad sends 200 requests at once of a 1,000-sentence pair to a
// server on 127.0.0.1 and reports requests/s, the p99 latency of the
// answered ones and how many were turned away with 503 (the limit is 2 ×
// GOMAXPROCS at a time).
func BenchmarkLoad(b *testing.B) {
	vi, en := loadPair(b, 1000)
	body, _ := json.Marshal(map[string]any{"a": map[string]string{"text": vi}, "b": map[string]string{"text": en}})
	srv := httptest.NewServer(New(Options{MaxBody: 8 << 20, Timeout: 5 * time.Minute}))
	defer srv.Close()
	const clients = 200
	for b.Loop() {
		var wg sync.WaitGroup
		var mu sync.Mutex
		var lat []time.Duration
		busy := 0
		start := time.Now()
		for range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				t0 := time.Now()
				resp, err := http.Post(srv.URL+"/api/check", "application/json", strings.NewReader(string(body)))
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				mu.Lock()
				defer mu.Unlock()
				switch resp.StatusCode {
				case http.StatusOK:
					lat = append(lat, time.Since(t0))
				case http.StatusServiceUnavailable:
					busy++
				default:
					b.Errorf("status %d", resp.StatusCode)
				}
			}()
		}
		wg.Wait()
		elapsed := time.Since(start)
		slices.Sort(lat)
		if len(lat) > 0 {
			b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "answered/s")
			b.ReportMetric(float64(lat[len(lat)*99/100].Milliseconds()), "p99-ms")
		}
		b.ReportMetric(float64(busy), "503s")
	}
}
