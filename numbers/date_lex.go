package numbers

import (
	"strconv"
	"strings"
	"time"
)

// The words of dates, times and lengths of time are data, like the other
// word classes of lang.go: lang/LANG/date_*.tsv, one entry a line, its
// columns separated by tabs, # for comments. Each file holds one class
// of words and its values:
//
//	date_months.tsv          month names: "march", "tháng Mười"'s "mười"
//	date_weekdays.tsv        weekday names: "friday", "thứ Hai"'s "hai"
//	date_periods.tsv         calendar periods: "week", "tháng"
//	date_relative_words.tsv  "next", "last"; "tới", "trước"
//	date_relative_days.tsv   "yesterday", "hôm qua"
//	date_day_parts.tsv       "morning", "chiều"
//	date_duration_units.tsv  units of a length of time: "hours", "phút"
//	date_part_of.tsv         "early", "the end of"; "đầu", "cuối"
//	date_day_numbers.tsv     days of the month in words: "third"
//	date_cues.tsv            words the rules match by their role: "after",
//	                         "ago", "of", "của"... (dateRoles lists them)
//
// They are read into a dateLex for
// each language: phrase tables, and a record for each single word that
// the scanner caches on its token, so that a rule tests a word's class
// with one look-up per token.

// The date data files, by name, in each language's folder.
const (
	fileDateMonths    = "date_months"
	fileDateWeekdays  = "date_weekdays"
	fileDatePeriods   = "date_periods"
	fileDateRelWords  = "date_relative_words"
	fileDateRelDays   = "date_relative_days"
	fileDateDayParts  = "date_day_parts"
	fileDateDurUnits  = "date_duration_units"
	fileDatePartOf    = "date_part_of"
	fileDateDayNumber = "date_day_numbers"
	fileDateCues      = "date_cues"
)

// dateFiles lists them all.
var dateFiles = []string{fileDateMonths, fileDateWeekdays, fileDatePeriods, fileDateRelWords,
	fileDateRelDays, fileDateDayParts, fileDateDurUnits, fileDatePartOf, fileDateDayNumber, fileDateCues}

// A dateLex holds the date words of one language. It is built once and
// never changed.
type dateLex struct {
	// words maps a word (one token) to its date-table bits (dbFirst...)
	// and, above dbRecShift, the index of its record in recs.
	words   strMap[uint32]
	recs    []dateWord // recs[0] is the record of a word with none
	recWord []string   // the word of each record

	months      strMap[int]                // month names that stand alone: "january": 1
	monthFull   strMap[bool]               // those written out: "january", "may"
	monthHead   *phraseTable[int]          // month names after the month word: "mười hai": 12
	weekdays    strMap[time.Weekday]       // weekday names that stand alone, one word: "fri"
	weekdayFull strMap[bool]               // those written out: "friday"
	weekdayHead strMap[time.Weekday]       // weekday names after the weekday word: "hai", "2"
	weekdayName *phraseTable[time.Weekday] // weekday names of full form: "chủ nhật"
	periods     strMap[Grain]              // calendar periods: "week", "tháng"
	relWords    *phraseTable[int]          // "next": 1, "tháng trước"'s "trước": -1
	relDays     *phraseTable[relDay]       // "yesterday", "hôm qua"
	dayParts    *phraseTable[TimeOfDay]    // "morning", "chiều"
	durUnits    *phraseTable[Grain]        // "hours", "phút"
	durGlued    *phraseTable[Grain]        // units only glued after digits: "p" in "5p"
	durParts    *phraseTable[Grain]        // units only after a larger one: "m" in "2h41m"
	durFirsts   *phraseTable[Grain]        // units only before a smaller one: "tuổi" in "61 tuổi 6 tháng"
	dayOfMonth  *phraseTable[int]          // days before "of the month": "đầu tiên": 1
	futureWords strMap[bool]               // words that point to the future: "will"

	cues    [numRoles]*phraseTable[int] // the phrases of each role, with their values
	counts  *phraseTable[Decimal]       // roleLengthCount: "a few": 3
	problem []string                    // what could not be read: file:line: why
}

