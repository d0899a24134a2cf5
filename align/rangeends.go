package align

import (
	"time"

	"github.com/factalign/factalign/numbers"
)

// A range on one side is often two figures on the other: "tickets cost
// VND7,000-15,000" and "7.000 đồng … 15.000 đồng", "open from 8 am to 6
// pm" and "mở cửa từ 8 giờ … 18 giờ". agreeRangeEnds pairs such a range with the
// two figures of the other side that state its ends, in sentences of the
// same bead or the next; one end that differs is a conflict when the
// other end agrees.

// rangeReach is how many beads apart the figures of a range's ends may be.
const rangeReach = 1

// agreeRangeEnds pairs the ranges of each side left by the earlier steps.
func (p *pairer) agreeRangeEnds() {
	p.rangeEnds(true)
	p.rangeEnds(false)
}

// rangeEnds pairs the ranges of side A (or of B, without sideA).
func (p *pairer) rangeEnds(sideA bool) {
	v := p.view(sideA)
	own, other, usedOwn, usedOther, beadOwn, inOther := v.own, v.other, v.usedOwn, v.usedOther, v.beadOwn, v.inOther
	var nearby []int // reused from range to range
	for r := range own.items {
		if usedOwn[r] {
			continue
		}
		it := &own.items[r]
		lo, hi, ok := rangeEndsOf(it)
		if !ok {
			continue
		}
		// The figures of the other side in the beads around the range's.
		nearby = nearby[:0]
		k := beadOwn[it.Sentence]
		for kk := max(0, k-rangeReach); kk <= k+rangeReach && kk < inOther.len(); kk++ {
			nearby = append(nearby, inOther.of(kk)...)
		}
		near := func(y int) bool { return !usedOther[y] && other.items[y].Number != nil }
		ends, vs, agreed := v.agreeingEnds(lo, hi, nearby, near, p.c)
		if agreed == 0 {
			if y, ok := spanned(v, lo, hi, nearby, near); ok {
				// "từ 27/4 đến 2/5" and "in the six days from April 27".
				usedOwn[r], usedOther[y] = true, true
				a, b := it.Text(), other.items[y].Text()
				if !sideA {
					a, b = b, a
				}
				p.facts = append(p.facts, v.fact(Agree, it, &other.items[y], agree(a, b, reasonSameDays).why.String(), confElsewhere))
				continue
			}
			ends, vs, agreed = loneDateOutside(v, it, lo, hi, nearby, near, p.c)
		}
		if agreed == 0 {
			continue
		}
		if agreed == 1 {
			// The other end, if a figure of the same kind stands for it.
			k := 0
			if ends[0] >= 0 {
				k = 1
			}
			end := [2]*Item{lo, hi}[k]
			for _, y := range nearby {
				if !near(y) || y == ends[1-k] || !sameThing(end, &other.items[y], own, other) || scaleShared(end.Number, other.items[y].Number) || v.anotherRangeEnd(r, &other.items[y], p.c) {
					continue
				}
				if v := v.judge(end, &other.items[y], p.c); v.comparable && v.status == Conflict {
					ends[k], vs[k] = y, v
					break
				}
			}
		}
		usedOwn[r] = true
		for k, y := range ends {
			if y < 0 {
				continue
			}
			usedOther[y] = true
			j := vs[k]
			p.facts = append(p.facts, v.fact(j.status, it, &other.items[y], j.why.String()+[2]string{" (the lower end)", " (the upper end)"}[k], confElsewhere))
		}
	}
}

// anotherRangeEnd reports an end of another range of range r's sentence
// that agrees with item o of the other side: "(5/9/1962 - 5/9/2027)",
// beside "(18/7/1977 - 18/7/2027)", states the "September 5, 1962" that
// the first range's upper end would otherwise conflict with.
func (v view) anotherRangeEnd(r int, o *Item, c *compareConfig) bool {
	for _, x := range v.ownIn.of(v.own.items[r].Sentence) {
		if x == r {
			continue
		}
		lo, hi, ok := rangeEndsOf(&v.own.items[x])
		if !ok {
			continue
		}
		for _, end := range [2]*Item{lo, hi} {
			if j := v.judge(end, o, c); j.comparable && j.status == Agree {
				return true
			}
		}
	}
	return false
}

