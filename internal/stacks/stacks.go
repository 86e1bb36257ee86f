// Package stacks raises the stack that new goroutines start with, for
// serve: gqlgen resolves every element of a list of objects on a goroutine
// of its own (graphql.MarshalSliceConcurrently, unconditional in gqlgen
// 0.17.98), a few hundred per nested request, and each of them runs
// gqlgen's generated marshalling 20 to 30 frames deep. Started with Go's
// 2 KiB they grow to 16 KiB by copying their stack three times, and the
// copying (runtime.newstack, copystack, adjustframe) took a fifth of
// serve's CPU on the analyst mix's nested reads.
//
// Go starts goroutines with the average stack in use of the goroutines
// the last garbage collection scanned (runtime, adaptivestackstart, on by
// default since Go 1.19). A server's goroutines at that moment are mostly
// idle connections with small stacks, so the average stays at 2-4 KiB.
// Reserve parks goroutines whose stacks hold about 12 KiB in use, which
// lifts the average, and so the start, to 16 KiB: the largest size the
// runtime keeps in its per-processor stack caches, where a goroutine's
// stack is taken and given back without a lock.
package stacks

import "sync"

// DefaultGoroutines and DefaultKiB are what serve reserves: 128 parked
// goroutines using about 12 KiB of stack each (1.5 MiB in all, 2 MiB
// allocated). With up to a few hundred other goroutines alive at a
// collection their average stays above 8 KiB, which the runtime rounds up
// to a 16 KiB start; fewer than 12 KiB each would fall to an 8 KiB start
// sooner, and more than 16 would start goroutines at 32 KiB, outside the
// caches.
const (
	DefaultGoroutines = 128
	DefaultKiB        = 12
)

// frameBytes is about what one call of hold takes on the stack.
const frameBytes = 128

// Reserve parks n goroutines, each using about kib KiB of stack, until the
// returned stop is called; stop waits for them to end. It returns when all
// are parked, and takes effect at the next garbage collection.
func Reserve(n, kib int) (stop func()) {
	done := make(chan struct{})
	var ready, wg sync.WaitGroup
	depth := kib * 1024 / frameBytes
	for range n {
		wg.Add(1)
		ready.Add(1)
		go func() {
			defer wg.Done()
			hold(depth, ready.Done, done)
		}()
	}
	ready.Wait()
	var once sync.Once
	return func() {
		once.Do(func() {
			close(done)
			wg.Wait()
		})
	}
}

// hold recurses depth times, each frame keeping a small array live, and
// at the bottom calls parked and waits for done.
//
//go:noinline
func hold(depth int, parked func(), done <-chan struct{}) byte {
	var pad [frameBytes - 40]byte
	if depth <= 0 {
		parked()
		<-done
		return pad[0]
	}
	pad[depth%len(pad)] = byte(depth)
	return hold(depth-1, parked, done) + pad[(depth+1)%len(pad)]
}