// A dateWord is what the date rules know of one word of a language: the
// roles it plays and the values of its classes. Zero fields are none.
type dateWord struct {
	cues      cueSet
	month     int8 // a month name that stands alone: 1-12
	weekday   int8 // a weekday name that stands alone, as wdOf: 1 Sunday ... 7 Saturday
	dayNum    int8 // a day of the month in words ("third": 3), or its tens ("twenty": 20)
	rel       int8 // the offset of a one-word relative word: "next" 1
	period    Grain
	dur       Grain     // a one-word unit of a length of time
	part      Part      // early, mid, late: "đầu", "the end of"
	partGrain Grain     // the period a part word names by itself: "eom" a month
	dayPart   TimeOfDay // the part of a day the part word names before a day: "early Saturday" its small hours
	form      wordForm
	starts    uint64 // the phrase roles (1 << dateRole) with a phrase that starts with the word
}

// A wordForm holds the forms a word takes in its classes.
type wordForm uint32

const (
	fMonthFull     wordForm = 1 << iota // a month name written out: "march"
	fMonthCommon                        // a month name that is an everyday word: "may"
	fWeekdayFull                        // a weekday written out: "friday"
	fWeekdayCommon                      // a weekday abbreviation that is an everyday word: "sat"
	fWeekdayCaps                        // a weekday abbreviation only in capitals: "CN"
	fPartCaps                           // a part word only in capitals: "BOY", not "boy"
	fPartRelative                       // a part word only after a relative word: "this weekend"
	fPeriodShort                        // a period word abbreviated: "qtr"
	fPeriodPlural                       // a period word in the plural: "weeks"
	fRelWeek                            // a relative word naming the week of a weekday: "next Friday"
	fRelNearest                         // a relative word naming the nearest weekday: "coming Friday"
	fPartOf                             // a part word said before "of": "the end of"
	fDayTens                            // dayNum is the tens of a day: "twenty"
	fDurOrdinal                         // a unit of time that is also an ordinal: "second"
	fDurAlone                           // a unit a relative word counts by itself: "the next fortnight"
	fNameStart                          // the first word of a weekday name of several: "chủ" of "chủ nhật"
	fDurCued                            // a glued unit only after a duration cue: "h" of "mất 3h"
	fDurBareNext                        // glued digits after it count the next smaller unit: "2h41"
)

// A relDay is a day named relative to the reference day.
type relDay struct {
	n     int
	part  TimeOfDay // the part of the day the phrase carries: "tối qua"
	vague bool      // no date on its own: "hôm trước"
	story bool      // counted from the day the text last stated: "hôm sau", "the next day"
	now   bool      // the moment of writing, no day of an event: "now", "bây giờ" (WithoutNow)
	unit  Grain     // what n counts: days unless the file names a period ("year-on-year")
}

// grain returns the period the phrase counts in: a day unless the data
// file says otherwise.
func (r relDay) grain() Grain {
	if r.unit == 0 {
		return GrainDay
	}
	return r.unit
}

// dbRecShift is where the record index begins in dateLex.words and in a
// token's dbits; the date-table bits are below it.
const (
	dbRecShift        = 12
	dbMask     uint32 = 1<<dbRecShift - 1
)

// dates returns the date words of the scanner's language.
func (s *scanner) dates() *dateLex { return s.lang.dates }

// noDateWord is the record of a token that is no word.
var noDateWord dateWord

// dw returns the date record of token j, for reading only: the zero
// record for a token that is not a word or a word of no date class.
func (s *scanner) dw(j int) *dateWord {
	if !s.inLine(j) || s.toks[j].kind != tWord {
		return &noDateWord
	}
	return &s.dates().recs[s.toks[j].dbits>>dbRecShift]
}

// cue reports whether token j is a word of one of the roles in c.
func (s *scanner) cue(j int, c cueSet) bool {
	return s.dw(j).cues&c != 0
}

// cueAt finds the longest phrase of role r at token j, of at most max
// tokens, and returns its value and the index after it.
func (s *scanner) cueAt(j, max int, r dateRole) (int, int, bool) {
	if !s.mayCue(j, r) {
		return 0, j, false
	}
	return lookup(s, j, max, s.dates().cues[r])
}

// mayCue reports whether a phrase of role r may start at token j: cueAt's
// first test, for a caller that tests it before a rule that begins with
// cueAt returns a Mention.
func (s *scanner) mayCue(j int, r dateRole) bool {
	return s.dw(j).starts&(1<<r) != 0
}

