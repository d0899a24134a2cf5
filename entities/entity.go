package entities

import "strconv"

// Type is the kind of thing an [Entity] names.
// The zero Type names nothing; Extract never returns it.
type Type uint8

// The entity types.
const (
	Person  Type = iota + 1 // a person: "Tô Lâm", "Lawrence Wong"
	Place                   // a province, city, capital or region: "Hà Nội", "Beijing", "East Sea"
	Country                 // a country or territory with an ISO 3166 code: "Việt Nam", "Singapore"
	Org                     // an organisation, party, body or agency: "ASEAN", "Quốc hội"
	Title                   // an office held by a person: "Thủ tướng", "Prime Minister"
	Event                   // a named storm or other named event: "bão Kalmaegi", "Typhoon Kalmaegi"
)

var typeNames = [...]string{
	Person:  "person",
	Place:   "place",
	Country: "country",
	Org:     "org",
	Title:   "title",
	Event:   "event",
}

// String returns the lower-case English name of t, as used in the JSON
// output of examples/extract: "person", "place", "country", "org",
// "title" or "event". Other values print as "Type(N)".
func (t Type) String() string {
	if int(t) < len(typeNames) && typeNames[t] != "" {
		return typeNames[t]
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// An Entity is a named entity found in a text by [Extract].
//
// Key identifies what the entity refers to, independent of language and
// spelling: "country:SG", "org:asean", "place:ha-noi",
// "title:prime-minister", "person:lawrence-wong". Two mentions with the
// same Key refer to the same thing; [Match] also scores mentions whose keys
// differ but that name the same person or place in two writing
// conventions, such as "Tập Cận Bình" and "Xi Jinping".
type Entity struct {
	Start, End int    // byte offsets in the text: Text == text[Start:End]
	Text       string // the mention as written
	Type       Type
	Key        string // language-independent identity, "type:id"

	// Title is the Key of the title bound to a Person
	// ("title:prime-minister" for "Thủ tướng Lawrence Wong"), or "".
	Title string

	// Adjective reports that Text is an adjective or demonym form of a
	// country ("Singaporean", "Vietnamese") rather than its name. Such a
	// mention has the country's Key, but [Match] does not take it for the
	// name itself: "Cuban" is not "Cuba".
	Adjective bool

	// Cued reports a Person whose words a cue marks as a person's, not
	// their shape alone: a title, an honorific or a cue word before them
	// ("tiền đạo Alexander Isak", "ông Lâm"), or a verb of action after
	// them ("Anthony Gordon opened the scoring"). Capitalised words
	// taken for a name by their shape ("Las Vegas", "Series B") are not.
	Cued bool

	// Ambiguous reports a Vietnamese short form that is also a pronoun
	// (gazetteer flag pronoun), taken on its context where it opens a
	// sentence: "Anh sẽ bay về Hà Nội" may be Britain, or "he". A reader
	// of one such name has no evidence that a version swapped it for
	// another.
	Ambiguous bool
}

// String returns a compact form for debugging and test output:
// "Text=type:key", followed by "+title:..." for a bound title and
// " (adj)" for an adjective form.
func (e Entity) String() string {
	s := e.Text + "=" + e.Key
	if e.Title != "" {
		s += "+" + e.Title
	}
	if e.Adjective {
		s += " (adj)"
	}
	return s
}
