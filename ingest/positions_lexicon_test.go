package ingest

import "testing"

// The lexicon families (pos14, docs/stances.md "Lexicon families"): each
// family's lemmas in their forms, with near-misses that hold no position.
func TestLexiconFamilies(t *testing.T) {
	checkTransfer(t, []transferCase{
		// intention: beogen, besluiten, zich voornemen (the cabinet's)
		{"Het kabinet beoogt met de Europawet de besluitvorming transparanter te maken.", stCommit, "country:NL", "transparanter"},
		{"Nederland beoogt een snelle afronding van de onderhandelingen.", stCommit, "country:NL", "snelle afronding"},
		{"Het kabinet heeft de beoogde bedragen in de begroting opgenomen.", "", "", ""},
		{"Met dit voorstel beoogt de Commissie de procedures te versnellen.", "", "", ""},
		{"De Commissie beoogt de procedures te versnellen.", "", "", ""},
		{"Daarom heb ik besloten in beperkte mate weer te gaan claimen bij Griekenland.", stCommit, "country:NL", "in beperkte mate"},
		{"Het kabinet heeft besloten om de termijn te verlengen.", stCommit, "country:NL", "de termijn"},
		{"Het kabinet besloot om de termijn te verlengen.", stCommit, "country:NL", "de termijn"},
		{"Het kabinet heeft besloten dat Nederland deelneemt aan de missie.", stCommit, "country:NL", "deelneemt"},
		{"Het kabinet neemt zich voor om de regels te evalueren.", stCommit, "country:NL", "de regels"},
		{"Het kabinet heeft zich voorgenomen om de regels te evalueren.", stCommit, "country:NL", "de regels"},
		{"Het voorzitterschap heeft besloten de vergadering te verplaatsen.", "", "", ""},
		{"Ik heb besloten uw Kamer hierover te informeren.", "", "", ""},
		{"De Raad heeft besloten het mandaat te verlengen.", "", "", ""},
		{"Het voorzitterschap heeft besloten alle inspanningen te richten op de verordening.", stCommit, "", "de verordening"},
		{"Het kabinet neemt deel aan een besloten bijeenkomst over de richtlijn.", "", "", ""},
	})
}

// Problems named: shortcomings, risks, threats; issues raised as problematic.
func TestLexiconProblems(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet ziet tekortkomingen in het huidige Dublinsysteem.", stConcern, "country:NL", "het huidige Dublinsysteem"},
		{"Nederland zag knelpunten bij de uitvoering van de richtlijn.", stConcern, "country:NL", "de uitvoering"},
		{"De Commissie signaleerde gebreken in de grensbewaking van enkele lidstaten.", stConcern, "org:european-commission", "de grensbewaking"},
		{"Het kabinet signaleert knelpunten in de samenwerking.", stConcern, "country:NL", ""},
		{"Nederland heeft risico's gesignaleerd bij de uitvoering.", stConcern, "country:NL", "de uitvoering"},
		{"Sommige lidstaten stelden meer problematische kwesties in verband met de richtlijn aan de orde.", stConcern, "", "in verband met de richtlijn"},
		{"Het kabinet heeft reserves bij de voorgestelde termijn.", stConcern, "country:NL", "de voorgestelde termijn"},
		{"Het kabinet lost de knelpunten in de uitvoering op.", "", "", ""},
		{"De Commissie presenteerde een rapport over de tekortkomingen in het systeem.", "", "", ""},
		{"De lidstaten stelden vragen over de planning.", "", "", ""},
	})
}

