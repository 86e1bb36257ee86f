package harvest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"jhagraph/harvest"
	"jhagraph/harvest/harvesttest"
)

// fixtures are harvesttest.Fixtures: real excerpts when the corpus is
// there, generated text otherwise.
func fixtures(t testing.TB) []harvesttest.Doc {
	t.Helper()
	dir := harvesttest.CorpusDir()
	if dir == "" {
		t.Log("../shared/corpus/real not found: fixtures use generated text")
	}
	docs, err := harvesttest.Fixtures(dir)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// fast are options for a replay server on this machine.
func fast(srv *harvesttest.Server, dir string) harvest.Options {
	return harvest.Options{
		SRUURL: srv.SRUURL(), Dir: dir, PageSize: 3, Rate: 1000,
		ConnectTimeout: time.Second, RequestTimeout: 5 * time.Second, ReadTimeout: 300 * time.Millisecond,
		Backoff: 5 * time.Millisecond, MaxBackoff: 50 * time.Millisecond, Retries: 3,
	}
}

// runHarvest runs one harvest and releases its folder.
func runHarvest(t *testing.T, o harvest.Options, dossiers ...string) (harvest.Report, error) {
	return runMarked(t, o, false, dossiers...)
}

// runMarked is runHarvest that, with mark, then marks what is pending as
// ingested, as the command does after ingesting it.
func runMarked(t *testing.T, o harvest.Options, mark bool, dossiers ...string) (harvest.Report, error) {
	t.Helper()
	h, err := harvest.New(o)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	rep, err := h.Run(context.Background(), dossiers)
	if err == nil && mark {
		if err := h.MarkIngested(rep.Pending); err != nil {
			t.Fatal(err)
		}
	}
	return rep, err
}

// paths counts requests by kind: listing (/sru) and file downloads.
func paths(reqs []harvesttest.Request) (listing, files int) {
	for _, r := range reqs {
		if r.Path == "/sru" {
			listing++
		} else {
			files++
		}
	}
	return
}

// checkFolder asserts that dir holds exactly the published files of docs,
// byte for byte, and the state file.
func checkFolder(t *testing.T, dir string, docs []harvesttest.Doc) {
	t.Helper()
	want := map[string][]byte{}
	for _, d := range docs {
		if d.XML != nil {
			want[d.ID+".xml"] = d.XML
		} else {
			want[d.ID+".pdf"] = d.PDF
		}
		want[d.ID+".metadata.xml"] = d.Metadata
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		if e.Name() == harvest.StateFile || e.Name() == harvest.LockFile {
			continue
		}
		got = append(got, e.Name())
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if w, ok := want[e.Name()]; !ok {
			t.Errorf("unexpected file %s in the folder", e.Name())
		} else if !bytes.Equal(data, w) {
			t.Errorf("%s: %d bytes differ from the %d published", e.Name(), len(data), len(w))
		}
	}
	if len(got) != len(want) {
		t.Errorf("folder holds %d files %v, want %d", len(got), got, len(want))
	}
}

func readState(t *testing.T, dir string) harvest.State {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, harvest.StateFile))
	if err != nil {
		t.Fatal(err)
	}
	var st harvest.State
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestHarvestThenSecondRunListsOnly(t *testing.T) {
	docs := fixtures(t)
	srv := harvesttest.New(docs)
	defer srv.Close()
	dir := filepath.Join(t.TempDir(), "kst")

	rep, err := runMarked(t, fast(srv, dir), true, "32317", "22112")
	if err != nil {
		t.Fatal(err)
	}
	checkFolder(t, dir, docs)
	// 32317 lists 6 records (three pages of 3: the last empty page is not
	// asked for), 22112 lists 3 (one page); the document in both is fetched once.
	if want := []harvest.DossierCount{{Dossier: "32317", Records: 6}, {Dossier: "22112", Records: 3}}; !slices.Equal(rep.Dossiers, want) {
		t.Errorf("dossiers %v, want %v", rep.Dossiers, want)
	}
	if rep.Documents != 8 || rep.New != 8 || len(rep.Failed) != 0 {
		t.Errorf("documents %d new %d failed %v, want 8, 8, none", rep.Documents, rep.New, rep.Failed)
	}
	listing, files := paths(srv.Requests())
	if listing != 3 || files != 16 {
		t.Errorf("first run: %d listing and %d file requests, want 3 and 16", listing, files)
	}
	if rep.Stats.ListingRequests != 3 || rep.Stats.FileRequests != 16 || rep.Stats.Retries != 0 {
		t.Errorf("stats %+v, want 3 listing, 16 file requests, no retries", rep.Stats)
	}
	if len(rep.Pending) != 8 || filepath.Base(rep.Pending[0]) != "kst-22112-4031.xml" || !slices.Contains(rep.Pending, filepath.Join(dir, "kst-32317-970.pdf")) {
		t.Errorf("pending %v, want the 8 document files (the PDF of kst-32317-970 among them)", rep.Pending)
	}
	st := readState(t, dir)
	if len(st.Documents) != 8 {
		t.Fatalf("state holds %d documents, want 8", len(st.Documents))
	}
	f := st.Documents["kst-32317-682"].Files["document"]
	if f.Name != "kst-32317-682.xml" || f.ETag == "" || f.LastModified == "" || len(f.SHA256) != 64 || !strings.Contains(f.Version, "2021-03-24") {
		t.Errorf("state of kst-32317-682.xml: %+v", f)
	}

	// Against the unchanged server: listing requests only, nothing pending.
	rep2, err := runHarvest(t, fast(srv, dir), "32317", "22112")
	if err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	for _, r := range reqs {
		if r.Path != "/sru" {
			t.Errorf("second run requested %s; an unchanged server needs listing requests only", r.Path)
		}
	}
	if len(reqs) != 3 || rep2.Unchanged != 8 || len(rep2.Pending) != 0 || rep2.Stats.FileRequests != 0 {
		t.Errorf("second run: %d requests, %d unchanged, pending %v; want 3 listing requests, 8 unchanged, none pending",
			len(reqs), rep2.Unchanged, rep2.Pending)
	}
	checkFolder(t, dir, docs)
}

