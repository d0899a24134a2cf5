package entities

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

var viBase, _ = language.Vietnamese.Base()

// isVietnamese reports whether lang is Vietnamese; every other language,
// including the zero Tag, is read as English.
func isVietnamese(lang language.Tag) bool {
	b, _ := lang.Base()
	return b == viBase
}

// Extract returns the named entities of text, sorted by Start and not
// overlapping. Offsets are in bytes and fall on rune boundaries, and
// e.Text == text[e.Start:e.End] for every entity e.
//
// lang says how to read the text: Vietnamese (language.Vietnamese, or any
// tag whose base language is vi) or English (any other tag, including the
// zero Tag). Extract finds:
//
//   - countries by their CLDR names in that language and the short forms
//     of the package table ("Mỹ", "Anh", "UK"), and English adjectives of
//     them ("Singaporean", with [Entity.Adjective] set);
//   - places, organisations and titles from the package table, and
//     acronyms defined in the text by a parenthesis ("Đảng Hành động nhân
//     dân (PAP)") or otherwise unknown ("VGP", key "org:vgp");
//   - people: two to four capitalised Vietnamese syllables that start with
//     a family name or follow a title or honorific ("Tô Lâm", "ông Lâm"),
//     and capitalised foreign names ("Lawrence Wong"); a later (or
//     earlier) surname or given name alone is resolved to the full name
//     it belongs to ("Wong" → person:lawrence-wong); two or three
//     Vietnamese syllables with no cue are the given names of a person
//     when the words around them show it ("Hùng Dũng đá phạt góc");
//   - the title a person holds, when it precedes or follows the name
//     ([Entity.Title]).
//
// Extract never fails: empty input gives nil, and invalid UTF-8 separates
// words like punctuation. It takes time linear in len(text) and is safe
// for concurrent use.
func Extract(text string, lang language.Tag) []Entity {
	var x Extractor
	defer x.Release()
	return x.Extract(text, lang)
}

// An Extractor reads the entities of texts one after another, as
// [Extract] does, and keeps the memory it reads them with from one text
// to the next: a caller that reads several texts in turn (the two
// versions of a story) allocates it once, where Extract takes it from a
// pool that a garbage collection, or a call on another processor, may
// have emptied, and which keeps no scratch of a text over about 1 MB. An
// Extractor keeps its scratch, whatever the length of the texts, until it
// is dropped or released ([Extractor.Release]). The zero Extractor is
// ready to use. An Extractor is not
// safe for concurrent use; the Entity values it returns are the caller's
// and stay valid after later calls.
type Extractor struct {
	e *extractor
}

