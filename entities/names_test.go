package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/entities"
)

// TestGivenNames is the tuning set for given names written with no cue
// word and no family name ("Hùng Dũng chuyền dài"), and for the
// capitalised words that must not be taken for them. The held-out cases
// of the same class are in testdata/heldout-names.txt.
func TestGivenNames(t *testing.T) {
	tests := []struct {
		name, lang, text, want string
	}{
		// Given names alone: the subject of a verb of action, next to
		// another person, or after a word that points to a person.
		{"verb after", "vi", "Hùng Dũng chuyền dài cho Tiến Linh ở phút 12.", "Hùng Dũng=person:hung-dung ; Tiến Linh=person:tien-linh"},
		{"after a comma", "vi", "Phút 75, Văn Hậu băng xuống và căng ngang.", "Văn Hậu=person:van-hau"},
		{"of a pass", "vi", "Đội khách bó tay trước đường chuyền của Quang Hải.", "Quang Hải=person:quang-hai"},
		{"short form of a full name", "vi", "Đỗ Hùng Dũng đeo băng đội trưởng. Sau giờ nghỉ, Hùng Dũng đá phạt vào vòng cấm.", "Đỗ Hùng Dũng=person:do-hung-dung ; Hùng Dũng=person:do-hung-dung"},
		{"a list of players", "vi", "Hoàng Đức, Văn Toàn và Xuân Mạnh phối hợp ăn ý ở hàng công.", "Hoàng Đức=person:hoang-duc ; Văn Toàn=person:van-toan ; Xuân Mạnh=person:xuan-manh"},
		{"cue word elsewhere", "vi", "Tiền vệ Văn Toàn vào sân; chỉ 5 phút sau Văn Toàn đã ghi bàn.", "Văn Toàn=person:van-toan ; Văn Toàn=person:van-toan"},
		{"adverb before the verb", "vi", "Trong hiệp hai, Tuấn Anh liên tục sút xa.", "Tuấn Anh=person:tuan-anh"},
		{"opening word dropped", "vi", "Nhờ Hùng Dũng cản phá, đội nhà giữ sạch lưới.", "Hùng Dũng=person:hung-dung"},
		// A name before a comma is no list: no evidence for Hùng Dũng.
		{"no evidence", "vi", "Sau Hùng Dũng, Quang Hải cũng nhận thẻ vàng.", "Quang Hải=person:quang-hai"},
		{"singers", "vi", "Ca sĩ Mỹ Tâm và Đức Phúc hát mở màn.", "Mỹ Tâm=person:my-tam ; Đức Phúc=person:duc-phuc"},
		{"a teammate", "vi", "Ở trận còn lại, đồng đội Thu Vân thua ngay ván đầu.", "Thu Vân=person:thu-van"},
		{"knocked out", "vi", "Hạt giống số 4 Minh Quân dừng bước ở tứ kết.", "Minh Quân=person:minh-quan"},
		{"english verb", "en", "Minutes later Quang Hai struck the bar.", "Quang Hai=person:quang-hai"},
		{"english pair", "en", "Quang Hai scored and Van Hau celebrated with the fans.", "Quang Hai=person:quang-hai ; Van Hau=person:van-hau"},
		{"english short form", "en", "Do Hung Dung took the corner, and Hung Dung then ran back.", "Do Hung Dung=person:do-hung-dung ; Hung Dung=person:do-hung-dung"},

		// Capitalised words that are no given names.
		{"opening word and place", "vi", "Tại Hà Nội, trời rét đậm.", "Hà Nội=place:ha-noi"},
		{"titles", "vi", "Thủ tướng chủ trì cuộc họp với Tổng Giám đốc các tập đoàn.", "Thủ tướng=title:prime-minister ; Tổng Giám đốc=title:director-general"},
		{"weekday and month", "vi", "Trận đấu diễn ra vào Chủ Nhật, ngày 8 tháng Giêng.", ""},
		{"weekday opening", "vi", "Thứ Bảy này, giải khởi tranh và kéo dài tới tháng Mười Hai.", ""},
		{"holiday", "vi", "Tết Nguyên Đán năm nay rơi vào giữa tháng Hai.", ""},
		{"title case headline", "vi", "Tuyển Việt Nam Thắng Đậm Trên Sân Nhà", "Việt Nam=country:VN"},
		{"credit in capitals", "vi", "Mưa kéo dài. Bài và ảnh: MINH ĐỨC", ""},
		{"dateline", "vi", "HÀ NỘI — Mưa lớn gây ngập nhiều tuyến phố.", ""},
		{"list of places", "vi", "Các chuyến bay tới Cát Bi, Liên Khương bị hủy.", ""},
		{"destination", "vi", "Du khách đổ về Tam Cốc ngắm lúa chín.", ""},
		{"region", "vi", "Mùa này, Tây Nguyên đón nhiều du khách.", "Tây Nguyên=place:central-highlands"},
		{"common noun capitalised", "vi", "Mặt Trời mọc lúc 6 giờ và Trái Đất ấm dần.", ""},
		{"ship", "vi", "Tàu Hải Đăng 08 cập cảng lúc 9 giờ.", ""},
		{"organisation", "vi", "Bộ Y tế cho biết số ca bệnh giảm.", "Bộ Y tế=org:moh"},
		{"english place", "en", "Fans in Long Bien watched the match on big screens.", "Long Bien=place:long-bien"},
		{"english headline", "en", "Vietnam Beat Indonesia To Reach The Final", "Vietnam=country:VN ; Indonesia=country:ID"},
		{"a league", "en", "Hanoi lead the V-League, and Ulsan the K-League.", "Hanoi=place:ha-noi ; Ulsan=place:ulsan"},
		{"a league in Vietnamese", "vi", "Hà Nội dẫn đầu V-League 2026.", "Hà Nội=place:ha-noi"},
		{"korean given names", "en", "Former president Moon Jae-in spoke.", "Moon Jae-in=person:moon-jae-in"},
		{"a peak opening a sentence", "vi", "Đỉnh Mẫu Sơn phủ băng.", "Mẫu Sơn=place:mau-son"},
		{"a CLDR name with its head in lower case", "vi", "Du thuyền treo cờ quần đảo Cayman.", "quần đảo Cayman=country:KY"},
		{"a peak in English", "en", "Frost formed on Mau Son Peak.", "Mau Son=place:mau-son"},
		{"a political word before a family name", "en", "Leftist Albuquerque wins the runoff.", ""},
		{"a local body after a place in the possessive", "en", "Hung Yen Province's health department said.", "Hung Yen Province's health department=org:hung-yen-doh"},
		{"a deputy of a portfolio in lower case", "en", "Vice agriculture minister Kenji Murakawa said.", "Vice agriculture minister=title:deputy-minister ; Kenji Murakawa=person:kenji-murakawa+title:deputy-minister"},
		{"korean family name that is an english word", "en", "Coach Park Ji-sung praised the team.", "Park Ji-sung=person:park-ji-sung"},
		{"no korean name", "en", "Visitors filled the Park on Sunday.", ""},
		{"a body's first word after a title", "en", "Le Van Hoa, vice chairman of the Vietnam Seafood Exporters and Producers Association, spoke.", "Le Van Hoa=person:le-van-hoa+title:vice-chairman ; vice chairman=title:vice-chairman ; Vietnam=country:VN ; Seafood Exporters and Producers Association=org:seafood-exporters-and-producers-association"},
		{"a regnal number", "en", "King Charles III visited Hanoi.", "King=title:king ; Charles III=person:charles-iii+title:king ; Hanoi=place:ha-noi"},
		{"a regnal number in Vietnamese", "vi", "Giáo hoàng Leo XIV cầu nguyện.", "Giáo hoàng=title:pope ; Leo XIV=person:leo-xiv+title:pope"},
		{"a name suffix", "en", "Martin Luther King Jr. spoke in 1963.", "Martin Luther King Jr=person:martin-luther-king-jr"},
		{"ferries", "en", "It replaces the Binh Khanh ferry.", "Binh Khanh=place:binh-khanh"},
		{"ferries in Vietnamese", "vi", "Cầu thay thế phà Cát Lái.", "Cát Lái=place:cat-lai"},
		{"a company in its own words", "en", "Contractors include Song Da Construction Corporation.", "Song Da Construction Corporation=org:song-da-construction-corporation"},
		{"a body's short name in parentheses", "en", "Le Van Hoa, chairman of the Cashew Association (Vinacas), spoke.", "Le Van Hoa=person:le-van-hoa+title:chairman ; chairman=title:chairman ; Cashew Association=org:vinacas ; Vinacas=org:vinacas"},
		{"a body's short name in Vietnamese", "vi", "Theo Hiệp hội Cà phê - Ca cao Việt Nam (Vicofa), giá tăng.", "Hiệp hội Cà phê - Ca cao Việt Nam=org:vicofa ; Vicofa=org:vicofa"},
		{"a short name said again", "vi", "Hiệp hội Thép Việt Nam (Vsa) họp. Vsa cho biết.", "Hiệp hội Thép Việt Nam=org:vsa ; Vsa=org:vsa ; Vsa=org:vsa"},
		{"a port opening a sentence", "vi", "Cảng Lạch Huyện đón tàu.", "Lạch Huyện=place:lach-huyen"},
		{"a river opening a sentence", "vi", "Sông Cái Mép chảy.", "Cái Mép=place:cai-mep"},
		{"a surname that is a place word opens a name", "vi", "Hồ Văn Cường nói.", "Hồ Văn Cường=person:ho-van-cuong"},
		{"a port after its name", "en", "Cargo through Cai Mep port rose.", "Cai Mep=place:cai-mep"},
		{"a city written as it is, not a body the table writes with diacritics", "vi", "Ông nói Nha Trang có 47 khách sạn.", "Nha Trang=place:nha-trang"},
		{"the body with its diacritics", "vi", "Ông nói Nhà Trắng đã họp.", "Nhà Trắng=org:white-house"},
		{"a place without diacritics in a text without them", "vi", "Ong noi Nha Trang va Ha Noi dong.", "Nha Trang=place:nha-trang ; Ha Noi=place:ha-noi"},
		{"a company closed by Co., Ltd.", "en", "The coach, owned by Phuoc Thinh Transport Co., Ltd., was running.", "Phuoc Thinh Transport Co=org:phuoc-thinh-transport-co"},
		{"people named by their country", "en", "South Koreans made up about a third.", "South Koreans=country:KR (adj)"},
		{"a city of the table", "en", "It ran from Buon Ma Thuot to Nha Trang.", "Buon Ma Thuot=place:buon-ma-thuot ; Nha Trang=place:nha-trang"},
		{"academic degrees joined by a point are no body", "vi", "GS.TS Nguyễn Thị Lan, 58 tuổi, nói.", "Nguyễn Thị Lan=person:nguyen-thi-lan"},
		{"an airport's words before a name", "vi", "Ông Thắng: Cảng hàng không quốc tế Vân Đồn đã phục vụ khách.", "Thắng=person:thang ; Vân Đồn=place:van-don"},
		{"a city of Quảng Ninh", "vi", "Nhiều mỏ than ở Hạ Long và Cẩm Phả đã đóng cửa.", "Hạ Long=place:ha-long ; Cẩm Phả=place:cam-pha"},
		{"a bank by its legal form and short name", "vi", "Ngân hàng TMCP Kỹ thương Việt Nam (Techcombank) công bố.", "Ngân hàng TMCP Kỹ thương Việt Nam=org:techcombank ; Techcombank=org:techcombank"},
		{"a descriptor between a place word and the name", "vi", "Chung kết diễn ra trên sân vận động Quốc gia Mỹ Đình.", "Mỹ Đình=place:my-dinh"},
		{"national between the name and the place word", "en", "The final was held at My Dinh National Stadium.", "My Dinh=place:my-dinh"},
		{"a place abroad by its Vietnamese name is no English form", "en", "The swimmer Anh Vien won in 7:28.50.", ""},
		{"a reporter's label is no body", "vi", "PV: Năm nay tỉnh đón bao nhiêu khách?", ""},
		{"a place in parentheses defines nothing", "vi", "Sở Công Thương (Hà Nội) họp.", "Sở Công Thương=org:doit ; Hà Nội=place:ha-noi"},
	}
	pass := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entities.Extract(tt.text, tag(tt.lang))
			checkInvariants(t, tt.text, got)
			if assert.Equal(t, tt.want, dump(got), "Extract(%q)", tt.text) {
				pass++
			}
		})
	}
	t.Logf("tuning set: %d of %d pass", pass, len(tests))
}

