package align

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// browserRequired is the environment variable with which CI makes the
// browser test fail, rather than skip, when no browser is installed.
const browserRequired = "FACTALIGN_BROWSER_TEST"

// findBrowser returns the path of Chromium or Chrome, or skips the test
// (fails it when FACTALIGN_BROWSER_TEST=required, as in CI).
func findBrowser(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv(browserRequired) == "required" {
		t.Fatal("no Chromium to run the HTML report in (apt-get install chromium)")
	}
	t.Skip("no Chromium installed: the HTML report is not checked in a browser here (CI installs it and sets " + browserRequired + "=required)")
	return ""
}

// TestHTMLInBrowser opens a report in headless Chromium and uses it as a
// person does: the page loads with no script error, the filters hide and
// show facts, j and k move between conflicts, and hostile text in the
// documents is shown as text and runs nothing.
func TestHTMLInBrowser(t *testing.T) {
	browser := findBrowser(t)
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

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.Headless)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	defer cancelCtx()
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	var mu sync.Mutex
	var problems []string
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				problems = append(problems, "console error")
			}
		case *page.EventJavascriptDialogOpening:
			problems = append(problems, "a dialog opened: "+e.Message)
		}
	}))
	eval := func(js string) any {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[any](js))
		require.NoError(t, err, js)
		return v
	}
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, steps...))
	}
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
	mu.Lock()
	defer mu.Unlock()
	assert.Empty(t, problems)
}