// Extract returns the named entities of text in lang, as the package
// function [Extract] does.
func (x *Extractor) Extract(text string, lang language.Tag) []Entity {
	if len(text) > maxChunk {
		// Token offsets are 32-bit: read a huge text in parts, cut at
		// a line break (or a space, or at worst a rune boundary).
		cut := strings.LastIndexByte(text[:maxChunk], '\n')
		if cut <= 0 {
			cut = strings.LastIndexByte(text[:maxChunk], ' ')
		}
		if cut <= 0 {
			cut = maxChunk
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		out := x.Extract(text[:cut], lang)
		for _, e := range x.Extract(text[cut:], lang) {
			e.Start += cut
			e.End += cut
			out = append(out, e)
		}
		return out
	}
	if x.e == nil {
		x.e = scratch.Get().(*extractor)
	}
	out := x.e.extract(text, lang)
	x.e.reset()
	return out
}

// Release returns the scratch of x to the pool of Extract, unless it has
// grown beyond what is worth keeping there: a caller that holds an
// Extractor for one task (the two versions of a story) releases it when
// the task is done, so that the next task starts with the memory. x is
// then the zero Extractor, ready to use again.
func (x *Extractor) Release() {
	if x.e != nil {
		x.e.release()
		x.e = nil
	}
}

// maxChunk is the longest text Extract reads in one part.
const maxChunk = 1 << 30

// extract returns the entities of text, which is at most maxChunk bytes
// long, read in lang; e must be reset.
func (e *extractor) extract(text string, lang language.Tag) []Entity {
	e.read(text, lang)
	e.muteCredits()
	e.scan()
	e.localBodies()
	e.foreignGovernments()
	e.titlesAsSurnames()
	e.resolve()
	e.nameSuffixes()
	e.bindTitles()
	return e.entities()
}

// start sets e to read text in lang.
func (e *extractor) start(text string, lang language.Tag) {
	g := tables()
	e.text, e.vi, e.x = text, isVietnamese(lang), g.en
	if e.vi {
		e.x = g.vi
		e.nfc = isNFC(text)
	}
	e.reserve(len(text))
}

// tokenize sets e to read text in lang, and splits it into tokens.
func (e *extractor) tokenize(text string, lang language.Tag) {
	e.start(text, lang)
	e.toks, e.buf = tokenize(text, e.toks[:0], e.buf[:0])
}

// read sets e to read text in lang, splits it into tokens and looks each
// up in the tables of the language: tokenize and lookUpFirsts in one
// pass, which looks a token up while its Fold form is at hand.
func (e *extractor) read(text string, lang language.Tag) {
	e.start(text, lang)
	e.toks, e.buf, e.firsts = tokenizeIn(e.x, text, e.toks[:0], e.buf[:0], e.firsts[:0])
}

// A slugName is a key made from a name of the text: its type prefix and
// the name as written.
type slugName struct{ prefix, text string }

// slugKey returns prefix + slug(text), made once a call for each name:
// news repeats its names, and a key is made at every mention.
func (e *extractor) slugKey(prefix, text string) string {
	if k, ok := e.slugs[slugName{prefix, text}]; ok {
		return k
	}
	if e.slugs == nil {
		e.slugs = map[slugName]string{}
	}
	e.slugBuf = appendSlug(append(e.slugBuf[:0], prefix...), text)
	k := string(e.slugBuf) // one string: the key was three, with the Fold form and the slug
	e.slugs[slugName{prefix, text}] = k
	return k
}

// scratch keeps extractors, and the memory of their slices, between
// calls of Extract.
var scratch = sync.Pool{New: func() any { return new(extractor) }}

// lookUpFirsts looks each token up once in the tables of e's language:
// what starts with it, and its word classes.
func (e *extractor) lookUpFirsts() {
	e.firsts = e.firsts[:0]
	start := int32(0) // foldStart(e.toks, i), kept as the tokens go by
	for i := range e.toks {
		end := e.toks[i].fe
		e.firsts = append(e.firsts, *e.x.first(e.buf[start:end]))
		if start = end + 1; end == 0 {
			start = 0
		}
	}
}

// reserve makes room for the tokens of a text of n bytes at once, so
// that a long text's scratch is not grown by doubling: news in either
// language has a token (word or punctuation) every 5.4 to 6 bytes and a
// name every 70 to 90 (a text with more grows its slices as usual), and
// the Fold forms take at most the text.
func (e *extractor) reserve(n int) {
	if spans := n/64 + 16; cap(e.spans) < spans {
		e.spans = make([]span, 0, spans)
	}
	toks := n/5 + 16
	if cap(e.toks) < toks {
		e.toks = make([]token, 0, toks)
	}
	if cap(e.firsts) < toks {
		e.firsts = make([]firstWord, 0, toks)
	}
	if cap(e.buf) < n+16 {
		e.buf = make([]byte, 0, n+16)
	}
}

// maxPooledTokens is the most tokens an extractor keeps room for when it
// goes back to the pool of Extract: 256K, the room reserve makes for a
// text of 1.25 MiB, a long report (news stories are 5 to 50 KB). The
// scratch of such a text is about 7 MB (22 bytes a token, the Fold forms
// and the spans), which the pool holds for at most two garbage
// collections after the last call that used it; reading a 1 MB English
// text into new scratch instead costs a sixth of the call in zeroing,
// page faults and collections. The scratch of a longer text is left to the
// collector, so that one huge call is not paid for in memory long after
// it; a caller that reads such texts in turn keeps an [Extractor].
const maxPooledTokens = 256 << 10

// maxPooledSlugs is the most keys of names an extractor keeps the map of
// when it goes back to the pool.
const maxPooledSlugs = 4096

// release returns e to the pool unless its slices have grown beyond what
// is worth keeping.
func (e *extractor) release() {
	if cap(e.toks) > maxPooledTokens {
		return // a whole long document's scratch: not kept alive for a call that may never come
	}
	e.reset()
	scratch.Put(e)
}

// reset readies e for another text, keeping the memory of its slices.
func (e *extractor) reset() {
	clear(e.spans) // drop the key strings
	slugs := e.slugs
	if len(slugs) > maxPooledSlugs {
		slugs = nil
	}
	clear(slugs) // and the text they point into
	*e = extractor{toks: e.toks[:0], buf: e.buf[:0], firsts: e.firsts[:0], spans: e.spans[:0], cands: e.cands[:0], headline: e.headline[:0], pending: e.pending[:0], edges: e.edges[:0], nfd: e.nfd[:0], wordEntries: e.wordEntries[:0], slugBuf: e.slugBuf[:0], slugs: slugs}
}

// A definedAcronym is an acronym that the text defined, as a key of
// extractor.acr: its Fold form and the key of what it names.
type definedAcronym struct{ name, key string }

// A span is an entity under construction: tokens t0 up to t1.
type span struct {
	t0, t1 int
	key    string
	title  string
	typ    Type // next to the flags: a span is 56 bytes, and a long text has one every 60 to 90 bytes
	adj    bool
	full   bool // a person's full name (or an event's), which short references resolve to
	made   bool // an organisation keyed by its own words, not the table's
	// guess marks a person's name taken on its first syllable alone:
	// two syllables, the first a family name, with no cue ("Hoàng
	// Đức", but also "Đồng Hới"); it is no evidence for the names
	// next to it (acceptGivenNames).
	guess bool
	cued  bool // a person's name that a cue marks (Entity.Cued)
	// ambiguous marks a short form that is also a pronoun, opening a
	// sentence (Entity.Ambiguous).
	ambiguous bool
}

// A candidate is a capitalised word alone that may be a short reference to
// a person named in full elsewhere in the text.
type candidate struct {
	tok, n int  // the words tok..tok+n; n is 1 but for given names ("Tiến Linh")
	marked bool // after a title or an honorific: a person even if unresolved
	// The words before tok that open the sentence with it ("Later Hung
	// Dung"): if tok resolves to no name, all of them are a foreign name
	// of their own ("Park Hang Seo").
	lead int
}

type extractor struct {
	text string
	vi   bool
	nfc  bool // Vietnamese text with no combining diacritic: isNFC(text)
	x    *index
	toks []token
	buf  []byte
	// firsts tells for each token what forms and cues start with it:
	// one look-up a token.
	firsts []firstWord
	slugs  map[slugName]string // keys made from the text's names: slugKey
	spans  []span
	cands  []candidate
	acr    map[string]definedAcronym // acronyms defined in this text, by their Fold form
	short  map[string]string         // the short names of them written as words ("Vinacas") → key
	// headline tells, for each token whose sentence titleCase has
	// read, whether it is in a headline written in Title Case.
	headline []uint8
	pending  []candidate // given names that wait for evidence (unknown.go)
	edges    []uint8     // where people's names start and end (unknown.go)
	colons   colonCursor // the colons of the text, which credits need
	// cueMemo remembers the last cues that cueKinds found, by their
	// tokens: the rules around a capitalised word ask for the cues of
	// the same few words again and again.
	cueMemo [16]cueMemory
	nfd     []byte // the NFD form of a name, which hasMarks reads
	// wordEntries is the scratch of resolve's index of names.
	wordEntries []wordEntry
	slugBuf     []byte // the scratch of slugKey
}

// fold returns the Fold form of tokens i up to j, without allocating when
// used as a map index.
func (e *extractor) fold(i, j int) []byte {
	return e.buf[foldStart(e.toks, i):e.toks[j-1].fe]
}

// lastEnd returns the token after the last span, or 0.
func (e *extractor) lastEnd() int {
	if len(e.spans) == 0 {
		return 0
	}
	return e.spans[len(e.spans)-1].t1
}

func (e *extractor) scan() {
	toks := e.toks
	for i := 0; i < len(toks); {
		if i = e.mayNameFrom(i); i == len(toks) {
			break
		}
		t := &toks[i]
		if !t.letters() || t.mute() || int(t.end) < len(e.text) && e.text[t.end] == '$' { // US$, S$
			i++
			continue
		}
		if (e.isAcronym(i) || e.shortName(i)) && e.defined(i) {
			i++
			continue
		}
		if e.shortSaidAgain(i) {
			i++
			continue
		}
		if name, k := e.company(i); k > i {
			if n, f, ok := e.lookup(i); ok && i+n >= k {
				e.spans = append(e.spans, span{t0: i, t1: i + n, typ: f.typ, key: f.key})
				i += n
				continue
			}
			e.spans = append(e.spans, span{t0: i, t1: k, typ: Org, key: e.slugKey("org:", e.text[e.toks[name].start:e.toks[k-1].end]), made: true})
			i = k
			continue
		}
		if n, f, ok := e.lookup(i); ok {
			n, f = e.whole(i, n, f)
			if e.direction(i, i+n) {
				i += n // "theo hướng Tây Bắc": a bearing, not the region
				continue
			}
			if end, ok := e.bodyOfPlace(i, i+n, f); ok {
				// "Toronto General Hospital", a hospital, not Toronto
				e.spans = append(e.spans, span{t0: i, t1: end, typ: Org, key: e.slugKey("org:", e.text[e.toks[i].start:e.toks[end-1].end]), made: true})
				i = end
				continue
			}
			e.spans = append(e.spans, span{t0: i, t1: i + n, typ: f.typ, key: f.key, adj: f.adj, ambiguous: e.vi && f.pronoun && e.toks[i].gap == gapStop})
			i += n
			continue
		}
		if e.isAcronym(i) {
			if c, _ := e.cueAt(i); c&(cueBody|cuePerson|cueAdmin) == 0 {
				e.acronym(i) // not "THPT", "HLV", "UBND": words, no names
			}
			i++
			continue
		}
		if t.capital() {
			if n := e.descriptorAfterPlace(i); n > 0 {
				i += n // "Quốc gia" between "sân vận động" and "Mỹ Đình"
				continue
			}
			i = e.name(i)
			continue
		}
		i++
	}
}

// mayNameFrom returns the first token from i on that some rule of scan
// may take, or len(e.toks): a word with a capital letter, or one that
// starts a form written in lower case. Most of a text is neither, and is
// passed over in a loop that tests only that.
func (e *extractor) mayNameFrom(i int) int {
	toks, firsts := e.toks, e.firsts[:len(e.toks)]
	for ; i < len(toks); i++ {
		if toks[i].upper != 0 || firsts[i].lowerForms != 0 {
			break
		}
	}
	return i
}

// homeCountry is the country code of the nation whose bodies need not be
// named with it (data/gazetteer.tsv, flag national), and homePrefix starts
// the keys of those bodies.
const (
	homeCountry = "VN"
	homePrefix  = "org:vn-"
)

// foreignGovernments gives the national body of a named country its own
// key: "Government" and "Chính phủ" alone are Việt Nam's
// (org:vn-government), but the "Japanese Government", the "Government of
// Japan" and "Chính phủ Nhật Bản" are Japan's (org:jp-government).
func (e *extractor) foreignGovernments() {
	for k := range e.spans {
		s := &e.spans[k]
		if !strings.HasPrefix(s.key, homePrefix) || !e.isNational(*s) {
			continue
		}
		country := ""
		switch {
		case k > 0 && e.spans[k-1].t1 == s.t0 && e.toks[s.t0].gap == gapSpace && !e.vi:
			country = e.spans[k-1].key // "Japanese Government", "the Singapore Government"
		case k+1 < len(e.spans) && e.vi && e.spans[k+1].t0 == s.t1 && e.toks[s.t1].gap == gapSpace:
			country = e.spans[k+1].key // "Chính phủ Nhật Bản"
		case k+1 < len(e.spans) && !e.vi && e.spans[k+1].t0 == s.t1+1 && e.is(s.t1, classLinkOf) &&
			e.toks[s.t1].gap == gapSpace && e.toks[s.t1+1].gap == gapSpace:
			country = e.spans[k+1].key // "Government of Japan"
		}
		code, ok := strings.CutPrefix(country, "country:")
		if ok && code != homeCountry {
			s.key = "org:" + strings.ToLower(code) + "-" + strings.TrimPrefix(s.key, homePrefix)
		}
	}
}

// lookup finds the longest table form that starts at token i. It tries
// no longer form than the words after i can continue: each is a word of
// some form after its first.
func (e *extractor) lookup(i int) (n int, f *form, ok bool) {
	if e.firsts[i].forms != 0 { // inlined: most words start no form
		n, f, ok = e.lookupAt(i)
	}
	return n, f, ok
}

// lookupAt is lookup for a token that starts a form in some case.
func (e *extractor) lookupAt(i int) (int, *form, bool) {
	toks := e.toks
	most := int(e.firsts[i].forms)
	if toks[i].upper == 0 {
		most = int(e.firsts[i].lowerForms)
	}
	if most == 0 {
		return 0, nil, false
	}
	n := 1
	for n < most && i+n < len(toks) && toks[i+n].gap <= gapComma && toks[i+n].letters() && !toks[i+n].mute() && e.at(i+n, placeFormWord) {
		n++
	}
	return e.lookupUpTo(i, n)
}

// lookupUpTo finds the longest table form of at most n tokens that starts
// at token i. The form is the table's, which is never modified.
func (e *extractor) lookupUpTo(i, n int) (int, *form, bool) {
	for ; n > 0; n-- {
		if !e.mayBeForm(i, n) {
			continue
		}
		forms := e.x.formsOf(e.fold(i, i+n))
		if len(forms) > 1 && e.vi {
			// "Nha Trang" is the city's form as written, before "Nhà
			// Trắng" (the White House), which a text without diacritics
			// would write so.
			if k := e.writtenForm(i, n, forms); k >= 0 {
				return n, &forms[k], true
			}
		}
		for k := range forms {
			if e.accept(i, n, &forms[k]) {
				return n, &forms[k], true
			}
		}
	}
	return 0, nil, false
}

// writtenForm returns the first of forms, for tokens i..i+n, that the
// text writes with the form's own diacritics and that accept takes, or
// -1.
func (e *extractor) writtenForm(i, n int, forms []form) int {
	s := e.text[e.toks[i].start:e.toks[i+n-1].end]
	for k := range forms {
		if f := &forms[k]; (s == f.text || e.hasMarks(s, f.marks)) && e.accept(i, n, f) {
			return k
		}
	}
	return -1
}

// mayBeForm reports whether tokens i..i+n may be a form of the tables:
// their last word ends a form of several words, or one word is a form
// alone. Most words are neither, and need no look-up of the phrase.
func (e *extractor) mayBeForm(i, n int) bool {
	if n == 1 {
		return e.at(i, placeFormOne)
	}
	return e.at(i+n-1, placeFormLast)
}

// whole finds the table form at token i, n tokens long by lookup, that
// leaves the next name whole: "Ban Chấp hành Trung ương Đảng Cộng sản
// Việt Nam" is "Ban Chấp hành Trung ương" and "Đảng Cộng sản Việt Nam",
// though "Ban Chấp hành Trung ương Đảng" is a form too. A shorter form is
// taken when a form that starts inside the longer one ends after it.
func (e *extractor) whole(i, n int, f *form) (int, *form) {
	for m := n - 1; m > 0; m-- {
		k, _, ok := e.lookup(i + m)
		if !ok || i+m+k <= i+n {
			continue
		}
		if p, g, ok := e.lookupUpTo(i, m); ok && p == m {
			return m, g
		}
	}
	return n, f
}

// accept checks the case of tokens i..i+n against f, and the context of an
// ambiguous short form.
func (e *extractor) accept(i, n int, f *form) bool {
	if !e.writtenAs(i, n, f) || e.compassGoesOn(i+n-1) {
		return false
	}
	if !e.vi {
		return true
	}
	// Vietnamese decides on the diacritics: "Ảnh" (photo) is not "Anh"
	// (Britain), though both fold to "anh". A name written without any
	// diacritics is taken to be written so ("Ha Noi"), but for one
	// syllable, which is as likely a word of its own: "Lao động" (labour)
	// is not "Lào".
	if s := e.text[e.toks[i].start:e.toks[i+n-1].end]; s != f.text && !e.hasMarks(s, f.marks) && (!ascii(s) || n == 1) {
		return false
	}
	return !f.ctx || e.acceptAmbiguous(i, n)
}

// compassGoesOn reports a point of the compass at token k that another
// follows with only a space between, written in the same case: "miền
// tây nam nước Mỹ" (the southwest) is no "miền Tây" (the Mekong Delta) of
// the table; but "Việt Nam năm 2019" is Việt Nam, "năm" (year) folding
// to the compass word "nam".
func (e *extractor) compassGoesOn(k int) bool {
	return k+1 < len(e.toks) && e.is(k, classCompass) && e.is(k+1, classCompass) && e.toks[k+1].gap == gapSpace &&
		e.toks[k+1].capital() == e.toks[k].capital()
}

// writtenAs reports whether tokens i..i+n have the commas and the capitals
// of the form f.
func (e *extractor) writtenAs(i, n int, f *form) bool {
	toks := e.toks
	if len(f.upper) != n {
		return false
	}
	for k := 1; k < n; k++ {
		if toks[i+k].gap == gapComma && (k >= 64 || f.commas&(1<<k) == 0) {
			return false // a comma the form does not have
		}
	}
	for k := 0; k < len(f.upper); k++ {
		t, u := &toks[i+k], f.upper[k]
		if t.upper < u || k == 0 && u == 1 && !t.capital() {
			return false
		}
	}
	return true
}

// acceptAmbiguous checks the context of a Vietnamese short form that is
// also a common word or a syllable of names, at tokens i..i+n.
func (e *extractor) acceptAmbiguous(i, n int) bool {
	toks := e.toks
	// An ambiguous word (Anh, Đức, Nga, Mỹ) is refused inside a name:
	// after a capitalised word that is not an entity ("Lan Anh"), before
	// a capitalised Vietnamese syllable ("Đức Phúc", "Mỹ Tho"), or at the
	// start of a sentence before any capitalised word.
	if i > 0 && toks[i].gap == gapSpace && toks[i-1].capital() && e.lastEnd() != i && !(toks[i-1].gap == gapStop && e.isLead(i-1)) {
		return false // "Lan Anh"; but "Tại Pháp" opens a sentence with a common word
	}
	j := i + n
	if j < len(toks) && toks[j].gap <= gapHyphen && toks[j].capital() {
		if toks[i].gap == gapStop || viSyllable(string(e.fold(j, j+1))) {
			if _, _, ok := e.lookup(j); !ok {
				return false
			}
		}
	}
	// At the start of a sentence the word may be a common noun or a
	// pronoun ("Áo len", "Anh ấy", "Anh đạt 243,1 điểm"): only a country
	// before a verb or a conjunction is taken, or one of a list of
	// countries and their figures ("Nga dẫn đầu với 214.500 lượt, sau đó
	// là Pháp 87.600 lượt").
	if toks[i].gap == gapStop && j < len(toks) && toks[j].gap == gapSpace && !toks[j].capital() {
		return e.is(j, classAfterCountry) || e.figureInClause(j) && e.countriesAhead(j)
	}
	return true
}

// figureInClause reports a token with a digit in the clause from token j
// on, before the next comma or stop.
func (e *extractor) figureInClause(j int) bool {
	for k := j; k < len(e.toks) && (k == j || e.toks[k].gap < gapComma); k++ {
		if e.toks[k].digit() {
			return true
		}
	}
	return false
}

// countriesAhead reports two countries in the sentence from token j on,
// each taken in its own context (accept): a list of countries. One is
// not enough: it may be a rival's nationality after a pronoun ("Anh đạt
// 98,7 điểm, hơn đối thủ người Nhật Bản 0,4 điểm").
func (e *extractor) countriesAhead(j int) bool {
	found := 0
	for k := j; k < len(e.toks) && (k == j || e.toks[k].gap != gapStop); k++ {
		n, f, ok := e.lookup(k)
		if !ok {
			continue
		}
		if f.typ == Country && !f.adj {
			if found++; found == minCountriesAhead {
				return true
			}
		}
		k += n - 1
	}
	return false
}

// minCountriesAhead is how many other countries make a sentence a list of
// countries for countriesAhead.
const minCountriesAhead = 2

// isAcronym reports whether token i is written in capitals, like "PAP" or
// "VSIP", and is not a Roman numeral or a word of a shouted headline.
func (e *extractor) isAcronym(i int) bool {
	return e.toks[i].flags&(tokLower|tokLetters) == tokLetters && e.acronymAt(i) // inlined: most words have a lower-case letter
}

// acronymAt is isAcronym for a token with letters, none in lower case.
func (e *extractor) acronymAt(i int) bool {
	t := &e.toks[i]
	if t.upper < 2 {
		return false
	}
	// The folded form would make a Roman numeral of "VĐV" (VDV).
	if e.is(i, classNotAcronym) || ascii(e.text[t.start:t.end]) && isRoman(string(e.fold(i, i+1))) {
		return false
	}
	// A currency or unit glued to digits: "VND1.5", "USD50"; G20 and the
	// like are in the gazetteer.
	if t.digit() {
		return false
	}
	// A headline in capitals: HÀ NỘI, KINH TẾ.
	for _, j := range [2]int{i - 1, i + 1} {
		if j >= 0 && j < len(e.toks) {
			u := &e.toks[max(i, j)]
			if u.gap <= gapHyphen && e.toks[j].upper >= 2 && !e.toks[j].lower() {
				return false
			}
		}
	}
	return true
}

// shortName reports whether token i is a short name of a body written
// as a word with one capital, in parentheses right after the body's name
// ("Hiệp hội Điều Việt Nam (Vinacas)", "the Vietnam Cashew Association
// (Vinacas)"): it defines the body's key as an acronym does (defined
// checks the parentheses). The name before it must be a body's: in
// Vietnamese one opened by a capitalised head word (phrase), in English
// one closed by a body word; and the word must be no other name of the
// table ("(Hà Nội)").
func (e *extractor) shortName(i int) bool {
	t := &e.toks[i]
	if t.upper != 1 || !t.capital() || t.digit() || i == 0 || !e.toks[i-1].letters() {
		return false // "KfW", "VinFast": brands, which other rules read
	}
	if t.start == 0 || e.text[t.start-1] != '(' || int(t.end) >= len(e.text) || e.text[t.end] != ')' {
		return false // the cheap test first: most capitalised words stand in no parentheses
	}
	if _, f, ok := e.lookup(i); ok && f.typ != Org {
		return false
	}
	if e.vi {
		return e.phrase(i, 0) >= 0
	}
	c, _ := e.cueAt(i - 1)
	return c&cueBody != 0
}

// shortSaidAgain records token i when it is a short name that a
// parenthesis defined earlier in the text ("Vinacas" after "Hiệp hội
// Điều Việt Nam (Vinacas)"), written as it was, with no capitalised word
// after it ("Cao" of "Cao Bằng" is no "CAO"), and reports whether it was.
func (e *extractor) shortSaidAgain(i int) bool {
	t := &e.toks[i]
	if e.short == nil || t.upper != 1 || !t.capital() || i+1 < len(e.toks) && e.toks[i+1].capital() && e.toks[i+1].gap <= gapHyphen {
		return false
	}
	key, ok := e.short[string(e.fold(i, i+1))]
	if !ok {
		return false
	}
	typ, _ := keyType(key)
	e.spans = append(e.spans, span{t0: i, t1: i + 1, typ: typ, key: key})
	return true
}

// romanDigits are the letters of Roman numerals, in lower case.
const romanDigits = "ivxlcdm"

// isRoman reports whether s, in lower case, is a Roman numeral.
func isRoman(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune(romanDigits, rune(s[i])) {
			return false
		}
	}
	return s != ""
}

