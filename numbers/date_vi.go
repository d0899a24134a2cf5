package numbers

import (
	"time"
	"unicode"
)

// viWordAtom reads a Vietnamese date atom that starts with a word.
func (s *scanner) viWordAtom(j int, acc *dspec, f pflags) (dspec, int, bool) {
	if acc.d != 0 || acc.m != 0 {
		// "âm lịch", "Tết" after a day: the day is lunar.
		if a, next, ok := s.lunarAtom(j, acc); ok {
			return a, next, true
		}
	}
	if a, next, ok := s.lunarNamedAt(j); ok {
		return a, next, true // "Đêm giao thừa"
	}
	bits := s.dbits(j)
	if bits&dbFirst == 0 {
		return dspec{}, j, false
	}
	if a, next, ok := s.lunarDayAt(j); ok {
		return a, next, true // "rằm tháng Giêng"
	}
	// Days relative to today, with or without a part of the day:
	// "hôm nay", "ngày mai", "tối qua", "sáng nay".
	if bits&dbRelDay != 0 {
		if r, next, ok := lookup(s, j, 4, s.dates().relDays); ok {
			if r.vague || r.now && s.cfg.noNow {
				return dspec{}, j, false // "hôm trước": some day before; "bây giờ" (WithoutNow)
			}
			return dspec{rel: rel{r.grain(), r.n}, story: r.story, part: r.part, strong: true}, next, true
		}
	}
	if a, next, ok, done := s.viHeadAtom(j, acc, f); done {
		return a, next, ok
	}
	// A part of the day: "sáng", "chiều tối". It names no date alone.
	if bits&dbDayPart != 0 {
		if p, next, ok := lookup(s, j, 2, s.dates().dayParts); ok {
			if p == noPart {
				return dspec{}, j, false
			}
			return dspec{part: p}, next, true
		}
	}
	// Numbers in words: a day before "tháng" ("hai tư tháng bảy") or an
	// hour ("ba giờ rưỡi").
	if v, next, ok := s.viSmall(j); ok {
		if s.dw(next).period == GrainMonth && v >= 1 && v <= 31 {
			if _, _, ok := s.viMonthAt(next + 1); ok {
				return dspec{d: v, strong: true}, next, true
			}
		}
		if s.cue(next, dcHourWord) {
			return s.viClockRest(j, v, next)
		}
	}
	return dspec{}, j, false
}

// viHeadAtom reads the atoms that a head word begins: a day ("ngày 30",
// "mồng 3"), a period ("tháng 10", "năm 2030", "quý I", "tuần này"), a
// weekday ("thứ Hai", "Chủ nhật", "T2"), a part of a period ("đầu năm"),
// a half year ("nửa đầu năm"). done reports that token j has no other
// reading.
func (s *scanner) viHeadAtom(j int, acc *dspec, f pflags) (a dspec, next int, ok, done bool) {
	d := s.dw(j)
	if d.form&fNameStart != 0 {
		if wd, next, ok := lookup(s, j, 2, s.dates().weekdayName); ok {
			a, next, ok := s.viWeekdayDir(dspec{wd: wdOf(wd), strong: true}, next)
			return a, next, ok, true
		}
	}
	if a, next, ok := s.letterPeriod(j); ok {
		return a, next, true, true
	}
	switch {
	case d.cues&dcDayHead != 0:
		a, next, ok = s.viDay(j+1, j, acc, f)
	case d.cues&dcDayPrefix != 0:
		a, next, ok = s.viDay(j+1, j, acc, f|pfCtx)
	case d.period == GrainMonth:
		a, next, ok = s.viMonth(j)
	case d.period == GrainYear:
		if c, nx, found := s.lunarYearAt(j + 1); found {
			a, next, ok = s.viNamedYear(c, nx, acc)
			break
		}
		a, next, ok = s.viYear(j)
	case d.period == GrainQuarter:
		a, next, ok = s.viQuarter(j)
	case d.period == GrainWeek:
		if n, nx, found := lookup(s, j+1, 2, s.dates().relWords); found && !s.leadsDay(j+1, nx) {
			a, next, ok = dspec{rel: rel{GrainWeek, n}, strong: true}, nx, true
			break
		}
		a, next, ok = s.viWeekNumber(j)
	case d.cues&dcWeekdayHead != 0:
		a, next, ok = s.viWeekday(j, acc)
	case d.form&fWeekdayCaps != 0 || d.cues&dcWeekdayHeadShort != 0:
		a, next, ok = s.viShortWeekday(j, acc)
	case d.part != WholePeriod:
		a, next, ok = s.viPartOf(j, acc)
	case d.cues&dcHalfHead != 0:
		a, next, ok = s.viHalf(j)
	default:
		return dspec{}, j, false, false
	}
	if !ok {
		return dspec{}, j, false, true
	}
	return a, next, true, true
}

