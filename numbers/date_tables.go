package numbers

import "time"

// Words of dates and times. The tables are read-only; keys are lower case
// and NFC, with one space where the text has white space.

// viMonthWords are the month names after "tháng": "tháng Giêng",
// "tháng Mười", "tháng mười hai", "tháng Chạp".
var viMonthWords = newTable(map[string]int{
	"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
	"bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
	"chạp": 12, "một một": 11, "mười mốt": 11,
})

// viWeekdayWords are the weekdays after "thứ".
var viWeekdayWords = map[string]time.Weekday{
	"hai": time.Monday, "ba": time.Tuesday, "tư": time.Wednesday, "năm": time.Thursday,
	"sáu": time.Friday, "bảy": time.Saturday, "bẩy": time.Saturday,
	"2": time.Monday, "3": time.Tuesday, "4": time.Wednesday, "5": time.Thursday,
	"6": time.Friday, "7": time.Saturday,
}

// A dayPart is a part of the day: morning, noon, afternoon, evening, night.
type dayPart uint8

const (
	noPart    dayPart = iota
	dawn              // rạng sáng, early morning: hours as said
	morning           // sáng, morning, am
	noon              // trưa, noon: 11-12 as said, 1-2 in the afternoon
	afternoon         // chiều, afternoon, pm
	evening           // tối, evening, tonight
	night             // đêm, khuya, night: 6-11 are pm, 0-5 am
)

// pm converts an hour said with the part of the day to 24-hour time.
func (p dayPart) pm(h int) int {
	switch p {
	case afternoon, evening:
		if h < 12 {
			return h + 12
		}
	case noon:
		if h >= 1 && h <= 5 {
			return h + 12
		}
	case night:
		if h >= 6 && h < 12 {
			return h + 12
		}
		if h == 12 {
			return 0
		}
	case morning, dawn:
		if h == 12 {
			return 0
		}
	}
	return h
}

// viDayParts are the parts of the day in Vietnamese.
var viDayParts = newTable(map[string]dayPart{
	"sáng": morning, "sáng sớm": dawn, "rạng sáng": dawn, "buổi sáng": morning,
	"trưa": noon, "buổi trưa": noon, "chiều": afternoon, "buổi chiều": afternoon,
	"chiều tối": evening, "tối": evening, "buổi tối": evening, "đêm": night,
	"khuya": night, "đêm khuya": night, "tối muộn": night, "ban đêm": night,
	"ban ngày": noPart, "nửa đêm": night, "giữa trưa": noon, "xế chiều": afternoon,
	"sáng sáng": morning,
})

// A rel is a relative period: a unit and an offset from the reference.
type rel struct {
	unit Grain // GrainDay, GrainWeek, GrainMonth, GrainQuarter, GrainYear
	n    int
}

// viRelDays are the days named relative to today.
var viRelDays = newTable(map[string]int{
	"hôm nay": 0, "ngày hôm nay": 0, "bữa nay": 0, "hôm qua": -1, "ngày hôm qua": -1,
	"bữa qua": -1, "hôm kia": -2, "ngày hôm kia": -2, "ngày mai": 1, "ngày kia": 2,
	"ngày mốt": 2, "bây giờ": 0, "ngay bây giờ": 0, "ngay lúc này": 0, "hôm nay là": 0,
	"ngày hôm sau": 1, "hôm sau": 1, "ngày hôm trước": -1, "hôm trước": -1,
	"sáng nay": 0, "chiều nay": 0, "tối nay": 0, "trưa nay": 0, "đêm nay": 0,
	"sáng qua": -1, "chiều qua": -1, "tối qua": -1, "trưa qua": -1, "đêm qua": -1,
	"sáng mai": 1, "chiều mai": 1, "tối mai": 1, "trưa mai": 1, "đêm mai": 1,
	"khuya nay": 0, "khuya qua": -1, "rạng sáng nay": 0, "rạng sáng qua": -1,
	"buổi sáng nay": 0, "buổi chiều nay": 0, "buổi tối nay": 0,
})

