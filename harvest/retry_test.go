package harvest

import (
	"net/http"
	"testing"
	"time"
)

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 12, 7, 1, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want time.Duration
	}{
		{"", -1},
		{"7", 7 * time.Second},
		{" 0 ", 0},
		{"-3", -1},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
		{"Monday, 07-Dec-26 01:00:30 GMT", 30 * time.Second}, // RFC 850, obsolete but allowed
		{"soon", -1},
	} {
		if got := retryAfter(c.in, now); got != c.want {
			t.Errorf("retryAfter(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestBackoffDoublesUpToMax(t *testing.T) {
	c := &client{opts: Options{Backoff: time.Second, MaxBackoff: 5 * time.Second}}
	var got []time.Duration
	for a := range 5 {
		got = append(got, c.backoff(a))
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("backoff = %v, want %v", got, want)
		}
	}
}

func TestDefaults(t *testing.T) {
	o := Options{}.withDefaults()
	if o.Rate != 2 || o.UserAgent != DefaultUserAgent || o.SRUURL != DefaultSRUURL || o.maxRetries != 5 || o.PageSize != 1000 {
		t.Errorf("defaults %+v", o)
	}
	if (Options{Retries: -1}).withDefaults().maxRetries != 0 {
		t.Error("negative Retries should mean no retries")
	}
}
