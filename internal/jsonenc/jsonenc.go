// Package jsonenc appends JSON strings and numbers to a byte slice exactly
// as encoding/json writes them, without reflection and without allocating,
// so that a writer can stream a large document value by value and still
// give the bytes json.Marshal would.
package jsonenc

import (
	"errors"
	"math"
	"strconv"
	"unicode/utf8"
)

// ErrUnsupported reports a float that JSON cannot hold: NaN or an
// infinity (encoding/json refuses them too).
var ErrUnsupported = errors.New("jsonenc: NaN or infinite number")

const hex = "0123456789abcdef"

// AppendString appends s to dst as a JSON string, escaped as encoding/json
// escapes it: '"', '\\' and control characters always, invalid UTF-8 as
// \ufffd, U+2028 and U+2029 as \u2028 and \u2029, and with escapeHTML
// '<', '>' and '&' as well (as json.Marshal does; a json.Encoder after
// SetEscapeHTML(false) does not).
func AppendString(dst []byte, s string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !needsEscape(c, escapeHTML) {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			dst = appendEscape(dst, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// needsEscape reports whether the ASCII byte c is escaped in a string.
func needsEscape(c byte, escapeHTML bool) bool {
	switch c {
	case '"', '\\':
		return true
	case '<', '>', '&':
		return escapeHTML
	}
	return c < ' '
}

// appendEscape appends the escape of the ASCII byte c.
func appendEscape(dst []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(dst, '\\', c)
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
}

// AppendFloat appends f to dst as encoding/json writes a float64: the
// shortest decimal that reads back as f, in exponent form below 1e-6 and
// from 1e21 on. It returns ErrUnsupported, and dst unchanged, for NaN and
// the infinities.
func AppendFloat(dst []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return dst, ErrUnsupported
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// "1e-07" is written "1e-7", as encoding/json does.
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, nil
}
