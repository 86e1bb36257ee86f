package stacks

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

func startingStack() uint64 {
	s := []metrics.Sample{{Name: "/gc/stack/starting-size:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// The reserved goroutines lift the stack new goroutines start with to
// 16 KiB at the next collection, and stop ends them.
func TestReserveStartsGoroutinesAt16KiB(t *testing.T) {
	before := runtime.NumGoroutine()
	stop := Reserve(DefaultGoroutines, DefaultKiB)
	if n := runtime.NumGoroutine(); n < before+DefaultGoroutines {
		t.Fatalf("%d goroutines after Reserve, %d before", n, before)
	}
	runtime.GC()
	if got := startingStack(); got != 16<<10 {
		t.Errorf("goroutines start with %d bytes of stack while reserved, want 16384", got)
	}
	stop()
	stop() // a second stop is harmless
	// stop returns when every parked goroutine has called wg.Done, which
	// runs just before the goroutine itself ends: wait (up to a second) for
	// the runtime to count them gone rather than read the count at once
	n := runtime.NumGoroutine()
	for i := 0; i < 1000 && n > before; i++ {
		time.Sleep(time.Millisecond)
		n = runtime.NumGoroutine()
	}
	if n > before {
		t.Errorf("%d goroutines after stop, %d before Reserve", n, before)
	}
	runtime.GC()
	if got := startingStack(); got >= 16<<10 {
		t.Errorf("goroutines still start with %d bytes of stack after stop", got)
	}
}
