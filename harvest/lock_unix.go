//go:build unix

package harvest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// LockFile is held (flock) by a run for its folder, so that two harvests of
// one folder cannot interleave their state writes. The kernel releases it
// when the process ends, killed or not.
const LockFile = ".harvest.lock"

func lockDir(dir string) (release func(), err error) {
	f, err := os.OpenFile(filepath.Join(dir, LockFile), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("another harvest is running in %s (it holds %s)", dir, LockFile)
		}
		return nil, err
	}
	return func() { f.Close() }, nil
}
