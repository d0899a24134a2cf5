package numbers

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// ordinal reads a rank at token i: "thứ hai", "thứ 2", "hạng 3",
// "đầu tiên", "Đại hội XIV", "lần thứ XIV", "second", "14th".
func (s *scanner) ordinal(i int, m *Mention) (int, bool) {
	if next, ok := s.fixedOrdinal(i, m); ok {
		return next, true
	}
	if s.vi {
		if !s.wordStarts(i, rankStartsVI) {
			return i, false
		}
		return s.ordinalVI(i, m)
	}
	if !s.wordStarts(i, rankStartsEN) && len(s.toks[i].low) < 8 {
		return i, false // concatOrdinal reads words of 8 bytes or more
	}
	return s.ordinalEN(i, m)
}

// ordinalAt makes an ordinal mention over tokens [i, next).
func (s *scanner) ordinalAt(i, next int, v int64, unit string) (Mention, int, bool) {
	if v <= 0 {
		return Mention{}, i, false
	}
	to, next := s.rankRangeEnd(next, v)
	if u, end, ok := s.streakUnit(i, next); ok {
		// "thứ năm liên tiếp", "fifth straight day", "lần thứ 3 liên tiếp".
		if u != "" && (unit == "" || s.lex().streakNouns.has(s.tok(next).low)) {
			unit = u
		}
		next = end
	}
	unit = s.scopeOf(i, next, unit) // "hạng 186 thế giới", "world No. 186"
	m := Mention{Kind: Ordinal, Value: decimalOf(v), Unit: unit}
	if to > v {
		m.Range, m.From, m.To = true, m.Value, decimalOf(to)
	}
	s.span(&m, i, next)
	return m, next, true
}

// rankRangeEnd reads the upper end of a range of ranks after the rank v,
// at token k: "cấp 6-7", "level 6 to 7", "hạng 3 đến 5". It returns the
// end, 0 for none, and the token after it.
func (s *scanner) rankRangeEnd(k int, v int64) (int64, int) {
	j := k
	switch {
	case (s.isPunct(j, "-") || s.isPunct(j, "–")) && s.glued(j) && s.glued(j+1):
		j++
	case s.rangeLinkAt(j, ""):
		j++
	default:
		return 0, k
	}
	t := s.tok(j)
	if t.kind != tNum || len(t.low) > 3 || s.isPunct(j+1, "/") || s.isPunct(j+1, "-") || s.isPunct(j+1, ".") && s.tok(j+2).kind == tNum {
		return 0, k // "ngày 8-9/5", "1-2-3", "3-4.5"
	}
	to := atoiSmall(t.low)
	if to <= v || s.amountLinks().near.at(s.wordLow(j-1)) && to >= 10*v {
		return 0, k // "hạng 3 hoặc 50": alternatives far apart are two ranks
	}
	return to, j + 1
}

// The words of ranks are data, in lang/LANG/: ordinal_heads.tsv (the
// words after which a number is a rank: "Đại hội XIV", "level 14"),
// ordinal_words.tsv (ranks by themselves: "đầu tiên", "second"; after a
// marker: "thứ nhì"), ordinal_suffixes.tsv ("1st", "22nd"),
// ordinal_weekday_next.tsv ("thứ hai tuần này" is a weekday) and
// ordinal_nouns.tsv (the noun a rank qualifies: "14th Congress"); the
// markers ("thứ") are the number grammar's ordinal_markers.tsv.

// An ordHead is a word after which a number is a rank: its unit, the
// canonical English noun, and how it takes its number.
type ordHead struct {
	unit     string
	flags    ordHeadFlag
	notAfter []string // the words before it with which it makes another word: "hạ tầng"
}

// An ordHeadFlag says how a head takes its number; ordinal_heads.tsv
// says what each means.
type ordHeadFlag uint16

const (
	hElsewhere ordHeadFlag = 1 << iota // "lần 2" is read by other rules
	hRoman                             // Roman numerals only: "số"
	hYear                              // Roman numerals only, a plain number: "năm"
	hWords                             // a digit word too: "hiệp một"
	hRank                              // a rank by itself: "hạng 3"
	hNumbered                          // the number of a far head before it: "số"
	hFar                               // the far head: "tuyến"
	hBetween                           // between a head and "thứ": "lần"
	hScoped                            // a scope may name its ranking: "hạng 186 thế giới"
	hNounAfter                         // a rank noun after its number names what it ranks: "No. 2 seed"
	hAdded                             // its number may carry added time: "phút 90+3" is the 93rd minute
)

