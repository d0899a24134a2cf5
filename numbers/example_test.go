package numbers_test

import (
	"fmt"

	"github.com/factalign/factalign/numbers"
	"golang.org/x/text/language"
)

func ExampleExtract() {
	vi := "Singapore có 4.400 dự án với tổng vốn khoảng 90 tỷ USD, tăng 3,5%."
	for _, m := range numbers.Extract(vi, language.Vietnamese) {
		fmt.Println(m)
	}
	en := "Singapore has 4,400 projects valued at about US$90 billion, up 3.5 per cent."
	for _, m := range numbers.Extract(en, language.English) {
		fmt.Println(m)
	}
	// Output:
	// number 4400 unit=project "4.400 dự án"@14:28
	// money 90000000000 USD q=approx "khoảng 90 tỷ USD"@48:68
	// percent 3.5 "3,5%"@76:80
	// number 4400 unit=project "4,400 projects"@14:28
	// money 90000000000 USD q=approx "about US$90 billion"@39:58
	// percent 3.5 "3.5 per cent"@63:75
}

func ExampleMention() {
	ms := numbers.Extract("Giá xuất khẩu gạo đạt khoảng 505 USD/tấn.", language.Vietnamese)
	m := ms[0]
	fmt.Println(m.Kind, m.Value, m.Currency, m.Per, m.Qualifier)
	fmt.Printf("%q\n", m.Text)
	// Output:
	// money 505 USD tonne approx
	// "khoảng 505 USD/tấn"
}

func ExampleParseDecimal() {
	d, err := numbers.ParseDecimal("90000000000")
	fmt.Println(d, err)
	_, err = numbers.ParseDecimal("9e10")
	fmt.Println(err)
	// Output:
	// 90000000000 <nil>
	// numbers.ParseDecimal: parsing "9e10": invalid syntax at byte 1
}

func ExampleMention_relative() {
	en := "Monthly passes cost VND200,000, and half that for students."
	for _, m := range numbers.Extract(en, language.English) {
		fmt.Println(m)
	}
	vi := "Giá vé 200.000 đồng/tháng, học sinh bằng một nửa."
	for _, m := range numbers.Extract(vi, language.Vietnamese) {
		fmt.Println(m.Dump(), m.Factor)
	}
	// Output:
	// money 200000 VND "VND200,000"@20:30
	// money 100000 VND factor=0.5 "half that"@36:45
	// money 200000 VND per=month 0
	// money 100000 VND per=month factor=0.5 0.5
}
