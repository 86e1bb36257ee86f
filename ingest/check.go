package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// MaxSize is the largest input Check accepts, in bytes.
const MaxSize = 4 << 20

// The classes of input errors; an *Error wraps exactly one of them, so callers
// can test with errors.Is(err, ingest.ErrEncoding).
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary input")
	ErrEncoding = errors.New("bad text encoding")
	ErrTooLarge = errors.New("input too large")
	ErrMeta     = errors.New("bad sidecar")
	ErrNoKey    = errors.New("no document key")
	ErrConflict = errors.New("conflicting metadata")
)

// Error is an input error. It names the file and, when it concerns one line,
// the line: "x.meta:3: unknown key \"dosier\"" or
// "kst-1.txt: not valid UTF-8 (line 3, byte 120)".
type Error struct {
	File  string // file name as given to the function that failed
	Line  int    // 1-based line the error is about, or 0
	Msg   string // what is wrong
	Class error  // one of the Err* sentinels
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
	}
	return e.File + ": " + e.Msg
}

// Unwrap returns the class of the error.
func (e *Error) Unwrap() error { return e.Class }

// tooLarge says how large the input is and what the limit is, in the unit
// a person reads: "too large: 5.0 MiB (5242880 bytes); the limit is 4 MiB".
func tooLarge(name string, size int64) *Error {
	return inputError(ErrTooLarge, name, 0, "too large: %.1f MiB (%d bytes); the limit is %d MiB", float64(size)/(1<<20), size, MaxSize>>20)
}

func inputError(class error, file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Class: class}
}

// Check rejects input that cannot be a letter: larger than MaxSize, empty or
// only whitespace, UTF-16, binary (a NUL byte or more than 1% control
// characters), or not valid UTF-8. For invalid UTF-8 the message gives the
// 1-based line and the 0-based byte offset of the first bad byte.
func Check(name string, data []byte) error {
	if len(data) > MaxSize {
		return tooLarge(name, int64(len(data)))
	}
	if len(data) == 0 {
		return inputError(ErrEmpty, name, 0, "empty")
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return inputError(ErrEncoding, name, 0, "UTF-16 text; convert it to UTF-8")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return inputError(ErrBinary, name, 0, "binary (NUL byte at line %d, byte %d)", lineOf(data, i), i)
	}
	if i := firstInvalidUTF8(data); i >= 0 {
		return inputError(ErrEncoding, name, 0, "not valid UTF-8 (line %d, byte %d)", lineOf(data, i), i)
	}
	var runes, controls int
	blank := true
	for _, r := range string(data) {
		runes++
		if isControl(r) {
			controls++
		}
		if blank && !unicode.IsSpace(r) && r != '\uFEFF' {
			blank = false
		}
	}
	if controls*100 > runes {
		return inputError(ErrBinary, name, 0, "binary (%d control characters in %d)", controls, runes)
	}
	if blank {
		return inputError(ErrEmpty, name, 0, "empty (only whitespace)")
	}
	return nil
}

// isControl reports whether r is a control character that has no place in a
// letter: C0 except tab, newline, vertical tab, form feed and carriage
// return; DEL; and C1.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r':
		return false
	}
	return r < 0x20 || (r >= 0x7F && r <= 0x9F)
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineOf returns the 1-based line of byte offset i.
func lineOf(data []byte, i int) int {
	return bytes.Count(data[:i], []byte{'\n'}) + 1
}