// viDay reads the day after "ngày", "mùng" or "mồng" at token k: "30",
// "mồng 3", "30/1", "30.1.2026", "ba mươi". Token at is the first word.
func (s *scanner) viDay(k, at int, acc *dspec, f pflags) (dspec, int, bool) {
	if s.cue(k, dcDayPrefix) {
		k++
	}
	// "ngày đầu tiên của tháng ba", "ngày cuối cùng của tháng 2".
	if d, next, ok := lookup(s, k, 2, s.dates().dayOfMonth); ok && s.cue(next, dcOf) && s.dw(next+1).period == GrainMonth {
		return dspec{d: d, strong: true, yearOK: true}, next, true
	}
	// "mỗi ngày 5 lần", "hàng ngày": a count of days.
	if s.cue(at-1, dcCountLead) && !s.cue(k-1, dcDayPrefix) {
		return dspec{}, at, false
	}
	if p := s.tok(at - 1); p.kind == tNum && !acc.hasTime && !s.daysOfMonth(k) {
		// "30 ngày 5 tháng"? a count; but the minutes of a time the
		// phrase has read count nothing: "19h30 ngày 20/11".
		return dspec{}, at, false
	}
	// "mồng 3 Tết", "ngày 15 tháng Giêng âm lịch": a day of the lunar
	// calendar, whose month and mark come next.
	lunar := s.lunarAfter(k + 1)
	if s.tok(k).kind == tNum {
		a, next, ok := s.viDayNumber(k, at, acc, f)
		a.lunar = lunar
		return a, next, ok
	}
	if v, next, ok := s.viSmall(k); ok && v >= 1 && v <= 31 {
		if s.cue(next, dcNotDay) {
			return dspec{}, at, false // "ngày hai lần"
		}
		if next == k+1 && s.dw(next).period != GrainMonth && !s.cue(k-1, dcDayPrefix) {
			// "ngày hai" alone is too vague ("ngày hai bên ký").
			return dspec{}, at, false
		}
		return dspec{d: v, strong: true, yearOK: true, lunar: lunar}, next, true
	}
	return dspec{}, at, false
}

// viDayNumber reads the day in digits after "ngày" at token k: "30",
// "30/1", "30.1.2026"; not "ngày 5 giờ".
func (s *scanner) viDayNumber(k, at int, acc *dspec, f pflags) (dspec, int, bool) {
	if a, next, ok := s.numDate(k, acc, f|pfCtx); ok {
		return a, next, true
	}
	v, n := s.intAt(k)
	if n > 2 || v < 1 || v > 31 || s.numberContinues(k) {
		return dspec{}, at, false
	}
	if s.cue(k+1, dcHourWord|dcHourLetter) {
		return dspec{}, at, false // "ngày 5 giờ"? not a day.
	}
	return dspec{d: v, strong: true, yearOK: true}, k + 1, true
}

// lunarAfter reports whether a lunar date goes on at token k: "Tết",
// "tháng Tết", "âm lịch", "tháng Giêng âm lịch".
func (s *scanner) lunarAfter(k int) bool {
	for n := 0; n < 6 && k < len(s.toks); n, k = n+1, k+1 {
		t := &s.toks[k]
		if t.kind != tWord {
			if t.kind == tNum && n == 0 {
				continue
			}
			return false
		}
		if _, _, ok := s.cueAt(k, 2, roleLunar); ok {
			return true
		}
		if !s.cue(k, dcLunarSkip) {
			return false
		}
	}
	return false
}

// viWeekNumber reads the number of a week of the year after the week's
// word at token j, in digits, with "thứ" before them or not: "tuần 32",
// "tuần thứ 32" are week 32, as "week 32" is; not "tuần thứ 2 của tháng
// 3", the second week of a month.
func (s *scanner) viWeekNumber(j int) (dspec, int, bool) {
	k := j + 1
	if s.markerAt(k) {
		k++
	}
	w, n := s.intAt(k)
	if n == 0 || n > 2 || w < 1 || w > 53 || s.numberContinues(k) || s.cue(k+1, dcOf) || s.dw(k+1).period == GrainMonth {
		return dspec{}, j, false
	}
	return dspec{week: w, strong: true}, k + 1, true
}