// TestGivenNamesMatch checks that given names found with no cue word
// match the English full name and the English given names of the same
// person, and not another person's.
func TestGivenNamesMatch(t *testing.T) {
	tests := []matchCase{
		{"Hùng Dũng chuyền dài", "captain Do Hung Dung", true},
		{"Hùng Dũng chuyền dài", "Hung Dung passed", true},
		{"Hùng Dũng chuyền dài", "Quang Hai passed", false},
		{"Hùng Dũng chuyền dài", "Do Hung Cuong passed", false},
		{"Quang Hải sút", "Nguyen Quang Hai", true},
		{"Phút 80, Văn Hậu băng xuống", "Doan Van Hau", true},
		{"Tuấn Hải ghi bàn", "Pham Tuan Hai", true},
		{"Tuấn Hải ghi bàn", "Nguyen Tuan Anh", false},
	}
	checkMatches(t, tests, 0)
}

// TestBodyAfterTitle checks that the name of a body after a title is not
// taken for a person ("Phó Chủ tịch Hiệp hội Cà phê"), while a given name
// alone after a title still is.
func TestBodyAfterTitle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Phó Chủ tịch Hiệp hội Thủy sản Lê Minh Tâm cho biết.", "Lê Minh Tâm"},
		{"Chủ tịch Hội Nông dân tỉnh phát biểu khai mạc.", ""},
		{"Chủ tịch Liên đoàn Quần vợt Việt Nam trao cúp.", ""},
		{"Hiệu trưởng Trường Đại học Cần Thơ Hà Thanh Toàn dự lễ.", "Hà Thanh Toàn"},
		{"Phó Chủ tịch Hiệp cho biết thêm.", "Hiệp"}, // a given name: no body word
		{"Em Lê Thu Hà, học sinh Trường THPT chuyên Nguyễn Trãi, đạt 29,5 điểm.", "Lê Thu Hà"},
		{"Cơ quan điều tra thông báo Nguyễn Văn Bình bị khởi tố.", "Nguyễn Văn Bình"}, // "báo" ends another word
		{"Chủ tịch UBND tỉnh Đặng Quốc Việt chủ trì cuộc họp.", "Đặng Quốc Việt"},     // no province: a person
		{"Ông Việt làm việc tại phường Lê Đại Hành.", "Việt"},                         // a ward named after a king
	} {
		var got []string
		for _, e := range entities.Extract(tc.text, language.Vietnamese) {
			if e.Type == entities.Person {
				got = append(got, e.Text)
			}
		}
		want := []string(nil)
		if tc.want != "" {
			want = []string{tc.want}
		}
		assert.Equal(t, want, got, tc.text)
	}
}

