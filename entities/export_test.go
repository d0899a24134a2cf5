package entities

import "golang.org/x/text/language"

// Stages runs the first stages of Extract on text for BenchmarkStages:
// the tokenizer and, with lookUp, the look-up of every token in the
// tables. It returns the tokens read, so that the work is not optimised
// away.
func Stages(text string, lang language.Tag, lookUp bool) int {
	e := scratch.Get().(*extractor)
	defer e.release()
	e.tokenize(text, lang)
	if lookUp {
		e.lookUpFirsts()
	}
	return len(e.toks)
}
