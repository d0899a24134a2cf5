package numbers

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
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

// wordLit matches a string literal that is a word or a phrase of words.
var wordLit = regexp.MustCompile(`^[\p{L}\p{M}][\p{L}\p{M}'’.\-]*( [\p{L}\p{M}'’.\-]+){0,2}$`)

// messageCall matches the calls whose string arguments are messages, not
// words of a language (as the word-literals tool decides).
var messageCall = regexp.MustCompile(`^(Errorf|Sprintf|Printf|Fprintf|Println|Fprintln|Print|Sprint|Sprintln|New|Error|Fatal.*|Log.*|Skip.*|Run|panic|Wrap.*|Write|WriteString|Fprint|Getenv|Setenv|Bool|String|Int|Float64|Duration|Var|Usage)$`)

// TestNoWordsInCode checks that the engine compares no word of a language
// in code, in any of its files but the tests: no word literal in ==, !=
// or a case, nor passed to a call, inside a function body (the rule of
// the word-literals tool). The words of each language are its data files,
// lang/LANG/*.tsv.
func TestNoWordsInCode(t *testing.T) {
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		fset := gotoken.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		require.NoError(t, err)
		if ast.IsGenerated(f) {
			continue
		}
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Body != nil {
				for _, b := range comparedLiterals(fn.Body) {
					s, err := strconv.Unquote(b.Value)
					assert.False(t, err == nil && wordLit.MatchString(s), "%s: word %s in code", fset.Position(b.Pos()), b.Value)
				}
			}
		}
	}
}

// comparedLiterals returns the string literals of body compared with ==
// or !=, listed in a case, or passed to a call that is no message.
func comparedLiterals(body *ast.BlockStmt) []*ast.BasicLit {
	var out []*ast.BasicLit
	ast.Inspect(body, func(n ast.Node) bool {
		var lits []ast.Expr
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if x.Op == gotoken.EQL || x.Op == gotoken.NEQ {
				lits = append(lits, x.X, x.Y)
			}
		case *ast.CaseClause:
			lits = append(lits, x.List...)
		case *ast.CallExpr:
			if !messageCall.MatchString(callName(x)) {
				lits = append(lits, x.Args...)
			}
		}
		for _, e := range lits {
			if b, ok := e.(*ast.BasicLit); ok && b.Kind == gotoken.STRING {
				out = append(out, b)
			}
		}
		return true
	})
	return out
}

// callName returns the name of the function a call calls, or "".
func callName(x *ast.CallExpr) string {
	switch fun := x.Fun.(type) {
	case *ast.Ident:
		return fun.Name
	case *ast.SelectorExpr:
		return fun.Sel.Name
	}
	return ""
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
	assert.LessOrEqual(t, int(numRoles), 64, "dateWord.starts has a bit for each")
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
