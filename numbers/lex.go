package numbers

// Words around numbers: qualifiers, currencies, percent signs and units.
// The tables are read-only; keys are lower case and NFC, with one space
// where the text has white space and none where it has none ("us$").

func (s *scanner) qualifiers() *phraseTable[Qualifier] {
	if s.vi {
		return viQualifiers
	}
	return enQualifiers
}

func (s *scanner) postQualifiers() *phraseTable[Qualifier] {
	if s.vi {
		return viPostQualifiers
	}
	return enPostQualifiers
}

func (s *scanner) percents() *phraseTable[Kind] {
	if s.vi {
		return viPercents
	}
	return enPercents
}

func (s *scanner) currencySuffixes() *phraseTable[string] {
	if s.vi {
		return viCurrencies
	}
	return enCurrencies
}

var viQualifiers = indexedTable(bitViQualifiers, map[string]Qualifier{
	"khoảng": Approx, "chừng": Approx, "khoảng chừng": Approx, "tầm": Approx,
	"xấp xỉ": Approx, "ước tính": Approx, "ước tính khoảng": Approx, "ước": Approx,
	"cỡ": Approx, "độ": Approx, "trên dưới": Approx, "gần như": Approx, "ước khoảng": Approx,
	"hơn": MoreThan, "trên": MoreThan, "nhiều hơn": MoreThan, "cao hơn": MoreThan,
	"vượt": MoreThan, "vượt quá": MoreThan, "hơn là": MoreThan,
	"gần": LessThan, "dưới": LessThan, "ít hơn": LessThan, "kém hơn": LessThan,
	"chưa tới": LessThan, "chưa đến": LessThan, "thấp hơn": LessThan, "chưa đầy": LessThan,
	"ít nhất": AtLeast, "tối thiểu": AtLeast, "không ít hơn": AtLeast, "không dưới": AtLeast,
	"không thấp hơn": AtLeast, "ít ra": AtLeast,
	"tối đa": AtMost, "lên tới": AtMost, "lên đến": AtMost, "không quá": AtMost,
	"không tới": AtMost, "không hơn": AtMost, "không cao hơn": AtMost, "không vượt quá": AtMost,
	"nhiều nhất": AtMost, "cao nhất": AtMost,
})

var enQualifiers = indexedTable(bitEnQualifiers, map[string]Qualifier{
	"greater than": MoreThan, "bigger than": MoreThan, "larger than": MoreThan,
	"exceed": MoreThan, "exceeds": MoreThan, "exceeding": MoreThan, "exceeded": MoreThan,
	"surpass": MoreThan, "surpasses": MoreThan, "surpassing": MoreThan, "beyond": MoreThan,
	"smaller than": LessThan, "fewer": LessThan, ">": MoreThan, "<": LessThan,
	">=": AtLeast, "> =": AtLeast, "≥": AtLeast, "<=": AtMost, "< =": AtMost, "≤": AtMost,
	"bigger or equal than": AtLeast, "bigger than or equal to": AtLeast, "greater or equal than": AtLeast,
	"greater than or equal to": AtLeast, "higher or equal than": AtLeast, "larger or equal than": AtLeast,
	"more than or equal to": AtLeast, "equal to or more than": AtLeast, "equal to or greater than": AtLeast,
	"equal or more than": AtLeast, "at least or equal to": AtLeast, "no smaller than": AtLeast,
	"smaller or equal than": AtMost, "smaller than or equal to": AtMost, "less or equal than": AtMost,
	"less than or equal to": AtMost, "lower or equal than": AtMost, "lower than or equal to": AtMost,
	"equal to or less than": AtMost, "equal to or smaller than": AtMost, "equal or less than": AtMost,
	"no greater than": AtMost, "not exceeding": AtMost, "no larger than": AtMost, "no bigger than": AtMost,
	"at most or equal to": AtMost, "equal to": Exact, "the most": AtMost,
	"<>": Exact, "=>": Exact, "=<": Exact, "!=": Exact,
	"about": Approx, "around": Approx, "approximately": Approx, "roughly": Approx,
	"some": Approx, "circa": Approx, "approx": Approx, "approx.": Approx, "an estimated": Approx,
	"estimated": Approx, "nearly about": Approx, "close to": LessThan, "about some": Approx,
	"nearly": LessThan, "almost": LessThan, "just under": LessThan, "just shy of": LessThan,
	"more than": MoreThan, "over": MoreThan, "above": MoreThan, "in excess of": MoreThan,
	"higher than": MoreThan, "just over": MoreThan, "upwards of": MoreThan,
	"less than": LessThan, "under": LessThan, "below": LessThan, "fewer than": LessThan,
	"lower than": LessThan,
	"at least":   AtLeast, "no less than": AtLeast, "not less than": AtLeast, "no fewer than": AtLeast,
	"a minimum of": AtLeast, "minimum of": AtLeast,
	"at most": AtMost, "up to": AtMost, "no more than": AtMost, "not more than": AtMost,
	"a maximum of": AtMost, "maximum of": AtMost, "as many as": AtMost, "as much as": AtMost,
})