var ordHeadFlagNames = map[string]ordHeadFlag{
	"elsewhere": hElsewhere, "roman": hRoman, "year": hYear, "words": hWords,
	"rank": hRank, "numbered": hNumbered, "far": hFar, "between": hBetween,
	"scoped": hScoped, "noun-after": hNounAfter, "added": hAdded,
}

func (h ordHead) has(f ordHeadFlag) bool { return h.flags&f != 0 }

// An ordWord is a word that is a rank by itself: "second", "đầu tiên".
type ordWord struct {
	rank        int64
	afterMarker bool         // only after "thứ" or a rank head: "nhì"
	unitAfter   strMap[bool] // after these words it is a unit: "a second"
}

// An ordSuffix is the suffix of a rank in digits: "st" after 1, not 11.
type ordSuffix struct {
	suffix string
	upper  string // the suffix in upper case: "ST"
	last   int    // the last digit it follows; -1 for every other
	not    int    // the last two digits it does not follow; -1 for none
}

// An ordinalLex holds the words of ranks of one language.
type ordinalLex struct {
	heads       *phraseTable[ordHead]
	words       *phraseTable[ordWord]
	wordsFirst  strMap[bool] // the first words of words: "đầu"
	suffixes    []ordSuffix
	weekdayNext strMap[bool]
	nouns       *phraseTable[string] // nouns a rank often qualifies: "14th Congress"

	scopesAfter  *phraseTable[string] // the field of a rank said after it: "thế giới"
	scopesBefore *phraseTable[string] // and before it: "world"
	scoped       strMap[bool]         // the units of the heads a scope may follow: "place"
}

// The data files of ranks.
const (
	fileOrdinalWords    = "ordinal_words"
	fileOrdinalSuffixes = "ordinal_suffixes"
	fileOrdWeekdayNext  = "ordinal_weekday_next"

	ordAfterMarker = "after-marker" // ordinal_words.tsv: only after a marker
	ordUnitAfter   = "unit-after="  // ordinal_words.tsv: a unit after these words
	ordEveryOther  = "*"            // ordinal_suffixes.tsv: every other digit
)

// ordinalFiles lists the files of ranks each language has.
var ordinalFiles = []string{fileOrdinalHeads, fileOrdinalWords, fileOrdinalSuffixes, fileOrdWeekdayNext, fileRankScopes}

// ordinals returns the words of ranks of the scanner's language.
func (s *scanner) ordinals() *ordinalLex { return s.lang.ordinals }

// ordWordAt returns the rank word that token i, a word, is by itself,
// asking the table only when the index bits of the token allow it.
func (s *scanner) ordWordAt(i int) (ordWord, bool) {
	if s.notKey(i, bitOrdWord) {
		return ordWord{}, false
	}
	return s.ordinals().words.get(s.toks[i].low)
}

func newOrdinalLex(src langSource) *ordinalLex {
	words := parseOrdWords(src.tsv(fileOrdinalWords))
	heads := parseOrdHeads(src.tsv(fileOrdinalHeads))
	after, before := readRankScopes(src)
	return &ordinalLex{
		heads:        indexedTable(bitOrdinalHeads, heads),
		words:        newTable(words),
		wordsFirst:   newStrMap(firstWordsOf(words)),
		suffixes:     parseOrdSuffixes(src.tsv(fileOrdinalSuffixes)),
		weekdayNext:  newStrMap(wordSet(src.tsv(fileOrdWeekdayNext))),
		nouns:        indexedTable(bitOrdinalNouns, src.tsv(fileOrdinalNouns)),
		scopesAfter:  after,
		scopesBefore: before,
		scoped:       newStrMap(scopedUnits(heads)),
	}
}

// ordNotAfter opens the flag of ordinal_heads.tsv that lists the words
// before a head with which it makes another word: "tầng" (floor) is no
// head in "hạ tầng" (infrastructure).
const ordNotAfter = "not-after="

// parseOrdHeads reads the rows of ordinal_heads.tsv.
func parseOrdHeads(rows map[string]string) map[string]ordHead {
	m := make(map[string]ordHead, len(rows))
	for k, v := range rows {
		fields := strings.Split(v, "\t")
		h := ordHead{unit: strings.TrimSpace(fields[0])}
		for _, f := range fields[1:] {
			f = strings.TrimSpace(f)
			if list, ok := strings.CutPrefix(f, ordNotAfter); ok {
				h.notAfter = strings.Split(list, ",")
				continue
			}
			h.flags |= ordHeadFlagNames[f]
		}
		m[k] = h
	}
	return m
}

