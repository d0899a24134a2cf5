package align

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var updateHTML = flag.Bool("update-html", false, "rewrite testdata/html/*.html")

// htmlPair compares testdata/pairs/fdi-q1 with two edits of en.txt: one
// conflict, and one more that a suppression covers.
func htmlPair(t *testing.T) *Report {
	t.Helper()
	dir := filepath.Join("..", "testdata", "pairs", "fdi-q1")
	vi, err := os.ReadFile(filepath.Join(dir, "vi.txt"))
	require.NoError(t, err)
	en, err := os.ReadFile(filepath.Join(dir, "en.txt"))
	require.NoError(t, err)
	edited := string(en)
	for _, e := range [][2]string{
		{"1,032 new projects", "1,302 new projects"},
		{"South Korea came second", "South Korea came third"},
	} {
		require.Contains(t, edited, e[0])
		edited = strings.Replace(edited, e[0], e[1], 1)
	}
	r, err := Compare(Document{Text: string(vi), Name: "vi.txt"}, Document{Text: edited, Name: "en.txt"},
		WithSuppressions(Suppression{Kind: "ordinal", Text: "third"}))
	require.NoError(t, err)
	return r
}

func writeHTML(t *testing.T, r *Report) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, r.WriteHTML(&b))
	return b.String()
}

func TestWriteHTMLGolden(t *testing.T) {
	r := htmlPair(t)
	got := writeHTML(t, r)
	golden := filepath.Join("testdata", "html", "fdi-q1.html")
	if *updateHTML {
		require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
		require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test ./align -run HTML -update-html to create it")
	if got != string(want) {
		t.Errorf("WriteHTML differs from %s (run go test ./align -run HTML -update-html after checking the page):\n%s",
			golden, firstDiff(string(want), got))
	}
	// The same report gives the same page.
	assert.Equal(t, got, writeHTML(t, r))
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant %.300q\ngot  %.300q", i+1, w, g)
		}
	}
	return "(no line differs)"
}

func TestWriteHTMLContent(t *testing.T) {
	r := htmlPair(t)
	require.Len(t, r.Conflicts(), 1, "the edit should make exactly one conflict")
	require.Equal(t, 1, r.Summary.Suppressed, "the second edit should make a suppressed conflict")
	page := writeHTML(t, r)
	checkPage(t, page)

	assert.True(t, strings.HasPrefix(page, "<!doctype html>\n"))
	for _, f := range r.Facts {
		if f.Status == Conflict {
			assert.Contains(t, page, html.EscapeString(f.Why), "the reason of a conflict")
		}
	}
	// Offline: no address, no external resource.
	for _, s := range []string{"http", "//", "src=", "url(", "@import", "<link", "<img", "<iframe"} {
		assert.NotContains(t, page, s)
	}
	// One row a bead, in the columns' languages.
	texts := between(page, `<section id="texts">`, `</section>`)
	assert.Equal(t, len(r.Pairs), strings.Count(texts, "<tr>")+strings.Count(texts, "<tr ")-1, "rows, less the head's")
	assert.Contains(t, texts, `<td lang="vi">`)
	assert.Contains(t, texts, `<td lang="en">`)
	// Each conflict is highlighted on both sides, and each side links to the other.
	for i, f := range r.Facts {
		if f.Status != Conflict {
			continue
		}
		class := "conflict"
		if f.Suppressed {
			class = "suppressed"
		}
		assert.Contains(t, texts, fmt.Sprintf(`<a class="hl %s" id="f%da" href="#f%db"`, class, i, i))
		assert.Contains(t, texts, fmt.Sprintf(`<a class="hl %s" id="f%db" href="#f%da"`, class, i, i))
	}
	// The counts, names, languages and dates.
	head := between(page, "<header>", "</header>")
	for _, s := range []string{"vi.txt", "en.txt", "Vietnamese", "English", "2026-03-31", "<b>1</b> conflict", "<b>1</b> suppressed",
		fmt.Sprintf("<b>%d</b> agree", r.Summary.Agree)} {
		assert.Contains(t, head, s)
	}
	// Conflicts come before the texts, the other facts after.
	assert.Less(t, strings.Index(page, `id="conflicts"`), strings.Index(page, `id="texts"`))
	assert.Less(t, strings.Index(page, `id="texts"`), strings.Index(page, `id="facts"`))
}

