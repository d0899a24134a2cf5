package align

import (
	"bytes"
	_ "embed"
	"fmt"
	"go/format"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/factalign/factalign/internal/strtab"
)

// This file builds the tables of ztables.go from the data files, and
// the math table of ztail.go; see tables_test.go for the test that
// writes and checks them.

// lexiconData is a small Vietnamese–English word list written for this
// project; see the comment at its top.
//
//go:embed data/lexicon.tsv
var lexiconData string

// parseLexicon builds the lexicon of data, expanding each English word by
// its inflections (theInflections). Its layout depends only on data.
func parseLexicon(data string) *lexicon {
	vi := map[uint64]viEntry{}
	en := map[uint64][]int32{}
	lx := &lexicon{}
	ids := map[string]int32{}
	for _, line := range dataLines(data) {
		v, e, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		common := strings.HasPrefix(v, "*")
		sylls := strings.Fields(strings.ToLower(norm.NFC.String(strings.TrimPrefix(v, "*"))))
		if len(sylls) == 0 || len(sylls) > maxPhrase {
			continue
		}
		v = strings.Join(sylls, " ")
		id, seen := ids[v]
		if !seen {
			id = int32(len(lx.common))
			ids[v] = id
			lx.common = append(lx.common, common)
		} else if common {
			lx.common[id] = true
		}
		addPhrase(vi, sylls, id)
		for _, w := range strings.Fields(e) {
			for _, f := range inflections(w) {
				hf := hashMore(fnvOffset, f)
				if ids := en[hf]; len(ids) == 0 || ids[len(ids)-1] != id {
					en[hf] = append(ids, id)
				}
			}
		}
	}
	lx.vi = newTable(len(vi))
	for _, h := range slices.Sorted(maps.Keys(vi)) {
		lx.vi.put(h, int32(len(lx.viEntry)))
		lx.viEntry = append(lx.viEntry, vi[h])
	}
	lx.en = newTable(len(en))
	for _, h := range slices.Sorted(maps.Keys(en)) {
		lx.en.put(h, int32(len(lx.enEnds)))
		lx.enIDs = append(lx.enIDs, en[h]...)
		lx.enEnds = append(lx.enEnds, int32(len(lx.enIDs)))
	}
	return lx
}

// addPhrase enters the Vietnamese phrase sylls of concept id, and marks
// its prefixes as starting a longer phrase.
func addPhrase(vi map[uint64]viEntry, sylls []string, id int32) {
	h := uint64(fnvOffset)
	for k, syl := range sylls {
		if k > 0 {
			h = hashMore(h, " ")
		}
		h = hashMore(h, syl)
		e, ok := vi[h]
		if !ok {
			e.id = -1
		}
		if k == len(sylls)-1 {
			e.id = id
		} else {
			e.longer = true
		}
		vi[h] = e
	}
}

// inflections returns w and its regular English inflections: plural or
// third person, past, and -ing, with the usual spelling changes, by the
// rules of data/en-inflections.tsv.
func inflections(w string) []string {
	return theInflections().inflect(w)
}

// writeLexicon writes lx as the Go variable lexiconTables.
func writeLexicon(b *bytes.Buffer, lx *lexicon) {
	b.WriteString("// lexiconTables is the lexicon of data/lexicon.tsv, its English words\n// inflected by the rules of data/en-inflections.tsv.\n")
	b.WriteString("var lexiconTables = lexicon{\nvi: ")
	writeTable(b, lx.vi)
	b.WriteString(",\nviEntry: []viEntry{")
	for i, e := range lx.viEntry {
		if i%8 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "{%d, %t}, ", e.id, e.longer)
	}
	b.WriteString("\n},\nen: ")
	writeTable(b, lx.en)
	b.WriteString(",\nenIDs: ")
	writeInts(b, "int32", lx.enIDs)
	b.WriteString(",\nenEnds: ")
	writeInts(b, "int32", lx.enEnds)
	b.WriteString(",\ncommon: []bool{")
	for i, c := range lx.common {
		if i%12 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "%t, ", c)
	}
	b.WriteString("\n},\n}\n\n")
}

