package align

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/internal/strtab"
	"github.com/factalign/factalign/numbers"
)

// A verdict is the comparison of two items.
type verdict struct {
	status     Status // Agree or Conflict
	comparable bool   // false: the two are not the same kind of fact
	exact      bool   // an agreement on the very same value, not a rounding
	why        reason
}

// A reason is the one line of a verdict, written out only for the
// verdicts that become facts: the pairer judges many more pairs than it
// keeps.
type reason struct {
	a, b string // the two texts, as written
	op   string // " = " or " ≠ "; "" for no reason
	note string
	more string // what the pairer adds: noteNotAligned
	// The figures whose values or dates the note shows after its own
	// text (show), written out only by String: most conflicts judged
	// become no fact.
	va, vb *numbers.Mention
	show   shown
}

// What a reason's note shows of its two figures after its own text.
type shown uint8

const (
	showNothing shown = iota
	showValues        // "4400 vs 4500" (showValue)
	showDates         // "30/1/2026 vs 31/1/2026" (showDate)
	showNumbers       // "3 vs 4": the values alone
)

// noteText returns the note of r, with what it shows of its figures.
func (r reason) noteText() string {
	switch r.show {
	case showValues:
		return r.note + showValue(r.va) + " vs " + showValue(r.vb)
	case showDates:
		return r.note + showDate(r.va.Date) + " vs " + showDate(r.vb.Date)
	case showNumbers:
		return r.note + r.va.Value.String() + " vs " + r.vb.Value.String()
	}
	return r.note
}

// String returns the reason: "4.400 dự án = 4,400 projects (rounded)",
// "30/1 ≠ Saturday: 30/1/2026 is a Friday".
func (r reason) String() string {
	note := r.noteText()
	switch {
	case r.op == "":
		return r.more
	case note == "":
		return quoteText(r.a) + r.op + quoteText(r.b) + r.more
	case r.op == opAgree:
		return quoteText(r.a) + r.op + quoteText(r.b) + " (" + note + ")" + r.more
	}
	return quoteText(r.a) + r.op + quoteText(r.b) + ": " + note + r.more
}

// The operators of a reason.
const (
	opAgree  = " = "
	opDiffer = " ≠ "
)

// Notes of agreements that are not on the very same value.
const (
	noteRounded    = "rounded"
	noteSameMonths = "the same months"
)

func incomparable() verdict { return verdict{} }

// judge compares two items of the two sides.
func judge(a, b *Item, c *compareConfig) verdict {
	switch {
	case a.Number != nil && b.Number != nil:
		// A part of a whole may count a narrower noun than the whole's,
		// whose unit it was given: "23 of them fatal" after "119,000
		// cases" counts the deaths of "23 ca tử vong". It is judged in the
		// other's unit.
		ma, mb := a.Number, b.Number
		switch {
		case a.part && !b.part && narrowerOf(ma.Unit, mb.Unit):
			ma = inUnit(ma, mb.Unit)
		case b.part && !a.part && narrowerOf(mb.Unit, ma.Unit):
			mb = inUnit(mb, ma.Unit)
		}
		if rank, run, ok := rankOfRun(a, b); ok {
			return judgeRankOfRun(ma, mb, rank, run)
		}
		v := judgeNumbers(ma, mb, c)
		if v.status == Conflict && ma.Kind == numbers.Ordinal && theSlotWords().apartRanks(a.slot(), b.slot()) {
			return incomparable()
		}
		return v
	case a.Entity != nil && b.Entity != nil:
		return judgeEntities(a.Entity, b.Entity)
	}
	return incomparable()
}

// narrowerOf reports whether the noun u may count some of what a part
// of a whole of unit whole counts: a noun of the whole's class, or
// people ("three of them children", the deaths of cases). A drone is no
// part of a toll.
func narrowerOf(whole, u string) bool {
	cw, cu := unitClasses().row(whole).class, unitClasses().row(u).class
	return cw == "" || cu == "" || cw == cu || cu == personClass
}

// personClass is the class of unitclasses.tsv whose nouns count people,
// which a part of any whole may count.
const personClass = "person"

// rankOfRun returns a rank in a run and the length of that run, when a
// and b are one of each, of one unit, and their words name the same run:
// "tháng thứ 45 liên tiếp" (the 45th consecutive month) and "45
// consecutive months". ok is false for any other pair.
func rankOfRun(a, b *Item) (rank, run *numbers.Mention, ok bool) {
	ma, mb := a.Number, b.Number
	if ma.Kind != numbers.Ordinal {
		ma, mb = mb, ma
	}
	if ma.Kind != numbers.Ordinal || mb.Kind != numbers.Number && mb.Kind != numbers.Duration || mb.Range || ma.Unit == "" {
		return nil, nil, false
	}
	if !sameUnit(ma.Unit, mb.Unit) || !theSlotWords().sameRun(a.slot(), b.slot()) {
		return nil, nil, false
	}
	return ma, mb, true
}

// judgeRankOfRun compares the place in a run with the run's length; a
// and b are the two in the report's order.
func judgeRankOfRun(a, b, rank, run *numbers.Mention) verdict {
	n := rank.Value.String()
	if rank.Value.Equal(run.Value) && run.Qualifier == numbers.Exact {
		v := agree(a.Text, b.Text, "the "+ordinalSuffix(n)+" of a run is a run of "+n)
		v.exact = true
		return v
	}
	return differ(a.Text, b.Text, "the "+ordinalSuffix(n)+" of a run vs a run of "+run.Value.String())
}

// inUnit returns m in the unit u: m itself, or a copy (made only then: a
// judgement is made for many pairs).
func inUnit(m *numbers.Mention, u string) *numbers.Mention {
	if m.Unit == u {
		return m
	}
	cp := *m
	cp.Unit = u
	return &cp
}

// agree and differ build verdicts with the two texts in the reason.
func agree(a, b, note string) verdict {
	return verdict{status: Agree, comparable: true, why: reason{a: a, b: b, op: opAgree, note: note}}
}

// agrees reports a verdict that compared the two and found them to agree.
func (v verdict) agrees() bool { return v.comparable && v.status == Agree }

func differ(a, b, note string) verdict {
	return verdict{status: Conflict, comparable: true, why: reason{a: a, b: b, op: opDiffer, note: note}}
}

// differShowing is differ with a note of prefix and then what show
// shows of a and b ("ranks 3 vs 4"), written out only if the verdict's
// reason is.
func differShowing(a, b *numbers.Mention, prefix string, show shown) verdict {
	return verdict{status: Conflict, comparable: true, why: reason{a: a.Text, b: b.Text, op: opDiffer, note: prefix, va: a, vb: b, show: show}}
}

