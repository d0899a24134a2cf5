package align

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
	"github.com/factalign/factalign/numbers"
)

var updateReports = flag.Bool("update-reports", false, "rewrite testdata/pairs/*/report.golden")

// TestVerdicts checks the verdicts of DESIGN.md on one-sentence documents:
// each case is a Vietnamese and an English sentence, and the status and
// kind of the fact whose Vietnamese text is given.
func TestVerdicts(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en, fact string
		status             Status
		why                string // a piece of the reason
	}{
		{"same count", "Singapore có 4.400 dự án.", "Singapore has 4,400 projects.", "4.400 dự án", Agree, "="},
		{"qualifier on one side", "Tổng vốn đạt 90 tỷ USD.", "Total capital is about US$90 billion.", "90 tỷ USD", Agree, "approximate on one side only"},
		{"rounded", "Sản lượng đạt 1,52 triệu tấn.", "Output reached about 1.5 million tonnes.", "1,52 triệu tấn", Agree, "rounded"},
		{"year range", "Chương trình hành động giai đoạn 2025-2030.", "The action plan for 2025-30.", "giai đoạn 2025-2030", Agree, "="},
		{"congress", "Đại hội XIV của Đảng thành công.", "The 14th National Party Congress succeeded.", "Đại hội XIV", Agree, "="},
		{"anniversary", "Nhân kỷ niệm 30 năm dự án.", "On the 30th anniversary of the project.", "kỷ niệm 30 năm", Agree, "30th anniversary"},
		{"weekday", "date 2026-01-30\n\nChiều 30/1, hai bên điện đàm.", "date 2026-01-30\n\nThe two sides talked on Friday.", "Chiều 30/1", Agree, "is a Friday"},
		{"multiple", "Doanh thu tăng gấp đôi so với cùng kỳ.", "Revenue doubled from a year earlier.", "gấp đôi", Agree, "="},
		{"multiple conflict", "Giá điện cao gấp 3 lần năm 2016.", "Power prices are four times the level of 2016.", "gấp 3 lần", Conflict, "3 times vs 4 times"},
		{"part in words", "Sản lượng giảm một nửa.", "Output fell by half.", "một nửa", Agree, "="},
		{"part conflict", "Khoảng một phần tư diện tích bị ngập.", "About a third of the area was flooded.", "Khoảng một phần tư", Conflict, "1/4 vs 1/3"},
		{"a large multiple is a count", "Mỗi ngày máy chủ xử lý khoảng 600 triệu lần như thế.", "Each day the server handles about 600 million of those.", "khoảng 600 triệu lần", Agree, "="},
		{"months of a story", "date 2026-10-22\n\nXuất khẩu 9 tháng đạt 1,3 triệu tấn.", "date 2026-10-22\n\nExports in the first nine months reached 1.3 million tonnes.", "9 tháng", Agree, "="},
		{"months of a story conflict", "date 2026-10-22\n\nXuất khẩu 9 tháng đạt 1,3 triệu tấn.", "date 2026-10-22\n\nExports in the first eight months reached 1.3 million tonnes.", "9 tháng", Conflict, "9 month vs 8 month"},
		{"odds whole first", "Cứ 10 người thì có 3 người dùng ví điện tử.", "Three in ten people use e-wallets.", "Cứ 10 người thì có 3 người", Agree, "="},
		{"count conflict", "Singapore có 4.400 dự án.", "Singapore has 4,500 projects.", "4.400 dự án", Conflict, "4400 project vs 4500 project"},
		{"money conflict", "Tổng vốn đạt 90 tỷ USD.", "Total capital is US$9 billion.", "90 tỷ USD", Conflict, "USD"},
		{"weekday conflict", "date 2026-01-30\n\nChiều 31/1, hai bên điện đàm.", "date 2026-01-30\n\nThe two sides talked on Friday.", "Chiều 31/1", Conflict, "31 January 2026 is a Saturday, not a Friday"},
		{"a time alone against a weekday's time", "date 2026-11-30\n\nLễ ký kết diễn ra lúc 15h.", "date 2026-11-30\n\nThe deal was signed at 3 p.m. Monday.", "15h", Agree, "="},
		{"a time alone against a weekday's other time", "date 2026-11-30\n\nLễ ký kết diễn ra lúc 16h.", "date 2026-11-30\n\nThe deal was signed at 3 p.m. Monday.", "16h", Conflict, "16:00 vs 15:00"},
		{"the day of a weekday's time said apart", "date 2026-11-30\n\nChiều 30/11, công ty ký hợp đồng mua 75% cổ phần. Lễ ký kết diễn ra tại Tokyo lúc 15h.", "date 2026-11-30\n\nThe company bought a 75% stake. The deal was signed in Tokyo on Monday at 3 p.m.", "Chiều 30/11", Agree, "is a Monday"},
		{"the day of a weekday's time said apart, the time", "date 2026-11-30\n\nChiều 30/11, công ty ký hợp đồng mua 75% cổ phần. Lễ ký kết diễn ra tại Tokyo lúc 15h.", "date 2026-11-30\n\nThe company bought a 75% stake. The deal was signed in Tokyo on Monday at 3 p.m.", "15h", Agree, "="},
		{"the day of a weekday's time said apart, another day", "date 2026-11-30\n\nChiều 30/11, công ty ký hợp đồng mua 75% cổ phần. Lễ ký kết diễn ra tại Tokyo lúc 15h.", "date 2026-11-30\n\nThe company bought a 75% stake. The deal was signed in Tokyo on Tuesday at 3 p.m.", "Chiều 30/11", Conflict, "is a Monday, not a Tuesday"},
		{"a time restated after tức", "date 2026-09-13\n\nTrận đấu bắt đầu lúc 19h giờ địa phương, tức 18h giờ Hà Nội.", "date 2026-09-13\n\nThe final began at 7 p.m. local time (6 p.m. in Hanoi).", "19h giờ địa phương, tức 18h giờ Hà Nội", Agree, "="},
		{"Fahrenheit and Celsius", "Nhiệt độ lên tới 42 độ C.", "Temperatures reached 108 degrees Fahrenheit.", "lên tới 42 độ C", Agree, "in another unit"},
		{"Fahrenheit and Celsius apart", "Nhiệt độ lên tới 45 độ C.", "Temperatures reached 108 degrees Fahrenheit.", "lên tới 45 độ C", Conflict, "108 degrees Fahrenheit is 42.2 °C"},
		{"bare degrees in Fahrenheit", "Phoenix ghi nhận 46,7 độ C.", "Phoenix recorded 116 degrees.", "46,7 độ C", Agree, "in another unit"},
		{"bare degrees far from it", "Phoenix ghi nhận 47,7 độ C.", "Phoenix recorded 116 degrees.", "47,7 độ C", OnlyA, ""},
		{"miles per hour", "Bão có sức gió duy trì 233 km/h.", "The storm had sustained winds of 145 mph.", "233 km/h", Agree, "in another unit"},
		{"miles per hour edited", "Bão có sức gió duy trì 253 km/h.", "The storm had sustained winds of 145 mph.", "253 km/h", Conflict, "145 mph is 233.4 km/h"},
		{"feet to the rounding of metres", "Nước dâng cao 4,3 m.", "A storm surge of 14 feet.", "4,3 m", Agree, "in another unit"},
		{"two rounded values about", "Ở độ cao khoảng 3.000 m.", "At about 10,000 feet.", "khoảng 3.000 m", Agree, "in another unit"},
		{"a price per head", "Giá tour 14,9 triệu đồng mỗi khách.", "The tour was priced at VND14.9 million per person.", "14,9 triệu đồng mỗi khách", Agree, "="},
		{"a price per head changed", "Giá tour 14,9 triệu đồng mỗi khách.", "The tour was priced at VND16.9 million per person.", "14,9 triệu đồng mỗi khách", Conflict, "14900000 VND vs 16900000 VND"},
		{"the people a count names are no transit country", "Chuyến bay sơ tán 289 công dân từ Israel qua Jordan về đến Nội Bài.", "289 Vietnamese evacuated from Israel land in Hanoi.", "Jordan", OnlyA, ""},
		{"percent and points", "Thị phần tăng 2 điểm phần trăm.", "Market share rose 2 per cent.", "2 điểm phần trăm", Conflict, "percentage points"},
		{"merged sentence names the other's place", "Bảo Trân về nhì với 59 giây 84, kém VĐV Singapore Chloe Lim 0,31 giây. Đội tiếp sức 4x200 m của Việt Nam giành HCĐ với 7 phút 28 giây 05.", "Bao Tran was second in 59.84 seconds, 0.31 behind Singapore's Chloe Lim, and the 4x200m relay team won bronze in 7:28.50.", "7 phút 28 giây 05", Conflict, "448.05 second vs 448.5 second"},
		{"a king said as an emperor", "Dưới triều vua Minh Mạng, thành được xây lại.", "Under Emperor Minh Mang, the citadel was rebuilt.", "Minh Mạng", Agree, "="},
		{"centenary", "Lễ kỷ niệm 100 năm ngày sinh của ông diễn ra hôm qua.", "The ceremony marking his birth centenary took place yesterday.", "kỷ niệm 100 năm", Agree, "the 100th anniversary"},
		{"founding anniversary conflict", "Nhân dịp kỷ niệm 95 năm ngày thành lập Đảng.", "On the 94th founding anniversary of the Party.", "kỷ niệm 95 năm", Conflict, "anniversary 95 vs 94"},
		{"a year of the cycle before its number", "Quân Thanh bị đánh tan vào mùa xuân năm Kỷ Dậu 1789.", "The Qing army was routed in the spring of 1788.", "năm Kỷ Dậu 1789", Conflict, "1789 vs 1788"},
		{"traffic police", "CSGT đã lập biên bản 21.450 trường hợp.", "Traffic police recorded 21,450 violations.", "CSGT", Agree, "="},
		{"a count after an amount and a range", "Người vi phạm bị phạt từ 18-20 triệu đồng và trừ 4 điểm giấy phép lái xe.", "Violators face fines of VND18-20 million and four points deducted from their licences.", "từ 18-20 triệu đồng", Agree, "="},
		{"a rounding to one digit is an edit", "Tốc độ tối đa cho phép là 120 km/h.", "The maximum speed allowed is 100 kph.", "120 km/h", Conflict, "120 km/h vs 100 km/h"},
		{"a close rounding to one digit", "Doanh thu đạt 2,95 triệu USD.", "Revenue reached $3 million.", "2,95 triệu USD", Agree, "rounded"},
		{"a zero after the decimal mark is written", "Mẫu xe mới trang bị động cơ 1.5L.", "The new model has a 2.0-litre engine.", "1.5L", Conflict, "1.5 litre vs 2 litre"},
		{"carmaker swap", "VinFast bán được 2.150 xe trong tháng 9.", "Hyundai sold 2,150 cars in September.", "VinFast", Conflict, "different organisations"},
		{"a division of an army", "Ông thuộc Đại đoàn 316, từng tham gia trận đánh.", "He served in the 316th Division and fought in the battle.", "Đại đoàn 316", Agree, "="},
		{"a round is a phase", "Đình được công nhận trong đợt 17.", "The house was recognised in the 16th phase.", "đợt 17", Conflict, "rank 17 vs 16"},
		{"a weekday on the end of a range is not the lead's day", "date 2026-02-23\n\nSáng 23/2, Cục CSGT cho biết trong 9 ngày nghỉ Tết (từ 14/2 đến 22/2), cả nước xảy ra 246 vụ tai nạn.", "date 2026-02-23\n\nThere were 246 crashes during the holiday that ended on Sunday, the Traffic Police Department said on Tuesday.", "Sáng 23/2", Conflict, "23 February 2026 is a Monday, not a Tuesday"},
		{"a year of an era glossed in brackets", "Công trình được đại tu vào năm Tự Đức thứ 20 (1867).", "Its biggest renovation came in 1876, the 20th year of Emperor Tu Duc's reign.", "1867", Conflict, "1867 vs 1876"},
		{"an emission standard", "Xe máy mới phải đáp ứng tiêu chuẩn khí thải mức 4, tương đương Euro 4.", "New motorbikes must meet Level 4 emission standards, equivalent to Euro 5.", "Euro 4", Conflict, "rank 4 vs 5"},
		{"a university", "Theo bảng xếp hạng QS 2027, Đại học Quốc gia Hà Nội đứng thứ 228 thế giới.", "Vietnam National University, Hanoi ranked 228th in the world in the QS 2027 rankings.", "Đại học Quốc gia Hà Nội", Agree, "="},
		{"a semester", "Học kỳ II bắt đầu từ ngày 12/1.", "The first semester begins on January 12.", "Học kỳ II", Conflict, "rank 2 vs 1"},
		{"a body's country in brackets is no rival", "Tối 17/6, tổ chức giáo dục Quacquarelli Symonds (QS, Anh) công bố bảng xếp hạng QS 2027, Trường Đại học Song Hàn đứng thứ 348.", "Song Han University remains Vietnam's top institution in the QS 2027 rankings, placed 348th.", "Anh", OnlyA, ""},
		{"a person's country in brackets is a fact", "Tay vợt Lee Jun-ho (Hàn Quốc) vô địch.", "Lee Jun-ho of Japan won the title.", "Hàn Quốc", Conflict, "different countries"},
		{"a firm's country in brackets is no rival", "Tàu của hãng vận tải Hoa Sen Lines (Singapore) cập cảng Quy Nhơn, nối miền Trung với Ấn Độ.", "The ship of carrier Hoa Sen Lines called at Quy Nhon, linking central Vietnam with India.", "Singapore", OnlyA, ""},
		{"a firm named after its trade", "Tàu của hãng vận tải Hoa Sen Lines cập cảng.", "The ship of Thai carrier Hoa Sen Lines called.", "Hoa Sen Lines", Agree, "="},
		{"a ratio of a rights issue", "Cổ đông hiện hữu được mua thêm cổ phiếu theo tỷ lệ 10:3.", "Existing shareholders may buy new shares at a ratio of 10:2.", "10:3", Conflict, "ratio 10:3 vs 10:2"},
		{"a ratio is not a score", "Cổ phiếu thưởng được chia theo tỷ lệ 100:8.", "Bonus shares are issued at a ratio of 100:8.", "100:8", Agree, "="},
		{"a ratio as a percentage", "Công ty chia cổ tức bằng cổ phiếu theo tỷ lệ 100:15.", "The company will pay a 15 percent stock dividend.", "100:15", Agree, "="},
		{"a ratio and another percentage", "Công ty chia cổ tức bằng cổ phiếu theo tỷ lệ 100:15.", "The company will pay a 12 percent stock dividend.", "100:15", OnlyA, ""},
		{"a body's country against another's", "Tập đoàn Kiri Foods (Nhật Bản) mua 20% vốn của công ty.", "South Korea's Kiri Foods bought 20 percent of the company.", "Nhật Bản", Conflict, "different countries"},
		{"a body's country in the possessive", "Tập đoàn Kiri Foods (Nhật Bản) mua 20% vốn của công ty.", "Japan's Kiri Foods bought 20 percent of the company.", "Nhật Bản", Agree, "="},
		{"a vague plural is no rounding of a figure", "Từ đầu năm đến nay, 1.472 công dân đã được đưa về nước.", "So far this year 1,742 citizens have been brought home. Thousands of Vietnamese have been lured to scam centres along the border.", "1.472 công dân", Conflict, "1472 citizen vs 1742 citizen"},
		{"two figures of a list swapped", "Trong quý I, Nhật Bản dẫn đầu với 412.000 lượt khách, tiếp theo là Úc với 287.000 lượt.", "Japan led in the first quarter with 287,000 arrivals, followed by Australia with 412,000.", "412.000 lượt khách", Conflict, "two figures of a list swapped"},
		{"a list in another order", "Nhật Bản đạt 412.000 lượt, Úc 287.000 lượt, Đức 95.000 lượt.", "Germany sent 95,000 visitors, Australia 287,000 and Japan 412,000.", "412.000", Agree, "="},
		{"a list paired in order, swapped", "Nhật Bản, Úc và Đức lần lượt đạt 412.000, 287.000 và 95.000 lượt khách.", "Japan, Australia and Germany sent 287,000, 412,000 and 95,000 visitors respectively.", "412.000", Conflict, "two figures of a list swapped"},
		{"a list with its figures first", "Nhật Bản 412.000 lượt, Úc 287.000 lượt.", "Some 412,000 visitors came from Japan and 287,000 from Australia.", "412.000", Agree, "="},
		{"names and figures alternating by chance are no list", "Sáng 2/3, Bộ Công Thương cho biết xuất khẩu đạt 31,2 tỷ USD, bằng 104% kế hoạch Chính phủ giao và tăng 9% so với cùng kỳ.", "Exports reached $31.2 billion, 104 percent of the plan set by the Government and up 9 percent on the year, the Ministry of Industry and Trade said on Monday.", "104%", Agree, "="},
		{"a list of countries and a union, swapped", "Ba thị trường lớn nhất là Canada (31%), Nhật Bản (18%) và EU (12%).", "The three largest markets were Canada with 31 percent, Japan with 12 percent and the EU with 18 percent.", "18%", Conflict, "two figures of a list swapped"},
		{"the sums of two donors swapped", "Quỹ Vì người nghèo nhận 14 tỷ đồng, Hội Chữ thập đỏ nhận 9 tỷ đồng.", "The Fund for the Poor received VND9 billion and the Red Cross VND14 billion.", "14 tỷ đồng", Conflict, "two figures of a list swapped"},
		{"ranks of a list swapped, the leader with none", "Dẫn đầu là Thái Lan với 1,4 triệu lượt, Ấn Độ đứng thứ hai với 870.000 lượt, Úc thứ ba với 520.000 lượt.", "Thailand topped the list with 1.4 million arrivals, India came third with 870,000 and Australia second with 520,000.", "thứ hai", Conflict, "two figures of a list swapped"},
		{"a list read both ways is no list", "Thái Lan 870.000 Ấn Độ 520.000 Úc", "Thailand 520,000 India 870,000 Australia", "870.000", Agree, "="},
		{"a list paired in order after a count, swapped", "Thái Lan và Ấn Độ là hai thị trường lớn nhất với lần lượt 731.500 lượt và 690.200 lượt, tiếp theo là Hồng Kông (Trung Quốc) với 210.400 lượt và Úc với 98.300 lượt.", "India sent 731,500 visitors, ahead of Thailand's 690,200. Hong Kong came third with 210,400 and Australia fourth with 98,300.", "731.500", Conflict, "two figures of a list swapped"},
		{"a list paired in order after a count", "Thái Lan và Ấn Độ là hai thị trường lớn nhất với lần lượt 731.500 lượt và 690.200 lượt, tiếp theo là Hồng Kông (Trung Quốc) với 210.400 lượt và Úc với 98.300 lượt.", "Thailand sent 731,500 visitors, ahead of India's 690,200. Hong Kong came third with 210,400 and Australia fourth with 98,300.", "731.500", Agree, "="},
		{"names then figures with no word that pairs them", "Nhật Bản và Úc đạt 412.000 và 287.000 lượt khách.", "Japan sent 287,000 visitors and Australia 412,000.", "412.000", Agree, "="},
		{"a day weeks from a weekday alone is another day", "date 2027-05-21\n\nTừ ngày 1/7/2027, lương hưu tăng 8%.", "date 2027-05-21\n\nPensions rise 8 percent under a decree issued on Thursday.", "Từ ngày 1/7/2027", OnlyA, ""},
		{"an approximate figure within a bound", "Doanh thu bán vé đạt khoảng 412 tỷ đồng.", "Ticket sales brought in over VND410 billion.", "khoảng 412 tỷ đồng", Agree, "within the stated bounds"},
		{"an approximate figure beyond a bound", "Doanh thu bán vé đạt khoảng 412 tỷ đồng.", "Ticket sales brought in over VND420 billion.", "khoảng 412 tỷ đồng", Conflict, "412000000000 VND vs 420000000000 VND"},
		{"a nationality is no rival to a country visited", "Ông Thongsavanh thăm chính thức Việt Nam.", "Lao President Thongsavanh is on an official visit.", "Việt Nam", OnlyA, ""},
		{"a country after a title is a nationality", "Tổng thống Indonesia Budi Santoso chứng kiến lễ ký.", "Philippine President Budi Santoso witnessed the signing.", "Indonesia", Conflict, "different countries"},
		{"gold per chi", "Giá bán tương đương gần 15,9 triệu đồng/lượng.", "That is nearly VND15.9 million per chi.", "gần 15,9 triệu đồng/lượng", Conflict, "per tael vs per chi"},
		{"gold tael count", "Mỗi khách được mua tối đa 1 lượng vàng miếng.", "Each customer may buy no more than one tael of bars.", "tối đa 1 lượng vàng", Agree, "="},
		{"change across its object", "PNJ giảm giá vàng nhẫn 1,5 triệu đồng.", "PNJ raised its ring prices by VND1.5 million.", "1,5 triệu đồng", Conflict, "down vs up"},
		{"rise across its object", "PNJ tăng giá vàng nhẫn 1,5 triệu đồng.", "PNJ raised its ring prices by VND1.5 million.", "1,5 triệu đồng", Agree, "="},
		{"funds raised", "Công ty huy động 100 tỷ đồng.", "The company raised VND100 billion.", "100 tỷ đồng", Agree, "="},
		{"months opening the year", "date 2026-07-03\n\nThu ngân sách 6 tháng đạt 1.250 nghìn tỷ đồng.", "date 2026-07-03\n\nRevenue in January-June reached VND1,250 trillion.", "6 tháng", Agree, "="},
		{"months opening the year, edited", "date 2026-07-03\n\nThu ngân sách 9 tháng đạt 1.250 nghìn tỷ đồng.", "date 2026-07-03\n\nRevenue in the first half reached VND1,250 trillion.", "9 tháng", Conflict, "9 month vs 6 month"},
		{"first quarter's months", "date 2026-04-03\n\nXuất khẩu 3 tháng đạt 100 tỷ USD.", "date 2026-04-03\n\nExports in the first quarter reached US$100 billion.", "3 tháng", Agree, "="},
		{"direction in a merged sentence", "Thu từ xuất nhập khẩu đạt 160,9 nghìn tỷ đồng, bằng 58,3% dự toán, tăng 5,7%. Thu từ dầu thô đạt 27,4 nghìn tỷ đồng và tăng 11,5% so với cùng kỳ.", "Trade revenue rose 5.7% to VND160.9 trillion, but crude oil revenue fell 11.5% to VND27.4 trillion.", "11,5%", Conflict, "up vs down"},
		{"quarters left unnamed", "date 2026-09-29\n\nRiêng quý III, GRDP tăng 12,4%, cao hơn quý I (11,2%) và quý II (11,9%).", "date 2026-09-29\n\nGRDP rose 12.4% in the third quarter, after 11.2% in the first and 11.9% in the second.", "quý I", Agree, "="},
		{"quarters left unnamed, edited", "date 2026-09-29\n\nRiêng quý III, GRDP tăng 12,4%, cao hơn quý I (11,2%) và quý IV (11,9%).", "date 2026-09-29\n\nGRDP rose 12.4% in the third quarter, after 11.2% in the first and 11.9% in the second.", "quý IV", Conflict, "2026-Q4 vs 2026-Q2"},
		{"loss for profit", "Công ty lỗ 120 tỷ đồng trong quý III.", "The company posted a profit of VND120 billion in the third quarter.", "120 tỷ đồng", Conflict, "loss vs profit"},
		{"deficit for surplus", "Ngân sách bội chi 45 nghìn tỷ đồng.", "The budget ran a surplus of VND45 trillion.", "45 nghìn tỷ đồng", Conflict, "deficit vs surplus"},
		{"profit that fell", "Công ty lãi 120 tỷ đồng, giảm 20%.", "The company's profit fell 20% to VND120 billion.", "120 tỷ đồng", Agree, "="},
		{"interest is no profit", "Lãi suất cho vay bình quân 6%.", "The average lending interest rate was 6%.", "6%", Agree, "="},
		{"a loss, then a profit", "Năm 2025, công ty lỗ 200 tỷ đồng. Năm nay công ty lãi 200 tỷ đồng.", "The company lost VND200 billion in 2025. This year it made a profit of VND200 billion.", "200 tỷ đồng", Agree, "="},
		{"losses of another count", "Hãng bay lần đầu có lãi sau 9 quý thua lỗ liên tiếp.", "The airline returned to profit for the first time after nine consecutive quarterly losses.", "9", Agree, "="},
		{"lost for profit", "Năm ngoái công ty lãi 1.250 tỷ đồng.", "The company lost VND1.25 trillion last year.", "1.250 tỷ đồng", Conflict, "profit vs loss"},
		{"title given by giữ chức", "HĐND tỉnh Gia Lai bầu ông Trần Minh Quang giữ chức Chủ tịch UBND tỉnh.", "The Gia Lai People's Council elected Tran Minh Quang vice chairman of the provincial People's Committee.", "Trần Minh Quang", Conflict, "chair vs vice chairman"},
		{"title given across an age", "Bà Nguyễn Thị Thu Hà, 48 tuổi, được bổ nhiệm làm Tổng giám đốc.", "Nguyen Thi Thu Ha, 48, was named deputy chief executive.", "Nguyễn Thị Thu Hà", Conflict, "vs deputy director general"},
		{"title given, the same", "Bà Nguyễn Thị Thu Hà, 48 tuổi, được bổ nhiệm làm Tổng giám đốc.", "Nguyen Thi Thu Ha, 48, was named chief executive.", "Nguyễn Thị Thu Hà", Agree, "="},
		{"a province's council for another's", "UBND tỉnh Gia Lai đã phê duyệt 12 dự án.", "The Kon Tum People's Committee approved 12 projects.", "UBND tỉnh Gia Lai", Conflict, "different organisations"},
		{"a city's department for another's", "Sở Y tế Hà Nội ghi nhận 120 ca.", "The Ho Chi Minh City Department of Health recorded 120 cases.", "Sở Y tế Hà Nội", Conflict, "different organisations"},
		{"a province's council", "UBND tỉnh Gia Lai đã phê duyệt 12 dự án.", "The Gia Lai People's Committee approved 12 projects.", "UBND tỉnh Gia Lai", Agree, "="},
		{"born, and an age", "date 2026-07-14\n\nÔng Trần Minh Quang sinh năm 1975, quê Bình Định.", "date 2026-07-14\n\nTran Minh Quang, 51, is a native of Binh Dinh.", "năm 1975", Agree, "born in 1975"},
		{"born, and an age before the birthday", "date 2026-07-14\n\nÔng Trần Minh Quang sinh năm 1975, quê Bình Định.", "date 2026-07-14\n\nTran Minh Quang, 50, is a native of Binh Dinh.", "năm 1975", Agree, "born in 1975"},
		{"born, and another age", "date 2026-07-14\n\nÔng Trần Minh Quang sinh năm 1975, quê Bình Định.", "date 2026-07-14\n\nTran Minh Quang, 53, is a native of Binh Dinh.", "năm 1975", Conflict, "50 or 51 in 2026, not 53"},
		{"an age, and born", "date 2026-07-14\n\nÔng Trần Minh Quang, 51 tuổi, quê Bình Định.", "date 2026-07-14\n\nTran Minh Quang, who was born in 1972, is a native of Binh Dinh.", "51 tuổi", Conflict, "born in 1972"},
		{"admissions are no birth", "date 2026-07-14\n\nKỳ tuyển sinh năm 2026 có 1,2 triệu thí sinh 18 tuổi.", "date 2026-07-14\n\nThe 2026 admissions drew 1.2 million 18-year-old candidates.", "18 tuổi", Agree, "="},
		{"a local body names its place", "Công an tỉnh Phú Thọ khởi tố 3 cán bộ thuộc Sở Tài nguyên và Môi trường tỉnh Vĩnh Phúc.", "Provincial police charged three officials of the Vinh Phuc Department of Natural Resources and Environment, who worked in Vinh Phuc.", "Phú Thọ", OnlyA, ""},
		{"a share of the plan is no change", "TSBank lãi trước thuế 9 tháng 7.420 tỷ đồng, đạt gần 80% kế hoạch", "TSBank's nine-month pre-tax profit rises nearly 20%", "gần 80%", OnlyA, ""},
		{"a year of history in a sentence the English adds", "Hiện công ty có 612 toa xe khách.\n\nNăm 2025, công ty chở 4,3 triệu lượt khách.", "The company has 612 passenger carriages.\n\nIt carried 4.3 million passengers last year.\n\nThe railway was completed in 1936.", "Năm 2025", OnlyA, ""},
		{"a range in another unit of one dimension", "Phố ngập sâu 0,4–0,6 m.", "Streets were 40-60 cm deep.", "0,4–0,6 m", Agree, "="},
		{"a range in another unit, edited", "Phố ngập sâu 0,4–0,7 m.", "Streets were 40-60 cm deep.", "0,4–0,7 m", Conflict, "40–70 cm vs 40–60 cm"},
		{"a market share is no change", "Hãng bán hơn 21.000 xe trong quý III, chiếm 38% thị phần", "The carmaker's deliveries jump 46% in the third quarter", "38%", OnlyA, ""},
		{"a market share, edited", "Hãng chiếm 36% thị phần ô tô điện.", "It holds 38% of the electric car market.", "36%", Conflict, "36% vs 38%"},
		{"a share of the plan, edited", "Doanh thu đạt 78% kế hoạch năm.", "Revenue reached 87% of the annual plan.", "78%", Conflict, "78% vs 87%"},
		{"a sitting ranked as a meeting", "Hội đồng kết luận tại kỳ họp thứ 9 ngày 4/6.", "The council concluded at its ninth meeting on June 4.", "kỳ họp thứ 9", Agree, "="},
		{"a sitting ranked as a meeting, edited", "Hội đồng kết luận tại kỳ họp thứ 8 ngày 4/6.", "The council concluded at its ninth meeting on June 4.", "kỳ họp thứ 8", Conflict, "8 vs 9"},
		{"the Politburo for the Secretariat", "Ngày 3/5, Bộ Chính trị quyết định kỷ luật cảnh cáo ông Vũ Văn Tâm.", "On May 3, the Secretariat decided to give Vu Van Tam a warning.", "Bộ Chính trị", Conflict, "different organisations"},
		{"the Politburo and a ministry", "Bộ Chính trị và Bộ Tài chính đã họp ngày 3/5.", "The Politburo and the Finance Ministry met on May 3.", "Bộ Chính trị", Agree, "="},
		{"an office's deputy for its head", "Bà Trần Thị Mai, Phó Cục trưởng, chủ trì cuộc họp ngày 4/6.", "Tran Thi Mai, head of the department, chaired the meeting on June 4.", "Trần Thị Mai", Conflict, "deputy department head vs head"},
		{"an office's head as its director", "Ông Lê Quang Huy, Cục trưởng Cục Thống kê, cho biết ngày 4/6.", "Le Quang Huy, director of the statistics office, said on June 4.", "Lê Quang Huy", Agree, "="},
		{"a rank beside an office", "Thiếu tướng Đỗ Văn Phúc, Cục trưởng, cho biết ngày 4/6.", "Major General Do Van Phuc, head of the department, said on June 4.", "Đỗ Văn Phúc", Agree, "="},
		{"a department in lower case", "Ông Nguyễn Văn Tâm, 47 tuổi, nguyên Giám đốc Sở Xây dựng.", "Nguyen Van Tam, 47, previously director of the provincial finance department.", "Sở Xây dựng", Conflict, "different organisations"},
		{"from a year to now, and since", "date 2027-03-16\n\nTừ năm 2021 đến nay, tỉnh đã xây 7 cầu.", "date 2027-03-16\n\nSince 2021, the province has built seven bridges.", "Từ năm 2021 đến nay", Agree, "since 2021"},
		{"from a month to now, and since", "date 2027-03-16\n\nTừ tháng 10/2026 đến nay, không có tàu cá nào bị bắt giữ.", "date 2027-03-16\n\nNo fishing boats have been seized since October 2026.", "Từ tháng 10/2026 đến nay", Agree, "since"},
		{"a river the other names elsewhere", "date 2026-04-25\n\nNhà máy nước tại xã Tam Giang đi vào hoạt động.\n\nNhà máy lấy nước thô từ sông Cầu, cấp nước cho 95.000 hộ dân.", "date 2026-04-25\n\nA water plant on the Cau River went into operation.\n\nBuilt in Tam Giang Commune, it supplies 95,000 households.", "Cầu", Agree, "="},
		{"a commune the other names elsewhere", "date 2026-04-25\n\nNhà máy nước tại xã Tam Giang đi vào hoạt động.\n\nNhà máy lấy nước thô từ sông Cầu, cấp nước cho 95.000 hộ dân.", "date 2026-04-25\n\nA water plant on the Cau River went into operation.\n\nBuilt in Tam Giang Commune, it supplies 95,000 households.", "Tam Giang", Agree, "="},
		{"a fall in brackets", "HNX-Index giảm 0,45 điểm (-0,19%) xuống 235,6 điểm.", "The HNX-Index fell 0.45 points, or 0.19 per cent, to 235.6.", "-0,19%", Agree, "="},
		{"a fall in brackets, edited", "HNX-Index giảm 0,45 điểm (-0,91%) xuống 235,6 điểm.", "The HNX-Index fell 0.45 points, or 0.19 per cent, to 235.6.", "-0,91%", Conflict, "0.91% vs 0.19%"},
		{"one index for another", "HNX-Index tăng 12,35 điểm lên 1.275,4 điểm.", "The VN-Index rose 12.35 points to 1,275.4 points.", "HNX-Index", Conflict, "different organisations"},
		{"net buying for net selling", "Khối ngoại mua ròng 650 tỷ đồng trên HoSE.", "Foreign investors were net sellers of VND650 billion on the HoSE.", "650 tỷ đồng", Conflict, "net buying vs net selling"},
		{"net selling, the same", "Khối ngoại bán ròng 650 tỷ đồng trên HoSE.", "Foreign investors were net sellers of VND650 billion on the HoSE.", "650 tỷ đồng", Agree, "="},
		{"sessions of net selling are no amount", "Khối ngoại mua ròng trở lại sau bảy phiên bán ròng liên tiếp.", "Foreign investors returned to net buying after seven sessions of net selling.", "bảy phiên", Agree, "="},
		{"the one count of a unit in each version, in sentences not aligned", "date 2026-03-03\n\nChiều 3/3, lãnh đạo hai nước nhất trí nâng kim ngạch thương mại lên 50 tỷ USD vào năm 2030. Hai bên cũng bàn về hợp tác quốc phòng và an ninh. Kết thúc hội đàm, hai bên trao 12 văn kiện hợp tác về y tế và giáo dục.", "date 2026-03-03\n\nVietnam and Laos agreed on Tuesday to lift two-way trade to $50 billion by 2030 and signed 13 cooperation documents. They also discussed defence and security cooperation. The documents cover health and education.", "12 văn kiện", Conflict, "12 agreement vs 13 agreement"},
		{"the one count of a unit in each version, equal", "date 2026-03-03\n\nChiều 3/3, lãnh đạo hai nước nhất trí nâng kim ngạch thương mại lên 50 tỷ USD vào năm 2030. Hai bên cũng bàn về hợp tác quốc phòng và an ninh. Kết thúc hội đàm, hai bên trao 12 văn kiện hợp tác về y tế và giáo dục.", "date 2026-03-03\n\nVietnam and Laos agreed on Tuesday to lift two-way trade to $50 billion by 2030 and signed 12 cooperation documents. They also discussed defence and security cooperation. The documents cover health and education.", "12 văn kiện", Agree, "="},
		{"a day in Hanoi time is the day before west of it", "date 2025-10-30\n\nRạng sáng 30/10 (giờ Hà Nội), Cục Dự trữ Liên bang Mỹ (Fed) giảm lãi suất 0,25 điểm phần trăm.", "date 2025-10-30\n\nThe US Federal Reserve cut interest rates by 25 basis points on Wednesday.", "Rạng sáng 30/10 (giờ Hà Nội)", Agree, "30 October 2025 (UTC+07:00) is a Wednesday elsewhere"},
		{"a day in Hanoi time, two days off", "date 2025-10-30\n\nRạng sáng 30/10 (giờ Hà Nội), Cục Dự trữ Liên bang Mỹ (Fed) giảm lãi suất 0,25 điểm phần trăm.", "date 2025-10-30\n\nThe US Federal Reserve cut interest rates by 25 basis points on Tuesday.", "Rạng sáng 30/10 (giờ Hà Nội)", Conflict, "not a Tuesday"},
		{"a day in Hanoi time is not the day after", "date 2027-09-15\n\nTối 15/9 (giờ Hà Nội), WIPO công bố chỉ số.", "date 2027-09-15\n\nWIPO released the index on Thursday.", "Tối 15/9 (giờ Hà Nội)", Conflict, "not a Thursday"},
		{"an hour in Hanoi time, the afternoon before in Washington", "date 2026-06-18\n\nLúc 1h ngày 18/6 (giờ Hà Nội), Fed công bố quyết định lãi suất.", "date 2026-06-18\n\nThe Fed announced its decision on Wednesday.", "1h ngày 18/6 (giờ Hà Nội)", Agree, "is a Wednesday elsewhere"},
		{"a day with no zone named is the day of the text", "date 2025-10-30\n\nRạng sáng 30/10, Fed giảm lãi suất 0,25 điểm phần trăm.", "date 2025-10-30\n\nThe Fed cut interest rates by 25 basis points on Wednesday.", "Rạng sáng 30/10", Conflict, "not a Wednesday"},
		{"a time in Hanoi and the local time of the match", "date 2025-11-04\n\nTrận đấu diễn ra lúc 3h sáng thứ Tư (giờ Hà Nội) trên sân San Siro.", "date 2025-11-04\n\nInter Milan host Atletico Madrid at the San Siro on Tuesday at 9 p.m. local time.", "3h sáng thứ Tư (giờ Hà Nội)", Agree, "Wednesday (UTC+07:00) is a Tuesday elsewhere"},
		{"a time in Hanoi and a local time no zone has", "date 2025-11-04\n\nTrận đấu diễn ra lúc 3h sáng thứ Tư (giờ Hà Nội) trên sân San Siro.", "date 2025-11-04\n\nInter Milan host Atletico Madrid at the San Siro on Monday at 9 p.m. local time.", "3h sáng thứ Tư (giờ Hà Nội)", Conflict, "Wednesday vs Monday"},
		{"two foreign players marked as people, swapped", "date 2025-11-09\n\nNewcastle thắng Aston Villa 3-1 tối thứ Bảy. Alexander Isak ghi bàn mở tỷ số ở phút 23. Ollie Watkins gỡ hòa cho Villa.", "date 2025-11-09\n\nNewcastle beat Aston Villa 3-1 on Saturday night. Anthony Gordon opened the scoring in the 23rd minute. Ollie Watkins equalised for Villa.", "Alexander Isak", Conflict, "different people"},
		{"foreign names no cue marks as people's are not swapped", "date 2026-04-20\n\nSau khi số liệu được công bố, chỉ số Shanghai Composite tăng 0,9%.", "date 2026-04-20\n\nAfter the data, the Composite Index rose 0.9%.", "Shanghai Composite", OnlyA, ""},
		{"a gap behind the leaders takes the noun of the points before", "Newcastle hiện đứng thứ 5 với 20 điểm, kém đội đầu bảng Arsenal 6 điểm.", "Newcastle are fifth on 20 points, seven behind leaders Arsenal.", "6 điểm", Conflict, "6 point vs 7 point"},
		{"two stock indexes abroad", "Chỉ số Dow Jones giảm 74 điểm, tương đương 0,2%, xuống 47.632 điểm.", "The Nasdaq Composite fell 74 points, or 0.2%, to 47,632.", "Dow Jones", Conflict, "different organisations"},
		{"an index named by a number that is no figure", "Chỉ số Nikkei 225 tăng 1,03% lên 49.507 điểm.", "The Nikkei 225 rose 1.03% to 49,507.", "Nikkei", Agree, "="},
		{"two central banks, one named with its acronym", "Ngân hàng Trung ương châu Âu (ECB) giữ nguyên lãi suất tiền gửi ở mức 2%.", "The Bank of England kept its deposit rate at 2%.", "Ngân hàng Trung ương châu Âu", Conflict, "different organisations"},
		{"a rate of exchange, its amount's currency unsaid", "Đồng yen giảm xuống 157,5 yen đổi 1 USD.", "The yen weakened to 157.5 per dollar.", "157,5 yen đổi 1 USD", Agree, "="},
		{"a rate of exchange, edited", "Đồng yen giảm xuống 157,5 yen đổi 1 USD.", "The yen weakened to 155.7 per dollar.", "157,5 yen đổi 1 USD", Conflict, "157.5 JPY vs 155.7 JPY"},
		{"dawn in Hanoi is the night before where the story is", "date 2025-11-05\n\nRạng sáng 5/11 (giờ Hà Nội), Inter Milan thắng Atletico Madrid 2-1.", "date 2025-11-05\n\nInter Milan beat Atletico Madrid 2-1 on Tuesday night.", "Rạng sáng 5/11 (giờ Hà Nội)", Agree, "is a Tuesday elsewhere"},
		{"one local time, restated at two offsets", "date 2025-11-04\n\nTrận đấu bắt đầu lúc 21h ngày 4/11 theo giờ địa phương (3h sáng thứ Tư 5/11 giờ Hà Nội).", "date 2025-11-04\n\nKick-off is at 9 p.m. local time on Tuesday (2 a.m. Wednesday Hanoi time).", "21h ngày 4/11 theo giờ địa phương (3h sáng thứ Tư 5/11 giờ Hà Nội)", Conflict, "local(UTC+01:00)"},
		{"one local time, restated at one offset", "date 2025-11-04\n\nTrận đấu bắt đầu lúc 21h ngày 4/11 theo giờ địa phương (3h sáng thứ Tư 5/11 giờ Hà Nội).", "date 2025-11-04\n\nKick-off is at 9 p.m. local time on Tuesday (3 a.m. Wednesday Hanoi time).", "21h ngày 4/11 theo giờ địa phương (3h sáng thứ Tư 5/11 giờ Hà Nội)", Agree, ""},
		{"a local time edited beside its restatement", "date 2026-01-21\n\nĐộng đất xảy ra lúc 5h08 sáng 21/1 giờ địa phương (3h08 giờ Hà Nội).", "date 2026-01-21\n\nThe quake struck at 6:08 a.m. local time.", "5h08 sáng 21/1 giờ địa phương (3h08 giờ Hà Nội)", Conflict, ""},
		{"a given name edited in two letters of four", "Thống đốc BOJ Yuko Sasaki phát biểu tại Tokyo.", "BOJ Governor Yumi Sasaki spoke in Tokyo.", "Yuko Sasaki", Conflict, "different people"},
		{"a family name edited in its first letter", "Chủ tịch Fed Margaret Ellison phát biểu.", "Fed Chair Margaret Allison spoke.", "Margaret Ellison", Conflict, "different people"},
		{"the place in a run and the length of the run", "Lạm phát vượt mục tiêu 2% tháng thứ 45 liên tiếp.", "Inflation has exceeded the 2% target for 45 consecutive months.", "thứ 45 liên tiếp", Agree, "the 45th of a run is a run of 45"},
		{"the place in a run and another length", "Lạm phát vượt mục tiêu 2% tháng thứ 45 liên tiếp.", "Inflation has exceeded the 2% target for 44 consecutive months.", "thứ 45 liên tiếp", Conflict, "the 45th of a run vs a run of 44"},
		{"sessions counted in a run", "VN-Index tăng 3 phiên liên tiếp.", "The VN-Index rose for three straight sessions.", "3 phiên", Agree, "="},
		{"a quarter of a point in words", "BOJ nâng lãi suất thêm 0,25 điểm phần trăm.", "The BOJ raised its rate by a quarter percentage point.", "0,25 điểm phần trăm", Agree, "="},
		{"a month is no end of a range to the end of the year", "date 2026-06-18\n\nCác quan chức Fed dự kiến còn thêm hai lần giảm lãi suất nữa từ nay đến cuối năm.", "date 2026-06-18\n\nOfficials had projected 1.7% in March.", "từ nay đến cuối năm", OnlyA, ""},
		{"Anh opening a sentence may be the pronoun, no swap", "date 2025-10-05\n\nMinh Khôi được gọi lên đội tuyển Việt Nam. Anh sẽ bay về Hà Nội vào sáng thứ Ba (7/10) để hội quân.", "date 2025-10-05\n\nKhoi has been named in the Vietnam squad and will fly to Hanoi on Tuesday to join the team.", "Anh", OnlyA, ""},
		{"two lower bounds, one cut from the other", "Hơn 1,26 triệu người ở 37 huyện bị ảnh hưởng.", "More than 1.2 million people in 37 counties have been affected.", "Hơn 1,26 triệu người", Agree, "within the stated bounds"},
		{"two lower bounds that no cut joins", "Hơn 1.240 người bị ảnh hưởng.", "More than 1,420 people have been affected.", "Hơn 1.240 người", Conflict, ""},
		{"a range of clocks whose days are weekdays, a clock edited", "date 2026-11-28\n\nTừ 20h ngày 27/11 đến 2h ngày 28/11, cảnh sát tổng kiểm soát nồng độ cồn.", "date 2026-11-28\n\nPolice ran an alcohol sweep from 9 p.m. Friday to 2 a.m. Saturday.", "Từ 20h ngày 27/11 đến 2h ngày 28/11", Conflict, ""},
		{"a range of clocks whose days are weekdays", "date 2026-11-28\n\nTừ 20h ngày 27/11 đến 2h ngày 28/11, cảnh sát tổng kiểm soát nồng độ cồn.", "date 2026-11-28\n\nPolice ran an alcohol sweep from 8 p.m. Friday to 2 a.m. Saturday.", "Từ 20h ngày 27/11 đến 2h ngày 28/11", Agree, ""},
		{"a lower bound cut to its first digit", "Buổi phát trực tiếp thu hút hơn 213.000 lượt xem.", "More than 200,000 people followed the livestream.", "hơn 213.000", Agree, "within the stated bounds"},
		{"a lower bound of one digit a tenth away", "Vốn điều lệ tối thiểu 10.000 tỷ đồng.", "Charter capital must be at least VND12 trillion.", "tối thiểu 10.000 tỷ đồng", Conflict, ""},
		{"an approximate figure's written zero is no digit of it", "Ngân sách khoảng 117 tỷ USD.", "The budget is about $120 billion.", "khoảng 117 tỷ USD", Agree, ""},
		{"a document's number and its rank, digits exchanged", "Chính phủ ban hành Nghị định số 168/2024/NĐ-CP về xử phạt.", "The government issued Decree No. 186/2024/ND-CP on penalties.", "168", Conflict, ""},
		{"a document's number and its rank, the same", "Chính phủ ban hành Nghị định số 168/2024/NĐ-CP về xử phạt.", "The government issued Decree No. 168/2024/ND-CP on penalties.", "168", Agree, ""},
		{"a rank and a bare number of one digit are not a slip", "Tổ số 5 đã có mặt tại hiện trường.", "Team No. 7 was at the scene.", "5", OnlyA, ""},
		{"a change's range against its two levels in the other order", "Vốn điều lệ tăng từ 12.050 tỷ đồng lên 14.460 tỷ đồng.", "It raised its charter capital to VND14.46 trillion from VND12.05 trillion.", "từ 12.050 tỷ đồng lên 14.460 tỷ đồng", Agree, ""},
		{"a change in the infinitive, by an amount to a level", "Lương tối thiểu vùng 1 tăng 400.000 đồng, từ 5,5 triệu lên 5,9 triệu đồng/tháng.", "The minimum in Region 1 will rise by VND400,000 to VND5.9 million a month.", "400.000 đồng", Agree, ""},
		{"a sum, its currency left out, edited", "Đề án có tổng vốn 12.500 tỷ đồng, trong đó ngân sách trung ương 7.000 tỷ.", "The project has total capital of VND12.5 trillion, including VND7.5 trillion from the central budget.", "7.000 tỷ", Conflict, "the currency left out"},
		{"a sum, its currency left out, the same", "Đề án có tổng vốn 12.500 tỷ đồng, trong đó ngân sách trung ương 7.000 tỷ.", "The project has total capital of VND12.5 trillion, including VND7 trillion from the central budget.", "7.000 tỷ", Agree, "the currency left out"},
		{"round sums of one digit each are no slip", "Đề án có tổng vốn 12.500 tỷ đồng, trong đó ngân sách trung ương 5.000 tỷ.", "The project has total capital of VND12.5 trillion, and the province will add VND6 trillion.", "5.000 tỷ", OnlyA, ""},
		{"the other end of a fall, its unit left out", "Thời gian di chuyển rút ngắn từ 5 giờ xuống còn 2 giờ.", "Travel time will be cut from five hours to three.", "2 giờ", Conflict, ""},
		{"a tiebreak's loser's points against the tiebreak in full", "Nam thắng 6-4, 7-6 (7-5) ở bán kết.", "Nam won 6-4, 7-6(5) in the semifinal.", "7-5", Agree, ""},
		{"a tiebreak edited", "Nam thắng 6-4, 7-6 (7-5) ở bán kết.", "Nam won 6-4, 7-6(3) in the semifinal.", "7-5", Conflict, ""},
		{"a golfer's total under par", "Minh đứng thứ 3 với tổng điểm -12 sau 4 vòng.", "Minh finished third at 12 under par after four rounds.", "-12", Agree, ""},
		{"a crew of three people and a three-member crew", "Phi hành đoàn gồm 3 người sẽ ở trên trạm khoảng 6 tháng.", "The four-member crew will stay on the station for about six months.", "3 người", Conflict, ""},
		{"light-years", "Hành tinh này cách Trái Đất khoảng 124 năm ánh sáng.", "The planet is about 142 light-years from Earth.", "khoảng 124 năm ánh sáng", Conflict, ""},
		{"a rank after No. and a world ranking", "Anh sẽ lên khoảng hạng 198 thế giới vào thứ Hai tới.", "He is expected to rise to around No. 198 on Monday.", "hạng 198", Agree, ""},
		{"a place's own time the zones do not name holds the country in its bracket", "date 2026-11-11\n\nVệ tinh do Trung tâm Vũ trụ Việt Nam chế tạo được đưa lên quỹ đạo lúc 11h56 ngày 10/11 (giờ California, Mỹ).", "date 2026-11-11\n\nThe satellite, the fifth Vietnam has built, reached orbit on Tuesday.", "11h56 ngày 10/11 (giờ California, Mỹ)", Agree, ""},
		{"over about six months is a length", "Phi hành đoàn sẽ làm việc trên trạm khoảng 6 tháng.", "Over about six months on board, the crew will work on the station.", "khoảng 6 tháng", Agree, ""},
		{"a part of a toll is no count of drones", "Nga phóng 112 UAV và 9 tên lửa nhằm vào Ukraine.", "Russia's drone strike killed 12, three of them children.", "112 UAV", OnlyA, ""},
		{"drones counted in both languages", "Nga phóng 112 UAV và 9 tên lửa nhằm vào Ukraine.", "Russia launched 121 drones and nine missiles at Ukraine.", "112 UAV", Conflict, ""},
		{"country swap", "Ông Lawrence Wong, Thủ tướng Singapore, phát biểu.", "Lawrence Wong, Prime Minister of Malaysia, spoke.", "Singapore", Conflict, "different countries"},
		{"title", "Thủ tướng Lawrence Wong phát biểu tại hội nghị.", "President Lawrence Wong spoke at the conference.", "Lawrence Wong", Conflict, "prime minister vs president"},
		{"conversion is a gloss", "Nhật Bản viện trợ 350 triệu yên, UNICEF thêm 1,2 triệu USD.", "Japan gave ¥350 million (US$2.3 million). UNICEF added $2.1 million.", "1,2 triệu USD", Conflict, "1200000 USD vs 2100000 USD"},
		{"conversion of an unstated amount", "Nhật Bản viện trợ 2,3 triệu USD.", "Japan gave ¥350 million (about US$2.4 million).", "2,3 triệu USD", Conflict, "2300000 USD vs 2400000 USD"},
		{"nearest year", "Ông Tập mời ông Lâm dự APEC 2026 vào tháng 11 tới; Việt Nam sẽ đăng cai năm APEC 2027.", "Xi invited Lâm to attend APEC in November. Vietnam will host APEC in 2028.", "2027", Conflict, "2027 vs 2028"},
		{"rank on the same noun", "Bão số 11 mạnh cấp 12.", "The 12th storm packed winds at level 12.", "Bão số 11", Conflict, "rank 11 vs 12"},
		{"running total to a day", "date 2026-03-10\n\nTừ đầu năm đến ngày 8/3, cả nước ghi nhận 4.215 ca.", "date 2026-03-10\n\nAs of March 8, the country had 4,215 cases.", "Từ đầu năm đến ngày 8/3", Agree, "up to 8 March 2026"},
		{"running total to another day", "date 2026-03-20\n\nTừ đầu năm đến ngày 8/3, cả nước ghi nhận 4.215 ca.", "date 2026-03-20\n\nAs of March 18, the country had 4,215 cases.", "Từ đầu năm đến ngày 8/3", Conflict, "up to 8 March 2026 vs 18 March 2026"},
		{"a weekday on a range's second end is the end's day", "date 2026-03-12\n\nThí sinh đăng ký từ ngày 2/7 đến 17h ngày 14/7.", "date 2026-03-12\n\nCandidates register from July 2 to 5 p.m. on Tuesday, July 14.", "từ ngày 2/7 đến 17h ngày 14/7", Agree, "14 July 2026 is a Tuesday"},
		{"a weekday on a range's second end, edited", "date 2026-03-12\n\nThí sinh đăng ký từ ngày 2/7 đến 17h ngày 14/7.", "date 2026-03-12\n\nCandidates register from July 2 to 5 p.m. on Wednesday, July 14.", "từ ngày 2/7 đến 17h ngày 14/7", Conflict, "14 July 2026 is a Tuesday, not a Wednesday"},
		{"a month against a month, not the year that holds it", "date 2026-10-10\n\nĐây là lần tăng giá điện thứ hai trong năm nay, sau đợt tăng 2,1% hồi tháng 3.", "date 2026-10-10\n\nIt is the second power price rise of the year, after a 2.1% rise in March.", "tháng 3", Agree, "="},
		{"a month against a month, not the year that holds it, edited", "date 2026-10-10\n\nĐây là lần tăng giá điện thứ hai trong năm nay, sau đợt tăng 2,1% hồi tháng 5.", "date 2026-10-10\n\nIt is the second power price rise of the year, after a 2.1% rise in March.", "tháng 5", Conflict, "May 2026 vs March 2026"},
		{"a restated clock against the other zone's", "date 2026-03-22\n\nTên lửa của Ấn Độ rời bệ phóng lúc 10h47 giờ Hà Nội, tức 9h17 giờ Ấn Độ.", "date 2026-03-22\n\nThe Indian rocket lifted off at 9:17 a.m. local time (10:47 a.m. Hanoi time).", "10h47 giờ Hà Nội, tức 9h17 giờ Ấn Độ", Agree, "="},
		{"a restated clock against the other zone's, the restatement edited", "date 2026-03-22\n\nTên lửa của Ấn Độ rời bệ phóng lúc 10h47 giờ Hà Nội, tức 8h17 giờ Ấn Độ.", "date 2026-03-22\n\nThe Indian rocket lifted off at 9:17 a.m. local time (10:47 a.m. Hanoi time).", "10h47 giờ Hà Nội, tức 8h17 giờ Ấn Độ", Conflict, "≠"},
		{"a conversion against the other version's restatement, its scale slipped", "date 2026-03-16\n\nVới một đơn hàng 20 container đi châu Âu, chi phí vận chuyển nay tăng khoảng 24.000 USD, tương đương hơn 630 triệu đồng, bà nói.", "date 2026-03-16\n\nFor an order of 20 containers to Europe, shipping now costs about $24,000 more, or over VND630 billion, she said.", "hơn 630 triệu đồng", Conflict, "630000000 VND vs 630000000000 VND"},
		{"a body's country in brackets against its adjective", "date 2026-11-09\n\nTối 8/11, chuyến bay GA517 của hãng Gaon Air (Nhật Bản) từ Seoul đi Nha Trang phải hạ cánh khẩn cấp.", "date 2026-11-09\n\nA plane of South Korean carrier Gaon Air flying from Seoul to Nha Trang made an emergency landing on Sunday night.", "Nhật Bản", Conflict, "different countries"},
		{"a place's country in brackets is no rival of a body's adjective", "date 2026-11-27\n\nNgày 26/11, Công ty Thạch Lâm Motors khánh thành nhà máy ô tô điện tại bang Gujarat (Ấn Độ).", "date 2026-11-27\n\nVietnamese carmaker Thach Lam Motors on Thursday opened an electric vehicle factory in Gujarat.", "Ấn Độ", OnlyA, "only in"},
		{"a list counted on one side only", "date 2026-06-19\n\nCụ thể, 6 chuyến hạ cánh xuống sân bay Cát Bi (Hải Phòng), 3 chuyến xuống Vân Đồn (Quảng Ninh) và 2 chuyến xuống Thọ Xuân (Thanh Hóa).", "date 2026-06-19\n\nSeven landed at Cat Bi Airport in Hai Phong, three at Van Don in Quang Ninh and two at Tho Xuan in Thanh Hoa.", "6 chuyến", Conflict, "6 trip vs 7 trip"},
		{"a list counted on one side only, agreeing", "date 2026-06-19\n\nCụ thể, 7 chuyến hạ cánh xuống sân bay Cát Bi (Hải Phòng), 3 chuyến xuống Vân Đồn (Quảng Ninh) và 2 chuyến xuống Thọ Xuân (Thanh Hóa).", "date 2026-06-19\n\nSeven landed at Cat Bi Airport in Hai Phong, three at Van Don in Quang Ninh and two at Tho Xuan in Thanh Hoa.", "7 chuyến", Agree, "="},
		{"weekday range", "date 2026-05-04\n\nDịp nghỉ lễ 4 ngày từ thứ Năm (30/4) đến Chủ nhật (3/5), cả nước đón 11,2 triệu lượt khách.", "date 2026-05-04\n\nVietnam served 11.2 million tourists during the four-day holiday from Thursday to Saturday.", "từ thứ Năm (30/4) đến Chủ nhật (3/5)", Conflict, "3 May 2026 is a Sunday, not a Saturday"},
		{"months and quarter", "Trong 3 tháng đầu năm 2026, vốn FDI đạt 12,4 tỷ USD.", "FDI reached US$12.4 billion in the first quarter of 2026.", "3 tháng đầu năm 2026", Agree, "the same months"},
		{"a range of prices in thousands", "Giá vé 200-500k.", "Tickets cost VND200,000-500,000.", "200-500k", Agree, "the currency left out"},
		{"a sum whose currency is left out", "Thanh khoản đạt 22.500 tỷ.", "Liquidity reached VND22.5tn.", "22.500 tỷ", Agree, "the currency left out"},
		{"compact months of a year", "LNST 9T/2026 đạt 9.850 tỷ đồng.", "Net profit for 9M2026 hit VND9.85tn.", "9T/2026", Agree, "="},
		{"compact months of another year", "LNST 9T/2026 đạt 9.850 tỷ đồng.", "Net profit for 9M2025 hit VND9.85tn.", "9T/2026", Conflict, "2025"},
		{"a compact quarter", "Riêng Q3/2026, công ty lãi 3.510 tỷ đồng.", "In the third quarter of 2026 alone it earned VND3.51tn.", "Q3/2026", Agree, "="},
		{"the past hours in shorthand", "date 2026-11-20\n\nLượng mưa 24h qua đạt 250 mm.", "date 2026-11-20\n\nRainfall over the past 24 hours reached 250 mm.", "24h qua", Agree, "="},
		{"a race's time in primes", "Oanh về nhất với 33'45\"12.", "Oanh won in 33:45.12.", "33'45\"12", Agree, "="},
		{"a frequency in events and in times", "Hãng mở đường bay với tần suất 3 chuyến/tuần.", "Flights will run three times a week.", "3 chuyến/tuần", Agree, "="},
		{"a frequency in events and in other times", "Hãng mở đường bay với tần suất 3 chuyến/tuần.", "Flights will run four times a week.", "3 chuyến/tuần", Conflict, "3 trip vs 4 times"},
		{"a fall said by its sign and by a word", "Số vụ tai nạn: 98 (-11%).", "Accidents: 98, down 11%.", "-11%", Agree, "="},
		{"a rise said the wrong way", "Doanh thu quý III tăng 5%.", "Third-quarter revenue fell 5%.", "5%", Conflict, "up vs down"},
		{"a rise by its sign against a fall", "Tỷ lệ hấp thụ: 75% (+6 điểm %).", "Absorption rate: 75%, down 6 p.p.", "6 điểm %", Conflict, "up vs down"},
		{"the first half against the first quarter", "date 2026-10-08\n\nRiêng 6 tháng đầu năm, thị trường đón 7.300 căn.", "date 2026-10-08\n\nThe market took 7,300 units in Q1.", "6 tháng đầu năm", Conflict, "January 2026 to June 2026 vs 2026-Q1"},
		{"the first quarter against the first half", "date 2026-10-08\n\nRiêng quý I, thị trường đón 7.300 căn.", "date 2026-10-08\n\nThe market took 7,300 units in H1.", "quý I", Conflict, "2026-Q1 vs January 2026 to June 2026"},
		{"a year of a span of years is no first months", "Kỷ niệm 80 năm thành lập nhà xuất bản (1946-2026).", "The 80th anniversary of the publisher's founding in 1946.", "1946-2026", OnlyA, "only in the Vietnamese version"},
		{"a day in the middle of its month", "date 2026-04-23\n\nCổ tức sẽ được chi trả vào ngày 15/5.", "date 2026-04-23\n\nPayment is due in mid-May.", "ngày 15/5", Agree, "the mid part of the month"},
		{"a day late in its month is not its middle", "date 2026-04-23\n\nCổ tức sẽ được chi trả vào ngày 25/5.", "date 2026-04-23\n\nPayment is due in mid-May.", "ngày 25/5", OnlyA, "only in the Vietnamese version"},
		{"another part of the same day", "date 2026-12-03\n\nSáng mai (4/12), ông Kivisild hội kiến Thủ tướng.", "date 2026-12-03\n\nKivisild will meet the prime minister on Friday afternoon.", "Sáng mai (4/12)", Conflict, "morning vs afternoon"},
		{"the same part of the same day", "date 2026-12-03\n\nChiều mai (4/12), ông Kivisild hội kiến Thủ tướng.", "date 2026-12-03\n\nKivisild will meet the prime minister on Friday afternoon.", "Chiều mai (4/12)", Agree, "4 December 2026 is a Friday"},
		{"a bound in another part of the day", "date 2027-02-11\n\nSáng 11/2, 97% công nhân đã trở lại làm việc.", "date 2027-02-11\n\nNearly 97 percent of workers had returned by Thursday afternoon.", "Sáng 11/2", Agree, "11 February 2027 is a Thursday"},
		{"a derived multiple against a multiple stated by itself", "Người vi phạm bị phạt 1-2 triệu đồng, tái phạm bị phạt gấp đôi.", "Violators face fines of VND1-2 million, doubled for repeat offenders.", "gấp đôi", Agree, "="},
		{"the day of a decree and the day it takes effect in a merged lead", "date 2027-11-01\n\nLương tối thiểu vùng tăng 6,8%\n\nChính phủ ngày 29/10 ban hành Nghị định 287/2027/NĐ-CP. Nghị định có hiệu lực từ ngày 1/1/2028.", "date 2027-11-01\n\nMinimum wages rise 6.8%\n\nVietnam will raise minimum wages by 6.8% from January 1, 2028, under a decree the government issued on Friday.", "ngày 29/10", Agree, "29 October 2027 is a Friday"},
		{"a weekday of the lead is no day said again", "date 2026-10-20\n\nRa quân diệt lăng quăng\n\nSáng 18/10, Bộ Y tế phát động chiến dịch. Chiến dịch kéo dài 2 tuần, đến hết ngày 2/11.", "date 2026-10-20\n\nVietnam targets mosquito larvae\n\nThe Ministry of Health on Monday launched a two-week campaign.\n\nIt runs until November 2.", "Sáng 18/10", Conflict, "18 October 2026 is a Sunday, not a Monday"},
		{"a lunar day and its Gregorian day", "date 2027-04-10\n\nLễ Giỗ Tổ diễn ra vào mùng 10/3 âm lịch.", "date 2027-04-10\n\nThe commemoration falls on April 16.", "mùng 10/3 âm lịch", Agree, "="},
		{"a lunar day and another Gregorian day", "date 2027-04-10\n\nLễ Giỗ Tổ diễn ra vào mùng 10/3 âm lịch.", "date 2027-04-10\n\nThe commemoration falls on April 17.", "mùng 10/3 âm lịch", Conflict, "16 April 2027 vs 17 April 2027"},
		{"a lunar day in both languages", "date 2026-09-01\n\nTrung thu rơi vào rằm tháng Tám.", "date 2026-09-01\n\nThe festival falls on the 15th day of the eighth lunar month.", "rằm tháng Tám", Agree, "="},
		{"a lunar day and its weekday", "date 2026-11-19\n\nCông nhân đi làm lại từ mùng 6 Tết Đinh Mùi.", "date 2026-11-19\n\nWorkers return on Thursday, the sixth day of the Lunar New Year.", "từ mùng 6 Tết Đinh Mùi", Agree, "11 February 2027 is a Thursday"},
		{"a weekday put on a day, against the day stated in a sentence not aligned", "date 2027-10-06\n\nNgân hàng Nhà nước giảm lãi suất tái cấp vốn 0,5 điểm phần trăm xuống 4%/năm. Tín dụng tăng 11,4% so với cuối năm 2026. Lạm phát ở mức 3,1%. Quyết định có hiệu lực từ ngày 7/10.", "date 2027-10-06\n\nThe State Bank of Vietnam will cut its refinancing rate by 50 basis points to 4% a year, effective Thursday. Credit grew 11.4% from the end of 2026. Inflation stood at 3.1%.", "từ ngày 7/10", Agree, "7 October 2027 is a Thursday"},
		{"a time said again with its unit left out", "Thành tích chỉ kém kỷ lục quốc gia 10 giây 19 đúng 0,06 giây.", "He finished 0.06 seconds outside the national record of 10.19.", "10 giây 19", Agree, "the unit on one side"},
		{"an age is no decimal with its unit left out", "Anh bắt đầu chạy năm 15 tuổi, kỷ lục 10 giây 19.", "He took up running at 15; the record is 10.19.", "15 tuổi", Agree, ""},
		{"months against about years", "Dự án được xây dựng trong 22 tháng.", "The project took about two years to build.", "22 tháng", Agree, "within the stated bounds"},
		{"about months against nearly years", "Dự án được xây dựng trong khoảng 22 tháng.", "The project took nearly two years to build.", "khoảng 22 tháng", Agree, "within the stated bounds"},
		{"months far from about years", "Dự án được xây dựng trong 14 tháng.", "The project took about two years to build.", "14 tháng", Conflict, "14 month vs 24 month"},
		{"a length from the day of writing and a duration", "date 2027-06-21\n\nTôi muốn thi đấu thêm ít nhất ba năm nữa.", "date 2027-06-21\n\nI want to compete for at least three more years.", "ít nhất ba năm nữa", Agree, "at least three more years"},
		{"a length from the day of writing against another duration", "date 2027-06-21\n\nTôi muốn thi đấu thêm ít nhất ba năm nữa.", "date 2027-06-21\n\nI want to compete for at least four more years.", "ít nhất ba năm nữa", Conflict, "3 year vs 4 year"},
		{"a range of days and a length from its first", "date 2028-05-03\n\nSân bay phục vụ 1,2 triệu lượt khách trong 6 ngày từ 27/4 đến 2/5.", "date 2028-05-03\n\nThe airport handled 1.2 million passengers in the six days from April 27.", "từ 27/4 đến 2/5", Agree, "the same days"},
		{"a weekday that is not the day's", "date 2027-04-10\n\nLễ Giỗ Tổ diễn ra sáng 16/4.", "date 2027-04-10\n\nThe ceremony is held on Saturday morning, April 16.", "sáng 16/4", Conflict, "16 April 2027 is a Friday, not a Saturday"},
		{"half of a match", "Việt Nam kiểm soát bóng 58% trong hiệp một.", "Vietnam had 58 per cent of possession in the first half.", "hiệp một", Agree, "hiệp một = first half"},
		{"running total to a month", "Tính đến hết tháng 5.2026, xuất khẩu gạo đạt 3,1 triệu tấn.", "Rice exports reached 3.1 million tonnes in the first five months of 2026.", "đến hết tháng 5.2026", Agree, "from January to the same month"},
		{"running total to another month", "Tính đến hết tháng 6.2026, xuất khẩu gạo đạt 3,1 triệu tấn.", "Rice exports reached 3.1 million tonnes in the first five months of 2026.", "đến hết tháng 6.2026", Conflict, "up to"},
		{"a level of a base and the change from it", "Thu ngân sách bằng 112,4% dự toán.", "Revenue was 12.4 percent above the estimate.", "112,4%", Agree, "112.4% of a base is 12.4% above it"},
		{"a level of a base and a fall from it", "Chi ngân sách bằng 94,7% dự toán.", "Spending fell 5.3% short of the estimate.", "94,7%", Agree, "94.7% of a base is 5.3% below it"},
		{"a level of a base and another change", "Thu ngân sách bằng 112,4% dự toán.", "Revenue was 11.4 percent above the estimate.", "112,4%", Conflict, "112.4% vs 11.4%"},
		{"a level of a base and a rise that would be its fall", "Chi ngân sách bằng 94,7% dự toán.", "Spending rose 5.3% from the estimate.", "94,7%", Conflict, "94.7% vs 5.3%"},
		{"a share whose noun is a list and a part of its whole", "Có 29 trên 34 tỉnh, thành phố vượt dự toán.", "29 of the country's 34 provinces and cities exceeded their estimates.", "29 trên 34 tỉnh, thành phố", Agree, "="},
		{"a one said by the article against another length", "Thu ngân sách 11 tháng vượt dự toán.", "Revenue passes the full-year estimate a month early.", "11 tháng", OnlyA, "only in the Vietnamese version"},
		{"a one said by the article and one", "Thu ngân sách vượt dự toán sớm 1 tháng.", "Revenue passes the full-year estimate a month early.", "1 tháng", Agree, "="},
		{"a one said in words against another length", "Thu ngân sách vượt dự toán sớm 2 tháng.", "Revenue passes the full-year estimate one month early.", "2 tháng", Conflict, "2 month vs 1 month"},
		{"the weekday of a merged lead is the lead's day, not the body's", "date 2027-10-08\n\nNợ thuế tăng\n\nSáng 7/10, Cục Thuế tổ chức hội nghị, theo đó tổng thu đạt 1.486 nghìn tỷ đồng, tăng 12,6%. Số hoàn thuế đạt 98.000 tỷ đồng. Tính đến ngày 30/9, tổng nợ thuế gần 200.000 tỷ đồng, tăng 4,1% so với cuối năm 2026.", "date 2027-10-08\n\nTax arrears rise\n\nUnpaid taxes stood at nearly VND200 trillion at the end of September, up 4.1 percent from the end of last year, according to a report released at a conference on Thursday. Revenue reached VND1,486 trillion, up 12.6 percent. Refunds reached VND98 trillion.", "Sáng 7/10", Agree, "7 October 2027 is a Thursday"},
		{"a day of the body and the end of its month, the lead's weekday paired", "date 2027-10-08\n\nNợ thuế tăng\n\nSáng 7/10, Cục Thuế tổ chức hội nghị, theo đó tổng thu đạt 1.486 nghìn tỷ đồng, tăng 12,6%. Số hoàn thuế đạt 98.000 tỷ đồng. Tính đến ngày 30/9, tổng nợ thuế gần 200.000 tỷ đồng, tăng 4,1% so với cuối năm 2026.", "date 2027-10-08\n\nTax arrears rise\n\nUnpaid taxes stood at nearly VND200 trillion at the end of September, up 4.1 percent from the end of last year, according to a report released at a conference on Thursday. Revenue reached VND1,486 trillion, up 12.6 percent. Refunds reached VND98 trillion.", "đến ngày 30/9", Agree, "the late part of the month"},
		{"a length converted in brackets", "Tâm chấn cách Arequipa khoảng 120 dặm (gần 193 km).", "The quake was centered about 120 miles from Arequipa.", "gần 193 km", OnlyA, "only in the Vietnamese version, a conversion of khoảng 120 dặm"},
		{"a temperature converted in brackets", "Nhiệt độ giảm xuống 28 độ F.", "Temperatures fell to 28 degrees Fahrenheit (minus 2 C).", "28 độ F", Agree, "="},
		{"a magnitude with its head and a magnitude hyphened", "Trận động đất mạnh 7,1 độ xảy ra ở Peru.", "A magnitude-7.1 earthquake struck Peru.", "7,1", Agree, "="},
		{"another magnitude", "Trận động đất mạnh 7,4 độ xảy ra ở Peru.", "A magnitude-7.1 earthquake struck Peru.", "7,4", Conflict, "7.4 magnitude vs 7.1 magnitude"},
		{"a clock time converted to another zone in brackets", "date 2027-08-18\n\nĐộng đất xảy ra lúc 4h27 sáng 17/8 theo giờ địa phương (16h27 cùng ngày theo giờ Hà Nội).", "date 2027-08-18\n\nThe quake struck at 4:27 a.m. local time on Tuesday.", "4h27 sáng 17/8 theo giờ địa phương (16h27 cùng ngày theo giờ Hà Nội)", Agree, "17 August 2027 is a Tuesday"},
		{"percentage points and basis points", "PBOC giảm lãi suất 0,25 điểm phần trăm.", "The PBOC announced a 25-basis-point cut.", "0,25 điểm phần trăm", Agree, "="},
		{"percentage points and other basis points", "PBOC giảm lãi suất 0,5 điểm phần trăm.", "The PBOC announced a 25-basis-point cut.", "0,5 điểm phần trăm", Conflict, "50 basis point vs 25 basis point"},
		{"two conversions of one sum", "Chính phủ dành 5 tỷ lira (khoảng 100 triệu USD) cho cứu trợ.", "The government allocated 5 billion lira ($100 billion) for relief.", "khoảng 100 triệu USD", Conflict, "100000000 USD vs 100000000000 USD"},
		{"a magnitude in degrees", "Dư chấn mạnh nhất là trận 5,4 độ.", "The strongest aftershock was a magnitude-5.4 tremor.", "5,4 độ", Agree, "="},
		{"a measure in another system", "Máy bay hạ độ cao xuống khoảng 3.000 m.", "The plane descended to about 10,000 feet.", "khoảng 3.000 m", Agree, "in another unit"},
		{"a measure in another system, far off", "Máy bay hạ độ cao xuống khoảng 3.000 m.", "The plane descended to about 20,000 feet.", "khoảng 3.000 m", OnlyA, "only in the Vietnamese version"},
		{"a speed in another system", "Bão có sức gió 185 km/h.", "The storm packed winds of 115 mph.", "185 km/h", Agree, "in another unit"},
		{"bounds that meet", "Tỷ lệ tốt nghiệp đạt 98,62%.", "The graduation rate was over 98 percent.", "98,62%", Agree, "within the stated bounds"},
		{"two upper bounds are not a rounding", "Trẻ em dưới 6 tuổi được miễn vé.", "Children under ten travel free.", "dưới 6 tuổi", Conflict, "6 age vs 10"},
		{"the one upper bound of each sentence", "Trẻ em dưới 6 tuổi và người trên 60 tuổi được miễn vé, người trên 60 tuổi đi cùng người thân.", "Children under ten, the elderly and people with disabilities travel free.", "dưới 6 tuổi", Conflict, "6 age vs 10"},
		{"a slip of one keystroke before the nearest value", "Vé tháng giá 300.000 đồng/tháng, còn vé cả ngày là 140.000 đồng.", "Monthly passes cost VND200,000.", "300.000 đồng/tháng", Conflict, "300000 VND vs 200000 VND"},
		{"a scale word slipped beside another figure", "Xuất khẩu thủy sản cả năm đạt 1,36 triệu USD, riêng quý IV đạt 0,4 tỷ USD.", "Seafood exports reached US$1.36 billion for the year.", "1,36 triệu USD", Conflict, "1360000 USD vs 1360000000 USD"},
		{"a scale word slipped from a rounded figure", "Dự án có tổng vốn 3.182 tỷ đồng, trong đó ngân sách 600 tỷ đồng.", "The project costs VND3.18 billion.", "3.182 tỷ đồng", Conflict, "3182000000000 VND vs 3180000000 VND"},
		{"opposite bounds on a figure exact to the unit", "Trẻ em dưới 12 tuổi được tiêm miễn phí.", "Children over 12 get the shot free.", "dưới 12 tuổi", Conflict, "“less than” vs “more than” 12"},
		{"a price per another unit", "Giá dầu 72 USD/thùng.", "Oil traded at $72 a tonne.", "72 USD/thùng", Conflict, "per barrel vs per tonne"},
		{"a price per pound and per kilogram", "Giá cà phê 5,2 USD/kg.", "Coffee sold for $5.2 per pound.", "5,2 USD/kg", Conflict, "per kg vs per lb"},
		{"a share of the population", "Một phần tư dân số sống ở thành phố.", "A third of the population lives in cities.", "Một phần tư", Conflict, "1/4 vs 1/3"},
		{"a figure scaled by a word is precise to its last written digit", "Ngân sách bố trí 12.000 tỷ đồng.", "VND10 trillion comes from the budget.", "12.000 tỷ đồng", Conflict, "12000000000000 VND vs 10000000000000 VND"},
		{"a scaled figure rounds to its written digits", "Vốn đạt 1,52 triệu USD.", "Capital reached US$1.5 million.", "1,52 triệu USD", Agree, "rounded"},
		{"a year is no count, nor the base of a change", "date 2026-02-23\n\nTrong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ 2026, cả nước có 241 người chết vì tai nạn giao thông.", "date 2026-02-23\n\nTraffic accidents killed 241 people during the nine-day Tet holiday, 38 fewer deaths than a year earlier.", "2026", OnlyA, "only in the Vietnamese version"},
		{"a figure half way rounds either way about", "Vốn khoảng 6.550 tỷ đồng.", "Capital of around VND6.5 trillion.", "khoảng 6.550 tỷ đồng", Agree, "rounded"},
		{"past half way is no rounding", "Vốn khoảng 6.560 tỷ đồng.", "Capital of around VND6.5 trillion.", "khoảng 6.560 tỷ đồng", Conflict, "6560000000000 VND vs 6500000000000 VND"},
		{"half way without about is no rounding", "Vốn đạt 6,55 triệu USD.", "Capital reached US$6.5 million.", "6,55 triệu USD", Conflict, "6550000 USD vs 6500000 USD"},
		{"a range of ranks changed", "Gió giật cấp 8-9.", "Gusts reached level 8-10.", "cấp 8-9", Conflict, "ranks 8–9 level vs 8–10 level"},
		{"a range of ranks", "Gió giật cấp 8-9.", "Gusts reached level 8-9.", "cấp 8-9", Agree, "cấp 8-9 = level 8-9"},
		{"a range of lengths of time", "Nghỉ từ 2 đến 3 tuần.", "A break of two to three weeks.", "từ 2 đến 3 tuần", Agree, "= two to three weeks"},
		{"a range of lengths of time changed", "Nghỉ từ 2 đến 3 tuần.", "A break of two to four weeks.", "từ 2 đến 3 tuần", Conflict, "2–3 week vs 2–4 week"},
		{"alternatives said as a range", "Chuyến bay bị hoãn hai hoặc ba ngày.", "The flight was delayed by two or three days.", "hai hoặc ba ngày", Agree, "= two or three days"},
		{"a minimum said as a maximum", "Vị trí quản lý yêu cầu ít nhất 3 năm kinh nghiệm.", "Management positions require at most three years of experience.", "ít nhất 3 năm", Conflict, "“at least” vs “at most” 3 year"},
		{"a maximum said as a minimum", "Nhà máy cần tối đa 500 công nhân.", "The factory needs at least 500 workers.", "tối đa 500 công nhân", Conflict, "“at most” vs “at least” 500"},
		{"opposite bounds on a rounding", "Gần 4,6 triệu hộ đã nhận hỗ trợ.", "More than 4.6 million households have received aid.", "Gần 4,6 triệu hộ", Agree, "qualified differently"},
		{"opposite bounds in sentences that are not aligned", "Hội chợ mở cửa ba ngày. Trẻ em dưới 12 tuổi vào cửa miễn phí. Có 86 gian hàng.", "Entry is free for children over 12. The fair has 86 stalls and runs for three days.", "dưới 12 tuổi", Conflict, "“less than” vs “more than” 12"},
		{"a family name changed beside a name said again", "Lý Hoàng Nam vào chung kết. Ở bán kết, anh thắng tay vợt Oliver Grant của Anh.", "Ly Hoang Nam reached the final. In the semi-final, Nam beat Oliver Bennett of Britain.", "Oliver Grant", Conflict, "different people"},
		{"two people of two names in aligned sentences", "Oliver Grant thắng trận mở màn.", "Daniel Brant won the opening match.", "Oliver Grant", OnlyA, "only in"},
		{"two digits exchanged in sentences that are not aligned", "Nhà kho mới được khánh thành sáng nay. Nhà kho có diện tích 3.715 m2 và 40 nhân viên.", "A new warehouse covering 5,713 square metres opened this morning. It has 40 staff.", "3.715 m2", Conflict, "two digits exchanged"},
		{"a slip in a sentence the other version merged", "Năm nay có 1,2 triệu thí sinh đăng ký, tăng 15.000 em so với năm trước. Tỷ lệ dự thi đạt 98,6%.", "Some 1.2 million students registered, 15,000 more than last year, and 96.6 percent of them sat the exam.", "98,6%", Conflict, "98.6% vs 96.6%"},
		{"units stand for any counted thing", "Quý này có 4.300 căn hộ mở bán.", "Some 4,800 new units came onto the market this quarter.", "4.300 căn hộ", Conflict, "4300 apartment vs 4800 unit"},
		{"two named nouns stay two things", "Quý này có 4.300 căn hộ mở bán.", "Some 4,800 new jobs were created this quarter.", "4.300 căn hộ", OnlyA, "only in"},
		{"opposite bounds on a small round figure", "Gần 60% nguồn cung mới thuộc phân khúc cao cấp.", "More than 60 percent of new supply was high-end.", "Gần 60%", Conflict, "“less than” vs “more than” 60"},
		{"a decimal of three digits with no noun", "Điểm trung bình môn Toán là 6,83 điểm.", "The average maths score was 6.83.", "6,83 điểm", Agree, "="},
		{"a decimal of two digits with no noun", "Phiên bản 2,5 điểm được nâng cấp.", "Version 2.5 was upgraded.", "2,5 điểm", OnlyA, "only in"},
		{"two lower bounds", "Hơn 1.240 hộ dân được sơ tán.", "More than 1,420 households were evacuated.", "Hơn 1.240 hộ dân", Conflict, "1240 household vs 1420 household"},
		{"dead are not missing", "Bão làm 9 người chết, 14 người mất tích.", "The storm killed 14 people and left nine missing.", "9 người chết", Conflict, "9"},
		{"month on month is not year on year", "Doanh thu tăng 6,2% so với tháng trước.", "Revenue rose 8.4 per cent year-on-year.", "6,2%", OnlyA, "only in"},
		{"rate per other unit", "Giá gạo đạt 505 USD/tấn.", "Rice fetched $505 per kilogram.", "505 USD/tấn", Conflict, "per tonne vs per kg"},
		{"a rate of two denominators, one left out", "Thu nhập bình quân 16,8 triệu đồng/người/tháng.", "Workers earn an average of VND16.8 million a month.", "16,8 triệu đồng/người/tháng", Agree, "="},
		{"a rate of two denominators, one changed", "Giá thuê 20.000 đồng/kg/ngày.", "Storage costs 20,000 dong per tonne a day.", "20.000 đồng/kg/ngày", Conflict, "per kg/day vs per tonne/day"},
		{"a place across the line is no place in a streak", "Hồng Nhung về đích đầu tiên sau 2 giờ 47 phút 03 giây.", "Hong Nhung won her third consecutive title in 2:47:03.", "đầu tiên", OnlyA, "only in"},
		{"a place in a streak in a sentence merged", "Hồng Nhung về đích đầu tiên sau 2 giờ 47 phút 03 giây. Đây là lần thứ ba liên tiếp chị vô địch giải.", "Hong Nhung won her third consecutive title in 2:47:03.", "lần thứ ba liên tiếp", Agree, "= third consecutive"},
		{"places in a streak", "Đây là năm thứ ba liên tiếp chị vô địch.", "It was her fourth consecutive title.", "năm thứ ba liên tiếp", Conflict, "rank 3"},
		{"a race's time in words and in digits", "Anh về nhất với thời gian 2 giờ 21 phút 4 giây.", "He won in 2:21:04.", "2 giờ 21 phút 4 giây", Agree, "= 2:21:04"},
		{"a race's time edited", "Anh về nhất với thời gian 2 giờ 21 phút 4 giây.", "He won in 2:21:40.", "2 giờ 21 phút 4 giây", Conflict, "8464 second vs 8500 second"},
		{"a race's time against a rounded length", "Chị về nhì sau 1 giờ 9 phút 48 giây.", "She was second in just under 1 hour 10 minutes.", "1 giờ 9 phút 48 giây", Agree, "rounded"},
		{"rates of other figures per other units", "Giá gạo đạt 505 USD/tấn.", "Rice fetched $0.5 per kilogram.", "505 USD/tấn", OnlyA, "only in"},
		{"bounds reach one unit of the last digit", "Có 610.382 thí sinh dự thi.", "Nearly 810,400 candidates sat the exam.", "610.382 thí sinh", Conflict, "610382"},
		{"another region", "Khách đến Việt Nam từ Nhật Bản đạt 1,2 triệu lượt.", "Visitors from South Korea numbered 2.1 million.", "1,2 triệu", OnlyA, "only in"},
		{"a time with no day", "Bão đổ bộ lúc 14h30 chiều 7/9.", "The storm made landfall at 2:30 p.m.", "14h30 chiều 7/9", Agree, "="},
		{"another time with no day", "Bão đổ bộ lúc 14h30 chiều 7/9.", "The storm made landfall at 4:30 p.m.", "14h30 chiều 7/9", Conflict, "≠"},
		{"a month in words", "date 2026-07-10\n\nTrong tháng 5, lượng khách quốc tế đạt 1,6 triệu lượt.", "date 2026-07-10\n\nInternational arrivals reached 1.6 million in June.", "tháng 5", Conflict, "May 2026 vs June 2026"},
		{"a quarter in words", "date 2026-07-10\n\nTrong quý II, lượng khách quốc tế đạt 4,6 triệu lượt.", "date 2026-07-10\n\nInternational arrivals reached 4.6 million in the first quarter.", "quý II", Conflict, "2026-Q2 vs 2026-Q1"},
		{"the first months in words", "date 2026-07-10\n\nTrong 6 tháng đầu năm, lượng khách quốc tế đạt 9,6 triệu lượt.", "date 2026-07-10\n\nArrivals reached 9.6 million in the first five months of the year.", "6 tháng đầu năm", Conflict, "January 2026–June 2026 vs January 2026–May 2026"},
		{"a half in words", "date 2026-07-10\n\nTrong nửa đầu năm, lượng khách quốc tế đạt 9,6 triệu lượt.", "date 2026-07-10\n\nArrivals reached 9.6 million in the second half of the year.", "nửa đầu năm", Conflict, "≠"},
		{"the same month in words", "date 2026-07-10\n\nTrong tháng 5, lượng khách quốc tế đạt 1,6 triệu lượt.", "date 2026-07-10\n\nInternational arrivals reached 1.6 million in May.", "tháng 5", Agree, "="},
		{"a month counted from the day written", "date 2026-07-10\n\nTháng trước, lượng khách quốc tế đạt 1,6 triệu lượt.", "date 2026-07-10\n\nInternational arrivals reached 1.6 million in May.", "Tháng trước", OnlyA, "only in"},
		{"a month that takes the year of the next", "date 2026-07-10\n\nGiá điện tăng vào tháng 3/2025 và tháng 11/2025.", "date 2026-07-10\n\nPower prices rose in March and November last year.", "tháng 3/2025", Agree, "="},
		{"one side only", "Singapore có 4.400 dự án và 120 nhà máy.", "Singapore has 4,400 projects.", "120 nhà máy", OnlyA, "only in"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := compareFact(t, tc.vi, tc.en, tc.fact, false)
			assert.Equal(t, tc.status, found.Status, "why: %s", found.Why)
			assert.Contains(t, found.Why, tc.why)
		})
	}
}

