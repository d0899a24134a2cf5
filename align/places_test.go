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
	})
}