func TestHarvestChangedRecords(t *testing.T) {
	docs := fixtures(t)
	srv := harvesttest.New(docs)
	defer srv.Close()
	dir := t.TempDir()
	if _, err := runMarked(t, fast(srv, dir), true, "32317"); err != nil {
		t.Fatal(err)
	}
	srv.Requests()

	// kst-32317-682: a new version with a corrected text (its metadata is
	// the same); kst-32317-621: a new record version, same files;
	// kst-32317-970: now published as XML too.
	var changed, pdf harvesttest.Doc
	srv.Update("kst-32317-682", func(d *harvesttest.Doc) {
		d.Modified = "2021-04-01T09:00:00.000000+02:00"
		d.XML = bytes.Replace(d.XML, []byte("</algemeen>"), []byte("<al>Herdruk.</al></algemeen>"), 1)
		changed = *d
	})
	srv.Update("kst-32317-621", func(d *harvesttest.Doc) { d.Modified = "2021-04-02T09:00:00.000000+02:00" })
	srv.Update("kst-32317-970", func(d *harvesttest.Doc) {
		d.Modified = "2021-04-03T09:00:00.000000+02:00"
		d.XML = harvesttest.KamerstukXML(*d, []string{"Tekst."})
		d.PDF = nil
		pdf = *d
	})
	rep, err := runHarvest(t, fast(srv, dir), "32317")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Changed != 2 || rep.NotModified != 1 || rep.Unchanged != 3 {
		t.Errorf("changed %d, not modified %d, unchanged %d; want 2, 1, 3", rep.Changed, rep.NotModified, rep.Unchanged)
	}
	want := []string{filepath.Join(dir, "kst-32317-682.xml"), filepath.Join(dir, "kst-32317-970.xml")}
	if !slices.Equal(rep.Pending, want) {
		t.Errorf("pending %v, want %v", rep.Pending, want)
	}
	got304 := 0
	for _, r := range srv.Requests() {
		if r.Path == "/sru" {
			continue
		}
		if r.Header.Get("If-None-Match") != "" && r.Status == http.StatusNotModified {
			got304++
		}
		if strings.Contains(r.Path, "kst-32317-564") || strings.Contains(r.Path, "kst-32317-669") {
			t.Errorf("fetched %s of an unchanged record", r.Path)
		}
	}
	// 682's metadata and 621's two files come back 304; 970's metadata too.
	if got304 != 4 {
		t.Errorf("%d conditional requests answered 304, want 4", got304)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "kst-32317-682.xml")); !bytes.Equal(data, changed.XML) {
		t.Error("kst-32317-682.xml is not the new version")
	}
	if _, err := os.Stat(filepath.Join(dir, "kst-32317-970.pdf")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("kst-32317-970.pdf should be gone now that there is XML: %v", err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "kst-32317-970.xml")); !bytes.Equal(data, pdf.XML) {
		t.Error("kst-32317-970.xml is not the published XML")
	}
}

