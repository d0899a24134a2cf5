package numbers

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// NamesDate reports whether text names a month or a weekday as its
// language writes one, capitalised: "Friday", "Jan", "thứ Sáu", "tháng
// Giêng", "Chủ nhật" (or "chủ nhật"). With a digit, it says whether text
// may hold a mention at all: a program that reads many sentences (an
// aligner's anchors) can leave the others, whose numbers in words it
// reads some other way. The words are those of the data files
// (lang/*/date_months.tsv, date_weekdays.tsv, date_cues.tsv); an
// unsupported language names none.
func NamesDate(text string, lang language.Tag) bool {
	l := langOf(lang)
	if l == nil {
		return false
	}
	lx := l.dates
	prev, prevCues := "", cueSet(0)
	for i := 0; i < len(text); {
		w, next := nextWord(text, i)
		if w == "" {
			break
		}
		low := strings.ToLower(w)
		if lx.namesDate(low, prev, prevCues, startsUpperRune(w)) {
			return true
		}
		prev, prevCues = low, lx.recs[lx.words.at(low)>>dbRecShift].cues
		i = next
	}
	return false
}

// namesDate reports whether word w (lower case; upper says it was written
// with a capital) after word prev (whose cues are prevCues) names a month
// or a weekday.
func (lx *dateLex) namesDate(w, prev string, prevCues cueSet, upper bool) bool {
	switch {
	case lx.weekdayName.has(prev + " " + w):
		return true // "chủ nhật", whatever its case
	case !upper:
		return false
	case lx.monthFull.at(w) || lx.weekdayFull.at(w):
		return true
	case lx.months.at(w) != 0 && !lx.monthFull.at(w) && len(w) >= 3:
		return true // a short month name: "Jan", "Sept"
	case prevCues&dcWeekdayHead != 0 && lx.isWeekdayHead(w):
		return true // "thứ Sáu"
	}
	_, ok := lx.monthHead.get(w)
	return ok && lx.periods.at(prev) == GrainMonth // "tháng Giêng"
}

func (lx *dateLex) isWeekdayHead(w string) bool {
	_, ok := lx.weekdayHead.get(w)
	return ok
}

// nextWord returns the word (letters) at or after byte i of text and the
// offset after it.
func nextWord(text string, i int) (string, int) {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += size
	}
	start := i
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		i += size
	}
	return text[start:i], i
}

func startsUpperRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
