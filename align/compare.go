package align

import (
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// A Document is one version of a story.
type Document struct {
	// Text is the whole article. A first line `date YYYY-MM-DD` is read as
	// the article's date (see [Header]) and is not part of any sentence.
	Text string

	// Lang is the language of Text. The zero Tag (language.Und) means
	// "guess": Vietnamese when enough letters carry Vietnamese diacritics,
	// English otherwise.
	Lang language.Tag

	// Date is the publication date, which resolves "30/1" and "on Friday".
	// The zero Time means: take it from the `date` header line, if any.
	Date time.Time

	// Name names the document in reports, such as its file name.
	Name string
}

// Errors returned by Compare.
var (
	// ErrEmpty reports a document with no text to compare.
	ErrEmpty = errors.New("align: empty document")
	// ErrEncoding reports a document that is not valid UTF-8.
	ErrEncoding = errors.New("align: document is not valid UTF-8")
	// ErrTooLarge reports a document longer than the size limit
	// (DefaultMaxSize, or WithMaxSize).
	ErrTooLarge = errors.New("align: document too large")
	// ErrHeader reports a first line that means to give the date and
	// does not: "date 2026-13-45".
	ErrHeader = errors.New("align: the date line is not a date (want date YYYY-MM-DD)")
)

// A DocumentError says which document Compare could not use and why.
type DocumentError struct {
	Side string // "a" or "b" (sideNames)
	Name string // the Document's Name, if any
	Err  error  // ErrEmpty, ErrEncoding, ErrHeader, or a *numbers.LanguageError (errors.Is numbers.ErrLanguage)
}

// Error returns, for example, `align: document b (story.en.txt): empty document`.
func (e *DocumentError) Error() string {
	name := ""
	if e.Name != "" {
		name = " (" + e.Name + ")"
	}
	msg := e.Err.Error()
	for _, pkg := range []string{"align: ", "numbers: "} {
		msg = strings.TrimPrefix(msg, pkg)
	}
	return "align: document " + e.Side + name + ": " + msg
}

// Unwrap returns Err.
func (e *DocumentError) Unwrap() error { return e.Err }

// Compare reads two versions of a story — typically the Vietnamese original
// and the English version written from it — and reports which of their
// facts agree, which conflict and which appear on one side only.
//
// It segments both texts ([Segment]), aligns their sentences ([Sentences],
// in the mode chosen from the texts unless [WithMode] forces one), extracts
// the numbers, money, percentages, ordinals, dates and names of each
// sentence (packages numbers and entities), and pairs the facts: first
// inside aligned sentences, then across the documents for what is left.
// Every fact of the report carries a one-line reason a translator can read.
//
// The error is a *DocumentError for a document that is empty (only white
// space) or not valid UTF-8; otherwise Compare returns a report. It never
// panics, its cost grows linearly with the length of the documents, and it
// is safe for concurrent use.
func Compare(a, b Document, opts ...Option) (*Report, error) {
	c := config{cmp: compareConfig{maxSize: DefaultMaxSize}}
	c.apply(opts)
	for k, d := range []Document{a, b} {
		if c.cmp.maxSize > 0 && len(d.Text) > c.cmp.maxSize {
			return nil, &DocumentError{Side: sideNames[k], Name: d.Name, Err: fmt.Errorf("%w: %d bytes, the limit is %d (WithMaxSize lifts it)", ErrTooLarge, len(d.Text), c.cmp.maxSize)}
		}
	}
	sa, sb, err := prepareBoth(a, b, &c)
	if err != nil {
		return nil, err
	}
	sa.units, sb.units = c.unitsA, c.unitsB
	var r *Report
	if inOrder(sa, sb) {
		r = compare(sa, sb, &c, opts)
	} else {
		r = compare(sb, sa, &c, opts)
		r.mirror(&c.cmp)
	}
	restoreOffsets(&r.A, sa.original, sa.offsets, r.Facts, true)
	restoreOffsets(&r.B, sb.original, sb.offsets, r.Facts, false)
	r.Facts = suppress(r.Facts, c.cmp.ignore)
	r.Unused = unusedSuppressions(r.Facts, c.cmp.ignore)
	r.count()
	return r, nil
}

// sideNames name the two documents of Compare in a DocumentError.
var sideNames = [2]string{"a", "b"}

// entityKind is the kind of the facts that are names (Fact.Kind).
const entityKind = "entity"

// compare pairs the facts of two prepared sides, in this order.
func compare(sa, sb prepared, c *config, opts []Option) *Report {
	// Read each side once; the aligner takes its anchors from the same
	// reading.
	ra, rb, names := readBoth(sa, sb)
	if names != nil {
		defer names.Release()
	}
	// What the pairing and the report want of the readings, taken now:
	// the rest of them (the figures and names of each sentence) is then
	// garbage once the aligner has read its anchors and the facts are
	// gathered, not held to the pairing.
	numsA, numsB, crowdedA, crowdedB := ra.allNums, rb.allNums, ra.crowded, rb.crowded
	var beads []Bead
	var fa, fb sideItems
	var feat sideFeatures
	if sa.units != nil && sb.units != nil {
		if ra.empty() && rb.empty() {
			// Nothing to pair: a segment pair of a corpus without a figure
			// or a name, the most common kind.
			return &Report{A: sa.Side, B: sb.Side, Pairs: unitBeads(sa.Sentences, sb.Sentences, sa.units, sb.units)}
		}
		// The units are the alignment; the pairer still wants the anchors
		// to choose between sentences, when there is more than one.
		if len(sa.Sentences) > 1 || len(sb.Sentences) > 1 {
			feat = unitFeatures(&sa, &sb, ra.reading, rb.reading, opts)
		}
		beads = unitBeads(sa.Sentences, sb.Sentences, sa.units, sb.units)
		fa, fb = sideFacts(sa, ra, &c.cmp), sideFacts(sb, rb, &c.cmp)
	} else if len(sa.Sentences)+len(sb.Sentences) >= parallelMin {
		// The facts of the sides need the reading, not the alignment:
		// they are gathered while the aligner searches, on one processor,
		// not while it reads its features, on two.
		gathered := make(chan [2]sideItems, 1)
		early := max(len(sa.text), len(sb.text)) <= namesKeptFor
		beads, feat = alignSentences(&sa, &sb, ra.reading, rb.reading, opts, func() {
			go func(sa, sb prepared, ra, rb sideReading) {
				gathered <- gatherFacts(sa, sb, ra, rb, &c.cmp, early)
			}(sa, sb, ra, rb)
		})
		both := <-gathered
		fa, fb = both[0], both[1]
	} else {
		beads, feat = alignSentences(&sa, &sb, ra.reading, rb.reading, opts, nil)
		fa, fb = sideFacts(sa, ra, &c.cmp), sideFacts(sb, rb, &c.cmp)
	}
	fa.anchors, fb.anchors = feat.a.anchorsOnly(), feat.b.anchorsOnly()
	fa.ownMentions(numsA)
	fb.ownMentions(numsB)
	r := &Report{A: sa.Side, B: sb.Side, Pairs: beads}
	r.A.Crowded, r.B.Crowded = crowdedA, crowdedB
	r.A.Unplaced, r.B.Unplaced = unplaced(numsA, sa.Date), unplaced(numsB, sb.Date)
	r.Facts = pair(fa, fb, beads, len(sa.Sentences), len(sb.Sentences), &c.cmp)
	return r
}

// gatherFacts returns the facts of the two sides (sideFacts), and, if
// indexed, the indexes the pairing reads (sideItems.index), which the
// pairing makes otherwise as it starts. compare gathers them while the
// aligner searches, which leaves the other processor idle long enough
// for both: but the indexes of a long text (3.4 MB at 10,000 sentences)
// would raise the peak of the heap, which the aligner's scratch sets.
func gatherFacts(sa, sb prepared, ra, rb sideReading, c *compareConfig, indexed bool) [2]sideItems {
	fa, fb := sideFacts(sa, ra, c), sideFacts(sb, rb, c)
	if indexed && (sharesWork(len(fa.items)) || sharesWork(len(fb.items))) {
		fa.index()
		fb.index()
	}
	return [2]sideItems{fa, fb}
}

// unplaced counts the dates of ms that no date of writing placed in the
// calendar (Side.Unplaced): none when ref is set.
func unplaced(ms []numbers.Mention, ref time.Time) int {
	if !ref.IsZero() {
		return 0
	}
	n := 0
	for k := range ms {
		if d := &ms[k].Date; family(ms[k].Kind) == numbers.Date && (d.Relative != "" || d.HasWeekday && d.Year == 0 || d.Day != 0 && d.Year == 0) {
			n++
		}
	}
	return n
}

// alignSentences aligns the sentences of two sides with the readings of
// their figures and names, as Sentences does, and returns the beads and
// the features the aligner read. meanwhile, unless nil, is called once,
// as soon as side b's features are read (bothFeatures): the features are
// read on two processors, side a's, the longer, then on one, and so is
// the search, so that work started then, in a goroutine, has the other
// processor to itself.
func alignSentences(sa, sb *prepared, ra, rb reading, opts []Option, meanwhile func()) ([]Bead, sideFeatures) {
	var feat sideFeatures
	var c config
	c.apply(alignOptions(sa, sb, &ra, &rb, &feat, opts))
	if len(sa.Sentences) == 0 || len(sb.Sentences) == 0 {
		callIf(meanwhile)
		return trivial(len(sa.Sentences), len(sb.Sentences)), feat
	}
	c.meanwhile = meanwhile
	fa, fb, mode := alignFeatures(sa.Sentences, sb.Sentences, &c)
	return search(fa, fb, mode, &c), feat
}

// unitFeatures returns the aligner's features of the sentences of two
// sides whose units are their alignment.
func unitFeatures(sa, sb *prepared, ra, rb reading, opts []Option) sideFeatures {
	var feat sideFeatures
	var ac config
	ac.apply(alignOptions(sa, sb, &ra, &rb, &feat, opts))
	alignFeatures(sa.Sentences, sb.Sentences, &ac)
	return feat
}

// alignOptions returns opts and what compare knows of the sides: their
// languages, dates and readings, and where the aligner leaves its
// features. The options point to the readings, which then live on the
// heap: alignSentences and unitFeatures make them, not compare, so that a
// corpus's pair of one sentence each, which needs no alignment, keeps its
// readings on the stack.
func alignOptions(sa, sb *prepared, ra, rb *reading, feat *sideFeatures, opts []Option) []Option {
	// opts[:len(opts):len(opts)]: the caller's array is not written to,
	// whatever its capacity (two Compare calls may share it).
	return append(opts[:len(opts):len(opts)], WithLanguages(sa.Lang, sb.Lang), WithDates(sa.Date, sb.Date),
		withReadings(ra, rb), withFeatures(feat))
}

// prepareBoth prepares the two documents, in turn or, when they are long
// enough to share the work, b in a goroutine of its own; the error is
// a's when both have one, as in turn.
func prepareBoth(a, b Document, c *config) (sa, sb prepared, err error) {
	if len(a.Text)+len(b.Text) < parallelPrepare {
		if sa, err = prepare(sideNames[0], a, c.langA, c.refA); err != nil {
			return prepared{}, prepared{}, err
		}
		sb, err = prepare(sideNames[1], b, c.langB, c.refB)
		return sa, sb, err
	}
	return prepareAtOnce(a, b, c)
}

// prepareAtOnce prepares the two documents as prepareBoth does when they
// are long. It is a function of its own so that the sides its goroutine
// writes are moved to the heap only here, not for a short pair.
func prepareAtOnce(a, b Document, c *config) (sa, sb prepared, err error) {
	var errB error
	done := make(chan struct{})
	go func() {
		sb, errB = prepare(sideNames[1], b, c.langB, c.refB)
		close(done)
	}()
	sa, err = prepare(sideNames[0], a, c.langA, c.refA)
	<-done
	return sa, sb, cmp.Or(err, errB)
}

// parallelPrepare is the fewest bytes of the two documents for which
// prepareBoth prepares them at once: a corpus's segment pair, or a short
// article, is prepared in turn.
const parallelPrepare = 1 << 16

// prepared is a side with its sentences and the text they index.
type prepared struct {
	Side
	text     string     // the NFC form of the document
	original string     // the document as given
	offsets  offsetMap  // text's offsets in original; nil when they are the same
	units    *unitSpans // the units of CompareUnits, or nil
}

// prepare checks a document, reads its header, guesses its language and
// segments it.
func prepare(name string, d Document, lang language.Tag, ref time.Time) (prepared, error) {
	if !utf8.ValidString(d.Text) {
		return prepared{}, &DocumentError{Side: name, Name: d.Name, Err: ErrEncoding}
	}
	if strings.TrimSpace(d.Text) == "" {
		return prepared{}, &DocumentError{Side: name, Name: d.Name, Err: ErrEmpty}
	}
	text, offsets := toNFC(d.Text)
	p := prepared{text: text, original: d.Text, offsets: offsets}
	p.Name = d.Name
	p.Text = text
	p.Lang = d.Lang
	if lang != language.Und {
		p.Lang = lang
	}
	p.Date = d.Date
	if !ref.IsZero() {
		p.Date = ref
	}
	date, _, ok := Header(d.Text)
	if !ok && looksLikeHeader(d.Text) {
		return prepared{}, &DocumentError{Side: name, Name: d.Name, Err: ErrHeader}
	}
	if ok && p.Date.IsZero() {
		p.Date = date
	}
	if p.Lang == language.Und {
		p.Lang, p.LangConfidence = detectNFC(text) // text is NFC already (toNFC)
		p.LangDetected = true
	}
	if err := numbers.Supported(p.Lang); err != nil {
		return prepared{}, &DocumentError{Side: name, Name: d.Name, Err: err}
	}
	p.Sentences = Segment(text, p.Lang)
	if len(p.Sentences) == 0 {
		return prepared{}, &DocumentError{Side: name, Name: d.Name, Err: ErrEmpty}
	}
	return p, nil
}

// looksLikeHeader reports a first line that is "date" and something made
// of digits and dashes, as a date header is, so that a slip in it
// ("date 2026-13-45") is an error rather than a sentence of the article.
func looksLikeHeader(text string) bool {
	line, _, _ := strings.Cut(strings.TrimLeft(strings.TrimPrefix(text, "\uFEFF"), " \t\r\n"), "\n")
	kw, rest, ok := strings.Cut(strings.TrimSpace(line), " ")
	if !ok || !strings.EqualFold(kw, headerKeyword) {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest != "" && strings.Trim(rest, "0123456789-/.") == "" && strings.ContainsAny(rest, "0123456789")
}

// headerKeyword opens the date line of a document.
const headerKeyword = "date"

// DetectLanguage guesses whether text is Vietnamese or English: Vietnamese
// when at least three words in ten carry a Vietnamese diacritic or "đ"
// (nearly every Vietnamese syllable does; an English text with Vietnamese
// names has far fewer), English otherwise. It reads at most the first
// 64 KiB. It is what Compare uses for a Document whose Lang is not set.
func DetectLanguage(text string) language.Tag {
	t, _ := detectLanguage(text)
	return t
}

// LowConfidence is the language confidence under which a report says that
// the language was a guess worth checking.
const LowConfidence = 0.5

// detectLanguage is DetectLanguage with its confidence, from 0 to 1: for
// Vietnamese, how far the share of marked words is above the line; for
// English, that or the share of English function words; both scaled down
// for a text of fewer than five words.
func detectLanguage(text string) (language.Tag, float64) {
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text) // decomposed Vietnamese is still Vietnamese
	}
	return detectNFC(text)
}

