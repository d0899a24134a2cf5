package align

import (
	"strconv"
	"strings"

	"github.com/factalign/factalign/numbers"
)

// The pairs of kinds that state one fact in two forms, which acrossKinds
// judges and sameAcrossForms lets pair: a century as a rank and as its
// years, lengths of time as durations, spans and dates a length away, and,
// in a translated pair only, a year mistyped into another number and a
// bare number whose unit the other side says.

// centuries returns the centuries of a pair that states one as a rank
// ("thế kỷ 20") and the other as its hundred years ("the 20th century",
// 1900 to 1999).
func centuries(a, b *numbers.Mention) (ca, cb int, ok bool) {
	if a.Kind == b.Kind {
		return 0, 0, false // most pairs: no reading of both for nothing
	}
	ca, okA := centuryOf(a)
	cb, okB := centuryOf(b)
	return ca, cb, okA && okB
}

// centuryOf returns the century a rank of centuries or a range of a
// century's years states.
func centuryOf(m *numbers.Mention) (int, bool) {
	switch d := m.Date; {
	case m.Kind == numbers.Ordinal && m.Unit == numbers.RankCentury:
		v, ok := m.Value.Int64()
		return int(v), ok && v > 0
	case m.Kind == numbers.DateRange && d.Point.Grain == numbers.GrainYear && d.Point.Year > 0 && d.Point.Year%100 == 0 &&
		d.End.Year == d.Point.Year+99 && d.Point.Month == 0 && d.End.Month == 0:
		return int(d.Point.Year)/100 + 1, true
	}
	return 0, false
}

// yearTypo returns, of a pair, a plain four-digit number that no year
// reads as ("6968": digits, no grouping, no unit) and a year date or a
// decade one keystroke from it ("năm 1968", "thập niên 1970" against
// "5970"): in a translated pair, the year mistyped.
func yearTypo(a, b *numbers.Mention) (num, date *numbers.Mention, ok bool) {
	isYearDate := func(m *numbers.Mention) bool {
		d := m.Date
		return m.Kind == numbers.Date && d.Grain == numbers.GrainYear && d.Year != 0 && d.Relative == "" ||
			m.Kind == numbers.DateRange && d.Grain == numbers.GrainYear && d.Year%10 == 0 && d.End.Year == d.Year+9
	}
	plain := func(m *numbers.Mention) bool {
		v, ok := m.Value.Int64()
		return ok && bareCount(m) && v >= 1000 && v <= 9999 && !hasSeparator(m.Text) && m.Qualifier == numbers.Exact
	}
	switch {
	case plain(a) && isYearDate(b):
		num, date = a, b
	case plain(b) && isYearDate(a):
		num, date = b, a
	default:
		return nil, nil, false
	}
	return num, date, oneKeystroke(num.Value.String(), strconv.Itoa(int(date.Date.Year)))
}

// unitOnOneSide judges, in a translated pair (the units of CompareUnits),
// a bare number against a length of time: the translator said the unit
// on one side only ("khoảng 40" and "about 40 years old", "3000 đêm" read
// as a bare 3000 and "3,000 nights").
func unitOnOneSide(a, b *numbers.Mention, c *compareConfig) (verdict, bool) {
	da, db := asDuration(a), asDuration(b)
	switch {
	case !(bareCount(a) && db != nil || bareCount(b) && da != nil):
		return verdict{}, false
	case !sameMagnitude(a.Value, b.Value):
		return incomparable(), true // "một giây" is not "up to 600 million"
	case db != nil:
		return judgeNumbers(withUnitOf(a, db), db, c), true
	}
	return judgeNumbers(da, withUnitOf(b, da), c), true
}

// decimalLeftBare agrees a number with decimals and no unit with a
// length of the very same value: a time said again with its unit left
// out ("10 giây 19" and "the national record of 10.19"). Decimals make
// the coincidence unlikely; any other value is left to other steps.
func decimalLeftBare(a, b *numbers.Mention) (verdict, bool) {
	if a.Value.Exp() >= 0 && b.Value.Exp() >= 0 {
		return verdict{}, false // no decimals on either side: most pairs
	}
	bare, length := a, b
	if !bareCount(bare) {
		bare, length = b, a
	}
	if !bareCount(bare) || bare.Value.Exp() >= 0 || !isLength(length) || !bare.Value.Equal(length.Value) {
		return verdict{}, false
	}
	v := agree(a.Text, b.Text, "the unit on one side")
	v.exact = true
	return v, true
}

// bareCount reports a number with no unit that is no year: "40",
// "khoảng 40".
func bareCount(m *numbers.Mention) bool {
	return m.Kind == numbers.Number && m.Unit == "" && !m.Range && m.Value.Sign() > 0 && !isBareYear(m)
}

// withUnitOf returns the bare number m as a duration in the unit of d.
func withUnitOf(m, d *numbers.Mention) *numbers.Mention {
	r := *m
	r.Kind, r.Unit = numbers.Duration, d.Unit
	return &r
}

// asLengths returns, as two durations, two mentions of other kinds that
// state lengths of time: a duration, a span of dates ("5 năm tới"), a
// date no reference resolved ("36 years ago", "40 năm nữa"); two such
// dates only when both look the same way (ago, or from now).
func asLengths(a, b *numbers.Mention) (da, db *numbers.Mention, ok bool) {
	if !isLength(a) || !isLength(b) {
		return nil, nil, false // with no copy made of the other
	}
	da, db = asDuration(a), asDuration(b)
	switch {
	case monthsOpeningYear(a) > 0 || monthsOpeningYear(b) > 0:
		// The first months of a year are a length against a length
		// only: against another span of dates they are dates.
		ok = a.Kind == numbers.Duration || b.Kind == numbers.Duration
	case a.Kind == numbers.Date && b.Kind == numbers.Date:
		ok = relativeSign(a) == relativeSign(b) && relativeSign(a) != 0 // two resolved dates compare as dates
	default:
		ok = a.Kind != b.Kind
	}
	return da, db, ok
}

// relativeSign returns the direction of a date that a length away from
// the unresolved present states: -1 for "36 years ago", +1 for "40 năm
// nữa", 0 for any other date.
func relativeSign(m *numbers.Mention) int {
	rel := m.Date.Relative
	switch {
	case m.Kind != numbers.Date || m.Unit == "" || m.Value.Sign() <= 0 || rel == "":
		return 0
	case strings.Contains(rel, "-"):
		return -1
	case strings.Contains(rel, "+"):
		return 1
	}
	return 0
}
