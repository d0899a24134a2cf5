package entities_test

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
)

var update = flag.Bool("update", false, "rewrite testdata/extract.txt from testdata/extract.in")

// dump renders entities one per line-part, " ; "-separated, as
// Entity.String does: "Text=key+title".
func dump(es []entities.Entity) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.String()
	}
	return strings.Join(parts, " ; ")
}

func tag(lang string) language.Tag {
	if lang == "vi" {
		return language.Vietnamese
	}
	return language.English
}

// TestExtract checks testdata/extract.txt: lines of
// lang<TAB>text<TAB>entities, where entities is the dump of Extract.
// With -update it writes the file from extract.in, whose lines have the
// first two columns; review the diff before committing it.
func TestExtract(t *testing.T) {
	if *update {
		in, err := os.ReadFile("testdata/extract.in")
		require.NoError(t, err)
		var out strings.Builder
		for _, line := range strings.Split(strings.TrimSuffix(string(in), "\n"), "\n") {
			lang, text, _ := strings.Cut(line, "\t")
			out.WriteString(line + "\t" + dump(entities.Extract(text, tag(lang))) + "\n")
		}
		require.NoError(t, os.WriteFile("testdata/extract.txt", []byte(out.String()), 0o644))
	}
	f, err := os.Open("testdata/extract.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		require.Lenf(t, cols, 3, "testdata/extract.txt:%d: want lang<TAB>text<TAB>entities", line)
		got := entities.Extract(cols[1], tag(cols[0]))
		assert.Equalf(t, cols[2], dump(got), "testdata/extract.txt:%d: Extract(%q)", line, cols[1])
		checkInvariants(t, cols[1], got)
	}
	require.NoError(t, sc.Err())
}

// TestExtractor checks that one Extractor, reading the lines of
// testdata/extract.txt one after another and then the article pairs,
// finds what Extract finds in each: nothing of a text stays in its
// scratch for the next.
func TestExtractor(t *testing.T) {
	in, err := os.ReadFile("testdata/extract.txt")
	require.NoError(t, err)
	var x entities.Extractor
	for i, line := range strings.Split(strings.TrimSuffix(string(in), "\n"), "\n") {
		cols := strings.Split(line, "\t")
		require.Lenf(t, cols, 3, "testdata/extract.txt:%d: want lang<TAB>text<TAB>entities", i+1)
		assert.Equalf(t, cols[2], dump(x.Extract(cols[1], tag(cols[0]))), "testdata/extract.txt:%d: Extractor.Extract(%q)", i+1, cols[1])
	}
	pairs, err := filepath.Glob("../testdata/pairs/*/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, pairs)
	for _, p := range pairs {
		text, err := os.ReadFile(p)
		require.NoError(t, err)
		lang := tag(strings.TrimSuffix(filepath.Base(p), ".txt"))
		assert.Equalf(t, dump(entities.Extract(string(text), lang)), dump(x.Extract(string(text), lang)), "%s", p)
	}
}

// checkInvariants checks what Extract promises for any input.
func checkInvariants(t *testing.T, text string, es []entities.Entity) {
	t.Helper()
	// Rune boundaries as utf8 decoding sees them: an invalid byte is a
	// rune of its own.
	bounds := map[int]bool{len(text): true}
	for i := range text {
		bounds[i] = true
	}
	end := 0
	for _, e := range es {
		if e.Start < end || e.Start > e.End || e.End > len(text) {
			t.Fatalf("Extract(%q): bad offsets %d..%d after %d", text, e.Start, e.End, end)
		}
		if e.Text != text[e.Start:e.End] {
			t.Fatalf("Extract(%q): Text %q is not text[%d:%d]", text, e.Text, e.Start, e.End)
		}
		if !bounds[e.Start] || !bounds[e.End] {
			t.Fatalf("Extract(%q): %d..%d not on rune boundaries", text, e.Start, e.End)
		}
		if e.Key == "" || e.Type == 0 || e.Start == e.End {
			t.Fatalf("Extract(%q): empty entity %+v", text, e)
		}
		end = e.End
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Tô Lâm", "to lam"},
		{"To Lam", "to lam"},
		{"Lee Jae-myung", "lee jae myung"},
		{"Lee Jae Myung", "lee jae myung"},
		{"ĐÀ NẴNG", "da nang"},
		{"Việt Nam", "viet nam"},
		{"  Việt\tNam – Singapore  ", "viet nam singapore"},
		{"People’s Action Party", "people's action party"},
		{"Thanh Hoá", "thanh hoa"},
		{"Thanh Ho\u0061\u0301", "thanh hoa"}, // NFD input
		{"Lǚ", "lu"},
		{"Erdoğan", "erdogan"},
		{"ok\xffay", "okay"},
		{"北京", "北京"},
	}
	for _, tt := range tests {
		assert.Equalf(t, tt.want, entities.Fold(tt.in), "Fold(%q)", tt.in)
	}
}

func TestTypeString(t *testing.T) {
	assert.Equal(t, "person", entities.Person.String())
	assert.Equal(t, "place", entities.Place.String())
	assert.Equal(t, "country", entities.Country.String())
	assert.Equal(t, "org", entities.Org.String())
	assert.Equal(t, "title", entities.Title.String())
	assert.Equal(t, "event", entities.Event.String())
	assert.Equal(t, "Type(0)", entities.Type(0).String())
	assert.Equal(t, "Type(99)", entities.Type(99).String())
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name string
		lang language.Tag
		key  string
		ok   bool
	}{
		{"Hàn Quốc", language.Vietnamese, "country:KR", true},
		{"han quoc", language.Vietnamese, "country:KR", true},
		{"South Korea", language.English, "country:KR", true},
		{"asean", language.English, "org:asean", true},
		{"Hanoi", language.Vietnamese, "place:ha-noi", true},
		{"Thủ tướng", language.Vietnamese, "title:prime-minister", true},
		{"Premier", language.English, "title:prime-minister", true},
		{"Việt Nam", language.Und, "country:VN", true},
		{"Singaporean", language.English, "", false},
		{"Tô Lâm", language.Vietnamese, "", false},
		{"", language.English, "", false},
		{"\xff\xfe", language.English, "", false},
	}
	for _, tt := range tests {
		key, ok := entities.Lookup(tt.name, tt.lang)
		assert.Equalf(t, tt.key, key, "Lookup(%q, %v)", tt.name, tt.lang)
		assert.Equalf(t, tt.ok, ok, "Lookup(%q, %v)", tt.name, tt.lang)
	}
}

