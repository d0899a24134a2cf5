package numbers

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The snapshot is a differential safety net: what Extract gives today on
// every text the project has at hand, so that a rewrite of this package
// shows each change it makes. testdata/snapshot/README.md says how it is
// made and what it covers.
var (
	updateSnapshot = flag.Bool("update-snapshot", false,
		"rewrite testdata/snapshot/*.jsonl.gz from the current Extract")
	snapshotDiffs = flag.String("snapshot-diffs", "",
		"write every difference TestSnapshot finds to this file, in the format of testdata/snapshot/accepted.txt")
)

const (
	snapshotDir  = "testdata/snapshot"
	snapshotAcc  = snapshotDir + "/accepted.txt"
	snapModule   = ".."           // the module root, seen from this package
	snapShared   = "../../shared" // the shared material beside the module
	snapRefAlias = "@ref"         // id suffix of a file read with its date line as reference

	// The corpora sample takes at most corpusLines lines of each file
	// (see corpusInputs).
	corpusLines = 2000
	// At most this many differences of one group are printed in full.
	snapMaxShown = 40
)

// A snapInput is one text the snapshot covers.
type snapInput struct {
	id   string // unique: a path, with #LINE for a line or a row, @ref for the dated run
	lang string // "vi" or "en"
	ref  string // the reference: "", 2006-01-02 or 2006-01-02T15:04:05
	text string
}

// A snapRecord is one line of a snapshot file. Sum is a hash of the text,
// so that a changed source is told apart from a changed Extract.
type snapRecord struct {
	ID       string            `json:"id"`
	Lang     string            `json:"lang"`
	Ref      string            `json:"ref,omitempty"`
	Sum      string            `json:"sum"`
	Mentions []json.RawMessage `json:"mentions"`
}

// A snapGroup is one snapshot file and the texts it covers. The texts of a
// shared group come from ../shared, which the repository must not hold:
// its records keep no mention text, only offsets and normalised fields.
type snapGroup struct {
	name   string
	shared bool
	inputs func(root string) ([]snapInput, error)
}

func snapshotGroups() []snapGroup {
	return []snapGroup{
		{"module", false, moduleInputs},
		{"peer-suites", true, peerSuiteInputs},
		{"seeds", true, seedInputs},
		{"real-pairs", true, realPairInputs},
		{"corpora", true, func(root string) ([]snapInput, error) {
			return corpusInputs(root, "corpora/iwslt15-ted-envi", "corpora/iwslt15-ted-envi-resplit")
		}},
	}
}

func (g snapGroup) file() string { return filepath.Join(snapshotDir, g.name+".jsonl.gz") }

func (g snapGroup) root() string {
	if g.shared {
		return snapShared
	}
	return snapModule
}

// sharedHere reports whether ../shared is beside the module.
func sharedHere() bool {
	fi, err := os.Stat(filepath.Join(snapShared, "peer-suites"))
	return err == nil && fi.IsDir()
}

// TestSnapshot re-runs Extract on every text of the snapshot and compares
// with what was recorded. Each difference must be listed in
// testdata/snapshot/accepted.txt, and each listed difference must still
// occur. With -update-snapshot it rewrites the snapshot instead.
func TestSnapshot(t *testing.T) {
	groups := snapshotGroups()
	if *updateSnapshot {
		writeSnapshot(t, groups)
		return
	}
	accepted := readAccepted(t)
	type result struct {
		ran   bool
		ids   map[string]bool // ids recorded in the snapshot file
		diffs []snapDiff
	}
	results := make([]result, len(groups))
	haveShared := sharedHere()
	t.Run("group", func(t *testing.T) {
		for i, g := range groups {
			records, err := readSnapshot(g.file())
			require.NoError(t, err, "reading %s (make it with -update-snapshot)", g.file())
			results[i].ids = make(map[string]bool, len(records))
			for _, r := range records {
				results[i].ids[r.ID] = true
			}
			if g.shared && !haveShared {
				t.Logf("%s: skipped, ../shared is not beside the module (no %s from numbers/)", g.name, snapShared)
				continue
			}
			results[i].ran = true
			t.Run(g.name, func(t *testing.T) {
				t.Parallel()
				results[i].diffs = compareGroup(t, g, records, accepted)
			})
		}
	})
	var all []snapDiff
	for _, r := range results {
		all = append(all, r.diffs...)
	}
	if *snapshotDiffs != "" {
		writeDiffs(t, *snapshotDiffs, all)
	}
	occurs := make(map[string]bool, len(all))
	for _, d := range all {
		occurs[d.key()] = true
	}
	listed := slices.Collect(maps.Values(accepted))
	slices.SortFunc(listed, func(a, b acceptedDiff) int { return a.line - b.line })
	for _, a := range listed {
		owner := -1
		for i, r := range results {
			if r.ids[a.id] {
				owner = i
				break
			}
		}
		switch {
		case owner < 0:
			t.Errorf("%s:%d: %s is no text of the snapshot", snapshotAcc, a.line, a.id)
		case !results[owner].ran:
			// its texts are not here; nothing to check
		case !occurs[a.key()]:
			t.Errorf("%s:%d: stale entry: %s no longer differs this way; remove the line", snapshotAcc, a.line, a.id)
		}
	}
}