func TestHarvestFilesAlteredLocallyAreFetchedAgain(t *testing.T) {
	docs := fixtures(t)
	srv := harvesttest.New(docs)
	defer srv.Close()
	dir := t.TempDir()
	if _, err := runHarvest(t, fast(srv, dir), "22112"); err != nil {
		t.Fatal(err)
	}
	srv.Requests()
	os.Remove(filepath.Join(dir, "kst-22112-4031.xml"))
	os.WriteFile(filepath.Join(dir, "kst-22112-4050.metadata.xml"), []byte("<metadata_gegevens/>"), 0o644)
	os.WriteFile(filepath.Join(dir, ".kst-22112-4050.xml.123.partial"), []byte("<officiele-pub"), 0o644)
	if _, err := runHarvest(t, fast(srv, dir), "22112"); err != nil {
		t.Fatal(err)
	}
	var fetched []string
	for _, r := range srv.Requests() {
		if r.Path != "/sru" {
			fetched = append(fetched, filepath.Base(r.Path))
			if r.Header.Get("If-None-Match") != "" {
				t.Errorf("%s: a file missing or altered here is fetched whole, not conditionally", r.Path)
			}
		}
	}
	if !slices.Equal(fetched, []string{"kst-22112-4031.xml", "metadata.xml"}) {
		t.Errorf("fetched %v, want the missing XML and the altered metadata", fetched)
	}
	var want []harvesttest.Doc
	for _, d := range docs {
		if slices.Contains(d.Dossiers, "22112") {
			want = append(want, d)
		}
	}
	checkFolder(t, dir, want) // the leftover .partial file is gone too
}

func TestHarvestRetriesFaults(t *testing.T) {
	docs := fixtures(t)[:3] // three documents of 32317
	for i := range docs {
		docs[i].Dossiers = []string{"32317"}
	}
	srv := harvesttest.New(docs)
	defer srv.Close()
	xml := func(id string) string { return "/frbr/officielepublicaties/kst/32317/" + id + "/1/xml/" + id + ".xml" }
	meta := func(id string) string {
		return "/frbr/officielepublicaties/kst/32317/" + id + "/1/metadata/metadata.xml"
	}
	faults := map[string][]*harvesttest.Fault{
		"/sru":           {{Status: 503}},
		xml(docs[0].ID):  {{Status: 500}, {Status: 429, RetryAfter: "1"}, {Truncate: true}},
		meta(docs[0].ID): {{Cut: true}},
		xml(docs[1].ID):  {{Stall: 5 * time.Second}, {Status: 503, RetryAfter: "date"}},
		meta(docs[2].ID): {{Status: 502}},
	}
	srv.SetFault(func(r *http.Request, nth int) *harvesttest.Fault {
		if f := faults[r.URL.Path]; nth <= len(f) {
			if f[nth-1].RetryAfter == "date" {
				// An HTTP-date 2s from now; its second precision
				// leaves a wait of more than one second.
				f := *f[nth-1]
				f.RetryAfter = time.Now().Add(2 * time.Second).UTC().Format(http.TimeFormat)
				return &f
			}
			return f[nth-1]
		}
		return nil
	})
	o := fast(srv, t.TempDir())
	o.Retries = 4
	o.Backoff = 20 * time.Millisecond
	rep, err := runHarvest(t, o, "32317")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Failed) != 0 || rep.New != 3 {
		t.Fatalf("failed %v, new %d; every fault should have been retried away", rep.Failed, rep.New)
	}
	checkFolder(t, o.Dir, docs)
	if want := 1 + 3 + 1 + 2 + 1; rep.Stats.Retries != want {
		t.Errorf("%d retries, want %d", rep.Stats.Retries, want)
	}
	// Retry-After is honoured: 1 second after the 429, and until the
	// HTTP-date (at least a second away) after the 503.
	var times = map[string][]time.Time{}
	for _, r := range srv.Requests() {
		times[r.Path] = append(times[r.Path], r.Time)
	}
	if ts := times[xml(docs[0].ID)]; len(ts) != 4 || ts[2].Sub(ts[1]) < 950*time.Millisecond {
		t.Errorf("requests of %s at %v: the retry after 429 Retry-After: 1 must wait a second", xml(docs[0].ID), ts)
	}
	if ts := times[xml(docs[1].ID)]; len(ts) != 3 || ts[2].Sub(ts[1]) < 900*time.Millisecond {
		t.Errorf("requests of %s at %v: the retry after 503 Retry-After: <date> must wait for the date", xml(docs[1].ID), ts)
	}
	// The stall (5s) was cut off by the read timeout (300ms), not waited out.
	if ts := times[xml(docs[1].ID)]; len(ts) == 3 && ts[1].Sub(ts[0]) > 3*time.Second {
		t.Errorf("the retry of the stalled body came %s after it: the read timeout did not cut it off", ts[1].Sub(ts[0]))
	}
}

