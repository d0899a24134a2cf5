package streamtest

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPairs(t *testing.T) {
	lines := strings.SplitAfter(Pairs(8), "\n")
	require.Len(t, lines, 9) // and the empty string after the last line end
	assert.Equal(t, "Có 0 dự án mới.\tThere are 1 new projects.\tp0\n", lines[0])
	assert.Equal(t, "Có 1 dự án mới.\tThere are 1 new projects.\tp1\n", lines[1])
	assert.Equal(t, "Có 7 dự án mới.\tThere are 8 new projects.\tp7\n", lines[7])
}

func TestCancelAfter(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := &CancelAfter{R: strings.NewReader(strings.Repeat("x", 100)), N: 10, Cancel: cancel}
	buf := make([]byte, 4)
	_, err := r.Read(buf)
	require.NoError(t, err)
	assert.NoError(t, ctx.Err(), "4 bytes of 10")
	_, err = io.ReadFull(r, make([]byte, 8))
	require.NoError(t, err)
	assert.Error(t, ctx.Err(), "12 bytes: cancelled")
}
