package numbers

import (
	"encoding/json"
	"strconv"
)

// MarshalJSON writes m in the shape of the extract contract:
//
//	{"start":12,"end":22,"text":"90 tỷ USD","kind":"money","value":"90000000000","currency":"USD"}
//
// with "unit", "per", "qualifier", "from", "to", "date", "grain" and
// "weekday" where they apply; a score has "from" and "to", its two sides;
// an amount stated relative to an earlier one ("half that") has
// "factor", the multiplier. Values are exact decimal strings.
func (m Mention) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 128)
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(m.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(m.End), 10)
	b = appendField(b, jsonText, m.Text)
	b = appendField(b, jsonKind, m.Kind.String())
	switch m.Kind {
	case Date, DateRange:
		b = m.Date.appendJSON(b)
		if m.Unit != "" && !m.Value.IsZero() {
			b = appendField(b, jsonValue, m.Value.String())
		}
	default:
		b = appendField(b, jsonValue, m.Value.String())
		if m.Range || m.Kind == Score {
			b = appendField(b, jsonFrom, m.From.String())
			b = appendField(b, jsonTo, m.To.String())
		}
		if m.Kind == Duration && m.Date.Anniversary != 0 {
			b = appendField(b, jsonAnniversary, strconv.Itoa(int(m.Date.Anniversary)))
		}
	}
	if m.Currency != "" {
		b = appendField(b, jsonCurrency, m.Currency)
	}
	if m.Unit != "" {
		b = appendField(b, jsonUnit, m.Unit)
	}
	if m.Per != "" {
		b = appendField(b, jsonPer, m.Per)
	}
	if m.Qualifier != Exact {
		b = appendField(b, jsonQualifier, m.Qualifier.String())
	}
	if !m.Factor.IsZero() {
		b = appendField(b, jsonFactor, m.Factor.String())
	}
	b = append(b, '}')
	return b, nil
}

// appendJSON writes the date fields of the extract contract: "date",
// "grain", "from"/"to" for ranges, "weekday", and where they apply "part",
// "relative" and "by".
func (d DateValue) appendJSON(b []byte) []byte {
	if d.Point.Grain != NoGrain {
		b = appendField(b, jsonDate, d.Point.String())
	}
	if g := d.grain(); g != NoGrain {
		b = appendField(b, jsonGrain, g.String())
	}
	if !d.End.IsZero() {
		b = appendField(b, jsonFrom, d.Point.String())
		b = appendField(b, jsonTo, d.End.String())
	}
	if d.HasWeekday {
		b = appendField(b, jsonWeekday, d.Weekday.String())
	}
	if d.Part != WholePeriod {
		b = appendField(b, jsonPart, d.Part.String())
	}
	if d.Relative != "" {
		b = appendField(b, jsonRelative, d.Relative)
	}
	if d.By {
		b = append(b, `,"by":true`...)
	}
	if d.Zone.Kind != ZoneNone {
		b = appendField(b, jsonZone, d.Zone.String())
	}
	return b
}

// The keys of the extract contract.
const (
	jsonText        = "text"
	jsonKind        = "kind"
	jsonValue       = "value"
	jsonFrom        = "from" // a range's or a score's first side
	jsonTo          = "to"
	jsonAnniversary = "anniversary"
	jsonCurrency    = "currency"
	jsonUnit        = "unit"
	jsonPer         = "per"
	jsonQualifier   = "qualifier"
	jsonFactor      = "factor" // Mention.Factor
	jsonDate        = "date"
	jsonGrain       = "grain"
	jsonWeekday     = "weekday"
	jsonPart        = "part"
	jsonRelative    = "relative"
	jsonZone        = "zone" // DateValue.Zone: "UTC+07:00", "local"
)

func appendField(b []byte, name, value string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":`...)
	q, _ := json.Marshal(value)
	return append(b, q...)
}
