package numbers

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// dumps renders mentions without their text.
func dumps(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Dump()
	}
	return out
}

// TestStoredText checks that text as people store it gives the mentions
// of its plain form, with offsets into the text as given.
func TestStoredText(t *testing.T) {
	vi, en := language.Vietnamese, language.English
	for _, c := range []struct {
		lang          language.Tag
		stored, plain string
	}{
		{vi, "１２３ dự án", "123 dự án"},
		{vi, "tăng ５０％", "tăng 50%"},
		{vi, "4\u00a0400 dự án", "4 400 dự án"},
		{vi, "5\u202f000 người", "5 000 người"},
		{en, "4\u2009400 projects", "4 400 projects"},
		{en, "US$\u00a090 billion", "US$ 90 billion"},
		{en, "90\u00a0billion dollars", "90 billion dollars"},
		{vi, "400\u2010600 mm", "400-600 mm"},
		{vi, "400\u2011600 mm", "400-600 mm"},
		{vi, "400\u2012600 mm", "400-600 mm"},
		{vi, "400\u2013600 mm", "400-600 mm"},
		{vi, "400\u2014600 mm", "400-600 mm"},
		{en, "\u22125 degrees", "-5 degrees"},
		{en, "rose 5 \u2013 7%", "rose 5 - 7%"},
		{en, "twenty\u2011one", "twenty-one"},
		{vi, "giai đoạn 2025\u20142030", "giai đoạn 2025-2030"},
		{en, "the \u201890s", "the '90s"},
		{en, "\u201c3\u201d people", `"3" people`},
		{en, "at 5 o\u2019clock", "at 5 o'clock"},
	} {
		t.Run(c.stored, func(t *testing.T) {
			ref := WithReference(time.Date(2024, 8, 8, 0, 0, 0, 0, time.UTC))
			got := Extract(c.stored, c.lang, ref)
			assert.Equal(t, dumps(Extract(c.plain, c.lang, ref)), dumps(got))
			for _, m := range got {
				assert.Equal(t, c.stored[m.Start:m.End], m.Text)
			}
		})
	}
	// A dash that sets off a clause is no minus sign.
	ms := Extract("said \u2013 5 people", en)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "number 5 unit=person", ms[0].Dump())
	}
}

// TestNFD checks that every case of the test files gives the same
// mentions in decomposed form, with texts that are the decomposed slices.
func TestNFD(t *testing.T) {
	for _, name := range []string{"spec.txt", "vi.txt", "en.txt", "dates.txt"} {
		for _, c := range readLineCases(t, name) {
			var opts []Option
			if !c.ref.IsZero() {
				opts = append(opts, WithReference(c.ref))
			}
			nfd := norm.NFD.String(c.input)
			if nfd == c.input {
				continue
			}
			want := Extract(c.input, c.lang, opts...)
			got := Extract(nfd, c.lang, opts...)
			if !assert.Equal(t, dumps(want), dumps(got), "testdata/%s:%d: %s", name, c.line, c.input) {
				continue
			}
			for i, m := range got {
				assert.Equal(t, nfd[m.Start:m.End], m.Text)
				assert.Equal(t, want[i].Text, norm.NFC.String(m.Text), "testdata/%s:%d", name, c.line)
			}
		}
	}
}

// TestFoldFastPath checks that a text that needs no folding is read as it
// is.
func TestFoldFastPath(t *testing.T) {
	for _, text := range []string{"", "4.400 dự án", "US$90 billion – said", strings.Repeat("Hà Nội ", 100)} {
		folded, units := foldText(text)
		assert.Equal(t, text, folded)
		assert.Nil(t, units)
	}
}

// TestNFCStarter checks the ranges that isNFC reads without norm: each
// rune is NFC alone, of combining class 0, and starts a segment.
func TestNFCStarter(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if !nfcStarter(r) {
			continue
		}
		p := norm.NFC.PropertiesString(string(r))
		if !norm.NFC.IsNormalString(string(r)) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("U+%04X is in nfcStarter's ranges but is not an NFC starter", r)
		}
	}
}

// TestNFCStarterLen checks that the runes isNFC reads by their bytes are
// nfcStarter's, of the right length, for every rune, whole and cut short.
func TestNFCStarterLen(t *testing.T) {
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		n := nfcStarterLen(s+"x", 0)
		if n != 0 && (!nfcStarter(r) || n != len(s)) {
			t.Errorf("U+%04X: read %d bytes, nfcStarter %v", r, n, nfcStarter(r))
		}
		if n == 0 && nfcStarter(r) && (r < 0x250 || r >= 0x1E00 && r < 0x1F00 || r >= 0x2010 && r < 0x2040) {
			t.Errorf("U+%04X: not read by its bytes", r)
		}
		if n := nfcStarterLen(s[:len(s)-1], 0); n != 0 {
			t.Errorf("U+%04X cut short: read %d bytes", r, n)
		}
	}
}

