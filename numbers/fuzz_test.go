package numbers

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// FuzzExtract checks the invariants of Extract on any input: no panic,
// offsets in range and on rune boundaries, Text equal to the slice it names,
// mentions sorted and not overlapping, values that round-trip.
func FuzzExtract(f *testing.F) {
	for _, name := range []string{"spec.txt", "vi.txt", "en.txt"} {
		data, err := lineFiles.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			in, _, _ := strings.Cut(line, "\t")
			f.Add(in, true)
			f.Add(in, false)
		}
	}
	f.Add("\xff\xfe 4.400\x00 tỷ", true)
	f.Add("VND200,000, and about half that. Twice that; a third of that amount", false)
	f.Add("Giá 200.000 đồng, học sinh bằng một nửa, gấp 3 lần mức đó. Gấp rưỡi.", true)
	f.Add("４\u00a0４００ – ５０％ “x” e\u0301 t\u1ef7", true)
	f.Fuzz(func(t *testing.T, text string, vi bool) {
		lang := language.English
		if vi {
			lang = language.Vietnamese
		}
		// The rune boundaries, decoding invalid bytes one at a time as
		// utf8 does.
		boundary := make([]bool, len(text)+1)
		for i := 0; i < len(text); {
			boundary[i] = true
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		boundary[len(text)] = true
		end := 0
		for _, m := range Extract(text, lang) {
			if m.Start < end || m.Start > m.End || m.End > len(text) {
				t.Fatalf("bad span %d:%d after %d in %q", m.Start, m.End, end, text)
			}
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("Text %q != text[%d:%d]", m.Text, m.Start, m.End)
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("span %d:%d not on rune boundaries in %q", m.Start, m.End, text)
			}
			for _, d := range []Decimal{m.Value, m.From, m.To, m.Factor} {
				back, err := ParseDecimal(d.String())
				if err != nil || !back.Equal(d) {
					t.Fatalf("value %v does not round-trip: %v, %v", d, back, err)
				}
			}
			end = m.End
		}
	})
}
