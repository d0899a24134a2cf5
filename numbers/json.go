package numbers

import (
	"strconv"

	"github.com/factalign/factalign/internal/jsonenc"
)

// MarshalJSON writes m in the shape of the extract contract:
//
//	{"start":12,"end":22,"text":"90 tỷ USD","kind":"money","value":"90000000000","currency":"USD"}
//
// with "unit", "per", "qualifier", "from", "to", "date", "grain" and
// "weekday" where they apply, and "lunar":true on a date the text gives
// in the lunar calendar (its "date" is the Gregorian day); a score has "from" and "to", its two sides;
// an amount stated relative to an earlier one ("half that") has
// "factor", the multiplier. Values are exact decimal strings.
func (m Mention) MarshalJSON() ([]byte, error) {
	return m.AppendJSON(make([]byte, 0, 128)), nil
}

// AppendJSON appends the JSON of m, as MarshalJSON writes it, to b and
// returns the extended slice: a writer that streams many mentions can
// reuse one buffer.
func (m Mention) AppendJSON(b []byte) []byte {
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
			b = appendDecimal(b, jsonValue, m.Value)
		}
		if m.Lunar {
			b = append(b, `,"lunar":true`...)
		}
	default:
		b = appendDecimal(b, jsonValue, m.Value)
		if m.Range || m.Kind == Score || m.Kind == Ratio {
			b = appendDecimal(b, jsonFrom, m.From)
			b = appendDecimal(b, jsonTo, m.To)
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
		b = appendDecimal(b, jsonFactor, m.Factor)
	}
	return append(b, '}')
}

// appendJSON writes the date fields of the extract contract: "date",
// "grain", "from"/"to" for ranges, "weekday", and where they apply "part",
// "relative" and "by".
func (d DateValue) appendJSON(b []byte) []byte {
	if d.Point.Grain != NoGrain {
		b = appendPoint(b, jsonDate, d.Point)
	}
	if g := d.grain(); g != NoGrain {
		b = appendField(b, jsonGrain, g.String())
	}
	if !d.End.IsZero() {
		b = appendPoint(b, jsonFrom, d.Point)
		b = appendPoint(b, jsonTo, d.End)
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
	if d.Restated.Kind != ZoneNone {
		b = appendField(b, jsonRestated, d.Restated.String())
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
	jsonZone        = "zone"     // DateValue.Zone: "UTC+07:00", "local"
	jsonRestated    = "restated" // DateValue.Restated: "UTC+11:00"
)

// appendField appends `,"name":` and value as a JSON string.
func appendField(b []byte, name, value string) []byte {
	return jsonenc.AppendString(appendKey(b, name), value, true)
}

// appendKey appends `,"name":`.
func appendKey(b []byte, name string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	return append(b, `":`...)
}

// appendDecimal appends `,"name":` and d as a JSON string of digits
// (which need no escapes).
func appendDecimal(b []byte, name string, d Decimal) []byte {
	b = append(appendKey(b, name), '"')
	return append(d.Append(b), '"')
}

// appendPoint appends `,"name":` and p as a JSON string (digits,
// hyphens, colons and letters: no escapes).
func appendPoint(b []byte, name string, p Point) []byte {
	b = append(appendKey(b, name), '"')
	return append(p.Append(b), '"')
}
