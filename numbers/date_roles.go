package numbers

import "strconv"

// The roles of lang/LANG/date_cues.tsv: the words that the date, time and
// length rules match by what they do in a phrase, not by how a language
// spells them. A one-word role is a bit of the word's record (cue tests
// it); a phrase role is a phrase table with a value (cueAt reads it).

// A cueSet is a set of one-word roles.
type cueSet uint64

// The one-word roles.
const (
	dcArticle          cueSet = 1 << iota // the definite article: "the"
	dcIndefinite                          // the indefinite article: "a", "an"
	dcOf                                  // what links a part to its whole: "of", "của"
	dcIn                                  // "in": "in 2030", "in two weeks"
	dcOn                                  // "on": "on Sat"
	dcThis                                // the demonstrative: "this" (the month of "this month")
	dcAt                                  // "at": "at three twenty"
	dcAnd                                 // "and", "và"
	dcAfter                               // "after", "sau"
	dcBefore                              // "before"
	dcFrom                                // "from"
	dcWithin                              // "within": a range from the reference day
	dcOver                                // a qualifier that before the article means during: "over the next six months"
	dcPer                                 // opens a denominator by itself: "per"
	dcDay                                 // the word for day: "day"
	dcHalf                                // the word for half: "half"
	dcLast                                // the ordinal last: "last", "final"
	dcHundred                             // the scale word hundred, in a year in words
	dcThousand                            // the scale word thousand, in a year in words
	dcQuarterLetter                       // the letter of a quarter glued to its number: "Q1"
	dcHalfLetter                          // the letter of a half year glued to its number: "H1"
	dcHourLetter                          // the letter of hours glued to a number: "5h"
	dcHourWord                            // the word of a clock hour: "giờ", "oclock"
	dcOrdinalSuffix                       // a suffix of an ordinal day: "th", "st"
	dcYearZero                            // a zero said in a year in words: "nineteen oh five"
	dcMinuteZero                          // a zero said before minutes in words: "ten oh five"
	dcClockPast                           // minutes past an hour: "half past three"
	dcClockTo                             // minutes to an hour: "a quarter to five"
	dcMonthPrep                           // a word that takes a month after it: "in March", "since May"
	dcMonthNext                           // a word after a month that is an everyday word that keeps it a month: "May and June"
	dcWeekdayPrev                         // a word before an abbreviated weekday that makes it one: "on Sat", "vào thứ Hai"
	dcWeekdayNext                         // a word after a weekday that makes it one: "Sat at 5", "thứ Hai tuần tới"
	dcVerbLast                            // a relative word that is also a verb of length: "will last two hours"
	dcAux                                 // an auxiliary before that verb: "will", "should"
	dcLengthAdj                           // a word between a count and its unit of time: "three straight days"
	dcFuture                              // a word that points to the future: "will", "scheduled"
	dcDayHead                             // the word that heads a day: "ngày"
	dcDayPrefix                           // the word before a day of the month, or a lunar day: "mùng", "mồng"
	dcWeekdayHead                         // the word that heads a weekday: "thứ"
	dcWeekdayHeadShort                    // that word abbreviated in capitals, glued to its number: "T2"
	dcHalfHead                            // the word that heads a half year: "nửa"
	dcCountLead                           // a word before the day word that makes it a count of days: "mỗi ngày"
	dcNotDay                              // a word after "ngày" and a number in words that makes it no day: "ngày hai lần"
	dcLunarSkip                           // a word of a date that may come before a lunar mark: "tháng", "giêng"
	dcPlural                              // a plural marker before a period: "những", "các"
	dcStart                               // a word that can begin a date, a range or a length of time
	dcLengthStart                         // a word that begins a length of time, never a date: "within", "a few"
	dcStarter                             // a word that can begin a date mention at all (dateStarters)
	dcConnector                           // a word that joins two parts of one date: "lúc", "at", "of"
	dcOr                                  // a word that lists another date after one: "or", "hoặc"
	dcDateCue                             // a word right before digits that makes them a date: "từ", "since"
	dcLeadSkip                            // a word between a lead-back phrase and its date: "the"
	dcPeriodFrom                          // after a period opener, the word a range starts with: "từ"
	dcApproxAt                            // after an approximation, a word before the time: "khoảng lúc"
	dcNumDate                             // a word after a number that may make it a date: "tháng", "pm", "to"
	dcArticleDate                         // a word after the article that may make a date: "the next", "the end"
	dcFirst                               // the ordinal first: "the first three months"
	dcDecadeSuffix                        // the letter after the year of a decade: "1990s", "the 1990 s"
	dcCentury                             // the word century after its ordinal: "the 21st century"
	dcDayEnd                              // a word after "the 15th" that keeps it a day: "of", "at", "morning"
	dcYearLead                            // a word before four digits that makes them a year: "in", "năm"
	dcDurationCue                         // a word before a number that makes it a count, not a time: "trong", "for"
	dcTimeLead                            // a word before a clock time: "at", "lúc"
	dcNoYear                              // a relative word that does not follow the year word alone: "năm đến" (date_relative_words.tsv)
)