// defined handles "... (ACR)": the acronym at token i in parentheses
// names the entity just before it, or a phrase found by its shape. It
// reports whether it did.
func (e *extractor) defined(i int) bool {
	if i == 0 || !strings.HasSuffix(strings.TrimSpace(e.text[e.toks[i-1].end:e.toks[i].start]), "(") {
		return false
	}
	if end := int(e.toks[i].end); end >= len(e.text) || e.text[end] != ')' {
		return false
	}
	acr := e.acr[string(e.fold(i, i+1))].name // the string made the first time: news repeats "(EVN)"
	if acr == "" {
		acr = string(e.fold(i, i+1))
	}
	// The entity just before the parenthesis, and where a name could
	// start if the acronym names something longer: "Tổng công ty Điện
	// lực Việt Nam (EVN)" is not Việt Nam.
	var prev *span
	lo := 0
	if n := len(e.spans); n > 0 {
		lo = e.spans[n-1].t1
		if e.spans[n-1].t1 == i {
			prev = &e.spans[n-1]
			lo = 0
			if n > 1 {
				lo = e.spans[n-2].t1
			}
		}
	}
	p := e.phrase(i, lo)
	if prev != nil && p > prev.t0 && p < prev.t1 {
		p = -1 // the phrase would cut the entity before it in two
	}
	var key string
	switch {
	case prev != nil && (p < 0 || p >= prev.t0) && prev.typ != Person && prev.typ != Title && !e.otherPlace(prev, i):
		key = prev.key
		if prev.made {
			// "Tổng công ty Điện lực Việt Nam (EVN)": the acronym names
			// the company as the other language does.
			key = e.slugKey("org:", acr)
			if n, f, ok := e.lookup(i); ok && n == 1 && f.typ == Org {
				key = f.key
			}
			prev.key = key
		}
	case p >= 0:
		key = e.acronymPhrase(i, p, acr)
	default:
		key = e.slugKey("org:", acr)
		if n, f, ok := e.lookup(i); ok && n == 1 {
			key = f.key
		}
	}
	if e.acr == nil {
		e.acr = map[string]definedAcronym{}
	}
	e.acr[acr] = definedAcronym{name: acr, key: key}
	if !e.isAcronym(i) {
		if e.short == nil {
			e.short = map[string]string{}
		}
		e.short[acr] = key
	}
	typ, _ := keyType(key)
	e.spans = append(e.spans, span{t0: i, t1: i + 1, typ: typ, key: key})
	return true
}

