package entities_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/internal/floor"
)

// newsText generates about n bytes of news-like text in the given
// language: sentences of common words with names, titles, countries,
// organisations, numbers and punctuation mixed in, from a fixed seed.
func newsText(n int, vi bool) string {
	r := rand.New(rand.NewPCG(1, 2))
	var words, names []string
	if vi {
		words = strings.Fields("hai nước sẽ tăng cường hợp tác kinh tế đầu tư và thương mại trong năm tới với nhiều dự án lớn về năng lượng hạ tầng giáo dục du lịch nông nghiệp công nghệ cao được triển khai tại các tỉnh thành phố cho biết nhấn mạnh đánh giá cao quan hệ")
		names = []string{"Tổng Bí thư Tô Lâm", "ông Lâm", "Thủ tướng Singapore Lawrence Wong", "Việt Nam", "Singapore", "ASEAN", "Hàn Quốc", "Mỹ", "Nhật Bản", "Chủ tịch Tập Cận Bình", "Bộ Ngoại giao", "Hà Nội", "Quảng Ninh", "Liên hợp quốc (LHQ)", "Tổng công ty Điện lực Việt Nam (EVN)", "Nguyễn Văn An", "Bắc Kinh", "TP Hồ Chí Minh", "Anh", "Áo"}
	} else {
		words = strings.Fields("the two countries will step up cooperation in trade investment and energy next year with many large projects in infrastructure education tourism agriculture and high technology carried out in provinces and cities he said stressing close ties")
		names = []string{"General Secretary To Lam", "Lam", "Prime Minister Lawrence Wong", "Việt Nam", "Singapore", "ASEAN", "South Korea", "the US", "Japan", "President Xi Jinping", "the Ministry of Foreign Affairs", "Hanoi", "Quang Ninh", "the United Nations (UN)", "Electricity of Vietnam (EVN)", "Nguyen Van An", "Beijing", "HCM City", "Singaporean", "Mr. Wong"}
	}
	var b strings.Builder
	b.Grow(n + 200)
	for b.Len() < n {
		words := words
		m := 8 + r.IntN(16)
		for i := range m {
			switch x := r.IntN(10); {
			case x < 1:
				b.WriteString(names[r.IntN(len(names))])
			case x < 2:
				b.WriteString([]string{"4.400", "90 tỷ USD", "US$90 billion", "30/1", "2025-2030", "3,5%"}[r.IntN(6)])
			default:
				w := words[r.IntN(len(words))]
				if i == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				b.WriteString(w)
			}
			if i < m-1 {
				b.WriteString([]string{" ", " ", " ", " ", ", "}[r.IntN(5)])
			}
		}
		b.WriteString(". ")
		if r.IntN(6) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkFloor is internal/floor's pass on the texts of
// BenchmarkExtract: the speed goal of Extract is a ratio to it (0.5×),
// which holds on any machine.
func BenchmarkFloor(b *testing.B) {
	for _, bc := range []struct {
		name string
		vi   bool
	}{{"lang=vi/size=1MB", true}, {"lang=en/size=1MB", false}} {
		text := newsText(1<<20, bc.vi)
		buf := make([]byte, 0, 64)
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				floor.Scan(text, buf)
			}
		})
	}
}

func BenchmarkExtract(b *testing.B) {
	for _, bc := range []struct {
		name string
		lang language.Tag
	}{
		{"lang=vi/size=1MB", language.Vietnamese},
		{"lang=en/size=1MB", language.English},
	} {
		text := newsText(1<<20, bc.lang == language.Vietnamese)
		entities.Extract("warm up the tables", bc.lang)
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				entities.Extract(text, bc.lang)
			}
		})
	}
}

func BenchmarkMatch(b *testing.B) {
	vi := entities.Extract("Tập Cận Bình", language.Vietnamese)[0]
	en := entities.Extract("Xi Jinping", language.English)[0]
	b.ReportAllocs()
	for b.Loop() {
		entities.Match(vi, en)
	}
}

// BenchmarkStages runs the first stages of Extract on its texts: the
// tokenizer alone (folding each word into the look-up buffer), and with
// the look-up of every token in the tables. Their ratio to the floor
// bounds what Extract can reach while it reads the text this way.
func BenchmarkStages(b *testing.B) {
	for _, bc := range []struct {
		name string
		lang language.Tag
	}{
		{"lang=vi/size=1MB", language.Vietnamese},
		{"lang=en/size=1MB", language.English},
	} {
		text := newsText(1<<20, bc.lang == language.Vietnamese)
		for _, stage := range []string{"tokenize", "lookup"} {
			b.Run(bc.name+"/stage="+stage, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				n := 0
				for b.Loop() {
					n = entities.Stages(text, bc.lang, stage == "lookup")
				}
				if n == 0 {
					b.Fatal("no tokens")
				}
			})
		}
	}
}
