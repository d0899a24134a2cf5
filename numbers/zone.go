package numbers

import (
	"strconv"
	"time"
)

// A Zone is the time zone a text names after a clock time or a day:
// "Hanoi time", "12:30 GMT", "(giờ Tokyo)", "giờ địa phương". The names
// are in each language's zones.tsv.
type Zone struct {
	Kind ZoneKind
	// Quarters is the offset from UTC in quarter hours, for ZoneOffset
	// and ZoneLocalAt: 28 for UTC+7, 0 for GMT.
	Quarters int8
}

// A ZoneKind says what a Zone states.
type ZoneKind uint8

const (
	ZoneNone   ZoneKind = iota // no zone is named
	ZoneLocal                  // the time of the place the story is in: "local time"
	ZoneOffset                 // a zone of known offset: GMT, Hanoi time
	// ZoneLocalAt is the time of the place the story is in, at the
	// offset that the text's restatement of it in a zone of known offset
	// gives: "21h ngày 4/11 theo giờ địa phương (3h sáng 5/11 giờ Hà
	// Nội)" is local time at UTC+01:00.
	ZoneLocalAt
)

// Local reports the time of the place the story is in: ZoneLocal or
// ZoneLocalAt.
func (z Zone) Local() bool { return z.Kind == ZoneLocal || z.Kind == ZoneLocalAt }

// Offset returns the zone's offset from UTC, and whether the text states
// one: a zone of known offset, or a local time it restates in one.
func (z Zone) Offset() (time.Duration, bool) {
	return time.Duration(z.Quarters) * 15 * time.Minute, z.Kind == ZoneOffset || z.Kind == ZoneLocalAt
}

// String returns "UTC+07:00", "UTC-05:00", "local", "local(UTC+01:00)"
// (ZoneLocalAt), or "" for no zone.
func (z Zone) String() string {
	switch z.Kind {
	case ZoneLocal:
		return zoneLocal
	case ZoneLocalAt:
		return zoneLocal + "(" + Zone{Kind: ZoneOffset, Quarters: z.Quarters}.String() + ")"
	case ZoneOffset:
		q, sign := int(z.Quarters), "+"
		if q < 0 {
			q, sign = -q, "-"
		}
		return "UTC" + sign + twoDigits(q/4) + ":" + twoDigits(q%4*15)
	}
	return ""
}

// twoDigits writes 0 <= n < 100 in two digits.
func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// The data file of zone names and the words of its column.
const (
	fileZones       = "zones"
	zoneLocal       = "local"        // the place's own time
	zoneLead        = "lead"         // a word that may come before a zone name: "theo giờ GMT"
	zonePlaceBefore = "place-before" // a word before a place's name that names its own time: "giờ California"
	zonePlaceAfter  = "place-after"  // a word after it: "California time"
	zoneAside       = "aside"        // a word that opens a time's restatement in another zone: "or" (6 p.m. in Hanoi)
	zoneRestate     = "restate"      // such a word after a time of no zone too: "tức" (20h30 giờ Hà Nội)
	zoneClause      = "clause"       // words between a place and a clock time that make it the place's: "(in Seoul), where it was (11 a.m.)"
)

// maxZoneWords is the most tokens of a zone's name in zones.tsv: "giờ
// miền Đông nước Mỹ", "U.S. Eastern time" (U . S . Eastern time).
const maxZoneWords = 6

// maxZoneQuarters bounds an offset: UTC-12:00 to UTC+14:00.
const maxZoneQuarters = 14 * 4

// parseOffset reads an offset of zones.tsv: "+07:00", "-03:30", "+00:00".
func parseOffset(s string) (Zone, bool) {
	if len(s) != 6 || s[0] != '+' && s[0] != '-' || s[3] != ':' {
		return Zone{}, false
	}
	h, err1 := strconv.Atoi(s[1:3])
	m, err2 := strconv.Atoi(s[4:6])
	if err1 != nil || err2 != nil || m%15 != 0 || m >= 60 {
		return Zone{}, false
	}
	q := h*4 + m/15
	if q > maxZoneQuarters {
		return Zone{}, false
	}
	if s[0] == '-' {
		q = -q
	}
	return Zone{Kind: ZoneOffset, Quarters: int8(q)}, true
}

