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
//
// # Values
//
// A [Decimal] holds every value exactly: "4.400" is 4400 in Vietnamese and
// "4.4" is 4.4; "1,5 triệu" is 1500000; "2tr5" is 2500000. Only fractions
// whose decimal expansion does not end, such as 2/3, are rounded, to 15
// significant digits.
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
// # Concurrency and cost
//
// Extract keeps no state between calls and is safe for concurrent use. It
// reads the text once, line by line, and its cost grows linearly with the
// length of the text.
package numbers
