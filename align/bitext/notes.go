package bitext

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"sort"
	"strings"
)

// NoteFrom is who the notes WriteNotes adds are from.
const NoteFrom = "factalign"

// Notes files notes given by unit, keyed by Unit.ID, under the ids
// WriteNotes takes: each unit's NoteOn. Notes on units that have none
// (TMX, TSV) or that units does not hold are left out.
func Notes(units []Unit, byUnit map[string][]string) map[string][]string {
	notes := map[string][]string{}
	for _, u := range units {
		if ns := byUnit[u.ID]; len(ns) > 0 && u.NoteOn != "" {
			notes[u.NoteOn] = append(notes[u.NoteOn], ns...)
		}
	}
	return notes
}

// An insertion is text to insert at an offset of the original.
type insertion struct {
	at   int
	text string
}

// WriteNotes writes an XLIFF document back as it was, byte for byte, with
// notes added to the units that notes names by id (Unit.NoteOn; Notes
// files them so): in XLIFF 1.2 a <note from="factalign">
// before the trans-unit's end, in XLIFF 2 a <note category="factalign">
// in the unit's <notes>, which is added when the unit has none. With no
// notes the output is the input. The original must be UTF-8.
func WriteNotes(w io.Writer, original []byte, notes map[string][]string) error {
	f := Detect(bytes.TrimPrefix(original, []byte{0xEF, 0xBB, 0xBF}))
	if f != XLIFF1 && f != XLIFF2 {
		return &Error{Format: f, Msg: "notes are written into XLIFF only", Err: ErrFormat}
	}
	if !isUTF8(original) {
		return &Error{Format: f, Msg: "notes are written into UTF-8 XLIFF only", Err: ErrEncoding}
	}
	ins, err := noteInsertions(original, f, notes)
	if err != nil {
		return err
	}
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].at < ins[j].at })
	last := 0
	for _, in := range ins {
		if _, err := w.Write(original[last:in.at]); err != nil {
			return err
		}
		if _, err := io.WriteString(w, in.text); err != nil {
			return err
		}
		last = in.at
	}
	_, err = w.Write(original[last:])
	return err
}

func isUTF8(b []byte) bool {
	return !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) && bytes.IndexByte(b, 0) < 0
}

// noteInsertions finds where the notes of each unit go.
func noteInsertions(original []byte, f Format, notes map[string][]string) ([]insertion, error) {
	d := newDecoder(bytes.NewReader(original))
	var ins []insertion
	var unit string    // the XLIFF 2 unit whose first child is awaited
	var afterStart int // the offset after that unit's start tag
	depth, unitDepth := 0, 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return ins, nil
		}
		if err != nil {
			return nil, xmlError(f, d, "", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			off := int(d.InputOffset())
			switch {
			case f == XLIFF2 && t.Name.Local == xlUnit:
				unit, afterStart, unitDepth = attr(t, xlID), off, depth
			case f == XLIFF2 && unit != "" && depth == unitDepth+1:
				// The unit's first child: its notes, or the place for them.
				if text := notes2(notes[unit], t.Name.Local == xlNotes); text != "" {
					at := afterStart
					if t.Name.Local == xlNotes {
						at = off
					}
					ins = append(ins, insertion{at, text})
				}
				unit = ""
			}
			if f == XLIFF1 && t.Name.Local == xlTransUnit {
				if text := notes1(notes[attr(t, xlID)]); text != "" {
					end, err := endOf(d, original, t)
					if err != nil {
						return nil, xmlError(f, d, attr(t, xlID), err)
					}
					ins = append(ins, insertion{end, text})
					depth--
				}
			}
		case xml.EndElement:
			depth--
		}
	}
}

// endOf reads up to the end of the element start and returns the offset
// where its end tag begins.
func endOf(d *xml.Decoder, original []byte, start xml.StartElement) (int, error) {
	if err := d.Skip(); err != nil {
		return 0, err
	}
	off := int(d.InputOffset())
	return bytes.LastIndex(original[:off], []byte("</")), nil
}

// notes1 writes XLIFF 1.2 notes.
func notes1(ns []string) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString(`<note from="` + NoteFrom + `">`)
		xml.EscapeText(&b, []byte(n))
		b.WriteString("</note>")
	}
	return b.String()
}

// notes2 writes XLIFF 2 notes, with the <notes> element around them unless
// the unit has one.
func notes2(ns []string, inNotes bool) string {
	if len(ns) == 0 {
		return ""
	}
	var b strings.Builder
	if !inNotes {
		b.WriteString("<notes>")
	}
	for _, n := range ns {
		b.WriteString(`<note category="` + NoteFrom + `">`)
		xml.EscapeText(&b, []byte(n))
		b.WriteString("</note>")
	}
	if !inNotes {
		b.WriteString("</notes>")
	}
	return b.String()
}
