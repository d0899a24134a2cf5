package bitext

import (
	"bufio"
	"io"
	"strconv"
	"strings"
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
