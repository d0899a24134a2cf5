//go:build linux

package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tedCorpus is the folder of the TED segment pairs, in ../shared beside
// the module root (see ../shared/corpora/README.md); not in the
// repository.
var tedCorpus = filepath.Join("..", "..", "..", "shared", "corpora", "iwslt15-ted-envi")

// BenchmarkCorpusFilter runs the factcheck binary, as corpus builders
// would, with -filter -workers 2 on a TSV of 100,000 and of 1,000,000
// lines built from the TED segment pairs (repeated to reach the count),
// and reports pairs/s and the process's peak resident memory, which
// should be the same at both sizes. Run it once:
//
//	go test ./examples/factcheck -run '^$' -bench CorpusFilter -benchtime 1x
//
// It needs ../shared beside the module root, and fails without it.
func BenchmarkCorpusFilter(b *testing.B) {
	pairs := tedPairs(b)
	bin := buildFactcheck(b)
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			in, size := writeCorpus(b, pairs, n)
			b.SetBytes(size)
			var peak int64 // KiB
			for b.Loop() {
				peak = max(peak, runFilter(b, bin, in))
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pairs/s")
			b.ReportMetric(float64(peak)/1024, "peak-RSS-MiB")
		})
	}
}

// tedPairs reads the segment pairs of the TED talks: the lines of each
// talk's vi.txt and en.txt side by side, tabs made spaces, both sides
// not blank.
func tedPairs(b *testing.B) [][2]string {
	b.Helper()
	abs, _ := filepath.Abs(tedCorpus)
	talks, err := filepath.Glob(filepath.Join(tedCorpus, "*", "vi.txt"))
	if err == nil && len(talks) == 0 {
		err = os.ErrNotExist
	}
	if err != nil {
		b.Fatalf("this benchmark needs ../shared beside the module root, with the TED pairs in %s: %v", abs, err)
	}
	var pairs [][2]string
	for _, vi := range talks {
		a, err := os.ReadFile(vi)
		if err != nil {
			b.Fatal(err)
		}
		e, err := os.ReadFile(filepath.Join(filepath.Dir(vi), "en.txt"))
		if err != nil {
			b.Fatal(err)
		}
		as, es := strings.Split(string(a), "\n"), strings.Split(string(e), "\n")
		for i := range min(len(as), len(es)) {
			if strings.TrimSpace(as[i]) != "" && strings.TrimSpace(es[i]) != "" {
				pairs = append(pairs, [2]string{strings.ReplaceAll(as[i], "\t", " "), strings.ReplaceAll(es[i], "\t", " ")})
			}
		}
	}
	return pairs
}

// buildFactcheck builds the command into a temporary folder.
func buildFactcheck(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "factcheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeCorpus writes n lines A<TAB>B, the pairs over and over, to a
// temporary file; it returns its name and size.
func writeCorpus(b *testing.B, pairs [][2]string, n int) (string, int64) {
	b.Helper()
	name := filepath.Join(b.TempDir(), fmt.Sprintf("pairs-%d.tsv", n))
	f, err := os.Create(name)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var size int64
	for i := range n {
		p := pairs[i%len(pairs)]
		k, _ := fmt.Fprintf(w, "%s\t%s\n", p[0], p[1])
		size += int64(k)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return name, size
}

// runFilter runs factcheck -filter on the file, the kept lines to
// /dev/null, and returns its peak resident memory in KiB.
func runFilter(b *testing.B, bin, in string) int64 {
	b.Helper()
	stdin, err := os.Open(in)
	if err != nil {
		b.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer stdout.Close()
	var stderr strings.Builder
	cmd := exec.Command(bin, "-filter", "-workers", "2", "-lang-a", "vi", "-lang-b", "en")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("factcheck -filter: %v\n%s", err, stderr.String())
	}
	b.Logf("%s: %s %s", filepath.Base(in), time.Since(start).Round(time.Millisecond), strings.TrimSpace(stderr.String()))
	return cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
}
