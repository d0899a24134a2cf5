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
