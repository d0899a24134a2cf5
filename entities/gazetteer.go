package entities

import "strings"

//go:generate go test -run ^TestTables$ -tables

// A form is one way of writing an entity, ready for matching against the
// tokens of a text.
type form struct {
	key      string
	typ      Type
	upper    string // per token, a byte: upper-case letters the text must have at least
	ctx      bool   // ambiguous one-word form: refused next to a capitalised word
	pronoun  bool   // also a pronoun: opening a sentence it may be one (Entity.Ambiguous)
	abroad   bool   // a place outside Viet Nam (flag abroad)
	adj      bool   // adjective form
	commas   uint64 // bit k: a comma may stand before token k ("Văn hóa, Thể thao")
	local    bool   // a body of a province or city: see localBodies
	national bool   // a body every nation has, Việt Nam's unless a country is named: see foreignGovernments
	text     string // the form as the table writes it
	marks    string // marks(text), to tell Ảnh from Anh
}

// keyType returns the Type named by the prefix of key.
func keyType(key string) (Type, bool) {
	prefix, id, ok := strings.Cut(key, ":")
	if !ok || id == "" {
		return 0, false
	}
	for t, name := range typeNames {
		if name != "" && name == prefix {
			return Type(t), true
		}
	}
	return 0, false
}
