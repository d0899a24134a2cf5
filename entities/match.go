package entities

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Threshold is the least [Match] score at which two mentions are taken to
// name the same thing.
//
// It was measured on testdata/match.txt, 285 pairs of Vietnamese and
// English mentions that must match and 104 near misses that must not (see
// TestMatchTable): the pairs that must match score 1 (253), 0.9 (23,
// Sino-Vietnamese and generic titles), 0.89 (Zelensky / Zelenskyy, the
// lowest edit-distance match) and 0.85 (7, given names alone: Tiến Linh /
// Nguyen Tien Linh, and names in the other order: Ishiba Shigeru /
// Shigeru Ishiba), and one scores 0 (Lý Hiển Long / Lee Hsien Loong,
// Hokkien rather than pinyin); the near misses score 0 (98) and 0.5 (6, a
// country and its adjective). Any threshold in (0.5, 0.85] gives
// precision 1 and recall 0.996 there; 0.8 is the point where the
// word-by-word rule for foreign names allows one edit in five letters.
const Threshold = 0.8

// Scores that Match gives for each kind of evidence.
const (
	scoreSameKey    = 1.0  // same key, same form
	scoreJoined     = 0.95 // same letters, split otherwise: Viet Nam / Vietnam
	scoreHanViet    = 0.9  // Sino-Vietnamese and pinyin: Tập Cận Bình / Xi Jinping
	scoreTitle      = 0.9  // a generic title and a specific one: Chủ tịch / President
	scoreGivenNames = 0.85 // the given names of a Vietnamese name: Tiến Linh / Nguyen Tien Linh
	scoreOtherOrder = 0.85 // a foreign name of two words, family name first on one side: Ishiba Shigeru / Shigeru Ishiba
	scorePartial    = 0.6  // part of a name: Wong / Lawrence Wong, unresolved
	scoreAdjective  = 0.5  // a country and its adjective: Cuba / Cuban
	scoreOtherType  = 0.85 // one unknown name, typed otherwise by its cue words: trạm Bạch Mã / Bạch Mã station
	scorePlaceBody  = 0.8  // a body of a province and the province: UBND tỉnh Ninh Bình / Ninh Binh Province
	minTokenSim     = 0.8  // least similarity of two words of a foreign name
	minFuzzyLetters = 4    // shorter words of a foreign name must be equal
)

// Match returns how sure it is, from 0 to 1, that a and b name the same
// thing; compare the result with [Threshold]. The two mentions may come
// from texts in different languages.
//
// Mentions with the same Key score 1, except that a country's name and
// its adjective score 0.5 ("Cuba" and "Cuban"), and that two spellings of
// a person's name, or of a place the package table does not know, with
// different Vietnamese diacritics score 0 ("Lê Văn Thành" and "Lê Văn
// Thạnh", "Quan Sơn" and "Quán Sơn"): keys are folded, Match decides on
// the original. Otherwise countries and organisations match only by Key,
// titles also when one is the generic form of the other ("Chủ tịch" and
// "President"), and places the table does not know also as
// Sino-Vietnamese and pinyin ("Tương Đàm" and "Xiangtan") or as a foreign
// name in Vietnamese syllables and its own spelling, by the rule for
// foreign names below ("Phông Sa Lỳ" and "Phongsaly", "Xiêng Khoảng" and
// "Xieng Khouang"). People's names match
//
//   - written with other spaces or hyphens ("Lee Jae Myung", "Lee Jae-myung");
//   - as Sino-Vietnamese and pinyin, syllable by syllable and in order
//     ("Tập Cận Bình" and "Xi Jinping", but not "Lý Cường" and "Li Keqiang");
//   - as the given names of a Vietnamese name and the full name that ends
//     with them, when it opens with a family name ("Tiến Linh" and "Nguyen
//     Tien Linh", 0.85; not "Hồng Trường" and "Vu Van Truong");
//   - as a foreign name of two words with the family name first on one
//     side and last on the other ("Ishiba Shigeru" and "Shigeru Ishiba",
//     0.85; not two Vietnamese syllables, "Minh Hải" and "Hải Minh");
//   - as foreign names spelt differently, word by word, each word at least
//     0.8 similar by Levenshtein distance over the longer length and with
//     its first letter, words of fewer than four letters equal, and
//     Vietnamese syllables equal ("Zelensky" and "Zelenskyy", not "Kim
//     Jong-un" and "Kim Jong-il", nor "Ellison" and "Allison").
//
// Entities of different types, and zero Entities, score 0, but for an
// unknown name typed otherwise by its cue words on each side, and a body
// of a province or city against its place ("UBND tỉnh Ninh Bình" and
// "Ninh Binh Province", 0.8). Match is safe for concurrent use.
func Match(a, b Entity) float64 {
	if a.Key == "" || b.Key == "" {
		return 0
	}
	if a.Type != b.Type && !(place(a.Type) && place(b.Type)) {
		return max(unknownOtherType(a, b), placeOfBody(a, b), placeOfBody(b, a))
	}
	if a.Key == b.Key {
		switch {
		case a.Adjective != b.Adjective:
			return scoreAdjective
		case a.Type == Person && !sameMarks(a.Text, b.Text):
			return 0
		case a.Type == Place && !tables().known(a.Key) && !sameMarks(a.Text, b.Text):
			// "Quan Sơn" is not "Quán Sơn"; the table's places were
			// checked when found, and may be half-marked ("Đa Nang").
			return 0
		}
		return scoreSameKey
	}
	switch a.Type {
	case Title:
		if tables().titlesOfAKind(a.Key, b.Key) {
			return scoreTitle
		}
	case Person:
		if !sameMarks(a.Text, b.Text) {
			return 0
		}
		_, x, _ := strings.Cut(a.Key, ":")
		_, y, _ := strings.Cut(b.Key, ":")
		return nameScore(strings.Split(x, "-"), strings.Split(y, "-"))
	case Org:
		return bodyNames(a, b)
	case Place:
		return unknownPlaces(a, b)
	}
	return 0
}

