package entities

import "strings"

// A cueKind says what a cue word of data/cues.tsv tells about the words
// next to it; its header describes the kinds.
type cueKind uint32

const (
	cueAdmin cueKind = 1 << iota
	cuePlace
	cuePlaceAfter
	cuePerson
	cueCredit
	cueSource
	cueAgency
	cueDateline
	cueLead
	cueCompany
	cueLegal
	cueRoute
	cueFrom
	cueTo
	cueCalendar
	cueAction
	cueAdverb
	cueToPerson
	cueAnd
	cueBody
	cueProvince
	cueDirection
	cueEvent
	cuePlaceOpens
	cueDescriptor
	cueFirm
	cueFirmEnd
	cueForeignPlace
	cuePlaceHead
)

// A cue is a word of data/cues.tsv: its kinds and its diacritics, so
// that "đảo" (island) is not "đạo" of "tiền đạo" (striker).
type cue struct {
	kind  cueKind
	text  string // as data/cues.tsv writes it
	marks string // marks(text)
}

// cueKinds returns the kinds of the cue written as tokens i..i+n, or 0.
// Vietnamese decides on the diacritics: "Chu" is not "chú".
func (e *extractor) cueKinds(i, n int) cueKind {
	if n == 1 && !e.at(i, placeCueOne) || n > 1 && !e.at(i+n-1, placeCueLast) {
		return 0 // the words are no cue of the tables: most words
	}
	m := &e.cueMemo[(i*maxCueWords+n)%len(e.cueMemo)]
	if m.tok == i+1 && m.n == n {
		return m.kind
	}
	k := e.lookUpCue(i, n)
	*m = cueMemory{tok: i + 1, n: n, kind: k}
	return k
}

// cueMemory is what cueKinds found for the tokens tok-1..tok-1+n; tok
// is 0 where it holds nothing.
type cueMemory struct {
	tok, n int
	kind   cueKind
}

// lookUpCue is cueKinds for words that may be a cue: it looks them up.
func (e *extractor) lookUpCue(i, n int) cueKind {
	cs := e.x.cuesOf(e.fold(i, i+n))
	if len(cs) == 0 {
		return 0
	}
	if !e.vi {
		var k cueKind
		for _, c := range cs {
			k |= c.kind
		}
		return k
	}
	s := e.text[e.toks[i].start:e.toks[i+n-1].end]
	var k cueKind
	for _, c := range cs {
		// Most text is NFC and spells the cue as the table does, but
		// for the case; marks() also takes NFD and tones placed
		// otherwise. Whether s is NFC is asked only of a spelling that
		// differs: two searches of s, at every cue, were 3 % of the
		// time of Vietnamese news; and of no cue of a text that has
		// no combining diacritic at all (e.nfc), which most have.
		if s == c.text || equalFold(s, c.text) || !e.nfc && !isNFC(s) && e.hasMarks(s, c.marks) {
			k |= c.kind
		}
	}
	return k
}

// maxCueWords is the most words a cue may have.
const maxCueWords = 5

// cueAt returns the kinds of the longest cue that starts at token i and
// the number of its tokens, or 0, 0; a token that starts no cue is one
// test. (A memory of the cue of each token, tried, saved no measurable
// time and cost 4 bytes a token: Compare's 8 MB at 1,000 sentences.)
func (e *extractor) cueAt(i int) (cueKind, int) {
	if e.firsts[i].cues == 0 {
		return 0, 0
	}
	return e.longestCue(i)
}

// longestCue finds the longest cue at token i, which starts one.
func (e *extractor) longestCue(i int) (cueKind, int) {
	most := min(int(e.firsts[i].cues), len(e.toks)-i)
	reach := min(1, most) // the tokens from i that a cue may cover: words of cues after i
	for reach < most && e.at(i+reach, placeCueWord) {
		reach++
	}
	for n := reach; n > 0; n-- {
		if !e.joined(i, n) {
			continue
		}
		if k := e.cueKinds(i, n); k != 0 {
			return k, n
		}
	}
	return 0, 0
}

