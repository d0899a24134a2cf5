package align

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"io"
	"maps"
	"slices"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// WriteHTML writes the report as one self-contained HTML page for an
// editor: it loads nothing from the network (no fonts, scripts or images),
// keeps its style in the page, and reads the same with scripts turned off.
//
// From the top, the page shows:
//
//   - a summary: the names, languages and dates of the two versions and
//     the counts of facts by verdict;
//   - the conflicts, each with its reason and the two sentences it comes
//     from;
//   - the two texts side by side, one row per bead of r.Pairs in their
//     order, the first version on the left and the second on the right (a
//     1-0 or 0-1 bead leaves the other cell empty);
//   - the other facts — agreements, facts of one version only and
//     suppressed conflicts — in a compact table, in the order of r.Facts.
//
// In the texts each fact is highlighted by its verdict — agree green,
// conflict red, only in the first version amber, only in the second blue,
// suppressed grey — with its reason as a tooltip. A fact of both versions
// links to its counterpart: clicking one side's highlight jumps to, and
// marks, the other side's. When the spans of two facts overlap, only one
// is highlighted: a conflict before a suppressed one, before an agreement,
// before a fact of one version, and else the first in r.Facts. A span
// that does not lie in its sentence is not highlighted either; such facts
// are still listed.
//
// All text is escaped, and bytes that are not valid UTF-8 are written as
// U+FFFD, so the page is valid UTF-8 for any report. The output is the
// same for the same report. WriteHTML returns an error for a nil report
// and the first error of w.
func (r *Report) WriteHTML(w io.Writer) error {
	if r == nil {
		return errors.New("align: WriteHTML of a nil report")
	}
	h := &htmlWriter{w: bufio.NewWriter(w), r: r}
	h.plan()
	h.page()
	return h.w.Flush()
}

// WriteHTMLReports writes several reports as one page, one section after
// the other in their order, as WriteHTML writes one: the page of a story
// checked against several versions. It returns an error for no report or
// a nil one, and the first error of w.
func WriteHTMLReports(w io.Writer, reports ...*Report) error {
	if len(reports) == 0 {
		return errors.New("align: WriteHTMLReports of no report")
	}
	if len(reports) == 1 {
		return reports[0].WriteHTML(w)
	}
	bw := bufio.NewWriter(w)
	conflicts := 0
	for _, r := range reports {
		if r == nil {
			return errors.New("align: WriteHTMLReports of a nil report")
		}
		conflicts += r.Summary.Conflict
	}
	h := &htmlWriter{w: bw}
	h.head(conflicts, strconv.Itoa(len(reports))+" versions against "+htmlName(reports[0].A, htmlSides[0]))
	for k, r := range reports {
		h := &htmlWriter{w: bw, r: r, prefix: "r" + strconv.Itoa(k+1) + "-"}
		h.plan()
		h.str("<article id=\"r" + strconv.Itoa(k+1) + "\">\n")
		h.body()
		h.str("</article>\n")
	}
	h.foot()
	return bw.Flush()
}

// htmlSides label the two sides of a report that has no names.
var htmlSides = [2]string{"A", "B"}

// The words of the page that are not taken from the report.
const (
	htmlNoConflicts = "No conflicts"
	htmlNoDate      = "no date"
	htmlSuppressed  = "suppressed"
)

// htmlConflictWords are the singular and the plural of "conflict".
var htmlConflictWords = [2]string{"conflict", "conflicts"}

// htmlLanguageNames names the languages of the reports' sides.
var htmlLanguageNames = map[string]string{"vi": "Vietnamese", "en": "English"}

// htmlWriter holds what one call of WriteHTML needs.
type htmlWriter struct {
	w      *bufio.Writer
	r      *Report
	prefix string // of every id, for a page of several reports: "r2-"

	// Per side (0 for A, 1 for B):
	sides  [2]*Side
	ok     [2][]bool       // the sentence's Start and End index Side.Text
	marks  [2][][]htmlMark // per sentence, by start: the highlights
	shown  [2][]bool       // per fact: highlighted in the text
	labels [2]string       // "Vietnamese", or the name when both languages agree

	beadsOfA map[int][]int // beadsBySentence of the report's pairs, when first needed
}

// An htmlMark is the span of one fact's item in its side's text.
type htmlMark struct {
	start, end int
	fact       int  // index into Report.Facts
	repeat     bool // another mention of the fact on its side (Fact.AlsoA, AlsoB)
}