// viMonth reads "tháng 10", "tháng 10/2025", "tháng Mười", "tháng Giêng",
// "tháng này", "tháng 3 tới" at token j ("tháng").
func (s *scanner) viMonth(j int) (dspec, int, bool) {
	if n, next, ok := lookup(s, j+1, 2, s.dates().relWords); ok && !s.leadsDay(j+1, next) {
		return dspec{rel: rel{GrainMonth, n}, strong: true}, next, true
	}
	m, next, ok := s.viMonthAt(j + 1)
	if !ok {
		return dspec{}, j, false
	}
	a := dspec{m: m, strong: true, yearOK: true}
	if _, _, ok := s.cueAt(j+1, 1, roleLunarMonth); ok {
		a.lunar = true // "tháng Giêng", "tháng Chạp"
	}
	// "Tháng Mười Hai 29, 2013": a day and a year after a month in words.
	if s.tok(j+1).kind == tWord {
		if d, n := s.intAt(next); n > 0 && n <= 2 && validDay(0, m, d) && s.isPunct(next+1, ",") {
			if y, ny := s.intAt(next + 2); ny == 4 && y >= 1000 && y <= 2999 {
				a.d, a.y = d, y
				return a, next + 3, true
			}
		}
	}
	if s.isPunct(next, "/") || s.isPunct(next, "-") && s.glued(next) {
		if y, n := s.intAt(next + 1); n == 4 && y >= 1000 && y <= 2999 {
			a.y = y
			return a, next + 2, true
		}
		return dspec{}, j, false
	}
	if s.isPunct(next, ".") && s.glued(next) {
		if y, n := s.intAt(next + 1); n == 4 && y >= 1000 && y <= 2999 && s.glued(next+1) {
			a.y = y
			return a, next + 2, true
		}
	}
	// "tháng 3 tới", "tháng 3 vừa qua".
	if dir, nx, ok := s.cueAt(next, 2, roleAfterMonth); ok && dir != postNone {
		a.dir, next = dir, nx
	}
	return a, next, true
}

// leadsDay reports a relative word at tokens [j, next) after a period
// word that is rather the word before a day that follows it at once
// (date_cues.tsv, lead-back): "dự toán cả năm trước ngày 15/12" is the
// whole year's estimate before 15 December, not 15 December of last
// year, which is "ngày 15/12 năm trước". A comma keeps the relative:
// "Năm trước, ngày 15/12".
func (s *scanner) leadsDay(j, next int) bool {
	if _, n := s.leadBackAt(next - 1); n != next-j {
		return false
	}
	return s.cue(next, dcDayHead|dcDayPrefix) || s.tok(next).kind == tNum && s.isPunct(next+1, "/")
}

// viYear reads "năm 2030", "năm hai nghìn không trăm hai mươi tư",
// "năm MCMXCIX", "năm nay", "năm ngoái" at token j ("năm").
func (s *scanner) viYear(j int) (dspec, int, bool) {
	if n, next, ok := lookup(s, j+1, 2, s.dates().relWords); ok {
		if next == j+2 && s.cue(j+1, dcNoYear) || s.leadsDay(j+1, next) {
			return dspec{}, j, false // "năm đến", "năm kế"; "cả năm trước ngày 15/12"
		}
		return dspec{rel: rel{GrainYear, n}, strong: true}, next, true
	}
	if v, n := s.intAt(j + 1); n > 0 {
		if n < 3 || n > 4 || v < 100 || s.numberContinues(j+1) {
			return dspec{}, j, false
		}
		// "năm 2030" but not "năm 2.000 người" (read as a number).
		if nt := s.tok(j + 2); nt.kind == tPunct && (nt.low == "." || nt.low == ",") && s.glued(j+2) && s.tok(j+3).kind == tNum {
			return dspec{}, j, false
		}
		return dspec{y: v, strong: true}, j + 2, true
	}
	if v, ok := romanAt(s, j+1); ok && v >= 100 {
		return dspec{y: int(v), strong: true}, j + 2, true
	}
	if v, next, ok := s.viYearWords(j + 1); ok {
		return dspec{y: v, strong: true}, next, true
	}
	return dspec{}, j, false
}

