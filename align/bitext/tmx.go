package bitext

import (
	"encoding/xml"
	"errors"
	"io"

	"golang.org/x/text/language"
)

// The elements and attributes of TMX that the reader reads.
const (
	tmHeader  = "header"
	tmTU      = "tu"
	tmTUV     = "tuv"
	tmSeg     = "seg"
	tmSrcLang = "srclang"
	tmTUID    = "tuid"
	tmLang    = "lang" // xml:lang, or lang in TMX 1.1
	tmAllLang = "*all*"
)

// A variant is one tuv of a tu.
type variant struct {
	lang language.Tag
	text string
}

func readTMX(r io.Reader, c *config) ([]Unit, error) {
	d := newDecoder(r)
	var src language.Tag
	var units []Unit
	n := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return units, nil
		}
		if err != nil {
			return nil, xmlError(TMX, d, "", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch start.Name.Local {
		case tmHeader:
			if s := attr(start, tmSrcLang); s != tmAllLang {
				src = tag(s)
			}
		case tmTU:
			n++
			line, _ := d.InputPos()
			id := attr(start, tmTUID)
			if id == "" {
				id = itoa(n)
			}
			vs, err := readTU(d, start, id)
			if err != nil {
				return nil, err
			}
			u, err := choose(vs, src, c)
			if err != nil {
				return nil, &Error{Format: TMX, Line: line, Unit: id, Msg: err.Error(), Err: ErrLanguages}
			}
			u.ID, u.Line = id, line
			units = append(units, u)
		}
	}
}

// readTU reads the variants of a tu.
func readTU(d *xml.Decoder, start xml.StartElement, id string) ([]variant, error) {
	var vs []variant
	var cur *variant
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, xmlError(TMX, d, id, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case tmTUV:
				vs = append(vs, variant{lang: tag(attr(t, tmLang))})
				cur = &vs[len(vs)-1]
			case tmSeg:
				if cur == nil {
					return nil, &Error{Format: TMX, Unit: id, Msg: "a seg outside a tuv", Err: ErrSyntax}
				}
				if cur.text, err = readInline(d, t); err != nil {
					return nil, xmlError(TMX, d, id, err)
				}
			default:
				if err := skip(d); err != nil {
					return nil, xmlError(TMX, d, id, err)
				}
			}
		case xml.EndElement:
			if t.Name.Local == start.Name.Local {
				return vs, nil
			}
		}
	}
}

// errChoose says why no two variants could be chosen.
type errChoose string

func (e errChoose) Error() string { return string(e) }

// choose picks the two variants of a tu: the languages asked for, or the
// header's source language and the one other variant.
func choose(vs []variant, src language.Tag, c *config) (Unit, error) {
	a, b := c.langA, c.langB
	if a == language.Und {
		a = src
	}
	ia := find(vs, a, -1)
	if ia < 0 && a == language.Und && len(vs) == 2 {
		ia = 0
	}
	if ia < 0 {
		return Unit{}, errChoose("no variant in the source language " + langName(a) + " (say which with -lang-a)")
	}
	ib := find(vs, b, ia)
	if len(vs) == 1 || b != language.Und && ib < 0 {
		// Only the source, or no variant in the language asked for: not
		// translated yet.
		return Unit{A: vs[ia].text, LangA: vs[ia].lang, LangB: b, Untranslated: true}, nil
	}
	if b == language.Und {
		if len(vs) != 2 {
			return Unit{}, errChoose(itoa(len(vs)) + " variants: say which language to compare with -lang-b")
		}
		ib = 1 - ia
	}
	return Unit{A: vs[ia].text, B: vs[ib].text, LangA: vs[ia].lang, LangB: vs[ib].lang}, nil
}

// find returns the index of the variant of language t (by its base
// language), other than not, or -1.
func find(vs []variant, t language.Tag, not int) int {
	if t == language.Und {
		return -1
	}
	base, _ := t.Base()
	for i, v := range vs {
		if b, _ := v.lang.Base(); b == base && i != not {
			return i
		}
	}
	return -1
}

func langName(t language.Tag) string {
	if t == language.Und {
		return "(none stated)"
	}
	return t.String()
}
