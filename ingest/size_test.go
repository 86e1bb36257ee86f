package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A file over the limit is reported with its own size, not with the
// MaxSize+1 bytes read of it, and nothing of it is read.
func TestLoadReportsTheRealSizeOfALargeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kst-1-1.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("Nr. 1 BRIEF\n"), 5<<20/12+1), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err %v, want ErrTooLarge", err)
	}
	if want := "kst-1-1.txt: too large: 5.0 MiB (5242884 bytes); the limit is 4 MiB"; err.Error() != want {
		t.Errorf("message %q, want %q", err.Error(), want)
	}
}
