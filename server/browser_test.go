package server

import (
	"flag"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factalign/factalign/internal/browsertest"
)

var screenshot = flag.String("screenshot", "", "write a PNG of the page with its first report to this file (docs/page.png: go test ./server -run TestPageInBrowser -screenshot ../docs/page.png)")

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
	if *screenshot != "" {
		br.Do(t, chromedp.EmulateViewport(1200, 940))
		eval(`window.scrollTo(0, 0)`)
		time.Sleep(300 * time.Millisecond) // the report's frame lays out again
		png, err := chromedp.Run(br.Ctx, chromedp.CaptureScreenshot())
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(*screenshot, png, 0o644))
	}
	assert.EqualValues(t, 2, eval(report+`.querySelectorAll('li.conflict-item').length`))
	assert.Equal(t, true, eval(`!document.getElementById('links').hidden`), "download report is offered")

	// "copy ignore line" adds the line to the known differences; checked
	// again, that conflict is ignored.
	eval(report + `.querySelector('li.conflict-item button.copy').click()`)
	line, _ := eval(`document.getElementById('ignore').value`).(string)
	assert.Regexp(t, `^number text "4.400 dự án"`, line)
	assert.Equal(t, true, eval(`document.getElementById('ignore-box').open`))
	br.Do(t, chromedp.Click(chromedp.CSS("#go")))
	waitReport("1 conflict to check")
	assert.EqualValues(t, 1, eval(report+`.querySelectorAll('li.conflict-item').length`))
	eval(`document.getElementById('ignore').value = ''`)
	br.Do(t, chromedp.Click(chromedp.CSS("#go")))
	waitReport("2 conflicts to check")

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

	// A translator's XLIFF of a job in progress: checked unit by unit,
	// the untranslated units listed; clear gives the two texts back.
	xlf, err := filepath.Abs(filepath.Join("..", "testdata", "formats", "untranslated.xlf"))
	require.NoError(t, err)
	br.Do(t, chromedp.SetUploadFiles(chromedp.CSS("#bitext"), []string{xlf}))
	for i := 0; i < 100 && eval(`document.getElementById('a').disabled`) != true; i++ {
		time.Sleep(50 * time.Millisecond)
	}
	assert.Equal(t, "untranslated.xlf: checked unit by unit", eval(`document.getElementById('bitext-name').textContent`))
	br.Do(t, chromedp.Click(chromedp.CSS("#go")))
	waitReport(`Skipped unit "8": no text on side B`)
	assert.EqualValues(t, 1, eval(report+`.querySelectorAll('li.conflict-item').length`))
	assert.Equal(t, false, eval(`document.getElementById('download-xliff').hidden`), "the XLIFF with notes is offered")
	// What the link downloads: the file with the conflict as a note.
	eval(`(() => { const o = URL.createObjectURL; URL.createObjectURL = b => { b.text().then(t => { window.xliffOut = t; }); return o(b); }; })()`)
	br.Do(t, chromedp.Click(chromedp.CSS("#download-xliff")))
	for i := 0; i < 100 && eval(`typeof window.xliffOut === 'string'`) != true; i++ {
		time.Sleep(50 * time.Millisecond)
	}
	assert.Contains(t, eval(`window.xliffOut`), `<note from="factalign">factalign: number conflict: 4.400 dự án ≠ 4,600 projects`)
	br.Do(t, chromedp.Click(chromedp.CSS("#clear-bitext")))
	assert.Equal(t, true, eval(`document.getElementById('download-xliff').hidden`))
	assert.Equal(t, false, eval(`document.getElementById('a').disabled`))
	assert.Empty(t, br.Problems())
}
