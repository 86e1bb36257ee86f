package ingest

import "testing"

// A heading that closes with its legislative file as a sentence of its own
// is one item heading; another second sentence makes it running text.
func TestItemHeadingProcedureTail(t *testing.T) {
	for text, want := range map[string]string{
		"2. Voorstel voor een richtlijn betreffende digitale bewijsvoering (Eerste lezing). Interinstitutioneel dossier: 2027/0123 (COD)":   "Voorstel voor een richtlijn betreffende digitale bewijsvoering (Eerste lezing). Interinstitutioneel dossier: 2027/0123 (COD)",
		"3. SCANR: Voorstel voor een verordening tot oprichting van een kaderregister. Inter-institutioneel dossiernummer: 2028/0042 (COD)": "SCANR: Voorstel voor een verordening tot oprichting van een kaderregister. Inter-institutioneel dossiernummer: 2028/0042 (COD)",
		"4. Besluit over de toetreding van Andorra tot het verdrag. Procedurenummer: 2027/0801 (NLE)":                                       "Besluit over de toetreding van Andorra tot het verdrag. Procedurenummer: 2027/0801 (NLE)",
		// a second sentence of text, or a number without its procedure
		"2. Voorstel voor een richtlijn betreffende digitale bewijsvoering. De Raad besprak het voorstel":   "",
		"2. Voorstel voor een richtlijn betreffende digitale bewijsvoering. Dossier: 2027/0123 (COD)":       "",
		"2. Voorstel voor een richtlijn betreffende digitale bewijsvoering. Interinstitutioneel: 2027/0123": "",
	} {
		h, ok := parseItemHeading(Paragraph{Kind: ParaHeading, Text: text})
		got := ""
		if ok {
			got = h.title
		}
		if got != want {
			t.Errorf("parseItemHeading(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
}
