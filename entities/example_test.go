package entities_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
)

func ExampleExtract() {
	text := "Thủ tướng Singapore Lawrence Wong điện đàm với Tổng Bí thư Tô Lâm; ông Lâm mời ông Wong thăm Hà Nội."
	for _, e := range entities.Extract(text, language.Vietnamese) {
		line := fmt.Sprintf("%-8s %-15q %s %s", e.Type, e.Text, e.Key, e.Title)
		fmt.Println(strings.TrimSpace(line))
	}
	// Output:
	// title    "Thủ tướng"     title:prime-minister
	// country  "Singapore"     country:SG
	// person   "Lawrence Wong" person:lawrence-wong title:prime-minister
	// title    "Tổng Bí thư"   title:general-secretary
	// person   "Tô Lâm"        person:to-lam title:general-secretary
	// person   "Lâm"           person:to-lam
	// person   "Wong"          person:lawrence-wong
	// place    "Hà Nội"        place:ha-noi
}

func ExampleMatch() {
	vi := entities.Extract("Chủ tịch Tập Cận Bình và Thủ tướng Lý Cường", language.Vietnamese)
	en := entities.Extract("President Xi Jinping and former Premier Li Keqiang", language.English)
	fmt.Println(vi[1].Text, "~", en[1].Text, entities.Match(vi[1], en[1]) >= entities.Threshold)
	fmt.Println(vi[3].Text, "~", en[3].Text, entities.Match(vi[3], en[3]) >= entities.Threshold)
	fmt.Println(vi[2].Text, "~", en[2].Text, entities.Match(vi[2], en[2]))
	// Output:
	// Tập Cận Bình ~ Xi Jinping true
	// Lý Cường ~ Li Keqiang false
	// Thủ tướng ~ Premier 1
}

func ExampleFold() {
	fmt.Println(entities.Fold("Tô Lâm"))
	fmt.Println(entities.Fold("ĐÀ NẴNG"))
	fmt.Println(entities.Fold("Lee Jae-myung"))
	// Output:
	// to lam
	// da nang
	// lee jae myung
}

func ExampleLookup() {
	fmt.Println(entities.Lookup("Hàn Quốc", language.Vietnamese))
	fmt.Println(entities.Lookup("Republic of Korea", language.English))
	fmt.Println(entities.Lookup("Narnia", language.English))
	// Output:
	// country:KR true
	// country:KR true
	//  false
}

func ExampleRivals() {
	fmt.Println(entities.Rivals("org:vn-mof", "org:vn-moit"))            // Bộ Tài chính, Bộ Công Thương
	fmt.Println(entities.Rivals("org:eu", "org:ec"))                     // the European Commission is the EU's
	fmt.Println(entities.Rivals("org:steering-committee", "org:vn-mof")) // "Ban Chỉ đạo": of what?
	// Output:
	// true
	// false
	// false
}
