package numbers

// The conventions of a language: how it writes numbers and dates where
// the rules let languages differ. They are data, lang/LANG/conventions.tsv:
// convention<TAB>value, one a line.
const (
	fileConventions = "conventions"

	convDecimal       = "decimal"             // the decimal mark: ","
	convGroup         = "group"               // the mark between groups of thousands: "."
	convPointDecimals = "point-decimals"      // yes: a point that groups nothing is a decimal point too
	convCommaDecimals = "comma-decimals"      // yes: a comma before one or two digits, in no list, is one too
	convIndianGroups  = "indian-groups"       // yes: commas may group lakhs and crores
	convMonthFirst    = "month-first"         // yes: "3/5" is 5 March where the month may come first
	convDotClock      = "dot-clock"           // yes: "9.30" is a clock time
	convDotDates      = "dot-dates"           // yes: "30.1" with no year may be a date
	convSpelledMoney  = "spelled-money"       // yes: an amount in words may follow a currency symbol
	convHyphenUnits   = "hyphen-units"        // yes: "an 8.5-km section" counts km
	convBareHours     = "bare-hours"          // yes: a number alone may be an hour: "at 9", "1430"
	convClockAmPm     = "clock-ampm"          // yes: am or pm may follow a clock time: "9:30 pm"
	convHourWords     = "hour-words"          // yes: the hour word after a number makes a time: "9 giờ"
	convDecades       = "decades"             // yes: "the 1990s", "the 21st century"
	convArticleDays   = "article-days"        // yes: an article before a day of a range: "the 5th to the 7th"
	convRelLengths    = "relative-lengths"    // yes: a relative word around a length: "the next 5 years"
	convYearToNow     = "year-to-now"         // yes: "since 2020 until now" ends this year, not today
	convDiary         = "diary-phrases"       // yes: a weekday or time with no sentence around it is the next one
	convShortYears    = "short-years"         // yes: two digits after an apostrophe or "of" are a year: "'98"
	convDayOf         = "day-of"              // yes: a day before "of" and a month: "20 of next month"
	convHourMinutes   = "hour-letter-minutes" // yes: "17h" is 17:00, to the minute
	convMonthRanges   = "month-ranges"        // yes: a bare month may open a range: "Jan-Feb 2017"
	convDayHeads      = "days-after-heads"    // yes: a number after a day head or the month word is a day, no length
	convLinkFractions = "link-fractions"      // yes: "1 over 3", "1 in twenty-one"
	convMinusFracs    = "minus-fractions"     // yes: the minus word before a fraction: "minus two thirds"
	convSecondHundr   = "second-hundredths"   // yes: two digits after a count of seconds are its hundredths: "59 giây 80"
	convPrimeTimes    = "prime-times"         // yes: primes mark the minutes and seconds of a race's time: "33'45\"12"
	convYearComma     = "year-after-comma"    // yes: a year after a comma is the year of the day before it: "January 14, 2026"
	convObjectAmounts = "object-amounts"      // yes: a verb of change and its object may stand just before the amount: "tăng lương 7%"
	convSlashDays     = "slash-days"          // yes: a day past the month's number after a slash is a date with no date word: "dịp nghỉ lễ 30/4"
	convRules         = "rules"               // the family of rules of dates, ranks and word order
	rulesVI           = "vi"                  // rules: the Vietnamese family
)