// between returns the part of s from the first from to the next to.
func between(s, from, to string) string {
	_, s, _ = strings.Cut(s, from)
	s, _, _ = strings.Cut(s, to)
	return s
}

// checkPage checks what a browser needs of the page: valid UTF-8, tags
// that nest and close, unique ids, links that land, and no link or mark
// inside another.
func checkPage(t *testing.T, page string) {
	t.Helper()
	// The loop reports with t.Fatalf, not require: require's t.Helper
	// walks the stack at every token, which was most of FuzzWriteHTML's
	// time.
	require.True(t, utf8.ValidString(page), "the page is not valid UTF-8")
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	void := map[string]bool{"meta": true, "br": true, "input": true}
	var stack []string
	ids := map[string]bool{}
	var hrefs []string
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, col := d.InputPos()
			t.Fatalf("line %d, column %d: %v", line, col, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := tok.Name.Local
			if name == "a" || name == "mark" {
				for _, open := range stack {
					if open == "a" || open == "mark" {
						t.Fatalf("<%s> inside <%s>", name, open)
					}
				}
			}
			for _, at := range tok.Attr {
				switch at.Name.Local {
				case "id":
					if ids[at.Value] {
						t.Fatalf("id %q twice", at.Value)
					}
					ids[at.Value] = true
				case "href":
					hrefs = append(hrefs, at.Value)
				}
			}
			if !void[name] {
				stack = append(stack, name)
			}
		case xml.EndElement:
			name := tok.Name.Local
			switch {
			case void[name]:
				t.Fatalf("</%s>", name)
			case len(stack) == 0:
				t.Fatalf("</%s> closes nothing", name)
			case stack[len(stack)-1] != name:
				t.Fatalf("</%s> closes <%s>", name, stack[len(stack)-1])
			}
			stack = stack[:len(stack)-1]
		}
	}
	require.Empty(t, stack, "elements left open")
	for _, h := range hrefs {
		require.True(t, strings.HasPrefix(h, "#"), "href %q leaves the page", h)
		require.True(t, ids[h[1:]], "href %q has no target", h)
	}
}

