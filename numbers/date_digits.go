package numbers

import "strconv"

// The small numbers that dates and times say in words, digit by digit or
// with tens: lang/LANG/date_digits.tsv, word, value, forms. Only
// Vietnamese has the file; a language without it reads no such words.

// A digitForm holds the forms of a word of date_digits.tsv.
type digitForm uint16

const (
	dfDigit    digitForm = 1 << iota // a digit 0-9: the value column
	dfAfter                          // a digit only after tens: "mốt", "lăm"
	dfNoUnit                         // never the unit after tens: "năm", "một", "không"
	dfOne                            // the plain one, which counts after tens: "một"
	dfNoLead                         // never the first digit of a year: "mốt"
	dfTen                            // ten: "mười"
	dfTens                           // tens after a digit: "mươi"
	dfZero                           // the zero of a place: "linh", "lẻ"
	dfHundred                        // "trăm"
	dfThousand                       // "nghìn", "ngàn"
)

var digitFormByName = map[string]digitForm{
	"after": dfAfter, "nounit": dfNoUnit, "one": dfOne, "nolead": dfNoLead, "ten": dfTen,
	"tens": dfTens, "zero": dfZero, "hundred": dfHundred, "thousand": dfThousand,
}

// A digitWord is what date_digits.tsv says of a word.
type digitWord struct {
	val  int8
	form digitForm
}

// fileDateDigits is the name of the file in each language's folder.
const fileDateDigits = "date_digits"

// readDateDigits reads lang/LANG/date_digits.tsv.
func readDateDigits(src langSource) (strMap[digitWord], []string) {
	words := map[string]digitWord{}
	var problem []string
	rows, lines := src.rows(fileDateDigits)
	for i, row := range rows {
		fail := func(why string) {
			problem = append(problem, src.name+"/"+fileDateDigits+".tsv:"+strconv.Itoa(lines[i])+": "+why)
		}
		var d digitWord
		if v := col(row, 1); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > 9 {
				fail("not a digit: " + strconv.Quote(v))
			}
			d.val, d.form = int8(n), dfDigit
		}
		for _, name := range splitFlags(col(row, 2)) {
			f, ok := digitFormByName[name]
			if !ok {
				fail("unknown form: " + strconv.Quote(name))
			}
			d.form |= f
		}
		words[row[0]] = d
	}
	return newStrMap(words), problem
}

// splitFlags splits a comma-separated column into its trimmed flags.
func splitFlags(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if f := trimSpaceASCII(s[start:i]); f != "" {
				out = append(out, f)
			}
			start = i + 1
		}
	}
	return out
}

func trimSpaceASCII(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// viDigitWord returns the value of a Vietnamese digit word.
func (s *scanner) viDigitWord(w string) (int, bool) {
	d, ok := s.lang.dateDigits.get(w)
	return int(d.val), ok && d.form&dfDigit != 0
}

// viDigitForm returns the forms of token j as a word of date_digits.tsv.
func (s *scanner) viDigitForm(j int) digitForm {
	t := s.tok(j)
	if t.kind != tWord {
		return 0
	}
	return s.lang.dateDigits.at(t.low).form
}

// viZeroAt reports whether token j is a zero before a digit: the zero of
// a place ("linh", "lẻ") or the digit zero ("không").
func (s *scanner) viZeroAt(j int) bool {
	if s.viDigitForm(j)&dfZero != 0 {
		return true
	}
	d, ok := s.viDigitWord(s.tok(j).low)
	return ok && d == 0 && s.tok(j).kind == tWord
}
