package align_test

import (
	"bufio"
	"bytes"
	"fmt"
	"log"

	"github.com/factalign/factalign/align"
)

// WriteHTML writes a page that a browser opens from a file, with no
// network: the texts side by side, the facts highlighted by verdict.
func ExampleReport_WriteHTML() {
	vi := align.Document{Name: "vi.txt", Text: "date 2026-01-30\n\nSingapore có 4.400 dự án với tổng vốn 90 tỷ USD."}
	en := align.Document{Name: "en.txt", Text: "date 2026-01-30\n\nSingapore has 4,500 projects with total capital of US$90 billion."}
	r, err := align.Compare(vi, en)
	if err != nil {
		log.Fatal(err)
	}
	var page bytes.Buffer
	if err := r.WriteHTML(&page); err != nil {
		log.Fatal(err)
	}
	first, _, _ := bufio.NewReader(&page).ReadLine()
	fmt.Printf("%s\n%d conflict\n", first, len(r.Conflicts()))
	// Output:
	// <!doctype html>
	// 1 conflict
}