// A hand-made report with everything a careless caller might give:
// markup in the text, bytes that are not UTF-8, overlapping and nested
// spans, spans out of their sentence or the text, indices out of range,
// and sentences that no bead holds.
func TestWriteHTMLRobust(t *testing.T) {
	textA := "Giá <b>\"4.400\" & 'x'</b> \xff\x00 tăng. Câu hai có 90 tỷ USD và 12%."
	textB := "Price <script>alert(1)</script> rose. Second has US$90 billion."
	s2 := strings.Index(textA, "Câu")
	sa := []Sentence{{Start: 0, End: s2 - 1, Text: textA[:s2-1]}, {Start: s2, End: len(textA), Text: textA[s2:], Paragraph: 1}}
	e2 := strings.Index(textB, "Second")
	sb := []Sentence{{Start: 0, End: e2 - 1, Text: textB[:e2-1]}, {Start: e2, End: len(textB), Text: textB[e2:]}, {Text: "made by hand & not in Text"}}
	num := func(text string, sentence int, sub string, nth int) *Item {
		s := 0
		for range nth {
			s += strings.Index(text[s:], sub) + 1
		}
		s += strings.Index(text[s:], sub)
		return &Item{Sentence: sentence, Number: &numbers.Mention{Start: s, End: s + len(sub), Text: sub}}
	}
	money := num(textA, 1, "90 tỷ USD", 0)
	r := &Report{
		A: Side{Name: "a<&>.txt", Lang: language.Vietnamese, Text: textA, Sentences: sa},
		B: Side{Name: "b\".txt", Lang: language.English, Text: textB, Sentences: sb},
		Pairs: []Bead{
			{A: []int{0}, B: []int{0}},
			{A: []int{1, 7, -1}, B: []int{1}},
			{A: []int{1}}, // shown already
			{},
		},
		Facts: []Fact{
			0:  {Status: Agree, Kind: "money", A: money, B: num(textB, 1, "US$90 billion", 0), Why: `90 tỷ USD = US$90 billion <"ok">`},
			1:  {Status: Conflict, Kind: "money", A: num(textA, 1, "tỷ USD", 0), B: num(textB, 1, "Second", 0), Why: "nested <inside> & wins"},
			2:  {Status: OnlyA, Kind: "percent", A: num(textA, 1, "12%", 0), Why: "only in the Vietnamese version"},
			3:  {Status: OnlyA, Kind: "percent", A: &Item{Sentence: 1, Number: &numbers.Mention{Start: len(textA) - 3, End: len(textA) + 5}}},
			4:  {Status: OnlyB, Kind: "entity", B: &Item{Sentence: 0, Entity: &entities.Entity{Start: 6, End: 14, Text: "<script>"}}, Why: "a tag"},
			5:  {Status: Agree, Kind: "number", A: &Item{Sentence: 9, Number: &numbers.Mention{Start: 0, End: 3}}, B: &Item{Sentence: 2, Number: &numbers.Mention{Start: 0, End: 4}}},
			6:  {Status: OnlyA, Kind: "number", A: &Item{Sentence: 0, Number: &numbers.Mention{Start: 3, End: 4}}}, // inside "á"
			7:  {Status: Conflict, Suppressed: true, Kind: "number", A: &Item{Sentence: 0, Number: &numbers.Mention{Start: 0, End: 2}}, B: &Item{}},
			10: {Status: OnlyA, Kind: "number", A: &Item{Sentence: 0, Number: &numbers.Mention{Start: strings.Index(textA, "\xff"), End: strings.Index(textA, "\xff") + 1}}},
			8:  {Status: Status(9), Kind: "odd", A: &Item{Sentence: -1}},
			9:  {Status: Conflict, Kind: "number", A: num(textA, 0, "4.400", 0), Why: "no counterpart given"},
		},
		Summary: Summary{Agree: 2, Conflict: 2, OnlyA: 3, OnlyB: 1, Suppressed: 1},
	}
	page := writeHTML(t, r)
	checkPage(t, page)
	assert.NotContains(t, page, "<script>alert")
	assert.NotContains(t, page, `<b>"4.400"`)
	assert.NotContains(t, page, "\x00")
	assert.Contains(t, page, `Giá &lt;b&gt;&#34;<mark class="hl conflict">4.400</mark>&#34; &amp; &#39;x&#39;&lt;/b&gt; `+"\uFFFD\uFFFD tăng.", "the conflict's context")
	assert.Contains(t, page, "made by hand &amp; not in Text")
	texts := between(page, `<section id="texts">`, `</section>`)
	// The conflict nested in the agreement wins; the agreement is listed only.
	assert.Contains(t, texts, `<a class="hl conflict" id="f1a" href="#f1b"`)
	assert.NotContains(t, texts, `id="f0a"`)
	assert.NotContains(t, texts, `href="#f0a"`, "B's side of the agreement does not link to a highlight that is not there")
	assert.Contains(t, texts, `<mark class="hl agree" id="f0b"`)
	assert.Contains(t, texts, `<mark class="hl only_a" id="f2a"`)
	for _, id := range []string{"f3a", "f5a", "f5b", "f6a", "f8a"} {
		assert.NotContains(t, texts, `id="`+id+`"`, "a span out of its sentence, the text or UTF-8 boundaries")
	}
	assert.Contains(t, texts, `<mark class="hl only_b" id="f4b"`)
	assert.Contains(t, texts, `<mark class="hl suppressed" id="f7a"`)
	assert.Contains(t, texts, `<mark class="hl conflict" id="f9a"`)
	assert.Contains(t, page, "nested &lt;inside&gt; &amp; wins")
	assert.Contains(t, texts, `<mark class="hl only_a" id="f10a" title="only in Vietnamese, number">`+"\uFFFD</mark>\uFFFD tăng.")
	assert.Contains(t, texts, `<td lang="vi" class="empty"></td><td lang="en"><span class="s k-body"><span class="n">2</span> made by hand`,
		"the 0-1 row of B's sentence that no bead holds")
	assert.Equal(t, 1, strings.Count(texts, `<span class="n">1</span> Câu hai`), "a sentence in two beads is shown once")
}

func TestWriteHTMLEdges(t *testing.T) {
	var r *Report
	assert.Error(t, r.WriteHTML(io.Discard))

	page := writeHTML(t, &Report{})
	checkPage(t, page)
	assert.Contains(t, page, "No conflicts")

	// An unknown language gives an empty lang attribute.
	page = writeHTML(t, &Report{A: Side{Text: "x", Sentences: []Sentence{{End: 1, Text: "x"}}}})
	checkPage(t, page)
	assert.Contains(t, page, `<td lang="">`)

	// The writer's error is returned.
	r = htmlPairReportNoCompare()
	boom := errors.New("boom")
	assert.ErrorIs(t, r.WriteHTML(failWriter{boom}), boom)
}

