package bitext_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/align/bitext"
)

func open(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "formats", name))
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

// TestRead reads each format of testdata/formats: the units, their ids
// and languages, with inline codes left out and CDATA decoded.
func TestRead(t *testing.T) {
	vi, en, enGB, viVN := language.Vietnamese, language.English, language.MustParse("en-GB"), language.MustParse("vi-VN")
	tests := []struct {
		file   string
		format bitext.Format
		opts   []bitext.Option
		want   []bitext.Unit
	}{
		{"story.xlf", bitext.XLIFF1, nil, []bitext.Unit{
			{ID: "1", A: "Vốn FDI quý I/2026 đạt 12,4 tỷ USD", B: "FDI reached $12.4bn in the first quarter", NoteOn: "1", LangA: vi, LangB: en, Line: 6},
			{ID: "2", A: "Cả nước có 4.400 dự án mới, tăng 18,6%.", B: "The country had 4,600 new projects, up 18.6 per cent.", NoteOn: "2", LangA: vi, LangB: en, Line: 11},
			{ID: "3", A: "Ảnh minh họa  chụp chiều 30/3.", B: "Photo taken on March 30 & shown <here>.", NoteOn: "3", LangA: vi, LangB: en, Line: 16},
		}},
		{"story2.xlf", bitext.XLIFF2, nil, []bitext.Unit{
			{ID: "u1/s1", A: "Singapore có 4.400 dự án.", B: "Singapore has 4,400 projects.", NoteOn: "u1", LangA: vi, LangB: en, Line: 6},
			{ID: "u1/s2", A: "Tổng vốn khoảng 90 tỷ USD.", B: "Worth about US$90 billion.", NoteOn: "u1", LangA: vi, LangB: en, Line: 11},
			{ID: "u2", A: "Chiều 30/1, hai bên điện đàm.", B: "The two sides talked on Friday.", NoteOn: "u2", LangA: vi, LangB: en, Line: 17},
		}},
		{"memory.tmx", bitext.TMX, nil, []bitext.Unit{
			{ID: "t1", A: "Xuất khẩu gạo đạt 3,1 triệu tấn.", B: "Rice exports reached 3.1 million tonnes.", LangA: vi, LangB: en, Line: 5},
			{ID: "2", A: "Giá tăng 5%.", B: "Prices rose 5 per cent.", LangA: viVN, LangB: enGB, Line: 9},
		}},
		{"three.tmx", bitext.TMX, []bitext.Option{bitext.WithLanguages(vi, en)}, []bitext.Unit{
			{ID: "a", A: "Xuất khẩu đạt 3,1 triệu tấn.", B: "Exports reached 3.1 million tonnes.", LangA: vi, LangB: en, Line: 5},
		}},
		// A job in progress: a unit with no target, or an empty one, is
		// read and marked, not refused.
		{"untranslated.xlf", bitext.XLIFF1, nil, []bitext.Unit{
			{ID: "1", A: "Có 4.400 dự án.", B: "There are 4,600 projects.", NoteOn: "1", LangA: vi, LangB: en, Line: 5},
			{ID: "7", A: "Chưa dịch câu có 12 tỷ đồng này.", NoteOn: "7", LangA: vi, LangB: en, Line: 9, Untranslated: true},
			{ID: "8", A: "Câu này cũng chưa dịch: 3,5%.", B: " ", NoteOn: "8", LangA: vi, LangB: en, Line: 12, Untranslated: true},
		}},
		{"untranslated2.xlf", bitext.XLIFF2, nil, []bitext.Unit{
			{ID: "u1/s1", A: "Giá tăng 5%.", B: "Prices rose 5 per cent.", NoteOn: "u1", LangA: vi, LangB: en, Line: 5},
			{ID: "u1/s2", A: "Lượng khách đạt 1,2 triệu.", NoteOn: "u1", LangA: vi, LangB: en, Line: 9, Untranslated: true},
		}},
		{"untranslated.tmx", bitext.TMX, nil, []bitext.Unit{
			{ID: "t1", A: "Xuất khẩu đạt 3,1 triệu tấn.", B: "Exports reached 3.1 million tonnes.", LangA: vi, LangB: en, Line: 5},
			{ID: "t2", A: "Giá tăng 5%.", LangA: vi, Line: 9, Untranslated: true},
		}},
		{"untranslated.tmx", bitext.TMX, []bitext.Option{bitext.WithLanguages(vi, en)}, []bitext.Unit{
			{ID: "t1", A: "Xuất khẩu đạt 3,1 triệu tấn.", B: "Exports reached 3.1 million tonnes.", LangA: vi, LangB: en, Line: 5},
			{ID: "t2", A: "Giá tăng 5%.", LangA: vi, LangB: en, Line: 9, Untranslated: true},
		}},
		// Trados with tracked changes: the target as its changes accepted.
		{"tracked.sdlxliff", bitext.XLIFF1, nil, []bitext.Unit{
			{ID: "8a1f", A: "Cả nước có 4.600 dự án mới.", B: "The country had 4,600 new projects.", NoteOn: "8a1f", LangA: viVN, LangB: language.MustParse("en-US"), Line: 5},
		}},
		// memoQ with tracked changes: one mtype, insertions and deletions
		// told apart by mq:tctype.
		{"tracked.mqxliff", bitext.XLIFF1, nil, []bitext.Unit{
			{ID: "1", A: "Giá gạo xuất khẩu đạt 505 USD/tấn.", B: "Rice export prices reached $505 a tonne.", NoteOn: "1", LangA: vi, LangB: en, Line: 5},
		}},
		{"pairs.tsv", bitext.TSV, nil, []bitext.Unit{
			{ID: "1", A: "Singapore có 4.400 dự án.", B: "Singapore has 4,400 projects.", Line: 1},
			{ID: "capital", A: "Tổng vốn 90 tỷ USD.", B: "Worth US$90 billion.", Line: 3},
		}},
		{"pairs-utf16.tsv", bitext.TSV, nil, []bitext.Unit{
			{ID: "1", A: "Singapore có 4.400 dự án.", B: "Singapore has 4,400 projects.", Line: 1},
			{ID: "capital", A: "Tổng vốn 90 tỷ USD.", B: "Worth US$90 billion.", Line: 3},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, units, err := bitext.ReadFormat(open(t, tt.file), tt.opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.format, f)
			assert.Equal(t, tt.want, units)
		})
	}
}