// TestCueAcronyms checks that an acronym which is a cue word (a school
// level, a coach, a people's committee) is no entity of its own.
func TestCueAcronyms(t *testing.T) {
	for _, text := range []string{
		"Hơn một triệu thí sinh dự kỳ thi tốt nghiệp THPT năm nay.",
		"Đội tuyển của HLV trưởng chưa công bố danh sách.",
	} {
		assert.Empty(t, entities.Extract(text, language.Vietnamese), text)
	}
}

// TestTitleOfPerson checks the title bound to a person: a title before
// the name with what it is the title of between ("Chủ tịch UBND tỉnh",
// "Vice Chairman of the provincial People's Committee"), one after the
// name and a comma, in lower case as English writes it there, and a
// Vietnamese name in English text that runs over a place's form without
// its marks ("Van Nam", Vân Nam, is Yunnan).
func TestTitleOfPerson(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"vi", "Phó Chủ tịch UBND tỉnh Hoàng Văn Sơn phát biểu.", "Hoàng Văn Sơn=person:hoang-van-son+title:vice-chairman"},
		{"en", "Vice Chairman of the provincial People's Committee Hoang Van Son spoke.", "Hoang Van Son=person:hoang-van-son+title:vice-chairman"},
		{"en", "Chairman of the municipal People's Council Le Van Hung spoke.", "Le Van Hung=person:le-van-hung+title:chairman"},
		{"vi", "Ông Trần Quốc Hưng, Phó Giám đốc Sở Y tế, cho biết.", "Trần Quốc Hưng=person:tran-quoc-hung+title:deputy-director"},
		{"en", "Tran Quoc Hung, director of the Department of Health, said.", "Tran Quoc Hung=person:tran-quoc-hung+title:director"},
		{"en", "Nguyen Thi Mai, deputy minister of health, said.", "Nguyen Thi Mai=person:nguyen-thi-mai+title:deputy-minister"},
		{"vi", "Giám đốc Sở Xây dựng Lương Văn Phúc cho biết.", "Lương Văn Phúc=person:luong-van-phuc+title:director"},
		{"vi", "Tổng Giám đốc Phạm Văn Lộc cho biết.", "Phạm Văn Lộc=person:pham-van-loc+title:director-general"},
		{"en", "Prime Minister Tran Van Nam attended the conference.", "Tran Van Nam=person:tran-van-nam+title:prime-minister"},
		{"vi", "Bộ trưởng Trần Văn Nam dự hội nghị.", "Trần Văn Nam=person:tran-van-nam+title:minister"},
	} {
		var got []string
		for _, e := range entities.Extract(tc.text, tag(tc.lang)) {
			if e.Type == entities.Person {
				got = append(got, e.String())
			}
		}
		want := []string(nil)
		if tc.want != "" {
			want = []string{tc.want}
		}
		assert.Equal(t, want, got, tc.text)
	}
}

