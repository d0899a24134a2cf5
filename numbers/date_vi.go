package numbers

import "time"

// viWordAtom reads a Vietnamese date atom that starts with a word.
func (s *scanner) viWordAtom(j int, acc *dspec, f pflags) (dspec, int, bool) {
	t := s.tok(j)
	bits := s.dbits(j)
	if bits&dbFirst == 0 {
		return dspec{}, j, false
	}
	// Days relative to today, with or without a part of the day:
	// "hôm nay", "ngày mai", "tối qua", "sáng nay".
	if bits&dbRelDay != 0 {
		if r, next, ok := lookup(s, j, 4, viRelDays); ok {
			if (t.low == "hôm" || t.low == "ngày") && next == j+2 && s.isWord(j+1, "trước") && !s.isWord(j+2, ",") {
				// "hôm trước", "ngày hôm trước" are vague; keep only "ngày hôm trước".
				if t.low == "hôm" {
					return dspec{}, j, false
				}
			}
			a := dspec{rel: rel{GrainDay, r.n}, strong: true}
			if p, _, ok := lookup(s, j, 2, viDayParts); ok {
				a.part = p
			}
			return a, next, true
		}
	}
	switch t.low {
	case "ngày":
		return s.viDay(j+1, j, acc, f)
	case "mùng", "mồng":
		return s.viDay(j+1, j, acc, f|pfCtx)
	case "tháng":
		return s.viMonth(j)
	case "năm":
		return s.viYear(j)
	case "quý":
		return s.viQuarter(j)
	case "tuần":
		if n, next, ok := lookup(s, j+1, 2, viRelWords); ok {
			return dspec{rel: rel{GrainWeek, n}, strong: true}, next, true
		}
		return dspec{}, j, false
	case "thứ":
		return s.viWeekday(j, acc)
	case "chủ", "chúa":
		if s.isWord(j+1, "nhật") {
			a := dspec{wd: wdOf(time.Sunday), strong: true}
			return s.viWeekdayDir(a, j+2)
		}
		return dspec{}, j, false
	case "cn", "t":
		return s.viShortWeekday(j, acc)
	case "đầu", "giữa", "cuối":
		return s.viPartOf(j, acc)
	case "nửa":
		return s.viHalf(j)
	}
	// A part of the day: "sáng", "chiều tối". It names no date alone.
	if bits&dbDayPart != 0 {
		if p, next, ok := lookup(s, j, 2, viDayParts); ok {
			if p == noPart {
				return dspec{}, j, false
			}
			return dspec{part: p}, next, true
		}
	}
	// Numbers in words: a day before "tháng" ("hai tư tháng bảy") or an
	// hour ("ba giờ rưỡi").
	if v, next, ok := s.viSmall(j); ok {
		if s.isWord(next, "tháng") && v >= 1 && v <= 31 {
			if _, _, ok := s.viMonthAt(next + 1); ok {
				return dspec{d: v, strong: true}, next, true
			}
		}
		if s.isWord(next, "giờ") {
			return s.viClockRest(j, v, next)
		}
	}
	return dspec{}, j, false
}

// viDay reads the day after "ngày", "mùng" or "mồng" at token k: "30",
// "mồng 3", "30/1", "30.1.2026", "ba mươi". Token at is the first word.
func (s *scanner) viDay(k, at int, acc *dspec, f pflags) (dspec, int, bool) {
	if s.isWord(k, "mùng") || s.isWord(k, "mồng") {
		k++
	}
	// "ngày đầu tiên của tháng ba", "ngày cuối cùng của tháng 2".
	if s.isWord(k, "đầu") && s.isWord(k+1, "tiên") || s.isWord(k, "cuối") && s.isWord(k+1, "cùng") {
		if s.isWord(k+2, "của") && s.isWord(k+3, "tháng") {
			d := 1
			if s.isWord(k, "cuối") {
				d = lastDay
			}
			return dspec{d: d, strong: true, yearOK: true}, k + 2, true
		}
	}
	// "mỗi ngày 5 lần", "các ngày 3": a count of days.
	if p := s.tok(at - 1); p.kind == tWord {
		switch p.low {
		case "mỗi", "hàng", "các", "những", "nhiều", "mấy", "vài", "từng", "cả", "trong":
			if !s.isWord(k-1, "mùng") && !s.isWord(k-1, "mồng") {
				if p.low != "các" && p.low != "những" && p.low != "trong" {
					return dspec{}, at, false
				}
			}
		}
	}
	if p := s.tok(at - 1); p.kind == tNum && !s.daysOfMonth(k) {
		return dspec{}, at, false // "30 ngày 5 tháng"? a count
	}
	// "mồng 3 Tết", "ngày 15 tháng Giêng âm lịch": the lunar calendar,
	// which Extract does not convert.
	if s.lunarAfter(k + 1) {
		return dspec{}, at, false
	}
	if s.tok(k).kind == tNum {
		if a, next, ok := s.numDate(k, acc, f|pfCtx); ok {
			return a, next, true
		}
		v, n := s.intAt(k)
		if n > 2 || v < 1 || v > 31 || s.numberContinues(k) {
			return dspec{}, at, false
		}
		// "ngày 5 giờ"? not a day.
		if nt := s.tok(k + 1); nt.kind == tWord && (nt.low == "giờ" || nt.low == "h") {
			return dspec{}, at, false
		}
		return dspec{d: v, strong: true, yearOK: true}, k + 1, true
	}
	if v, next, ok := s.viSmall(k); ok && v >= 1 && v <= 31 {
		if nt := s.tok(next); nt.kind == tWord && (nt.low == "giờ" || nt.low == "ngày" || nt.low == "tuần" || nt.low == "lần") {
			return dspec{}, at, false
		}
		if next == k+1 && !s.isWord(next, "tháng") && !s.isWord(k-1, "mùng") && !s.isWord(k-1, "mồng") {
			// "ngày hai" alone is too vague ("ngày hai bên ký").
			return dspec{}, at, false
		}
		return dspec{d: v, strong: true, yearOK: true}, next, true
	}
	return dspec{}, at, false
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
		switch t.low {
		case "tết":
			return true
		case "âm":
			return s.isWord(k+1, "lịch")
		case "tháng", "giêng", "chạp", "một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười":
			continue
		}
		return false
	}
	return false
}

