package ingest

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Tweede Kamer Gegevensmagazijn metadata (../shared/sources/README.md §3)
// is the metadata of a document file beside it: an OData Document with
// DocumentActor and Kamerstukdossier expanded (X.odata.json), or a SyncFeed
// page (X.atom.xml) whose entries hold the document, its actors and its
// dossier, joined by GUID. Both map alike: dossier = Kamerstukdossier.Nummer
// (+ "-" + Toevoeging), number = Volgnummer (when positive), date = Datum,
// title = Onderwerp, kind = Soort, document number = DocumentNummer, and
// signatories = the DocumentActors whose Relatie is "Eerste ondertekenaar"
// (first) or "Mede ondertekenaar", with ActorNaam and Functie as office.

// tkDoc is a Tweede Kamer Document with what Meta needs.
type tkDoc struct {
	id, soort, nummer, onderwerp, titel, datum string
	volgnummer                                 int
	verwijderd                                 bool
	dossiers                                   []tkDossier
	actors                                     []tkActor
}

type tkDossier struct {
	nummer     int
	toevoeging string
}

type tkActor struct{ naam, functie, relatie string }

// meta maps a Tweede Kamer Document to Meta, or says what it lacks.
func (d tkDoc) meta(name, form string) (Meta, error) {
	m := Meta{}
	src := name + " (" + form + ")"
	if d.verwijderd {
		return m, inputError(ErrFormat, name, 0, "%s: document %s is deleted (Verwijderd)", form, firstOf(d.nummer, d.id))
	}
	var missing []string
	if d.nummer == "" {
		missing = append(missing, "DocumentNummer")
	}
	if len(d.datum) < 10 || !metaDateRe.MatchString(d.datum[:10]) {
		missing = append(missing, "Datum")
	}
	if d.soort == "" {
		missing = append(missing, "Soort")
	}
	if len(missing) > 0 {
		return m, inputError(ErrFormat, name, 0, "%s lacks what a letter needs: %s", form, strings.Join(missing, ", "))
	}
	set := func(field string, dst *string, v string) {
		if v != "" {
			*dst = v
			m.from(field, src)
		}
	}
	set("docNumber", &m.DocNumber, d.nummer)
	set("date", &m.Date, d.datum[:10])
	set("kind", &m.Kind, d.soort)
	set("title", &m.Title, firstOf(d.onderwerp, d.titel))
	for _, k := range d.dossiers {
		if k.nummer <= 0 {
			return m, inputError(ErrFormat, name, 0, "%s: Kamerstukdossier without Nummer", form)
		}
		ds := fmt.Sprint(k.nummer)
		if t := strings.TrimSpace(k.toevoeging); t != "" {
			ds += "-" + t
		}
		if !metaDossierRe.MatchString(ds) {
			return m, inputError(ErrFormat, name, 0, "%s: Kamerstukdossier %q is not a dossier number", form, ds)
		}
		m.Dossiers = append(m.Dossiers, ds)
	}
	if len(m.Dossiers) > 0 {
		set("dossier", &m.Dossier, m.Dossiers[0])
		if len(m.Dossiers) == 1 {
			m.Dossiers = nil
		}
		if d.volgnummer > 0 {
			set("number", &m.Number, fmt.Sprint(d.volgnummer))
		}
	}
	actors := append([]tkActor(nil), d.actors...)
	sort.SliceStable(actors, func(i, j int) bool {
		return actors[i].relatie == "Eerste ondertekenaar" && actors[j].relatie != "Eerste ondertekenaar"
	})
	for _, a := range actors {
		if a.relatie != "Eerste ondertekenaar" && a.relatie != "Mede ondertekenaar" {
			continue
		}
		if a.naam == "" {
			return m, inputError(ErrFormat, name, 0, "%s: a DocumentActor %q has no ActorNaam", form, a.relatie)
		}
		m.Signatories = append(m.Signatories, Signatory{Name: a.naam, Office: a.functie})
		m.from("signatories", src)
	}
	return m, nil
}

