// Package bitext reads the files translators and corpus builders keep
// aligned Vietnamese–English text in, as a list of units, each one
// aligned pair: XLIFF 1.2 and 2.x (what CAT tools such as memoQ, Trados,
// OmegaT and Phrase export), TMX 1.4 (translation memories) and
// tab-separated bitext, one pair a line.
//
// Read detects the format from the content, not from a file name:
//
//	units, err := bitext.Read(f)
//	for _, u := range units {
//		fmt.Println(u.ID, u.A, "|", u.B)
//	}
//
// Inline markup is read as the standards say: the text inside g, mrk, pc,
// hi and sub is text; ph, x, bx, ex, bpt, ept, it, sc and ec are codes
// whose content is never read (a <ph>&lt;img src="2019.png"&gt;</ph> holds
// no year). Text that tracked changes deleted (SDL Trados' mrk
// x-sdl-deleted, memoQ's mrk x-mq-tc of mq:tctype "del") is left out: a
// segment reads as its changes accepted.
// Entities and CDATA are decoded. UTF-16 with a byte-order mark
// is decoded; without one, and for binary data, Read says so.
package bitext

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"
	"golang.org/x/text/transform"
)

// A Unit is one aligned pair of a bilingual file.
type Unit struct {
	// ID names the unit in reports: the id of an XLIFF 1.2 trans-unit,
	// of an XLIFF 2 unit ("u1", or "u1/s2" when the unit has several
	// segments), a TMX tuid (or the tu's 1-based position when it has
	// none), or the third column of a TSV line (or its 1-based line
	// number).
	ID string
	// A and B are the two texts: the source and the target of XLIFF, the
	// source-language and the other variant of TMX, the first two columns
	// of TSV.
	A, B string
	// LangA and LangB are their languages when the file states them
	// (language.Und otherwise).
	LangA, LangB language.Tag
	// Line is the line of the file the unit starts on, from 1.
	Line int
	// NoteOn is the id of the element WriteNotes puts notes on this unit
	// in: the trans-unit of XLIFF 1.2, the unit of an XLIFF 2 segment
	// (its ID without the segment). Empty for TMX and TSV.
	NoteOn string
	// Untranslated reports a unit the file holds no translation of yet,
	// as a CAT tool exports a job in progress: an XLIFF trans-unit or
	// segment with no target or an empty one, a TMX tu with no variant
	// in the second language. B is empty. Such a unit is no error: the
	// caller decides whether to skip it, and says so.
	Untranslated bool
}

// A Format is a kind of bilingual file.
type Format int

// The formats Read knows.
const (
	Unknown Format = iota
	TSV
	XLIFF1 // XLIFF 1.2
	XLIFF2 // XLIFF 2.0 and 2.1
	TMX
)

var formatNames = [...]string{"unknown format", "TSV", "XLIFF 1.2", "XLIFF 2", "TMX"}

// String returns "TSV", "XLIFF 1.2", "XLIFF 2", "TMX" or "unknown format".
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return formatNames[0]
	}
	return formatNames[f]
}

// Errors wrapped by *Error.
var (
	// ErrFormat reports content that is none of the formats.
	ErrFormat = errors.New("bitext: not XLIFF, TMX or tab-separated text")
	// ErrEncoding reports text that is not UTF-8 (nor UTF-16 with a
	// byte-order mark), or binary data.
	ErrEncoding = errors.New("bitext: not UTF-8 text")
	// ErrSyntax reports a file of a format that breaks its rules:
	// malformed XML, a line with one column.
	ErrSyntax = errors.New("bitext: malformed file")
	// ErrLanguages reports a TMX unit whose two variants cannot be chosen.
	ErrLanguages = errors.New("bitext: cannot tell which two languages to read")
)

// An Error says what is wrong and where: the format, the line and the
// unit when they are known.
type Error struct {
	Format Format
	Line   int    // from 1, or 0
	Unit   string // the unit's id, or ""
	Msg    string // what, in a few words
	Err    error  // ErrFormat, ErrEncoding, ErrSyntax or ErrLanguages
}

// Error returns, for example, `bitext: XLIFF 1.2: line 12, unit "7": no
// target`.
func (e *Error) Error() string {
	s := "bitext: "
	if e.Format != Unknown {
		s += e.Format.String() + ": "
	}
	var where []string
	if e.Line > 0 {
		where = append(where, fmt.Sprintf("line %d", e.Line))
	}
	if e.Unit != "" {
		where = append(where, fmt.Sprintf("unit %q", e.Unit))
	}
	if len(where) > 0 {
		s += strings.Join(where, ", ") + ": "
	}
	return s + e.Msg
}

// Unwrap returns the kind of error, for errors.Is.
func (e *Error) Unwrap() error { return e.Err }

// An Option changes how Read reads.
type Option func(*config)

type config struct {
	langA, langB language.Tag
}

// WithLanguages chooses the two languages to read from a TMX unit that
// holds more than two, and which comes first; either may be
// language.Und.
func WithLanguages(a, b language.Tag) Option {
	return func(c *config) { c.langA, c.langB = a, b }
}

