package entities

import "strings"

// A wordClass is a set of the classes of data/words.tsv (and the family
// names of data/surnames.txt) that a word, in Fold form, is in. The
// generator folds the words into the tables of ztables.go, so a token's
// classes come with the one look-up that finds what starts with it.
type wordClass uint16

const (
	classHonorific    wordClass = 1 << iota // the capitalised words after it are a person: "ông", "Mr"
	classNotName                            // a capitalised English word that is no part of a name: "The", "Ministry"
	classAfterCountry                       // may follow a country that opens a Vietnamese sentence: "Anh và Pháp"
	classConnector                          // between a title and its holder: "of", "của"
	classAnd                                // joins two names
	classLinkOf                             // what a title or body is of: "Minister of Education"
	classNotAcronym                         // in capitals, no organisation: "USD", "GDP", "XIV"
	classOrgHead                            // opens the Vietnamese name of a body: "Hiệp", "Tổng"
	classNucleus                            // the vowel group of a Vietnamese syllable
	classSurname                            // a family name of data/surnames.txt
	classTitleSurname                       // a title that is also an English family name: "King"
	classNameSuffix                         // ends the name before it: "Jr", "Sr"
	classCompass                            // a point of the compass: "Đông", "Tây Bắc"
	classPlaceWord                          // between a place's name and its cue: "International" of "Tan Son Nhat International Airport"
	classFormer                             // before a title, held no longer: "cựu", "former"
	classGives                              // ends the words that give a person the title after them: "giữ chức", "làm", "as", "named"
)

// is reports whether token k is a word of the class c.
func (e *extractor) is(k int, c wordClass) bool {
	return e.firsts[k].class&c != 0
}

// A wordPlace is a set of the places that a word, in Fold form, has in
// the forms and cues of one language's tables. They tell where no form
// or cue can be, with no look-up of the phrase: "Nam" goes on "Việt"
// ("Việt Nam") and ends forms, "said" neither; "Singapore" is a form
// alone, "Tổng" is not.
type wordPlace uint8

const (
	placeFormWord     wordPlace = 1 << iota // a word of a form after its first word
	placeCueWord                            // a word of a cue after its first word
	placeFormLast                           // the last word of a form of several words
	placeCueLast                            // the last word of a cue of several words
	placeFormOne                            // a form of one word
	placeCueOne                             // a cue of one word
	placeAgencyFirst                        // the first word of a cue of kind agency: agencyTag
	placeCompanyFirst                       // the first word of a cue of kind company: company
)

// at reports whether token k has the place p in the tables.
func (e *extractor) at(k int, p wordPlace) bool {
	return e.firsts[k].places&p != 0
}

// wordIs reports whether w, in Fold form, is a word of the class c of
// data/words.tsv or data/surnames.txt, which are the same in both
// languages' tables.
func wordIs(w string, c wordClass) bool {
	return gazetteerTables.vi.firstString(w).class&c != 0
}

// viSyllable reports whether the folded word s has the shape of a
// Vietnamese syllable, by the parts that data/words.tsv lists. "lam" and
// "nguyen" are syllables, "wong", "jinping", "lee" and "qiang" are not.
func viSyllable(s string) bool {
	v, ok := viParts.vowels(s)
	return ok && wordIs(v, classNucleus)
}

// viParts (ztables.go) are the consonants of data/words.tsv that open
// and close a Vietnamese syllable, grouped by the generator, so that no
// process groups them at start-up.

// syllableParts are the initial consonants of a syllable by their first
// byte, and the final ones by their last, longest first in each group:
// a word is tried against the few that may fit it.
type syllableParts struct {
	initials, finals [256][]string
}

// vowels returns what is left of s without its initial and final
// consonants, which a syllable has at most one each of; ok is false for a
// word too long to be a syllable. The caller tells whether the rest is a
// vowel group.
func (p *syllableParts) vowels(s string) (rest string, ok bool) {
	if s == "" || len(s) > 7 {
		return "", false
	}
	rest = s
	for _, ini := range p.initials[rest[0]] {
		if strings.HasPrefix(rest, ini) {
			rest = rest[len(ini):]
			break
		}
	}
	if rest == "" {
		return rest, true
	}
	for _, fin := range p.finals[rest[len(rest)-1]] {
		if len(rest) > len(fin) && strings.HasSuffix(rest, fin) {
			rest = rest[:len(rest)-len(fin)]
			break
		}
	}
	return rest, true
}
