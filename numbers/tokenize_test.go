package numbers

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLatinLetterAt checks the fast path of word against package unicode
// for every rune up to U+FFFF: a rune it reads must be a letter, no mark,
// of the length UTF-8 gives it and of the case package unicode gives it,
// and it must read every rune of the blocks it claims.
func TestLatinLetterAt(t *testing.T) {
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r) + "x"
		got, n := latinLetterAt(s, 0)
		claimed := r >= 0xC0 && r < 0x250 && r != 0xD7 && r != 0xF7 || r >= 0x1E00 && r < 0x1F00
		switch {
		case n == 0 && claimed:
			t.Errorf("U+%04X: not read", r)
		case n == 0:
		case !claimed:
			t.Errorf("U+%04X: read, but outside the blocks", r)
		case n != utf8.RuneLen(r):
			t.Errorf("U+%04X: length %d, want %d", r, n, utf8.RuneLen(r))
		case !unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			t.Errorf("U+%04X: read as a letter", r)
		case got != r:
			t.Errorf("U+%04X: read as U+%04X", r, got)
		case latinCase.lower(r) != unicode.IsLower(r) || latinCase.upper(r) != unicode.IsUpper(r):
			t.Errorf("U+%04X: lower %v, upper %v", r, latinCase.lower(r), latinCase.upper(r))
		case latinCase.toLower(r) != unicode.ToLower(r):
			t.Errorf("U+%04X: lower case U+%04X, want U+%04X", r, latinCase.toLower(r), unicode.ToLower(r))
		}
		// Cut short, the rune is not read.
		if _, n := latinLetterAt(string(r)[:utf8.RuneLen(r)-1], 0); n != 0 {
			t.Errorf("U+%04X cut short: read %d bytes", r, n)
		}
	}
}

// TestStartsUpper checks startsUpper against unicode.IsUpper.
func TestStartsUpper(t *testing.T) {
	for r := rune(1); r <= 0x2FFF; r++ {
		if got, want := startsUpper(string(r)+"a"), unicode.IsUpper(r); got != want {
			t.Errorf("U+%04X: startsUpper %v, want %v", r, got, want)
		}
	}
}

// TestWordBits checks that the index gives every key of the one-word
// tables its bit, in every built-in language, so that notKey never skips
// a key, that bitWeak marks exactly the weak words, and that the bits of
// one-byte words (wordIndex.ascii) are those of the index.
func TestWordBits(t *testing.T) {
	for _, l := range builtinLangs {
		check := func(bit uint64, name string, keys func(func(string, bool) bool)) {
			for k := range keys {
				if l.index.firstsOf(k)&bit == 0 {
					t.Errorf("%s: %s %q lacks its index bit", l.name, name, k)
				}
			}
		}
		check(bitDateWord, "date word", keysOnly(l.dates.words.all()))
		check(bitNumWord, "number word", keysOnly(l.grammar.ids.all()))
		check(bitVagueFirst, "vague first word", keysOnly(l.grammar.vagueFirst.all()))
		check(bitOrdMarker, "ordinal marker", keysOnly(l.grammar.ordinalMarkers.all()))
		check(bitOrdWord, "rank word", keysOnly(l.ordinals.words.phrases()))
		check(bitOrdWordFirst, "rank word start", keysOnly(l.ordinals.wordsFirst.all()))
		check(bitFracWord, "fraction word", keysOnly(l.fractions.words.all()))
		for b := range utf8.RuneSelf {
			if got, want := l.index.firstsOf(string(rune(b))), l.index.firstWords.at(string(rune(b))); got != want {
				t.Errorf("%s: firstsOf(%q) = %#x, the index has %#x", l.name, string(rune(b)), got, want)
			}
		}
		for k, v := range l.index.firstWords.all() {
			if weak := l.index.weak.at(k); (v&bitWeak != 0) != weak {
				t.Errorf("%s: %q: bitWeak %v, weak %v", l.name, k, v&bitWeak != 0, weak)
			}
		}
		for k := range l.index.weak.all() {
			if l.index.weak.at(k) && l.index.firstsOf(k)&bitWeak == 0 {
				t.Errorf("%s: weak %q lacks bitWeak", l.name, k)
			}
		}
	}
}

