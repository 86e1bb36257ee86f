package graph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // bolt://, neo4j://, neo4j+s:// ...
	User     string
	Password string
	Database string        // empty: the server's default database
	Timeout  time.Duration // transaction timeout on every query; 0 means 30s

	// The read side (API reads), apart from the writes' Timeout above.
	//
	// ReadTimeout is the transaction timeout of every read (Neo4j ends a
	// read that runs longer and the read returns ErrTimeout); 0 means
	// Timeout. AcquireTimeout bounds the wait for a pooled connection and
	// ConnectTimeout a new connection's TCP connect (0: the driver's
	// defaults, 60s and 5s). A read also ends at its context's deadline.
	ReadTimeout    time.Duration
	AcquireTimeout time.Duration
	ConnectTimeout time.Duration
	// OnQuery, when set, is called with every read query before it runs
	// (for logging and for tests that count round trips).
	OnQuery func(query string, params map[string]any)

	// Write side (ingest, Seed). WriteTimeout is the deadline of one
	// document's write: connecting, acquiring a connection, the transaction
	// (sent to Neo4j as its transaction timeout too), its retries and the
	// reply all fit in it, so a Neo4j that hangs (SIGSTOP, a full disk) costs
	// a write at most this long. 0 means DefaultWriteTimeout.
	WriteTimeout time.Duration

	// Timeline's choice of reads (see Store.Timeline). TimelineScanFactor:
	// a source of entries (documents, or positions) is read in date order
	// from its index when the entity's relations to it, times this factor,
	// outnumber all its nodes; 0 means DefaultTimelineScanFactor, a
	// negative factor never scans (always expands from the entity).
	// TimelineNoRanks turns off reading the documents of an entity whose
	// every relation to a document carries a rank (rankedDocRels) from the
	// rank indexes; tests turn it off to compare with the other two ways.
	TimelineScanFactor int
	TimelineNoRanks    bool
}

// ConfigFromEnv reads the NEO4J_* variables through getenv (os.Getenv, or a
// test's map): NEO4J_URI, NEO4J_USER (default neo4j), NEO4J_PASSWORD and
// NEO4J_DATABASE. It is the one place that names them.
func ConfigFromEnv(getenv func(string) string) Config {
	user := getenv("NEO4J_USER")
	if user == "" {
		user = "neo4j"
	}
	return Config{
		URI:      getenv("NEO4J_URI"),
		User:     user,
		Password: getenv("NEO4J_PASSWORD"),
		Database: getenv("NEO4J_DATABASE"),
	}
}

// DefaultTimelineScanFactor is Config.TimelineScanFactor when that is 0.
const DefaultTimelineScanFactor = 20

// DefaultWriteTimeout is the write deadline when Config.WriteTimeout is 0.
// A letter's write takes milliseconds (the largest, 4 MiB, well under a
// second on a 100,000-letter graph); the rest is room for lock waits when
// several workers write letters that share nodes.
const DefaultWriteTimeout = 30 * time.Second

// writeGrace is how much longer than the write timeout the client waits for
// Neo4j's own answer (its transaction timeout) before it calls Neo4j
// unavailable.
const writeGrace = 2 * time.Second

// ErrUnavailable marks an error of a read or write that did not reach Neo4j
// or got no answer in time (connection refused or reset, no connection could
// be made or taken from the pool, no reply before the write deadline), as
// opposed to one Neo4j refused. Test with errors.Is.
var ErrUnavailable = errors.New("Neo4j unavailable")

// Store is the knowledge graph in Neo4j. It holds one driver; sessions are
// opened per unit of work. It is safe for concurrent use.
type Store struct {
	driver  neo4j.DriverWithContext
	db      string
	timeout time.Duration
	onQuery func(string, map[string]any)

	writeTimeout time.Duration
	// readTimeout is the transaction timeout of reads (Config.ReadTimeout).
	readTimeout time.Duration

	// Timeline options (Config.TimelineScanFactor, TimelineNoRanks).
	scanFactor int
	ranks      bool

	// dryRun, when set, takes every read's statement instead of Neo4j
	// (DryRun).
	dryRun func(Statement)
}

// DryRun returns a Store without a connection: each read builds its
// statement as it would, hands it to record, and returns no records (a
// single node's read: ErrNotFound). It shows what reads send, for the plan
// snapshots in testdata/plans; writes and the schema need Open.
func DryRun(cfg Config, record func(Statement)) *Store {
	s := readOptions(cfg)
	s.dryRun = record
	return s
}

// readOptions is a Store without a driver holding cfg's options of reads
// that shape statements.
func readOptions(cfg Config) *Store {
	s := &Store{scanFactor: cfg.TimelineScanFactor, ranks: !cfg.TimelineNoRanks}
	if s.scanFactor == 0 {
		s.scanFactor = DefaultTimelineScanFactor
	}
	return s
}

