// Package ingest turns Dutch government letters to parliament about EU Justice
// and Home Affairs into knowledge-graph facts.
//
// The package is split in a pure core and a thin shell. The core — Check,
// ParseMeta, Parse, Extract and the resolvers ResolveActRef, ResolveKstRef and
// LegalAct — does no I/O, reads no clock and keeps no mutable state: the same
// bytes always give the same, sorted, output. The shell (run.go) reads files and
// writes graphs through an interface that graph.Store satisfies.
package ingest

// Doc is a parsed letter: its normalised text and the structure found in it.
//
// Text is the letter rebuilt from the PDF extraction: lines joined into
// paragraphs, words split at line ends rejoined, page furniture removed,
// paragraphs separated by "\n\n" (the lines of a signature block by "\n"),
// footnote markers written as "[n]" where they stand, and the footnotes
// themselves after the body as paragraphs "[n] body". Every offset in a Doc
// and in the graph Extract builds from it is a rune (character) offset into
// Text, half-open: the quote of a span is string([]rune(Text)[Start:End]).
type Doc struct {
	Name       string      // the file name given to Parse
	Text       string      // the normalised text
	Paragraphs []Paragraph // in the order of Text
	Footnotes  []Footnote  // in number order
	Markers    []Marker    // in the order of Text
	Header     Header      // what the letter's head says about it
}

// Span is a half-open range [Start, End) of rune offsets into Doc.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// ParaKind is the role of a paragraph.
type ParaKind string

// The kinds of paragraphs.
const (
	ParaMeta      ParaKind = "meta"      // other head lines: "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2023–2024"
	ParaDossier   ParaKind = "dossier"   // the dossier line: "32 317 JBZ-Raad"
	ParaNumber    ParaKind = "number"    // "Nr. 867"
	ParaTitle     ParaKind = "title"     // "BRIEF VAN DE MINISTERS VAN ..."
	ParaAddressee ParaKind = "addressee" // "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
	ParaDateline  ParaKind = "dateline"  // "Den Haag, 15 januari 2024"
	ParaHeading   ParaKind = "heading"   // section and agenda-item headings, labels such as "= Werksessie"
	ParaBody      ParaKind = "body"      // running text
	ParaSignature ParaKind = "signature" // "De Minister van Justitie en Veiligheid,\nD. Yeşilgöz-Zegerius"
	ParaFootnote  ParaKind = "footnote"  // "[1] Verslag van ..."
)

// Paragraph is one paragraph of Doc.Text.
type Paragraph struct {
	Kind ParaKind `json:"kind"`
	Span
	Text string `json:"text"` // Text[Start:End]
	// Level of a heading: 1 for a section ("I. Binnenlandse Zaken") or an
	// unnumbered heading, 2 for a numbered item ("1. Strategische discussie
	// over migratiebeleid"), 3 for a label ("= Werksessie").
	Level int `json:"level,omitempty"`
	// Number of a numbered heading ("I", "1") or of a footnote ("1").
	Number string `json:"number,omitempty"`
	// Line and Page (both 1-based) where the paragraph starts in the input.
	Line int `json:"line"`
	Page int `json:"page"`
	// Sentences of the paragraph, in order, covering its text except white
	// space. A heading, a signature block and a footnote body are one sentence.
	Sentences []Span `json:"sentences"`
}

// Footnote is a footnote: its number, its body and where both stand.
type Footnote struct {
	Number string `json:"number"`
	Body   string `json:"body"` // the body text, without the "[n] " label
	Span          // of Body in Doc.Text
	Para   int    `json:"para"`   // index of its paragraph in Doc.Paragraphs
	Marker int    `json:"marker"` // index of its marker in Doc.Markers, or -1 if none was found
	Line   int    `json:"line"`
}

// Marker is a footnote marker in the running text ("Roemenië.[1]").
type Marker struct {
	Footnote string `json:"footnote"` // the footnote number
	Span            // of "[n]" in Doc.Text
	Para     int    `json:"para"` // index of the paragraph holding it
}

// Header is what the head of the letter says about it. Fields are empty and
// paragraph indexes -1 where the head does not say.
type Header struct {
	Chamber      string   // "Tweede Kamer der Staten-Generaal"
	Session      string   // "2023–2024"
	Dossier      string   // "32317": only when the dossier line survived
	MoreDossiers []string // further dossiers of a Kamerstuk filed in several: "25295"
	DossierTitle string   // "JBZ-Raad"
	Number       string   // "867"
	Title        string   // the title as printed, lines joined
	Kind         string   // "brief", "verslag", ... (from the title's first word)
	Addressee    string   // "Voorzitter van de Tweede Kamer der Staten-Generaal"
	Place        string   // "Den Haag"
	Date         string   // ISO date, "2024-01-15"

	DossierPara, NumberPara, TitlePara, AddresseePara, DatelinePara int
}

// Quote returns the text of span s.
func (d *Doc) Quote(s Span) string {
	return string([]rune(d.Text)[s.Start:s.End])
}

// paraAt returns the index of the paragraph containing rune offset r, or -1.
func (d *Doc) paraAt(r int) int {
	lo, hi := 0, len(d.Paragraphs)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Paragraphs[m].End <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Paragraphs) && d.Paragraphs[lo].Start <= r {
		return lo
	}
	return -1
}

// sentenceAt returns the sentence of paragraph p that contains rune offset
// r, or the nearest one before it.
func (d *Doc) sentenceAt(p, r int) Span {
	ss := d.Paragraphs[p].Sentences
	if len(ss) == 0 {
		return d.Paragraphs[p].Span
	}
	best := ss[0]
	for _, s := range ss {
		if s.Start > r {
			break
		}
		best = s
	}
	return best
}