// keysOnly turns a sequence of keys and values into one of keys.
func keysOnly[V any](seq func(func(string, V) bool)) func(func(string, bool) bool) {
	return func(yield func(string, bool) bool) {
		for k := range seq {
			if !yield(k, true) {
				return
			}
		}
	}
}

// TestLookUp checks the index's look-up of a word (packed for a short
// one, by strtab for a long one) against the index's keys: each key, and
// strings one byte longer or shorter than a key, which are keys only if
// the index has them.
func TestLookUp(t *testing.T) {
	x := builtinLangs[0].index
	keys := x.firstWords.keys()
	probe := func(w string) {
		bits, id := x.lookUp(w)
		i := x.firstWords.index.Index(w)
		if i < 0 && (bits != 0 || id != 0) || i >= 0 && (bits != x.firstWords.vals[i] || id != uint16(i+1)) {
			t.Errorf("lookUp(%q) = %#x, %d; the index has %d", w, bits, id, i)
		}
	}
	for _, k := range keys {
		probe(k)
		probe(k + "a")
		probe(k[:len(k)-1])
		probe("\x00" + k)
	}
	for _, w := range []string{"", "\x07abcdef", "abcdefg", "abcdefgh", "\x00", "\x00\x00"} {
		probe(w)
	}
}

// TestRestFilter checks that every token after the first of every phrase
// of every table, as the tokenizer reads the phrase, passes the table's
// rest filter, so that lookup never stops before a phrase it holds.
func TestRestFilter(t *testing.T) {
	seen := map[uintptr]bool{}
	var walk func(l *langData, v reflect.Value)
	walk = func(l *langData, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() && !seen[v.Pointer()] {
				seen[v.Pointer()] = true
				walk(l, v.Elem())
			}
		case reflect.Struct:
			if strings.HasPrefix(v.Type().Name(), "phraseTable[") {
				checkRest(t, l, v)
			}
			for i := range v.NumField() {
				walk(l, v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(l, v.Index(i))
			}
		}
	}
	for _, l := range builtinLangs {
		walk(l, reflect.ValueOf(l))
	}
	if len(seen) == 0 {
		t.Error("no phrase table found")
	}
}

// checkRest checks the rest filter of v, a phraseTable of l.
func checkRest(t *testing.T, l *langData, v reflect.Value) {
	rest := v.FieldByName("rest")
	f := firstFilter{lengths: rest.FieldByName("lengths").Uint()}
	for b := range f.bytes {
		f.bytes[b] = rest.FieldByName("bytes").Index(b).Uint()
	}
	index := v.FieldByName("index")
	tab, vals := index.FieldByName("index"), index.FieldByName("vals")
	blob, offs := tab.FieldByName("Blob").String(), tab.FieldByName("Offs")
	for i := range vals.Len() {
		if !vals.Index(i).FieldByName("phrase").Bool() {
			continue
		}
		k := blob[offs.Index(i).Uint():offs.Index(i+1).Uint()]
		s := scanner{text: k, lang: l}
		s.tokenize(0, len(k))
		for j := 1; j < len(s.toks); j++ {
			if !f.may(s.toks[j].low) {
				t.Errorf("%s: %s: %q: token %q fails the rest filter", l.name, v.Type().Name(), k, s.toks[j].low)
			}
		}
	}
}

// TestPack checks pack against its definition, the bytes of the word one
// by one from the lowest byte up and the length in the top byte, on
// words of every length it packs.
func TestPack(t *testing.T) {
	for _, w := range []string{"", "a", "vs", "thứ", "ngày", "tháng", "quý", "triệu", "percent", "năm", "\xff\x00\x80", "1234567"} {
		if len(w) > maxPacked {
			continue
		}
		want := uint64(len(w)) << 56
		for i := 0; i < len(w); i++ {
			want |= uint64(w[i]) << (8 * i)
		}
		if got := pack(w); got != want {
			t.Errorf("pack(%q) = %#x, want %#x", w, got, want)
		}
	}
}