// readOData reads an OData Document: the object itself, or a response
// whose "value" holds exactly one.
func readOData(name string, data []byte) (Meta, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return Meta{}, inputError(ErrFormat, name, 0, "not valid JSON: %v", err)
	}
	if v, ok := raw["value"]; ok {
		var docs []map[string]json.RawMessage
		if err := json.Unmarshal(v, &docs); err != nil {
			return Meta{}, inputError(ErrFormat, name, 0, "OData \"value\" is not a list of Documents: %v", err)
		}
		if len(docs) != 1 {
			return Meta{}, inputError(ErrFormat, name, 0, "OData response holds %d Documents, not the one of its document file", len(docs))
		}
		raw = docs[0]
	}
	var d struct {
		ID             string `json:"Id"`
		Soort          string
		DocumentNummer string
		Onderwerp      string
		Titel          string
		Datum          string
		Volgnummer     *int
		Verwijderd     bool
	}
	obj, _ := json.Marshal(raw)
	if err := json.Unmarshal(obj, &d); err != nil {
		return Meta{}, inputError(ErrFormat, name, 0, "not an OData Document: %v", err)
	}
	doc := tkDoc{id: d.ID, soort: d.Soort, nummer: d.DocumentNummer, onderwerp: d.Onderwerp, titel: d.Titel, datum: d.Datum, verwijderd: d.Verwijderd}
	if d.Volgnummer != nil {
		doc.volgnummer = *d.Volgnummer
	}
	type dossier struct {
		Nummer     int
		Toevoeging *string
	}
	if k, ok := raw["Kamerstukdossier"]; ok && string(k) != "null" {
		var list []dossier
		if err := json.Unmarshal(k, &list); err != nil {
			var one dossier
			if err := json.Unmarshal(k, &one); err != nil {
				return Meta{}, inputError(ErrFormat, name, 0, "OData Kamerstukdossier is not a dossier: %v", err)
			}
			list = []dossier{one}
		}
		for _, k := range list {
			t := ""
			if k.Toevoeging != nil {
				t = *k.Toevoeging
			}
			doc.dossiers = append(doc.dossiers, tkDossier{k.Nummer, t})
		}
	}
	if a, ok := raw["DocumentActor"]; ok && string(a) != "null" {
		var list []struct {
			ActorNaam, Functie, Relatie *string
		}
		if err := json.Unmarshal(a, &list); err != nil {
			return Meta{}, inputError(ErrFormat, name, 0, "OData DocumentActor is not a list of actors: %v", err)
		}
		for _, x := range list {
			doc.actors = append(doc.actors, tkActor{deref(x.ActorNaam), deref(x.Functie), deref(x.Relatie)})
		}
	}
	return doc.meta(name, "OData Document")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}

// readAtom reads a SyncFeed page: the entries' content elements document,
// documentActor and kamerstukdossier, joined by GUID (a document's
// kamerstukdossier@ref, an actor's document@ref). The page must hold
// exactly one document that is not deleted.
func readAtom(name string, root *xnode) (Meta, error) {
	var docs, actors, dossiers []*xnode
	for _, e := range root.all("entry") {
		c := e.child("content")
		if c == nil {
			continue
		}
		for _, k := range c.kids {
			if k.el == nil {
				continue
			}
			switch k.el.name {
			case "document":
				if k.el.attr("verwijderd") != "true" {
					docs = append(docs, k.el)
				}
			case "documentActor":
				if k.el.attr("verwijderd") != "true" {
					actors = append(actors, k.el)
				}
			case "kamerstukdossier":
				dossiers = append(dossiers, k.el)
			}
		}
	}
	if len(docs) != 1 {
		return Meta{}, inputError(ErrFormat, name, 0, "SyncFeed holds %d documents, not the one of its document file", len(docs))
	}
	d := docs[0]
	td := tkDoc{id: d.attr("id"), soort: d.child("soort").text(), nummer: d.child("documentNummer").text(),
		onderwerp: d.child("onderwerp").text(), titel: d.child("titel").text(), datum: d.child("datum").text()}
	fmt.Sscan(d.child("volgnummer").text(), &td.volgnummer)
	for _, ref := range d.all("kamerstukdossier") {
		id := ref.attr("ref")
		found := false
		for _, k := range dossiers {
			if k.attr("id") == id {
				var n int
				fmt.Sscan(k.child("nummer").text(), &n)
				td.dossiers = append(td.dossiers, tkDossier{n, k.child("toevoeging").text()})
				found = true
			}
		}
		if !found {
			return Meta{}, inputError(ErrFormat, name, 0, "SyncFeed: the document's kamerstukdossier %s is not in the feed", id)
		}
	}
	for _, a := range actors {
		if ref := a.child("document"); ref == nil || ref.attr("ref") != td.id {
			continue
		}
		td.actors = append(td.actors, tkActor{a.child("actorNaam").text(), a.child("functie").text(), a.child("relatie").text()})
	}
	return td.meta(name, "SyncFeed")
}
