package bilingual_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/align"
	"github.com/factalign/factalign/align/bitext"
	"github.com/factalign/factalign/internal/bilingual"
)

func TestPairs(t *testing.T) {
	units := []bitext.Unit{
		{ID: "1", A: "Có 4.400 dự án.", B: "There are 4,400 projects.", LangA: language.Vietnamese, LangB: language.English},
		{ID: "2", A: "Chưa dịch.", Untranslated: true, LangA: language.Vietnamese, LangB: language.English},
	}
	pairs, la, lb := bilingual.Pairs(units, language.Und, language.Und)
	assert.Equal(t, []align.Unit{{ID: "1", A: "Có 4.400 dự án.", B: "There are 4,400 projects."}, {ID: "2", A: "Chưa dịch."}}, pairs)
	assert.Equal(t, language.Vietnamese, la)
	assert.Equal(t, language.English, lb)

	_, la, lb = bilingual.Pairs(units, language.English, language.Und)
	assert.Equal(t, language.English, la, "a language given wins")
	assert.Equal(t, language.English, lb)

	pairs, la, _ = bilingual.Pairs(nil, language.Und, language.Und)
	assert.Empty(t, pairs)
	assert.Equal(t, language.Und, la)
}

func ExamplePairs() {
	units := []bitext.Unit{{ID: "7", A: "Có 4.400 dự án.", B: "There are 4,600 projects.", LangA: language.Vietnamese, LangB: language.English}}
	pairs, la, lb := bilingual.Pairs(units, language.Und, language.Und)
	r, err := align.CompareUnits(pairs, align.Document{Lang: la}, align.Document{Lang: lb})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Conflicts()[0].Unit, r.Conflicts()[0].Why)
	// Output: 7 4.400 dự án ≠ 4,600 projects: 4400 project vs 4600 project
}
