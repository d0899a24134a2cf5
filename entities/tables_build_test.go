package entities

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// This file builds the tables of ztables.go from the data files and the
// CLDR region names of golang.org/x/text: TestTables checks that the
// committed file is what it writes, and go generate (go test -run
// ^TestTables$ -tables) rewrites it.

//go:embed data/gazetteer.tsv
var gazetteerTSV string

//go:embed data/cues.tsv
var cuesTSV string

//go:embed data/words.tsv
var wordsTSV string

//go:embed data/surnames.txt
var surnamesTXT string

// An indexBuilder collects the forms and cues of one language by the
// Fold form of their tokens joined with single spaces; writeIndex lays it
// out as an index.
type indexBuilder struct {
	phrases    map[string][]form
	first      map[string]int       // first token → most tokens of a phrase starting with it
	lowerFirst map[string]int       // the same for the forms that a lower-case word can start ("châu Âu")
	cues       map[string][]cue     // data/cues.tsv, by Fold form
	cueFirst   map[string]int       // first word of a cue → most words of a cue starting with it
	classes    map[string]wordClass // data/words.tsv and data/surnames.txt, by Fold form
	places     map[string]wordPlace // the places of the words of this index in its forms and cues
	given      bool                 // the row being added has the flag given
	syllable   *syllableParts       // the parts of data/words.tsv, not those of ztables.go
}

func newIndex() *indexBuilder {
	return &indexBuilder{phrases: map[string][]form{}, first: map[string]int{}, lowerFirst: map[string]int{}, cues: map[string][]cue{}, cueFirst: map[string]int{}, classes: map[string]wordClass{}, places: map[string]wordPlace{}}
}

// add indexes text as a form of key. Forms whose tokens cannot be joined
// in running text (a comma, a parenthesis) are reported as errors.
// allSyllables reports a form whose words are all Vietnamese syllables,
// which may be a given name: "Đức", "Hoài Đức".
func (x *indexBuilder) allSyllables(buf []byte, toks []token) bool {
	for i, t := range toks {
		if v, ok := x.syllable.vowels(string(buf[foldStart(toks, i):t.fe])); !ok || x.classes[v]&classNucleus == 0 {
			return false
		}
	}
	return true
}

// add adds a form of the table.
func (x *indexBuilder) add(text string, f form) error {
	toks, buf := tokenize(text, nil, nil)
	if len(toks) == 0 {
		return fmt.Errorf("form %q has no word", text)
	}
	for i := 1; i < len(toks); i++ {
		switch {
		case toks[i].gap == gapComma && i < 64:
			f.commas |= 1 << i
		case toks[i].gap > gapDash:
			return fmt.Errorf("form %q cannot be matched: %q between words", text, text[toks[i-1].end:toks[i].start])
		}
	}
	upper := make([]uint8, len(toks))
	place := f.typ == Place || f.typ == Country
	for i, t := range toks {
		switch {
		case t.upper >= 2:
			upper[i] = t.upper
		case (i == 0 || place) && t.upper == 1 && t.capital():
			// A place's every capital word ("Nam Định": not "Việt Nam
			// định cư"); of a body or a title the first ("Bộ y tế").
			upper[i] = 1
		}
	}
	f.upper = string(upper)
	f.text, f.marks = text, marks(text)
	f.ctx = f.ctx && (len(toks) == 1 || x.given) && x.allSyllables(buf, toks)
	f.pronoun = f.pronoun && f.ctx
	phrase := string(buf[foldStart(toks, 0):toks[len(toks)-1].fe])
	for _, g := range x.phrases[phrase] {
		if g.key == f.key && g.adj == f.adj && g.marks == f.marks && g.upper == f.upper {
			return nil // same form twice, e.g. from CLDR and the gazetteer
		}
	}
	x.phrases[phrase] = append(x.phrases[phrase], f)
	first := string(buf[foldStart(toks, 0):toks[0].fe])
	x.first[first] = max(x.first[first], len(toks))
	x.addPlaces(buf, toks, placeFormWord, placeFormLast, placeFormOne)
	if f.upper[0] == 0 {
		x.lowerFirst[first] = max(x.lowerFirst[first], len(toks))
	}
	return nil
}

