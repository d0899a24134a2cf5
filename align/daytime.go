package align

import (
	"slices"

	"github.com/factalign/factalign/numbers"
)

// timesOfDates pairs each clock time alone that no fact holds ("around
// 2:30 p.m.", whose day is only the day of writing) with the time of a
// date that the other version states with its day in the aligned
// sentence ("Khoảng 14h30 ngày 15/3"), when a fact already pairs that
// date with a day that has no time ("Monday afternoon"): one version said
// in one mention the two facts that the other says apart. The two times
// agree or conflict. A day with no time that no fact holds ("Chiều
// 30/11") is paired the same way with the day of a dated time ("Monday at
// 3 p.m.") that a fact pairs with a clock time alone ("lúc 15h") in the
// sentence beside it.
func (p *pairer) timesOfDates() {
	var factOf map[*Item]int // the fact of each dated time, made at the first clock time alone
	var byClock *[2]map[string][]*Item
	for _, sideA := range [2]bool{true, false} {
		v := p.view(sideA)
		for x := range v.own.items {
			it := &v.own.items[x]
			if v.usedOwn[x] || it.Number == nil {
				continue
			}
			rest := dayWithoutTime // what the dated time's fact pairs it with: the other half
			switch {
			case timeAlone(it.Number):
			case dayWithoutTime(it):
				rest = clockAlone
			default:
				continue
			}
			if factOf == nil {
				factOf, byClock = p.factsOfDatedTimes(), p.datedByClock()
			}
			if p.timeOfDate(v, it, rest, factOf) || timeAlone(it.Number) && (p.timeOfOwnDay(v, it, factOf) || p.sameClockFar(v, it, byClock)) {
				v.usedOwn[x] = true
			}
		}
	}
}

// sameClockFar adds the fact of the clock time alone it and the one dated
// time of the other side, in any sentence, that states the same clock and
// whose fact pairs it with a day that has no time (byClock, made by
// datedByClock): "at 8:30 a.m." three sentences after "on Saturday",
// where the other version says "Lúc 8h30 sáng 28/11" in its lead. An
// agreement only: a clock time that differs may be another event's.
func (p *pairer) sameClockFar(v view, it *Item, byClock *[2]map[string][]*Item) bool {
	other := byClock[0]
	if v.sideA {
		other = byClock[1]
	}
	cands := other[clockKey(it.Number)]
	if len(cands) != 1 {
		return false // none, or two dated times of that clock: no telling which
	}
	oy := cands[0]
	j := v.judge(it, oy, p.c)
	if !j.comparable || j.status != Agree {
		return false
	}
	j.why.more += noteNotAligned
	p.facts = append(p.facts, v.fact(j.status, it, oy, j.why.String(), confElsewhere))
	return true
}

// datedByClock indexes by their clock the dated times that a fact pairs
// with a day that has no time (sameClockFar), A's and B's apart, in the
// order of the facts.
func (p *pairer) datedByClock() *[2]map[string][]*Item {
	m := &[2]map[string][]*Item{{}, {}}
	for k := range p.facts {
		f := &p.facts[k]
		if f.A == nil || f.B == nil {
			continue
		}
		for side, it := range [2]*Item{f.A, f.B} {
			if datedTime(it) && !contextClock(it.Number) && dayWithoutTime(otherOf(f, it)) {
				k := clockKey(it.Number)
				m[side][k] = append(m[side][k], it)
			}
		}
	}
	return m
}

// clockAlone reports a clock time alone (timeAlone): "lúc 15h".
func clockAlone(it *Item) bool { return it.Number != nil && timeAlone(it.Number) }

// factsOfDatedTimes indexes the facts that pair a dated time
// (datedTime) by both their items: the dated time, which timeOfDate
// looks up, and the item it pairs with, which timeOfOwnDay does.
func (p *pairer) factsOfDatedTimes() map[*Item]int {
	m := map[*Item]int{}
	for k := range p.facts {
		if f := &p.facts[k]; f.A != nil && f.B != nil && (datedTime(f.A) || datedTime(f.B)) {
			m[f.A], m[f.B] = k, k
		}
	}
	return m
}

