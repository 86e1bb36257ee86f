package graph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"sync"
)

// Recorder writes every read statement a Store runs, with its parameters,
// as one JSON line each ({"query": ..., "params": {...}}). It is a debugging
// and benchmarking aid: `jhagraph serve --record-cypher FILE` sets
// Config.OnQuery to a Recorder's Record, and bench/loadgen replays the
// statements of each request through the driver, so that the Cypher and the
// GraphQL tier above it are measured apart. ReadRecorded reads the lines
// back with the parameters' types as the Store sent them.
//
// Numbers are written so that they read back as they were sent: an integer
// as a JSON integer, a float always with a decimal point or an exponent.
type Recorder struct {
	mu  sync.Mutex
	w   io.Writer
	err error
}

// NewRecorder records to w. Each line is written with one Write call, so
// that a reader that sees a line sees all of it.
func NewRecorder(w io.Writer) *Recorder { return &Recorder{w: w} }

// Recorded is one recorded statement.
type Recorded struct {
	Query  string         `json:"query"`
	Params map[string]any `json:"params"`
}

// Record writes one statement; it has the signature of Config.OnQuery. The
// first error is kept (Err) and later statements are dropped.
func (r *Recorder) Record(query string, params map[string]any) {
	p, err := recordValue(params)
	var line []byte
	if err == nil {
		line, err = json.Marshal(struct {
			Query  string `json:"query"`
			Params any    `json:"params"`
		}{query, p})
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return
	}
	if err != nil {
		r.err = fmt.Errorf("graph: record %.60q: %w", query, err)
		return
	}
	if _, err := r.w.Write(append(line, '\n')); err != nil {
		r.err = fmt.Errorf("graph: record: %w", err)
	}
}

// Err is the first error Record met, if any.
func (r *Recorder) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// recordValue turns a parameter value into one json.Marshal writes so that
// ReadRecorded restores its type.
func recordValue(v any) (any, error) {
	switch x := v.(type) {
	case nil, string, bool, int64:
		return x, nil
	case int:
		return int64(x), nil
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("float %v cannot be recorded", x)
		}
		s := strconv.FormatFloat(x, 'g', -1, 64)
		if !bytes.ContainsAny([]byte(s), ".eE") {
			s += ".0"
		}
		return json.Number(s), nil
	case []string:
		return x, nil
	case []int64:
		return x, nil
	case []any:
		return recordValues(x)
	case []float64:
		out := make([]any, len(x))
		for i, e := range x {
			out[i], _ = recordValue(e)
		}
		return out, nil
	case []map[string]any:
		return recordValues(x)
	case map[string]any:
		out := make(map[string]any, len(x))
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			var err error
			if out[k], err = recordValue(x[k]); err != nil {
				return nil, fmt.Errorf("%s: %w", k, err)
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("parameter of type %T cannot be recorded", v)
}

// ReadRecorded reads the lines a Recorder wrote. Integers come back as
// int64 and other numbers as float64, as the Store sent them; lists as
// []any and maps as map[string]any, which the driver sends alike.
func ReadRecorded(r io.Reader) ([]Recorded, error) {
	var out []Recorded
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.UseNumber()
		var raw struct {
			Query  string         `json:"query"`
			Params map[string]any `json:"params"`
		}
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("graph: recorded line %d: %w", n, err)
		}
		if raw.Query == "" {
			return nil, fmt.Errorf("graph: recorded line %d: no query", n)
		}
		p, err := restoreValue(raw.Params)
		if err != nil {
			return nil, fmt.Errorf("graph: recorded line %d: %w", n, err)
		}
		params, _ := p.(map[string]any)
		out = append(out, Recorded{Query: raw.Query, Params: params})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("graph: recorded statements: %w", err)
	}
	return out, nil
}

func restoreValue(v any) (any, error) {
	switch x := v.(type) {
	case json.Number:
		s := string(x)
		if bytes.ContainsAny([]byte(s), ".eE") {
			return x.Float64()
		}
		return x.Int64()
	case []any:
		for i, e := range x {
			var err error
			if x[i], err = restoreValue(e); err != nil {
				return nil, err
			}
		}
		return x, nil
	case map[string]any:
		for k, e := range x {
			var err error
			if x[k], err = restoreValue(e); err != nil {
				return nil, err
			}
		}
		return x, nil
	}
	return v, nil
}

// recordValues is recordValue of every element of a list.
func recordValues[T any](x []T) ([]any, error) {
	out := make([]any, len(x))
	for i, e := range x {
		var err error
		if out[i], err = recordValue(e); err != nil {
			return nil, err
		}
	}
	return out, nil
}
