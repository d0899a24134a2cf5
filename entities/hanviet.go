package entities

import (
	"slices"
	"strings"
)

//go:generate go run gen.go -output zhanviet.go

// A reading pairs a folded Sino-Vietnamese syllable with the folded pinyin
// syllables, space-separated, that it reads.
type reading struct {
	syllable, pinyin string
}

// hanVietExtra adds readings that Unihan's kVietnamese lacks for the
// characters of common Chinese names and places: 強 has "càng" there but
// not "cường". It is sorted by syllable and folded like hanViet; each
// entry adds a reading hanViet lacks (TestHanVietExtra checks it).
var hanVietExtra = [...]reading{
	{"cuong", "qiang"}, // 強 Lý Cường = Li Qiang
	{"dai", "tai"},     // 臺 Đài = Tai (Taiwan)
	{"doanh", "ying"},  // 營 Doanh = Ying
	{"hoanh", "hong"},  // 宏 Hoành = Hong
	{"quyen", "zhen"},  // 圳 Thâm Quyến = Shenzhen
	{"tan", "qin"},     // 秦 Tần Cương = Qin Gang
	{"tiet", "xue"},    // 薛 Đinh Tiết Tường = Ding Xuexiang
}

// readings returns the pinyin of the folded syllable s in table, sorted
// by syllable, or "".
func readings(table []reading, s string) string {
	i, ok := slices.BinarySearchFunc(table, s, func(r reading, s string) int { return strings.Compare(r.syllable, s) })
	if !ok {
		return ""
	}
	return table[i].pinyin
}

// foldedVowels are the vowel letters of a folded Vietnamese syllable
// (gen.go, which writes the tables, has the same list).
const foldedVowels = "aeiouy"

// canonical writes a folded syllable the way the tables do: a final y
// after a consonant becomes i ("ly" → "li", "ky" → "ki"), as in the
// reformed spelling Unihan uses; "quy" and "thuy" keep their y.
func canonical(s string) string {
	if n := len(s); n >= 2 && s[n-1] == 'y' && !strings.ContainsRune(foldedVowels, rune(s[n-2])) {
		return s[:n-1] + "i"
	}
	return s
}

// pinyin calls f with each pinyin reading of the folded Sino-Vietnamese
// syllable s until f returns true, and reports whether one did.
func pinyin(s string, f func(p string) bool) bool {
	s = canonical(s)
	for _, table := range [2][]reading{hanViet[:], hanVietExtra[:]} {
		for p := range strings.FieldsSeq(readings(table, s)) {
			if f(p) {
				return true
			}
		}
	}
	return false
}

// hanVietSpells reports whether the folded Vietnamese syllables vi, read as
// Sino-Vietnamese, spell the folded pinyin words py, syllable by syllable
// and in the same order: ["tap" "can" "binh"] spells ["xi" "jinping"].
// Each pinyin word must be one or more whole syllables.
func hanVietSpells(vi, py []string) bool {
	if len(vi) == 0 || len(py) == 0 || len(py) > len(vi) {
		return false
	}
	for _, s := range vi {
		if !viSyllable(s) {
			return false
		}
	}
	return spells(vi, py[0], py[1:])
}

// spells reports whether vi spells the rest w of a pinyin word followed by
// the words rest.
func spells(vi []string, w string, rest []string) bool {
	if w == "" {
		if len(rest) == 0 {
			return len(vi) == 0
		}
		return len(vi) > 0 && spells(vi, rest[0], rest[1:])
	}
	if len(vi) == 0 {
		return false
	}
	return pinyin(vi[0], func(p string) bool {
		return strings.HasPrefix(w, p) && spells(vi[1:], w[len(p):], rest)
	})
}
