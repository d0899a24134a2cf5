package numbers

import "io/fs"

// builtinSource returns the data files of a built-in language.
func builtinSource(lang string) langSource {
	sub, _ := fs.Sub(langFiles, "lang/"+lang)
	return langSource{name: lang, fsys: sub}
}

// readTSV reads lang/LANG/NAME.tsv of a built-in language.
func readTSV(lang, name string) map[string]string { return builtinSource(lang).tsv(name) }
