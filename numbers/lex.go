package numbers

import "strings"

// Words around numbers: qualifiers, currencies and percent signs, read
// from qualifiers.tsv, currencies.tsv and percents.tsv. The tables are
// read-only; keys are lower case and NFC, with one space where the text
// has white space and none where it has none ("us$").

func (s *scanner) qualifiers() *phraseTable[Qualifier]     { return s.lang.qualifiers }
func (s *scanner) postQualifiers() *phraseTable[Qualifier] { return s.lang.postQualifiers }
func (s *scanner) percents() *phraseTable[Kind]            { return s.lang.percents }
func (s *scanner) currencySuffixes() *phraseTable[string]  { return s.lang.money.after }

// maxQualifierWords is the most words a look-up of a qualifier reads.
const maxQualifierWords = 6

// A qualMemo is the qualifier read at one token of the line, as
// qualifierAt read it: the date, duration, quantity and relative rules
// all look one up at the token they start at.
type qualMemo struct {
	valid bool
	i     int // the token
	q     Qualifier
	next  int
	ok    bool
}

// qualifierAt is lookup(s, j, max, s.qualifiers()), which it reads once a
// token: the longest qualifier of up to maxQualifierWords words, which is
// the longest of up to max words too unless it is longer than max.
//
// The memo keeps endsWord's answer with the look-up's, so that the rules
// that ask at the same token build its key once: a qualifier word that
// ends a word of two syllables ("tiến độ") is no qualifier.
func (s *scanner) qualifierAt(j, max int) (Qualifier, int, bool) {
	if s.notKey(j, bitQualifiers) {
		return 0, j, false
	}
	m := &s.qualMemo
	if !m.valid || m.i != j {
		q, next, ok := Qualifier(0), j, false
		if !s.endsWord(j) {
			q, next, ok = lookup(s, j, maxQualifierWords, s.qualifiers())
		}
		*m = qualMemo{valid: true, i: j, q: q, next: next, ok: ok}
	}
	if !m.ok || m.next-j <= max {
		return m.q, m.next, m.ok
	}
	return lookup(s, j, max, s.qualifiers())
}

// endsWord reports whether the qualifier word at token j is the end of a
// word of two syllables with the one before it (qualifiers.tsv,
// not-after): "tiến độ" (progress), "nhiệt độ" (temperature).
func (s *scanner) endsWord(j int) bool {
	if j == 0 || s.lang.qualNotAfter.len() == 0 {
		return false
	}
	prev, w := s.tok(j-1).low, s.tok(j).low
	if !s.lang.qualNotAfter.first.mayJoined(prev, w) {
		return false // most pairs: the key is not built
	}
	var buf [64]byte
	k := append(append(append(buf[:0], prev...), 0), w...)
	_, ok := s.lang.qualNotAfter.getBytes(k)
	return ok
}

// The data files of the words around numbers, and the words of their
// columns.
const (
	fileCurrencies = "currencies"
	fileQualifiers = "qualifiers"
	filePercents   = "percents"

	placeBefore   = "before"   // a currency or percent written before the amount
	placeAfter    = "after"    // a qualifier after the amount
	placeMillion  = "million"  // a finance code for millions of a currency
	placeSubunit  = "subunit"  // the hundredth of a currency
	placeUnscaled = "unscaled" // a name that is none only after an amount with no scale word
	codeNone      = "no"       // the code of a phrase that is none: no subunit, or a name after an amount that only begins with a currency's
	qualOrEqual   = "or-equal"
	qualNotAfter  = "not-after=" // a qualifier's flag: the words its first word ends
	qualThan      = "than="      // a qualifier's flag: the words after the amount that make it a difference
	qualUnits     = "units="     // a qualifier's flag: the only units of the amounts it bounds
	qualExact     = "exact"
)

// moneyWords holds the currency tables of one language, read from its
// currencies.tsv.
type moneyWords struct {
	after    *phraseTable[string] // names after the amount: đồng, dollars
	before   *phraseTable[string] // symbols and codes before it: $, USD
	million  *phraseTable[string] // codes of millions: MUSD
	subunits *phraseTable[bool]   // hundredths: xu, cents
	none     *phraseTable[bool]   // words that begin with a name and are no currency: đồng phạm; false: only after an amount with no scale word
}