// viMonth reads "tháng 10", "tháng 10/2025", "tháng Mười", "tháng Giêng",
// "tháng này", "tháng 3 tới" at token j ("tháng").
func (s *scanner) viMonth(j int) (dspec, int, bool) {
	if n, next, ok := lookup(s, j+1, 2, viRelWords); ok {
		return dspec{rel: rel{GrainMonth, n}, strong: true}, next, true
	}
	m, next, ok := s.viMonthAt(j + 1)
	if !ok {
		return dspec{}, j, false
	}
	a := dspec{m: m, strong: true, yearOK: true}
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
	switch {
	case s.isWord(next, "tới") || s.isWord(next, "sắp") && s.isWord(next+1, "tới"):
		a.dir = 1
		next++
		if s.isWord(next, "tới") {
			next++
		}
	case s.isWord(next, "vừa") && (s.isWord(next+1, "qua") || s.isWord(next+1, "rồi")):
		a.dir = -1
		next += 2
	}
	return a, next, true
}

// viYear reads "năm 2030", "năm hai nghìn không trăm hai mươi tư",
// "năm MCMXCIX", "năm nay", "năm ngoái" at token j ("năm").
func (s *scanner) viYear(j int) (dspec, int, bool) {
	if n, next, ok := lookup(s, j+1, 2, viRelWords); ok {
		if s.tok(j+1).low == "đến" || s.tok(j+1).low == "kế" && next == j+2 {
			return dspec{}, j, false
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

// viQuarter reads "quý I/2026", "quý 1 năm 2026", "quý ba", "quý này" at
// token j ("quý").
func (s *scanner) viQuarter(j int) (dspec, int, bool) {
	if n, next, ok := lookup(s, j+1, 2, viRelWords); ok {
		return dspec{rel: rel{GrainQuarter, n}, strong: true}, next, true
	}
	q, next := 0, j+2
	t := s.tok(j + 1)
	switch {
	case t.kind == tNum:
		v, n := s.intAt(j + 1)
		if n == 1 {
			q = v
		}
	case t.kind == tWord:
		if v, ok := romanAt(s, j+1); ok {
			q = int(v)
		} else if v, ok := parseRoman(stringsToUpper(t.low)); ok && len(t.low) <= 3 && (t.low == "i" || t.low == "ii" || t.low == "iii" || t.low == "iv") {
			q = int(v)
		} else {
			switch t.low {
			case "một", "nhất":
				q = 1
			case "hai":
				q = 2
			case "ba":
				q = 3
			case "bốn", "tư", "cuối":
				q = 4
			case "đầu":
				q = 1
			}
		}
	}
	if q < 1 || q > 4 {
		return dspec{}, j, false
	}
	a := dspec{q: q, strong: true}
	if s.isPunct(next, "/") || s.isPunct(next, "-") && s.glued(next) {
		if y, n := s.intAt(next + 1); n == 4 && y >= 1000 && y <= 2999 {
			a.y = y
			next += 2
		}
	}
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
		w = viWeekdayWords[nt.low]
	case tWord:
		var ok bool
		w, ok = viWeekdayWords[nt.low]
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
	switch {
	case s.isWord(k, "tới") || s.isWord(k, "sắp") && s.isWord(k+1, "tới"):
		a.dir = 1
		k++
		if s.isWord(k, "tới") {
			k++
		}
	case s.isWord(k, "vừa") && (s.isWord(k+1, "qua") || s.isWord(k+1, "rồi")):
		a.dir = -1
		k += 2
	case s.isWord(k, "trước") && !s.isWord(k+1, "đó"), s.isWord(k, "rồi"), s.isWord(k, "qua"):
		a.dir = -1
		k++
	}
	return a, k, true
}

// viWeekdayContext reports whether the words around "thứ X" at token j make
// it a weekday: a date or "tuần" after it, a part of the day or "vào"
// before it, or "Thứ" written with a capital at the start of a line.
func (s *scanner) viWeekdayContext(j int, acc *dspec) bool {
	if acc.part != noPart || acc.hasDate() || acc.hasTime {
		return true
	}
	k := j + 2
	n := s.tok(k)
	switch {
	case n.kind == tWord:
		switch n.low {
		case "tuần", "ngày", "này", "tới", "trước", "rồi", "vừa", "qua", "sáng", "chiều", "tối",
			"trưa", "đêm", "mùng", "mồng", "hôm", "sau", "lúc", "của":
			if n.low == "của" && !s.isWord(k+1, "tuần") {
				return false
			}
			if n.low == "sau" && !s.isPunct(k+1, ",") && s.tok(k+1).kind == tWord {
				return false
			}
			return true
		}
	case n.kind == tPunct && (n.low == "(" || n.low == "," || n.low == "-"):
		if s.tok(k+1).kind == tNum {
			return true
		}
		if n.low == "," && s.isWord(k+1, "ngày") {
			return true
		}
	case n.kind == tNum:
		return s.isPunct(k+1, "/") || s.isPunct(k+1, "-") || s.isPunct(k+1, ".")
	}
	p := s.tok(j - 1)
	if p.kind == tWord {
		if _, ok := viDayParts.words[p.low]; ok {
			return true
		}
		switch p.low {
		case "vào", "hôm", "từ", "đến", "tới", "các", "mỗi", "hàng", "trước", "sáng", "chiều", "tối", "và", "hoặc":
			return true
		}
	}
	// "Thứ năm, ngày ...", a line that starts with "Thứ Năm".
	if s.toks[j].upper && (j == 0 || p.kind == tPunct) && (n.kind == tPunct || k >= len(s.toks)) {
		return true
	}
	return false
}

// viShortWeekday reads "CN", "T2" ... "T7" written in capitals next to a
// date: "T2 (21/10)", "CN, 25/1".
func (s *scanner) viShortWeekday(j int, acc *dspec) (dspec, int, bool) {
	t := s.toks[j]
	raw := s.text[t.start:t.end]
	var w time.Weekday
	k := j + 1
	switch raw {
	case "CN":
		w = time.Sunday
	case "T":
		v, n := s.intAt(j + 1)
		if n != 1 || v < 2 || v > 7 || !s.glued(j+1) {
			return dspec{}, j, false
		}
		w = time.Weekday(v - 1)
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
	pp := Early
	switch s.toks[j].low {
	case "giữa":
		pp = Mid
	case "cuối":
		pp = Late
	}
	k := j + 1
	if s.isWord(k, "những") || s.isWord(k, "các") {
		k++
	}
	var a dspec
	var next int
	var ok bool
	switch {
	case s.isWord(k, "tháng"):
		a, next, ok = s.viMonth(k)
		if !ok {
			a, next, ok = dspec{rel: rel{GrainMonth, 0}, strong: true}, k+1, true
		}
	case s.isWord(k, "năm"):
		a, next, ok = s.viYear(k)
		if !ok {
			a, next, ok = dspec{rel: rel{GrainYear, 0}, strong: true}, k+1, true
		}
	case s.isWord(k, "quý"):
		a, next, ok = s.viQuarter(k)
		if !ok {
			a, next, ok = dspec{rel: rel{GrainQuarter, 0}, strong: true}, k+1, true
		}
	case s.isWord(k, "tuần"):
		if n, nx, ok2 := lookup(s, k+1, 2, viRelWords); ok2 {
			a, next, ok = dspec{rel: rel{GrainWeek, n}, strong: true}, nx, true
		} else {
			a, next, ok = dspec{rel: rel{GrainWeek, 0}, strong: true}, k+1, true
		}
	}
	if !ok {
		return dspec{}, j, false
	}
	if a.rel.unit == NoGrain && !a.hasDate() {
		return dspec{}, j, false
	}
	a.pp = pp
	return a, next, true
}

// viHalf reads "nửa đầu năm", "nửa cuối năm 2025", "nửa sau năm" at token j.
func (s *scanner) viHalf(j int) (dspec, int, bool) {
	h := 0
	switch {
	case s.isWord(j+1, "đầu"), s.isWord(j+1, "trước"):
		h = 1
	case s.isWord(j+1, "cuối"), s.isWord(j+1, "sau"), s.isWord(j+1, "còn") && s.isWord(j+2, "lại"):
		h = 2
	default:
		return dspec{}, j, false
	}
	k := j + 2
	if h == 2 && s.isWord(j+1, "còn") {
		k++
	}
	if !s.isWord(k, "năm") {
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
	return s.tok(k).kind == tNum && (sep.kind == tWord && sep.low == "và" || sep.kind == tPunct && sep.low == ",") &&
		s.tok(k+2).kind == tNum && s.isPunct(k+3, "/") && s.tok(k+4).kind == tNum
}
