package align

import (
	"strings"
	"testing"
)

// TestWeekdaysOfDates checks that a weekday said for a date agrees with
// it, and that a weekday edited to the next day's conflicts with it
// though the other sentence's date is a day of that weekday ("Hôm 28/11"
// is a Saturday); and the same of a range of weekdays and a range of
// days.
func TestWeekdaysOfDates(t *testing.T) {
	const vi = "date 2026-12-03\n\nNgày mai (4/12), đoàn thăm Đà Nẵng. Hôm 28/11, Bộ Ngoại giao công bố chuyến thăm."
	checkPairCases(t, []pairCase{
		{name: "weekdays of the dates", vi: vi,
			en:    "date 2026-12-03\n\nOn Friday, the delegation will visit Da Nang. The foreign ministry announced the visit last Saturday.",
			agree: "Ngày mai (4/12) | Friday"},
		{name: "a weekday edited", vi: vi,
			en:       "date 2026-12-03\n\nOn Saturday, the delegation will visit Da Nang. The foreign ministry announced the visit last Friday.",
			conflict: "Ngày mai (4/12) | Saturday"},
	})
	// A clock time alone pairs with the clock time of the other side
	// before it agrees with a day: the edited weekday then conflicts
	// with the day, not with "9h".
	checkPairCases(t, []pairCase{
		{name: "a clock time beside a day",
			vi:       "date 2026-12-03\n\nSáng nay (3/12), lễ đón chính thức diễn ra tại Phủ Chủ tịch lúc 9h.",
			en:       "date 2026-12-03\n\nOn Wednesday morning, an official welcome ceremony was held at the Presidential Palace at 9 a.m.",
			agree:    "9h | 9 a.m.",
			conflict: "Sáng nay (3/12) | Wednesday morning"},
	})
	// A range of weekdays against a range of days, with the reference a
	// week after it: the weekdays of the ends are compared.
	const days = "date 2026-12-03\n\nVận động viên nhận bộ vật phẩm từ chiều mai (27/11) đến hết ngày 28/11 tại nhà thi đấu."
	checkPairCases(t, []pairCase{
		{name: "a range of weekdays", vi: days,
			en:    "date 2026-12-03\n\nRunners collected their kits from Friday afternoon through Saturday at the arena.",
			agree: "từ chiều mai (27/11) đến hết ngày 28/11 | from Friday afternoon through Saturday"},
		{name: "a range of weekdays, its end edited", vi: days,
			en:       "date 2026-12-03\n\nRunners collected their kits from Friday afternoon through Sunday at the arena.",
			conflict: "từ chiều mai (27/11) đến hết ngày 28/11 | from Friday afternoon through Sunday"},
	})
}

// TestWeekdayWithTime checks a clock time on a day the text names by its
// weekday alone ("by 5 p.m. on Wednesday"): the weekday names the day,
// whichever week a deadline word would point to, and the times compare
// on that day.
func TestWeekdayWithTime(t *testing.T) {
	const en = "date 2026-08-06\n\nBy 5 p.m. on Wednesday, rescuers had found five bodies."
	vi := func(when string) string {
		return "date 2026-08-06\n\nĐến " + when + ", lực lượng cứu hộ đã tìm thấy 5 thi thể."
	}
	checkPairCases(t, []pairCase{
		{name: "the same time of the day", vi: vi("17h ngày 5/8"), en: en,
			agree: "Đến 17h ngày 5/8 | By 5 p.m. on Wednesday"},
		{name: "a day edited", vi: vi("17h ngày 6/8"), en: en,
			conflict: "Đến 17h ngày 6/8 | By 5 p.m. on Wednesday"},
		{name: "a time edited", vi: vi("15h ngày 5/8"), en: en,
			conflict: "Đến 15h ngày 5/8 | By 5 p.m. on Wednesday"},
	})
}

