package entities

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGazetteer(t *testing.T) {
	g, err := buildGazetteer(gazetteerTSV)
	require.NoError(t, err)
	assert.NotEmpty(t, g.vi.phrases)
	assert.NotEmpty(t, g.en.phrases)

	for _, bad := range []struct{ tsv, err string }{
		{"country:XX\tA\tB\tctx\textra", "gazetteer.tsv:1: want 2 to 4 tab-separated columns, got 5"},
		{"# c\nnation:XX\tA", `gazetteer.tsv:2: key "nation:XX"`},
		{"org:x\tA\tB\tloud", `gazetteer.tsv:1: unknown flag "loud"`},
		{"org:jp-government\tA\tB\tnational", `gazetteer.tsv:1: key "org:jp-government" has the flag national: want a key that starts with org:vn-`},
		{"org:x\tA (B)", `gazetteer.tsv:1: form "A (B)" cannot be matched: " (" between words`},
	} {
		_, err := buildGazetteer(bad.tsv)
		assert.ErrorContains(t, err, bad.err)
	}
}

// TestGazetteerKeys checks that a key names one body and a form one key:
// a key of gazetteer.tsv is on one line, but for a line of adjectives of
// the same country, and no form, written alike, has two keys in either
// language (VFF is the football federation, not the Fatherland Front).
func TestGazetteerKeys(t *testing.T) {
	lines := map[string][]int{}
	for n, line := range strings.Split(gazetteerTSV, "\n") {
		cols := strings.Split(line, "\t")
		if line == "" || line[0] == '#' || len(cols) == 4 && strings.Contains(cols[3], "adj") {
			continue
		}
		lines[cols[0]] = append(lines[cols[0]], n+1)
	}
	for key, ns := range lines {
		assert.Lenf(t, ns, 1, "gazetteer.tsv: key %s names the bodies of lines %v", key, ns)
	}
	g := tables()
	for _, x := range []struct {
		lang string
		x    *index
	}{{"vi", g.vi}, {"en", g.en}} {
		for k, phrase := range x.x.phrases.Keys() {
			lo, hi := group(x.x.formEnds, k)
			fs := x.x.forms[lo:hi]
			for i, a := range fs {
				for _, b := range fs[i+1:] {
					same := a.adj == b.adj && a.marks == b.marks && a.upper == b.upper
					assert.Falsef(t, same && a.key != b.key, "%s form %q has keys %s and %s", x.lang, phrase, a.key, b.key)
				}
			}
		}
	}
	for _, c := range []struct{ lang, text, key string }{
		{"vi", "VFF", "org:vff"},
		{"en", "VFF", "org:vff"},
		{"vi", "Mặt trận Tổ quốc Việt Nam", "org:mttq"},
		{"en", "Vietnam Fatherland Front", "org:mttq"},
		{"en", "Germany", "country:DE"},
		{"en", "Yemen", "country:YE"},
	} {
		x := g.vi
		if c.lang == "en" {
			x = g.en
		}
		toks, buf := tokenize(c.text, nil, nil)
		fs := x.formsOf(buf[foldStart(toks, 0):toks[len(toks)-1].fe])
		if assert.Lenf(t, fs, 1, "%s %q", c.lang, c.text) {
			assert.Equalf(t, c.key, fs[0].key, "%s %q", c.lang, c.text)
		}
	}
}

func TestCues(t *testing.T) {
	g, err := buildGazetteer("")
	require.NoError(t, err)
	require.NoError(t, g.addCues(cuesTSV))
	assert.NotEmpty(t, g.vi.cues)
	for _, bad := range []struct{ tsv, err string }{
		{"credit\tvi", "cues.tsv:1: want 3 tab-separated columns, got 2"},
		{"# c\nhint\tvi\tảnh", `cues.tsv:2: unknown kind "hint"`},
		{"credit\tfr\tphoto", `cues.tsv:1: language "fr"`},
		{"credit\ten\tone two three four five six", `cues.tsv:1: cue "one two three four five six"`},
		{"credit\ten\t...", `cues.tsv:1: cue "..."`},
	} {
		g, _ := buildGazetteer("")
		assert.ErrorContains(t, g.addCues(bad.tsv), bad.err)
	}
}

// TestHanVietExtra checks that every hand-written reading adds something
// that the generated table lacks.
func TestHanVietExtra(t *testing.T) {
	assert.Truef(t, slices.IsSortedFunc(hanVietExtra[:], func(a, b reading) int { return strings.Compare(a.syllable, b.syllable) }), "hanVietExtra is not sorted")
	for _, r := range hanVietExtra {
		syl := r.syllable
		have := strings.Fields(readings(hanViet[:], syl))
		for _, p := range strings.Fields(r.pinyin) {
			assert.NotContainsf(t, have, p, "hanVietExtra[%q] repeats %q from Unihan", syl, p)
		}
		assert.Equalf(t, syl, canonical(syl), "hanVietExtra key %q is not canonical", syl)
	}
}