// TestRangeEndScaleEdited checks that a figure with a scale word of its
// own is no end of a range said without the scale its ends share: the
// scale was edited.
func TestRangeEndScaleEdited(t *testing.T) {
	f := compareFact(t, "Vốn điều lệ tăng từ 1.200 tỷ đồng lên 1.440 tỷ đồng.", "Its charter capital rose from VND1.2 trillion to VND1.44 billion.", "VND1.44 billion", true)
	assert.Equal(t, Conflict, f.Status, f.Why)
	assert.Contains(t, f.Why, "(the upper end)")
}

// TestFactsFarApart checks facts paired in sentences the alignment does
// not pair: a clock time alone with the clock of a dated time whose day
// already agrees with a weekday of the clock's version (sameClockFar),
// but not with another clock; a measure with the one measure in a unit
// of another system (agreeAcrossSystems: the surge of the Vietnamese
// third sentence is in the English lead; without the step it is on one
// side).
func TestFactsFarApart(t *testing.T) {
	const (
		handoverVI = "date 2026-11-28\n\nLúc 8h30 sáng 28/11, tỉnh Nghệ An tổ chức lễ bàn giao nhà cho các hộ nghèo. Có 120 hộ được nhận nhà mới. Mỗi hộ được hỗ trợ 60 triệu đồng."
		handoverEN = "date 2026-11-28\n\nNghe An handed over new homes to poor households on Saturday. A total of 120 households received homes. Each got VND60 million, an official told the ceremony, which began at %s."
	)
	for _, tc := range []struct {
		name, vi, en, text string
		sideB              bool
		status             Status
		why                string // a piece of the reason
	}{
		{"a clock far from its weekday", handoverVI, fmt.Sprintf(handoverEN, "8:30 a.m."), "8:30 a.m.", true, Agree, "in sentences that are not aligned"},
		{"another clock far from the weekday", handoverVI, fmt.Sprintf(handoverEN, "9:30 a.m."), "9:30 a.m.", true, OnlyB, ""},
		{"a measure of another system elsewhere",
			"date 2026-09-03\n\nSáng 3/9, bão Paulette đổ bộ vào bang Louisiana, làm 6 người chết. Mưa lớn gây ngập 12 giáo xứ. Nước dâng do bão cao 4,3 m ở vùng ven vịnh, khiến 40.000 hộ mất điện.",
			"date 2026-09-03\n\nHurricane Paulette killed six people when it hit Louisiana on Thursday with a storm surge of 14 feet. Heavy rain flooded 12 parishes and left 40,000 homes without power.",
			"4,3 m", false, Agree, "in another unit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := compareFact(t, tc.vi, tc.en, tc.text, tc.sideB)
			assert.Equal(t, tc.status, f.Status, f.Why)
			assert.Contains(t, f.Why, tc.why)
		})
	}
}

