// Command factbeam checks a corpus of segment pairs, one pair a line
// (A<TAB>B[<TAB>id]), on Apache Beam, with the verdicts of factcheck
// -filter and -format jsonl:
//
//	factbeam --input pairs.tsv --output out/pairs [--lang_a vi --lang_b en] [--ref 2025-01-30] [--runner prism]
//
// It writes PREFIX.results.jsonl (a JSON line a pair), PREFIX.kept.tsv
// (the lines with no conflict, byte for byte) and PREFIX.totals.json, in
// no order. The runner is Prism, in the process, unless --runner says
// otherwise (dataflow, flink, spark, with their own flags).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/factalign/factalign/examples/beam/pipeline"
)

func main() {
	input := flag.String("input", "", "the pairs: a file or glob of A<TAB>B[<TAB>id] lines, on any Beam filesystem (required)")
	output := flag.String("output", "", "the output prefix: PREFIX.results.jsonl, PREFIX.kept.tsv, PREFIX.totals.json (required)")
	var c pipeline.Config
	flag.StringVar(&c.LangA, "lang_a", "", "the BCP 47 tag of the first column (default: detected)")
	flag.StringVar(&c.LangB, "lang_b", "", "the BCP 47 tag of the second column (default: detected)")
	flag.StringVar(&c.Ref, "ref", "", "the date, YYYY-MM-DD, that resolves \"30/1\" and \"Friday\"")
	flag.IntVar(&c.MaxLine, "max_line", 0, "the longest line read, in bytes (0: 10 MiB); longer ones are skipped")
	flag.Parse()
	beam.Init()

	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "factbeam: --input and --output are required")
		flag.Usage()
		os.Exit(2)
	}
	if err := run(context.Background(), *input, *output, c); err != nil {
		fmt.Fprintln(os.Stderr, "factbeam:", err)
		os.Exit(1)
	}
}

// run builds the pipeline and runs it on the runner of --runner.
func run(ctx context.Context, input, output string, c pipeline.Config) error {
	p, s := beam.NewPipelineWithRoot()
	out, err := pipeline.Check(s, input, c)
	if err != nil {
		return err
	}
	pipeline.Write(s, output, out)
	return beamx.Run(ctx, p)
}