// TestSameDay checks clock times said on "the same day" as the date
// before them ("khoảng 17h cùng ngày", "by 6 p.m. the same day"): they
// are times of that day, two times of one day are two facts, and one
// agrees with a clock time alone in a sentence the other version split
// off; a date paragraphs back is too far to be the day meant.
func TestSameDay(t *testing.T) {
	const vi = "date 2026-10-15\n\nKhoảng 4h sáng 14/10, bão đổ bộ vào Quảng Ngãi. Tính đến 18h ngày 14/10, bão làm 3 người chết."
	en := func(when string) string {
		return "date 2026-10-15\n\nThe typhoon made landfall in Quang Ngai at around 4 a.m. Wednesday, killing three people by " + when + " the same day."
	}
	checkPairCases(t, []pairCase{
		{name: "a time of the same day", vi: vi, en: en("6 p.m."), agree: "đến 18h ngày 14/10 | by 6 p.m. the same day"},
		{name: "a time of the same day, edited", vi: vi, en: en("5 p.m."), conflict: "đến 18h ngày 14/10 | by 5 p.m. the same day"},
		{name: "the day of a time of the same day, edited", vi: strings.Replace(vi, "18h ngày 14/10", "18h ngày 13/10", 1), en: en("6 p.m."),
			conflict: "đến 18h ngày 13/10 | by 6 p.m. the same day"},
		{name: "a clock time alone in a sentence split off",
			vi:    "date 2026-08-04\n\nKhoảng 14h30 ngày 3/8, sạt lở vùi lấp 3 ngôi nhà. Đến khoảng 17h cùng ngày, lực lượng cứu hộ đưa được 5 người ra ngoài, trong đó 2 người bị thương.",
			en:    "date 2026-08-04\n\nA landslide buried three houses at around 2:30 p.m. on Monday. Rescuers arrived within an hour. By around 5 p.m. they had pulled five people out. Two of them were injured.",
			agree: "khoảng 17h cùng ngày | around 5 p.m."},
		{name: "two days of the same day that the versions order otherwise",
			vi:    "date 2026-09-26\n\nHồ sơ được nhận đến 17h ngày 21/9. Phiên đấu giá diễn ra chiều 25/9.\n\nLúc 20h30 giờ Singapore cùng ngày, tức 19h30 giờ Hà Nội, công ty mẹ công bố kết quả.",
			en:    "date 2026-09-26\n\nThe auction was held on Friday afternoon, after applications closed at 5 p.m. on Monday.\n\nThe parent company disclosed the result at 8:30 p.m. Singapore time (7:30 p.m. in Vietnam) the same day.",
			agree: "20h30 giờ Singapore cùng ngày, tức 19h30 giờ Hà Nội | 8:30 p.m. Singapore time (7:30 p.m. in Vietnam) the same day"},
		{name: "two days of the same day that the versions order otherwise, edited",
			vi:       "date 2026-09-26\n\nHồ sơ được nhận đến 17h ngày 21/9. Phiên đấu giá diễn ra chiều 25/9.\n\nLúc 20h30 giờ Singapore cùng ngày, tức 19h30 giờ Hà Nội, công ty mẹ công bố kết quả.",
			en:       "date 2026-09-26\n\nThe auction was held on Friday afternoon, after applications closed at 5 p.m. on Monday.\n\nThe parent company disclosed the result at 9:30 p.m. Singapore time (8:30 p.m. in Vietnam) the same day.",
			conflict: "20h30 giờ Singapore cùng ngày, tức 19h30 giờ Hà Nội | 9:30 p.m. Singapore time (8:30 p.m. in Vietnam) the same day"},
		{name: "a date paragraphs back is not the day meant",
			vi:    "date 2026-03-21\n\nSáng 21/3, đoàn tàu du lịch cập ga Huế với 320 khách.\n\nĐoàn tàu rời Hà Nội lúc 19h ngày 19/3.\n\nKhách tham quan Đại Nội trong 5 giờ.\n\nMỗi khách chi trung bình 80 USD.\n\nTàu rời ga lúc 17h cùng ngày.",
			en:    "date 2026-03-21\n\nA tourist train carrying 320 passengers pulled into Hue station on Saturday morning.\n\nIt had left Hanoi at 7 p.m. on March 19.\n\nPassengers toured the Imperial City for five hours.\n\nEach spent US$80 on average.\n\nThe train left at 5 p.m. on Saturday.",
			agree: "17h cùng ngày | 5 p.m. on Saturday"},
	})
}