// compareGroup re-runs Extract on the texts of g and returns the
// differences from records. Those not in accepted fail the test.
func compareGroup(t *testing.T, g snapGroup, records []snapRecord, accepted map[string]acceptedDiff) []snapDiff {
	inputs, err := g.inputs(g.root())
	require.NoError(t, err)
	byID := make(map[string]snapInput, len(inputs))
	for _, in := range inputs {
		byID[in.id] = in
	}
	var diffs []snapDiff
	seen := make(map[string]bool, len(records))
	unlisted, mentions := 0, 0
	for _, r := range records {
		seen[r.ID] = true
		mentions += len(r.Mentions)
		in, ok := byID[r.ID]
		if !ok {
			t.Errorf("%s: %s is gone from %s; the snapshot cannot check it", g.name, r.ID, g.root())
			continue
		}
		if in.lang != r.Lang || in.ref != r.Ref || textSum(in.text) != r.Sum {
			t.Errorf("%s: the text, language or reference of %s changed since the snapshot was made; it no longer tells what Extract changed", g.name, r.ID)
			continue
		}
		got, err := snapMentions(in, g.shared)
		if !assert.NoError(t, err, r.ID) {
			continue
		}
		for _, d := range diffMentions(r.ID, rawStrings(r.Mentions), rawStrings(got)) {
			diffs = append(diffs, d)
			if _, ok := accepted[d.key()]; ok {
				continue
			}
			unlisted++
			if unlisted <= snapMaxShown {
				t.Errorf("difference not in %s:\n%s\tWHY", snapshotAcc, d.key())
			}
		}
	}
	if unlisted > snapMaxShown {
		t.Errorf("%s: %d differences not in %s, %d shown (-snapshot-diffs FILE writes them all)",
			g.name, unlisted, snapshotAcc, snapMaxShown)
	}
	fresh := 0
	for _, in := range inputs {
		if !seen[in.id] {
			fresh++
		}
	}
	if fresh > 0 {
		t.Logf("%s: %d texts are not in the snapshot and go unchecked", g.name, fresh)
	}
	t.Logf("%s: %d texts, %d recorded mentions, %d differences", g.name, len(records), mentions, len(diffs))
	return diffs
}

// writeSnapshot records what Extract gives today, one file a group.
func writeSnapshot(t *testing.T, groups []snapGroup) {
	require.NoError(t, os.MkdirAll(snapshotDir, 0o755))
	haveShared := sharedHere()
	for _, g := range groups {
		if g.shared && !haveShared {
			t.Logf("%s: not rewritten, ../shared is not beside the module (no %s from numbers/)", g.name, snapShared)
			continue
		}
		inputs, err := g.inputs(g.root())
		require.NoError(t, err)
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		enc := json.NewEncoder(zw)
		enc.SetEscapeHTML(false)
		mentions := 0
		for _, in := range inputs {
			ms, err := snapMentions(in, g.shared)
			require.NoError(t, err, in.id)
			if ms == nil {
				ms = []json.RawMessage{}
			}
			mentions += len(ms)
			require.NoError(t, enc.Encode(snapRecord{ID: in.id, Lang: in.lang, Ref: in.ref, Sum: textSum(in.text), Mentions: ms}))
		}
		require.NoError(t, zw.Close())
		require.NoError(t, os.WriteFile(g.file(), buf.Bytes(), 0o644))
		t.Logf("%s: %d texts, %d mentions, %d bytes", g.file(), len(inputs), mentions, buf.Len())
	}
}