// quoteText shows a mention in a reason: as written, on one line. Most
// mentions already are; they are returned as they are, without a copy.
func quoteText(s string) string {
	if oneLine(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// oneLine reports whether s is what quoteText makes of it: no white space
// but single spaces between words.
func oneLine(s string) bool {
	space := true // a space here would lead the text
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
			space = false
			continue
		}
		switch c {
		case ' ':
			if space {
				return false
			}
			space = true
		case '\t', '\n', '\v', '\f', '\r':
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}

// judgeNumbers compares two number mentions: first the pairs of kinds
// that state one fact in two forms (an anniversary, a half of a match, a
// year, a span of years), then mentions of one family.
func judgeNumbers(a, b *numbers.Mention, c *compareConfig) verdict {
	if v, ok := acrossKinds(a, b, c); ok {
		return v
	}
	fa := family(a.Kind)
	switch {
	case fa != family(b.Kind):
		return incomparable()
	case fa == numbers.Score:
		return judgeScores(a, b)
	case fa == numbers.Ratio:
		return judgeRatios(a, b)
	case fa == numbers.Ordinal:
		return judgeRanks(a, b)
	case fa == numbers.Date:
		return judgeDates(a, b)
	case fa == numbers.Percent && a.Kind != b.Kind:
		if sameValue(a, b, c) {
			return differ(a.Text, b.Text, "a percentage is not a change in percentage points")
		}
		return incomparable()
	}
	if ta, tb, ok := trends(a, b); ok {
		if ta != tb {
			return differ(a.Text, b.Text, ta.String()+" vs "+tb.String())
		}
		a, b = sizeOfChange(a), sizeOfChange(b)
	}
	if v, ok := acrossSystems(a, b); ok {
		return v
	}
	a0, b0 := a, b
	a, b = inFinerUnit(a, b), inFinerUnit(b, a)
	if v, ok := otherMeasures(a, b, c); ok {
		return v
	}
	v := judgeValues(a, b, c)
	if v.status == Conflict && (restOfWhole(a, b) || byArticle(a) || byArticle(b)) {
		return incomparable()
	}
	if v.status == Conflict {
		if note, ok := levelAndChange(a, b); ok {
			v = agree(a.Text, b.Text, note)
			v.exact = true // one figure, said two ways
			return v
		}
	}
	if v.status == Agree && a == a0 && b == b0 && toTheSecond(a, b) {
		// "2:21:04" and "2:21:40": a race's time is exact to the
		// second, however many zeros its count of seconds ends with.
		return differShowing(a, b, "", showValues)
	}
	if v.status == Conflict && a.Unit != b.Unit && (isLoose(a.Unit) || isLoose(b.Unit)) {
		// "3-5 degrees" after "độ C" is Celsius; "130 degrees" against
		// "54 độ C" is Fahrenheit: a loose unit agrees, read in the
		// other unit it may be in, and never conflicts.
		if looseReading(a, b) {
			return agree(a.Text, b.Text, noteOtherSystem)
		}
		return incomparable()
	}
	if v.status == Conflict && (a != a0 || b != b0) && boundsMeetScaled(a0, b0, unitFactor(a0, a.Unit), unitFactor(b0, b.Unit)) {
		// A bound reaches one unit of its last digit in the unit it was
		// said in: "almost two years" is 12 to 24 months, and meets
		// "hơn 22 tháng".
		return agree(a.Text, b.Text, "within the stated bounds")
	}
	return v
}

// exchangeRates returns a and b as two amounts of money when one is a
// rate of exchange (money per a currency: "157,5 yen đổi 1 USD") and the
// other a bare number per the same currency ("157.5 per dollar"), which
// takes the first one's currency. ok is false for any other pair.
func exchangeRates(a, b *numbers.Mention) (ra, rb *numbers.Mention, ok bool) {
	rate := func(m *numbers.Mention) bool { return m.Kind == numbers.Money && numbers.CurrencyCode(m.Per) }
	bare := func(m, of *numbers.Mention) bool {
		return m.Kind == numbers.Number && m.Unit == "" && m.Per == of.Per
	}
	switch {
	case rate(a) && bare(b, a):
		cp := *b
		cp.Kind, cp.Currency = numbers.Money, a.Currency
		return a, &cp, true
	case rate(b) && bare(a, b):
		cp := *a
		cp.Kind, cp.Currency = numbers.Money, b.Currency
		return &cp, b, true
	}
	return nil, nil, false
}

// acrossSystems compares two measures of one dimension in units of two
// systems ("khoảng 3.000 m" and "about 10,000 feet", "42 độ C" and "108
// degrees Fahrenheit"; unitclasses.tsv si= and zero=) in the base unit of
// the dimension. They agree when they meet within half a unit of the last
// digit each writes, the rounding of a conversion; two values each said
// about or as a bound agree within systemTolerance. A value near the other
// but past its rounding is the same measure converted wrongly or edited
// ("sức gió 253 km/h" and "145 mph"): a conflict. A far value is not
// compared, for it may be another fact.
func acrossSystems(a, b *numbers.Mention) (verdict, bool) {
	ra, rb, ok := systemRows(a, b)
	if !ok {
		return verdict{}, false
	}
	return compareAcross(a, b, ra, rb), true
}

// compareAcross is acrossSystems for a and b in the units of rows ra and
// rb.
func compareAcross(a, b *numbers.Mention, ra, rb *unitRow) verdict {
	va, _ := a.Value.Float64()
	vb, _ := b.Value.Float64()
	x, y := ra.zero+va*ra.si, rb.zero+vb*rb.si
	if ra.zero == 0 && rb.zero == 0 && (x <= 0 || y <= 0) {
		return incomparable()
	}
	d := math.Abs(x - y)
	slack := (math.Pow10(lastWrittenExp(a))*ra.si + math.Pow10(lastWrittenExp(b))*rb.si) / 2
	near := d <= systemTolerance*math.Max(math.Abs(x), math.Abs(y))
	approx := a.Qualifier != numbers.Exact && b.Qualifier != numbers.Exact
	switch {
	case d <= slack*(1+1e-9):
		return agree(a.Text, b.Text, noteOtherSystem)
	case approx && (ra.zero != 0 || rb.zero != 0):
		// A tenth of a temperature is no measure of its rounding: its
		// scale's zero is anywhere.
		return incomparable()
	case near && approx:
		return agree(a.Text, b.Text, noteOtherSystem)
	case near:
		// "145 mph is 233.4 km/h": the other's value in this one's unit,
		// a digit finer than this one writes.
		inA := strconv.FormatFloat((y-ra.zero)/ra.si, 'f', max(0, 1-lastWrittenExp(a)), 64)
		return differ(a.Text, b.Text, b.Text+" is "+inA+" "+a.Unit)
	}
	return incomparable()
}

// noteOtherSystem notes an agreement of measures in units of two systems.
const noteOtherSystem = "in another unit"

// systemTolerance is how far apart two measures in units of two systems
// may be and agree when one is said about or as a bound, and how near a
// value must be to conflict rather than be another fact: a tenth.
const systemTolerance = 0.1

// systemRows returns the rows of a's and b's units, when both are
// measures of one dimension in units of other classes that state their
// size in its base unit (a class's units are compared by scale).
func systemRows(a, b *numbers.Mention) (ra, rb *unitRow, ok bool) {
	if a.Kind != numbers.Number || b.Kind != numbers.Number || a.Range || b.Range || a.Unit == b.Unit || unitClass(a.Unit) == unitClass(b.Unit) {
		return nil, nil, false
	}
	t := unitClasses()
	ra, rb = t.row(a.Unit), t.row(b.Unit)
	if ra.dim == "" || ra.dim != rb.dim {
		return nil, nil, false
	}
	return ra, rb, ra.si != 0 && rb.si != 0
}

// looseReading compares a and b, one of them in a loose unit that may
// be read in another (unitclasses.tsv or=: "116 degrees" may be
// Fahrenheit), with the loose one read in that unit: whether they agree.
func looseReading(a, b *numbers.Mention) bool {
	t := unitClasses()
	read := func(loose, other *numbers.Mention) bool {
		or := t.row(loose.Unit).or
		if or == "" || other.Unit == or {
			return false
		}
		cp := *loose
		cp.Unit = or
		ra, rb, ok := systemRows(&cp, other)
		return ok && compareAcross(&cp, other, ra, rb).status == Agree
	}
	return read(a, b) || read(b, a)
}

// byArticle reports a one said by the indefinite article alone ("a
// month early", "an hour"): a manner of speaking as often as a count,
// it agrees with one and sets no other figure against it.
func byArticle(m *numbers.Mention) bool { return m.Written == numbers.WrittenArticle }

// unitPercentPoint is the unit of unitclasses.tsv that a difference of
// percentages (Kind PercentPoint) is counted in as a measure: basis
// points are its hundredths.
const unitPercentPoint = "percent point"

// pointsAndBasis returns a pair of a difference in percentage points and
// an amount of another unit of them (basis points), with the percentage
// points as an amount of unitPercentPoint.
func pointsAndBasis(a, b *numbers.Mention) (pa, pb *numbers.Mention, ok bool) {
	asPoints := func(m *numbers.Mention) *numbers.Mention {
		p := *m
		p.Kind, p.Unit = numbers.Number, unitPercentPoint
		return &p
	}
	inPoints := func(m *numbers.Mention) bool {
		return m.Kind == numbers.Number && m.Unit != unitPercentPoint && unitClass(m.Unit) == unitPercentPoint
	}
	switch {
	case a.Kind == numbers.PercentPoint && inPoints(b):
		return asPoints(a), b, true
	case b.Kind == numbers.PercentPoint && inPoints(a):
		return a, asPoints(b), true
	}
	return nil, nil, false
}

// levelAndChange reports two percentages that state one figure against
// one base in two ways, the level reached and the change: "bằng 112,4%
// dự toán" is "12.4 percent above the estimate", and "94.7% of the plan"
// is "giảm 5,3%" (a fall said as one). The level says no way; a change
// above the base says none or up, one below it says down. The note
// shows the sum.
func levelAndChange(a, b *numbers.Mention) (string, bool) {
	if a.Kind != numbers.Percent || b.Kind != numbers.Percent || a.Range || b.Range {
		return "", false
	}
	if note, ok := levelWithChange(a, b); ok {
		return note, true
	}
	return levelWithChange(b, a)
}

// levelWithChange is levelAndChange with the level and the change known.
func levelWithChange(level, change *numbers.Mention) (string, bool) {
	if trendOf(level) != numbers.NoTrend {
		return "", false
	}
	hundred, _ := numbers.NewDecimal(100, 0)
	size := sizeOfChange(change).Value
	if trendOf(change) == numbers.Down {
		if whole, ok := level.Value.Add(size); ok && whole.Cmp(hundred) == 0 {
			return showValue(level) + " of a base is " + size.String() + "% below it", true
		}
		return "", false
	}
	if above, ok := level.Value.Add(hundred.Neg()); ok && above.Sign() > 0 && above.Cmp(size) == 0 {
		return showValue(level) + " of a base is " + size.String() + "% above it", true
	}
	return "", false
}

// trends returns which way each of two changes goes when both say it and
// at least one in words or with a plus sign: "(-11%)" is down against
// "down 11%" and "giảm 11%"; a minus alone on both sides, or on one with
// no word on the other ("-5 độ C", "5°C"), is the values' own.
func trends(a, b *numbers.Mention) (ta, tb numbers.Trend, ok bool) {
	ta, tb = trendOf(a), trendOf(b)
	return ta, tb, ta != numbers.NoTrend && tb != numbers.NoTrend && (a.Trend != numbers.NoTrend || b.Trend != numbers.NoTrend)
}

// oppositeTrends reports two changes that go opposite ways ("tăng 5%",
// "fell 5%"), as trends reads them.
func oppositeTrends(a, b *numbers.Mention) bool {
	ta, tb, ok := trends(a, b)
	return ok && ta != tb
}

// bothChanges reports two amounts that a word or a sign says are changes
// on both sides: evidence that they are one figure.
func bothChanges(a, b *numbers.Mention) bool {
	_, _, ok := trends(a, b)
	return ok
}

// trendOf returns which way m goes: its Trend, or down for a negative
// single value.
func trendOf(m *numbers.Mention) numbers.Trend {
	if m.Trend == numbers.NoTrend && !m.Range && m.Value.Sign() < 0 {
		return numbers.Down
	}
	return m.Trend
}

// sizeOfChange returns m with its value made positive, the size of a change
// whose way is compared apart.
func sizeOfChange(m *numbers.Mention) *numbers.Mention {
	if m.Range || m.Value.Sign() >= 0 {
		return m
	}
	c := *m
	c.Value = c.Value.Neg()
	return &c
}

// unitFactor returns how many of the unit u make one of m's: 12 for years
// in months, 1000 for km in metres; 1 for m's own unit.
func unitFactor(m *numbers.Mention, u string) float64 {
	if m.Unit == u {
		return 1
	}
	one := *m
	one.Value, _ = numbers.NewDecimal(1, 0)
	var v numbers.Decimal
	var ok bool
	switch m.Kind {
	case numbers.Duration:
		v, ok = one.DurationIn(u)
	case numbers.Number:
		v, ok = measureIn(&one, u)
	}
	f, fok := v.Float64()
	if !ok || !fok || f <= 0 {
		return 1
	}
	return f
}

// inFinerUnit returns a in b's unit when b's is the finer and a whole
// number of it makes one of a's: a length of time ("3 năm 6 tháng", 42
// months, and "three and a half years"), or a measure of one base
// ("1,5 km" and "1,500 metres"), and a range when b is one too, both
// ends ("0,4–0,6 m" and "40-60 cm"); else a itself.
func inFinerUnit(a, b *numbers.Mention) *numbers.Mention {
	if a.Kind != b.Kind || a.Unit == b.Unit || a.Range != b.Range {
		return a
	}
	v, ok := valueIn(a, a.Value, b.Unit)
	if !ok || v.Cmp(a.Value) <= 0 {
		return a // no conversion, or b's unit is the coarser
	}
	cp := *a
	cp.Value, cp.Unit = v, b.Unit
	if a.Range {
		// "0,4–0,6 m" against "40-60 cm": both ends.
		from, okFrom := valueIn(a, a.From, b.Unit)
		to, okTo := valueIn(a, a.To, b.Unit)
		if !okFrom || !okTo {
			return a
		}
		cp.From, cp.To = from, to
	}
	return &cp
}

// valueIn returns v, a value of m (its Value, or an end of its range), in
// the unit u: a length of time, or an amount of a measure.
func valueIn(m *numbers.Mention, v numbers.Decimal, u string) (numbers.Decimal, bool) {
	at := *m
	at.Value = v
	switch m.Kind {
	case numbers.Duration:
		return at.DurationIn(u)
	case numbers.Number:
		return measureIn(&at, u)
	}
	return numbers.Decimal{}, false
}

// measureIn returns the value of m, an amount of a measure, in the unit u
// of the same base (unitclasses.tsv, scale): "1,5 km" is 1,500 m.
func measureIn(m *numbers.Mention, u string) (numbers.Decimal, bool) {
	from, to := unitClasses().row(m.Unit), unitClasses().row(u)
	if !from.scaled || !to.scaled || from.scale.base != to.scale.base {
		return numbers.Decimal{}, false
	}
	return m.Value.Shift(from.scale.exp - to.scale.exp)
}

// ranksAndYears is acrossKinds for the ranks and years one version
// states as another kind: an anniversary, a half of a match, a year as
// a number, a rank no head made.
func ranksAndYears(a, b *numbers.Mention) (verdict, bool) {
	// An anniversary: "kỷ niệm 30 năm" and "the 30th anniversary".
	if v, ok := anniversary(a, b); ok {
		return v, true
	}
	// "hiệp một" (the first half of a match) and "the first half", which
	// the English extraction reads as the months of a half year.
	if v, ok := halfOfMatch(a, b); ok {
		return v, true
	}
	// A year written as a bare number ("the 2026 exam") and a year date.
	if y, d, ok := yearAndDate(a, b); ok {
		if y.Value.String() == strconv.Itoa(int(d.Date.Year)) {
			v := agree(a.Text, b.Text, "")
			v.exact = d.Date.Grain == numbers.GrainYear // the year, said as a number
			return v, true
		}
		if !sameRole(a, b) {
			return incomparable(), true // "than a year earlier": the base of a change, not the year of the fact
		}
		return differ(a.Text, b.Text, "year "+y.Value.String()+" vs "+strconv.Itoa(int(d.Date.Year))), true
	}
	// "Region 4" (a rank its head gives) and the 4 of "Vùng Cảnh sát
	// biển 4", which no head there made a rank: one number, or two
	// facts, so they agree or are not compared.
	if headed, bare, ok := rankAndBare(a, b); ok {
		switch {
		case headed.Value.Equal(bare.Value):
			return agree(a.Text, b.Text, ""), true
		case slipOfDigits(headed.Value, bare.Value):
			// "Nghị định số 168/2024" and "Decree No. 186/2024": the
			// number of one document, its digits mistyped.
			return differ(a.Text, b.Text, ""), true
		}
		return incomparable(), true
	}
	return verdict{}, false
}

// acrossKinds judges the pairs of kinds that state one fact in two forms.
func acrossKinds(a, b *numbers.Mention, c *compareConfig) (verdict, bool) {
	if v, ok := ranksAndYears(a, b); ok {
		return v, true
	}
	// "157,5 yen đổi 1 USD" and "157.5 per dollar": one rate of
	// exchange, the currency of its amount left unsaid.
	if ra, rb, ok := exchangeRates(a, b); ok {
		return judgeNumbers(ra, rb, c), true
	}
	// "0,25 điểm phần trăm" and "a 25-basis-point cut": percentage
	// points and basis points, compared in one unit.
	if pa, pb, ok := pointsAndBasis(a, b); ok {
		return judgeNumbers(pa, pb, c), true
	}
	// "hơn 50 năm qua" (the last 50 years, a span of dates) and "more
	// than 50 years" (a duration) state the same length.
	if da, db, ok := asLengths(a, b); ok {
		return judgeNumbers(da, db, c), true
	}
	// "một nửa" and "50 percent", "một phần ba" and "33%": one share,
	// said as a part and as a percentage. They may be two facts, so they
	// agree or are not compared.
	if share, pc, ok := shareAndPercent(a, b); ok {
		if hundredths, ok := share.Value.Shift(2); ok && roundAt(hundredths, pc.Value.Exp()).Equal(pc.Value) {
			return agree(a.Text, b.Text, ""), true
		}
		return incomparable(), true
	}
	// "tỷ lệ 100:15" and "a 15 percent stock dividend": one ratio, said
	// as two numbers and as a percentage. They may be two facts, so they
	// agree or are not compared.
	if r, pc, ok := ratioAndPercent(a, b); ok {
		if ratioIsPercent(r, pc) {
			return agree(a.Text, b.Text, ""), true
		}
		return incomparable(), true
	}
	// "One in five" and the 1 of "1 trong 5 người", a part that states
	// its share of the whole after it: one ratio in two forms.
	if share, part, ok := shareAndPart(a, b); ok {
		if sameShare(share.Value, part.Factor) {
			return agree(a.Text, b.Text, ""), true
		}
		return differ(a.Text, b.Text, showShare(a)+" vs "+showShare(b)), true
	}
	// "71,3 tuổi" (an age) and "71.3 years": one length. They may also be
	// two facts, an age and the years of a career, so they agree or are
	// not compared: no conflict.
	if la, lb, ok := ageAndLength(a, b); ok {
		if v := judgeNumbers(la, lb, c); v.status == Agree {
			return v, true
		}
		return incomparable(), true
	}
	// "3 chuyến/tuần" and "three times a week": one frequency, counted
	// by its events on one side and in times on the other.
	if f, count, ok := frequencyAndCount(a, b); ok {
		if sameValue(f, count, c) {
			return agree(a.Text, b.Text, ""), true
		}
		return differShowing(a, b, "", showValues), true
	}
	// "bị phạt gấp đôi" (twice the fine before it, derived) and
	// "doubled" (a multiple stated by itself): one multiplier.
	if derived, multiple, ok := derivedAndMultiple(a, b); ok {
		if derived.Factor.Equal(multiple.Value) {
			return agree(a.Text, b.Text, ""), true
		}
		return differ(a.Text, b.Text, derived.Factor.String()+" times vs "+multiple.Value.String()+" times"), true
	}
	// "thanh khoản 22.500 tỷ" and "VND22.5tn": an amount whose currency
	// the sentence leaves out, as business news does after a scale
	// word. It may be another figure, so they agree or are not compared.
	if money, bare, ok := amountAndBare(a, b); ok {
		switch {
		case sameValue(money, bare, c):
			return agree(a.Text, b.Text, "the currency left out"), true
		case slipOfSum(money.Value, bare.Value):
			// "trong đó ngân sách trung ương 7.000 tỷ" and "VND7.5
			// trillion from the central budget": the sum edited.
			return differ(a.Text, b.Text, "the currency left out"), true
		}
		return incomparable(), true
	}
	if ca, cb, ok := centuries(a, b); ok {
		if ca == cb {
			return agree(a.Text, b.Text, ""), true
		}
		return differ(a.Text, b.Text, "century "+strconv.Itoa(ca)+" vs "+strconv.Itoa(cb)), true
	}
	if v, ok := decimalLeftBare(a, b); ok {
		return v, true
	}
	if c.units {
		if y, d, ok := yearTypo(a, b); ok {
			return differ(a.Text, b.Text, "year "+strconv.Itoa(int(d.Date.Year))+" vs "+y.Value.String()), true
		}
		return unitOnOneSide(a, b, c)
	}
	return verdict{}, false
}

// judgeRanks compares two ranks. Ranks of two named things are two facts
// (the second leg, the second half); a rank with no noun agrees with one
// that has one, and they conflict only on the same noun.
func judgeRanks(a, b *numbers.Mention) verdict {
	if !sameUnit(a.Unit, b.Unit) && a.Unit != "" && b.Unit != "" && a.Unit != numbers.RankTime && b.Unit != numbers.RankTime {
		return incomparable()
	}
	switch {
	case a.Range != b.Range:
		return incomparable() // a range and one rank, as for other figures
	case a.Range:
		// "cấp 8-9", "level 8-10": the two ends are the ranks.
		if a.From.Equal(b.From) && a.To.Equal(b.To) {
			return agree(a.Text, b.Text, "")
		}
		return differShowing(a, b, "ranks ", showValues)
	}
	if a.Value.Equal(b.Value) {
		return agree(a.Text, b.Text, "")
	}
	if a.Unit != b.Unit && (isLoose(a.Unit) || isLoose(b.Unit)) {
		// "hạng 131", its scope left to the sentence before, and "the
		// world No. 131": one rank when the two agree, maybe two ranks
		// when they do not.
		return incomparable()
	}
	return differShowing(a, b, "rank ", showNumbers)
}

// otherRates reports two rates of other denominators. A rate of two
// ("đồng/người/tháng", "person/month") meets one of either ("a month"):
// a version may leave one out.
func otherRates(a, b string) bool {
	if a == b || a == "" || b == "" {
		return false
	}
	return !perWithin(a, b) && !perWithin(b, a)
}

// perWithin reports whether each denominator of the rate a is one of b's.
func perWithin(a, b string) bool {
	for u := range strings.SplitSeq(a, numbers.PerSep) {
		if !hasPer(b, u) {
			return false
		}
	}
	return true
}

// hasPer reports whether u is one of the denominators of the rate r,
// or names the same: a price per one of any people is a price per head
// ("14,9 triệu đồng mỗi khách" and "VND14.9 million per person"), and a
// rate per one of a class of counted things a rate per another of it
// ("70 phút mỗi xe" and "70 minutes per truck").
func hasPer(r, u string) bool {
	t := unitClasses()
	for v := range strings.SplitSeq(r, numbers.PerSep) {
		if v == u || t.row(v).head && t.row(u).head || countClass(t.row(v)) != "" && countClass(t.row(v)) == countClass(t.row(u)) {
			return true
		}
	}
	return false
}

// toTheSecond reports two lengths of time written in seconds, neither
// qualified, of other values: counts of seconds are exact, no rounding
// of each other.
func toTheSecond(a, b *numbers.Mention) bool {
	return a.Kind == numbers.Duration && b.Kind == numbers.Duration && a.Unit == numbers.UnitSecond && b.Unit == numbers.UnitSecond &&
		a.Qualifier == numbers.Exact && b.Qualifier == numbers.Exact && !a.Range && !b.Range && !a.Value.Equal(b.Value)
}

// restOfWhole reports a count of the rest of a whole against a larger
// count that may be the whole: "13 other defendants" and "14 bị cáo",
// one of them named apart; what would be a conflict of the two is none.
// A rest as large as the other count conflicts with it as any count
// does, and a rest agrees with the same figure.
func restOfWhole(a, b *numbers.Mention) bool {
	if a.Rest == b.Rest || a.Kind != numbers.Number || b.Kind != numbers.Number {
		return false
	}
	rest, whole := a, b
	if b.Rest {
		rest, whole = b, a
	}
	return rest.Value.Cmp(whole.Value) < 0
}

// otherMeasures reports two figures of one family that measure different
// things: another rate, another currency (a conflict when the amounts are
// the same: the currency was changed), counts of other nouns, durations
// in other units, a range and a single figure, a multiple and a figure
// that is none.
func otherMeasures(a, b *numbers.Mention, c *compareConfig) (verdict, bool) {
	if a.Change != b.Change && a.Change != numbers.NoChange && b.Change != numbers.NoChange {
		// "giảm 3 năm tù" and "cut to nine years": a change and the
		// level it reached.
		return incomparable(), true
	}
	if otherRates(a.Per, b.Per) {
		if a.Value.Equal(b.Value) {
			// The same figure per another unit: the unit was changed,
			// as a currency may be ("8,6 USD/kg", "$8.6 per pound").
			return differ(a.Text, b.Text, "per "+a.Per+" vs per "+b.Per), true
		}
		return incomparable(), true // 505 USD a tonne is not 250 USD a kilogram
	}
	if a.Currency != b.Currency && a.Currency != "" && b.Currency != "" {
		if a.Value.Equal(b.Value) || sameValue(a, b, c) {
			return differ(a.Text, b.Text, a.Currency+" vs "+b.Currency), true
		}
		return incomparable(), true
	}
	if a.Kind == numbers.Number && !unitsMeet(a, b) && (otherCounts(a, b) || rangesOfTwoNouns(a, b)) {
		return incomparable(), true
	}
	if a.Kind == numbers.Number && (shareOfCount(a, b) || shareOfCount(b, a)) {
		return incomparable(), true
	}
	if a.Kind == numbers.Number && (isPart(a) && measured(b) || isPart(b) && measured(a)) {
		// A share of nothing named is no measure: the "half" of "half
		// marathon" is not "21 km".
		return incomparable(), true
	}
	if (a.Unit == numbers.Times) != (b.Unit == numbers.Times) && (smallCount(a) || smallCount(b)) {
		// A small multiple is no count: "twice" is not the 2 of "CO2";
		// "600 triệu lần" and "600 million of them" are one.
		return incomparable(), true
	}
	if a.Kind == numbers.Duration && a.Unit != b.Unit || a.Range != b.Range {
		return incomparable(), true
	}
	return verdict{}, false
}

// otherCounts reports counts of two nouns that are not one fact: "3 người
// chết", "5 ngôi nhà"; "2.000 lao động" and "2,023 factories" are not a
// rounding; and "hai nước" and a bare "2", "3 ca" and "three shifts" are
// too common to pair unless the nouns agree.
func otherCounts(a, b *numbers.Mention) bool {
	if isPart(a) && isPart(b) {
		return false // "một phần tư" and "a third": two shares of one whole
	}
	if !a.Value.Equal(b.Value) {
		return a.Unit != "" && b.Unit != "" || smallCount(a) || smallCount(b)
	}
	return smallCount(a) && (a.Unit != "" && b.Unit != "" || a.Unit == "" && bareDecimal(a) || b.Unit == "" && bareDecimal(b))
}

// rangesOfTwoNouns reports two ranges of two nouns: "hàng chục mét" and
// "dozens of people" say the same order of magnitude of other things.
func rangesOfTwoNouns(a, b *numbers.Mention) bool {
	return a.Range && b.Range && a.Unit != "" && b.Unit != ""
}

// bareDecimal reports a small figure written with a decimal mark and
// fewer than three significant digits, as common as a version number
// ("2.0", "5.5"); "7.14" is specific enough to pair with "7,14 điểm".
func bareDecimal(m *numbers.Mention) bool {
	return hasSeparator(m.Text) && m.Value.Digits() < 3
}

// judgeValues compares two figures that measure one thing, each read
// with the grouping that brings it nearer to the other ("60,000" in a
// Vietnamese text against 60,000).
func judgeValues(a, b *numbers.Mention, c *compareConfig) verdict {
	a, b = regroupToward(a, b), regroupToward(b, a)
	if a.Range {
		if a.From.Equal(b.From) && a.To.Equal(b.To) {
			return agree(a.Text, b.Text, "")
		}
		return differShowing(a, b, "", showValues)
	}
	if a.Value.Equal(b.Value) && oppositeBounds(a, b) {
		return differ(a.Text, b.Text, qualifierWord(a.Qualifier)+" vs "+qualifierWord(b.Qualifier)+" "+showValue(a))
	}
	if a.Value.Equal(b.Value) {
		v := agree(a.Text, b.Text, qualifierNote(a, b))
		v.exact = sameUnit(a.Unit, b.Unit) || a.Unit == "" || b.Unit == ""
		return v
	}
	if sameValue(a, b, c) {
		return agree(a.Text, b.Text, noteRounded)
	}
	if boundsMeet(a, b) || sameWayRounding(a, b) {
		return agree(a.Text, b.Text, "within the stated bounds")
	}
	return differShowing(a, b, "", showValues)
}

// sameWayRounding reports two bounds of one direction of which the looser
// is the tighter cut to the looser's last digit, toward the bound: "Hơn
// 1,26 triệu người" and "More than 1.2 million people" are both true of
// 1,263,000, as "hơn 213.000" and "more than 200,000" are of 213,500;
// "more than 1,240" and "more than 1,420" are two bounds, and so are two
// limits of one digit below a hundred ("under six", "under ten") and a
// limit of one digit a tenth or more from the other ("at least 10
// trillion", "at least 12 trillion").
func sameWayRounding(a, b *numbers.Mention) bool {
	lower := lowerBound(a.Qualifier) && lowerBound(b.Qualifier)
	if !lower && !(upperBound(a.Qualifier) && upperBound(b.Qualifier)) {
		return false
	}
	tight, loose := a, b // a lower bound's tighter one is the larger
	if (a.Value.Cmp(b.Value) < 0) == lower {
		tight, loose = b, a
	}
	t, ok1 := tight.Value.Float64()
	l, ok2 := loose.Value.Float64()
	if !ok1 || !ok2 {
		return false
	}
	if loose.Value.Digits() < 2 && (loose.Value.Exp() < 2 || math.Abs(t-l) > t/10) {
		// "under six" and "under ten" are two limits, and so are "at
		// least 12 trillion" and "at least 10 trillion"; "more than
		// 200,000" is "hơn 213.000" cut to its first digit.
		return false
	}
	p := math.Pow10(loose.Value.Exp())
	cut := math.Floor(t/p) * p
	if !lower {
		cut = math.Ceil(t/p) * p
	}
	return math.Abs(cut-l) <= p*1e-9
}

// boundsMeet reports two figures whose bounds leave room for one true
// value: "over 97 percent" and 97.57%, "hơn 7 điểm" and "almost eight
// points". A bound (more, less, at least, at most) reaches one unit of
// its last significant digit past its figure.
func boundsMeet(a, b *numbers.Mention) bool {
	if approxAgainstBound(a, b) || approxAgainstBound(b, a) {
		// "khoảng 412 tỷ đồng" and "over VND410 billion": the approximate
		// figure's rounding meets the bound ("about 3,000" and "3,400"
		// are left to sameValue).
		return boundsMeetIn(a, b, 1, 1, roundedBounds)
	}
	return boundsMeetIn(a, b, 1, 1, bounds)
}

// approxAgainstBound reports an approximate figure a set against a bound
// b (more than, at least, less than, at most).
func approxAgainstBound(a, b *numbers.Mention) bool {
	return a.Qualifier == numbers.Approx && (lowerBound(b.Qualifier) || upperBound(b.Qualifier))
}

// boundsMeetScaled is boundsMeet for two figures said in units that
// scales fa and fb put in one: each bound reaches one unit of its last
// digit in its own unit, and an approximate figure half of one either
// way ("khoảng 22 tháng" and "nearly two years", "22 tháng" and "about
// two years": said in years, the months are rounded away).
func boundsMeetScaled(a, b *numbers.Mention, fa, fb float64) bool {
	return boundsMeetIn(a, b, fa, fb, roundedBounds)
}

// boundsMeetIn is boundsMeetScaled with the bounds that boundsOf gives.
func boundsMeetIn(a, b *numbers.Mention, fa, fb float64, boundsOf func(*numbers.Mention) (float64, float64, bool)) bool {
	if lowerBound(a.Qualifier) && lowerBound(b.Qualifier) || upperBound(a.Qualifier) && upperBound(b.Qualifier) ||
		a.Qualifier == numbers.Exact && b.Qualifier == numbers.Exact {
		return false // "more than 1,240" and "more than 1,420" state two bounds
	}
	la, ha, ok := boundsOf(a)
	if !ok {
		return false
	}
	lb, hb, ok := boundsOf(b)
	return ok && la*fa < hb*fb && lb*fb < ha*fa
}

// roundedBounds is bounds, with an approximate figure's: half a unit of
// its last digit either way.
func roundedBounds(m *numbers.Mention) (lo, hi float64, ok bool) {
	if m.Qualifier != numbers.Approx {
		return bounds(m)
	}
	v, ok := m.Value.Float64()
	if !ok || v <= 0 {
		return 0, 0, false
	}
	half := math.Pow10(m.Value.Exp()) / 2
	return v - half, v + half, true
}

// bounds returns the open interval of true values a figure states.
func bounds(m *numbers.Mention) (lo, hi float64, ok bool) {
	v, ok := m.Value.Float64()
	if !ok || v <= 0 {
		return 0, 0, false
	}
	const eps = 1e-9
	// A bound reaches one unit of its last digit past its figure: "more
	// than 97 per cent" is 97.57, not 99; "nearly 810,400" is 810,382, not
	// 610,382.
	unit := math.Pow10(m.Value.Exp())
	switch m.Qualifier {
	case numbers.MoreThan, numbers.AtLeast:
		return v - eps, v + unit, true
	case numbers.LessThan, numbers.AtMost:
		return v - unit, v + eps, true
	case numbers.Exact:
		return v - eps*v, v + eps*v, true
	}
	return 0, 0, false
}

// unitClasses returns the classes of data/unitclasses.tsv:
// unitClassTables of ztables.go, laid out by the generator in
// tables_build_test.go (parseUnitClasses) and never modified, so that no
// process parses the file or builds a map of it.
func unitClasses() *unitClassTable { return &unitClassTables }

// flagLength opens the flag of unitclasses.tsv that makes a unit a
// length of time in another unit: "age ... length=year".
const flagLength = "length="

// flagSI opens the flag of unitclasses.tsv that gives a unit's size in
// the base unit of its dimension: "mile ... si=1609.344" (metres).
const flagSI = "si="

// flagDim opens the flag of unitclasses.tsv that names what a unit
// measures: "mile ... dim=length".
const flagDim = "dim="

// flagZero opens the flag of unitclasses.tsv that gives where a unit's
// zero stands in the base unit of its dimension: "°F ... zero=-17.78"
// (degrees Celsius), for a scale that does not start at the base's zero.
const flagZero = "zero="

// flagOr opens the flag of unitclasses.tsv that names the other unit a
// loose unit may be in: "degree ... or=°F" ("116 degrees" in Phoenix).
const flagOr = "or="

// flagScale opens the flag of unitclasses.tsv that makes a unit a power
// of ten of another: "km ... scale=m:3".
const flagScale = "scale="

// A unitScale says what a unit of a measure is: ten to the exp of base.
type unitScale struct {
	base string
	exp  int
}

// parseScale reads a flag "scale=BASE:N"; ok is false for any other flag
// or a malformed one, which the test of the table reports.
func parseScale(f string) (unitScale, bool) {
	rest, ok := strings.CutPrefix(f, flagScale)
	if !ok {
		return unitScale{}, false
	}
	base, n, ok := strings.Cut(rest, ":")
	exp, err := strconv.Atoi(n)
	if !ok || base == "" || err != nil {
		return unitScale{}, false
	}
	return unitScale{base, exp}, true
}

// A unitClassTable holds data/unitclasses.tsv: a row a unit.
type unitClassTable struct {
	units strtab.Table[uint16] // the units of the file
	rows  []unitRow            // by index in units, and last an empty row for the units it does not list
}

// A unitRow is what data/unitclasses.tsv says of one unit.
type unitRow struct {
	class   string    // the unit's class
	bare    bool      // a bare number meets the unit
	measure bool      // a unit of a measure, not of counted things
	loose   bool      // names its measure loosely: "degree" (Celsius or Fahrenheit)
	head    bool      // counts people: a price per one is a price per head ("mỗi khách", "per person")
	length  string    // the unit states a length of time in this unit: age → year; "" if not
	scaled  bool      // the unit is a power of ten of a base (scale)
	scale   unitScale // km → m, 3
	dim     string    // a unit of a measure: what it measures (mile → length), or ""
	si      float64   // a unit of a measure: its size in the base unit of its dimension (mile → 1609.344), or 0
	zero    float64   // a unit of a measure: its zero in the base unit (°F → -17.78 °C), or 0
	or      string    // a loose unit: the other unit it may be in ("degree" → °F), or ""
}

// countClass returns the class of a unit of counted things ("truck" →
// vehicle), or "" for a unit of a measure (kg and tonne are of one class,
// grams, but no rate per kilogram is one per tonne) and the generic unit.
func countClass(r *unitRow) string {
	if !r.counts() || r.class == genericUnit {
		return ""
	}
	return r.class
}

// counts reports a unit of counted things, not of a measure, a scale or a
// dimension: "truck", "person", not "kg", "km" or "°C".
func (r *unitRow) counts() bool {
	return !r.measure && !r.scaled && r.dim == ""
}

// row returns the row of unit u, or an empty row for a unit the file
// does not list.
func (t *unitClassTable) row(u string) *unitRow {
	if i := t.units.Index(u); i >= 0 {
		return &t.rows[i]
	}
	return &t.rows[len(t.rows)-1]
}

// unitDim returns what the unit of a measure m measures ("length" for
// miles and kilometres), or "".
func unitDim(m *numbers.Mention) string {
	if m.Kind != numbers.Number {
		return ""
	}
	return unitClasses().row(m.Unit).dim
}

// lengthOf returns an amount of a unit that states a length of time ("71,3
// tuổi", an age) as that length ("71.3 years"), or nil.
func lengthOf(m *numbers.Mention) *numbers.Mention {
	u := unitClasses().row(m.Unit).length
	if u == "" || m.Kind != numbers.Number {
		return nil
	}
	d := *m
	d.Kind, d.Unit = numbers.Duration, u
	return &d
}

// ageAndLength returns the two of a pair as lengths of time when one is
// an amount of a unit that states one (an age) and the other a length in
// that unit: "tuổi thọ 71,3 tuổi" and "a life expectancy of 71.3 years".
func ageAndLength(a, b *numbers.Mention) (la, lb *numbers.Mention, ok bool) {
	switch {
	case b.Kind == numbers.Duration:
		if la = lengthOf(a); la != nil && la.Unit == b.Unit {
			return la, b, true
		}
	case a.Kind == numbers.Duration:
		if lb = lengthOf(b); lb != nil && lb.Unit == a.Unit {
			return a, lb, true
		}
	}
	return nil, nil, false
}

// isLoose reports a unit that names its measure loosely ("degree", which
// may be Celsius or Fahrenheit): against another unit of its class it
// agrees when the values do, and is not compared when they differ.
func isLoose(u string) bool { return unitClasses().row(u).loose }

// isMeasure reports a unit of a measure ("km", "tonne"): a count that
// leaves out its noun ("15 others") does not count it.
func isMeasure(u string) bool { return unitClasses().row(u).measure }

// genericUnit is the class of a noun that stands for any counted thing.
const genericUnit = "*"

// unitClass returns the class of a unit ("person" for "death"), or the
// unit itself.
func unitClass(u string) string {
	if c := unitClasses().row(u).class; c != "" && c != genericUnit {
		return c
	}
	return u
}

// sameUnit reports two units that name the same things: of one class,
// or one of them a generic noun.
func sameUnit(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := unitClasses().row(a), unitClasses().row(b)
	ca, cb := ra.class, rb.class
	return ca != "" && ca == cb || ca == genericUnit && b != "" || cb == genericUnit && a != "" || peopleOf(ra, rb) || peopleOf(rb, ra)
}

// peopleOf reports whether a counts people in general ("66.920 người")
// and b a kind of people ("66,920 Vietnamese workers"): one count. The
// dead, the injured and the missing are people of an event, not in
// general (no head flag).
func peopleOf(a, b *unitRow) bool {
	return a.class == personClass && a.head && b.head
}

// unitsMeet reports two figures of one unit (sameUnit), or a bound with
// no noun against a unit marked bare: "dưới 6 tuổi" and "children under
// six", where English leaves the years of age unsaid.
func unitsMeet(a, b *numbers.Mention) bool {
	t := unitClasses()
	return sameUnit(a.Unit, b.Unit) || a.Unit == "" && bound(a) != 0 && t.row(b.Unit).bare || b.Unit == "" && bound(b) != 0 && t.row(a.Unit).bare
}

// hasSeparator reports digits written with a decimal mark or a
// thousands separator between them: "2.0", "1,544"; not the comma of a
// noun phrase ("29 trên 34 tỉnh, thành phố").
func hasSeparator(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == ',') && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

// shareOfCount reports a share of things (a value below one of a noun,
// "two in 10 businesses" is 0.2 businesses) against a whole count of them
// that may be its part or its whole ("2 trong 10 doanh nghiệp" reads 2
// businesses and 10 businesses). The two state one ratio in two forms,
// not two values.
func shareOfCount(share, count *numbers.Mention) bool {
	one, _ := numbers.NewDecimal(1, 0)
	if share.Range || count.Range || share.Unit == "" || share.Value.Sign() <= 0 || share.Value.Cmp(one) >= 0 ||
		count.Value.Cmp(one) < 0 || count.Value.Exp() < 0 {
		return false
	}
	// The count is the part ("2" of "2 in 10": the whole it gives is
	// whole) or the whole ("3 communes" of "two in three": the part it
	// gives is whole). A share of a third is written 0.333333333333333:
	// whole to within rounding.
	c, _ := count.Value.Float64()
	sh, _ := share.Value.Float64()
	return nearWhole(c/sh, 2, 1000) || nearWhole(c*sh, 1, 1000)
}

// shareAndPart returns the share and the part of a pair that states one
// of each: a share of things in words or as a fraction ("One in five",
// "Nine in 10 businesses"), and a count of a part that states its share
// of a whole of the share's noun ("Chín" of "Chín trong mười doanh
// nghiệp", Factor 0.9).
func shareAndPart(a, b *numbers.Mention) (share, part *numbers.Mention, ok bool) {
	isShare := func(m *numbers.Mention) bool {
		one, _ := numbers.NewDecimal(1, 0)
		return m.Kind == numbers.Number && !m.Range && m.Factor.IsZero() && m.Value.Sign() > 0 && m.Value.Cmp(one) < 0 && !hasSeparator(m.Text)
	}
	switch { // partOfWhole first: few figures are parts, and it costs less
	case partOfWhole(b) && isShare(a):
		share, part = a, b
	case partOfWhole(a) && isShare(b):
		share, part = b, a
	default:
		return nil, nil, false
	}
	return share, part, share.Unit == "" || sameUnit(share.Unit, part.Unit)
}

// partOfWhole reports a count of a part that states its share of the
// whole after it ("1" of "1 trong 5 người", Factor 0.2).
func partOfWhole(m *numbers.Mention) bool {
	return m.Kind == numbers.Number && !m.Range && m.Factor.Sign() > 0
}

// sameShare reports two shares equal to within the rounding of a third
// written to 15 digits.
func sameShare(x, y numbers.Decimal) bool {
	fx, _ := x.Float64()
	fy, _ := y.Float64()
	return math.Abs(fx-fy) < 1e-9
}

// showShare writes a share, or the share a part states of its whole, as
// a ratio: "1/4".
func showShare(m *numbers.Mention) string {
	cp := *m
	if !m.Factor.IsZero() {
		cp.Value, cp.Factor = m.Factor, numbers.Decimal{}
	}
	cp.Text, cp.Unit = "", "" // a ratio, not a decimal written with a mark
	return showValue(&cp)
}

// nearWhole reports whether x is a whole number from lo to hi, to within
// rounding.
func nearWhole(x, lo, hi float64) bool {
	n := math.Round(x)
	return n >= lo && n <= hi && math.Abs(x-n) < 1e-6*n
}

// measured reports a figure of a unit that is no share: "21 km", not
// "0,35 điểm" nor the 0.25 of "1 in 4 people".
func measured(m *numbers.Mention) bool {
	one, _ := numbers.NewDecimal(1, 0)
	return m.Unit != "" && m.Value.Cmp(one) >= 0
}

// isPart reports a share of a whole with nothing counted: a value
// between 0 and 1, "một nửa", "a third", "1/4".
func isPart(m *numbers.Mention) bool {
	one, _ := numbers.NewDecimal(1, 0)
	return m.Kind == numbers.Number && m.Unit == "" && !m.Range && m.Value.Sign() > 0 && m.Value.Cmp(one) < 0
}

// isPartOfCounted reports a share below one of counted things (not of a
// measure): "seven in ten older people" (0.7, people), not "half a
// tonne".
func isPartOfCounted(m *numbers.Mention) bool {
	one, _ := numbers.NewDecimal(1, 0)
	return m.Kind == numbers.Number && m.Unit != "" && !m.Range && m.Value.Sign() > 0 && m.Value.Cmp(one) < 0 &&
		unitClasses().row(m.Unit).counts()
}

// shareAndPercent returns the share and the percentage of a pair that
// states one of each: a share in words or as a fraction ("một nửa",
// "1/3", not the decimal "0,5") or stated by a part of a whole ("9 trong
// 10 doanh nghiệp"), and a percentage that is no range nor rate.
func shareAndPercent(a, b *numbers.Mention) (share, pc *numbers.Mention, ok bool) {
	isPercent := func(m *numbers.Mention) bool { return m.Kind == numbers.Percent && !m.Range && m.Per == "" }
	switch {
	case isPercent(b):
		share, pc = asShare(a), b
	case isPercent(a):
		share, pc = asShare(b), a
	}
	return share, pc, share != nil
}

// asShare returns m as a share of a whole: m itself when it is one in
// words or as a fraction, the share it states of its whole when it is a
// part ("Chín" of "Chín trong mười doanh nghiệp": 0.9), else nil.
func asShare(m *numbers.Mention) *numbers.Mention {
	switch {
	case isPart(m) && !hasSeparator(m.Text):
		return m
	case isPartOfCounted(m) && !hasSeparator(m.Text):
		// "Around seven in ten older people": a share of people.
		cp := *m
		cp.Unit = ""
		return &cp
	case partOfWhole(m):
		cp := *m
		cp.Value, cp.Factor = m.Factor, numbers.Decimal{}
		return &cp
	}
	return nil
}

// smallCount reports a count below ten; a share below one ("one in four",
// 0.25) is no count.
func smallCount(m *numbers.Mention) bool {
	ten, _ := numbers.NewDecimal(10, 0)
	one, _ := numbers.NewDecimal(1, 0)
	return m.Value.Cmp(ten) < 0 && (m.Value.Exp() >= 0 || m.Value.Cmp(one) >= 0 || m.Value.Sign() <= 0)
}

// asDuration returns a duration, or a span of dates that states its length
// ("5 năm tới", "hơn 50 năm qua") or a date a length away from the
// unresolved present ("36 years ago") as a duration, or nil.
func asDuration(m *numbers.Mention) *numbers.Mention {
	switch {
	case m.Kind == numbers.Duration:
		return m
	case statesLength(m):
		d := *m
		d.Kind = numbers.Duration
		d.Date = numbers.DateValue{}
		if n := monthsOpeningYear(m); n > 0 {
			d.Unit = monthUnit
			d.Value, _ = numbers.NewDecimal(int64(n), 0) // 1 to 12: never out of range
		}
		return &d
	}
	return nil
}

// monthUnit is the unit of a length of time counted in months.
const monthUnit = "month"

// monthsOpeningYear returns how many months a span of whole months,
// quarters or halves that opens a year holds, with no length stated
// ("January-June", "the first half": 6; "quý I": 3), or 0. Releases of
// figures say the same span by its length: "Thu ngân sách 6 tháng",
// "xuất khẩu 3 tháng" are the year's first months. A month alone
// ("tháng 1") is a month, no length.
func monthsOpeningYear(m *numbers.Mention) int {
	d := m.Date
	last := d.Point
	switch {
	case m.Unit != "" || d.Month != 1:
		return 0
	case m.Kind == numbers.DateRange:
		if d.End.Year != d.Year || d.End.Grain != d.Grain {
			return 0
		}
		last = d.End
	case m.Kind != numbers.Date || d.Grain == numbers.GrainMonth:
		return 0
	}
	switch d.Grain {
	case numbers.GrainMonth:
		return int(last.Month)
	case numbers.GrainQuarter:
		return int(last.Month) + 2
	case numbers.GrainHalf:
		return int(last.Month) + 5
	}
	return 0
}

// isLength reports whether asDuration reads m as a duration, without the
// copy it makes of a mention of another kind.
func isLength(m *numbers.Mention) bool {
	return m.Kind == numbers.Duration || statesLength(m)
}

// statesLength reports a mention that is no duration but states a
// length of time (asDuration): a span of dates with a unit, or a date a
// length away from the present, resolved or not ("ba năm nữa", which a
// story's date makes a day, is "three more years" too; "six days from
// April 27" counts from another day, which it agrees with).
func statesLength(m *numbers.Mention) bool {
	switch m.Kind {
	case numbers.DateRange:
		return m.Unit != "" && m.Value.Sign() > 0 || monthsOpeningYear(m) > 0
	case numbers.Date:
		return m.Unit != "" && m.Value.Sign() > 0 && (m.Date.Deictic || m.Date.Relative != "") || monthsOpeningYear(m) > 0
	}
	return false
}

// slipOfDigits reports two whole numbers of three digits or more
// written with the same number of digits, one digit changed or two
// exchanged: 168 and 186, 1234 and 1243. Two such numbers are rarely
// two numbers by chance.
func slipOfDigits(x, y numbers.Decimal) bool {
	if x.Exp() < 0 || y.Exp() < 0 {
		return false
	}
	var bx, by [40]byte
	sx, sy := string(x.Append(bx[:0])), string(y.Append(by[:0]))
	return len(sx) >= 3 && oneSlip(sx, sy)
}

// oneSlip reports digits of one length with one digit changed or two
// exchanged.
func oneSlip(sx, sy string) bool {
	return len(sx) == len(sy) && (oneKeystroke(sx, sy) || digitsExchanged(sx, sy))
}

// slipOfSum reports two amounts of one order of magnitude, one written
// with two significant digits or more, whose digits are one slip apart:
// 7.000 tỷ and VND7.5 trillion, 12.500 and 12.050 tỷ. Round sums of one
// digit each (5.000 and 6.000 tỷ) may be two sums.
func slipOfSum(x, y numbers.Decimal) bool {
	if magnitude(x) != magnitude(y) || max(x.Digits(), y.Digits()) < 2 {
		return false
	}
	e := min(x.Exp(), y.Exp())
	cx, okx := x.Shift(-e)
	cy, oky := y.Shift(-e)
	if !okx || !oky {
		return false
	}
	var bx, by [40]byte
	return oneSlip(string(cx.Append(bx[:0])), string(cy.Append(by[:0])))
}

// rankAndBare returns the rank that a head word gives a number ("Region
// 4", "Phase II": an ordinal of a noun, with no rank word) and the bare
// number with digits of a pair, in that order, when the pair is one of
// each.
func rankAndBare(a, b *numbers.Mention) (rank, bare *numbers.Mention, ok bool) {
	if a.Kind != numbers.Ordinal && b.Kind != numbers.Ordinal {
		return nil, nil, false // no rank: most pairs
	}
	headed := func(m *numbers.Mention) bool {
		return m.Kind == numbers.Ordinal && m.Unit != "" && !m.Range && m.Written == numbers.WrittenDigits
	}
	plain := func(m *numbers.Mention) bool {
		return m.Kind == numbers.Number && m.Unit == "" && !m.Range && m.Written == numbers.WrittenDigits && m.Value.Exp() >= 0
	}
	return oneOfEach(a, b, headed, plain)
}

// derivedAndMultiple returns an amount derived from an earlier one by a
// whole multiplier ("gấp đôi" of a fine) and a multiple stated by itself
// ("doubled"), in that order, when the pair is one of each. A share of a
// whole (a factor below one) is none.
func derivedAndMultiple(a, b *numbers.Mention) (derived, multiple *numbers.Mention, ok bool) {
	if a.Unit != numbers.Times && b.Unit != numbers.Times {
		return nil, nil, false // no multiple: most pairs
	}
	one, _ := numbers.NewDecimal(1, 0)
	isDerived := func(m *numbers.Mention) bool {
		return !m.Factor.IsZero() && m.Factor.Cmp(one) > 0 && m.Unit != numbers.Times
	}
	isMultiple := func(m *numbers.Mention) bool {
		return m.Kind == numbers.Number && m.Unit == numbers.Times && m.Factor.IsZero() && !m.Range && m.Per == ""
	}
	return oneOfEach(a, b, isDerived, isMultiple)
}

// frequencyAndCount returns the frequency in times ("three times a
// week") and the count of events in the same period ("3 chuyến/tuần"),
// in that order, when the pair is one of each.
func frequencyAndCount(a, b *numbers.Mention) (freq, count *numbers.Mention, ok bool) {
	if a.Per == "" || b.Per == "" {
		return nil, nil, false // both are rates: most pairs are not
	}
	isFreq := func(m *numbers.Mention) bool {
		return m.Kind == numbers.Number && m.Unit == numbers.Times && m.Per != ""
	}
	f, n, ok := oneOfEach(a, b, isFreq, func(m *numbers.Mention) bool {
		return m.Kind == numbers.Number && m.Unit != numbers.Times && m.Unit != "" && !isMeasure(m.Unit) && m.Per != ""
	})
	if !ok || f.Per != n.Per {
		return nil, nil, false
	}
	return f, n, true
}

// amountAndBare returns the money and the bare number of a pair, in that
// order, when the number is a figure of a thousand or more with no noun,
// a sum whose currency was left out ("doanh thu 300 tỷ", "giá vé
// 200-500k").
func amountAndBare(a, b *numbers.Mention) (money, bare *numbers.Mention, ok bool) {
	if a.Kind != numbers.Money && b.Kind != numbers.Money {
		return nil, nil, false // no money: most pairs
	}
	isMoney := func(m *numbers.Mention) bool { return m.Kind == numbers.Money && m.Per == "" }
	isSum := func(m *numbers.Mention) bool {
		if m.Kind != numbers.Number || m.Unit != "" || m.Per != "" || !m.Factor.IsZero() {
			return false
		}
		v, ok := m.Value.Int64()
		return ok && v >= 1000
	}
	return oneOfEach(a, b, isMoney, isSum)
}

// oneOfEach returns the two of a pair as x and y, in that order, when one
// is an x and the other a y.
func oneOfEach(a, b *numbers.Mention, isX, isY func(*numbers.Mention) bool) (x, y *numbers.Mention, ok bool) {
	switch {
	case isX(a) && isY(b):
		return a, b, true
	case isX(b) && isY(a):
		return b, a, true
	}
	return nil, nil, false
}

// yearAndDate returns the bare 4-digit number and the year date of a
// pair, in that order, when the pair is one of each.
func yearAndDate(a, b *numbers.Mention) (year, date *numbers.Mention, ok bool) {
	if a.Kind != numbers.Date && b.Kind != numbers.Date {
		return nil, nil, false // no date: most pairs
	}
	isYearDate := func(m *numbers.Mention) bool {
		return m.Kind == numbers.Date && m.Date.Grain == numbers.GrainYear && m.Date.Year != 0
	}
	return oneOfEach(a, b, isBareYear, isYearDate)
}

// isBareYear reports a plain number that reads as a year: 1900 to 2100,
// no unit, no decimals ("APEC 2027"); from 1000, when written as four
// digits and nothing else, not a round hundred ("năm Tự Đức thứ 20
// (1867)"; "suốt 1000 đêm" counts nights): news writes a count of
// thousands with a separator.
func isBareYear(m *numbers.Mention) bool {
	if m.Kind != numbers.Number || m.Unit != "" || m.Range || m.Value.Exp() < 0 {
		return false
	}
	v, ok := m.Value.Int64()
	return ok && (v >= 1900 && v <= 2100 || v >= 1000 && v < 1900 && v%100 != 0 && fourDigits(m.Text))
}

// fourDigits reports a text of four ASCII digits and nothing else.
func fourDigits(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// sameValue reports whether two values are the same figure: equal, or one
// the rounding of the other when a side is approximate or states fewer
// significant digits, or within the configured tolerance.
func sameValue(a, b *numbers.Mention, c *compareConfig) bool {
	if a.Value.Equal(b.Value) {
		return true
	}
	da, db := a.Value.Digits(), b.Value.Digits()
	// "about" on either side allows a rounding; a bound ("under six",
	// "dưới 10 tuổi") does not: under six is not under ten.
	approx := a.Qualifier == numbers.Approx || b.Qualifier == numbers.Approx
	// Fewer significant digits mean rounding only for large values or a
	// stated scale: 1.5 million and 1,52 triệu, not 20 and 15.
	hundred, _ := numbers.NewDecimal(100, 0)
	large := a.Value.Cmp(hundred) >= 0 && b.Value.Cmp(hundred) >= 0 || a.Value.Exp() < 0 || b.Value.Exp() < 0
	if da != db && large || approx {
		// Round the more precise value to the other's last digit.
		coarse, fine := a, b
		if db < da || db == da && b.Qualifier != numbers.Exact {
			coarse, fine = b, a
		}
		exp := lastWrittenExp(coarse)
		if coarse.Qualifier == numbers.Approx {
			// "about $120 billion": the written zero of an approximate
			// figure is no digit of it (117 rounds to it).
			exp = max(exp, coarse.Value.Exp())
		}
		rounds := roundAt(fine.Value, exp).Equal(coarse.Value) || approx && magnitude(coarse.Value) > exp && halfAway(fine.Value, coarse.Value, exp)
		if (!c.units || roundsInTranslation(coarse, fine)) && written(fine) && rounds && (approx || closeRounding(coarse, fine, exp)) {
			return true
		}
	}
	if adjacentRoundings(a, b) {
		return true
	}
	if c.tolerance > 0 {
		fa, _ := a.Value.Float64()
		fb, _ := b.Value.Float64()
		m := max(abs64(fa), abs64(fb))
		return m > 0 && abs64(fa-fb) <= c.tolerance*m
	}
	return false
}

// adjacentRoundings reports two approximate figures of three significant
// digits or more, written to one digit, one unit of it apart: two
// roundings of one value ("khoảng 313.000 USD" and "about US$314,000",
// one amount in dong converted at two rates). A unit of the third digit
// is at most a hundredth of the figure.
func adjacentRoundings(a, b *numbers.Mention) bool {
	if a.Qualifier != numbers.Approx || b.Qualifier != numbers.Approx || a.Value.Digits() < 3 || b.Value.Digits() < 3 {
		return false
	}
	exp := lastWrittenExp(a)
	if lastWrittenExp(b) != exp {
		return false
	}
	fa, ok1 := a.Value.Float64()
	fb, ok2 := b.Value.Float64()
	unit := math.Pow10(exp)
	return ok1 && ok2 && math.Abs(math.Abs(fa-fb)-unit) <= unit*1e-9
}

// closeRounding reports a rounding that no word marks as one, of fine to
// coarse, written precise to 10^exp: one that keeps two significant
// digits or more ("1,52 triệu" as "1.5 million"), or one of a single
// digit that moves the figure by a twentieth at most ("2,95 triệu" as "3
// million"); "120 km/h" is no "100 kph", and "1.5L" no "2-litre".
func closeRounding(coarse, fine *numbers.Mention, exp int) bool {
	if magnitude(coarse.Value) > exp {
		return true
	}
	fc, _ := coarse.Value.Float64()
	ff, _ := fine.Value.Float64()
	return abs64(fc-ff) <= abs64(fc)/20
}

// lastWrittenExp returns the power of ten of the last digit m writes: the
// last significant digit of its value, or, for a figure scaled by a word,
// the last digit written before the word, zeros too: "VND10 trillion" is
// precise to the trillion (12 trillion is no rounding of it), "1,5 triệu"
// to the hundred thousand. Zeros written after a decimal mark count too:
// "2.0-litre" is precise to the tenth (1.5 litres is no rounding of it).
func lastWrittenExp(m *numbers.Mention) int {
	exp, top := m.Value.Exp(), magnitude(m.Value)
	whole := max(top+1, 1) // the digits of the whole part, "0" of "0.50" too
	switch lead := leadDigits(m.Text); {
	case lead > 0 && lead < top+1: // fewer digits written than the value's whole part: scaled
		exp = min(exp, top-(lead-1))
	case lead > whole && m.Value.Exp() <= 0:
		exp = min(exp, whole-lead) // decimals written, trailing zeros too
	}
	return exp
}

// leadDigits counts the digits of the first number written in s, with
// its group and decimal marks between them: 2 in "VND10 trillion", 5 in
// "12.000 tỷ đồng".
func leadDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			n++
		case n > 0 && (c == '.' || c == ',') && i+1 < len(s) && isDigit(s[i+1]):
		case n > 0:
			return n
		}
	}
	return n
}

