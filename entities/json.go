package entities

import (
	"strconv"

	"github.com/factalign/factalign/internal/jsonenc"
)

// MarshalJSON writes e in the shape of the extract contract:
//
//	{"start":5,"end":12,"text":"Tô Lâm","kind":"entity","entity":"person","key":"person:to-lam"}
//
// with "title" for a person whose title is known and "adjective":true for
// an adjective form ("Singaporean").
func (e Entity) MarshalJSON() ([]byte, error) {
	return e.AppendJSON(make([]byte, 0, 96)), nil
}

// AppendJSON appends the JSON of e, as MarshalJSON writes it, to b and
// returns the extended slice: a writer that streams many entities can
// reuse one buffer.
func (e Entity) AppendJSON(b []byte) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(e.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(e.End), 10)
	b = appendField(b, jsonText, e.Text)
	b = append(b, `,"kind":"entity"`...)
	b = appendField(b, jsonEntity, e.Type.String())
	b = appendField(b, jsonKey, e.Key)
	if e.Title != "" {
		b = appendField(b, jsonTitle, e.Title)
	}
	if e.Adjective {
		b = append(b, `,"adjective":true`...)
	}
	return append(b, '}')
}

// The members of an entity's JSON.
const (
	jsonText   = "text"
	jsonEntity = "entity" // the type: person, place, country, org, title
	jsonKey    = "key"
	jsonTitle  = "title"
)

// appendField appends `,"name":` and value as a JSON string.
func appendField(b []byte, name, value string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":`...)
	return jsonenc.AppendString(b, value, true)
}