// TestDayBesideWeekday checks a day edited in a sentence that the
// English merged into the next one, where it names the day by its
// weekday: the day and the weekday beside the aligned sentences conflict.
func TestDayBesideWeekday(t *testing.T) {
	vi := func(day string) string {
		return "date 2026-08-06\n\nChiều 3/8, lũ quét vùi lấp 3 ngôi nhà ở xã Minh Tân. Hai người mất tích. Việc tìm kiếm tạm dừng từ 19h30 do mưa lớn.\n\n" +
			"Sáng sớm " + day + ", khi nước rút, việc tìm kiếm tiếp tục. Đến 10h15, lực lượng cứu hộ tìm thấy thi thể hai người dưới lớp bùn dày khoảng 2 m, sau gần 18 giờ tìm kiếm.\n\n" +
			"Thiệt hại ước tính 5 tỷ đồng."
	}
	const en = "date 2026-08-06\n\nA flash flood buried three houses in Minh Tan commune on Monday afternoon. Two people went missing. The search was halted at 7:30 p.m. because of heavy rain.\n\n" +
		"It resumed early Tuesday as the water receded, and the two bodies were found at 10:15 a.m. under about two meters of mud after nearly 18 hours of searching.\n\n" +
		"Damage is estimated at VND5 billion."
	checkPairCases(t, []pairCase{
		{name: "the day of the weekday", vi: vi("4/8"), en: en},
		{name: "a day edited beside its weekday", vi: vi("5/8"), en: en, conflict: "Sáng sớm 5/8 | early Tuesday"},
	})
}

// TestOvernight checks the parts of two days in a row that run one into
// the other: the night of one day and the dawn of the next are one time
// around midnight, or one instant in Europe and in Hanoi; parts of one
// day that do not meet, and days further apart, still conflict.
func TestOvernight(t *testing.T) {
	const date = "date 2026-01-31\n\n"
	vi := func(when string) string {
		return date + when + ", đội tuyển Argentina thắng Brazil 2-1 trên sân nhà."
	}
	en := func(when string) string { return date + "Argentina beat Brazil 2-1 at home " + when + "." }
	checkPairCases(t, []pairCase{
		{name: "dawn after the night", vi: vi("Rạng sáng 31/1"), en: en("on Friday night"), agree: "Rạng sáng 31/1 | Friday night"},
		{name: "the night before the small hours", vi: vi("Đêm 30/1"), en: en("early Saturday"), agree: "Đêm 30/1 | early Saturday"},
		{name: "two weekdays", vi: vi("Rạng sáng thứ Bảy"), en: en("on Friday night"), agree: "Rạng sáng thứ Bảy | Friday night"},
		{name: "dawn and night of one day", vi: vi("Rạng sáng 30/1"), en: en("on Friday night"), conflict: "Rạng sáng 30/1 | Friday night"},
		{name: "two days apart", vi: vi("Đêm 30/1"), en: en("early Sunday"), conflict: "Đêm 30/1 | early Sunday"},
		{name: "no part of the day", vi: vi("Rạng sáng 31/1"), en: en("on Friday"), conflict: "Rạng sáng 31/1 | Friday"},
		{name: "the afternoon before", vi: vi("Rạng sáng 31/1"), en: en("on Friday afternoon"), conflict: "Rạng sáng 31/1 | Friday afternoon"},
	})
}

