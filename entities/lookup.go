package entities

import (
	"strings"

	"golang.org/x/text/language"
)

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
	phrase := buf[foldStart(toks, 0):toks[len(toks)-1].fe]
	for _, x := range [2]*index{first, second} {
		for _, f := range x.formsOf(phrase) {
			if !f.adj {
				return f.key, true
			}
		}
	}
	return "", false
}

// Rivals reports whether the keys a and b name two different things of
// the package table of one type, and for organisations of one kind, that
// one version of a story may have put in place of the other: "country:SG"
// and "country:MY", two ministries ("org:vn-mof" and "org:vn-moit", both
// a "Bộ"), two departments of a province (Sở), two banks. It reports false
// for a key that Extract derived from the words of a text
// ("person:tran-van-nam", "org:cong-ty-an-phat"), for a kind of body that
// stands for many ("org:steering-committee" of "Ban Chỉ đạo", which may be
// short for a committee the table lacks), and for bodies of two kinds,
// which may be one inside the other (the European Commission and the
// European Union, a ministry and one of its agencies). It is safe for
// concurrent use.
func Rivals(a, b string) bool {
	g := tables()
	ta, _ := keyType(a)
	tb, _ := keyType(b)
	return a != b && ta == tb && (g.specific(a) && g.specific(b) && g.kind(a) == g.kind(b) && (ta != Org || g.kind(a) != "") || g.localRivals(a, b))
}

// LocalPlace returns the key of the place whose body key names, as
// Extract keys a local body by its place ("org:gia-lai-people-council"
// gives "place:gia-lai"), when the table knows the place and the body;
// "" otherwise. It is safe for concurrent use.
func LocalPlace(key string) string {
	if p, _ := tables().localParts(key); p != "" {
		return "place:" + p
	}
	return ""
}

// Rank reports whether the title key is a rank ("title:major-general" of
// "Thiếu tướng"), which a person holds beside an office: "Thiếu tướng
// Phạm Đăng Khoa, Cục trưởng" may be "the head of the department" in the
// other version, and the rank and the office are no two titles of one
// post. It is safe for concurrent use.
func Rank(key string) bool {
	return tables().rank(key)
}

// Known reports whether the package table knows key: a country, a
// province or city, a body, a title ("place:khanh-hoa"), rather than a
// key Extract derived from the words of a text ("place:long-son",
// "person:tran-van-nam"). It is safe for concurrent use.
func Known(key string) bool {
	return tables().known(key)
}

// Region reports whether key names a place of the table that holds
// provinces and cities ("place:mekong-delta", the Mekong Delta) or lies
// in one as a quarter ("place:little-saigon"): a place of another level
// than a province or a city, which a version may name beside one or
// instead of it. It is safe for concurrent use.
func Region(key string) bool {
	return tables().region(key)
}

// Foreign reports whether the name of key ("person:alexander-isak") has
// a word that no Vietnamese syllable is written like: a name a
// Vietnamese text keeps as the other language writes it, where a
// Vietnamese name ("person:van-hau") may be said in other words. It is
// safe for concurrent use.
func Foreign(key string) bool {
	_, name, _ := strings.Cut(key, ":")
	for w := range strings.SplitSeq(name, "-") {
		if w != "" && !viSyllable(w) {
			return true
		}
	}
	return false
}

// AllForeign reports whether every word of the name of key is written
// like no Vietnamese syllable ("person:kenji-takeda"; not
// "person:giai-beacon", a name read with the Vietnamese word before it).
// It is safe for concurrent use.
func AllForeign(key string) bool {
	_, name, _ := strings.Cut(key, ":")
	for w := range strings.SplitSeq(name, "-") {
		if w == "" || viSyllable(w) {
			return false
		}
	}
	return name != ""
}