// written reports whether m's value has no more significant digits than
// its text writes: a figure that another may round ("1,52 triệu", "3.48%").
// A ratio ("cứ 6 người thì có 1", "một phần ba") or a multiple in words
// ("gấp rưỡi") is exact with fewer digits than its value: one in six is
// no 0.17 that "one in five" rounds, and "gấp rưỡi" is not "doubled".
func written(m *numbers.Mention) bool {
	n := 0
	for i := 0; i < len(m.Text); i++ {
		if isDigit(m.Text[i]) {
			n++
		}
	}
	return m.Value.Digits() <= n
}

// roundsInTranslation reports whether, in a translated pair (the units
// of CompareUnits), coarse can be the rounding of fine: the translator
// says so ("khoảng 6.000" for 6,030). A figure stated as it is written
// ("6.000", "13 nghìn") is that figure, and two figures both "about" are
// two approximations ("about 34" is not "khoảng 30").
func roundsInTranslation(coarse, fine *numbers.Mention) bool {
	return coarse.Qualifier == numbers.Approx && fine.Qualifier != numbers.Approx
}

// halfAway reports whether fine lies half a unit of 10^exp from coarse,
// a figure "about" rounds either way when the coarse figure keeps two
// significant digits or more: "khoảng 6.550 tỷ đồng" and "around VND6.5
// trillion", which roundAt, rounding half away from zero, makes 6.6; not
// "about 45%" and "about 40%", one digit each.
func halfAway(fine, coarse numbers.Decimal, exp int) bool {
	half, err := numbers.NewDecimal(5, exp-1)
	d, ok := fine.Add(coarse.Neg())
	if err != nil || !ok {
		return false
	}
	return d.Equal(half) || d.Equal(half.Neg())
}

