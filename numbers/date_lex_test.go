package numbers

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateFiles checks that every date data file is there in both
// languages and that each of its rows reads: a known role, unit, part or
// weekday, a number where one is due, one word where a class takes one.
func TestDateFiles(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		for _, name := range dateFiles {
			_, err := langFiles.ReadFile("lang/" + lang + "/" + name + ".tsv")
			assert.NoError(t, err, "%s/%s", lang, name)
		}
	}
	assert.Empty(t, langVi.dates.problem)
	assert.Empty(t, langEn.dates.problem)
	assert.Less(t, len(langVi.dates.recs), 1<<(32-dbRecShift))
	assert.Less(t, len(langEn.dates.recs), 1<<(32-dbRecShift))
}

// dataFiles are the files whose rules read every word of a language from
// lang/*/date_*.tsv: no word literal may come back into them.
var dataFiles = []string{"date_en.go", "date_vi.go", "date_duration.go", "date_tables.go", "date_lex.go", "date_roles.go",
	"daterule.go", "date_phrase.go", "date_spec.go", "date_digits.go", "date_classes.go"}

// wordLit matches a string literal that is a word or a phrase of words.
var wordLit = regexp.MustCompile(`^[\p{L}\p{M}][\p{L}\p{M}'’.\-]*( [\p{L}\p{M}'’.\-]+){0,2}$`)

// TestNoDateWordsInCode checks that the date rules compare no word of a
// language in code: no word literal in ==, != or a case, nor passed to a
// call, inside a function body (the rule of the word-literals tool).
func TestNoDateWordsInCode(t *testing.T) {
	for _, name := range dataFiles {
		fset := gotoken.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				var lits []ast.Expr
				switch x := n.(type) {
				case *ast.BinaryExpr:
					if x.Op == gotoken.EQL || x.Op == gotoken.NEQ {
						lits = append(lits, x.X, x.Y)
					}
				case *ast.CaseClause:
					lits = append(lits, x.List...)
				case *ast.CallExpr:
					lits = append(lits, x.Args...)
				}
				for _, e := range lits {
					if b, ok := e.(*ast.BasicLit); ok && b.Kind == gotoken.STRING {
						s, err := strconv.Unquote(b.Value)
						assert.False(t, err == nil && wordLit.MatchString(s), "%s: word %s in code", fset.Position(b.Pos()), b.Value)
					}
				}
				return true
			})
		}
	}
}

// TestDateRoles checks that every role has one name in date_cues.tsv and
// one bit.
func TestDateRoles(t *testing.T) {
	bits, roles := map[cueSet]string{}, map[dateRole]string{}
	for name, def := range dateRoles {
		if def.bit != 0 {
			assert.Zero(t, def.bit&(def.bit-1), "%s: one bit", name)
			assert.Empty(t, bits[def.bit], "%s: bit of %s", name, bits[def.bit])
			bits[def.bit] = name
		} else {
			assert.Empty(t, roles[def.role], "%s: role of %s", name, roles[def.role])
			roles[def.role] = name
		}
	}
	assert.Len(t, roles, int(numRoles)-1)
	assert.LessOrEqual(t, int(numRoles), 32, "dateWord.starts has a bit for each")
	// Every bit but the last, dcNoYear, which date_relative_words.tsv sets.
	assert.Len(t, bits, bits64(dcNoYear)-1)
}

// bits64 returns the number of the bit b, counted from 1.
func bits64(b cueSet) int {
	n := 0
	for ; b != 0; b >>= 1 {
		n++
	}
	return n
}