// mark plans the highlight of item it of fact fi on a side, a repeat of
// the fact or its own mention, unless the item does not lie in its
// sentence or overlaps a highlight planned before.
func (h *htmlWriter) mark(side, fi int, it *Item, repeat bool) bool {
	s := h.sides[side]
	start, end := it.Span()
	si := it.Sentence
	if si < 0 || si >= len(s.Sentences) || !h.ok[side][si] {
		return false
	}
	st := s.Sentences[si]
	if start < st.Start || end > st.End || start >= end ||
		!utf8.RuneStart(s.Text[start]) || (end < len(s.Text) && !utf8.RuneStart(s.Text[end])) {
		return false
	}
	ms := h.marks[side][si]
	k, _ := slices.BinarySearchFunc(ms, start, func(m htmlMark, start int) int { return cmp.Compare(m.start, start) })
	if k > 0 && ms[k-1].end > start || k < len(ms) && ms[k].start < end {
		return false // overlaps a highlight chosen before
	}
	h.marks[side][si] = slices.Insert(ms, k, htmlMark{start, end, fi, repeat})
	return true
}

// htmlRepeats returns the other mentions of the fact on the side.
func htmlRepeats(f *Fact, side int) []*Item {
	if side == 0 {
		return f.AlsoA
	}
	return f.AlsoB
}

// htmlItem returns the fact's item on the side (0 for A, 1 for B).
func htmlItem(f *Fact, side int) *Item {
	if side == 0 {
		return f.A
	}
	return f.B
}

// htmlVerdict names the fact's verdict for CSS: "agree", "conflict",
// "only_a", "only_b", "suppressed" or "unknown".
func htmlVerdict(f *Fact) string {
	if f.Status == Conflict && f.Suppressed {
		return htmlSuppressed
	}
	if int(f.Status) < len(statusNames) {
		return f.Status.String()
	}
	return "unknown"
}

// label writes the fact's verdict for people, escaped: "agree", "conflict",
// "only in Vietnamese", "suppressed".
func (h *htmlWriter) label(f *Fact) {
	switch v := htmlVerdict(f); v {
	case "only_a":
		h.str("only in ")
		h.text(h.labels[0])
	case "only_b":
		h.str("only in ")
		h.text(h.labels[1])
	default:
		h.text(v)
	}
}

// htmlRank orders the facts for the choice of highlights: conflicts first.
func htmlRank(f *Fact) int {
	switch {
	case f.Status == Conflict && !f.Suppressed:
		return 0
	case f.Status == Conflict:
		return 1
	case f.Status == Agree:
		return 2
	}
	return 3
}

// plan chooses the highlights of both sides.
func (h *htmlWriter) plan() {
	r := h.r
	h.sides = [2]*Side{&r.A, &r.B}
	order := make([]int, len(r.Facts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(htmlRank(&r.Facts[i]), htmlRank(&r.Facts[j])) })
	for side, s := range h.sides {
		h.ok[side] = make([]bool, len(s.Sentences))
		for i, st := range s.Sentences {
			h.ok[side][i] = 0 <= st.Start && st.Start <= st.End && st.End <= len(s.Text) &&
				s.Text[st.Start:st.End] == st.Text
		}
		h.marks[side] = markRoom(r.Facts, side, len(s.Sentences))
		h.shown[side] = make([]bool, len(r.Facts))
		for _, fi := range order {
			if it := htmlItem(&r.Facts[fi], side); it != nil && h.mark(side, fi, it, false) {
				h.shown[side][fi] = true
			}
		}
		for _, fi := range order {
			for _, it := range htmlRepeats(&r.Facts[fi], side) {
				h.mark(side, fi, it, true)
			}
		}
	}
	h.labels = [2]string{htmlSideLabel(r.A, r.B, htmlSides[0]), htmlSideLabel(r.B, r.A, htmlSides[1])}
}

// markRoom returns an empty list of marks for each of n sentences of a
// side, with room for every mention of the facts there: the lists share
// one array, each capped at its part, so that a report of thousands of
// sentences makes two allocations, not a growing slice for each.
func markRoom(facts []Fact, side, n int) [][]htmlMark {
	end := make([]int, n+1)
	count := func(it *Item) {
		if it != nil && it.Sentence >= 0 && it.Sentence < n {
			end[it.Sentence+1]++
		}
	}
	for i := range facts {
		count(htmlItem(&facts[i], side))
		for _, it := range htmlRepeats(&facts[i], side) {
			count(it)
		}
	}
	for i := range n {
		end[i+1] += end[i]
	}
	all := make([]htmlMark, end[n])
	marks := make([][]htmlMark, n)
	for i := range marks {
		marks[i] = all[end[i]:end[i]:end[i+1]]
	}
	return marks
}

// htmlSideLabel names a side for "only in …": its language when the two
// languages differ, else its name, else def.
func htmlSideLabel(s, other Side, def string) string {
	if s.Lang != language.Und && s.Lang != other.Lang {
		return htmlLangName(s.Lang)
	}
	if s.Name != "" {
		return s.Name
	}
	return def
}

// htmlLangName returns "Vietnamese", "English" or the tag.
func htmlLangName(t language.Tag) string {
	if t == language.Und {
		return "unknown language"
	}
	if b, _ := t.Base(); htmlLanguageNames[b.String()] != "" {
		return htmlLanguageNames[b.String()]
	}
	return t.String()
}