// ErrNotFound is returned by reads of a single entity that does not exist.
var ErrNotFound = errors.New("graph: not found")

// ErrTimeout is returned (wrapped) by a read that Neo4j ended at its
// transaction timeout, or that its context's deadline ended.
var ErrTimeout = errors.New("graph: read timed out")

// Open connects to Neo4j and checks that it answers.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("graph: no Neo4j URI (set NEO4J_URI)")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *config.Config) {
		if cfg.AcquireTimeout > 0 {
			c.ConnectionAcquisitionTimeout = cfg.AcquireTimeout
		}
		if cfg.ConnectTimeout > 0 {
			c.SocketConnectTimeout = cfg.ConnectTimeout
		}
	})
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", cfg.URI, err)
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	writeTimeout := cfg.WriteTimeout
	if writeTimeout <= 0 {
		writeTimeout = DefaultWriteTimeout
	}
	readTimeout := cfg.ReadTimeout
	if readTimeout <= 0 {
		readTimeout = timeout
	}
	s := readOptions(cfg)
	s.driver, s.db, s.timeout, s.onQuery, s.writeTimeout, s.readTimeout = driver, cfg.Database, timeout, cfg.OnQuery, writeTimeout, readTimeout
	// A Neo4j that accepts connections but never answers must not hold
	// Open up: its checks get the write deadline.
	ctx, cancel := context.WithTimeout(ctx, writeTimeout)
	defer cancel()
	if err := s.Ping(ctx); err != nil {
		_ = driver.Close(ctx)
		return nil, err
	}
	if s.db == "" {
		// Name the home database once: a session without a database name
		// asks the server for it before every query.
		res, err := neo4j.ExecuteQuery(ctx, driver, "CALL db.info() YIELD name RETURN name", nil, neo4j.EagerResultTransformer)
		if err != nil {
			_ = driver.Close(ctx)
			return nil, fmt.Errorf("graph: home database: %w", err)
		}
		if len(res.Records) == 1 {
			s.db, _ = res.Records[0].Values[0].(string)
		}
	}
	return s, nil
}

// Close closes the driver.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping reports whether Neo4j answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("graph: Neo4j does not answer: %w", err)
	}
	return nil
}

// read runs one read query and returns its records. It runs in an
// auto-commit transaction of its own (one round trip, where a managed
// transaction costs a BEGIN and a COMMIT besides) with the transaction
// timeout; a transient failure (a leader switch, a deadlock) is tried once
// more, as a managed transaction would.
func (s *Store) read(ctx context.Context, query string, params map[string]any) ([]*neo4j.Record, error) {
	if s.onQuery != nil {
		s.onQuery(query, params)
	}
	if s.dryRun != nil {
		s.dryRun(Statement{Cypher: query, Params: params})
		return nil, nil
	}
	recs, err := s.readOnce(ctx, query, params)
	if err != nil && neo4j.IsRetryable(err) && ctx.Err() == nil {
		recs, err = s.readOnce(ctx, query, params)
	}
	if err != nil {
		return nil, readErr(ctx, err)
	}
	return recs, nil
}

// readErr wraps the error of a read: a transaction Neo4j ended at its
// timeout, or a context deadline, is ErrTimeout; a server that cannot be
// reached is ErrUnavailable.
func readErr(ctx context.Context, err error) error {
	var ne *neo4j.Neo4jError
	var ce *neo4j.ConnectivityError
	switch {
	case errors.As(err, &ne) && strings.Contains(ne.Code, "TransactionTimedOut"),
		errors.Is(err, context.DeadlineExceeded), errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	case errors.As(err, &ce):
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return fmt.Errorf("graph: %w", err)
}

func (s *Store) readOnce(ctx context.Context, query string, params map[string]any) ([]*neo4j.Record, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer session.Close(ctx)
	res, err := session.Run(ctx, query, params, neo4j.WithTxTimeout(s.readTimeout))
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// write runs fn in one write transaction under the write deadline; fn may
// be retried and must be idempotent, and must use the ctx it is given (the
// one that carries the deadline) for every call on tx.
//
// The driver's own retry (ExecuteWrite) treats a refused connection as
// transient and keeps trying for 30 s, so a Neo4j that died cost every
// remaining letter half a minute. Here a transient error Neo4j reports (a
// deadlock between workers, a leader switch) is retried with backoff until
// the deadline, but a connection failure only once, right away (a pooled
// connection may have gone stale while Neo4j restarted): a second one means
// Neo4j is gone, and the error, marked ErrUnavailable, says so at once.
func (s *Store) write(ctx context.Context, fn func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	// Neo4j ends the transaction at the write timeout; the client waits a
	// little longer, so that a Neo4j that answers says so itself.
	ctx, cancel := context.WithTimeout(ctx, s.writeTimeout+writeGrace)
	defer cancel()
	var conn int
	for attempt := 0; ; attempt++ {
		res, err := s.writeOnce(ctx, fn)
		if err == nil {
			return res, nil
		}
		var answered *neo4j.Neo4jError
		if errors.As(err, &answered) {
			if !neo4j.IsRetryable(err) || ctx.Err() != nil {
				return nil, err // Neo4j is there and refused (or timed out) the write
			}
		} else if ctx.Err() != nil {
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, fmt.Errorf("%w: no answer within the write deadline of %s: %w", ErrUnavailable, s.writeTimeout, err)
			}
			return nil, err // the caller gave up
		} else if isUnavailable(err) {
			if conn++; conn >= 2 {
				return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
			}
			continue
		} else if !neo4j.IsRetryable(err) {
			return nil, err
		}
		backoff := min(50*time.Millisecond<<min(attempt, 6), 2*time.Second)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return nil, fmt.Errorf("still failing at the write deadline of %s: %w", s.writeTimeout, err)
		}
	}
}

