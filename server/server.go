// Package server is factalign as a small local web service: a page where
// an editor pastes the two versions of a story and reads the HTML report,
// and a JSON API for newsroom systems.
//
//	GET  /                  the page (its script and style: /app.js, /app.css)
//	POST /api/check         {"a": {"text", "lang", "date", "name"}, "b": {...}, "ignore": "..."}
//	                        → the JSON report of factcheck -format json (?format=html: the HTML report)
//	                        {"bitext": {"text", "name", "lang_a", "lang_b", "date"}, "ignore": "..."}:
//	                        one bilingual file (XLIFF, TMX, TSV) checked unit by unit, as factcheck FILE;
//	                        ?format=xliff: the XLIFF file back with each conflict as a note on its unit
//	POST /api/extract       {"text", "lang", "ref"} → {"mentions": [...]} as examples/extract prints them
//	GET  /healthz           {"status": "ok"}
//	GET  /api/openapi.json  the OpenAPI description of the three endpoints
//
// Errors are JSON, {"error": "..."}: 400 for bad input, 405 for another
// method, 413 for a body over the limit, 503 with Retry-After when as
// many requests as allowed are running. Nothing is kept between requests
// and nothing is written to disk; every page is served with a Content
// Security Policy that runs no script a document could bring.
package server

import (
	"bytes"
	"cmp"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/factalign/factalign/align"
	"github.com/factalign/factalign/align/bitext"
	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/internal/bilingual"
	"github.com/factalign/factalign/numbers"
)

// Options bound what the service does for one request and for all.
type Options struct {
	MaxBody     int64         // the largest request body, in bytes (default 2 MiB)
	Timeout     time.Duration // the longest a request may take (default 30 s)
	Concurrency int           // requests at once (default 2 × GOMAXPROCS); beyond, 503
}

// Defaults of Options.
const (
	DefaultMaxBody = 2 << 20
	DefaultTimeout = 30 * time.Second
	retryAfter     = "1" // seconds, for 503
)

//go:embed static
var static embed.FS

// A service is the handler of New.
type service struct {
	o    Options
	sem  chan struct{}
	mux  *http.ServeMux
	csp  string
	page []byte
}

// New returns the service's handler.
func New(o Options) http.Handler {
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 2 * runtime.GOMAXPROCS(0)
	}
	script, style := align.HTMLHashes()
	s := &service{o: o, sem: make(chan struct{}, o.Concurrency), mux: http.NewServeMux(),
		csp: "default-src 'none'; script-src 'self' " + script + "; style-src 'self' " + style +
			"; frame-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"}
	s.mux.HandleFunc("GET /{$}", s.file("static/index.html", "text/html; charset=utf-8"))
	s.mux.HandleFunc("GET /app.js", s.file("static/app.js", "text/javascript; charset=utf-8"))
	s.mux.HandleFunc("GET /app.css", s.file("static/app.css", "text/css; charset=utf-8"))
	s.mux.HandleFunc("GET /api/openapi.json", s.file("static/openapi.json", "application/json"))
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	s.mux.HandleFunc("POST /api/check", s.limited(s.check))
	s.mux.HandleFunc("POST /api/extract", s.limited(s.extract))
	return s
}

// ServeHTTP sets the headers every answer carries and routes the request;
// a known path with another method is 405, as JSON.
func (s *service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", s.csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	if _, pattern := s.mux.Handler(r); pattern == "" && strings.HasPrefix(r.URL.Path, "/api/") && !apiPaths[r.URL.Path] {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
		return
	}
	s.mux.ServeHTTP(&methodWriter{ResponseWriter: w}, r)
}

// apiPaths are the endpoints of the API, which answer another method with
// 405.
var apiPaths = map[string]bool{"/api/check": true, "/api/extract": true, "/api/openapi.json": true}

// methodWriter turns the mux's plain-text 405 into a JSON error.
type methodWriter struct {
	http.ResponseWriter
	swallow bool
}

func (m *methodWriter) WriteHeader(code int) {
	if code == http.StatusMethodNotAllowed {
		m.swallow = true
		m.ResponseWriter.Header().Set("Content-Type", "application/json")
		m.ResponseWriter.WriteHeader(code)
		json.NewEncoder(m.ResponseWriter).Encode(map[string]string{"error": "method not allowed"})
		return
	}
	m.ResponseWriter.WriteHeader(code)
}

func (m *methodWriter) Write(b []byte) (int, error) {
	if m.swallow {
		return len(b), nil
	}
	return m.ResponseWriter.Write(b)
}

// file serves an embedded file.
func (s *service) file(name, contentType string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b, err := static.ReadFile(name)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		w.Header().Set("Content-Type", contentType)
		w.Write(b)
	}
}