// htmlLangAttr returns the value of a lang attribute for a side: "" for an
// unknown language.
func htmlLangAttr(s *Side) string {
	if s.Lang == language.Und {
		return ""
	}
	return s.Lang.String()
}

func (h *htmlWriter) str(s string) { h.w.WriteString(s) }

// text writes s escaped for HTML text and attribute values. Bytes that
// are not UTF-8, control characters other than white space and
// noncharacters (U+FFFF, U+FDD0) are written as U+FFFD: no document
// text makes the page other than well-formed.
func (h *htmlWriter) text(s string) {
	done := 0
	for i, c := range s {
		var rep string
		switch {
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '&':
			rep = "&amp;"
		case c == '"':
			rep = "&#34;"
		case c == '\'':
			rep = "&#39;"
		case c == utf8.RuneError, c < 0x20 && c != '\t' && c != '\n' && c != '\r', 0x7f <= c && c < 0xa0, nonCharacter(c):
			rep = "\uFFFD"
		default:
			continue
		}
		h.w.WriteString(s[done:i])
		h.w.WriteString(rep)
		_, size := utf8.DecodeRuneInString(s[i:])
		done = i + size
	}
	h.w.WriteString(s[done:])
}

// nonCharacter reports a code point Unicode reserves as no character:
// U+FDD0 to U+FDEF and the last two of every plane (U+FFFE, U+FFFF).
func nonCharacter(c rune) bool {
	return 0xFDD0 <= c && c <= 0xFDEF || c&0xFFFE == 0xFFFE
}

func (h *htmlWriter) num(n int) {
	h.w.Write(strconv.AppendInt(h.w.AvailableBuffer(), int64(n), 10))
}

// factID writes the id of the fact's highlight on a side: "f12a", or
// "r2-f12a" for the second report of a page of several.
func (h *htmlWriter) factID(fact, side int) {
	h.str(h.prefix)
	h.w.WriteByte('f')
	h.num(fact)
	h.w.WriteByte("ab"[side])
}

// page writes the whole page.
func (h *htmlWriter) page() {
	h.head(h.r.Summary.Conflict, htmlName(h.r.A, htmlSides[0])+" ↔ "+htmlName(h.r.B, htmlSides[1]))
	h.body()
	h.foot()
}

// head writes the page up to its body, with a title that counts the
// conflicts and names what is compared.
func (h *htmlWriter) head(conflicts int, what string) {
	h.str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	h.str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	if conflicts > 0 {
		h.num(conflicts)
		h.str(htmlPlural(conflicts, " conflict", " conflicts"))
	} else {
		h.str(htmlNoConflicts)
	}
	h.str(" — ")
	h.text(what)
	h.str("</title>\n<style>\n")
	h.str(htmlStyle)
	h.str("</style>\n</head>\n<body>\n")
}

// body writes the sections of one report.
func (h *htmlWriter) body() {
	h.summary()
	h.filters()
	h.conflicts()
	h.texts()
	h.facts()
}

// foot writes the end of the page.
func (h *htmlWriter) foot() {
	h.str("<script>\n")
	h.str(htmlScript)
	h.str("</script>\n</body>\n</html>\n")
}

// htmlPlural returns one when n is 1, else many.
func htmlPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// htmlName returns the side's name, or def.
func htmlName(s Side, def string) string {
	if s.Name != "" {
		return s.Name
	}
	return def
}