// addPlaces adds the place inner to the words of a form or cue after
// its first, last to its last, or one to its word if it has one, tokens
// toks of the Fold forms in buf.
func (x *indexBuilder) addPlaces(buf []byte, toks []token, inner, last, one wordPlace) {
	for i := 1; i < len(toks); i++ {
		x.places[string(buf[foldStart(toks, i):toks[i].fe])] |= inner
	}
	n := len(toks)
	if n == 1 {
		last = one
	}
	x.places[string(buf[foldStart(toks, n-1):toks[n-1].fe])] |= last
}

// A gazetteerBuilder reads the data files into the tables that
// writeTables lays out as ztables.go.
type gazetteerBuilder struct {
	vi, en     *indexBuilder
	keys       map[string]bool     // the keys of data/gazetteer.tsv
	generic    map[string]bool     // the keys with the flag generic
	ranks      map[string]bool     // the keys with the flag rank
	regions    map[string]bool     // the keys with the flag region
	viName     map[string]string   // the first Vietnamese form of each key
	kindOf     []string            // "key other": flag kind-of=other of key's row
	deputy     []string            // "key other": flag deputy-of=other of key's row
	body       map[string]string   // flag body=kind of each key that has it
	enForms    map[string][]string // the English forms of each key
	viForms    map[string][]string // the Vietnamese forms of each key
	lowerHeads map[string]bool     // the class lower-head of data/words.tsv (lowerHeaded)
}

// excludedRegions are region codes that CLDR counts as countries but that
// are not: they come from the gazetteer as organisations, or not at all.
var excludedRegions = map[string]bool{"UN": true, "EU": true, "EZ": true, "QO": true, "ZZ": true}

func buildGazetteer(tsv string) (*gazetteerBuilder, error) {
	g := &gazetteerBuilder{vi: newIndex(), en: newIndex(), keys: map[string]bool{}, generic: map[string]bool{}, ranks: map[string]bool{}, regions: map[string]bool{}, viName: map[string]string{}, enForms: map[string][]string{}, viForms: map[string][]string{}}
	w, err := readWords(wordsTSV, surnamesTXT)
	if err != nil {
		return nil, err
	}
	for _, x := range []*indexBuilder{g.vi, g.en} {
		x.classes, x.syllable = w.classes, w.syllableParts()
	}
	g.lowerHeads = w.lowerHeads
	if err := g.addTSV(tsv); err != nil {
		return nil, err
	}
	if err := g.addDeputies(); err != nil {
		return nil, err
	}
	g.addRegions()
	return g, nil
}