// parseOrdWords reads the rows of ordinal_words.tsv.
func parseOrdWords(rows map[string]string) map[string]ordWord {
	m := make(map[string]ordWord, len(rows))
	for k, v := range rows {
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		rank, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			continue
		}
		w := ordWord{rank: rank}
		for _, f := range fields[1:] {
			if f == ordAfterMarker {
				w.afterMarker = true
			} else if list, ok := strings.CutPrefix(f, ordUnitAfter); ok {
				w.unitAfter = newStrMap(wordSet(rowsOf(strings.Split(list, ","))))
			}
		}
		m[k] = w
	}
	return m
}

// parseOrdSuffixes reads the rows of ordinal_suffixes.tsv, the suffix for
// every other digit last.
func parseOrdSuffixes(rows map[string]string) []ordSuffix {
	var out, other []ordSuffix
	for _, k := range slices.Sorted(maps.Keys(rows)) {
		v := rows[k]
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		sf := ordSuffix{suffix: k, upper: strings.ToUpper(k), last: -1, not: -1}
		if fields[0] != ordEveryOther {
			sf.last, _ = strconv.Atoi(fields[0])
			if len(fields) > 1 {
				sf.not, _ = strconv.Atoi(fields[1])
			}
			out = append(out, sf)
		} else {
			other = append(other, sf)
		}
	}
	return append(out, other...)
}

// rowsOf makes rows of a list of words, as readTSV gives them.
func rowsOf(words []string) map[string]string {
	m := make(map[string]string, len(words))
	for _, w := range words {
		m[w] = ""
	}
	return m
}

// ordWordRanks maps the ordinal words of o to their rank: "second"
// 2; fractions read them as denominators.
func ordWordRanks(o *ordinalLex) map[string]int64 {
	m := make(map[string]int64, o.words.index.len())
	for k, w := range o.words.phrases() {
		if !w.afterMarker {
			m[k] = w.rank
		}
	}
	return m
}

// markerAt reports whether token j is a word that makes the number after
// it a rank: "thứ".
func (s *scanner) markerAt(j int) bool {
	return !s.notKey(j, bitOrdMarker) && s.grammar().ordinalMarkers.at(s.wordLow(j))
}

func (s *scanner) ordinalVI(i int, m *Mention) (int, bool) {
	t := s.tok(i)
	if t.kind != tWord {
		return i, false
	}
	if s.markerAt(i) {
		return m.set(s.thuVI(i, i, ""))
	}
	ord := s.ordinals()
	if !s.notKey(i, bitOrdWordFirst) && ord.wordsFirst.at(t.low) {
		if w, next, ok := lookup(s, i, 2, ord.words); ok && !w.afterMarker {
			return m.set(s.ordinalAt(i, next, w.rank, "")) // "đầu tiên"
		}
	}
	// A head word that takes a numeral: "Đại hội XIV", "khóa XV", "Hội nghị Trung ương 8".
	head, j, ok := lookup(s, i, 5, ord.heads)
	if !ok || i > 0 && slices.Contains(head.notAfter, s.wordLow(i-1)) {
		return i, false
	}
	if head.has(hRank) {
		if r, next, ok := s.rankAt(i, j, head.unit); ok {
			return m.set(r, next, true)
		}
	}
	if h, ok := ord.heads.get(s.wordLow(j)); ok && h.has(hBetween) && !head.has(hBetween) && s.markerAt(j+1) {
		j++ // "Đại hội lần thứ XIV": the congress, said the nth time
	}
	if s.markerAt(j) {
		// "lần thứ XIV", "kỳ họp thứ 10".
		return m.set(s.thuVI(i, j, head.unit))
	}
	switch {
	case head.has(hElsewhere):
		return i, false // "lần 2", "quý I" belong to other rules
	case head.has(hRoman | hYear):
		return m.set(s.romanHead(i, j, head))
	case head.has(hWords):
		// "hiệp một", "đợt hai"; "lượt đi" has no number.
		if v := s.rankDigitAt(j); v > 0 {
			return m.set(s.ordinalAt(i, j+1, v, head.unit))
		}
	}
	return m.set(s.headNumber(i, j, head))
}

// rankAt reads the rank after a rank head at token j: "hạng 3", "hạng
// nhì", "hạng ba"; the mention starts at token i.
func (s *scanner) rankAt(i, j int, unit string) (Mention, int, bool) {
	if n, ok := s.parseNum(j, numOpts{}); ok && n.val.Exp() >= 0 && !n.scaled && !n.sep {
		v, _ := n.val.Int64()
		return s.ordinalAt(i, n.next, v, unit)
	}
	if w, ok := s.ordinals().words.get(s.wordLow(j)); ok && w.afterMarker {
		return s.ordinalAt(i, j+1, w.rank, unit)
	}
	if v := s.rankDigitAt(j); v > 0 {
		return s.ordinalAt(i, j+1, v, unit)
	}
	return Mention{}, i, false
}