// cueBefore returns the kinds of the longest cue that ends just before
// token i, in the same clause.
func (e *extractor) cueBefore(i int) cueKind {
	if i == 0 || e.toks[i].gap > gapHyphen {
		return 0
	}
	for n := e.cueReachBack(i); n > 0; n-- {
		if int(e.firsts[i-n].cues) < n || !e.joined(i-n, n) {
			continue
		}
		if k := e.cueKinds(i-n, n); k != 0 {
			if k&cueDescriptor != 0 && k&^cueDescriptor == 0 {
				// "sân vận động Quốc gia Mỹ Đình": the place word
				// before the descriptor is the name's cue.
				return e.cueBefore(i-n) & cuePlace
			}
			return k
		}
	}
	return 0
}

// descriptorAfterPlace returns the length of a descriptor (cues.tsv,
// descriptor) at token i right after a place word, or 0: "Quốc gia" of
// "sân vận động Quốc gia Mỹ Đình", no name of its own.
func (e *extractor) descriptorAfterPlace(i int) int {
	c, n := e.cueAt(i)
	if c&cueDescriptor == 0 || e.cueBefore(i)&cuePlace == 0 {
		return 0
	}
	return n
}

// cueReachBack returns the most tokens of a cue that ends just before
// token i: one if no cue of several words ends with the word before i,
// else up to maxCueWords, of which all but the first are words of cues
// after their first.
func (e *extractor) cueReachBack(i int) int {
	most := min(maxCueWords, i)
	if most > 1 && !e.at(i-1, placeCueLast) {
		return 1
	}
	n := 1
	for n < most && e.at(i-n, placeCueWord) {
		n++
	}
	return n
}

// maxRouteReach is how many words from the end of a route its route cue
// may stand: "Tuyến Nhổn - ga Hà Nội, đoạn trên cao, chạy từ Nhổn đến Cầu
// Giấy".
const maxRouteReach = 16

// routeEnd reports whether the capitalised words tok..tok+n are an end of
// a route, with a route cue in the same sentence: "từ Nhổn đến Cầu Giấy",
// "from Nhon to Cau Giay", "tuyến Nhổn - ga Hà Nội".
func (e *extractor) routeEnd(tok, n int) bool {
	return e.routeShape(tok, tok+n) && e.routeCueNear(tok, tok+n)
}

// routeShape reports whether tokens tok..end stand where a route puts its
// ends: between "từ" and "đến", after the "đến" of a "từ", or on either
// side of a dash before a capitalised word or a place cue.
func (e *extractor) routeShape(tok, end int) bool {
	toks := e.toks
	var before, after cueKind
	if tok > 0 && toks[tok].gap == gapSpace {
		before = e.cueKinds(tok-1, 1)
	}
	if end < len(toks) && toks[end].gap == gapSpace {
		after = e.cueKinds(end, 1)
	}
	switch {
	case before&cueFrom != 0 && after&cueTo != 0, before&cueTo != 0 && e.fromBefore(tok-1):
		return true
	case toks[tok].gap == gapDash && tok > 0 && toks[tok-1].capital() && !toks[tok-1].mute():
		return true // "Nhổn - Cầu Giấy": Cầu Giấy
	case end < len(toks) && toks[end].gap == gapDash:
		c, _ := e.cueAt(end)
		return toks[end].capital() || c&cuePlace != 0 // "Nhổn - ga Hà Nội": Nhổn
	}
	return false
}

// fromBefore reports whether a word of kind route-from opens the clause
// before the route-to word at token to, a few words before it.
func (e *extractor) fromBefore(to int) bool {
	for m := to - 1; m >= 0 && m >= to-maxRouteReach && e.toks[m+1].gap <= gapDash; m-- {
		if e.cueKinds(m, 1)&cueFrom != 0 {
			return true
		}
	}
	return false
}

// routeCueNear reports whether a route cue stands within maxRouteReach
// words of tokens tok..end, in the same sentence.
func (e *extractor) routeCueNear(tok, end int) bool {
	for m := tok - 1; m >= 0 && m >= tok-maxRouteReach && e.toks[m+1].gap < gapStop; m-- {
		if c, _ := e.cueAt(m); c&cueRoute != 0 {
			return true
		}
	}
	for m := end; m < len(e.toks) && m < end+maxRouteReach && e.toks[m].gap < gapStop; m++ {
		if c, _ := e.cueAt(m); c&cueRoute != 0 {
			return true
		}
	}
	return false
}

// joined reports whether tokens i..i+n are separated by spaces or hyphens
// only.
func (e *extractor) joined(i, n int) bool {
	for k := i + 1; k < i+n; k++ {
		if e.toks[k].gap > gapHyphen {
			return false
		}
	}
	return true
}

