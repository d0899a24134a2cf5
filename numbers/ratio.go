package numbers

// ratio reads a ratio at token i: two whole numbers joined by a colon
// ("10:3", "100 : 8") with a ratio cue (ratio_cues.tsv) at most
// ratioReach words before them ("theo tỷ lệ 10:3", "at a ratio of 100:8",
// "tỷ lệ chuyển đổi 1:1") or after ("a 10:3 ratio", "a 1:1 swap ratio").
// Without a cue, "10:30" is a time of day and "2:1" may be a score. The
// mention holds both sides as written: From the first, To the second, and
// Value is From.
func (s *scanner) ratio(i int, m *Mention) (int, bool) {
	if !s.isPunct(i+1, ":") || !s.numberPair(i, maxRatioDigits) || !s.ratioCueBefore(i) && !s.ratioCueAfter(i+3) {
		return i, false
	}
	return s.pairMention(m, Ratio, i), true
}

// ratioAfter makes one ratio of amount m, read at tokens [i, next), and
// the whole number after a ratio link (ratio_cues.tsv, where part-first
// or whole-first): "three new shares for every 10 held" is the ratio
// 10:3, as "tỷ lệ 10:3" says, and "sở hữu 5 cổ phiếu được nhận thêm 1 cổ
// phiếu mới" 5:1. It returns the token after the ratio, or next when
// there is none.
func (s *scanner) ratioAfter(m *Mention, i, next int) int {
	if m.Kind != Number || m.Range || m.Qualifier != Exact || m.Value.Exp() < 0 {
		return next
	}
	w, k, ok := lookup(s, next, maxRatioCue, s.lex().ratioCues)
	if !ok || w != cuePartFirst && w != cueWholeFirst || k >= len(s.toks) {
		return next
	}
	part := *m
	other, end, ok := s.at(k) // other may be m itself: part is a copy
	if !ok || other.Kind != Number || other.Range || other.Qualifier != Exact || other.Value.Exp() < 0 {
		*m = part
		return next
	}
	whole := other.Value
	if w == cueWholeFirst {
		whole, part.Value = part.Value, other.Value
	}
	*m = Mention{Kind: Ratio, Value: whole, From: whole, To: part.Value, Written: part.Written}
	s.span(m, i, end)
	return end
}

// Where a ratio link stands (ratio_cues.tsv): between the part and the
// whole of a ratio, "three for every 10", or between the whole and the
// part, "5 cổ phiếu được nhận thêm 1".
const (
	cuePartFirst  = "part-first"
	cueWholeFirst = "whole-first"
)

// maxRatioDigits bounds the digits of each side of a ratio: "1000:35".
const maxRatioDigits = 4

// ratioReach is how many words may stand between a ratio cue and its
// ratio: "tỷ lệ chuyển đổi 1:1", "Tỷ lệ thực hiện quyền là 1:1".
const ratioReach = 5

// maxRatioCue is the most words of a ratio cue: "at a ratio of".
const maxRatioCue = 4

// ratioCueBefore reports a ratio cue that may stand before a ratio and
// ends at most ratioReach words before token i, with only words between.
func (s *scanner) ratioCueBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-ratioReach-maxRatioCue; k-- {
		if s.tok(k).kind != tWord {
			return false
		}
		if w, next, ok := lookup(s, k, maxRatioCue, s.lex().ratioCues); ok && next <= i && i-next <= ratioReach && w != cueAfter {
			return true
		}
	}
	return false
}

// ratioCueAfter reports a ratio cue that may stand after a ratio and
// starts at most ratioReach words after token k, the token after the
// ratio, with only words between: "a 1:1 swap ratio".
func (s *scanner) ratioCueAfter(k int) bool {
	for j := k; j < len(s.toks) && j <= k+ratioReach; j++ {
		if s.tok(j).kind != tWord {
			return false
		}
		if w, _, ok := lookup(s, j, maxRatioCue, s.lex().ratioCues); ok && w != cueBefore {
			return true
		}
	}
	return false
}