// romanHead reads the number after a head that takes only Roman numerals
// ("số", "kế hoạch"; "năm", whose numeral is a plain number): "tổng số
// 52 quốc gia" is a count, "năm 2030" a year. "tuyến metro số 2" is
// line 2.
func (s *scanner) romanHead(i, j int, head ordHead) (Mention, int, bool) {
	if v, ok := romanNumeralAt(s, j, true); ok {
		if head.has(hYear) {
			m := Mention{Kind: Number, Value: decimalOf(v)}
			s.span(&m, i, j+1)
			return m, j + 1, true
		}
		return s.ordinalAt(i, j+1, v, head.unit)
	}
	if !head.has(hNumbered) {
		return Mention{}, i, false
	}
	if v, next, ok := s.scopedNumber(j); ok && head.has(hScoped) {
		if _, far := s.farHead(i); !far {
			return s.ordinalAt(i, next, v, head.unit) // "số 1 thế giới"
		}
	}
	if unit, ok := s.farHead(i); ok {
		more := (s.isPunct(j+1, ",") || s.isPunct(j+1, ".") || s.isPunct(j+1, "/")) && s.tok(j+2).kind == tNum && s.glued(j+2)
		if nt := s.tok(j); nt.kind == tNum && len(nt.low) <= 2 && !more {
			return s.ordinalAt(i, j+1, atoiSmall(nt.low), unit)
		}
	}
	return Mention{}, i, false
}

// headNumber reads the Roman numeral or the number of up to three digits
// after a head: "khóa XV", "Hội nghị Trung ương 8", but not "khẩn cấp 500
// tỷ đồng".
func (s *scanner) headNumber(i, j int, head ordHead) (Mention, int, bool) {
	unit := head.unit
	if v, ok := romanNumeralAt(s, j, true); ok {
		return s.ordinalAt(i, j+1, v, unit)
	}
	if _, _, scaled := lookup(s, j+1, 2, s.scaleTable()); scaled {
		return Mention{}, i, false // "khẩn cấp 500 tỷ đồng" is money
	}
	if _, _, money := lookup(s, j+1, 3, s.currencySuffixes()); money {
		return Mention{}, i, false
	}
	if s.tok(j).kind == tNum && !s.tok(j+1).upper && s.countsNoun(j+1) && !s.yearWordBeforeYear(j+1) && !s.relativeYearAt(j+1) {
		// "vị trí 3 km": a count; not "Điều 354 Bộ luật Hình sự", nor
		// "SEA Games 31 năm 2022", where "năm" is the year's word, nor
		// "vị trí 395 năm trước", the rank of the year before.
		return Mention{}, i, false
	}
	decimal := (s.isPunct(j+1, ",") || s.isPunct(j+1, ".")) && s.tok(j+2).kind == tNum && s.glued(j+2)
	_, doc := s.docNumberEnd(j + 1)
	if nt := s.tok(j); nt.kind == tNum && len(nt.low) <= 4 && (len(nt.low) <= 3 || doc) && (!s.isPunct(j+1, "/") || doc) && !decimal {
		v := atoiSmall(nt.low)
		if a := s.tok(j + 2); head.has(hAdded) && s.isPunct(j+1, "+") && s.glued(j+1) && a.kind == tNum && s.glued(j+2) && len(a.low) <= 2 {
			return s.ordinalAt(i, j+3, v+atoiSmall(a.low), unit) // "phút 90+3"
		}
		return s.ordinalAt(i, j+1, v, unit)
	}
	return Mention{}, i, false
}

// yearWordBeforeYear reports whether token k is the word for year before
// a year in four digits ("năm 2022"), no unit of a count.
func (s *scanner) yearWordBeforeYear(k int) bool {
	y := s.tok(k + 1)
	return s.periodWord(k, GrainYear) && y.kind == tNum && len(y.low) == 4
}

// relativeYearAt reports whether token k is the word for year said with
// a word that places it from now ("năm trước", "năm ngoái"): a time, no
// unit of a count.
func (s *scanner) relativeYearAt(k int) bool {
	if !s.periodWord(k, GrainYear) {
		return false
	}
	_, _, ok := lookup(s, k+1, 2, s.dates().relWords)
	return ok
}

