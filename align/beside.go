package align

import "github.com/factalign/factalign/numbers"

// conflictsBeside pairs the dates left after the other steps that stand
// in a sentence next to a sentence aligned with the other's: the other
// version merged the two sentences, or split one ("Tàu cập cảng lúc 15h
// ngày 21/3" after the sentence of the journey, against "..., arriving at
// 3 p.m. on Sunday"; "Rạng sáng 5/8, ..." against "It resumed early
// Tuesday"), and an edit of the date took away what would have aligned
// them. Two clock times of a day, or a day and a weekday alone, that
// conflict, each the only such candidate of the other, are one fact;
// so are two clock times that each restate in another zone. Dates in
// sentences further apart, and two days, months or years, which a story
// names many of in its sentences, are not compared so.
func (p *pairer) conflictsBeside() {
	// The beads are searched this far on each side: a sentence beside
	// x's bead, or in the gap of the alignment after it, where the
	// sentences each version left out follow one another (inOneGap).
	const besideReach = 2
	var cands soleCandidates[int]
	for x := range p.fa.items {
		ax := &p.fa.items[x]
		ca := besideClass(ax)
		if p.usedA[x] || ca == besideNone || settled(p.fa.items, x, p.repA, p.usedA) {
			continue
		}
		k := p.beadA[ax.Sentence]
		for kk := max(0, k-besideReach); kk <= k+besideReach && kk < p.inB.len(); kk++ {
			for _, y := range p.inB.of(kk) {
				by := &p.fb.items[y]
				if p.usedB[y] || settled(p.fb.items, y, p.repB, p.usedB) || !besideMeet(ca, besideClass(by)) || !p.besideBead(ax.Sentence, by.Sentence) && !p.inOneGap(ax.Sentence, by.Sentence) || !sameThing(ax, by, p.fa, p.fb) {
					continue
				}
				if v := p.judge(x, y); v.comparable && (v.status == Conflict || v.status == Agree && besideAgree(ca, besideClass(by))) {
					cands.add(p.repA[x], p.repB[y], x, y, v)
				}
			}
		}
	}
	cands.each(func(c soleCandidate) {
		c.v.why.more += " (in sentences next to each other's)"
		p.add(c.x, c.y, c.v, confElsewhere)
	})
}

// settled reports a date that says again, no more finely, a fact whose
// first mention is paired already: "(tức ngày 19 tháng 10 năm Bính Ngọ)"
// after "21h40 ngày 27/11/2026". It joins that fact as a repeat, and
// meets nothing beside. A time of the day is more than the day said
// before it ("lúc 14h ngày 8/2" after "ngày 8/2").
func settled(items []Item, x int, rep []int, used []bool) bool {
	r := rep[x]
	return r != x && r >= 0 && used[r] && items[r].Number != nil && items[x].Number.Date.Point.Grain <= items[r].Number.Date.Point.Grain
}

// besideAgree reports whether dates of classes a and b that agree beside
// a bead are one fact: a day and the weekday it falls on ("sáng 4/1"
// against "on Monday morning" in the sentence next to it), which no
// other step pairs across sentences (agreeElsewhere pairs dates only
// when they are the same).
func besideAgree(a, b int) bool {
	return (a == besideWeekday) != (b == besideWeekday)
}

// isDateTime reports an item that is a clock time of a day, "15h ngày
// 21/3", "3 p.m. on Sunday", or one the text restates in another zone,
// "20h giờ Tokyo, tức 18h giờ Hà Nội", which is as rare in a story.
func isDateTime(it *Item) bool {
	m := it.Number
	return m != nil && m.Kind == numbers.Date && m.Date.Point.Grain >= numbers.GrainHour && (m.Date.Point.Day != 0 || restatedClock(&m.Date))
}

// restatedClock reports a clock time the text restates in another zone:
// one in a zone of known offset (DateValue.Restated), or a local time
// whose offset the restatement gives (numbers.ZoneLocalAt).
func restatedClock(d *numbers.DateValue) bool {
	return d.Restated.Kind != numbers.ZoneNone || d.Zone.Kind == numbers.ZoneLocalAt
}

// The classes of dates that conflictsBeside compares.
const (
	besideNone    = iota
	besideTime    // a clock time of a day: "15h ngày 21/3"
	besideDay     // a day the text states, with no time: "Rạng sáng 5/8"
	besideWeekday // a weekday alone: "early Tuesday"
)

// besideClass returns the class of it for conflictsBeside.
func besideClass(it *Item) int {
	m := it.Number
	switch {
	case isDateTime(it):
		return besideTime
	case m == nil || m.Kind != numbers.Date:
		return besideNone
	case anyWeek(it):
		return besideWeekday
	case m.Date.Point.Grain == numbers.GrainDay && m.Date.Point.Day != 0 && !m.Date.Deictic:
		return besideDay
	}
	return besideNone
}

// besideMeet reports whether dates of classes a and b are compared beside
// a bead: two clock times, or a weekday alone and a day or a time of one.
func besideMeet(a, b int) bool {
	if a == besideNone || b == besideNone {
		return false
	}
	return a == besideTime && b == besideTime || (a == besideWeekday) != (b == besideWeekday)
}
