// Package floor is the speed floor the extractors are measured against:
// one pass over a text that decodes its runes, lower-cases ASCII through
// a table and looks each word up once in a map, allocating nothing. It is
// the least a single-pass extractor does, so the speed goals of numbers
// and entities are ratios to it (their BenchmarkFloor), which hold on any
// machine.
package floor

import "unicode/utf8"

// words is the table the floor looks words up in.
var words = map[string]int{"triệu": 1, "tỷ": 2, "nghìn": 3, "million": 1, "billion": 2, "thousand": 3, "tháng": 4, "ngày": 5}

// lower lower-cases ASCII through a table.
var lower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] = byte(i + 'a' - 'A')
		}
	}
	return t
}()

// Scan makes the floor's pass over text, with buf as scratch space for
// a word, and returns the sum of the values of the words it found, so
// that the work is not optimised away.
func Scan(text string, buf []byte) int {
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isBreak(r) {
			i += size
			continue
		}
		buf = buf[:0]
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isBreak(r) {
				break
			}
			if r < utf8.RuneSelf {
				buf = append(buf, lower[r])
			} else {
				buf = append(buf, text[i:i+size]...)
			}
			i += size
		}
		n += words[string(buf)] // no allocation: the compiler looks up without converting
	}
	return n
}

// isBreak reports a rune that ends a word for the floor.
func isBreak(r rune) bool { return r == ' ' || r == '\n' || r == ',' || r == '.' }