// viNamedYear reads what follows the name of a year in the sixty-year
// cycle c, ending before token k. After a day or a month the name makes
// the day lunar by itself ("mùng 10/3 âm lịch năm Bính Ngọ", "mùng 10
// tháng 3 năm Đinh Mùi"); else the year of the calendar written after it,
// when the cycle names it, is the year: "năm Kỷ Dậu 1789" is 1789.
func (s *scanner) viNamedYear(c, k int, acc *dspec) (dspec, int, bool) {
	if acc.d != 0 || acc.m != 0 {
		return dspec{cycle: c, lunar: true}, k, true
	}
	if y, n := s.intAt(k); n == 4 && !s.numberContinues(k) && y%yearsOfCycle+1 == c {
		return dspec{y: y, strong: true}, k + 1, true
	}
	return dspec{}, k, false
}

// viQuarter reads "quý I/2026", "quý 1 năm 2026", "quý ba", "quý này" at
// token j ("quý").
func (s *scanner) viQuarter(j int) (dspec, int, bool) {
	if n, next, ok := lookup(s, j+1, 2, s.dates().relWords); ok && !s.leadsDay(j+1, next) {
		return dspec{rel: rel{GrainQuarter, n}, strong: true}, next, true
	}
	q, next := 0, j+2
	t := s.tok(j + 1)
	switch {
	case t.kind == tNum:
		v, n := s.intAt(j + 1)
		if n == 1 && !s.decimalComma(j+1) {
			q = v // not "vé quý 3,24 triệu đồng", a quarterly pass
		}
	case t.kind == tWord:
		if v, ok := romanAt(s, j+1); ok {
			q = int(v)
		} else if v, ok := parseRoman(stringsToUpper(t.low)); ok && len(t.low) <= 3 {
			q = int(v) // "quý iv"; "quý v" is no quarter
		} else if v, _, ok := s.cueAt(j+1, 1, roleQuarterNumber); ok {
			q = v // "quý ba", "quý cuối"
		}
	}
	if q < 1 || q > 4 {
		return dspec{}, j, false
	}
	a := dspec{q: q, strong: true}
	a.y, next = s.slashYear(next)
	return a, next, true
}

// decimalComma reports a comma and digits glued after the number at
// token j, the decimals of a Vietnamese number: "3,24" (a dot after a
// month or a quarter may part it from a year, "tháng 3.2026").
func (s *scanner) decimalComma(j int) bool {
	return s.isPunct(j+1, ",") && s.glued(j+1) && s.tok(j+2).kind == tNum && s.glued(j+2)
}

// slashYear reads the year after a period at token k: "/2026" in "quý
// I/2026", "Q3/2026", or a glued "-2026". It gives 0 and k when none is
// there.
func (s *scanner) slashYear(k int) (int, int) {
	if s.isPunct(k, "/") || s.isPunct(k, "-") && s.glued(k) {
		if y, n := s.intAt(k + 1); n == 4 && y >= 1000 && y <= 2999 {
			return y, k + 2
		}
	}
	return 0, k
}

// letterPeriod reads a quarter or a half year named by a letter glued to
// its number at token j, with the year after a slash if one is there:
// "Q1", "q3", "H2" (a capital: "h2" is no half), "Q3/2026" (date_cues.tsv,
// quarter-letter and half-letter).
func (s *scanner) letterPeriod(j int) (dspec, int, bool) {
	v, n := s.intAt(j + 1)
	if n != 1 || !s.glued(j+1) || s.tok(j+2).kind == tWord && s.glued(j+2) {
		return dspec{}, j, false // "H1N1", a strain: the letters go on
	}
	var a dspec
	switch {
	case s.cue(j, dcQuarterLetter) && v >= 1 && v <= 4:
		a = dspec{q: v, strong: true, yearOK: true}
	case s.cue(j, dcHalfLetter) && s.toks[j].upper && (v == 1 || v == 2):
		a = dspec{half: v, strong: true, yearOK: true}
	default:
		return dspec{}, j, false
	}
	y, next := s.slashYear(j + 2)
	a.y = y
	return a, next, true
}