// summary writes the header: the two versions and the counts.
func (h *htmlWriter) summary() {
	r := h.r
	sum := r.Summary
	h.str("<header>\n<h1>Fact check: ")
	h.text(htmlName(r.A, htmlSides[0]))
	h.str(" ↔ ")
	h.text(htmlName(r.B, htmlSides[1]))
	h.str("</h1>\n")
	if sum.Conflict > 0 {
		h.str("<p class=\"verdict bad\">")
		h.num(sum.Conflict)
		h.str(htmlPlural(sum.Conflict, " conflict", " conflicts"))
		h.str(" to check</p>\n")
	} else {
		h.str("<p class=\"verdict good\">No conflicts</p>\n")
	}
	h.str("<ul class=\"counts\">\n")
	count := func(class string, n int, label string) {
		h.str("<li class=\"pill ")
		h.str(class)
		h.str("\"><b>")
		h.num(n)
		h.str("</b> ")
		h.text(label)
		h.str("</li>\n")
	}
	count(Conflict.String(), sum.Conflict, htmlPlural(sum.Conflict, htmlConflictWords[0], htmlConflictWords[1]))
	count(Agree.String(), sum.Agree, Agree.String())
	count("only_a", sum.OnlyA, "only in "+h.labels[0])
	count("only_b", sum.OnlyB, "only in "+h.labels[1])
	if sum.Suppressed > 0 {
		count(htmlSuppressed, sum.Suppressed, htmlSuppressed)
	}
	h.str("</ul>\n<table class=\"sides\">\n")
	for side, s := range h.sides {
		h.str("<tr><th>")
		h.str("AB"[side : side+1])
		h.str("</th><td>")
		h.text(htmlName(*s, "(text)"))
		h.str("</td><td>")
		h.text(htmlLangName(s.Lang))
		h.str("</td><td>")
		if s.Date.IsZero() {
			h.str(htmlNoDate)
		} else {
			h.str(s.Date.Format("2006-01-02 (Monday)"))
		}
		h.str("</td><td>")
		h.num(len(s.Sentences))
		h.str(htmlPlural(len(s.Sentences), " sentence", " sentences"))
		h.str("</td></tr>\n")
	}
	for side, s := range h.sides {
		for _, c := range s.Crowded {
			h.str("<tr class=\"crowded\"><th>")
			h.str("AB"[side : side+1])
			h.str("</th><td colspan=\"4\">")
			h.text(c.String())
			h.str("</td></tr>\n")
		}
		if s.Unplaced > 0 {
			h.str("<tr class=\"crowded\"><th>")
			h.str("AB"[side : side+1])
			h.str("</th><td colspan=\"4\">")
			h.text(unplacedNote(s.Unplaced))
			h.str("</td></tr>\n")
		}
	}
	h.units()
	h.str("</table>\n<p class=\"help\">The texts are highlighted in these colours. " +
		"Hover over a highlight to read the reason; click it to jump to the same fact in the other version.</p>\n" +
		"<nav class=\"help\">Go to: <a href=\"#" + h.prefix + "conflicts\">Conflicts</a> · <a href=\"#" + h.prefix + "texts\">Texts side by side</a> · <a href=\"#" + h.prefix + "facts\">Other facts</a></nav>\n")
	h.str("</header>\n")
}

// units writes, for a report of CompareUnits, the units read and
// compared, and each unit skipped with the reason, as the text report
// does: a bilingual file of a job in progress has units not translated
// yet.
func (h *htmlWriter) units() {
	r := h.r
	if r.Units == 0 && len(r.Skipped) == 0 {
		return
	}
	h.str("<tr class=\"units\"><th></th><td colspan=\"4\">")
	h.text(r.unitsLine())
	h.str("</td></tr>\n")
	for _, u := range r.Skipped {
		h.str("<tr class=\"units\"><th></th><td colspan=\"4\">")
		h.text(u.String())
		h.str("</td></tr>\n")
	}
}

// conflicts writes the list of conflicts, each with its two sentences.
func (h *htmlWriter) conflicts() {
	r := h.r
	h.str("<section id=\"" + h.prefix + "conflicts\">\n")
	n := 0
	for i := range r.Facts {
		if f := &r.Facts[i]; f.Status == Conflict && !f.Suppressed {
			n++
		}
	}
	if n == 0 {
		h.str("<h2>Conflicts</h2>\n<p class=\"none\">No conflicts: every fact found in both versions agrees.</p>\n</section>\n")
		return
	}
	h.str("<h2>Conflicts (")
	h.num(n)
	h.str(")</h2>\n<ol class=\"conflicts\">\n")
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Status != Conflict || f.Suppressed {
			continue
		}
		h.str("<li class=\"conflict-item\" data-status=\"conflict\" data-kind=\"")
		h.text(f.Kind)
		h.str("\">\n<p class=\"why\">")
		h.unit(f)
		h.str("<span class=\"kind\">")
		h.text(f.Kind)
		h.str("</span> ")
		h.text(f.Why)
		h.str("</p>\n<p class=\"tools\">")
		h.beadScore(f)
		h.str("<button type=\"button\" class=\"copy\" data-ignore=\"")
		h.text(f.SuppressionLine())
		h.str("\">copy ignore line</button></p>\n<div class=\"ctx\">\n")
		for side := range 2 {
			h.str("<div")
			h.langAttr(side)
			h.str(">")
			h.itemRef(i, side)
			h.str(" ")
			h.context(htmlItem(f, side), side)
			h.str("</div>\n")
		}
		h.str("</div>\n</li>\n")
	}
	h.str("</ol>\n</section>\n")
}

// unit names the unit of a bilingual file a fact is in, if any.
func (h *htmlWriter) unit(f *Fact) {
	if f.Unit == "" {
		return
	}
	h.str("<span class=\"unit\">unit ")
	h.text(f.Unit)
	h.str("</span> ")
}

// beadScore writes how well the sentences of a conflict's two mentions
// are aligned: "aligned 0.93", or "sentences not aligned".
func (h *htmlWriter) beadScore(f *Fact) {
	h.str("<span class=\"score\">")
	if score, ok := h.alignedScore(f); ok {
		h.str("sentences aligned, score ")
		h.str(strconv.FormatFloat(score, 'f', 2, 64))
	} else {
		h.str("sentences not aligned")
	}
	h.str("</span> ")
}