// TestImpliedYearOfQuarter checks a quarter whose year the text does not
// state ("the fourth quarter", said in January of the next year) against
// one that does: the year is not known, so it agrees.
func TestImpliedYearOfQuarter(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "last year's fourth quarter",
			vi:    "date 2027-01-30\n\nCông ty công bố báo cáo tài chính quý IV/2026 với doanh thu 3.960 tỷ đồng.",
			en:    "date 2027-01-30\n\nIn the fourth quarter, the company earned VND3.96 trillion in revenue.",
			agree: "quý IV/2026 | fourth quarter"},
	})
}

// TestWeekends checks that a weekend named relative to the day of
// writing agrees with the same Vietnamese phrase ("cuối tuần này", the
// end of this week).
func TestWeekends(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "this weekend",
			vi:    "date 2026-06-10\n\nLễ hội ẩm thực diễn ra vào cuối tuần này tại công viên.",
			en:    "date 2026-06-10\n\nThe food festival takes place this weekend in the park.",
			agree: "cuối tuần này | this weekend"},
		{name: "last weekend",
			vi:    "date 2026-06-10\n\nLễ hội ẩm thực diễn ra vào cuối tuần qua tại công viên.",
			en:    "date 2026-06-10\n\nThe food festival took place last weekend in the park.",
			agree: "cuối tuần qua | last weekend"},
	})
}

// TestClockTimeAlone checks that a clock time alone ("around 11 p.m.",
// whose day is only the day of writing) is compared with a clock time of
// a stated day by the time alone, and never with a weekday.
func TestClockTimeAlone(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "the time of a day before the day of writing",
			vi:    "date 2026-09-13\n\nKhoảng 23h ngày 12/9, quán karaoke trên phố Đông Lạc bốc cháy.",
			en:    "date 2026-09-13\n\nThe karaoke bar on Dong Lac Street caught fire around 11 p.m.",
			agree: "Khoảng 23h ngày 12/9 | around 11 p.m."},
		{name: "the time edited",
			vi:       "date 2026-09-13\n\nKhoảng 23h ngày 12/9, quán karaoke trên phố Đông Lạc bốc cháy.",
			en:       "date 2026-09-13\n\nThe karaoke bar on Dong Lac Street caught fire around 10 p.m.",
			conflict: "Khoảng 23h ngày 12/9 | around 10 p.m."},
	})
	// One version states the day and the time in one mention, the other
	// apart: the day agrees with the day, and the time with the time.
	const vi = "date 2027-03-16\n\nKhoảng 14h30 ngày 15/3, một bồn chứa khí gas tại nhà máy thực phẩm ở Khu công nghiệp Phước Tân phát nổ, làm 9 người bị thương."
	checkPairCases(t, []pairCase{
		{name: "a time said apart from its day", vi: vi,
			en:    "date 2027-03-16\n\nA gas tank exploded at a food factory in Phuoc Tan Industrial Park on Monday afternoon, injuring nine people. The explosion happened at around 2:30 p.m.",
			agree: "Khoảng 14h30 ngày 15/3 | around 2:30 p.m."},
		{name: "a time said apart from its day, edited", vi: vi,
			en:       "date 2027-03-16\n\nA gas tank exploded at a food factory in Phuoc Tan Industrial Park on Monday afternoon, injuring nine people. The explosion happened at around 3:30 p.m.",
			conflict: "Khoảng 14h30 ngày 15/3 | around 3:30 p.m."},
	})
}

