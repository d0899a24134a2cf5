package numbers

import (
	"errors"
	"strconv"
)

// Errors wrapped by *ParseError.
var (
	// ErrSyntax reports input that is not a number of the expected form.
	ErrSyntax = errors.New("numbers: invalid syntax")
	// ErrLanguage reports a language the package does not read.
	ErrLanguage = errors.New("numbers: unsupported language")
)

// A ParseError records a failed parse: which function, what input, and
// where in it the problem is.
type ParseError struct {
	Func   string // the failing function ("ParseDecimal", "Parse")
	Input  string // the input, cloned
	Offset int    // byte offset of the problem in Input
	Err    error  // ErrSyntax, ErrRange or ErrLanguage
}

// Error returns, for example,
// `numbers.ParseDecimal: parsing "1x": invalid syntax at byte 1`.
func (e *ParseError) Error() string {
	return "numbers." + e.Func + ": parsing " + strconv.Quote(e.Input) + ": " +
		trimPrefix(e.Err.Error()) + " at byte " + strconv.Itoa(e.Offset)
}

// Unwrap returns the underlying error, for errors.Is.
func (e *ParseError) Unwrap() error { return e.Err }

func trimPrefix(s string) string {
	const p = "numbers: "
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}
