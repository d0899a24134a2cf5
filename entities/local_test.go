package entities_test

import (
	"testing"

	"github.com/factalign/factalign/entities"
	"github.com/stretchr/testify/assert"
)

// TestLocalRivals checks that one local body of two provinces the table
// knows is two rival bodies, and that a place it does not know, which
// may be written two ways, makes none.
func TestLocalRivals(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"org:gia-lai-people-council", "org:kon-tum-people-council", true},
		{"org:ha-noi-doh", "org:ho-chi-minh-city-doh", true},
		{"org:gia-lai-people-council", "org:gia-lai-people-committee", false}, // two bodies of one place: other steps judge them
		{"org:gia-lai-people-council", "org:gia-lai-people-council", false},
		{"org:viet-tri-party-committee", "org:viet-tri-city-party-committee", false}, // Việt Trì: no place of the table
		{"org:people-council", "org:kon-tum-people-council", false},
	} {
		assert.Equal(t, c.want, entities.Rivals(c.a, c.b), "%s %s", c.a, c.b)
		assert.Equal(t, c.want, entities.Rivals(c.b, c.a), "%s %s", c.b, c.a)
	}
}
