package numbers

import "strings"

// The scope of a rank: the field a rank is held in, said next to it, so
// that "hạng 186 thế giới", "world No. 186", "No. 186 in the world" and
// "ranked 186th in the world" are one rank of one ranking. The words are
// data, lang/LANG/rank_scopes.tsv: phrase<TAB>unit<TAB>place, place
// "after" the rank ("thế giới", "in the world") or "before" it ("world",
// "world's"). A scope names the ranking of a rank that names none of its
// own: a bare rank ("thứ 3", "186th") or one after a head flagged scoped
// in ordinal_heads.tsv ("hạng", "số", "No."), whose unit it replaces.
// Like the noun of a rank ("third place"), a scope names what is ranked
// and stays outside the mention: "hạng 186", "No. 186".

// The data file of scopes and its places.
const (
	fileRankScopes = "rank_scopes"
	scopeBefore    = "before"
)

// readRankScopes reads rank_scopes.tsv into the scopes said after a rank
// and those said before it.
func readRankScopes(src langSource) (after, before *phraseTable[string]) {
	a, b := map[string]string{}, map[string]string{}
	for k, v := range src.tsv(fileRankScopes) {
		unit, place, _ := strings.Cut(v, "\t")
		if strings.TrimSpace(place) == scopeBefore {
			b[k] = strings.TrimSpace(unit)
		} else {
			a[k] = strings.TrimSpace(unit)
		}
	}
	return newTable(a), newTable(b)
}

// scopedUnits returns the units of the heads flagged scoped: the ranks
// whose unit a scope may replace ("hạng" place, "No." number).
func scopedUnits(heads map[string]ordHead) map[string]bool {
	set := map[string]bool{}
	for _, h := range heads {
		if h.has(hScoped) {
			set[h.unit] = true
		}
	}
	return set
}

// scopable reports whether a rank of unit may take a scope: a bare rank,
// or one of a head flagged scoped.
func (o *ordinalLex) scopable(unit string) bool {
	return unit == "" || o.scoped.at(unit)
}

// scopeOf returns the unit of a rank of unit over tokens [i, next): the
// scope's when one is said after it ("thế giới", "in the world") or right
// before it ("world", "the world's"), else unit.
func (s *scanner) scopeOf(i, next int, unit string) string {
	ord := s.ordinals()
	if !ord.scopable(unit) {
		return unit
	}
	if u, _, ok := lookup(s, next, 3, ord.scopesAfter); ok {
		return u
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if u, end, ok := lookup(s, k, 3, ord.scopesBefore); ok && end == i {
			return u
		}
	}
	return unit
}

// scopedNumber reads the number of a scoped head that takes no plain
// number ("số"), when a scope follows it: "số 1 thế giới", "số một thế
// giới". It returns the rank and the token after the number.
func (s *scanner) scopedNumber(j int) (int64, int, bool) {
	var v int64
	if t := s.tok(j); t.kind == tNum && len(t.low) <= 3 && !s.glued(j+1) {
		v = atoiSmall(t.low)
	} else if d := s.grammar().wordAt(s, j); d.is(cDigit) && d.val > 0 {
		v = d.val
	}
	if v <= 0 {
		return 0, j, false
	}
	if _, _, ok := lookup(s, j+1, 3, s.ordinals().scopesAfter); !ok {
		return 0, j, false
	}
	return v, j + 1, true
}
