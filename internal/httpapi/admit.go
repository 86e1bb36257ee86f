package httpapi

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Admission control: how GraphQL requests share the database.
//
//   - Every operation that runs takes one of MaxConcurrent slots; at most
//     MaxQueue wait for one, each at most QueueWait (and never past its
//     request's deadline). A request that finds the queue full, or waits in
//     vain, gets HTTP 503 with Retry-After and a GraphQL error "BUSY".
//   - Expensive operations take, before that, one of MaxHeavy slots of their
//     own, so that however many are sent, most slots stay free for cheap
//     ones; and a slot rests after each, so that it is busy at most
//     HeavyShare percent of the time (an operation that ran 1 s keeps it
//     3 s more at 25%): however many expensive operations wait, they take
//     a bounded share of the database. An operation is expensive when its
//     complexity is at least HeavyCost, or when its client's recent
//     operations took HeavyTime or more on average and four times as long
//     as everyone's (a count over a large graph costs little by the
//     schema's weights and much in the database; when the whole server is
//     slow, nobody is singled out). They wait for a slot at most HeavyWait,
//     then get 503 as above.
//   - One client (a remote address) has at most MaxPerClient requests in the
//     server at once; another gets HTTP 429 with Retry-After and a GraphQL
//     error "TOO_MANY_REQUESTS".

// AdmissionLimits are the limits of admission control; zero fields turn
// their check off.
type AdmissionLimits struct {
	MaxConcurrent int           // JHAGRAPH_MAX_CONCURRENT: operations running at once
	MaxQueue      int           // JHAGRAPH_MAX_QUEUE: operations waiting for a slot
	QueueWait     time.Duration // JHAGRAPH_QUEUE_WAIT: longest wait for a slot
	MaxHeavy      int           // JHAGRAPH_MAX_HEAVY: expensive operations running at once
	HeavyCost     int           // JHAGRAPH_HEAVY_COST: complexity from which an operation is expensive
	HeavyTime     time.Duration // JHAGRAPH_HEAVY_TIME: a client's average run time from which its operations are expensive
	HeavyWait     time.Duration // JHAGRAPH_HEAVY_WAIT: longest wait of an expensive operation for its own slot
	HeavyShare    int           // JHAGRAPH_HEAVY_SHARE: percent of the time an expensive slot may be busy
	MaxPerClient  int           // JHAGRAPH_MAX_PER_CLIENT: requests of one remote address at once
}

// DefaultAdmission are the admission limits serve uses when the
// environment sets none.
func DefaultAdmission() AdmissionLimits {
	return AdmissionLimits{
		MaxConcurrent: 8,
		MaxQueue:      64,
		QueueWait:     2 * time.Second,
		MaxHeavy:      1,
		HeavyCost:     3000,
		HeavyTime:     300 * time.Millisecond,
		HeavyWait:     5 * time.Second,
		HeavyShare:    25,
		MaxPerClient:  8,
	}
}

// admission holds the slots and what it knows of each client.
type admission struct {
	lim   AdmissionLimits
	slots chan struct{} // nil: no bound
	heavy chan struct{} // nil: no bound

	mu      sync.Mutex
	waiting int
	clients map[string]*clientState
	avg     time.Duration // moving average of the run time of all operations
}

// slowFactor is how many times everyone's average run time a client's must
// be for its operations to count as expensive.
const slowFactor = 4

type clientState struct {
	inflight int
	avg      time.Duration // moving average of the run time of its operations
}

// maxClients is how many clients admission remembers; idle ones are
// forgotten first.
const maxClients = 10000

func newAdmission(lim AdmissionLimits) *admission {
	a := &admission{lim: lim, clients: map[string]*clientState{}}
	if lim.MaxConcurrent > 0 {
		a.slots = make(chan struct{}, lim.MaxConcurrent)
	}
	if lim.MaxHeavy > 0 {
		a.heavy = make(chan struct{}, lim.MaxHeavy)
	}
	return a
}

// request is what admission keeps of one HTTP request in its context: the
// client, and the status and Retry-After its answer must carry.
type request struct {
	client string
	status int
	retry  int
}

type requestKey struct{}

// perClient counts each client's requests in the server, refuses those
// over MaxPerClient, and lets admit set the answer's status.
func (a *admission) perClient(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			client = r.RemoteAddr
		}
		a.mu.Lock()
		c := a.clients[client]
		if c == nil {
			a.forgetIdle()
			c = &clientState{}
			a.clients[client] = c
		}
		if a.lim.MaxPerClient > 0 && c.inflight >= a.lim.MaxPerClient {
			a.mu.Unlock()
			writeError(w, http.StatusTooManyRequests, 1, "TOO_MANY_REQUESTS",
				fmt.Sprintf("too many requests at once from one client: at most %d (JHAGRAPH_MAX_PER_CLIENT); retry after 1 s", a.lim.MaxPerClient))
			return
		}
		c.inflight++
		a.mu.Unlock()
		defer func() {
			a.mu.Lock()
			c.inflight--
			a.mu.Unlock()
		}()
		req := &request{client: client}
		h.ServeHTTP(&statusWriter{ResponseWriter: w, req: req}, r.WithContext(context.WithValue(r.Context(), requestKey{}, req)))
	})
}

