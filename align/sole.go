package align

// soleCandidates collects the candidate pairs of a step that pairs the
// facts the other steps left, and gives back those whose two ends are in
// no other candidate: with two candidates there is no telling which one
// was edited. A pair of keys (two facts, two names) is one candidate,
// taken at its first pair of items (items are keyed by their repeat or
// by their name). The zero value is ready to use.
type soleCandidates[K int | string] struct {
	found          map[[2]K]soleCandidate
	order          [][2]K
	countA, countB map[K]int
}

// A soleCandidate is a pair of items, x of A and y of B, and their verdict.
type soleCandidate struct {
	x, y int
	v    verdict
}

// add notes the candidate pair of items x and y, whose keys are ka and
// kb.
func (s *soleCandidates[K]) add(ka, kb K, x, y int, v verdict) {
	if s.found == nil {
		s.found, s.countA, s.countB = map[[2]K]soleCandidate{}, map[K]int{}, map[K]int{}
	}
	k := [2]K{ka, kb}
	if _, ok := s.found[k]; ok {
		return
	}
	s.found[k] = soleCandidate{x, y, v}
	s.order = append(s.order, k)
	s.countA[ka]++
	s.countB[kb]++
}

// each calls f with every candidate whose two ends are in no other, in
// the order they were added.
func (s *soleCandidates[K]) each(f func(soleCandidate)) {
	for _, k := range s.order {
		if s.countA[k[0]] == 1 && s.countB[k[1]] == 1 {
			f(s.found[k])
		}
	}
}
