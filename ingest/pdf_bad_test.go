package ingest

import (
	"bytes"
	"crypto/md5"
	"crypto/rc4"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"jhagraph/internal/pdftest"
)

// Bad PDFs, built in the tests: encrypted (by hand, with the standard
// security handler), damaged (a rendered PDF truncated, or garbage after
// the %PDF- header) and without a text layer (Chromium printing a page that
// holds only a picture).

// pdfPadding is the padding string of the standard security handler (PDF
// 1.7, 7.6.3.3).
var pdfPadding = []byte{0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A}

func padPassword(pw string) []byte {
	return append([]byte(pw), pdfPadding...)[:32]
}

func rc4Crypt(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		panic(err)
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// encryptedPDF builds a one-page PDF saying text, encrypted with 40-bit RC4
// (revision 2 of the standard security handler) under the user password
// user and permissions perms (bit 5, 0x10, allows copying text).
func encryptedPDF(text, user, owner string, perms int32) []byte {
	id := []byte("jhagraph-test-id")
	// Algorithm 3: the owner entry.
	ok := md5.Sum(padPassword(owner))
	o := rc4Crypt(ok[:5], padPassword(user))
	// Algorithm 2: the file key.
	h := md5.New()
	h.Write(padPassword(user))
	h.Write(o)
	p := uint32(perms)
	h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
	h.Write(id)
	key := h.Sum(nil)[:5]
	// Algorithm 4: the user entry.
	u := rc4Crypt(key, pdfPadding)
	// Each object's strings and streams are encrypted with a key of its own.
	objKey := func(num int) []byte {
		s := md5.Sum(append(append([]byte{}, key...), byte(num), byte(num>>8), byte(num>>16), 0, 0))
		return s[:10]
	}
	content := rc4Crypt(objKey(4), []byte("BT /F1 14 Tf 72 720 Td ("+text+") Tj ET"))
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Filter /Standard /V 1 /R 2 /O <%x> /U <%x> /P %d >>", o, u, perms),
	}
	return pdftest.Build(objs, fmt.Sprintf("/Encrypt 6 0 R /ID [<%x> <%x>]", id, id))
}

// TestPDFEncrypted: a PDF that needs a password is refused as encrypted;
// one that opens without a password (permissions only, as some published
// PDFs have) is read, whatever its permissions say about copying.
func TestPDFEncrypted(t *testing.T) {
	needPdftotext(t)
	const allowAll, noCopy = -4, -4 &^ 0x10
	locked := encryptedPDF("Geheime brief", "geheim", "eigenaar", allowAll)
	_, err := PDFText("locked.pdf", locked)
	wantFormatError(t, err, "locked.pdf", "encrypted PDF")
	// With the password poppler reads it: the file is a sound encrypted
	// PDF, and it was refused for the password alone.
	path := filepath.Join(t.TempDir(), "locked.pdf")
	if err := os.WriteFile(path, locked, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-upw", "geheim", path, "-").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Geheime brief") {
		t.Errorf("pdftotext -upw geheim on the test's encrypted PDF: %v %q", err, out)
	}

	// A security handler poppler does not have (a certificate handler,
	// say) is refused as encrypted too.
	foreign := bytes.Replace(encryptedPDF("Open brief", "", "eigenaar", allowAll), []byte("/Filter /Standard"), []byte("/Filter /FooSecur"), 1)
	_, err = PDFText("foreign.pdf", foreign)
	wantFormatError(t, err, "foreign.pdf", "encrypted PDF: poppler cannot decrypt it")

	for _, perms := range []int32{allowAll, noCopy} {
		open := encryptedPDF("Open brief", "", "eigenaar", perms)
		text, err := PDFText("open.pdf", open)
		if err != nil || strings.TrimSpace(text) != "Open brief" {
			t.Errorf("an encrypted PDF without a user password (permissions %#x): %q, %v", perms, text, err)
		}
	}
}