// col returns column i of a row, or "".
func col(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// hasFlag reports whether the comma-separated list flags holds f.
func hasFlag(flags, f string) bool {
	for x := range strings.SplitSeq(flags, ",") {
		if strings.TrimSpace(x) == f {
			return true
		}
	}
	return false
}

// A dateReader builds a dateLex from the files of one language.
type dateReader struct {
	src  langSource
	lx   *dateLex
	idx  map[string]int // word → index in lx.recs
	file string
	line int
}

func (r *dateReader) fail(why string) {
	r.lx.problem = append(r.lx.problem, r.src.name+"/"+r.file+".tsv:"+strconv.Itoa(r.line)+": "+why)
}

// rows calls f for each row of a file, with the reader positioned on it.
func (r *dateReader) rows(name string, f func(row []string)) {
	rows, lines := r.src.rows(name)
	r.file = name
	for i, row := range rows {
		r.line = lines[i]
		f(row)
	}
}

// rec returns the record of the one-word phrase w, made on first use; nil
// for a phrase of several words.
func (r *dateReader) rec(w string) *dateWord {
	if len(keyBoundaries(w)) != 1 {
		return nil
	}
	i, ok := r.idx[w]
	if !ok {
		i = len(r.lx.recs)
		r.lx.recs = append(r.lx.recs, dateWord{})
		r.lx.recWord = append(r.lx.recWord, w)
		r.idx[w] = i
	}
	return &r.lx.recs[i]
}

// num parses an integer column.
func (r *dateReader) num(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		r.fail("not a number: " + strconv.Quote(s))
	}
	return n
}

// grainNames are the units a data file may name, as Grains.
var grainByName = map[string]Grain{
	"second": grainSecond, "minute": GrainMinute, "hour": GrainHour, "day": GrainDay,
	"night": grainNight, "week": GrainWeek, "fortnight": grainFortnight, "month": GrainMonth, "quarter": GrainQuarter,
	"year": GrainYear, "decade": grainDecade, "century": grainCentury,
}

var dayPartByName = map[string]TimeOfDay{
	"none": noPart, "dawn": dawn, "morning": morning, "noon": noon,
	"afternoon": afternoon, "evening": evening, "night": night,
}

var partByName = map[string]Part{"early": Early, "mid": Mid, "late": Late}

func (r *dateReader) grain(s string) Grain {
	g, ok := grainByName[s]
	if !ok {
		r.fail("unknown unit: " + strconv.Quote(s))
	}
	return g
}

func (r *dateReader) weekday(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), s) {
			return d
		}
	}
	r.fail("unknown weekday: " + strconv.Quote(s))
	return time.Sunday
}

func (r *dateReader) TimeOfDay(s string) TimeOfDay {
	p, ok := dayPartByName[s]
	if !ok && s != "" {
		r.fail("unknown part of the day: " + strconv.Quote(s))
	}
	return p
}

// newDateLex reads the date words of lang. Its number words and
// qualifiers (numbers, quals) can begin a date too.
func newDateLex(src langSource, numbers []string, quals *phraseTable[Qualifier]) *dateLex {
	lx := &dateLex{recs: []dateWord{{}}, recWord: []string{""}}
	r := &dateReader{src: src, lx: lx, idx: map[string]int{}}
	r.readMonths()
	r.readWeekdays()
	r.readPeriods()
	r.readRelative()
	r.readUnits()
	r.readParts()
	r.readCues()
	words := lx.dateBits(numbers, quals)
	for w, i := range r.idx {
		words[w] |= uint32(i) << dbRecShift
	}
	lx.words = newStrMap(words)
	return lx
}

