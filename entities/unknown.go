package entities

import "slices"

// This file decides what a run of capitalised words is when no table
// explains it, no cue word marks it and it resolves to no full name in
// the text: "Hùng Dũng đá phạt góc", "đường chuyền của Quang Hải",
// "Hung Dung swung in a corner". Inside a sentence only proper nouns are
// capitalised, so two or three capitalised Vietnamese syllables there are
// a name, and shaped as the given names of a person.

// givenNames reports whether the capitalised words tok..tok+n, unmarked
// and unresolved, are taken for the given names of a person: two or
// three Vietnamese syllables written with a capital and small letters
// (not a word in capitals: "HOÀNG LONG"), none of them a word of the
// calendar ("tháng Mười Hai", "Chủ Nhật", "Tết Bính Ngọ"), in a sentence
// that is not a headline written in Title Case.
func (e *extractor) givenNames(tok, n int) bool {
	if n < 2 || n > 3 || !e.syllables(tok, tok+n) {
		return false
	}
	for k := tok; k < tok+n; k++ {
		if !e.toks[k].lower() || !e.vi && e.is(k, classNotName) {
			return false
		}
	}
	return !e.calendar(tok, tok+n) && !e.titleCase(tok)
}

// calendar reports whether a word of the calendar (cue kind calendar)
// starts at one of the tokens i..j: "Chủ Nhật", "tháng Mười Hai", "Bính
// Ngọ".
func (e *extractor) calendar(i, j int) bool {
	for k := i; k < j; k++ {
		if c, _ := e.cueAt(k); c&cueCalendar != 0 {
			return true
		}
	}
	return false
}

// dated reports a word of the calendar at token k followed by digits,
// after a word that opens sentences (isLead): a date, no part of a name
// with that word ("On May 15": "Ôn" is a family name and "May" a given
// name, but not here). The name of a year stays whole: "Bính Ngọ 2026".
func (e *extractor) dated(k int) bool {
	return k > 0 && k+1 < len(e.toks) && e.toks[k+1].digit() && e.calendar(k, k+1) && e.isLead(k-1)
}

// titleCase reports whether token tok is in a headline written in Title
// Case: a sentence whose words all open with a capital, but for English
// function words ("Vietnam Beat Indonesia to Reach the Final"). A
// sentence is read once, on the first call for one of its tokens.
func (e *extractor) titleCase(tok int) bool {
	if len(e.headline) != len(e.toks) {
		e.headline = slices.Grow(e.headline[:0], len(e.toks))[:len(e.toks)]
		clear(e.headline)
	}
	if e.headline[tok] == sentenceUnread {
		i, j := e.sentence(tok)
		v := sentenceProse
		if e.headlineWords(i, j) {
			v = sentenceHeadline
		}
		for k := i; k < j; k++ {
			e.headline[k] = v
		}
	}
	return e.headline[tok] == sentenceHeadline
}

// What titleCase knows of the sentence of a token.
const (
	sentenceUnread   uint8 = iota // not read yet
	sentenceProse                 // not a headline in Title Case
	sentenceHeadline              // a headline in Title Case
)

// sentence returns the tokens i..j of the sentence that holds token tok:
// from the start of the text or a token after a sentence end, up to the
// next such token.
func (e *extractor) sentence(tok int) (i, j int) {
	i = tok
	for i > 0 && e.toks[i].gap != gapStop {
		i--
	}
	j = tok + 1
	for j < len(e.toks) && e.toks[j].gap != gapStop {
		j++
	}
	return i, j
}

// headlineWords reports whether the sentence of tokens i..j is a headline
// in Title Case: at least minHeadline capitalised words and no other word
// but English function words.
func (e *extractor) headlineWords(i, j int) bool {
	caps, title := 0, true
	for k := i; k < j; k++ {
		t := &e.toks[k]
		switch {
		case !t.letters():
		case t.capital():
			caps++
		case e.vi || !e.is(k, classNotName):
			title = false
		}
	}
	return title && caps >= minHeadline
}

// minHeadline is the fewest capitalised words of a headline in Title
// Case: "Hùng Dũng, Quang Hải" is a list of names.
const minHeadline = 4

// acceptGivenNames decides the pending given names, after the other
// candidates are resolved, and records as people those that the words
// around them show to be people:
//
//   - a verb of action follows, after adverbs ("Hùng Dũng đá phạt góc",
//     "Tuấn Anh liên tục sút xa", "Quang Hai struck the bar");
//   - an action and a word that points to a person come before
//     ("đường chuyền của Quang Hải", "chuyền cho Tiến Linh");
//   - a person stands next to them in a list ("Hoàng Đức, Văn Toàn và
//     Xuân Mạnh phối hợp");
//   - the same words are a person elsewhere in the text ("tiền vệ Văn
//     Toàn ... Văn Toàn").
//
// Other runs of capitalised words stay no entity, as unknown names with
// no cue do: "Trái Đất", "Cát Bi, Liên Khương". The spans it adds, and
// those the caller added after span n, are left in text order.
func (e *extractor) acceptGivenNames(n int) {
	if len(e.pending) > 0 {
		e.decideGivenNames()
	}
	slices.SortStableFunc(e.spans[n:], func(a, b span) int { return a.t0 - b.t0 })
}