// Judgement adjectives over the verbs of judging.
func TestLexiconJudgements(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het Nederlandse kabinet beschouwt vrijheid van meningsuiting en academische vrijheid als hoekstenen van een vrije samenleving.", stPriority, "country:NL", "vrijheid van meningsuiting"},
		{"Het kabinet ziet de rechtsstaat als een hoeksteen van de Unie.", stPriority, "country:NL", "de rechtsstaat"},
		{"Nederland beschouwt de samenwerking met Frontex als essentieel.", stPriority, "country:NL", "de samenwerking met Frontex"},
		{"Het kabinet acht een goede informatie-uitwisseling onmisbaar.", stPriority, "country:NL", "informatie-uitwisseling"},
		{"Het kabinet vindt het noodzakelijk dat de termijn wordt verlengd.", stPriority, "country:NL", "de termijn"},
		{"Het kabinet acht het voorbarig om nu al een standpunt in te nemen.", stReserved, "country:NL", "standpunt"},
		{"Nederland vindt een oordeel over het voorstel nog prematuur.", stReserved, "country:NL", "een oordeel"},
		{"Het kabinet vindt een verplichte verdeling van asielzoekers onwenselijk.", stOppose, "country:NL", "een verplichte verdeling"},
		{"Het kabinet noemde het voorstel onwenselijk.", stOppose, "country:NL", "het voorstel"},
		{"Frankrijk noemde de termijn voorbarig.", stReserved, "country:FR", "de termijn"},
		{"Het kabinet noemt het compromis evenwichtig.", stSatisfied, "country:NL", "het compromis"},
		{"De Commissie beschouwt het voorstel als een onderdeel van het pakket.", "", "", ""},
		{"Frankrijk presenteerde een onevenwichtig voorstel.", "", "", ""},
		{"Het kabinet ontvangt een onwenselijk hoog aantal aanvragen.", "", "", ""},
		{"Het kabinet stuurt u de voorbarige conclusies van het onderzoek niet toe.", "", "", ""},
	})
}

// Wishes: the conditional with its object inside, "liever".
func TestLexiconWishes(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet zou graag een verhoging in het aantal geëffectueerde overdrachten zien.", stPreference, "country:NL", "een verhoging"},
		{"Nederland zou liever een evaluatie van de bestaande regels zien.", stPreference, "country:NL", "een evaluatie"},
		{"Het kabinet ziet liever een evaluatie van de bestaande regels.", stPreference, "country:NL", "een evaluatie"},
		{"Het kabinet zou graag zien dat de termijn wordt verlengd.", stPreference, "country:NL", ""},
		{"Het kabinet zou graag willen weten wanneer de Commissie met een voorstel komt.", "", "", ""},
		{"Zou het kabinet graag een verhoging zien?", "", "", ""},
	})
}

// Ranking first: what stands first for an actor, priority given.
func TestLexiconRankingFirst(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Voor het kabinet staat voorop, dat iedere lidstaat de geldende regels dient na te leven.", stPriority, "country:NL", "iedere lidstaat"},
		{"Voor Nederland staat de bescherming van slachtoffers centraal.", stPriority, "country:NL", ""},
		{"Het kabinet geeft prioriteit aan de aanpak van mensensmokkel.", stPriority, "country:NL", "de aanpak van mensensmokkel"},
		{"De Commissie heeft voorrang gegeven aan de herziening van de richtlijn.", stPriority, "org:european-commission", "de herziening"},
		{"Het voorzitterschap legt de prioriteit bij de migratiedossiers.", stPriority, "", "de migratiedossiers"},
		{"In het voorstel staat de bescherming van slachtoffers centraal.", "", "", ""},
		{"Het verslag staat voorop in de agenda.", "", "", ""},
	})
}

// The feeling with which a report is taken note of.
func TestLexiconNotedWithFeeling(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet heeft met waardering kennisgenomen van het rapport van de WRR.", stWelcome, "country:NL", "het rapport"},
		{"Nederland heeft met grote instemming kennis genomen van de conclusies.", stWelcome, "country:NL", "de conclusies"},
		{"Het kabinet neemt met waardering kennis van het verslag.", stWelcome, "country:NL", "het verslag"},
		{"Het kabinet heeft met zorg kennisgenomen van het rapport.", stConcern, "country:NL", "het rapport"},
		{"Het kabinet heeft kennisgenomen van het rapport.", stInformational, "country:NL", "het rapport"},
		{"De leden van de VVD-fractie hebben kennisgenomen van het wetsvoorstel.", "", "", ""},
	})
}

