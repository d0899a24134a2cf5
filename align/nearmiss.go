package align

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/factalign/factalign/numbers"
)

// nearMissReach is how many beads apart two short figures (one or two
// digits) may be for a near miss, per point of evidence (the same bead,
// the same unit, and two for the same slot words); longer figures may be
// anywhere.
const nearMissReach = 2

// conflictsNearMiss pairs the facts left after every other step whose
// values are one keystroke apart — a digit changed, dropped, added or
// two digits swapped (97.57 and 95.57, 46 and 64, 144 and 194) — and that
// measure the same thing: the same kind and unit, no clash of slot
// words, and no other such candidate on either side. This is the edit an
// editor makes by mistake, and it is found wherever the sentences are,
// since an edited value is often the anchor the alignment missed.
func (p *pairer) conflictsNearMiss() {
	// Candidates between facts, not mentions: a figure the headline and
	// the body repeat is one candidate, taken in its nearest mention.
	best := map[[2]int]nearMissCand{}
	var order [][2]int
	for _, found := range p.nearMisses() {
		for _, c := range found {
			key := [2]int{p.repA[c.x], p.repB[c.y]}
			if old, ok := best[key]; !ok {
				order = append(order, key)
				best[key] = c
			} else if c.dist < old.dist {
				best[key] = c
			}
		}
	}
	countA, countB := map[int]int{}, map[int]int{}
	for _, k := range order {
		countA[k[0]]++
		countB[k[1]]++
	}
	for _, k := range order {
		if countA[k[0]] != 1 || countB[k[1]] != 1 {
			continue // two candidates: no telling which was edited
		}
		c := best[k]
		v := p.judge(c.x, c.y)
		conf := beadConfidence(p.beads[p.beadA[p.fa.items[c.x].Sentence]])
		if c.dist > 0 {
			// Said of figures in sentences that are not aligned; in aligned
			// ones the conflict needs no excuse.
			v.why.more += nearMissNote(p.fa.items[c.x].Number, p.fb.items[c.y].Number)
			conf = confElsewhere
		}
		p.add(c.x, c.y, v, conf)
		if p.keystroke == nil {
			p.keystroke = map[*Item]bool{}
		}
		p.keystroke[&p.fa.items[c.x]] = true
	}
}

// A nearMissCand is a near miss between items x of A and y of B, whose
// sentences are dist beads apart.
type nearMissCand struct{ x, y, dist int }

// nearMisses returns the near misses of the leftover figures of A, in the
// order of A's items and, for each, of its candidates. Finding them only
// reads the pairing: the figures of A are shared, chunk by chunk, by two
// goroutines (inChunks), each with its own scratch: the lists of the
// chunks, in order.
func (p *pairer) nearMisses() [][]nearMissCand {
	index := p.nearMissIndex()
	left := p.leftFiguresByBead()
	found := make([][]nearMissCand, chunksOf(len(p.fa.items), chunkSize))
	var scratch [2]nearMissScratch
	inChunks(len(p.fa.items), chunkSize, func(worker, c, lo, hi int) {
		found[c] = p.nearMissesOf(lo, hi, index, left, &scratch[worker])
	})
	return found
}

// nearMissScratch is the scratch of a worker of nearMisses.
type nearMissScratch struct {
	seen  []int32 // x+1 where y was judged for x
	cands []int
	keys  []uint64
}