// maxOutside is how far from a range of days the one date of the other
// side may be to be taken for a slip of its end: a day or two ("Friday"
// edited to "Saturday"), not the day the range was announced.
const maxOutside = 2 * 24 * time.Hour

// loneDateOutside judges a range of days against the one date the other
// side states around it, when neither end agrees with it: "thi 2 ngày 11
// và 12/6" against "the two-day exam ends on Saturday" (13 June) is a
// conflict with the end nearer that date. It reports nothing when the
// other side has another date there, which may be what the range's ends
// are.
func loneDateOutside(v view, it, lo, hi *Item, nearby []int, near func(int) bool, c *compareConfig) (ends [2]int, vs [2]verdict, n int) {
	ends = [2]int{-1, -1}
	if it.Number.Kind != numbers.DateRange {
		return ends, vs, 0
	}
	y := -1
	for _, k := range nearby {
		if m := v.other.items[k].Number; near(k) && m != nil && family(m.Kind) == numbers.Date {
			if y >= 0 {
				return ends, vs, 0 // two dates: which one the range is, is not known
			}
			y = k
		}
	}
	if y < 0 || !sameThing(lo, &v.other.items[y], v.own, v.other) {
		return ends, vs, 0
	}
	k, ok := nearEnd(v.other.items[y].Number, lo.Number, hi.Number)
	if !ok {
		return ends, vs, 0 // far from the range: another day of the story, not a slip of its end
	}
	j := v.judge([2]*Item{lo, hi}[k], &v.other.items[y], c)
	if !j.comparable || j.status != Conflict {
		return ends, vs, 0
	}
	ends[k], vs[k] = y, j
	return ends, vs, 1
}

// spanned returns a date of the other side around a range of days
// whose length from a day is that range (periodOfLength).
func spanned(v view, lo, hi *Item, nearby []int, near func(int) bool) (int, bool) {
	for _, y := range nearby {
		if near(y) && periodOfLength(v.other.items[y].Number, lo.Number, hi.Number) && sameThing(lo, &v.other.items[y], v.own, v.other) {
			return y, true
		}
	}
	return -1, false
}

// periodOfLength reports a date a length after a day ("six days from April 27",
// which numbers reads as the day it comes to, 3 May) whose period is the
// range lo..hi: from that day to the day before the one it comes to, or
// to that one.
func periodOfLength(m, lo, hi *numbers.Mention) bool {
	if m.Kind != numbers.Date || m.Date.Grain != numbers.GrainDay || m.Date.Deictic {
		return false
	}
	n, ok := m.Value.Int64()
	if !ok || n <= 0 || n > maxSpanDays {
		return false
	}
	days := int(n)
	switch m.Unit {
	case numbers.GrainDay.String():
	case numbers.GrainWeek.String():
		days *= 7
	default:
		return false
	}
	end, ok1 := m.Date.Point.Time()
	a, ok2 := lo.Date.Point.Time()
	b, ok3 := hi.Date.Point.Time()
	if !ok1 || !ok2 || !ok3 || !a.Equal(end.AddDate(0, 0, -days)) {
		return false
	}
	return b.Equal(end) || b.Equal(end.AddDate(0, 0, -1))
}

// reasonSameDays is the note of a range of days that agrees with a
// length from its first day.
const reasonSameDays = "the same days"

// maxSpanDays bounds the length of periodOfLength: a length of days or weeks
// that a news period has.
const maxSpanDays = 400

// nearEnd returns the end of the range lo..hi (0 or 1) that the date m
// is nearer, and whether m lies within maxOutside of it. A weekday alone
// ("on Saturday") is read as the day of that name nearest the range, as
// the judge of dates reads it against a day.
func nearEnd(m, lo, hi *numbers.Mention) (int, bool) {
	a, okA := lo.Date.Point.Time()
	b, okB := hi.Date.Point.Time()
	if !okA || !okB {
		return 0, false
	}
	if weekdayOnly(m) {
		after := time.Duration((int(m.Date.Weekday)-int(b.Weekday())+7)%7) * 24 * time.Hour
		before := time.Duration((int(a.Weekday())-int(m.Date.Weekday)+7)%7) * 24 * time.Hour
		if before < after {
			return 0, before <= maxOutside
		}
		return 1, after <= maxOutside
	}
	d, ok := m.Date.Point.Time()
	if !ok {
		return 0, false
	}
	if d.Sub(a).Abs() < d.Sub(b).Abs() {
		return 0, d.Sub(a).Abs() <= maxOutside
	}
	return 1, d.Sub(b).Abs() <= maxOutside
}