// Urging and stipulating.
func TestLexiconUrging(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Daarnaast is bij de visumvrijstelling voor Bosnië en Albanië in november 2010 door Nederland en Frankrijk bedongen dat de noodremprocedure zou worden ingevoerd.", stSupport, "country:FR+country:NL", "de noodremprocedure"},
		{"Nederland heeft bedongen dat de termijn wordt verlengd.", stSupport, "country:NL", "de termijn"},
		{"De Raad spoorde de Commissie aan om snel met een voorstel te komen.", stSupport, "org:council-of-the-eu", ""},
		{"Nederland hamerde op een strikte naleving van de regels.", stSupport, "country:NL", "een strikte naleving"},
		{"Het kabinet eist dat de lidstaten de regels naleven.", stSupport, "country:NL", "de lidstaten"},
		{"Na het besluit worden, mede op verzoek van Nederland, de gevolgen hiervan nauwlettend gemonitord.", stSupport, "country:NL", "de gevolgen"},
		{"Mede op verzoek van uw Kamer zijn de lopende procedures opgenomen.", "", "", ""},
		{"De eisen die de lidstaten stellen zijn streng.", "", "", ""},
		{"Het kabinet ontvangt het verzoek van Frankrijk.", "", "", ""},
	})
}

// Continued help and engagement.
func TestLexiconEngagement(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland zal Griekenland daarbij blijven ondersteunen.", stCommit, "country:NL", "Griekenland"},
		{"Het kabinet blijft de getroffen lidstaten ondersteunen.", stCommit, "country:NL", "de getroffen lidstaten"},
		{"Op basis hiervan gaat het kabinet graag in overleg om te evalueren welke informatie nodig is.", stCommit, "country:NL", "te evalueren"},
		{"Hiertoe blijft de inzet van het Nederlandse kabinet om het transparantiebeleid te moderniseren.", stCommit, "country:NL", "het transparantiebeleid"},
		{"Nederland zal het voorstel steunen.", stSupport, "country:NL", "het voorstel"},
		{"Frontex blijft de lidstaten ondersteunen.", "", "", ""},
		{"De inzet van middelen is om de grenzen te bewaken.", "", "", ""},
	})
}

// Watching closely.
func TestLexiconWatching(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet volgt de rechtsstatelijke ontwikkelingen in Polen op de voet en met aanzienlijke zorg.", stConcern, "country:NL", "de rechtsstatelijke ontwikkelingen"},
		{"Nederland volgt de situatie aan de grens met zorg.", stConcern, "country:NL", "de situatie"},
		{"Het kabinet houdt de uitvoering van de afspraken nauwlettend in de gaten.", stConcern, "country:NL", "de uitvoering"},
		{"Europol volgt de ontwikkelingen nauwlettend.", "", "", ""},
		{"Het kabinet volgt de aanbeveling van de Raad van State.", "", "", ""},
	})
}

// Embracing and rejecting, fearing and contentment.
func TestLexiconEmbraceReject(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet omarmt de aanbevelingen van de commissie.", stSupport, "country:NL", "de aanbevelingen"},
		{"Nederland heeft het actieplan omarmd.", stSupport, "country:NL", "het actieplan"},
		{"Het kabinet voelt veel voor een gezamenlijke aanpak.", stSupport, "country:NL", "een gezamenlijke aanpak"},
		{"Nederland is gekant tegen een verplichte verdeling.", stOppose, "country:NL", "een verplichte verdeling"},
		{"Het kabinet ziet niets in een nieuw agentschap.", stOppose, "country:NL", "een nieuw agentschap"},
		{"Frankrijk voelt weinig voor een verlenging van de termijn.", stOppose, "country:FR", "een verlenging"},
		{"Het kabinet vreest dat de termijn niet wordt gehaald.", stConcern, "country:NL", "de termijn"},
		{"Duitsland is huiverig voor een uitbreiding van het mandaat.", stConcern, "country:DE", "een uitbreiding"},
		{"Het kabinet acht een verlenging van de termijn risicovol.", stConcern, "country:NL", "een verlenging"},
		{"Het kabinet is content met het bereikte resultaat.", stSatisfied, "country:NL", "het bereikte resultaat"},
		{"Het kabinet ziet niets meer te bespreken.", "", "", ""},
		{"De Commissie presenteerde een risicovol plan.", "", "", ""},
	})
}

