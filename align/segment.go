package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

// Segment splits text into sentences and returns them in order, with byte
// offsets into text. A `date YYYY-MM-DD` header (see [Header]) is skipped.
//
// The rules:
//
//   - Every non-empty line ends a unit; blank lines separate paragraphs.
//   - Inside a line a sentence ends after . ! ? … (a run of them, then any
//     closing quotes or brackets) when white space follows and the next
//     character is an upper-case letter, a digit, or an opening quote or
//     bracket. So Vietnamese subtitle-style text that goes on in lower case
//     after a full stop stays one sentence, and so does “Hay!” ông nói.
//   - A full stop ends nothing after an abbreviation (TP. TS. GS. PGS.
//     ThS. BS. Mr. Mrs. Dr. St. Prof. Jan. … Dec. No. e.g. i.e. vs.),
//     after an initial (J. K. Rowling, U.S.), or inside a number or a date
//     (4.400, 1,5, 30.1, TP.HCM), since no space follows the dot there.
//   - Headlines, headings, photo captions, photo credits ("Ảnh: TTXVN")
//     and bylines ("Minh Châu", a closing "— VNA/VNS") are units of their
//     own, marked with their [SentenceKind].
//
// Sentences never include surrounding white space and never overlap.
// Vietnamese and English share the rules above, and any other tag gets
// them too; lang is the language numbers reads a time in when a full
// stop of lower-case initials stands before a capital ("8 p.m. Vietnam
// time" is one sentence, "8 p.m. Police said" two). Segment accepts any
// input: invalid UTF-8 bytes are kept inside sentences, empty or blank
// text gives nil. It takes time linear in len(text), never panics, and is
// safe for concurrent use.
func Segment(text string, lang language.Tag) []Sentence {
	out, lines := splitLines(text, lang)
	if len(out) == 0 {
		return nil
	}
	markCredits(out, lines)
	markLoneLines(out, lines)
	return splitByline(out, text)
}

// A lineInfo is a line of text: its first sentence, how many it holds,
// and its paragraph.
type lineInfo struct{ first, n, para int }

// splitLines cuts the text after its header into sentences, line by
// line, numbering paragraphs (blank lines part them).
func splitLines(text string, lang language.Tag) ([]Sentence, []lineInfo) {
	_, pos, _ := Header(text)
	var out []Sentence
	var lines []lineInfo
	para := -1
	blank := true
	for pos <= len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		s, e := trimSpan(text, pos, end)
		if s < e {
			if out == nil {
				// Room at once for about the sentences news holds: one
				// a line that is not blank, and one more after each
				// ". ", "! " or "? ".
				body := text[pos:]
				n := strings.Count(body, "\n") + 1 - strings.Count(body, "\n\n")
				lines = make([]lineInfo, 0, n)
				out = make([]Sentence, 0, n+strings.Count(body, ". ")+strings.Count(body, "! ")+strings.Count(body, "? "))
			}
			if blank {
				para++
			}
			blank = false
			first := len(out)
			out = splitLine(out, text, s, e, para, lang)
			lines = append(lines, lineInfo{first, len(out) - first, para})
		} else {
			blank = true
		}
		pos = end + 1
	}
	return out, lines
}

// markCredits marks the credits of a line and the captions they sign.
func markCredits(out []Sentence, lines []lineInfo) {
	for _, l := range lines {
		for k := l.first; k < l.first+l.n; k++ {
			if entities.OpensCredit(out[k].Text) {
				out[k].Kind = Credit
				for c := l.first; c < k; c++ {
					out[c].Kind = Caption
				}
			}
		}
	}
}