// TestBodyNamesMatch checks that two bodies the table does not know,
// named in their own words in the two languages, match by the proper
// name that the English keeps in Vietnamese syllables, and only by it.
func TestBodyNamesMatch(t *testing.T) {
	tests := []matchCase{
		{"nhà thầu Tổng công ty Xây dựng Sông Đà", "contractor Song Da Construction Corporation", true},
		{"nhà thầu Tổng công ty Xây dựng Sông Đà", "contractor Hoa Binh Construction Corporation", false},
		{"nhà thầu Tổng công ty Xây dựng Hòa Bình", "contractor Song Da Construction Corporation", false},
		{"nhà thầu Công ty Cổ phần Đầu tư Phúc Lộc", "contractor Phuc Loc Investment Company", true},
		// Hospitals, schools and universities named by a proper name:
		// the body words open the Vietnamese name and close the English.
		{"chuyển tới Bệnh viện Chợ Rẫy", "taken to Cho Ray Hospital", true},
		{"chuyển tới Bệnh viện Đa khoa Toronto", "taken to Toronto General Hospital", true},
		{"học sinh Trường THPT chuyên Vạn Xuân", "a student of Van Xuan High School for the Gifted", true},
		{"Trường THPT Lý Tự Trọng tuyển sinh", "Ly Tu Trong High School admits students", true},
		{"Trường Đại học Bách khoa Phương Nam", "Phuong Nam University of Technology", true},
		{"Trường THPT Nguyễn Văn Trỗi tuyển sinh", "Ly Tu Trong High School admits students", false},
	}
	checkMatches(t, tests, entities.Org)
}