// unknownPlaces scores two places the table does not know, one named in
// Sino-Vietnamese and the other in pinyin ("tỉnh Hồ Nam" and "Hunan
// province", "Tương Đàm" and "Xiangtan"), or one transcribed in
// Vietnamese syllables and the other spelt as its own language spells it
// (transcribed).
func unknownPlaces(a, b Entity) float64 {
	t := tables()
	if t.known(a.Key) || t.known(b.Key) {
		return 0
	}
	_, x, _ := strings.Cut(a.Key, ":")
	_, y, _ := strings.Cut(b.Key, ":")
	wx, wy := strings.Split(x, "-"), strings.Split(y, "-")
	if hanVietSpells(wx, wy) || hanVietSpells(wy, wx) {
		return scoreHanViet
	}
	return max(transcribed(wx, wy), transcribed(wy, wx))
}

// transcribed scores a foreign name vi written in Vietnamese syllables
// against the folded words w of a spelling that is not all syllables:
// the same letters split otherwise ("Phông Sa Lỳ" and "Phongsaly"), or as
// many words, each like its own as foreign spellings are (wordSim:
// "Xiêng Khoảng" and "Xieng Khouang").
func transcribed(vi, w []string) float64 {
	if !vietnameseWords(vi) || vietnameseWords(w) {
		return 0
	}
	if strings.Join(vi, "") == strings.Join(w, "") {
		return scoreJoined
	}
	return wordByWord(vi, w)
}

// wordByWord scores two names of as many words, word by word, as foreign
// spellings are compared (wordSim): the least similarity of two words, or
// 0 when the names differ in length or a pair of words is under
// minTokenSim.
func wordByWord(x, y []string) float64 {
	if len(x) != len(y) {
		return 0
	}
	score := 1.0
	for i := range x {
		s := wordSim(x[i], y[i])
		if s < minTokenSim {
			return 0
		}
		score = min(score, s)
	}
	return score
}

// bodyNames scores two bodies that the table does not know, named in
// their own words in two languages. One name is the other with a body
// word closing it ("Hanwha Group" and "Tập đoàn Hanwha", whose key the
// company's cue does not hold); or the Vietnamese syllables of the English
// name ("Song Da" of "Song Da Construction Corporation"), two or more in a
// row and the only such run there, are said in the same order in the
// other name ("Tổng công ty Xây dựng Sông Đà"): its proper name.
func bodyNames(a, b Entity) float64 {
	t := tables()
	if t.known(a.Key) || t.known(b.Key) || !sameMarks(a.Text, b.Text) {
		return 0
	}
	_, x, _ := strings.Cut(a.Key, ":")
	_, y, _ := strings.Cut(b.Key, ":")
	if t.en.withoutBodyWord(x) == y || t.en.withoutBodyWord(y) == x {
		return scoreOtherType
	}
	wx, wy := strings.Split(x, "-"), strings.Split(y, "-")
	if vietnameseWords(wx) {
		wx, wy = wy, wx // wx: the name with words of another language
	}
	if vietnameseWords(wx) || !vietnameseWords(wy) {
		return 0
	}
	run, ok := onlySyllableRun(wx)
	if !ok || !containsRun(wy, run) {
		return 0
	}
	return scoreOtherType
}

// onlySyllableRun returns the one run of two or more Vietnamese syllables
// among words, which also holds words of another language.
func onlySyllableRun(words []string) ([]string, bool) {
	var run []string
	found := 0
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && viSyllable(words[j]) {
			j++
		}
		if j-i >= 2 {
			run, found = words[i:j], found+1
		}
		i = j + 1
	}
	return run, found == 1
}

// containsRun reports whether run stands, in order, among words.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

func place(t Type) bool { return t == Place || t == Country }

// sameMarks reports whether two spellings of a name agree on their
// Vietnamese diacritics, word by word, where both carry them.
func sameMarks(a, b string) bool {
	if a == b || ascii(a) || ascii(b) {
		return true
	}
	var bx, by [64]byte // the folds of two words, on the stack
	for x := range strings.FieldsSeq(a) {
		fx := appendFold(bx[:0], x)
		for y := range strings.FieldsSeq(b) {
			if x != y && bytes.Equal(fx, appendFold(by[:0], y)) && marks(x) != marks(y) {
				return false
			}
		}
	}
	return true
}

