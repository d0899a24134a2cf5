package align

import "sync"

// parallelWork is the fewest pieces of work (items, facts) for which a
// step of the pairing shares them with a second goroutine: with fewer,
// as in a segment pair of a corpus or a short article, the goroutine
// would cost more than it saves.
const parallelWork = 256

// inHalves calls work for the two halves of the indexes 0 to n, half 0
// (from 0 to n/2) in a goroutine of its own and half 1 in this one, when
// n is at least parallelWork, and returns once both are done; below
// that it calls work once, as half 0 of all. work must write only what
// its half owns, so that the result is that of one call on the whole,
// whichever half finishes first.
func inHalves(n int, work func(half, lo, hi int)) {
	if !sharesWork(n) {
		work(0, 0, n)
		return
	}
	var wg sync.WaitGroup
	mid := n / 2
	wg.Go(func() { work(0, 0, mid) })
	work(1, mid, n)
	wg.Wait()
}

// halves are the lists of the two halves of inHalves, read as one list
// in order: not joined, which would copy them.
type halves[T any] [2][]T

// len returns the length of the list.
func (h *halves[T]) len() int { return len(h[0]) + len(h[1]) }

// at returns element k of the list.
func (h *halves[T]) at(k int) *T {
	if k < len(h[0]) {
		return &h[0][k]
	}
	return &h[1][k-len(h[0])]
}

// sharesWork reports whether inHalves shares n pieces of work between
// two goroutines.
func sharesWork(n int) bool { return n >= parallelWork }
