package numbers

import (
	"embed"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the expected side of testdata/*.txt from the current output")

//go:embed testdata/*.txt
var lineFiles embed.FS

// A lineCase is one line of a testdata file:
//
//	[vi|en] [ref=2026-01-30] INPUT <TAB> DUMP [ | DUMP ...]
//
// DUMP is Mention.Dump followed by the mention text in quotes; "-" means
// no mention. Lines starting with # are comments.
type lineCase struct {
	file  string
	line  int
	lang  language.Tag
	ref   time.Time
	input string
	want  string
}

func readLineCases(t *testing.T, name string) []lineCase {
	t.Helper()
	data, err := lineFiles.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var cases []lineCase
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		in, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("testdata/%s:%d: no tab in %q", name, n, line)
		}
		c := lineCase{file: name, line: n, want: strings.TrimSpace(want)}
		words := strings.Fields(in)
		for len(words) > 0 {
			switch w := words[0]; {
			case w == "vi":
				c.lang = language.Vietnamese
			case w == "en":
				c.lang = language.English
			case strings.HasPrefix(w, "ref="):
				ref, err := time.Parse("2006-01-02", w[4:])
				if err != nil {
					t.Fatalf("testdata/%s:%d: %v", name, n, err)
				}
				c.ref = ref
			default:
				goto done
			}
			in = strings.TrimLeft(in[len(words[0]):], " ")
			words = words[1:]
		}
	done:
		if c.lang == language.Und {
			t.Fatalf("testdata/%s:%d: no language (vi or en) before the input", name, n)
		}
		c.input = in
		cases = append(cases, c)
	}
	return cases
}

// dumpAll renders mentions the way the test files write them.
func dumpAll(ms []Mention) string {
	if len(ms) == 0 {
		return "-"
	}
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.Dump() + " " + quote(m.Text)
	}
	return strings.Join(parts, " | ")
}

func quote(s string) string { return `"` + s + `"` }

func runLineFile(t *testing.T, name string) {
	cases := readLineCases(t, name)
	got := make([]string, len(cases))
	for i, c := range cases {
		var opts []Option
		if !c.ref.IsZero() {
			opts = append(opts, WithReference(c.ref))
		}
		got[i] = dumpAll(Extract(c.input, c.lang, opts...))
		t.Run(c.input, func(t *testing.T) {
			if !*update {
				assert.Equal(t, c.want, got[i], "testdata/%s:%d: %s", c.file, c.line, c.input)
			}
		})
	}
	if *update {
		rewriteLineFile(t, name, cases, got)
	}
}

// rewriteLineFile replaces the expected side of each case with got.
func rewriteLineFile(t *testing.T, name string, cases []lineCase, got []string) {
	path := filepath.Join("testdata", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	for i, c := range cases {
		l := lines[c.line-1]
		in, _, _ := strings.Cut(l, "\t")
		nl := ""
		if strings.HasSuffix(l, "\n") {
			nl = "\n"
		}
		lines[c.line-1] = in + "\t" + got[i] + nl
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSpec(t *testing.T)       { runLineFile(t, "spec.txt") }
func TestVietnamese(t *testing.T) { runLineFile(t, "vi.txt") }
func TestEnglish(t *testing.T)    { runLineFile(t, "en.txt") }