// forgetIdle drops idle clients when there are too many; a.mu is held.
func (a *admission) forgetIdle() {
	if len(a.clients) < maxClients {
		return
	}
	for k, c := range a.clients {
		if c.inflight == 0 {
			delete(a.clients, k)
		}
	}
}

// admit waits for the slots an operation of complexity cost needs and
// returns the function that gives them back, or the error that refuses it
// (and sets its request's status).
func (a *admission) admit(ctx context.Context, cost int) (release func(), _ *gqlerror.Error) {
	req, _ := ctx.Value(requestKey{}).(*request)
	heavy := a.lim.HeavyCost > 0 && cost >= a.lim.HeavyCost
	var c *clientState
	if req != nil {
		a.mu.Lock()
		c = a.clients[req.client]
		if c != nil && a.lim.HeavyTime > 0 && c.avg >= a.lim.HeavyTime && c.avg >= slowFactor*a.avg {
			heavy = true
		}
		a.mu.Unlock()
	}
	if a.slots == nil && (!heavy || a.heavy == nil) {
		return a.done(c, time.Now()), nil
	}
	a.mu.Lock()
	if a.lim.MaxQueue > 0 && a.waiting >= a.lim.MaxQueue {
		a.mu.Unlock()
		return nil, a.busy(req, fmt.Sprintf("the server is busy: %d operations wait already (JHAGRAPH_MAX_QUEUE)", a.lim.MaxQueue))
	}
	a.waiting++
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.waiting--
		a.mu.Unlock()
	}()
	if heavy && a.heavy != nil && !acquire(ctx, a.heavy, a.lim.HeavyWait) {
		return nil, a.busy(req, fmt.Sprintf("expensive operations (complexity %d or more, JHAGRAPH_HEAVY_COST, or from a client whose operations take %s or more, JHAGRAPH_HEAVY_TIME) run %d at a time (JHAGRAPH_MAX_HEAVY) and none came free within %s (JHAGRAPH_HEAVY_WAIT)",
			a.lim.HeavyCost, a.lim.HeavyTime, a.lim.MaxHeavy, a.lim.HeavyWait))
	}
	if a.slots != nil && !acquire(ctx, a.slots, a.lim.QueueWait) {
		if heavy && a.heavy != nil {
			<-a.heavy
		}
		return nil, a.busy(req, fmt.Sprintf("the server is busy: %d operations run at once (JHAGRAPH_MAX_CONCURRENT) and none came free within %s (JHAGRAPH_QUEUE_WAIT)",
			a.lim.MaxConcurrent, a.lim.QueueWait))
	}
	start := time.Now()
	done := a.done(c, start)
	return func() {
		if a.slots != nil {
			<-a.slots
		}
		if heavy && a.heavy != nil {
			if rest := a.rest(time.Since(start)); rest > 0 {
				time.AfterFunc(rest, func() { <-a.heavy })
			} else {
				<-a.heavy
			}
		}
		done()
	}, nil
}

// acquire takes a slot of sem, waiting while ctx lives and at most wait
// (0: no limit of its own); false when none came free.
func acquire(ctx context.Context, sem chan struct{}, wait time.Duration) bool {
	if wait > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, wait)
		defer cancel()
	}
	select {
	case sem <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// rest is how long an expensive slot stays taken after an operation that
// ran d, so that it is busy at most HeavyShare percent of the time; at most
// half of HeavyWait, so that an expensive operation alone is let in.
func (a *admission) rest(d time.Duration) time.Duration {
	if a.lim.HeavyShare <= 0 || a.lim.HeavyShare >= 100 {
		return 0
	}
	r := d * time.Duration(100-a.lim.HeavyShare) / time.Duration(a.lim.HeavyShare)
	if a.lim.HeavyWait > 0 {
		r = min(r, a.lim.HeavyWait/2)
	}
	return r
}

// done returns the function that records an operation's run time, begun
// at start, in its client's average.
func (a *admission) done(c *clientState, start time.Time) func() {
	return func() {
		if c == nil {
			return
		}
		d := time.Since(start)
		a.mu.Lock()
		c.avg = (c.avg*3 + d) / 4
		a.avg = (a.avg*63 + d) / 64
		a.mu.Unlock()
	}
}

// busy is the error of a refused operation: HTTP 503 with Retry-After.
func (a *admission) busy(req *request, why string) *gqlerror.Error {
	retry := retrySeconds(max(a.lim.QueueWait, time.Second))
	if req != nil {
		req.status, req.retry = http.StatusServiceUnavailable, retry
	}
	return &gqlerror.Error{Message: fmt.Sprintf("%s; retry after %d s", why, retry),
		Extensions: map[string]any{"code": "BUSY", "retryAfter": retry}}
}

// statusWriter gives the answer the status (and Retry-After) that
// admission set on its request, if any.
type statusWriter struct {
	http.ResponseWriter
	req   *request
	wrote bool
}

func (w *statusWriter) WriteHeader(code int) {
	if w.wrote {
		return
	}
	w.wrote = true
	if w.req.status != 0 {
		code = w.req.status
		if w.req.retry > 0 {
			w.Header().Set("Retry-After", fmt.Sprint(w.req.retry))
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
