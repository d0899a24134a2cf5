package align

import (
	"bytes"
	"cmp"
	_ "embed"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factalign/factalign/internal/strtab"
)

// unitClassData holds data/unitclasses.tsv, the source of
// unitClassTables (ztables.go).
//
//go:embed data/unitclasses.tsv
var unitClassData string

// parseUnitClasses reads data: a unit a line, a tab, its class, and its
// flags (bare, measure, loose, length=, scale=, dim=, si=). A unit of a
// scale takes the dimension of its base and a size from the base's.
func parseUnitClasses(data string) (*unitClassTable, error) {
	rows := map[string]*unitRow{}
	for line := range strings.Lines(data) {
		cols := strings.Split(strings.TrimSpace(line), "\t")
		if len(cols) < 2 || cols[0] == "" || cols[0][0] == '#' {
			continue
		}
		r := &unitRow{class: cols[1]}
		if err := r.setFlags(cols[2:]); err != nil {
			return nil, fmt.Errorf("data/unitclasses.tsv: %s: %v", cols[0], err)
		}
		rows[cols[0]] = r
	}
	if err := fromScales(rows); err != nil {
		return nil, err
	}
	units := slices.Sorted(maps.Keys(rows))
	t := &unitClassTable{rows: make([]unitRow, len(units)+1)} // the last for units not listed
	for i, u := range units {
		t.rows[i] = *rows[u]
	}
	var err error
	t.units, err = strtab.New[uint16](units)
	return t, err
}

// setFlags sets the flags of r.
func (r *unitRow) setFlags(flags []string) error {
	r.bare = slices.Contains(flags, "bare")
	r.measure = slices.Contains(flags, "measure")
	r.loose = slices.Contains(flags, "loose")
	r.head = slices.Contains(flags, "head")
	for _, f := range flags {
		if u, ok := strings.CutPrefix(f, flagLength); ok {
			if u == "" {
				return fmt.Errorf("%q names no unit", f)
			}
			r.length = u
		}
		if sc, ok := parseScale(f); ok {
			r.scaled, r.scale = true, sc
		}
		if d, ok := strings.CutPrefix(f, flagDim); ok {
			r.dim = d
		}
		if v, ok := strings.CutPrefix(f, flagSI); ok {
			if x, err := strconv.ParseFloat(v, 64); err == nil && x > 0 {
				r.si = x
			}
		}
		if v, ok := strings.CutPrefix(f, flagZero); ok {
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return fmt.Errorf("%q: %w", f, err)
			}
			r.zero = x
		}
		if u, ok := strings.CutPrefix(f, flagOr); ok {
			if u == "" {
				return fmt.Errorf("%q names no unit", f)
			}
			r.or = u
		}
	}
	return nil
}

// fromScales gives each unit a scale makes a power of ten of a base the
// base's dimension and its size: km is 1,000 of m, a length; a base of
// scales with no size of its own is 1 in its dimension. A base that is
// ten to a power of another unit is an error: the order of the units
// would matter.
func fromScales(rows map[string]*unitRow) error {
	for u, r := range rows {
		if !r.scaled {
			continue
		}
		base := rows[r.scale.base]
		if base == nil {
			base = &unitRow{}
		}
		if base.scaled && base.scale != (unitScale{r.scale.base, 0}) {
			return fmt.Errorf("data/unitclasses.tsv: %s: its base %s is a power of ten of another unit", u, r.scale.base)
		}
		if r.dim == "" {
			r.dim = base.dim
		}
		if r.si != 0 || base.dim == "" {
			continue
		}
		r.si = cmp.Or(base.si, 1) * math.Pow10(r.scale.exp)
	}
	return nil
}

// writeUnitClasses writes t as the Go variable unitClassTables.
func writeUnitClasses(b *bytes.Buffer, t *unitClassTable) {
	b.WriteString("// unitClassTables are the units of data/unitclasses.tsv and what it says of each.\n")
	b.WriteString("var unitClassTables = unitClassTable{\n\tunits: ")
	b.Write(t.units.AppendGo(nil, "strtab.Table[uint16]"))
	b.WriteString(",\n\trows: []unitRow{\n")
	for i, u := range t.units.Keys() {
		fmt.Fprintf(b, "\t\t{%s}, // %s\n", strings.Join(rowFields(&t.rows[i]), ", "), u)
	}
	b.WriteString("\t\t{}, // the units not listed\n")
	b.WriteString("\t},\n}\n\n")
}

// rowFields returns the fields of r that are not zero, as Go.
func rowFields(r *unitRow) []string {
	f := []string{fmt.Sprintf("class: %q", r.class)}
	for _, flag := range []struct {
		name string
		on   bool
	}{{"bare", r.bare}, {"measure", r.measure}, {"loose", r.loose}, {"head", r.head}, {"scaled", r.scaled}} {
		if flag.on {
			f = append(f, flag.name+": true")
		}
	}
	if r.length != "" {
		f = append(f, fmt.Sprintf("length: %q", r.length))
	}
	if r.scaled {
		f = append(f, fmt.Sprintf("scale: unitScale{%q, %d}", r.scale.base, r.scale.exp))
	}
	if r.dim != "" {
		f = append(f, fmt.Sprintf("dim: %q", r.dim))
	}
	if r.si != 0 {
		f = append(f, "si: "+strconv.FormatFloat(r.si, 'g', -1, 64))
	}
	if r.zero != 0 {
		f = append(f, "zero: "+strconv.FormatFloat(r.zero, 'g', -1, 64))
	}
	if r.or != "" {
		f = append(f, fmt.Sprintf("or: %q", r.or))
	}
	return f
}
