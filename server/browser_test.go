package server

import (
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"

	"github.com/factalign/factalign/internal/browsertest"
)

// TestPageInBrowser uses the page in headless Chromium as an editor does:
// paste an edited pair, press Check, read the conflict with its why,
// filter to conflicts, press j; then paste hostile text and check that
// nothing runs. The console must stay free of errors.
func TestPageInBrowser(t *testing.T) {
	srv := httptest.NewServer(New(Options{}))
	defer srv.Close()
	br := browsertest.New(t)
	eval := func(js string) any { t.Helper(); return br.Eval(t, js) }
	report := `document.getElementById('report').contentDocument`
	waitReport := func(want string) {
		t.Helper()
		for range 100 {
			if eval(`(() => { const d = `+report+`; return !!d && !!d.body && d.body.innerText.includes(`+"`"+want+"`"+`); })()`) == true {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("the report never showed %q", want)
	}

	br.Do(t, chromedp.Navigate(srv.URL), chromedp.WaitReady(chromedp.CSS("#go")),
		chromedp.SetValue(chromedp.CSS("#a"), "date 2026-01-30\n\nChiều 30/1, Singapore cho biết có 4.400 dự án và 1.200 nhà máy."),
		chromedp.SetValue(chromedp.CSS("#b"), "date 2026-01-30\n\nSingapore said on Friday it had 4,600 projects and 1,300 factories."),
		chromedp.Click(chromedp.CSS("#go")))
	waitReport("4.400 dự án ≠ 4,600 projects")
	assert.EqualValues(t, 2, eval(report+`.querySelectorAll('li.conflict-item').length`))
	assert.Equal(t, true, eval(`!document.getElementById('links').hidden`), "download report is offered")

	// Filter to conflicts, then j to the first conflict, in the report.
	eval(`(() => { const d = ` + report + `; const c = d.querySelector('input.f-status[value="agree"]'); c.click(); })()`)
	assert.Equal(t, true, eval(report+`.querySelectorAll('[data-status="agree"]:not([hidden])').length === 0`))
	eval(report + `.dispatchEvent(new KeyboardEvent('keydown', {key: 'j', bubbles: true}))`)
	assert.EqualValues(t, 0, eval(`[...`+report+`.querySelectorAll('li.conflict-item')].findIndex(e => e.classList.contains('current'))`))

	// Hostile text is shown as text and runs nothing.
	br.Do(t,
		chromedp.SetValue(chromedp.CSS("#a"), `Singapore có 4.400 dự án <script>window.parent.pwned=1</script> "><img src=x onerror="window.parent.pwned=2"> javascript:window.parent.pwned=3`),
		chromedp.SetValue(chromedp.CSS("#b"), `Singapore has 4,400 projects <script>window.parent.pwned=1</script>`),
		chromedp.Click(chromedp.CSS("#go")))
	waitReport("window.parent.pwned=1")
	assert.Equal(t, true, eval(`window.pwned === undefined && `+report+`.querySelectorAll('img').length === 0`))
	assert.Empty(t, br.Problems())
}
