package align

import "testing"

// TestHeadlineRestates checks two headlines that lead with two facts of
// the story, each stated again in the other version's lead: no conflict
// between them; a headline figure that nothing else states still
// conflicts.
func TestHeadlineRestates(t *testing.T) {
	vi := "Hãng ô tô Hàn Quốc nâng vốn nhà máy ở Bình Dương lên 900 triệu USD\n\nSáng 3/3, hãng công bố rót thêm 350 triệu USD để mở rộng nhà máy, nâng tổng vốn lên 900 triệu USD."
	en := "Korean carmaker adds $350 million to Binh Duong plant\n\nThe carmaker said on Tuesday it would invest another US$350 million to expand the plant, bringing its total to $900 million."
	checkPairCases(t, []pairCase{
		{name: "two facts", vi: vi, en: en, agree: "350 triệu USD | US$350 million"},
		{name: "a figure edited", vi: vi, en: "Korean carmaker adds $380 million to Binh Duong plant\n\nThe carmaker said on Tuesday it would invest another US$350 million to expand the plant, bringing its total to $900 million.", conflict: "900 triệu USD | $380 million"},
	})
}

// TestHeadlineNames checks two headlines that name two places of the
// story, each agreed in the other version's lead: no conflict; a place
// of a headline that nothing else names still conflicts.
func TestHeadlineNames(t *testing.T) {
	const date = "date 2026-03-03\n\n"
	vi := date + "Tàu cá Quảng Ngãi bị chìm, 5 ngư dân được cứu\n\nSáng 3/3, tàu cá của ngư dân tỉnh Quảng Ngãi bị chìm cách đảo Lý Sơn khoảng 20 hải lý."
	lead := "\n\nA fishing boat from Quang Ngai Province sank about 20 nautical miles off Ly Son Island on Tuesday."
	checkPairCases(t, []pairCase{
		{name: "two places", vi: vi, en: date + "Fishing boat sinks off Ly Son, five fishermen rescued" + lead, agree: "Lý Sơn | Ly Son"},
		{name: "a place edited", vi: vi, en: date + "Fishing boat sinks off Phu Quoc, five fishermen rescued" + lead, conflict: "Quảng Ngãi | Phu Quoc"},
	})
}

// TestSecondOffice checks a person with two offices, one before the name
// in one version and the other after it: no conflict. (An office that
// another person of the sentence holds is no second office: the edit of
// testdata/pairs/singapore-business-forum/conflicts.tsv:13 checks it.)
func TestSecondOffice(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "two offices", vi: "Ông Lê Văn Hòa, Phó Cục trưởng Cục Thủy sản, Trưởng đoàn, cho biết đoàn có 12 thành viên.", en: "Delegation head Le Van Hoa, deputy director of the Fisheries Department, said the delegation had 12 members.", agree: "Lê Văn Hòa | Le Van Hoa"},
	})
}

// TestSwappedPercent checks a percentage whose two digits the other
// version swapped, beside another left by the translation: the swap is
// the conflict, not the nearer value.
func TestSwappedPercent(t *testing.T) {
	const date = "date 2026-12-07\n\n"
	checkPairCases(t, []pairCase{
		{name: "two digits swapped",
			vi:       date + "Kết quả cho thấy 83% các cụ ăn rau mỗi ngày, 58% ngủ trưa đều đặn và gần một nửa vẫn đi bộ mỗi sáng.",
			en:       date + "Some 85% take a regular afternoon nap, and nearly half still walk every morning.",
			conflict: "58% | Some 85%"},
	})
}

// TestExactBeforeRounded checks a figure the English lead states exactly,
// which the Vietnamese headline rounds and its body states exactly: the
// body's figure is its counterpart.
func TestExactBeforeRounded(t *testing.T) {
	const date = "date 2026-06-24\n\n"
	checkPairCases(t, []pairCase{
		{name: "the body's exact figure",
			vi:    date + "Thu giữ hàng giả trị giá hơn 61 triệu USD tại 14 nước châu Á\n\nChiều 24/6, Interpol công bố kết quả chiến dịch chống hàng giả kéo dài 5 tháng.\n\nChiến dịch có sự tham gia của cảnh sát, hải quan và cơ quan quản lý dược.\n\nLực lượng chức năng đã thu giữ hàng giả trị giá 61,4 triệu USD và bắt giữ 1.874 người.",
			en:    date + "Interpol operation nets fakes across Asia\n\nInterpol said on Wednesday that a five-month operation in 14 Asian countries had led to seizures worth US$61.4 million and nearly 1,900 arrests.\n\nPolice, customs and drug regulators took part.",
			agree: "61,4 triệu USD | US$61.4 million"},
	})
}