// limited runs h when a place is free (else 503 with Retry-After), with
// the body limited and the time bounded.
func (s *service) limited(h func(w http.ResponseWriter, r *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.sem <- struct{}{}: // released when the work ends, not when the answer goes
		default:
			w.Header().Set("Retry-After", retryAfter)
			writeError(w, http.StatusServiceUnavailable, "busy: too many requests at once, try again")
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.o.Timeout)
		defer cancel()
		r = r.WithContext(ctx)
		r.Body = http.MaxBytesReader(w, r.Body, s.o.MaxBody)
		done := make(chan error, 1)
		rec := &recorder{header: http.Header{}}
		go func() {
			defer func() { <-s.sem }()
			done <- h(rec, r)
		}()
		select {
		case err := <-done:
			switch {
			case errors.Is(ctx.Err(), context.DeadlineExceeded):
				// The check ended at or after the deadline, before this
				// select saw it (select picks at random among ready
				// cases): it took longer than the timeout all the same.
				s.timedOut(w)
			case err != nil:
				writeError(w, statusOf(err), err.Error())
			default:
				rec.flush(w)
			}
		case <-ctx.Done():
			s.timedOut(w)
		}
	}
}

// timedOut answers a request whose check took longer than the timeout.
func (s *service) timedOut(w http.ResponseWriter) {
	writeError(w, http.StatusServiceUnavailable, "the check took longer than "+s.o.Timeout.String())
}

// A recorder holds an answer until the handler has finished in time.
type recorder struct {
	header http.Header
	code   int
	body   strings.Builder
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(code int)        { r.code = code }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }

func (r *recorder) flush(w http.ResponseWriter) {
	for k, v := range r.header {
		w.Header()[k] = v
	}
	if r.code != 0 {
		w.WriteHeader(r.code)
	}
	io.WriteString(w, r.body.String())
}

// A requestError is bad input, with its status.
type requestError struct {
	code int
	msg  string
}

func (e *requestError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &requestError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// statusOf returns the status of an error: 413 for a body over the
// limit, 400 for bad input.
func statusOf(err error) int {
	var re *requestError
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &mb):
		return http.StatusRequestEntityTooLarge
	case errors.As(err, &re):
		return re.code
	}
	return http.StatusBadRequest
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

// decode reads a JSON body into v; a body over the limit is 413.
func decode(r *http.Request, v any) error {
	d := json.NewDecoder(r.Body)
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return fmt.Errorf("%w: the body is over %d bytes", mb, mb.Limit)
		}
		return badRequest("bad JSON: %v", err)
	}
	return nil
}

// A side of /api/check.
type side struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
	Date string `json:"date"`
	Name string `json:"name"`
}

func (sd side) document() (align.Document, error) {
	d := align.Document{Text: sd.Text, Name: sd.Name}
	if sd.Lang != "" {
		t, err := numbers.ParseLanguage(sd.Lang)
		if err != nil {
			return d, badRequest("%s", strings.TrimPrefix(err.Error(), "numbers: "))
		}
		d.Lang = t
	}
	if sd.Date != "" {
		t, err := time.Parse(time.DateOnly, sd.Date)
		if err != nil {
			return d, badRequest("date %q: want YYYY-MM-DD", sd.Date)
		}
		d.Date = t
	}
	return d, nil
}

// A bilingual file of /api/check: its text, the name reports give it,
// the languages of its two sides when the file does not state them (or
// to choose two of a memory's), and the article date.
type bilingualFile struct {
	Text  string `json:"text"`
	Name  string `json:"name"`
	LangA string `json:"lang_a"`
	LangB string `json:"lang_b"`
	Date  string `json:"date"`

	format bitext.Format // as read by compare
	units  []bitext.Unit
}

// compare reads the file and compares it unit by unit. A unit not
// translated yet is passed on with no text on side B, which the report
// lists as skipped. It keeps the format and the units read, for the
// notes of ?format=xliff.
func (bf *bilingualFile) compare(opts ...align.Option) (*align.Report, error) {
	a, err := side{Lang: bf.LangA, Date: bf.Date, Name: bf.Name}.document()
	if err != nil {
		return nil, err
	}
	b, err := side{Lang: bf.LangB, Date: bf.Date, Name: bf.Name}.document()
	if err != nil {
		return nil, err
	}
	f, units, err := bitext.ReadFormat(strings.NewReader(bf.Text), bitext.WithLanguages(a.Lang, b.Lang))
	if err != nil {
		return nil, badRequest("bitext: %s", strings.TrimPrefix(err.Error(), "bitext: "))
	}
	if len(units) == 0 {
		return nil, badRequest("bitext: no unit to compare")
	}
	bf.format, bf.units = f, units
	pairs, la, lb := bilingual.Pairs(units, a.Lang, b.Lang)
	a.Lang, b.Lang = la, lb
	return align.CompareUnits(pairs, a, b, opts...)
}

