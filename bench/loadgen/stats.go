package main

import (
	"math"
	"sort"
	"time"
)

// Stats summarises the latencies of one cell (target × concurrency).
type Stats struct {
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	Seconds  float64 `json:"seconds"`
	RPS      float64 `json:"rps"`
	P50      float64 `json:"p50_ms"`
	P90      float64 `json:"p90_ms"`
	P99      float64 `json:"p99_ms"`
	Max      float64 `json:"max_ms"`
	Mean     float64 `json:"mean_ms"`
}

// summarise computes throughput and latency percentiles of the successful
// requests; errors are counted apart and do not count as throughput.
func summarise(lat []time.Duration, errors int, elapsed time.Duration) Stats {
	s := Stats{Requests: len(lat), Errors: errors, Seconds: elapsed.Seconds()}
	if elapsed > 0 {
		s.RPS = float64(len(lat)) / elapsed.Seconds()
	}
	if len(lat) == 0 {
		return s
	}
	sorted := append([]time.Duration(nil), lat...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	var sum time.Duration
	for _, d := range sorted {
		sum += d
	}
	s.P50 = ms(percentile(sorted, 0.50))
	s.P90 = ms(percentile(sorted, 0.90))
	s.P99 = ms(percentile(sorted, 0.99))
	s.Max = ms(sorted[len(sorted)-1])
	s.Mean = ms(sum / time.Duration(len(sorted)))
	return s
}

// percentile returns the q-quantile (0 < q <= 1) of sorted latencies by the
// nearest-rank method: the smallest value with at least q of the values at
// or below it.
func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(q * float64(len(sorted))))
	if rank < 1 {
		rank = 1
	}
	if rank > len(sorted) {
		rank = len(sorted)
	}
	return sorted[rank-1]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// ratio divides a by b, or returns 0 when b is 0.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}