// TestWeekdayMonthSlip checks a date a month from the day a weekday
// names (the reference put "Tuesday" on 1 September; 8 September is a
// Tuesday too, a week on): the same day of the month next to it, which
// one version slipped, is compared and conflicts. A date a month on that
// is no slip of a day of that weekday stays another event.
func TestWeekdayMonthSlip(t *testing.T) {
	const date = "date 2026-09-05\n\n"
	en := date + "Vietnam play Kyrgyzstan on Tuesday at Thien Truong Stadium."
	checkPairCases(t, []pairCase{
		{name: "the day", vi: date + "Ngày 8/9, tuyển Việt Nam gặp Kyrgyzstan tại sân Thiên Trường.", en: en, agree: "Ngày 8/9 | Tuesday"},
		{name: "a month slipped", vi: date + "Ngày 8/10, tuyển Việt Nam gặp Kyrgyzstan tại sân Thiên Trường.", en: en, conflict: "Ngày 8/10 | Tuesday"},
		{name: "another day a month on", vi: date + "Ngày 9/10, tuyển Việt Nam gặp Kyrgyzstan tại sân Thiên Trường.", en: en},
	})
}

// TestNameInOtherOrder checks a foreign name of two words said family
// name first in Vietnamese and last in English, with one word changed:
// another person, with no title or cue in English to mark the name.
func TestNameInOtherOrder(t *testing.T) {
	en := "Team leader Kenji Takeda was rescued on the second day."
	checkPairCases(t, []pairCase{
		{name: "the same name", vi: "Ông Takeda Kenji, trưởng đoàn, được cứu vào ngày thứ hai.", en: en, agree: "Takeda Kenji | Kenji Takeda"},
		{name: "a given name changed", vi: "Ông Takeda Koji, trưởng đoàn, được cứu vào ngày thứ hai.", en: en, conflict: "Takeda Koji | Kenji Takeda"},
	})
}

// TestConversionAfterComma checks an amount converted after a bare
// comma, rounded ("12.000 euro, khoảng 370 triệu đồng"): a conversion,
// weighed against the other version's conversion of the same amount in
// brackets, so that a scale word changed in it conflicts.
func TestConversionAfterComma(t *testing.T) {
	en := "Lindenhof bought the rights for an advance of 12,000 euros (VND370 million)."
	checkPairCases(t, []pairCase{
		{name: "the same", vi: "Nhà Lindenhof mua bản quyền với tiền ứng trước 12.000 euro, khoảng 370 triệu đồng.", en: en, agree: "khoảng 370 triệu đồng | VND370 million"},
		{name: "a scale changed", vi: "Nhà Lindenhof mua bản quyền với tiền ứng trước 12.000 euro, khoảng 370 tỷ đồng.", en: en, conflict: "khoảng 370 tỷ đồng | VND370 million"},
	})
}

// TestLeadDayLeftElsewhere checks a lead whose English names a day that
// the Vietnamese says in its body ("from Jan. 4", "Từ ngày 4/1/2027")
// before the weekday of the event: the weekday meets the Vietnamese lead's
// day, and an edited weekday conflicts with it, not the day said
// elsewhere.
func TestLeadDayLeftElsewhere(t *testing.T) {
	const date = "date 2026-12-10\n\n"
	vi := date + "Lai Châu hỗ trợ bữa trưa cho học sinh\n\nNgày 9/12, HĐND tỉnh Lai Châu thông qua nghị quyết hỗ trợ bữa trưa cho học sinh ở 29 xã. Nghị quyết được 48 đại biểu tán thành. Mỗi học sinh được hỗ trợ 15.000 đồng một bữa. Từ ngày 4/1/2027, chính sách được áp dụng."
	en := func(day string) string {
		return date + "Lai Chau funds school lunches\n\nStudents in 29 communes will get free lunches from Jan. 4 under a resolution passed by the provincial People's Council on " + day + ". The resolution won 48 votes. Each student will get VND15,000 a meal."
	}
	checkPairCases(t, []pairCase{
		{name: "the weekday", vi: vi, en: en("Wednesday"), agree: "Ngày 9/12 | Wednesday"},
		{name: "the weekday edited", vi: vi, en: en("Tuesday"), conflict: "Ngày 9/12 | Tuesday"},
		{name: "the day an end of a range", vi: date + "Lai Châu hỗ trợ bữa trưa cho học sinh\n\nNgày 9/12, HĐND tỉnh Lai Châu thông qua nghị quyết hỗ trợ bữa trưa cho học sinh ở 29 xã, áp dụng từ ngày 4/1/2027 đến hết năm 2030. Nghị quyết được 48 đại biểu tán thành. Mỗi học sinh được hỗ trợ 15.000 đồng một bữa.",
			en: en("Tuesday"), conflict: "Ngày 9/12 | Tuesday"},
	})
}