// TestImpliedYear checks that a date whose year the text does not state,
// which the article's date gave, is no conflict with the year the other
// version names, while its day still is.
func TestImpliedYear(t *testing.T) {
	const retires = "date 2026-11-20\n\nĐại tá Lộc nghỉ hưu từ ngày 1/1/2027."
	checkPairCases(t, []pairCase{
		{name: "a year to come", vi: retires,
			en:    "date 2026-11-20\n\nColonel Loc will retire on January 1.",
			agree: "từ ngày 1/1/2027 | January 1"},
		{name: "a year past",
			vi:    "date 2026-11-20\n\nBà Nhung bị bắt ngày 2/12/2024 tại sân bay.",
			en:    "date 2026-11-20\n\nNhung was arrested on December 2 that year at the airport.",
			agree: "ngày 2/12/2024 | December 2"},
		{name: "the day differs", vi: retires,
			en:       "date 2026-11-20\n\nColonel Loc will retire on January 2.",
			conflict: "từ ngày 1/1/2027 | January 2"},
	})
}

// TestLeadDaySaidAgain checks the days of two leads when the English
// merges the day a decree takes effect and the day it was issued into one
// sentence: the day of issue, edited as a weekday, conflicts with the
// Vietnamese day of issue, and the day it takes effect, which the
// Vietnamese says in its next sentence, agrees with it; not the day of
// issue against the day it takes effect. (A weekday alone that agrees
// with another day of the lead is no such day said again: heldout4's
// dengue-campaign, in TestHeldOutPairs, holds that case.)
func TestLeadDaySaidAgain(t *testing.T) {
	const vi = "date 2027-11-01\n\nLương tối thiểu vùng tăng 6,8% từ đầu năm 2028\n\n" +
		"Chính phủ ngày 29/10 ban hành Nghị định 287/2027/NĐ-CP quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động. Nghị định có hiệu lực từ ngày 1/1/2028, thay thế Nghị định 293/2025/NĐ-CP.\n\n" +
		"Theo Điều 3 nghị định, lương tối thiểu tháng vùng I tăng từ 4,96 triệu lên 5,3 triệu đồng. Mức tăng bình quân là 6,8%, tương ứng 230.000-340.000 đồng mỗi tháng."
	en := func(weekday string) string {
		return "date 2027-11-01\n\nVietnam raises minimum wages by 6.8% from January\n\n" +
			"Vietnam will raise regional minimum wages by an average of 6.8% from January 1, 2028, adding VND230,000-340,000 to monthly pay, under a decree the government issued on " + weekday + ".\n\n" +
			"The highest minimum, in Region I, will rise from VND4.96 million to VND5.3 million (US$202) a month, according to Article 3 of Decree 287/2027/ND-CP."
	}
	checkPairCases(t, []pairCase{
		{name: "the day of issue", vi: vi, en: en("Friday"),
			agree: "từ ngày 1/1/2028 | January 1, 2028"},
		{name: "the day of issue edited", vi: vi, en: en("Thursday"),
			agree: "từ ngày 1/1/2028 | January 1, 2028", conflict: "ngày 29/10 | Thursday"},
	})
}

