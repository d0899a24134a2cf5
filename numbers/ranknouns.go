package numbers

// Canonical nouns of ranks (the Unit of an Ordinal mention) that the data
// files of the languages map words to, and that a comparison of two
// mentions gives a meaning of its own. Any other Unit is a noun like any
// other ("congress", "minute").
const (
	// RankTime ranks occasions of no particular noun: "lần thứ hai",
	// "the second time", "for the fifth straight day". It is comparable
	// with a rank of any noun.
	RankTime = "time"
	// RankHalf ranks the halves of a match: "hiệp 2", "the second half".
	RankHalf = "half"
	// RankAnniversary ranks anniversaries: "the 30th anniversary"; the
	// Vietnamese "kỷ niệm 30 năm" is a Duration with Date.Anniversary.
	RankAnniversary = "anniversary"
	// RankCentury ranks centuries: "thế kỷ 20" is the 20th century, the
	// years 1900 to 1999 that "the 20th century" reads as a DateRange.
	RankCentury = "century"
)
