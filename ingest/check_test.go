package ingest

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	controls := append([]byte("Aan de Voorzitter\n"), bytes.Repeat([]byte{0x01, 'a'}, 50)...)
	tests := []struct {
		name  string
		data  []byte
		class error
		msg   string // the whole message
	}{
		{"ok", []byte("Den Haag, 15 januari 2024\n"), nil, ""},
		{"ok with BOM and CRLF", []byte("\uFEFFDen Haag,\r\n15 januari 2024\r\n"), nil, ""},
		{"a stray control character", append([]byte(strings.Repeat("tekst ", 40)), 0x07), nil, ""},
		{"empty", nil, ErrEmpty, "kst-1.txt: empty"},
		{"whitespace only", []byte(" \n\t\r\n  \n"), ErrEmpty, "kst-1.txt: empty (only whitespace)"},
		{"NUL", []byte("Den Haag\n\x00\x01"), ErrBinary, "kst-1.txt: binary (NUL byte at line 2, byte 9)"},
		{"control characters", controls, ErrBinary, "kst-1.txt: binary (50 control characters in 118)"},
		{"invalid UTF-8", []byte("regel 1\nregel 2\nRoemeni\xeb\n"), ErrEncoding, "kst-1.txt: not valid UTF-8 (line 3, byte 23)"},
		{"Latin-1 at the start", []byte("\xe9\xe9n"), ErrEncoding, "kst-1.txt: not valid UTF-8 (line 1, byte 0)"},
		{"UTF-16", []byte("\xff\xfeD\x00e\x00"), ErrEncoding, "kst-1.txt: UTF-16 text; convert it to UTF-8"},
		{"too large", bytes.Repeat([]byte("a"), MaxSize+1), ErrTooLarge, "kst-1.txt: too large: 4.0 MiB (4194305 bytes); the limit is 4 MiB"},
		{"at the limit", bytes.Repeat([]byte("a"), MaxSize), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check("kst-1.txt", tt.data)
			if tt.class == nil {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				return
			}
			if !errors.Is(err, tt.class) {
				t.Fatalf("Check: %v, want class %v", err, tt.class)
			}
			if err.Error() != tt.msg {
				t.Errorf("message %q, want %q", err.Error(), tt.msg)
			}
			var e *Error
			if !errors.As(err, &e) || e.File != "kst-1.txt" {
				t.Errorf("not an *Error naming the file: %#v", err)
			}
		})
	}
}

func TestParseRejectsWhatCheckRejects(t *testing.T) {
	if _, err := Parse("x.txt", []byte("Roemeni\xeb")); !errors.Is(err, ErrEncoding) {
		t.Errorf("Parse of invalid UTF-8: %v", err)
	}
	if _, err := Parse("x.txt", []byte("\n\n")); !errors.Is(err, ErrEmpty) {
		t.Errorf("Parse of blank input: %v", err)
	}
}

func TestParseMeta(t *testing.T) {
	good := "# sidecar\n\nDossier: 32 317\nnumber: 867\ndate: 2024-01-15\ntitle: Brief van de ministers: JBZ\n" +
		"kind: brief\naddressee: Voorzitter van de Tweede Kamer\nurl: https://zoek.officielebekendmakingen.nl/kst-32317-867.html\n"
	m, err := ParseMeta("kst-32317-867.meta", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	want := Meta{Dossier: "32317", Number: "867", Date: "2024-01-15", Title: "Brief van de ministers: JBZ", Kind: "brief",
		Addressee: "Voorzitter van de Tweede Kamer", URL: "https://zoek.officielebekendmakingen.nl/kst-32317-867.html"}
	if m.From["date"] != "kst-32317-867.meta (sidecar)" {
		t.Errorf("ParseMeta: date read from %q", m.From["date"])
	}
	m.From = nil
	if !reflect.DeepEqual(m, want) {
		t.Errorf("ParseMeta = %+v, want %+v", m, want)
	}
	if m, err := ParseMeta("x.meta", []byte("dossier: 21501-20\nnumber: B\r\n")); err != nil || m.Dossier != "21501-20" || m.Number != "B" {
		t.Errorf("sub-dossier and letter number: %+v %v", m, err)
	}

	bad := []struct{ data, msg string }{
		{"dossier: 32317\n\ndosier: 1\n", `x.meta:3: unknown key "dosier" (known: dossier, number, date, title, kind, addressee, url)`},
		{"dossier 32317\n", `x.meta:1: not a "key: value" line: "dossier 32317"`},
		{"# c\ndossier: 32a17\n", `x.meta:2: dossier "32a17" is not a dossier number (digits, e.g. 32317 or 21501-20)`},
		{"number: nr. 867\n", `x.meta:1: number "nr. 867" is not a document number (digits, a capital such as B, or digits and a letter such as 62a)`},
		{"date: 15-01-2024\n", `x.meta:1: date "15-01-2024" is not YYYY-MM-DD`},
		{"date: 2024-02-30\n", `x.meta:1: date "2024-02-30" is not a calendar date`},
		{"title:\n", `x.meta:1: key "title" has no value`},
		{"number: 1\nnumber: 2\n", `x.meta:2: key "number" repeated (first on line 1)`},
		{"url: zoek.officielebekendmakingen.nl\n", `x.meta:1: url "zoek.officielebekendmakingen.nl" is not an absolute http(s) URL`},
		{"dossier: 3\x00", `x.meta: binary (NUL byte at line 1, byte 10)`},
	}
	for _, b := range bad {
		_, err := ParseMeta("x.meta", []byte(b.data))
		if err == nil || err.Error() != b.msg {
			t.Errorf("ParseMeta(%q) error %v, want %q", b.data, err, b.msg)
		}
		if err != nil && !errors.Is(err, ErrMeta) && !errors.Is(err, ErrBinary) {
			t.Errorf("ParseMeta(%q): error class %v", b.data, err)
		}
	}
}