// detectNFC is detectLanguage of a text in NFC, which Compare's texts
// are: it does not check the whole text for NFC a second time.
func detectNFC(text string) (language.Tag, float64) {
	words, marked, english := countWords(text)
	if words == 0 {
		return language.English, 0
	}
	n := float64(words)
	share := float64(marked) / n
	size := min(1, n/5)
	// Vietnamese: many marked words and few English function words, which
	// an English text with Vietnamese names still has.
	if marked*10 >= words*3 && english*10 < words {
		return language.Vietnamese, size * min(1, (share-0.3)/0.2)
	}
	return language.English, size * min(1, max((0.3-share)/0.2, 10*float64(english)/n))
}

// countWords counts the words of the first 64 KiB of text, those that
// carry a Vietnamese diacritic or "đ", and the English function words.
// A word longer than the longest of englishWords is not looked up: it
// stays as long in lower case, which strings.ToLower makes rune by rune.
func countWords(text string) (words, marked, english int) {
	start, runes, inWord, wordMarked := 0, 0, false, false
	end := func(i int) {
		if inWord {
			words++
			if wordMarked {
				marked++
			} else if runes <= maxEnglishWord && isEnglishWord(text[start:i]) {
				english++
			}
		}
		inWord, wordMarked = false, false
	}
	limit := min(len(text), detectLimit)
	for j, r := range text[:limit] {
		letter := isLetter(r)
		switch {
		case letter && !inWord:
			start, runes, inWord = j, 1, true
			wordMarked = r >= 0x80 && isVietnameseLetter(r)
		case letter:
			runes++
			wordMarked = wordMarked || r >= 0x80 && isVietnameseLetter(r)
		default:
			end(j)
		}
	}
	end(limit)
	return words, marked, english
}

