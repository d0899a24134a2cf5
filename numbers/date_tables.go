package numbers

import "strconv"

// Words of dates and times. The tables are read-only; keys are lower case
// and NFC, with one space where the text has white space.

// A TimeOfDay is a part of the day: morning, noon, afternoon, evening,
// night. The zero TimeOfDay names none.
type TimeOfDay uint8

const (
	noPart    TimeOfDay = iota
	dawn                // rạng sáng, early morning: hours as said
	morning             // sáng, morning, am
	noon                // trưa, noon: 11-12 as said, 1-2 in the afternoon
	afternoon           // chiều, afternoon, pm
	evening             // tối, evening, tonight
	night               // đêm, khuya, night: 6-11 are pm, 0-5 am
)

var timeOfDayNames = [...]string{"", "dawn", "morning", "noon", "afternoon", "evening", "night"}

// String returns "" for none, otherwise "dawn", "morning", "noon",
// "afternoon", "evening" or "night".
func (p TimeOfDay) String() string {
	if int(p) < len(timeOfDayNames) {
		return timeOfDayNames[p]
	}
	return "time-of-day(" + strconv.Itoa(int(p)) + ")"
}

// Overlaps reports whether the parts of the day p and q may name the same
// hours, as two versions of a story name them: dawn and morning, noon and
// the hours on either side of it, evening and night. None overlaps every
// part.
func (p TimeOfDay) Overlaps(q TimeOfDay) bool {
	if p == noPart || q == noPart || p == q {
		return true
	}
	if p > q {
		p, q = q, p
	}
	switch p {
	case dawn:
		return q == morning
	case morning, noon:
		return q == noon || p == noon && q == afternoon
	case evening:
		return q == night
	}
	return false
}

// RunsInto reports whether p, a part of one day, runs on into q, a part
// of the next: the evening and the night run into the small hours after
// midnight. "Late Friday night" and "rạng sáng thứ Bảy" may name one
// hour, and so may a night in Europe and the dawn after it in Hanoi.
func (p TimeOfDay) RunsInto(q TimeOfDay) bool {
	return (p == evening || p == night) && q == dawn
}

// pm converts an hour said with the part of the day to 24-hour time.
func (p TimeOfDay) pm(h int) int {
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

// A rel is a relative period: a unit and an offset from the reference.
type rel struct {
	unit Grain // GrainDay, GrainWeek, GrainMonth, GrainQuarter, GrainYear
	n    int
}

// Units of durations finer or coarser than the calendar grains.
const (
	grainSecond  Grain = 100
	grainDecade  Grain = 101
	grainCentury Grain = 102
)

// UnitSecond is the Unit of a length of time counted in seconds, as a
// race's time is: "2:31:12", "2 giờ 31 phút 12 giây".
const UnitSecond = "second"

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
	case grainNight:
		return "night"
	case GrainHour:
		return "hour"
	case GrainMinute:
		return "minute"
	case grainSecond:
		return UnitSecond
	case grainDecade:
		return "decade"
	case grainCentury:
		return "century"
	}
	return ""
}

const grainFortnight Grain = 103

// grainNight is a night counted as a length ("3 đêm", "three nights"): a
// day of the calendar, but a unit of its own, since a stay of three nights
// is no trip of three days ("4 ngày 3 đêm").
const grainNight Grain = 104

// The bits of dateBits: which tables have a phrase that starts with a
// word. One map look-up per word tells the date rule which tables to try.
const (
	dbFirst   uint32 = 1 << iota // the word can begin a date, a range or a duration
	dbRelDay                     // s.dates().relDays, s.dates().relDays
	dbDayPart                    // s.dates().dayParts, s.dates().dayParts
	dbRelWord                    // s.dates().relWords, s.dates().relWords
	dbDurUnit                    // s.dates().durUnits, s.dates().durUnits
	dbMonth                      // s.dates().months
	dbWeekday                    // s.dates().weekdays
	dbNumber                     // a number word
	dbLead                       // the word can begin a date or a range, not only a length of time
)

// dateBits returns the date-table bits of the first words of lx's
// tables. The number words and qualifiers of the language (numbers, quals)
// begin a date, a range or a length too.
func (lx *dateLex) dateBits(numbers []string, quals *phraseTable[Qualifier]) map[string]uint32 {
	m := map[string]uint32{}
	first := func(k string, bit uint32) { m[k[:keyBoundaries(k)[0]]] |= bit }
	for i, rec := range lx.recs {
		w := lx.recWord[i]
		switch {
		case rec.cues&dcStart != 0:
			m[w] |= dbFirst
		}
		if rec.month != 0 {
			m[w] |= dbFirst | dbMonth
		}
		if rec.weekday != 0 && rec.form&fWeekdayCaps == 0 {
			m[w] |= dbFirst | dbWeekday
		}
		if rec.dayNum != 0 {
			m[w] |= dbFirst
		}
	}
	for k := range lx.relDays.phrases() {
		first(k, dbFirst|dbRelDay)
	}
	for k := range lx.dayParts.phrases() {
		first(k, dbFirst|dbDayPart)
	}
	for k := range lx.relWords.phrases() {
		first(k, dbRelWord)
	}
	for k := range lx.durUnits.phrases() {
		first(k, dbDurUnit)
	}
	for k := range lx.durGlued.phrases() {
		first(k, dbDurUnit)
	}
	for _, k := range numbers {
		m[k] |= dbFirst | dbNumber
	}
	// Every word that begins a date or a range, not only a length of time:
	// not the words of a length alone ("within", "a few"), nor those of
	// qualifiers that bound no date ("more than 5 days").
	only := map[string]bool{}
	for k, q := range quals.phrases() {
		first(k, dbFirst)
		if q == Approx || q == AtMost {
			first(k, dbLead)
		}
	}
	for k := range quals.phrases() {
		w := k[:keyBoundaries(k)[0]]
		if m[w]&dbLead == 0 && m[w]&(dbRelDay|dbDayPart|dbMonth|dbWeekday|dbNumber) == 0 {
			only[w] = true
		}
	}
	for i, rec := range lx.recs {
		if rec.cues&dcLengthStart != 0 {
			only[lx.recWord[i]] = true
		}
	}
	for w, b := range m {
		if b&(dbFirst|dbRelDay|dbDayPart|dbMonth|dbWeekday|dbNumber) != 0 && !only[w] {
			m[w] |= dbLead
		}
	}
	return m
}

// dbits returns the date-table bits of token j; 0 for a token that is not
// a word.
func (s *scanner) dbits(j int) uint32 {
	if !s.inLine(j) {
		return 0
	}
	return s.toks[j].dbits & dbMask
}

// starters returns the words that can begin a date, a date range or a
// duration ("ngày", "tháng", "January", "from"...): the words of role
// starter, the month and weekday names that stand alone and the first
// words of the relative days. Extract tries no rule at a word that no
// table starts with.
func (lx *dateLex) starters() map[string]bool {
	m := map[string]bool{}
	for i, rec := range lx.recs {
		if rec.cues&dcStarter != 0 || rec.month != 0 || rec.weekday != 0 {
			m[lx.recWord[i]] = true
		}
	}
	for k := range lx.relDays.phrases() {
		m[k[:keyBoundaries(k)[0]]] = true
	}
	return m
}
