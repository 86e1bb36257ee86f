package httpapi

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"
)

// admitServer serves admission control in front of a handler that admits
// an operation of the cost named by ?cost= and holds its slot until hold
// is closed (or answers at once when ?quick=1).
func admitServer(lim AdmissionLimits, hold <-chan struct{}, running chan<- struct{}) (*admission, http.Handler) {
	a := newAdmission(lim)
	h := a.perClient(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cost, _ := strconv.Atoi(r.URL.Query().Get("cost"))
		release, err := a.admit(r.Context(), cost)
		if err != nil {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]any{"errors": []any{err}})
			return
		}
		defer release()
		if r.URL.Query().Get("quick") == "" {
			running <- struct{}{}
			<-hold
		}
		w.Write([]byte(`{"data":{}}`))
	}))
	return a, h
}

// send runs one request from client (an IP address) and returns its
// status, Retry-After and error code.
func send(h http.Handler, client, query string) (status int, retry, code string) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/graphql?"+query, nil)
	req.RemoteAddr = client + ":40000"
	h.ServeHTTP(rec, req)
	var body struct {
		Errors []struct {
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	json.Unmarshal(rec.Body.Bytes(), &body)
	if len(body.Errors) > 0 {
		code, _ = body.Errors[0].Extensions["code"].(string)
	}
	return rec.Code, rec.Header().Get("Retry-After"), code
}

func TestAdmission(t *testing.T) {
	t.Run("per client", func(t *testing.T) {
		hold, running := make(chan struct{}), make(chan struct{}, 4)
		_, h := admitServer(AdmissionLimits{MaxPerClient: 2}, hold, running)
		var wg sync.WaitGroup
		for range 2 {
			wg.Add(1)
			go func() { defer wg.Done(); send(h, "10.0.0.1", "cost=1") }()
		}
		<-running
		<-running
		if s, retry, code := send(h, "10.0.0.1", "quick=1"); s != http.StatusTooManyRequests || retry == "" || code != "TOO_MANY_REQUESTS" {
			t.Errorf("a third request of one client: %d, Retry-After %q, %s; want 429 TOO_MANY_REQUESTS with Retry-After", s, retry, code)
		}
		if s, _, code := send(h, "10.0.0.2", "quick=1"); s != 200 || code != "" {
			t.Errorf("another client meanwhile: %d %s, want 200", s, code)
		}
		close(hold)
		wg.Wait()
		if s, _, _ := send(h, "10.0.0.1", "quick=1"); s != 200 {
			t.Errorf("the client once its requests are answered: %d, want 200", s)
		}
	})

	t.Run("busy", func(t *testing.T) {
		hold, running := make(chan struct{}), make(chan struct{}, 4)
		_, h := admitServer(AdmissionLimits{MaxConcurrent: 1, MaxQueue: 1, QueueWait: 100 * time.Millisecond}, hold, running)
		done := make(chan struct{})
		go func() { send(h, "10.0.0.1", "cost=1"); close(done) }()
		<-running
		start := time.Now()
		s, retry, code := send(h, "10.0.0.2", "quick=1")
		if s != http.StatusServiceUnavailable || retry != "1" || code != "BUSY" {
			t.Errorf("a request while the only slot is taken: %d, Retry-After %q, %s; want 503 BUSY with Retry-After 1", s, retry, code)
		}
		if took := time.Since(start); took < 100*time.Millisecond {
			t.Errorf("refused after %s, before the queue wait of 100ms", took)
		}
		close(hold)
		<-done
		if s, _, _ := send(h, "10.0.0.2", "quick=1"); s != 200 {
			t.Errorf("once the slot is free: %d, want 200", s)
		}
	})

	t.Run("expensive ones wait, cheap ones flow", func(t *testing.T) {
		hold, running := make(chan struct{}), make(chan struct{}, 4)
		_, h := admitServer(AdmissionLimits{MaxConcurrent: 4, MaxQueue: 8, QueueWait: 100 * time.Millisecond, MaxHeavy: 1, HeavyCost: 100, HeavyWait: 100 * time.Millisecond}, hold, running)
		done := make(chan struct{})
		go func() { send(h, "10.0.0.1", "cost=500"); close(done) }()
		<-running
		if s, _, code := send(h, "10.0.0.2", "cost=500&quick=1"); s != http.StatusServiceUnavailable || code != "BUSY" {
			t.Errorf("a second expensive operation: %d %s, want 503 BUSY", s, code)
		}
		for range 5 {
			if s, _, code := send(h, "10.0.0.3", "cost=10&quick=1"); s != 200 || code != "" {
				t.Errorf("a cheap operation beside an expensive one: %d %s, want 200", s, code)
			}
		}
		close(hold)
		<-done
	})

	t.Run("an expensive slot rests", func(t *testing.T) {
		hold, running := make(chan struct{}), make(chan struct{}, 4)
		a, h := admitServer(AdmissionLimits{MaxHeavy: 1, HeavyCost: 100, HeavyWait: time.Second, HeavyShare: 20}, hold, running)
		if r := a.rest(10 * time.Second); r != 500*time.Millisecond {
			t.Errorf("rest after 10 s: %s, want half the heavy wait (500ms)", r)
		}
		done := make(chan struct{})
		go func() { send(h, "10.0.0.1", "cost=500"); close(done) }()
		<-running
		time.Sleep(100 * time.Millisecond)
		close(hold)
		<-done
		// It ran 100 ms: at 20% the slot rests 400 ms more, while cheap
		// operations pass.
		next := make(chan time.Duration)
		go func() {
			start := time.Now()
			if s, _, code := send(h, "10.0.0.2", "cost=500&quick=1"); s != 200 {
				t.Errorf("an expensive operation just after another: %d %s, want 200 after a wait", s, code)
			}
			next <- time.Since(start)
		}()
		if s, _, _ := send(h, "10.0.0.3", "cost=1&quick=1"); s != 200 {
			t.Errorf("a cheap operation meanwhile: %d, want 200", s)
		}
		if waited := <-next; waited < 250*time.Millisecond {
			t.Errorf("an expensive operation just after another waited %s, want about 400ms", waited)
		}
	})

	t.Run("slow clients count as expensive", func(t *testing.T) {
		hold, running := make(chan struct{}), make(chan struct{}, 4)
		a, h := admitServer(AdmissionLimits{MaxConcurrent: 4, QueueWait: 50 * time.Millisecond, MaxHeavy: 1, HeavyCost: 1000, HeavyTime: 20 * time.Millisecond, HeavyWait: 50 * time.Millisecond}, hold, running)
		// Client 10.0.0.5 has run slow operations.
		send(h, "10.0.0.5", "quick=1")
		a.mu.Lock()
		a.clients["10.0.0.5"].avg = time.Second
		a.mu.Unlock()
		done := make(chan struct{})
		go func() { send(h, "10.0.0.5", "cost=1"); close(done) }()
		<-running
		if s, _, code := send(h, "10.0.0.5", "cost=1&quick=1"); s != http.StatusServiceUnavailable || code != "BUSY" {
			t.Errorf("a cheap operation of a slow client while its other one runs: %d %s, want 503 BUSY", s, code)
		}
		if s, _, _ := send(h, "10.0.0.6", "cost=1&quick=1"); s != 200 {
			t.Errorf("another client's cheap operation: %d, want 200", s)
		}
		close(hold)
		<-done
	})
}
