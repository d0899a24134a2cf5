package numbers

import (
	"strconv"
	"time"
)

// A Zone is the time zone a text names after a clock time or a day: "Hanoi time",
// "12:30 GMT", "(giờ Tokyo)", "giờ địa phương". The names are in each
// language's zones.tsv.
type Zone struct {
	Kind ZoneKind
	// Quarters is the offset from UTC in quarter hours, for ZoneOffset:
	// 28 for UTC+7, 0 for GMT.
	Quarters int8
}

// A ZoneKind says what a Zone states.
type ZoneKind uint8

const (
	ZoneNone   ZoneKind = iota // no zone is named
	ZoneLocal                  // the time of the place the story is in: "local time"
	ZoneOffset                 // a zone of known offset: GMT, Hanoi time
)

// Offset returns the zone's offset from UTC, and whether the zone states
// one.
func (z Zone) Offset() (time.Duration, bool) {
	return time.Duration(z.Quarters) * 15 * time.Minute, z.Kind == ZoneOffset
}

// String returns "UTC+07:00", "UTC-05:00", "local", or "" for no zone.
func (z Zone) String() string {
	switch z.Kind {
	case ZoneLocal:
		return zoneLocal
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
	fileZones = "zones"
	zoneLocal = "local" // the place's own time
	zoneLead  = "lead"  // a word that may come before a zone name: "theo giờ GMT"
)

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

// newZones reads zones.tsv: the names of zones after a clock time, and
// the words that may come before such a name. A row whose offset cannot be
// read is reported in problem.
func newZones(src langSource) (zones *phraseTable[Zone], leads *phraseTable[bool], problem []string) {
	names, lead := map[string]Zone{}, map[string]bool{}
	rows, lines := src.rows(fileZones)
	for i, row := range rows {
		switch off := col(row, 1); off {
		case zoneLead:
			lead[row[0]] = true
		case zoneLocal:
			names[row[0]] = Zone{Kind: ZoneLocal}
		default:
			z, ok := parseOffset(off)
			if !ok {
				problem = append(problem, src.name+"/"+fileZones+".tsv:"+strconv.Itoa(lines[i])+": bad offset "+strconv.Quote(off))
				continue
			}
			names[row[0]] = z
		}
	}
	return newTable(names), newTable(lead), problem
}

// zoneAfter reads the zone named at token k, after a clock time: "Hanoi
// time", "GMT", "theo giờ GMT", "(giờ Hà Nội)". It returns the token
// after it.
func (s *scanner) zoneAfter(k int) (Zone, int, bool) {
	j := k
	paren := s.isPunct(j, "(")
	if paren {
		j++
	}
	if _, n, ok := lookup(s, j, 2, s.lang.zoneLeads); ok {
		j = n
	}
	z, next, ok := lookup(s, j, 4, s.lang.zones)
	if !ok {
		return Zone{}, k, false
	}
	if paren {
		if !s.isPunct(next, ")") {
			return Zone{}, k, false
		}
		next++
	}
	return z, next, true
}

// offsetZoneAt reports a zone of known offset named at token k: "GMT",
// "Hanoi time"; not "local time".
func (s *scanner) offsetZoneAt(k int) bool {
	z, _, ok := s.zoneAfter(k)
	return ok && z.Kind == ZoneOffset
}

// timeAside reads a clock time in another zone in parentheses at token k,
// which restates the time before it: "7:30 p.m. Hanoi time (12:30 GMT) on
// Friday", with the date it falls on there if the zone's day differs
// ("18h ngày 10/2 giờ địa phương (4h sáng 11/2 giờ Hà Nội)"). It returns
// the token after the closing parenthesis.
func (s *scanner) timeAside(k int) (int, bool) {
	if !s.isPunct(k, "(") {
		return k, false
	}
	sp, next, ok := s.phrase(k+1, pfAside)
	if !ok || !sp.hasTime || sp.zone.Kind != ZoneOffset || !s.isPunct(next, ")") {
		return k, false
	}
	return next + 1, true
}
