package entities_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
)

// TestSeedPair reads the shared seed pair 000 (Vietnamese) and 002
// (English), when the shared folder is beside the repository, and checks
// that every entity the two stories share is found on both sides with the
// same key, and people with the same title. It embeds no seed text.
func TestSeedPair(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	vi := readSeed(t, dir, "000_*.txt")
	en := readSeed(t, dir, "002_*.txt")

	keys := func(es []entities.Entity) map[string]bool {
		m := map[string]bool{}
		for _, e := range es {
			m[e.Key] = true
			if e.Title != "" {
				m[e.Key+"+"+e.Title] = true
			}
		}
		return m
	}
	viEnts := entities.Extract(vi, language.Vietnamese)
	enEnts := entities.Extract(en, language.English)
	viKeys, enKeys := keys(viEnts), keys(enEnts)

	shared := []string{
		"country:SG", "country:VN",
		"org:asean", "org:apec", "org:coc", "org:cpv", "org:cpv-central-committee", "org:pap", "org:vsip",
		"person:to-lam", "person:lawrence-wong",
		"person:to-lam+title:general-secretary",
		"person:lawrence-wong+title:prime-minister",
		"person:lawrence-wong+title:secretary-general",
		"title:general-secretary", "title:prime-minister", "title:secretary-general",
	}
	for _, k := range shared {
		assert.Truef(t, viKeys[k], "%s not found in the Vietnamese story", k)
		assert.Truef(t, enKeys[k], "%s not found in the English story", k)
	}

	// Every key on one side that is not on the other must not match
	// anything there either, or be listed as found on one side only.
	onlyVi := []string{"org:tpo", "org:vgp", "title:chair"}
	onlyEn := []string{"org:vna", "org:vns", "person:tharman-shanmugaratnam", "place:ha-noi", "title:president"}
	for _, e := range viEnts {
		if !enKeys[e.Key] {
			matched := slices.ContainsFunc(enEnts, func(f entities.Entity) bool { return entities.Match(e, f) >= entities.Threshold })
			assert.Truef(t, matched || slices.Contains(onlyVi, e.Key), "Vietnamese %v has no English counterpart", e)
		}
	}
	for _, e := range enEnts {
		if !viKeys[e.Key] {
			assert.Containsf(t, onlyEn, e.Key, "English %v has no Vietnamese counterpart", e)
		}
	}
}

func readSeed(t *testing.T, dir, pattern string) string {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(names) != 1 {
		t.Skipf("no seed %s in %s", pattern, dir)
	}
	b, err := os.ReadFile(names[0])
	require.NoError(t, err)
	return string(b)
}