// TestDayInTwoCalendars checks days that each version states twice in
// one sentence, by the Gregorian date and by the lunar day: the edited
// form of one side conflicts with the other side's second form, which
// repeats its first.
func TestDayInTwoCalendars(t *testing.T) {
	const vi = "date 2027-12-02\n\nCông chức được nghỉ Tết Mậu Thân 2028 liên tục 9 ngày\n\nChiều 1/12, Bộ Nội vụ công bố phương án nghỉ Tết Nguyên đán Mậu Thân 2028 cho cán bộ, công chức, viên chức. Theo đó, người lao động được nghỉ 9 ngày liên tục, từ thứ Bảy 22/1/2028 đến hết Chủ nhật 30/1/2028 (tức từ ngày 26 tháng Chạp năm Đinh Mùi đến hết mùng 5 tháng Giêng năm Mậu Thân).\n\nMùng 1 Tết Mậu Thân rơi vào thứ Tư 26/1/2028. Ngày làm việc đầu năm mới là thứ Hai 31/1, tức mùng 6 Tết.\n\nLễ hội Đền Hùng năm 2028 sẽ diễn ra từ mùng 1 đến mùng 10 tháng 3 âm lịch, trong đó lễ chính vào ngày 4/4/2028.\n\nNgành đường sắt mở bán 350.000 vé tàu Tết, tăng 12% so với năm trước. Các hãng hàng không dự kiến tăng thêm 1.200 chuyến bay trong giai đoạn từ 15 tháng Chạp đến 20 tháng Giêng."
	const en = "date 2027-12-02\n\nVietnam's civil servants get nine days off for Tet 2028\n\nCivil servants will have nine consecutive days off for the Lunar New Year holiday, from Saturday, January 22, to Sunday, January 30, 2028, the Ministry of Home Affairs announced on Wednesday.\n\nThe first day of the Year of the Monkey falls on Wednesday, January 26. Offices will reopen on Monday, January 31, the sixth day of the first lunar month.\n\nThe Hung Kings Temple Festival will run from the first to the 10th day of the third lunar month, with the main ceremony on April 4.\n\nVietnam Railways has put 350,000 Tet train tickets on sale, up 12% from last year, while airlines plan to add 1,200 flights from the 15th day of the last lunar month to the 20th day of the first lunar month."
	checkPairCases(t, []pairCase{
		{name: "both forms", vi: vi, en: en,
			agree: "mùng 6 Tết | sixth day of the first lunar month"},
		{name: "the lunar day edited", vi: strings.Replace(vi, "tức mùng 6 Tết", "tức mùng 7 Tết", 1), en: en,
			conflict: "mùng 7 Tết | sixth day of the first lunar month"},
		{name: "the first day of the year edited", vi: strings.Replace(vi, "Mùng 1 Tết Mậu Thân", "Mùng 2 Tết Mậu Thân", 1), en: en,
			conflict: "Mùng 2 Tết Mậu Thân | Wednesday, January 26"},
		{name: "a weekday edited", vi: vi, en: strings.Replace(en, "falls on Wednesday, January 26", "falls on Thursday, January 26", 1),
			conflict: "thứ Tư 26/1/2028 | Thursday, January 26"},
		{name: "a weekday edited in the other version", vi: strings.Replace(vi, "rơi vào thứ Tư 26/1/2028", "rơi vào thứ Năm 26/1/2028", 1), en: en,
			conflict: "thứ Năm 26/1/2028 | Wednesday, January 26"},
	})
}

// TestHolidayInHeadline checks a headline that names a holiday by its
// day ("Dịp nghỉ lễ 2/9") against a weekday alone in the other lead's
// body ("on Sunday and Monday nights"): the leads' days are compared
// (leadDates), but not these, which are not the day of the event said
// otherwise; the edited day of the event still conflicts.
func TestHolidayInHeadline(t *testing.T) {
	const vi = "date 2026-09-03\n\nDịp nghỉ lễ 2/9, cả nước đón 5,2 triệu lượt khách du lịch\n\nTrong 5 ngày nghỉ lễ Quốc khánh từ thứ Bảy 29/8 đến hết thứ Tư 2/9, cả nước đón khoảng 5,2 triệu lượt khách du lịch, tăng 18% so với cùng kỳ năm ngoái. Tổng thu từ khách du lịch ước đạt 21.500 tỷ đồng.\n\nCông suất phòng khách sạn tại Đà Nẵng đạt 85-90%, riêng hai đêm 30 và 31/8 gần như kín phòng. TP HCM đón 1,1 triệu lượt khách, Hà Nội đón 850.000 lượt.\n\nTheo Cục Cảnh sát giao thông, trong 5 ngày nghỉ lễ, cả nước xảy ra 121 vụ tai nạn giao thông, làm chết 68 người, bị thương 95 người. So với kỳ nghỉ lễ năm trước, số người chết giảm 12 người, giảm 15%.\n\nSáng 2/9, lễ thượng cờ tại Quảng trường Ba Đình thu hút hàng nghìn người dân. Đây là năm thứ 81 kể từ ngày Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập."
	const en = "date 2026-09-03\n\nVietnam welcomes 5.2 million tourists over National Day holiday\n\nVietnam received around 5.2 million tourists during the five-day National Day holiday from Saturday to Wednesday, up 18% year-on-year, with tourism revenue estimated at VND21.5 trillion (US$815 million).\n\nHotels in Da Nang reported occupancy of 85-90%, and were nearly full on Sunday and Monday nights. Ho Chi Minh City welcomed 1.1 million visitors and Hanoi 850,000.\n\nTraffic accidents killed 68 people and injured 95 in 121 crashes nationwide over the five days, according to the Traffic Police Department. Deaths fell by 12, or 15%, compared with last year's holiday.\n\nOn Wednesday morning, a flag-raising ceremony at Ba Dinh Square drew thousands of people, 81 years after President Ho Chi Minh read the Declaration of Independence."
	checkPairCases(t, []pairCase{
		{name: "the holiday's day and the nights of it", vi: vi, en: en,
			agree: "từ thứ Bảy 29/8 đến hết thứ Tư 2/9 | from Saturday to Wednesday"},
		{name: "a night edited", vi: vi, en: strings.Replace(en, "on Sunday and Monday nights", "on Saturday and Sunday nights", 1),
			conflict: "30 và 31/8 | Saturday"},
	})
}

