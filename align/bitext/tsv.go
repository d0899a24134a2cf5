package bitext

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxLine is the longest TSV line read.
const maxLine = 1 << 20

// readTSV reads one pair a line, A<TAB>B with an optional third column
// for the id; blank lines are skipped.
func readTSV(r io.Reader) ([]Unit, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	var units []Unit
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, &Error{Format: TSV, Line: n, Msg: "not UTF-8 text at byte " + itoa(invalidAt(line)+1) + " of the line", Err: ErrEncoding}
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 3 {
			return nil, &Error{Format: TSV, Line: n, Msg: "want A<TAB>B or A<TAB>B<TAB>id, got " + itoa(len(cols)) + " columns", Err: ErrSyntax}
		}
		u := Unit{ID: itoa(n), A: cols[0], B: cols[1], Line: n}
		if len(cols) == 3 && cols[2] != "" {
			u.ID = cols[2]
		}
		units = append(units, u)
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{Format: TSV, Line: n + 1, Msg: err.Error(), Err: ErrSyntax}
	}
	return units, nil
}

func itoa(n int) string { return strconv.Itoa(n) }

// invalidAt returns the offset of the first byte of s that is not valid
// UTF-8, or -1.
func invalidAt(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return -1
}
