package align

import (
	"sort"
	"sync"
	"sync/atomic"
)

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

// inChunks calls work(worker, c, lo, hi) for each chunk c of size
// indexes of 0 to n (lo to hi), in two goroutines (workers 0 and 1), each
// taking the next chunk when it is done with one, so that work that is
// heavier in one part of the indexes is still shared evenly; it returns
// once all are done. Below parallelWork it calls work once, as chunk 0 of
// all (chunksOf). work must write only what its chunk owns, and the
// scratch of its worker, so that the result is that of one call on the
// whole, whichever worker takes which chunk.
func inChunks(n, size int, work func(worker, c, lo, hi int)) {
	if !sharesWork(n) {
		work(0, 0, 0, n)
		return
	}
	var next atomic.Int32
	take := func(worker int) {
		for c := int(next.Add(1) - 1); c*size < n; c = int(next.Add(1) - 1) {
			work(worker, c, c*size, min(n, (c+1)*size))
		}
	}
	var wg sync.WaitGroup
	wg.Go(func() { take(0) })
	take(1)
	wg.Wait()
}

// bothAtOnce calls f in a goroutine of its own and g in this one, and
// returns once both are done, if shared; else it calls f and then g. f
// and g must write only what each owns, so that the result is the same
// either way.
func bothAtOnce(shared bool, f, g func()) {
	if !shared {
		f()
		g()
		return
	}
	var wg sync.WaitGroup
	wg.Go(f)
	g()
	wg.Wait()
}

// chunksOf returns how many chunks of size inChunks makes of n indexes.
func chunksOf(n, size int) int {
	if !sharesWork(n) {
		return 1
	}
	return (n + size - 1) / size
}

// chunkSize is how many items of a side inChunks hands a worker at a
// time: enough to make the taking cheap, few enough to share evenly.
const chunkSize = 128

// A chunked is the lists of the chunks of inChunks, read as one list in
// order: not joined, which would copy them.
type chunked[T any] struct {
	lists [][]T // the list of each chunk
	ends  []int // the elements of lists up to each, once ended
}

// newChunked returns a chunked for the chunks of size of n indexes.
func newChunked[T any](n, size int) chunked[T] {
	return chunked[T]{lists: make([][]T, chunksOf(n, size))}
}

// end counts the elements of the lists, once they are made.
func (l *chunked[T]) end() {
	l.ends = make([]int, len(l.lists))
	sum := 0
	for c, list := range l.lists {
		sum += len(list)
		l.ends[c] = sum
	}
}

// len returns the length of the list; end must have been called.
func (l *chunked[T]) len() int {
	if len(l.ends) == 0 {
		return 0
	}
	return l.ends[len(l.ends)-1]
}

// at returns element k of the list; end must have been called.
func (l *chunked[T]) at(k int) *T {
	c := sort.SearchInts(l.ends, k+1)
	start := 0
	if c > 0 {
		start = l.ends[c-1]
	}
	return &l.lists[c][k-start]
}

// sharesWork reports whether inHalves shares n pieces of work between
// two goroutines.
func sharesWork(n int) bool { return n >= parallelWork }
