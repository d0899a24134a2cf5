package numbers

import "strings"

// ordinal reads a rank at token i: "thứ hai", "thứ 2", "hạng 3",
// "đầu tiên", "Đại hội XIV", "lần thứ XIV", "second", "14th".
func (s *scanner) ordinal(i int) (Mention, int, bool) {
	if m, next, ok := s.fixedOrdinal(i); ok {
		return m, next, true
	}
	if s.vi {
		return s.ordinalVI(i)
	}
	return s.ordinalEN(i)
}

// ordinalAt makes an ordinal mention over tokens [i, next).
func (s *scanner) ordinalAt(i, next int, v int64, unit string) (Mention, int, bool) {
	if v <= 0 {
		return Mention{}, i, false
	}
	if u, end, ok := s.streakUnit(i, next); ok {
		// "thứ năm liên tiếp", "fifth straight day", "lần thứ 3 liên tiếp".
		if u != "" && (unit == "" || s.lex().streakNouns.has(s.tok(next).low)) {
			unit = u
		}
		next = end
	}
	m := Mention{Kind: Ordinal, Value: decimalOf(v), Unit: unit}
	s.span(&m, i, next)
	return m, next, true
}

// viOrdinalWords are the ranks said with a word of their own after "thứ".
var viOrdinalWords = map[string]int64{"nhất": 1, "nhì": 2, "tư": 4, "bốn": 4}

// viRomanHeads are the words after which a Roman or plain numeral is an
// ordinal, with the canonical noun of what is ranked.
// The names of events with editions are data: lang/vi/ordinal_heads.tsv.
var viRomanHeads = indexedTable(bitViRomanHeads, mergeTSV(map[string]string{
	"đại hội": "congress", "đại hội đảng": "congress", "đại hội đảng toàn quốc": "congress",
	"đại hội đại biểu toàn quốc": "congress", "khóa": "term", "khoá": "term",
	"nhiệm kỳ": "term", "quốc hội khóa": "term", "quốc hội khoá": "term",
	"hội nghị trung ương": "plenum", "hội nghị lần": "meeting", "thế kỷ": "century", "thế kỉ": "century",
	"phần": "part", "chương": "chapter", "mục": "section", "khoản": "clause", "phụ lục": "appendix",
	"quân khu": "military zone", "quý": "quarter", "kỳ họp": "session", "hội nghị": "meeting",
	"lần": "time", "vòng": "round", "giải": "prize", "hạng": "place", "tập": "volume",
	"đoạn": "paragraph", "số": "number", "điều": "article", "năm": "year",
	"phút": "minute", "hiệp": "half", "đợt": "phase", "giai đoạn": "phase", "cấp": "level",
	"vòng bảng": "group round", "bảng": "group", "tuyến số": "line", "tuyến": "line",
	"quy hoạch điện": "plan", "kế hoạch": "plan", "bão số": "storm", "cơn bão số": "storm",
	"áp thấp nhiệt đới số": "tropical depression", "báo động": "level", // "báo động 3", alert level 3
}, "vi", fileOrdinalHeads))

// viWeekdayNext lists the words after "thứ" that make "thứ hai" a weekday.
var viWeekdayNext = map[string]bool{
	"tuần": true, "ngày": true, "này": true, "tới": true, "trước": true, "rồi": true,
	"vừa": true, "qua": true, "hàng": true, "sáng": true, "chiều": true, "tối": true,
}