// The longest names an acronym in parentheses defines: English words,
// Vietnamese syllables ("Cơ quan Quản lý Thiên tai và Tình trạng khẩn
// cấp Thổ Nhĩ Kỳ (AFAD)" has fourteen).
const (
	maxDefinedWords     = 10
	maxDefinedSyllables = 16
)

// otherPlace reports whether the acronym at token i, after the place or
// country prev, is no form of it: "Thổ Nhĩ Kỳ (AFAD)" ends the name of a
// body the acronym stands for, where "Hoa Kỳ (US)" glosses the country.
func (e *extractor) otherPlace(prev *span, i int) bool {
	if prev.typ != Country && prev.typ != Place {
		return false
	}
	_, f, ok := e.lookup(i)
	return !ok || f.key != prev.key
}

// phrase returns the first token of the name, not before token lo, that
// an acronym at token i defines, or -1. In English it is the capitalised
// words (and of, the, and) before the parenthesis; in Vietnamese the words
// from the furthest capitalised organisation head word (Đảng, Bộ, Tổ chức)
// within sixteen syllables.
func (e *extractor) phrase(i, lo int) int {
	toks := e.toks
	if i-1 < lo || !toks[i-1].letters() {
		return -1
	}
	if e.vi {
		p := -1
		for k := i - 1; k >= lo && k >= i-maxDefinedSyllables; k-- {
			if toks[k].capital() && e.is(k, classOrgHead) {
				p = k
			}
			if toks[k].gap > gapDash {
				break
			}
		}
		return p
	}
	if !toks[i-1].capital() {
		return -1
	}
	k := i - 1
	for k-1 >= lo && k > i-maxDefinedWords && toks[k].gap <= gapDash {
		p := &toks[k-1]
		if !p.capital() && !e.is(k-1, classConnector) {
			break
		}
		k--
	}
	for k < i-1 && !toks[k].capital() {
		k++
	}
	return k
}