// TestReadErrors checks that bad input gets an error that says what and
// where, of the kind errors.Is tells.
func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, input string
		file        string
		opts        []bitext.Option
		kind        error
		msg         string
	}{
		{name: "three languages", file: "three.tmx", kind: bitext.ErrLanguages, msg: `unit "a": no variant in the source language (none stated)`},
		{name: "utf-16 without a bom", file: "pairs-utf16-nobom.tsv", kind: bitext.ErrEncoding, msg: "UTF-16 text with no byte-order mark"},
		{name: "binary", input: "PK\x03\x04\x00\x00binary", kind: bitext.ErrEncoding, msg: "binary data (a NUL byte at offset 4)"},
		{name: "latin-1", input: "Gi\xe1 t\xe3ng\tPrice\n", kind: bitext.ErrEncoding, msg: "not UTF-8"},
		{name: "cut rune at the end", input: "\t\xe1", kind: bitext.ErrEncoding, msg: "not UTF-8"},
		{name: "latin-1 after the sniffed part", input: strings.Repeat("a\tb\n", 2000) + "Gi\xe1\tPrice\n", kind: bitext.ErrEncoding,
			msg: "bitext: TSV: line 2001: not UTF-8 text at byte 3 of the line"},
		{name: "plain text", input: "Just one line of text.\n", kind: bitext.ErrFormat, msg: "not XLIFF, TMX or tab-separated text"},
		{name: "one column", input: "a\tb\nonly one\n", kind: bitext.ErrSyntax, msg: "bitext: TSV: line 2: want A<TAB>B or A<TAB>B<TAB>id, got 1 columns"},
		{name: "malformed xml", input: "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</target>", kind: bitext.ErrSyntax, msg: "bitext: XLIFF 1.2: line 1"},
		{name: "cut short", input: "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a", kind: bitext.ErrSyntax, msg: "XLIFF 1.2"},
		{name: "another encoding", input: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><tmx><body></body></tmx>", kind: bitext.ErrSyntax, msg: "only UTF-8 and UTF-16 are read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.file != "" {
				_, err = bitext.Read(open(t, tt.file), tt.opts...)
			} else {
				_, err = bitext.Read(strings.NewReader(tt.input), tt.opts...)
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.kind)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

// TestDetect checks the format told from the first bytes.
func TestDetect(t *testing.T) {
	for in, want := range map[string]bitext.Format{
		`<?xml version="1.0"?><xliff version="1.2">`:                          bitext.XLIFF1,
		`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">`: bitext.XLIFF2,
		`<?xml version="1.0"?>` + "\n" + `<xliff version='2.1' srcLang="vi">`: bitext.XLIFF2,
		`<tmx version="1.4"><header srclang="vi"/>`:                           bitext.TMX,
		"a\tb\n":                bitext.TSV,
		"<html><body>x</body>":  bitext.Unknown,
		"no tab in this line\n": bitext.Unknown,
	} {
		assert.Equal(t, want, bitext.Detect([]byte(in)), in)
	}
}

// FuzzRead checks that Read never panics and that a unit it returns
// holds valid UTF-8.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"story.xlf", "story2.xlf", "memory.tmx", "three.tmx", "pairs.tsv", "untranslated.xlf", "untranslated2.xlf", "untranslated.tmx", "tracked.sdlxliff", "tracked.mqxliff", "pairs-utf16.tsv"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "formats", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		units, err := bitext.Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, u := range units {
			if !utf8Valid(u.A) || !utf8Valid(u.B) {
				t.Fatalf("unit %q is not UTF-8", u.ID)
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestDecode checks plain text in the encodings people store it in.
func TestDecode(t *testing.T) {
	want := "Singapore có 4.400 dự án.\n"
	for name, in := range map[string][]byte{
		"utf-8":        []byte(want),
		"utf-8 bom":    append([]byte{0xEF, 0xBB, 0xBF}, want...),
		"utf-16le bom": utf16le(want),
	} {
		got, err := bitext.Decode(in)
		require.NoError(t, err, name)
		assert.Equal(t, want, string(got), name)
	}
	_, err := bitext.Decode(utf16le(want)[2:])
	assert.ErrorIs(t, err, bitext.ErrEncoding)
	_, err = bitext.Decode([]byte("a\xffb"))
	assert.ErrorIs(t, err, bitext.ErrEncoding)
}

func utf16le(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		if r > 0xFFFF {
			panic("outside the BMP")
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}
