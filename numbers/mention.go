package numbers

import (
	"strconv"
	"strings"
)

// A Kind says what a Mention measures.
type Kind uint8

// The kinds of mention. The zero Kind is Number.
const (
	Number       Kind = iota // a count or measure: 4.400 dự án, 390 km
	Money                    // an amount with a currency: 90 tỷ USD
	Percent                  // a percentage: 3,5%
	PercentPoint             // a difference of percentages: 2 điểm phần trăm
	Ordinal                  // a rank: thứ hai, 14th, Đại hội XIV
	Date                     // a calendar day, month, quarter, year or clock time
	DateRange                // a span of dates: 2025-2030, 13-15/5
	Duration                 // a length of time: 50 năm, three days
	Score                    // a match score: thắng 2-1, a 2-0 win (From and To as written)
	Ratio                    // a ratio of two numbers: tỷ lệ 10:3, a ratio of 100:8 (From and To as written)
)

var kindNames = [...]string{
	Number:       "number",
	Money:        "money",
	Percent:      "percent",
	PercentPoint: "percentpoint",
	Ordinal:      "ordinal",
	Date:         "date",
	DateRange:    "daterange",
	Duration:     "duration",
	Score:        "score",
	Ratio:        "ratio",
}

// String returns the kind's name as used in JSON output: "number", "money",
// "percent", "percentpoint", "ordinal", "date", "daterange", "duration",
// "score", "ratio".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Written says how a mention writes its value, so that a comparison
// can tell "5 tuổi" from "five years old" without reading the text.
type Written uint8

// The ways of writing a value. The zero Written is unknown (a Mention
// not made by Extract).
const (
	WrittenDigits  Written = iota + 1 // with digits, at least in part: "4.400", "5 triệu", "30/1"
	WrittenWords                      // with words alone: "bốn nghìn", "Friday", "first", "XIV"
	WrittenArticle                    // one, by the indefinite article alone: "a month", "an hour"
)

// A Change says what an amount after a verb of change states
// (change_verbs.tsv): the change itself, "tăng 5%", "rose by 5%", "giảm 3
// năm tù"; or the level reached, "rose to 10%", "cut to nine years",
// "giảm xuống 9 năm". The zero Change is no verb of change, or one that
// says neither.
type Change uint8

// The changes.
const (
	NoChange   Change = iota
	ChangeBy          // the amount is the change: "rose by 5%"
	ChangeTo          // the amount is the level reached: "rose to 10%"
	ChangeFrom        // a date is the base the change is measured from: "so với tháng 9", "rose 4.15% from September" (base_openers.tsv)
)

// A Trend says which way a change goes: up ("tăng 5%", "rose to 10%", a
// plus sign: "(+9%)") or down ("giảm 3 năm", "down 11%"). The zero Trend
// says neither; a minus sign is the value's own ("-11%").
type Trend uint8

// The trends.
const (
	NoTrend Trend = iota
	Up            // "tăng", "rose", "+"
	Down          // "giảm", "fell"
)

var trendNames = [...]string{"", "up", "down"}

// String returns "" for NoTrend, otherwise "up" or "down".
func (t Trend) String() string {
	if int(t) < len(trendNames) {
		return trendNames[t]
	}
	return "trend(" + strconv.Itoa(int(t)) + ")"
}

// A Qualifier says how the stated value relates to the true one.
type Qualifier uint8

// The qualifiers. The zero Qualifier is Exact.
const (
	Exact    Qualifier = iota
	Approx             // khoảng, about
	MoreThan           // hơn, more than
	LessThan           // dưới, less than
	AtLeast            // ít nhất, at least
	AtMost             // tối đa, up to
)

var qualifierNames = [...]string{"", "approx", "more", "less", "atleast", "atmost"}

// String returns "" for Exact and otherwise the JSON name: "approx", "more",
// "less", "atleast", "atmost".
func (q Qualifier) String() string {
	if int(q) < len(qualifierNames) {
		return qualifierNames[q]
	}
	return "qualifier(" + strconv.Itoa(int(q)) + ")"
}