// The keywords of the form and flag columns of the date files.
const (
	kwFull    = "full"      // a name written out
	kwShort   = "short"     // an abbreviation
	kwCommon  = "common"    // a name that is also an everyday word
	kwHead    = "head"      // a name said only after its head word
	kwCaps    = "caps"      // an abbreviation only in capitals
	kwRel     = "relative"  // a part word only after a relative word
	kwPlural  = "plural"    // a period word in the plural
	kwWeek    = "week"      // a relative word naming the week of a weekday
	kwNearest = "nearest"   // a relative word naming the nearest weekday
	kwNoYear  = "noyear"    // a relative word not after the year word
	kwVague   = "vague"     // a relative day that is no date alone
	kwStory   = "story"     // a relative day counted from the story's day
	kwNow     = "now"       // a relative day that names the moment of writing
	kwGlued   = "glued"     // a unit only glued after digits
	kwOrdinal = "ordinal"   // a unit that is also an ordinal word
	kwAlone   = "alone"     // a unit a relative word counts by itself
	kwPart    = "part"      // a unit only after a larger one, glued: "2h41m"
	kwFirst   = "first"     // a unit only before a smaller one: "61 tuổi 6 tháng"
	kwCued    = "cued"      // a glued unit only after a duration cue: "mất 3h"
	kwBare    = "bare-next" // glued digits after it count the next smaller unit: "2h41"
	kwBefore  = "before"    // a part word right before its period
	kwOf      = "of"        // a part word before "of"
	kwLast    = "last"      // the last day of the month
	kwOfMonth = "of-month"  // a day only before "of the month"
	kwTens    = "tens"      // the tens of a day
)

func (r *dateReader) readMonths() {
	lx := r.lx
	months, full := map[string]int{}, map[string]bool{}
	head := map[string]int{}
	r.rows(fileDateMonths, func(row []string) {
		w, m, form := row[0], r.num(col(row, 1)), col(row, 2)
		if m < 1 || m > 12 {
			r.fail("no month: " + strconv.Itoa(m))
		}
		if hasFlag(form, kwHead) {
			head[w] = m
			return
		}
		rec := r.rec(w)
		if rec == nil {
			r.fail("a month name that stands alone is one word")
			return
		}
		months[w], rec.month = m, int8(m)
		if hasFlag(form, kwFull) {
			full[w] = true
			rec.form |= fMonthFull
		}
		if hasFlag(form, kwCommon) {
			rec.form |= fMonthCommon
		}
	})
	lx.monthHead = newTable(head)
	lx.months, lx.monthFull = newStrMap(months), newStrMap(full)
}

func (r *dateReader) readWeekdays() {
	lx := r.lx
	days, full, heads := map[string]time.Weekday{}, map[string]bool{}, map[string]time.Weekday{}
	names := map[string]time.Weekday{}
	r.rows(fileDateWeekdays, func(row []string) {
		w, d, form := row[0], r.weekday(col(row, 1)), col(row, 2)
		switch {
		case hasFlag(form, kwHead):
			heads[w] = d
			return
		case hasFlag(form, kwCaps):
			if rec := r.rec(w); rec != nil {
				rec.weekday, rec.form = int8(wdOf(d)), rec.form|fWeekdayCaps
			}
			return
		}
		rec := r.rec(w)
		if rec == nil {
			names[w] = d
			r.rec(w[:keyBoundaries(w)[0]]).form |= fNameStart
			return
		}
		days[w], rec.weekday = d, int8(wdOf(d))
		if hasFlag(form, kwFull) {
			full[w] = true
			rec.form |= fWeekdayFull
		}
		if hasFlag(form, kwCommon) {
			rec.form |= fWeekdayCommon
		}
	})
	lx.weekdayName = newTable(names)
	lx.weekdays, lx.weekdayFull, lx.weekdayHead = newStrMap(days), newStrMap(full), newStrMap(heads)
}

func (r *dateReader) readPeriods() {
	lx := r.lx
	periods := map[string]Grain{}
	r.rows(fileDatePeriods, func(row []string) {
		w, g, form := row[0], r.grain(col(row, 1)), col(row, 2)
		rec := r.rec(w)
		if rec == nil {
			r.fail("a period word is one word")
			return
		}
		periods[w], rec.period = g, g
		switch form {
		case kwShort:
			rec.form |= fPeriodShort
		case kwPlural:
			rec.form |= fPeriodPlural
		}
	})
	lx.periods = newStrMap(periods)
}