// TestKnown checks which keys the table knows: not those derived from a
// text.
func TestKnown(t *testing.T) {
	for key, want := range map[string]bool{
		"place:khanh-hoa":      true,
		"country:KR":           true,
		"org:vn-mof":           true,
		"place:long-son":       false,
		"person:tran-van-nam":  false,
		"":                     false,
		"place:not-a-province": false,
	} {
		assert.Equal(t, want, entities.Known(key), key)
	}
}

// TestRank checks which titles are ranks (flag rank): those of the army,
// not offices, and no key that is no title.
func TestRank(t *testing.T) {
	for key, want := range map[string]bool{
		"title:major-general":   true,
		"title:colonel":         true,
		"title:director":        false,
		"title:department-head": false,
		"org:vn-mof":            false,
		"person:pham-dang-khoa": false,
		"":                      false,
	} {
		assert.Equal(t, want, entities.Rank(key), key)
	}
}

// TestRivals checks which two keys name two things of one kind: the
// table's, of one type, and bodies of one kind only; never a kind of body
// (flag generic) nor a key derived from a text.
func TestRivals(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"org:vn-mof", "org:vn-moit", true}, // Bộ Tài chính, Bộ Công Thương
		{"org:doh", "org:doconst", true},    // Sở Y tế, Sở Xây dựng
		{"org:sbv", "org:bidv", true},       // two banks
		{"country:SG", "country:MY", true},
		{"place:ha-noi", "place:da-nang", true},
		{"title:prime-minister", "title:deputy-prime-minister", true},
		{"org:vn-mof", "org:vn-mof", false},
		{"org:ec", "org:eu", false},                                 // Ủy ban châu Âu, Liên minh châu Âu: one in the other
		{"org:vn-mof", "org:vn-tax", false},                         // a ministry and its department (Cục)
		{"org:steering-committee", "org:disaster-committee", false}, // Ban Chỉ đạo: of what, the text says
		{"org:people-committee", "org:people-council", false},
		{"org:un", "org:unesco", false}, // no kind: UNESCO has no Vietnamese name
		{"country:SG", "place:ha-noi", false},
		{"person:tran-van-nam", "person:le-van-nam", false},
		{"org:cong-ty-an-phat", "org:vn-mof", false},
		{"", "", false},
		{"org:", "org:vn-mof", false},
	} {
		assert.Equalf(t, tc.want, entities.Rivals(tc.a, tc.b), "Rivals(%q, %q)", tc.a, tc.b)
		assert.Equalf(t, tc.want, entities.Rivals(tc.b, tc.a), "Rivals(%q, %q)", tc.b, tc.a)
	}
}

