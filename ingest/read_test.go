package ingest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"jhagraph/graph"
)

func sourcesDir(t testing.TB) string {
	return filepath.Join(repoRoot(t.(*testing.T)), "testdata", "sources")
}

// copyInto copies files of testdata/sources into a fresh folder, each under
// the name given (the key) or its own (an empty name).
func copyInto(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for src, dst := range files {
		if dst == "" {
			dst = filepath.Base(src)
		}
		if err := os.WriteFile(filepath.Join(dir, dst), mustRead(t, filepath.Join(sourcesDir(t), src)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestKOOPXMLFixtures(t *testing.T) {
	// kst-32317-970: every ondertekening is a signatory with its office; the
	// same person signs in two offices.
	g, err := Load(filepath.Join(sourcesDir(t), "kst-32317-970.xml"))
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	d := g.Document
	if d.Key != "kst-32317-970" || d.Date != "2025-09-04" || d.Dossier != "32317" || d.Number != "970" || len(d.Discrepancies) != 0 {
		t.Errorf("document %+v", d)
	}
	if sigs := signatoriesOf(g); strings.Join(sigs, "; ") != "d-m-van-weel (Minister van Justitie en Veiligheid); m-c-g-keijzer (Minister voor Asiel en Migratie)" {
		t.Errorf("signatories %v", sigs)
	}
	for _, o := range []string{"minister-van-justitie-en-veiligheid", "minister-van-asiel-en-migratie"} {
		if !hasRel(g, graph.RelHeldOffice, "d-m-van-weel", o) {
			t.Errorf("D.M. van Weel does not hold %s", o)
		}
	}
	for _, r := range g.Relations {
		if r.Type == graph.RelSigned && r.Evidence.End == 0 {
			t.Errorf("signature of %s has no evidence in the text: %+v", r.From.Key, r.Evidence)
		}
	}
	// kst-32317-621: two dossiers; the citation in the text is read.
	g, err = Load(filepath.Join(sourcesDir(t), "kst-32317-621.xml"))
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	if d := g.Document; d.Key != "kst-32317-621" || strings.Join(d.Dossiers, ",") != "32317,25295" || d.Date != "2020-05-25" {
		t.Errorf("document %+v", d)
	}
	if !hasRel(g, graph.RelCites, "kst-32317-621", "kst-32317-617") {
		t.Error("the citation of Kamerstuk 32 317, nr. 617 is not read")
	}
	// kst-32317-S: an Eerste Kamer letter numbered S, its list items as
	// paragraphs, a signature in lower case.
	g, err = Load(filepath.Join(sourcesDir(t), "kst-32317-S.xml"))
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	if d := g.Document; d.Key != "kst-32317-S" || d.Date != "2010-11-02" || d.Evidence["date"].Quote != "Den Haag, 2 november 2010" {
		t.Errorf("document %+v", d)
	}
	if sigs := signatoriesOf(g); len(sigs) != 1 || sigs[0] != "i-w-opstelten (Minister van Veiligheid en Justitie)" {
		t.Errorf("signatories %v", sigs)
	}
	if !strings.Contains(g.Document.Text, "\n\n• het initiatief voor een richtlijn betreffende het Europees onderzoeksbevel in strafzaken,\n\n") {
		t.Errorf("list items are not paragraphs:\n%s", g.Document.Text)
	}
}

// TestTKMetadata reads the OData and SyncFeed metadata of a Tweede Kamer
// letter known by its document number: the key, date and signatories come
// from them, the signatories' evidence is the metadata (the text has no
// signature block).
func TestTKMetadata(t *testing.T) {
	for _, side := range []string{"tk-2026D08805.odata.json", "tk-2026D08805.atom.xml"} {
		t.Run(side, func(t *testing.T) {
			dir := copyInto(t, map[string]string{"tk-2026D08805.txt": "brief.txt", side: "brief" + side[len("tk-2026D08805"):]})
			g, err := Load(filepath.Join(dir, "brief.txt"))
			if err != nil {
				t.Fatal(err)
			}
			checkGraph(t, g)
			d := g.Document
			if d.Key != "tk-2026D08805" || d.DocNumber != "2026D08805" || d.Date != "2026-02-26" || d.Kind != "Brief regering" ||
				d.Title != "Geannoteerde agenda van de formele JBZ-Raad van 5 en 6 maart 2026" {
				t.Errorf("document %+v", d)
			}
			want := "d-m-van-weel (Minister van Justitie en Veiligheid); g-van-den-brink (Minister van Asiel en Migratie); k-t-van-bruggen (Staatssecretaris van Justitie en Veiligheid)"
			if sigs := strings.Join(signatoriesOf(g), "; "); sigs != want {
				t.Errorf("signatories %s\nwant %s", sigs, want)
			}
			for _, r := range g.Relations {
				if r.Type == graph.RelSigned && (r.Evidence.End != 0 || !strings.HasPrefix(r.Evidence.Quote, "brief"+side[len("tk-2026D08805"):])) {
					t.Errorf("signature evidence %+v, want the metadata", r.Evidence)
				}
			}
		})
	}
}

// TestPublisherWinsAndDisagreementIsKept: the OData metadata says another
// date than the page's text; the document carries the publisher's, the
// text's is a discrepancy with its evidence.
func TestPublisherWinsAndDisagreementIsKept(t *testing.T) {
	dir := t.TempDir()
	text := "32 317 JBZ-Raad\n\nNr. 970 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n" +
		"Den Haag, 3 september 2025\n\nHierbij bieden wij uw Kamer het verslag aan.\n\nDe Minister van Justitie en Veiligheid, D.M. van Weel\n\nDe Minister voor Asiel en Migratie, M.C.G. Keijzer\n"
	odata := `{"Soort": "Brief regering", "DocumentNummer": "2025D37078", "Onderwerp": "Verslag", "Datum": "2025-09-04T00:00:00+02:00", "Volgnummer": 970,
		"Kamerstukdossier": {"Nummer": 32317, "Toevoeging": null},
		"DocumentActor": [{"ActorNaam": "D.M. van Weel", "Functie": "minister van Justitie en Veiligheid", "Relatie": "Eerste ondertekenaar"}]}`
	os.WriteFile(filepath.Join(dir, "kst-32317-970.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(dir, "kst-32317-970.odata.json"), []byte(odata), 0o644)
	g, err := Load(filepath.Join(dir, "kst-32317-970.txt"))
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	if g.Document.Date != "2025-09-04" {
		t.Errorf("date %q, want the publisher's", g.Document.Date)
	}
	var fields []string
	for _, d := range g.Document.Discrepancies {
		fields = append(fields, d.Field+": "+d.Publisher+" / "+d.Text+" @ "+d.Evidence.Quote)
		if d.Source != "kst-32317-970.odata.json (OData Document)" {
			t.Errorf("discrepancy source %q", d.Source)
		}
	}
	sort.Strings(fields)
	want := []string{"date: 2025-09-04 / 2025-09-03 @ Den Haag, 3 september 2025",
		"signatory: D.M. van Weel / M.C.G. Keijzer, Minister voor Asiel en Migratie @ De Minister voor Asiel en Migratie,\nM.C.G. Keijzer"}
	if strings.Join(fields, "\n") != strings.Join(want, "\n") {
		t.Errorf("discrepancies\n%s\nwant\n%s", strings.Join(fields, "\n"), strings.Join(want, "\n"))
	}
	if sigs := signatoriesOf(g); len(sigs) != 1 {
		t.Errorf("signatories %v: the publisher lists one", sigs)
	}
}

// TestReadRecognisesContent: the format comes from the content, not the
// extension.
func TestReadRecognisesContent(t *testing.T) {
	xmlData := mustRead(t, filepath.Join(sourcesDir(t), "kst-32317-970.xml"))
	for _, c := range []struct {
		name string
		data []byte
		want Format
	}{
		{"kst-32317-970.txt", xmlData, FormatKOOPXML},
		{"brief.xml", []byte(" Nr. 867  BRIEF VAN DE MINISTER\n\nDen Haag, 15 januari 2024\n\nTekst.\n"), FormatText},
		{"brief.html", []byte("Brief regering : Verslag\n32 317 JBZ-Raad\nNr. 564\nBRIEF VAN DE MINISTER\n"), FormatWebText},
		{"pagina.txt", []byte("<!DOCTYPE html><html><body><div id=\"broodtekst\" class=\"stuk\"><p>Nr. 1 BRIEF</p></div></body></html>"), FormatHTML},
	} {
		l, err := Read(c.name, c.data)
		if err != nil || l.Format != c.want {
			t.Errorf("%s: format %q, %v; want %q", c.name, l.Format, err, c.want)
		}
	}
	if _, err := Read("x.pdf", []byte("%PDF-1.7\n")); !errors.Is(err, ErrFormat) {
		t.Errorf("a PDF goes to PDFText: %v", err)
	}
}

// TestBadInputWritesNothing: each bad file is an *Error of class ErrFormat
// naming the file and what is wrong, and Run writes nothing for it.
func TestBadInputWritesNothing(t *testing.T) {
	stb := filepath.Join(sharedDirOrEmpty(), "sources", "samples", "koop-oep_stb-2018-84.xml")
	cases := []struct {
		files map[string]string // written into a folder: name -> content ("@path" reads testdata/sources/path)
		load  string
		msg   string
	}{
		{map[string]string{"kst-1-1.xml": "@bad/not-well-formed.xml"}, "kst-1-1.xml", "XML is not well-formed"},
		{map[string]string{"x.xml": `<?xml version="1.0"?><besluit><al>Tekst</al></besluit>`}, "x.xml", "root <besluit> is not a Kamerstuk"},
		{map[string]string{"brief.txt": "@tk-2026D08805.txt", "brief.odata.json": "@bad/incomplete.odata.json"}, "brief.odata.json", "lacks what a letter needs: DocumentNummer, Datum"},
		{map[string]string{"pagina.html": "@bad/no-letter.html"}, "pagina.html", "no letter in the page"},
		{map[string]string{"kst-22112-3162.txt": "@bad/furniture-only.txt"}, "kst-22112-3162.txt", "holds no letter text"},
		{map[string]string{"tk-2026D08805.txt": "@tk-2026D08805.txt", "tk-2026D08805.odata.json": "@tk-2026D08805.odata.json"}, "", ""}, // good: written
		{map[string]string{"tk-2025D06896.txt": "@tk-2026D08805.txt", "tk-2025D06896.odata.json": "@tk-2026D08805.odata.json"}, "tk-2025D06896.odata.json", "does not match its document tk-2025D06896.txt"},
		{map[string]string{"x.json": `{"value": []}`, "y.txt": "@tk-2026D08805.txt", "y.atom.xml": `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`}, "y.atom.xml", "SyncFeed holds 0 documents"},
	}
	if _, err := os.Stat(stb); err == nil {
		cases = append(cases, struct {
			files map[string]string
			load  string
			msg   string
		}{map[string]string{"stb-2018-84.xml": "!" + stb}, "stb-2018-84.xml", "not a Kamerstuk: <officiele-publicatie> holds <staatsblad>"})
	}
	for _, c := range cases {
		dir := t.TempDir()
		for name, content := range c.files {
			data := []byte(content)
			if strings.HasPrefix(content, "@") {
				data = mustRead(t, filepath.Join(sourcesDir(t), content[1:]))
			} else if strings.HasPrefix(content, "!") {
				data = mustRead(t, content[1:])
			}
			os.WriteFile(filepath.Join(dir, name), data, 0o644)
		}
		w := &recorder{}
		failed, err := Run(context.Background(), w, []string{dir}, func(r Result) {
			if c.msg == "" {
				if r.Err != nil {
					t.Errorf("%s: %v", r.File, r.Err)
				}
				return
			}
			var ie *Error
			if !errors.As(r.Err, &ie) || !errors.Is(r.Err, ErrFormat) || ie.File != c.load || !strings.Contains(ie.Msg, c.msg) {
				t.Errorf("%s: error %v, want ErrFormat on %s saying %q", r.File, r.Err, c.load, c.msg)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if c.msg != "" && (failed != 1 || len(w.keys) != 0) {
			t.Errorf("%v: %d failed, %v written; want 1 failed, nothing written", c.files, failed, w.keys)
		}
		if c.msg == "" && (failed != 0 || len(w.keys) != 1) {
			t.Errorf("%v: %d failed, %v written", c.files, failed, w.keys)
		}
	}
}

type recorder struct{ keys []string }

func (r *recorder) Write(_ context.Context, g graph.DocumentGraph) (graph.WriteStats, error) {
	r.keys = append(r.keys, g.Document.Key)
	return graph.WriteStats{}, nil
}

func sharedDirOrEmpty() string {
	if d := os.Getenv("JHAGRAPH_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared")
}

// TestSharedSamples parses the real samples of ../shared/sources/samples.
func TestSharedSamples(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "sources", "samples")
	read := func(f string) []byte { return mustRead(t, filepath.Join(dir, f)) }
	for _, c := range []struct{ file, key, date, title, url string }{
		{"koop-metadata_gegevens_gmb-2024-216934.xml", "gmb-2024-216934", "2024-05-17",
			"Kennisgeving melding incidentele festiviteit op grond van de Algemene Plaatselijke Verordening, Hogeweg 15 in Yerseke",
			"https://zoek.officielebekendmakingen.nl/gmb-2024-216934.html"},
		{"koop-metadata_owms_gmb-2024-216934.xml", "gmb-2024-216934", "2024-05-17",
			"Kennisgeving melding incidentele festiviteit op grond van de Algemene Plaatselijke Verordening, Hogeweg 15 in Yerseke",
			"https://zoek.officielebekendmakingen.nl/gmb-2024-216934.html"},
		{"koop-sru-record_gmb-2023-174296.xml", "gmb-2023-174296", "2023-04-20",
			"Ingekomen melding, Frater Romboutsstraat 42 5571KZ Bergeijk, verwijderen van asbest van het dak",
			"https://zoek.officielebekendmakingen.nl/gmb-2023-174296.html"},
	} {
		m, err := ReadMeta(c.file, read(c.file))
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if m.Key != c.key || m.Date != c.date || m.Title != c.title || m.URL != c.url {
			t.Errorf("%s: %+v", c.file, m)
		}
		if !strings.HasPrefix(m.From["date"], c.file) {
			t.Errorf("%s: date read from %q", c.file, m.From["date"])
		}
	}
	// The Staatsblad is not a Kamerstuk; its two ondertekeningen read as
	// signatories with their offices.
	stb := read("koop-oep_stb-2018-84.xml")
	if _, err := Read("stb-2018-84.xml", stb); !errors.Is(err, ErrFormat) {
		t.Errorf("Staatsblad read as a letter: %v", err)
	}
	root, err := parseXML(stb)
	if err != nil {
		t.Fatal(err)
	}
	var sigs []string
	for _, o := range root.all("ondertekening") {
		s, ok := koopSignatory(o)
		if ok {
			sigs = append(sigs, s.Name+" ("+cleanOffice(s.Office)+")")
		}
	}
	if strings.Join(sigs, "; ") != "M. Snel (Staatssecretaris van Financiën); F.B.J. Grapperhaus (Minister van Justitie en Veiligheid)" {
		t.Errorf("Staatsblad signatories %v", sigs)
	}
}

// TestFilesPicksDocuments: document files only, in name order; an
// unreadable folder is one failed entry naming it; a control character in
// a name is escaped in messages.
func TestFilesPicksDocuments(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.txt", "a.meta", "b.xml", "b.metadata.xml", "c.odata.json", "c.atom.xml", "d.html", "e.pdf", "f.htm", "notes.md", "sub/g.txt", "locked/h.txt"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755)
		os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644)
	}
	locked := filepath.Join(dir, "locked")
	walk := func(root string, fn fs.WalkDirFunc) error {
		return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if path == locked && err == nil {
				return fn(path, d, &fs.PathError{Op: "open", Path: path, Err: fs.ErrPermission})
			}
			return fn(path, d, err)
		})
	}
	got, err := files([]string{dir}, walk)
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, f := range got {
		r, _ := filepath.Rel(dir, f)
		rel = append(rel, r)
	}
	if strings.Join(rel, " ") != "a.txt b.xml d.html e.pdf f.htm locked sub/g.txt" {
		t.Errorf("files %v", rel)
	}
	if _, err := Load(locked); err == nil || !strings.Contains(err.Error(), locked) || !strings.Contains(err.Error(), "could not be read") {
		t.Errorf("loading the unreadable folder: %v", err)
	}
	odd := filepath.Join(dir, "brief\nmet regel.txt")
	os.WriteFile(odd, []byte{0}, 0o644)
	if _, err := Load(odd); err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), `"brief\nmet regel.txt"`) {
		t.Errorf("a newline in a file name: %q", err)
	}
}

// TestKOOPMetadataFields maps metadata.xml as ../shared/sources/README.md
// §1 says: datumBrief over the DCTERMS dates, every dossier of a
// multi-dossier stuk, indieners as signatories (whose offices the text's
// signature blocks give), documenttitel over DC.title. The values are made
// up for the test.
func TestKOOPMetadataFields(t *testing.T) {
	md := `<?xml version="1.0" encoding="utf-8"?>
<metadata_gegevens>
  <metadata name="DC.identifier" scheme="OVERHEIDop.KamerstukID" content="kst-22112-9999"/>
  <metadata name="DC.title" scheme="" content="Nieuwe Commissievoorstellen; Fiche: Proef"/>
  <metadata name="OVERHEIDop.dossiertitel" scheme="" content="Nieuwe Commissievoorstellen"/>
  <metadata name="OVERHEIDop.dossiernummer" scheme="" content="22112;32761"/>
  <metadata name="OVERHEIDop.ondernummer" scheme="" content="9999"/>
  <metadata name="DCTERMS.issued" scheme="DCTERMS.W3CDTF" content="2025-04-22"/>
  <metadata name="DCTERMS.available" scheme="DCTERMS.W3CDTF" content="2025-04-22"/>
  <metadata name="OVERHEIDop.datumBrief" scheme="DCTERMS.W3CDTF" content="2025-04-17"/>
  <metadata name="OVERHEIDop.indiener" scheme="" content="C.C.J. Veldkamp"/>
  <metadata name="OVERHEIDop.ontvanger" scheme="" content="Voorzitter van de Tweede Kamer der Staten-Generaal"/>
</metadata_gegevens>`
	m, err := ReadMeta("kst-22112-9999.metadata.xml", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if m.Dossier != "22112" || strings.Join(m.Dossiers, ",") != "22112,32761" || m.Number != "9999" || m.Date != "2025-04-17" ||
		m.Title != "Fiche: Proef" || len(m.Signatories) != 1 || m.Addressee != "Voorzitter van de Tweede Kamer der Staten-Generaal" ||
		m.URL != "https://zoek.officielebekendmakingen.nl/kst-22112-9999.html" {
		t.Errorf("metadata %+v", m)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "kst-22112-9999.metadata.xml"), []byte(md), 0o644)
	os.WriteFile(filepath.Join(dir, "kst-22112-9999.txt"), []byte("22 112 Nieuwe Commissievoorstellen\n\nNr. 9999 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n"+
		"Den Haag, 17 april 2025\n\nOvereenkomstig de bestaande afspraken ontvangt u hierbij 2 fiches.\n\nDe Minister van Buitenlandse Zaken,\nC.C.J. Veldkamp\n"), 0o644)
	g, err := Load(filepath.Join(dir, "kst-22112-9999.txt"))
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	if sigs := signatoriesOf(g); len(sigs) != 1 || sigs[0] != "c-c-j-veldkamp (Minister van Buitenlandse Zaken)" || len(g.Document.Discrepancies) != 0 {
		t.Errorf("signatories %v, discrepancies %+v", sigs, g.Document.Discrepancies)
	}
	for _, r := range g.Relations {
		if r.Type == graph.RelSigned && r.Evidence.Quote != "De Minister van Buitenlandse Zaken,\nC.C.J. Veldkamp" {
			t.Errorf("signature evidence %+v, want the text's block", r.Evidence)
		}
	}
	if strings.Join(g.Document.Dossiers, ",") != "22112,32761" {
		t.Errorf("dossiers %v", g.Document.Dossiers)
	}
}

// TestWebTextLayout: a one-line signature is split into office and name,
// running text that starts like one is not; "Nr. 564" joins its title; the
// chamber line loses its page number.
func TestWebTextLayout(t *testing.T) {
	in := "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2018-2019\n32 317 JBZ-Raad\nNr. 564\nBRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n" +
		"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 25 juni 2019\n" +
		"De Minister van Justitie en Veiligheid, de Minister voor Rechtsbescherming en de Staatssecretaris zijn voornemens deel te nemen.\n" +
		"De Minister van Justitie en Veiligheid, F.B.J. Grapperhaus\n"
	text, _ := webText("x.txt", in)
	want := "Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 2018-2019\n32 317 JBZ-Raad\nNr. 564 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n" +
		"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 25 juni 2019\n" +
		"De Minister van Justitie en Veiligheid, de Minister voor Rechtsbescherming en de Staatssecretaris zijn voornemens deel te nemen.\n\n" +
		"De Minister van Justitie en Veiligheid,\nF.B.J. Grapperhaus\n"
	if text != want {
		t.Errorf("layout\n%s\nwant\n%s", text, want)
	}
	doc := mustParse(t, "kst-32317-564.txt", []byte(text))
	if h := doc.Header; h.Dossier != "32317" || h.Number != "564" || h.Date != "2019-06-25" || h.Chamber == "" || h.Session != "2018-2019" {
		t.Errorf("header %+v", h)
	}
}

// TestControlCharactersInNamesAreEscaped: a missing file and a path given
// with a newline in its name are reported with the name escaped.
func TestControlCharactersInNamesAreEscaped(t *testing.T) {
	p := filepath.Join(t.TempDir(), "weg\nbrief.txt")
	if _, err := Load(p); err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), `weg\nbrief.txt`) {
		t.Errorf("Load: %q", err)
	}
	if _, err := Files([]string{p}); err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), `weg\nbrief.txt`) {
		t.Errorf("Files: %q", err)
	}
}