// TestIsNFC checks isNFC against norm on text that is and is not NFC.
func TestIsNFC(t *testing.T) {
	for _, text := range []string{
		"", "4.400 dự án", "Hà Nội – “90 tỷ USD”", norm.NFD.String("Hà Nội"),
		"e\u0301", "ê\u0301", "ế", "\u2126 ohm", "\u2000", "Ω", "a\u0338", "\u1100\u1161", "\uac00\u11a8",
		"x\u0323\u0302", "\xff\u0301", "ạ\u0302",
	} {
		assert.Equal(t, norm.NFC.IsNormalString(text), isNFC(text), "%+q", text)
	}
}

// FuzzIsNFC checks isNFC against norm on any text.
func FuzzIsNFC(f *testing.F) {
	for _, s := range []string{"Hà Nội", "e\u0301", "ạ\u0302", "\u2126"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := isNFC(text), norm.NFC.IsNormalString(text); got != want {
			t.Errorf("isNFC(%+q) = %v, norm says %v", text, got, want)
		}
	})
}

// TestScansByWords checks the scans that skip eight ASCII bytes at a time
// (isNFC, nextFold) against norm and a scan byte by byte, with the runes
// they look for at every offset of a run of ASCII.
func TestScansByWords(t *testing.T) {
	for _, r := range []string{"e\u0301", "ế", "\u00a0", "“", "０", "1\u20132", "Ω", "ạ\u0302", "\xff", "\u0301"} {
		for k := range 20 {
			text := strings.Repeat("a", k) + r + strings.Repeat("b", 20-k)
			assert.Equal(t, norm.NFC.IsNormalString(text), isNFC(text), "%+q", text)
			want := len(text)
			for j := range len(text) {
				if foldsAt(text, j) {
					want = j
					break
				}
			}
			assert.Equal(t, want, nextFold(text, 0, len(text)), "%+q", text)
		}
	}
}

// TestEstimateByWords checks estimateMentions, which skips eight bytes
// with no digit at a time, against the same count made byte by byte, with
// numbers at every offset, and hasDigit against every byte.
func TestEstimateByWords(t *testing.T) {
	count := func(text string) int {
		n := 0
		for i := 0; i < len(text); i++ {
			if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
				continue
			}
			if i >= 2 && isDigit(text[i-2]) && strings.IndexByte(".,/:-", text[i-1]) >= 0 {
				continue
			}
			n++
		}
		return n + n/4 + len(text)/256 + 2
	}
	for _, num := range []string{"7", "1.500", "30/1/2026", "400-600", "31,5 tỷ", "9"} {
		for k := range 20 {
			text := strings.Repeat("a", k) + num + " Hà Nội " + num + strings.Repeat("b", 20-k)
			assert.Equal(t, count(text), estimateMentions(text), "%q", text)
		}
	}
	for b := range 256 {
		for p := range 8 {
			w := lowBits*'a'&^(0xFF<<(8*p)) | uint64(b)<<(8*p) // b among letters
			assert.Equal(t, isDigit(byte(b)), hasDigit(w), "%#x at byte %d", b, p)
			digits, seps := numberFlags(w)
			assert.Equal(t, isDigit(byte(b)), digits != 0, "%#x at byte %d", b, p)
			assert.Equal(t, strings.IndexByte(".,/:-", byte(b)) >= 0, seps != 0, "%#x at byte %d", b, p)
		}
	}
	// Digits and separators in any order, across the eight-byte words.
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "0123456789.,/:-;+ aĐ"
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		assert.Equal(t, count(string(b)), estimateMentions(string(b)), "%q", b)
	}
}

// TestUnfolderSearches checks that an unfolder finds the unit of any
// offset, in any order (forward by small and large steps, and back), as a
// binary search over all the units does.
func TestUnfolderSearches(t *testing.T) {
	var units []foldUnit
	for k := range 40 {
		units = append(units, foldUnit{f: 10 * k, nf: 1 + k%3, o: 12 * k, no: 3})
	}
	u := unfolder{units: units, k: -1}
	for _, p := range []int{0, 3, 10, 11, 55, 56, 390, 400, 20, 0, 9, 10, 250, 251, 252, 399} {
		want := sort.Search(len(units), func(k int) bool { return units[k].f > p }) - 1
		assert.Equal(t, want, u.unitOf(p), "offset %d", p)
		u.k = want
	}
}

// TestHasFoldLead checks hasFoldLead against every byte at every place
// of a word of letters, of other lead bytes and of continuation bytes.
func TestHasFoldLead(t *testing.T) {
	for b := range 256 {
		for p := range 8 {
			for _, fill := range []uint64{'a', 0xC3, 0xE1, 0xA2} {
				w := lowBits*fill&^(0xFF<<(8*p)) | uint64(b)<<(8*p)
				want := b == 0xC2 || b == 0xE2 || b == 0xEF
				assert.Equal(t, want, hasFoldLead(w), "%#x at byte %d among %#x", b, p, fill)
			}
		}
	}
}