// docNumberEnd reads the tail of the number of a legal document at token
// k, after its serial number: the year and the code of the issuer,
// "/2027/NĐ-CP", the year alone, "/2022", or the code alone, "/QĐ-UBND".
// It returns the token
// after the tail and whether one is there (k and false if not). The
// serial is the document's rank after its head; the year after it is
// read on its own, as a year.
func (s *scanner) docNumberEnd(k int) (int, bool) {
	if !s.isPunct(k, "/") || !s.glued(k) {
		return k, false
	}
	j := k + 1
	if y, n := s.intAt(j); n == 4 && y >= 1000 && y <= 2999 && s.glued(j) && !s.numberContinues(j) {
		if !s.isPunct(j+1, "/") || !s.glued(j+1) {
			return j + 1, true // "Nghị định 12/2022": the year alone
		}
		j += 2
	}
	if t := s.tok(j); t.kind != tWord || !t.upper || !s.glued(j) {
		return k, false
	}
	j++
	for s.isPunct(j, "-") && s.glued(j) && s.tok(j+1).kind == tWord && s.glued(j+1) {
		j += 2
	}
	return j, true
}

// farHead returns the unit of the far head ("tuyến": a line, of metro,
// bus, road; "lò cao": a blast furnace) that the "số" at token i
// numbers, within the five words before it.
func (s *scanner) farHead(i int) (string, bool) {
	heads := s.ordinals().heads
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.tok(k).kind != tWord {
			return "", false
		}
		if h, next, ok := lookup(s, k, maxFarHead, heads); ok && next <= i && h.has(hFar) {
			return h.unit, true
		}
	}
	return "", false
}

// maxFarHead is the most words of a far head: "đường cất hạ cánh".
const maxFarHead = 4

// thuVI reads "thứ N" at token j; the mention starts at token i.
func (s *scanner) thuVI(i, j int, unit string) (Mention, int, bool) {
	nt := s.tok(j + 1)
	ord := s.ordinals()
	if v, ok := romanNumeralAt(s, j+1, true); ok && !s.numAt(s.grammar(), j+1).is(cDigit) {
		return s.ordinalAt(i, j+2, v, unit)
	}
	if nt.kind == tWord && nt.upper && unit == "" {
		return Mention{}, i, false // "thứ Hai", "thứ Sáu": weekdays
	}
	after := func(next int) bool {
		// "thứ hai tuần này", "thứ hai (21/10)", "thứ 2 ngày 5/3": a weekday.
		if unit != "" {
			return false
		}
		n := s.tok(next)
		if n.kind == tWord && ord.weekdayNext.at(n.low) {
			return true
		}
		if n.kind == tPunct && (n.low == "(" || n.low == ",") && s.tok(next+1).kind == tNum && (s.isPunct(next+2, "/") || s.isPunct(next+2, "-") || s.isPunct(next+2, ".")) {
			return true
		}
		return n.kind == tNum && (s.isPunct(next+1, "/") || s.isPunct(next+1, "-"))
	}
	if nt.kind == tNum && len(nt.low) <= 4 {
		v := atoiSmall(nt.low)
		if v >= 2 && v <= 8 && after(j+2) {
			return Mention{}, i, false
		}
		v, next := s.rankScaled(v, j+2)
		return s.ordinalAt(i, next, v, unit)
	}
	if nt.kind != tWord {
		return Mention{}, i, false
	}
	if w, ok := ord.words.get(nt.low); ok && w.afterMarker {
		if after(j + 2) {
			return Mention{}, i, false
		}
		return s.ordinalAt(i, j+2, w.rank, unit)
	}
	n, ok := s.parseOrdinalWords(j + 1)
	if !ok {
		return Mention{}, i, false
	}
	v, ok := n.val.Int64()
	if !ok || v <= 0 {
		return Mention{}, i, false
	}
	if v >= 2 && v <= 7 && n.next == j+2 && after(n.next) {
		return Mention{}, i, false
	}
	return s.ordinalAt(i, n.next, v, unit)
}

// parseOrdinalWords reads the number in words after "thứ", where "năm"
// is five ("thứ năm") and a digit word stands by itself.
func (s *scanner) parseOrdinalWords(j int) (num, bool) {
	g := s.grammar()
	if d := g.wordAt(s, j); d.is(cDigit) && d.val > 0 && !g.wordAt(s, j+1).has(fCont) {
		return num{val: decimalOf(d.val), next: j + 1, words: true}, true
	}
	s.ordinalWords = true
	n, ok := s.parseWords(g, j)
	s.ordinalWords = false
	if !ok || n.scaled || n.val.Exp() < 0 {
		return num{}, false
	}
	return n, true
}