func readSnapshot(name string) ([]snapRecord, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer zr.Close()
	var out []snapRecord
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var r snapRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// snapMentions runs Extract on in and returns each mention as its own
// JSON (Mention.MarshalJSON), without the "text" field when dropText.
func snapMentions(in snapInput, dropText bool) ([]json.RawMessage, error) {
	var tag language.Tag
	switch in.lang {
	case "vi":
		tag = language.Vietnamese
	case "en":
		tag = language.English
	default:
		return nil, fmt.Errorf("%s: language %q", in.id, in.lang)
	}
	var opts []Option
	if in.ref != "" {
		ref, err := parseSnapRef(in.ref)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", in.id, err)
		}
		opts = append(opts, WithReference(ref))
	}
	var out []json.RawMessage
	for _, m := range Extract(in.text, tag, opts...) {
		b, err := m.MarshalJSON()
		if err == nil && dropText {
			b, err = dropJSONField(b, "text")
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", in.id, err)
		}
		out = append(out, b)
	}
	return out, nil
}

// dropJSONField returns the JSON object b without its field name,
// keeping the other fields in order and byte for byte.
func dropJSONField(b []byte, name string) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object: %s", b)
	}
	out := make([]byte, 0, len(b))
	out = append(out, '{')
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		if key == name {
			continue
		}
		if len(out) > 1 {
			out = append(out, ',')
		}
		k, _ := json.Marshal(key)
		out = append(out, k...)
		out = append(out, ':')
		out = append(out, v...)
	}
	out = append(out, '}')
	return out, nil
}

// parseSnapRef reads a reference as the snapshot writes it.
func parseSnapRef(s string) (time.Time, error) {
	for _, layout := range []string{time.DateOnly, "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad reference %q", s)
}

func textSum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

func rawStrings(ms []json.RawMessage) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = string(m)
	}
	return out
}

// A snapDiff is one mention that changed, appeared ("-" before) or went
// away ("-" after) in the text id.
type snapDiff struct {
	id, before, after string
}

func (d snapDiff) key() string { return d.id + "\t" + d.before + "\t" + d.after }

// diffMentions lists how after differs from before: mentions of the same
// span pair up as a change; the rest appear or go away.
func diffMentions(id string, before, after []string) []snapDiff {
	count := make(map[string]int, len(before))
	for _, m := range before {
		count[m]++
	}
	var added []string
	for _, m := range after {
		if count[m] > 0 {
			count[m]--
			continue
		}
		added = append(added, m)
	}
	var removed []string
	for _, m := range before {
		if count[m] > 0 {
			count[m]--
			removed = append(removed, m)
		}
	}
	var out []snapDiff
	used := make([]bool, len(added))
	for _, r := range removed {
		d := snapDiff{id: id, before: r, after: "-"}
		rs := mentionSpan(r)
		for i, a := range added {
			if !used[i] && mentionSpan(a) == rs {
				used[i] = true
				d.after = a
				break
			}
		}
		out = append(out, d)
	}
	for i, a := range added {
		if !used[i] {
			out = append(out, snapDiff{id: id, before: "-", after: a})
		}
	}
	return out
}

// mentionSpan returns the start and end of a mention's JSON, or [-1 -1].
func mentionSpan(js string) [2]int {
	var s struct {
		Start *int `json:"start"`
		End   *int `json:"end"`
	}
	if json.Unmarshal([]byte(js), &s) != nil || s.Start == nil || s.End == nil {
		return [2]int{-1, -1}
	}
	return [2]int{*s.Start, *s.End}
}

// An acceptedDiff is one line of accepted.txt:
//
//	ID <TAB> BEFORE <TAB> AFTER <TAB> WHY
//
// BEFORE and AFTER are a mention's JSON as in the snapshot, or "-".
type acceptedDiff struct {
	snapDiff
	line int
	why  string
}