// A zoneLex is what zones.tsv says: the names of zones after a clock
// time, the words that may come before such a name, the words before
// or after a place's name that make it the place's own time, where the
// table does not name the place ("giờ California", "California time"),
// the words that open a restatement of a time in another zone ("tức",
// "or"), true for those that open one after a time that names no zone too
// (kind restate), and the words between a place and the clock time of it
// that they introduce (kind clause: "where it was").
type zoneLex struct {
	names              *phraseTable[Zone]
	leads              *phraseTable[bool]
	placeBefore, after *phraseTable[bool]
	asides             *phraseTable[bool]
	clauses            *phraseTable[bool]
}

// newZones reads zones.tsv. A row whose offset cannot be read is reported
// in problem.
func newZones(src langSource) (z zoneLex, problem []string) {
	names := map[string]Zone{}
	words := map[string]map[string]bool{zoneLead: {}, zonePlaceBefore: {}, zonePlaceAfter: {}, zoneAside: {}, zoneRestate: {}, zoneClause: {}}
	rows, lines := src.rows(fileZones)
	for i, row := range rows {
		off := col(row, 1)
		if w, ok := words[off]; ok {
			w[row[0]] = true
			continue
		}
		if off == zoneLocal {
			names[row[0]] = Zone{Kind: ZoneLocal}
			continue
		}
		zone, ok := parseOffset(off)
		if !ok {
			problem = append(problem, src.name+"/"+fileZones+".tsv:"+strconv.Itoa(lines[i])+": bad offset "+strconv.Quote(off))
			continue
		}
		names[row[0]] = zone
	}
	asides := map[string]bool{}
	for w := range words[zoneAside] {
		asides[w] = false
	}
	for w := range words[zoneRestate] {
		asides[w] = true
	}
	return zoneLex{newTable(names), newTable(words[zoneLead]), newTable(words[zonePlaceBefore]), newTable(words[zonePlaceAfter]), newTable(asides), newTable(words[zoneClause])}, problem
}

// zoneAfter reads the zone named at token k, after a clock time: "Hanoi
// time", "GMT", "theo giờ GMT", "(giờ Hà Nội)". It returns the token
// after it.
func (s *scanner) zoneAfter(k int) (Zone, int, bool) {
	j := k
	paren := s.isPunct(j, "(")
	// A comma before a zone that closes a bracket: "Rạng sáng nay
	// (10/12, giờ Hà Nội)", the day restated in the bracket.
	comma := !paren && s.isPunct(j, ",")
	if paren || comma {
		j++
	}
	if _, n, ok := lookup(s, j, 2, s.lang.zoneLeads); ok {
		j = n
	}
	z, next, ok := lookup(s, j, maxZoneWords, s.lang.zones)
	if !ok {
		next, ok = s.placeTime(j)
		z = Zone{Kind: ZoneLocal}
	}
	if !ok {
		return Zone{}, k, false
	}
	switch {
	case paren:
		if !s.isPunct(next, ")") {
			return Zone{}, k, false
		}
		next++
	case comma && !s.isPunct(next, ")") && !s.isPunct(next, ","):
		// Set off by commas, the zone closes its clause: "at 9:50 a.m.
		// on Thursday, Beijing time, or 8:50 a.m. in Hanoi".
		return Zone{}, k, false
	}
	return z, next, true
}

// placeTime reads, at token j, the own time of a place that the table of
// zones does not name: a word of place-before and the place's name
// ("giờ California, Mỹ"), or the name and a word of place-after
// ("California time"). It returns the token after it.
func (s *scanner) placeTime(j int) (int, bool) {
	if _, n, ok := lookup(s, j, 1, s.lang.zonePlaceBefore); ok {
		if end := s.placeName(n); end > n {
			return end, true
		}
		return j, false
	}
	if end := s.placeName(j); end > j {
		if _, n, ok := lookup(s, end, 1, s.lang.zonePlaceAfter); ok {
			return n, true
		}
	}
	return j, false
}