// Approval and refusal.
func TestLexiconApproval(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Raad keurde het voorstel van de Commissie goed.", stAgree, "org:council-of-the-eu", "het voorstel"},
		{"Nederland heeft de compromistekst aanvaard.", stAgree, "country:NL", "de compromistekst"},
		{"Het kabinet accepteert het compromis van het voorzitterschap.", stAgree, "country:NL", "compromis"},
		{"Polen weigerde de verklaring te ondertekenen.", stOppose, "country:PL", "de verklaring"},
		{"Het kabinet keurt het voorstel niet goed.", stOppose, "country:NL", "het voorstel"},
		{"De verplichtingen die een lidstaat aanvaardt, staan in het verdrag.", "", "", ""},
		{"Uit de verordening volgt dat het EOM geen instructies van een lidstaat aanvaardt of vraagt.", "", "", ""},
		{"Zodra de Raad de tekst heeft goedgekeurd, treedt de verordening in werking.", "", "", ""},
	})
}

// Effort and intention as nouns and reflexives; the cabinet's contributions.
func TestLexiconEffort(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet heeft het voornemen om de richtlijn tijdig om te zetten.", stCommit, "country:NL", "de richtlijn"},
		{"Het is het voornemen van het kabinet om de richtlijn tijdig om te zetten.", stCommit, "country:NL", "de richtlijn"},
		{"Nederland spant zich in voor een snelle afronding van de onderhandelingen.", stCommit, "country:NL", "een snelle afronding"},
		{"Het voorzitterschap werkt toe naar een algemene oriëntatie in juni.", stCommit, "", "een algemene oriëntatie"},
		{"Nederland draagt bij aan de missie met twee schepen.", stCommit, "country:NL", "de missie"},
		{"Nederland levert een bijdrage aan de operatie van Frontex.", stCommit, "country:NL", "de operatie"},
		{"Daarnaast draagt Frontex bij aan de terugkeer van migranten.", "", "", ""},
		{"De voornemens van de Commissie zijn nog niet bekend.", "", "", ""},
		{"Het kabinet heeft het voornemen om u hierover te informeren.", "", "", ""},
	})
}

// Undecided, praise, preferring.
func TestLexiconUndecidedPraisePreferring(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet neemt nog geen standpunt in over het voorstel.", stReserved, "country:NL", "het voorstel"},
		{"Nederland heeft nog geen positie bepaald over de verlenging.", stReserved, "country:NL", "de verlenging"},
		{"Het kabinet beraadt zich nog op de gevolgen van het arrest.", stReserved, "country:NL", "de gevolgen"},
		{"De Raad prees de inzet van Griekenland bij de opvang.", stWelcome, "org:council-of-the-eu", "de inzet van Griekenland"},
		{"Nederland heeft de samenwerking met Europol geprezen.", stWelcome, "country:NL", "de samenwerking"},
		{"Het kabinet prefereert een gezamenlijke aanpak.", stPreference, "country:NL", "een gezamenlijke aanpak"},
		{"Het kabinet ziet het liefst een evaluatie van de bestaande regels.", stPreference, "country:NL", "een evaluatie"},
		{"De prijzen van de visa stijgen.", "", "", ""},
		{"De Commissie heeft een standpunt ingenomen.", "", "", ""},
	})
}

