// Package entities finds the people, places, countries, organisations and
// titles named in Vietnamese and English news text, and tells whether a
// mention in one language names the same thing as a mention in the other.
//
// [Extract] returns the entities of a text with byte offsets, a [Type] and
// a language-independent Key; [Match] scores two mentions; [Lookup] finds
// the Key of a name; [Fold] gives the comparison form that keys are built
// from.
//
//	Vietnamese                    English                        Key
//	Việt Nam, VN                  Vietnam, Viet Nam, Việt Nam    country:VN
//	Hàn Quốc                      South Korea, ROK               country:KR
//	Mỹ, Hoa Kỳ                    US, U.S., United States        country:US
//	Đảng Cộng sản Việt Nam        Communist Party of Viet Nam    org:cpv
//	Đảng Hành động nhân dân (PAP) People's Action Party (PAP)    org:pap
//	Bộ GD&ĐT, Bộ GD-ĐT            Ministry of Education and Training, MoET  org:moet
//	UBND tỉnh Quảng Ninh          Quang Ninh People's Committee  org:quang-ninh-people-committee
//	Hà Nội                        Hanoi, Ha Noi                  place:ha-noi
//	Thủ tướng                     Prime Minister, PM, Premier    title:prime-minister
//	Tô Lâm, ông Lâm               To Lam, Tô Lâm, Lâm            person:to-lam
//	huyện Quan Sơn                Quan Son district              place:quan-son
//	tiền đạo Tiến Linh            Nguyen Tien Linh               Match 0.85
//	Hùng Dũng sút xa              Do Hung Dung, Hung Dung        Match 0.85, 1
//	Tập Cận Bình                  Xi Jinping                     Match 0.9
//
// # Keys
//
// A Key is "type:id". Countries and territories use their ISO 3166 code
// ("country:SG"); organisations, places and titles the id of the package
// table ("org:asean", "place:ha-noi", "title:prime-minister"); people and
// acronyms the text folded and joined with hyphens ("person:lawrence-wong",
// "org:vgp"). Two mentions with the same Key name the same thing. Keys are
// built from folded text ([Fold]: lower case, no diacritics, đ written d),
// so "Tô Lâm" and "To Lam" share a key; where folding loses a distinction
// that Vietnamese makes, Extract and Match decide on the original: "Ảnh"
// is not "Anh" (Britain), and "Quảng Ninh" is not "Quảng Bình".
//
// # Recognition
//
// Extract reads the text once, left to right, as a sequence of words. At
// each word it tries the longest name of the table that starts there (up to
// the longest name the table has with that first word), then an acronym,
// then a run of capitalised words, which may be a person's name. A short
// reference ("Lâm", "Wong") is resolved after the pass to the full name in
// the text whose first or last word it is, and titles are then bound to the
// people they precede or follow ([Entity.Title]).
//
// Country names come from CLDR through golang.org/x/text/language/display
// (display.Vietnamese.Regions and display.English.Regions), read when the
// tables are generated. The names CLDR lacks (Mỹ, Anh, Úc, Liên hợp quốc,
// "the Philippines"), organisations and their acronyms, Vietnamese
// ministries and departments, the provinces and cities of Việt Nam,
// capitals, regions and titles are in data/gazetteer.tsv, a table written
// for this package; its header describes the format.
//
// Bodies of a province or city (Ủy ban nhân dân, Sở Giáo dục và Đào tạo;
// flag local in the table) are joined to the place next to them and keyed
// by it. A Vietnamese company ("Công ty TNHH MTV Xây dựng Hòa Bình") is
// one organisation keyed by its name, not the place inside it, and a table
// name gives way to a shorter one when that leaves the next name whole
// ("Ban Chấp hành Trung ương" + "Đảng Cộng sản Việt Nam").
//
// Cue words, in data/cues.tsv with a header of its own, tell what
// unknown capitalised words are: a place after "huyện", "xã", "ga" or
// before "district", "station" ("Quan Sơn", "Cau Giay"); a person after
// "cầu thủ", "tiền đạo", "anh", "chị" as after a title or "ông"; an
// event, a storm, after "bão" or "Typhoon" ("event:kalmaegi"). Given
// names alone ("Tiến Linh") take the key of the full name in the text
// that ends with them. Unknown capitalised words with no cue and no full
// name to resolve to are no entity ("Tết Bính Ngọ", "Móng Cái"), but for
// the ends of a route next to a line, route or metro cue, which are
// places ("từ Nhổn đến Cầu Giấy", "the Nhon - Hanoi Station line"), and
// for given names that the words around them show to be a person's.
//
// News refers to people by their given names alone, with no cue and no
// family name ("Hùng Dũng sút xa", "Hung Dung shot from range"). Two
// or three capitalised Vietnamese syllables inside a sentence are a name;
// they are taken for a person's given names when a verb of action follows
// ("đá", "sút", "cho biết", "struck"; kind action of the cues, after
// adverbs), when an action and "của" or "cho" come before ("đường chuyền
// của Quang Hải"), when a person stands next to them in a list ("Hoàng Đức,
// Văn Toàn và Xuân Mạnh phối hợp"), or when the same words are a person
// elsewhere in the text. Without such evidence a run stays no entity, for
// Vietnamese writes many other names alike ("Trái Đất", "Cát Bi", "Mộc
// Châu"); on 6,431 lines of translated talks the shape alone made 61 names,
// none a person's, and the evidence none. Words of the calendar ("Chủ
// Nhật", "tháng Mười Hai", "Tết"), words in capitals ("MINH ĐỨC") and
// headlines in Title Case give no name. Given names that end a full name of
// the text take its key ("Hùng Dũng" of "Đỗ Hùng Dũng"); others are keyed
// by themselves ("person:hung-dung"), and [Match] pairs them with the full
// name in the other language.
//
// In English text, Vietnamese names are written without diacritics and
// often without a cue: two to four Vietnamese syllables that start with
// a family name of data/surnames.txt are a person ("Nguyen Quang Hai
// scored"), and a word that opens the sentence before given names is
// dropped ("Later Hung Dung" resolves to Do Hung Dung).
//
// Datelines ("HÀ NỘI (VNS) —", "Hà Nội, ngày 30/1 —"), credits and
// bylines ("Ảnh: TTXVN", "Photo: VNA/VNS") and agency tags ("(TPO)",
// "Theo VnExpress") are found first, from the cue words of the same file,
// and give no entity; a name before a credit ends there ("Lưu Hải Tinh
// Ảnh: ..."). The words that open Vietnamese sentences ("Tại", "Theo") are
// read with their diacritics, so "Tại Pháp" is France and "Cầu Giấy" keeps
// its first word.
//
// Short Vietnamese names that are also common words (Anh, Đức, Nga, Mỹ,
// Áo) are taken only where they cannot be part of a person's name; before
// another capitalised Vietnamese syllable they open a name ("Mỹ Đình",
// "My Tho", "Anh Sơn"), in English too, where "My" opens sentences. A
// capitalised word alone is a person only when it resolves to a full name
// in the same text or follows a title, an honorific (ông, bà, Mr, Ms) or
// a cue word; a word that opens a sentence ("Tại Pháp") is no sign of a
// name.
//
// # Matching
//
// [Match] scores 1 for equal keys, and otherwise compares people's names
// written differently: with other spaces and hyphens; Sino-Vietnamese
// against pinyin, through a table of Unihan readings; given names against
// the full Vietnamese name; and foreign names spelt differently, by
// Levenshtein distance word by word. [Threshold] is the measured score
// from which two mentions should be taken as the same. On the 378 pairs of
// testdata/match.txt (countries, capitals, organisations, Vietnamese
// state bodies, titles and people of Việt Nam, China, Korea, Japan,
// ASEAN, the US and Europe, unknown Vietnamese people and places, and
// near misses such as Hàn Quốc / North Korea, Lý Cường / Li Keqiang, Áo /
// Australia, Cuba / Cuban, Vũ Hồng Trường / Vu Van Truong, Mặt trận Tổ
// quốc / VFF) precision is
// 1.00 and recall 0.996. Two bodies the table does not know match when
// the English name keeps the Vietnamese one's proper name ("Song Da
// Construction Corporation", "Tổng công ty Xây dựng Sông Đà") or is it
// with a body word closing it ("Hanwha Group", "Tập đoàn Hanwha").
//
// [Rivals] tells two different names that one version may have put in
// place of the other: two keys of the table of one type and, for bodies,
// of one kind (two ministries, two provincial departments), never a kind
// of body that stands for many ("Ban Chỉ đạo").
//
// # Performance
//
// Extract is linear in the length of its input: one pass of a hand-written
// tokenizer and map lookups, no regular expressions. BenchmarkExtract reads
// about 50 MB/s of generated news text in either language on a small
// machine.
//
// # Data and licences
//
// zhanviet.go, the Sino-Vietnamese to pinyin table, is generated from the
// kVietnamese and kMandarin fields of Unicode's Unihan_Readings.txt, as
// shipped by Debian's unicode-data package, and supplemented by hand in
// hanviet.go. To regenerate it, install the package (apt-get install
// unicode-data) and run go generate in this directory; TestGenerated checks
// that the committed file is what the generator writes. The Unihan data is
// © Unicode, Inc. and used under the Unicode License, whose text is in
// zhanviet.go; it was modified (filtered, folded and combined) for this
// package. CLDR region names come from golang.org/x/text (CLDR 32) and are
// modified the same way (split at parentheses and commas).
//
// ztables.go holds the tables that Extract, Lookup and Match read: the
// forms of data/gazetteer.tsv and of the CLDR region names, the cues of
// data/cues.tsv and the word classes of data/words.tsv (honorifics, words
// that are no name, connectors, the parts of a Vietnamese syllable, ...)
// and data/surnames.txt, already folded, with their diacritics and case
// requirements worked out, in hash tables laid out by TestTables, so that
// nothing is built when the package is first used. The data files stay the
// source: after editing one, run go generate in this directory; TestTables
// fails while the committed file differs from what they give.
//
// All functions are safe for concurrent use: the tables are never changed.
package entities