// isEnglishWord reports whether w, in lower case, is one of
// englishWords. A word of ASCII letters, as each of them is, is put in
// lower case on the stack, not by strings.ToLower, which allocates.
func isEnglishWord(w string) bool {
	var buf [maxEnglishWord]byte
	if len(w) > len(buf) {
		return englishWords[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return englishWords[strings.ToLower(w)]
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return englishWords[string(buf[:len(w)])]
}

// detectLimit is how much of a text DetectLanguage reads.
const detectLimit = 1 << 16

// maxEnglishWord is the most letters of a word of englishWords.
const maxEnglishWord = 5

// englishWords are English function words that are not Vietnamese
// syllables, of at most maxEnglishWord letters.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "is": true, "was": true, "were": true, "with": true,
	"from": true, "has": true, "have": true, "that": true, "said": true, "will": true, "for": true,
	"by": true, "on": true, "at": true, "its": true, "their": true, "which": true, "this": true,
	"are": true, "be": true, "been": true, "in": true, "it": true, "as": true, "would": true,
}

// isVietnameseLetter reports letters that English text does not use: the
// Vietnamese vowels with marks and đ.
func isVietnameseLetter(r rune) bool {
	switch {
	case r == 'đ' || r == 'Đ' || r == 'ơ' || r == 'Ơ' || r == 'ư' || r == 'Ư' || r == 'ă' || r == 'Ă':
		return true
	case r >= 0x1EA0 && r <= 0x1EF9: // Latin Extended Additional: ạ ả ấ ầ ... ỹ
		return true
	case r == 'à' || r == 'á' || r == 'â' || r == 'ã' || r == 'è' || r == 'é' || r == 'ê' ||
		r == 'ì' || r == 'í' || r == 'ò' || r == 'ó' || r == 'ô' || r == 'õ' || r == 'ù' ||
		r == 'ú' || r == 'ý':
		return true
	}
	return false
}

// The facts of one side, with the sentence of each.
type sideItems struct {
	items       []Item
	anchors     *features // the aligner's anchors of each sentence, or nil
	lang        language.Tag
	text        string
	numbersIn   []int32         // number mentions per sentence
	datesIn     []int32         // dates and date ranges per sentence
	titles      map[string]bool // "person-key title-key" for every title a person is given
	namesIn     sentenceKeys    // entity keys per sentence
	placesIn    sentenceKeys    // keys of the countries and places each sentence names (not adjectives)
	headline    []bool          // the sentence is the headline
	offices     map[string]bool // title keys the side names, with or without a person
	officesIn   []officeIn      // the titles named alone (no person's), with their sentences
	sentences   int             // sentences of the side
	nameCount   map[string]int  // sentences that name each entity of the side's items; nil for a short side (sentencesNaming)
	converted   map[int]int     // money item → the item it converts: "¥350 million (US$2.3 million)"
	countGroups map[int]string  // count item → the country whose people it counts (countGroupsOf); nil if none
	localAt     map[int]int8    // local time item → the offset of its place in quarter hours (resolveLocalZones); nil if none
	ref         time.Time       // the date of writing, which gives an age its year; zero if none

	itemsOf   groups     // the items of each sentence, once asked (itemsBySentence)
	slotIDs   [][2]int32 // the ids of the fine and the coarse slot of each item, once asked
	slotCount int        // slot ids in slotIDs
	repeats   []int      // the first item that states the same fact, once asked (repeatOf)
	byKey     []int32    // the figures by value key, once asked (figuresByKey)
	values    []int32    // the first figure of each value key, once asked (figuresByValue)
}

// index makes the indexes of the side that the pairing asks for, which
// the side's items alone decide: pair makes those of the two sides at
// once, one in each of two goroutines, before its steps need them.
func (s *sideItems) index() {
	s.itemsBySentence()
	s.slotIndex()
	s.repeatOf()
	s.figuresByValue()
}

// slotIndex returns, for each item, small ids of its fine and its coarse
// slot (slotsOf): the same slot, the same id. The pairing counts the
// items of a slot in slices by these ids, not in maps by slot.
func (s *sideItems) slotIndex() [][2]int32 {
	if s.slotIDs == nil {
		// A slot is of one sentence: number the kinds sentence by
		// sentence, with a small map of the kinds of one sentence,
		// rather than keep a map of every slot of the side.
		ids := make([][2]int32, len(s.items))
		s.shareSlotKinds()
		seen := map[string]int32{}
		n := int32(0)
		bySentence := s.itemsBySentence()
		for sen := range bySentence.len() {
			items := bySentence.of(sen)
			clear(seen)
			for _, i := range items {
				for c, sl := range slotsOf(&s.items[i]) {
					id, ok := seen[sl.kind]
					if !ok {
						id, n = n, n+1
						seen[sl.kind] = id
					}
					ids[i][c] = id
				}
			}
		}
		s.slotIDs, s.slotCount = ids, int(n)
	}
	return s.slotIDs
}

// shareSlotKinds gives every item the kinds of its slots (slotsOf), one
// copy of each pair of kinds for the side: most figures share theirs
// with many others, and a copy an item was 32 bytes. An item whose
// kinds slotsOf made already keeps them.
func (s *sideItems) shareSlotKinds() {
	shared := map[[2]string]*[2]string{}
	for i := range s.items {
		it := &s.items[i]
		if it.slots != nil {
			continue
		}
		k := slotKinds(it)
		p, ok := shared[k]
		if !ok {
			p = new([2]string)
			*p = k
			shared[k] = p
		}
		it.slots = p
	}
}

// itemsBySentence returns the indexes of the items of each sentence, in
// order; the pairing and slotIndex share them.
func (s *sideItems) itemsBySentence() groups {
	if s.itemsOf.start == nil {
		s.itemsOf = groupBy(s.sentences, len(s.items), func(i int) int { return s.items[i].Sentence })
	}
	return s.itemsOf
}

// ownMentions copies the mentions the items point to into an array of
// their own, and points the items at the copies, when they fill less
// than two thirds of all, the side's array of every mention it read
// (with the extractor's spare capacity). That array is then garbage once
// the alignment, which reads them all, is done: a mention is large, and
// those of the facts are most of what a report keeps. When the items
// fill most of it, as in news, a copy would allocate more than it lets
// go, and they keep pointing into it; so they do when the copy would let
// go of fewer than ownMentionsMin mentions, as with the few of a segment
// pair of a corpus.
func (s *sideItems) ownMentions(all []numbers.Mention) {
	n := 0
	for i := range s.items {
		if s.items[i].Number != nil {
			n++
		}
	}
	if 3*n >= 2*cap(all) || cap(all)-n < ownMentionsMin {
		return
	}
	own := make([]numbers.Mention, 0, n)
	for i := range s.items {
		if m := s.items[i].Number; m != nil {
			own = append(own, *m)
			s.items[i].Number = &own[len(own)-1]
		}
	}
}

// ownMentionsMin is the fewest mentions ownMentions copies the others to
// let go of: 5 mentions are about 1 KB (a Mention is 216 bytes).
const ownMentionsMin = 5

// dropCaches clears what the pairing noted in each item (its slot words,
// slots and value key): the report keeps the items, and nothing reads
// these once the facts are made.
func (s *sideItems) dropCaches() {
	for i := range s.items {
		it := &s.items[i]
		it.slotRef, it.slots, it.key = nil, nil, ""
	}
}

// rareName reports whether few sentences of the side name the entity: at
// most a fifth of them, or two.
func (s *sideItems) rareName(key string) bool {
	return s.sentencesNaming(key) <= max(2, s.sentences/5)
}

// named reports whether an item of the side is the entity.
func (s *sideItems) named(key string) bool {
	return s.sentencesNaming(key) > 0
}

// sentencesNaming returns how many sentences of the side name the
// entity: from nameCount, or, for a side of at most nameScanMax
// sentences, which has no such map, from the names of each sentence.
func (s *sideItems) sentencesNaming(key string) int {
	if s.namesIn.len() > nameScanMax {
		return s.nameCount[key]
	}
	n := 0
	for sen := range s.namesIn.len() {
		if s.namesIn.of(sen).has(key) {
			n++
		}
	}
	return n
}

// nameScanMax is the most sentences whose names sentencesNaming reads
// rather than a map: a segment pair of a corpus, which then makes none.
const nameScanMax = 8

// sideFacts extracts the numbers and entities of a side and assigns each
// to the sentence that holds it.
func sideFacts(p prepared, r sideReading, c *compareConfig) sideItems {
	n := len(p.Sentences)
	counts := make([]int32, 2*n) // numbersIn and datesIn: one array
	out := sideItems{
		lang: p.Lang, text: p.text, ref: p.Date,
		numbersIn: counts[:n:n], datesIn: counts[n:],
		headline:  make([]bool, n),
		sentences: n,
	}
	out.namesIn, out.placesIn = keysBySentence(r, len(p.Sentences), c)
	es := r.allEnts
	out.items = make([]Item, 0, len(r.allNums)+nameItems(r, c))
	out.addNumbers(p, r, c)
	for i, st := range p.Sentences {
		out.headline[i] = st.Kind == Headline
	}
	readSlots(p, out.items)
	out.officesIn = officesAlone(es, r.entSentence)
	for k := range es {
		e := &es[k] // an item points into the side's names: no copy
		if e.Type == entities.Title {
			out.office(e.Key)
		}
		if e.Title != "" {
			out.office(e.Title)
		}
		if !c.wants(entityKind) || e.Type == entities.Title {
			continue
		}
		if s := r.entSentence[k]; s >= 0 {
			aside := nationalityOfBody(p.text, es, k)
			out.items = append(out.items, Item{Sentence: s, Entity: e, aside: aside, ofPlace: aside && afterPlace(p.text, es, k), whose: whose(p.text, es, k)})
			if e.Title != "" {
				if out.titles == nil {
					out.titles = map[string]bool{}
				}
				out.titles[e.Key+" "+e.Title] = true
			}
		}
	}
	if !p.Date.IsZero() {
		out.resolveLocalZones()
	}
	if out.countGroups = countGroupsOf(p.text, out.items, es); out.countGroups != nil {
		itemIndexes(out.items) // groupsApart finds an item's index
	}
	// The keys of the items are those of the sentences' names
	// (keysBySentence): one map counts them, and holds the items' keys,
	// but for a short side (sentencesNaming).
	if out.namesIn.len() > nameScanMax {
		out.nameCount = map[string]int{}
		for _, k := range out.namesIn.keys { // each sentence's set of keys
			out.nameCount[k]++
		}
	}
	return out
}

// nameItems returns how many of the names of a side sideFacts makes
// items of: the report keeps the items' array, which is then not larger
// than them by the titles and the names outside every sentence (0.3 MB
// at 10,000 sentences).
func nameItems(r sideReading, c *compareConfig) int {
	if !c.wants(entityKind) {
		return 0
	}
	n := 0
	for k := range r.allEnts {
		if r.allEnts[k].Type != entities.Title && r.entSentence[k] >= 0 {
			n++
		}
	}
	return n
}

// office notes a title key the side names. The maps of titles are made
// at the first: most segment pairs of a corpus name no office.
func (out *sideItems) office(key string) {
	if out.offices == nil {
		out.offices = map[string]bool{}
	}
	out.offices[key] = true
}

// An officeIn is a title named alone in a sentence.
type officeIn struct {
	key      string
	sentence int
}

// officesAlone returns the titles named in a sentence that no person of
// the sentence holds: "deputy director of the ministry's Secondary
// Education Department" after "Delegation head Truong Duc Kien", not
// "Prime Minister" of "Prime Minister Phạm Minh Chính".
func officesAlone(es []entities.Entity, sentenceOf []int) []officeIn {
	var alone []officeIn
	for k := range es {
		if s := sentenceOf[k]; s >= 0 && es[k].Type == entities.Title {
			alone = append(alone, officeIn{key: es[k].Key, sentence: s})
		}
	}
	if alone == nil {
		return nil // as in most segments of a corpus
	}
	held := map[officeIn]bool{}
	for k := range es {
		if s := sentenceOf[k]; s >= 0 && es[k].Type == entities.Person && es[k].Title != "" {
			held[officeIn{key: es[k].Title, sentence: s}] = true
		}
	}
	return slices.DeleteFunc(alone, func(o officeIn) bool { return held[o] })
}

// namesOfficeLike reports whether sentence names alone an office that
// the title key is, or is a kind of: "deputy director of the ministry's
// Secondary Education Department" for "Phó Vụ trưởng", a second title of
// a person whose first ("Delegation head") is another office he holds.
func (out *sideItems) namesOfficeLike(sentence int, key string) bool {
	for _, o := range out.officesIn {
		if o.sentence == sentence && (o.key == key || titlesCompatible(key, o.key)) {
			return true
		}
	}
	return false
}

// localPlaces returns the key of the place each local body of es names
// (entities.LocalPlace), "" for the other names; nil when none is a local
// body, as in most segments of a corpus.
func localPlaces(es []entities.Entity) []string {
	var out []string
	for k := range es {
		if es[k].Type != entities.Org {
			continue
		}
		if p := entities.LocalPlace(es[k].Key); p != "" {
			if out == nil {
				out = make([]string, len(es))
			}
			out[k] = p
		}
	}
	return out
}

// keysBySentence returns the keys of the names of each sentence of a
// side, and of the places and countries (not adjectives) among them, as
// sets (keySet.sorted). The sets of all sentences share one array of
// keys, and each list one array of offsets (sentenceKeys).
func keysBySentence(r sideReading, n int, c *compareConfig) (names, places sentenceKeys) {
	start := make([]int32, 2*(n+1))
	names.start, places.start = start[:n+1:n+1], start[n+1:]
	if !c.wants(entityKind) {
		return names, places
	}
	es := r.allEnts
	// A local body names its place too: "Sở Tài nguyên và Môi trường
	// tỉnh Vĩnh Phúc" names Vĩnh Phúc, which the other version may name
	// alone ("the former Vĩnh Phúc natural resources department").
	local := localPlaces(es)
	each := func(fn func(s int, key string, place bool)) {
		for k := range es {
			e, s := &es[k], r.entSentence[k]
			if e.Type == entities.Title || s < 0 {
				continue
			}
			fn(s, e.Key, (e.Type == entities.Country || e.Type == entities.Place) && !e.Adjective)
			if local != nil && local[k] != "" {
				fn(s, local[k], true)
			}
		}
	}
	// Count the keys of each sentence at start[s+1]; summed, start[s+1]
	// is the end of the part of sentence s, filled from there back.
	each(func(s int, _ string, place bool) {
		names.start[s+1]++
		if place {
			places.start[s+1]++
		}
	})
	for s := range n {
		names.start[s+1] += names.start[s]
		places.start[s+1] += places.start[s]
	}
	keys := make([]string, names.start[n]+places.start[n]) // the names' keys, then the places'
	names.keys, places.keys = keys[:names.start[n]:names.start[n]], keys[names.start[n]:]
	each(func(s int, key string, place bool) {
		names.start[s+1]--
		names.keys[names.start[s+1]] = key
		if place {
			places.start[s+1]--
			places.keys[places.start[s+1]] = key
		}
	})
	names.sortEach()
	places.sortEach()
	return names, places
}

// sentenceKeys holds a set of keys for each sentence: those of sentence
// s are keys[start[s]:start[s+1]]. An offset for each sentence, of 4
// bytes, rather than a slice of 24: 0.7 MB less at 10,000 sentences.
type sentenceKeys struct {
	start []int32
	keys  []string
}

// of returns the keys of sentence s.
func (sk sentenceKeys) of(s int) keySet {
	from, to := sk.start[s], sk.start[s+1]
	return keySet(sk.keys[from:to:to])
}

// len returns the number of sentences.
func (sk sentenceKeys) len() int { return max(0, len(sk.start)-1) }

// sortEach makes the keys of each sentence, filled as a list whose part
// starts at start[s+1], a set (keySet.sorted), and packs the sets at the
// head of keys: start[s] is then where the set of s starts.
func (sk *sentenceKeys) sortEach() {
	w := int32(0)
	for s := range sk.len() {
		from, to := sk.start[s+1], int32(len(sk.keys))
		if s+2 < len(sk.start) {
			to = sk.start[s+2]
		}
		set := keySet(sk.keys[from:to]).sorted()
		sk.start[s] = w
		w += int32(copy(sk.keys[w:], set))
	}
	sk.start[sk.len()] = w
	clear(sk.keys[w:]) // the doubles dropped: no key kept alive by them
	sk.keys = sk.keys[:w:w]
}

// A keySet is a set of keys, sorted, each once.
type keySet []string

// sorted returns the keys of s, a list, as a set.
func (s keySet) sorted() keySet {
	slices.Sort(s)
	return slices.Compact(s)
}

// has reports whether k is in the set.
func (s keySet) has(k string) bool {
	_, ok := slices.BinarySearch(s, k)
	return ok
}

// addNumbers adds the number mentions of a side that are facts, each with
// its sentence, and notes the conversions between amounts.
func (out *sideItems) addNumbers(p prepared, r sideReading, c *compareConfig) {
	ns := r.allNums
	lastAmount := -1 // the last sum of money or measure, which one in brackets may convert
	for k := range ns {
		if r.numSentence[k] < 0 {
			continue // outside every sentence, or beyond MaxFactsPerSentence
		}
		m, elision := out.withElidedNoun(p.text, &r, k)
		if !c.wants(m.Kind.String()) || !isFact(*m, p.text) && !elision.ok {
			continue
		}
		if s := r.numSentence[k]; s >= 0 {
			if m.Kind == numbers.Money || unitDim(m) != "" || clockTime(m) {
				if lastAmount >= 0 && converts(p.text, out.items[lastAmount].Number, m) {
					if out.converted == nil {
						out.converted = map[int]int{}
					}
					out.converted[len(out.items)] = lastAmount
				}
				lastAmount = len(out.items)
			}
			out.items = append(out.items, Item{Sentence: s, Number: m, part: elision.part, whole: out.wholeOfLast(s, m)})
			if m.Kind == numbers.Date || m.Kind == numbers.DateRange {
				out.datesIn[s]++
			} else {
				out.numbersIn[s]++
			}
		}
	}
}

// wholeOfLast reports whether count m, in sentence s, is the whole that
// the last item states its share of: "5 người" after the 1 of "1 trong
// 5 người" (Factor 0.2).
func (out *sideItems) wholeOfLast(s int, m *numbers.Mention) bool {
	if len(out.items) == 0 || m.Kind != numbers.Number {
		return false
	}
	last := out.items[len(out.items)-1]
	p := last.Number
	if last.Sentence != s || p == nil || !partOfWhole(p) || p.Unit != m.Unit {
		return false
	}
	part, _ := p.Value.Float64()
	share, _ := p.Factor.Float64()
	whole, _ := m.Value.Float64()
	return math.Abs(part/share-whole) < 1e-6*whole
}

// maxAside is the most bytes a bracket that bracketAfterWord reads may
// hold.
const maxAside = 48

// nationalityOfBody reports whether name k of names, a country, says
// what the body named beside it is of: in brackets after the body's name
// ("Wan Feng Shipping (Trung Quốc)", "Quacquarelli Symonds (QS, Anh)"),
// as its possessive before it ("Japan's Sakuragawa Financial Group"), or
// as an adjective of a word before it ("South Korean carrier Gaon Air").
// Another version may leave it out, so it is the rival only of another
// body's country (sameName). After a person it is the person's country,
// which a version states as a fact ("Lee Jun-ho (Hàn Quốc)", "Moriyama
// of Japan").
func nationalityOfBody(text string, names []entities.Entity, k int) bool {
	e := &names[k]
	if e.Type != entities.Country {
		return false
	}
	if k+1 < len(names) && (possessiveOf(text, e, &names[k+1]) || adjectiveOf(text, e, &names[k+1])) {
		return true
	}
	open, ok := bracketAfterWord(text, e.Start, e.End)
	if !ok {
		return false
	}
	if k > 0 {
		prev := &names[k-1]
		return prev.Type != entities.Person || prev.End > open || strings.TrimSpace(text[prev.End:open]) != ""
	}
	return true
}

// whose reports a country names[k] that says whose a person or an office
// is, as an adjective does ("Lao president"): right after a title
// ("Tổng thống Indonesia"), in the possessive ("Vietnam's president"),
// or after a word of data/nationality.tsv
// ("tiền đạo người Brazil", "the President of Indonesia").
func whose(text string, names []entities.Entity, k int) bool {
	e := &names[k]
	if e.Type != entities.Country || e.Adjective || e.Start > len(text) {
		return false
	}
	before := strings.TrimRightFunc(text[:e.Start], unicode.IsSpace)
	afterTitle := func(rest string) bool {
		if k == 0 || names[k-1].Type != entities.Title || names[k-1].End > len(rest) {
			return false
		}
		return strings.TrimSpace(rest[names[k-1].End:]) == ""
	}
	if afterTitle(before) || possessive(text, names, k) {
		return true
	}
	for _, w := range nationalityWords() {
		if hasWordSuffix(before, w.phrase) && (!w.afterTitle || afterTitle(strings.TrimRightFunc(before[:len(before)-len(w.phrase)], unicode.IsSpace))) {
			return true
		}
	}
	return false
}

// possessive reports a country names[k] in the possessive before an
// office or a common noun: "Vietnam's president", "Japan's Prime
// Minister", "Japan's exports", which say whose those are; not before a
// name ("Japan's Sakuragawa Financial Group"), whose country it is, as
// "(Nhật Bản)" after the name says.
func possessive(text string, names []entities.Entity, k int) bool {
	at := min(names[k].End, len(text))
	for _, s := range possessiveMarks {
		rest, ok := strings.CutPrefix(text[at:], s)
		if !ok {
			continue
		}
		word := strings.TrimLeftFunc(rest, unicode.IsSpace)
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsLower(r) {
			return true
		}
		next := len(text) - len(word) // the offset of the word after the mark
		return k+1 < len(names) && names[k+1].Type == entities.Title && names[k+1].Start == next
	}
	return false
}

// possessiveMarks are the marks of an English possessive, with the
// straight and the curly apostrophe.
var possessiveMarks = [...]string{"'s", "’s"}

// A nationalityWord is a row of data/nationality.tsv.
type nationalityWord struct {
	phrase     string
	afterTitle bool // only between a title and the country
}

// nationalityData holds data/nationality.tsv.
//
//go:embed data/nationality.tsv
var nationalityData string

// nationalityWords is parsed once from nationalityData and never changes.
var nationalityWords = sync.OnceValue(func() []nationalityWord {
	var out []nationalityWord
	for line := range strings.Lines(nationalityData) {
		cols := strings.Split(strings.TrimSpace(line), "\t")
		if cols[0] == "" || cols[0][0] == '#' {
			continue
		}
		out = append(out, nationalityWord{phrase: cols[0], afterTitle: len(cols) > 1 && cols[1] == whereAfterTitle})
	}
	return out
})

// whereAfterTitle is the value of nationality.tsv's second column for a
// word that makes a nationality only after a title.
const whereAfterTitle = "after-title"

// possessiveOf reports whether name e is the possessive of the body
// named right after it: "Japan's Sakuragawa Financial Group".
func possessiveOf(text string, e, body *entities.Entity) bool {
	if body.Type != entities.Org || e.End < 0 || body.Start > len(text) || e.End > body.Start {
		return false
	}
	gap := text[e.End:body.Start]
	for _, s := range possessiveMarks {
		if gap == s+" " {
			return true
		}
	}
	return false
}

// afterPlace reports name k of names, a country said aside, right after
// a place, whose country it says: "bang Gujarat (Ấn Độ)", "Phnom Penh
// (Campuchia)"; no rival of a body's country said as an adjective.
func afterPlace(text string, names []entities.Entity, k int) bool {
	if k == 0 || names[k-1].Type != entities.Place {
		return false
	}
	open, ok := bracketAfterWord(text, names[k].Start, names[k].End)
	prev := &names[k-1]
	return ok && prev.End <= open && strings.TrimSpace(text[prev.End:open]) == ""
}

// adjectiveOf reports a country's adjective one word before a body's
// name, the word that says what the body is: "South Korean carrier Gaon
// Air", "Japanese lender Sakuragawa Bank".
func adjectiveOf(text string, e, body *entities.Entity) bool {
	if !e.Adjective || body.Type != entities.Org || e.End < 0 || body.Start > len(text) || e.End > body.Start {
		return false
	}
	word := strings.TrimSpace(text[e.End:body.Start])
	return word != "" && strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// bracketAfterWord returns the offset of the opening bracket when
// text[start:end] stands in short brackets after a word, alone or after
// other words, with no digit ("(Trung Quốc)", "(QS, Anh)").
func bracketAfterWord(text string, start, end int) (int, bool) {
	if start < 0 || end > len(text) || start > end {
		return 0, false
	}
	from := max(0, start-maxAside)
	open := strings.LastIndexAny(text[from:start], "()")
	if open < 0 {
		return 0, false
	}
	open += from
	closing := strings.IndexAny(text[end:min(len(text), end+maxAside)], "()")
	if text[open] != '(' || closing < 0 || text[end+closing] != ')' {
		return 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:open], " "))
	return open, unicode.IsLetter(r) && !strings.ContainsAny(text[open:end+closing], "0123456789")
}