// TestLocalZones checks a local time against a time in Hanoi's zone, in a
// story whose place the tables give a zone (data/localzones.tsv): the
// two are one instant or two.
func TestLocalZones(t *testing.T) {
	vi := func(hour string) string {
		return "date 2026-12-02\n\nVụ tai nạn xảy ra khoảng " + hour + " ngày 1/12 (giờ Hà Nội) tại Nhật Bản."
	}
	const en = "date 2026-12-02\n\nThe crash happened at about 3:40 p.m. local time in Japan."
	checkPairCases(t, []pairCase{
		{name: "one instant", vi: vi("13h40"), en: en, agree: "khoảng 13h40 ngày 1/12 (giờ Hà Nội) | about 3:40 p.m. local time"},
		{name: "an hour edited", vi: vi("14h40"), en: en, conflict: "khoảng 14h40 ngày 1/12 (giờ Hà Nội) | about 3:40 p.m. local time"},
		{name: "Los Angeles in winter",
			vi:       "date 2026-02-23\n\nLễ trao giải diễn ra lúc 10h sáng 23/2 theo giờ Hà Nội tại Los Angeles.",
			en:       "date 2026-02-23\n\nThe ceremony began at 5 p.m. local time in Los Angeles.",
			conflict: "10h sáng 23/2 theo giờ Hà Nội | 5 p.m. local time"},
	})
}

// TestNowIsNoDate checks that "now" states no date: it agrees with no
// day of the other version, which leaves the weekday beside it to meet
// that day.
func TestNowIsNoDate(t *testing.T) {
	const vi = "date 2026-08-20\n\nSáng 20/8, công ty cho biết đang vận hành 5.126 cổng sạc tại 58 tỉnh."
	en := func(day string) string {
		return "date 2026-08-20\n\nThe company said on " + day + " it now runs 5,126 charging ports in 58 provinces."
	}
	checkPairCases(t, []pairCase{
		{name: "the weekday of the day", vi: vi, en: en("Thursday"), agree: "Sáng 20/8 | Thursday"},
		{name: "a weekday edited", vi: vi, en: en("Friday"), conflict: "Sáng 20/8 | Friday"},
	})
}