// viRelUnits are the period words that take a relative word after them.
var viRelUnits = map[string]Grain{
	"tuần": GrainWeek, "tháng": GrainMonth, "năm": GrainYear, "quý": GrainQuarter,
}

// viRelWords are the words after a period word: "tuần này", "tháng trước",
// "năm ngoái", "quý tới".
var viRelWords = newTable(map[string]int{
	"này": 0, "nay": 0, "hiện tại": 0, "hiện nay": 0,
	"trước": -1, "ngoái": -1, "vừa qua": -1, "vừa rồi": -1, "qua": -1, "rồi": -1,
	"sau": 1, "tới": 1, "tiếp": 1, "tiếp theo": 1, "kế tiếp": 1, "kế": 1, "sắp tới": 1,
	"kế đến": 1, "đến": 1, "liền kề": -1,
})

// viDurUnits are the units of a Vietnamese duration, as Grains.
var viDurUnits = newTable(map[string]Grain{
	"năm": GrainYear, "tháng": GrainMonth, "tuần": GrainWeek, "ngày": GrainDay,
	"giờ": GrainHour, "tiếng": GrainHour, "tiếng đồng hồ": GrainHour, "phút": GrainMinute,
	"giây": grainSecond, "thập kỷ": grainDecade, "thập kỉ": grainDecade, "thập niên": grainDecade,
	"thế kỷ": grainCentury, "thế kỉ": grainCentury, "ngày đêm": GrainDay,
})

// Units of durations finer or coarser than the calendar grains.
const (
	grainSecond  Grain = 100
	grainDecade  Grain = 101
	grainCentury Grain = 102
)

// durUnitName is the canonical English unit of a duration.
func durUnitName(g Grain) string {
	switch g {
	case GrainYear:
		return "year"
	case GrainQuarter:
		return "quarter"
	case GrainMonth:
		return "month"
	case GrainWeek:
		return "week"
	case GrainDay:
		return "day"
	case GrainHour:
		return "hour"
	case GrainMinute:
		return "minute"
	case grainSecond:
		return "second"
	case grainDecade:
		return "decade"
	case grainCentury:
		return "century"
	}
	return ""
}

// enMonths maps English month names and abbreviations.
var enMonths = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// enMonthFull reports whether w is a month name written out (not an
// abbreviation), which is a date on its own: "March", "in May".
var enMonthFull = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "may": true,
}

// enWeekdays maps English weekday names and abbreviations.
var enWeekdays = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday,
	"tues": time.Tuesday, "wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday,
	"thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
}

// enWeekdayFull lists the weekday names written out.
var enWeekdayFull = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// enRelDays are the English days named relative to today, with the part of
// the day some of them carry.
type enRelDay struct {
	n    int
	part dayPart
}

var enRelDays = newTable(map[string]enRelDay{
	"today": {0, noPart}, "yesterday": {-1, noPart}, "tomorrow": {1, noPart},
	"tomorrows": {1, noPart}, "tmrw": {1, noPart}, "tonight": {0, evening}, "tonite": {0, evening},
	"now": {0, noPart}, "right now": {0, noPart}, "just now": {0, noPart},
	"the day after tomorrow": {2, noPart}, "day after tomorrow": {2, noPart},
	"the day before yesterday": {-2, noPart}, "day before yesterday": {-2, noPart},
	"this morning": {0, morning}, "this afternoon": {0, afternoon}, "this evening": {0, evening},
	"last night": {-1, night}, "yesterday evening": {-1, evening}, "yesterday morning": {-1, morning},
	"yesterday afternoon": {-1, afternoon}, "tomorrow morning": {1, morning},
	"tomorrow afternoon": {1, afternoon}, "tomorrow evening": {1, evening},
	"tomorrow night": {1, night}, "today evening": {0, evening}, "today morning": {0, morning},
	"at the moment": {0, noPart}, "at present": {0, noPart}, "at the present time": {0, noPart},
	"this night": {0, night}, "late tonight": {0, night}, "late last night": {-1, night},
	"tomorrow lunch": {1, noon}, "tomorrow at lunch": {1, noon}, "otd": {0, noPart},
	"the next day": {1, noPart}, "the following day": {1, noPart}, "the previous day": {-1, noPart},
	"the day before": {-1, noPart}, "the day after": {1, noPart},
	"earlier today": {0, noPart}, "later today": {0, noPart},
})

