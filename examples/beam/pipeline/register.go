package pipeline

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Beam must know every function, emitter and coder before it runs a
// pipeline on a remote worker: registered at start, as Beam asks.
func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(int, []byte), func(Totals), error](&readFn{})
	register.DoFn6x1[context.Context, int, []byte, func(string), func(string), func(Totals), error](&checkFn{})
	register.Combiner3[Totals, Totals, string](&totalsFn{})
	register.Emitter2[int, []byte]()
	register.Emitter1[string]()
	register.Emitter1[Totals]()
	beam.RegisterCoder(reflect.TypeFor[Totals](), encodeTotals, decodeTotals)
}