// placeName returns the end of the capitalised words at token k that may
// name a place, with another name after a comma ("California, Mỹ") or in
// brackets after it ("Bonn (Đức)"); k when none begins there. A month or
// a weekday is no place.
func (s *scanner) placeName(k int) int {
	name := func(t *token) bool { return t.kind == tWord && t.upper && t.dbits&(dbMonth|dbWeekday) == 0 }
	end := k
	for name(s.tok(end)) {
		end++
		if s.isPunct(end, ",") && name(s.tok(end+1)) {
			end++
		}
	}
	if end > k && s.isPunct(end, "(") && name(s.tok(end+1)) {
		closing := end + 1
		for name(s.tok(closing)) {
			closing++
		}
		if s.isPunct(closing, ")") {
			end = closing + 1
		}
	}
	return end
}

// zoneBefore returns the zone of a clock time that starts at token i
// after a place and words of kind clause: "broadcast live to its
// headquarters in Seoul, where it was 11 a.m." is Seoul's time. The
// place is "in" and a name of the zone tables or any place's name (the
// place's own time), closed by a comma.
func (s *scanner) zoneBefore(i int) (Zone, bool) {
	for n := 1; n <= maxClauseWords && n < i; n++ {
		if _, end, ok := lookup(s, i-n, n, s.lang.zoneClauses); ok && end == i && s.isPunct(i-n-1, ",") {
			return s.placeZoneBefore(i - n - 1)
		}
	}
	return Zone{}, false
}

// placeZoneBefore returns the zone of "in" and a place that ends at token
// comma.
func (s *scanner) placeZoneBefore(comma int) (Zone, bool) {
	for k := comma - 2; k >= 0 && k >= comma-1-maxZoneWords; k-- {
		if !s.cue(k, dcIn) {
			continue
		}
		if z, next, ok := s.zoneAfter(k); ok && next == comma {
			return z, true
		}
	}
	return Zone{}, false
}

// maxClauseWords is the most tokens of a phrase of kind clause of
// zones.tsv: "where it will be".
const maxClauseWords = 4

// wireZoneAt reports a zone of known offset named at token k as wire
// copy names it after four digits: "GMT", "Hanoi time"; not "local time",
// nor a place after "in" ("the Asia Valor Cup 2026 in Kuala Lumpur"),
// which names where a thing is as often as whose clock a time is.
func (s *scanner) wireZoneAt(k int) bool {
	z, _, ok := s.zoneAfter(k)
	return ok && z.Kind == ZoneOffset && !s.cue(k, dcIn)
}

// timeAside reads, at token k, a clock time in another zone that
// restates the time before it: in parentheses ("7:30 p.m. Hanoi time
// (12:30 GMT) on Friday"), with the date it falls on there if the zone's
// day differs ("18h ngày 10/2 giờ địa phương (4h sáng 11/2 giờ Hà
// Nội)"), or after a word of zones.tsv that opens a restatement, when
// the time before it names its zone ("19h giờ địa phương, tức 18h giờ
// Hà Nội"), or whatever the time before it names for a word of kind
// restate ("lúc 14h30, tức 20h30 giờ Hà Nội"), or after a comma and
// any such word ("started at 8 p.m., or 10 p.m. in Seoul": with no comma,
// "at 7 or 8 p.m. Hanoi time" gives another time). Inside parentheses
// such a word may open it too ("(tức 18h giờ Hà Nội)"). It returns the
// token after the aside.
func (s *scanner) timeAside(k int, zoned bool) (dspec, int, bool) {
	open, comma := s.isPunct(k, "("), s.isPunct(k, ",")
	j := k
	if open || comma {
		j++
	}
	always, n, linked := lookup(s, j, 2, s.lang.zoneAsides)
	if !open && (!linked || !zoned && !always && !comma) {
		return dspec{}, k, false
	}
	if linked {
		j = n
	}
	sp, next, ok := s.offsetTimeAt(j)
	if !ok {
		return dspec{}, k, false
	}
	if open {
		if !s.isPunct(next, ")") {
			return dspec{}, k, false
		}
		next++
	}
	return sp, next, true
}

