package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/signal"
	"syscall"
	"time"

	"github.com/factalign/factalign/server"
)

// serveCommand is the first argument that starts the web service.
const serveCommand = "serve"

// serve runs `factcheck serve`: the page and the API on -addr until
// SIGINT or SIGTERM, then finishes the requests in flight.
func serve(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("factcheck serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addr := fs.String("addr", "127.0.0.1:8080", "the `address` to listen on (localhost by default)")
	var o server.Options
	fs.Int64Var(&o.MaxBody, "max-body", server.DefaultMaxBody, "the largest request body, in `bytes`")
	fs.DurationVar(&o.Timeout, "timeout", server.DefaultTimeout, "the longest a request may take")
	fs.IntVar(&o.Concurrency, "concurrency", 0, "requests at once, beyond which 503 (0: 2 × the CPUs)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, "usage: factcheck serve [-addr 127.0.0.1:8080] [-max-body BYTES] [-timeout 30s] [-concurrency N]\n\nFlags:")
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return 0
		}
		fmt.Fprintf(stderr, "factcheck serve: %v\n", err)
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "factcheck serve: %v\n", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := runServer(ctx, ln, o, stderr); err != nil {
		fmt.Fprintf(stderr, "factcheck serve: %v\n", err)
		return 2
	}
	return 0
}

// runServer serves on ln until ctx ends, then shuts down gracefully.
func runServer(ctx context.Context, ln net.Listener, o server.Options, stderr io.Writer) error {
	srv := &http.Server{Handler: server.New(o), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stderr, "factcheck: serving on http://%s (Ctrl-C stops)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), o.Timeout+5*time.Second)
	defer cancel()
	return srv.Shutdown(shut)
}