var viPostQualifiers = indexedTable(bitViPostQualifiers, map[string]Qualifier{
	"trở lên": AtLeast, "trở xuống": AtMost, "trở lại": AtMost, "có lẻ": MoreThan, "hơn": MoreThan,
})

var enPostQualifiers = indexedTable(bitEnPostQualifiers, map[string]Qualifier{
	"or greater": AtLeast, "or greater than": AtLeast, "or larger": AtLeast, "or bigger": AtLeast,
	"and more": AtLeast, "or smaller": AtMost, "and less": AtMost, "or lower": AtMost,
	"or equal": orEqual, "or equal to": orEqual, "or equal to it": orEqual, "or equal than": orEqual,
	"or over": AtLeast, "and over": AtLeast, "and under": AtMost, "or under": AtMost,
	"or more than": AtLeast, "or less than": AtMost, "or greater than it": AtLeast,
	"or more": AtLeast, "or above": AtLeast, "and above": AtLeast, "and up": AtLeast,
	"or higher": AtLeast, "or less": AtMost, "or fewer": AtMost, "or below": AtMost,
	"and below": AtMost, "or so": Approx, "plus": MoreThan, "-plus": MoreThan, "odd": MoreThan,
})

// rangeOpeners start a range: "từ 1.000 đến 2.000", "between 10 and 12".
var rangeOpeners = indexedTable(bitRangeOpeners, map[string]string{
	"từ": "từ", "giữa": "giữa", "from": "from", "between": "between",
})

var viPercents = indexedTable(bitViPercents, map[string]Kind{
	"%": Percent, "phần trăm": Percent, "phần trăm (%)": Percent,
	"điểm phần trăm": PercentPoint, "điểm %": PercentPoint, "điểm phần trăm (%)": PercentPoint,
})

var enPercents = indexedTable(bitEnPercents, map[string]Kind{
	"%": Percent, "percent": Percent, "per cent": Percent, "percents": Percent, "pct": Percent, "percentage": Percent,
	"per-cent": Percent, "pc": Percent,
	"percentage point": PercentPoint, "percentage points": PercentPoint,
	"percent point": PercentPoint, "percent points": PercentPoint,
	"per cent point": PercentPoint, "per cent points": PercentPoint,
	"% point": PercentPoint, "% points": PercentPoint, "pp": PercentPoint, "ppt": PercentPoint,
	"ppts": PercentPoint,
})

// currencyPrefixes are symbols and codes written before the amount.
var currencyPrefixes = indexedTable(bitCurrencyPrefixes, map[string]string{
	"$": "USD", "us$": "USD", "u.s.$": "USD", "usd": "USD", "usd$": "USD", "us $": "USD",
	"s$": "SGD", "sgd": "SGD", "a$": "AUD", "aud": "AUD", "au$": "AUD", "c$": "CAD", "cad": "CAD",
	"ca$": "CAD", "hk$": "HKD", "hkd": "HKD", "nt$": "TWD", "twd": "TWD", "nz$": "NZD", "nzd": "NZD",
	"€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "jp¥": "JPY",
	"cn¥": "CNY", "cny": "CNY", "rmb": "CNY", "₩": "KRW", "krw": "KRW", "₫": "VND", "vnd": "VND",
	"vnđ": "VND", "vn$": "VND", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
	"rm": "MYR", "myr": "MYR", "rp": "IDR", "idr": "IDR", "฿": "THB", "thb": "THB",
	"chf": "CHF", "aed": "AED", "₽": "RUB", "rub": "RUB", "php": "PHP", "₱": "PHP",
	"btc": "BTC", "₿": "BTC", "lak": "LAK", "khr": "KHR",
	"c $": "CAD", "hk $": "HKD", "nt $": "TWD", "u.s $": "USD", "u.s. $": "USD",
	"mxn$": "MXN", "mex$": "MXN", "mxn": "MXN", "aud$": "AUD", "cad$": "CAD", "nzd$": "NZD",
	"uah": "UAH", "kwd": "KWD", "qar": "QAR", "egp": "EGP", "ringgit": "MYR", "malaysia ringgit": "MYR",
	"malaysian ringgit": "MYR", "malaysia ringgits": "MYR", "malaysian ringgits": "MYR",
	"ils": "ILS", "₪": "ILS", "try": "TRY", "₺": "TRY", "sek": "SEK", "nok": "NOK", "pln": "PLN",
	"zł": "PLN", "brl": "BRL", "r$": "BRL", "zar": "ZAR",
})

