package numbers

import "time"

// A clock time followed by a phrase that names the day of the story's
// last date, "khoảng 17h cùng ngày", "by 6 p.m. the same day", is a time
// of that day, not of the day of writing. The phrases are data:
// lang/*/same_day.tsv.

// sameDayAfter gives m, a clock time alone read up to token next, the
// day of the last date the text stated when a phrase of same_day.tsv
// that is not loose follows it, and the zone named after the phrase
// ("21h cùng ngày giờ Hà Nội"), and returns the token after them;
// otherwise it returns next and leaves m alone. A date stated more than
// sameDayReach paragraphs before is too far back to be the day meant:
// "Tàu rời cảng lúc 18h30 cùng ngày", at the end of a story whose
// background named the day the ship left its last port, keeps the day
// the reference gives it.
func (s *scanner) sameDayAfter(m *Mention, next int) int {
	if !s.lastDay.set || !clockAlone(m) {
		return next
	}
	flags, end, ok := lookup(s, next, 4, s.lex().sameDay)
	if !ok {
		return next
	}
	if s.para-s.lastDay.para <= sameDayReach && flags != sameDayLoose {
		d := s.lastDay.p
		p := &m.Date.Point
		p.Year, p.Month, p.Day, p.YearImplied, p.DayImplied = d.Year, d.Month, d.Day, d.YearImplied, true
		m.Date.Deictic = false
	}
	// "21h cùng ngày giờ Hà Nội": the zone follows the day, and a
	// restatement of the time in another zone may follow it ("10h sáng
	// cùng ngày theo giờ Basel, tức 16h giờ Hà Nội").
	end = s.zoneAfterDay(m, end)
	m.End = s.toks[end-1].end // the start stays where the rule read it ("by 6 p.m.")
	return end
}

// zoneAfterDay reads, at token end after the same-day phrase of m, the
// zone m's clock is said in and a restatement of it in another zone, as
// zoneEnd does after a clock's own atoms, and returns the token after
// them.
func (s *scanner) zoneAfterDay(m *Mention, end int) int {
	p := &m.Date.Point
	acc := dspec{m: int(p.Month), d: int(p.Day), hour: int(p.Hour), min: int(p.Minute), hasTime: true, h24: true,
		zone: m.Date.Zone, restated: m.Date.Restated}
	end = s.zoneEnd(&acc, end, 0)
	m.Date.Zone, m.Date.Restated = acc.zone, acc.restated
	return end
}

// clockAlone reports a clock time with no day of its own: "17h", "6
// p.m.", whose day the reference date gave or none did.
func clockAlone(m *Mention) bool {
	d := &m.Date
	return m.Kind == Date && d.Deictic && d.Grain >= GrainHour && d.Relative == "" && !d.HasWeekday
}

// sameDayLoose is the flag of same_day.tsv of a phrase that may name
// any day the text stated before ("that day", "hôm đó"), not only the
// last: the clock keeps no day of the text, as a clock alone.
const sameDayLoose = "loose"

// sameDayReach is how many paragraphs before a phrase of same_day.tsv
// the date it refers to may lie.
const sameDayReach = 2

// A dayMemo is the day of a date a text stated, and the paragraph it lies
// in (scanner.para).
type dayMemo struct {
	p    Point
	para int
	set  bool
}

// noteDay records the day of m, a mention just read, when it states one.
func (s *scanner) noteDay(m *Mention) {
	if (m.Kind == Date || m.Kind == DateRange) && m.Date.Grain >= GrainDay && !m.Date.Deictic {
		s.lastDay = dayMemo{p: m.Date.Point, para: s.para, set: true}
	}
}

// storyDay returns the day a relative day of s counts from when it is
// counted from the story's day ("hôm sau", "the next day": dspec.story):
// the start of the range s ends, or else the day of the last date the
// text stated; false when s counts from the reference, or no such day is
// known, or the range's start states none ("từ 18h đến 2h sáng hôm
// sau": the reference's day, as the start's).
func (sc *scanner) storyDay(s dspec) (time.Time, bool) {
	if !s.story || s.rel.unit != GrainDay {
		return time.Time{}, false
	}
	d := sc.lastDay
	if sc.rangeStart.set {
		d = sc.rangeStart
	}
	p := d.p
	if !d.set || p.Year == 0 || p.Month == 0 || p.Day == 0 {
		return time.Time{}, false
	}
	return day(int(p.Year), int(p.Month), int(p.Day)), true
}
