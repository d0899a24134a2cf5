package align

import "testing"

// TestPlaceInProvince checks that a place the table does not know (an end
// of a road, a commune) against a province is no swap of places, while
// two provinces are.
func TestPlaceInProvince(t *testing.T) {
	const date = "date 2026-04-30\n\n"
	checkPairCases(t, []pairCase{
		{name: "a road's end and its province",
			vi:    date + "Thông xe cao tốc Cam Lâm - Vĩnh Hảo sớm 3 tháng\n\nSáng 30/4, Bộ Xây dựng thông xe đoạn cao tốc Cam Lâm - Vĩnh Hảo dài 32 km.",
			en:    date + "Khanh Hoa expressway section opens three months early\n\nOn Thursday morning, the Ministry of Construction opened the 32-km section that starts in Cam Lam District, Khanh Hoa.",
			agree: "Cam Lâm | Cam Lam"},
		{name: "two provinces",
			vi:       date + "Đoạn cao tốc dài 32 km qua tỉnh Khánh Hòa.",
			en:       date + "The 32-km section crosses Phu Yen Province.",
			conflict: "Khánh Hòa | Phu Yen"},
		{name: "a region and a province in it",
			vi:    date + "Hội nghị tổng kết vụ lúa diễn ra tại tỉnh An Giang chiều 30/4.",
			en:    date + "The Mekong Delta province held its rice crop review on Thursday afternoon.",
			agree: "chiều 30/4 | Thursday afternoon"},
	})
}

// TestPossessiveCountry checks that a country in the possessive before an
// office or a common noun says whose it is, and meets no place of the
// other version ("Vietnam's president" is no rival of "tại Ấn Độ"),
// while before a name it still says where the name is from.
func TestPossessiveCountry(t *testing.T) {
	const date = "date 2026-09-09\n\n"
	checkPairCases(t, []pairCase{
		{name: "whose office",
			vi:    date + "Chủ tịch nước dự Hội nghị BRICS mở rộng tại Ấn Độ\n\nChủ tịch nước đến New Delhi chiều 8/9.",
			en:    date + "Vietnam's president urges BRICS to expand trade\n\nThe president arrived in New Delhi on Tuesday afternoon.",
			agree: "chiều 8/9 | Tuesday afternoon"},
		{name: "where a firm is from",
			vi:       date + "Ngân hàng bán 15% cổ phần cho Tập đoàn Tài chính Sakuragawa (Hàn Quốc).",
			en:       date + "The bank sold a 15% stake to Japan's Sakuragawa Financial Group.",
			conflict: "Hàn Quốc | Japan"},
	})
}