// converts reports whether mention m, a sum in another currency or a
// measure in another unit of the same dimension, follows mention prev in
// brackets, as a conversion: "¥350 million (US$2.3 million)", "350 triệu
// yên (khoảng 2,3 triệu USD)", "120 dặm (gần 193 km)", "35 km (22
// miles)".
func converts(text string, prev, m *numbers.Mention) bool {
	if !convertible(prev, m) || prev.End > m.Start || m.Start > len(text) {
		return false
	}
	gap := strings.TrimSpace(text[prev.End:m.Start])
	// A qualifier ("khoảng", "about") is part of m; the words that may
	// stand before it are data (data/conversion.tsv).
	if rest, ok := strings.CutPrefix(gap, "("); ok {
		w := strings.ToLower(strings.TrimSpace(rest))
		return w == "" || conversionWords()[w]
	}
	if rest, ok := strings.CutPrefix(gap, ","); ok {
		// After a bare comma, only a rounded amount restates: "12.000
		// euro, khoảng 370 triệu đồng"; "12.000 euro, 370 triệu đồng"
		// may be a list.
		w := strings.ToLower(strings.TrimSpace(rest))
		return conversionWords()[w] || w == "" && m.Qualifier == numbers.Approx
	}
	return false
}

// convertible reports whether m may state prev's amount otherwise: in
// another currency, in another unit of the same dimension, or a clock
// time in another time zone ("4h27 sáng 17/8 theo giờ địa phương (16h27
// cùng ngày theo giờ Hà Nội)").
func convertible(prev, m *numbers.Mention) bool {
	switch {
	case prev.Kind == numbers.Money && m.Kind == numbers.Money:
		return prev.Currency != m.Currency
	case clockTime(prev) && clockTime(m):
		return prev.Date.Zone != m.Date.Zone
	}
	d := unitDim(prev)
	return d != "" && d == unitDim(m) && prev.Unit != m.Unit
}