// enRelWords are the words before a period word: "this week", "next month".
var enRelWords = newTable(map[string]int{
	"this": 0, "current": 0, "the current": 0, "this coming": 1,
	"last": -1, "past": -1, "previous": -1, "the previous": -1, "the past": -1, "the last": -1,
	"next": 1, "coming": 1, "upcoming": 1, "following": 1, "the following": 1, "the next": 1,
	"the coming": 1, "the upcoming": 1, "this past": -1, "this upcoming": 1,
})

// enPeriods are the English period words.
var enPeriods = map[string]Grain{
	"week": GrainWeek, "wk": GrainWeek, "month": GrainMonth, "year": GrainYear, "yr": GrainYear,
	"quarter": GrainQuarter, "qtr": GrainQuarter, "weeks": GrainWeek, "months": GrainMonth,
	"years": GrainYear, "quarters": GrainQuarter,
}

// enDurUnits are the units of an English duration.
var enDurUnits = newTable(map[string]Grain{
	"year": GrainYear, "years": GrainYear, "yr": GrainYear, "yrs": GrainYear, "y": GrainYear,
	"month": GrainMonth, "months": GrainMonth, "mo": GrainMonth, "mos": GrainMonth,
	"week": GrainWeek, "weeks": GrainWeek, "wk": GrainWeek, "wks": GrainWeek, "w": GrainWeek,
	"day": GrainDay, "days": GrainDay, "d": GrainDay, "night": GrainDay, "nights": GrainDay,
	"hour": GrainHour, "hours": GrainHour, "hr": GrainHour, "hrs": GrainHour, "h": GrainHour,
	"minute": GrainMinute, "minutes": GrainMinute, "min": GrainMinute, "mins": GrainMinute,
	"second": grainSecond, "seconds": grainSecond, "sec": grainSecond, "secs": grainSecond,
	"decade": grainDecade, "decades": grainDecade, "century": grainCentury, "centuries": grainCentury,
	"business days": GrainDay,
	"fortnight":     grainFortnight, "fortnights": grainFortnight,
})

const grainFortnight Grain = 103

// enDayParts are the English parts of the day.
var enDayParts = newTable(map[string]dayPart{
	"morning": morning, "in the morning": morning, "this morning": morning,
	"afternoon": afternoon, "in the afternoon": afternoon, "in afternoon": afternoon,
	"evening": evening, "in the evening": evening, "this evening": evening,
	"night": night, "at night": night, "tonight": evening, "in the night": night,
	"early morning": dawn, "early in the morning": dawn, "in the early morning": dawn,
	"in the early hours of the morning": dawn, "in morning": morning,
})

// enOrdinalDays are the ordinal words of days of the month.
var enOrdinalDays = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// enFutureWords make a weekday, a bare clock time or "in N days" refer
// to the future when they come before it in the sentence.
var enFutureWords = map[string]bool{
	"will": true, "ll": true, "shall": true, "upcoming": true, "want": true, "wants": true,
	"hope": true, "hopes": true, "plan": true, "plans": true, "intend": true, "intends": true,
	"aim": true, "aims": true, "going": true, "expect": true, "expects": true,
	"scheduled": true, "slated": true, "due": true, "expected": true, "would": true,
	"ahead": true, "set": true,
}

// The bits of dateBits: which tables have a phrase that starts with a
// word. One map look-up per word tells the date rule which tables to try.
const (
	dbFirst   uint32 = 1 << iota // the word can begin a date, a range or a duration
	dbRelDay                     // viRelDays, enRelDays
	dbDayPart                    // viDayParts, enDayParts
	dbRelWord                    // viRelWords, enRelWords
	dbDurUnit                    // viDurUnits, enDurUnits
	dbMonth                      // enMonths
	dbWeekday                    // enWeekdays
	dbNumber                     // a number word
	dbLead                       // the word can begin a date or a range, not only a length of time
)

