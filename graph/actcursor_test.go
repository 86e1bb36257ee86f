package graph

import (
	"encoding/base64"
	"errors"
	"testing"
)

// An act cursor reads back as the key it was made from; anything else the
// API did not hand out is ErrBadCursor.
func TestActCursor(t *testing.T) {
	for _, key := range []string{"32011L0098", "32013R0604", "some-act-slug"} {
		got, err := parseActCursor(actCursor(Node{Key: key}))
		if err != nil || got != key {
			t.Errorf("act cursor of %q reads back as %q, %v", key, got, err)
		}
	}
	if got, err := parseActCursor(""); got != "" || err != nil {
		t.Errorf("no cursor: %q, %v", got, err)
	}
	enc := base64.RawURLEncoding.EncodeToString
	for _, c := range []string{"garbage!", "a b", enc([]byte("two words")), enc([]byte("tab\tkey")), enc([]byte{0xff, 0xfe}), enc([]byte("ctl\x01"))} {
		if _, err := parseActCursor(c); !errors.Is(err, ErrBadCursor) {
			t.Errorf("cursor %q: %v, want ErrBadCursor", c, err)
		}
	}
}
