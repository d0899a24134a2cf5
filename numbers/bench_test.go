package numbers

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// newsText returns about size bytes of news-style text in the language,
// built from sentences written for this benchmark.
func newsText(vi bool, size int) string {
	viSents := []string{
		"Trong 11 tháng đầu năm, cả nước thu hút khoảng 31,5 tỷ USD vốn FDI, tăng 7,1% so với cùng kỳ.",
		"Chiều 30/1, Thủ tướng chủ trì hội nghị với hơn 500 doanh nghiệp tại Hà Nội.",
		"Sản lượng lúa đạt 43,2 triệu tấn, giá xuất khẩu bình quân 505 USD/tấn.",
		"Dự án dài 390 km, tổng mức đầu tư 1.500 tỷ đồng, dự kiến hoàn thành vào năm 2030.",
		"Đại hội XIV của Đảng diễn ra từ ngày 19 đến 25/1/2026 với 1.586 đại biểu.",
		"Lượng mưa phổ biến 400-600 mm, có nơi trên 700 mm; 3 người chết, 12 người bị thương.",
		"Việt Nam đứng thứ hai thế giới về xuất khẩu gạo, với hai mươi lăm thị trường chính.",
		"Tỷ lệ lạm phát giảm 0,5 điểm phần trăm, xuống còn 3,2%.",
	}
	enSents := []string{
		"In the first 11 months, the country attracted about US$31.5 billion in FDI, up 7.1 per cent year on year.",
		"On Friday, the Prime Minister chaired a conference with more than 500 businesses in Hà Nội.",
		"Rice output reached 43.2 million tonnes, with an average export price of $505 per tonne.",
		"The 390km project, worth VND1.5 trillion, is expected to be completed by 2030.",
		"The 14th National Party Congress took place from January 19 to 25, 2026 with 1,586 delegates.",
		"Rainfall was 400-600mm, over 700mm in places; three people died and 12 were injured.",
		"Việt Nam is the world's second largest rice exporter, with twenty-five main markets.",
		"Inflation fell by 0.5 percentage points to 3.2%.",
	}
	sents := enSents
	if vi {
		sents = viSents
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(sents[i%len(sents)])
		if i%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// pairsText returns about size bytes of the project's article pairs
// (../testdata/pairs/*/LANG.txt) repeated: news as the English and
// Vietnamese desks write it, with its ordinary density of facts.
func pairsText(b *testing.B, lang string, size int) string {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*", lang+".txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("no article pairs in ../testdata/pairs")
	}
	var sb strings.Builder
	for sb.Len() < size {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// BenchmarkExtract reads 1 MB of news: the article pairs ("news"), and
// text made of nothing but sentences dense with numbers and dates
// ("dense"), which is the worst case of ordinary text.
func BenchmarkExtract(b *testing.B) {
	for _, c := range []struct {
		name string
		text func() string
		lang language.Tag
	}{
		{"lang=vi/text=news", func() string { return pairsText(b, "vi", 1<<20) }, language.Vietnamese},
		{"lang=en/text=news", func() string { return pairsText(b, "en", 1<<20) }, language.English},
		{"lang=vi/text=dense", func() string { return newsText(true, 1<<20) }, language.Vietnamese},
		{"lang=en/text=dense", func() string { return newsText(false, 1<<20) }, language.English},
	} {
		text := c.text()
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(text, c.lang)
			}
		})
	}
}
