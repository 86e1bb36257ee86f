package main

import (
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var lat []time.Duration
	for i := 100; i >= 1; i-- { // 1..100 ms, unsorted
		lat = append(lat, time.Duration(i)*time.Millisecond)
	}
	s := summarise(lat, 3, 2*time.Second)
	if s.Requests != 100 || s.Errors != 3 || s.RPS != 50 {
		t.Fatalf("requests %d, errors %d, rps %v; want 100, 3, 50", s.Requests, s.Errors, s.RPS)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"p50", s.P50, 50}, {"p90", s.P90, 90}, {"p99", s.P99, 99}, {"max", s.Max, 100}, {"mean", s.Mean, 50.5}} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if lat[0] != 100*time.Millisecond {
		t.Error("summarise sorted its input")
	}
}

func TestPercentileEdges(t *testing.T) {
	one := []time.Duration{7 * time.Millisecond}
	for _, q := range []float64{0.01, 0.5, 0.99, 1} {
		if got := percentile(one, q); got != 7*time.Millisecond {
			t.Errorf("percentile of one value at %v = %v", q, got)
		}
	}
	if got := percentile(nil, 0.5); got != 0 {
		t.Errorf("percentile of nothing = %v", got)
	}
	two := []time.Duration{1, 2}
	if percentile(two, 0.5) != 1 || percentile(two, 0.51) != 2 {
		t.Error("nearest rank of two values")
	}
	if s := summarise(nil, 5, time.Second); s.RPS != 0 || s.Errors != 5 || s.P99 != 0 {
		t.Errorf("summary of errors only: %+v", s)
	}
	if ratio(1, 0) != 0 || ratio(6, 3) != 2 {
		t.Error("ratio")
	}
}
