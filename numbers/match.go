package numbers

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Ranks that depend on what the story is about: the legs and halves of a
// match ("lượt về", "the second half" in a report of a game, where it is
// no half year) and the days of a streak ("phiên tăng thứ năm liên tiếp",
// "the fifth straight session"). The words are data: lang/*/match_words.tsv,
// ordinal_phrases.tsv, streak_words.tsv and streak_nouns.tsv.
//
// A streak of trading sessions and a streak of days are one thing in the
// news ("phiên thứ 5 liên tiếp" is "the fifth straight day"): both take
// the unit "session", as streak_nouns.tsv says.

// ordAnywhere flags a phrase of ordinal_phrases.tsv that is a rank in
// any text, not only in a match report.
const ordAnywhere = "anywhere"

// The states of scanner.match.
const (
	matchUnknown int8 = iota
	matchNo
	matchYes
)

// matchText reports whether the text speaks of a match: a word of
// match_words.tsv occurs anywhere in it. It reads the text once, on the
// first call, and remembers the answer.
func (s *scanner) matchText() bool {
	if s.match == matchUnknown {
		s.match = matchNo
		if hasPhrase(s.text, s.lex().matchWords) {
			s.match = matchYes
		}
	}
	return s.match == matchYes
}

// hasPhrase reports whether text holds a word, or two words in a row, that
// table has. Words are runs of letters, marks, hyphens and apostrophes,
// compared in lower case. It runs in time linear in len(text).
func hasPhrase(text string, table *phraseTable[string]) bool {
	var prev, cur, nfc []byte
	for i := 0; i < len(text); {
		j := wordRunEnd(text, i)
		if j == i {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			if j := wordRunEnd(text, i); j == i && len(prev) > 0 {
				prev = prev[:0] // a break that is not a space ends a phrase
			}
			continue
		}
		cur = appendLower(cur[:0], text[i:j])
		if !isASCII(cur) {
			// Composed in a buffer of its own, so that prev, cur and nfc
			// keep their storage from word to word.
			nfc = norm.NFC.Append(nfc[:0], cur...)
			cur = append(cur[:0], nfc...)
		}
		if table.has(string(cur)) {
			return true
		}
		if len(prev) > 0 && table.has(string(prev)+" "+string(cur)) {
			return true
		}
		prev, cur = cur, prev
		i = j
	}
	return false
}

// isASCII reports whether b has only ASCII bytes.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// numberWord reports whether the word at token j would be read as a
// number of its own: "half" after "the second".
func (s *scanner) numberWord(j int) bool {
	var m Mention
	if _, ok := s.quantity(j, &m); ok {
		return true
	}
	_, ok := s.fraction(j, &m)
	return ok
}

// wordRunEnd returns the end of the run of word runes starting at byte i.
func wordRunEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && (j == i || r != '-' && r != '\'') {
			break
		}
		j += n
	}
	return j
}

// fixedOrdinal reads a phrase of ordinal_phrases.tsv in a match report:
// "lượt đi" (the first leg), "trận lượt về", "the return leg"; a phrase
// flagged anywhere in any text: "the top seed". Its value is the rank and
// the unit: "2 leg", and the flag after a tab.
func (s *scanner) fixedOrdinal(i int, m *Mention) (int, bool) {
	if !startsIn(s, i, s.lex().ordinalPhrases) {
		return i, false // ordinal tries every token a mention may start at
	}
	v, next, ok := lookup(s, i, 3, s.lex().ordinalPhrases)
	if !ok {
		return i, false
	}
	v, flag, _ := strings.Cut(v, "\t")
	if strings.TrimSpace(flag) != ordAnywhere && !s.matchText() {
		return i, false
	}
	rank, unit, _ := strings.Cut(v, " ")
	unit = strings.TrimSpace(unit)
	n, err := strconv.ParseInt(rank, 10, 64)
	if err != nil {
		return i, false
	}
	return m.set(s.ordinalAt(i, next, n, unit))
}

// halfOfMatch reports whether "first half" or "second half" ending before
// token k is a half of a match: the text speaks of a match and no year
// follows ("the second half of 2024", "the second half of this year").
func (s *scanner) halfOfMatch(k int) bool {
	if !s.matchText() {
		return false
	}
	t := s.tok(k)
	if t.kind == tNum && len(t.low) == 4 {
		return false
	}
	if t.kind == tWord {
		if n := s.tok(k + 1); n.kind == tNum && len(n.low) == 4 {
			return false
		}
		if _, _, ok := lookup(s, k+1, 3, s.dates().relWords); ok {
			return false
		}
		if _, _, ok := lookup(s, k+1, 3, s.lex().streakNouns); ok {
			return false // "of the year"
		}
	}
	return true
}

// streakUnit returns the unit of an ordinal that ends before token j when
// a streak word follows it ("thứ năm liên tiếp", "fifth straight day",
// "third day in a row"); the noun is after it, or, in Vietnamese, up to
// three words before the ordinal at token i ("phiên tăng thứ năm liên
// tiếp"), or none (""). It returns the index after the streak words.
func (s *scanner) streakUnit(i, j int) (string, int, bool) {
	lx := s.lex()
	if _, next, ok := lookup(s, j, 3, lx.streakWords); ok {
		if u, after, ok := lookup(s, next, 3, lx.streakNouns); ok {
			return u, after, true // "fifth straight day"
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if s.tok(k).kind != tWord {
				break
			}
			if u, end, ok := lookup(s, k, 2, lx.streakNouns); ok && end <= i {
				return u, next, true // "phiên tăng thứ năm liên tiếp"
			}
		}
		return "", next, true // "lần thứ 3 liên tiếp": the head is the noun
	}
	if u, next, ok := lookup(s, j, 3, lx.streakNouns); ok {
		if _, after, ok := lookup(s, next, 3, lx.streakWords); ok {
			return u, after, true // "the third day in a row"
		}
	}
	return "", j, false
}