// nearMissesOf returns the near misses of the leftover figures of A from
// item lo to hi, as nearMisses does, with scratch s.
func (p *pairer) nearMissesOf(lo, hi int, index nearMissIndex, left [][]int, s *nearMissScratch) []nearMissCand {
	var out []nearMissCand
	if s.seen == nil {
		s.seen = make([]int32, len(p.fb.items))
	}
	seen, cands, keys := s.seen, s.cands, s.keys
	defer func() { s.cands, s.keys = cands, keys }()
	for x := lo; x < hi; x++ {
		ax := &p.fa.items[x]
		if p.usedA[x] || ax.Number == nil || p.convertsPaired(p.fa, p.usedA, x) {
			continue
		}
		cands, keys = p.nearMissCandidates(cands[:0], keys, x, left, index)
		var bx [40]byte // x's value, written once for all its candidates: on the stack
		vx := string(ax.Number.Value.Append(bx[:0]))
		for _, y := range cands {
			if seen[y] == int32(x+1) {
				continue // a figure both near by and in the index is judged once
			}
			seen[y] = int32(x + 1)
			if p.nearMiss(x, y, vx) {
				out = append(out, nearMissCand{x, y, absInt(p.beadA[ax.Sentence] - p.beadB[p.fb.items[y].Sentence])})
			}
		}
	}
	return out
}

// Where the candidates of a near miss come from, so that the cost stays
// linear: the figures of B in the beads around x's (where a rounded
// figure can meet a precise one), and, anywhere in the document, the
// figures written with the same digits but one (an index of each figure's
// digits with one digit dropped: two strings one keystroke apart share
// such a key).
const (
	nearMissWindow = 8  // beads on each side of x's bead
	nearMissBucket = 32 // figures kept under one key of the index
)

// A nearMissIndex lists the leftover figures of B under each of their
// keys (nearMissKeys): its entries are sorted by key, and under a key by
// figure, so that a sorted slice, searched, serves as a map of lists.
type nearMissIndex []nearMissEntry

// A nearMissEntry is a figure of B, by its item, under one of its keys.
type nearMissEntry struct {
	key uint64
	y   int32
}

// nearMissIndex indexes the leftover figures of B by their kind and their
// digits with one digit dropped. The keys are counted first: the index is
// one array of its size.
func (p *pairer) nearMissIndex() nearMissIndex {
	var keys []uint64
	n := 0
	for y := range p.fb.items {
		if p.nearMissFigure(y) {
			keys = nearMissKeys(keys[:0], p.fb.items[y].Number)
			n += len(keys)
		}
	}
	index := make(nearMissIndex, 0, n)
	for y := range p.fb.items {
		if p.nearMissFigure(y) {
			keys = nearMissKeys(keys[:0], p.fb.items[y].Number)
			for _, k := range keys {
				index = append(index, nearMissEntry{k, int32(y)})
			}
		}
	}
	slices.SortFunc(index, func(a, b nearMissEntry) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.y, b.y)) })
	return index
}

// nearMissFigure reports whether item y of B is a leftover figure that
// nearMissIndex indexes: not a date.
func (p *pairer) nearMissFigure(y int) bool {
	it := &p.fb.items[y]
	return !p.usedB[y] && it.Number != nil && family(it.Number.Kind) != numbers.Date
}

// appendFigures appends to out the first nearMissBucket figures under
// key, in order.
func (index nearMissIndex) appendFigures(out []int, key uint64) []int {
	i := index.first(key)
	for n := 0; i < len(index) && index[i].key == key && n < nearMissBucket; i, n = i+1, n+1 {
		out = append(out, int(index[i].y))
	}
	return out
}