// acronym records an acronym that is neither in the table nor defined
// here: "VGP" becomes org:vgp, unless the text defined it earlier.
func (e *extractor) acronym(i int) {
	acr := e.fold(i, i+1)
	d, ok := e.acr[string(acr)]
	key := d.key
	if !ok {
		key = e.slugKey("org:", string(acr))
	}
	typ, _ := keyType(key)
	e.spans = append(e.spans, span{t0: i, t1: i + 1, typ: typ, key: key})
}

// acronymPhrase returns the key of the acronym acr at token i that the
// words from token p on define: the body they name, which it records
// ("Tổng công ty Điện lực Việt Nam (EVN)"), or a place of the table
// whose code the acronym is ("Suvarnabhumi Airport (BKK)": the words
// before the code are no body of their own).
func (e *extractor) acronymPhrase(i, p int, acr string) string {
	n, f, ok := e.lookup(i)
	if ok && n == 1 && f.typ == Place {
		return f.key
	}
	key := e.slugKey("org:", acr)
	if ok && n == 1 && f.typ == Org {
		key = f.key
	}
	for len(e.spans) > 0 && e.spans[len(e.spans)-1].t1 > p {
		e.spans = e.spans[:len(e.spans)-1] // t0 >= p: lo keeps p off earlier spans
	}
	e.spans = append(e.spans, span{t0: p, t1: i, typ: Org, key: key})
	return key
}

// name reads the capitalised words from token i on and records a person's
// name, a place after a cue word ("huyện Quan Sơn", "Cau Giay district")
// or a candidate short reference. It returns the token after them.
func (e *extractor) name(i int) int {
	toks := e.toks
	j := i + 1
	// Capitalised words, and words hyphenated to them: "Lee Jae-myung".
	for j < len(toks) && j-i < 8 && !toks[j].digit() && !toks[j].mute() && (toks[j].capital() && toks[j].gap <= gapHyphen || toks[j].letters() && toks[j].gap == gapHyphen) && !e.dated(j) {
		if _, _, ok := e.lookup(j); (ok || e.isAcronym(j)) && (e.vi || !e.vietnameseName(i, j+1)) {
			// But "Tran Van Nam" is a name, though "Van Nam" without
			// its marks is Yunnan (Vân Nam); Vietnamese text keeps
			// them ("Trần Văn Nam").
			break
		}
		j++
	}
	if e.openingCompound(i, j) {
		return j // "Twenty-five people", "Two-way trade", "Well-known firms"
	}
	if e.direction(i, j) {
		return j // "về phía Đông Nam", "theo hướng Tây Bắc"
	}
	k, marked, cue := e.lead(i, j)
	if h := e.holderAfterBody(k); h > k {
		k, marked = h, true // "Phó giám đốc Sở Lương Thị Hoa"
	} else if e.opensBody(k) || e.afterBody(k) {
		return j // "Phó Chủ tịch Hiệp hội Cà phê", "Trường THPT Lê Lợi": a body's name
	}
	if e.afterFirm(k) {
		// "hãng tàu Wan Feng Shipping", "carrier Wan Feng Shipping"
		e.spans = append(e.spans, span{t0: k, t1: j, typ: Org, key: e.slugKey("org:", e.text[e.toks[k].start:e.toks[j-1].end]), made: true})
		return j
	}
	if end, ok := e.englishBody(k, j); ok {
		// "Song Da Construction Corporation", "the Vietnam Fruit and
		// Vegetables Association"
		e.spans = append(e.spans, span{t0: k, t1: end, typ: Org, key: e.slugKey("org:", e.text[e.toks[k].start:e.toks[end-1].end]), made: true})
		return end
	}
	k = e.bodyBeforePerson(k, j)
	end := j
	if !e.vi {
		k, end, marked, cue = e.english(k, j, marked, cue)
	}
	if !e.vi && !marked && cue == 0 && e.opensGivenNames(k, end) {
		e.cands = append(e.cands, candidate{tok: k + 1, n: end - k - 1, lead: 1})
		return j
	}
	e.record(k, end, marked, cue)
	return j
}

// bodyBeforePerson records the first of the capitalised words k..j of
// Vietnamese text as a body when it is written as a brand, with a capital
// inside ("HLTel", "VinFast"), and a Vietnamese person's name follows it
// ("Phó tổng giám đốc HLTel Đặng Thu Hà": the company, then its deputy
// director; not "John Nguyễn Văn Bình"), and returns where the rest
// begins.
func (e *extractor) bodyBeforePerson(k, j int) int {
	if !e.vi || j-k < 3 || j-k > 5 || !innerCapital(e.text[e.toks[k].start:e.toks[k].end]) ||
		!e.is(k+1, classSurname) || !e.syllables(k+1, j) {
		return k
	}
	e.spans = append(e.spans, span{t0: k, t1: k + 1, typ: Org, key: e.slugKey("org:", e.text[e.toks[k].start:e.toks[k].end]), made: true})
	return k + 1
}

// innerCapital reports a word with a capital letter after its first:
// "HLTel", "VinFast".
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// direction reports whether the capitalised words i..j are points of the
// compass after a word that names a direction ("về phía Đông Nam", "theo
// hướng Tây Bắc"): a bearing, no place and no person.
func (e *extractor) direction(i, j int) bool {
	for k := i; k < j; k++ {
		if !e.is(k, classCompass) {
			return false // most names: no look-up of the cue before them
		}
	}
	return e.cueBefore(i)&cueDirection != 0
}

// openingCompound reports whether the capitalised words i..j of an
// English text are one word that opens a sentence hyphenated to a word in
// lower case: a compound such as "Twenty-five", "Four-fifths" or
// "Well-known", capitalised because it comes first. English names
// capitalise each part ("Jean-Pierre"); a Korean given name in lower case
// after the hyphen ("Jae-myung") follows its family name.
func (e *extractor) openingCompound(i, j int) bool {
	return !e.vi && j-i == 2 && e.toks[i].gap == gapStop && e.toks[i+1].gap == gapHyphen && !e.toks[i+1].capital()
}

// opensGivenNames reports whether the capitalised words k..end of an
// English text are a word that opens the sentence and is no Vietnamese
// syllable, then two or three Vietnamese syllables that do not start with
// a family name: "Later Hung Dung", whose given names may resolve to a
// full name elsewhere in the text.
func (e *extractor) opensGivenNames(k, end int) bool {
	n := end - k - 1
	return n >= 2 && n <= 3 && e.toks[k].gap == gapStop && !viSyllable(string(e.fold(k, k+1))) &&
		e.syllables(k+1, end) && !e.is(k+1, classSurname)
}

