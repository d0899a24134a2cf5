package entities

import "golang.org/x/text/language"

// Lookup returns the Key of a name of a country, place, organisation or
// title as the package table and CLDR know it, ignoring case and
// diacritics: Lookup("Hàn Quốc", language.Vietnamese) is "country:KR",
// Lookup("asean", language.English) is "org:asean". Names in the other
// language are looked up too when lang has none: Lookup("Hanoi",
// language.Vietnamese) is "place:ha-noi".
//
// Lookup does not know people, whose keys Extract derives from the text.
// It reports false for those, for empty input and for names it does not
// know. It is safe for concurrent use.
func Lookup(name string, lang language.Tag) (key string, ok bool) {
	g := tables()
	first, second := g.en, g.vi
	if isVietnamese(lang) {
		first, second = g.vi, g.en
	}
	toks, buf := tokenize(name, nil, nil)
	if len(toks) == 0 {
		return "", false
	}
	phrase := buf[toks[0].fs:toks[len(toks)-1].fe]
	for _, x := range [2]*index{first, second} {
		for _, f := range x.formsOf(phrase) {
			if !f.adj {
				return f.key, true
			}
		}
	}
	return "", false
}