func (s *Store) writeOnce(ctx context.Context, fn func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	tx, err := session.BeginTransaction(ctx, neo4j.WithTxTimeout(s.writeTimeout))
	if err != nil {
		return nil, err
	}
	res, err := fn(ctx, tx)
	if err != nil {
		_ = tx.Rollback(ctx)
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	return res, nil
}

// isUnavailable tells a failure to reach Neo4j (refused, reset, timed out,
// no connection free in the pool) from an error Neo4j answered with.
func isUnavailable(err error) bool {
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne)
}

// Setup creates the uniqueness constraints and indexes the store relies on.
// It is idempotent and safe to run at every start.
func (s *Store) Setup(ctx context.Context) error {
	// A full-text index made by an older version over other properties is
	// replaced: CREATE ... IF NOT EXISTS would keep it as it is.
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = $name RETURN properties",
		map[string]any{"name": FullTextIndex}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return fmt.Errorf("graph: schema setup: %w", err)
	}
	if len(res.Records) > 0 && fmt.Sprint(res.Records[0].Values[0]) != fmt.Sprint(anySlice(fullTextProps)) {
		if _, err := neo4j.ExecuteQuery(ctx, s.driver, "DROP INDEX "+FullTextIndex, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
			return fmt.Errorf("graph: schema setup: %w", err)
		}
	}
	for _, q := range schemaStatements() {
		if _, err := neo4j.ExecuteQuery(ctx, s.driver, q, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
			return fmt.Errorf("graph: schema setup %q: %w", q, err)
		}
	}
	if err := s.setupRanks(ctx); err != nil {
		return err
	}
	// Wait for the indexes to come online so that the first queries use them.
	if _, err := neo4j.ExecuteQuery(ctx, s.driver, "CALL db.awaitIndexes(300)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
		return fmt.Errorf("graph: await indexes: %w", err)
	}
	return nil
}

// Counts is the number of nodes and relations in the graph, by label and type.
type Counts struct {
	Nodes     map[Kind]int
	Relations map[RelType]int
}

// Count counts nodes per kind and relations per type.
func (s *Store) Count(ctx context.Context) (Counts, error) {
	c := Counts{Nodes: map[Kind]int{}, Relations: map[RelType]int{}}
	var err error
	for _, k := range Kinds {
		if c.Nodes[k], err = s.count(ctx, "MATCH (n:"+string(k)+") RETURN count(n) AS c", nil); err != nil {
			return c, err
		}
	}
	for _, t := range RelTypes {
		if c.Relations[t], err = s.count(ctx, "MATCH ()-[r:"+string(t)+"]->() RETURN count(r) AS c", nil); err != nil {
			return c, err
		}
	}
	return c, nil
}

// Plan is what Neo4j's PROFILE says of a read query: the operators of its
// plan, leaves first, and the database hits it cost.
type Plan struct {
	Operators []string
	DBHits    int64
	Rows      int64
}

// Profile runs a read query under PROFILE and returns its plan. It is for
// diagnostics: checking that queries start from an index, and what they cost.
func (s *Store) Profile(ctx context.Context, query string, params map[string]any) (Plan, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "PROFILE "+query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return Plan{}, fmt.Errorf("graph: profile: %w", err)
	}
	var p Plan
	var walk func(pp neo4j.ProfiledPlan)
	walk = func(pp neo4j.ProfiledPlan) {
		for _, c := range pp.Children() {
			walk(c)
		}
		p.Operators = append(p.Operators, pp.Operator())
		p.DBHits += pp.DbHits()
	}
	if prof := res.Summary.Profile(); prof != nil {
		walk(prof)
		p.Rows = prof.Records()
	}
	return p, nil
}

func anySlice(l []string) []any {
	out := make([]any, len(l))
	for i, s := range l {
		out[i] = s
	}
	return out
}
