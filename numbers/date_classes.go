package numbers

import "strconv"

// More classes of date words: lang/LANG/date_classes.tsv, word, class.
// A word may have several classes, one a line. The rules test a class
// with wordClass, never the word.

// A classSet is a set of the classes of date_classes.tsv.
type classSet uint32

const (
	ccNotAfterHour classSet = 1 << iota // after "N giờ": no time ("3 giờ nữa")
	ccHalfHour                          // half past the hour: "rưỡi"
	ccHourTo                            // minutes to the hour: "kém"
	ccSharp                             // the hour exactly: "đúng"
	ccMinute                            // the word of minutes: "phút"
	ccMinuteLetter                      // the letter of minutes, glued: "p"
	ccSecond                            // the word of seconds: "giây"
	ccDayWord                           // a day after the minutes: "ngày", "hôm"
	ccSunday                            // the second word of Sunday: "nhật"
	ccSundayHead                        // the first word of Sunday: "chủ", "chúa"
	ccAM                                // before noon: "am", "a"
	ccPM                                // after noon: "pm", "p"
	ccAmpmLetter                        // am or pm as one letter, before "m" or glued: "a.m.", "5p"
	ccM                                 // the "m" of "a.m."
	ccIsh                               // a glued approximation before am or pm: "3ish pm"
	ccAmpmLead                          // before a time whose letter a or p is glued: "at 5p"
)

var classByName = map[string]classSet{
	"not-after-hour": ccNotAfterHour, "half-hour": ccHalfHour, "hour-to": ccHourTo,
	"sharp": ccSharp, "minute": ccMinute, "minute-letter": ccMinuteLetter, "second": ccSecond,
	"day-word": ccDayWord, "sunday": ccSunday, "sunday-head": ccSundayHead, "am": ccAM, "pm": ccPM,
	"ampm-letter": ccAmpmLetter, "m": ccM, "ish": ccIsh, "ampm-lead": ccAmpmLead,
}

// fileDateClasses is the name of the file in each language's folder.
const fileDateClasses = "date_classes"

// readDateClasses reads lang/LANG/date_classes.tsv.
func readDateClasses(src langSource) (strMap[classSet], []string) {
	words := map[string]classSet{}
	var problem []string
	rows, lines := src.rows(fileDateClasses)
	for i, row := range rows {
		c, ok := classByName[col(row, 1)]
		if !ok {
			problem = append(problem, src.name+"/"+fileDateClasses+".tsv:"+strconv.Itoa(lines[i])+": unknown class "+strconv.Quote(col(row, 1)))
			continue
		}
		words[row[0]] |= c
	}
	return newStrMap(words), problem
}

// wordClass reports whether token j is a word of one of the classes in c.
func (s *scanner) wordClass(j int, c classSet) bool {
	return s.classOf(j)&c != 0
}

// classOf returns the classes of token j: none for a token that is not a
// word.
func (s *scanner) classOf(j int) classSet {
	t := s.tok(j)
	if t.kind != tWord {
		return 0
	}
	return s.lang.classes.at(t.low)
}
