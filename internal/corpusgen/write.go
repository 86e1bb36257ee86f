package corpusgen

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// Write writes the letters of g into dir (created if need be), one file per
// letter named after its key, using the machine's cores. It returns the
// number of bytes written.
func Write(dir string, g *Generator) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("corpusgen: %w", err)
	}
	workers := runtime.GOMAXPROCS(0)
	next := make(chan int)
	var (
		mu    sync.Mutex
		total int64
		first error
		wg    sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				l := g.Letter(i)
				err := os.WriteFile(filepath.Join(dir, l.Name), []byte(l.Text), 0o644)
				mu.Lock()
				total += int64(len(l.Text))
				if err != nil && first == nil {
					first = fmt.Errorf("corpusgen: %w", err)
				}
				mu.Unlock()
			}
		}()
	}
	for i := range g.Len() {
		mu.Lock()
		stop := first != nil
		mu.Unlock()
		if stop {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return total, first
}
