//go:build ignore

// Gen writes zhanviet.go, the table that maps Sino-Vietnamese syllables to
// pinyin syllables, from the Unihan database.
//
// It reads Unihan_Readings.txt as Debian's unicode-data package installs it
// (bzip2-compressed, plain, or inside Unihan.zip) and pairs, for every
// character that has both, each kVietnamese reading with each kMandarin
// reading. Both sides are folded: tone marks and other diacritics removed,
// đ written d, ü written u, lower case.
//
// Usage:
//
//	go run gen.go [-input Unihan_Readings.txt.bz2] [-debian 15.0.0-1] [-output zhanviet.go]
//
// With no -input it looks where Debian installs the file. Only the standard
// library and golang.org/x/text are used, so go.mod needs nothing more.
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"flag"
	"fmt"
	"go/format"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// debianDir is where Debian's unicode-data package installs the UCD.
const debianDir = "/usr/share/unicode"

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	input := flag.String("input", "", "Unihan_Readings.txt, .txt.bz2 or Unihan.zip (default: look in "+debianDir+")")
	debian := flag.String("debian", "", "Debian unicode-data version for the header (default: read from the package changelog)")
	output := flag.String("output", "zhanviet.go", "Go file to write, or - for standard output")
	flag.Parse()

	if *input == "" {
		*input = findInput()
	}
	if *debian == "" {
		*debian = debianVersion()
	}
	src, err := generate(*input, *debian)
	if err != nil {
		log.Fatal(err)
	}
	if *output == "-" {
		_, err = os.Stdout.Write(src)
	} else {
		err = os.WriteFile(*output, src, 0o644)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// findInput returns the first Unihan readings file found in debianDir.
func findInput() string {
	for _, name := range []string{"Unihan_Readings.txt", "Unihan_Readings.txt.bz2", "Unihan.zip"} {
		p := filepath.Join(debianDir, name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	log.Fatalf("no Unihan_Readings.txt in %s: install Debian's unicode-data package or pass -input", debianDir)
	return ""
}

// debianVersion reads the version of the installed unicode-data package from
// the first line of its changelog, "unicode-data (15.0.0-1) unstable; ...".
func debianVersion() string {
	const changelog = "/usr/share/doc/unicode-data/changelog.Debian.gz"
	f, err := os.Open(changelog)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "unknown"
	}
	line, _ := bufio.NewReader(zr).ReadString('\n')
	_, rest, ok := strings.Cut(line, "(")
	v, _, ok2 := strings.Cut(rest, ")")
	if !ok || !ok2 {
		return "unknown"
	}
	return v
}

// open returns the text of Unihan_Readings.txt in whatever wrapping name has.
func open(name string) (io.ReadCloser, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	switch {
	case strings.HasSuffix(name, ".bz2"):
		return struct {
			io.Reader
			io.Closer
		}{bzip2.NewReader(f), f}, nil
	case strings.HasSuffix(name, ".zip"):
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, err
		}
		zr, err := zip.NewReader(f, fi.Size())
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		for _, zf := range zr.File {
			if zf.Name == "Unihan_Readings.txt" {
				rc, err := zf.Open()
				if err != nil {
					f.Close()
					return nil, err
				}
				return struct {
					io.Reader
					io.Closer
				}{rc, f}, nil
			}
		}
		f.Close()
		return nil, fmt.Errorf("%s: no Unihan_Readings.txt inside", name)
	}
	return f, nil
}

func generate(input, debian string) ([]byte, error) {
	rc, err := open(input)
	if err != nil {
		return nil, err
	}
	defer rc.Close()

	var (
		unicodeVersion string
		copyright      = "© Unicode®, Inc."    // replaced by the file's own line
		viet           = map[string][]string{} // code point → kVietnamese readings
		mandarin       = map[string][]string{} // code point → kMandarin readings
	)
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for lineno := 1; sc.Scan(); lineno++ {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "# Unicode version: "); ok {
			unicodeVersion = strings.TrimSpace(v)
			continue
		}
		if c, ok := strings.CutPrefix(line, "# © "); ok {
			copyright = "© " + strings.TrimSpace(c)
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		cp, rest, ok := strings.Cut(line, "\t")
		field, value, ok2 := strings.Cut(rest, "\t")
		if !ok || !ok2 {
			return nil, fmt.Errorf("%s:%d: want three tab-separated fields, got %q", input, lineno, line)
		}
		switch field {
		case unihanVietnamese:
			viet[cp] = strings.Fields(value)
		case unihanMandarin:
			mandarin[cp] = strings.Fields(value)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", input, err)
	}
	if unicodeVersion == "" {
		return nil, fmt.Errorf("%s: no \"# Unicode version:\" line; is this Unihan_Readings.txt?", input)
	}

	pairs := map[string]map[string]bool{}
	for cp, vs := range viet {
		for _, v := range vs {
			v = fold(v)
			for _, m := range mandarin[cp] {
				if pairs[v] == nil {
					pairs[v] = map[string]bool{}
				}
				pairs[v][fold(m)] = true
			}
		}
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("%s: no character has both kVietnamese and kMandarin", input)
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by go run gen.go from Unihan_Readings.txt (Unicode %s, Debian unicode-data %s); DO NOT EDIT.\n\n", unicodeVersion, debian)
	fmt.Fprintf(&b, licence, copyright)
	b.WriteString("\npackage entities\n\n")
	fmt.Fprintf(&b, "// unihanVersion is the Unicode version of the Unihan data in [hanViet].\nconst unihanVersion = %q\n\n", unicodeVersion)
	b.WriteString("// hanViet holds, sorted by syllable, each folded Sino-Vietnamese syllable\n")
	b.WriteString("// with the folded pinyin syllables, space-separated and sorted, of the\n")
	b.WriteString("// characters that read so. Data derived (modified) from Unihan kVietnamese\n")
	b.WriteString("// and kMandarin.\n")
	b.WriteString("var hanViet = [...]reading{\n")
	keys := make([]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ps := make([]string, 0, len(pairs[k]))
		for p := range pairs[k] {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		fmt.Fprintf(&b, "\t{%q, %q},\n", k, strings.Join(ps, " "))
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// The fields of Unihan_Readings.txt that gen pairs.
const (
	unihanVietnamese = "kVietnamese"
	unihanMandarin   = "kMandarin"
)

// foldedVowels are the vowel letters of a folded syllable, as in the
// package's hanviet.go.
const foldedVowels = "aeiouy"

// fold lower-cases s and removes its diacritics: "bình" → "binh",
// "lǚ" → "lu", "đạo" → "dao", and writes a final y after a consonant as i:
// "kỳ" → "ki". It mirrors the package's Fold and canonical for one syllable.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	f := b.String()
	if n := len(f); n >= 2 && f[n-1] == 'y' && !strings.ContainsRune(foldedVowels, rune(f[n-2])) {
		f = f[:n-1] + "i"
	}
	return f
}

const licence = `// The table below is derived from the Unihan database and was modified
// (filtered, folded and combined) by gen.go.
//
// %s Unicode and the Unicode Logo are registered
// trademarks of Unicode, Inc. in the U.S. and other countries.
//
// UNICODE, INC. LICENSE AGREEMENT - DATA FILES AND SOFTWARE
//
// Permission is hereby granted, free of charge, to any person obtaining a
// copy of the Unicode data files and any associated documentation (the
// "Data Files") or Unicode software and any associated documentation (the
// "Software") to deal in the Data Files or Software without restriction,
// including without limitation the rights to use, copy, modify, merge,
// publish, distribute, and/or sell copies of the Data Files or Software, and
// to permit persons to whom the Data Files or Software are furnished to do
// so, provided that (a) the above copyright notice(s) and this permission
// notice appear with all copies of the Data Files or Software, (b) both the
// above copyright notice(s) and this permission notice appear in associated
// documentation, and (c) there is clear notice in each modified Data File or
// in the Software as well as in the documentation associated with the Data
// File(s) or Software that the data or software has been modified.
//
// THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
// KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
// MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF
// THIRD PARTY RIGHTS. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS
// INCLUDED IN THIS NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR
// CONSEQUENTIAL DAMAGES, OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF
// USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER
// TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
// PERFORMANCE OF THE DATA FILES OR SOFTWARE.
//
// Except as contained in this notice, the name of a copyright holder shall
// not be used in advertising or otherwise to promote the sale, use or other
// dealings in these Data Files or Software without prior written
// authorization of the copyright holder.
`
