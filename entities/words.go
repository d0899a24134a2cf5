package entities

import (
	_ "embed"
	"strings"
)

// This file holds the small closed word lists that person-name recognition
// needs. All words are in Fold form.

// set builds a read-only set from space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// surnames are the family names of data/surnames.txt, in Fold form: a run
// of capitalised Vietnamese syllables is a person's name only if it starts
// with one of these, or follows a title or an honorific.
var surnames = foldedWords(surnamesTXT)

//go:embed data/surnames.txt
var surnamesTXT string

// foldedWords builds a read-only set of the Fold forms of the words of
// text, whose lines starting with "#" are comments.
func foldedWords(text string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[Fold(w)] = true
		}
	}
	return m
}

// honorifics make the capitalised words after them a person's name.
var honorifics = set(`
	ong ba ngai mr mrs ms miss dr madam sir mme
	economist analyst professor lecturer expert researcher scientist coach
	reporter writer author artist singer actor actress doctor engineer architect
	lawyer farmer student teacher striker midfielder defender goalkeeper captain
	ts pgs gs ths bs ks
`)

// enStop are capitalised English words that are not names: function words
// that open sentences, and the nouns and adjectives of organisation and
// event names. A capitalised run that contains one is not a person.
var enStop = set(`
	a an the and or but if as at by for from in into of on to with without
	he she it they we i you his her its their our my your this that these
	those there here when while during after before since amid under over
	according however meanwhile also both all some many most other such what
	which who why how not no yes so than then thus further moreover
	monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december
	national international central party committee congress ministry
	department council assembly commission office agency bank fund forum
	summit conference meeting association union organisation organization
	group company corporation corp inc ltd holdings university institute
	school college hospital academy centre center court province city
	district street road river sea ocean bay island islands mountain lake
	airport port zone park parks industrial economic economy trade
	investment development cooperation security defence defense foreign
	affairs public people's state government federal republic kingdom
	democratic socialist communist liberal labour labor workers news
	television radio daily times post week day year plan programme program
	project strategy strategic comprehensive partnership agreement treaty
	code conduct declaration convention law act resolution decree prize
	award cup games olympic world global asian european pacific atlantic
	north south east west southeast northeast new great high supreme
	general executive chief deputy vice permanent standing member members
	secretariat politburo embassy consulate army navy force forces police
	ministry's festival exhibition expo fair museum temple pagoda church
	square hall palace tower bridge station market
`)

// viAfterCountry are the words that may follow a country's short name at
// the start of a Vietnamese sentence: "Anh và Pháp", "Nga sẽ ...".
var viAfterCountry = set(`
	va cung da se la co dang van khong luon tiep cho muon can phai hien
	de keu tuyen cao thuc mo ky giu tang giam ung phan neu hy vong
`)

// connectors may stand between a title and the person it is bound to, with
// countries and organisations: "Thủ tướng Singapore Lawrence Wong",
// "General Secretary of the CPV Tô Lâm".
var connectors = set(`
	of the and cum va cua nuoc
`)

// viSyllable reports whether the folded word s has the shape of a
// Vietnamese syllable: an optional initial consonant, a vowel group and an
// optional final consonant. "lam" and "nguyen" are syllables, "wong",
// "jinping", "lee" and "qiang" are not.
func viSyllable(s string) bool {
	if s == "" || len(s) > 7 {
		return false
	}
	rest := s
	for _, ini := range viInitials {
		if strings.HasPrefix(rest, ini) {
			rest = rest[len(ini):]
			break
		}
	}
	for _, fin := range viFinals {
		if strings.HasSuffix(rest, fin) && len(rest) > len(fin) {
			rest = rest[:len(rest)-len(fin)]
			break
		}
	}
	return viNuclei[rest]
}

var (
	// Longest first, so that "ngh" is tried before "ng" and "n".
	viInitials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}
	viFinals = []string{"ch", "ng", "nh", "c", "m", "n", "p", "t"}
	viNuclei = set(`
		a e i o u y ai ao au ay eo eu ia iu ie oa oe oi oo ua ue ui uo uu uy ye
		oai oay oao oeo uay uoi uou uya uye uyu ieu yeu uoi
	`)
)
