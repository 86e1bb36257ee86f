package main

import "testing"

func TestServeGCPercentLeavesAnExplicitGOGCAlone(t *testing.T) {
	if gc, ok := serveGCPercent(""); !ok || gc <= 100 {
		t.Errorf("without GOGC: got (%d, %v), want a target above Go's default of 100", gc, ok)
	}
	for _, v := range []string{"100", "50", "off"} {
		if gc, ok := serveGCPercent(v); ok {
			t.Errorf("GOGC=%s: serve would override it with %d", v, gc)
		}
	}
}
