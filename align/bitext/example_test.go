package bitext_test

import (
	"fmt"
	"strings"

	"github.com/factalign/factalign/align/bitext"
)

func ExampleRead() {
	const xliff = `<xliff version="1.2"><file source-language="vi" target-language="en"><body>
<trans-unit id="7"><source>Có <g id="1">4.400</g> dự án<x id="2"/>.</source><target>There are 4,600 projects.</target></trans-unit>
</body></file></xliff>`
	units, err := bitext.Read(strings.NewReader(xliff))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range units {
		fmt.Printf("%s (%s → %s): %s | %s\n", u.ID, u.LangA, u.LangB, u.A, u.B)
	}
	// Output:
	// 7 (vi → en): Có 4.400 dự án. | There are 4,600 projects.
}
