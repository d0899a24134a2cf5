// Package numbers finds the facts written as numbers in Vietnamese and
// English news text — counts, measures, money, percentages, percentage
// points, ordinals, dates, date ranges and durations — and normalises them
// so that the two languages can be compared value for value.
//
//	Vietnamese          English              Mention
//	4.400 dự án         4,400 projects       number 4400 unit=project
//	90 tỷ USD           US$90 billion        money 90000000000 USD
//	1.500 tỷ đồng       VND1.5 trillion      money 1500000000000 VND
//	3,5%                3.5 per cent         percent 3.5
//	2 điểm phần trăm    2 percentage points  percentpoint 2
//	khoảng 90 tỷ        about 90 billion     number 90000000000 q=approx
//	Đại hội XIV         14th Congress        ordinal 14 unit=congress
//	505 USD/tấn         $505 per tonne       money 505 USD per=tonne
//	10 phút/chuyến      every 10 minutes     duration 10 unit=minute (per=trip)
//	thắng 2-1           won 2-1              score 2-1 (From 2, To 1)
//	theo tỷ lệ 10:3     at a ratio of 10:3   ratio 10:3 (From 10, To 3)
//	Phút 47             the 47th minute      ordinal 47 unit=minute
//	SEA Games 31        the 31st SEA Games   ordinal 31 unit=games
//	hạt giống số 2      the No. 2 seed       ordinal 2 unit=seed
//	hạng 186 thế giới   world No. 186        ordinal 186 unit=world ranking
//	mất 2 giờ 41 phút   took 2h41            duration 161 unit=minute
//
// # Values
//
// A [Decimal] holds every value exactly: "4.400" is 4400 in Vietnamese and
// "4.4" is 4.4; "1,5 triệu" is 1500000; "2tr5" is 2500000. Only fractions
// whose decimal expansion does not end, such as 2/3, are rounded, to 15
// significant digits.
//
// # Amounts stated relative to another
//
// "Monthly passes cost VND200,000, and half that for students" states a
// second amount: a multiplier ("half", "twice", "a third", "three
// times"; "một nửa", "gấp đôi", "gấp rưỡi", "gấp 3 lần") and a
// back-reference ("that", "that figure"; "mức đó", "con số này") make
// a mention with the kind, currency, unit and qualifier (unless it has
// its own: "about half that") of the nearest earlier count, money amount
// or percentage of the same sentence (or of the one before, when this
// one has none), its value times the multiplier, exactly, and
// [Mention.Factor] set to the multiplier. A
// Vietnamese multiplier after a clause break needs no back-reference:
// "học sinh bằng một nửa", "căn lớn đắt gấp rưỡi". With no earlier
// amount in reach, a comparand of its own ("twice that of 2015", "gấp
// đôi so với cùng kỳ") or a verb of change before it ("tăng gấp đôi", a
// growth ratio), no amount is derived and the words give what they
// state: a whole multiplier is a multiple, a Number of unit [Times]
// ("gấp đôi", "tăng 3 lần", "nearly three times", "doubled", "a factor
// of 100"), and a part is the plain fraction ("một nửa", "a third").
//
//	Monthly passes cost VND200,000, and half that for students
//	  money 200000 VND "VND200,000" | money 100000 VND factor=0.5 "half that"
//	Giá vé 200.000 đồng/tháng, học sinh bằng một nửa
//	  money 200000 VND per=month "200.000 đồng/tháng" | money 100000 VND per=month factor=0.5 "bằng một nửa"
//
// # Languages
//
// Vietnamese text groups thousands with dots and marks decimals with a
// comma; English text does the opposite. Extract follows the language it
// is given, and lets the digits decide where a text uses the other
// convention: "1,250,000" is grouped in a Vietnamese text because a second
// group of three follows. Number words are read in both languages
// ("hai mươi mốt", "một trăm linh năm", "one and a half million"), as are
// the homographs that make Vietnamese hard: "năm" is "five" or "year",
// "thứ hai" is "second" and "thứ Hai" is Monday, "tư" is four only inside a
// number.
//
// # What is no fact
//
// Digits that belong to a name give no mention: "U23", "COVID-19", "G20",
// "5G", "Boeing 787", "Airbus A321", "VSIP 2.0", "Industry 4.0",
// "iPhone 15"; nor do the two parties of a bilateral story ("hai nước",
// "the two sides"). The number of a Games is its edition, an ordinal with
// unit "games", so that "SEA Games 31" and "the 31st SEA Games" agree; a
// four-digit year next to an event name ("APEC 2027", "the 2022 AFF Cup")
// is a date. A score needs a cue word near it ("thắng", "beat", "a 2-0
// win"); without one "2-3 ngày" is a range. A ratio needs one too ("tỷ
// lệ", "ratio", "a 10:3 rights issue"); without one "10:30" is a time of
// day.
//
// # Words as data
//
// A language is its data: a folder lang/LANG/ of .tsv files, read by one
// constructor into one read-only value that holds
// every table the rules read — score cues, frequency words, party nouns,
// names with digits, event names, ordinal nouns, multipliers and
// back-references, qualifiers (qualifiers.tsv), percent words
// (percents.tsv), currencies (currencies.tsv), the words that may begin a
// mention (starters.tsv, weak_starters.tsv, range_openers.tsv), and the
// words of dates and lengths of time (date_*.tsv: months, weekdays,
// periods, relative words, day parts, units of time, cue words with their
// roles). Each file opens with a comment that names its columns; a
// missing file is an empty table. For the built-in languages, go
// generate runs that constructor and writes its tables out as Go data
// (ztables.go, checked against the files by a test), so a program starts
// with them ready: nothing is parsed or built at run time.
// [Languages] lists the languages;
// another tag is an error ([Supported], [ErrLanguage]), never read as
// English.
//
// How a language writes numbers and dates where the rules let languages
// differ is data too, conventions.tsv: its decimal and grouping marks
// ("4.400" is 4400 and "1,5" is 1.5 in Vietnamese), whether a point or a
// comma that groups nothing is a decimal mark as well, Indian grouping,
// whether the month comes first in "3/5/2024", which clock times it
// writes ("9.30", "1430", "9 giờ", "9:30 pm"), whether an amount in words
// may follow a currency symbol, whether "8.5-km" counts km, and which
// family of the remaining rules of dates, ranks and word order the
// language follows (rules: vi or en); lang/vi/conventions.tsv says what
// each convention means.
//
// Numbers said in words are read by one grammar for both languages over
// the classes of number_words.tsv (digit, ten, tens,
// hundred, scale, joiner, point...); the flags of a word say where it may
// stand ("lăm" only after "mười" or "mươi", "năm" also the noun "year"),
// and number_conventions.tsv the few ways the languages differ ("hai mốt"
// is 21; "one two" is no number). The scales after digits
// (scale_words.tsv, scale_suffixes.tsv: "1,5 triệu", "2tr5", "$5bn"),
// ranks (ordinal_heads.tsv, ordinal_words.tsv, ordinal_suffixes.tsv:
// "Đại hội XIV", "hạng nhì", "21st"; rank_scopes.tsv, the ranking a
// rank is held in: "hạng 186 thế giới", "world No. 186"), fractions
// (fraction_words.tsv, fraction_links.tsv: "two thirds", "hai phần
// ba"), units and head nouns
// (units.tsv, per_units.tsv, classifiers.tsv) and the words between two
// amounts (conjunctions.tsv, range_links.tsv) are data too.
//
// # Adding words and languages
//
// A new word of a class is a row of that class's file, and a test row
// beside it; nothing else changes:
//
//   - a unit noun ("dự án" → project): a row of lang/vi/units.tsv, then
//     a line of testdata/vi.txt ("vi 4.400 dự án	number 4400
//     unit=project ...") for TestVietnamese;
//   - a date cue word ("hồi" before a date): a row of
//     lang/vi/date_cues.tsv with its role (the roles are listed in
//     date_roles.go), then a line of testdata/vi.txt;
//   - a currency: a row of lang/LANG/currencies.tsv, its phrase, its ISO
//     code and where it stands (after the amount, before it, a code of
//     millions, a subunit), then a line of testdata/en.txt or vi.txt;
//   - a month or weekday spelling: lang/LANG/date_months.tsv or
//     date_weekdays.tsv, with its form (full, short, common).
//
// Run `go test ./numbers` (the table tests, the behaviour snapshot of
// TestSnapshot, whose reviewed differences go in
// testdata/snapshot/accepted.txt, and TestNoWordsInCode, which keeps the
// words of every language out of the code), then
// ../shared/tools/score-extract.
//
// A new language is a folder lang/XX holding its files (those it lacks
// are empty tables), with its conventions.tsv, a line in the Languages
// list (builtinTags in langdata.go, which [Languages] returns), and its
// table tests (testdata/XX.txt). TestLanguageFromData builds a made-up
// language from a few files in memory and reads its numbers, units and
// dates. The rules still come in two families, the Vietnamese and the
// English one, where no convention of its own decides yet (the scanner's
// vi flag, set by the rules line of conventions.tsv): a new language
// picks the family closer to it.
//
// # Text as stored
//
// Decomposed Vietnamese (NFD), full-width digits, no-break and thin
// spaces, typographic dashes between numbers and curly quotes give the
// mentions of the plain text; Start and End stay offsets into the text
// given. Text that is NFC and holds none of them is read as it is.
//
// # Concurrency and cost
//
// Extract keeps no state between calls and is safe for concurrent use. It
// reads the text once, line by line, and its cost grows linearly with the
// length of the text.
package numbers