// A Mention is one normalised fact found in a text.
type Mention struct {
	// Start and End are byte offsets into the text given to Extract;
	// Text == text[Start:End].
	Start, End int
	Text       string

	Kind      Kind
	Qualifier Qualifier // khoảng, hơn, at least ...
	Written   Written   // with digits, with words, by the article alone
	Change    Change    // after a verb of change: the change itself ("giảm 3 năm") or the level reached ("cut to nine years")
	Trend     Trend     // which way that change goes: "tăng", "fell" (change_verbs.tsv), "+9%"
	Rest      bool      // a count of the rest of a whole: "13 other defendants", "120 bệnh nhân còn lại"
	Lunar     bool      // a Date or DateRange the text gives in the lunar calendar ("mùng 10/3 âm lịch", "the sixth day of the Lunar New Year"): Date holds its Gregorian days

	// Range reports a span of values From..To (inclusive): 400-600 mm,
	// from 2025 to 2030. Value is From. A Score holds its two sides in
	// From and To as written ("2-1", "0-3"), with Range false.
	Range    bool
	Value    Decimal // the number; for ranges, the lower end
	From, To Decimal

	Currency string // ISO 4217 code for Money: "USD", "VND"; "" otherwise
	Unit     string // canonical English noun of what is counted: "project", "km", "year"
	Per      string // for rates, the unit of the denominator: 505 USD/tấn → "tonne"; two joined by PerSep: đồng/người/tháng → "person/month"

	// Factor is set on an amount stated relative to an earlier one,
	// "half that", "gấp đôi con số này": the multiplier (0.5, 2) by which
	// the earlier amount was multiplied to give Value, From and To. Kind,
	// Currency, Unit and Per are the earlier amount's, and so is the
	// Qualifier unless the phrase has its own ("about half that"). On a
	// count of a part of a whole stated after it, "Nine of the 27
	// agencies", "1 trong 5 người", it is the part's share of the whole
	// (9/27, to 15 digits) and Unit is the whole's. Zero for an amount
	// stated outright.
	Factor Decimal

	// Date holds the time of Date and DateRange mentions. A weekday that
	// no reference date resolves is a Date with HasWeekday and no Point.
	Date DateValue
}

// String returns a one-line dump of m used in tests and debugging, such as
// `money 90000000000 USD "90 tỷ USD"@12:22`.
func (m Mention) String() string {
	var b strings.Builder
	b.WriteString(m.Kind.String())
	b.WriteByte(' ')
	m.writeValue(&b)
	b.WriteByte(' ')
	b.WriteString(strconv.Quote(m.Text))
	b.WriteByte('@')
	b.WriteString(strconv.Itoa(m.Start))
	b.WriteByte(':')
	b.WriteString(strconv.Itoa(m.End))
	return b.String()
}

// Dump returns m without its position: the value and its attributes,
// such as `money 90000000000 USD` or `date 2026-01-30 grain=day`.
// Test files use it as the expected side.
func (m Mention) Dump() string {
	var b strings.Builder
	b.WriteString(m.Kind.String())
	b.WriteByte(' ')
	m.writeValue(&b)
	return b.String()
}

func (m Mention) writeValue(b *strings.Builder) {
	var buf [40]byte
	dec := func(d Decimal) { b.Write(d.Append(buf[:0])) }
	switch m.Kind {
	case Date, DateRange:
		b.WriteString(m.Date.String())
	case Score:
		dec(m.From)
		b.WriteByte('-')
		dec(m.To)
	case Ratio:
		dec(m.From)
		b.WriteByte(':')
		dec(m.To)
	default:
		if m.Range {
			dec(m.From)
			b.WriteString("..")
			dec(m.To)
		} else {
			dec(m.Value)
		}
	}
	if m.Currency != "" {
		b.WriteByte(' ')
		b.WriteString(m.Currency)
	}
	if m.Unit != "" {
		b.WriteString(" unit=")
		b.WriteString(m.Unit)
	}
	if m.Per != "" {
		b.WriteString(" per=")
		b.WriteString(m.Per)
	}
	if m.Qualifier != Exact {
		b.WriteString(" q=")
		b.WriteString(m.Qualifier.String())
	}
	if !m.Factor.IsZero() {
		b.WriteString(" factor=")
		dec(m.Factor)
	}
}
