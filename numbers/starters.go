package numbers

// starters holds the first word of every phrase that can begin a mention.
// Words not in it are skipped without trying the rules. It is built once
// from the read-only tables and never changed.
var starters = buildStarters()

func buildStarters() map[string]bool {
	set := map[string]bool{}
	addKeys := func(keys []string) {
		for _, k := range keys {
			set[k[:keyBoundaries(k)[0]]] = true
		}
	}
	addKeys(keysOf(viQualifiers.words))
	addKeys(keysOf(enQualifiers.words))
	addKeys(keysOf(rangeOpeners.words))
	addKeys(keysOf(currencyPrefixes.words))
	addKeys(keysOf(viDigits))
	addKeys(keysOf(viWordScales))
	addKeys(keysOf(enSmall))
	addKeys(keysOf(enTens))
	addKeys(keysOf(enWordScales))
	addKeys(keysOf(enOrdinals))
	addKeys(keysOf(viRomanHeads.words))
	addKeys(keysOf(dateStarters))
	addKeys([]string{"a", "an", "half", "âm", "minus", "negative", "thứ", "hạng", "đầu",
		"mười", "mươi", "trăm", "chục", "nửa", "hundred", "dozen", "muoi", "tram", "us", "u",
		"quarter", "trừ", "point", "nil", "percentage", "naught", "nought", "few", "couple", "pair", "percent", "percents", "per"})
	return set
}

func keysOf[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

// plainWord reports whether no rule starts with the word w.
func (s *scanner) plainWord(w string) bool {
	if starters[w] {
		return false
	}
	if len(w) > 8 && !s.vi {
		_, ok := concatOrdinal(w) // "twentyfifth"
		return !ok
	}
	return true
}
