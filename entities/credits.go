package entities

import (
	"strings"
	"unicode/utf8"
)

// This file finds the parts of a text that name no entity though they
// hold names: datelines ("HÀ NỘI (VNS) —"), credits and bylines ("Ảnh:
// TTXVN", "Photo: VNA/VNS") and agency tags ("(TPO)", "VNA/VNS", "Theo
// VnExpress"), or opening a sentence before a dash ("TPO - "). Their tokens are muted before the scan. The words are in
// data/cues.tsv.

// maxDateline is the most tokens a dateline may have before its dash.
const maxDateline = 12

// maxCredit is the most tokens a credit may have after its colon.
const maxCredit = 12

// muteCredits mutes the datelines, credits and agency tags of the text.
func (e *extractor) muteCredits() {
	for i := 0; i < len(e.toks); i++ {
		if i = e.mayOpenFrom(i); i == len(e.toks) {
			break
		}
		start := e.lineStart(i)
		if start {
			if k := e.dateline(i); k > i {
				e.mute(i, k)
				i = k - 1
				continue
			}
		}
		if !e.mayOpenCredit(i, start) {
			continue // most words
		}
		if k := e.credit(i); k > i {
			e.mute(i, k)
			i = k - 1
			continue
		}
		if e.agencyTag(i) {
			e.mute(i, i+1)
		}
	}
}

// mayOpenFrom returns the first token from i on that may open a line,
// a credit or an agency tag, or len(e.toks): the first token, one after
// a sentence end, or one that mayOpenCredit may take. Most tokens are
// none of these, and are passed over in a loop that tests only them.
func (e *extractor) mayOpenFrom(i int) int {
	if i == 0 {
		return 0
	}
	toks, firsts := e.toks, e.firsts[:len(e.toks)]
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.gap == gapStop || firsts[i].cues != 0 && (t.capital() || t.gap == gapPunct) {
			break
		}
	}
	return i
}

// mayOpenCredit reports whether a credit or an agency tag may start at
// token i, which opens a line if start: a word that starts a cue, with a
// capital letter, or else opening a line or after punctuation, which a
// credit may be ("ảnh: TTXVN"). Half the words of Vietnamese start some
// cue, and most are in lower case in the middle of a sentence.
func (e *extractor) mayOpenCredit(i int, start bool) bool {
	t := &e.toks[i]
	return e.firsts[i].cues != 0 && (t.capital() || start || t.gap == gapPunct)
}

func (e *extractor) mute(i, j int) {
	for k := i; k < j; k++ {
		e.toks[k].flags |= tokMute
	}
}

// gapText returns the text between token i-1 and token i, or before the
// first token.
func (e *extractor) gapText(i int) string {
	if i == 0 {
		return e.text[:e.toks[0].start]
	}
	if i >= len(e.toks) {
		return e.text[e.toks[len(e.toks)-1].end:]
	}
	return e.text[e.toks[i-1].end:e.toks[i].start]
}

// lineStart reports whether token i opens a line. It is inlined, as
// muteCredits asks it of every token.
func (e *extractor) lineStart(i int) bool {
	return i == 0 || e.toks[i].gap == gapStop && e.breaksLine(i)
}

// breaksLine reports whether a line break is in the gap before token i.
func (e *extractor) breaksLine(i int) bool {
	return hasLineBreak(e.gapText(i))
}

// hasLineBreak is strings.ContainsAny(s, "\n\r\u2028\u2029"), read byte
// by byte: no byte of these runes is part of another's UTF-8, valid or
// not, and each sentence end of a text asks.
func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r':
			return true
		case lineSepLead:
			if strings.HasPrefix(s[i:], "\u2028") || strings.HasPrefix(s[i:], "\u2029") {
				return true
			}
		}
	}
	return false
}

// lineSepLead is the first byte of U+2028 and U+2029 in UTF-8.
const lineSepLead = 0xE2

// dashed reports whether a gap holds a dash that ends a dateline or a
// tag: "HANOI — ", "TPO - ".
func dashed(gap string) bool {
	return strings.ContainsAny(gap, "—–") || strings.Contains(gap, " - ") || strings.HasSuffix(gap, " -")
}

