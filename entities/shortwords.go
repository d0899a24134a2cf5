package entities

import (
	"encoding/binary"
	"math/bits"
)

// maxShortWord is the longest word or phrase, in bytes of its Fold
// form, that a shortTable holds: two words of 64 bits less the byte of
// its length. Nearly every word of the tables and of a text is that
// short, and most of the phrases looked up.
const maxShortWord = 15

// A shortTable finds the index of a word or phrase of at most
// maxShortWord bytes among the keys of a strTable, with less work a
// look-up: the word is two integers compared at once, hashed with one
// multiplication, and the slot that holds it holds its index too, so
// that a look-up reads one slot of memory where the string table reads a
// slot, then a key's header, then its bytes. The generator writes one
// beside each string table of an index.
type shortTable struct {
	slots []shortSlot // open addressing by wordHash, linear probing; len is a power of two, at least four times the keys
}

// A shortSlot holds a word packed by packWord, or hi == 0 where it is
// empty, and its index among the keys.
type shortSlot struct {
	lo, hi uint64
	i      uint16
}

// shortWord reports whether a word of n bytes fits a shortWords table.
func shortWord(n int) bool { return uint(n-1) < maxShortWord }

// packWord packs the word w[:n], of 1 to maxShortWord bytes, into two
// integers that differ for any two such words: its bytes little-endian,
// padded with zero bytes, and its length in the last byte, so that hi is
// never 0. w holds at least 16 bytes, those past n masked off: the
// tokenizer's buffer has room after each word, and a caller with a word
// that has none copies it first (packWordCopy).
func packWord(w []byte, n int) (lo, hi uint64) {
	lo = binary.LittleEndian.Uint64(w) & (^uint64(0) >> (64 - 8*min(n, 8)))
	hi = binary.LittleEndian.Uint64(w[8:16]) & (1<<(8*max(n-8, 0)) - 1)
	return lo, hi | uint64(n)<<56
}

// packWordCopy is packWord for a short word with less room after it.
func packWordCopy(w []byte) (lo, hi uint64) {
	var b [16]byte
	copy(b[:], w)
	return packWord(b[:], len(w))
}

// wordHash returns the hash of a packed word whose low bits pick its
// first slot: the two halves of a product, xored. The high half alone,
// which it was, is about 0.62 times a word of three or four bytes, so
// its low bits moved with the first two bytes only, and the words of news
// fell in runs of neighbouring slots: of the tokens of BenchmarkExtract,
// 45 % (Vietnamese) and 27 % (English) were looked up past their first
// slot. The low half's low bits take the first bytes one to one; with
// them, 9 % are.
func wordHash(lo, hi uint64) uint64 {
	h, l := bits.Mul64(lo^bits.RotateLeft64(hi, 29), 0x9E3779B97F4A7C15)
	return h ^ l
}

// index returns the index of w, or -1, and whether w is short enough
// for t to tell.
func (t *shortTable) index(w []byte) (i int, short bool) {
	n := len(w)
	if !shortWord(n) || len(t.slots) == 0 {
		return -1, false // the zero shortTable tells nothing: the string table does
	}
	var lo, hi uint64
	if cap(w) >= 16 {
		lo, hi = packWord(w[:16], n)
	} else {
		lo, hi = packWordCopy(w)
	}
	return t.find(lo, hi), true
}

// find returns the index of the packed word lo, hi, or -1. Whether a
// word is there changes from token to token, which a branch on it would
// mispredict: a slot that holds the word or is empty ends the search
// (one branch, taken at the first slot for most words), and which of the
// two it was picks the result without a branch.
func (t *shortTable) find(lo, hi uint64) int {
	for i := wordHash(lo, hi); ; i++ { // i++: another word's slot
		s := &t.slots[i&uint64(len(t.slots)-1)]
		differ := (s.lo ^ lo) | (s.hi ^ hi)
		if min(differ, s.hi) == 0 {
			return int(s.i) | -int(min(differ, 1)) // -1 where the slot was empty
		}
	}
}