// alignedScore returns the score of the first bead holding both mentions
// of f.
func (h *htmlWriter) alignedScore(f *Fact) (float64, bool) {
	if f.A == nil || f.B == nil {
		return 0, false
	}
	if h.beadsOfA == nil {
		h.beadsOfA = beadsBySentence(h.r.Pairs)
	}
	for _, k := range h.beadsOfA[f.A.Sentence] {
		if b := h.r.Pairs[k]; slices.Contains(b.B, f.B.Sentence) {
			return b.Score, true
		}
	}
	return 0, false
}

// beadsBySentence returns, for each sentence of side A, the indices of
// the beads that hold it, in order: a look-up per conflict instead of a
// pass over every bead, which made a report of many conflicts quadratic.
func beadsBySentence(pairs []Bead) map[int][]int {
	m := make(map[int][]int, len(pairs))
	for k, b := range pairs {
		for _, i := range b.A {
			if l := m[i]; len(l) == 0 || l[len(l)-1] != k {
				m[i] = append(l, k)
			}
		}
	}
	return m
}

// filters writes the controls that show and hide facts by verdict and by
// kind; the script makes them work (the page is whole without it).
func (h *htmlWriter) filters() {
	h.str("<nav class=\"filters\" aria-label=\"filters\">\n")
	for _, st := range htmlFilterStatuses {
		h.str("<label><input type=\"checkbox\" class=\"f-status\" value=\"" + st[0] + "\" checked> " + st[1] + "</label>\n")
	}
	h.str("<label>kind <select class=\"f-kind\"><option value=\"\">all</option>")
	for _, k := range h.kinds() {
		h.str("<option>")
		h.text(k)
		h.str("</option>")
	}
	h.str("</select></label>\n<span class=\"keys\">j / n: next conflict · k / p: previous</span>\n</nav>\n")
}

// htmlFilterStatuses are the verdicts the filters show and hide: class,
// label.
var htmlFilterStatuses = [][2]string{{"conflict", "conflicts"}, {"agree", "agree"}, {"only_a", "only in A"}, {"only_b", "only in B"}, {"suppressed", "ignored"}}