// lead drops the words that open sentences, honorifics and cue words from
// the front of the capitalised words i..j. It returns where the name
// starts, whether a title, an honorific or a cue marks it as a person, and
// the cues of kind person and place before it.
func (e *extractor) lead(i, j int) (int, bool, cueKind) {
	marked := e.marked(i)
	cue := e.cueBefore(i) & (cuePerson | cuePlace | cueEvent | cueForeignPlace)
	for k := i; k < j; k++ {
		c, n := e.cueAt(k)
		switch {
		case k == i && c&cueEvent != 0 && k+n < j && !e.is(k+n, classNotName):
			// "Typhoon Kalmaegi", "Bão Kalmaegi": the name after the cue
			// is the event's ("Storm No. 3" names none).
			cue |= cueEvent
			k += n - 1
		case e.is(k, classHonorific):
			marked = true
		case k == i && n == 1 && k+1 < j && e.toks[k].gap == gapStop && c&(cueAdmin|cuePerson|cueRoute) != 0:
			// "Huyện Quan Sơn", "Anh Hùng Dũng", "Tuyến Nhổn" opening a sentence
			cue |= c & (cuePerson | cuePlace)
		case k == i && k+n < j && c&cuePlaceHead != 0:
			// "Cape Canaveral", "Mũi Cà Mau": the place of the name after it
			cue |= cuePlace | cueForeignPlace
			k += n - 1
		case k == i && k+n < j && e.toks[k].gap == gapStop && c&cuePlaceOpens != 0:
			// "Cảng Cái Mép", "Sân bay Long Thành" opening a sentence
			cue |= cuePlace
			k += n - 1
		case !e.isLead(k) || cue != 0 || e.vietnameseName(k, j) || e.shortFormOpens(k, j) || e.hyphenatedGivenName(k, j):
			// After a cue ("quận Cầu Giấy") the run opens no clause.
			return k, marked || cue&cuePerson != 0, cue
		}
	}
	return j, marked || cue&cuePerson != 0, cue
}

// english adjusts the name k..j of an English text: the office's words
// before a Vietnamese name, and a place's cue after it ("Cau Giay
// District", "Nhon station").
func (e *extractor) english(k, j int, marked bool, cue cueKind) (int, int, bool, cueKind) {
	// "Minister of Health Nguyễn Thị Liên Hương": English words before
	// a Vietnamese name are the office's, not the name's.
	for m := k + 1; m <= j-2; m++ {
		if viSyllable(string(e.fold(m-1, m))) {
			break
		}
		if e.vietnameseName(m, j) {
			k = m
			break
		}
	}
	// "Deputy Minister of Education": what the office is of.
	if j-k == 1 && k > 0 && e.is(k-1, classLinkOf) {
		marked = false
	}
	if c, n := e.placeAfterTail(k, j); n > 0 {
		cue |= c & cueForeignPlace
		j -= n
		for j-1 > k && e.is(j-1, classPlaceWord) {
			j-- // "Tan Son Nhat International Airport": the airport of Tan Son Nhat
		}
		cue |= cuePlace
	} else if j < len(e.toks) && e.toks[j].gap == gapSpace && !e.toks[j].capital() {
		if c, _ := e.cueAt(j); c&cuePlaceAfter != 0 {
			cue |= cuePlace | c&cueForeignPlace // "Niigata prefecture"
		}
	}
	return k, j, marked, cue
}

// placeAfterTail returns the cue of kind place-after that ends the name
// k..j, of one word or more ("Cau Giay District", "Lao Bao Border Gate",
// "Nui Phao Coal Mine"), and its length; 0 for none, or for a cue that is
// the whole name.
func (e *extractor) placeAfterTail(k, j int) (cueKind, int) {
	for n := min(j-k-1, maxCueWords); n > 0; n-- {
		if c, m := e.cueAt(j - n); m == n && c&cuePlaceAfter != 0 {
			return c, n
		}
	}
	return 0, 0
}

// record records the name k..j as a place, a person or a candidate short
// reference.
func (e *extractor) record(k, j int, marked bool, cue cueKind) {
	toks := e.toks
	n := j - k
	switch {
	case n < 1 || n > 4:
	case cue&cueEvent != 0:
		e.spans = append(e.spans, span{t0: k, t1: j, typ: Event, key: e.slugKey("event:", e.text[toks[k].start:toks[j-1].end]), full: true})
	case cue&cuePlace != 0 && (e.syllables(k, j) || e.foreignPlace(k, j, cue)) && !e.personAfterProvince(k, j):
		e.spans = append(e.spans, span{t0: k, t1: j, typ: Place, key: e.slugKey("place:", e.text[toks[k].start:toks[j-1].end])})
	case n == 1:
		if toks[k].capital() && toks[k].lower() && (!e.vi || marked || toks[k].gap != gapStop) {
			e.cands = append(e.cands, candidate{tok: k, n: 1, marked: marked})
		}
	case n <= 3 && e.syllables(k, j) && !e.is(k, classSurname):
		// "Tiến Linh", "Hùng Dũng": the given names of a person named
		// in full elsewhere, or a person after a cue.
		e.cands = append(e.cands, candidate{tok: k, n: n, marked: marked})
	case e.isName(k, j, marked):
		guess := !marked && n == 2 && e.syllables(k, j)
		e.spans = append(e.spans, span{t0: k, t1: j, typ: Person, key: e.slugKey("person:", e.text[toks[k].start:toks[j-1].end]), full: true, guess: guess, cued: marked || e.actsAfter(j)})
	}
}

// foreignPlace reports a name of one or two capitalised words, not all
// of them Vietnamese syllables, that a place cue of kind foreign-place
// marks: "tỉnh Takeo", "Takeo Province", "đảo Flores".
func (e *extractor) foreignPlace(k, j int, cue cueKind) bool {
	return cue&cueForeignPlace != 0 && j-k <= 2 && e.toks[k].capital()
}

// personAfterProvince reports a full Vietnamese name of three syllables or
// more after a word of the level of a province, which names no province:
// every province is in the gazetteer, so "Chủ tịch UBND tỉnh Trịnh Văn
// Khải" names the chairman, not a province.
func (e *extractor) personAfterProvince(k, j int) bool {
	return e.vi && j-k >= 3 && e.cueBefore(k)&cueProvince != 0 && e.vietnameseName(k, j)
}

// syllables reports whether tokens i..j are all Vietnamese syllables.
func (e *extractor) syllables(i, j int) bool {
	for k := i; k < j; k++ {
		if !viSyllable(string(e.fold(k, k+1))) {
			return false
		}
	}
	return true
}

// vietnameseName reports whether tokens i..j are two to four Vietnamese
// syllables that start with a family name, such as "To Lam" whose "To"
// would otherwise be taken for an English word.
func (e *extractor) vietnameseName(i, j int) bool {
	if j-i < 2 || j-i > 4 || !e.is(i, classSurname) {
		return false
	}
	for k := i; k < j; k++ {
		if !viSyllable(string(e.fold(k, k+1))) {
			return false
		}
	}
	return true
}

// shortFormOpens reports whether token k, before the end j of a run of
// capitalised words, is an ambiguous short form of the table (flag ctx:
// Mỹ, Anh, Đức) followed by a capitalised Vietnamese syllable: then it
// opens a name ("Mỹ Đình", "My Tho", "Anh Sơn"), though in English "My"
// would open a sentence.
func (e *extractor) shortFormOpens(k, j int) bool {
	if k+1 >= j || e.toks[k+1].gap != gapSpace || !viSyllable(string(e.fold(k+1, k+2))) || e.vietnameseName(k+1, j) {
		return false // "My Nguyen Van An": the name is after it
	}
	for _, f := range tables().vi.formsOf(e.fold(k, k+1)) {
		if f.ctx {
			return true
		}
	}
	return false
}

// isName decides whether tokens i..j, capitalised, are a person's name.
func (e *extractor) isName(i, j int, marked bool) bool {
	vietnamese := true
	for k := i; k < j; k++ {
		if !viSyllable(string(e.fold(k, k+1))) {
			vietnamese = false
			break
		}
	}
	if vietnamese {
		// "Chủ Nhật" (Sunday) starts with the fold of Chu; "Đỗ Mười"
		// is a name.
		return marked || e.is(i, classSurname) && !e.calendar(i, i+1)
	}
	for k := i; k < j; k++ {
		if t := &e.toks[k]; t.upper >= 2 && !t.lower() && !(k == j-1 && k > i && isRoman(string(e.fold(k, k+1)))) {
			return false // "TNHH MTV", words in capitals; but "Charles III"
		}
		// "in" of "Moon Jae-in" is a syllable, not the English word;
		// "League" of "V-League" is the word; "Park" of "Park
		// Jae-hoon" a family name before a hyphenated given name.
		if e.is(k, classNotName) && (k == i || e.toks[k].gap != gapHyphen || e.toks[k].capital()) && !(k == i && e.hyphenatedGivenName(i, j)) {
			return false
		}
	}
	return true
}