func newMoneyWords(src langSource) moneyWords {
	after, before, million, sub, none := map[string]string{}, map[string]string{}, map[string]string{}, map[string]bool{}, map[string]bool{}
	rows, _ := src.rows(fileCurrencies)
	for _, row := range rows {
		code := col(row, 1)
		switch col(row, 2) {
		case placeBefore:
			before[row[0]] = code
		case placeMillion:
			million[row[0]] = code
		case placeSubunit:
			sub[row[0]] = code != codeNone
		case placeUnscaled:
			none[row[0]] = false
		default:
			if code == codeNone {
				none[row[0]] = true
				continue
			}
			after[row[0]] = code
		}
	}
	return moneyWords{
		after:    indexedTable(bitCurrencies, after),
		before:   indexedTable(bitCurrencyPrefixes, before),
		million:  indexedTable(bitMillionCurrencies, million),
		subunits: indexedTable(bitSubunits, sub),
		none:     newTable(none),
	}
}

// qualifierByName maps the names of qualifiers.tsv to qualifiers.
var qualifierByName = map[string]Qualifier{
	qualExact: Exact, qualOrEqual: orEqual,
	Approx.String(): Approx, MoreThan.String(): MoreThan, LessThan.String(): LessThan,
	AtLeast.String(): AtLeast, AtMost.String(): AtMost,
}

// newQualifiers reads qualifiers.tsv: the qualifiers before a number and
// those after it, and the words that a qualifier's first word ends
// instead ("tiến độ": progress, not "độ", about): keys "tiến\x00độ".
func newQualifiers(src langSource) (before, after *phraseTable[Qualifier], notAfter strMap[bool], than, units strMap[string]) {
	pre, post, not, thanWords, unitList := map[string]Qualifier{}, map[string]Qualifier{}, map[string]bool{}, map[string]string{}, map[string]string{}
	rows, _ := src.rows(fileQualifiers)
	for _, row := range rows {
		q, ok := qualifierByName[col(row, 1)]
		switch {
		case !ok:
		case col(row, 2) == placeAfter:
			post[row[0]] = q
		default:
			pre[row[0]] = q
		}
		first, _, _ := strings.Cut(row[0], " ")
		if list, ok := strings.CutPrefix(col(row, 3), qualNotAfter); ok {
			for _, w := range strings.Split(list, ",") {
				not[w+"\x00"+first] = true
			}
		}
		if words, ok := strings.CutPrefix(col(row, 3), qualThan); ok {
			thanWords[row[0]] = words
		}
		if list, ok := strings.CutPrefix(col(row, 3), qualUnits); ok {
			unitList[row[0]] = list
		}
	}
	return indexedTable(bitQualifiers, pre), indexedTable(bitPostQualifiers, post), newStrMap(not), newStrMap(thanWords), newStrMap(unitList)
}

// boundsUnit reports whether the qualifier written as tokens [q, j) may
// bound an amount of unit u: any unit, unless its row lists the only
// ones (qualifiers.tsv, flag units=): "ngoài 60 tuổi" is over sixty,
// "ngoài 3 người chết" besides the three dead.
func (s *scanner) boundsUnit(q, j int, u string) bool {
	if s.lang.qualUnits.len() == 0 {
		return true
	}
	list, ok := s.lang.qualUnits.getBytes(s.phraseKey(q, j))
	for ok && list != "" {
		var w string
		w, list, _ = strings.Cut(list, ",")
		if w == u {
			return true
		}
	}
	return !ok
}

// comparedAt reports whether the qualifier written as tokens [q, j) is a
// comparative whose "than" (qualifiers.tsv, flag than=) stands at token
// k, after the amount: "cao hơn 0,2 tấn/ha so với vụ trước" states a
// difference of 0.2, no bound.
func (s *scanner) comparedAt(q, j, k int) bool {
	if s.lang.qualThan.len() == 0 {
		return false
	}
	than, ok := s.lang.qualThan.getBytes(s.phraseKey(q, j))
	if !ok {
		return false
	}
	for than != "" {
		var w string
		w, than, _ = strings.Cut(than, " ")
		if !s.isWord(k, w) {
			return false
		}
		k++
	}
	return true
}

// kindByName maps the kinds of percents.tsv to kinds.
var kindByName = map[string]Kind{Percent.String(): Percent, PercentPoint.String(): PercentPoint}

// newPercents reads percents.tsv: the words of percentages after a number
// and those before it.
func newPercents(src langSource) (after *phraseTable[Kind], before *phraseTable[bool]) {
	post, pre := map[string]Kind{}, map[string]bool{}
	rows, _ := src.rows(filePercents)
	for _, row := range rows {
		k, ok := kindByName[col(row, 1)]
		switch {
		case !ok:
		case col(row, 2) == placeBefore:
			pre[row[0]] = true
		default:
			post[row[0]] = k
		}
	}
	return indexedTable(bitPercents, post), indexedTable(bitPercentPrefixes, pre)
}