// TestGenerated regenerates zhanviet.go from the installed Unihan data and
// fails if the committed file differs. It is skipped where Debian's
// unicode-data package is not installed, and in -short mode.
func TestGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	var input string
	for _, name := range []string{"Unihan_Readings.txt", "Unihan_Readings.txt.bz2", "Unihan.zip"} {
		p := filepath.Join("/usr/share/unicode", name)
		if _, err := os.Stat(p); err == nil {
			input = p
			break
		}
	}
	if input == "" {
		t.Skip("Unihan_Readings.txt not installed (apt-get install unicode-data)")
	}
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(gobin, "run", "gen.go", "-input", input, "-output", "-")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	require.NoErrorf(t, err, "go run gen.go: %s", stderr.String())
	want, err := os.ReadFile("zhanviet.go")
	require.NoError(t, err)
	if !bytes.Equal(got, want) {
		t.Errorf("zhanviet.go differs from what gen.go writes from %s; run go generate", input)
	}
}

func TestViSyllable(t *testing.T) {
	for _, s := range []string{"lam", "nguyen", "truong", "nghi", "huynh", "quang", "giang", "xi", "kim", "a", "uyen"} {
		assert.Truef(t, viSyllable(s), "viSyllable(%q)", s)
	}
	for _, s := range []string{"", "wong", "jinping", "lee", "qiang", "park", "lawrence", "singapore", "zhang"} {
		assert.Falsef(t, viSyllable(s), "viSyllable(%q)", s)
	}
}

func TestHanVietSpells(t *testing.T) {
	split := func(s string) []string { return strings.Fields(Fold(strings.ReplaceAll(s, "-", " "))) }
	tests := []struct {
		vi, py string
		want   bool
	}{
		{"Tập Cận Bình", "Xi Jinping", true},
		{"Lý Cường", "Li Qiang", true},
		{"Vương Nghị", "Wang Yi", true},
		{"Bắc Kinh", "Beijing", true},
		{"Lưu Hải Tinh", "Liu Haixing", true},
		{"Lý Cường", "Li Keqiang", false},
		{"Tập Cận Bình", "Xi Jin", false},
		{"Lý", "", false},
	}
	for _, tt := range tests {
		assert.Equalf(t, tt.want, hanVietSpells(split(tt.vi), split(tt.py)), "hanVietSpells(%q, %q)", tt.vi, tt.py)
	}
}

func TestTokenize(t *testing.T) {
	text := "Việt Nam’s U.S. ties, Jae-myung (PAP)."
	toks, buf := tokenize(text, nil, nil)
	var words []string
	for i, tk := range toks {
		words = append(words, text[tk.start:tk.end]+"/"+string(buf[foldStart(toks, i):tk.fe]))
	}
	assert.Equal(t, []string{"Việt/viet", "Nam/nam", "s/s", "U.S./u.s.", "ties/ties", "Jae/jae", "myung/myung", "PAP/pap"}, words)
	assert.Equal(t, gapStop, toks[0].gap)
	assert.Equal(t, gapHyphen, toks[6].gap)
	assert.Equal(t, gapPunct, toks[7].gap)
}

// TestEqualFold checks equalFold against strings.EqualFold on every pair
// of runes of its table, and on words around them.
func TestEqualFold(t *testing.T) {
	var runes []rune
	for r := rune(0); r < 0x1F00; r++ {
		if _, ok := caseIndex(r); ok {
			runes = append(runes, r)
		}
	}
	runes = append(runes, 'K', 'Å', 'Ω', 'ſ', 'ͅ', 'ι', 'σ', 'ς', utf8.RuneError)
	for _, a := range runes {
		for _, b := range runes {
			s, u := string(a), string(b)
			if got, want := equalFold(s, u), strings.EqualFold(s, u); got != want {
				t.Fatalf("equalFold(%q, %q) = %v, strings.EqualFold says %v", s, u, got, want)
			}
		}
	}
	for _, p := range [][2]string{
		{"Ông", "ông"}, {"ông", "ống"}, {"ÔNG", "ông"}, {"Tổng", "tông"}, {"ông", "ôngx"}, {"", ""}, {"a", ""},
		{"kelvin", "\u212aelvin"}, {"ſao", "SAO"}, {"Đảo", "đảo"}, {"đảo", "đạo"}, {"\xff", "\xfe"}, {"aß", "Aẞ"},
	} {
		if got, want := equalFold(p[0], p[1]), strings.EqualFold(p[0], p[1]); got != want {
			t.Errorf("equalFold(%q, %q) = %v, strings.EqualFold says %v", p[0], p[1], got, want)
		}
	}
}

// TestHasLineBreak checks hasLineBreak against strings.ContainsAny.
func TestHasLineBreak(t *testing.T) {
	for _, s := range []string{"", ". ", ".\n", "\r", " \u2028", "\u2029x", "\u2027", "\xe2\x80", "\xe2\u2028", "\xe2\x80\xa8", "\xe2\x80\xa7", "a\xffb", "—", "…\n"} {
		if got, want := hasLineBreak(s), strings.ContainsAny(s, "\n\r\u2028\u2029"); got != want {
			t.Errorf("hasLineBreak(%q) = %v, want %v", s, got, want)
		}
	}
}