// hyphenatedGivenName reports a family name at token i followed by a
// given name of two hyphenated syllables that ends at j, as Korean names
// are written: "Park Jae-hoon", "Moon Jae-in".
func (e *extractor) hyphenatedGivenName(i, j int) bool {
	return j-i == 3 && e.is(i, classSurname) && e.toks[i+1].gap == gapSpace && e.toks[i+2].gap == gapHyphen
}

// marked reports whether token i follows an honorific ("ông Lâm", "Mr.
// Wong") or a title, with at most countries, organisations and connecting
// words between them ("Thủ tướng Singapore Lawrence Wong").
func (e *extractor) marked(i int) bool {
	if i == 0 {
		return false
	}
	if e.is(i-1, classHonorific) {
		gap := e.text[e.toks[i-1].end:e.toks[i].start]
		return gap == " " || gap == ". " || e.toks[i].gap <= gapHyphen
	}
	return e.titleBefore(len(e.spans), i) != ""
}

// spansByWord indexes spans by words of their Fold form: the spans of
// the word of id i are spans[starts[i]:starts[i+1]], in the order they
// were added. Its keys are made once a word, and its lists are one slice:
// a list of its own for each word grew by doubling, as often as news
// repeats a name.
type spansByWord struct {
	ids     map[string]int
	starts  []int
	spans   []int
	entries []wordEntry // what add recorded, until index
}

// A wordEntry is a span recorded under the word of id word.
type wordEntry struct{ word, span int }

// add records span k under the word w.
func (m *spansByWord) add(w []byte, k int) {
	id, ok := m.ids[string(w)]
	if !ok {
		if m.ids == nil {
			m.ids = map[string]int{}
		}
		id = len(m.ids)
		m.ids[string(w)] = id
	}
	m.entries = append(m.entries, wordEntry{id, k})
}

// index lays out the spans that add recorded by word, which at then
// reads.
func (m *spansByWord) index() {
	m.starts = make([]int, len(m.ids)+1)
	for _, en := range m.entries {
		m.starts[en.word+1]++
	}
	for i := 1; i < len(m.starts); i++ {
		m.starts[i] += m.starts[i-1]
	}
	next := slices.Clone(m.starts[:len(m.ids)])
	m.spans = make([]int, len(m.entries))
	for _, en := range m.entries {
		m.spans[next[en.word]] = en.span
		next[en.word]++
	}
}

// at returns the spans recorded under the word w.
func (m *spansByWord) at(w []byte) []int {
	if id, ok := m.ids[string(w)]; ok {
		return m.spans[m.starts[id]:m.starts[id+1]]
	}
	return nil
}

// resolve turns candidates into people: a word that is the first or last
// word of a full name in the text takes that name's key (the nearest one
// before it, else the nearest after it); a word after a title or an
// honorific that resolves to no name is a person of its own.
func (e *extractor) resolve() {
	if len(e.cands) == 0 {
		return
	}
	// The full names, in text order, by their first and by their last word.
	names := spansByWord{entries: e.wordEntries[:0]} // word → indices into e.spans
	for k, s := range e.spans {
		if s.full {
			first, last := e.fold(s.t0, s.t0+1), e.fold(s.t1-1, s.t1)
			names.add(first, k)
			if !bytes.Equal(last, first) {
				names.add(last, k)
			}
			// The given names: "Tiến Linh" of "Nguyễn Tiến Linh".
			for m := 2; m < s.t1-s.t0; m++ {
				names.add(e.fold(s.t1-m, s.t1), k)
			}
		}
	}
	names.index()
	e.wordEntries = names.entries[:0] // kept for the next text
	n := len(e.spans)
	var at spanCursor
	for _, c := range e.cands {
		// A candidate may since have become part of a name defined by
		// an acronym after it.
		j := e.spanFromCursor(&at, n, c.tok)
		if j < n && e.spans[j].t0 < c.tok+c.n || j > 0 && e.spans[j-1].t1 > c.tok {
			continue
		}
		w := e.fold(c.tok, c.tok+c.n)
		if c.n == 1 && e.isLead(c.tok) {
			continue
		}
		key, typ := "", Person
		if ks := names.at(w); len(ks) > 0 {
			// The nearest name before the word, else the first after it.
			j, _ := slices.BinarySearchFunc(ks, c.tok, func(k, tok int) int { return e.spans[k].t0 - tok })
			if j > 0 {
				j--
			}
			key, typ = e.spans[ks[j]].key, e.spans[ks[j]].typ // a person's, or an event's: "(Kalmaegi)"
		}
		t0 := c.tok
		if key == "" && c.lead > 0 && e.isName(c.tok-c.lead, c.tok+c.n, false) {
			// "Park Hang Seo": the sentence opens with a foreign name.
			t0 = c.tok - c.lead
			key = e.slugKey("person:", e.text[e.toks[t0].start:e.toks[c.tok+c.n-1].end])
		}
		if key == "" && !c.marked && e.routeEnd(c.tok, c.n) {
			// "từ Nhổn đến Cầu Giấy" on a metro line: places.
			typ, key = Place, e.slugKey("place:", e.text[e.toks[c.tok].start:e.toks[c.tok+c.n-1].end])
		}
		if key == "" && !c.marked && e.givenNames(c.tok, c.n) {
			// "Hùng Dũng đá phạt góc": given names with no cue, taken
			// on the evidence of the words around them (unknown.go).
			e.pending = append(e.pending, c)
			continue
		}
		if key == "" && c.marked {
			// A word after a title, an honorific or a cue ("ông Lâm",
			// "đội trưởng Hùng Dũng"). Unmarked capitalised words that
			// resolve to no name stay out: "Tết Bính Ngọ", "Móng Cái".
			key = e.slugKey("person:", e.text[e.toks[c.tok].start:e.toks[c.tok+c.n-1].end])
		}
		if key != "" {
			e.spans = append(e.spans, span{t0: t0, t1: c.tok + c.n, typ: typ, key: key, cued: c.marked && typ == Person})
		}
	}
	e.acceptGivenNames(n)
	e.merge(n)
}