func (g *gazetteerBuilder) addTSV(tsv string) error {
	for lineno, line := range strings.Split(tsv, "\n") {
		lineno++
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 4 {
			return fmt.Errorf("gazetteer.tsv:%d: want 2 to 4 tab-separated columns, got %d", lineno, len(cols))
		}
		for len(cols) < 4 {
			cols = append(cols, "")
		}
		key, vi, en, flags := cols[0], cols[1], cols[2], cols[3]
		typ, ok := keyType(key)
		if !ok {
			return fmt.Errorf("gazetteer.tsv:%d: key %q: want person:, place:, country:, org: or title: and an id", lineno, key)
		}
		f := form{key: key, typ: typ}
		if slices.Contains(strings.Fields(flags), flagNational) && !strings.HasPrefix(key, homePrefix) {
			return fmt.Errorf("gazetteer.tsv:%d: key %q has the flag %s: want a key that starts with %s", lineno, key, flagNational, homePrefix)
		}
		g.keys[key] = true
		if slices.Contains(strings.Fields(flags), flagGeneric) {
			g.generic[key] = true
		}
		if slices.Contains(strings.Fields(flags), flagRegion) {
			if typ != Place {
				return fmt.Errorf("gazetteer.tsv:%d: key %q: flag %s is for places", lineno, key, flagRegion)
			}
			g.regions[key] = true
		}
		if slices.Contains(strings.Fields(flags), flagRank) {
			if typ != Title {
				return fmt.Errorf("gazetteer.tsv:%d: key %q: flag %s is for titles", lineno, key, flagRank)
			}
			g.ranks[key] = true
		}
		given := slices.Contains(strings.Fields(flags), flagGiven)
		g.vi.given = given
		for _, flag := range strings.Fields(flags) {
			if other, ok := strings.CutPrefix(flag, flagKindOf); ok {
				if err := g.addKindOf(key, other); err != nil {
					return fmt.Errorf("gazetteer.tsv:%d: %v", lineno, err)
				}
				continue
			}
			if other, ok := strings.CutPrefix(flag, flagDeputyOf); ok {
				g.deputy = append(g.deputy, key+" "+other)
				continue
			}
			if kind, ok := strings.CutPrefix(flag, flagBody); ok {
				if err := g.addBody(key, kind); err != nil {
					return fmt.Errorf("gazetteer.tsv:%d: %v", lineno, err)
				}
				continue
			}
			set, ok := formFlags[flag]
			if !ok {
				return fmt.Errorf("gazetteer.tsv:%d: unknown flag %q", lineno, flag)
			}
			set(&f)
		}
		if forms := splitForms(vi); len(forms) > 0 {
			g.viName[key] = forms[0]
		}
		for _, s := range splitForms(vi) {
			if err := g.vi.add(s, f); err != nil {
				return fmt.Errorf("gazetteer.tsv:%d: %v", lineno, err)
			}
			if typ == Place && !slices.Contains(strings.Fields(flags), flagAbroad) {
				h := f
				h.ctx = false
				if err := g.en.add(s, h); err != nil {
					return fmt.Errorf("gazetteer.tsv:%d: %v", lineno, err)
				}
			}
		}
		g.vi.given = false
		g.viForms[key] = append(g.viForms[key], splitForms(vi)...)
		g.enForms[key] = append(g.enForms[key], splitForms(en)...)
		for _, s := range splitForms(en) {
			if err := g.en.add(s, f); err != nil {
				return fmt.Errorf("gazetteer.tsv:%d: %v", lineno, err)
			}
			if isAcronym(s) {
				if err := g.vi.add(s, f); err != nil {
					return fmt.Errorf("gazetteer.tsv:%d: %v", lineno, err)
				}
			}
		}
	}
	return nil
}

// flagAbroad marks a place outside Viet Nam, whose Vietnamese forms are
// no English forms: see gazetteer.tsv.
const flagAbroad = "abroad"

// flagGiven marks a name that is also a person's given names ("Hoài
// Đức"): like ctx, but for Vietnamese forms of several words too.
const flagGiven = "given"

// flagNational marks a body that every nation has: see gazetteer.tsv.
const flagNational = "national"

// flagGeneric marks a kind of body rather than one body: see
// gazetteer.tsv.
const flagGeneric = "generic"

// flagRank marks a title that is a rank, which a person holds beside an
// office: see gazetteer.tsv.
const flagRank = "rank"

// flagRegion marks a place that holds provinces and cities, a region:
// see gazetteer.tsv.
const flagRegion = "region"

// flagKindOf, followed by a key, names the more general title that a
// title is a kind of: see gazetteer.tsv.
const flagKindOf = "kind-of="

// addKindOf records that the title key is a kind of the title other.
func (g *gazetteerBuilder) addKindOf(key, other string) error {
	if t, _ := keyType(key); t != Title {
		return fmt.Errorf("key %q: flag %s is for titles", key, flagKindOf)
	}
	if t, _ := keyType(other); t != Title || other == key {
		return fmt.Errorf("key %q: flag %s%s: want another title's key", key, flagKindOf, other)
	}
	g.kindOf = append(g.kindOf, key+" "+other)
	return nil
}

// flagBody, followed by a name, gives the kind of body that an
// organisation's first words do not say: see gazetteer.tsv.
const flagBody = "body="

// addBody records kind as the kind of body of the organisation key.
func (g *gazetteerBuilder) addBody(key, kind string) error {
	if t, _ := keyType(key); t != Org || kind == "" {
		return fmt.Errorf("key %q: flag %s%s: want an organisation's key and a kind", key, flagBody, kind)
	}
	if g.body == nil {
		g.body = map[string]string{}
	}
	g.body[key] = kind
	return nil
}