// clockTime reports a date that states a clock time.
func clockTime(m *numbers.Mention) bool {
	return m.Kind == numbers.Date && m.Date.Grain >= numbers.GrainHour
}

// A sideReading is every number and entity of a side, with the sentence
// of each (-1 for none), and the same by sentence for the aligner.
type sideReading struct {
	reading
	allNums     []numbers.Mention
	allEnts     []entities.Entity
	numSentence []int
	entSentence []int
	crowded     []Crowded // the sentences whose figures or names were not all read
}

// empty reports a side with no figure and no name: no fact.
func (r *sideReading) empty() bool { return len(r.allNums) == 0 && len(r.allEnts) == 0 }

// readBoth reads the two sides, one in a goroutine of its own when there
// is enough work to share (as bothFeatures does). The names of the two
// sides, whose extraction needs the most scratch memory, are not read at
// the same time: one extractor, and so one scratch, reads both in turn.
// That extractor is returned, unless nil, for compare to release when the
// call is done (keptNames).
func readBoth(sa, sb prepared) (ra, rb sideReading, names *entities.Extractor) {
	switch {
	case len(sa.Sentences)+len(sb.Sentences) < parallelMin:
		return read(sa), read(sb), nil
	case runtime.GOMAXPROCS(0) == 1:
		return readBothInTurns(sa, sb)
	case max(len(sa.text), len(sb.text)) <= namesKeptFor:
		return readBothCrossed(sa, sb)
	case len(sb.text) > len(sa.text):
		rb, ra = readNamesFirst(sb, sa)
		return ra, rb, nil
	}
	ra, rb = readNamesFirst(sa, sb)
	return ra, rb, nil
}