// compareFact compares vi with en and returns the first fact whose item
// of A (of B, with sideB) reads text; it fails the test when none does.
func compareFact(t *testing.T, vi, en, text string, sideB bool) *Fact {
	t.Helper()
	r, err := Compare(Document{Text: vi, Lang: language.Vietnamese}, Document{Text: en, Lang: language.English})
	require.NoError(t, err)
	for i, f := range r.Facts {
		it := f.A
		if sideB {
			it = f.B
		}
		if it != nil && it.Text() == text {
			return &r.Facts[i]
		}
	}
	require.FailNow(t, "no fact", "no fact for %q in\n%s", text, dumpFacts(r))
	return nil
}

func dumpFacts(r *Report) string {
	var b strings.Builder
	for _, f := range r.Facts {
		b.WriteString(f.Status.String() + " " + f.Why + "\n")
	}
	return b.String()
}

func TestCompareErrors(t *testing.T) {
	ok := Document{Text: "Singapore có 4.400 dự án."}
	for _, tc := range []struct {
		name string
		a, b Document
		want error
		msg  string
	}{
		{"unsupported language", ok, Document{Text: "Singapour compte 4 400 projets.", Lang: language.French}, numbers.ErrLanguage,
			`align: document b: unsupported language "fr" (supported: vi, en)`},
		{"empty a", Document{Text: "  \n", Name: "x.vi.txt"}, ok, ErrEmpty, "align: document a (x.vi.txt): empty document"},
		{"invalid b", ok, Document{Text: "a\xffb"}, ErrEncoding, "align: document b: document is not valid UTF-8"},
		{"header only", Document{Text: "date 2026-01-30\n"}, ok, ErrEmpty, "align: document a: empty document"},
		{"too large", ok, Document{Text: strings.Repeat("Singapore has 4,400 projects. ", DefaultMaxSize/30+1)}, ErrTooLarge,
			"align: document b: document too large: 8388630 bytes, the limit is 8388608 (WithMaxSize lifts it)"},
		{"a date line that is no date", Document{Text: "date 2026-13-45\n\nSingapore có 4.400 dự án."}, ok, ErrHeader,
			"align: document a: the date line is not a date (want date YYYY-MM-DD)"},
		{"a date line of year 0", Document{Text: "date 0000-01-10\n\nSingapore có 4.400 dự án."}, ok, ErrHeader,
			"align: document a: the date line is not a date (want date YYYY-MM-DD)"},
		{"a date line with a slash", ok, Document{Text: "date 30/1/2026\n\nSingapore has 4,400 projects."}, ErrHeader,
			"align: document b: the date line is not a date (want date YYYY-MM-DD)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Compare(tc.a, tc.b)
			assert.Nil(t, r)
			assert.ErrorIs(t, err, tc.want)
			assert.EqualError(t, err, tc.msg)
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	for text, want := range map[string]language.Tag{
		"Năm 2025, Đà Nẵng đón 4.400 tàu du lịch.":       language.Vietnamese,
		"In 2025, Đà Nẵng welcomed 4,600 cruise ships.":  language.English,
		"Tổng Bí thư Tô Lâm điện đàm với Thủ tướng Wong": language.Vietnamese,
		"Party General Secretary Tô Lâm spoke to Wong.":  language.English,
		"": language.English,
	} {
		assert.Equal(t, want, DetectLanguage(text), "%q", text)
	}
}

// TestEnglishWords checks that countWords looks up every word of
// englishWords: none is longer than maxEnglishWord letters, and each is
// in lower case, as looked up.
func TestEnglishWords(t *testing.T) {
	for w := range englishWords {
		assert.LessOrEqual(t, utf8.RuneCountInString(w), maxEnglishWord, "%q", w)
		assert.Equal(t, strings.ToLower(w), w)
	}
	_, _, english := countWords("The THEIR their Which whichever, said")
	assert.Equal(t, 5, english)
}

func TestSuppressions(t *testing.T) {
	sup, err := ParseSuppressions(strings.NewReader("# reviewed\nmoney 9000000000\n\nentity text \"Malaysia\"\ndate 2026-01-31\n"))
	require.NoError(t, err)
	assert.Equal(t, []Suppression{{Kind: "money", Value: "9000000000", Line: 2}, {Kind: "entity", Text: "Malaysia", Line: 4}, {Kind: "date", Value: "2026-01-31", Line: 5}}, sup)
	for _, bad := range []string{"money", "text Malaysia", `text ""`, "money 1 2"} {
		_, err := ParseSuppressions(strings.NewReader(bad))
		assert.ErrorContains(t, err, "align: suppressions:1:", "%q", bad)
	}
	vi := Document{Text: "Tổng vốn đạt 90 tỷ USD.", Lang: language.Vietnamese}
	en := Document{Text: "Total capital is US$9 billion.", Lang: language.English}
	r, err := Compare(vi, en, WithSuppressions(sup...))
	require.NoError(t, err)
	assert.Empty(t, r.Conflicts())
	assert.Equal(t, 1, r.Summary.Suppressed)
	assert.Equal(t, 0, r.Summary.Conflict)
	// The other two lines matched nothing: they are reported, by line.
	assert.Equal(t, []Suppression{sup[1], sup[2]}, r.Unused)

	// A kind with a slip says which kinds there are.
	_, err = ParseSuppressions(strings.NewReader("numbr 1032"))
	assert.ErrorContains(t, err, `align: suppressions:1: "numbr" is not a kind (kinds are date, daterange, duration, entity, money, number, ordinal, percent, percentpoint`)

	// A figure may be written as either version writes it.
	vi = Document{Text: "Có 1.032 dự án.", Lang: language.Vietnamese}
	en = Document{Text: "There were 1,302 projects.", Lang: language.English}
	for _, line := range []string{"number 1032", "number 1.032", "number 1,302"} {
		sup, err := ParseSuppressions(strings.NewReader(line))
		require.NoError(t, err)
		r, err := Compare(vi, en, WithSuppressions(sup...))
		require.NoError(t, err)
		assert.Equal(t, 1, r.Summary.Suppressed, line)
		assert.Empty(t, r.Unused, line)
	}
}

func TestWithKinds(t *testing.T) {
	vi := Document{Text: "Singapore có 4.400 dự án, vốn 90 tỷ USD.", Lang: language.Vietnamese}
	en := Document{Text: "Singapore has 4,400 projects worth US$9 billion.", Lang: language.English}
	r, err := Compare(vi, en, WithKinds("number"))
	require.NoError(t, err)
	for _, f := range r.Facts {
		assert.Equal(t, "number", f.Kind)
	}
	assert.Empty(t, r.Conflicts())
}

func TestWithTolerance(t *testing.T) {
	vi := Document{Text: "Sản lượng đạt 1,52 triệu tấn.", Lang: language.Vietnamese}
	en := Document{Text: "Output reached 1.53 million tonnes.", Lang: language.English}
	r, err := Compare(vi, en)
	require.NoError(t, err)
	assert.Len(t, r.Conflicts(), 1)
	r, err = Compare(vi, en, WithTolerance(0.02))
	require.NoError(t, err)
	assert.Empty(t, r.Conflicts())
}

// TestReportGolden writes the text report of every article pair of
// testdata/pairs and compares it with report.golden; -update-reports
// rewrites them.
func TestReportGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "pairs", "*", "vi.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	for _, viPath := range dirs {
		dir := filepath.Dir(viPath)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			vi, err := os.ReadFile(viPath)
			require.NoError(t, err)
			en, err := os.ReadFile(filepath.Join(dir, "en.txt"))
			require.NoError(t, err)
			r, err := Compare(Document{Text: string(vi), Name: "vi.txt"}, Document{Text: string(en), Name: "en.txt"})
			require.NoError(t, err)
			var got bytes.Buffer
			require.NoError(t, r.WriteText(&got))
			golden := filepath.Join(dir, "report.golden")
			if *updateReports {
				require.NoError(t, os.WriteFile(golden, got.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./align -run TestReportGolden -update-reports")
			assert.Equal(t, string(want), got.String())
		})
	}
}

// TestCrowdedSentence checks that a sentence with more figures than
// Compare reads is compared on its first MaxFactsPerSentence figures and
// listed as crowded in the report and its writers, whichever side it is.
func TestCrowdedSentence(t *testing.T) {
	// Up to extractCap figures a sentence are extracted and counted; beyond
	// it they are counted only (boundCrowded): the report is the same.
	for _, n := range []int{MaxFactsPerSentence + 50, 10 * extractCap} {
		crowd := "Các mã số " + strings.TrimSpace(strings.Repeat("7 ", n)) + "."
		for _, swap := range []bool{false, true} {
			t.Run(fmt.Sprintf("figures=%d/swap=%v", n, swap), func(t *testing.T) {
				a, b := Document{Text: crowd, Lang: language.Vietnamese}, Document{Text: "The codes are 7 and 7.", Lang: language.English}
				if swap {
					a, b = b, a
				}
				r, err := Compare(a, b)
				require.NoError(t, err)
				side, other := &r.A, &r.B
				if swap {
					side, other = other, side
				}
				require.Equal(t, []Crowded{{Sentence: 0, Figures: n}}, side.Crowded)
				assert.Empty(t, other.Crowded)
				assert.LessOrEqual(t, len(r.Facts), MaxFactsPerSentence+2, "the facts of the first figures and of the other side")
				var text, js bytes.Buffer
				require.NoError(t, r.WriteText(&text))
				assert.Contains(t, text.String(), fmt.Sprintf("sentence 1 holds %d figures; only the first 200 of each were compared", n))
				require.NoError(t, r.WriteJSON(&js))
				assert.Contains(t, js.String(), fmt.Sprintf(`"crowded":[{"sentence":0,"figures":%d,"names":0}]`, n))
			})
		}
	}
}

func TestBoundCrowded(t *testing.T) {
	many := strings.Repeat("4.400 và 1,5 ", extractCap) // two figures each
	tests := []struct {
		name, text string
		counted    int // figures counted in the cut sentence, 0 when not cut
	}{
		{"few figures", "Có 4.400 dự án và 1,5 tỷ USD.", 0},
		{"a dotted run is one", strings.Repeat("1.", 5*extractCap) + "1", 0},
		{"at the cap", strings.Repeat("7 ", extractCap), 0},
		{"over the cap", many, 2 * extractCap},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := []Sentence{{Start: 0, End: len(tt.text), Text: tt.text}}
			got, counted := boundCrowded(tt.text, ss)
			require.Len(t, got, len(tt.text), "offsets hold")
			if tt.counted == 0 {
				assert.Equal(t, tt.text, got)
				assert.Nil(t, counted)
				return
			}
			assert.Equal(t, []int{tt.counted}, counted)
			kept := strings.TrimRight(got, " ")
			assert.True(t, strings.HasPrefix(tt.text, kept), "the start is kept as it is")
			n, _ := figureRuns(kept, 0)
			assert.Equal(t, extractCap, n, "the first extractCap figures are kept")
		})
	}
}