// writeTable writes t as a table literal. Most slots are empty, so the
// keys and values are written by slot index, the empty ones left out;
// the last slot is always written, to fix the length.
func writeTable(b *bytes.Buffer, t *table) {
	fmt.Fprintf(b, "&table{\nmask: %#x,\nshift: %d,\nkeys: []uint64{", t.mask, t.shift)
	n := 0
	for i, k := range t.keys {
		if k != 0 || i == len(t.keys)-1 {
			if n%4 == 0 {
				b.WriteString("\n")
			}
			n++
			fmt.Fprintf(b, "%d: %#x, ", i, k)
		}
	}
	b.WriteString("\n},\nvals: []int32{")
	n = 0
	for i, k := range t.keys {
		if k != 0 || i == len(t.keys)-1 {
			if n%8 == 0 {
				b.WriteString("\n")
			}
			n++
			fmt.Fprintf(b, "%d: %d, ", i, t.vals[i])
		}
	}
	b.WriteString("\n},\n}")
}

// writeInts writes s as a slice literal of type []typ.
func writeInts[T int32 | uint16](b *bytes.Buffer, typ string, s []T) {
	fmt.Fprintf(b, "[]%s{", typ)
	for i, v := range s {
		if i%16 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "%d, ", v)
	}
	b.WriteString("\n}")
}

// slotData holds the slot words of the two languages; see the comment at
// its top.
//
//go:embed data/slots.tsv
var slotData string

// parseSlotWords builds the slot words of data. The phrases are grouped
// by first word in the order of the hashes of the first words, and keep
// the order of data within a group. Two first words of one hash are an
// error, since the table could not tell them apart.
func parseSlotWords(data string) (*slotWords, error) {
	sw := &slotWords{}
	first := map[string][]slotPhrase{}
	classOf := map[string]int{}
	for _, line := range dataLines(data) {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			continue
		}
		c, ok := classOf[f[0]]
		if !ok {
			c = len(sw.classes)
			classOf[f[0]] = c
			sw.classes = append(sw.classes, f[0])
			read := strings.TrimRight(f[2], "*!#=@$")
			flags := f[2][len(read):]
			sw.before = append(sw.before, read == readBefore)
			sw.strict = append(sw.strict, strings.Contains(flags, "!"))
			sw.keyed = append(sw.keyed, strings.Contains(flags, "*"))
			sw.apart = append(sw.apart, strings.Contains(flags, "#"))
			sw.oneSide = append(sw.oneSide, strings.Contains(flags, "="))
			sw.datesOnly = append(sw.datesOnly, strings.Contains(flags, "@"))
			sw.moneyOnly = append(sw.moneyOnly, strings.Contains(flags, "$"))
		}
		for _, side := range f[3:] {
			for _, p := range strings.Split(side, "|") {
				words := slotTokens(p)
				if len(words) == 0 {
					continue
				}
				first[words[0]] = append(first[words[0]], slotPhrase{words: words, class: c, concept: f[1]})
			}
		}
	}
	byHash := map[uint64]string{}
	for w := range first {
		h := hashMore(fnvOffset, w)
		if other, ok := byHash[h]; ok {
			return nil, fmt.Errorf("slots.tsv: %q and %q have one hash", w, other)
		}
		byHash[h] = w
	}
	sw.first = newTable(len(first))
	for _, h := range slices.Sorted(maps.Keys(byHash)) {
		sw.first.put(h, int32(len(sw.firstEnds)))
		sw.phrases = append(sw.phrases, first[byHash[h]]...)
		sw.firstEnds = append(sw.firstEnds, int32(len(sw.phrases)))
	}
	sw.none = make(slotOf, len(sw.classes))
	return sw, nil
}

// slotTokens splits text into lower-case NFC words: runs of letters,
// digits and inner hyphens.
func slotTokens(text string) []string {
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	return appendWords(nil, text)
}