// A dateRole is a phrase role: a table of phrases and their values.
type dateRole uint8

// The phrase roles.
const (
	roleAnniversary   dateRole = iota + 1 // before a length of years that is an anniversary: "kỷ niệm"
	roleLengthLead                        // before a length, outside the mention: "trong vòng"
	roleLengthAfter                       // after a length, which way it is counted: "ago" -2, "qua" -1
	roleLengthFrom                        // after a length, before the day it starts: "starting from"
	roleLengthCount                       // a count of units of time in words: "a few" 3 (read into counts)
	roleHalfAfter                         // a half after a unit: "rưỡi"; value joined: only after "and"
	roleNamedHour                         // an hour by its name: "noon" 12
	roleClockFraction                     // a part of an hour: "quarter" 15
	roleOClock                            // the word after an hour in words: "o'clock"
	roleWeekOf                            // after "week", before the date it holds: "commencing"
	roleAfterNext                         // after a period, one more on: "the week after next"
	roleLunar                             // a mark of the lunar calendar after a date: "âm lịch" 0 (lunarMark); the New Year, whose days are the first month's: "Tết" 1 (lunarNewYear)
	roleAfterMonth                        // after a month, which one: "tới" 1, "vừa qua" -1
	roleAfterWeekday                      // after a weekday, which one: "tới" 1, "trước đó" 0
	roleQuarterNumber                     // after the quarter word, which quarter: "ba" 3, "cuối" 4
	roleHalfNumber                        // after the half word, which half: "đầu" 1, "cuối" 2
	roleLeadBack                          // before a date, what it means: "by" atmost-by, "kể từ" atleast
	roleMonthsLead                        // before a count of months that may be of this year: "trong", "during"
	roleNow                               // the open end of a range, the reference day: "nay", "to date"
	rolePostQualifier                     // after a date, which way it is open: "trở đi" atleast, "or earlier" atmost
	roleDateWord                          // a word that begins a date, besides months and weekdays: "the", "next"
	roleUntil                             // before a time alone, a deadline that points ahead: "until", "đến hết"
	roleFuture                            // a phrase that points to the future: "dự kiến" (one word: the future role)
	rolePast                              // a word that says the past, nearer a date than a word of the future: "issued", "đã"
	roleTimeMark                          // after the hour of a clock time: "h", "giờ", "pm"
	roleHourGlued                         // the letter of hours glued after the hour: "17h", "9g"
	roleClockLead                         // before three or four digits that are a time: "at 1030"
	roleClockAfter                        // after an hour in English: "noon" (clockNoon), "ish" (clockIsh)
	roleOpener                            // opens a date or a range: "từ" from, "between" between
	roleRangeSep                          // between the ends of a range: "đến"; value between: only after that opener
	roleDecadeLead                        // before the year of a decade, which makes it the ten years: "những năm", "thập niên"
	roleLengthTail                        // after what reads as a clock time, words that make it a length: "thi đấu", "of play"
	roleCopula                            // between a clause that a day head opens and its date: "là" of "Ngày đăng ký cuối cùng là 28/4"
	roleMonthsLetter                      // the capital glued to a count of months that makes it this year's first ones: "9T/2026", "9M2026"
	roleDateHead                          // a noun of a day that heads a clause, a word or two before its date: "phiên" of "phiên giao dịch 17/3"
	roleLengthHead                        // a noun of a length of time that heads a clause, before its copula: "thời gian" of "Thời gian thông quan là 1 giờ 48 phút"
	roleLunarMonth                        // a month of the lunar calendar: "giêng" 1, "chạp" 12; "lunar month" 0 after an ordinal ("the third lunar month")
	roleLunarDay                          // a day of the lunar month by its name, before its month: "rằm" 15
	roleYearStem                          // the stem of a year's name in the sixty-year cycle, its year mod 10: "đinh" 7
	roleYearBranch                        // the branch of that name, its year mod 12: "mùi" 11
	roleZodiacYear                        // a lunar year by its animal, the branch of its name: "year of the monkey" 0
	roleLunarNamed                        // a lunar day by its name, its month*100 + day: "lunar new year's day" 101; 0 the New Year's eve: "giao thừa"
	numRoles
)