// nameScore scores two names given as folded words.
func nameScore(x, y []string) float64 {
	if strings.Join(x, "") == strings.Join(y, "") {
		return scoreJoined
	}
	if hanVietSpells(x, y) || hanVietSpells(y, x) {
		return scoreHanViet
	}
	if givenNames(x, y) || givenNames(y, x) {
		return scoreGivenNames
	}
	if score := wordByWord(x, y); score > 0 {
		return score
	}
	if otherOrder(x, y) {
		return scoreOtherOrder
	}
	if partOf(x, y) || partOf(y, x) {
		return scorePartial
	}
	if len(x) != len(y) && !vietnameseWords(x) && !vietnameseWords(y) {
		// Foreign names split otherwise: Ma-crông / Macron.
		if s := wordSim(strings.Join(x, ""), strings.Join(y, "")); s >= minTokenSim {
			return s
		}
	}
	return 0
}

// otherOrder reports a foreign name of two words said in the other
// order: the family name first ("Ishiba Shigeru", as Vietnamese and
// Japanese say it) and last ("Shigeru Ishiba"). One word of it may be
// spelt as a Vietnamese syllable ("Takahashi Ren"); a name of two
// syllables is Vietnamese, and its words in the other order another name.
func otherOrder(x, y []string) bool {
	return len(x) == 2 && len(y) == 2 && x[0] == y[1] && x[1] == y[0] && x[0] != x[1] &&
		!(viSyllable(x[0]) && viSyllable(x[1]))
}

// wordSim is the similarity of two words of a name: 1 for equal words, 0
// for different Vietnamese syllables, short words or words that open with
// two letters (a spelling keeps its first letter: "Zelensky" and
// "Zelenskyy"; "Ellison" and "Allison" are two names), and otherwise one
// less the Levenshtein distance over the longer length.
func wordSim(a, b string) float64 {
	if a == b {
		return 1
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if min(la, lb) < minFuzzyLetters || viSyllable(a) && viSyllable(b) || a[0] != b[0] {
		return 0
	}
	return 1 - float64(levenshtein.ComputeDistance(a, b))/float64(max(la, lb))
}

// givenNames reports whether x, two or more Vietnamese syllables, ends
// the longer Vietnamese name y that opens with a family name: "Tiến Linh"
// and "Nguyễn Tiến Linh", "Hùng Dũng" and "Đỗ Hùng Dũng".
func givenNames(x, y []string) bool {
	if len(x) < 2 || len(y) <= len(x) || !wordIs(y[0], classSurname) || !vietnameseWords(y) {
		return false
	}
	return slices.Equal(x, y[len(y)-len(x):])
}

// partOf reports whether the one-word name x is the first or last word
// of the longer name y.
func partOf(x, y []string) bool {
	return len(x) == 1 && len(y) > 1 && (x[0] == y[0] || x[0] == y[len(y)-1])
}

func vietnameseWords(x []string) bool {
	for _, w := range x {
		if !viSyllable(w) {
			return false
		}
	}
	return true
}

// unknownOtherType scores two names that no table knows, one taken for a
// person and one for a place (their cue words guessed differently: "trạm
// Bạch Mã", "the Bạch Mã station"), or one guessed and the other a body
// that a cue word named ("Công ty Rio Tinto", and "Rio Tinto" with no
// cue, taken for a person): the same name, with the same marks, is one
// name.
func unknownOtherType(a, b Entity) float64 {
	if !guessed(a.Type) && !guessed(b.Type) || !guessed(a.Type) && a.Type != Org || !guessed(b.Type) && b.Type != Org ||
		tables().known(a.Key) || tables().known(b.Key) {
		return 0
	}
	_, x, _ := strings.Cut(a.Key, ":")
	_, y, _ := strings.Cut(b.Key, ":")
	if x == "" || x != y || !sameMarks(a.Text, b.Text) {
		return 0
	}
	return scoreOtherType
}

// placeOfBody scores body, a body of a province or city keyed by its
// place (flag local of the table), against that place: "UBND tỉnh Ninh
// Bình" (org:ninh-binh-people-committee) and "Ninh Binh Province". A
// version may name the place for what its committee does ("Ninh Binh
// held a ceremony").
func placeOfBody(body, pl Entity) float64 {
	if body.Type != Org || !place(pl.Type) {
		return 0
	}
	_, p, _ := strings.Cut(pl.Key, ":")
	_, o, _ := strings.Cut(body.Key, ":")
	rest, ok := strings.CutPrefix(o, strings.ToLower(p)+"-")
	if !ok || p == "" || !tables().known("org:"+rest) {
		return 0
	}
	return scorePlaceBody
}

// guessed reports the types an unknown name may be given from its cue
// words.
func guessed(t Type) bool { return t == Person || place(t) }
