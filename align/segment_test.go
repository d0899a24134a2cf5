package align

import (
	_ "embed"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

//go:embed testdata/segment.txt
var segmentCases string

type segmentCase struct {
	line        int
	lang        language.Tag
	input, want string
}

// readSegmentCases parses testdata/segment.txt.
func readSegmentCases(t testing.TB) []segmentCase {
	var cases []segmentCase
	n := 0
	for line := range strings.Lines(segmentCases) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("testdata/segment.txt:%d: want 3 tab-separated fields, have %d", n, len(f))
		}
		lang, err := language.Parse(f[0])
		if err != nil {
			t.Fatalf("testdata/segment.txt:%d: %v", n, err)
		}
		cases = append(cases, segmentCase{n, lang, strings.NewReplacer(`\n`, "\n", `\r`, "\r").Replace(f[1]), f[2]})
	}
	return cases
}

// dumpSentences renders sentences the way testdata/segment.txt writes them.
func dumpSentences(ss []Sentence) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		if s.Kind != Body {
			parts[i] = "{" + s.Kind.String() + "}"
		}
		parts[i] += s.Text
	}
	return strings.Join(parts, " ‖ ")
}

func TestSegmentLines(t *testing.T) {
	for _, c := range readSegmentCases(t) {
		name := c.input
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(name, func(t *testing.T) {
			got := Segment(c.input, c.lang)
			assert.Equal(t, c.want, dumpSentences(got), "testdata/segment.txt:%d", c.line)
			checkSentences(t, c.input, got)
		})
	}
}

// TestAbbreviations checks words of each group of data/abbreviations.tsv
// (through ztables.go) and ordinary words, and what the file's reader
// refuses.
func TestAbbreviations(t *testing.T) {
	for _, w := range []string{
		"TP", "Tp", "PGS", "ThS", "ĐH", // Vietnamese titles and places
		"Mr", "Dr", "Prof", "Hon", // English titles
		"Jan", "Sept", "Dec", // months
		"No", "vs", "e.g", "i.e", "approx", // others
		"Co", "Corp", "Bros", // companies
		"PGS.TS", "TS.BS", // a listed word after the last dot
	} {
		assert.True(t, isAbbrev(w, ""), "%q is an abbreviation", w)
	}
	for _, w := range []string{
		"tp", "TPHCM", "Hà", "Nội", "The", "no", "May", "Ltd", "Inc", "co", "eg", "Mister", "2026", "đồng",
	} {
		assert.False(t, isAbbrev(w, ""), "%q is no abbreviation", w)
	}
	assert.Len(t, Segment("Mr. Smith met TS. Lan of Hoa Binh Co. Ltd in Jan. 2026. They spoke.", language.English), 2)

	for _, c := range []struct{ data, err string }{
		{"# a comment\n\nMr\nDr\n", ""},
		{"Mr\nMr\n", "data/abbreviations.tsv:2: \"Mr\" again"},
		{"\nMr Dr\n", "data/abbreviations.tsv:2: want one word"},
		{"Mr\t#\n", "data/abbreviations.tsv:1: want one word"},
		{"Ge\u0301n\n", "data/abbreviations.tsv:1: not NFC"}, // e and a combining acute, not é
	} {
		_, err := parseAbbrevs(c.data)
		if c.err == "" {
			require.NoError(t, err, "%q", c.data)
		} else {
			require.ErrorContains(t, err, c.err, "%q", c.data)
		}
	}
}

// checkSentences checks the invariants every result of Segment keeps.
func checkSentences(t testing.TB, text string, ss []Sentence) {
	t.Helper()
	// Rune boundaries as a decoder sees them: an invalid byte is a rune
	// of its own.
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	boundary[len(text)] = true
	prev := 0
	for i, s := range ss {
		if s.Start < prev || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("sentence %d: bad span [%d:%d] after %d in %d bytes", i, s.Start, s.End, prev, len(text))
		}
		if text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d: Text %q is not text[%d:%d]", i, s.Text, s.Start, s.End)
		}
		if !boundary[s.Start] || !boundary[s.End] {
			t.Fatalf("sentence %d: span [%d:%d] not on rune boundaries", i, s.Start, s.End)
		}
		if strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("sentence %d: %q has surrounding space", i, s.Text)
		}
		prev = s.End
	}
}

func TestHeader(t *testing.T) {
	for _, c := range []struct {
		name, text string
		date       string
		body       int
		ok         bool
	}{
		{"alone", "date 2026-01-30\n\nTitle", "2026-01-30", 16, true},
		{"text after", " date 2026-01-30 Singapore", "2026-01-30", 17, true},
		{"crlf", "date 2026-01-30\r\nX", "2026-01-30", 17, true},
		{"bom", "\uFEFFdate 2025-08-11\nX", "2025-08-11", 19, true},
		{"only", "date 2026-01-30", "2026-01-30", 15, true},
		{"bad date", "date 2026-13-30\nX", "", 0, false},
		{"year 0", "dAte 0000-01-10", "", 0, false},
		{"no space", "date2026-01-30\nX", "", 0, false},
		{"glued", "date 2026-01-301\nX", "", 0, false},
		{"other word", "data 2026-01-30\nX", "", 0, false},
		{"empty", "", "", 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, body, ok := Header(c.text)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.body, body)
			if ok {
				assert.Equal(t, c.date, d.Format("2006-01-02"))
			} else {
				assert.True(t, d.IsZero())
			}
		})
	}
}

// TestTerminatorBytes checks that every terminator starts with a byte
// mayOpenTerminator reports, so that splitLine, which decodes only there,
// finds them all.
func TestTerminatorBytes(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if isTerminator(r) {
			assert.True(t, mayOpenTerminator(string(r)[0]), "%q", r)
		}
	}
}
