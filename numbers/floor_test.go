package numbers

import (
	"testing"
	"unicode/utf8"
)

// floorWords is the table the floor looks words up in: what any lexer
// that reads words must at least do once a word.
var floorWords = map[string]int{"triệu": 1, "tỷ": 2, "nghìn": 3, "million": 1, "billion": 2, "thousand": 3, "tháng": 4, "ngày": 5}

// floorLower lower-cases ASCII through a table.
var floorLower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] = byte(i + 'a' - 'A')
		}
	}
	return t
}()

// floor is one pass over text that decodes runes, lower-cases ASCII
// through a table and looks each word up once in a map, allocating
// nothing: the least a single-pass extractor does. It returns a count so
// that the work is not optimised away.
func floor(text string, buf []byte) int {
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == ' ' || r == '\n' || r == ',' || r == '.' {
			i += size
			continue
		}
		buf = buf[:0]
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if r == ' ' || r == '\n' || r == ',' || r == '.' {
				break
			}
			if r < utf8.RuneSelf {
				buf = append(buf, floorLower[r])
			} else {
				buf = append(buf, text[i:i+size]...)
			}
			i += size
		}
		n += floorWords[string(buf)] // no allocation: the compiler looks up without converting
	}
	return n
}

// BenchmarkFloor is the floor of BenchmarkExtract on the same texts: the
// speed goals of extraction are ratios to it (numbers ≥ 0.5× in
// Vietnamese and ≥ 0.28× in English), so that they hold on any machine.
func BenchmarkFloor(b *testing.B) {
	for _, c := range []struct {
		name string
		text func() string
	}{
		{"lang=vi/text=news", func() string { return pairsText(b, "vi", 1<<20) }},
		{"lang=en/text=news", func() string { return pairsText(b, "en", 1<<20) }},
		{"lang=vi/text=dense", func() string { return newsText(true, 1<<20) }},
		{"lang=en/text=dense", func() string { return newsText(false, 1<<20) }},
	} {
		text := c.text()
		buf := make([]byte, 0, 64)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				floor(text, buf)
			}
		})
	}
}

// TestFloor checks that the floor reads the words it is meant to.
func TestFloor(t *testing.T) {
	if got := floor("Vốn 12,4 tỷ USD; 90 Billion, 3 tháng.", nil); got != 2+2+4 {
		t.Errorf("floor = %d, want 8", got)
	}
}