// readNamesFirst reads the two sides as readBoth does when a text is too
// long for compare to keep the names' scratch (keptNames) and there is
// more than one processor to share the work, long the longer text: its
// numbers, which take the longest, in a goroutine, and here the names of
// both sides and then the numbers of short. The scratch (8.2 MB for the
// 1.3 MB Vietnamese text of the 10,000-sentence pair) is so let go of
// before short's numbers are read, not held beside the mentions of both
// sides. It is a function of its own so that the sides that its goroutine
// takes are moved to the heap only here, not for a short pair.
func readNamesFirst(long, short prepared) (rl, rs sideReading) {
	namesOfLong := make(chan []entities.Entity, 1)
	done := make(chan sideReading, 1)
	go func() {
		nums, counted := readNumbers(long)
		done <- readSentences(long, nums, counted, <-namesOfLong)
	}()
	var names entities.Extractor
	namesOfLong <- names.Extract(long.text, long.Lang)
	ents := names.Extract(short.text, short.Lang)
	names.Release()
	nums, counted := readNumbers(short)
	rs = readSentences(short, nums, counted, ents)
	return <-done, rs
}

// readBothInTurns reads the two sides as readBoth does with one
// processor: side a reads its names and then its numbers, side b, in a
// goroutine, its numbers and then, once side a's names are read, its
// names. A scratch
// that compare keeps to the end of the call is let go of no sooner when
// the names are read first (readNamesFirst). With one processor, where a
// goroutine takes turns with this one, reading them first raised
// BenchmarkCompare's peak heap at 10,000 sentences (44.7 -> 48.7 MB,
// medians of eight rounds), which moves with the phase of the collections
// across calls.
func readBothInTurns(sa, sb prepared) (ra, rb sideReading, names *entities.Extractor) {
	names = new(entities.Extractor) // side a's, then, after namesRead, side b's
	namesRead := make(chan struct{})
	done := make(chan sideReading, 1)
	kept := make(chan *entities.Extractor, 1)
	go func() {
		nums, counted := readNumbers(sb)
		<-namesRead
		ents := names.Extract(sb.text, sb.Lang)
		// The last names are read: the scratch is let go of now, unless
		// kept, not once side a's numbers, which take longer, are read
		// too (their array is copied to its length at the end, beside the
		// scratch of 8 MB at 10,000 sentences).
		kept <- keptNames(names, max(len(sa.text), len(sb.text)))
		done <- readSentences(sb, nums, counted, ents)
	}()
	ents := names.Extract(sa.text, sa.Lang)
	close(namesRead)
	nums, counted := readNumbers(sa)
	ra = readSentences(sa, nums, counted, ents)
	return ra, <-done, <-kept
}

