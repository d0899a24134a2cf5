package align

import (
	"strconv"
	"time"

	"github.com/factalign/factalign/numbers"
)

// bornAndAge judges a year of birth against an age, one on each side
// ("Ông Quang sinh năm 1975" and "Quang, 51,"): the year is a date that
// the words of the slot class life name a birth (slots.tsv), the age a
// count in years of age, and the age side's date of writing gives the
// age its year. Born in 1975, a person is 50 or 51 in 2026, as the
// birthday has come or not; another age conflicts. ok is false for any
// other pair, or when the age side has no date.
func bornAndAge(a, b *Item, refA, refB time.Time) (verdict, bool) {
	born, age, ref := a, b, refB
	if !isBirthYear(born) {
		born, age, ref = b, a, refA
	}
	if !isBirthYear(born) || age.Number == nil || age.Number.Unit != ageUnit || age.Number.Range || ref.IsZero() {
		return verdict{}, false
	}
	years, exact := age.Number.Value.Int64()
	if !exact || age.Number.Value.Exp() < 0 {
		return verdict{}, false
	}
	y := int64(born.Number.Date.Year)
	older := int64(ref.Year()) - y // the age once the birthday has come
	if older < 1 || older > maxAge {
		return verdict{}, false // no birth of a person of an age: "tuyển sinh năm 2026" (the admissions)
	}
	if years == older || years == older-1 {
		return agree(a.Text(), b.Text(), "born in "+strconv.FormatInt(y, 10)), true
	}
	return differ(a.Text(), b.Text(), "born in "+strconv.FormatInt(y, 10)+": "+strconv.FormatInt(older-1, 10)+" or "+strconv.FormatInt(older, 10)+" in "+strconv.Itoa(ref.Year())+", not "+strconv.FormatInt(years, 10)), true
}

// maxAge bounds the years between a birth and the year of writing.
const maxAge = 120

// ageUnit is the unit numbers gives an age: "48 tuổi", "Ha, 48,".
const ageUnit = "age"

// bornSlot is the concept of the slot class life that marks a birth.
const bornSlot = "born"

// isBirthYear reports a date of a stated year that its words name a
// birth: "sinh năm 1975", "born in 1975", "sinh ngày 5/3/1975".
func isBirthYear(it *Item) bool {
	m := it.Number
	if m == nil || m.Kind != numbers.Date || m.Date.Year == 0 || m.Date.YearImplied || m.Date.Deictic {
		return false
	}
	for _, c := range it.slot() {
		if c == bornSlot {
			return true
		}
	}
	return false
}

// bornAndAge reports whether items x of A and y of B are a year of birth
// and an age that bornAndAge judges: one fact in two forms, whatever
// their slots (a date and a count).
func (p *pairer) bornAndAge(x, y int) bool {
	_, ok := bornAndAge(&p.fa.items[x], &p.fb.items[y], p.fa.ref, p.fb.ref)
	return ok
}