// TestPersonOfBody checks that a person's name before "of" and the name
// of a body is the person's, not the first words of the body's: "Hoang
// Minh Duc of Le Hong Phong High School".
func TestPersonOfBody(t *testing.T) {
	var got []string
	for _, e := range entities.Extract("The top scorer was Hoang Minh Duc of Le Hong Phong High School in Ninh Binh.", language.English) {
		got = append(got, e.Type.String()+" "+e.Text)
	}
	assert.Equal(t, []string{"person Hoang Minh Duc", "org Le Hong Phong High School", "place Ninh Binh"}, got)
}

// A matchCase is a Vietnamese and an English text whose main entities
// should match, or not.
type matchCase struct {
	vi, en string
	match  bool
}

// checkMatches checks that the main entity of each case's texts, of type
// typ unless it is 0, matches the other's as the case says.
func checkMatches(t *testing.T, tests []matchCase, typ entities.Type) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.vi+"~"+tt.en, func(t *testing.T) {
			a, okA := mainEntity(tt.vi, language.Vietnamese)
			b, okB := mainEntity(tt.en, language.English)
			require.True(t, okA, "no entity in %q", tt.vi)
			require.True(t, okB, "no entity in %q", tt.en)
			if typ != 0 {
				require.Equal(t, typ, a.Type, "%v", a)
				require.Equal(t, typ, b.Type, "%v", b)
			}
			score := entities.Match(a, b)
			assert.Equal(t, tt.match, score >= entities.Threshold, "Match(%v, %v) = %.2f", a, b, score)
		})
	}
}

// TestPlaceWords checks that a word between a place's name and its cue is
// no part of the name: "Tan Son Nhat International Airport".
func TestPlaceWords(t *testing.T) {
	var got []string
	for _, e := range entities.Extract("Tan Son Nhat International Airport in Ho Chi Minh City handled 11.8 million passengers.", language.English) {
		got = append(got, e.Type.String()+" "+e.Text)
	}
	assert.Equal(t, []string{"place Tan Son Nhat", "place Ho Chi Minh City"}, got)
}

