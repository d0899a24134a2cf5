package numbers

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Languages returns the languages Extract reads: Vietnamese and English.
// A tag of the same base language ("vi-VN", "en-GB") reads the same.
func Languages() []language.Tag { return slices.Clone(builtinTags) }

// Supported returns nil when Extract reads lang, and otherwise a
// *LanguageError, which wraps ErrLanguage.
func Supported(lang language.Tag) error {
	if langOf(lang) != nil {
		return nil
	}
	return &LanguageError{Tag: lang}
}

// A LanguageError reports a language the package does not read.
type LanguageError struct {
	Tag   language.Tag
	Input string // the text ParseLanguage was given, if it did not parse
}

// Error returns, for example, `numbers: unsupported language "fr"
// (supported: vi, en)`.
func (e *LanguageError) Error() string {
	names := make([]string, len(builtinTags))
	for i, t := range builtinTags {
		names[i] = t.String()
	}
	what := e.Tag.String()
	if e.Input != "" {
		what = e.Input
	}
	return "numbers: unsupported language " + strconv.Quote(what) + " (supported: " + strings.Join(names, ", ") + ")"
}

// Unwrap returns ErrLanguage, for errors.Is.
func (e *LanguageError) Unwrap() error { return ErrLanguage }

// ParseLanguage parses a BCP 47 tag such as "vi" or "en-GB" and returns
// it when Extract reads it; otherwise the error says what was wrong: a
// tag that does not parse, or a *LanguageError.
func ParseLanguage(s string) (language.Tag, error) {
	t, err := language.Parse(s)
	if err != nil {
		return language.Und, &LanguageError{Tag: language.Und, Input: s}
	}
	if err := Supported(t); err != nil {
		return language.Und, err
	}
	return t, nil
}