// roundAt rounds d half away from zero to a multiple of 10^exp.
func roundAt(d numbers.Decimal, exp int) numbers.Decimal {
	if d.Exp() >= exp {
		return d
	}
	s := d.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	digits := intPart + frac
	point := len(intPart) // digits[:point] is the integer part
	keep := point + (-exp)
	if exp > 0 {
		keep = point - exp
	}
	if keep < 0 {
		return numbers.Decimal{}
	}
	up := keep < len(digits) && digits[keep] >= '5'
	head := digits[:keep]
	r, err := numbers.ParseDecimal(pad(head, keep))
	if err != nil {
		return d
	}
	if up {
		one, _ := numbers.NewDecimal(1, 0)
		r, _ = r.Add(one)
	}
	// r counts units of 10^exp.
	r, _ = r.Shift(exp)
	if neg {
		r = r.Neg()
	}
	return r
}

func pad(s string, n int) string {
	if s == "" {
		return "0"
	}
	return s
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// qualifierNote says which side qualifies the value, if they differ.
func qualifierNote(a, b *numbers.Mention) string {
	if a.Qualifier == b.Qualifier {
		return ""
	}
	q := a.Qualifier
	if q == numbers.Exact {
		q = b.Qualifier
	}
	if a.Qualifier != numbers.Exact && b.Qualifier != numbers.Exact {
		return "qualified differently"
	}
	return qualifierWord(q) + " on one side only"
}

// qualifierWord names a qualifier in a reason.
func qualifierWord(q numbers.Qualifier) string {
	switch q {
	case numbers.Approx:
		return "approximate"
	case numbers.MoreThan:
		return "“more than”"
	case numbers.LessThan:
		return "“less than”"
	case numbers.AtLeast:
		return "“at least”"
	case numbers.AtMost:
		return "“at most”"
	}
	return ""
}

// oppositeBounds reports bounds on one figure turned the other way:
// "under 15" and "over 15", "nearly 60 percent" and "more than 60
// percent", "ít nhất 3 năm" and "at most three years" (a minimum said as
// a maximum: the two meet at 3, but no writer states one for the other).
// A large figure that ends in zeros is a rounding of a total the two
// desks may have from two sources and round from either side: "gần 17,2
// triệu lượt khách" and "more than 17.2 million" state one count.
func oppositeBounds(a, b *numbers.Mention) bool {
	return bound(a)*bound(b) < 0 && !largeRounding(a.Value)
}

// largeRounding reports a figure of a thousand or more that ends in
// zeros: 17,200,000, 3,400; not 15, 60 or 1,486.
func largeRounding(d numbers.Decimal) bool {
	thousand, _ := numbers.NewDecimal(1000, 0)
	return d.Exp() > 0 && d.Cmp(thousand) >= 0
}

// showValue writes a mention's value for a reason: "4400 projects",
// "90000000000 USD", "3.5%", a share stated as a ratio "1/6".
func showValue(m *numbers.Mention) string {
	v := m.Value.String()
	if p, q, ok := ratioOf(m); ok {
		v = strconv.FormatInt(p, 10) + "/" + strconv.FormatInt(q, 10) // "1/6", not 0.166666666666667
	}
	return withUnit(m, v)
}

// normalValue is showValue with the value as a decimal, as the CSV
// report's value columns give it: "0.5 student", "90000000000 USD".
func normalValue(m *numbers.Mention) string {
	return withUnit(m, m.Value.String())
}

// withUnit writes the value v of m (its range, if it is one) with its
// percent sign, currency or unit.
func withUnit(m *numbers.Mention, v string) string {
	if m.Range {
		v = m.From.String() + "–" + m.To.String()
	}
	switch m.Kind {
	case numbers.Percent:
		return v + "%"
	case numbers.PercentPoint:
		return v + " percentage points"
	case numbers.Money:
		return v + " " + m.Currency
	}
	if m.Unit != "" {
		return v + " " + m.Unit
	}
	return v
}

// maxShownDenominator bounds the denominator showValue writes a ratio
// with.
const maxShownDenominator = 1000

// ratioOf returns a share below one that m states as a ratio, not as a
// decimal ("1/4", "một phần ba", one in six; not "0,25"), as p/q with a
// small denominator.
func ratioOf(m *numbers.Mention) (p, q int64, ok bool) {
	if m.Kind != numbers.Number || m.Range || hasSeparator(m.Text) {
		return 0, 0, false
	}
	f, ok := m.Value.Float64()
	if !ok || f <= 0 || f >= 1 {
		return 0, 0, false
	}
	for q = 2; q <= maxShownDenominator; q++ {
		x := f * float64(q)
		if r := math.Round(x); r >= 1 && math.Abs(x-r) < 1e-9*float64(q) {
			return int64(r), q, true
		}
	}
	return 0, 0, false
}

// anniversary matches "kỷ niệm 30 năm" (a duration that names an
// anniversary) with "the 30th anniversary" (an ordinal of anniversaries).
func anniversary(a, b *numbers.Mention) (verdict, bool) {
	if !isAnniversary(a) || !isAnniversary(b) || a.Kind == b.Kind {
		return verdict{}, false
	}
	na, nb := anniversaryOf(a), anniversaryOf(b)
	if na == nb {
		return agree(a.Text, b.Text, na+" years, the "+ordinalSuffix(na)+" anniversary"), true
	}
	return differ(a.Text, b.Text, "anniversary "+na+" vs "+nb), true
}

// ordinalSuffix writes "30th", "21st", "2nd".
func ordinalSuffix(n string) string {
	v, err := strconv.Atoi(n)
	if err != nil {
		return n
	}
	suf := "th"
	if v%100 < 11 || v%100 > 13 {
		switch v % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return n + suf
}

// judgeDates compares two dates, date ranges or weekdays.
func judgeDates(a, b *numbers.Mention) verdict {
	v := judgeDateValues(a, b)
	if v.comparable && v.status == Conflict && !sameRole(a, b) {
		return incomparable()
	}
	return v
}

// noteSameCount is the reason of two dates that no date of writing
// resolved and that count the same from it.
const noteSameCount = "counted alike from the day of writing, which neither version gives"

// judgeDateValues compares what two dates, date ranges or weekdays say,
// whatever part they play.
func judgeDateValues(a, b *numbers.Mention) verdict {
	hasA, hasB := a.Date.Point.Grain != numbers.NoGrain, b.Date.Point.Grain != numbers.NoGrain
	switch {
	case !hasA && !hasB && a.Date.Relative != "" && a.Date.Relative == b.Date.Relative:
		// "hôm qua" and "yesterday" with no date of writing: the same day
		// counted from the same day of writing (a part of the day is not
		// kept with no day to hold it).
		v := agree(a.Text, b.Text, noteSameCount)
		v.exact = true
		return v
	case !hasA && !hasB:
		return judgeWeekdays(a, b)
	case !hasA || !hasB:
		return weekdayAgainstDate(a, b, hasA)
	}
	for _, rule := range [...]func(a, b *numbers.Mention) (verdict, bool){writtenWeekday, toDate, sameMonths, dayInPart, sinceNewYear, sinceStart} {
		if v, ok := rule(a, b); ok {
			return inPartsOfDay(a, b, v)
		}
	}
	return inPartsOfDay(a, b, judgePoints(a, b))
}

// inPartsOfDay turns an agreement on a day into a conflict when the two
// name parts of it that do not meet: "Sáng mai (4/12)" against "on
// Friday afternoon" (numbers.TimeOfDay.Overlaps). A bound is no part of
// the day the fact happened in: "by Thursday afternoon" may close what
// began on "Sáng 11/2". Parts said in two zones do not meet or part:
// "Rạng sáng 5/11 (giờ Hà Nội)" is "Tuesday night" in Milan.
func inPartsOfDay(a, b *numbers.Mention, v verdict) verdict {
	ta, tb := a.Date.Point.TimeOfDay, b.Date.Point.TimeOfDay
	if v.status != Agree || !v.comparable || ta.Overlaps(tb) || bound(a) != 0 || bound(b) != 0 || a.Date.By || b.Date.By || a.Date.Zone != b.Date.Zone || overnight(a.Date, b.Date) {
		return v
	}
	return differ(a.Text, b.Text, ta.String()+" vs "+tb.String())
}

// sameRole reports whether two dates play the same part: both the time
// of a fact, or both the base a change is measured from ("so với tháng
// 9", "from September"). Dates of different parts that differ are no
// conflict ("Trong tháng 10, ... tăng 4,15% so với tháng trước" against
// "rose 4.15% from September"); the same date agrees whatever its part,
// for a version may say the base where the other does not mark it. A
// base counted from the day of writing ("so với tháng trước") plays its
// part only with another such: the month before the figures is not the
// month before the article.
func sameRole(a, b *numbers.Mention) bool {
	baseA, baseB := a.Change == numbers.ChangeFrom, b.Change == numbers.ChangeFrom
	if baseA != baseB {
		return false
	}
	return !baseA || a.Date.Deictic == b.Date.Deictic
}

// judgeWeekdays compares two weekdays that no reference date resolved.
func judgeWeekdays(a, b *numbers.Mention) verdict {
	da, db := a.Date, b.Date
	if !da.HasWeekday || !db.HasWeekday {
		return incomparable()
	}
	if da.Weekday == db.Weekday {
		return agree(a.Text, b.Text, "")
	}
	return differ(a.Text, b.Text, da.Weekday.String()+" vs "+db.Weekday.String())
}

// weekdayAgainstDate compares a weekday that no reference date resolved
// with a date on the other side (a's when hasA).
func weekdayAgainstDate(a, b *numbers.Mention, hasA bool) verdict {
	day, wd := a, b
	if !hasA {
		day, wd = b, a
	}
	if !wd.Date.HasWeekday || day.Date.Point.Grain < numbers.GrainDay || day.Date.Year == 0 {
		return incomparable()
	}
	v := weekdayOf(day.Date.Point, wd.Date.Weekday, a.Text, b.Text)
	if v.status != Agree {
		if w, ok := weekdayElsewhere(a, b, day.Date, wd.Date); ok {
			return w
		}
	}
	v.exact = v.status == Agree
	return v
}

// nearWeekday reports whether day may be the day of a weekday alone
// that the reference date put on weekday (of weekday wd): a weekday alone
// names a day of the week before or after the day of writing, and the
// day the reference gave it is within a week of that day, so the two
// days are at most two weeks apart. A weekday with no day, or with a day
// the text states otherwise ("Friday, the fourth"), may be any.
//
// A day further away is the weekday's all the same when the same day of
// the month next to its month falls on the weekday, near the day the
// reference gave it: "Ngày 8/10" and the "on Tuesday" of a story written
// on 5 September, which 8 September is. One version slipped a month;
// another event on the same day of the next or the last month is rare.
func nearWeekday(day, weekday numbers.Point, wd time.Weekday) bool {
	if weekday.Year == 0 || weekday.Day == 0 || noon(weekday).Weekday() != wd {
		return true
	}
	return withinReach(day, weekday) || monthSlip(day, weekday, wd)
}

// withinReach reports whether two days are at most weekdayReach apart.
func withinReach(day, weekday numbers.Point) bool {
	d := noon(day).Sub(noon(weekday))
	return d <= weekdayReach && d >= -weekdayReach
}

// monthSlip reports whether the same day of the month as day's, in the
// month before or after day's, falls on the weekday wd a week or less
// from weekday, the day the reference gave wd: the week before or after
// the one the reference chose, no further.
func monthSlip(day, weekday numbers.Point, wd time.Weekday) bool {
	for _, dm := range [...]int{-1, 1} {
		t := noon(day).AddDate(0, dm, 0)
		if t.Day() != int(day.Day) {
			continue // no such day in that month: 31/3 and "31/2"
		}
		if d := t.Sub(noon(weekday)); t.Weekday() == wd && d <= week && d >= -week {
			return true
		}
	}
	return false
}

// weekdayReach is the furthest a weekday alone is from the day the
// reference date gave it (nearWeekday).
const weekdayReach = 2 * week

// week is seven days.
const week = 7 * 24 * time.Hour

// noon returns the day of p at noon UTC, to name its weekday.
func noon(p numbers.Point) time.Time {
	return time.Date(int(p.Year), time.Month(p.Month), int(p.Day), 12, 0, 0, 0, time.UTC)
}

// weekdayElsewhere agrees a day with a weekday it does not fall on when
// the weekday is the day's elsewhere or the night before its small
// hours: "Rạng sáng 30/10 (giờ Hà Nội)" and "on Wednesday", the day of
// the text's zone and the day where the story is; "Rạng sáng 31/1" and
// "on Friday night". It reports false for any other pair.
func weekdayElsewhere(a, b *numbers.Mention, day, wd numbers.DateValue) (verdict, bool) {
	if elsewhere(noon(day.Point), day, wd.Weekday, wd) {
		return agree(a.Text, b.Text, elsewhereNote(day, longDate(day.Point), wd.Weekday)), true
	}
	if overnight(day, wd) {
		return agree(a.Text, b.Text, overnightNote(day, wd)), true
	}
	return verdict{}, false
}

// weekdayPoint returns the day of d that a weekday names: the range's
// second end when the weekday is the end's ("from July 2 to Tuesday, July
// 14"), or else its first point.
func weekdayPoint(d numbers.DateValue, ofEnd bool) numbers.Point {
	if ofEnd && !d.End.IsZero() {
		return d.End
	}
	return d.Point
}

// weekdayOf says whether the day p falls on the weekday wd, with the
// texts of the two mentions in the report's order.
func weekdayOf(p numbers.Point, wd time.Weekday, textA, textB string) verdict {
	t := noon(p)
	note := longDate(p) + " is a " + t.Weekday().String()
	if t.Weekday() == wd {
		return agree(textA, textB, note)
	}
	return differ(textA, textB, note+", not a "+wd.String())
}

// elsewhere reports whether z, a day or a time said in a zone of known
// offset and falling on day, is the weekday wd of w somewhere else on
// earth, where w names no zone or the local one. With the clock time of
// w, any zone (UTC-12 to UTC+14) where the two instants are one: "3h
// sáng thứ Tư (giờ Hà Nội)" is "Tuesday at 9 p.m. local time" in Milan.
// Without it, only west of z's zone: a text names its zone with the day
// because the story is elsewhere ("1h ngày 18/6 (giờ Hà Nội)", a
// Thursday, is Wednesday afternoon in Washington); a day with no clock
// time may be the day before.
func elsewhere(day time.Time, z numbers.DateValue, wd time.Weekday, w numbers.DateValue) bool {
	off, ok := z.Zone.Offset()
	if !ok || z.Zone.Local() || w.Zone.Kind == numbers.ZoneOffset {
		return false // a local time is the story's place's already
	}
	clock := w.Grain >= numbers.GrainHour
	if z.Grain < numbers.GrainHour {
		return !clock && (day.Weekday() == wd || day.AddDate(0, 0, -1).Weekday() == wd)
	}
	t := time.Date(day.Year(), day.Month(), day.Day(), int(z.Hour), int(z.Minute), 0, 0, time.UTC).Add(-off)
	east := off
	if clock {
		east = eastmostZone
	}
	for o := -westmostZone; o <= east; o += 15 * time.Minute {
		l := t.Add(o)
		if l.Weekday() == wd && (!clock || l.Hour() == int(w.Hour) && l.Minute() == int(w.Minute)) {
			return true
		}
	}
	return false
}

// overnight reports whether two dates name parts of two days in a row
// that run one into the other: the dawn of one after the night of the
// other's weekday ("Rạng sáng 31/1" and "on Friday night"), said in one
// place around midnight or in two places hours apart. Neither names a
// clock time.
func overnight(a, b numbers.DateValue) bool {
	if a.Grain >= numbers.GrainHour || b.Grain >= numbers.GrainHour {
		return false
	}
	wa, wb := dayOfWeekday(a).Weekday(), dayOfWeekday(b).Weekday()
	return a.TimeOfDay.RunsInto(b.TimeOfDay) && (wa+1)%7 == wb ||
		b.TimeOfDay.RunsInto(a.TimeOfDay) && (wb+1)%7 == wa
}

// overnightNote is the note of an agreement that overnight found: "Friday
// night runs into Saturday dawn".
func overnightNote(a, b numbers.DateValue) string {
	if b.TimeOfDay.RunsInto(a.TimeOfDay) {
		a, b = b, a
	}
	return dayOfWeekday(a).Weekday().String() + " " + a.TimeOfDay.String() + " runs into " + dayOfWeekday(b).Weekday().String() + " " + b.TimeOfDay.String()
}

// dayOfWeekday returns noon of the day a weekday alone was resolved to,
// or of a day of its weekday.
func dayOfWeekday(d numbers.DateValue) time.Time {
	if d.Year != 0 && d.Month != 0 && d.Day != 0 {
		return noon(d.Point)
	}
	return time.Date(2000, 1, 2+int(d.Weekday), 12, 0, 0, 0, time.UTC) // 2 January 2000 was a Sunday
}

// elsewhereNote is the note of an agreement that elsewhere found.
func elsewhereNote(z numbers.DateValue, zText string, wd time.Weekday) string {
	return zText + " (" + z.Zone.String() + ") is a " + wd.String() + " elsewhere"
}

// The offsets from UTC of the westmost and the eastmost zones.
const (
	westmostZone = 12 * time.Hour
	eastmostZone = 14 * time.Hour
)

// writtenWeekday compares a weekday that the reference date resolved
// ("on Friday") with a date that the text states ("30/1"): the weekday is
// what was written. Two such weekdays are compared as weekdays.
func writtenWeekday(a, b *numbers.Mention) (verdict, bool) {
	da, db := a.Date, b.Date
	wa, wb := weekdayOnly(a), weekdayOnly(b)
	switch {
	case wa != wb && a.Kind == numbers.Date && b.Kind == numbers.Date:
		day, wd := da, db
		dayM := a
		if wa {
			day, wd, dayM = db, da, b
		}
		if timeAlone(dayM) {
			// "9 a.m." states no day: its day is the day of writing. Only
			// a time compares with it, on the clock: "15h" and "Monday at
			// 3 p.m.".
			if wd.Point.Grain >= numbers.GrainHour {
				return judgePoints(a, b), true
			}
			return incomparable(), true
		}
		if day.Year == 0 || day.Point.Grain < numbers.GrainDay {
			return verdict{}, false
		}
		if !nearWeekday(day.Point, wd.Point, wd.Weekday) {
			// A day weeks from the weekday is another day ("từ ngày
			// 1/7/2027", a Thursday six weeks on, and "a decree the
			// government issued on Thursday").
			return incomparable(), true
		}
		v := weekdayOf(day.Point, wd.Weekday, a.Text, b.Text)
		if v.status != Agree {
			if w, ok := weekdayElsewhere(a, b, day, wd); ok {
				return w, true
			}
		}
		if v.status == Agree && wd.Grain >= numbers.GrainHour {
			// "5 p.m. on Wednesday": the weekday names the day, and
			// the times compare on it.
			return judgePoints(onDayOf(a, day.Point), onDayOf(b, day.Point)), true
		}
		v.exact = v.status == Agree
		return v, true
	case wa != wb && a.Kind == numbers.DateRange && b.Kind == numbers.DateRange:
		return weekdayRange(a, b, wa), true
	case wa && wb:
		if da.Weekday == db.Weekday {
			v := agree(a.Text, b.Text, "")
			v.exact = true
			return v, true
		}
		if elsewhere(dayOfWeekday(da), da, db.Weekday, db) {
			return agree(a.Text, b.Text, elsewhereNote(da, da.Weekday.String(), db.Weekday)), true
		}
		if elsewhere(dayOfWeekday(db), db, da.Weekday, da) {
			return agree(a.Text, b.Text, elsewhereNote(db, db.Weekday.String(), da.Weekday)), true
		}
		if overnight(da, db) {
			return agree(a.Text, b.Text, overnightNote(da, db)), true
		}
		return differ(a.Text, b.Text, da.Weekday.String()+" vs "+db.Weekday.String()), true
	}
	return verdict{}, false
}

// weekdayRange compares a range of weekdays ("from Friday afternoon
// through Saturday", a's when wa) with a range of stated days ("từ chiều
// mai (27/11) đến hết ngày 28/11") on the weekdays of their ends: the
// reference date places the weekdays in one week or another, the text
// names only the days of the week.
func weekdayRange(a, b *numbers.Mention, wa bool) verdict {
	days, wds := b.Date, a.Date
	if !wa {
		days, wds = a.Date, b.Date
	}
	if days.Year == 0 || days.Point.Grain < numbers.GrainDay || days.End.Grain < numbers.GrainDay || wds.End.Grain < numbers.GrainDay {
		return incomparable()
	}
	if !nearWeekday(days.Point, wds.Point, wds.Weekday) {
		return incomparable() // last year's holiday "30/4 - 1/5 năm 2026" and this year's "from Friday to Monday"
	}
	if v := weekdayOf(days.Point, wds.Weekday, a.Text, b.Text); v.status != Agree {
		return v
	}
	v := weekdayOf(days.End, noon(wds.End).Weekday(), a.Text, b.Text)
	if v.status == Agree && (otherTime(days.Point, wds.Point) || otherTime(days.End, wds.End)) {
		// "Từ 20h ngày 27/11 đến 2h ngày 28/11" and "from 9 p.m. Friday
		// to 2 a.m. Saturday": the days agree, the clocks do not.
		return differShowing(a, b, "", showDates)
	}
	v.exact = v.status == Agree
	return v
}

// judgePoints compares two dates or two ranges of the same kind on the
// points they state, and then on the weekdays they name.
func judgePoints(a, b *numbers.Mention) verdict {
	if a.Kind != b.Kind {
		return incomparable()
	}
	if a.Kind == numbers.Date && (timeAlone(a) != timeAlone(b) || otherContextDays(a, b)) {
		// "around 11 p.m." against "Khoảng 23h ngày 12/9": a clock time
		// alone names no day (the day of writing is a guess), so only
		// the times compare.
		a, b = withoutDay(a), withoutDay(b)
	}
	da, db := a.Date, b.Date
	pa, pb, known := inOneZone(da, db)
	same, ok := samePoint(pa, pb)
	if !ok || !same && !known {
		// "12:30 GMT" against "7:30 p.m.": the other may be said in
		// any zone.
		return incomparable()
	}
	if a.Kind == numbers.DateRange {
		sameEnd, ok := samePoint(da.End, db.End)
		if !ok {
			return incomparable()
		}
		same = same && sameEnd
	}
	same = sameRestated(da, db, same)
	if !same || localAsides(da.Zone, db.Zone) {
		return differShowing(a, b, "", showDates) // da and db are a's and b's
	}
	// The same day, and a weekday on one side that contradicts it.
	if da.HasWeekday && db.HasWeekday && da.Weekday != db.Weekday {
		return differ(a.Text, b.Text, da.Weekday.String()+" vs "+db.Weekday.String())
	}

	note := ""
	if da.HasWeekday != db.HasWeekday && da.Point.Grain >= numbers.GrainDay && da.Year != 0 {
		// The weekday one side names with the day is what the other's
		// day falls on, or not: "Saturday morning, the 10th day of the
		// third lunar month" against "mùng 10 tháng 3", a Friday.
		named := da
		if db.HasWeekday {
			named = db
		}
		p := weekdayPoint(da, named.EndsWeekday)
		if v := weekdayOf(p, named.Weekday, a.Text, b.Text); v.status != Agree {
			return v
		}
		note = longDate(p) + " is a " + noon(p).Weekday().String()
	}
	v := agree(a.Text, b.Text, note)
	// A clock time alone agrees with its day, but not exactly: "9 a.m."
	// is the "9h" of its sentence's pair before it is "Sáng nay (3/12)".
	// A time on the day of the date before it ("khoảng 17h cùng ngày")
	// is as much a time alone.
	// A clock said to the minute is the "12:40 a.m." of "0h40" before it
	// is "after midnight", a clock of the hour; a clock of one zone is
	// the "9 p.m. in Hanoi" of "21h giờ Hà Nội" before it is "3 p.m.
	// Paris time", the same instant.
	v.exact = dateGrain(a) == dateGrain(b) && (timeAlone(a) == timeAlone(b) || contextClock(a) || contextClock(b)) &&
		sameClockGrain(da.Point, db.Point) && !otherOffsets(da.Zone, db.Zone)
	return v
}

// sameClockGrain reports two points that state their clocks, if both do,
// to the same precision: hours, or minutes.
func sameClockGrain(a, b numbers.Point) bool {
	return a.Grain < numbers.GrainHour || b.Grain < numbers.GrainHour || a.Grain == b.Grain
}

// contextClock reports a clock time whose day the text gives only by the
// date before it: "khoảng 17h cùng ngày" (numbers' DayImplied, with no
// weekday).
func contextClock(m *numbers.Mention) bool {
	return m.Date.DayImplied && !m.Date.HasWeekday && m.Date.Grain >= numbers.GrainHour
}

// otherContextDays reports two clock times on two days that each are
// only the context's (contextClock): "20h30 giờ Singapore cùng ngày"
// after one date and "8:30 p.m. Singapore time the same day" after
// another. Two versions order their dates differently, and neither
// states the day; against a stated day, "the same day" is the day it
// names ("đến 18h ngày 13/10" against "by 6 p.m. the same day", after
// "Wednesday" the 14th, conflict).
func otherContextDays(a, b *numbers.Mention) bool {
	return contextClock(a) && contextClock(b) && !onOneDay(a.Date.Point, b.Date.Point)
}

// withoutDay returns m, a clock time alone (timeAlone) or one whose day
// is the context's (contextClock), as a time of a day not known; any
// other m as it is.
func withoutDay(m *numbers.Mention) *numbers.Mention {
	if !timeAlone(m) && !contextClock(m) {
		return m
	}
	cp := *m
	cp.Date.Point.Year, cp.Date.Point.Month, cp.Date.Point.Day = 0, 0, 0
	return &cp
}

// timeAlone reports a clock time that states no day: "9 a.m."; its day
// is the day of writing (numbers' Deictic).
func timeAlone(m *numbers.Mention) bool {
	return m.Date.Deictic && m.Date.Grain > numbers.GrainDay
}

// inOneZone returns the points of two dates in one zone: b's moved into
// a's zone when each names a zone of known offset ("19h30 (giờ Hà Nội)"
// is "12:30 GMT"). known is false when a clock time is said in a zone of
// known offset on one side only: the other's zone may be any, so only
// the same time compares.
func inOneZone(a, b numbers.DateValue) (pa, pb numbers.Point, known bool) {
	if a.Zone.Local() && b.Zone.Local() {
		// The place's own time on both sides, as each says it, whatever
		// zone an aside restates it in (localAsides compares those).
		return a.Point, b.Point, true
	}
	if a.Zone.Local() && b.Zone.Kind == numbers.ZoneNone || b.Zone.Local() && a.Zone.Kind == numbers.ZoneNone {
		// The place's own clock against a time that names no zone, as
		// "16h giờ địa phương" against "4 p.m." compares, whatever zone
		// an aside restates the local time in ("(tức 4h sáng 13/4 giờ
		// Hà Nội)").
		return a.Point, b.Point, true
	}
	oa, za := a.Zone.Offset()
	ob, zb := b.Zone.Offset()
	switch {
	case za && zb:
		return a.Point, shiftPoint(b.Point, oa-ob), true
	case za != zb && (a.Point.Grain >= numbers.GrainHour || b.Point.Grain >= numbers.GrainHour):
		return a.Point, b.Point, false
	}
	return a.Point, b.Point, true
}

// sameRestated judges two times in zones of known offset whose texts
// restate them in another zone (numbers.DateValue.Restated), given
// whether the times themselves are one instant (same): restated on both
// sides, the restatements must be one instant too ("10h giờ Sydney, tức
// 6h giờ Hà Nội" against "10 a.m. Sydney time (7 a.m. in Hanoi)"
// conflict); restated on one side only, its restatement may be the
// instant the other states in another zone, whatever the zone tables say
// of the first zone's offset ("10h giờ Sydney, tức 6h giờ Hà Nội" in
// Sydney's summer against "6 a.m. Hanoi time"), but a time said in the
// first zone compares with its clock ("11h20 giờ Tokyo, tức 9h20 giờ Hà
// Nội" against "10:20 a.m. Tokyo time" conflict). The same instant by
// the tables, said on the other side in another zone, is the
// restatement's too ("10h47 giờ Hà Nội, tức 8h17 giờ Ấn Độ" against
// "9:17 a.m. local time (10:47 a.m. Hanoi time)" conflict: an edit of
// the restated clock).
func sameRestated(a, b numbers.DateValue, same bool) bool {
	ra, restatedA := atRestated(a)
	rb, restatedB := atRestated(b)
	switch {
	case restatedA && restatedB:
		// The two clocks each side states, in either order: "15h giờ Hà
		// Nội, tức 10h giờ Paris" in summer against "10 a.m. Paris time
		// (3 p.m. Hanoi time)", where the zone table gives Paris its
		// winter offset.
		return same && sameInstant(ra, rb) || sameInstant(ra, b) && sameInstant(a, rb)
	case restatedA && !same && !sameOffset(a.Zone, b.Zone):
		return sameInstant(ra, b)
	case restatedB && !same && !sameOffset(a.Zone, b.Zone):
		return sameInstant(a, rb)
	case restatedA && otherOffsets(a.Zone, b.Zone):
		return sameInstant(ra, b)
	case restatedB && otherOffsets(a.Zone, b.Zone):
		return sameInstant(a, rb)
	}
	return same
}

// otherOffsets reports two zones of two known offsets.
func otherOffsets(a, b numbers.Zone) bool {
	oa, knownA := a.Offset()
	ob, knownB := b.Offset()
	return knownA && knownB && oa != ob
}

// sameOffset reports two zones of one known offset: "giờ Nhật Bản" and
// a local time that a restatement puts at UTC+09:00.
func sameOffset(a, b numbers.Zone) bool {
	oa, knownA := a.Offset()
	ob, knownB := b.Offset()
	return knownA && knownB && oa == ob
}

// atRestated returns d at the offset its restatement gives
// (numbers.DateValue.Restated), and whether the text restates it.
func atRestated(d numbers.DateValue) (numbers.DateValue, bool) {
	if d.Restated.Kind != numbers.ZoneOffset {
		return d, false
	}
	d.Zone, d.Restated = d.Restated, numbers.Zone{}
	return d, true
}

// sameInstant reports two times in zones of known offset that are one
// instant.
func sameInstant(a, b numbers.DateValue) bool {
	pa, pb, _ := inOneZone(a, b)
	same, ok := samePoint(pa, pb)
	return same && ok
}

// localAsides reports two local times that their texts restate in
// other zones at two offsets: "9 p.m. local time (3 a.m. Wednesday Hanoi
// time)" and "21h giờ địa phương (2h sáng giờ Hà Nội)" say the same
// local time and two instants.
func localAsides(a, b numbers.Zone) bool {
	return a.Kind == numbers.ZoneLocalAt && b.Kind == numbers.ZoneLocalAt && a.Quarters != b.Quarters
}

// shiftPoint moves a time of day by d: to the same instant in another
// zone. A point with a day moves across midnight to the day before or
// after; a time alone turns round the clock.
func shiftPoint(p numbers.Point, d time.Duration) numbers.Point {
	if p.Grain < numbers.GrainHour || d == 0 {
		return p
	}
	if p.Day == 0 || p.Month == 0 {
		m := (int(p.Hour)*60 + int(p.Minute) + int(d/time.Minute)) % (24 * 60)
		if m < 0 {
			m += 24 * 60
		}
		p.Hour, p.Minute = int8(m/60), int8(m%60)
		return p
	}
	year := int(p.Year)
	if year == 0 {
		year = leapYear // a year-less 29/2 stays a day
	}
	t := time.Date(year, time.Month(p.Month), int(p.Day), int(p.Hour), int(p.Minute), 0, 0, time.UTC).Add(d)
	p.Month, p.Day, p.Hour, p.Minute = int8(t.Month()), int8(t.Day()), int8(t.Hour()), int8(t.Minute())
	if p.Year != 0 {
		p.Year = int32(t.Year())
	}
	return p
}

// leapYear is a year with a 29 February, for a date that names no year.
const leapYear = 2024

// weekdayOnly reports a date that the text gives as a weekday alone ("on
// Friday", "thứ Sáu", "5 p.m. on Wednesday"), whatever day a reference
// date resolved it to.
func weekdayOnly(m *numbers.Mention) bool {
	return m.Date.HasWeekday && (m.Written != numbers.WrittenDigits || m.Date.DayImplied)
}

// onDayOf returns m, or a copy of it placed on the day of p when the text
// names its day by a weekday alone.
func onDayOf(m *numbers.Mention, p numbers.Point) *numbers.Mention {
	if !m.Date.DayImplied {
		return m
	}
	cp := *m
	cp.Date.Point.Year, cp.Date.Point.Month, cp.Date.Point.Day = p.Year, p.Month, p.Day
	return &cp
}

// samePoint compares two points of the calendar on what both state: a
// year-less "30/1" matches 30 January of any year. ok is false when the
// two are of grains that cannot be compared (a quarter and a day).
func samePoint(a, b numbers.Point) (same, ok bool) {
	if a.Grain == numbers.NoGrain || b.Grain == numbers.NoGrain {
		return false, false
	}
	if timeOnly(a) || timeOnly(b) {
		// "2:30 p.m." with no day known: only the time of another time
		// compares ("14h30 chiều 7/9"), never a day.
		if a.Grain < numbers.GrainHour || b.Grain < numbers.GrainHour {
			return false, false
		}
		return !otherTime(a, b), true
	}
	coarse := func(g numbers.Grain) numbers.Grain {
		if g > numbers.GrainDay {
			return numbers.GrainDay // a time of day is judged by its day
		}
		return g
	}
	ga, gb := coarse(a.Grain), coarse(b.Grain)
	if ga != gb {
		return monthAndYear(a, b, ga, gb)
	}
	if farYears(a, b) {
		return false, false
	}
	if otherYears(a, b) {
		return false, true
	}
	if a.Month != b.Month && ga != numbers.GrainYear {
		return false, true
	}
	if ga >= numbers.GrainDay && a.Day != b.Day {
		return false, true
	}
	if otherTime(a, b) {
		return false, true // two clock times of one day: 22 giờ and 11 pm
	}
	if ga == numbers.GrainWeek && (a.Day != b.Day || a.Month != b.Month) {
		return false, true
	}
	return true, true
}

// otherYears reports two points in other years, both stated: a year the
// text does not state is not known ("30/12" written on 2 January may be
// of the year before; "December 2" after "2024" is of that year).
func otherYears(a, b numbers.Point) bool {
	return a.Year != 0 && b.Year != 0 && a.Year != b.Year && !a.YearImplied && !b.YearImplied
}

// farYears reports a point whose year the date of writing implied and
// another stated more than maxImpliedGap years away: no telling whether
// they are one day ("Sáng 14/3", written in 2026, and "March 14, 1911",
// the day of a birth a hundred and fifteen years before).
func farYears(a, b numbers.Point) bool {
	if a.Year == 0 || b.Year == 0 || a.YearImplied == b.YearImplied {
		return false
	}
	return a.Year-b.Year > maxImpliedGap || b.Year-a.Year > maxImpliedGap
}

// maxImpliedGap is how many years from the date of writing a day with no
// year may yet be said of: a story looks back a few years ("that year").
const maxImpliedGap = 10

// monthAndYear compares two points of different grains ga and gb: a
// month against its year ("10/2025" and "2025") can be the same fact said
// less precisely; a day against a year or a month is not comparable.
func monthAndYear(a, b numbers.Point, ga, gb numbers.Grain) (same, ok bool) {
	if !(ga == numbers.GrainYear && gb == numbers.GrainMonth || ga == numbers.GrainMonth && gb == numbers.GrainYear) {
		return false, false
	}
	if otherYears(a, b) {
		return false, true
	}
	if a.Month != 0 && b.Month != 0 && a.Month != b.Month {
		return false, true
	}
	return true, true
}

// showDate writes a date value for a reason, with its zone: "19:30, 20
// November 2026 UTC+07:00".
func showDate(d numbers.DateValue) string {
	s := pointText(d.Point)
	if !d.End.IsZero() {
		s += "–" + pointText(d.End)
	}
	if z := d.Zone.String(); z != "" {
		s += " " + z
	}
	if z := d.Restated.String(); z != "" {
		s += " (restated at " + z + ")"
	}
	return s
}

// toDate judges a running total against a day: a range from the start of
// a longer period up to a day ("từ đầu năm đến ngày 8/3", since the start
// of the year up to 8 March) states the same as that day ("As of March
// 8"). It reports false for any other pair.
func toDate(a, b *numbers.Mention) (verdict, bool) {
	upTo := func(m *numbers.Mention) bool {
		return m.Kind == numbers.DateRange && m.Date.End.Grain >= numbers.GrainDay &&
			m.Date.Point.Grain != numbers.NoGrain && m.Date.Point.Grain < numbers.GrainDay
	}
	day := func(m *numbers.Mention) bool {
		return m.Kind == numbers.Date && m.Date.Point.Grain >= numbers.GrainDay && m.Date.Year != 0
	}
	var end, at numbers.Point
	switch {
	case upTo(a) && day(b):
		end, at = a.Date.End, b.Date.Point
	case day(a) && upTo(b):
		end, at = b.Date.End, a.Date.Point
	default:
		return verdict{}, false
	}
	end, at = dayPoint(end), dayPoint(at)
	if end == at {
		v := agree(a.Text, b.Text, "up to "+longDate(end))
		v.exact = true
		return v, true
	}
	return differ(a.Text, b.Text, "up to "+longDate(end)+" vs "+longDate(at)), true
}

// halfOfMatch judges a half numbered as an ordinal ("hiệp một", "hiệp
// 2") against a half year written as "first half" or "second half": they
// agree when the numbers are the same. It reports false for any other pair.
func halfOfMatch(a, b *numbers.Mention) (verdict, bool) {
	ord, half := a, b
	if ord.Kind != numbers.Ordinal {
		ord, half = b, a
	}
	if ord.Kind != numbers.Ordinal || ord.Unit != numbers.RankHalf {
		return verdict{}, false
	}
	// The months, with or without a year: a match has no reference date.
	first, last := half.Date.Point.Month, half.Date.End.Month
	switch {
	case half.Kind == numbers.Date && half.Date.Point.Grain == numbers.GrainHalf:
		last = first + 5
	case half.Kind != numbers.DateRange || half.Date.Point.Grain != numbers.GrainMonth:
		return verdict{}, false
	}
	if first != 1 && first != 7 || last != first+5 {
		return verdict{}, false
	}
	if n, ok := ord.Value.Int64(); !ok || n != int64(first/6+1) {
		return verdict{}, false
	}
	v := agree(a.Text, b.Text, "")
	v.exact = true
	return v, true
}

// sameMonths judges a range of months against a quarter, a half or a year
// by the months they cover. The very same months agree: "3 tháng đầu năm
// 2026" (January to March) is "the first quarter of 2026". Two periods
// that start a year but end elsewhere, each shorter than the year,
// conflict: "6 tháng đầu năm" against "Q1", "9T/2026" against "H1" say
// how far into the year the figure runs, and one was said for the other
// ("1946-2026" against "1946" is none). Any other pair it leaves to the
// other rules and the slots (reporting false).
func sameMonths(a, b *numbers.Mention) (verdict, bool) {
	ma, oka := monthSpan(a)
	mb, okb := monthSpan(b)
	if !oka || !okb || (a.Kind == numbers.DateRange) == (b.Kind == numbers.DateRange) {
		return verdict{}, false
	}
	switch {
	case ma == mb:
		v := agree(a.Text, b.Text, noteSameMonths)
		v.exact = true
		return v, true
	case ma[0] == mb[0] && ma[0]%12 == 0 && ma[1]-ma[0] < 11 && mb[1]-mb[0] < 11:
		return differ(a.Text, b.Text, spanText(a)+" vs "+spanText(b)), true
	}
	return verdict{}, false
}

// dayInPart agrees a day with the part of its month that holds it:
// "ngày 15/5" and "mid-May". The parts are the month's thirds, the
// reader's convention Extract leaves to its callers: early to the 10th,
// mid to the 20th, late after. A day in another part is not compared: a
// translator may round "22/5" to "mid-May".
func dayInPart(a, b *numbers.Mention) (verdict, bool) {
	day, part, ok := oneOfEach(a, b, isPlainDay, func(m *numbers.Mention) bool {
		return m.Kind == numbers.Date && m.Date.Grain == numbers.GrainMonth && m.Date.Part != numbers.WholePeriod
	})
	if !ok || day.Date.Year != part.Date.Year || day.Date.Month != part.Date.Month || monthThird(int(day.Date.Day)) != part.Date.Part {
		return verdict{}, false
	}
	return agree(a.Text, b.Text, "the "+part.Date.Part.String()+" part of the month"), true
}

// isPlainDay reports a date of a day with no time and no part.
func isPlainDay(m *numbers.Mention) bool {
	return m.Kind == numbers.Date && m.Date.Grain == numbers.GrainDay && m.Date.Day != 0 && m.Date.Part == numbers.WholePeriod
}

// monthThird returns the part of a month that day d falls in.
func monthThird(d int) numbers.Part {
	switch {
	case d <= 10:
		return numbers.Early
	case d <= 20:
		return numbers.Mid
	}
	return numbers.Late
}

// spanText writes a date or a range of dates for a reason: "Q1 2026",
// "January 2026 to June 2026".
func spanText(m *numbers.Mention) string {
	if m.Kind == numbers.DateRange {
		return longDate(m.Date.Point) + " to " + longDate(m.Date.End)
	}
	return longDate(m.Date.Point)
}

// monthSpan returns the first and last month, counted from year 0, of a
// date of a month or coarser grain, or of a range of such dates.
func monthSpan(m *numbers.Mention) ([2]int, bool) {
	span := func(p numbers.Point) ([2]int, bool) {
		if p.Year == 0 {
			return [2]int{}, false
		}
		first := int(p.Year)*12 + int(max(p.Month, 1)) - 1
		switch p.Grain {
		case numbers.GrainMonth:
			return [2]int{first, first}, p.Month != 0
		case numbers.GrainQuarter:
			return [2]int{first, first + 2}, p.Month != 0
		case numbers.GrainHalf:
			return [2]int{first, first + 5}, p.Month != 0
		case numbers.GrainYear:
			return [2]int{int(p.Year) * 12, int(p.Year)*12 + 11}, true
		}
		return [2]int{}, false
	}
	if m.Date.Part != numbers.WholePeriod || m.Kind != numbers.Date && m.Kind != numbers.DateRange {
		return [2]int{}, false
	}
	s, ok := span(m.Date.Point)
	if !ok || m.Kind == numbers.Date {
		return s, ok
	}
	e, ok := span(m.Date.End)
	return [2]int{s[0], e[1]}, ok
}

// longDate writes a point as a translator reads it: "31 January 2026",
// "October 2025", "2030", "Q1 2026".
func longDate(p numbers.Point) string {
	month := ""
	if p.Month >= 1 && p.Month <= 12 {
		month = time.Month(p.Month).String()
	}
	year := ""
	if p.Year != 0 {
		year = " " + strconv.Itoa(int(p.Year))
	}
	switch p.Grain {
	case numbers.GrainYear:
		return strings.TrimSpace(year)
	case numbers.GrainQuarter, numbers.GrainHalf, numbers.GrainWeek:
		return p.String()
	case numbers.GrainMonth:
		return month + year
	}
	return strconv.Itoa(int(p.Day)) + " " + month + year
}

// pointText writes a point as longDate does, with its time of day:
// "22:30, 8 December 2026", "22:30" for a time whose day is not known.
func pointText(p numbers.Point) string {
	if p.Grain < numbers.GrainHour {
		return longDate(p)
	}
	clock := p.Clock()
	if timeOnly(p) {
		return clock
	}
	return clock + ", " + longDate(p)
}

// judgeEntities compares two names.
func judgeEntities(a, b *entities.Entity) verdict {
	score := entities.Match(*a, *b)
	if a.Type != b.Type && score < entities.Threshold {
		return incomparable() // an unknown name may be typed otherwise on each side
	}
	if score >= entities.Threshold || a.Key == b.Key && (a.Adjective || b.Adjective) {
		// Titles are compared by the pairer, which knows every title each
		// version gives the person.
		v := agree(a.Text, b.Text, "")
		v.exact = a.Key == b.Key
		return v
	}
	if a.Type == b.Type && !nameWithin(a.Key, b.Key) {
		return differ(a.Text, b.Text, differentNames(a.Type))
	}
	return incomparable()
}

// nameWithin reports whether one key's name is the other's cut short at a
// word: "place:khanh" and "place:an-khanh", where one version's reading
// lost a word of the name. They may be one place, so they never conflict.
func nameWithin(a, b string) bool {
	_, x, _ := strings.Cut(a, ":")
	_, y, _ := strings.Cut(b, ":")
	if len(x) > len(y) {
		x, y = y, x
	}
	return x != "" && x != y && (strings.HasPrefix(y, x+"-") || strings.HasSuffix(y, "-"+x))
}

// titlesCompatible reports titles that one language says in one word and
// the other in two ("Chủ tịch": chair or president).
func titlesCompatible(a, b string) bool {
	ta := entities.Entity{Type: entities.Title, Key: a, Text: a}
	tb := entities.Entity{Type: entities.Title, Key: b, Text: b}
	return entities.Match(ta, tb) >= entities.Threshold
}

// titleName writes a title key for people: "title:prime-minister" →
// "prime minister".
func titleName(key string) string {
	return strings.ReplaceAll(strings.TrimPrefix(key, "title:"), "-", " ")
}

// differentNames is the note of a conflict of two names of type t in
// aligned sentences, "different places in aligned sentences": made once
// per type, not at each pair of names judged.
func differentNames(t entities.Type) string {
	notes := differentNamesNotes()
	if int(t) >= 0 && int(t) < len(notes) {
		return notes[t]
	}
	return "different " + pluralType(t) + " in aligned sentences"
}

// differentNamesNotes are the notes of differentNames of the first
// entity types, by type.
var differentNamesNotes = sync.OnceValue(func() []string {
	notes := make([]string, 16)
	for t := range notes {
		notes[t] = "different " + pluralType(entities.Type(t)) + " in aligned sentences"
	}
	return notes
})

func pluralType(t entities.Type) string {
	switch t {
	case entities.Country:
		return "countries"
	case entities.Org:
		return "organisations"
	case entities.Place:
		return "places"
	case entities.Person:
		return "people"
	case entities.Event:
		return "events"
	}
	return "names"
}

// itemValue is an item's value as the JSON report writes it, which
// suppressions match: "90000000000", "2026-01-31", "country:MY".
func itemValue(it *Item) string {
	switch {
	case it == nil:
		return ""
	case it.Entity != nil:
		return it.Entity.Key
	case it.Number.Kind == numbers.Date || it.Number.Kind == numbers.DateRange:
		return it.Number.Date.Point.String()
	}
	return it.Number.Value.String()
}

// lowerBound and upperBound report the qualifiers that bound a figure
// from below ("more than", "at least") and from above ("less than", "at
// most").
func lowerBound(q numbers.Qualifier) bool { return q == numbers.MoreThan || q == numbers.AtLeast }
func upperBound(q numbers.Qualifier) bool { return q == numbers.LessThan || q == numbers.AtMost }

// sinceNewYear judges a running total "up to the end of" a month
// ("tính đến hết tháng 5.2026") against the months from January of that
// year ("the first five months of 2026"): the same period when they end
// in the same month.
func sinceNewYear(a, b *numbers.Mention) (verdict, bool) {
	upTo := func(m *numbers.Mention) bool {
		return m.Kind == numbers.Date && m.Date.By && m.Date.Year != 0 &&
			(m.Date.Grain == numbers.GrainMonth || m.Date.Grain == numbers.GrainQuarter)
	}
	fromJanuary := func(m *numbers.Mention) bool {
		return m.Kind == numbers.DateRange && m.Date.Point.Month <= 1 && m.Date.Point.Year != 0 && m.Date.Point.Year == m.Date.End.Year
	}
	by, period := a, b
	if !upTo(by) || !fromJanuary(period) {
		by, period = b, a
	}
	if !upTo(by) || !fromJanuary(period) {
		return verdict{}, false
	}
	sb, okb := monthSpan(by)
	sp, okp := monthSpan(period)
	if !okb || !okp {
		return verdict{}, false
	}
	if sb[1] == sp[1] {
		v := agree(a.Text, b.Text, "from January to the same month")
		v.exact = true
		return v, true
	}
	return differ(a.Text, b.Text, "up to "+showDate(by.Date)+" vs "+showDate(period.Date)), true
}

// sinceStart judges a range of days, months or years against a date as a
// lower bound ("since 2020", "since September 2026"): they state one
// fact when the range starts where the bound does, as a range to the day
// of writing does ("Từ năm 2020 đến nay", "từ tháng 9/2026 đến nay"); the
// bound says nothing of the end. It reports false for any other pair,
// and for another start, which judgePoints weighs as before.
func sinceStart(a, b *numbers.Mention) (verdict, bool) {
	rng, since := a, b
	if rng.Kind != numbers.DateRange {
		rng, since = b, a
	}
	if rng.Kind != numbers.DateRange || since.Kind != numbers.Date || since.Qualifier != numbers.AtLeast || !calendarRange(rng.Date) {
		return verdict{}, false
	}
	p, q := rng.Date.Point, since.Date.Point
	if p.Year != q.Year || p.Month != q.Month || p.Day != q.Day || p.Grain != q.Grain {
		return verdict{}, false
	}
	v := agree(a.Text, b.Text, "since "+showDate(numbers.DateValue{Point: p}))
	v.exact = true
	return v, true
}

// calendarRange reports a range of days, months or years, not of clock
// times: "from 5:30 am to 10 pm" is the hours of one day, which "từ 5h30"
// opens without running to the day of writing.
func calendarRange(d numbers.DateValue) bool {
	return d.Point.Grain != numbers.NoGrain && d.Point.Grain <= numbers.GrainDay &&
		d.End.Grain != numbers.NoGrain && d.End.Grain <= numbers.GrainDay
}

// judgeScores compares two match scores. The sides may come in either
// order: "Indonesia thua Việt Nam 0-2" is "Vietnam beat Indonesia 2-0".
func judgeScores(a, b *numbers.Mention) verdict {
	switch {
	case a.From.Equal(b.From) && a.To.Equal(b.To):
		return agree(a.Text, b.Text, "")
	case a.From.Equal(b.To) && a.To.Equal(b.From):
		return agree(a.Text, b.Text, "the sides in the other order")
	}
	return differ(a.Text, b.Text, "score "+scoreText(a)+" vs "+scoreText(b))
}

// scoreText writes a score as "2-1".
func scoreText(m *numbers.Mention) string {
	return m.From.String() + "-" + m.To.String()
}

// judgeRatios compares two ratios side by side: "10:3" is not "3:10".
func judgeRatios(a, b *numbers.Mention) verdict {
	if a.From.Equal(b.From) && a.To.Equal(b.To) {
		return agree(a.Text, b.Text, "")
	}
	return differ(a.Text, b.Text, "ratio "+ratioText(a)+" vs "+ratioText(b))
}

// ratioAndPercent returns the ratio and the percentage of a pair that is
// one of each: "10:3" and "30%".
func ratioAndPercent(a, b *numbers.Mention) (r, pc *numbers.Mention, ok bool) {
	return oneOfEach(a, b, isRatio, onePercent)
}

// isRatio reports a ratio.
func isRatio(m *numbers.Mention) bool { return m.Kind == numbers.Ratio }

// onePercent reports a percentage that is no range.
func onePercent(m *numbers.Mention) bool { return m.Kind == numbers.Percent && !m.Range }

// ratioIsPercent reports whether ratio r states percentage pc: its
// second side is pc percent of its first ("100:15" is 15%, "10:3" 30%).
func ratioIsPercent(r, pc *numbers.Mention) bool {
	whole, ok1 := pc.Value.Mul(r.From)
	part, ok2 := r.To.Shift(2)
	return ok1 && ok2 && whole.Cmp(part) == 0
}

// ratioText writes a ratio as "10:3".
func ratioText(m *numbers.Mention) string {
	return m.From.String() + ":" + m.To.String()
}

// otherTime reports two points that both tell the time of day, and tell
// another: 22:00 and 23:00, 14:30 and 16:30 (minutes when both give them).
func otherTime(a, b numbers.Point) bool {
	if a.Grain < numbers.GrainHour || b.Grain < numbers.GrainHour {
		return false
	}
	return a.Hour != b.Hour || a.Grain >= numbers.GrainMinute && b.Grain >= numbers.GrainMinute && a.Minute != b.Minute
}

// timeOnly reports a time of day whose day is not known.
func timeOnly(p numbers.Point) bool {
	return p.Grain >= numbers.GrainHour && p.Day == 0
}