func TestHarvestOverallTimeout(t *testing.T) {
	docs := fixtures(t)[:1]
	srv := harvesttest.New(docs)
	defer srv.Close()
	slow := "/frbr/officielepublicaties/kst/32317/" + docs[0].ID + "/1/xml/" + docs[0].ID + ".xml"
	srv.SetFault(func(r *http.Request, nth int) *harvesttest.Fault {
		if r.URL.Path == slow {
			return &harvesttest.Fault{Trickle: 10 * time.Millisecond} // a byte every 10ms: not stalled, far too slow
		}
		return nil
	})
	var log bytes.Buffer
	o := fast(srv, t.TempDir())
	// The read timeout is longer than the overall one, so that only the
	// overall timeout can end the trickle.
	o.RequestTimeout, o.ReadTimeout, o.Retries, o.Log = 500*time.Millisecond, 3*time.Second, 1, &log
	start := time.Now()
	rep, err := runHarvest(t, o, "32317")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Failed) != 1 || !strings.Contains(rep.Failed[0].Error(), "no complete answer within 500ms") || !strings.Contains(rep.Failed[0].Error(), "gave up after 2 attempts") {
		t.Errorf("failed %v: want the slow file given up after 2 attempts of at most 500ms", rep.Failed)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("took %s: the overall request timeout did not end the trickle (26s at one byte per 10ms)", el)
	}
	if _, err := os.Stat(filepath.Join(o.Dir, docs[0].ID+".xml")); !errors.Is(err, os.ErrNotExist) {
		t.Error("the file that never arrived in time was saved")
	}
}

func TestHarvestGivesUpAndKeepsTheOthers(t *testing.T) {
	docs := fixtures(t)
	srv := harvesttest.New(docs)
	defer srv.Close()
	bad := "/frbr/officielepublicaties/kst/32317/kst-32317-669/1/xml/kst-32317-669.xml"
	html := "/frbr/officielepublicaties/kst/32317/kst-32317-682/1/xml/kst-32317-682.xml"
	srv.SetFault(func(r *http.Request, nth int) *harvesttest.Fault {
		switch r.URL.Path {
		case bad:
			return &harvesttest.Fault{Truncate: true}
		case html:
			return &harvesttest.Fault{Body: "<!DOCTYPE html><html><body>Onderhoud</body></html>", ContentType: "text/html"}
		}
		return nil
	})
	dir := t.TempDir()
	o := fast(srv, dir)
	o.Retries = 2
	rep, err := runHarvest(t, o, "32317")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Failed) != 2 {
		t.Fatalf("failed %v, want kst-32317-669 and kst-32317-682", rep.Failed)
	}
	for _, f := range rep.Failed {
		msg := f.Error()
		switch f.ID {
		case "kst-32317-669":
			if !strings.Contains(msg, srv.URL+bad) || !strings.Contains(msg, "gave up after 3 attempts") || !strings.Contains(msg, "truncated body") {
				t.Errorf("error %q should name the URL, the attempts and the truncation", msg)
			}
		case "kst-32317-682":
			if !strings.Contains(msg, srv.URL+html) || !strings.Contains(msg, "HTML page") {
				t.Errorf("error %q should name the URL and say it is an HTML page", msg)
			}
		default:
			t.Errorf("unexpected failure %v", f)
		}
	}
	n := map[string]int{}
	for _, r := range srv.Requests() {
		n[r.Path]++
	}
	if n[bad] != 3 || n[html] != 1 {
		t.Errorf("requests: %d of the truncated file (want 3: retried), %d of the HTML page (want 1: not retried)", n[bad], n[html])
	}
	for _, name := range []string{"kst-32317-669.xml", "kst-32317-682.xml"} {
		if _, err := os.Stat(filepath.Join(dir, name)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s was saved although it never arrived whole", name)
		}
	}
	st := readState(t, dir)
	if _, ok := st.Documents["kst-32317-669"]; ok {
		t.Error("the state records kst-32317-669, which was never fetched")
	}
	for _, p := range rep.Pending {
		// the file's name, not its path: the test's temporary folder has
		// random digits ("…1739669666/001/kst-22112-4246.xml")
		if name := filepath.Base(p); strings.Contains(name, "669") || strings.Contains(name, "682") {
			t.Errorf("failed document %s is pending ingest", p)
		}
	}
	if len(rep.Pending) != 4 {
		t.Errorf("pending %v, want the 4 other documents of 32317", rep.Pending)
	}
}