// htmlPairReportNoCompare is a small report made by hand.
func htmlPairReportNoCompare() *Report {
	return &Report{
		A:     Side{Lang: language.Vietnamese, Text: "Có 4.400 dự án.", Sentences: []Sentence{{End: len("Có 4.400 dự án."), Text: "Có 4.400 dự án."}}},
		B:     Side{Lang: language.English, Text: "It has 4,500 projects.", Sentences: []Sentence{{End: len("It has 4,500 projects."), Text: "It has 4,500 projects."}}},
		Pairs: []Bead{{A: []int{0}, B: []int{0}, Score: 1}},
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// FuzzWriteHTML checks that any text and any spans give a well-formed
// page and no panic.
func FuzzWriteHTML(f *testing.F) {
	f.Add("Giá 4.400 <b>tăng</b>. Câu hai.", "Price rose. Two & three.", []byte{0, 3, 9, 1, 2, 4, 12, 20})
	f.Add("\xff\x00<", "", []byte{255, 0, 7})
	f.Fuzz(func(t *testing.T, a, b string, spans []byte) {
		side := func(text string) Side {
			var ss []Sentence
			start := 0
			for i := 0; i <= len(text); i++ {
				if i == len(text) || text[i] == '.' {
					ss = append(ss, Sentence{Start: start, End: i, Text: text[start:i], Paragraph: len(ss) / 2})
					start = i + 1
				}
			}
			return Side{Lang: language.Vietnamese, Text: text, Sentences: ss}
		}
		r := &Report{A: side(a), B: side(b)}
		for i := range max(len(r.A.Sentences), len(r.B.Sentences)) {
			r.Pairs = append(r.Pairs, Bead{A: []int{i}, B: []int{i, i + 1}})
		}
		for i := 0; i+3 < len(spans); i += 4 {
			mk := func(sent, start, end byte) *Item {
				return &Item{Sentence: int(sent % 4), Number: &numbers.Mention{Start: int(start), End: int(start) + int(end%16)}}
			}
			fa := Fact{Status: Status(spans[i] % 5), Kind: "number", Why: a[:min(len(a), int(spans[i+1]))], Suppressed: spans[i]%7 == 0}
			if spans[i]%3 != 0 {
				fa.A = mk(spans[i+1], spans[i+2], spans[i+3])
			}
			if spans[i]%3 != 1 {
				fa.B = mk(spans[i+3], spans[i+1], spans[i+2])
			}
			r.Facts = append(r.Facts, fa)
		}
		var buf bytes.Buffer
		if err := r.WriteHTML(&buf); err != nil {
			t.Fatal(err)
		}
		checkPage(t, buf.String())
	})
}

// TestWriteHTMLReports checks that a page of several reports has one
// head, one section per report and no id twice.
func TestWriteHTMLReports(t *testing.T) {
	vi := "Singapore có 4.400 dự án.\n"
	r1, err := Compare(Document{Text: vi}, Document{Text: "Singapore has 4,400 projects.\n"})
	require.NoError(t, err)
	r2, err := Compare(Document{Text: vi}, Document{Text: "Singapore has 4,600 projects.\n"})
	require.NoError(t, err)
	var b strings.Builder
	require.NoError(t, WriteHTMLReports(&b, r1, r2))
	page := b.String()
	assert.Equal(t, 1, strings.Count(page, "<html"))
	assert.Equal(t, 2, strings.Count(page, "<article id="))
	assert.Contains(t, page, "<title>1 conflict")
	ids := map[string]int{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		ids[m[1]]++
	}
	for id, n := range ids {
		assert.Equal(t, 1, n, "id %q", id)
	}
	assert.Error(t, WriteHTMLReports(&b))
	assert.Error(t, WriteHTMLReports(&b, r1, nil))
}

func TestWriteJSONReports(t *testing.T) {
	r, err := Compare(Document{Text: "Singapore có 4.400 dự án.\n"}, Document{Text: "Singapore has 4,600 projects.\n"})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, WriteJSONReports(&b, r, r))
	var out []map[string]any
	require.NoError(t, json.Unmarshal(b.Bytes(), &out))
	assert.Len(t, out, 2)
	assert.Error(t, WriteJSONReports(&b, nil))
}
