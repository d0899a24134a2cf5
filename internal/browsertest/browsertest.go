// Package browsertest starts headless Chromium for the tests that use
// factalign's pages as a person does. It is imported by tests only.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Required is the environment variable with which CI makes a browser test
// fail, rather than skip, when no browser is installed.
const Required = "FACTALIGN_BROWSER_TEST"

// A Browser is a tab of headless Chromium, and what went wrong in it: an
// exception, a console error, a dialog.
type Browser struct {
	Ctx      context.Context
	mu       sync.Mutex
	problems []string
}

// New starts headless Chromium for t and stops it when t ends. Without a
// browser it skips t, or fails it when FACTALIGN_BROWSER_TEST=required
// (as in CI).
func New(t *testing.T) *Browser {
	t.Helper()
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv(Required) == "required" {
			t.Fatal("no Chromium to run the page in (apt-get install chromium)")
		}
		t.Skip("no Chromium installed: the page is not checked in a browser here (CI installs it and sets " + Required + "=required)")
	}
	ctx, stop := start(t, path)
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancel(); stop() })
	b := &Browser{Ctx: ctx}
	if err := chromedp.Listen(ctx, b.listen); err != nil {
		t.Fatal(err)
	}
	return b
}

// startTries is how often start tries to launch Chromium: on a loaded
// machine (CI runs packages in parallel) a launch now and then fails.
const startTries = 3

// start launches the Chromium at path and returns a context of its first
// tab and the function that stops it.
func start(t *testing.T, path string) (context.Context, func()) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Headless)
	var err error
	for try := 1; try <= startTries; try++ {
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		if _, err = chromedp.Run(ctx, chromedp.Navigate("about:blank")); err == nil {
			return ctx, func() { cancelCtx(); cancelAlloc() }
		}
		cancelCtx()
		cancelAlloc()
		t.Logf("Chromium did not start (try %d of %d): %v", try, startTries, err)
	}
	t.Fatalf("Chromium did not start in %d tries: %v", startTries, err)
	return nil, nil
}

func (b *Browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch e := ev.(type) {
	case *runtime.EventExceptionThrown:
		b.problems = append(b.problems, "exception: "+e.ExceptionDetails.Text)
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError {
			b.problems = append(b.problems, "console error")
		}
	case *page.EventJavascriptDialogOpening:
		b.problems = append(b.problems, "a dialog opened: "+e.Message)
	}
}

// Problems returns what went wrong in the tab so far.
func (b *Browser) Problems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.problems...)
}

// Eval evaluates a JavaScript expression in the tab.
func (b *Browser) Eval(t *testing.T, js string) any {
	t.Helper()
	v, err := chromedp.Run(b.Ctx, chromedp.Evaluate[any](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// Do runs actions in the tab.
func (b *Browser) Do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.Ctx, steps...); err != nil {
		t.Fatal(err)
	}
}