func TestHarvestBadListing(t *testing.T) {
	docs := fixtures(t)
	cases := []struct {
		name  string
		fault harvesttest.Fault
		want  string
	}{
		{"html page", harvesttest.Fault{Body: "<html><head><title>Storing</title></head><body>Er is iets misgegaan</body></html>", ContentType: "text/html; charset=utf-8"}, "HTML page"},
		{"wrong root", harvesttest.Fault{Body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>`, ContentType: "application/xml"}, "root element <feed>, not an SRU <searchRetrieveResponse>"},
		{"bad numberOfRecords", harvesttest.Fault{Body: `<searchRetrieveResponse><numberOfRecords>veel</numberOfRecords></searchRetrieveResponse>`, ContentType: "application/xml"}, `numberOfRecords "veel" is not a count`},
		{"missing numberOfRecords", harvesttest.Fault{Body: `<searchRetrieveResponse><records/></searchRetrieveResponse>`, ContentType: "application/xml"}, `numberOfRecords "" is not a count`},
		{"too few records", harvesttest.Fault{Body: `<searchRetrieveResponse><numberOfRecords>5</numberOfRecords><records/></searchRetrieveResponse>`, ContentType: "application/xml"}, "no records at startRecord 1 although numberOfRecords is 5"},
		{"diagnostic", harvesttest.Fault{Body: `<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"><sru:numberOfRecords>0</sru:numberOfRecords><sru:diagnostics><diag:diagnostic xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic"><diag:uri>info:srw/diagnostic/1/10</diag:uri><diag:message>Query syntax error</diag:message></diag:diagnostic></sru:diagnostics></sru:searchRetrieveResponse>`, ContentType: "application/xml"}, "SRU diagnostic info:srw/diagnostic/1/10: Query syntax error"},
		{"bad identifier", harvesttest.Fault{Body: `<searchRetrieveResponse><numberOfRecords>1</numberOfRecords><records><record><recordData><gzd><originalData><meta><owmskern><identifier>../../etc/passwd</identifier></owmskern></meta></originalData></gzd></recordData></record></records></searchRetrieveResponse>`, ContentType: "application/xml"}, `identifier "../../etc/passwd" is not a publication id`},
		{"not found", harvesttest.Fault{Status: 404}, "HTTP 404 Not Found"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := harvesttest.New(docs)
			defer srv.Close()
			srv.SetFault(func(r *http.Request, nth int) *harvesttest.Fault {
				if r.URL.Path == "/sru" {
					return &c.fault
				}
				return nil
			})
			dir := filepath.Join(t.TempDir(), "kst")
			_, err := runHarvest(t, fast(srv, dir), "32317")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), srv.SRUURL()+"?") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q should name the listing URL and say %q", err, c.want)
			}
			for _, r := range srv.Requests() {
				if r.Path != "/sru" {
					t.Errorf("fetched %s after a bad listing", r.Path)
				}
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 || entries[0].Name() != harvest.LockFile {
				t.Errorf("folder holds %v after a bad listing; want only the lock file", entries)
			}
		})
	}
}

func TestHarvestRateLimitAndUserAgent(t *testing.T) {
	docs := fixtures(t)[:2]
	srv := harvesttest.New(docs)
	defer srv.Close()
	o := fast(srv, t.TempDir())
	o.Rate = 5 // at most one request per 200ms
	if _, err := runHarvest(t, o, "32317"); err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	if len(reqs) != 5 {
		t.Fatalf("%d requests, want 1 listing + 4 files", len(reqs))
	}
	for i, r := range reqs {
		if r.UserAgent != harvest.DefaultUserAgent {
			t.Errorf("request %d has User-Agent %q", i, r.UserAgent)
		}
		// The server stamps a request when it arrives; the pacer spaces
		// starts 200ms apart. Arrivals jitter (a new connection, a loaded
		// machine), so each gap is held to half the interval and the
		// span of all to four intervals less a tenth of a second.
		if i > 0 {
			if gap := r.Time.Sub(reqs[i-1].Time); gap < 100*time.Millisecond {
				t.Errorf("request %d came %s after the one before; at 5 per second the gap is 200ms", i, gap)
			}
		}
	}
	if span := reqs[len(reqs)-1].Time.Sub(reqs[0].Time); span < 700*time.Millisecond {
		t.Errorf("5 requests within %s; at 5 per second they take at least 800ms", span)
	}
}

func TestHarvestDryRun(t *testing.T) {
	docs := fixtures(t)
	srv := harvesttest.New(docs)
	defer srv.Close()
	dir := filepath.Join(t.TempDir(), "kst")
	o := fast(srv, dir)
	o.DryRun = true
	var log bytes.Buffer
	o.Log = &log
	rep, err := runHarvest(t, o, "22112")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Planned) != 6 || rep.Planned[0].File != "kst-22112-4031.xml" || rep.Planned[0].Reason != "new" {
		t.Errorf("planned %+v, want 6 new files starting with kst-22112-4031.xml", rep.Planned)
	}
	if !strings.Contains(log.String(), "would fetch kst-22112-4031.metadata.xml (new) "+srv.URL) {
		t.Errorf("log does not list the files:\n%s", log.String())
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a dry run created the folder: %v", err)
	}
	if listing, files := paths(srv.Requests()); listing != 1 || files != 0 {
		t.Errorf("dry run made %d listing and %d file requests, want 1 and 0", listing, files)
	}
}

func TestHarvestRejectsBadInput(t *testing.T) {
	srv := harvesttest.New(nil)
	defer srv.Close()
	for _, d := range []string{"", "32317; drop", "abc", "32317 OR 1=1"} {
		if _, err := runHarvest(t, fast(srv, t.TempDir()), d); err == nil || !strings.Contains(err.Error(), "not a dossier number") {
			t.Errorf("dossier %q: error %v", d, err)
		}
	}
	if _, err := harvest.New(harvest.Options{Dir: "x", SRUURL: "ftp://example.org/sru"}); err == nil {
		t.Error("an ftp SRU URL was accepted")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, harvest.StateFile), []byte("{not json"), 0o644)
	if _, err := runHarvest(t, fast(srv, dir), "32317"); err == nil || !strings.Contains(err.Error(), harvest.StateFile) {
		t.Errorf("a broken state file: error %v, want one naming it", err)
	}
}

func TestHarvestOneRunPerFolder(t *testing.T) {
	srv := harvesttest.New(fixtures(t)[:1])
	defer srv.Close()
	dir := t.TempDir()
	first, err := harvest.New(fast(srv, dir))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := first.Run(context.Background(), []string{"32317"}); err != nil {
		t.Fatal(err)
	}
	if _, err := runHarvest(t, fast(srv, dir), "32317"); err == nil || !strings.Contains(err.Error(), "another harvest is running in "+dir) {
		t.Errorf("a second harvest of a folder in use: error %v", err)
	}
	first.Close()
	if _, err := runHarvest(t, fast(srv, dir), "32317"); err != nil {
		t.Errorf("after the first harvest closed: %v", err)
	}
}

func TestQuery(t *testing.T) {
	if got, want := harvest.Query("32317"), "c.product-area==officielepublicaties AND w.dossiernummer==32317 AND w.publicatienaam=Kamerstuk"; got != want {
		t.Errorf("Query = %q, want %q", got, want)
	}
	if got := harvest.Query("36800-XXII"); !strings.Contains(got, `w.dossiernummer=="36800-XXII"`) {
		t.Errorf("Query(36800-XXII) = %q", got)
	}
}

// BenchmarkHarvest measures a first harvest of the eight fixtures (two
// dossiers, 3 listing and 16 file requests) from the local replay server
// with the rate limit out of the way: the harvester's own cost per run.
func BenchmarkHarvest(b *testing.B) {
	docs := fixtures(b)
	srv := harvesttest.New(docs)
	defer srv.Close()
	for b.Loop() {
		o := fast(srv, b.TempDir())
		o.Rate = 1e6
		h, err := harvest.New(o)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := h.Run(context.Background(), []string{"32317", "22112"}); err != nil {
			b.Fatal(err)
		}
		h.Close()
		srv.Requests()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/8, "ms/doc")
}