// viDateBits and enDateBits map the first words of the date tables to
// their bits. They are built once and never changed.
var viDateBits, enDateBits = buildDateBits()

func buildDateBits() (map[string]uint32, map[string]uint32) {
	vi, en := map[string]uint32{}, map[string]uint32{}
	first := func(m map[string]uint32, k string, bit uint32) { m[k[:keyBoundaries(k)[0]]] |= bit }
	for _, w := range []string{
		"ngày", "mùng", "mồng", "tháng", "năm", "quý", "tuần", "thứ", "chủ", "chúa", "cn", "t",
		"đầu", "giữa", "cuối", "nửa", "từ", "giai", "thời", "nhiệm", "niên", "trong", "kỷ", "kỉ",
		"mười", "mươi", "linh", "lẻ",
	} {
		vi[w] |= dbFirst
	}
	for k := range viRelDays.words {
		first(vi, k, dbFirst|dbRelDay)
	}
	for k := range viDayParts.words {
		first(vi, k, dbFirst|dbDayPart)
	}
	for k := range viRelWords.words {
		first(vi, k, dbRelWord)
	}
	for k := range viDurUnits.words {
		first(vi, k, dbDurUnit)
	}
	for _, k := range []string{"p", "s", "ph"} {
		vi[k] |= dbDurUnit
	}
	for k := range viDigits {
		vi[k] |= dbFirst | dbNumber
	}
	for k, q := range viQualifiers.words {
		first(vi, k, dbFirst)
		if q == Approx || q == AtMost {
			first(vi, k, dbLead)
		}
	}
	for _, w := range []string{
		"noon", "midday", "midnight", "mid", "q", "h", "year", "week", "early", "late", "beginning",
		"end", "middle", "start", "eom", "bom", "eoy", "boy", "the", "within", "from", "between",
		"since", "first", "second", "third", "fourth", "last", "final", "half", "quarter", "a", "an",
		"few", "couple", "mid-", "month",
	} {
		en[w] |= dbFirst
	}
	for k := range enMonths {
		en[k] |= dbFirst | dbMonth
	}
	for k := range enWeekdays {
		en[k] |= dbFirst | dbWeekday
	}
	for k := range enRelDays.words {
		first(en, k, dbFirst|dbRelDay)
	}
	for k := range enRelWords.words {
		first(en, k, dbFirst|dbRelWord)
	}
	for k := range enDayParts.words {
		first(en, k, dbFirst|dbDayPart)
	}
	for k := range enDurUnits.words {
		first(en, k, dbDurUnit)
	}
	for k := range enSmall {
		en[k] |= dbFirst | dbNumber
	}
	for k := range enTens {
		en[k] |= dbFirst | dbNumber
	}
	for k, q := range enQualifiers.words {
		first(en, k, dbFirst)
		if q == Approx || q == AtMost {
			first(en, k, dbLead)
		}
	}
	for k := range enOrdinalDays {
		en[k] |= dbFirst
	}
	// Every word that begins a date or a range, not only a length of time.
	lead := func(m map[string]uint32, only map[string]bool) {
		for w, b := range m {
			if b&(dbFirst|dbRelDay|dbDayPart|dbMonth|dbWeekday|dbNumber) != 0 && !only[w] {
				m[w] |= dbLead
			}
		}
	}
	qualOnly := func(t *phraseTable[Qualifier], m map[string]uint32) map[string]bool {
		only := map[string]bool{}
		for k := range t.words {
			w := k[:keyBoundaries(k)[0]]
			if m[w]&dbLead == 0 && m[w]&(dbRelDay|dbDayPart|dbMonth|dbWeekday|dbNumber) == 0 {
				only[w] = true
			}
		}
		return only
	}
	viOnly := qualOnly(viQualifiers, vi)
	enOnly := qualOnly(enQualifiers, en)
	for _, w := range []string{"a", "an", "few", "couple", "within", "trong", "kỷ", "kỉ", "half", "vài"} {
		enOnly[w], viOnly[w] = true, true
	}
	lead(vi, viOnly)
	lead(en, enOnly)
	return vi, en
}

