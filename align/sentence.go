package align

import (
	"strconv"
	"time"
)

// A Sentence is one unit of a text: a sentence of the body, or a
// headline, caption, photo credit or byline, which are units of their own.
type Sentence struct {
	// Start and End are byte offsets into the text given to [Segment]:
	// Text == text[Start:End]. Callers that build sentences themselves
	// (one a line, say) may leave them zero; the aligner reads only Text
	// and Kind.
	Start, End int
	Text       string

	// Kind says what part of an article the unit is. The zero Kind is Body.
	Kind SentenceKind

	// Paragraph is the index, from 0, of the paragraph (a block of
	// lines with no blank line in between) the sentence belongs to.
	Paragraph int
}

// A SentenceKind says what part of an article a [Sentence] is.
type SentenceKind uint8

// The kinds of unit [Segment] tells apart. The zero SentenceKind is Body.
const (
	Body     SentenceKind = iota // a sentence of running text
	Headline                     // the title line at the top of the article
	Heading                      // a short title line inside the article
	Caption                      // the text under a photo: "Công nhân làm việc tại nhà máy."
	Credit                       // a photo or source credit: "Ảnh: TTXVN", "Photo: VNA"
	Byline                       // the author line at the end: "Minh Châu", "— VNA/VNS"
)

var kindNames = [...]string{
	Body:     "body",
	Headline: "headline",
	Heading:  "heading",
	Caption:  "caption",
	Credit:   "credit",
	Byline:   "byline",
}

// String returns the lower-case name of k: "body", "headline", "heading",
// "caption", "credit" or "byline". Other values print as "kind(N)".
func (k SentenceKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Header reads the metadata line that may open a file: `date YYYY-MM-DD`,
// after optional white space and a byte order mark. It returns the date
// (UTC midnight; year 1 or later), the byte offset where the text proper begins, and
// whether there was such a header. When the header is alone on its line,
// body is the start of the next line; when text follows on the same line
// (as in `date 2026-01-30 Singapore sẽ tăng ...`), body is the start of
// that text. Without a header Header returns the zero time, 0 and false.
//
// Header never panics and is safe for concurrent use.
func Header(text string) (date time.Time, body int, ok bool) {
	i := 0
	if len(text) >= 3 && text[:3] == "\uFEFF" {
		i = 3
	}
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	const kw = "date"
	if len(text)-i < len(kw)+1+10 || !equalFoldASCII(text[i:i+len(kw)], kw) {
		return time.Time{}, 0, false
	}
	i += len(kw)
	if text[i] != ' ' && text[i] != '\t' {
		return time.Time{}, 0, false
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if len(text)-i < 10 {
		return time.Time{}, 0, false
	}
	d, err := time.Parse(time.DateOnly, text[i:i+10])
	if err != nil || d.Year() < 1 {
		return time.Time{}, 0, false // year 0 is no date of a story
	}
	i += 10
	if i < len(text) && !isSpaceByte(text[i]) {
		return time.Time{}, 0, false
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	if i < len(text) && text[i] == '\n' {
		i++
	}
	return d, i, true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func equalFoldASCII(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c, d := s[i], t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}
