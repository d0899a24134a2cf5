package numbers

import "strings"

// A count of the rest of a whole, "13 other defendants", "the remaining
// 120 patients", "13 bị cáo khác", is smaller than the whole that the
// other version may state instead ("14 bị cáo" with one of them named).
// The words that say so are data: lang/*/rest_words.tsv, each with the
// places it takes: before the number ("the other 13"), between the
// number and its noun ("13 other defendants"), after the noun ("bị cáo
// còn lại").

// restPlace is a set of the places a word of rest_words.tsv takes.
type restPlace uint8

const (
	restBefore  restPlace = 1 << iota // before the number
	restBetween                       // between the number and its noun
	restAfter                         // after the noun
)

// restPlaceNames names the places in rest_words.tsv.
var restPlaceNames = map[string]restPlace{"before": restBefore, "between": restBetween, "after": restAfter}

// parseRestWords reads the rows of rest_words.tsv: each phrase with the
// places its columns name. A phrase of no place is a longer phrase that
// begins with a word of rest and says none ("khác nhau", different).
func parseRestWords(rows map[string]string) map[string]restPlace {
	out := make(map[string]restPlace, len(rows))
	for phrase, cols := range rows {
		var p restPlace
		for _, f := range strings.Fields(cols) {
			p |= restPlaceNames[f]
		}
		out[phrase] = p
	}
	return out
}

// markRest marks m, a count read at tokens [i, next), as a count of the
// rest of a whole when a word of rest_words.tsv stands in one of its
// places; after a count with no noun, the place after the noun is right
// after the number ("four others").
func (s *scanner) markRest(m *Mention, i, next int) {
	table := s.lex().restWords
	if m.Kind != Number || table.index.len() == 0 {
		return
	}
	if p, _, ok := phraseBefore(s, i, 2, table); ok && p&restBefore != 0 {
		m.Rest = true
		return
	}
	for k := i + 1; k < next; k++ {
		if p, ok := table.get(s.tok(k).low); ok && p&restBetween != 0 {
			m.Rest = true
			return
		}
	}
	if p, _, ok := lookup(s, next, 2, table); ok && p&restAfter != 0 {
		m.Rest = true
	}
}
