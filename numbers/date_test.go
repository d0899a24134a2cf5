package numbers

import "testing"

func TestDates(t *testing.T) { runLineFile(t, "dates.txt") }