// isLead reports whether token k opens sentences and clauses and never a
// name: a cue of kind lead in Vietnamese, a word of the class not-name (data/words.tsv) in English.
func (e *extractor) isLead(k int) bool {
	if e.vi {
		return e.cueKinds(k, 1)&cueLead != 0
	}
	return e.is(k, classNotName)
}

// opensBody reports whether the capitalised words from token k on open
// the name of a body ("Hiệp hội Cà phê - Ca cao", "Trường Đại học Bách
// khoa"): a cue of kind body followed by a capitalised word. Such words
// name a body, not a person, wherever they stand (after a title, the
// body the office is of); a body word alone ("Giám đốc Trường cho
// biết") may still be a given name.
func (e *extractor) opensBody(k int) bool {
	if !e.vi || k >= len(e.toks) {
		return false
	}
	c, n := e.cueAt(k)
	if c&cueBody == 0 {
		return false
	}
	// A capitalised word after the cue, or in it: "Trường THPT chuyên".
	for m := k + 1; m <= k+n && m < len(e.toks) && e.toks[m].gap <= gapHyphen; m++ {
		if e.toks[m].capital() {
			return true
		}
	}
	return false
}

// holderAfterBody returns the token after a body word at token k that
// stands between a title ending right before it and a person's full name
// right after it: the body word names the body of the office, the name
// its holder ("Phó giám đốc Sở Lương Thị Hoa", the department's deputy
// director). It returns k when there is none.
func (e *extractor) holderAfterBody(k int) int {
	last := len(e.spans) - 1
	if !e.vi || last < 0 || k >= len(e.toks) || e.spans[last].typ != Title || e.spans[last].t1 != k {
		return k
	}
	if c, n := e.cueAt(k); c&cueBody != 0 && n == 1 && e.personAhead(k+1) {
		return k + 1
	}
	return k
}

// afterBody reports whether a cue of kind body written with a capital
// ends just before token k: the name after it is the body's ("Trường THPT
// chuyên Lê Hồng Phong", a school, not the man it is named after).
func (e *extractor) afterBody(k int) bool {
	if !e.vi || k == 0 || k >= len(e.toks) || e.toks[k].gap > gapHyphen {
		return false
	}
	for n := e.cueReachBack(k); n > 0; n-- {
		if int(e.firsts[k-n].cues) < n || !e.joined(k-n, n) {
			continue
		}
		if e.cueKinds(k-n, n)&cueBody != 0 {
			return e.toks[k-n].capital()
		}
	}
	return false
}

// afterFirm reports whether a cue of kind firm, in either case, ends just
// before token k: the name after it is a firm's, not a person's ("hãng tàu
// Wan Feng Shipping", "Chinese carrier Wan Feng Shipping").
func (e *extractor) afterFirm(k int) bool {
	return k < len(e.toks) && e.cueBefore(k)&cueFirm != 0
}

// maxBodyName is the most words of an English body's name that follow
// its first capitalised words: "Fruit and Vegetables Association".
const maxBodyName = 6

// englishBody returns the end of the name of a body, in English (or
// quoted in Vietnamese, when the words end with the body word), that the
// capitalised words k..j open: those words, then capitalised words and the
// words "and" and "of", up to a body word (cues.tsv, body) that closes the
// name ("Song Da Construction Corporation", "the Vietnam Fruit and
// Vegetables Association"). Such words name no person. A name the table
// knows ends the search, but for a place, which a body's name may hold
// ("Evergreen Asia Partners"): "Hanwha Energy and Korea Gas Corporation"
// are two bodies.
func (e *extractor) englishBody(k, j int) (int, bool) {
	if j-k >= 2 && (e.firmEnd(j-1) || !e.vi && e.bodyWord(j-1)) {
		return j, true // "Sakura Holdings", in either language
	}
	if e.vi {
		return 0, false
	}
	for m := j; m < len(e.toks) && m < j+maxBodyName && e.toks[m].gap <= gapHyphen; m++ {
		_, f, known := e.lookup(m)
		switch {
		case known && f.typ != Place:
			return 0, false
		case e.bodyWord(m):
			return m + 1, true
		case e.is(m, classLinkOf) && j-k >= 2 && e.is(k, classSurname):
			return 0, false // "Hoang Minh Duc of Le Hong Phong High School": a person of the body
		case e.toks[m].capital() || e.is(m, classAnd) || e.is(m, classLinkOf):
		default:
			return 0, false
		}
	}
	return 0, false
}