func (r *dateReader) readRelative() {
	lx := r.lx
	words := map[string]int{}
	r.rows(fileDateRelWords, func(row []string) {
		w, n, flags := row[0], r.num(col(row, 1)), col(row, 2)
		words[w] = n
		if rec := r.rec(w); rec != nil {
			rec.rel = int8(n)
			if hasFlag(flags, kwWeek) {
				rec.form |= fRelWeek
			}
			if hasFlag(flags, kwNearest) {
				rec.form |= fRelNearest
			}
			if hasFlag(flags, kwNoYear) {
				rec.cues |= dcNoYear
			}
		}
	})
	lx.relWords = newTable(words)
	days := map[string]relDay{}
	r.rows(fileDateRelDays, func(row []string) {
		d := relDay{n: r.num(col(row, 1)), part: r.TimeOfDay(col(row, 2)), vague: hasFlag(col(row, 3), kwVague), story: hasFlag(col(row, 3), kwStory), now: hasFlag(col(row, 3), kwNow)}
		if u := col(row, 4); u != "" {
			d.unit = r.grain(u) // "year-on-year": the year before
		}
		days[row[0]] = d
	})
	lx.relDays = newTable(days)
	parts := map[string]TimeOfDay{}
	r.rows(fileDateDayParts, func(row []string) {
		parts[row[0]] = r.TimeOfDay(col(row, 1))
	})
	lx.dayParts = newTable(parts)
}

func (r *dateReader) readUnits() {
	lx := r.lx
	units, glued, parts, firsts := map[string]Grain{}, map[string]Grain{}, map[string]Grain{}, map[string]Grain{}
	r.rows(fileDateDurUnits, func(row []string) {
		w, g, flags := row[0], r.grain(col(row, 1)), col(row, 2)
		glue, form := hasFlag(flags, kwGlued), unitForms(flags)
		switch {
		case hasFlag(flags, kwPart):
			parts[w] = g // no unit that begins a length: no date bits
			return
		case hasFlag(flags, kwFirst):
			firsts[w] = g // read after a count the rules try anyway: no date bits
			return
		case glue:
			glued[w] = g
		default:
			units[w] = g
		}
		if glue && form == 0 {
			return // a glued unit is no word of its own
		}
		if rec := r.rec(w); rec != nil {
			rec.form |= form
			if !glue {
				rec.dur = g
			}
		}
	})
	lx.durUnits, lx.durGlued, lx.durParts, lx.durFirsts = newTable(units), newTable(glued), newTable(parts), newTable(firsts)
}

// unitForms returns the forms the flags of a unit of time give its word.
func unitForms(flags string) wordForm {
	var form wordForm
	for _, f := range [...]struct {
		kw   string
		form wordForm
	}{{kwOrdinal, fDurOrdinal}, {kwAlone, fDurAlone}, {kwCued, fDurCued}, {kwBare, fDurBareNext}} {
		if hasFlag(flags, f.kw) {
			form |= f.form
		}
	}
	return form
}

func (r *dateReader) readParts() {
	lx := r.lx
	r.rows(fileDatePartOf, func(row []string) {
		w, form := row[0], col(row, 2)
		p, ok := partByName[col(row, 1)]
		rec := r.rec(w)
		if !ok || rec == nil {
			r.fail("a part word is one word of part early, mid or late")
			return
		}
		rec.part = p
		if hasFlag(col(row, 3), kwCaps) {
			rec.form |= fPartCaps
		}
		if hasFlag(col(row, 3), kwRel) {
			rec.form |= fPartRelative
		}
		if day := col(row, 4); day != "" {
			rec.dayPart = r.TimeOfDay(day)
		}
		switch form {
		case kwBefore:
		case kwOf:
			rec.form |= fPartOf
		default:
			rec.partGrain = r.grain(form)
		}
	})
	ofMonth := map[string]int{}
	r.rows(fileDateDayNumber, func(row []string) {
		w, form := row[0], col(row, 2)
		d := lastDay
		if v := col(row, 1); v != kwLast {
			d = r.num(v)
		}
		if form == kwOfMonth {
			ofMonth[w] = d
			return
		}
		rec := r.rec(w)
		if rec == nil || d < 1 || d > 31 {
			r.fail("a day in words is one word of day 1-31")
			return
		}
		rec.dayNum = int8(d)
		if form == kwTens {
			rec.form |= fDayTens
		}
	})
	lx.dayOfMonth = newTable(ofMonth)
}
