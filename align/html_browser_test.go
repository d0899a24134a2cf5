package align

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/factalign/factalign/internal/browsertest"
)

// TestHTMLInBrowser opens a report in headless Chromium and uses it as a
// person does: the page loads with no script error, the filters hide and
// show facts, j and k move between conflicts, and hostile text in the
// documents is shown as text and runs nothing.
func TestHTMLInBrowser(t *testing.T) {
	vi := "date 2026-01-30\n\nSingapore có 4.400 dự án <script>window.pwned=1</script>.\n\n" +
		"Tổng vốn đạt 90 tỷ USD \"><img src=x onerror=\"window.pwned=2\">.\n\nHàn Quốc có 1.200 dự án, xem javascript:window.pwned=3.\n"
	en := "date 2026-01-30\n\nSingapore has 4,600 projects <script>window.pwned=1</script>.\n\n" +
		"Total capital is US$90 billion \"><img src=x onerror=\"window.pwned=2\">.\n\nSouth Korea has 1,300 projects, see javascript:window.pwned=3.\n"
	r, err := Compare(Document{Text: vi, Lang: language.Vietnamese}, Document{Text: en, Lang: language.English})
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(r.Conflicts()), 2, "the page needs two conflicts to move between")
	var buf bytes.Buffer
	require.NoError(t, r.WriteHTML(&buf))
	file := filepath.Join(t.TempDir(), "report.html")
	require.NoError(t, os.WriteFile(file, buf.Bytes(), 0o644))

	br := browsertest.New(t)
	eval := func(js string) any { t.Helper(); return br.Eval(t, js) }
	do := func(steps ...chromedp.Action[chromedp.Void]) { t.Helper(); br.Do(t, steps...) }
	current := "[...document.querySelectorAll('li.conflict-item')].findIndex(e => e.classList.contains('current'))"
	change := "document.querySelector('select.f-kind').dispatchEvent(new Event('change', {bubbles: true}))"

	do(chromedp.Navigate("file://"+file), chromedp.WaitReady(chromedp.CSS("body")))
	assert.EqualValues(t, len(r.Conflicts()), eval(`document.querySelectorAll('li.conflict-item').length`))

	do(chromedp.Click(chromedp.CSS(`input.f-status[value="agree"]`)))
	assert.Equal(t, true, eval(`[...document.querySelectorAll('[data-status="agree"]')].every(e => e.hidden && e.offsetParent === null)`), "unchecking agree hides the agreeing facts")
	do(chromedp.Click(chromedp.CSS(`input.f-status[value="agree"]`)))
	assert.Equal(t, true, eval(`[...document.querySelectorAll('[data-status="agree"]')].every(e => !e.hidden)`), "checking it again shows them")

	do(chromedp.SetValue(chromedp.CSS(`select.f-kind`), "money"))
	eval(change)
	assert.Equal(t, true, eval(`[...document.querySelectorAll('[data-kind]')].every(e => e.hidden === (e.getAttribute('data-kind') !== 'money'))`), "the kind filter shows that kind only")
	do(chromedp.SetValue(chromedp.CSS(`select.f-kind`), ""))
	eval(change)

	eval(`document.activeElement.blur()`) // the keys are for the page, not the select
	do(chromedp.KeyEvent("j"))
	assert.EqualValues(t, 0, eval(current), "j goes to the first conflict")
	do(chromedp.KeyEvent("j"))
	assert.EqualValues(t, 1, eval(current), "j again to the second")
	do(chromedp.KeyEvent("k"))
	assert.EqualValues(t, 0, eval(current), "k back to the first")

	do(chromedp.Click(chromedp.CSS(`button.copy`)))
	assert.Equal(t, true, eval(`document.querySelector('button.copy').hasAttribute('data-copied')`), "copy ignore line")
	assert.Equal(t, true, eval(`document.body.innerText.includes('<script>window.pwned=1</script>') && document.body.innerText.includes('onerror=')`), "hostile text is shown as text")
	assert.Equal(t, true, eval(`window.pwned === undefined && document.querySelectorAll('img').length === 0 && document.querySelectorAll('script').length === 1`), "hostile text runs nothing and makes no element")
	assert.Empty(t, br.Problems())
}