// markLoneLines gives a kind to the lines that are a paragraph of one
// sentence with no closing punctuation: the headline, a byline, a
// heading or a caption, by where they stand and how long they are.
func markLoneLines(out []Sentence, lines []lineInfo) {
	lastPara := out[len(out)-1].Paragraph
	// The lines of each paragraph, by paragraph: they are numbered from
	// 0 in order.
	paras := 0
	for _, l := range lines {
		paras = max(paras, l.para+1)
	}
	paraLines := make([]int32, paras)
	for _, l := range lines {
		paraLines[l.para]++
	}
	for li, l := range lines {
		if l.n != 1 || paraLines[l.para] != 1 {
			continue
		}
		sent := &out[l.first]
		if sent.Kind != Body || endsSentence(sent.Text) {
			continue
		}
		words := len(strings.Fields(sent.Text))
		switch {
		case li == 0 && lastPara > 0 && words <= 40:
			sent.Kind = Headline
		case li == len(lines)-1 && l.para > 0 && words <= 6 && len(sent.Text) <= 60:
			sent.Kind = Byline
		case li > 0 && li < len(lines)-1 && words <= 10:
			sent.Kind = Heading
		case li > 0 && li < len(lines)-1 && words <= 60:
			sent.Kind = Caption
		}
	}
}

// splitByline makes a closing "— VNA/VNS" after the last sentence a
// byline of its own.
func splitByline(out []Sentence, text string) []Sentence {
	last := &out[len(out)-1]
	if last.Kind != Body || last.Paragraph == 0 {
		return out
	}
	cut := bylineTail(last.Text)
	if cut <= 0 {
		return out
	}
	s, e := trimSpan(text, last.Start+cut, last.End)
	_, e0 := trimSpan(text, last.Start, last.Start+cut)
	last.End = e0
	last.Text = text[last.Start:e0]
	return append(out, Sentence{Start: s, End: e, Text: text[s:e], Kind: Byline, Paragraph: last.Paragraph})
}

// trimSpan returns the span text[s:e] without leading and trailing white
// space (Unicode White_Space, including NBSP and the BOM).
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return r == '\uFEFF' || r == '\u200B' || unicode.IsSpace(r)
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// mayOpenTerminator reports a byte that a terminator's UTF-8 encoding
// starts with: '.', '!', '?' and the first bytes of '…', '。', '！' and
// '？'. A byte inside a character of several never is, so that a line is
// searched for terminators byte by byte, decoding only where one may
// start.
func mayOpenTerminator(c byte) bool {
	switch c {
	case '.', '!', '?', 0xE2, 0xE3, 0xEF:
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›', '}':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '„':
		return true
	}
	return false
}

// splitLine appends the sentences of the trimmed line text[s:e].
func splitLine(out []Sentence, text string, s, e, para int, lang language.Tag) []Sentence {
	start := s
	for i := s; i < e; {
		if !mayOpenTerminator(text[i]) {
			i++ // no terminator starts here: a letter, a space, a byte inside a character
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:e])
		if !isTerminator(r) {
			i += n
			continue
		}
		p := i
		q := i + n
		single := r == '.'
		for q < e {
			r2, n2 := utf8.DecodeRuneInString(text[q:e])
			if !isTerminator(r2) {
				break
			}
			single = false
			q += n2
		}
		closed := q
		for closed < e {
			r2, n2 := utf8.DecodeRuneInString(text[closed:e])
			if !isCloser(r2) {
				break
			}
			closed += n2
		}
		i = closed
		if closed >= e {
			break
		}
		// White space, then the start of the next sentence.
		next := closed
		for next < e {
			r2, n2 := utf8.DecodeRuneInString(text[next:e])
			if !isSpace(r2) {
				break
			}
			next += n2
		}
		if next == closed || next >= e {
			continue
		}
		if !startsSentence(text[next:e]) {
			continue
		}
		if single && closed == q {
			word := text[wordStart(text, s, p):p]
			if isAbbrev(word, text[next:e]) || lowerInitials(word) && inMention(text, s, p, next, e, lang) {
				continue
			}
		}
		out = append(out, Sentence{Start: start, End: closed, Text: text[start:closed], Paragraph: para})
		start = next
		i = next
	}
	if start < e {
		out = append(out, Sentence{Start: start, End: e, Text: text[start:e], Paragraph: para})
	}
	return out
}