// A roleDef names a role in date_cues.tsv.
type roleDef struct {
	bit  cueSet
	role dateRole
}

// dateRoles maps the role names of date_cues.tsv to the roles.
var dateRoles = map[string]roleDef{
	"article": {bit: dcArticle}, "indefinite": {bit: dcIndefinite}, "of": {bit: dcOf},
	"in": {bit: dcIn}, "on": {bit: dcOn}, "and": {bit: dcAnd}, "this": {bit: dcThis}, "at": {bit: dcAt}, "after": {bit: dcAfter},
	"before": {bit: dcBefore}, "from": {bit: dcFrom}, "within": {bit: dcWithin},
	"over": {bit: dcOver}, "per": {bit: dcPer}, "day": {bit: dcDay}, "half": {bit: dcHalf},
	"last": {bit: dcLast}, "hundred": {bit: dcHundred}, "thousand": {bit: dcThousand},
	"quarter-letter": {bit: dcQuarterLetter}, "half-letter": {bit: dcHalfLetter},
	"hour-letter": {bit: dcHourLetter}, "hour-word": {bit: dcHourWord},
	"ordinal-suffix": {bit: dcOrdinalSuffix}, "year-zero": {bit: dcYearZero},
	"minute-zero": {bit: dcMinuteZero}, "clock-past": {bit: dcClockPast}, "clock-to": {bit: dcClockTo},
	"month-prep": {bit: dcMonthPrep}, "month-next": {bit: dcMonthNext},
	"weekday-prev": {bit: dcWeekdayPrev}, "weekday-next": {bit: dcWeekdayNext},
	"verb-last": {bit: dcVerbLast}, "aux": {bit: dcAux}, "length-adjective": {bit: dcLengthAdj},
	"future": {bit: dcFuture}, "day-head": {bit: dcDayHead}, "day-prefix": {bit: dcDayPrefix},
	"weekday-head": {bit: dcWeekdayHead}, "weekday-head-short": {bit: dcWeekdayHeadShort},
	"half-head": {bit: dcHalfHead}, "count-lead": {bit: dcCountLead}, "not-day": {bit: dcNotDay},
	"lunar-skip": {bit: dcLunarSkip}, "plural": {bit: dcPlural},
	"connector": {bit: dcConnector}, "or": {bit: dcOr}, "date-cue": {bit: dcDateCue}, "lead-skip": {bit: dcLeadSkip},
	"period-from": {bit: dcPeriodFrom}, "approx-at": {bit: dcApproxAt}, "num-date": {bit: dcNumDate},
	"article-date": {bit: dcArticleDate}, "first": {bit: dcFirst}, "decade-suffix": {bit: dcDecadeSuffix},
	"century": {bit: dcCentury}, "day-end": {bit: dcDayEnd}, "year-lead": {bit: dcYearLead},
	"duration-cue": {bit: dcDurationCue}, "time-lead": {bit: dcTimeLead},
	"start": {bit: dcStart}, "length-start": {bit: dcLengthStart}, "starter": {bit: dcStarter},

	"anniversary": {role: roleAnniversary}, "length-lead": {role: roleLengthLead},
	"length-after": {role: roleLengthAfter}, "length-from": {role: roleLengthFrom},
	"length-count": {role: roleLengthCount}, "half-after": {role: roleHalfAfter},
	"named-hour": {role: roleNamedHour}, "clock-fraction": {role: roleClockFraction},
	"oclock": {role: roleOClock}, "week-of": {role: roleWeekOf}, "after-next": {role: roleAfterNext},
	"lunar": {role: roleLunar}, "after-month": {role: roleAfterMonth},
	"after-weekday": {role: roleAfterWeekday}, "quarter-number": {role: roleQuarterNumber},
	"half-number": {role: roleHalfNumber}, "lead-back": {role: roleLeadBack},
	"months-lead": {role: roleMonthsLead}, "now": {role: roleNow},
	"post-qualifier": {role: rolePostQualifier}, "date-word": {role: roleDateWord},
	"until": {role: roleUntil}, "future-phrase": {role: roleFuture}, "past": {role: rolePast}, "time-mark": {role: roleTimeMark},
	"hour-glued": {role: roleHourGlued}, "clock-lead": {role: roleClockLead}, "clock-after": {role: roleClockAfter},
	"opener": {role: roleOpener}, "range-sep": {role: roleRangeSep}, "decade-lead": {role: roleDecadeLead},
	"length-tail": {role: roleLengthTail}, "copula": {role: roleCopula},
	"months-letter": {role: roleMonthsLetter}, "date-head": {role: roleDateHead},
	"length-head": {role: roleLengthHead},
	"lunar-month": {role: roleLunarMonth}, "lunar-day": {role: roleLunarDay},
	"year-stem": {role: roleYearStem}, "year-branch": {role: roleYearBranch},
	"zodiac-year": {role: roleZodiacYear}, "lunar-named": {role: roleLunarNamed},
}