// TestPlaceCuesOfSeveralWords checks a place's cue of two words after
// its name, capitalised or not, and the new cues of canals and prisons,
// deserts and parks (a park is a body, as an industrial park is), and
// the capes and mounts whose cue opens their names.
func TestPlaceCuesOfSeveralWords(t *testing.T) {
	for _, c := range []struct {
		lang       language.Tag
		text, want string
	}{
		{language.English, "Trucks crossed the Moc Bai International Border Gate on Monday.", "place Moc Bai"},
		{language.English, "Output at the Nui Phao Coal Mine fell.", "place Nui Phao"},
		{language.English, "Wastewater flowed into the Bac Hung Hai canal.", "place Bac Hung Hai"},
		{language.Vietnamese, "Nước thải chảy ra kênh Bắc Hưng Hải.", "place Bắc Hưng Hải"},
		{language.English, "He was held in Insein Prison.", "place Insein"},
		{language.Vietnamese, "Ông bị giam ở nhà tù Insein.", "place Insein"},
		{language.Vietnamese, "Bụi từ sa mạc Gobi bay tới.", "place Gobi"},
		{language.English, "Dust from the Gobi Desert arrived.", "place Gobi"},
		{language.Vietnamese, "Hội chợ diễn ra tại Công viên Thống Nhất.", "org Công viên Thống Nhất"},
		{language.Vietnamese, "Sương muối phủ Vườn quốc gia Hoàng Liên.", "org Vườn quốc gia Hoàng Liên"},
		{language.English, "Frost covered Hoang Lien National Park.", "org Hoang Lien National Park"},
		{language.English, "Dong Lam Books cut prices.", "org Dong Lam Books"},
		{language.English, "Tanabe Hiroyuki, president of Kaiyo Lines, watched from Tokyo.", "org Kaiyo Lines"},
		{language.Vietnamese, "Năm nay, Quỹ Khuyến học Ánh Dương trao 200 suất học bổng.", "org Quỹ Khuyến học Ánh Dương"},
		{language.Vietnamese, "Nhà máy Thủy điện Hòa Bình xả lũ.", "org Nhà máy Thủy điện Hòa Bình"},
		// "the state of", "the town of" before a name; a fishing port after
		// it; an old village or quarter before it, abroad too.
		{language.English, "The boats were held in the state of Terengganu.", "place Terengganu"},
		{language.English, "The van crashed near the town of Milton.", "place Milton"},
		{language.English, "Boats landed at Hon Ro fishing port.", "place Hon Ro"},
		{language.Vietnamese, "Đoàn đi từ thành phố Matsumoto tới làng cổ Tsumago.", "place Tsumago"},
		{language.Vietnamese, "Trên sông Cổ Chiên, mặn lấn vào 61 km.", "place Cổ Chiên"},
		// A word that opens a place's name wherever it stands (place-head).
		{language.Vietnamese, "Tên lửa rời bệ phóng ở Mũi Canaveral, bang Florida.", "place Canaveral"},
		{language.English, "The rocket lifted off from Cape Canaveral, Florida.", "place Canaveral"},
		{language.English, "They climbed Mount Kinabalu on Friday.", "place Kinabalu"},
		{language.English, "The team flew to Cape Town on Friday.", "place Cape Town"},
	} {
		var got []string
		for _, e := range entities.Extract(c.text, c.lang) {
			got = append(got, e.Type.String()+" "+e.Text)
		}
		assert.Contains(t, got, c.want, c.text)
	}
}

// TestPersonCues checks words of a trade before a name, which make it a
// person's in both languages ("Dịch giả Lee Soo-hyun", "Translator Lee
// Soo-hyun"), and are no part of the name.
func TestPersonCues(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		text string
	}{
		{language.Vietnamese, "Dịch giả Lee Soo-hyun sẽ dịch cuốn sách."},
		{language.English, "Translator Lee Soo-hyun will translate the book."},
		{language.English, "The novel was edited by writer Lee Soo-hyun."},
	} {
		es := entities.Extract(c.text, c.lang)
		require.NotEmpty(t, es, c.text)
		assert.Equal(t, "person:lee-soo-hyun", es[0].Key, c.text)
		assert.True(t, es[0].Cued, c.text)
	}
}

// TestChiefExecutive checks that "CEO" is a title before a name, the
// English of "Tổng giám đốc" in business news.
func TestChiefExecutive(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		text string
	}{
		{language.English, "CEO Tran Quoc Huy said profits rose."},
		{language.Vietnamese, "Tổng giám đốc Trần Quốc Huy cho biết lợi nhuận tăng."},
	} {
		var person, title string
		for _, e := range entities.Extract(c.text, c.lang) {
			switch e.Type {
			case entities.Person:
				person = e.Key
			case entities.Title:
				title = e.Key
			}
		}
		assert.Equal(t, "person:tran-quoc-huy", person, c.text)
		assert.Equal(t, "title:director-general", title, c.text)
	}
}