// stringsToUpper upper-cases an ASCII word.
func stringsToUpper(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// viWeekday reads "thứ Hai", "thứ 2", "thứ năm tuần tới" at token j
// ("thứ") when it is a weekday and not a rank ("thứ hai thế giới").
func (s *scanner) viWeekday(j int, acc *dspec) (dspec, int, bool) {
	nt := s.tok(j + 1)
	var w time.Weekday
	switch nt.kind {
	case tNum:
		v, n := s.intAt(j + 1)
		if n != 1 || v < 2 || v > 7 || s.numberContinues(j+1) && !s.isPunct(j+2, ",") {
			return dspec{}, j, false
		}
		w = s.dates().weekdayHead.at(nt.low)
	case tWord:
		var ok bool
		w, ok = s.dates().weekdayHead.get(nt.low)
		if !ok {
			return dspec{}, j, false
		}
		// "thứ năm mươi", "thứ hai mươi": ranks.
		if s.viContinuesAt(j + 2) {
			return dspec{}, j, false
		}
	default:
		return dspec{}, j, false
	}
	if !(nt.kind == tWord && nt.upper) && !s.viWeekdayContext(j, acc) {
		return dspec{}, j, false
	}
	return s.viWeekdayDir(dspec{wd: wdOf(w), strong: true}, j+2)
}

// viWeekdayDir reads "tới", "này", "vừa rồi" after a weekday.
func (s *scanner) viWeekdayDir(a dspec, k int) (dspec, int, bool) {
	if dir, nx, ok := s.cueAt(k, 2, roleAfterWeekday); ok && dir != postNone {
		a.dir, k = dir, nx
	}
	return a, k, true
}

// viWeekdayContext reports whether the words around "thứ X" at token j make
// it a weekday: a date or "tuần" after it, a part of the day or "vào"
// before it, or "Thứ" written with a capital at the start of a line. A
// part of the day makes a weekday of digits ("tối thứ 2"), not of words
// in lower case, which news writes with a capital when they name the day
// ("tối thứ Hai"): "đêm thứ hai" is the second night.
func (s *scanner) viWeekdayContext(j int, acc *dspec) bool {
	digits := s.tok(j+1).kind == tNum
	if acc.part != noPart && digits || acc.hasDate() || acc.hasTime {
		return true
	}
	k := j + 2
	n := s.tok(k)
	switch {
	case s.cue(k, dcWeekdayNext):
		if s.rankOfNoun(j, k) {
			return false
		}
		if s.cue(k, dcOf) && s.dw(k+1).period != GrainWeek {
			return false // "thứ hai của công ty"; "thứ hai của tuần" is Monday
		}
		if s.cue(k, dcAfter) && !s.isPunct(k+1, ",") && s.tok(k+1).kind == tWord {
			return false
		}
		return true
	case n.kind == tPunct && (n.low == "(" || n.low == "," || n.low == "-"):
		if _, digits := s.intAt(k + 1); digits > 0 && digits <= 2 {
			return true // "thứ 7 (12/10)", "Thứ ba, 11h sáng"; not "năm Chính Hòa thứ 7 (1686)"
		}
		if n.low == "," && s.cue(k+1, dcDayHead) {
			return true
		}
	case n.kind == tNum:
		return s.isPunct(k+1, "/") || s.isPunct(k+1, "-") || s.isPunct(k+1, ".")
	}
	p := s.tok(j - 1)
	if p.kind == tWord {
		if _, ok := s.dates().dayParts.get(p.low); ok && digits {
			return true
		}
		if (s.cue(j-1, dcAnd) || s.cue(j-1, dcOr)) && s.rankEndsAt(j-2) {
			return false // "xếp thứ hai và thứ ba": a rank and a rank
		}
		if s.cue(j-1, dcWeekdayPrev) {
			return true
		}
	}
	// "Thứ năm, ngày ...", a line that starts with "Thứ Năm".
	if s.toks[j].upper && (j == 0 || p.kind == tPunct) && (n.kind == tPunct || k >= len(s.toks)) {
		return true
	}
	return false
}

// rankOfNoun reports "thứ X" at token j, X a number word in lower case,
// after a word that is no word of dates and before a word k that may
// follow any noun (a time lead, a part of the day, "sau"): the rank of
// that noun, "môn thứ hai lúc 8h35" (the second paper at 8:35), not
// Monday, which "vào thứ hai lúc 8h35" and "thứ Hai" are.
func (s *scanner) rankOfNoun(j, k int) bool {
	if s.tok(j+1).kind != tWord || s.tok(j+1).upper || j == 0 || s.toks[j-1].kind != tWord {
		return false
	}
	if s.dw(j-1).cues != 0 || s.dates().dayParts.has(s.toks[j-1].low) {
		return false
	}
	return s.cue(k, dcTimeLead|dcAfter) || s.dates().dayParts.has(s.tok(k).low)
}

// rankEndsAt reports a rank, the last mention read, that ends with token
// k: the first of two ranks joined by "và" ("thứ hai và thứ ba").
func (s *scanner) rankEndsAt(k int) bool {
	n := len(s.out)
	return k >= 0 && k < len(s.toks) && n > 0 && s.out[n-1].Kind == Ordinal && s.out[n-1].End == s.toks[k].end
}

// viShortWeekday reads "CN", "T2" ... "T7" written in capitals next to a
// date: "T2 (21/10)", "CN, 25/1".
func (s *scanner) viShortWeekday(j int, acc *dspec) (dspec, int, bool) {
	t, d := s.toks[j], s.dw(j)
	if !allUpper(s.text[t.start:t.end]) {
		return dspec{}, j, false
	}
	var w time.Weekday
	k := j + 1
	switch {
	case d.weekday != 0:
		w = time.Weekday(d.weekday - 1) // "CN"
	case d.cues&dcWeekdayHeadShort != 0:
		v, n := s.intAt(j + 1)
		if n != 1 || v < 2 || v > 7 || !s.glued(j+1) {
			return dspec{}, j, false
		}
		w = time.Weekday(v - 1) // "T2" is Monday
		k++
	default:
		return dspec{}, j, false
	}
	if acc.hasDate() || acc.part != noPart {
		return dspec{wd: wdOf(w), strong: true}, k, true
	}
	n := k
	if s.isPunct(n, ",") || s.isPunct(n, "(") {
		n++
	}
	if s.tok(n).kind == tNum && (s.isPunct(n+1, "/") || s.isPunct(n+1, ".") || s.isPunct(n+1, "-")) {
		return dspec{wd: wdOf(w), strong: true}, k, true
	}
	return dspec{}, j, false
}

// viPartOf reads "đầu năm 2026", "cuối tháng 3", "giữa tháng", "cuối năm
// nay", "cuối tuần" at token j.
func (s *scanner) viPartOf(j int, acc *dspec) (dspec, int, bool) {
	pp := s.dw(j).part
	k := j + 1
	if s.cue(k, dcPlural) {
		k++
	}
	var a dspec
	var next int
	var ok bool
	switch g := s.dw(k).period; g {
	case GrainMonth:
		a, next, ok = s.viMonth(k)
	case GrainYear:
		a, next, ok = s.viYear(k)
	case GrainQuarter:
		a, next, ok = s.viQuarter(k)
	case GrainWeek:
		if n, nx, found := lookup(s, k+1, 2, s.dates().relWords); found && !s.leadsDay(k+1, nx) {
			a, next, ok = dspec{rel: rel{GrainWeek, n}, strong: true}, nx, true
		}
	default:
		return dspec{}, j, false
	}
	if !ok {
		// "cuối tháng", "đầu năm", "cuối tuần": this one.
		a, next = dspec{rel: rel{s.dw(k).period, 0}, strong: true}, k+1
	}
	if a.rel.unit == NoGrain && !a.hasDate() {
		return dspec{}, j, false
	}
	a.pp = pp
	return a, next, true
}

// viHalf reads "nửa đầu năm", "nửa cuối năm 2025", "nửa sau năm" at token j.
func (s *scanner) viHalf(j int) (dspec, int, bool) {
	h, k, ok := s.cueAt(j+1, 2, roleHalfNumber)
	if !ok || s.dw(k).period != GrainYear {
		return dspec{}, j, false
	}
	a := dspec{half: h, strong: true}
	if y, next, ok := s.viYear(k); ok {
		if y.rel.unit == GrainYear {
			a.rel = y.rel
		} else {
			a.y = y.y
		}
		return a, next, true
	}
	return a, k + 1, true
}

// daysOfMonth reports whether token k starts days of one month, a day and
// then a day with its month: "11 và 12/6", "11, 12/6". After a count of
// days ("trong 2 ngày 11 và 12/6") they are the days, not more counting.
func (s *scanner) daysOfMonth(k int) bool {
	sep := s.tok(k + 1)
	return s.tok(k).kind == tNum && (s.cue(k+1, dcAnd) || sep.kind == tPunct && sep.low == ",") &&
		s.tok(k+2).kind == tNum && s.isPunct(k+3, "/") && s.tok(k+4).kind == tNum
}

// allUpper reports whether every letter of the word w is a capital: "CN".
func allUpper(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
