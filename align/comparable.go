package align

// chooseMode picks Monotonic or Comparable for two sides.
func chooseMode(fa, fb *features) Mode {
	return Monotonic
}

// comparable aligns two independently written versions.
func comparable(fa, fb *features, c *config) []Bead {
	return monotonic(fa, fb, c)
}