// The values of phrase roles, by name: which way a length or a named
// period is counted.
const (
	postNone   = 0
	postNext   = 1  // the period after: "5 năm tới", "the next three days"
	postLast   = -1 // the period before: "3 ngày qua"
	postLater  = 2  // the date after: "3 ngày nữa", "in two weeks"
	postAgo    = -2 // the date before: "2 ngày trước", "3 days ago"
	halfJoined = 1  // roleHalfAfter: only after "and" or a comma
	clockNoon  = 1  // roleClockAfter: the hour is noon, "12 noon"
	clockIsh   = 2  // roleClockAfter: a glued approximation, "5ish"
	postGuard  = 16 // rolePostQualifier: not before digits or a date word ("or after May")
	leadBy     = 8  // roleLeadBack: the date is a deadline; the qualifier is below it
)

var roleValues = map[string]int{
	"none": postNone, "next": postNext, "last": postLast, "later": postLater, "ago": postAgo,
	"joined": halfJoined,
	"more":   int(MoreThan), "less": int(LessThan), "atleast": int(AtLeast), "atmost": int(AtMost),
	"less-by": int(LessThan) | leadBy, "atmost-by": int(AtMost) | leadBy,
	"atleast-guard": int(AtLeast) | postGuard, "atmost-guard": int(AtMost) | postGuard,
	"noon": clockNoon, "ish": clockIsh,
	"from": int(opFrom), "from-the": int(opFrom | opSkipArticle), "since": int(opSince),
	"between": int(opBetween), "period": int(opPeriod), "period-from": int(opPeriod | opSkipFrom),
}

// readCues reads date_cues.tsv: phrase, role, value.
func (r *dateReader) readCues() {
	lx := r.lx
	phrases := make([]map[string]int, numRoles)
	counts := map[string]Decimal{}
	future := map[string]bool{}
	r.rows(fileDateCues, func(row []string) {
		w, name, v := row[0], col(row, 1), col(row, 2)
		def, ok := dateRoles[name]
		switch {
		case !ok:
			r.fail("unknown role: " + strconv.Quote(name))
		case def.bit != 0:
			rec := r.rec(w)
			if rec == nil {
				r.fail("role " + name + " takes one word")
				return
			}
			rec.cues |= def.bit
			if def.bit == dcFuture {
				future[w] = true
			}
		case def.role == roleLengthCount:
			d, err := ParseDecimal(v)
			if err != nil {
				r.fail("not a number: " + strconv.Quote(v))
			}
			counts[w] = d
		default:
			n, named := roleValues[v]
			if !named && v != "" {
				n = r.num(v)
			}
			if phrases[def.role] == nil {
				phrases[def.role] = map[string]int{}
			}
			phrases[def.role][w] = n
		}
		if ok && def.bit == 0 {
			r.rec(w[:keyBoundaries(w)[0]]).starts |= 1 << def.role
		}
	})
	for role := dateRole(1); role < numRoles; role++ {
		lx.cues[role] = newTable(phrases[role]) // an empty table for a role the language lacks
	}
	lx.counts = newTable(counts)
	lx.futureWords = newStrMap(future)
}