// bodyWord reports a capitalised word of kind body or firm-end at token
// m.
func (e *extractor) bodyWord(m int) bool {
	return e.toks[m].capital() && e.cueKinds(m, 1)&(cueBody|cueFirmEnd) != 0
}

// firmEnd reports a capitalised word of kind firm-end at token m.
func (e *extractor) firmEnd(m int) bool {
	return e.toks[m].capital() && e.cueKinds(m, 1)&cueFirmEnd != 0
}

// bodyOfPlace returns the end of an English body's name that a place
// abroad of the table at tokens i..j opens (englishBody): "Toronto
// General Hospital" is a hospital, not Toronto, as "Bệnh viện Đa khoa
// Toronto" is. A place of Viet Nam stays a place there ("Vinh Long
// General Hospital", "Bệnh viện Đa khoa tỉnh Vĩnh Long").
func (e *extractor) bodyOfPlace(i, j int, f *form) (int, bool) {
	if e.vi || f.typ != Place || !f.abroad {
		return 0, false
	}
	end, ok := e.englishBody(i, j)
	return end, ok && end > j
}

// maxCompany is the most tokens of a company's name after its legal form.
const maxCompany = 10

// company reads the name of a Vietnamese company that starts at token i
// ("Công ty TNHH MTV Xây dựng Hòa Bình"): a cue of kind company written
// with a capital, the words of its legal form, and a name that opens with
// a capital and runs on over single lower-case words between capitalised
// ones. It returns where the name starts and the token after it, or i, i.
func (e *extractor) company(i int) (int, int) {
	if !e.vi || !e.toks[i].capital() || !e.at(i, placeCompanyFirst) {
		return i, i
	}
	c, n := e.cueAt(i)
	if c&cueCompany == 0 {
		return i, i
	}
	k := i + n
	for k < len(e.toks) && e.toks[k].gap <= gapHyphen {
		c, m := e.cueAt(k)
		if c&cueLegal == 0 {
			break
		}
		k += m
	}
	k = e.afterNationality(k)
	start := k
	for k < len(e.toks) && k-start < maxCompany && e.toks[k].gap <= gapHyphen && !e.toks[k].mute() && e.toks[k].letters() {
		next := k+1 < len(e.toks) && e.toks[k+1].gap <= gapHyphen && e.toks[k+1].capital()
		if !e.toks[k].capital() && (k == start || !next || e.isLead(k)) {
			break // "... Việt Nam và Công ty ..."
		}
		if c, _ := e.cueAt(k); k > start && c&cueCompany != 0 {
			break
		}
		if k > start && e.personAhead(k) {
			break // "Trường Đại học Cần Thơ Hà Thanh Toàn": the rector after the school
		}
		k++
	}
	if k == start {
		return i, i
	}
	return start, k
}

// afterNationality returns the token after a country's name at token k
// that says where the company named after it is from ("Tập đoàn Hàn Quốc
// Daehan Semicon" is the group Daehan Semicon, of South Korea), or k.
func (e *extractor) afterNationality(k int) int {
	if k >= len(e.toks) {
		return k
	}
	n, f, ok := e.lookup(k)
	if !ok || f.typ != Country || k+n >= len(e.toks) || !e.toks[k+n].capital() || e.toks[k+n].gap > gapHyphen {
		return k
	}
	return k + n
}

// personAhead reports a Vietnamese person's full name at token k: a
// family name (data/surnames.txt) and two more capitalised words joined
// to it, which ends the name of a body before it.
func (e *extractor) personAhead(k int) bool {
	if k+2 >= len(e.toks) || !e.toks[k].capital() || !e.is(k, classSurname) {
		return false
	}
	for m := k + 1; m <= k+2; m++ {
		if !e.toks[m].capital() || e.toks[m].gap > gapHyphen {
			return false
		}
	}
	return true
}

// isNFC reports, quickly and without allocating, whether s may be in
// Unicode Normalization Form C as Vietnamese text is written: it holds no
// combining diacritic of U+0300 to U+036F (UTF-8 bytes 0xCC and 0xCD).
func isNFC(s string) bool {
	return strings.IndexByte(s, 0xCC) < 0 && strings.IndexByte(s, 0xCD) < 0
}