// TestPDFDamaged: a truncated PDF, garbage after the header, and what is no
// PDF at all are refused as such, naming the file.
func TestPDFDamaged(t *testing.T) {
	needPdftotext(t)
	good := encryptedPDF("Open brief", "", "eigenaar", -4)
	if _, err := PDFText("good.pdf", good); err != nil {
		t.Fatalf("the intact PDF: %v", err)
	}
	for _, tc := range []struct {
		name, what string
		data       []byte
	}{
		{"half.pdf", "damaged PDF: truncated", good[:len(good)/2]},
		{"header.pdf", "damaged PDF: truncated", []byte("%PDF-1.7\n")},
		{"garbage.pdf", "damaged PDF: ", append([]byte("%PDF-1.7\n"), append(bytes.Repeat([]byte("garbage \x00\xff\x13 "), 200), "\n%%EOF\n"...)...)},
		// The objects survive, the cross-reference table and trailer do not.
		{"notrailer.pdf", "damaged PDF: ", append(good[:bytes.Index(good, []byte("xref"))], "%%EOF\n"...)},
		{"letter.pdf", "not a PDF", []byte("Den Haag, 15 januari 2024\n")},
		{"empty.pdf", "not a PDF", nil},
	} {
		_, err := PDFText(tc.name, tc.data)
		wantFormatError(t, err, tc.name, tc.what)
		t.Logf("%v", err)
	}
}

// TestPDFNoTextLayer: a scan (Chromium printing a page that holds only a
// picture) has no text layer.
func TestPDFNoTextLayer(t *testing.T) {
	needPdftotext(t)
	img := image.NewGray(image.Rect(0, 0, 400, 300))
	for y := 0; y < 300; y++ {
		for x := 0; x < 400; x++ {
			c := uint8(250)
			if y%20 < 6 && x > 30 && x < 370-(y*7)%90 { // lines of "print"
				c = 20
			}
			img.SetGray(x, y, color.Gray{Y: c})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	page := `<!doctype html><html><body style="margin:0"><img style="width:180mm" src="data:image/png;base64,` +
		base64.StdEncoding.EncodeToString(buf.Bytes()) + `"></body></html>`
	pdf := printPDF(t, page)
	if !bytes.Contains(pdf, []byte("/Image")) {
		t.Fatal("Chromium's PDF holds no image")
	}
	_, err := PDFText("scan.pdf", pdf)
	wantFormatError(t, err, "scan.pdf", "no text layer (a scanned image?)")
	t.Logf("%v", err)
}

// TestPDFTruncatedNeverPanics cuts a rendered letter at many lengths, with
// and without an end marker put back, and reads each: an error of class
// ErrFormat or text, never a panic or another kind of error.
func TestPDFTruncatedNeverPanics(t *testing.T) {
	needPdftotext(t)
	pdf := letterPDF(t, "brief.txt", string(seedLetter(t)), pdfLayout{Head: seedHead, FirstPageHead: true})
	whole, err := PDFText("brief.pdf", pdf)
	if err != nil {
		t.Fatal(err)
	}
	cuts := []int{0, 1, 4, 5, 8, 16, 100, len(pdf) - 1, len(pdf) - 6, len(pdf) - 100}
	for k := 1; k < 24; k++ {
		cuts = append(cuts, len(pdf)*k/24)
	}
	read, failed := 0, 0
	for _, n := range cuts {
		for _, tail := range []string{"", "\n%%EOF\n"} {
			data := append(pdf[:n:n], tail...)
			name := fmt.Sprintf("cut-%d%s.pdf", n, map[bool]string{true: "-eof"}[tail != ""])
			text, err := PDFText(name, data)
			switch {
			case err == nil:
				// Only what lost no more than its end of line and end
				// marker reads, and then it reads whole.
				read++
				if text != whole {
					t.Errorf("%s (%d of %d bytes) read without an error, but not as the whole PDF", name, n, len(pdf))
				}
			case errors.Is(err, ErrFormat):
				failed++
				var ie *Error
				if !errors.As(err, &ie) || ie.File != name {
					t.Errorf("%s: %v does not name the file", name, err)
				}
			default:
				t.Errorf("%s: %v is no input error", name, err)
			}
		}
	}
	t.Logf("%d truncated PDFs: %d refused, %d read", len(cuts)*2, failed, read)
}
