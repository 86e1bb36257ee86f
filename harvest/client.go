package harvest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// client is the one polite HTTP client of a harvest: every request waits its
// turn under the rate limit, names the project in its User-Agent, has a
// connect timeout, an overall timeout and a stalled-body timeout, and is
// retried with exponential backoff on 429 and 5xx (honouring Retry-After),
// on a connection error, and on a body that arrived truncated.
type client struct {
	opts  Options
	http  *http.Client
	pace  pacer
	stats *Stats
	log   func(format string, args ...any)
}

func newClient(opts Options, stats *Stats, log func(string, ...any)) *client {
	dialer := &net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		DialContext:         dialer.DialContext,
		TLSHandshakeTimeout: opts.ConnectTimeout,
		MaxIdleConnsPerHost: 2,
		IdleConnTimeout:     90 * time.Second,
	}
	return &client{
		opts:  opts,
		http:  &http.Client{Transport: tr},
		pace:  pacer{interval: time.Duration(float64(time.Second) / opts.Rate)},
		stats: stats,
		log:   log,
	}
}

func (c *client) close() { c.http.CloseIdleConnections() }

// pacer spaces the starts of requests at least interval apart.
type pacer struct {
	mu       sync.Mutex
	interval time.Duration
	next     time.Time
}

func (p *pacer) wait(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if d := time.Until(p.next); d > 0 {
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
	p.next = time.Now().Add(p.interval)
	return nil
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// reqKind tells listing requests from file downloads in the counts.
type reqKind int

const (
	listing reqKind = iota
	download
)

// conditional holds the validators of a copy we already have.
type conditional struct {
	etag, lastModified string
}

// response is a complete, checked body (or a 304).
type response struct {
	body         []byte
	etag         string
	lastModified string
	notModified  bool
}

// retryable marks an error after which the same request may succeed.
type retryable struct{ err error }

func (r retryable) Error() string { return r.err.Error() }
func (r retryable) Unwrap() error { return r.err }

// errStalled is the cause of an attempt cancelled because the body stopped.
var errStalled = errors.New("stalled")

// get fetches url completely. check validates the body (well-formed XML of
// the right kind, a whole PDF); a retryable error from check (XML cut short)
// is retried like a truncated transfer, any other is final. Nothing is
// returned unless the whole body arrived and passed check.
func (c *client) get(ctx context.Context, kind reqKind, url string, cond conditional, check func(ct string, body []byte) error) (response, error) {
	var last error
	attempts := c.opts.maxRetries + 1
	for attempt := 0; attempt < attempts; attempt++ {
		if attempt > 0 {
			c.stats.Retries++
		}
		if err := c.pace.wait(ctx); err != nil {
			return response{}, err
		}
		resp, wait, err := c.once(ctx, kind, url, cond, check)
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return response{}, ctx.Err()
		}
		var r retryable
		if !errors.As(err, &r) {
			return response{}, err
		}
		last = err
		if attempt+1 == attempts {
			break
		}
		if wait < 0 {
			wait = c.backoff(attempt)
		}
		if wait > c.opts.MaxRetryAfter {
			return response{}, fmt.Errorf("%w; the server asks to wait %s, more than --max-wait %s", err, wait, c.opts.MaxRetryAfter)
		}
		c.log("retry %s: %v; waiting %s (attempt %d of %d)", url, err, wait.Round(time.Millisecond), attempt+2, attempts)
		if err := sleep(ctx, wait); err != nil {
			return response{}, err
		}
	}
	return response{}, fmt.Errorf("gave up after %d attempts: %w", attempts, last)
}

// backoff is the wait before retry attempt+1 when the server names none:
// Backoff doubled per attempt, at most MaxBackoff.
func (c *client) backoff(attempt int) time.Duration {
	d := c.opts.Backoff
	for i := 0; i < attempt && d < c.opts.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, c.opts.MaxBackoff)
}

// once makes one attempt. wait is the server's Retry-After (or -1).
func (c *client) once(ctx context.Context, kind reqKind, url string, cond conditional, check func(string, []byte) error) (response, time.Duration, error) {
	ctx, cancelTimeout := context.WithTimeout(ctx, c.opts.RequestTimeout)
	defer cancelTimeout()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return response{}, -1, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	if cond.etag != "" {
		req.Header.Set("If-None-Match", cond.etag)
	}
	if cond.lastModified != "" {
		req.Header.Set("If-Modified-Since", cond.lastModified)
	}
	if kind == listing {
		c.stats.ListingRequests++
	} else {
		c.stats.FileRequests++
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return response{}, -1, retryable{c.cause(ctx, err)}
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified && (cond.etag != "" || cond.lastModified != ""):
		return response{notModified: true, etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}, -1, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return response{}, retryAfter(resp.Header.Get("Retry-After"), time.Now()), retryable{fmt.Errorf("HTTP %s", resp.Status)}
	case resp.StatusCode != http.StatusOK:
		return response{}, -1, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > c.opts.MaxBody {
		return response{}, -1, fmt.Errorf("body of %d bytes is over the limit of %d", resp.ContentLength, c.opts.MaxBody)
	}
	// The stalled-body timeout: cancel the attempt when no byte has come
	// for ReadTimeout.
	timer := time.AfterFunc(c.opts.ReadTimeout, func() { cancel(errStalled) })
	defer timer.Stop()
	body, err := io.ReadAll(&stallReader{r: io.LimitReader(resp.Body, c.opts.MaxBody+1), timer: timer, d: c.opts.ReadTimeout})
	if err != nil {
		if resp.ContentLength >= 0 {
			return response{}, -1, retryable{fmt.Errorf("truncated body: %d of %d bytes (%v)", len(body), resp.ContentLength, c.cause(ctx, err))}
		}
		return response{}, -1, retryable{fmt.Errorf("body cut off after %d bytes: %v", len(body), c.cause(ctx, err))}
	}
	if int64(len(body)) > c.opts.MaxBody {
		return response{}, -1, fmt.Errorf("body is over the limit of %d bytes", c.opts.MaxBody)
	}
	if resp.ContentLength >= 0 && int64(len(body)) != resp.ContentLength {
		return response{}, -1, retryable{fmt.Errorf("truncated body: %d of %d bytes", len(body), resp.ContentLength)}
	}
	c.stats.Bytes += int64(len(body))
	if err := check(resp.Header.Get("Content-Type"), body); err != nil {
		return response{}, -1, err
	}
	return response{body: body, etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}, -1, nil
}

// cause names why an attempt's context ended, if it did.
func (c *client) cause(ctx context.Context, err error) error {
	switch cause := context.Cause(ctx); {
	case errors.Is(cause, errStalled):
		return fmt.Errorf("stalled: no data for %s", c.opts.ReadTimeout)
	case errors.Is(cause, context.DeadlineExceeded):
		return fmt.Errorf("no complete answer within %s", c.opts.RequestTimeout)
	}
	return err
}

// stallReader restarts the stall timer whenever bytes arrive.
type stallReader struct {
	r     io.Reader
	timer *time.Timer
	d     time.Duration
}

func (s *stallReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if n > 0 {
		s.timer.Reset(s.d)
	}
	return n, err
}

// retryAfter reads a Retry-After header: delay-seconds or an HTTP-date
// (RFC 9110 10.2.3). It returns -1 when there is none or it cannot be read.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return -1
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return -1
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0)
	}
	return -1
}
