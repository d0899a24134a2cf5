package bitext

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// codeElements are the inline elements of XLIFF 1.2 and 2 and of TMX
// that stand for codes of the original document (tags, placeholders):
// their content is never text of the segment.
var codeElements = map[string]bool{
	"ph": true, "x": true, "bx": true, "ex": true, "bpt": true, "ept": true, "it": true,
	"sc": true, "ec": true, "sm": true, "em": true, "ut": true,
}

// textElements hold text inside a code: a subflow.
const subElement = "sub"

// deletions say how the CAT tools mark, in an mrk element, text that a
// tracked change deleted: the segment is read with its changes accepted,
// so the deleted text, an old figure often, is no text of it. SDL Trados
// (SDLXLIFF) gives deletions an mtype of their own; memoQ (MQXLIFF) gives
// insertions and deletions one mtype and tells them apart by its tctype
// attribute.
var deletions = []struct{ mtype, attr, value string }{
	{mtype: "x-sdl-deleted"},
	{mtype: "x-sdl-feedback-deleted"},
	{mtype: "x-mq-tc", attr: "tctype", value: "del"},
}

// deleted reports whether the element e holds text a tracked change
// deleted.
func deleted(e xml.StartElement) bool {
	if e.Name.Local != mrkElement {
		return false
	}
	mtype := attr(e, mtypeAttr)
	for _, d := range deletions {
		if d.mtype == mtype && (d.attr == "" || attr(e, d.attr) == d.value) {
			return true
		}
	}
	return false
}

const (
	mrkElement = "mrk"
	mtypeAttr  = "mtype"
)

// readInline reads the content of the element start (a source, target or
// seg) up to its end, and returns its text: character data and CDATA,
// with the content of codes left out but for their subflows, and the
// text of tracked deletions left out.
func readInline(d *xml.Decoder, start xml.StartElement) (string, error) {
	var b strings.Builder
	code, sub := 0, 0 // depths inside codes and inside sub elements of codes
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case deleted(t):
				if err := d.Skip(); err != nil {
					return "", err
				}
			case codeElements[t.Name.Local]:
				code++
			case t.Name.Local == subElement && code > 0:
				sub++
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == start.Name.Local && code == 0 && sub == 0:
				return b.String(), nil
			case codeElements[t.Name.Local]:
				code--
			case t.Name.Local == subElement && sub > 0:
				sub--
			}
		case xml.CharData:
			if code == 0 || sub > 0 {
				b.Write(t)
			}
		}
	}
}

// skip reads up to the end of the element just started.
func skip(d *xml.Decoder) error { return d.Skip() }

// attr returns the value of an attribute by its local name, or "".
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// readCharsets are the encodings an XML declaration may name: the input
// is UTF-8 by then (decoded turned UTF-16 into UTF-8).
var readCharsets = map[string]bool{
	"utf-8": true, "utf8": true, "utf-16": true, "utf16": true, "utf-16le": true, "utf-16be": true, "us-ascii": true, "ascii": true,
}

// newDecoder returns a decoder over UTF-8 input that accepts the
// encodings an XML declaration may still name after decoded turned UTF-16
// into UTF-8.
func newDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if readCharsets[strings.ToLower(label)] {
			return in, nil
		}
		return nil, fmt.Errorf("encoding %q: only UTF-8 and UTF-16 are read", label)
	}
	return d
}

// xmlError turns a decoding error into an *Error that says where.
func xmlError(f Format, d *xml.Decoder, unit string, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	line, _ := d.InputPos()
	msg := err.Error()
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "the file ends inside an element"
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		line, msg = se.Line, se.Msg
	}
	return &Error{Format: f, Line: line, Unit: unit, Msg: msg, Err: ErrSyntax}
}