func readAccepted(t *testing.T) map[string]acceptedDiff {
	t.Helper()
	data, err := os.ReadFile(snapshotAcc)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	require.NoError(t, err)
	out := map[string]acceptedDiff{}
	for n, f := range tabRows(string(data)) {
		if len(f) != 4 || strings.TrimSpace(f[3]) == "" || strings.TrimSpace(f[3]) == "WHY" {
			t.Errorf("%s:%d: want ID, BEFORE, AFTER and WHY separated by tabs", snapshotAcc, n)
			continue
		}
		a := acceptedDiff{snapDiff: snapDiff{id: f[0], before: f[1], after: f[2]}, line: n, why: f[3]}
		if prev, ok := out[a.key()]; ok {
			t.Errorf("%s:%d: repeats line %d", snapshotAcc, n, prev.line)
		}
		out[a.key()] = a
	}
	return out
}

func writeDiffs(t *testing.T, name string, diffs []snapDiff) {
	t.Helper()
	var b strings.Builder
	for _, d := range diffs {
		b.WriteString(d.key())
		b.WriteString("\tWHY\n")
	}
	require.NoError(t, os.WriteFile(name, []byte(b.String()), 0o644))
	t.Logf("%d differences written to %s", len(diffs), name)
}

// --- The texts ---

// moduleInputs returns the article texts of the module's own testdata.
func moduleInputs(root string) ([]snapInput, error) {
	var out []snapInput
	for _, pattern := range []string{"testdata/pairs/*/*.txt", "testdata/heldout*/*/*.txt"} {
		paths, err := fs.Glob(os.DirFS(root), pattern)
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			lang := strings.TrimSuffix(path.Base(p), ".txt")
			if lang != "vi" && lang != "en" {
				continue
			}
			ins, err := fileInputs(root, p, lang)
			if err != nil {
				return nil, err
			}
			out = append(out, ins...)
		}
	}
	paths, err := fs.Glob(os.DirFS(root), "examples/suite/testdata/*.txt")
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		lang := path.Ext(strings.TrimSuffix(p, ".txt"))
		if lang != ".vi" && lang != ".en" {
			continue
		}
		ins, err := fileInputs(root, p, lang[1:])
		if err != nil {
			return nil, err
		}
		out = append(out, ins...)
	}
	return out, nil
}

// peerSuiteInputs returns the rows of ../shared/peer-suites/*.jsonl with
// their language and reference, as ../shared/tools/score-extract sends
// them to the extractor.
func peerSuiteInputs(root string) ([]snapInput, error) {
	paths, err := fs.Glob(os.DirFS(root), "peer-suites/*.jsonl")
	if err != nil {
		return nil, err
	}
	var out []snapInput
	for _, p := range paths {
		data, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			return nil, err
		}
		n := 0
		for line := range strings.Lines(string(data)) {
			n++
			if strings.TrimSpace(line) == "" {
				continue
			}
			var row struct {
				Lang string          `json:"lang"`
				Text *string         `json:"text"`
				Ref  json.RawMessage `json:"ref"`
			}
			if err := json.Unmarshal([]byte(line), &row); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", p, n, err)
			}
			if row.Text == nil || (row.Lang != "vi" && row.Lang != "en") {
				continue
			}
			var ref string
			_ = json.Unmarshal(row.Ref, &ref) // null or absent: no reference
			out = append(out, snapInput{id: fmt.Sprintf("%s#%d", p, n), lang: row.Lang, ref: plainRef(ref), text: *row.Text})
		}
	}
	return out, nil
}

