// Command align pairs the sentences of two versions of a text, such as
// the Vietnamese and the English version of a news story.
//
// Usage:
//
//	align [-presegmented] [-beads] [-mode auto|monotonic|comparable] [-lang-a vi] [-lang-b en] A_FILE B_FILE
//
// With -presegmented each input holds one sentence a line; otherwise the
// program splits the raw text into sentences itself (align.Segment),
// reading a leading `date YYYY-MM-DD` line as the text's date.
//
// With -beads it prints one bead a line, in order: the 0-based indices of
// the sentences of A, a tab, and those of B, each a comma-separated list
// that may be empty ("3,4\t5", "6\t", "\t11"). Without -beads it prints
// the pairs side by side for people to read.
//
// Languages are guessed from the text unless -lang-a and -lang-b are
// given. The exit status is 0 on success and 2 on bad usage or unreadable
// input, with one line on standard error.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factalign/factalign/align"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usageLine = "usage: align [-presegmented] [-beads] [-mode auto|monotonic|comparable] [-lang-a vi] [-lang-b en] A_FILE B_FILE (- for standard input)"

// readFile reads a file, or stdin for "-".
func readFile(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		if stdin == nil {
			return nil, nil
		}
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "align: internal error: %v\n", r)
			status = 2
		}
	}()
	fs := flag.NewFlagSet("align", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	preseg := fs.Bool("presegmented", false, "inputs hold one sentence a line")
	beads := fs.Bool("beads", false, "print beads as i,j<TAB>k lines")
	modeName := fs.String("mode", "auto", "auto, monotonic or comparable")
	langA := fs.String("lang-a", "", "language of A_FILE (vi, en, ...); guessed when empty")
	langB := fs.String("lang-b", "", "language of B_FILE; guessed when empty")
	usage := func(msg string) int {
		fmt.Fprintf(stderr, "align: %s (%s)\n", msg, usageLine)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stdout, "%s\n\nFlags:\n", usageLine)
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			fmt.Fprintln(stdout, "\nExample:\n  align -beads testdata/pairs/fdi-q1/vi.txt testdata/pairs/fdi-q1/en.txt")
			return 0
		}
		return usage(err.Error())
	}
	if fs.NArg() != 2 {
		return usage(fmt.Sprintf("want 2 files, have %d", fs.NArg()))
	}
	mode, ok := align.ParseMode(*modeName)
	if !ok {
		return usage(fmt.Sprintf("unknown mode %q", *modeName))
	}
	var tags [2]language.Tag
	for k, s := range []string{*langA, *langB} {
		if s == "" {
			continue
		}
		t, err := language.Parse(s)
		if err != nil {
			return usage(fmt.Sprintf("bad language %q", s))
		}
		tags[k] = t
	}
	var sides [2]side
	if fs.Arg(0) == "-" && fs.Arg(1) == "-" {
		return usage("standard input (-) can be read once only")
	}
	for k := range sides {
		raw, err := readFile(fs.Arg(k), stdin)
		if err == nil {
			err = checkText(fs.Arg(k), raw)
		}
		if err != nil {
			fmt.Fprintf(stderr, "align: %v\n", err)
			return 2
		}
		sides[k] = read(string(raw), *preseg, tags[k])
	}
	opts := []align.Option{
		align.WithMode(mode),
		align.WithLanguages(sides[0].lang, sides[1].lang),
		align.WithDates(sides[0].date, sides[1].date),
	}
	result := align.Sentences(sides[0].sents, sides[1].sents, opts...)
	out := bufio.NewWriter(stdout)
	if *beads {
		for _, b := range result {
			out.WriteString(b.String())
			out.WriteByte('\n')
		}
	} else {
		sideBySide(out, result, sides[0].sents, sides[1].sents)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "align: %v\n", err)
		return 2
	}
	return 0
}

// checkText refuses what cannot be aligned: an empty file, UTF-16,
// binary data, text that is not UTF-8.
func checkText(name string, raw []byte) error {
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return fmt.Errorf("%s: empty", name)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return fmt.Errorf("%s: UTF-16 text; save it as UTF-8", name)
	case bytes.IndexByte(raw, 0) >= 0:
		return fmt.Errorf("%s: binary data (a NUL byte at offset %d)", name, bytes.IndexByte(raw, 0))
	case !utf8.Valid(raw):
		return fmt.Errorf("%s: not valid UTF-8", name)
	}
	return nil
}

// printable replaces the control characters of a document's text (ESC
// and the rest of C0 and C1, but tab) with U+FFFD, so that a document
// cannot move the cursor, retitle or clear the reader's terminal.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\t' && (r < 0x20 || r == 0x7F || r >= 0x80 && r < 0xA0) {
			return utf8.RuneError
		}
		return r
	}, s)
}

// A side is one input, split into sentences.
type side struct {
	sents []align.Sentence
	lang  language.Tag
	date  time.Time
}

// read splits an input into sentences: one a line when presegmented, by
// align.Segment otherwise. lang is guessed when it is Und.
func read(text string, presegmented bool, lang language.Tag) side {
	var s side
	if lang == language.Und {
		lang = align.GuessLanguage(text)
	}
	s.lang = lang
	if presegmented {
		for line := range strings.Lines(text) {
			t := strings.TrimRight(line, "\r\n")
			s.sents = append(s.sents, align.Sentence{Text: t})
		}
		return s
	}
	s.date, _, _ = align.Header(text)
	s.sents = align.Segment(text, lang)
	return s
}

// column is the width of one side of the side-by-side view, in runes.
const column = 56

// sideBySide prints each bead as two columns of wrapped text.
func sideBySide(w *bufio.Writer, beads []align.Bead, a, b []align.Sentence) {
	for _, bd := range beads {
		left := wrap(label(bd.A, a), column)
		right := wrap(label(bd.B, b), column)
		kind := fmt.Sprintf("%d-%d", len(bd.A), len(bd.B))
		if len(bd.A) > 0 && len(bd.B) > 0 {
			kind += " " + strconv.FormatFloat(bd.Score, 'f', 2, 64)
		}
		fmt.Fprintf(w, "── %s %s\n", kind, strings.Repeat("─", max(0, 2*column+3-len(kind)-4)))
		for k := range max(len(left), len(right)) {
			l, r := "", ""
			if k < len(left) {
				l = left[k]
			}
			if k < len(right) {
				r = right[k]
			}
			fmt.Fprintf(w, "%s%s │ %s\n", l, strings.Repeat(" ", column-utf8.RuneCountInString(l)), r)
		}
	}
}

// label joins the sentences of one side of a bead, each after its index.
func label(idx []int, sents []align.Sentence) string {
	var s strings.Builder
	for k, i := range idx {
		if k > 0 {
			s.WriteByte(' ')
		}
		fmt.Fprintf(&s, "[%d] %s", i, printable(strings.ToValidUTF8(sents[i].Text, "\uFFFD")))
	}
	return s.String()
}

// wrap breaks s into lines of at most width runes, at spaces where it can.
func wrap(s string, width int) []string {
	var lines []string
	for s != "" {
		if utf8.RuneCountInString(s) <= width {
			lines = append(lines, s)
			break
		}
		// Byte offset of the rune after the first width runes.
		cut, n := 0, 0
		for cut < len(s) && n < width {
			_, size := utf8.DecodeRuneInString(s[cut:])
			cut += size
			n++
		}
		if sp := strings.LastIndexByte(s[:cut], ' '); sp > 0 {
			lines = append(lines, s[:sp])
			s = s[sp+1:]
		} else {
			lines = append(lines, s[:cut])
			s = s[cut:]
		}
	}
	return lines
}
