package numbers

import (
	"slices"
	"strings"
)

// A number set off by commas after a person's name states something of
// the person, as English writes an age: "Nguyen Van K., 52, from An
// Giang", "Le Van Hung, 62, said". What it states, and up to which value,
// is data: lang/*/apposition.tsv.

// An apposedUnit is a row of apposition.tsv: the unit of a number set off
// by commas after a name, and the largest value it takes.
type apposedUnit struct {
	unit string
	max  Decimal
}

// parseApposition reads the rows of apposition.tsv, in the order of
// their units; a row whose value is no number is left out (the tests
// check the built-in files).
func parseApposition(rows map[string]string) []apposedUnit {
	var out []apposedUnit
	for unit, v := range rows {
		if max, err := ParseDecimal(strings.TrimSpace(v)); err == nil {
			out = append(out, apposedUnit{unit: unit, max: max})
		}
	}
	slices.SortFunc(out, func(a, b apposedUnit) int { return strings.Compare(a.unit, b.unit) })
	return out
}

// apposedUnit gives m, a bare whole number in digits read at tokens [i,
// next), the unit of apposition.tsv when commas set it off right after a
// capitalised word ("Khang, 34,", "Nguyen Van K., 52."): the first unit
// whose largest value it does not pass.
func (s *scanner) apposedUnit(m *Mention, i, next int) {
	units := s.lex().apposed
	if len(units) == 0 || m.Kind != Number || m.Unit != "" || m.Range || m.Qualifier != Exact || m.Written != WrittenDigits {
		return
	}
	if v, ok := m.Value.Int64(); !ok || v < 1 || !s.isPunct(i-1, ",") || !s.closesApposition(next) || !s.nameBefore(i-1) {
		return
	}
	for _, u := range units {
		if m.Value.Cmp(u.max) <= 0 {
			m.Unit = u.unit
			return
		}
	}
}

// closesApposition reports whether token k ends a phrase set off by
// commas: a comma, a semicolon, a closing bracket, a full stop, or the
// end of the line.
func (s *scanner) closesApposition(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	t := &s.toks[k]
	return t.kind == tPunct && strings.Contains(",;).", t.low)
}

// nameBefore reports whether the token before the comma at token k ends
// a capitalised name: a capitalised word of more than a letter that is
// no month or weekday ("Khang", "Do", but "March, 52", "team B, 2"), or
// an initial and its full stop ("K.").
func (s *scanner) nameBefore(k int) bool {
	j, initial := k-1, false
	if s.isPunct(j, ".") && s.glued(j) {
		j, initial = j-1, true
	}
	t := s.tok(j)
	return t.kind == tWord && t.upper && t.dbits&(dbMonth|dbWeekday) == 0 && (initial || t.end-t.start > 1)
}