// startsSentence reports whether s (non-empty, no leading space) can open
// a sentence: an upper-case letter, a digit, or an opening quote or
// bracket followed by one of those.
func startsSentence(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r) {
		return true
	}
	if isOpener(r) {
		return true
	}
	if r == '(' || r == '[' {
		r2, _ := utf8.DecodeRuneInString(s[n:])
		return unicode.IsUpper(r2) || unicode.IsDigit(r2)
	}
	return false
}

// wordStart returns the start of the word that ends at p (a full stop).
func wordStart(text string, s, p int) int {
	for p > s {
		r, n := utf8.DecodeLastRuneInString(text[s:p])
		if isSpace(r) || r == '(' || r == '[' || isOpener(r) {
			break
		}
		p -= n
	}
	return p
}

// isAbbrev reports whether the full stop after word belongs to an
// abbreviation (data/abbreviations.tsv, in ztables.go) or an initial.
// next is the text after the following space.
func isAbbrev(word, next string) bool {
	if word == "" {
		return false
	}
	if abbrevTables.Index(word) >= 0 {
		return true
	}
	if k := strings.LastIndexByte(word, '.'); k >= 0 && abbrevTables.Index(word[k+1:]) >= 0 {
		return true // PGS.TS, TS.BS
	}
	// Initials: single ASCII letters separated by dots, at least one upper
	// case (J. K. Rowling, U.S., U.N.).
	upper := false
	for part := range strings.SplitSeq(word, ".") {
		// ASCII only: Vietnamese has one-letter words (Đông Nam Á., Ý).
		if len(part) != 1 || !('a' <= part[0] && part[0] <= 'z' || 'A' <= part[0] && part[0] <= 'Z') {
			return false
		}
		if part[0] <= 'Z' {
			upper = true
		}
	}
	return upper
}

// lowerInitials reports a word of lower-case ASCII letters, one between
// each two dots: "p.m", "a.m" before their last full stop.
func lowerInitials(word string) bool {
	if len(word) < 3 {
		return false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if i%2 == 1 && c != '.' || i%2 == 0 && !('a' <= c && c <= 'z') {
			return false
		}
	}
	return len(word)%2 == 1
}

// mentionWindow is how far before and after a full stop inMention reads.
const mentionWindow = 64

// inMention reports whether the full stop at p, before a next sentence
// that would start at next, lies inside a time or a figure that numbers
// reads across it: "8 p.m. Hanoi time", "7:30 a.m. Vietnam time". It
// reads only the text within mentionWindow bytes of the stop, so that
// segmenting stays linear in the text.
func inMention(text string, lo, p, next, hi int, lang language.Tag) bool {
	from, to := max(lo, p-mentionWindow), min(hi, next+mentionWindow)
	for from > lo && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < hi && !utf8.RuneStart(text[to]) {
		to++
	}
	for _, m := range numbers.Extract(text[from:to], lang) {
		if from+m.Start < p && from+m.End > next {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends with a sentence terminator,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if isCloser(r) {
			s = s[:len(s)-n]
			continue
		}
		return isTerminator(r) || r == ':' || r == ';'
	}
	return false
}

// bylineTail returns the offset in s of a closing agency byline after the
// last sentence ("... the world. — VNA/VNS"), or 0.
func bylineTail(s string) int {
	if len(s) > 0 && !endsSentence(s) {
		// The tail itself ends without punctuation; find the dash.
		for _, dash := range []string{" — ", " – ", " - "} {
			k := strings.LastIndex(s, dash)
			if k <= 0 {
				continue
			}
			tail := strings.TrimSpace(s[k+len(dash):])
			if tail == "" || len(tail) > 30 || len(strings.Fields(tail)) > 3 || !endsSentence(strings.TrimSpace(s[:k])) {
				continue
			}
			for _, f := range strings.Fields(tail) {
				r, _ := utf8.DecodeRuneInString(f)
				if !unicode.IsUpper(r) {
					return 0
				}
			}
			return k + 1
		}
	}
	return 0
}
