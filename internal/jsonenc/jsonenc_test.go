package jsonenc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stdString returns what encoding/json writes for s.
func stdString(t testing.TB, s string, escapeHTML bool) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	require.NoError(t, enc.Encode(s))
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

func TestAppendString(t *testing.T) {
	tests := []struct {
		in         string
		html, text string
	}{
		{"", `""`, `""`},
		{"90 tỷ USD", `"90 tỷ USD"`, `"90 tỷ USD"`},
		{`a "b" \c`, `"a \"b\" \\c"`, `"a \"b\" \\c"`},
		{"<b>&</b>", `"\u003cb\u003e\u0026\u003c/b\u003e"`, `"<b>&</b>"`},
		{"\b\f\n\r\t\x00\x1b\x7f", `"\b\f\n\r\t\u0000\u001b` + "\x7f\"", `"\b\f\n\r\t\u0000\u001b` + "\x7f\""},
		{"bad \xff utf-8 \xe1\xba", `"bad \ufffd utf-8 \ufffd\ufffd"`, `"bad \ufffd utf-8 \ufffd\ufffd"`},
		{"line\u2028para\u2029", `"line\u2028para\u2029"`, `"line\u2028para\u2029"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.html, string(AppendString(nil, tt.in, true)))
			assert.Equal(t, tt.text, string(AppendString(nil, tt.in, false)))
			assert.Equal(t, stdString(t, tt.in, true), tt.html, "the table disagrees with encoding/json")
			assert.Equal(t, stdString(t, tt.in, false), tt.text, "the table disagrees with encoding/json")
		})
	}
}

func TestAppendFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{0.93, "0.93"},
		{-1.5, "-1.5"},
		{1e-7, "1e-7"},
		{1.5e-10, "1.5e-10"},
		{1e21, "1e+21"},
		{123456789, "123456789"},
		{math.Copysign(0, -1), "-0"},
	}
	for _, tt := range tests {
		got, err := AppendFloat([]byte("x"), tt.in)
		require.NoError(t, err)
		assert.Equal(t, "x"+tt.want, string(got), "%v", tt.in)
		std, err := json.Marshal(tt.in)
		require.NoError(t, err)
		assert.Equal(t, string(std), tt.want, "the table disagrees with encoding/json on %v", tt.in)
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		got, err := AppendFloat([]byte("x"), f)
		assert.ErrorIs(t, err, ErrUnsupported)
		assert.Equal(t, "x", string(got))
	}
}

// FuzzAppendString checks that AppendString writes what encoding/json
// writes, in both modes.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "90 tỷ USD", "<&>\"\\\x00\x1f\x7f", "\xff\xfe\xe2\x80\xa8", "\u2029x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{true, false} {
			if got, want := string(AppendString(nil, s, html)), stdString(t, s, html); got != want {
				t.Fatalf("AppendString(%q, %v) = %s, encoding/json %s", s, html, got, want)
			}
		}
	})
}

// FuzzAppendFloat checks that AppendFloat writes what encoding/json
// writes, and fails where it fails.
func FuzzAppendFloat(f *testing.F) {
	for _, x := range []float64{0, 0.5, 1e-7, 1e21, -3.25, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		got, err := AppendFloat(nil, x)
		want, stdErr := json.Marshal(x)
		if (err != nil) != (stdErr != nil) {
			t.Fatalf("AppendFloat(%v): error %v, encoding/json %v", x, err, stdErr)
		}
		if err == nil && string(got) != string(want) {
			t.Fatalf("AppendFloat(%v) = %s, encoding/json %s", x, got, want)
		}
	})
}

func BenchmarkAppendString(b *testing.B) {
	s := "Chiều 30/1, Thủ tướng nói: \"4.400 dự án\" <b>đạt</b> 90 tỷ USD & hơn thế."
	buf := make([]byte, 0, 256)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendString(buf[:0], s, true)
	}
}

func ExampleAppendString() {
	b := []byte(`{"text":`)
	b = AppendString(b, "<90 tỷ USD>", true)
	b = append(b, `,"why":`...)
	b = AppendString(b, "<90 tỷ USD>", false)
	fmt.Println(string(append(b, '}')))
	// Output: {"text":"\u003c90 tỷ USD\u003e","why":"<90 tỷ USD>"}
}
