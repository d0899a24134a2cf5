package align

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// reportedSpans returns the spans of every mention a report shows on one
// side: the facts' mentions and their repeats.
func reportedSpans(r *Report, sideA bool) map[[2]int]bool {
	out := map[[2]int]bool{}
	add := func(it *Item) {
		if it != nil {
			s, e := it.Span()
			out[[2]int{s, e}] = true
		}
	}
	for _, f := range r.Facts {
		first, also := f.B, f.AlsoB
		if sideA {
			first, also = f.A, f.AlsoA
		}
		add(first)
		for _, it := range also {
			add(it)
		}
	}
	return out
}

// TestEveryMentionReported checks that nothing read is silently dropped:
// every number and name a side's reading holds (but adjectives such as
// "Singaporean", which are never facts) is in the report, as a fact or as
// a repeat of one.
func TestEveryMentionReported(t *testing.T) {
	pairs, _ := symmetryPairs(t)
	for _, p := range pairs {
		t.Run(filepath.Base(filepath.Dir(p[0]))+"/"+filepath.Base(p[0]), func(t *testing.T) {
			var docs [2]Document
			for i, path := range p {
				b, err := os.ReadFile(path)
				require.NoError(t, err)
				docs[i] = Document{Text: string(b)}
			}
			r, err := Compare(docs[0], docs[1])
			require.NoError(t, err)
			var c config
			for i, sideA := range []bool{true, false} {
				pr, err := prepare("a", docs[i], language.Und, docs[i].Date)
				require.NoError(t, err)
				items := sideFacts(pr, read(pr), &c.cmp).items
				shown := reportedSpans(r, sideA)
				for k := range items {
					it := &items[k]
					if it.Entity != nil && it.Entity.Adjective {
						continue
					}
					s, e := it.Span()
					assert.True(t, shown[[2]int{s, e}], "side %d: %q at %d is not in the report", i, it.Text(), s)
				}
			}
		})
	}
}

// TestLinks checks that every mention of a fact said more than once is
// linked with a mention of the other side, in the sentence most like its
// own, and that the JSON report gives each link a row of its own.
func TestLinks(t *testing.T) {
	vi := "Việt Nam thắng Indonesia 2-0\n\n" +
		"Đội tuyển Việt Nam thắng Indonesia 2-0 tại Hà Nội tối thứ Hai.\n\n" +
		"Thái Lan gặp Malaysia ở trận còn lại.\n\n" +
		"Chiến thắng 2-0 giúp đội khách từ Hà Nội vào chung kết gặp Thái Lan.\n"
	en := "Vietnam beat Indonesia to reach the final\n\n" +
		"Vietnam beat Indonesia 2-0 in Hanoi on Monday.\n\n" +
		"Thailand play Malaysia in the other semifinal.\n\n" +
		"The 2-0 win in Hanoi sets up a final against Thailand.\n"
	r, err := Compare(Document{Text: vi, Lang: language.Vietnamese}, Document{Text: en, Lang: language.English})
	require.NoError(t, err)
	var score *Fact
	for k := range r.Facts {
		if f := &r.Facts[k]; f.Kind == "score" {
			require.Nil(t, score, "one fact for the score said four times")
			score = f
		}
	}
	require.NotNil(t, score)
	assert.Equal(t, Agree, score.Status)
	pairs := [][2]int{{score.A.Sentence, score.B.Sentence}}
	for _, l := range score.Links {
		pairs = append(pairs, [2]int{l.A.Sentence, l.B.Sentence})
	}
	// Sentence 0 of the Vietnamese (its headline) states the score and the
	// English headline does not: it links with the lead, which names the
	// same two teams; the last sentences, which share Hà Nội and Thái Lan,
	// link with each other.
	assert.ElementsMatch(t, [][2]int{{1, 1}, {0, 1}, {3, 3}}, pairs)

	var buf bytes.Buffer
	require.NoError(t, r.WriteJSON(&buf))
	var out struct {
		Facts []struct {
			Status string `json:"status"`
			Kind   string `json:"kind"`
			Repeat bool   `json:"repeat"`
			A, B   *struct {
				Sentence int `json:"sentence"`
			}
		} `json:"facts"`
		Summary struct {
			Agree int `json:"agree"`
		} `json:"summary"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &out))
	rows, repeats := 0, 0
	for _, f := range out.Facts {
		if f.Kind == "score" {
			rows++
			repeats += boolInt(f.Repeat)
			assert.Equal(t, "agree", f.Status)
			require.NotNil(t, f.A)
			require.NotNil(t, f.B)
		}
	}
	assert.Equal(t, 3, rows)
	assert.Equal(t, 2, repeats)
	assert.Equal(t, r.Summary.Agree, out.Summary.Agree, "the summary counts facts, not rows")
}

// TestNamedRankAcrossSentences checks that a rank which names what it
// ranks ("lượt về", the return leg) agrees across sentences only with a
// rank of the same noun, never with a bare "second" of another sentence.
// (In aligned sentences a bare rank may still conflict with a named one:
// English ranks often leave their noun unread, "the second phase".)
func TestNamedRankAcrossSentences(t *testing.T) {
	vi := "Việt Nam thắng ở lượt về.\n\nĐội khách chơi tốt hơn trong trận lượt về.\n\nHai bàn thắng đến trong hiệp một."
	en := "Vietnam played better in the second leg.\n\nThe visitors scored twice before the break.\n\nThe second goal came from a corner."
	r, err := Compare(Document{Text: vi, Lang: language.Vietnamese}, Document{Text: en, Lang: language.English})
	require.NoError(t, err)
	for _, f := range r.Facts {
		for _, l := range append([]Link{{f.A, f.B}}, f.Links...) {
			if f.Status == Agree && l.A != nil && l.B != nil && l.A.Number != nil && l.B.Number != nil && l.B.Number.Unit == "" {
				t.Errorf("%s %q paired with the bare %q of B%d", f.Status, l.A.Text(), l.B.Text(), l.B.Sentence)
			}
		}
	}
}

// TestLinksByWords checks that when the sentences of a repeat share no
// other fact and lie in one bead, the anchors the aligner read (words of
// the lexicon, names) choose its counterpart, not the order.
func TestLinksByWords(t *testing.T) {
	// Two sentences a side in one bead; A's sentence 1 shares anchors 7
	// and 9 with B's sentence 1, and nothing with B's sentence 0.
	fa := &features{n: 2, off: []int32{0, 2, 4}, keys: []uint64{3, 5, 7, 9}}
	fb := &features{n: 2, off: []int32{0, 2, 4}, keys: []uint64{3, 4, 7, 9}}
	p := &pairer{fa: &sideItems{anchors: fa}, fb: &sideItems{anchors: fb}, beadA: []int{0, 0}, beadB: []int{0, 0}}
	l := linker{p: p, factsA: sentenceFacts{start: make([]int32, 3)}, factsB: sentenceFacts{start: make([]int32, 3)}}
	a := &Item{Sentence: 1}
	b0, b1 := &Item{Sentence: 0}, &Item{Sentence: 1}
	assert.Same(t, b1, l.closest(-1, a, []*Item{b0, b1}, true))
	assert.Same(t, a, l.closest(-1, b1, []*Item{{Sentence: 0}, a}, false))
	// With no anchors (one side empty), the first in the bead.
	p.fa.anchors = nil
	assert.Same(t, b0, l.closest(-1, a, []*Item{b0, b1}, true))
}
