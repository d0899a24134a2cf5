package entities_test

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
)

// pairCase is a line of testdata/match.txt.
type pairCase struct {
	line   int
	vi, en string
	match  bool
}

func readPairs(t *testing.T, name string) []pairCase {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	var cases []pairCase
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		cols := strings.Split(s, "\t")
		require.Lenf(t, cols, 3, "%s:%d: want vi<TAB>en<TAB>match|nomatch", name, line)
		require.Containsf(t, []string{"match", "nomatch"}, cols[2], "%s:%d: verdict", name, line)
		cases = append(cases, pairCase{line, cols[0], cols[1], cols[2] == "match"})
	}
	require.NoError(t, sc.Err())
	return cases
}

// mainEntity returns the entity a short text is about: the longest that
// is not a title, else the longest title.
func mainEntity(text string, lang language.Tag) (entities.Entity, bool) {
	var best entities.Entity
	found := false
	for _, e := range entities.Extract(text, lang) {
		better := !found ||
			(best.Type == entities.Title) != (e.Type == entities.Title) && best.Type == entities.Title ||
			(best.Type == entities.Title) == (e.Type == entities.Title) && len(e.Text) > len(best.Text)
		if better {
			best, found = e, true
		}
	}
	return best, found
}

func TestMatchTable(t *testing.T) {
	const name = "testdata/match.txt"
	cases := readPairs(t, name)
	var tp, fp, fn, tn int
	var posScores, negScores []float64
	for _, c := range cases {
		a, okA := mainEntity(c.vi, language.Vietnamese)
		b, okB := mainEntity(c.en, language.English)
		score := 0.0
		if okA && okB {
			score = entities.Match(a, b)
		}
		got := score >= entities.Threshold
		if c.match {
			posScores = append(posScores, score)
		} else {
			negScores = append(negScores, score)
		}
		switch {
		case got && c.match:
			tp++
		case got && !c.match:
			fp++
			t.Logf("%s:%d: false match %.2f: %v ~ %v", name, c.line, score, a, b)
		case !got && c.match:
			fn++
			t.Logf("%s:%d: missed %.2f: %q → %v, %q → %v", name, c.line, score, c.vi, a, c.en, b)
		default:
			tn++
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("%d pairs that must match, %d that must not", tp+fn, tn+fp)
	t.Logf("precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)", precision, recall, tp, fp, fn, tn)
	t.Logf("score distribution: must match %s; must not %s", quantiles(posScores), quantiles(negScores))
	assert.GreaterOrEqual(t, tp+fn, 150, "pairs that must match")
	assert.GreaterOrEqual(t, tn+fp, 60, "near misses")
	assert.GreaterOrEqual(t, precision, 0.95, "precision")
	assert.GreaterOrEqual(t, recall, 0.95, "recall")
}

// quantiles summarises scores for the test log: min, the distinct values
// between Threshold's neighbours, and max.
func quantiles(s []float64) string {
	if len(s) == 0 {
		return "none"
	}
	sort.Float64s(s)
	count := map[string]int{}
	var keys []string
	for _, v := range s {
		k := fmt.Sprintf("%.2f", v)
		if count[k] == 0 {
			keys = append(keys, k)
		}
		count[k]++
	}
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s×%d ", k, count[k])
	}
	return strings.TrimSpace(b.String())
}

func TestMatch(t *testing.T) {
	vi, en := language.Vietnamese, language.English
	one := func(text string, lang language.Tag) entities.Entity {
		e, ok := mainEntity(text, lang)
		require.Truef(t, ok, "no entity in %q", text)
		return e
	}
	tests := []struct {
		a, b entities.Entity
		want float64
	}{
		{entities.Entity{}, entities.Entity{}, 0},
		{one("Singapore", vi), one("Singapore", en), 1},
		{one("Cuba", vi), one("Cuban", en), 0.5},
		{one("Tập Cận Bình", vi), one("Xi Jinping", en), 0.9},
		{one("Lee Jae Myung", vi), one("Lee Jae-myung", en), 1},
		{one("Chủ tịch", vi), one("President", en), 0.9},
		{one("Hàn Quốc", vi), one("North Korea", en), 0},
		{one("Lê Văn Thành", vi), one("Lê Văn Thạnh", en), 0},
		{one("Volodymyr Zelensky", vi), one("Volodymyr Zelenskyy", en), 1 - 1.0/9},
		{one("Margaret Ellison", vi), one("Margaret Allison", en), 0},                 // a spelling keeps its first letter
		{one("Mưa lớn ở tỉnh Hồ Nam", vi), one("Rain in Hunan province", en), 0.9},    // a place abroad in Sino-Vietnamese and in pinyin
		{one("trú tỉnh Bò Kẹo", vi), one("from Bokeo Province", en), 0.95},            // a place abroad in Vietnamese syllables and its own spelling
		{one("trú tỉnh Xa Vẳn Nạ Khệt", vi), one("from Savannakhet Province", en), 0}, // another first letter: no spelling of it
		{one("tỉnh Hủa Phăn", vi), one("Houaphanh Province", en), 0},                  // as many words, not alike enough
		{one("tỉnh Xiêng Khoảng", vi), one("Xieng Khouang Province", en), 1 - 1.0/7},
		{one("tiền đạo Tiến Linh", vi), one("Nguyen Tien Linh", en), 0.85},
		{one("Hùng Dũng đá phạt", vi), one("Do Hung Dung", en), 0.85},
		{one("Hùng Dũng đá phạt", vi), one("Hung Dung swung", en), 1},
		{one("ông Vũ Hồng Trường", vi), one("Vu Van Truong", en), 0},
		{one("ông Tiến Linh", vi), one("Nguyễn Tiền Linh", en), 0},
		{one("Ông Takahashi Ren cho biết", vi), one("Ren Takahashi said", en), 0.85}, // one word spelt as a syllable
		{one("Ông Takahashi Ren cho biết", vi), one("Ken Takahashi said", en), 0},
		{one("Ông Lan Anh cho biết", vi), one("Anh Lan said", en), 0}, // two syllables: a Vietnamese name, another in the other order
		{one("UBND tỉnh Ninh Bình", vi), one("Ninh Binh Province", en), 0.8},
		{one("UBND tỉnh Ninh Bình", vi), one("Thanh Hoa Province", en), 0},
		{one("tỉnh Ninh Bình", vi), one("Ninh Binh People's Committee", en), 0.8},
	}
	for _, tt := range tests {
		assert.InDeltaf(t, tt.want, entities.Match(tt.a, tt.b), 1e-9, "Match(%v, %v)", tt.a, tt.b)
		assert.InDeltaf(t, entities.Match(tt.a, tt.b), entities.Match(tt.b, tt.a), 1e-9, "Match is symmetric for %v, %v", tt.a, tt.b)
	}
}

// TestMatchOneSyllableEdit checks that two people whose names differ in
// one syllable are not one person, in either language and either order,
// and that two people named in one sentence keep their own keys.
func TestMatchOneSyllableEdit(t *testing.T) {
	tests := []struct{ name, edited string }{
		{"Vũ Hồng Trường", "Vu Van Truong"},
		{"Đỗ Hùng Dũng", "Do Hung Cuong"},
		{"Đỗ Hùng Dũng", "Ho Hung Dung"},
		{"Nguyễn Quang Hải", "Nguyen Quang Hoa"},
		{"Nguyễn Quang Hải", "Nguyen Minh Hai"},
		{"Nguyễn Quang Hải", "Tran Quang Hai"},
		{"Phạm Minh Chính", "Pham Minh Chinh Tan"},
		{"Bùi Tiến Dũng", "Bui Tien Dong"},
		{"Trần Đình Trọng", "Tran Dinh Trung"},
		{"Nguyễn Thị Lan Anh", "Nguyen Thi Lan Chi"},
		{"Tô Lâm", "To Lan"},
		{"Tô Lâm", "Ta Lam"},
	}
	for _, tt := range tests {
		t.Run(tt.edited, func(t *testing.T) {
			for _, pair := range [][2]string{{tt.name, tt.edited}, {tt.edited, tt.name}} {
				a, okA := mainEntity(pair[0], language.Vietnamese)
				b, okB := mainEntity(pair[1], language.English)
				require.True(t, okA && okB, "no entity in %q or %q", pair[0], pair[1])
				assert.Less(t, entities.Match(a, b), entities.Threshold, "Match(%v, %v)", a, b)
			}
		})
	}
	es := entities.Extract("Hậu vệ Vũ Hồng Trường và tiền vệ Vũ Văn Trường cùng ra sân.", language.Vietnamese)
	require.Len(t, es, 2)
	assert.NotEqual(t, es[0].Key, es[1].Key)
	assert.Less(t, entities.Match(es[0], es[1]), entities.Threshold)
}

// TestMatchUnknownOtherType checks that an unknown name that the cue
// words of the two texts typed differently is still one name, and that a
// known name is never matched across types.
func TestMatchUnknownOtherType(t *testing.T) {
	a := entities.Entity{Key: "place:bach-ma", Type: entities.Place, Text: "Bạch Mã"}   // "trạm Bạch Mã"
	b := entities.Entity{Key: "person:bach-ma", Type: entities.Person, Text: "Bạch Mã"} // no cue word
	assert.GreaterOrEqual(t, entities.Match(a, b), entities.Threshold)
	assert.GreaterOrEqual(t, entities.Match(b, a), entities.Threshold)
	b.Text = "Bách Mã"
	assert.Less(t, entities.Match(a, b), entities.Threshold, "the marks differ")
	known := entities.Entity{Key: "country:VN", Type: entities.Country, Text: "Việt Nam"}
	assert.Equal(t, 0.0, entities.Match(known, entities.Entity{Key: "person:VN", Type: entities.Person, Text: "Việt Nam"}))

	// A body a cue word named and the same name with no cue.
	es := entities.Extract("Công ty Rio Tinto công bố lợi nhuận.", language.Vietnamese)
	require.Len(t, es, 1)
	en := entities.Extract("Analysts said Rio Tinto reported a profit.", language.English)
	require.Len(t, en, 1)
	require.NotEqual(t, es[0].Type, en[0].Type)
	assert.GreaterOrEqual(t, entities.Match(es[0], en[0]), entities.Threshold)
	assert.GreaterOrEqual(t, entities.Match(en[0], es[0]), entities.Threshold)
	org := entities.Entity{Key: "org:bach-ma", Type: entities.Org, Text: "Bạch Mã"}
	assert.Equal(t, 0.0, entities.Match(org, entities.Entity{Key: "title:bach-ma", Type: entities.Title, Text: "Bạch Mã"}), "a title is never guessed")
}

// TestForeign checks the two tests of a name's words against the
// Vietnamese syllables: one word written like none (Foreign), every word
// (AllForeign).
func TestForeign(t *testing.T) {
	tests := []struct {
		key          string
		foreign, all bool
	}{
		{"person:kenji-takeda", true, true},
		{"person:takahashi-ren", true, false},
		{"person:giai-beacon", true, false},
		{"person:nguyen-van-hau", false, false},
		{"person:", false, false},
	}
	for _, tt := range tests {
		assert.Equalf(t, tt.foreign, entities.Foreign(tt.key), "Foreign(%q)", tt.key)
		assert.Equalf(t, tt.all, entities.AllForeign(tt.key), "AllForeign(%q)", tt.key)
	}
}
