package stream

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/factalign/factalign/numbers"
)

// Why Check skips a line: the [*LineError] it returns wraps one of these,
// or the reason the align package gives.
var (
	ErrTooLong = errors.New("longer than the line limit")
	ErrNoTab   = errors.New("no tab: want A<TAB>B or A<TAB>B<TAB>id")
	ErrUTF8    = errors.New("not valid UTF-8")
	// ErrBlank is returned, unwrapped, for a line of spaces only: it has
	// nothing to check and Run says nothing of it.
	ErrBlank = errors.New("stream: blank line")

	// The faults of a JSON line (Options.JSON), wrapped with the member
	// they concern (`"b": missing or empty`), and of an empty column of a
	// TSV line (`column B: missing or empty`).
	ErrJSON     = errors.New("bad JSON")
	ErrNoText   = errors.New("missing or empty")
	ErrRef      = errors.New("not a date YYYY-MM-DD")
	ErrLanguage = errors.New("unsupported language")
)

// A LineError says which line Check skipped, and why.
type LineError struct {
	Line int   // the line's number, from 1
	Err  error // why: one of the Err values above, or align's reason
}

func (e *LineError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }

func (e *LineError) Unwrap() error { return e.Err }

// A pair is what one line holds: its two texts, its id, and the date and
// languages to compare them with.
type pair struct {
	id           string
	a, b         string
	ref          time.Time
	langA, langB language.Tag
}

// dateLayout is the form of a reference date: YYYY-MM-DD.
const dateLayout = "2006-01-02"

// parseLine reads the pair of one line, with or without its end, as
// tab-separated columns or, with o.JSON, as a JSON object. lineNo numbers
// the line from 1 and is its id when it has none; o gives the date and
// languages a JSON line does not set. It never panics.
func parseLine(line []byte, lineNo int, o *Options) (pair, error) {
	max := o.MaxLine
	if max <= 0 {
		max = DefaultMaxLine
	}
	if len(line) > max {
		return pair{}, &LineError{lineNo, ErrTooLong}
	}
	text := strings.TrimRight(string(line), "\r\n")
	if strings.TrimSpace(text) == "" {
		return pair{}, ErrBlank
	}
	if !utf8.ValidString(text) {
		return pair{}, &LineError{lineNo, ErrUTF8}
	}
	p := pair{id: strconv.Itoa(lineNo), ref: o.Ref, langA: o.LangA, langB: o.LangB}
	var err error
	if o.JSON {
		err = p.readJSON(text)
	} else {
		err = p.readTSV(text)
	}
	if err != nil {
		return pair{}, &LineError{lineNo, err}
	}
	return p, nil
}

// readTSV reads A<TAB>B or A<TAB>B<TAB>id; an empty id keeps the line
// number, an empty text is an error that names its column.
func (p *pair) readTSV(text string) error {
	cols := strings.Split(text, "\t")
	if len(cols) < 2 {
		return ErrNoTab
	}
	p.a, p.b = cols[0], cols[1]
	for k, col := range cols[:2] {
		if strings.TrimSpace(col) == "" {
			return fmt.Errorf("column %c: %w", 'A'+k, ErrNoText)
		}
	}
	if len(cols) > 2 && cols[2] != "" {
		p.id = cols[2]
	}
	return nil
}

// jsonLine is the object of a JSON line. Other members are ignored.
type jsonLine struct {
	ID    json.RawMessage `json:"id"`
	A     *string         `json:"a"`
	B     *string         `json:"b"`
	Ref   *string         `json:"ref"`
	LangA *string         `json:"lang_a"`
	LangB *string         `json:"lang_b"`
}

// readJSON reads {"id":…,"a":…,"b":…,"ref":…,"lang_a":…,"lang_b":…}: a
// and b are required; the others, when present and not empty, replace
// the line number, the date and the languages of p.
func (p *pair) readJSON(text string) error {
	var in jsonLine
	if err := json.Unmarshal([]byte(text), &in); err != nil {
		return jsonError(err)
	}
	var err error
	if p.a, err = required("a", in.A); err != nil {
		return err
	}
	if p.b, err = required("b", in.B); err != nil {
		return err
	}
	if err := p.readID(in.ID); err != nil {
		return err
	}
	if in.Ref != nil && *in.Ref != "" {
		if p.ref, err = time.Parse(dateLayout, *in.Ref); err != nil {
			return fmt.Errorf("%q: %w: %q", "ref", ErrRef, *in.Ref)
		}
	}
	if p.langA, err = lang("lang_a", in.LangA, p.langA); err != nil {
		return err
	}
	p.langB, err = lang("lang_b", in.LangB, p.langB)
	return err
}

// jsonError says what is wrong with a line that does not decode.
func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("%w: %v (byte %d)", ErrJSON, syn, syn.Offset)
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Errorf(`%w: want an object {"a":…,"b":…}, not %s`, ErrJSON, article(typ.Value))
	case errors.As(err, &typ):
		return fmt.Errorf("%w: %q is %s, want a string", ErrJSON, typ.Field, article(typ.Value))
	}
	return fmt.Errorf("%w: %v", ErrJSON, err)
}

// article puts "a" or "an" before the name of a JSON type.
func article(typ string) string {
	if strings.HasPrefix(typ, "a") || strings.HasPrefix(typ, "o") {
		return "an " + typ // array, object
	}
	return "a " + typ
}

// required returns the text of member key, which must be there and hold
// more than spaces.
func required(key string, s *string) (string, error) {
	if s == nil || strings.TrimSpace(*s) == "" {
		return "", fmt.Errorf("%q: %w", key, ErrNoText)
	}
	return *s, nil
}

// readID takes the id of a JSON line, a string or a number, when it has
// one that is not empty.
func (p *pair) readID(raw json.RawMessage) error {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return nil
	case raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return jsonError(err)
		}
		if s != "" {
			p.id = s
		}
		return nil
	case raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9':
		p.id = string(raw)
		return nil
	}
	return fmt.Errorf("%w: %q is not a string or a number", ErrJSON, "id")
}

// lang reads member key, a language tag such as "vi" or "en"; it returns
// def when the member is absent or empty.
func lang(key string, s *string, def language.Tag) (language.Tag, error) {
	if s == nil || *s == "" {
		return def, nil
	}
	t, err := numbers.ParseLanguage(*s)
	if err != nil {
		return def, fmt.Errorf("%q: %w: %q", key, ErrLanguage, *s)
	}
	return t, nil
}

// rejectLine is line, without its end, with why added: in an extra
// column for tab-separated lines, as a "reason" member at the end of the
// object for JSON lines (which stay JSON).
func rejectLine(line []byte, why string, jsonLines bool) []byte {
	if !jsonLines {
		text := bytes.TrimRight(line, "\r\n")
		return append(append(append([]byte{}, text...), '\t'), strings.ReplaceAll(why, "\t", " ")+"\n"...)
	}
	text := bytes.TrimRight(line, " \t\r\n")
	if len(text) == 0 || text[len(text)-1] != '}' { // not an object: cannot happen for a line that was checked
		return append(append([]byte{}, text...), '\n')
	}
	var reason bytes.Buffer
	enc := json.NewEncoder(&reason)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(why); err != nil {
		return append(append([]byte{}, text...), '\n')
	}
	out := append([]byte{}, text[:len(text)-1]...)
	out = append(out, `,"reason":`...)
	out = append(out, bytes.TrimRight(reason.Bytes(), "\n")...)
	return append(out, "}\n"...)
}
