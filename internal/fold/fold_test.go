package fold

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRune checks the comparison form of letters of the two languages and
// of the marks, separators and apostrophes.
func TestRune(t *testing.T) {
	for r, want := range map[rune]rune{
		'A': 'a', 'z': 'z', 'Đ': 'd', 'đ': 'd', 'Ố': 'o', 'ự': 'u', 'Ă': 'a', 'ü': 'u',
		'\u0301': Mark, '\u00A0': ' ', '\u2013': ' ', '’': '\'', 'Ж': 'ж', '中': '中', '\u212B': 'a', '\u212A': 'k',
	} {
		assert.Equal(t, want, Rune(r), "%q", r)
	}
	assert.Equal(t, "viet nam", string(AppendRune(AppendRune(AppendRune(AppendRune(AppendRune(AppendRune(AppendRune(AppendRune(nil, 'V'), 'I'), 'Ệ'), 'T'), ' '), 'N'), 'a'), 'm')))
	assert.Equal(t, "e", string(AppendRune(AppendRune(nil, 'e'), '\u0301')))
}

// FuzzRune checks that Rune never panics and that its result folds to
// itself.
func FuzzRune(f *testing.F) {
	for _, r := range "AĐốự\u0301’ Ж中" {
		f.Add(r)
	}
	f.Fuzz(func(t *testing.T, r rune) {
		if f := Rune(r); f != Mark && f >= 0 {
			assert.Equal(t, f, Rune(f))
		}
	})
}

func BenchmarkAppendRune(b *testing.B) {
	text := []rune("Tổng Bí thư Tô Lâm hội đàm cùng Thủ tướng Singapore Lawrence Wong")
	buf := make([]byte, 0, 128)
	for b.Loop() {
		buf = buf[:0]
		for _, r := range text {
			buf = AppendRune(buf, r)
		}
	}
}