// timeOfOwnDay adds the fact of the clock time alone it and the time of
// a dated clock time of the other side whose fact pairs it with a day of
// its own sentence, in whatever beads: one version says in one mention
// the day and the time that the other says apart in one sentence ("Sáng
// 18/11, ... lúc 10h theo giờ Myanmar" against "on Tuesday at 10 a.m.
// local time"), so the two times agree or conflict.
func (p *pairer) timeOfOwnDay(v view, it *Item, factOf map[*Item]int) bool {
	for _, x := range v.ownIn.of(it.Sentence) {
		day := &v.own.items[x]
		f, ok := factOf[day]
		if !v.usedOwn[x] || !ok || !dayWithoutTime(day) {
			continue
		}
		oy := otherOf(&p.facts[f], day)
		if !datedTime(oy) || contextClock(oy.Number) {
			continue
		}
		j := v.judge(it, oy, p.c)
		if !j.comparable {
			continue
		}
		if v.beadOwn[it.Sentence] != v.beadOther[oy.Sentence] {
			j.why.more += noteNotAligned
		}
		p.facts = append(p.facts, v.fact(j.status, it, oy, j.why.String(), confElsewhere))
		return true
	}
	return false
}

// timeOfDate adds the fact of the clock time alone it and the time of a
// dated clock time of the other side, whose fact pairs it with an item
// that rest reports (the day it has no time of; or, for a day it, the
// clock time alone), in its bead (timesOfDates), or in a
// bead next to it, or in the bead of a sentence next to its own, when
// the day that dated time pairs with stands in a sentence next to the
// clock time's ("struck ... on Thursday. The quake hit at 10:42 am local
// time" against "xảy ra lúc 10h42 giờ địa phương ngày 12/11"; the
// English may have merged the rest of the clock time's sentence with
// another far off, which its bead pairs), and reports whether it found
// one.
func (p *pairer) timeOfDate(v view, it *Item, rest func(*Item) bool, factOf map[*Item]int) bool {
	k := v.beadOwn[it.Sentence]
	near := [...]int{k, k - 1, k + 1, p.beadBeside(v, it.Sentence, -1), p.beadBeside(v, it.Sentence, 1)}
	for i, kk := range near {
		if kk < 0 || kk >= v.inOther.len() || slices.Contains(near[:i], kk) {
			continue
		}
		for _, y := range v.inOther.of(kk) {
			oy := &v.other.items[y]
			if !v.usedOther[y] || !datedTime(oy) || contextClock(oy.Number) {
				continue // "13h05 cùng ngày" takes its day from the text, not from a mention
			}
			f, ok := factOf[oy]
			if !ok {
				continue
			}
			day := otherOf(&p.facts[f], oy)
			if !rest(day) || kk != k && abs(day.Sentence-it.Sentence) != 1 {
				continue
			}
			j := v.judge(it, oy, p.c)
			if !j.comparable {
				continue
			}
			p.facts = append(p.facts, v.fact(j.status, it, oy, j.why.String(), beadConfidence(p.beads[kk])))
			return true
		}
	}
	return false
}

// beadBeside returns the bead of the sentence of v's own side d
// sentences from sentence s, or -1 if there is none.
func (p *pairer) beadBeside(v view, s, d int) int {
	if s+d < 0 || s+d >= len(v.beadOwn) {
		return -1
	}
	return v.beadOwn[s+d]
}

// otherOf returns the item a fact pairs with it.
func otherOf(f *draft, it *Item) *Item {
	if f.A == it {
		return f.B
	}
	return f.A
}

// datedTime reports a clock time stated with its day: "14h30 ngày 15/3".
func datedTime(it *Item) bool {
	m := it.Number
	return m != nil && m.Kind == numbers.Date && m.Date.Grain > numbers.GrainDay && !timeAlone(m)
}

// dayWithoutTime reports a date of a day, or a weekday, with no time:
// "Monday afternoon", "ngày 15/3".
func dayWithoutTime(it *Item) bool {
	m := it.Number
	return m != nil && m.Kind == numbers.Date && dateGrain(m) == numbers.GrainDay && m.Date.Grain <= numbers.GrainDay
}
