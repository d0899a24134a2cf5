package gentest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder keeps the errors Check reports instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestCheck(t *testing.T) {
	file := filepath.Join(t.TempDir(), "z.go")
	Check(t, file, []byte("package z\n"), true, "go generate")
	got, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, "package z\n", string(got))

	same := &recorder{TB: t}
	Check(same, file, []byte("package z\n"), false, "go generate")
	assert.Empty(t, same.errs)

	stale := &recorder{TB: t}
	Check(stale, file, []byte("package y\n"), false, "go generate ./z")
	require.Len(t, stale.errs, 1)
	assert.Contains(t, stale.errs[0], "run go generate ./z")
}