// decideGivenNames appends a span for each pending given names that the
// evidence shows to be a person's.
func (e *extractor) decideGivenNames() {
	// The people of the text: their names of two or three words, and
	// where they start and end (edges).
	people := map[string]bool{}
	e.edges = slices.Grow(e.edges[:0], len(e.toks)+1)[:len(e.toks)+1]
	clear(e.edges)
	for _, s := range e.spans {
		if s.typ == Person && !s.guess {
			e.addPerson(people, s.t0, s.t1)
		}
	}
	done := make([]bool, len(e.pending))
	// Two sweeps, forwards and backwards, so that a list takes the
	// evidence of a person at either end.
	for _, back := range [2]bool{false, true} {
		for k := range e.pending {
			if back {
				k = len(e.pending) - 1 - k
			}
			tok, end := e.pending[k].tok, e.pending[k].tok+e.pending[k].n
			if done[k] || !people[string(e.fold(tok, end))] && !e.actsAfter(end) && !e.pointsBefore(tok) && !e.listed(tok, end) {
				continue
			}
			done[k] = true
			e.addPerson(people, tok, end)
			e.spans = append(e.spans, span{t0: tok, t1: end, typ: Person, key: e.slugKey("person:", e.text[e.toks[tok].start:e.toks[end-1].end]), cued: true})
		}
	}
}

// Edges of people's names, by token.
const (
	edgeStart uint8 = 1 << iota // a person's name starts at the token
	edgeEnd                     // a person's name ends before the token
)

// addPerson notes the person named by tokens t0..t1 for decideGivenNames.
func (e *extractor) addPerson(people map[string]bool, t0, t1 int) {
	e.edges[t0] |= edgeStart
	e.edges[t1] |= edgeEnd
	if n := t1 - t0; n >= 2 && n <= 3 && !people[string(e.fold(t0, t1))] {
		people[string(e.fold(t0, t1))] = true
	}
}

// maxAdverbs is the most adverbs between given names and their verb.
const maxAdverbs = 3

// actsAfter reports whether a verb of action (cue kind action) follows
// at token j, in the same clause, after at most maxAdverbs adverbs
// (kind adverb).
func (e *extractor) actsAfter(j int) bool {
	for k := 0; j < len(e.toks) && e.toks[j].gap == gapSpace && k <= maxAdverbs; k++ {
		c, m := e.cueAt(j)
		if c&cueAction != 0 {
			return true
		}
		if c&cueAdverb == 0 {
			return false
		}
		j += m
	}
	return false
}

// pointsBefore reports whether the words before token tok, in the same
// clause, are an action and a word of kind to-person: the agent of the
// action ("đường chuyền của Quang Hải", "cú sút của"), or the one it is
// for ("chuyền cho Tiến Linh", "vào sân thay Duy Mạnh"). "của" alone
// is no sign of a person ("của Trái Đất").
func (e *extractor) pointsBefore(tok int) bool {
	p := tok - 1
	if p < 1 || e.toks[tok].gap != gapSpace || e.toks[p].gap != gapSpace || e.cueKinds(p, 1)&cueToPerson == 0 {
		return false
	}
	for m := 1; m <= min(maxCueWords, p); m++ {
		if e.joined(p-m, m) && e.cueKinds(p-m, m)&cueAction != 0 {
			return true
		}
	}
	return false
}

// listed reports whether the words tok..end stand in a list next to a
// person (see edges): after the person and a comma, or before or after
// it with a word of kind and between. A comma before a person is no
// list: "Ở Hoa Kì, Viện ..." opens a sentence.
func (e *extractor) listed(tok, end int) bool {
	toks := e.toks
	switch {
	case toks[tok].gap == gapComma && e.edges[tok]&edgeEnd != 0:
		return true // "Hoàng Đức, Quang Hải"
	case tok >= 2 && toks[tok].gap == gapSpace && toks[tok-1].gap == gapSpace && e.cueKinds(tok-1, 1)&cueAnd != 0 && e.edges[tok-1]&edgeEnd != 0:
		return true // "Quang Hải và Tuấn Hải"
	case end+1 < len(toks) && toks[end].gap == gapSpace && toks[end+1].gap == gapSpace && e.cueKinds(end, 1)&cueAnd != 0 && e.edges[end+1]&edgeStart != 0:
		return true
	}
	return false
}