// first returns where the entries of key start, or would: the search of
// slices.BinarySearchFunc, with the comparison of keys written out, for
// it runs for every key of every figure of A.
func (index nearMissIndex) first(key uint64) int {
	lo, hi := 0, len(index)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if index[m].key < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// nearMissKeys appends the index keys of a figure, hashed (see
// anchorBuilder.add): the keys of dropOneKeys, then of scaleKey and of
// anagramKey.
func nearMissKeys(dst []uint64, m *numbers.Mention) []uint64 {
	v := m.Value.String()
	fam := hashMore(uint64(fnvOffset), family(m.Kind).String())
	h := hashMore(fam, " ")
	dst = append(dst, hashMore(h, v))
	for i := range len(v) {
		hi := hashMore(h, v[:i])
		dst = append(dst, hashMore(hi, v[i+1:]), hashMore(hashMore(hi, "_"), v[i+1:]))
	}
	digits := strings.Trim(strings.Replace(v, ".", "", 1), "0-")
	dst = append(dst, hashMore(hashMore(fam, " ~"), digits[:min(2, len(digits))]))
	var buf [32]byte
	d := append(buf[:0], v...)
	slices.Sort(d)
	return append(dst, hashMore(hashMore(fam, " #"), d))
}

// nearMissCandidates appends to out the figures of B that may be one
// keystroke from item x of A, perhaps more than once: those of left (the
// leftover figures of each bead) near x's bead, and those of the index;
// keys is scratch.
func (p *pairer) nearMissCandidates(out []int, keys []uint64, x int, left [][]int, index nearMissIndex) ([]int, []uint64) {
	k := p.beadA[p.fa.items[x].Sentence]
	for kk := max(0, k-nearMissWindow); kk <= k+nearMissWindow && kk < len(left); kk++ {
		out = append(out, left[kk]...)
	}
	m := p.fa.items[x].Number
	keys = nearMissKeys(keys[:0], m)
	for _, key := range keys {
		out = index.appendFigures(out, key)
	}
	return out, keys
}

// leftFiguresByBead returns the items of B in each bead, in order, that
// nearMiss may pair: the leftover figures that convert no figure already
// paired. Those of a bead are read for every figure of A in the beads
// around it; the others would only be turned away there.
func (p *pairer) leftFiguresByBead() [][]int {
	all := make([]int, 0, len(p.fb.items))
	left := make([][]int, p.inB.len())
	for k := range p.inB.len() {
		ys := p.inB.of(k)
		start := len(all)
		for _, y := range ys {
			if p.leftFigureB(y) {
				all = append(all, y)
			}
		}
		left[k] = all[start:len(all):len(all)]
	}
	return left
}

// leftFigureB reports whether item y of B is a figure that nearMiss may
// pair, whatever the item of A: one left over, that converts no figure
// already paired.
func (p *pairer) leftFigureB(y int) bool {
	return !p.usedB[y] && p.fb.items[y].Number != nil && !p.convertsPaired(p.fb, p.usedB, y)
}

// nearMiss reports whether leftover items x of A and y of B can be one
// figure with a slip of the keyboard; vx is x's value as Decimal.String
// writes it.
func (p *pairer) nearMiss(x, y int, vx string) bool {
	ax, by := &p.fa.items[x], &p.fb.items[y]
	// The digits first: they rule out most candidates, and cost less than
	// sameThing, which a number and a name never pass.
	if !p.leftFigureB(y) || ax.slot().clash(by.slot()) {
		return false
	}
	if bound(ax.Number)*bound(by.Number) < 0 && !ax.Number.Value.Equal(by.Number.Value) {
		return false // "trên 60 tuổi" and "under ten": two limits, no slip
	}
	if roundedAgainstBare(ax.Number, by.Number) || roundedAgainstBare(by.Number, ax.Number) {
		return false
	}
	// The measure last: it looks units up, and the digits rule out more.
	if scaleSlip(ax.Number, by.Number) && sameMeasure(ax.Number, by.Number) {
		if !sameThing(ax, by, p.fa, p.fb) {
			return false
		}
		v := p.judge(x, y)
		return v.comparable && v.status == Conflict
	}
	var bb [40]byte // y's digits, compared here only: on the stack
	sa, db, ok := nearMissDigits(bb[:0], ax.Number, by.Number, vx)
	sb := string(db)
	if !ok || !oneKeystroke(sa, sb) && !digitsExchanged(sa, sb) && (sa != sb || !oppositeBounds(ax.Number, by.Number) && !oppositeTrends(ax.Number, by.Number)) {
		return false
	}
	// Two percentages with two digits swapped ("67%" and "76%") are the
	// slip of a hand: the swap counts as the unit would.
	sameUnit := sameMeasure(ax.Number, by.Number) || bothPercent(ax.Number, by.Number) && exchanged(sa, sb)
	if len(sa) != len(sb) && !sameUnit {
		return false // 110 points and a bare 11 are not one figure
	}
	if !p.enoughEvidence(ax, by, sa, sb, sameUnit) || !sameThing(ax, by, p.fa, p.fb) {
		return false
	}
	v := p.judge(x, y)
	return v.comparable && v.status == Conflict
}

// roundedAgainstBare reports a rounded count of a noun ("hơn 372.000
// xe", a headline's) against an exact number with no noun ("the 392,000
// that analysts had expected"): a headline rounds the figure of its
// story, and the one keystroke between their digits is chance.
func roundedAgainstBare(a, b *numbers.Mention) bool {
	return a.Qualifier != numbers.Exact && a.Unit != "" && b.Qualifier == numbers.Exact && b.Unit == "" && b.Kind == numbers.Number
}

// enoughEvidence reports whether the items ax and by, whose digits sa
// and sb are one slip apart, have more than their digits to make them
// one figure, as much more as the figures are short: aligned sentences,
// a shared slot, the same unit. More evidence never makes too little:
// whether the sentences are aligned, which costs the most to ask, is
// asked only when the rest of the evidence falls short without it and
// suffices with it.
func (p *pairer) enoughEvidence(ax, by *Item, sa, sb string, sameUnit bool) bool {
	d := absInt(p.beadA[ax.Sentence] - p.beadB[by.Sentence])
	rest := 2*boolInt(ax.slot().shared(by.slot()) > 0) + boolInt(sameUnit) + boolInt(bothChanges(ax.Number, by.Number))
	switch {
	case !enoughFor(sa, sb, d, rest+1):
		return false
	case enoughFor(sa, sb, d, rest):
		return true
	}
	aligned := d == 0 || p.supported[[2]int{ax.Sentence, by.Sentence}] || p.besideBead(ax.Sentence, by.Sentence)
	return aligned
}

// enoughFor reports whether evidence points of evidence suffice to make
// figures of digits sa and sb, one slip apart, in sentences d beads apart,
// one figure: the shorter the figures, the more they need, and a figure
// of four significant digits or more needs none.
func enoughFor(sa, sb string, d, evidence int) bool {
	switch {
	case len(sa) <= 2 && len(sb) <= 2 && (d > nearMissReach*evidence || evidence < 2):
		return false // short figures are many: they need more than their digits
	case len(sa) == 1 && len(sb) == 1 && (d > 0 || evidence < 3):
		return false // any two digits are one keystroke apart
	case evidence < 1 && significant(sa) < 4:
		return false // 13.8 and 13.9 per cent may be two figures; 97.57 and 95.57 hardly
	}
	return true
}

// besideBead reports sentence sa of A next to a sentence aligned with sb
// of B, or sb next to one aligned with sa: the other version merged the
// two sentences ("... 23.000 em so với năm trước. Tỷ lệ ... đạt 99,4%"
// against "..., about 23,000 more than last year, and 99.4 percent of
// them turned up").
func (p *pairer) besideBead(sa, sb int) bool {
	for _, n := range [2]int{sa - 1, sa + 1} {
		if n >= 0 && n < len(p.beadA) && p.beadA[n] == p.beadB[sb] && len(p.beads[p.beadA[n]].A) > 0 && len(p.beads[p.beadA[n]].B) > 0 {
			return true
		}
	}
	for _, n := range [2]int{sb - 1, sb + 1} {
		if n >= 0 && n < len(p.beadB) && p.beadB[n] == p.beadA[sa] && len(p.beads[p.beadB[n]].A) > 0 && len(p.beads[p.beadB[n]].B) > 0 {
			return true
		}
	}
	return false
}

// inOneGap reports sentence sa of A and sb of B that the alignment left
// out, each the next after one aligned bead (or each the one before it):
// the sentences of one gap of the alignment, which no shared figure
// anchored ("... trước ngày 20/3." after the aligned sentence of the
// money, against "... by next Monday." after its counterpart).
func (p *pairer) inOneGap(sa, sb int) bool {
	alone := func(k int, a bool) bool {
		b := &p.beads[k]
		return a && len(b.B) == 0 || !a && len(b.A) == 0
	}
	if !alone(p.beadA[sa], true) || !alone(p.beadB[sb], false) {
		return false
	}
	for _, d := range [2]int{-1, 1} {
		na, nb := sa+d, sb+d
		if na >= 0 && nb >= 0 && na < len(p.beadA) && nb < len(p.beadB) && p.beadA[na] == p.beadB[nb] {
			return true
		}
	}
	return false
}

// appendNearMissDigits appends to da and db the digits two figures are
// written with, for the kinds whose value is a number: counts, money,
// percentages, ranks. A caller that only compares them keeps them on its
// stack.
func appendNearMissDigits(da, db []byte, a, b *numbers.Mention) ([]byte, []byte, bool) {
	if !ofDigits(a, b) {
		return da, db, false
	}
	switch a.Kind {
	case numbers.Score:
		return append(da, scoreText(a)...), append(db, scoreText(b)...), true
	case numbers.Ratio:
		return append(da, ratioText(a)...), append(db, ratioText(b)...), true
	}
	x, y, _ := nearMissValues(a, b)
	return x.Append(da), y.Append(db), true
}

// nearMissDigits returns the digits of figure a and appends to db those
// of b, as appendNearMissDigits writes them, given a's value as
// Decimal.String writes it (va): that value itself, unless a is rounded
// to b or written as a score or a ratio, so that a search that compares
// a figure with many writes its digits once.
func nearMissDigits(db []byte, a, b *numbers.Mention, va string) (string, []byte, bool) {
	if !ofDigits(a, b) || a.Kind == numbers.Score || a.Kind == numbers.Ratio {
		var ba [40]byte
		da, db, ok := appendNearMissDigits(ba[:0], db, a, b)
		return string(da), db, ok
	}
	x, y, rounded := nearMissValues(a, b)
	if rounded {
		va = x.String()
	}
	return va, y.Append(db), true
}

// ofDigits reports two figures that appendNearMissDigits compares by
// their digits: no dates, no ranges.
func ofDigits(a, b *numbers.Mention) bool {
	return family(a.Kind) != numbers.Date && !a.Range && !b.Range
}

// nearMissValues returns the values of two figures as their digits are
// compared, and whether one is rounded: a rounded figure against a
// precise one, 69,300 and 69.323, are compared as 69,300 and 69,300.
func nearMissValues(a, b *numbers.Mention) (x, y numbers.Decimal, rounded bool) {
	x, y = a.Value, b.Value
	switch {
	case x.Exp() > y.Exp() && x.Digits() >= 3 && a.Qualifier != numbers.Exact:
		return x, roundAt(y, x.Exp()), true
	case y.Exp() > x.Exp() && y.Digits() >= 3 && b.Qualifier != numbers.Exact:
		return roundAt(x, y.Exp()), y, true
	}
	return x, y, false
}

// scaleSlip reports two figures of a measure written with the same
// digits and a different scale word: 2,14 tỷ USD against US$2.14
// million, VND2.44 trillion against 2.440 tỷ đồng, or against 2.436 tỷ
// đồng when the figure with fewer digits is a rounding of the other's.
// Figures of two significant digits or more only: "1 triệu" and "1 tỷ"
// may be two figures.
func scaleSlip(a, b *numbers.Mention) bool {
	if a.Range || b.Range || family(a.Kind) == numbers.Date || a.Value.Digits() < 2 || b.Value.Digits() < 2 {
		return false
	}
	d := magnitude(a.Value) - magnitude(b.Value)
	if d == 0 || d%3 != 0 {
		return false
	}
	y, ok := b.Value.Shift(d)
	if !ok {
		return false
	}
	x := a.Value
	switch {
	case x.Exp() > y.Exp() && x.Digits() >= 3:
		y = roundAt(y, x.Exp()) // a rounding of three digits or more
	case y.Exp() > x.Exp() && y.Digits() >= 3:
		x = roundAt(x, y.Exp())
	}
	return x.Equal(y)
}

// magnitude is the power of ten of a figure's leading digit: 9 for
// 2.14 billion, -1 for 0.5.
func magnitude(d numbers.Decimal) int { return d.Exp() + d.Digits() - 1 }

// nearMissNote says why figures in sentences that are not aligned were
// compared.
func nearMissNote(a, b *numbers.Mention) string {
	switch {
	case scaleSlip(a, b):
		return " (the same digits, another scale word)"
	case a.Value.Equal(b.Value) && oppositeTrends(a, b):
		return " (the same figure, going the other way)"
	case a.Value.Equal(b.Value):
		return " (the same figure, bounded the other way)"
	case digitsExchanged(a.Value.String(), b.Value.String()):
		return " (two digits exchanged)"
	}
	return " (one keystroke apart)"
}

// digitsExchanged reports figures of three significant digits or more
// with two digits exchanged that are not neighbours: 412 and 214.
func digitsExchanged(a, b string) bool {
	return significant(a) >= 3 && exchanged(a, b)
}

// exchanged reports two strings of one length that differ in two places
// only, each holding the other's character: "67" and "76", "79,6" and
// "76,9".
func exchanged(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var diff []int
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff = append(diff, i); len(diff) > 2 {
				return false
			}
		}
	}
	return len(diff) == 2 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
}