// Turning against, being taken with, seeing objections; promising.
func TestLexiconAgainstAndPromises(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland keert zich tegen een verplichte verdeling.", stOppose, "country:NL", "een verplichte verdeling"},
		{"Het kabinet is gecharmeerd van het idee van een gezamenlijke inkoop.", stSupport, "country:NL", "het idee"},
		{"Het kabinet is niet gecharmeerd van het idee van een gezamenlijke inkoop.", stOppose, "country:NL", "het idee"},
		{"Duitsland ziet bezwaren in een verlenging van de termijn.", stConcern, "country:DE", "een verlenging"},
		{"Het kabinet belooft de opvang in Griekenland te verbeteren.", stCommit, "country:NL", "de opvang"},
		{"Nederland heeft beloofd om tien experts beschikbaar te stellen.", stCommit, "country:NL", "tien experts"},
		{"Nederland verplicht zich tot een jaarlijkse bijdrage.", stCommit, "country:NL", "een jaarlijkse bijdrage"},
		{"Het kabinet heeft beloofd uw Kamer te informeren.", "", "", ""},
		{"De lidstaten zijn verplicht om de richtlijn om te zetten.", "", "", ""},
	})
}

// Assurances; signing a declaration.
func TestLexiconAssurancesSigning(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Commissie liet er geen twijfel over bestaan dat zij de deal nauwgezet zal volgen.", stCommit, "org:european-commission", "de deal"},
		{"Het kabinet verzekerde dat de opvang op orde wordt gebracht.", stCommit, "country:NL", "de opvang"},
		{"De lidstaten ondertekenden de verklaring van Rome.", stSupport, "", "verklaring van Rome"},
		{"Nederland heeft de gezamenlijke verklaring over mediavrijheid ondertekend.", stSupport, "country:NL", "mediavrijheid"},
		{"De minister heeft de brief ondertekend.", "", "", ""},
		{"Het kabinet verzekerde zich van de steun van de Kamer.", "", "", ""},
		{"Het kabinet kan bevestigend antwoorden op de motie over het verzoek om te garanderen dat de controles doorgaan.", stAgree, "country:NL", ""},
	})
}

// The infinitive after a modal.
func TestLexiconModalInfinitives(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet kan het voorstel van de Commissie verwelkomen.", stWelcome, "country:NL", "het voorstel"},
		{"Nederland zal het compromis niet accepteren.", stOppose, "country:NL", "het compromis"},
		{"Het kabinet zou een dergelijke verplichting afwijzen.", stOppose, "country:NL", "een dergelijke verplichting"},
		{"Nederland kan de conclusies van de Raad onderschrijven.", stSupport, "country:NL", "de conclusies"},
		{"Kan het kabinet het voorstel accepteren?", "", "", ""},
		{"De lidstaten die het voorstel kunnen accepteren, zijn in de meerderheid.", "", "", ""},
	})
}

// The verb-final order of the families.
func TestLexiconVerbFinal(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Ik bericht u dat het kabinet tekortkomingen ziet in het huidige systeem.", stConcern, "country:NL", "het huidige systeem"},
		{"Ik bericht u dat het kabinet de situatie in Polen op de voet volgt.", stConcern, "country:NL", "de situatie in Polen"},
		{"Ik bericht u dat Frontex de ontwikkelingen nauwlettend volgt.", "", "", ""},
	})
}

// Taking the lead.
func TestLexiconTakingTheLead(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland nam het voortouw bij de oprichting van het netwerk.", stCommit, "country:NL", "de oprichting"},
		{"Het kabinet heeft het initiatief genomen tot een gezamenlijke aanpak.", stCommit, "country:NL", "een gezamenlijke aanpak"},
		{"Het initiatief tot een netwerk werd in de Raad besproken.", "", "", ""},
		{"Nederland is aanjager van de samenwerking op dit terrein.", stCommit, "country:NL", "de samenwerking"},
		{"Voortouwcommissie: vaste commissie voor Justitie en Veiligheid.", "", "", ""},
	})
}

