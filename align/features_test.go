package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/factalign/factalign/numbers"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestWithAnchors checks that adding the comparable sources' anchors to
// features gives the features computed with them from the start, with
// and without the caller's reading.
func TestWithAnchors(t *testing.T) {
	vi, en := pairTexts(t, 100)
	for _, side := range []struct {
		text string
		lang language.Tag
	}{{vi, language.Vietnamese}, {en, language.English}} {
		p, err := prepare("a", Document{Text: side.text, Lang: side.lang}, language.Und, zeroTime)
		if err != nil {
			t.Fatal(err)
		}
		r := read(p)
		for _, pre := range []*reading{nil, &r.reading} {
			want := extractFeatures(p.Sentences, p.Lang, p.Date, pre, comparableSources...)
			got := withAnchors(extractFeatures(p.Sentences, p.Lang, p.Date, pre), p.Sentences, p.Lang, p.Date, pre, comparableSources)
			assert.Equal(t, want.off, got.off)
			assert.Equal(t, want.keys, got.keys)
			assert.Equal(t, want.size, got.size)
			assert.Equal(t, want.cum, got.cum)
			assert.Equal(t, want.kind, got.kind)
		}
	}
}

// TestNearMissKeys checks that the hashed index keys of a near miss are
// the hashes of the keys dropOneKeys, scaleKey and anagramKey spell out.
func TestNearMissKeys(t *testing.T) {
	vi, en := pairTexts(t, 100)
	n := 0
	for _, side := range []struct {
		text string
		lang language.Tag
	}{{vi, language.Vietnamese}, {en, language.English}} {
		for _, m := range numbers.Extract(side.text, side.lang) {
			var want []uint64
			for _, k := range append(dropOneKeys(&m), scaleKey(&m), anagramKey(&m)) {
				want = append(want, hashMore(uint64(fnvOffset), k))
			}
			assert.Equal(t, want, nearMissKeys(nil, &m), m.Text)
			n++
		}
	}
	assert.Greater(t, n, 100)
}

// TestLastOfWords checks that cutting a text where its first or last n
// words end or start keeps those words, as slotAt needs.
func TestLastOfWords(t *testing.T) {
	vi, en := pairTexts(t, 30)
	texts := append(Segment(vi, language.Vietnamese), Segment(en, language.English)...)
	texts = append(texts, Sentence{Text: "-- a-b  c\xff d-"}, Sentence{Text: ""}, Sentence{Text: "  "})
	for _, s := range texts {
		all := appendWords(nil, s.Text)
		for n := 1; n <= 8; n++ {
			first := appendWords(nil, s.Text[:lastOfWords(s.Text, n, false)])
			last := appendWords(nil, s.Text[lastOfWords(s.Text, n, true):])
			assert.Equal(t, all[:min(n, len(all))], first, s.Text)
			assert.Equal(t, all[max(0, len(all)-n):], last, s.Text)
		}
	}
}

// TestTableGrows checks that a table filled past its size by add keeps
// every key's last value.
func TestTableGrows(t *testing.T) {
	tb := newTable(1)
	want := map[uint64]int32{}
	h := uint64(fnvOffset)
	for i := range 5000 {
		h = hashMore(h, "x")
		k := h
		if i%7 == 0 {
			k = uint64(1 + i%50) // small keys, set again (0 is 1 to a table)
		}
		tb.add(k, int32(i))
		want[k] = int32(i)
	}
	for k, v := range want {
		got, ok := tb.get(k)
		assert.True(t, ok, k)
		assert.Equal(t, v, got, k)
	}
	assert.Equal(t, len(want), tb.n)
	assert.LessOrEqual(t, 2*tb.n, len(tb.keys))
}

// The keys of the near-miss index as strings, which nearMissKeys hashes
// without building them.

// dropOneKeys returns the index keys of a figure: its kind family and its
// digits, whole, with each one dropped, and with each one left blank.
func dropOneKeys(m *numbers.Mention) []string {
	v := m.Value.String()
	prefix := family(m.Kind).String() + " "
	keys := []string{prefix + v}
	for i := range len(v) {
		keys = append(keys, prefix+v[:i]+v[i+1:], prefix+v[:i]+"_"+v[i+1:])
	}
	return keys
}

// scaleKey is the index key of a figure whatever its scale word: its
// kind family and its first two significant digits.
func scaleKey(m *numbers.Mention) string {
	digits := strings.Trim(strings.Replace(m.Value.String(), ".", "", 1), "0-")
	return family(m.Kind).String() + " ~" + digits[:min(2, len(digits))]
}

// anagramKey is the index key of a figure whose digits were exchanged:
// its kind family and its digits in order.
func anagramKey(m *numbers.Mention) string {
	d := []byte(m.Value.String())
	slices.Sort(d)
	return family(m.Kind).String() + " #" + string(d)
}
