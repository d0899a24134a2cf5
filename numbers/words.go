package numbers

// Number words. The tables are read-only.

// viScales maps Vietnamese scale words to powers of ten.
var viScales = indexedTable(bitViScales, map[string]int{
	"nghìn": 3, "ngàn": 3, "vạn": 4, "triệu": 6, "tr": 6,
	"tỷ": 9, "tỉ": 9, "nghìn tỷ": 12, "ngàn tỷ": 12, "nghìn tỉ": 12, "ngàn tỉ": 12,
	"trăm": 2, "chục": 1,
})

// enScales maps English scale words to powers of ten.
var enScales = indexedTable(bitEnScales, map[string]int{
	"hundred": 2, "thousand": 3, "million": 6, "mn": 6, "mln": 6,
	"billion": 9, "bn": 9, "bln": 9, "trillion": 12, "tn": 12, "tln": 12,
	"millions": 6, "billions": 9, "trillions": 12, "thousands": 3, "mil": 6,
	"lkh": 5, "lkhs": 5, "lac": 5, "lacs": 5, "cr": 7, "koti": 7, "krore": 7, "krores": 7, "kr": 7,
	"lakh": 5, "lakhs": 5, "crore": 7, "crores": 7, "grand": 3,
})

// viDigits maps the Vietnamese unit words to their values.
var viDigits = map[string]int{
	"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
	"năm": 5, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
	// Unaccented forms, as typed without a Vietnamese keyboard.
	"khong": 0, "mot": 1, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}

// viWordScales maps Vietnamese scale words inside word numbers.
var viWordScales = map[string]int64{
	"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
	"nghin": 1e3, "ngan": 1e3, "trieu": 1e6, "ty": 1e9,
}

// viContinues lists the words after which "năm" is the number five and not
// the word "year": "năm mươi", "năm trăm", "năm nghìn".
var viContinues = map[string]bool{
	"mươi": true, "trăm": true, "nghìn": true, "ngàn": true, "vạn": true, "triệu": true,
	"tỷ": true, "tỉ": true, "chục": true, "phẩy": true, "rưỡi": true,
	"muoi": true, "tram": true, "nghin": true, "ngan": true, "trieu": true, "ty": true,
}

// viYearNext lists words after which "năm" means "year": "năm nay", "năm 2030".
var viYearNext = map[string]bool{
	"nay": true, "ngoái": true, "tới": true, "sau": true, "trước": true, "qua": true,
	"đó": true, "này": true, "học": true, "tài": true, "mới": true, "ấy": true, "kia": true,
	"rồi": true, "nào": true, "thứ": true, "đầu": true, "cuối": true, "giữa": true,
	"âm": true, "dương": true, "kế": true, "liền": true, "nữa": true, "và": true,
	"hoạt": true, "ánh": true, "châu": true, "phi": true,
}

// viArticleNext lists words after which "một" is an article, not the number
// one: "một số" (some), "một cách" (in a way).
var viArticleNext = map[string]bool{
	"số": true, "cách": true, "chút": true, "ít": true, "vài": true, "lúc": true,
	"khi": true, "mình": true, "loạt": true, "mặt": true, "sự": true, "khác": true,
	"thời": true, "phần": true,
}

// enSmall maps English number words below twenty.
var enSmall = map[string]int{
	"zero": 0, "naught": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

// enTens maps English tens.
var enTens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// enWordScales maps English scale words inside word numbers.
var enWordScales = map[string]int64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
	"crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7, "krore": 1e7, "krores": 1e7, "kr": 1e7,
}