// conventions holds what conventions.tsv says.
type conventions struct {
	decimal, group    byte // "1,5" is 1.5 and "4.400" is 4400 when they are ',' and '.'
	pointDecimals     bool // "4.4" is 4.4 in a text of decimal commas
	commaDecimals     bool // "1,3" is 1.3 in a text of decimal points
	indianGroups      bool // "12,34,567.89"
	monthFirst        bool // "3/5" is 5 March; "13/5" is still 13 May
	dotClock          bool // "9.30" is a clock time, and "5.30 pm" no date
	dotDates          bool // "30.1" with no year may be a day and a month
	spelledMoney      bool // "$ five million", "US$3 and fourteen" (cents in words)
	hyphenUnits       bool // "an 8.5-km section": a number and a unit joined by a hyphen
	bareHours         bool // "at 9", "1430 hours": a number alone may be an hour
	clockAmPm         bool // "9:30 pm": am or pm after a clock time
	hourWords         bool // "9 giờ": the hour word after a number makes a time, and no day
	decades           bool // "the 1990s", "the 21st century"
	articleDays       bool // "the 5th to the 7th": an article before a day of a range
	relativeLengths   bool // "the next 5 years", "the 5 upcoming years"
	yearToNow         bool // "từ năm 2020 đến nay" ends with this year, not today
	diaryPhrases      bool // "Monday", "at 9am on Saturday" alone: the next one, as in a diary
	shortYears        bool // "'98", "March of 98"
	dayOf             bool // "20 of next month", "15 of February"
	hourLetterMinutes bool // "17h" is 17:00, to the minute
	monthRanges       bool // "Jan-Feb 2017"
	daysAfterHeads    bool // "mồng 3 tháng Tết": a day, not three months
	linkFractions     bool // "1 over 3", "2000 over 3"
	minusFractions    bool // "minus two thirds"
	secondHundredths  bool // "59 giây 80" is 59.80 seconds
	primeTimes        bool // "33'45\"12" is 33 minutes 45.12 seconds
	yearAfterComma    bool // "January 14, 2026": a year after a comma joins the day before it
	objectAmounts     bool // "tăng lương 7%": a verb of change, its object, then the amount
	slashDays         bool // "tour 30/4": a date, no improper fraction (but not_dates.tsv: "24/7")
	// viRules selects the Vietnamese family of the rules of dates, ranks
	// and word order that are not yet conventions of their own: the day
	// before the month ("ngày 5 tháng 3"), ranks after "thứ", number words
	// after their noun, classifiers. The other family is the English one.
	viRules bool
}

// readConventions reads conventions.tsv. A missing file or value gives
// the English conventions: a decimal point and grouping commas.
func readConventions(src langSource) *conventions {
	rows := src.tsv(fileConventions)
	yes := func(name string) bool { return rows[name] == convYes }
	c := &conventions{
		decimal:           markOf(rows[convDecimal], '.'),
		group:             markOf(rows[convGroup], ','),
		pointDecimals:     yes(convPointDecimals),
		commaDecimals:     yes(convCommaDecimals),
		indianGroups:      yes(convIndianGroups),
		monthFirst:        yes(convMonthFirst),
		dotClock:          yes(convDotClock),
		dotDates:          yes(convDotDates),
		spelledMoney:      yes(convSpelledMoney),
		hyphenUnits:       yes(convHyphenUnits),
		bareHours:         yes(convBareHours),
		clockAmPm:         yes(convClockAmPm),
		hourWords:         yes(convHourWords),
		decades:           yes(convDecades),
		articleDays:       yes(convArticleDays),
		relativeLengths:   yes(convRelLengths),
		yearToNow:         yes(convYearToNow),
		diaryPhrases:      yes(convDiary),
		shortYears:        yes(convShortYears),
		dayOf:             yes(convDayOf),
		hourLetterMinutes: yes(convHourMinutes),
		monthRanges:       yes(convMonthRanges),
		daysAfterHeads:    yes(convDayHeads),
		linkFractions:     yes(convLinkFractions),
		minusFractions:    yes(convMinusFracs),
		secondHundredths:  yes(convSecondHundr),
		slashDays:         yes(convSlashDays),
		primeTimes:        yes(convPrimeTimes),
		yearAfterComma:    yes(convYearComma),
		objectAmounts:     yes(convObjectAmounts),
		viRules:           rows[convRules] == rulesVI,
	}
	return c
}

// markOf returns the one-byte mark v, or def.
func markOf(v string, def byte) byte {
	if len(v) != 1 {
		return def
	}
	return v[0]
}

// conv returns the conventions of the scanner's language.
func (s *scanner) conv() *conventions { return s.lang.conv }
