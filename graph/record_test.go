package graph

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestRecorderReadsBackWhatTheStoreSent(t *testing.T) {
	var buf bytes.Buffer
	r := NewRecorder(&buf)
	r.Record("MATCH (n {key: $key}) RETURN n LIMIT $limit", map[string]any{
		"key": "kst-32317-867", "limit": int64(21), "whole": 3.0, "half": 0.5, "none": nil, "yes": true,
		"keys": []string{"a", "b"}, "ints": []int64{1, 2}, "n": 7,
		"nested": map[string]any{"f": 2.0, "l": []any{int64(1), 1.5, "x"}},
	})
	r.Record("RETURN 1", nil)
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Fatalf("%d lines, want 2:\n%s", n, buf.String())
	}
	got, err := ReadRecorded(&buf)
	if err != nil {
		t.Fatal(err)
	}
	want := []Recorded{
		{Query: "MATCH (n {key: $key}) RETURN n LIMIT $limit", Params: map[string]any{
			"key": "kst-32317-867", "limit": int64(21), "whole": 3.0, "half": 0.5, "none": nil, "yes": true,
			"keys": []any{"a", "b"}, "ints": []any{int64(1), int64(2)}, "n": int64(7),
			"nested": map[string]any{"f": 2.0, "l": []any{int64(1), 1.5, "x"}},
		}},
		{Query: "RETURN 1", Params: map[string]any{}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read back\n%#v\nwant\n%#v", got, want)
	}
}

func TestRecorderKeepsTheFirstErrorAndLinesWhole(t *testing.T) {
	var buf bytes.Buffer
	r := NewRecorder(&buf)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				r.Record("RETURN $i", map[string]any{"i": int64(i*100 + j), "pad": strings.Repeat("x", 500)})
			}
		}(i)
	}
	wg.Wait()
	got, err := ReadRecorded(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 400 {
		t.Fatalf("%d statements read back, want 400", len(got))
	}
	r.Record("RETURN $x", map[string]any{"x": struct{}{}})
	if err := r.Err(); err == nil || !strings.Contains(err.Error(), "struct {}") {
		t.Fatalf("Err() = %v, want one naming the unrecordable type", err)
	}
	before := buf.Len()
	r.Record("RETURN 1", nil)
	if buf.Len() != before {
		t.Fatal("a statement was recorded after an error")
	}
	if _, err := ReadRecorded(strings.NewReader("{\"query\": \"RETURN 1\"}\nnot json\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("ReadRecorded of a bad line: %v, want an error naming line 2", err)
	}
}
