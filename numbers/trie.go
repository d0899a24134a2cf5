package numbers

import (
	"unicode"
	"unicode/utf8"
)

// A phraseTrie finds the phrases of a phraseTable token by token, by the
// ID that the word index gives the lower-case form of each token of a
// line (token.id): a step of a look-up is one probe of a table of
// integers, where a look-up by string hashed and compared the whole key
// built so far, and a token whose form is in no table (ID 0) ends a
// look-up with no probe at all.
//
// Its nodes are the keys of the table's index, the phrases and their
// prefixes: node n > 0 is the key n-1, node 0 the start of a phrase. The
// edge from node p on a token leads to the node of the key that p's key
// makes with the token (edgeKey). The zero value has no edges: lookup
// then reads the table by string, as it does for a table with a key that
// no line's tokens spell (keyTokens).
type phraseTrie struct {
	edges []uint64 // open addressing: the key of an edge, 0 for an empty slot; len is a power of two
	nodes []uint32 // nodes[i] is the node that the edge edges[i] leads to
}

// edgeKey returns the key of the edge from node p on the token whose
// form has ID id and that follows white space or not. It is never 0, as
// a form with ID 0 is in no table and has no edge.
func edgeKey(p uint32, id uint16, space bool) uint64 {
	k := uint64(p)<<17 | uint64(id)<<1
	if space {
		k |= 1
	}
	return k
}

// edgeSlot returns the first slot of the edge key k in a table of mask+1
// slots: the high bits of a multiplicative hash.
func edgeSlot(k uint64, mask int) int {
	return int(k*0x9E3779B97F4A7C15>>40) & mask
}

// next returns the node after node p on a token of form ID id, after
// white space or not, and whether p's key goes on with that token.
func (t *phraseTrie) next(p uint32, id uint16, space bool) (uint32, bool) {
	if id == 0 {
		return 0, false
	}
	k, mask := edgeKey(p, id, space), len(t.edges)-1
	for i := edgeSlot(k, mask); t.edges[i] != 0; i = (i + 1) & mask {
		if t.edges[i] == k {
			return t.nodes[i], true
		}
	}
	return 0, false
}

// has reports whether t has edges: whether lookup reads its table by
// token IDs.
func (t *phraseTrie) has() bool { return len(t.edges) > 0 }

// newPhraseTrie lays out the trie of the index keys keys (sorted: the
// phrases of a table and their prefixes), with the IDs idOf gives the
// forms of their tokens. It returns false for keys that a line's tokens
// may not spell token for token (keyTokens): only a look-up by string
// reads those as before.
func newPhraseTrie(keys []string, idOf func(string) uint16) (phraseTrie, bool) {
	nodeOf := make(map[string]uint32, len(keys))
	for n, k := range keys {
		nodeOf[k] = uint32(n + 1)
	}
	size := 2
	for size < 2*len(keys) {
		size *= 2
	}
	t := phraseTrie{edges: make([]uint64, size), nodes: make([]uint32, size)}
	for n, k := range keys {
		toks, ok := keyTokens(k)
		if !ok {
			return phraseTrie{}, false
		}
		last := toks[len(toks)-1]
		p := uint32(0)
		if len(toks) > 1 {
			before := toks[len(toks)-2]
			if p = nodeOf[k[:before.end]]; p == 0 {
				return phraseTrie{}, false // cannot happen: an index holds the prefixes of its phrases
			}
		}
		id := idOf(last.form)
		if id == 0 {
			return phraseTrie{}, false // a form the index lacks
		}
		t.add(edgeKey(p, id, last.space), uint32(n+1))
	}
	return t, true
}

// add adds the edge k to node n.
func (t *phraseTrie) add(k uint64, n uint32) {
	mask := len(t.edges) - 1
	i := edgeSlot(k, mask)
	for t.edges[i] != 0 {
		i = (i + 1) & mask
	}
	t.edges[i], t.nodes[i] = k, n
}

// A keyToken is one token of a table's key: its lower-case form, where
// it ends in the key, and whether white space comes before it.
type keyToken struct {
	form  string
	end   int
	space bool
}

// keyTokens splits the key k into its tokens, by the classes of
// keyBoundaries, and reports whether k is exactly what the tokens of a
// line that spell it make when joined as lookup joins them: one space
// between two tokens where the line has white space, none at either end,
// and no token that begins with a mark (the tokenizer reads a mark
// after no letter as a sign of its own).
func keyTokens(k string) ([]keyToken, bool) {
	var toks []keyToken
	start := 0
	for _, end := range keyBoundaries(k) {
		space := k[start] == ' '
		if space {
			start++
		}
		form := k[start:end]
		if form == "" || form[0] == ' ' || space && len(toks) == 0 {
			return nil, false
		}
		if r, _ := utf8.DecodeRuneInString(form); unicode.Is(unicode.Mn, r) {
			return nil, false
		}
		toks = append(toks, keyToken{form: form, end: end, space: space})
		start = end
	}
	return toks, len(toks) > 0
}

// A trieTable is a phrase table whose phrases lookup may find by token
// IDs: what newWordIndex and setIndex need of it.
type trieTable interface {
	phraseKeys() []string
	setTrie(idOf func(string) uint16)
}

// phraseKeys returns the keys of t's index: its phrases and their
// prefixes, sorted.
func (t *phraseTable[T]) phraseKeys() []string {
	if t == nil {
		return nil
	}
	return t.index.keys()
}

// setTrie lays out t's trie with the IDs of idOf, or leaves it without
// one when a key is not as a line spells it.
func (t *phraseTable[T]) setTrie(idOf func(string) uint16) {
	if t != nil {
		t.trie, _ = newPhraseTrie(t.index.keys(), idOf)
	}
}

// trieTables lists every phrase table of l.
func (l *langData) trieTables() []trieTable {
	d, x, o := l.dates, l.lex, l.ordinals
	tables := []trieTable{
		l.units, l.perOnly, l.scales, l.qualifiers, l.postQualifiers, l.percents, l.percentBefore,
		l.zones, l.zoneLeads, l.zonePlaceBefore, l.zonePlaceAfter, l.zoneAsides, l.zoneClauses,
		l.money.after, l.money.before, l.money.million, l.money.subunits, l.money.none,
		x.scoreCues, x.frequency, x.parties, x.plurals, x.digitNames, x.digitSuffix, x.events,
		x.monthsLead, x.monthsOf, x.monthsAfter, x.matchWords, x.ordinalPhrases, x.streakWords,
		x.streakNouns, x.changeVerbs, x.changeLinks, x.objectStops, x.elidedPeriods, x.changeNouns, x.baseOpeners, x.countVerbs, x.unitHeads,
		x.relFactors, x.timesBefore, x.timesAfter, x.relRefs, x.relNext, x.rangeOpeners,
		x.restWords, x.sameDay, x.ratioCues, x.signAfter,
		d.monthHead, d.weekdayName, d.relWords, d.relDays, d.dayParts, d.durUnits, d.durGlued,
		d.durParts, d.durFirsts, d.dayOfMonth, d.counts,
		l.fractions.links, l.grammar.vague, o.heads, o.words, o.nouns, o.scopesAfter, o.scopesBefore,
		l.unitLex.partLinks, l.unitLex.senses,
	}
	for _, c := range d.cues {
		tables = append(tables, c)
	}
	return tables
}