// dateline returns the token after the dateline that starts at token i,
// or i if there is none. A dateline is a place, words in capitals, an
// agency, numbers and the words of kind dateline, ended by a dash, and
// holds a place or an agency.
func (e *extractor) dateline(i int) int {
	found := false
	for k := i; k < len(e.toks) && k-i < maxDateline; {
		if k > i && strings.ContainsAny(e.gapText(k), "\n\r") {
			return i
		}
		t := &e.toks[k]
		n := 1
		if m, f, ok := e.lookup(k); ok && place(f.typ) {
			n, found = m, true
		} else if c, m := e.cueAt(k); c&cueAgency != 0 {
			n, found = m, true
		} else if !(t.digit() && !t.letters() || c&cueDateline != 0 || t.letters() && !t.lower() && t.upper > 0) {
			return i
		}
		k += n
		if dashed(e.gapText(k)) {
			if found {
				return k
			}
			return i
		}
	}
	return i
}

// credit returns the token after the credit that starts at token i, or i
// if there is none: a cue of kind credit, a colon, and what follows up to
// the end of the sentence, the line or a parenthesis.
func (e *extractor) credit(i int) int {
	if e.firsts[i].cues == 0 {
		return i // no cue starts with the word: most words
	}
	if !e.toks[i].capital() && !e.lineStart(i) && e.toks[i].gap != gapPunct || !e.colonWithin(i) {
		return i
	}
	c, n := e.cueAt(i)
	if c&cueCredit == 0 || i+n >= len(e.toks) || !strings.HasPrefix(strings.TrimLeft(e.gapText(i+n), " "), ":") {
		return i
	}
	k := i + n
	for k < len(e.toks) && k-i-n < maxCredit {
		k++
		if k < len(e.toks) && (e.toks[k].gap == gapStop || strings.ContainsAny(e.gapText(k), ")]")) {
			break
		}
	}
	return k
}

// colonWithin reports whether a colon follows one of the tokens i up to
// the longest cue after it.
func (e *extractor) colonWithin(i int) bool {
	last := min(i+maxCueWords, len(e.toks)-1)
	if last <= i || e.colons.after(e.text, int(e.toks[i].end)) >= int(e.toks[last].start) {
		return false // no colon in the gaps read below: most tokens
	}
	for k := i + 1; k <= i+maxCueWords && k < len(e.toks); k++ {
		if e.toks[k].gap == gapStop && strings.Contains(e.gapText(k), ":") {
			return true
		}
		if e.toks[k].gap > gapHyphen {
			return false
		}
	}
	return false
}

// A colonCursor finds the colons of a text from left to right, with one
// search of the text in all. Its zero value knows of none.
type colonCursor struct {
	from int // where the search that found next started
	next int // 1 + where the first colon at or after from is (1 + the length of the text if there is none); 0 for no search yet
}

// after returns where the first colon of text at or after byte p is, or
// len(text). It searches again only when p is before the last search or
// past the colon it found.
func (c *colonCursor) after(text string, p int) int {
	if c.next == 0 || p < c.from || p >= c.next {
		c.from, c.next = p, len(text)+1
		if k := strings.IndexByte(text[p:], ':'); k >= 0 {
			c.next = p + k + 1
		}
	}
	return c.next - 1
}

// agencyTag reports whether token i is an agency used as a tag: alone in
// parentheses and not defining the name before it, joined to a name by a
// slash ("VNA/VNS", "VGP/Nhật Bắc"), or after a source cue ("Theo
// VnExpress"), or opening a sentence before a dash ("TPO - ").
func (e *extractor) agencyTag(i int) bool {
	if !e.toks[i].capital() || !e.at(i, placeAgencyFirst) {
		return false // no cue of kind agency starts with the word: most words
	}
	c, n := e.cueAt(i)
	if c&cueAgency == 0 {
		return false
	}
	before, after := e.gapText(i), e.gapText(i+n)
	switch {
	case strings.HasSuffix(before, "/") || strings.HasPrefix(after, "/"):
		return true
	case strings.HasSuffix(strings.TrimRight(before, " "), "(") && strings.HasPrefix(after, ")"):
		// "Thông tấn xã Việt Nam (TTXVN)" defines the acronym.
		if i > 0 {
			if _, f, ok := e.lookup(i); ok {
				for m := max(0, i-8); m < i; m++ {
					if n, g, ok := e.lookup(m); ok && m+n == i && g.key == f.key {
						return false
					}
				}
			}
		}
		return true
	}
	return e.cueBefore(i)&cueSource != 0 || e.toks[i].gap == gapStop && dashed(after)
}