// agreeingEnds returns, for each end of a range (lo, hi), the first
// figure of nearby that agrees with it and the verdict, or -1; and how
// many agree.
func (v view) agreeingEnds(lo, hi *Item, nearby []int, near func(int) bool, c *compareConfig) (ends [2]int, vs [2]verdict, agreed int) {
	for k, end := range [2]*Item{lo, hi} {
		ends[k] = -1
		for _, y := range nearby {
			if !near(y) || k == 1 && y == ends[0] || vaguerEnd(end, &v.other.items[y]) {
				continue
			}
			if j := v.judge(end, &v.other.items[y], c); j.comparable && j.status == Agree {
				ends[k], vs[k] = y, j
				agreed++
				break
			}
		}
	}
	return ends, vs, agreed
}

// vaguerEnd reports the end of a range of dates said to a coarser grain
// than the date o: the year of "từ nay đến cuối năm" holds "March", which
// is no end of it.
func vaguerEnd(end, o *Item) bool {
	m := o.Number
	return family(m.Kind) == numbers.Date && end.Number.Date.Grain < m.Date.Grain
}

// rangeEndsOf returns the two ends of a range as items of their own: the
// figures of a numeric range, the points of a date range that goes by
// the day or finer.
func rangeEndsOf(it *Item) (lo, hi *Item, ok bool) {
	m := it.Number
	if m == nil || !m.Range && m.Kind != numbers.DateRange || vaguePlural(m) {
		return nil, nil, false
	}
	a, b := *m, *m
	switch {
	case m.Range && m.Kind != numbers.DateRange:
		a.Range, b.Range = false, false
		a.Value, b.Value = m.From, m.To
		if m.Change == numbers.ChangeBy {
			// "tăng từ 12.050 tỷ lên 14.460 tỷ đồng": a change read as the
			// range it spans; each end is a level, the one it rose from
			// or the one it reached ("to VND14.46 trillion").
			a.Change, b.Change = numbers.NoChange, numbers.NoChange
		}
	case m.Kind == numbers.DateRange && m.Date.Grain >= numbers.GrainDay && !m.Date.End.IsZero():
		a.Kind, b.Kind = numbers.Date, numbers.Date
		a.Date = numbers.DateValue{Point: m.Date.Point}
		b.Date = numbers.DateValue{Point: m.Date.End}
	default:
		return nil, nil, false
	}
	return &Item{Sentence: it.Sentence, Number: &a, slotRef: it.slotRef}, &Item{Sentence: it.Sentence, Number: &b, slotRef: it.slotRef}, true
}

// vaguePlural reports a range that no figure states, only an order of
// magnitude in words ("hàng nghìn", "thousands of"): its ends are bounds
// the reader makes, so neither is a figure to pair with ("Thousands of
// Vietnamese" is no rounding of "1.472 công dân").
func vaguePlural(m *numbers.Mention) bool {
	return m.Range && m.Written == numbers.WrittenWords && m.Qualifier == numbers.Approx
}

// scaleShared reports an end of a range said without the scale word that
// both ends share: "three" of "three or five million" is 3 million, not 3.
// Only a bare number can be such an end: "VND1.44 billion" against the
// end "1.440 tỷ đồng" is a scale edited.
func scaleShared(end, m *numbers.Mention) bool {
	x, y := end.Value, m.Value
	if m.Kind != numbers.Number || m.Unit != "" || x.Equal(y) || x.Digits() != y.Digits() {
		return false
	}
	z, ok := y.Shift(x.Exp() - y.Exp())
	return ok && z.Equal(x)
}
