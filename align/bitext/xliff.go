package bitext

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"golang.org/x/text/language"
)

// The elements and attributes of XLIFF that the reader reads.
const (
	xlFile       = "file"
	xlRoot       = "xliff"
	xlTransUnit  = "trans-unit"
	xlUnit       = "unit"
	xlSegment    = "segment"
	xlSource     = "source"
	xlTarget     = "target"
	xlSrcLang1   = "source-language"
	xlTrgLang1   = "target-language"
	xlSrcLang2   = "srcLang"
	xlTrgLang2   = "trgLang"
	xlID         = "id"
	xlIgnorable  = "ignorable"
	xlSegSource  = "seg-source"
	xlAltTrans   = "alt-trans"
	xlNotes      = "notes"
	xlNote       = "note"
	xlOriginData = "originalData"
)

// An xliffReader reads the units of an XLIFF 1.2 or 2 document.
type xliffReader struct {
	d            *xml.Decoder
	f            Format
	langA, langB language.Tag
	units        []Unit
}

func readXLIFF(r io.Reader, f Format) ([]Unit, error) {
	x := &xliffReader{d: newDecoder(r), f: f}
	for {
		tok, err := x.d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, xmlError(f, x.d, "", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if err := x.element(start); err != nil {
			return nil, err
		}
	}
	return x.units, nil
}

// element reads an element of the document's structure.
func (x *xliffReader) element(start xml.StartElement) error {
	switch start.Name.Local {
	case xlRoot:
		x.langA, x.langB = tag(attr(start, xlSrcLang2)), tag(attr(start, xlTrgLang2))
	case xlFile:
		if x.f == XLIFF1 {
			x.langA, x.langB = tag(attr(start, xlSrcLang1)), tag(attr(start, xlTrgLang1))
		}
	case xlTransUnit:
		return x.transUnit(start)
	case xlUnit:
		if x.f == XLIFF2 {
			return x.unit(start)
		}
	case xlNotes, xlOriginData, xlAltTrans:
		return x.skip(start, "")
	}
	return nil
}

func (x *xliffReader) skip(start xml.StartElement, unit string) error {
	if err := skip(x.d); err != nil {
		return xmlError(x.f, x.d, unit, err)
	}
	return nil
}

// transUnit reads an XLIFF 1.2 trans-unit.
func (x *xliffReader) transUnit(start xml.StartElement) error {
	line, _ := x.d.InputPos()
	u := Unit{ID: attr(start, xlID), LangA: x.langA, LangB: x.langB, Line: line}
	u.NoteOn = u.ID
	hasTarget, err := x.pair(start, &u)
	if err != nil {
		return err
	}
	u.Untranslated = untranslated(u, hasTarget)
	x.units = append(x.units, u)
	return nil
}

// untranslated reports a trans-unit or segment with no target, or with
// an empty one for a source that has text: what CAT tools export for a
// segment not translated yet.
func untranslated(u Unit, hasTarget bool) bool {
	return !hasTarget || strings.TrimSpace(u.B) == "" && strings.TrimSpace(u.A) != ""
}

// pair reads the source and target of a trans-unit or segment into u, up
// to the end of start, and reports whether there was a target.
func (x *xliffReader) pair(start xml.StartElement, u *Unit) (bool, error) {
	hasTarget := false
	for {
		tok, err := x.d.Token()
		if err != nil {
			return false, xmlError(x.f, x.d, u.ID, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case xlSource:
				if u.A, err = readInline(x.d, t); err != nil {
					return false, xmlError(x.f, x.d, u.ID, err)
				}
			case xlTarget:
				if u.B, err = readInline(x.d, t); err != nil {
					return false, xmlError(x.f, x.d, u.ID, err)
				}
				hasTarget = true
			default:
				if err := x.skip(t, u.ID); err != nil {
					return false, err
				}
			}
		case xml.EndElement:
			if t.Name.Local == start.Name.Local {
				return hasTarget, nil
			}
		}
	}
}

// unit reads an XLIFF 2 unit: one Unit a segment.
func (x *xliffReader) unit(start xml.StartElement) error {
	id := attr(start, xlID)
	var segs []Unit
	for {
		tok, err := x.d.Token()
		if err != nil {
			return xmlError(x.f, x.d, id, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != xlSegment {
				if err := x.skip(t, id); err != nil {
					return err
				}
				continue
			}
			line, _ := x.d.InputPos()
			u := Unit{ID: attr(t, xlID), LangA: x.langA, LangB: x.langB, Line: line}
			hasTarget, err := x.pair(t, &u)
			if err != nil {
				return err
			}
			u.Untranslated = untranslated(u, hasTarget)
			segs = append(segs, u)
		case xml.EndElement:
			if t.Name.Local == start.Name.Local {
				x.addSegments(id, segs)
				return nil
			}
		}
	}
}

// addSegments adds the segments of unit id: named by the unit, or by the
// unit and the segment when there are several.
func (x *xliffReader) addSegments(id string, segs []Unit) {
	for k, s := range segs {
		seg := s.ID
		s.ID, s.NoteOn = id, id
		if len(segs) > 1 {
			if seg == "" {
				seg = itoa(k + 1)
			}
			s.ID = id + "/" + seg
		}
		x.units = append(x.units, s)
	}
}

// tag parses a language tag of the file, language.Und when it does not
// parse.
func tag(s string) language.Tag {
	t, err := language.Parse(s)
	if err != nil {
		return language.Und
	}
	return t
}