// dbits returns the date-table bits of token j; 0 for a token that is not
// a word.
func (s *scanner) dbits(j int) uint32 {
	if j < 0 || j >= len(s.toks) || s.toks[j].kind != tWord {
		return 0
	}
	t := &s.toks[j]
	if !t.dbitsSet {
		if s.vi {
			t.dbits = viDateBits[t.low]
		} else {
			t.dbits = enDateBits[t.low]
		}
		t.dbitsSet = true
	}
	return t.dbits
}

// enPastWords are verbs in the past and words that tell of it.
var enPastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true, "met": true,
	"held": true, "went": true, "came": true, "took": true, "made": true, "gave": true, "saw": true,
	"left": true, "began": true, "won": true, "lost": true, "got": true, "sent": true, "spoke": true,
	"wrote": true, "found": true, "paid": true, "rose": true, "fell": true, "grew": true, "led": true,
	"ran": true, "became": true, "brought": true, "bought": true, "sold": true, "struck": true,
	"hit": false, "ago": true, "yesterday": true, "earlier": true, "last": true, "previous": true,
	"past": true, "spent": true, "kept": true, "felt": true, "stood": true, "drew": true, "chose": true,
	"flew": true, "knew": true, "thought": true, "taught": true, "caught": true, "fought": true,
	"sought": true, "meant": true, "heard": true, "hosted": true,
}

// enNotPast are words in -ed that tell of no past: "need", "scheduled".
var enNotPast = map[string]bool{
	"indeed": true, "speed": true, "proceed": true, "exceed": true, "succeed": true, "embed": true,
	"scheduled": true, "expected": true, "planned": true, "slated": true, "proposed": true,
	"intended": true, "hundred": true, "united": true, "limited": true, "advanced": true,
	"based": true, "related": true, "registered": true, "interested": true, "needed": true,
	"required": true, "allowed": true, "supposed": true, "designed": true, "aimed": true,
}

// dateStarters lists the words that can begin a date, a date range or a
// duration ("ngày", "tháng", "January", "from"...). Extract tries no rule at
// a word that no table starts with.
var dateStarters = buildDateStarters()

func buildDateStarters() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		// Vietnamese.
		"ngày", "mùng", "mồng", "tháng", "năm", "quý", "thứ", "chủ", "chúa", "cn", "t",
		"hôm", "bữa", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "buổi", "rạng", "xế",
		"tuần", "nửa", "đầu", "giữa", "cuối", "từ", "giai", "kỷ", "kỉ", "bây", "ngay",
		"lúc", "vào", "mai", "hai", "ba", "sáu", "bảy", "bẩy", "tám", "chín", "mười",
		"một", "bốn", "tư", "không", "thập", "thế", "suốt", "trong", "nhiệm", "dịp",
		// English.
		"today", "yesterday", "tomorrow", "tomorrows", "tmrw", "tonight", "tonite", "now",
		"right", "just", "this", "last", "next", "past", "previous", "coming", "upcoming",
		"following", "current", "from", "between", "early", "mid", "late", "beginning", "end",
		"middle", "noon", "midnight", "midday", "morning", "afternoon", "evening", "night",
		"q", "h", "half", "quarter", "first", "second", "third", "fourth", "day", "within",
		"otd", "earlier", "later", "year", "week", "month", "fortnight", "few", "couple",
		"decade", "century", "eom", "bom", "eoy", "boy", "eod", "hour", "minute", "sec", "moment", "present",
	} {
		m[w] = true
	}
	for w := range enMonths {
		m[w] = true
	}
	for w := range enWeekdays {
		m[w] = true
	}
	for k := range viRelDays.words {
		m[k[:keyBoundaries(k)[0]]] = true
	}
	for k := range enRelDays.words {
		m[k[:keyBoundaries(k)[0]]] = true
	}
	for k := range viDayParts.words {
		m[k[:keyBoundaries(k)[0]]] = true
	}
	return m
}