var viCurrencies = indexedTable(bitViCurrencies, map[string]string{
	"đô la mỹ": "USD", "đô-la mỹ": "USD", "đôla mỹ": "USD", "đô la": "USD", "đô-la": "USD",
	"đôla": "USD", "đô mỹ": "USD", "đô": "USD", "usd": "USD", "$": "USD", "us$": "USD",
	"mỹ kim": "USD", "usd$": "USD",
	"đồng": "VND", "đ": "VND", "₫": "VND", "vnđ": "VND", "vnd": "VND", "đồng việt nam": "VND",
	"euro": "EUR", "eur": "EUR", "€": "EUR", "ơ-rô": "EUR", "euros": "EUR",
	"yên": "JPY", "yên nhật": "JPY", "jpy": "JPY", "¥": "JPY", "yen": "JPY",
	"won": "KRW", "won hàn quốc": "KRW", "krw": "KRW", "₩": "KRW",
	"nhân dân tệ": "CNY", "ndt": "CNY", "tệ": "CNY", "cny": "CNY", "yuan": "CNY", "nhân dân tệ (ndt)": "CNY",
	"bảng anh": "GBP", "bảng": "GBP", "gbp": "GBP", "£": "GBP", "pounds": "GBP", "pound": "GBP",
	"đô la singapore": "SGD", "đô la sing": "SGD", "sgd": "SGD", "s$": "SGD",
	"bạt": "THB", "baht": "THB", "bath": "THB", "thb": "THB",
	"rupee": "INR", "rupees": "INR", "rs": "INR", "inr": "INR", "rupi": "INR",
	"ringgit": "MYR", "rm": "MYR", "myr": "MYR",
	"rúp": "RUB", "rúp nga": "RUB", "rub": "RUB",
	"kíp": "LAK", "kip": "LAK", "riel": "KHR", "rupiah": "IDR", "idr": "IDR",
	"franc thụy sĩ": "CHF", "chf": "CHF", "aed": "AED", "dirham": "AED",
	"đô la úc": "AUD", "aud": "AUD", "đô la canada": "CAD", "cad": "CAD",
	"đô la hồng kông": "HKD", "hkd": "HKD", "đô la đài loan": "TWD", "twd": "TWD",
	"bitcoin": "BTC", "btc": "BTC", "peso": "PHP",
	"xu": "cent", "xen": "cent", "cent": "cent", "cents": "cent",
	"ơ rô": "EUR", "uôn": "KRW", "₹": "INR", "đô la hồng công": "HKD", "dinar": "dinar", "pounds sterling": "GBP", "yuan trung quốc": "CNY",
	"元": "CNY", "đô hồng kông": "HKD",
})