// TestRestatedClocksInBead checks two clock times that each restate in
// another zone, in sentences aligned one to one with no other evidence:
// an edit of one is a conflict.
func TestRestatedClocksInBead(t *testing.T) {
	vi := func(clock string) string {
		return "date 2026-09-16\n\nRạng sáng 16/9 (giờ Hà Nội), hãng Novaline ra mắt mẫu điện thoại mới tại Seattle.\n\n" +
			"Buổi ra mắt bắt đầu lúc " + clock + " ngày 15/9 giờ Seattle, tức 0h30 ngày 16/9 giờ Hà Nội.\n\nGiá bán khởi điểm là 899 USD."
	}
	const en = "date 2026-09-16\n\nNovaline unveiled its new phone in Seattle on Tuesday.\n\n" +
		"The event in Seattle, Washington, started at 10:30 a.m. local time, or 12:30 a.m. Wednesday in Hanoi.\n\nIt will sell from US$899."
	checkPairCases(t, []pairCase{
		{name: "the same instant", vi: vi("10h30"), en: en, agree: "10h30 ngày 15/9 giờ Seattle, tức 0h30 ngày 16/9 giờ Hà Nội | 10:30 a.m. local time, or 12:30 a.m. Wednesday in Hanoi"},
		{name: "a clock edited", vi: vi("11h30"), en: en, conflict: "11h30 ngày 15/9 giờ Seattle, tức 0h30 ngày 16/9 giờ Hà Nội | 10:30 a.m. local time, or 12:30 a.m. Wednesday in Hanoi"},
	})
}

// TestWeekdayInStoryYear checks a day with no year against a weekday
// alone when neither version has a date of writing: they agree when the
// day falls on the weekday in a year the texts name with a month or a
// quarter, and another weekday is no conflict (the year of writing may be
// one they do not name).
func TestWeekdayInStoryYear(t *testing.T) {
	const vi = "Sáng 19/5, công ty cho biết doanh thu quý I/2026 đạt 120 tỷ đồng."
	en := func(day string) string {
		return "The company said on " + day + " its first-quarter 2026 revenue was VND120 billion."
	}
	checkPairCases(t, []pairCase{
		{name: "the weekday of the day in a year named", vi: vi, en: en("Tuesday"), agree: "Sáng 19/5 | Tuesday"},
		{name: "another weekday", vi: vi, en: en("Wednesday")},
		{name: "no year named", vi: "Sáng 19/5, công ty cho biết doanh thu đạt 120 tỷ đồng.", en: "The company said on Tuesday its revenue was VND120 billion."},
	})
}

// TestRelativeWithoutDate checks two days counted from the day of
// writing when neither version gives it: the same count agrees, another
// is no conflict (the versions may be written a day apart).
func TestRelativeWithoutDate(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "yesterday", vi: "Hôm qua, công ty công bố kết quả.", en: "The company announced the results yesterday.", agree: "Hôm qua | yesterday"},
		{name: "last year", vi: "Năm ngoái doanh thu đạt 5 tỷ đồng.", en: "Last year revenue reached VND5 billion.", agree: "Năm ngoái | Last year"},
		{name: "another count", vi: "Hôm kia, công ty công bố kết quả.", en: "The company announced the results yesterday."},
	})
}

// TestAnniversaryIsNoLeadDay checks a lead's day against the day of a
// birth a century before, on the same day and month: no agreement, so
// that an edited weekday of the lead is found.
func TestAnniversaryIsNoLeadDay(t *testing.T) {
	const date = "date 2026-03-14\n\n"
	vi := date + "Sáng 14/3, hơn 200 người thân tụ họp mừng thọ 112 tuổi cụ Lê Thị Hoa. Cụ sinh ngày 14/3/1914 tại Cần Thơ."
	checkPairCases(t, []pairCase{
		{name: "the weekday agrees", vi: vi,
			en:    date + "More than 200 relatives gathered on Saturday for the 112th birthday of Le Thi Hoa, who was born on March 14, 1914, in Can Tho.",
			agree: "Sáng 14/3 | Saturday"},
		{name: "the weekday edited", vi: vi,
			en:       date + "More than 200 relatives gathered on Sunday for the 112th birthday of Le Thi Hoa, who was born on March 14, 1914, in Can Tho.",
			conflict: "Sáng 14/3 | Sunday"},
	})
}