// Feasibility and guarding; support voiced as a noun.
func TestLexiconFeasibility(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet acht de voorgestelde termijn haalbaar.", stSatisfied, "country:NL", "de voorgestelde termijn"},
		{"Het kabinet acht de voorgestelde termijn niet haalbaar.", stConcern, "country:NL", "de voorgestelde termijn"},
		{"Duitsland vond het tijdpad onrealistisch.", stConcern, "country:DE", "het tijdpad"},
		{"Het kabinet waakt voor extra administratieve lasten.", stConcern, "country:NL", "extra administratieve lasten"},
		{"Nederland uitte steun voor het compromis van het voorzitterschap.", stSupport, "country:NL", "het compromis"},
		{"De praktische haalbaarheid van de voorstellen wordt onderzocht.", "", "", ""},
		{"De grenzen worden onvoldoende bewaakt.", "", "", ""},
	})
}

// Encouraging and recommending.
func TestLexiconEncouraging(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Raad moedigde de lidstaten aan om de richtlijn snel om te zetten.", stSupport, "org:council-of-the-eu", "de richtlijn"},
		{"De Commissie beveelt aan om de termijn te verlengen.", stSupport, "org:european-commission", "de termijn"},
		{"Nederland heeft aanbevolen dat de evaluatie wordt vervroegd.", stSupport, "country:NL", "de evaluatie"},
		{"Nederland deed een beroep op de lidstaten om meer experts te leveren.", stSupport, "country:NL", "de lidstaten"},
		{"De Commissie heeft aanbevolen de Kamer te informeren.", "", "", ""},
		{"De aanbevelingen van de Commissie worden besproken.", "", "", ""},
	})
}

// Needless.
func TestLexiconNeedless(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet acht een nieuw agentschap overbodig.", stOppose, "country:NL", "een nieuw agentschap"},
		{"Nederland vindt een verlenging van de termijn niet nodig.", stOppose, "country:NL", "een verlenging"},
		{"Het kabinet vindt het nodig dat de termijn wordt verlengd.", stPriority, "country:NL", "de termijn"},
		{"Er worden geen overbodige regels gesteld.", "", "", ""},
	})
}

// Going along and acquiescing.
func TestLexiconGoingAlong(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland kon meegaan met de algemene oriëntatie.", stAgree, "country:NL", "de algemene oriëntatie"},
		{"Het kabinet gaat mee in het compromis van het voorzitterschap.", stAgree, "country:NL", "het compromis"},
		{"Nederland is uiteindelijk meegegaan met de meerderheid.", stAgree, "country:NL", "de meerderheid"},
		{"Polen legde zich neer bij de uitkomst van de stemming.", stAgree, "country:PL", "de uitkomst"},
		{"Nederland kan niet meegaan met de algemene oriëntatie.", stOppose, "country:NL", "de algemene oriëntatie"},
		{"De minister gaat mee op werkbezoek naar Griekenland.", "", "", ""},
	})
}

// An attitude taken.
func TestLexiconAttitudeTaken(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland heeft zich in de onderhandelingen constructief opgesteld.", stSupport, "country:NL", ""},
		{"Frankrijk stelde zich kritisch op ten aanzien van de termijn.", stConcern, "country:FR", "de termijn"},
		{"Het kabinet stelt zich terughoudend op over een uitbreiding van het mandaat.", stReserved, "country:NL", "een uitbreiding"},
		{"Nederland heeft samen met Denemarken een non-paper opgesteld.", stInformational, "", ""},
		{"De fiches werden opgesteld door de werkgroep.", "", "", ""},
	})
}

// The delegations' worries beside their support.
func TestLexiconDelegationsWorries(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Er waren zorgen over de gevolgen voor de nationale veiligheid.", stConcern, "", "de gevolgen"},
		{"Er bestond bij enkele lidstaten twijfel over de haalbaarheid van de termijn.", stConcern, "", "de haalbaarheid"},
		{"Er zijn zorgen nodig om de planning te halen.", "", "", ""},
	})
}

// Greeting a development, with its manner.
func TestLexiconGreeting(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland begroette het voorstel van de Commissie positief.", stWelcome, "country:NL", "het voorstel"},
		{"De lidstaten begroetten het actieplan met instemming.", stWelcome, "", "het actieplan"},
		{"De minister begroette de Eurocommissaris in Den Haag.", "", "", ""},
	})
}