func (s *scanner) ordinalVI(i int) (Mention, int, bool) {
	t := s.tok(i)
	if t.kind != tWord {
		return Mention{}, i, false
	}
	switch t.low {
	case "thứ":
		return s.thuVI(i, i, "")
	case "hạng":
		if n, ok := s.parseNum(i+1, numOpts{}); ok && n.val.Exp() >= 0 && !n.scaled && !n.sep {
			v, _ := n.val.Int64()
			return s.ordinalAt(i, n.next, v, "place")
		}
		if v, ok := viOrdinalWords[s.tok(i+1).low]; ok && s.tok(i+1).kind == tWord {
			return s.ordinalAt(i, i+2, v, "place")
		}
		if d, ok := viDigits[s.tok(i+1).low]; ok && d > 0 && s.tok(i+1).kind == tWord {
			return s.ordinalAt(i, i+2, int64(d), "place")
		}
	case "đầu":
		if s.isWord(i+1, "tiên") {
			return s.ordinalAt(i, i+2, 1, "")
		}
	}
	// A head word that takes a numeral: "Đại hội XIV", "khóa XV", "Hội nghị Trung ương 8".
	head, j, ok := lookup(s, i, 5, viRomanHeads)
	if !ok {
		return Mention{}, i, false
	}
	if s.isWord(j, "lần") && s.isWord(j+1, "thứ") && head != "time" {
		j++ // "Đại hội lần thứ XIV": the congress, said the nth time
	}
	if s.isWord(j, "thứ") {
		// "lần thứ XIV", "kỳ họp thứ 10".
		return s.thuVI(i, j, head)
	}
	if head == "time" || head == "round" || head == "prize" || head == "place" || head == "quarter" {
		return Mention{}, i, false // "lần 2", "quý I" belong to other rules
	}
	if head == "number" || head == "year" || head == "plan" {
		// "số" and "năm" take only Roman numerals: "tổng số 52 quốc gia" is
		// a count, "năm 2030" a year.
		if v, ok := romanNumeralAt(s, j, true); ok {
			if head == "year" {
				m := Mention{Kind: Number, Value: decimalOf(v)}
				s.span(&m, i, j+1)
				return m, j + 1, true
			}
			return s.ordinalAt(i, j+1, v, head)
		}
		if head == "number" && s.lineBefore(i) {
			// "tuyến metro số 2", "tuyến đường sắt đô thị số 2": line 2.
			more := (s.isPunct(j+1, ",") || s.isPunct(j+1, ".") || s.isPunct(j+1, "/")) && s.tok(j+2).kind == tNum && s.glued(j+2)
			if nt := s.tok(j); nt.kind == tNum && len(nt.low) <= 2 && !more {
				return s.ordinalAt(i, j+1, atoiSmall(nt.low), "line")
			}
		}
		return Mention{}, i, false
	}
	if head == "half" || head == "phase" {
		// "hiệp một", "đợt hai", "lượt đi" has no number.
		if d, ok := viDigits[s.tok(j).low]; ok && d > 0 && s.tok(j).kind == tWord {
			return s.ordinalAt(i, j+1, int64(d), head)
		}
	}
	if v, ok := romanNumeralAt(s, j, true); ok {
		return s.ordinalAt(i, j+1, v, head)
	}
	if _, _, scaled := lookup(s, j+1, 2, viScales); scaled {
		return Mention{}, i, false // "khẩn cấp 500 tỷ đồng" is money
	}
	if _, _, money := lookup(s, j+1, 3, viCurrencies); money {
		return Mention{}, i, false
	}
	decimal := (s.isPunct(j+1, ",") || s.isPunct(j+1, ".")) && s.tok(j+2).kind == tNum && s.glued(j+2)
	if nt := s.tok(j); nt.kind == tNum && len(nt.low) <= 3 && !s.isPunct(j+1, "/") && !decimal {
		v := atoiSmall(nt.low)
		return s.ordinalAt(i, j+1, v, head)
	}
	return Mention{}, i, false
}

// lineBefore reports whether "tuyến" (a line: of metro, bus, road) names
// what the "số" at token i numbers, within the five words before it.
func (s *scanner) lineBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := s.tok(k)
		if t.kind != tWord {
			return false
		}
		if t.low == "tuyến" {
			return true
		}
	}
	return false
}

