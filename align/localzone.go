package align

import (
	_ "embed"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // the zones of data/localzones.tsv, wherever the program runs

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

// localZonesData holds data/localzones.tsv.
//
//go:embed data/localzones.tsv
var localZonesData string

// localZones maps the key of a country or a place abroad to its time
// zone, loaded once from localZonesData and never changed. A zone the
// database lacks is left out.
var localZones = sync.OnceValue(func() map[string]*time.Location {
	out := map[string]*time.Location{}
	for line := range strings.Lines(localZonesData) {
		key, name, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || key == "" || key[0] == '#' {
			continue
		}
		if loc, err := time.LoadLocation(name); err == nil {
			out[key] = loc
		}
	}
	return out
})

// resolveLocalZones finds, for each date of the side said in "local
// time" ("giờ địa phương") with no offset, the offset of the place the
// story is in, when the places and countries its sentence names put it
// in one zone at that date and it names no country of several zones:
// "3:40 p.m. local time" beside "Nagano" is at UTC+09:00. (The whole
// text is no guide: a story of Washington names Tokyo's index.)
// inPlaceZone uses it against a time of known offset; against a time
// said with no zone, a local time is compared as it is said.
func (s *sideItems) resolveLocalZones() {
	for x := range s.items {
		m := s.items[x].Number
		if m == nil || family(m.Kind) != numbers.Date || m.Date.Zone.Kind != numbers.ZoneLocal {
			continue
		}
		zones, all := s.zonesIn(s.items[x].Sentence)
		if !all {
			continue // a country of several zones beside: the time may be its
		}
		if q, ok := oneOffset(zones, s.dayOf(m)); ok {
			if s.localAt == nil {
				s.localAt = map[int]int8{}
			}
			s.localAt[x] = q
		}
	}
	if s.localAt != nil {
		itemIndexes(s.items) // inPlaceZone finds an item's index
	}
}

// inPlaceZone returns it, an item of s, with its local time at the offset
// of its place (resolveLocalZones) when other is a time of known offset
// ("13h40 ngày 1/12 (giờ Hà Nội)"), or it as it is.
func (s *sideItems) inPlaceZone(it, other *Item) *Item {
	if s.localAt == nil || other.Number == nil || other.Number.Date.Zone.Kind != numbers.ZoneOffset {
		return it
	}
	x, ok := itemIndex(s.items).find(it)
	q, resolved := s.localAt[x]
	if !ok || !resolved {
		return it
	}
	cp, m := *it, *it.Number
	m.Date.Zone = numbers.Zone{Kind: numbers.ZoneLocalAt, Quarters: q}
	cp.Number = &m
	return &cp
}

// zonesIn returns the zones of the places and countries abroad that
// sentence names, and whether every country it names but Vietnam has one
// (the United States, of several, has none).
func (s *sideItems) zonesIn(sentence int) ([]*time.Location, bool) {
	zones, all := []*time.Location{}, true
	for _, x := range s.itemsBySentence().of(sentence) {
		e := s.items[x].Entity
		if e == nil || e.Type != entities.Country && e.Type != entities.Place {
			continue
		}
		loc, ok := localZones()[e.Key]
		switch {
		case ok:
			zones = append(zones, loc)
		case e.Type == entities.Country && e.Key != homeCountry:
			all = false
		}
	}
	return zones, all
}

// homeCountry is the key of the country whose time is no local time of
// a story abroad.
const homeCountry = "country:VN"

// dayOf returns noon UTC of the day m names, or of the day of writing
// when m names none (a clock time alone).
func (s *sideItems) dayOf(m *numbers.Mention) time.Time {
	if p := m.Date.Point; p.Year != 0 && p.Month != 0 && p.Day != 0 {
		return noon(p)
	}
	return time.Date(s.ref.Year(), s.ref.Month(), s.ref.Day(), 12, 0, 0, 0, time.UTC)
}

// oneOffset returns the offset, in quarter hours, that every zone of
// zones has on day, if they agree and there is one.
func oneOffset(zones []*time.Location, day time.Time) (int8, bool) {
	q, found := 0, false
	for _, loc := range zones {
		_, off := day.In(loc).Zone()
		if found && off/(15*60) != q {
			return 0, false
		}
		q, found = off/(15*60), true
	}
	return int8(q), found && !day.IsZero()
}