// commaAside reads, at token k, a clock time in a zone of known offset
// after a comma, with no word between, that restates the time acc before
// it: "at 4 p.m. on Wednesday, 9 p.m. in Hanoi", "lúc 17h giờ New York,
// 4h sáng 14/8 giờ Hà Nội". With no word to say so, the two must be one
// instant: acc's zone, if it has an offset, is the one the restatement
// gives, and else a zone on earth gives it (zoneOfLocal); the next time
// of a list ("9 a.m. Hanoi time, 10 a.m. Tokyo time") is another instant.
// It returns the token after the aside.
func (s *scanner) commaAside(k int, acc *dspec) (dspec, int, bool) {
	if !s.isPunct(k, ",") {
		return dspec{}, k, false
	}
	sp, next, ok := s.offsetTimeAt(k + 1)
	if !ok {
		return dspec{}, k, false
	}
	z, ok := zoneOfLocal(acc, &sp)
	if !ok {
		return dspec{}, k, false
	}
	if off, has := acc.zone.Offset(); has {
		if at, _ := z.Offset(); at != off {
			return dspec{}, k, false
		}
	}
	return sp, next, true
}

// offsetTimeAt reads, at token j, the clock time of a restatement and
// the zone of known offset it names, after "cùng ngày" too ("21h cùng
// ngày giờ Hà Nội", sameDayZone), and returns the token after them.
func (s *scanner) offsetTimeAt(j int) (dspec, int, bool) {
	sp, next, ok := s.phrase(j, pfAside)
	if ok && sp.hasTime && sp.zone.Kind == ZoneNone {
		next = s.sameDayZone(&sp, next)
	}
	return sp, next, ok && sp.hasTime && sp.zone.Kind == ZoneOffset
}

// sameDayZone reads, after an aside's clock time that ends at token
// next, a phrase of same_day.tsv and the zone after it ("tức 21h cùng
// ngày giờ Hà Nội": the day of the time it restates), and returns the
// token after them; else next.
func (s *scanner) sameDayZone(sp *dspec, next int) int {
	_, end, ok := lookup(s, next, 4, s.lex().sameDay)
	if !ok {
		return next
	}
	z, after, ok := s.zoneAfter(end)
	if !ok {
		return next
	}
	sp.zone = z
	return after
}

// zoneOfLocal returns the zone of a's local time that the same instant
// restated in b, in a zone of known offset, gives: "21h ngày 4/11 theo
// giờ địa phương (3h sáng thứ Tư 5/11 giờ Hà Nội)" is local time at
// UTC+01:00 (ZoneLocalAt). Without the days of both, the offset must be
// the one of the three readings (the same day, the day before, the day
// after) that a zone on earth has (UTC-12 to UTC+14).
func zoneOfLocal(a, b *dspec) (Zone, bool) {
	ob, _ := b.zone.Offset()
	diff := time.Duration(a.hour24()*60+a.min-b.hour24()*60-b.min) * time.Minute
	if a.d != 0 && b.d != 0 {
		mb := b.m
		if mb == 0 {
			mb = a.m
		}
		if a.m != 0 && mb != 0 {
			diff += day(2024, a.m, a.d).Sub(day(2024, mb, b.d)) // a leap year: 29/2 stays a day
			return localAt(ob + diff)
		}
	}
	var found Zone
	n := 0
	for _, d := range [...]time.Duration{diff - 24*time.Hour, diff, diff + 24*time.Hour} {
		if z, ok := localAt(ob + d); ok {
			found, n = z, n+1
		}
	}
	return found, n == 1
}

// localAt returns local time at offset off from UTC, if a zone on
// earth has it: UTC-12 to UTC+14, in quarter hours.
func localAt(off time.Duration) (Zone, bool) {
	if off < -12*time.Hour || off > 14*time.Hour || off%(15*time.Minute) != 0 {
		return Zone{}, false
	}
	return Zone{Kind: ZoneLocalAt, Quarters: int8(off / (15 * time.Minute))}, true
}