func TestScaleSlip(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"2,14 tỷ USD", "2,14 triệu USD", true},
		{"2.436 tỷ đồng", "2,44 triệu tỷ đồng", true},  // the rounding has three digits
		{"2.400 tỷ đồng", "2,44 triệu tỷ đồng", false}, // "2.4" is no rounding of 2.44
		{"1 tỷ USD", "1 triệu USD", false},             // one digit: two figures as likely as a slip
		{"2,14 tỷ USD", "2,14 tỷ USD", false},          // the same value
		{"21,4 triệu USD", "2,14 triệu USD", false},    // a factor of ten is no scale word
		{"35 nghìn tỷ đồng", "35 triệu đồng", true},    // two scales apart
	} {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			a := numbers.Extract(tc.a, language.Vietnamese)
			b := numbers.Extract(tc.b, language.Vietnamese)
			require.Len(t, a, 1)
			require.Len(t, b, 1)
			assert.Equal(t, tc.want, scaleSlip(&a[0], &b[0]))
			assert.Equal(t, tc.want, scaleSlip(&b[0], &a[0]), "the mirror")
		})
	}
}

func TestDigitsExchanged(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"412", "214", true},
		{"3715", "5713", true},
		{"42", "24", false},   // two digits: any two figures
		{"412", "421", true},  // neighbours too
		{"412", "412", false}, // the same
		{"4120", "2140", true},
		{"412", "213", false}, // two digits changed
		{"1234", "4321", false},
	} {
		assert.Equal(t, tc.want, digitsExchanged(tc.a, tc.b), "%s %s", tc.a, tc.b)
	}
}

func TestShareName(t *testing.T) {
	person := func(key string) *entities.Entity { return &entities.Entity{Type: entities.Person, Key: key} }
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"person:liam-carter", "person:liam-porter", true},          // one name changed
		{"person:margaret-mead", "person:maragret-mead", false},     // a misspelling
		{"person:john-bond", "person:jogn-bond", false},             // a keystroke
		{"person:notre-dame", "person:notre-dame-cathedral", false}, // a longer name
		{"person:blaise-aguera-y-arcas", "person:blaise-aguera", false},
		{"person:liam-carter", "person:noah-porter", false}, // two names changed
	} {
		assert.Equal(t, tc.want, shareName(person(tc.a), person(tc.b)), "%s %s", tc.a, tc.b)
	}
}
