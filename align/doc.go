// Package align splits the two versions of a news story into sentences,
// pairs the sentences that tell the same thing, and compares the facts of
// a Vietnamese article with those of its English version.
//
// # Sentences
//
// [Segment] splits raw text into [Sentence] values with byte offsets. It
// knows Vietnamese and English abbreviations (TS., PGS., TP., Mr., Dr.,
// U.S., Jan., No.), numbers and dates written with dots and commas
// (4.400, 1,5, 30.1), initials, quotations, and the Vietnamese subtitle
// style that goes on in lower case after a full stop. Headlines,
// headings, photo captions, credits ("Ảnh: TTXVN") and bylines are units
// of their own, marked with a [SentenceKind]. [Header] reads the
// `date YYYY-MM-DD` line that may open a file.
//
// # Alignment
//
// [Sentences] pairs the sentences of two texts into [Bead] values: 1-1,
// 2-1, 1-2, 2-2 and larger groups, and 1-0 or 0-1 for a sentence the other
// side leaves out. It has two modes, chosen automatically or forced with
// [WithMode]:
//
//   - Monotonic, for translations: a dynamic programme over beads up to
//     4-4 and long 1-n beads (one Vietnamese sentence in subtitle style
//     against many English ones), scored by the length ratio the two
//     documents themselves show (as Gale and Church do) and by shared
//     anchors, searched in a band around the diagonal so that the cost is
//     linear in the length of the documents.
//   - Comparable, for versions written independently: every pair of
//     sentences that shares anchors is scored, and a greedy matching that
//     prefers pairs whose neighbours also pair keeps moved paragraphs
//     together; sentences may merge, split, repeat a fact (a headline and
//     the body), or stay alone.
//
// Anchors are what survives translation: equal normalised numbers, money,
// percentages and dates (package numbers: "4.400 dự án" and
// "4,400 projects", "chiều 30/1" and "on Friday" in an article of
// 30 January 2026); identical acronyms, names and mixed tokens, folded
// without diacritics ("VSIP", "Lâm", "Việt Nam" and "Vietnam"); words of a
// small Vietnamese–English lexicon written for this package
// (data/lexicon.tsv); punctuation (? ! quotes); and, in Comparable mode,
// the entity keys of package entities ("Thủ tướng" and "Prime Minister").
//
//	Vietnamese                           English                       shared anchors
//	Singapore có 4.400 dự án             Singapore has 4,400 projects  singapore, 4400, dự án~project
//	Chiều 30/1, hai bên điện đàm.        They talked on Friday.        2026-01-30, điện đàm~talks
//
// # Facts
//
// [Compare] reads the numbers and names of each side, aligns the
// sentences, and pairs the facts. A fact has a slot: its kind and unit,
// the words next to it that say what it measures (data/slots.tsv: dead,
// missing, injured; year-on-year, month-on-month; exports, imports;
// registered, disbursed; a rise or a fall; free), and the countries or
// places of its sentence. Two figures of different slots never conflict,
// and agreements prefer the same slot. The pairing takes the same fact in
// aligned sentences first, then across the documents; then different
// values in the same slot with evidence that the sentences tell the same
// thing (aligned, sharing agreed facts); then the slips editors make
// wherever they stand: a figure one keystroke from the other's, a value
// the other version repeats, the only figure of each version that names
// one measure, a place or name swapped beside an agreed figure or inside a
// list. A value a version repeats (headline, lead, body) is one fact, its
// other mentions are Fact.AlsoA and Fact.AlsoB, and "only in one version"
// means that the other never states it; Fact.Links pairs each repeat with
// its counterpart in the most similar sentence of the other version.
// Compare(b, a) is the mirror of Compare(a, b): the facts are always
// paired in one canonical order (Vietnamese first) and the report
// mirrored when needed.
//
// # Bilingual files
//
// [CompareUnits] compares the units of a bilingual file — XLIFF
// trans-units or segments, TMX tus, lines of bitext, which package
// align/bitext reads — as one story whose alignment is given: each unit
// is a bead, facts that differ inside a unit conflict first, and each
// Fact names its Unit. The reports write it: WriteText, WriteJSON,
// WriteCSV (a translator's issue list) and WriteHTML.
//
// # Accuracy and speed
//
// Measured with ../shared/tools/score-align and the tests of this package
// (README.md in this folder has the commands and figures): on the
// IWSLT'15 TED talks re-split into sentences, strict F1 0.908 and lax F1
// 1.000 (0.9996), and 1.000 on the talks in their released 1-1
// segmentation; on the article pairs of ../testdata/pairs, sentence links
// with precision 0.968 and recall 0.989. Facts: on the real article pairs
// of ../shared/real-pairs, 115 of 118 agreeing facts are reported as agree
// and 67 of 69 one-fact edits as conflicts, with no false conflict (the
// repository's README has the commands, and the held-out figures).
//
// All functions are safe for concurrent use, never panic, and accept any
// input: invalid UTF-8, empty text, binary noise.
package align
