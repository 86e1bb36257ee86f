package httpapi

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"jhagraph/internal/apitest"
)

// chunks is a body of n bytes with no declared length: the client sends
// it in chunks.
type chunks struct{ left int }

func (c *chunks) Read(p []byte) (int, error) {
	if c.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), c.left)
	for i := range p[:n] {
		p[i] = ' '
	}
	c.left -= n
	return n, nil
}

func TestRequestBodies(t *testing.T) {
	srv, _ := serve(t, down(), DefaultLimits())
	// A chunked body over the limit: 413 with a code.
	req := apitest.Request(t, srv.URL, io.MultiReader(strings.NewReader(`{"query":"`), &chunks{left: maxBody + 10}, strings.NewReader(`{ __typename }"}`)))
	status, r, _ := apitest.Answer(t, req)
	if req.ContentLength != 0 || status != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked body over the limit: length %d sent, status %d, want 413", req.ContentLength, status)
	}
	apitest.WantCode(t, "chunked body over the limit", r, "REQUEST_TOO_LARGE", "JHAGRAPH_MAX_BODY_BYTES")

	// A chunked body under the limit is read.
	status, _, body := apitest.Answer(t, apitest.Request(t, srv.URL, io.MultiReader(strings.NewReader(`{"query":"`), &chunks{left: 1000}, strings.NewReader(`{ __typename }"}`))))
	if status != 200 || !strings.Contains(body, `"__typename":"Query"`) {
		t.Errorf("chunked body under the limit: %d %s", status, body)
	}

	// A body that is not JSON, or not a request, is not echoed back.
	for _, b := range []string{`{"query": "{ secret-7f3a`, `["secret-7f3a"]`, `{"query": {"secret-7f3a": 1}}`, `secret-7f3a`} {
		status, r, body := apitest.Answer(t, apitest.Request(t, srv.URL, strings.NewReader(b)))
		if status != http.StatusBadRequest || strings.Contains(body, "secret-7f3a") {
			t.Errorf("body %q: %d %s, want 400 without the body", b, status, body)
		}
		apitest.WantCode(t, "bad JSON", r, "BAD_REQUEST_JSON")
	}
}
