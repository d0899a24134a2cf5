package numbers

import "strings"

// unit reads the unit or head noun after a number at token k, skipping a
// Vietnamese classifier: "4.400 dự án" → project, "5 triệu lượt du khách" →
// visitor, "390 km" → km, "1.500 tấn" → tonne.
func (s *scanner) unit(k int) (string, int, bool) {
	table := enUnits
	if s.vi {
		table = viUnits
	}
	if u, next, ok := lookup(s, k, 4, table); ok {
		// "người" is a classifier before another noun: "3 người dân".
		if s.vi && (viClassifiers[s.tok(k).low]) {
			if u2, next2, ok := lookup(s, next, 4, table); ok {
				return u2, next2, true
			}
		}
		return u, next, true
	}
	if s.vi && viClassifiers[s.tok(k).low] && s.tok(k).kind == tWord {
		if u, next, ok := lookup(s, k+1, 4, table); ok {
			return u, next, true
		}
	}
	if !s.vi {
		// "1,302 new projects", "nine underground stations", "four
		// worst-hit localities": up to two adjectives before the noun.
		// Not after a year: "in 2023 forced many factories" counts nothing.
		if p := s.tok(k - 1); p.kind == tNum && len(p.low) == 4 && (p.low[0] == '1' || p.low[0] == '2') && !s.isPunct(k-2, ",") {
			return "", k, false
		}
		j := k
		for n := 0; n < 2; n++ {
			t := s.tok(j)
			// An acronym may lead the noun phrase: "two LNG power plants".
			acronym := n == 0 && t.kind == tWord && t.upper && allCaps(s.text[t.start:t.end])
			if t.kind != tWord || t.upper && !acronym || enNotAdjective[t.low] || enUnits.has(t.low) {
				break
			}
			j++
			hyphen := s.isPunct(j, "-") && s.glued(j) && s.tok(j+1).kind == tWord && s.glued(j+1)
			if hyphen {
				j += 2
			}
			if u, next, ok := lookup(s, j, 4, table); ok {
				return u, next, true
			}
			if n == 0 && !hyphen && !acronym && !strings.HasSuffix(t.low, "al") && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ous") {
				break // a second word only after an adjective-like first one
			}
		}
	}
	return "", k, false
}

