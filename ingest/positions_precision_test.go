package ingest

import (
	"strings"
	"testing"
)

// readingsOf returns the positions of a fictional
// letter made of the one sentence.
func readingsOf(t *testing.T, sentence string) []position {
	t.Helper()
	return positionsOf(t, fictionalLetter(t, "14 maart 2025", sentence))
}

// A sentence that opens on a finite verb with the addressed government as
// its subject is a question (or a condition), also without its "?"; the
// same words in statement order are a position.
func TestPositionsVerbFirstQuestion(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     stance // "" for no position
	}{
		{"Is de minister bereid om in de Raad te pleiten voor strengere regels voor de opslag van gegevens en zo ja, op welke wijze.", ""},
		{"Kunt u toezeggen dat het kabinet het voorstel voor een digitale identiteit steunt.", ""},
		{"Steunt het kabinet het voorstel voor een digitale identiteit, dan vragen deze leden om een toelichting.", ""},
		{"Deelt de staatssecretaris de zorgen over de bescherming van persoonsgegevens.", ""},
		{"Wil de regering zich inzetten voor een snelle afronding van de onderhandelingen.", ""},
		{"Is het kabinet het eens met de Commissie dat de verordening moet worden herzien.", ""},
		{"Heeft het kabinet zorgen over de uitvoerbaarheid van het voorstel.", ""},
		// statement order: the subject or an adverbial first
		{"De minister is bereid om in de Raad te pleiten voor strengere regels voor de opslag van gegevens.", stCommit},
		{"Daarom steunt het kabinet het voorstel voor een digitale identiteit.", stSupport},
		{"Het kabinet deelt de zorgen over de bescherming van persoonsgegevens.", stConcern},
		{"Ook steunt Nederland het voorstel voor een digitale identiteit.", stSupport},
	} {
		ps := readingsOf(t, tt.sentence)
		switch {
		case tt.want == "" && len(ps) > 0:
			t.Errorf("%q: %d positions (%s), want none", tt.sentence, len(ps), ps[0].e.Props["stance"])
		case tt.want != "" && (len(ps) != 1 || ps[0].e.Props["stance"] != any(string(tt.want))):
			t.Errorf("%q: %d positions, want one %s", tt.sentence, len(ps), tt.want)
		}
	}
}

// A cue in the "om … te" complement of an earlier cue of the same actor
// is that position's content, not a second position; the outer subject
// runs on through it. A clause of its own after a semicolon, a cue of
// another actor, or a coordinated clause stays a position.
func TestPositionsComplementCue(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     []stance
		subject  string // a part of the first position's subject
	}{
		{"De Commissie adviseert om vast te stellen dat er voldoende vooruitgang is geboekt in de onderhandelingen.", []stance{stSupport}, "voldoende vooruitgang"},
		{"Tijdens het debat zegde de minister toe om de Europese Commissie te verzoeken in te zetten op meer middelen voor Frontex.", []stance{stCommit}, ""},
		{"Het kabinet heeft toegezegd om de Commissie te vragen zich in te zetten voor een betere bewaking van de buitengrenzen.", []stance{stCommit}, ""},
		{"Nederland zet zich in om de samenwerking met derde landen te versterken.", []stance{stCommit}, "samenwerking met derde landen"},
		// near misses: a clause of its own
		{"Het kabinet heeft toegezegd om de Kamer te informeren; het kabinet steunt de verordening over digitale identiteit.", []stance{stSupport}, "digitale identiteit"},
		{"Het kabinet zegde toe de Kamer te informeren en het kabinet steunt de verordening over digitale identiteit.", []stance{stSupport}, "digitale identiteit"},
	} {
		ps := readingsOf(t, tt.sentence)
		var got []string
		for _, p := range ps {
			got = append(got, p.e.Props["stance"].(string))
		}
		var want []string
		for _, s := range tt.want {
			want = append(want, string(s))
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%q: stances %v, want %v", tt.sentence, got, want)
			continue
		}
		if tt.subject != "" && !strings.Contains(ps[0].e.Props["subject"].(string), tt.subject) {
			t.Errorf("%q: subject %q, want it to hold %q", tt.sentence, ps[0].e.Props["subject"], tt.subject)
		}
	}
}

// The degree adverbs of a judgement ("wel heel belangrijk", "echt erg
// zorgelijk") are no subject: the clause after the adjective is; without
// a clause the reading has no subject of its own.
func TestPositionsDegreeSubject(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		subject  string // "" for none
	}{
		{"Het kabinet vindt het wel heel belangrijk dat er in de conclusies melding wordt gemaakt van de rechtsstaat.", "melding wordt gemaakt van de rechtsstaat"},
		{"Het kabinet vindt het toch wel heel belangrijk dat de lidstaten de afspraken over de opvang nakomen.", "de afspraken over de opvang"},
		{"Het kabinet vindt het heel belangrijk.", ""},
		// near misses: a subject of words stays
		{"Het kabinet vindt het bijzonder belangrijk dat de lidstaten de afspraken over de opvang nakomen.", "de afspraken over de opvang"},
		{"Het kabinet vindt een snelle afronding van de onderhandelingen zeer belangrijk.", "een snelle afronding van de onderhandelingen"},
	} {
		ps := readingsOf(t, tt.sentence)
		if len(ps) != 1 {
			t.Errorf("%q: %d positions, want 1", tt.sentence, len(ps))
			continue
		}
		got, _ := ps[0].e.Props["subject"].(string)
		if tt.subject == "" && got != "" || tt.subject != "" && !strings.Contains(got, tt.subject) {
			t.Errorf("%q: subject %q, want %q", tt.sentence, got, tt.subject)
		}
		for _, w := range strings.Fields(got) {
			if w == "heel" || w == "wel" {
				t.Errorf("%q: subject %q holds a degree adverb", tt.sentence, got)
			}
		}
	}
}
