package numbers

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTrieTablesComplete checks that trieTables lists every phrase table
// a language holds, so that lookup reads each of them by token IDs, and
// that each table of the built-in languages has its trie.
func TestTrieTablesComplete(t *testing.T) {
	for _, l := range builtinLangs {
		listed := map[uintptr]bool{}
		for _, tb := range l.trieTables() {
			listed[reflect.ValueOf(tb).Pointer()] = true
		}
		for path, v := range phraseTablesIn(reflect.ValueOf(l).Elem(), l.name, map[uintptr]bool{}) {
			assert.True(t, listed[v.Pointer()], "%s is not in trieTables", path)
		}
		for _, tb := range l.trieTables() {
			if trie := tb.(testTable).trieOf(); trie != nil {
				assert.True(t, len(tb.phraseKeys()) == 0 || trie.has(), "%s: a table of keys %q has no trie", l.name, tb.phraseKeys())
			}
		}
	}
}

// phraseTablesIn returns the phrase tables that v holds, by their path
// from the language.
func phraseTablesIn(v reflect.Value, path string, seen map[uintptr]bool) map[string]reflect.Value {
	found := map[string]reflect.Value{}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			break
		}
		seen[v.Pointer()] = true
		if strings.HasPrefix(v.Type().Elem().Name(), "phraseTable[") {
			found[path] = v
			break
		}
		return phraseTablesIn(v.Elem(), path, seen)
	case reflect.Struct:
		for i := range v.NumField() {
			for p, t := range phraseTablesIn(v.Field(i), path+"."+v.Type().Field(i).Name, seen) {
				found[p] = t
			}
		}
	case reflect.Array, reflect.Slice:
		for i := range v.Len() {
			for p, t := range phraseTablesIn(v.Index(i), path+"["+string(rune('0'+i%10))+"]", seen) {
				found[p] = t
			}
		}
	}
	return found
}

// TestTrieNodes checks that the tokens of each key of a table lead down
// its trie to the key's own node.
func TestTrieNodes(t *testing.T) {
	for _, l := range builtinLangs {
		for _, tb := range l.trieTables() {
			trie := tb.(testTable).trieOf()
			if trie == nil {
				continue
			}
			for n, k := range tb.phraseKeys() {
				toks, ok := keyTokens(k)
				require.True(t, ok, "%s: %q", l.name, k)
				node := uint32(0)
				for j, tk := range toks {
					node, ok = trie.next(node, l.index.idOf(tk.form), j > 0 && tk.space)
					require.True(t, ok, "%s: %q stops at %q", l.name, k, tk.form)
				}
				assert.Equal(t, uint32(n+1), node, "%s: %q", l.name, k)
			}
		}
	}
}

// TestTrieLookup checks that lookup finds by token IDs what it finds by
// string, at every token of the article pairs and of lines made of each
// table's keys, in every table.
func TestTrieLookup(t *testing.T) {
	for _, l := range builtinLangs {
		lines := articleLines(t, l.name)
		for _, tb := range l.trieTables() {
			lines = append(lines, strings.Join(tb.phraseKeys(), " "), strings.Join(tb.phraseKeys(), "."))
		}
		for _, line := range lines {
			folded, _ := foldText(line)
			s := scanner{text: folded, lang: l, vi: l.conv.viRules}
			s.tokenize(0, len(folded))
			for _, tb := range l.trieTables() {
				for i := range s.toks {
					byID, byString := tb.(testTable).lookupsAt(&s, i)
					if byID != byString {
						t.Fatalf("%s: at %q of %q: by ID %d, by string %d", l.name, s.toks[i].low, line, byID, byString)
					}
				}
			}
		}
	}
}

// A testTable is a phrase table as the tests above read it.
type testTable interface {
	trieOf() *phraseTrie
	lookupsAt(s *scanner, i int) (byID, byString int)
}

// trieOf returns t's trie, nil for a nil table.
func (t *phraseTable[T]) trieOf() *phraseTrie {
	if t == nil {
		return nil
	}
	return &t.trie
}

// lookupsAt returns where lookup's phrase at token i ends, by the trie
// and by string; -1 for none.
func (t *phraseTable[T]) lookupsAt(s *scanner, i int) (byID, byString int) {
	if t == nil {
		return -1, -1
	}
	const maxWords = 8
	byID, byString = -1, -1
	if _, next, ok := lookup(s, i, maxWords, t); ok {
		byID = next
	}
	plain := *t
	plain.trie = phraseTrie{}
	if _, next, ok := lookup(s, i, maxWords, &plain); ok {
		byString = next
	}
	return byID, byString
}

// articleLines returns the lines of the article pairs in the language.
func articleLines(t *testing.T, lang string) []string {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*", lang+".txt"))
	require.NoError(t, err)
	var lines []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	return lines
}
