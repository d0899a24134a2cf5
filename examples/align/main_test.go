package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func write(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUsage(t *testing.T) {
	a := write(t, "a.txt", "Một.\n")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no files", nil, "want 2 files"},
		{"one file", []string{a}, "want 2 files"},
		{"bad flag", []string{"-nope", a, a}, "flag provided but not defined"},
		{"bad mode", []string{"-mode", "sideways", a, a}, "unknown mode"},
		{"bad lang", []string{"-lang-a", "!!", a, a}, "bad language"},
		{"missing", []string{a, filepath.Join(t.TempDir(), "missing.txt")}, "no such file"},
		{"directory", []string{a, t.TempDir()}, "is a directory"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, 2, run(c.args, nil, &out, &errb))
			assert.Contains(t, errb.String(), c.want)
			assert.Equal(t, 1, strings.Count(errb.String(), "\n"), "one line on stderr")
			assert.Empty(t, out.String())
		})
	}
}

func TestBeads(t *testing.T) {
	vi := write(t, "vi.txt", "Giá vàng tăng 5%.\nNgười dân đổ xô đi mua vàng tại Hà Nội.\nCác cửa hàng đóng cửa lúc 9 giờ tối.\n")
	en := write(t, "en.txt", "Gold prices rose 5%.\nPeople rushed to buy gold in Hà Nội.\nShops closed at 9pm.\n")
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-presegmented", "-beads", vi, en}, nil, &out, &errb), errb.String())
	assert.Equal(t, "0\t0\n1\t1\n2\t2\n", out.String())

	out.Reset()
	assert.Equal(t, 0, run([]string{"-presegmented", vi, en}, nil, &out, &errb))
	assert.Contains(t, out.String(), "[1] Người dân")
	assert.Contains(t, out.String(), "│ [1] People rushed")
}

func TestRaw(t *testing.T) {
	vi := write(t, "vi.txt", "date 2026-01-30\n\nGiá vàng tăng mạnh\n\nGiá vàng tăng 5%. Người dân đổ xô đi mua.\n")
	en := write(t, "en.txt", "date 2026-01-30\n\nGold prices surge\n\nGold prices rose 5%. People rushed to buy.\n")
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-beads", vi, en}, nil, &out, &errb), errb.String())
	assert.Equal(t, "0\t0\n1\t1\n2\t2\n", out.String())
}

// TestEmptyAndOdd checks that an empty file, UTF-16 and binary data are
// errors (exit 2, one line naming the file), as they are for factcheck.
func TestEmptyAndOdd(t *testing.T) {
	empty := write(t, "empty.txt", "")
	some := write(t, "some.txt", "One.\nTwo.\n")
	odd := write(t, "odd.txt", "\xff\xfe\x00bad\n\n\n")
	for _, args := range [][]string{
		{"-beads", empty, empty},
		{"-beads", "-presegmented", empty, some},
		{"-beads", some, empty},
		{odd, odd},
		{"-presegmented", odd, some},
		{"-mode", "comparable", some, odd},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, run(args, nil, &out, &errb), "%v", args)
		assert.Contains(t, errb.String(), "align: ")
		assert.Empty(t, out.String())
	}
}

func TestHelp(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, nil, &out, &errb))
	assert.Contains(t, out.String(), "usage: align")
	assert.Contains(t, out.String(), "-presegmented")
	assert.Contains(t, out.String(), "Example:")
}

// TestStdin checks that "-" reads standard input for one of the files.
func TestStdin(t *testing.T) {
	dir := t.TempDir()
	en := filepath.Join(dir, "en.txt")
	require.NoError(t, os.WriteFile(en, []byte("Singapore has 4,400 projects.\n"), 0o644))
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-beads", "-", en}, strings.NewReader("Singapore có 4.400 dự án.\n"), &out, &errb), errb.String())
	assert.Contains(t, out.String(), "0\t0")
	assert.Equal(t, 2, run([]string{"-", "-"}, strings.NewReader(""), &out, &errb))
}

// TestBadInput checks that what cannot be aligned is an error with exit
// 2, and that control characters of a document never reach the terminal.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "en.txt")
	require.NoError(t, os.WriteFile(good, []byte("Singapore has 4,400 projects.\n"), 0o644))
	for name, data := range map[string][]byte{
		"empty":  []byte(" \n"),
		"UTF-16": {0xFF, 0xFE, 'a', 0},
		"binary": {'P', 'K', 3, 4, 0, 0},
		"UTF-8":  {'G', 'i', 0xE1, ' ', 't', '\n'},
	} {
		p := filepath.Join(dir, "bad.txt")
		require.NoError(t, os.WriteFile(p, data, 0o644))
		var out, errb bytes.Buffer
		assert.Equal(t, 2, run([]string{p, good}, nil, &out, &errb), name)
		assert.Contains(t, errb.String(), "bad.txt", name)
	}
	evil := filepath.Join(dir, "evil.txt")
	require.NoError(t, os.WriteFile(evil, []byte("Singapore \x1b]0;pwned\x07có \x1b[2J4.400 dự án.\n"), 0o644))
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{evil, good}, nil, &out, &errb), errb.String())
	assert.NotContains(t, out.String(), "\x1b")
	assert.NotContains(t, out.String(), "\x07")
}
