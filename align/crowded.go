package align

// extractCap is how many figures of one sentence Compare extracts before
// it only counts them: more than it compares (MaxFactsPerSentence), so
// that the sentence is still seen to be crowded, and few enough that a
// sentence of a million figures costs no more memory than a page.
const extractCap = 2 * MaxFactsPerSentence

// boundCrowded returns text with the figures of each sentence beyond the
// first extractCap blanked out, byte for byte so that every offset holds,
// and how many figures each sentence it cut holds (0 for the others).
// When it cuts none it returns text itself and nil.
func boundCrowded(text string, ss []Sentence) (string, []int) {
	var out []byte
	var counts []int
	for s, sent := range ss {
		// A figure takes a digit and a byte after it: a sentence shorter
		// than twice the cap cannot pass it, and is not read again.
		if sent.Start < 0 || sent.End > len(text) || sent.End-sent.Start <= 2*extractCap {
			continue
		}
		n, cut := figureRuns(text[sent.Start:sent.End], extractCap)
		if n <= extractCap {
			continue
		}
		if out == nil {
			out, counts = []byte(text), make([]int, len(ss))
		}
		counts[s] = n
		for i := sent.Start + cut; i < sent.End; i++ {
			out[i] = ' '
		}
	}
	if out == nil {
		return text, nil
	}
	return string(out), counts
}

// figureRuns counts the runs of digits of s, a run going on through a
// mark between two digits ("4.400", "1,5", but not "1.1.1.…": that is one
// run too, and no figure), and returns the offset just after the run
// number limit (len(s) when there are no more).
func figureRuns(s string, limit int) (n, cut int) {
	cut = len(s)
	in := false
	for i := 0; i < len(s); i++ {
		d := isDigit(s[i])
		inner := in && (s[i] == '.' || s[i] == ',') && i+1 < len(s) && isDigit(s[i+1])
		switch {
		case d && !in:
			n++
		case !d && !inner && in && n == limit:
			cut = i
		}
		in = d || inner
	}
	return n, cut
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