// readBothCrossed reads the two sides as readBoth does when there is more
// than one processor and compare keeps the names' scratch (keptNames):
// this goroutine reads side a's names and then side b's numbers, and a
// goroutine side a's numbers and then, once side a's names are read,
// side b's names. The names of side a, the Vietnamese of a translation
// from it, take the longest to read, and its numbers longer than side
// b's (at 4,000 sentences, test binaries, one processor: 9.6 and 22.6
// ms against 5.6 and 19.4): crossed, the two goroutines have about as
// much to do, where one reading each side's names and numbers waited for
// the other (32.2 against 25.0 ms). The extractor reads side a's names
// before side b's, as in turn, and first here, where compare releases it
// (the scratch the pool of package entities keeps is this processor's).
func readBothCrossed(sa, sb prepared) (ra, rb sideReading, names *entities.Extractor) {
	names = new(entities.Extractor) // side a's, then, once namesOfA is sent, side b's
	namesOfA := make(chan []entities.Entity, 1)
	done := make(chan crossedReading, 1)
	go func() {
		nums, counted := readNumbers(sa)
		entsA := <-namesOfA
		entsB := names.Extract(sb.text, sb.Lang)
		done <- crossedReading{readSentences(sa, nums, counted, entsA), entsB}
	}()
	namesOfA <- names.Extract(sa.text, sa.Lang)
	nums, counted := readNumbers(sb)
	cr := <-done
	return cr.a, readSentences(sb, nums, counted, cr.namesOfB), keptNames(names, max(len(sa.text), len(sb.text)))
}

// A crossedReading is what readBothCrossed's goroutine reads: side a, and
// side b's names.
type crossedReading struct {
	a        sideReading
	namesOfB []entities.Entity
}

// keptNames returns names, whose scratch was sized for a text of n
// bytes, for compare to release when the call is done, not once the
// names are read. The pool of package entities, which a garbage
// collection halves and a second empties, then still holds the scratch
// when the next call reads its names: the collections of a call fall in
// its pairing, which allocates most of its bytes, and the next call
// reads its names after allocating little. The scratch of a text of more
// than namesKeptFor bytes, which the pool would not keep, is released at
// once and keptNames returns nil, so that it does not add to the live
// heap of the pairing.
func keptNames(names *entities.Extractor, n int) *entities.Extractor {
	if n > namesKeptFor {
		names.Release()
		return nil
	}
	return names
}

// namesKeptFor is the longest text whose names' scratch compare keeps
// until the call is done (keptNames): 1 MiB, below the 1.25 MiB (256K
// tokens) of text whose scratch package entities keeps in its pool.
const namesKeptFor = 1 << 20

// read extracts the numbers and entities of a side once.
func read(p prepared) sideReading {
	nums, counted := readNumbers(p)
	return readSentences(p, nums, counted, entities.Extract(p.text, p.Lang))
}

// readNumbers extracts the number mentions of a side, and counts the
// figures of each sentence it does not read (boundCrowded).
func readNumbers(p prepared) ([]numbers.Mention, []int) {
	// A sentence of thousands of figures is read only as far as Compare
	// needs (boundCrowded); the rest is counted.
	bounded, counted := boundCrowded(p.text, p.Sentences)
	return fitted(numbers.Extract(bounded, p.Lang, numberOptions(p.Date)...)), counted
}

// numberOptions returns the options of numbers.Extract for a text
// written on ref (zero: unknown): with no words of the moment of writing
// ("now", "bây giờ"), which state no fact of the story for the other
// version to state too.
func numberOptions(ref time.Time) []numbers.Option {
	if ref.IsZero() {
		return []numbers.Option{numbers.WithoutNow()}
	}
	return []numbers.Option{numbers.WithReference(ref), numbers.WithoutNow()}
}

// fitted returns the mentions in an array of their own length when the
// extractor left much room after them: it sizes its result once, by a
// guess that leaves room for the mentions in words, and the items of a
// report point into the array for as long as the report lives. In news
// of 10,000 sentences the room was a quarter of the array, 1.9 MB. Room
// for fewer than fittedMin mentions, or for less than an eighth more,
// is kept: a copy would cost more than it lets go.
func fitted(ms []numbers.Mention) []numbers.Mention {
	room := cap(ms) - len(ms)
	if room < fittedMin || 8*room < len(ms) {
		return ms
	}
	return slices.Clone(ms)
}

// fittedMin is the least room, in mentions, that fitted lets go of:
// about 55 KB (a Mention is 216 bytes).
const fittedMin = 256

// readSentences assigns the mentions and names of a side to its
// sentences.
func readSentences(p prepared, nums []numbers.Mention, counted []int, ents []entities.Entity) sideReading {
	r := sideReading{allNums: nums, allEnts: withoutCoveredNames(ents, nums)}
	sentence := make([]int, len(r.allNums)+len(r.allEnts))
	r.numSentence, r.entSentence = sentence[:len(r.allNums):len(r.allNums)], sentence[len(r.allNums):]
	figures, names := make([]int, len(p.Sentences)), make([]int, len(p.Sentences))
	sent := sentenceIndex(p.Sentences)
	for k, m := range r.allNums {
		r.numSentence[k] = sentenceOf(sent, m.Start, m.End, figures)
	}
	sent = sentenceIndex(p.Sentences)
	for k, e := range r.allEnts {
		r.entSentence[k] = sentenceOf(sent, e.Start, e.End, names)
	}
	r.nums = bySentence(r.allNums, r.numSentence, len(p.Sentences))
	r.ents = bySentence(r.allEnts, r.entSentence, len(p.Sentences))
	for s, n := range counted {
		figures[s] = max(figures[s], n)
	}
	r.crowded = crowded(figures, names)
	return r
}

// withoutCoveredNames drops, in place, the names that a date mention or an
// amount of money covers: "Third-quarter" at the head of a sentence is
// the third quarter, not a person; the "Anh" of "1,82 triệu bảng Anh" is
// the pound's, which the amount compares, not Britain. Both lists are in
// text order.
func withoutCoveredNames(ents []entities.Entity, nums []numbers.Mention) []entities.Entity {
	out := ents[:0]
	k := 0
	for _, e := range ents {
		for k < len(nums) && nums[k].End <= e.Start {
			k++
		}
		if k < len(nums) && (family(nums[k].Kind) == numbers.Date || nums[k].Kind == numbers.Money) && nums[k].Start <= e.Start && e.End <= nums[k].End {
			continue
		}
		out = append(out, e)
	}
	return out
}