// localBodies joins a body of a province or city (a form with the local
// flag) and its place into one organisation: "Ủy ban nhân dân tỉnh Quảng
// Ninh", "the Quang Ninh provincial People's Committee", "the People's
// Committee of Hanoi" are org:quang-ninh-people-committee and
// org:ha-noi-people-committee.
func (e *extractor) localBodies() {
	out := e.spans[:0]
	for k := 0; k < len(e.spans); k++ {
		s := e.spans[k]
		if s.typ == Org && e.isLocal(s) {
			switch {
			case k+1 < len(e.spans) && e.localPlace(s.t1, e.spans[k+1]):
				// "Ủy ban nhân dân tỉnh Quảng Ninh", "People's Committee of Hanoi"
				p := e.spans[k+1]
				s.t1, s.key = p.t1, localKey(p.key, s.key)
				k++
			case !e.vi && len(out) > 0 && e.placeBefore(out[len(out)-1], s.t0):
				// "the Quang Ninh provincial People's Committee"
				p := out[len(out)-1]
				out = out[:len(out)-1]
				s.t0, s.key = p.t0, localKey(p.key, s.key)
			}
		}
		out = append(out, s)
	}
	e.spans = out
}

// isNational reports whether span s is a body of a nation named without
// its nation: a form of the flag national.
func (e *extractor) isNational(s span) bool {
	for _, f := range e.x.formsOf(e.fold(s.t0, s.t1)) {
		if f.national && f.key == s.key {
			return true
		}
	}
	return false
}

// isLocal reports whether span s is a body of a province or city.
func (e *extractor) isLocal(s span) bool {
	for _, f := range e.x.formsOf(e.fold(s.t0, s.t1)) {
		if f.local && f.key == s.key {
			return true
		}
	}
	return false
}

// localPlace reports whether place span p follows token t, with only
// words of kind admin between ("tỉnh", "thành phố") or, in English,
// "of" and "the".
func (e *extractor) localPlace(t int, p span) bool {
	if !place(p.typ) || p.t0 < t || p.t0-t > 3 {
		return false
	}
	for k := t; k < p.t0; {
		if e.toks[k].gap > gapHyphen {
			return false
		}
		if c, n := e.cueAt(k); c&cueAdmin != 0 && k+n <= p.t0 {
			k += n
			continue
		}
		if e.vi || !e.is(k, classConnector) {
			return false
		}
		k++
	}
	return e.toks[p.t0].gap <= gapHyphen
}

// placeBefore reports whether place span p ends just before token t, or
// with only English words of kind admin or place-after between
// ("provincial", "Province"), and its possessive 's ("Hung Yen
// Province's health department").
func (e *extractor) placeBefore(p span, t int) bool {
	if !place(p.typ) || p.t1 > t || t-p.t1 > 3 || e.toks[t].gap > gapHyphen {
		return false
	}
	for k := p.t1; k < t; {
		if k == t-1 && string(e.fold(k, t)) == possessiveS {
			return true // "Hanoi's health department", "Hung Yen Province's"
		}
		c, n := e.cueAt(k)
		if e.toks[k].gap > gapHyphen || c&(cueAdmin|cuePlaceAfter) == 0 || k+n > t {
			return false
		}
		k += n
	}
	return true
}

// possessiveS is the fold of the token of a possessive 's, a word of its
// own (tokenize).
const possessiveS = "s"

// localKey builds the key of a local body from the keys of its place and
// of the body: place:quang-ninh and org:people-committee give
// org:quang-ninh-people-committee.
func localKey(placeKey, bodyKey string) string {
	_, p, _ := strings.Cut(placeKey, ":")
	_, b, _ := strings.Cut(bodyKey, ":")
	return "org:" + strings.ToLower(p) + "-" + b
}

// maxCreditLead is how much of a line OpensCredit reads: enough for the
// longest credit cue and its colon.
const maxCreditLead = 64

// OpensCredit reports whether the line s opens with a credit or a byline
// in either language: a cue of kind credit of data/cues.tsv and a colon,
// "Ảnh: TTXVN", "(Photo: VNA)", "Đồ họa: ...". A segmenter uses it to tell
// a photo's credit and caption from the story.
func OpensCredit(s string) bool {
	s = strings.TrimLeft(s, " \t(")
	if len(s) > maxCreditLead {
		cut := maxCreditLead
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	if !strings.Contains(s, ":") {
		return false // most lines: no colon near their start
	}
	g := tables()
	e := scratch.Get().(*extractor)
	defer e.release()
	e.text = s
	e.toks, e.buf = tokenize(s, e.toks[:0], e.buf[:0])
	if len(e.toks) == 0 || e.toks[0].start != 0 {
		return false
	}
	for _, vi := range []bool{true, false} {
		e.vi, e.x = vi, g.en
		if vi {
			e.x = g.vi
		}
		e.lookUpFirsts()
		if c, n := e.cueAt(0); c&cueCredit != 0 && strings.HasPrefix(strings.TrimLeft(e.gapText(n), " "), ":") {
			return true
		}
	}
	return false
}