// allCaps reports whether w is an acronym of two to five capital letters.
func allCaps(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// enNotAdjective lists the words that end a noun phrase after a number:
// "5 of the", "10 in 2026", "two more"; units are never found past them.
var enNotAdjective = map[string]bool{
	"of": true, "and": true, "or": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"the": true, "a": true, "an": true, "with": true, "by": true, "from": true, "per": true,
	"than": true, "more": true, "less": true, "fewer": true, "is": true, "are": true, "was": true,
	"were": true, "be": true, "will": true, "would": true, "has": true, "have": true, "had": true,
	"this": true, "that": true, "these": true, "those": true, "as": true, "each": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "who": true, "which": true, "while": true,
	"after": true, "before": true, "since": true, "until": true, "over": true, "under": true,
	"about": true, "up": true, "down": true, "out": true, "off": true, "into": true, "percent": true,
	"cent": true, "times": true, "point": true, "points": true, "million": true, "billion": true,
	"thousand": true, "hundred": true, "trillion": true, "year": true, "years": true, "months": true,
	"days": true, "weeks": true, "hours": true, "minutes": true, "ago": true, "old": true,
	"day": true, "week": true, "month": true, "hour": true, "minute": true, "second": true,
}

// perUnit reads the denominator of a rate: "/tấn", "mỗi tấn", "per tonne",
// "a barrel"; the frequency words of the lexicon ("mỗi", "each") open one.
func (s *scanner) perUnit(k int) (string, int, bool) {
	table := enUnits
	if s.vi {
		table = viUnits
	}
	if _, next, ok := lookup(s, k, 2, s.lex().frequency); ok && next == k+1 {
		k++ // "mỗi tấn", "each tonne"
	} else {
		switch {
		case s.isPunct(k, "/"):
			k++
		case s.vi && (s.isWord(k, "một") || s.isWord(k, "trên")):
			k++
		case !s.vi && (s.isWord(k, "per") || s.isWord(k, "a") || s.isWord(k, "an")):
			k++
		default:
			return "", k, false
		}
	}
	if u, next, ok := lookup(s, k, 3, table); ok {
		return u, next, true
	}
	if s.vi {
		if u, next, ok := lookup(s, k, 1, viPerOnly); ok {
			return u, next, true
		}
	} else if u, next, ok := lookup(s, k, 1, enPerOnly); ok {
		return u, next, true
	}
	return "", k, false
}

// viClassifiers are counting words skipped before the noun: "lượt khách",
// "chiếc xe", "con tàu".
var viClassifiers = map[string]bool{
	"lượt": true, "chiếc": true, "con": true, "cái": true, "căn": true, "ngôi": true,
	"bức": true, "tấm": true, "quả": true, "cuộc": true, "bộ": true, "đầu": true,
	"người": true, "em": true, "vị": true, "đoàn": true, "tòa": true, "toà": true,
}

var viPerOnly = indexedTable(bitViPerOnly, map[string]string{
	"giây": "second", "phút": "minute",
	"năm": "year", "tháng": "month", "ngày": "day", "giờ": "hour", "h": "hour",
	"người": "person", "đầu người": "person", "thùng": "barrel", "lít": "litre", "cổ phiếu": "share",
})

var enPerOnly = indexedTable(bitEnPerOnly, map[string]string{
	"year": "year", "month": "month", "day": "day", "hour": "hour", "h": "hour",
	"person": "person", "capita": "person", "head": "person", "barrel": "barrel",
	"share": "share", "litre": "litre", "liter": "litre", "gallon": "gallon",
})

var viUnits = indexedTable(bitViUnits, mergeTSV(map[string]string{
	// Measures.
	"km": "km", "kilômét": "km", "kilomet": "km", "ki-lô-mét": "km", "cây số": "km",
	"m": "m", "mét": "m", "cm": "cm", "xăng-ti-mét": "cm", "mm": "mm", "mi-li-mét": "mm", "milimét": "mm",
	"km2": "km2", "km²": "km2", "m2": "m2", "m²": "m2", "mét vuông": "m2", "m3": "m3", "m³": "m3", "khối": "m3",
	"ha": "hectare", "hécta": "hectare", "héc-ta": "hectare", "hec-ta": "hectare", "hecta": "hectare",
	"tấn": "tonne", "kg": "kg", "ký": "kg", "kilôgam": "kg", "ki-lô-gam": "kg", "g": "g", "gam": "g", "tạ": "quintal",
	"lít": "litre", "l": "litre", "thùng": "barrel",
	"mw": "MW", "megawatt": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
	"tỷ kwh": "billion kWh", "km/h": "km/h", "km/giờ": "km/h", "m/s": "m/s",
	"độ c": "°C", "°c": "°C", "độ": "degree", "teu": "TEU",
	"ki lô mét": "km", "kí lô mét": "km", "xăng ti mét": "cm", "xen ti mét": "cm",
	"mi li mét": "mm", "muy crô mét": "µm", "micromet": "µm", "µm": "µm",
	"mét khối": "m3", "ki lô gam": "kg", "kí lô gam": "kg", "kí": "kg", "ký lô": "kg", "kilô": "kg",
	"vôn": "V", "v": "V", "oát": "W", "w": "W", "inch": "inch", "in": "inch", "dặm": "mile",
	"megabit": "Mbit", "kilobit": "kbit", "gigabit": "Gbit", "mb": "MB", "gb": "GB", "kb": "KB",
	"mhz": "MHz", "ghz": "GHz", "khz": "kHz", "hz": "Hz", "giây": "second", "phút": "minute",
	"ml": "ml", "mi li lít": "ml", "héc ta": "hectare", "ca lo": "calorie", "calo": "calorie",
	// Counts.
	"dự án": "project", "du khách": "visitor", "khách du lịch": "visitor", "khách quốc tế": "visitor",
	"khách": "visitor", "lượt khách": "visitor", "khách nước ngoài": "visitor",
	"người": "person", "người dân": "person", "cư dân": "person", "dân": "person",
	"doanh nghiệp": "enterprise", "công ty": "enterprise", "hãng": "enterprise",
	"hộ": "household", "hộ dân": "household", "hộ gia đình": "household",
	"nhà": "house", "ngôi nhà": "house", "căn nhà": "house", "căn hộ": "apartment",
	"ca": "case", "ca làm việc": "shift", "ca bệnh": "case", "ca nhiễm": "case", "ca mắc": "case", "trường hợp": "case",
	"người chết": "death", "người thiệt mạng": "death", "người tử vong": "death",
	"người bị thương": "injured", "người mất tích": "missing",
	"xe": "vehicle", "ô tô": "vehicle", "phương tiện": "vehicle", "xe máy": "motorbike",
	"chuyến bay": "flight", "chuyến": "trip", "khu công nghiệp": "industrial park",
	"quốc gia": "country", "nước": "country", "nền kinh tế": "economy", "tỉnh": "province", "thành phố": "city",
	"tỉnh, thành phố": "province", "tỉnh thành": "province", "xã": "commune", "huyện": "district",
	"lao động": "worker", "công nhân": "worker", "việc làm": "job", "học sinh": "student",
	"sinh viên": "student", "giáo viên": "teacher", "bác sĩ": "doctor", "bệnh viện": "hospital",
	"giường bệnh": "bed", "liều": "dose", "liều vắc xin": "dose", "liều vaccine": "dose", "mũi": "dose",
	"mũi tiêm": "dose", "nhà đầu tư": "investor", "thành viên": "member", "đại biểu": "delegate",
	"huy chương": "medal", "huy chương vàng": "gold medal", "hcv": "gold medal", "bàn thắng": "goal",
	"bàn": "goal", "trận": "match", "trận đấu": "match", "tàu": "ship", "tàu cá": "ship",
	"cơ sở": "facility", "nhà máy": "factory", "sản phẩm": "product", "hợp đồng": "contract",
	"thỏa thuận": "agreement", "văn kiện": "agreement", "bản ghi nhớ": "memorandum",
	"điểm": "point", "cổ phiếu": "share", "lô": "lot", "container": "container",
	"vụ": "case", "vụ việc": "case", "vụ án": "case", "bị cáo": "defendant",
	"học viên": "trainee", "chiến sĩ": "soldier", "cán bộ": "official", "đảng viên": "party member",
	"tuyến": "route", "tuyến đường": "route", "làn xe": "lane", "cây cầu": "bridge", "cầu": "bridge",
	"sân bay": "airport", "cảng": "port", "ga": "station", "nhà ga": "station", "trạm": "station",
	"đơn vị": "unit", "ngân hàng": "bank", "trường": "school", "trường học": "school",
	"mặt hàng": "item", "hàng hóa": "goods",
	"môn": "subject", "môn thi": "subject", "thí sinh": "candidate",
	"tuyến metro": "metro line", "tuyến đường sắt": "railway line", "máy": "machine",
	"máy khoan hầm": "tunnel boring machine", "thị trường": "market", "địa phương": "locality",
	"ghế": "seat", "luật": "law", "dự án luật": "bill", "cổ động viên": "fan", "khán giả": "spectator",
	"trẻ": "child", "trẻ em": "child", "hành khách": "passenger", "lượt hành khách": "passenger",
	"điểm thi": "exam site", "quốc gia và vùng lãnh thổ": "country", "loại": "kind", "loại trái cây": "kind of fruit",
	"nhà đầu tư nước ngoài": "investor", "tàu container": "ship", "tàu du lịch": "ship", "tàu hàng": "ship", "đối tác": "partner", "bệnh nhân": "patient",
	"ca tử vong": "death", "trường hợp tử vong": "death",
	"ngôi nhà bị": "house", "căn nhà bị": "house", "hecta lúa": "hectare",
	"tàu thuyền": "ship", "hồ chứa": "reservoir",
	"khu": "zone", "giải pháp": "measure", "nhiệm vụ": "task",
}, "vi", fileUnits))

var enUnits = indexedTable(bitEnUnits, withSingulars(mergeTSV(map[string]string{
	"km": "km", "kilometres": "km", "kilometre": "km", "kilometers": "km", "kilometer": "km",
	"m": "m", "metres": "m", "metre": "m", "meters": "m", "meter": "m", "cm": "cm", "mm": "mm",
	"millimetres": "mm", "millimeters": "mm", "centimetres": "cm", "centimeters": "cm",
	"km2": "km2", "km²": "km2", "sq km": "km2", "square kilometres": "km2", "square kilometers": "km2",
	"m2": "m2", "m²": "m2", "sq m": "m2", "square metres": "m2", "square meters": "m2",
	"m3": "m3", "m³": "m3", "cubic metres": "m3", "cubic meters": "m3",
	"ha": "hectare", "hectares": "hectare", "hectare": "hectare",
	"tonnes": "tonne", "tonne": "tonne", "tons": "tonne", "ton": "tonne", "metric tons": "tonne",
	"metric tonnes": "tonne", "t": "tonne", "kg": "kg", "kilogrammes": "kg", "kilograms": "kg",
	"kilos": "kg", "g": "g", "grams": "g", "litres": "litre", "liters": "litre", "litre": "litre",
	"liter": "litre", "l": "litre", "barrels": "barrel", "barrel": "barrel",
	"mw": "MW", "megawatts": "MW", "megawatt": "MW", "gw": "GW", "gigawatts": "GW", "kw": "kW",
	"kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "billion kwh": "billion kWh",
	"km/h": "km/h", "kph": "km/h", "kmh": "km/h", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
	"m/s": "m/s", "°c": "°C", "degrees celsius": "°C", "degrees": "degree", "teu": "TEU", "teus": "TEU",
	"mhz": "MHz", "ghz": "GHz", "khz": "kHz", "hz": "Hz", "inches": "inch", "inch": "inch",
	"miles": "mile", "mile": "mile", "feet": "foot", "ft": "foot", "pounds of": "lb", "lbs": "lb",
	"projects": "project", "project": "project", "visitors": "visitor", "visitor": "visitor",
	"tourists": "visitor", "tourist": "visitor", "arrivals": "visitor", "foreign arrivals": "visitor",
	"international arrivals": "visitor", "international visitors": "visitor", "foreign visitors": "visitor",
	"people": "person", "persons": "person", "person": "person", "residents": "person",
	"inhabitants": "person", "individuals": "person",
	"enterprises": "enterprise", "enterprise": "enterprise", "companies": "enterprise",
	"company": "enterprise", "firms": "enterprise", "firm": "enterprise", "businesses": "enterprise",
	"households": "household", "household": "household", "families": "household",
	"houses": "house", "homes": "house", "house": "house", "apartments": "apartment",
	"cases": "case", "case": "case", "infections": "case", "deaths": "death", "death": "death",
	"dead": "death", "fatalities": "death", "injured": "injured", "injuries": "injured", "missing": "missing",
	"vehicles": "vehicle", "vehicle": "vehicle", "cars": "vehicle", "motorbikes": "motorbike",
	"flights": "flight", "flight": "flight", "trips": "trip", "industrial parks": "industrial park",
	"industrial park": "industrial park", "countries": "country", "country": "country", "nations": "country",
	"economies": "economy", "provinces": "province", "cities": "city", "communes": "commune",
	"districts": "district", "workers": "worker", "labourers": "worker", "laborers": "worker",
	"employees": "worker", "jobs": "job", "students": "student", "pupils": "student",
	"teachers": "teacher", "doctors": "doctor", "hospitals": "hospital", "beds": "bed",
	"doses": "dose", "shots": "dose", "jabs": "dose", "investors": "investor", "members": "member",
	"delegates": "delegate", "deputies": "delegate", "lawmakers": "delegate", "legislators": "delegate",
	"medals": "medal", "gold medals": "gold medal", "golds": "gold medal", "goals": "goal", "goal": "goal",
	"matches": "match", "games": "match", "ships": "ship", "vessels": "ship", "boats": "ship",
	"fishing boats": "ship", "facilities": "facility", "factories": "factory", "plants": "factory",
	"shifts": "shift", "shift": "shift",
	"products": "product", "contracts": "contract", "agreements": "agreement", "deals": "agreement",
	"documents": "agreement", "memoranda": "memorandum", "mous": "memorandum",
	"points": "point", "shares": "share", "containers": "container", "defendants": "defendant",
	"soldiers": "soldier", "troops": "soldier", "officials": "official", "party members": "party member",
	"routes": "route", "lanes": "lane", "bridges": "bridge", "airports": "airport", "ports": "port",
	"stations": "station", "units": "unit", "banks": "bank", "schools": "school", "items": "item",
	"goods": "goods", "trainees": "trainee",
	"subjects": "subject", "candidates": "candidate", "electives": "subject",
	"metro lines": "metro line", "lines": "line", "machines": "machine",
	"tunnel boring machines": "tunnel boring machine", "markets": "market", "localities": "locality",
	"seats": "seat", "laws": "law", "bills": "bill", "fans": "fan", "spectators": "spectator",
	"children": "child", "kids": "child", "passengers": "passenger", "sites": "exam site",
	"exam sites": "exam site", "kinds of fruit": "kind of fruit", "kinds": "kind", "partners": "partner",
	"patients": "patient", "others missing": "missing", "people missing": "missing", "missing people": "missing",
	"hectares of rice": "hectare", "reservoirs": "reservoir", "zones": "zone", "measures": "measure", "tasks": "task",
	"countries and territories": "country", "container ships": "ship", "cargo ships": "ship",
	"container vessels": "ship", "cruise ships": "ship",
}, "en", fileUnits)))

// pluralOnly are English nouns whose singular means something else.
var pluralOnly = map[string]bool{"goods": true, "news": true, "series": true, "species": true, "means": true, "arrivals": true, "others": true, "missing": true}

// withSingulars adds the singular of every plural English unit that lacks
// one: "stations" gives "station", "boxes" gives "box".
func withSingulars(m map[string]string) map[string]string {
	add := map[string]string{}
	for k, v := range m {
		last := k
		if i := strings.LastIndexByte(k, ' '); i >= 0 {
			last = k[i+1:]
		}
		if len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || pluralOnly[last] {
			continue
		}
		one := strings.TrimSuffix(k, "s")
		if strings.HasSuffix(k, "ies") {
			one = strings.TrimSuffix(k, "ies") + "y"
		} else if strings.HasSuffix(k, "xes") || strings.HasSuffix(k, "ches") || strings.HasSuffix(k, "shes") {
			one = strings.TrimSuffix(k, "es")
		}
		if _, ok := m[one]; !ok {
			add[one] = v
		}
	}
	for k, v := range add {
		m[k] = v
	}
	return m
}