// oneKeystroke reports two strings one edit apart: a character changed,
// dropped or added, or two neighbours swapped.
func oneKeystroke(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) == len(b) {
		diff := -1
		for i := 0; i < len(a); i++ {
			if a[i] == b[i] {
				continue
			}
			if diff >= 0 {
				return i == diff+1 && a[i] == b[diff] && a[diff] == b[i] && a[i+1:] == b[i+1:]
			}
			diff = i
		}
		return true
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	switch {
	case na-nb > 1 || nb-na > 1:
		return false // an edit adds or drops one character at most
	case na == len(a) && nb == len(b) && na > nb:
		return oneDropped(a, b)
	case na == len(a) && nb == len(b) && nb > na:
		return oneDropped(b, a)
	}
	return levenshtein.ComputeDistance(a, b) == 1
}

// oneDropped reports whether the ASCII string short is long with one
// character dropped.
func oneDropped(long, short string) bool {
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return long[i+1:] == short[i:]
}

// slotNote names the slot two facts share, for a reason: ", dead".
func slotNote(a, b *Item) string {
	var shared slotOf
	sa, sb := a.slot(), b.slot()
	for c := range min(len(sa), len(sb)) {
		if sa[c] != "" && sa[c] == sb[c] {
			shared = append(shared, sa[c])
		}
	}
	if d := shared.describe(); d != "" {
		return ", " + d
	}
	return ""
}

// bothPercent reports two percentages of one base (no rate per a unit).
func bothPercent(a, b *numbers.Mention) bool {
	return family(a.Kind) == numbers.Percent && family(b.Kind) == numbers.Percent && a.Per == b.Per
}

// sameMeasure reports two figures of one named measure: money in one
// currency, or counts of one (non-empty) unit.
func sameMeasure(a, b *numbers.Mention) bool {
	switch family(a.Kind) {
	case numbers.Money:
		return a.Currency == b.Currency
	}
	return a.Unit != "" && sameUnit(a.Unit, b.Unit)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// significant counts the significant digits of a figure written by
// Decimal.String: 4 for 97.57, 3 for 69300.
func significant(s string) int {
	var buf [32]byte // the digits of most figures: no allocation
	b := append(buf[:0], s...)
	if i := bytes.IndexByte(b, '.'); i >= 0 {
		b = append(b[:i], b[i+1:]...)
	}
	return len(bytes.Trim(b, "0-"))
}