var enCurrencies = indexedTable(bitEnCurrencies, map[string]string{
	"dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "usd": "USD",
	"$": "USD", "us$": "USD", "bucks": "USD", "american dollars": "USD", "us dollar": "USD",
	"dong": "VND", "vnd": "VND", "vnđ": "VND", "đồng": "VND", "vietnamese dong": "VND", "₫": "VND",
	"euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
	"yen": "JPY", "japanese yen": "JPY", "jpy": "JPY", "¥": "JPY",
	"won": "KRW", "korean won": "KRW", "south korean won": "KRW", "krw": "KRW", "₩": "KRW",
	"yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "chinese yuan": "CNY",
	"pounds": "GBP", "pound": "GBP", "pounds sterling": "GBP", "pound sterling": "GBP",
	"sterling": "GBP", "gbp": "GBP", "£": "GBP", "british pounds": "GBP",
	"singapore dollars": "SGD", "singapore dollar": "SGD", "sgd": "SGD",
	"australian dollars": "AUD", "australian dollar": "AUD", "aud": "AUD",
	"canadian dollars": "CAD", "canadian dollar": "CAD", "cad": "CAD",
	"hong kong dollars": "HKD", "hk dollars": "HKD", "hkd": "HKD",
	"new taiwan dollars": "TWD", "taiwan dollars": "TWD", "twd": "TWD",
	"new zealand dollars": "NZD", "nzd": "NZD",
	"baht": "THB", "thai baht": "THB", "thb": "THB",
	"rupees": "INR", "rupee": "INR", "indian rupees": "INR", "inr": "INR", "rs": "INR",
	"ringgit": "MYR", "myr": "MYR", "rupiah": "IDR", "idr": "IDR",
	"rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rub": "RUB",
	"swiss francs": "CHF", "swiss franc": "CHF", "chf": "CHF",
	"pesos": "PHP", "philippine pesos": "PHP", "php": "PHP", "mexican pesos": "MXN", "mxn": "MXN",
	"dirhams": "AED", "dirham": "AED", "aed": "AED", "uae dirhams": "AED",
	"riyals": "SAR", "saudi riyals": "SAR", "sar": "SAR",
	"bitcoins": "BTC", "bitcoin": "BTC", "btc": "BTC",
	"kip": "LAK", "riels": "KHR", "kyat": "MMK",
	"cents": "cent", "cent": "cent", "¢": "cent", "pence": "pence", "penny": "pence", "pennies": "pence",
	"c": "cent", "sen": "sen", "sens": "sen", "satoshi": "satoshi", "satoshis": "satoshi",
	"kwd": "KWD", "kuwaiti dinar": "KWD", "kuwaiti dinars": "KWD", "dinar": "dinar", "dinars": "dinar",
	"lbp": "LBP", "lebanese pound": "LBP", "lebanese pounds": "LBP",
	"egp": "EGP", "egyptian pound": "EGP", "egyptian pounds": "EGP", "egyptianpound": "EGP",
	"le": "EGP", "l.e": "EGP", "l.e.": "EGP", "geneh": "EGP", "genihat masriya": "EGP",
	"qar": "QAR", "qatari riyal": "QAR", "qatari riyals": "QAR", "saudi riyal": "SAR", "saudiriyal": "SAR",
	"riyal": "SAR", "rials": "rial", "rial": "rial", "bgn": "BGN", "lev": "BGN", "leva": "BGN",
	"rm": "MYR", "malaysia ringgit": "MYR", "malaysian ringgit": "MYR", "malaysia ringgits": "MYR",
	"malaysian ringgits": "MYR", "ringgits": "MYR",
	"shekel": "ILS", "shekels": "ILS", "ils": "ILS", "new shekels": "ILS",
	"tugrik": "MNT", "tugriks": "MNT", "mnt": "MNT", "uah": "UAH", "hryvnia": "UAH", "hryvnias": "UAH",
	"lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "turkish liras": "TRY", "try": "TRY",
	"markka": "FIM", "finnish markka": "FIM", "markkaa": "FIM", "guilders": "NLG", "guilder": "NLG",
	"dutch guilders": "NLG", "pesetas": "ESP", "peseta": "ESP", "spanish pesetas": "ESP",
	"francs": "franc", "franc": "franc", "french francs": "FRF", "belgian francs": "BEF",
	"kuai": "CNY", "元": "CNY", "₡": "CRC", "colon": "CRC", "colones": "CRC", "₾": "GEL", "lari": "GEL",
	"₭": "LAK", "₹": "INR", "rand": "ZAR", "zar": "ZAR", "krona": "SEK", "kronor": "SEK", "sek": "SEK",
	"krone": "NOK", "kroner": "NOK", "nok": "NOK", "dkk": "DKK", "danish kroner": "DKK",
	"zloty": "PLN", "pln": "PLN", "forint": "HUF", "huf": "HUF", "naira": "NGN", "ngn": "NGN",
	"real": "BRL", "reais": "BRL", "brl": "BRL",
	"rupiahs": "IDR", "won south korea": "KRW", "mex$": "MXN", "pkr": "PKR", "lkr": "LKR",
})

// subunits name the hundredth of a currency: "2 đô 23 xu".
var subunits = indexedTable(bitSubunits, map[string]bool{
	"xu": true, "xen": true, "cent": true, "cents": true, "pence": true, "¢": true, "c": true,
	"sen": true, "sens": true, "p": true, "kopiykas": true, "kopiyka": true, "kopecks": true, "paise": true,
	"xen ti": false,
})

// millionCurrencies are the finance abbreviations for millions of a
// currency: "30 MUSD", "MAUD 60".
var millionCurrencies = indexedTable(bitMillionCurrencies, map[string]string{
	"musd": "USD", "meur": "EUR", "mgbp": "GBP", "maud": "AUD", "mcad": "CAD", "mchf": "CHF",
	"mjpy": "JPY", "msek": "SEK", "mnok": "NOK", "mdkk": "DKK", "mvnd": "VND",
})

// enPercentPrefixes put the percent sign before the number: "percent of 10".
var enPercentPrefixes = indexedTable(bitEnPercentPrefixes, map[string]bool{
	"percent of": true, "per cent of": true, "percents of": true, "percentage of": true,
})