// flagDeputyOf, followed by a key, names the title whose deputy a title
// is: see gazetteer.tsv.
const flagDeputyOf = "deputy-of="

// addDeputies gives the title of a deputy (flag deputy-of) the forms
// that its own make of each title that is a kind of the one it is the
// deputy of. In English "deputy minister" is "deputy" and "minister", so
// "Deputy Finance Minister" and "Vice Foreign Minister" are deputy
// ministers, not the ministers; in Vietnamese "Thứ trưởng" takes the
// place of "Bộ trưởng", so "Thứ trưởng Tài chính" and "Thứ trưởng Văn
// hóa, Thể thao và Du lịch" are.
func (g *gazetteerBuilder) addDeputies() error {
	for _, pair := range g.deputy {
		key, base, _ := strings.Cut(pair, " ")
		if !g.keys[base] {
			return fmt.Errorf("gazetteer.tsv: %s: flag %s%s names no key of the table", key, flagDeputyOf, base)
		}
		for _, kind := range g.kindOf {
			title, of, _ := strings.Cut(kind, " ")
			if of != base {
				continue
			}
			if err := g.addDeputyForms(key, base, title); err != nil {
				return fmt.Errorf("gazetteer.tsv: %s: %v", key, err)
			}
		}
	}
	return nil
}

