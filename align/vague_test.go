package align

import "testing"

// TestVagueAmounts checks the vague plurals of the two languages: the
// same order of magnitude agrees, another differs, and a vague amount
// against a figure is no conflict.
func TestVagueAmounts(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "vague plurals", vi: "Hàng trăm người dân đã tới xem.", en: "Hundreds of residents came to watch.",
			agree: "Hàng trăm người dân | Hundreds of residents"},
		{name: "vague plurals, edited", vi: "Hàng trăm người dân đã tới xem.", en: "Thousands of residents came to watch.",
			conflict: "Hàng trăm người dân | Thousands of residents"},
		{name: "a vague plural against a figure", vi: "Hàng trăm người dân đã tới xem.", en: "About 300 residents came to watch."},
		{name: "a vague plural times a scale word", vi: "Hàng chục nghìn người xếp hàng.", en: "Tens of thousands of people queued.",
			agree: "Hàng chục nghìn người | Tens of thousands of people"},
		{name: "a vague amount of money", vi: "Hàng chục tỷ đồng đã được giải ngân.", en: "Tens of billions of dong have been disbursed.",
			agree: "Hàng chục tỷ đồng | Tens of billions of dong"},
		{name: "vague plurals of two nouns", vi: "Sóng cao hàng chục mét.", en: "Dozens of people fled."},
		{name: "several dozen", vi: "Vài chục xe tải bị kẹt.", en: "Several dozen trucks were stuck.",
			agree: "Vài chục xe tải | Several dozen trucks"},
	})
}

// TestAgesAsLengths checks an age against a length in years: one length
// when they agree ("71,3 tuổi", "71.3 years"), and never a conflict, for
// an age and a length may be two facts (a man's age, his years in a trade).
func TestAgesAsLengths(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "a life expectancy", vi: "Tuổi thọ trung bình đạt 73,6 tuổi.", en: "Life expectancy reached 73.6 years.",
			agree: "73,6 tuổi | 73.6 years"},
		{name: "a life expectancy, edited", vi: "Tuổi thọ trung bình đạt 71,3 tuổi.", en: "Life expectancy reached 72.3 years."},
		{name: "an age and a career", vi: "Ông Nguyễn, 68 tuổi, là thợ mộc.", en: "Nguyen has been a carpenter for 40 years."},
		{name: "an age and a career, both said", vi: "Ông Nguyễn, 68 tuổi, đã làm nghề 40 năm.", en: "Mr Nguyen, 68, has worked in the trade for 40 years.",
			agree: "40 năm | 40 years"},
	})
}

// TestSharesAsPercentages checks a part against a percentage: one share
// when they agree ("một nửa", "50 percent"; "1/3", "33%"), and never a
// conflict, for they may be two facts.
func TestSharesAsPercentages(t *testing.T) {
	checkPairCases(t, []pairCase{
		{name: "half", vi: "Một nửa số hộ dân có nước sạch.", en: "Fifty percent of households have clean water.",
			agree: "Một nửa | Fifty percent"},
		{name: "a third, rounded", vi: "Gần 1/3 số hộ dân có nước sạch.", en: "Nearly 33% of households have clean water.",
			agree: "Gần 1/3 | Nearly 33%"},
		{name: "half and forty percent", vi: "Một nửa số hộ dân có nước sạch.", en: "Forty percent of households have clean water."},
		{name: "a decimal is no share", vi: "Chỉ số tăng 0,5.", en: "The index rose 50%."},
		{name: "a rate is no share", vi: "Cứ 100.000 dân có 12 bác sĩ.", en: "There are 12 doctors per 100,000 people.",
			agree: "12 bác sĩ | 12 doctors"},
		{name: "a share in digits and words", vi: "3 trên 10 người được hỏi không hài lòng.", en: "Three in 10 respondents were dissatisfied.",
			agree: "3 trên 10 người | Three in 10"},
	})
}