// check answers /api/check.
func (s *service) check(w http.ResponseWriter, r *http.Request) error {
	var req struct {
		A      side           `json:"a"`
		B      side           `json:"b"`
		Bitext *bilingualFile `json:"bitext"`
		Ignore string         `json:"ignore"`
	}
	if err := decode(r, &req); err != nil {
		return err
	}
	if req.Bitext != nil && (req.A != side{} || req.B != side{}) {
		return badRequest("give two texts (a and b) or one bilingual file (bitext), not both")
	}
	sup, err := align.ParseSuppressions(strings.NewReader(req.Ignore))
	if err != nil {
		return badRequest("ignore: %s", strings.TrimPrefix(err.Error(), "align: "))
	}
	var rep *align.Report
	if req.Bitext != nil {
		rep, err = req.Bitext.compare(align.WithSuppressions(sup...))
	} else {
		rep, err = compareTexts(req.A, req.B, align.WithSuppressions(sup...))
	}
	if err != nil {
		var re *requestError
		if errors.As(err, &re) {
			return err
		}
		var de *align.DocumentError
		if errors.As(err, &de) && errors.Is(err, align.ErrTooLarge) {
			return &requestError{http.StatusRequestEntityTooLarge, strings.TrimPrefix(err.Error(), "align: ")}
		}
		return badRequest("%s", strings.TrimPrefix(err.Error(), "align: "))
	}
	return write(w, r.URL.Query().Get("format"), rep, req.Bitext)
}

// Formats of /api/check besides JSON.
const (
	formatHTML  = "html"
	formatXLIFF = "xliff"
)

// write writes the report in the format asked for: JSON, HTML, or the
// XLIFF file of bf with each conflict as a note on its unit.
func write(w http.ResponseWriter, format string, rep *align.Report, bf *bilingualFile) error {
	switch format {
	case formatHTML:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		return rep.WriteHTML(w)
	case formatXLIFF:
		if bf == nil || bf.format != bitext.XLIFF1 && bf.format != bitext.XLIFF2 {
			return badRequest("format xliff writes notes into an XLIFF file given as bitext")
		}
		var b bytes.Buffer
		if err := bitext.WriteNotes(&b, []byte(bf.Text), bitext.Notes(bf.units, rep.UnitNotes())); err != nil {
			return badRequest("%s", strings.TrimPrefix(err.Error(), "bitext: "))
		}
		w.Header().Set("Content-Type", "application/xliff+xml; charset=utf-8")
		_, err := w.Write(b.Bytes())
		return err
	case "", "json":
		w.Header().Set("Content-Type", "application/json")
		return rep.WriteJSON(w)
	}
	return badRequest("format %q: want json, html or xliff", format)
}

// compareTexts compares two texts.
func compareTexts(sa, sb side, opts ...align.Option) (*align.Report, error) {
	a, err := sa.document()
	if err != nil {
		return nil, err
	}
	b, err := sb.document()
	if err != nil {
		return nil, err
	}
	return align.Compare(a, b, opts...)
}

// extract answers /api/extract.
func (s *service) extract(w http.ResponseWriter, r *http.Request) error {
	var req struct {
		Text string `json:"text"`
		Lang string `json:"lang"`
		Ref  string `json:"ref"`
	}
	if err := decode(r, &req); err != nil {
		return err
	}
	lang, err := numbers.ParseLanguage(req.Lang)
	if err != nil {
		return badRequest("%s", strings.TrimPrefix(err.Error(), "numbers: "))
	}
	var opts []numbers.Option
	if req.Ref != "" {
		t, err := time.Parse(time.DateOnly, req.Ref)
		if err != nil {
			return badRequest("ref %q: want YYYY-MM-DD", req.Ref)
		}
		opts = append(opts, numbers.WithReference(t))
	}
	type mention struct {
		start, end int
		json.Marshaler
	}
	var ms []mention
	for _, m := range numbers.Extract(req.Text, lang, opts...) {
		ms = append(ms, mention{m.Start, m.End, m})
	}
	for _, e := range entities.Extract(req.Text, lang) {
		ms = append(ms, mention{e.Start, e.End, e})
	}
	// In the order of examples/extract: by start, then end.
	slices.SortStableFunc(ms, func(a, b mention) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) })
	out := make([]json.Marshaler, len(ms))
	for i, m := range ms {
		out[i] = m.Marshaler
	}
	writeJSON(w, http.StatusOK, map[string]any{"mentions": out})
	return nil
}