// kinds returns the kinds of the report's facts, sorted.
func (h *htmlWriter) kinds() []string {
	seen := map[string]bool{}
	for _, f := range h.r.Facts {
		seen[f.Kind] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

// langAttr writes ` lang="vi"` for a side.
func (h *htmlWriter) langAttr(side int) {
	h.str(" lang=\"")
	h.text(htmlLangAttr(h.sides[side]))
	h.str("\"")
}

// itemRef writes a reference to the fact's item on a side, "A3", linked
// to its highlight when it has one.
func (h *htmlWriter) itemRef(fact, side int) {
	it := htmlItem(&h.r.Facts[fact], side)
	if it == nil {
		h.str("<span class=\"ref\">—</span>")
		return
	}
	if h.shown[side][fact] {
		h.str("<a class=\"ref\" href=\"#")
		h.factID(fact, side)
		h.str("\">")
	} else {
		h.str("<span class=\"ref\">")
	}
	h.str("AB"[side : side+1])
	h.num(it.Sentence)
	if h.shown[side][fact] {
		h.str("</a>")
	} else {
		h.str("</span>")
	}
}

// context writes the item's sentence with the item marked, or the item
// alone when its sentence is unknown.
func (h *htmlWriter) context(it *Item, side int) {
	if it == nil {
		return
	}
	s := h.sides[side]
	start, end := it.Span()
	si := it.Sentence
	if si < 0 || si >= len(s.Sentences) || !h.ok[side][si] ||
		start < s.Sentences[si].Start || end > s.Sentences[si].End || start >= end {
		h.str("<mark class=\"hl conflict\">")
		h.text(it.Text())
		h.str("</mark>")
		return
	}
	st := s.Sentences[si]
	h.text(s.Text[st.Start:start])
	h.str("<mark class=\"hl conflict\">")
	h.text(s.Text[start:end])
	h.str("</mark>")
	h.text(s.Text[end:st.End])
}

// texts writes the two texts side by side, one row a bead.
func (h *htmlWriter) texts() {
	r := h.r
	h.str("<section id=\"" + h.prefix + "texts\">\n<h2>Texts side by side</h2>\n<table class=\"texts\">\n<thead><tr>")
	for side, s := range h.sides {
		h.str("<th>")
		h.str("AB"[side : side+1])
		h.str(" · ")
		h.text(htmlName(*s, "(text)"))
		h.str(" <small>")
		h.text(htmlLangName(s.Lang))
		if !s.Date.IsZero() {
			h.str(", ")
			h.str(s.Date.Format("2006-01-02"))
		}
		h.str("</small></th>")
	}
	h.str("</tr></thead>\n<tbody>\n")
	done := [2][]bool{make([]bool, len(r.A.Sentences)), make([]bool, len(r.B.Sentences))}
	// take keeps the sentences of a bead that exist and are not shown yet.
	take := func(side int, idx []int) []int {
		var out []int
		for _, i := range idx {
			if i >= 0 && i < len(done[side]) && !done[side][i] {
				done[side][i] = true
				out = append(out, i)
			}
		}
		return out
	}
	for _, b := range r.Pairs {
		h.row(take(0, b.A), take(1, b.B))
	}
	// Sentences that no bead holds, which a hand-made report may have.
	for side := range 2 {
		for i, d := range done[side] {
			if !d {
				row := [2][]int{}
				row[side] = take(side, []int{i})
				h.row(row[0], row[1])
			}
		}
	}
	h.str("</tbody>\n</table>\n</section>\n")
}

// row writes one row of the texts.
func (h *htmlWriter) row(a, b []int) {
	if len(a) == 0 && len(b) == 0 {
		return
	}
	cells := [2][]int{a, b}
	conflict := false
	for side, idx := range cells {
		for _, si := range idx {
			for _, m := range h.marks[side][si] {
				if htmlRank(&h.r.Facts[m.fact]) == 0 {
					conflict = true
				}
			}
		}
	}
	h.str("<tr")
	if conflict {
		h.str(" class=\"has-conflict\"")
	}
	h.str(">")
	for side, idx := range cells {
		h.str("<td")
		h.langAttr(side)
		if len(idx) == 0 {
			h.str(" class=\"empty\"></td>")
			continue
		}
		h.str(">")
		for k, si := range idx {
			if k > 0 {
				if h.sides[side].Sentences[si].Paragraph != h.sides[side].Sentences[idx[k-1]].Paragraph {
					h.str("<br>")
				} else {
					h.str(" ")
				}
			}
			h.sentence(side, si)
		}
		h.str("</td>")
	}
	h.str("</tr>\n")
}

// sentence writes one sentence with its highlights.
func (h *htmlWriter) sentence(side, si int) {
	s := h.sides[side]
	st := s.Sentences[si]
	h.str("<span class=\"s k-")
	h.text(st.Kind.String())
	h.str("\"><span class=\"n\">")
	h.num(si)
	h.str("</span> ")
	if !h.ok[side][si] {
		h.text(st.Text)
		h.str("</span>")
		return
	}
	pos := st.Start
	for _, m := range h.marks[side][si] {
		f := &h.r.Facts[m.fact]
		h.text(s.Text[pos:m.start])
		other := 1 - side
		linked := htmlItem(f, other) != nil && h.shown[other][m.fact]
		if linked {
			h.str("<a")
		} else {
			h.str("<mark")
		}
		h.str(" class=\"hl ")
		h.str(htmlVerdict(f))
		if !m.repeat { // the fact's own mention holds the id
			h.str("\" id=\"")
			h.factID(m.fact, side)
		}
		if linked {
			h.str("\" href=\"#")
			h.factID(m.fact, other)
		}
		h.str("\" title=\"")
		if m.repeat {
			h.str("said again: ")
		}
		h.label(f)
		h.str(", ")
		h.text(f.Kind)
		if f.Why != "" {
			h.str(": ")
			h.text(f.Why)
		}
		h.str("\">")
		h.text(s.Text[m.start:m.end])
		if linked {
			h.str("</a>")
		} else {
			h.str("</mark>")
		}
		pos = m.end
	}
	h.text(s.Text[pos:st.End])
	h.str("</span>")
}

// facts writes the table of the facts other than the conflicts.
func (h *htmlWriter) facts() {
	r := h.r
	n := 0
	for i := range r.Facts {
		if htmlRank(&r.Facts[i]) != 0 {
			n++
		}
	}
	h.str("<section id=\"" + h.prefix + "facts\">\n<h2>Other facts (")
	h.num(n)
	h.str(")</h2>\n<table class=\"facts\">\n<thead><tr><th>verdict</th><th>kind</th><th>")
	h.text(htmlName(r.A, htmlSides[0]))
	h.str("</th><th>")
	h.text(htmlName(r.B, htmlSides[1]))
	h.str("</th><th>why</th></tr></thead>\n<tbody>\n")
	for i := range r.Facts {
		f := &r.Facts[i]
		if htmlRank(f) == 0 {
			continue // listed under Conflicts
		}
		h.str("<tr class=\"")
		h.str(htmlVerdict(f))
		h.str("\" data-status=\"")
		h.str(htmlVerdict(f))
		h.str("\" data-kind=\"")
		h.text(f.Kind)
		h.str("\"><td><span class=\"pill ")
		h.str(htmlVerdict(f))
		h.str("\">")
		h.label(f)
		h.str("</span></td><td>")
		h.unit(f)
		h.text(f.Kind)
		h.str("</td>")
		for side := range 2 {
			h.str("<td")
			h.langAttr(side)
			h.str(">")
			if it := htmlItem(f, side); it != nil {
				h.itemRef(i, side)
				h.str(" ")
				h.text(it.Text())
			}
			h.str("</td>")
		}
		h.str("<td>")
		h.text(f.Why)
		h.str("</td></tr>\n")
	}
	h.str("</tbody>\n</table>\n</section>\n")
}

// htmlStyle is the page's style sheet. It names only fonts found on the
// reader's machine.
const htmlStyle = `:root { --agree: #e4f4e4; --agree-line: #5fae6b; --conflict: #ffcdc8; --conflict-line: #c8102e;
  --only_a: #ffe9b0; --only_a-line: #c98a00; --only_b: #d6e6ff; --only_b-line: #2f6fd0;
  --suppressed: #e6e6e6; --suppressed-line: #8a8a8a; }
* { box-sizing: border-box; }
body { margin: 0; padding: 20px 28px 60px; font: 16px/1.55 "Noto Sans", "Segoe UI", "DejaVu Sans", Roboto, Arial, sans-serif;
  color: #1c1c1c; background: #fafafa; }
h1 { font-size: 22px; margin: 0 0 6px; }
h2 { font-size: 18px; margin: 28px 0 10px; }
a { color: inherit; }
header { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 14px 18px; }
.verdict { display: inline-block; margin: 2px 0 8px; padding: 2px 12px; border-radius: 6px; font-weight: 700; font-size: 18px; }
.verdict.bad { background: var(--conflict-line); color: #fff; }
.verdict.good { background: var(--agree-line); color: #fff; }
ul.counts { list-style: none; margin: 0 0 10px; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
.pill { display: inline-block; padding: 1px 10px; border-radius: 999px; border: 1px solid; white-space: nowrap; }
.pill.agree { background: var(--agree); border-color: var(--agree-line); color: #1d5c27; }
.pill.conflict { background: var(--conflict); border-color: var(--conflict-line); color: #8a0010; font-weight: 700; }
.pill.only_a { background: var(--only_a); border-color: var(--only_a-line); }
.pill.only_b { background: var(--only_b); border-color: var(--only_b-line); }
.pill.suppressed { background: var(--suppressed); border-color: var(--suppressed-line); }
table.sides { border-collapse: collapse; font-size: 14px; }
table.sides th, table.sides td { padding: 1px 14px 1px 0; text-align: left; }
.help { margin: 6px 0 0; font-size: 14px; color: #555; }
.none { padding: 10px 14px; background: var(--agree); border-left: 5px solid var(--agree-line); border-radius: 4px; }
ol.conflicts { margin: 0; padding: 0; list-style: none; counter-reset: c; }
ol.conflicts > li { background: #fff; border: 1px solid #e5b3ae; border-left: 6px solid var(--conflict-line);
  border-radius: 6px; padding: 8px 14px; margin: 0 0 10px; }
.why { margin: 0 0 6px; font-weight: 700; color: #7a0010; }
.kind { display: inline-block; font: 12px/1.6 "DejaVu Sans Mono", Consolas, monospace; color: #555; background: #eee;
  border-radius: 4px; padding: 0 6px; margin-right: 6px; font-weight: 400; vertical-align: 1px; }
.ctx { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 24px; font-size: 15px; }
.ref { font: 12px/1 "DejaVu Sans Mono", Consolas, monospace; color: #666; text-decoration: none; white-space: nowrap; }
a.ref:hover { text-decoration: underline; }
table.texts { width: 100%; table-layout: fixed; border-collapse: collapse; background: #fff; border: 1px solid #ddd; }
table.texts th { position: sticky; top: 0; z-index: 1; background: #f0f0f0; text-align: left; padding: 6px 14px;
  border-bottom: 2px solid #bbb; font-size: 15px; }
table.texts th small { font-weight: 400; color: #555; }
table.texts td { vertical-align: top; padding: 8px 14px; border-top: 1px solid #e4e4e4; overflow-wrap: anywhere; }
table.texts td + td, table.texts th + th { border-left: 1px solid #ccc; }
table.texts tr.has-conflict > td { background: #fff4f3; }
table.texts tr.has-conflict > td:first-child { box-shadow: inset 5px 0 0 var(--conflict-line); }
table.texts td.empty { background: repeating-linear-gradient(135deg, #f7f7f7 0 8px, #efefef 8px 16px); }
.n { font: 11px/1 "DejaVu Sans Mono", Consolas, monospace; color: #999; user-select: none; vertical-align: 2px; }
.k-headline { font-weight: 700; font-size: 1.1em; }
.k-heading { font-weight: 700; }
.k-caption { font-style: italic; color: #444; }
.k-credit, .k-byline { color: #666; font-size: 0.9em; }
.hl { color: inherit; text-decoration: none; border-radius: 3px; padding: 0 2px; border-bottom: 2px solid;
  scroll-margin: 40vh 0; }
a.hl { cursor: pointer; }
a.hl:hover { filter: brightness(0.92); }
.hl.agree { background: var(--agree); border-color: var(--agree-line); border-bottom-width: 1px; }
.hl.conflict { background: var(--conflict); border-color: var(--conflict-line); border-bottom-width: 3px; font-weight: 700;
  color: #6e000c; box-shadow: 0 0 0 1px var(--conflict-line); }
.hl.only_a { background: var(--only_a); border-color: var(--only_a-line); border-bottom-style: dotted; }
.hl.only_b { background: var(--only_b); border-color: var(--only_b-line); border-bottom-style: dotted; }
.hl.suppressed { background: var(--suppressed); border-color: var(--suppressed-line); color: #444; }
.hl:target, .hl.peer { outline: 3px solid #1c1c1c; outline-offset: 1px; }
.hl:target { animation: flash 1.2s ease-out 2; }
@keyframes flash { from { box-shadow: 0 0 0 6px #ffd400; } to { box-shadow: 0 0 0 0 transparent; } }
table.facts { border-collapse: collapse; font-size: 14px; background: #fff; width: 100%; }
table.facts th, table.facts td { text-align: left; vertical-align: top; padding: 3px 10px; border-bottom: 1px solid #e8e8e8; }
table.facts th { background: #f0f0f0; }
table.facts .pill { font-size: 12px; }
nav.filters { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; margin: 8px 0 16px; font-size: 14px; }
nav.filters .keys { color: #666; }
span.unit { font-size: 12px; color: #555; border: 1px solid #ccc; border-radius: 4px; padding: 0 5px; margin-right: 6px; }
li.current { outline: 3px solid var(--conflict-line); outline-offset: 4px; }
p.tools { margin: 2px 0 6px; font-size: 13px; color: #555; }
button.copy { font: inherit; font-size: 12px; margin-left: 8px; padding: 1px 8px; border: 1px solid #bbb; border-radius: 4px; background: #fff; cursor: pointer; }
button.copy[data-copied] { border-color: var(--agree-line); }
[hidden] { display: none !important; }
@media print { table.texts th { position: static; } body { background: #fff; } nav.filters, p.tools button { display: none; } }
`

// htmlScript marks, while the pointer is over a link to a fact, the fact
// it links to; makes the filters hide and show facts; moves between
// conflicts with j/n and k/p; and copies a conflict's ignore line. The
// page works without it. It reads text only from data attributes and
// writes none into the page.
const htmlScript = `(function () {
  function peer(e) {
    var a = e.target.closest ? e.target.closest('a.hl, a.ref') : null;
    return a ? document.getElementById(a.getAttribute('href').slice(1)) : null;
  }
  document.addEventListener('mouseover', function (e) { var p = peer(e); if (p) p.classList.add('peer'); });
  document.addEventListener('mouseout', function (e) { var p = peer(e); if (p) p.classList.remove('peer'); });
  function filter() {
    var shown = {};
    document.querySelectorAll('input.f-status').forEach(function (c) { shown[c.value] = c.checked; });
    var kind = document.querySelector('select.f-kind');
    kind = kind ? kind.value : '';
    document.querySelectorAll('[data-status]').forEach(function (el) {
      el.hidden = !shown[el.getAttribute('data-status')] || (kind !== '' && el.getAttribute('data-kind') !== kind);
    });
  }
  document.addEventListener('change', function (e) {
    if (e.target.matches('input.f-status, select.f-kind')) filter();
  });
  var current = -1;
  function go(step) {
    var items = Array.prototype.filter.call(document.querySelectorAll('li.conflict-item'), function (el) { return !el.hidden; });
    if (items.length === 0) return;
    document.querySelectorAll('li.current').forEach(function (el) { el.classList.remove('current'); });
    current = (current + step + items.length) % items.length;
    items[current].classList.add('current');
    items[current].scrollIntoView({block: 'center'});
  }
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && t.matches && t.matches('input, select, textarea'))) return;
    if (e.key === 'j' || e.key === 'n') go(1);
    if (e.key === 'k' || e.key === 'p') go(-1);
  });
  document.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button.copy') : null;
    if (!b) return;
    var line = b.getAttribute('data-ignore');
    if (navigator.clipboard) navigator.clipboard.writeText(line).catch(function () {});
    b.setAttribute('data-copied', 'true');
  });
})();
`

// HTMLHashes returns the CSP sources that allow the one inline script
// and the one style sheet of the HTML reports, and nothing else: a page
// that shows a report under "script-src 'self' <script>; style-src
// <style>" runs no script that a document could bring.
func HTMLHashes() (script, style string) {
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	return hash("\n" + htmlScript), hash("\n" + htmlStyle)
}
