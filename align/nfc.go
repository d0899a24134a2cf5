package align

import "golang.org/x/text/unicode/norm"

// Text as people store it: macOS and some editors write Vietnamese
// decomposed (NFD: "ế" as e, U+0302, U+0301), which reads as English and
// loses most of its facts. Compare reads the composed form (NFC) and
// reports offsets into the text it was given.

// An offsetMap maps byte offsets of a text's NFC form back to offsets of
// the text itself; nil when the text is already NFC.
type offsetMap []int

// toNFC returns the NFC form of s and the map of its offsets back to s.
func toNFC(s string) (string, offsetMap) {
	if norm.NFC.IsNormalString(s) {
		return s, nil
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	out := make([]byte, 0, len(s))
	m := make(offsetMap, 0, len(s)+1)
	for !it.Done() {
		from := it.Pos()
		seg := it.Next()
		for range seg {
			m = append(m, from)
		}
		out = append(out, seg...)
	}
	m = append(m, len(s))
	return string(out), m
}

// at returns the offset in the original text of offset i of the NFC form.
func (m offsetMap) at(i int) int {
	if m == nil || i < 0 {
		return i
	}
	if i >= len(m) {
		return m[len(m)-1]
	}
	return m[i]
}

// restoreOffsets makes the offsets of a side and of its facts' items
// index the original text again.
func restoreOffsets(side *Side, original string, m offsetMap, facts []Fact, sideA bool) {
	if m == nil {
		return
	}
	side.Text = original
	for i := range side.Sentences {
		s := &side.Sentences[i]
		s.Start, s.End = m.at(s.Start), m.at(s.End)
	}
	seen := map[*Item]bool{}
	fix := func(it *Item) {
		if it == nil || seen[it] {
			return
		}
		seen[it] = true
		switch {
		case it.Number != nil:
			it.Number.Start, it.Number.End = m.at(it.Number.Start), m.at(it.Number.End)
		case it.Entity != nil:
			it.Entity.Start, it.Entity.End = m.at(it.Entity.Start), m.at(it.Entity.End)
		}
	}
	for _, f := range facts {
		items, also := f.B, f.AlsoB
		if sideA {
			items, also = f.A, f.AlsoA
		}
		fix(items)
		for _, it := range also {
			fix(it)
		}
	}
}
