package main

import (
	"strings"
	"testing"
	"time"

	"jhagraph/internal/httpapi"
)

func TestServeConfig(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cfg, err := serveConfigFrom(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Limits != httpapi.DefaultLimits() || cfg.WebDir != "web/dist" || cfg.Addr != ":8080" || cfg.Neo4j.ReadTimeout != 5*time.Second ||
		cfg.HTTP.WriteTimeout != cfg.Limits.RequestTimeout+5*time.Second || cfg.HTTP.ReadHeaderTimeout == 0 || cfg.HTTP.IdleTimeout == 0 {
		t.Errorf("defaults: %+v", cfg)
	}
	cfg, err = serveConfigFrom(env(map[string]string{"PORT": "9000", "JHAGRAPH_MAX_LIST": "20", "JHAGRAPH_READ_TIMEOUT": "1500ms",
		"JHAGRAPH_REQUEST_TIMEOUT": "4s", "JHAGRAPH_MAX_REPLY_BYTES": "1000", "JHAGRAPH_MAX_HEAVY": "0", "JHAGRAPH_HTTP_IDLE_TIMEOUT": "1m",
		"JHAGRAPH_NEO4J_ACQUIRE_TIMEOUT": "2s", "JHAGRAPH_WEB_DIR": "/srv/web"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != ":9000" || cfg.Limits.MaxList != 20 || cfg.Limits.ReadTimeout != 1500*time.Millisecond || cfg.Neo4j.ReadTimeout != 1500*time.Millisecond ||
		cfg.Limits.RequestTimeout != 4*time.Second || cfg.HTTP.WriteTimeout != 9*time.Second || cfg.Limits.MaxReply != 1000 ||
		cfg.Limits.Admission.MaxHeavy != 0 || cfg.HTTP.IdleTimeout != time.Minute || cfg.Neo4j.AcquireTimeout != 2*time.Second || cfg.WebDir != "/srv/web" {
		t.Errorf("from the environment: %+v", cfg)
	}
	_, err = serveConfigFrom(env(map[string]string{"JHAGRAPH_MAX_LIST": "many", "JHAGRAPH_QUEUE_WAIT": "2", "JHAGRAPH_MAX_PAGE": "-1"}))
	for _, name := range []string{"JHAGRAPH_MAX_LIST", "JHAGRAPH_QUEUE_WAIT", "JHAGRAPH_MAX_PAGE"} {
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("bad values: error %v does not name %s", err, name)
		}
	}
}