// thuVI reads "thứ N" at token j; the mention starts at token i.
func (s *scanner) thuVI(i, j int, unit string) (Mention, int, bool) {
	nt := s.tok(j + 1)
	if v, ok := romanNumeralAt(s, j+1, true); ok && !isVIDigit(nt.low) {
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
		if n.kind == tWord && viWeekdayNext[n.low] {
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
		return s.ordinalAt(i, j+2, v, unit)
	}
	if nt.kind != tWord {
		return Mention{}, i, false
	}
	if v, ok := viOrdinalWords[nt.low]; ok {
		if after(j + 2) {
			return Mention{}, i, false
		}
		return s.ordinalAt(i, j+2, v, unit)
	}
	n, ok := s.parseOrdinalWordsVI(j + 1)
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

// parseOrdinalWordsVI reads the number after "thứ", where "năm" is five
// ("thứ năm") and "tư" is four.
func (s *scanner) parseOrdinalWordsVI(j int) (num, bool) {
	t := s.tok(j)
	if d, ok := viDigits[t.low]; ok && d > 0 && t.kind == tWord && !s.viContinuesAt(j+1) {
		return num{val: decimalOf(int64(d)), next: j + 1, words: true}, true
	}
	switch t.low {
	case "năm":
		if !s.viContinuesAt(j + 1) {
			return num{val: decimalOf(5), next: j + 1, words: true}, true
		}
	case "tư":
		return num{val: decimalOf(4), next: j + 1, words: true}, true
	}
	s.ordinalWords = true
	n, ok := s.parseWordsVI(j)
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

// isVIDigit reports whether w is a Vietnamese digit word: "thứ năm" is a
// weekday or the ordinal five, never the Roman numeral.
func isVIDigit(w string) bool {
	_, ok := viDigits[w]
	return ok
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

// enOrdinals maps English ordinal words to their rank.
var enOrdinals = map[string]int64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"thousandth": 1000, "millionth": 1000000, "billionth": 1000000000, "trillionth": 1000000000000,
	"nineth": 9,
}

// enOrdinalNouns are the nouns a rank often qualifies: "14th Congress",
// "the 47th minute". They are data: lang/en/ordinal_nouns.tsv.
var enOrdinalNouns = indexedTable(bitEnOrdinalNouns, readTSV("en", fileOrdinalNouns))

// enOrdinalHeads are the nouns a number labels in English: "level 14",
// "Phase 2", "Metro Line 2", "Storm No. 11".
var enOrdinalHeads = map[string]string{
	"level": "level", "phase": "phase", "line": "line", "no.": "number", "no": "number",
	"stage": "phase", "grade": "level", "category": "level", "plan": "plan",
}

// enOrdinalHeadPhrases are the names of events whose number is their
// edition: "SEA Games 31". They are data: lang/en/ordinal_heads.tsv.
var enOrdinalHeadPhrases = indexedTable(bitEnOrdinalHeads, readTSV("en", fileOrdinalHeads))

func (s *scanner) ordinalEN(i int) (Mention, int, bool) {
	t := s.tok(i)
	head, j, ok := lookup(s, i, 3, enOrdinalHeadPhrases)
	if !ok && t.kind == tWord {
		head, ok = enOrdinalHeads[t.low]
		j = i + 1
	}
	if ok {
		if s.isPunct(j, ".") && s.glued(j) {
			j++
		}
		decimal := (s.isPunct(j+1, ",") || s.isPunct(j+1, ".")) && s.tok(j+2).kind == tNum && s.glued(j+2)
		if n := s.tok(j); n.kind == tNum && len(n.low) <= 3 && !decimal && !s.isPunct(j+1, "/") && !(s.tok(j+1).kind == tWord && s.glued(j+1)) {
			return s.ordinalAt(i, j+1, atoiSmall(n.low), head)
		}
		return Mention{}, i, false
	}
	var v int64
	j = i
	switch {
	case t.kind == tNum && len(t.low) <= 9:
		// "14th", "21st", "2nd", "3rd".
		suf := s.tok(i + 1)
		if suf.kind != tWord || !s.glued(i+1) {
			return Mention{}, i, false
		}
		w := s.text[suf.start:suf.end]
		if !ordinalSuffixOK(t.low, w) {
			return Mention{}, i, false
		}
		v, j = atoiSmall(t.low), i+2
	case t.kind == tWord:
		if o, ok := concatOrdinal(t.low); ok {
			v, j = o, i+1 // "twentyfifth"
			break
		}
		if o, ok := enOrdinals[t.low]; ok {
			if t.low == "second" && (s.isWord(i-1, "a") || s.isWord(i-1, "per") || s.isWord(i-1, "one") || s.tok(i-1).kind == tNum) {
				return Mention{}, i, false // a unit of time
			}
			v, j = o, i+1
			break
		}
		// "twenty-first", "one hundred and first": a cardinal then an ordinal.
		n, ok := s.parseWordsEN(i)
		k := n.next
		if ok && (s.isPunct(k, "-") || s.isPunct(k, "—") || s.isPunct(k, "–")) {
			k++
		}
		if !ok || s.tok(k).kind != tWord {
			return Mention{}, i, false
		}
		o, ok := enOrdinals[s.tok(k).low]
		if !ok {
			return Mention{}, i, false
		}
		base, ok := n.val.Int64()
		if !ok {
			return Mention{}, i, false
		}
		switch {
		case o < 10 && base%10 == 0 && base > 0:
			v = base + o
		case o >= 100 && base > 0:
			v = base * o
		case o < 100 && base%100 == 0 && base > 0:
			v = base + o
		default:
			return Mention{}, i, false
		}
		j = k + 1
	default:
		return Mention{}, i, false
	}
	unit, end, ok := lookup(s, j, 3, enOrdinalNouns)
	if ok && s.numberWord(j) {
		j = end // "the second half": the noun is no number of its own
	}
	return s.ordinalAt(i, j, v, unit)
}

// ordinalSuffixOK checks the English suffix of a numeric ordinal.
func ordinalSuffixOK(digits, suf string) bool {
	switch suf {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
	default:
		return false
	}
	n := atoiSmall(digits)
	want := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	return strings.ToLower(suf) == want
}

// concatOrdinal reads a tens word run together with an ordinal:
// "twentyfifth" → 25.
func concatOrdinal(w string) (int64, bool) {
	if len(w) < 8 || !(strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")) {
		return 0, false
	}
	for _, tens := range tensWords {
		if len(w) > len(tens) && strings.HasPrefix(w, tens) {
			if o, ok := enOrdinals[w[len(tens):]]; ok && o < 10 {
				return int64(enTens[tens]) + o, true
			}
		}
	}
	return 0, false
}

// tensWords are the keys of enTens, in a fixed order.
var tensWords = [...]string{"twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"}