// TestConcurrent runs Extract, Match and Lookup from many goroutines; run
// it with -race.
func TestConcurrent(t *testing.T) {
	text := "Thủ tướng Lý Cường gặp Tổng Bí thư Tô Lâm tại Hà Nội; ông Lâm nói về ASEAN."
	want := dump(entities.Extract(text, language.Vietnamese))
	done := make(chan string)
	for range 8 {
		go func() {
			es := entities.Extract(text, language.Vietnamese)
			entities.Lookup("Hàn Quốc", language.Vietnamese)
			entities.Match(es[0], es[1])
			done <- dump(es)
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}

func TestOpensCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Ảnh: TTXVN":                true,
		"ảnh minh họa: Internet":    true,
		"(Photo: VNA)":              true,
		"Photos : Reuters":          true,
		"Nguồn ảnh: Bộ Y tế":        true,
		"Photo credit: AFP":         true,
		"Đồ hoạ: Minh Hà":           true,
		"Anh: trận đấu":             false, // not "Ảnh": diacritics decide in Vietnamese
		"Photo of the day":          false,
		"Nguồn tin cho biết: 4.400": false,
		"Chiều 30/1, Ảnh: x":        false,
		"":                          false,
		strings.Repeat("ảnh ", 40):  false,
	} {
		assert.Equal(t, want, entities.OpensCredit(s), s)
	}
}

// TestCued checks which people a cue marks (Entity.Cued): a title, an
// honorific or a cue word before the name, or a verb of action after it.
func TestCued(t *testing.T) {
	for _, tc := range []struct {
		lang       language.Tag
		text, name string
		cued       bool
	}{
		{language.English, "Alexander Isak scored in the 23rd minute.", "Alexander Isak", true},
		{language.English, "Coach Mikel Arteta praised the side.", "Mikel Arteta", true},
		{language.English, "The summit in Las Vegas ended.", "Las Vegas", false},
		{language.Vietnamese, "Tiền đạo Alexander Isak mở tỷ số.", "Alexander Isak", true},
		{language.Vietnamese, "Alexander Isak ghi bàn ở phút 23.", "Alexander Isak", true},
		{language.Vietnamese, "Chỉ số Shanghai Composite tăng 0,9%.", "Shanghai Composite", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var found *entities.Entity
			ents := entities.Extract(tc.text, tc.lang)
			for k := range ents {
				if ents[k].Text == tc.name {
					found = &ents[k]
				}
			}
			if !tc.cued && found == nil {
				return // not read at all: no person to mark
			}
			require.NotNil(t, found, "%q not read in %v", tc.name, ents)
			assert.Equal(t, tc.cued, found.Cued)
		})
	}
}

// TestAmbiguous checks which names a pronoun of the same form may be
// (Entity.Ambiguous): "Anh" opening a sentence, not inside one.
func TestAmbiguous(t *testing.T) {
	for _, tc := range []struct {
		text      string
		ambiguous bool
	}{
		{"Anh sẽ bay về Hà Nội vào sáng thứ Ba.", true},
		{"Hai nước Việt Nam và Anh ký hiệp định.", false},
		{"Đức và Italy là hai thị trường lớn nhất.", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ents := entities.Extract(tc.text, language.Vietnamese)
			var got []bool
			for _, e := range ents {
				if e.Type == entities.Country && e.Key != "country:VN" && e.Key != "country:IT" {
					got = append(got, e.Ambiguous)
				}
			}
			require.Len(t, got, 1, "%v", ents)
			assert.Equal(t, tc.ambiguous, got[0])
		})
	}
}