// spanFrom returns the index of the first of the spans before n, which
// are in text order, that starts at token tok or after it; n if none
// does.
func (e *extractor) spanFrom(n, tok int) int {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if e.spans[h].t0 < tok {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// A spanCursor remembers the token last asked of spanFromCursor, and
// spanFrom of it.
type spanCursor struct{ tok, from int }

// spanFromCursor returns spanFrom(n, tok). For a token not before the
// last one asked of c, it walks on from the span found then: resolve asks
// of its candidates in text order, a few spans apart, where a binary
// search of each read spans far apart in memory.
func (e *extractor) spanFromCursor(c *spanCursor, n, tok int) int {
	if tok < c.tok {
		c.from = e.spanFrom(n, tok)
	}
	for c.from < n && e.spans[c.from].t0 < tok {
		c.from++
	}
	c.tok = tok
	return c.from
}

// merge merges the spans before n and those after it, each part in text
// order, into one list in text order (of two spans that start together,
// the later part's first). It merges in place, from the end, with a copy
// of the spans after n made past the end of the list.
func (e *extractor) merge(n int) {
	m := len(e.spans)
	if m == n {
		return
	}
	e.spans = append(e.spans, e.spans[n:]...)
	b := e.spans[m:]
	i, j := n-1, len(b)-1
	for w := m - 1; j >= 0; w-- {
		if i >= 0 && e.spans[i].t0 >= b[j].t0 {
			e.spans[w] = e.spans[i]
			i--
		} else {
			e.spans[w] = b[j]
			j--
		}
	}
	clear(b) // drop the copies' key strings
	e.spans = e.spans[:m]
}

// titlesAsSurnames reads a title of one word that is also a family name
// (words.tsv, title-surname) right after an English name, with only a
// space between, as the last word of the name: "Martin Luther King". A
// title after a name is set off by a comma ("Lawrence Wong, Prime
// Minister of Singapore"), and one followed by "of" is no surname.
func (e *extractor) titlesAsSurnames() {
	if e.vi {
		return
	}
	n := 0 // the spans kept, moved down over those taken in: most stay where they are
	for k := 0; k < len(e.spans); k++ {
		s := &e.spans[k]
		if k+1 < len(e.spans) && s.typ == Person && e.surnameTitle(s, &e.spans[k+1]) {
			s.t1 = e.spans[k+1].t1
			s.key = e.slugKey("person:", e.text[e.toks[s.t0].start:e.toks[s.t1-1].end])
			k++
		}
		if n != k {
			e.spans[n] = *s
		}
		n++
	}
	e.spans = e.spans[:n]
}

// nameSuffixes makes a word of the class name-suffix (words.tsv) right
// after a person's name its last word: "Martin Luther King Jr.", not the
// person "Jr".
func (e *extractor) nameSuffixes() {
	n := 0 // the spans kept, moved down over the suffixes taken in: most stay where they are
	for k := 0; k < len(e.spans); k++ {
		s := &e.spans[k]
		if m := s.t1; s.typ == Person && m < len(e.toks) && e.toks[m].gap <= gapComma && e.is(m, classNameSuffix) {
			s.t1 = m + 1
			s.key = e.slugKey("person:", e.text[e.toks[s.t0].start:e.toks[m].end])
			if k+1 < len(e.spans) && e.spans[k+1].t0 == m {
				k++ // the suffix taken for a name of its own
			}
		}
		if n != k {
			e.spans[n] = *s
		}
		n++
	}
	e.spans = e.spans[:n]
}

// surnameTitle reports whether the title span t, right after the person
// p, is the last word of p's name.
func (e *extractor) surnameTitle(p, t *span) bool {
	return t.typ == Title && t.t0 == p.t1 && t.t1 == t.t0+1 && e.toks[t.t0].gap == gapSpace &&
		e.is(t.t0, classTitleSurname) && (t.t1 == len(e.toks) || !e.is(t.t1, classLinkOf))
}

// bindTitles gives each person the title before it ("Thủ tướng Singapore
// Lawrence Wong", "General Secretary of the CPV Tô Lâm"), or else the one
// right after it ("Lawrence Wong, Prime Minister of Singapore").
func (e *extractor) bindTitles() {
	for k := range e.spans {
		p := &e.spans[k]
		if p.typ != Person {
			continue
		}
		if t := e.titleBefore(k, p.t0); t != "" {
			p.title = t
		} else if k+1 < len(e.spans) {
			s := &e.spans[k+1]
			// "Lawrence Wong, Prime Minister of Singapore", "Wong, the
			// Prime Minister", "Hải, cựu Chủ tịch"; not "Wong and
			// Minister Tan".
			// s starts at or after p.t1
			if s.typ == Title && s.t0 <= p.t1+1 && e.toks[p.t1].gap <= gapPunct && (s.t0 == p.t1 || e.is(p.t1, classConnector) && !e.is(p.t1, classAnd) || e.is(p.t1, classFormer)) {
				p.title = s.key
			} else if s.typ == Title && e.givesTitle(p.t1, s.t0) {
				p.title = s.key
			}
		}
	}
}

// maxGiving bounds the words between a person's name and the title that
// words of the class gives give it: "được bổ nhiệm làm".
const maxGiving = 4

// givesTitle reports whether the tokens [from, to), between a person's
// name and a title, give the person that title: at most maxGiving words
// in one clause, the last of the class gives ("giữ chức Chủ tịch",
// "được bầu làm", "as chairman", "was named chief executive").
func (e *extractor) givesTitle(from, to int) bool {
	start := e.pastAside(from, to)
	if to <= start || to-start > maxGiving || !e.is(to-1, classGives) {
		return false
	}
	for t := start; t <= to; t++ {
		closesAside := t == start && start > from // the comma or bracket after "48 tuổi"
		if e.toks[t].gap != gapSpace && !closesAside || t < to && e.toks[t].capital() {
			return false // another clause, or another name
		}
	}
	return true
}

// maxAside bounds the words of an aside between commas or brackets that
// pastAside skips: an age, "48 tuổi".
const maxAside = 3

// pastAside returns the token after a short aside that commas or
// brackets set off right after a name, in lower case or digits ("Hà, 48
// tuổi, được bổ nhiệm làm", "Ha, 48, was named"), or from for none.
func (e *extractor) pastAside(from, to int) int {
	if from >= to || e.toks[from].gap != gapComma && e.toks[from].gap != gapPunct {
		return from
	}
	for t := from; t < to && t <= from+maxAside; t++ {
		if t > from && (e.toks[t].gap == gapComma || e.toks[t].gap == gapPunct) {
			return t
		}
		if e.toks[t].capital() || e.toks[t].gap != gapSpace && t > from {
			return from
		}
	}
	return from
}

// titleBefore returns the key of the title held by a person whose name
// starts at token t0 and would be span k, according to the words before
// it: the nearest title, with only countries, organisations, places and
// connecting words between, in the same sentence. It returns "" if there
// is none.
func (e *extractor) titleBefore(k, t0 int) string {
	if t0 > 0 && e.toks[t0].gap >= gapPunct && strings.Contains(e.text[e.toks[t0-1].end:e.toks[t0].start], "(") { // a bracket is gapPunct or more
		return "" // "the Vietnam Fruit and Vegetables Association (Vinafruit)": the body's short name
	}
	next := t0 // the first token known to be between the title and the person
	for j := k - 1; j >= 0; j-- {
		s := &e.spans[j]
		if t0-s.t1 > 12 {
			return ""
		}
		// No title gives a name across a sentence end, and most names
		// that open a sentence end the search here, before the words
		// between are read.
		for t := s.t1; t <= next && t < len(e.toks); t++ {
			if e.toks[t].gap == gapStop {
				return ""
			}
		}
		if !e.titleReaches(s, next) {
			return ""
		}
		switch s.typ {
		case Title:
			return s.key
		case Country, Org, Place:
			next = s.t0
		default:
			return ""
		}
	}
	return ""
}

// titleReaches reports whether the words from the end of the span s up
// to token next may stand between a title, or what a title's holder is
// of, and the name after them.
func (e *extractor) titleReaches(s *span, next int) bool {
	// "Minister of Health Nguyễn Thị Liên Hương": after a title's
	// "of", the capitalised words of what it is the title of.
	of := false
	for t := s.t1; t < next; t++ {
		switch {
		case s.typ == Title && !e.vi && e.is(t, classLinkOf) && t == s.t1:
			of = true
		case of && (e.toks[t].capital() || e.is(t, classAnd)) && t-s.t1 <= 5:
		case e.adminWord(t):
			// "Chủ tịch UBND tỉnh Hoàng Văn Sơn", "Chairman of
			// the provincial People's Committee Hoang Van Son".
		case e.vi && e.cueKinds(t, 1)&cueBody != 0:
			// "Phó giám đốc Sở Lương Thị Hoa" (holderAfterBody).
		case !e.is(t, classConnector):
			return false
		}
	}
	return true
}

// adminWord reports a one-word cue of the level of a body (cues.tsv,
// admin): "tỉnh", "provincial", "municipal".
func (e *extractor) adminWord(t int) bool {
	c, n := e.cueAt(t)
	return n == 1 && c&cueAdmin != 0
}

func (e *extractor) entities() []Entity {
	if len(e.spans) == 0 {
		return nil
	}
	out := make([]Entity, len(e.spans))
	for k, s := range e.spans {
		start, end := int(e.toks[s.t0].start), int(e.toks[s.t1-1].end)
		out[k] = Entity{Start: start, End: end, Text: e.text[start:end], Type: s.typ, Key: s.key, Title: s.title, Adjective: s.adj, Cued: s.cued, Ambiguous: s.ambiguous}
	}
	return out
}