// addDeputyForms adds to the deputy title key the forms of title, a kind
// of base, said of its deputy: the English ones with the deputy's words
// before them, the Vietnamese ones with the deputy's form in place of
// base's at their start.
func (g *gazetteerBuilder) addDeputyForms(key, base, title string) error {
	for _, prefix := range g.deputyWords(key, base) {
		for _, f := range g.enForms[title] {
			if err := g.en.add(withCaseOf(prefix, f)+" "+f, form{key: key, typ: Title}); err != nil {
				return err
			}
		}
	}
	for _, f := range g.viForms[title] {
		for _, b := range g.viForms[base] {
			rest, ok := strings.CutPrefix(f, b+" ")
			if !ok {
				continue
			}
			for _, d := range g.viForms[key] {
				if err := g.vi.add(d+" "+rest, form{key: key, typ: Title}); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// deputyWords returns the words that the English forms of the deputy
// title key put before a form of base: "deputy" of "deputy minister".
func (g *gazetteerBuilder) deputyWords(key, base string) []string {
	var out []string
	for _, d := range g.enForms[key] {
		for _, b := range g.enForms[base] {
			if p, ok := strings.CutSuffix(strings.ToLower(d), " "+strings.ToLower(b)); ok && !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// withCaseOf returns word capitalised as the form f begins: "Deputy"
// before "Finance Minister".
func withCaseOf(word, f string) string {
	if f == "" || word == "" || !unicode.IsUpper([]rune(f)[0]) {
		return word
	}
	r := []rune(word)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// titleKinds returns the pairs of titles of flag kind-of, "key other",
// each written both ways and sorted; an error names a key that the table
// lacks.
func (g *gazetteerBuilder) titleKinds() ([]string, error) {
	var out []string
	for _, pair := range g.kindOf {
		a, b, _ := strings.Cut(pair, " ")
		if !g.keys[b] {
			return nil, fmt.Errorf("gazetteer.tsv: %s: flag %s%s names no key of the table", a, flagKindOf, b)
		}
		out = append(out, a+" "+b, b+" "+a)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// formFlags are the flags of the fourth column of gazetteer.tsv, which
// its header describes.
var formFlags = map[string]func(*form){
	flagGeneric:  func(*form) {},                    // a flag of the key: gazetteerBuilder.generic
	flagRank:     func(*form) {},                    // a flag of the key: gazetteerBuilder.ranks
	flagRegion:   func(*form) {},                    // a flag of the key: gazetteerBuilder.regions
	flagAbroad:   func(f *form) { f.abroad = true }, // and read where the Vietnamese forms are added to English
	"ctx":        func(f *form) { f.ctx = true },
	"pronoun":    func(f *form) { f.ctx, f.pronoun = true, true },
	flagGiven:    func(f *form) { f.ctx = true },
	"adj":        func(f *form) { f.adj = true },
	"local":      func(f *form) { f.local = true },
	flagNational: func(f *form) { f.national = true },
}

func splitForms(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// isAcronym reports whether s is written in capitals only, like "ASEAN",
// "U.S." or "G20", with at least two capital letters.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z' || r == 'Đ':
			n++
		case '0' <= r && r <= '9' || r == '.':
		default:
			return false
		}
	}
	return n >= 2
}

// addRegions adds the CLDR names of every country and territory, in
// English and in Vietnamese, under the key "country:" + ISO 3166 code.
func (g *gazetteerBuilder) addRegions() {
	en, vi := display.English.Regions(), display.Vietnamese.Regions()
	var code [2]byte
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			code = [2]byte{a, b}
			r, err := language.ParseRegion(string(code[:]))
			// A deprecated code (DD, YD, UK) names the country of its
			// canonical code: "Germany" is DE alone.
			if err != nil || !r.IsCountry() || r.String() != string(code[:]) || r.Canonicalize() != r || excludedRegions[r.String()] {
				continue
			}
			f := form{key: "country:" + r.String(), typ: Country}
			// A name that running text cannot hold as one phrase
			// ("St. Kitts & Nevis") is left out.
			// The English name is looked for in Vietnamese text too, which
			// often keeps it ("thắng Lebanon 3-1"): no Vietnamese word.
			for _, name := range regionForms(en.Name(r)) {
				g.en.add(name, f)
				g.vi.add(name, f)
			}
			for _, name := range regionForms(vi.Name(r)) {
				h := f
				h.ctx = true // one-word CLDR names (Nga, Đức, Áo) are ambiguous
				g.vi.add(name, h)
				if lower, ok := g.lowerHeaded(name); ok {
					g.vi.add(lower, h)
				}
			}
		}
	}
}

// lowerHeaded returns name with its first letter in lower case when its
// first word is of the class lower-head ("Quần đảo Cayman" gives "quần
// đảo Cayman").
func (g *gazetteerBuilder) lowerHeaded(name string) (string, bool) {
	first, _, _ := strings.Cut(name, " ")
	if !g.lowerHeads[Fold(first)] {
		return "", false
	}
	r, size := utf8.DecodeRuneInString(name)
	return string(unicode.ToLower(r)) + name[size:], true
}

// regionForms splits a CLDR region name into the forms news uses:
// "Myanmar (Burma)" gives Myanmar and Burma, "Hong Kong SAR China" gives
// Hong Kong, "Hồng Kông, Trung Quốc" gives Hồng Kông, and "Côte d’Ivoire"
// stays as it is.
func regionForms(name string) []string {
	if name == "" {
		return nil
	}
	var out []string
	if before, after, ok := strings.Cut(name, " ("); ok {
		out = append(out, before)
		if inner, _, ok := strings.Cut(after, ")"); ok {
			out = append(out, inner)
		}
		return out
	}
	if before, _, ok := strings.Cut(name, ", "); ok {
		return []string{before}
	}
	if before, ok := strings.CutSuffix(name, " SAR China"); ok {
		return []string{before}
	}
	return []string{strings.ReplaceAll(name, " & ", " and ")}
}

// cueKindNames are the kinds of the first column of data/cues.tsv.
var cueKindNames = map[string]cueKind{
	"admin":         cueAdmin,
	"place":         cuePlace,
	"place-after":   cuePlaceAfter,
	"person":        cuePerson,
	"credit":        cueCredit,
	"source":        cueSource,
	"agency":        cueAgency,
	"dateline":      cueDateline,
	"lead":          cueLead,
	"company":       cueCompany,
	"legal":         cueLegal,
	"route":         cueRoute,
	"route-from":    cueFrom,
	"route-to":      cueTo,
	"calendar":      cueCalendar,
	"action":        cueAction,
	"adverb":        cueAdverb,
	"to-person":     cueToPerson,
	"and":           cueAnd,
	"body":          cueBody,
	"province":      cueProvince,
	"direction":     cueDirection,
	"event":         cueEvent,
	"place-opens":   cuePlaceOpens,
	"foreign-place": cueForeignPlace,
	"place-head":    cuePlaceHead,
	"descriptor":    cueDescriptor,
	"firm":          cueFirm,
	"firm-end":      cueFirmEnd,
}

// cueLangs are the languages of the second column of data/cues.tsv:
// whether a cue is Vietnamese, English.
var cueLangs = map[string][2]bool{"vi": {true, false}, "en": {false, true}, "*": {true, true}}

// addCue adds c to the cues of one Fold form.
func addCue(cs []cue, c cue) []cue {
	for k := range cs {
		if cs[k].text == c.text {
			cs[k].kind |= c.kind
			return cs
		}
	}
	return append(cs, c)
}

// addCues reads data/cues.tsv into the cue tables of the two indexes.
func (g *gazetteerBuilder) addCues(tsv string) error {
	for lineno, line := range strings.Split(tsv, "\n") {
		lineno++
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return fmt.Errorf("cues.tsv:%d: want 3 tab-separated columns, got %d", lineno, len(cols))
		}
		kind, ok := cueKindNames[cols[0]]
		if !ok {
			return fmt.Errorf("cues.tsv:%d: unknown kind %q", lineno, cols[0])
		}
		langs, ok := cueLangs[cols[1]]
		if !ok {
			return fmt.Errorf("cues.tsv:%d: language %q: want vi, en or *", lineno, cols[1])
		}
		var xs []*indexBuilder
		if langs[0] {
			xs = append(xs, g.vi)
		}
		if langs[1] {
			xs = append(xs, g.en)
		}
		for _, w := range splitForms(cols[2]) {
			toks, buf := tokenize(w, nil, nil)
			if len(toks) == 0 || len(toks) > maxCueWords {
				return fmt.Errorf("cues.tsv:%d: cue %q: want one to %d words", lineno, w, maxCueWords)
			}
			phrase := string(buf[foldStart(toks, 0):toks[len(toks)-1].fe])
			first := string(buf[foldStart(toks, 0):toks[0].fe])
			for _, x := range xs {
				x.cues[phrase] = addCue(x.cues[phrase], cue{kind, w, marks(w)})
				x.cueFirst[first] = max(x.cueFirst[first], len(toks))
				x.addPlaces(buf, toks, placeCueWord, placeCueLast, placeCueOne)
				x.places[first] |= firstPlaces(kind)
			}
		}
	}
	return nil
}

// firstPlaces returns the places that the first word of a cue of kind
// has for the kinds whose tests start with the word alone.
func firstPlaces(kind cueKind) wordPlace {
	var p wordPlace
	if kind&cueAgency != 0 {
		p |= placeAgencyFirst
	}
	if kind&cueCompany != 0 {
		p |= placeCompanyFirst
	}
	return p
}

// bodyKinds returns, for each of keys, the kind of body it names: its
// flag body= ("Bộ Chính trị" is no ministry), else the Fold form of the
// longest cue of kind body or company (data/cues.tsv) that opens its
// first Vietnamese form ("bo" of "Bộ Tài chính", "so" of "Sở Y tế",
// "ngan hang" of "Ngân hàng Nhà nước"), or "" for a key of another type
// or with no such cue. Call it after addCues.
func (g *gazetteerBuilder) bodyKinds(keys []string) []string {
	kinds := make([]string, len(keys))
	for k, key := range keys {
		if typ, _ := keyType(key); typ != Org {
			continue
		}
		if kind, ok := g.body[key]; ok {
			kinds[k] = kind
			continue
		}
		kinds[k] = g.vi.openingCue(g.viName[key], cueBody|cueCompany)
	}
	return kinds
}

// openingCue returns the Fold form of the longest cue of one of kinds
// that opens name and does not end with a legal form, or "": "ngân hàng"
// of "Ngân hàng TMCP Á Châu", not "ngân hàng TMCP" (a joint-stock bank is
// a bank, the rival of the State Bank).
func (x *indexBuilder) openingCue(name string, kinds cueKind) string {
	toks, buf := tokenize(name, nil, nil)
	for n := min(len(toks), maxCueWords); n > 0; n-- {
		phrase := string(buf[foldStart(toks, 0):toks[n-1].fe])
		if x.hasCueKind(string(buf[foldStart(toks, n-1):toks[n-1].fe]), cueLegal) {
			continue
		}
		if x.hasCueKind(phrase, kinds) {
			return phrase
		}
	}
	return ""
}

// hasCueKind reports whether the Fold form phrase is a cue of one of
// kinds.
func (x *indexBuilder) hasCueKind(phrase string, kinds cueKind) bool {
	for _, c := range x.cues[phrase] {
		if c.kind&kinds != 0 {
			return true
		}
	}
	return false
}

// wordClassNames are the classes of the first column of data/words.tsv.
var wordClassNames = map[string]wordClass{
	"honorific":     classHonorific,
	"not-name":      classNotName,
	"after-country": classAfterCountry,
	"connector":     classConnector,
	"and":           classAnd,
	"of":            classLinkOf,
	"not-acronym":   classNotAcronym,
	"org-head":      classOrgHead,
	"nucleus":       classNucleus,
	"title-surname": classTitleSurname,
	"name-suffix":   classNameSuffix,
	"compass":       classCompass,
	"place-word":    classPlaceWord,
	"former":        classFormer,
	"gives":         classGives,
}

// Classes of data/words.tsv that are parts of syllables, not words: the
// generator groups them into viParts, longest first.
const (
	partInitial = "initial"
	partFinal   = "final"
)

// classLowerHead is the class of data/words.tsv of the first words of
// Vietnamese CLDR names that running text writes in lower case: the
// generator adds the name so written too ("quần đảo Cayman" beside
// "Quần đảo Cayman"), no class of a token.
const classLowerHead = "lower-head"

// A wordsBuilder holds what data/words.tsv and data/surnames.txt say.
type wordsBuilder struct {
	classes          map[string]wordClass // by Fold form
	initials, finals []string             // longest first
	lowerHeads       map[string]bool      // the class lower-head, by Fold form
}

// readWords reads data/words.tsv and data/surnames.txt.
func readWords(tsv, surnames string) (*wordsBuilder, error) {
	w := &wordsBuilder{classes: map[string]wordClass{}, lowerHeads: map[string]bool{}}
	for lineno, line := range strings.Split(tsv, "\n") {
		lineno++
		if line == "" || line[0] == '#' {
			continue
		}
		name, words, ok := strings.Cut(line, "\t")
		if !ok || strings.Contains(words, "\t") {
			return nil, fmt.Errorf("words.tsv:%d: want 2 tab-separated columns", lineno)
		}
		for _, word := range strings.Fields(words) {
			f := Fold(word)
			switch c, ok := wordClassNames[name]; {
			case name == partInitial:
				w.initials = append(w.initials, f)
			case name == partFinal:
				w.finals = append(w.finals, f)
			case name == classLowerHead:
				w.lowerHeads[f] = true
			case ok:
				w.classes[f] |= c
			default:
				return nil, fmt.Errorf("words.tsv:%d: unknown class %q", lineno, name)
			}
		}
	}
	for line := range strings.Lines(surnames) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, word := range strings.Fields(line) {
			w.classes[Fold(word)] |= classSurname
		}
	}
	longestFirst := func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) }
	slices.SortFunc(w.initials, longestFirst)
	slices.SortFunc(w.finals, longestFirst)
	return w, nil
}

// syllableParts returns the consonants of a Vietnamese syllable that w
// read.
func (w *wordsBuilder) syllableParts() *syllableParts {
	return newSyllableParts(w.initials, w.finals)
}

// newSyllableParts groups initials and finals, each listed longest first.
func newSyllableParts(initials, finals []string) *syllableParts {
	p := new(syllableParts)
	for _, ini := range initials {
		p.initials[ini[0]] = append(p.initials[ini[0]], ini)
	}
	for _, fin := range finals {
		p.finals[fin[len(fin)-1]] = append(p.finals[fin[len(fin)-1]], fin)
	}
	return p
}