// sentenceOf returns the sentence of the span start–end and counts it in
// seen, or -1 when the span is outside every sentence or its sentence
// already holds MaxFactsPerSentence.
func sentenceOf(sent func(start, end int) (int, bool), start, end int, seen []int) int {
	s, ok := sent(start, end)
	if !ok {
		return -1
	}
	if seen[s]++; seen[s] > MaxFactsPerSentence {
		return -1
	}
	return s
}

// bySentence groups all by sentence (sentence[k] is all[k]'s, -1 for
// none) into n lists, in order. A list whose items follow each other in
// all, as they do but for a span that crosses sentences, is a sub-slice
// of all, capped so that an append copies: nothing is copied.
func bySentence[T any](all []T, sentence []int, n int) [][]T {
	out := make([][]T, n)
	start := 0
	for k := 1; k <= len(all); k++ {
		if k < len(all) && sentence[k] == sentence[start] {
			continue
		}
		if s := sentence[start]; s >= 0 {
			if out[s] == nil {
				out[s] = all[start:k:k]
			} else {
				out[s] = append(out[s], all[start:k]...)
			}
		}
		start = k
	}
	return out
}

// crowded lists the sentences with more figures or names than Compare
// reads in one sentence.
func crowded(figures, names []int) []Crowded {
	var out []Crowded
	for s := range figures {
		if figures[s] > MaxFactsPerSentence || names[s] > MaxFactsPerSentence {
			out = append(out, Crowded{Sentence: s, Figures: figures[s], Names: names[s]})
		}
	}
	return out
}

// withFeatures asks the aligner for the anchors it read on each side.
func withFeatures(f *sideFeatures) Option {
	return func(c *config) { c.features = f }
}

// withReadings hands the aligner the mentions Compare has read.
func withReadings(a, b *reading) Option {
	return func(c *config) { c.readA, c.readB = a, b }
}

// sentenceIndex returns a function that finds the sentence holding the
// span [start, end); spans outside every sentence (the date header) have
// none. Calls must come in increasing order of start for each list, which
// Extract guarantees; the search restarts when they do not.
func sentenceIndex(ss []Sentence) func(start, end int) (int, bool) {
	k := 0
	return func(start, end int) (int, bool) {
		if k < len(ss) && start < ss[k].Start {
			k = 0
		}
		for k < len(ss) && ss[k].End <= start {
			k++
		}
		if k < len(ss) && ss[k].Start <= start && end <= ss[k].End {
			return k, true
		}
		return 0, false
	}
}

// withElidedNoun returns mention k of r, the side's mentions, with the
// unit of the figure beside it when it is a count that leaves out its
// noun ("as well as one in Hai Phong", "eight of them": the noun of the
// figure before; "three of the seven hospitals": of the figure after),
// and the elision found (elided). The mention is r's own or, with a
// unit, a copy.
func (out *sideItems) withElidedNoun(text string, r *sideReading, k int) (*numbers.Mention, elision) {
	m, s := &r.allNums[k], r.numSentence[k]
	if m.Unit != "" {
		return m, elision{}
	}
	var next *numbers.Mention
	if k+1 < len(r.allNums) && r.numSentence[k+1] == s {
		next = &r.allNums[k+1]
	}
	before := countsBefore{last: lastCount(out.items, s-1, nil), whole: lastCount(out.items, s-1, &m.Value)}
	e := elided(text, *m, before, next, r.ents[s])
	if e.unit == "" {
		return m, e
	}
	own := *m
	own.Unit = e.unit
	return &own, e
}

// lastCount returns the last count of items (a Number of things, not a
// measure, a rank or a date) in sentence from or after it, or nil; with
// above, the last one larger than it.
func lastCount(items []Item, from int, above *numbers.Decimal) *numbers.Mention {
	for i := len(items) - 1; i >= 0 && items[i].Sentence >= from; i-- {
		if m := items[i].Number; m != nil && m.Kind == numbers.Number && !isMeasure(m.Unit) && (above == nil || m.Value.Cmp(*above) > 0) {
			return m
		}
	}
	return nil
}

// isFact reports whether a mention is worth checking: not the article "một"
// or the pronoun "one", but "hai nước", "two countries" and "một nửa"
// are. A small number in words is a fact when it counts something: a
// word follows it in its clause ("Sáu ngư dân", "two friendlies", "a
// six-storey block"), even one no table knows; at the end of a clause
// ("ranked two.", "kế hoạch năm.") it is prose. text is the document m
// was read from.
func isFact(m numbers.Mention, text string) bool {
	if m.Kind != numbers.Number {
		return true
	}
	if m.Unit != "" || m.Range || m.Qualifier != numbers.Exact {
		return true
	}
	if m.Value.Cmp(numbers.Decimal{}) < 0 {
		return true
	}
	if m.Written == numbers.WrittenDigits || m.Value.Exp() < 0 {
		return true // digits, or a part in words: "một nửa", "a third"
	}
	one, _ := numbers.NewDecimal(1, 0)
	ten, _ := numbers.NewDecimal(10, 0)
	return m.Value.Cmp(ten) >= 0 || m.Value.Cmp(one) > 0 && wordAfter(text, m.End)
}

// wordAfter reports whether a word follows byte end of text: after
// spaces, or after a hyphen glued to both ("six-storey"); a chain of
// hyphens ("four-and-a-half", "one-to-one") is a phrase, not a noun.
func wordAfter(text string, end int) bool {
	rest := text[min(end, len(text)):]
	r, glued := strings.CutPrefix(rest, "-")
	if !glued {
		r = strings.TrimLeft(rest, " \t")
	}
	word := strings.IndexFunc(r, func(c rune) bool { return !unicode.IsLetter(c) })
	if word < 0 {
		word = len(r)
	}
	return word > 0 && !(glued && strings.HasPrefix(r[word:], "-"))
}

// readSlots reads the slot of each number item from the words next to
// it, as far as the neighbouring figures. A neighbour that is a date, or
// that stands right against the figure ("the first 20 days"), is read
// through: its words and the words beyond it count ("giảm 2,1% so với
// quý trước", where "quý trước" is a date; "ride free for the first 20
// days"). items holds the numbers of the side in the order of the text.
//
// slotReadThrough bounds how many neighbouring figures a slot is read
// through, so that reading stays linear in a sentence of many dates.
const slotReadThrough = 3

func readSlots(p prepared, items []Item) {
	sw := theSlotWords()
	shared := sharedSlots{} // the items' slots share one copy of each
	for i := range items {
		m, s := items[i].Number, p.Sentences[items[i].Sentence]
		prev, next := s.Start, s.End
		for j := i - 1; j >= max(0, i-slotReadThrough) && items[j].Sentence == items[i].Sentence; j-- {
			if !isDate(&items[j]) && !touching(p.text, items[j].Number.End, items[j+1].Number.Start) {
				prev = max(s.Start, min(items[j].Number.End, m.Start))
				break
			}
		}
		for j := i + 1; j < min(len(items), i+1+slotReadThrough) && items[j].Sentence == items[i].Sentence; j++ {
			if !isDate(&items[j]) && !touching(p.text, items[j-1].Number.End, items[j].Number.Start) {
				next = min(s.End, max(items[j].Number.Start, m.End))
				break
			}
		}
		items[i].slotRef = sw.forKind(shared, sw.sharedSlotAt(shared, p.text, s.Start, prev, m.Start, m.End, next, s.End), isDate(&items[i]), m.Kind == numbers.Money)
	}
}

// touching reports two spans with only white space between them.
func touching(text string, end, start int) bool {
	return end <= start && start <= len(text) && strings.TrimSpace(text[end:start]) == ""
}
