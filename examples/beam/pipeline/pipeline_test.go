package pipeline

import (
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/factalign/factalign/stream"
)

// TestMain runs the pipelines of the tests on Prism, in the process.
func TestMain(m *testing.M) {
	ptest.Main(m)
}

const maxLine = 200

// Lines of each kind: a conflict, an agreement, a line with no tab, a
// blank line, a CRLF line with no id, one not UTF-8, one too long, and a
// last line with no end.
var (
	conflict = "Singapore có 4.400 dự án.\tSingapore has 4,500 projects.\tp1"
	agree    = "Vốn đạt 90 tỷ USD.\tCapital reached US$90 billion.\tp2"
	noTab    = "no tab here"
	crlf     = "Giá tăng 5%.\tPrices rose 5 per cent.\r"
	notUTF8  = "c \xff 2\td 2"
	tooLong  = strings.Repeat("x", maxLine) + "\tlong"
	last     = "Hàn Quốc có 1.200 dự án.\tSouth Korea has 1,300 projects.\tp8"
	input    = strings.Join([]string{conflict, agree, noTab, "", crlf, notUTF8, tooLong, last}, "\n")
)

// writeInput writes the test pairs to a file and returns its path.
func writeInput(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pairs.tsv")
	if err := os.WriteFile(path, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCheck checks the outputs and counters of a run on the test pairs:
// a JSON line for each of the four pairs, the two with no conflict kept
// byte for byte, the totals (the names Singapore and South Korea agree),
// and the three lines skipped counted.
func TestCheck(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	out, err := Check(s, writeInput(t), Config{MaxLine: maxLine})
	if err != nil {
		t.Fatal(err)
	}
	passert.Count(s, out.Results, "results", 4)
	passert.Equals(s, out.Kept, agree, crlf)
	passert.Equals(s, out.Totals, `{"pairs":4,"conflicts":2,"errors":3,`+
		`"skipped":{"no_tab":1,"not_utf8":1,"too_long":1},`+
		`"verdicts":{"agree":4,"conflict":2},`+
		`"kinds":{"entity":{"agree":2},"money":{"agree":1},"number":{"conflict":2},"percent":{"agree":1}}}`)
	res := ptest.RunAndValidate(t, p)

	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == counterNamespace {
			counts[c.Name()] += c.Result()
		}
	}
	want := map[string]int64{"skipped_no_tab": 1, "skipped_not_utf8": 1, "skipped_too_long": 1}
	if !maps.Equal(counts, want) {
		t.Errorf("counters %v, want %v", counts, want)
	}
}

// TestMatchesStream checks that the files the pipeline writes hold the
// lines factcheck writes (stream.Run), in another order: the JSON lines
// sorted by line number, the kept lines sorted.
func TestMatchesStream(t *testing.T) {
	in := writeInput(t)
	prefix := filepath.Join(t.TempDir(), "out")
	p, s := beam.NewPipelineWithRoot()
	out, err := Check(s, in, Config{MaxLine: maxLine})
	if err != nil {
		t.Fatal(err)
	}
	Write(s, prefix, out)
	ptest.RunAndValidate(t, p)

	var jsonl, kept bytes.Buffer
	o := stream.Options{MaxLine: maxLine}
	sum, err := stream.Run(strings.NewReader(input), &jsonl, o)
	if err != nil {
		t.Fatal(err)
	}
	o.Filter = true
	if _, err := stream.Run(strings.NewReader(input), &kept, o); err != nil {
		t.Fatal(err)
	}

	got := lines(t, prefix+".results.jsonl")
	slices.SortFunc(got, func(a, b string) int { return lineNo(t, a) - lineNo(t, b) })
	if want := lines(t, jsonl); !slices.Equal(got, want) {
		t.Errorf("results:\n%s\nwant (stream.Run):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	got, want := lines(t, prefix+".kept.tsv"), lines(t, kept)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("kept:\n%q\nwant (stream.Run -filter):\n%q", got, want)
	}

	var tot Totals
	if err := json.Unmarshal([]byte(lines(t, prefix+".totals.json")[0]), &tot); err != nil {
		t.Fatal(err)
	}
	if tot.Pairs != sum.Checked || tot.Conflicts != sum.Conflicts || tot.Errors != sum.Skipped {
		t.Errorf("totals %+v, stream.Run's summary %+v", tot, sum)
	}
}

// lines returns the lines of a file, or of a buffer, without their "\n".
func lines(t *testing.T, src any) []string {
	t.Helper()
	var text string
	switch src := src.(type) {
	case string:
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		text = string(b)
	case bytes.Buffer:
		text = src.String()
	}
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// lineNo returns the line number of a JSON result.
func lineNo(t *testing.T, result string) int {
	t.Helper()
	var r stream.Result
	if err := json.Unmarshal([]byte(result), &r); err != nil {
		t.Fatalf("%s: %v", result, err)
	}
	return r.Line
}

// TestConfig checks that a wrong setting is refused before the pipeline
// is built, with the setting named.
func TestConfig(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{LangA: "vi!"}, `language A: "vi!" is not a BCP 47 tag`},
		{Config{LangB: "??"}, `language B: "??" is not a BCP 47 tag`},
		{Config{Ref: "30/1/2025"}, `reference date "30/1/2025": want YYYY-MM-DD`},
		{Config{MaxLine: -1}, "line limit -1: want 0 (the default) or more"},
	} {
		_, s := beam.NewPipelineWithRoot()
		_, err := Check(s, "pairs.tsv", c.cfg)
		if err == nil || err.Error() != c.want {
			t.Errorf("%+v: error %v, want %q", c.cfg, err, c.want)
		}
	}
}