// sniffSize is how much of the input Read looks at to tell the format.
const sniffSize = 4096

// Read reads the units of a bilingual file, telling its format from the
// content. It never panics, and an error says what and where.
func Read(r io.Reader, opts ...Option) ([]Unit, error) {
	_, units, err := ReadFormat(r, opts...)
	return units, err
}

// ReadFormat is Read that also returns the format it read.
func ReadFormat(r io.Reader, opts ...Option) (Format, []Unit, error) {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	br, err := decoded(r)
	if err != nil {
		return Unknown, nil, err
	}
	head, _ := br.Peek(sniffSize)
	f := Detect(head)
	var units []Unit
	switch f {
	case TSV:
		units, err = readTSV(br)
	case XLIFF1, XLIFF2:
		units, err = readXLIFF(br, f)
	case TMX:
		units, err = readTMX(br, &c)
	default:
		return Unknown, nil, &Error{Msg: "not XLIFF, TMX or tab-separated text", Err: ErrFormat}
	}
	return f, units, err
}

// decoded returns the input as UTF-8: UTF-16 with a byte-order mark is
// decoded, a UTF-8 one dropped; UTF-16 without one, and binary data, are
// errors.
func decoded(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	head, _ := br.Peek(4)
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		dec := unicode.BOMOverride(unicode.UTF8.NewDecoder())
		return bufio.NewReaderSize(transform.NewReader(br, dec), sniffSize), nil
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return br, nil
	}
	sample, _ := br.Peek(sniffSize)
	if i := bytes.IndexByte(sample, 0); i >= 0 {
		if looksUTF16(sample) {
			return nil, &Error{Msg: "UTF-16 text with no byte-order mark: save it as UTF-8, or as UTF-16 with a BOM", Err: ErrEncoding}
		}
		return nil, &Error{Msg: fmt.Sprintf("binary data (a NUL byte at offset %d)", i), Err: ErrEncoding}
	}
	if len(sample) == sniffSize {
		sample = trimPartialRune(sample) // the peek may have cut a rune
	}
	if !utf8.Valid(sample) {
		return nil, &Error{Msg: "not UTF-8 text", Err: ErrEncoding}
	}
	return br, nil
}

// looksUTF16 reports text where every other byte is NUL, as ASCII in
// UTF-16 is.
func looksUTF16(b []byte) bool {
	zeros := [2]int{}
	for i, c := range b {
		if c == 0 {
			zeros[i%2]++
		}
	}
	half := len(b) / 2
	return half > 0 && (zeros[0] > half*3/4 || zeros[1] > half*3/4)
}

// trimPartialRune drops an incomplete UTF-8 sequence at the end of b,
// where a peek may have cut a rune.
func trimPartialRune(b []byte) []byte {
	for k := 1; k < utf8.UTFMax && k <= len(b); k++ {
		if utf8.RuneStart(b[len(b)-k]) {
			if !utf8.FullRune(b[len(b)-k:]) {
				return b[:len(b)-k]
			}
			break
		}
	}
	return b
}

// Detect tells the format from the first bytes of a file (UTF-8, byte
// order mark removed): XLIFF or TMX by their root element and version, TSV
// when a line holds a tab.
func Detect(head []byte) Format {
	t := bytes.TrimLeft(head, " \t\r\n")
	if bytes.HasPrefix(t, []byte("<")) {
		switch {
		case bytes.Contains(t, []byte("<tmx")):
			return TMX
		case bytes.Contains(t, []byte("<xliff")):
			if i := bytes.Index(t, []byte("<xliff")); i >= 0 && bytes.Contains(t[i:], []byte("urn:oasis:names:tc:xliff:document:2.")) {
				return XLIFF2
			}
			if i := bytes.Index(t, []byte("<xliff")); i >= 0 && versionTwo(t[i:]) {
				return XLIFF2
			}
			return XLIFF1
		}
		return Unknown
	}
	if bytes.IndexByte(head, '\t') >= 0 {
		return TSV
	}
	return Unknown
}

// versionTwo reports an xliff start tag whose version attribute starts
// with 2.
func versionTwo(tag []byte) bool {
	end := bytes.IndexByte(tag, '>')
	if end < 0 {
		end = len(tag)
	}
	tag = tag[:end]
	for _, q := range []string{`version="2`, `version='2`} {
		if bytes.Contains(tag, []byte(q)) {
			return true
		}
	}
	return false
}

// Decode returns text as UTF-8: UTF-16 with a byte-order mark decoded, a
// UTF-8 byte-order mark dropped. UTF-16 without a mark, binary data and
// text that is not UTF-8 are errors that say so. Read decodes its input
// so; Decode is for plain text files.
func Decode(data []byte) ([]byte, error) {
	br, err := decoded(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(br)
	if err != nil {
		return nil, &Error{Msg: err.Error(), Err: ErrEncoding}
	}
	if !utf8.Valid(out) {
		return nil, &Error{Msg: "not UTF-8 text", Err: ErrEncoding}
	}
	return out, nil
}
