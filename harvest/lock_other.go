//go:build !unix

package harvest

// LockFile is not used where flock is not available.
const LockFile = ".harvest.lock"

// lockDir does not lock where flock is not available: one harvest per
// folder at a time is then up to the user.
func lockDir(dir string) (release func(), err error) { return func() {}, nil }
