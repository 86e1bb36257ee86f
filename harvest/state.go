package harvest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// StateFile is the name of the state file in the harvest folder.
const StateFile = ".harvest-state.json"

// partialSuffix ends the name of a file being written; a run removes the
// ones a killed run left behind.
const partialSuffix = ".partial"

// State is what a harvest folder holds, per document: each file fetched,
// with the record version it was fetched for, the server's validators and
// the sha256 of its content; and the fingerprint of the files last ingested.
// It holds no clock time, so two runs that fetched the same things write the
// same bytes.
type State struct {
	Format    int                  `json:"format"`
	Source    string               `json:"source"`
	Documents map[string]*DocState `json:"documents"`
}

// DocState is one document's entry.
type DocState struct {
	// Files by role: "document" (X.xml or X.pdf) and "metadata"
	// (X.metadata.xml).
	Files map[string]FileState `json:"files"`
	// Ingested is the fingerprint of the files when they were last
	// ingested; the document is ingested again when it differs.
	Ingested string `json:"ingested,omitempty"`
}

// FileState is one fetched file.
type FileState struct {
	Name          string `json:"name"`
	Manifestation string `json:"manifestation"`
	URL           string `json:"url"`
	Version       string `json:"version"`
	ETag          string `json:"etag,omitempty"`
	LastModified  string `json:"lastModified,omitempty"`
	SHA256        string `json:"sha256"`
	Size          int64  `json:"size"`
}

const (
	roleDocument = "document"
	roleMetadata = "metadata"
)

// fingerprint identifies the content of a document's files together; "" if
// a file is missing.
func (d *DocState) fingerprint() string {
	doc, ok1 := d.Files[roleDocument]
	meta, ok2 := d.Files[roleMetadata]
	if !ok1 || !ok2 {
		return ""
	}
	sum := sha256.Sum256([]byte(doc.Name + ":" + doc.SHA256 + "\n" + meta.Name + ":" + meta.SHA256 + "\n"))
	return hex.EncodeToString(sum[:])
}

func sha(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// loadState reads the state file, or starts an empty state when there is
// none.
func loadState(dir string) (*State, error) {
	path := filepath.Join(dir, StateFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &State{Format: 1, Source: "sru", Documents: map[string]*DocState{}}, nil
	}
	if err != nil {
		return nil, err
	}
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("%s: not a harvest state file: %v", path, err)
	}
	if st.Format != 1 {
		return nil, fmt.Errorf("%s: state format %d, this jhagraph reads 1", path, st.Format)
	}
	if st.Documents == nil {
		st.Documents = map[string]*DocState{}
	}
	for id, d := range st.Documents {
		if !idPattern.MatchString(id) || d == nil {
			return nil, fmt.Errorf("%s: bad document entry %q", path, id)
		}
		for role, f := range d.Files {
			if f.Name != filepath.Base(f.Name) || !strings.HasPrefix(f.Name, id+".") {
				return nil, fmt.Errorf("%s: %s %s file name %q is not in the folder", path, id, role, f.Name)
			}
		}
	}
	return &st, nil
}

// save writes the state atomically.
func (st *State) save(dir string) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(dir, StateFile, append(data, '\n'))
}

// writeAtomic writes name in dir through a temporary file that is synced
// and renamed over it, so a reader (or a rerun after kill -9) sees the old
// file or the whole new one, never part of it.
func writeAtomic(dir, name string, data []byte) (err error) {
	f, err := os.CreateTemp(dir, "."+name+".*"+partialSuffix)
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err = f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	if err = os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // make the rename durable; not all file systems support it
		d.Close()
	}
	return nil
}

// removePartials deletes the temporary files a killed run left behind.
func removePartials(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && strings.HasPrefix(n, ".") && strings.HasSuffix(n, partialSuffix) {
			if err := os.Remove(filepath.Join(dir, n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// intact reports whether the file f names is in dir with the content the
// state records.
func intact(dir string, f FileState) bool {
	data, err := os.ReadFile(filepath.Join(dir, f.Name))
	return err == nil && int64(len(data)) == f.Size && sha(data) == f.SHA256
}