var plainRefRE = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?`)

// plainRef turns a suite's reference into the local wall time it states,
// as score-extract's plain_ref does: the offset and fractions of a second
// are dropped. It returns "" for no or a bad reference.
func plainRef(s string) string {
	m := plainRefRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	for i := 4; i <= 6; i++ {
		if m[i] == "" {
			m[i] = "00"
		}
	}
	r := fmt.Sprintf("%s-%s-%sT%s:%s:%s", m[1], m[2], m[3], m[4], m[5], m[6])
	if _, err := parseSnapRef(r); err != nil {
		return ""
	}
	return r
}

// seedInputs returns the seed articles; their language is guessed from
// their letters.
func seedInputs(root string) ([]snapInput, error) {
	paths, err := fs.Glob(os.DirFS(root), "seeds/*.txt")
	if err != nil {
		return nil, err
	}
	var out []snapInput
	for _, p := range paths {
		data, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			return nil, err
		}
		ins, err := fileInputs(root, p, guessLang(string(data)))
		if err != nil {
			return nil, err
		}
		out = append(out, ins...)
	}
	return out, nil
}

func realPairInputs(root string) ([]snapInput, error) {
	var out []snapInput
	for _, lang := range []string{"vi", "en"} {
		paths, err := fs.Glob(os.DirFS(root), "real-pairs/*/"+lang+".txt")
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			ins, err := fileInputs(root, p, lang)
			if err != nil {
				return nil, err
			}
			out = append(out, ins...)
		}
	}
	slices.SortFunc(out, func(a, b snapInput) int { return strings.Compare(a.id, b.id) })
	return out, nil
}

// corpusInputs returns the corpora sample: each non-empty line among the
// first corpusLines of every vi.txt and en.txt of the corpora dirs (a line
// the group already has in that language is left out), as a text of its
// own, then every vi.raw.txt and en.raw.txt of the first corpus as one
// text; all without a reference.
func corpusInputs(root string, dirs ...string) ([]snapInput, error) {
	var out []snapInput
	seen := map[string]bool{} // lang + text
	for _, dir := range dirs {
		paths, err := fs.Glob(os.DirFS(root), dir+"/*/*.txt")
		if err != nil {
			return nil, err
		}
		sort.Strings(paths)
		for _, p := range paths {
			lang := strings.TrimSuffix(path.Base(p), ".txt")
			if lang != "vi" && lang != "en" {
				continue
			}
			data, err := os.ReadFile(filepath.Join(root, p))
			if err != nil {
				return nil, err
			}
			n := 0
			for line := range strings.Lines(string(data)) {
				n++
				if n > corpusLines {
					break
				}
				line = strings.TrimRight(line, "\r\n")
				if strings.TrimSpace(line) == "" || seen[lang+"\x00"+line] {
					continue
				}
				seen[lang+"\x00"+line] = true
				out = append(out, snapInput{id: fmt.Sprintf("%s#%d", p, n), lang: lang, text: line})
			}
		}
	}
	if len(dirs) == 0 {
		return out, nil
	}
	paths, err := fs.Glob(os.DirFS(root), dirs[0]+"/*/*.raw.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	for _, p := range paths {
		data, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			return nil, err
		}
		out = append(out, snapInput{id: p, lang: strings.TrimSuffix(path.Base(p), ".raw.txt"), text: string(data)})
	}
	return out, nil
}

// fileInputs reads the file p under root as one text, once without a
// reference and, when it opens with a date line, once more with that date
// as the reference (id p@ref). The text is the whole file both times, as
// align gives it to Extract.
func fileInputs(root, p, lang string) ([]snapInput, error) {
	data, err := os.ReadFile(filepath.Join(root, p))
	if err != nil {
		return nil, err
	}
	text := string(data)
	out := []snapInput{{id: p, lang: lang, text: text}}
	if date, ok := headerDate(text); ok {
		out = append(out, snapInput{id: p + snapRefAlias, lang: lang, ref: date, text: text})
	}
	return out, nil
}

// headerDate reads the line `date YYYY-MM-DD` that may open an article,
// after optional white space and a byte order mark, and followed by the
// end of the line or by white space and the title (as in the seeds). It
// reads the header as align.Header does; numbers must not import align.
func headerDate(text string) (string, bool) {
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.TrimLeft(text, " \t\n\r\v\f")
	const kw = "date"
	if len(text) < len(kw)+1+10 || !strings.EqualFold(text[:len(kw)], kw) {
		return "", false
	}
	text = text[len(kw):]
	if text[0] != ' ' && text[0] != '\t' {
		return "", false
	}
	text = strings.TrimLeft(text, " \t")
	if len(text) < 10 {
		return "", false
	}
	date := text[:10]
	if _, err := time.Parse(time.DateOnly, date); err != nil {
		return "", false
	}
	if len(text) > 10 && !strings.ContainsRune(" \t\n\r\v\f", rune(text[10])) {
		return "", false
	}
	return date, true
}

// guessLang tells a Vietnamese text from an English one by the share of
// its letters that only Vietnamese uses (đ, ơ, ư, tone marks...).
func guessLang(text string) string {
	letters, vi := 0, 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if (r >= 0x1EA0 && r <= 0x1EF9) || strings.ContainsRune("ăâđêôơưĂÂĐÊÔƠƯàáèéìíòóùúýãõĩũỳÀÁÈÉÌÍÒÓÙÚÝÃÕĨŨ", r) {
			vi++
		}
	}
	if letters > 0 && vi*20 > letters {
		return "vi"
	}
	return "en"
}

func TestSnapshotHelpers(t *testing.T) {
	t.Run("headerDate", func(t *testing.T) {
		for _, c := range []struct {
			in, want string
			ok       bool
		}{
			{"date 2026-03-31\n\nTitle", "2026-03-31", true},
			{"\uFEFF  date\t2026-03-31\r\n", "2026-03-31", true},
			{" date 2026-01-30 Singapore sẽ tăng", "2026-01-30", true},
			{"Date 2026-01-30", "2026-01-30", true},
			{"date 2026-01-30x", "", false},
			{"date 2026-13-30\n", "", false},
			{"dated 2026-01-30\n", "", false},
			{"Title\ndate 2026-01-30\n", "", false},
			{"date", "", false},
			{"", "", false},
		} {
			got, ok := headerDate(c.in)
			assert.Equal(t, c.ok, ok, "%q", c.in)
			assert.Equal(t, c.want, got, "%q", c.in)
		}
	})
	t.Run("plainRef", func(t *testing.T) {
		assert.Equal(t, "2013-02-12T04:30:00", plainRef("2013-02-12T04:30:00-02:00"))
		assert.Equal(t, "2017-09-28T14:11:10", plainRef("2017-09-28T14:11:10.9626841"))
		assert.Equal(t, "2016-11-07T08:00:00", plainRef("2016-11-07 08:00"))
		assert.Equal(t, "2016-11-07T00:00:00", plainRef("2016-11-07"))
		assert.Empty(t, plainRef(""))
		assert.Empty(t, plainRef("2016-02-30"))
		assert.Empty(t, plainRef("soon"))
	})
	t.Run("dropJSONField", func(t *testing.T) {
		got, err := dropJSONField([]byte(`{"start":0,"end":3,"text":"a\"}b","kind":"number","value":"1"}`), "text")
		require.NoError(t, err)
		assert.Equal(t, `{"start":0,"end":3,"kind":"number","value":"1"}`, string(got))
		_, err = dropJSONField([]byte(`[1]`), "text")
		assert.Error(t, err)
		_, err = dropJSONField([]byte(`{"a":`), "text")
		assert.Error(t, err)
	})
	t.Run("snapMentions", func(t *testing.T) {
		in := snapInput{id: "x", lang: "vi", ref: "2026-01-30", text: "Chiều 30/1, 90 tỷ USD"}
		kept, err := snapMentions(in, false)
		require.NoError(t, err)
		dropped, err := snapMentions(in, true)
		require.NoError(t, err)
		require.Len(t, dropped, len(kept))
		require.NotEmpty(t, kept)
		for i := range kept {
			assert.Contains(t, string(kept[i]), `"text":`)
			assert.NotContains(t, string(dropped[i]), `"text":`)
			assert.Equal(t, mentionSpan(string(kept[i])), mentionSpan(string(dropped[i])))
		}
		_, err = snapMentions(snapInput{id: "x", lang: "fr", text: "1"}, false)
		assert.Error(t, err)
		_, err = snapMentions(snapInput{id: "x", lang: "en", ref: "30/1", text: "1"}, false)
		assert.Error(t, err)
	})
	t.Run("diffMentions", func(t *testing.T) {
		a := `{"start":0,"end":2,"value":"1"}`
		a2 := `{"start":0,"end":2,"value":"2"}`
		b := `{"start":5,"end":7}`
		c := `{"start":9,"end":9}`
		assert.Empty(t, diffMentions("x", []string{a, b}, []string{a, b}))
		assert.Equal(t, []snapDiff{
			{"x", a, a2},
			{"x", b, "-"},
			{"x", "-", c},
		}, diffMentions("x", []string{a, b, b}, []string{a2, b, c}))
		assert.Equal(t, [2]int{-1, -1}, mentionSpan(`{"start":1}`))
	})
	t.Run("guessLang", func(t *testing.T) {
		assert.Equal(t, "vi", guessLang("Hai bộ trưởng đã gặp nhau tại Hà Nội hôm thứ Hai"))
		assert.Equal(t, "en", guessLang("General Secretary Tô Lâm talked over the phone with Lawrence Wong"))
		assert.Equal(t, "en", guessLang("123"))
	})
}