// romanAt reads an upper-case Roman numeral at token j: "XIV" → 14.
func romanAt(s *scanner, j int) (int64, bool) {
	return romanNumeralAt(s, j, false)
}

// romanNumeralAt reads a Roman numeral at token j: "XIV" → 14; with lower,
// also "xiv" (NeMo's "thế kỉ xix"), which only a head word makes a numeral.
func romanNumeralAt(s *scanner, j int, lower bool) (int64, bool) {
	t := s.tok(j)
	if t.kind != tWord || s.tok(j+1).kind == tWord && s.glued(j+1) {
		return 0, false
	}
	w := s.text[t.start:t.end]
	if v, ok := parseRoman(w); ok {
		return v, true
	}
	if !lower || len(w) > 15 {
		return 0, false
	}
	var buf [15]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		buf[k] = c - 'a' + 'A'
	}
	return parseRoman(string(buf[:len(w)]))
}

// parseRoman parses an upper-case Roman numeral from 1 to 3999.
func parseRoman(w string) (int64, bool) {
	if len(w) == 0 || len(w) > 15 {
		return 0, false
	}
	val := func(c byte) int64 {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		case 'D':
			return 500
		case 'M':
			return 1000
		}
		return 0
	}
	var total int64
	for k := 0; k < len(w); k++ {
		v := val(w[k])
		if v == 0 {
			return 0, false
		}
		if k+1 < len(w) && val(w[k+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total >= 4000 {
		return 0, false
	}
	var buf [16]byte
	if string(appendRoman(buf[:0], total)) != w {
		return 0, false // only canonical forms: "IIII" and "VX" are not numerals
	}
	return total, true
}

// appendRoman appends n in canonical Roman numerals to b.
func appendRoman(b []byte, n int64) []byte {
	vals := [...]int64{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	for k, v := range vals {
		for n >= v {
			b = append(b, syms[k]...)
			n -= v
		}
	}
	return b
}

// atoiSmall converts a short run of ASCII digits.
func atoiSmall(d string) int64 {
	var v int64
	for k := 0; k < len(d) && k < 18; k++ {
		v = v*10 + int64(d[k]-'0')
	}
	return v
}

func (s *scanner) ordinalEN(i int, m *Mention) (int, bool) {
	if head, j, ok := lookup(s, i, 3, s.ordinals().heads); ok {
		next, ok := m.set(s.headDigits(i, j, head.unit))
		if ok && head.has(hNounAfter) {
			if u, _, noun := lookup(s, next, 3, s.ordinals().nouns); noun {
				m.Unit = u // "the No. 2 seed"
			}
		}
		return next, ok
	}
	v, j, ok := s.rankWord(i)
	if !ok {
		return i, false
	}
	if s.tok(i).kind == tWord && s.countAt(j) {
		return i, false // "its first 10 days", "the first two goals": a count, no rank
	}
	unit, end, ok := lookup(s, j, 3, s.ordinals().nouns)
	if ok && s.numberWord(j) {
		j = end // "the second half": the noun is no number of its own
	}
	if !ok {
		unit, ok = s.nounAfterModifier(j)
	}
	if !ok {
		unit = s.listNoun(j)
	}
	return m.set(s.ordinalAt(i, j, v, unit))
}

// nounAfterModifier returns the noun of ordinal_nouns.tsv after one
// word at token j that modifies it, hyphened ("the fifth Vietnamese-made
// satellite") or ending as adjectives do ("the third regional
// congress"), or "" and false.
func (s *scanner) nounAfterModifier(j int) (string, bool) {
	t := s.tok(j)
	if t.kind != tWord {
		return "", false
	}
	_, _, ul := s.units()
	k := j + 1
	switch {
	case s.isPunct(k, "-") && s.glued(k) && s.tok(k+1).kind == tWord && s.glued(k+1):
		k += 2
	case !ul.adjectiveLike(t.low):
		return "", false
	}
	unit, _, ok := lookup(s, k, 3, s.ordinals().nouns)
	return unit, ok
}

// listNoun returns the noun that a list of ranks shares, read after the
// next rank when "and" or "or" at token j joins one: "the 23rd and 67th
// minutes" are two minutes. It returns "" if there is none.
func (s *scanner) listNoun(j int) string {
	if !s.cue(j, dcAnd|dcOr) {
		return ""
	}
	if s.cue(j+1, dcArticle) {
		j++ // "the 23rd and the 67th minute"
	}
	_, k, ok := s.rankWord(j + 1)
	if !ok {
		return ""
	}
	unit, _, _ := lookup(s, k, 3, s.ordinals().nouns)
	return unit
}

// headDigits reads the number of up to three digits after a head ending
// before token j: "level 14", "Storm No. 11", "level-13"; or its Roman
// numeral.
func (s *scanner) headDigits(i, j int, unit string) (Mention, int, bool) {
	if s.isPunct(j, ".") && s.glued(j) {
		if _, ok := romanAt(s, j+1); ok {
			return Mention{}, i, false // "No. I'm serious"
		}
		j++
	}
	if s.isPunct(j, "-") && s.glued(j) && s.tok(j+1).kind == tNum && s.glued(j+1) {
		j++ // "level-13 winds": the head hyphened to its number
	}
	decimal := (s.isPunct(j+1, ",") || s.isPunct(j+1, ".")) && s.tok(j+2).kind == tNum && s.glued(j+2)
	_, doc := s.docNumberEnd(j + 1)
	if s.countsNoun(j + 1) {
		return Mention{}, i, false // "the decree 3 years ago": a count
	}
	if n := s.tok(j); n.kind == tNum && len(n.low) <= 4 && (len(n.low) <= 3 || doc) && !decimal && (!s.isPunct(j+1, "/") || doc) && !(s.tok(j+1).kind == tWord && s.glued(j+1)) {
		return s.ordinalAt(i, j+1, atoiSmall(n.low), unit)
	}
	// "Phase II", "Region IV", "Phase I"; not "the line I drew", "Level
	// I'm at".
	if v, ok := romanAt(s, j); ok && (len(s.tok(j).low) > 1 || s.capitalAt(i)) && !s.apostropheAt(j+1) {
		return s.ordinalAt(i, j+1, v, unit)
	}
	return Mention{}, i, false
}

// countAt reports a count that begins at token k, right after a rank
// word: digits with a space before them, or a number word ("the first 10
// days", "the first two goals").
func (s *scanner) countAt(k int) bool {
	t := s.tok(k)
	if t.kind == tNum {
		return t.space
	}
	// A number word that is also a pronoun is the pronoun after a rank:
	// "the third one".
	w := s.grammar().wordAt(s, k)
	return t.kind == tWord && w.is(cDigit) && !w.has(fPronoun)
}

// apostropheAt reports an apostrophe glued at token k: "I'm".
func (s *scanner) apostropheAt(k int) bool {
	return s.glued(k) && (s.isPunct(k, "'") || s.isPunct(k, "’"))
}

// rankWord reads a rank at token i: "14th", "twentyfifth", "second",
// "twenty-first", "one hundred and first". It returns the rank and the
// token after it.
func (s *scanner) rankWord(i int) (int64, int, bool) {
	ord := s.ordinals()
	switch t := s.tok(i); {
	case t.kind == tNum && len(t.low) <= 9:
		// "14th", "21st", "2nd", "3rd".
		suf := s.tok(i + 1)
		if suf.kind != tWord || !s.glued(i+1) || !ord.suffixOK(t.low, s.text[suf.start:suf.end]) {
			return s.scaledRank(i)
		}
		return atoiSmall(t.low), i + 2, true
	case t.kind == tWord:
		if o, ok := s.concatOrdinal(t.low); ok {
			return o, i + 1, true // "twentyfifth"
		}
		if w, ok := s.ordWordAt(i); ok && !w.afterMarker {
			if w.unitAfter.len() != 0 && (w.unitAfter.at(s.wordLow(i-1)) || s.tok(i-1).kind == tNum) && !s.rankNounAt(i+1) && !s.streakAfter(i) {
				return 0, i, false // "a second": a unit of time; not "a second straight year"
			}
			return w.rank, i + 1, true
		}
		return s.compoundRank(i)
	}
	return 0, i, false
}

// scaledRank reads digits at token i and an ordinal of a scale after
// them, glued by a hyphen or after a space: "the 20-millionth visitor"
// is the rank 20 times a million, "its 5 thousandth customer" 5 times a
// thousand. It returns the rank and the token after it.
func (s *scanner) scaledRank(i int) (int64, int, bool) {
	k := i + 1
	if s.isPunct(k, "-") && s.glued(k) && s.glued(k+1) {
		k++
	}
	w, ok := s.ordinals().words.get(s.tok(k).low)
	if !ok || w.afterMarker || !isScale(w.rank) || s.numberContinues(i) {
		return 0, i, false
	}
	base := atoiSmall(s.tok(i).low)
	if base <= 0 || base > math.MaxInt64/w.rank {
		return 0, i, false
	}
	return base * w.rank, k + 1, true
}

// rankScaled reads, at token k after the digits of a rank v, a scale
// word that multiplies it: "vị khách thứ 20 triệu" is the 20-millionth.
// It returns the rank and the token after it.
func (s *scanner) rankScaled(v int64, k int) (int64, int) {
	exp, next, ok := lookup(s, k, 2, s.scaleTable())
	if !ok || exp < 2 || exp > 12 {
		return v, k
	}
	if _, _, money := lookup(s, next, 3, s.currencySuffixes()); money {
		return v, k // a scale before a currency is an amount's, not the rank's
	}
	scale := int64(math.Pow10(exp))
	if v > math.MaxInt64/scale {
		return v, k
	}
	return v * scale, next
}

// isScale reports a rank that is a power of ten from a hundred up: the
// rank of "hundredth", "millionth".
func isScale(v int64) bool {
	if v < 100 {
		return false
	}
	for v%10 == 0 {
		v /= 10
	}
	return v == 1
}

// rankNounAt reports a noun a rank qualifies at token k, after a
// length adjective if one stands there: "a second term", "a second
// straight session" are ranks where "a second" alone is a unit of time.
func (s *scanner) rankNounAt(k int) bool {
	if s.cue(k, dcLengthAdj) {
		k++
	}
	_, _, ok := lookup(s, k, 3, s.ordinals().nouns)
	return ok
}

// streakAfter reports the words of a place in a streak after the rank at
// token i: "a second straight year", "a second year in a row".
func (s *scanner) streakAfter(i int) bool {
	_, _, ok := s.streakUnit(i, i+1)
	return ok
}

// compoundRank reads a cardinal then an ordinal word at token i:
// "twenty-first", "one hundred and first", "two thousandth".
func (s *scanner) compoundRank(i int) (int64, int, bool) {
	g := s.grammar()
	n, ok := s.parseWords(g, i)
	k := n.next
	if ok && s.hyphenAt(g, k) {
		k++
	}
	if !ok || s.tok(k).kind != tWord {
		return 0, i, false
	}
	w, ok := s.ordinals().words.get(s.tok(k).low)
	if !ok || w.afterMarker {
		return 0, i, false
	}
	base, ok := n.val.Int64()
	if !ok || base <= 0 {
		return 0, i, false
	}
	switch o := w.rank; {
	case o < 10 && base%10 == 0:
		return base + o, k + 1, true
	case o >= 100:
		return base * o, k + 1, true
	case o < 100 && base%100 == 0:
		return base + o, k + 1, true
	}
	return 0, i, false
}

// hyphenAt reports whether token k is a hyphen between number words.
func (s *scanner) hyphenAt(g *numGrammar, k int) bool {
	t := s.tok(k)
	return t.kind == tPunct && s.numAt(g, k).is(cHyphen)
}

// suffixOK reports whether suf, all lower or all upper case, is the
// suffix of the rank written with digits: "1st", "22ND", "113th".
func (o *ordinalLex) suffixOK(digits, suf string) bool {
	written := ""
	for _, sf := range o.suffixes {
		if suf == sf.suffix || suf == sf.upper {
			written = sf.suffix
			break
		}
	}
	if written == "" {
		return false
	}
	n := atoiSmall(digits)
	for _, sf := range o.suffixes {
		if sf.last < 0 || int(n%10) == sf.last && int(n%100) != sf.not {
			return written == sf.suffix
		}
	}
	return false
}

// ordinalSuffixOK reports whether suf is the English suffix of the rank
// written with digits: "1st", "22ND". The date rules read it too:
// "January 1st".
func (s *scanner) ordinalSuffixOK(digits, suf string) bool { return s.ordinals().suffixOK(digits, suf) }

// concatOrdinal reads an English tens word run together with an ordinal:
// "twentyfifth" → 25.
func (s *scanner) concatOrdinal(w string) (int64, bool) {
	if len(w) < 8 || !s.lang.tens.first.hasFirstByte(w[0]) || !s.ordinals().endsInSuffix(w) {
		return 0, false
	}
	for _, tens := range s.lang.tensWords {
		if len(w) > len(tens) && strings.HasPrefix(w, tens) {
			if o, ok := s.lang.ordinalWords.get(w[len(tens):]); ok && o < 10 {
				return int64(s.lang.tens.at(tens)) + o, true
			}
		}
	}
	return 0, false
}

// endsInSuffix reports whether w ends in a suffix of ranks.
func (o *ordinalLex) endsInSuffix(w string) bool {
	for _, sf := range o.suffixes {
		if strings.HasSuffix(w, sf.suffix) {
			return true
		}
	}
	return false
}
