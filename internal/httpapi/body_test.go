package httpapi

import (
	"encoding/json"
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
	req, _ := http.NewRequest("POST", srv.URL+"/graphql", io.MultiReader(strings.NewReader(`{"query":"`), &chunks{left: maxBody + 10}, strings.NewReader(`{ __typename }"}`)))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var r apitest.Response
	_ = json.Unmarshal(body, &r)
	if req.ContentLength != 0 || resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked body over the limit: length %d sent, status %d, want 413", req.ContentLength, resp.StatusCode)
	}
	apitest.WantCode(t, "chunked body over the limit", r, "REQUEST_TOO_LARGE", "JHAGRAPH_MAX_BODY_BYTES")

	// A chunked body under the limit is read.
	req, _ = http.NewRequest("POST", srv.URL+"/graphql", io.MultiReader(strings.NewReader(`{"query":"`), &chunks{left: 1000}, strings.NewReader(`{ __typename }"}`)))
	req.Header.Set("Content-Type", "application/json")
	if resp, err := http.DefaultClient.Do(req); err != nil {
		t.Fatal(err)
	} else {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), `"__typename":"Query"`) {
			t.Errorf("chunked body under the limit: %d %s", resp.StatusCode, body)
		}
	}

	// A body that is not JSON, or not a request, is not echoed back.
	for _, b := range []string{`{"query": "{ secret-7f3a`, `["secret-7f3a"]`, `{"query": {"secret-7f3a": 1}}`, `secret-7f3a`} {
		resp, err := http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var r apitest.Response
		_ = json.Unmarshal(body, &r)
		if resp.StatusCode != http.StatusBadRequest || strings.Contains(string(body), "secret-7f3a") {
			t.Errorf("body %q: %d %s, want 400 without the body", b, resp.StatusCode, body)
		}
		apitest.WantCode(t, "bad JSON", r, "BAD_REQUEST_JSON")
	}
}