// writeSlotWords writes sw as the Go variable slotTables.
func writeSlotWords(b *bytes.Buffer, sw *slotWords) {
	b.WriteString("// slotTables are the slot words of data/slots.tsv.\n")
	fmt.Fprintf(b, "var slotTables = slotWords{\nclasses: %#v,\nbefore: %#v,\nstrict: %#v,\nkeyed: %#v,\napart: %#v,\noneSide: %#v,\ndatesOnly: %#v,\nmoneyOnly: %#v,\nfirst: ",
		sw.classes, sw.before, sw.strict, sw.keyed, sw.apart, sw.oneSide, sw.datesOnly, sw.moneyOnly)
	writeTable(b, sw.first)
	b.WriteString(",\nphrases: []slotPhrase{\n")
	for _, p := range sw.phrases {
		fmt.Fprintf(b, "{%#v, %d, %q},\n", p.words, p.class, p.concept)
	}
	b.WriteString("},\nfirstEnds: ")
	writeInts(b, "int32", sw.firstEnds)
	b.WriteString(",\nnone: slotOf{")
	for range sw.none {
		b.WriteString(`"", `)
	}
	b.WriteString("},\n}\n\n")
}

// abbrevData holds the abbreviations of the sentence splitter; see the
// comment at its top.
//
//go:embed data/abbreviations.tsv
var abbrevData string

// parseAbbrevs reads the abbreviations of data, one a line, with comment
// lines starting with '#'. A line with a space in it, a word not in NFC
// or one listed twice is an error.
func parseAbbrevs(data string) (map[string]bool, error) {
	words := map[string]bool{}
	for n, line := range dataLines(data) {
		switch {
		case strings.ContainsFunc(line, unicode.IsSpace):
			return nil, fmt.Errorf("data/abbreviations.tsv:%d: want one word, no spaces: %q", n, line)
		case !norm.NFC.IsNormalString(line):
			return nil, fmt.Errorf("data/abbreviations.tsv:%d: not NFC: %q", n, line)
		case words[line]:
			return nil, fmt.Errorf("data/abbreviations.tsv:%d: %q again", n, line)
		}
		words[line] = true
	}
	return words, nil
}

// writeAbbrevs writes words as the Go variable abbrevTables, a
// strtab.Table of them in byte order.
func writeAbbrevs(b *bytes.Buffer, words map[string]bool) error {
	t, err := strtab.New[uint16](slices.Sorted(maps.Keys(words)))
	if err != nil {
		return err
	}
	b.WriteString("// abbrevTables are the words of data/abbreviations.tsv: words after\n// which a full stop does not end a sentence.\n")
	b.WriteString("var abbrevTables = ")
	b.Write(t.AppendGo(nil, "strtab.Table[uint16]"))
	b.WriteString("\n\n")
	return nil
}

// tailValues computes the values of tailTable.
func tailValues() []float64 {
	t := make([]float64, tailMax*tailScale+2)
	for k := range t {
		x := math.Sqrt(float64(k) / tailScale)
		p := math.Erfc(x / math.Sqrt2) // 2(1-Φ(x))
		t[k] = -math.Log(p)
	}
	return t
}

// generateTail writes tailTable as the Go source of ztail.go.
func generateTail() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by go test -run ^TestTables$ -tables from tailValues in\n// tables_build_test.go; DO NOT EDIT.\n\n")
	b.WriteString("package align\n\n")
	b.WriteString("// tailTable holds -log(2(1-Φ(x))) for x² = k/tailScale.\n")
	b.WriteString("var tailTable = [tailMax*tailScale + 2]float64{")
	for i, v := range tailValues() {
		if v == 0 {
			v = 0 // -log(1) is -0, which Go source cannot write; it sums as 0
		}
		if i%6 == 0 {
			b.WriteString("\n")
		}
		b.WriteString(strconv.FormatFloat(v, 'g', -1, 64) + ", ")
	}
	b.WriteString("\n}\n")
	return format.Source(b.Bytes())
}
