package ingest

import (
	"testing"
)

// The cue inventory of docs/stances.md ("Cue inventory"): each stance lemma
// of Dutch government prose in its present and past, perfect, infinitive
// after a modal, separable and reflexive forms split over the clause, the
// verb-final order of a subordinate clause ("Ik bericht u dat Nederland met
// het compromis instemt") and its nominalisations; and, for the same
// verbs, sentences that hold no position: questions, procedure, indirect
// questions ("bezien of het dat kan steunen"), clauses of condition or of
// a time to come ("Zodra de Raad met de tekst akkoord gaat, …"), relative
// clauses and money. Every sentence is fictional, written for this test,
// and stands alone in its letter; the first position it yields is checked.
func TestPositionsInventory(t *testing.T) {
	tests := []struct {
		stance stance // "" for no position
		actor  string // the actor's words
		text   string
	}{
		// steunen
		{stSupport, "het kabinet", "Het kabinet steunt het voorstel voor een screeningsverordening."},
		{stSupport, "Nederland", "Nederland steunde het compromis van het voorzitterschap."},
		{stSupport, "Nederland", "Nederland heeft het compromis van het voorzitterschap gesteund."},
		{stSupport, "het kabinet", "Daarom steunt het kabinet de algemene oriëntatie."},
		{stSupport, "het kabinet", "Het kabinet kan de algemene oriëntatie steunen."},
		{stSupport, "Nederland", "Nederland zal het voorstel in de Raad steunen."},
		{stSupport, "het kabinet", "Ik kan u melden dat het kabinet het voorstel steunt."},
		{stSupport, "het kabinet", "Het kabinet wil het voorstel steunen."},
		{stSupport, "het kabinet", "Het kabinet is bereid het compromis te steunen."},
		{stSupport, "Nederland", "Nederland heeft steun uitgesproken voor het compromis."},
		{stSupport, "Nederland", "Nederland sprak steun uit voor het compromis."},
		{stSupport, "de lidstaten", "Er was brede steun voor het voorstel."},
		{stSupport, "het kabinet", "Het kabinet geeft steun aan de inzet van de Commissie."},
		{stOppose, "het kabinet", "Het kabinet steunt het voorstel niet."},
		{stOppose, "Nederland", "Nederland kan het voorstel niet steunen."},
		{stOppose, "het kabinet", "Het kabinet zal het compromis niet steunen."},
		{"", "", "Steunt het kabinet het voorstel van de Commissie?"},
		{"", "", "Indien de Commissie met een voorstel komt, zal het kabinet bezien of het dat kan steunen."},
		{"", "", "De heer Jansen vraagt of het kabinet het voorstel steunt."},
		// onderschrijven
		{stSupport, "het kabinet", "Het kabinet onderschrijft de doelstelling van het voorstel."},
		{stSupport, "Nederland", "Nederland onderschreef de conclusies van de Raad."},
		{stSupport, "Nederland", "Nederland heeft de conclusies onderschreven."},
		{stSupport, "het kabinet", "Het kabinet kan de conclusies onderschrijven."},
		{stSupport, "het kabinet", "Daarom onderschrijft het kabinet het belang van een gezamenlijke aanpak."},
		{stSupport, "het kabinet", "Ik kan u melden dat het kabinet de doelstelling onderschrijft."},
		{stOppose, "het kabinet", "Het kabinet onderschrijft de analyse van de Commissie niet."},
		// verwelkomen
		{stWelcome, "het kabinet", "Het kabinet verwelkomt de mededeling van de Commissie."},
		{stWelcome, "Nederland", "Nederland verwelkomde het actieplan."},
		{stWelcome, "Nederland", "Nederland heeft het actieplan verwelkomd."},
		{stWelcome, "het kabinet", "Het kabinet is verheugd over het akkoord."},
		{stWelcome, "het kabinet", "Het kabinet is blij met het akkoord."},
		{stWelcome, "het kabinet", "Het kabinet juicht het initiatief van het voorzitterschap toe."},
		{stWelcome, "het kabinet", "Het kabinet heeft het initiatief toegejuicht."},
		{stWelcome, "het kabinet", "Het kabinet waardeert de inzet van het voorzitterschap."},
		{stWelcome, "het kabinet", "Het kabinet ziet uit naar de voorstellen van de Commissie."},
		{stWelcome, "het kabinet", "Ik kan u melden dat het kabinet de mededeling verwelkomt."},
		// instemmen
		{stAgree, "het kabinet", "Het kabinet kan instemmen met het compromis."},
		{stAgree, "Nederland", "Nederland stemt in met de conclusies."},
		{stAgree, "Nederland", "Nederland stemde in met de algemene oriëntatie."},
		{stAgree, "Nederland", "Nederland heeft ingestemd met de algemene oriëntatie."},
		{stAgree, "Nederland", "Nederland zal instemmen met het besluit."},
		{stAgree, "het kabinet", "Het kabinet is voornemens in te stemmen met het besluit."},
		{stAgree, "het kabinet", "Het kabinet is voornemens om in te stemmen met het besluit."},
		{stAgree, "het kabinet", "Het kabinet is bereid om in te stemmen met het compromis."},
		{stAgree, "Nederland", "Daarom kan Nederland instemmen met de tekst."},
		{stAgree, "Nederland", "Nederland heeft met het compromis ingestemd."},
		{stAgree, "Nederland", "Ik bericht u dat Nederland met het compromis heeft ingestemd."},
		{stAgree, "Nederland", "Ik bericht u dat Nederland met het compromis kan instemmen."},
		{stAgree, "Nederland", "Ik bericht u dat Nederland met het compromis instemt."},
		{stAgree, "Nederland", "Ik bericht u dat Nederland met het compromis instemde."},
		{stOppose, "Nederland", "Nederland kan niet instemmen met het compromis."},
		{stOppose, "Nederland", "Nederland heeft niet ingestemd met het compromis."},
		{stOppose, "Nederland", "Nederland stemde niet in met de conclusies."},
		{stOppose, "het kabinet", "Het kabinet zal niet instemmen met het voorstel."},
		{"", "", "De Raad zal worden gevraagd in te stemmen met het besluit."},
		{"", "", "Kan het kabinet instemmen met het voorstel?"},
		{stReserved, "het kabinet", "Het kabinet kan instemmen met het compromis, mits de termijnen worden verlengd."},
		{stReserved, "het kabinet", "Indien de termijnen worden verlengd, kan het kabinet instemmen met het compromis."},
		// akkoord gaan
		{stAgree, "Nederland", "Nederland gaat akkoord met het compromis."},
		{stAgree, "Nederland", "Nederland ging akkoord met de tekst."},
		{stAgree, "Nederland", "Nederland is akkoord gegaan met de tekst."},
		{stAgree, "Nederland", "Nederland kan akkoord gaan met de tekst."},
		{stAgree, "Nederland", "Nederland kan akkoord gaan met de tekst."},
		{stAgree, "Nederland", "Nederland is akkoord met de tekst."},
		{stAgree, "Nederland", "Ik bericht u dat Nederland met het compromis akkoord is gegaan."},
		{stOppose, "Nederland", "Nederland kan niet akkoord gaan met de tekst."},
		// zich aansluiten bij
		{stSupport, "Nederland", "Nederland sluit zich aan bij de verklaring."},
		{stSupport, "Nederland", "Nederland sloot zich aan bij de verklaring."},
		{stSupport, "Nederland", "Nederland heeft zich aangesloten bij de verklaring."},
		{stSupport, "Nederland", "Nederland heeft zich bij de verklaring aangesloten."},
		{stSupport, "Nederland", "Nederland kan zich aansluiten bij de verklaring."},
		{stSupport, "Nederland", "Nederland zal zich aansluiten bij de verklaring."},
		{stSupport, "Nederland", "Ik bericht u dat Nederland zich bij de verklaring heeft aangesloten."},
		{stSupport, "Nederland", "Ik bericht u dat Nederland zich bij de verklaring aansloot."},
		{stSupport, "Nederland", "Nederland sloot zich bij de verklaring aan."},
		// voorstander/tegenstander
		{stSupport, "Nederland", "Nederland is voorstander van een Europese aanpak."},
		{stSupport, "het kabinet", "Het kabinet is een voorstander van een Europese aanpak."},
		{stSupport, "Nederland", "Nederland was altijd voorstander van een Europese aanpak."},
		{stSupport, "Nederland", "Ik bericht u dat Nederland voorstander is van een Europese aanpak."},
		{stOppose, "Nederland", "Nederland is geen voorstander van een verplichte verdeling."},
		{stOppose, "Nederland", "Nederland is tegenstander van een verplichte verdeling."},
		{stOppose, "Nederland", "Nederland is een tegenstander van een verplichte verdeling."},
		{stOppose, "Nederland", "Ik bericht u dat Nederland tegenstander is van een verplichte verdeling."},
		// staan tegenover
		{stSupport, "het kabinet", "Het kabinet staat positief tegenover het voorstel."},
		{stSupport, "het kabinet", "Het kabinet stond positief tegenover het voorstel."},
		{stReserved, "het kabinet", "Het kabinet staat in beginsel positief tegenover het voorstel."},
		{stConcern, "het kabinet", "Het kabinet staat kritisch tegenover het voorstel."},
		{stConcern, "het kabinet", "Het kabinet stond kritisch tegenover het voorstel."},
		{stReserved, "het kabinet", "Het kabinet staat terughoudend tegenover het voorstel."},
		{stReserved, "het kabinet", "Het kabinet staat neutraal tegenover het voorstel."},
		{stOppose, "het kabinet", "Het kabinet staat negatief tegenover het voorstel."},
		{stOppose, "het kabinet", "Het kabinet staat afwijzend tegenover het voorstel."},
		{stSupport, "het kabinet", "Het kabinet staat open voor een verlenging van de termijn."},
		{stSupport, "het kabinet", "Ik bericht u dat het kabinet positief tegenover het voorstel staat."},
		{stConcern, "het kabinet", "Ik bericht u dat het kabinet kritisch tegenover het voorstel staat."},
		// zorgen
		{stConcern, "het kabinet", "Het kabinet heeft zorgen over de uitvoerbaarheid."},
		{stConcern, "Nederland", "Nederland uitte zorgen over de uitvoerbaarheid."},
		{stConcern, "Nederland", "Nederland heeft zorgen geuit over de uitvoerbaarheid."},
		{stConcern, "het kabinet", "Het kabinet maakt zich zorgen over de uitvoerbaarheid."},
		{stConcern, "het kabinet", "Het kabinet deelt de zorgen van de Commissie."},
		{stConcern, "het kabinet", "Het kabinet is bezorgd over de uitvoerbaarheid."},
		{stConcern, "Nederland", "Nederland sprak zorgen uit over de uitvoerbaarheid."},
		{stConcern, "Nederland", "Nederland sprak zijn zorgen uit over de uitvoerbaarheid."},
		{stConcern, "het kabinet", "Ik bericht u dat het kabinet zorgen heeft over de uitvoerbaarheid."},
		// bezwaar
		{stOppose, "Nederland", "Nederland maakt bezwaar tegen het voorstel."},
		{stOppose, "Nederland", "Nederland maakte bezwaar tegen het voorstel."},
		{stOppose, "Nederland", "Nederland heeft bezwaar tegen het voorstel."},
		{stOppose, "Nederland", "Nederland heeft bezwaar gemaakt tegen het voorstel."},
		{stOppose, "Nederland", "Nederland heeft bezwaren tegen het voorstel."},
		{stAgree, "het kabinet", "Het kabinet heeft geen bezwaar tegen het voorstel."},
		{stAgree, "Nederland", "Nederland had geen bezwaren tegen de tekst."},
		{stAgree, "het kabinet", "Het kabinet heeft geen bezwaren."},
		// hechten
		{stPriority, "het kabinet", "Het kabinet hecht aan een zorgvuldige behandeling."},
		{stPriority, "het kabinet", "Het kabinet hecht groot belang aan een zorgvuldige behandeling."},
		{stPriority, "het kabinet", "Het kabinet hecht er belang aan dat de termijnen worden gehaald."},
		{stPriority, "het kabinet", "Het kabinet hechtte veel belang aan de rechtsstaat."},
		{stPriority, "Nederland", "Nederland heeft altijd groot belang gehecht aan de rechtsstaat."},
		{stPriority, "het kabinet", "Ik bericht u dat het kabinet belang hecht aan de rechtsstaat."},
		{stPriority, "het kabinet", "Het kabinet hecht er waarde aan dat de rechtsstaat wordt beschermd."},
		// inzetten
		{stCommit, "het kabinet", "Het kabinet zet zich in voor een snelle afronding."},
		{stCommit, "Nederland", "Nederland zette zich in voor een snelle afronding."},
		{stCommit, "Nederland", "Nederland heeft zich ingezet voor een snelle afronding."},
		{stCommit, "Nederland", "Nederland zal zich inzetten voor een snelle afronding."},
		{stCommit, "het kabinet", "Het kabinet zet in op een snelle afronding."},
		{stCommit, "Nederland", "Nederland zette in op een snelle afronding."},
		{stCommit, "Nederland", "Nederland heeft ingezet op een snelle afronding."},
		{stCommit, "Nederland", "Nederland zal inzetten op een snelle afronding."},
		{stCommit, "Nederland", "Ik bericht u dat Nederland zich voor een snelle afronding heeft ingezet."},
		{stCommit, "Nederland", "Ik bericht u dat Nederland zich voor een snelle afronding inzet."},
		{stCommit, "de Nederlandse inzet", "De Nederlandse inzet is gericht op een snelle afronding."},
		{stCommit, "het kabinet", "De inzet van het kabinet is gericht op een snelle afronding."},
		// pleiten / oproepen
		{stSupport, "Nederland", "Nederland pleit voor een gezamenlijke aanpak."},
		{stSupport, "Nederland", "Nederland pleitte voor een gezamenlijke aanpak."},
		{stSupport, "Nederland", "Nederland heeft gepleit voor een gezamenlijke aanpak."},
		{stSupport, "Nederland", "Nederland zal pleiten voor een gezamenlijke aanpak."},
		{stSupport, "Nederland", "Ik bericht u dat Nederland voor een gezamenlijke aanpak heeft gepleit."},
		{stSupport, "Nederland", "Ik bericht u dat Nederland voor een gezamenlijke aanpak pleitte."},
		{stSupport, "Nederland", "Nederland roept de Commissie op tot spoedige actie."},
		{stSupport, "Nederland", "Nederland riep de Commissie op tot spoedige actie."},
		{stSupport, "Nederland", "Nederland heeft de Commissie opgeroepen tot spoedige actie."},
		{stSupport, "Nederland", "Nederland heeft opgeroepen tot spoedige actie."},
		{stSupport, "de Commissie", "Ik bericht u dat Nederland de Commissie tot spoedige actie heeft opgeroepen."},
		// benadrukken / onderstrepen
		{stSupport, "het kabinet", "Het kabinet benadrukt het belang van een sterke buitengrens."},
		{stSupport, "Nederland", "Nederland benadrukte het belang van een sterke buitengrens."},
		{stSupport, "Nederland", "Nederland heeft het belang van een sterke buitengrens benadrukt."},
		{stSupport, "Nederland", "Nederland heeft benadrukt dat een sterke buitengrens van belang is."},
		{stSupport, "het kabinet", "Het kabinet onderstreept de noodzaak van een sterke buitengrens."},
		{stSupport, "Nederland", "Ik bericht u dat Nederland het belang van een sterke buitengrens heeft onderstreept."},
		{stSupport, "Nederland", "Ik bericht u dat Nederland het belang van een sterke buitengrens onderstreepte."},
		// erkennen
		{stPriority, "het kabinet", "Het kabinet erkent het belang van een sterke buitengrens."},
		{stPriority, "Nederland", "Nederland erkende het belang van een sterke buitengrens."},
		// betreuren / veroordelen
		{stConcern, "het kabinet", "Het kabinet betreurt het besluit van de Commissie."},
		{stConcern, "het kabinet", "Het kabinet betreurt dat de Commissie geen voorstel doet."},
		{stConcern, "Nederland", "Nederland heeft het besluit betreurd."},
		{stOppose, "Nederland", "Nederland veroordeelt de aanval op de rechtsstaat."},
		{stOppose, "Nederland", "Nederland veroordeelde de aanval op de rechtsstaat."},
		{stOppose, "Nederland", "Nederland heeft de aanval op de rechtsstaat veroordeeld."},
		{stOppose, "Nederland", "Nederland heeft de aanval op de rechtsstaat scherp veroordeeld."},
		{stOppose, "Nederland", "Ik bericht u dat Nederland de aanval op de rechtsstaat veroordeelt."},
		// verwerpen / afwijzen / verzetten
		{stOppose, "Nederland", "Nederland verwierp het voorstel."},
		{stOppose, "Nederland", "Nederland verwerpt het voorstel."},
		{stOppose, "Nederland", "Nederland heeft het voorstel verworpen."},
		{stOppose, "het kabinet", "Het kabinet wijst het voorstel af."},
		{stOppose, "het kabinet", "Het kabinet wees het voorstel af."},
		{stOppose, "het kabinet", "Het kabinet heeft het voorstel afgewezen."},
		{stOppose, "het kabinet", "Ik bericht u dat het kabinet het voorstel afwijst."},
		{stOppose, "het kabinet", "Ik bericht u dat het kabinet het voorstel afwees."},
		{stOppose, "Nederland", "Nederland verzet zich tegen een verplichte verdeling."},
		{stOppose, "Nederland", "Nederland verzette zich tegen een verplichte verdeling."},
		{stOppose, "Nederland", "Nederland heeft zich verzet tegen een verplichte verdeling."},
		{stOppose, "Nederland", "Nederland zal zich verzetten tegen een verplichte verdeling."},
		{stOppose, "Nederland", "Ik bericht u dat Nederland zich tegen een verplichte verdeling verzet."},
		{stOppose, "Nederland", "Nederland is tegen een verplichte verdeling."},
		// voorbehoud
		{stReserved, "Nederland", "Nederland heeft een parlementair behandelvoorbehoud geplaatst."},
		{stReserved, "Nederland", "Nederland heeft een studievoorbehoud."},
		{stReserved, "Nederland", "Nederland maakt een voorbehoud bij artikel 5."},
		{stReserved, "Nederland", "Nederland maakte een voorbehoud bij artikel 5."},
		{stReserved, "Nederland", "Nederland heeft een voorbehoud gemaakt bij artikel 5."},
		{stReserved, "Nederland", "Nederland handhaaft zijn voorbehoud bij artikel 5."},
		{stReserved, "Nederland", "Nederland legde een studievoorbehoud neer."},
		// voorkeur
		{stPreference, "het kabinet", "Het kabinet geeft de voorkeur aan een richtlijn."},
		{stPreference, "het kabinet", "Het kabinet gaf de voorkeur aan een richtlijn."},
		{stPreference, "het kabinet", "Het kabinet heeft de voorkeur gegeven aan een richtlijn."},
		{stPreference, "het kabinet", "Het kabinet heeft een voorkeur voor een richtlijn."},
		{stPreference, "het kabinet", "De voorkeur van het kabinet gaat uit naar een richtlijn."},
		{stPreference, "het kabinet", "De voorkeur van het kabinet ligt bij een richtlijn."},
		{stPreference, "het kabinet", "Het kabinet ziet graag dat de termijn wordt verlengd."},
		{stPreference, "het kabinet", "Het kabinet wil dat de termijn wordt verlengd."},
		{stPreference, "het kabinet", "Het kabinet acht een verlenging van de termijn wenselijk."},
		// kunnen leven met
		{stAgree, "het kabinet", "Het kabinet kan leven met het compromis."},
		{stAgree, "Nederland", "Nederland kon leven met het compromis."},
		// onthouden / tegenstemmen
		{stReserved, "Nederland", "Nederland onthoudt zich van stemming."},
		{stReserved, "Nederland", "Nederland onthield zich van stemming."},
		{stReserved, "Nederland", "Nederland heeft zich van stemming onthouden."},
		{stReserved, "Nederland", "Nederland zal zich onthouden van stemming."},
		{stReserved, "Nederland", "Nederland heeft zich onthouden."},
		{stOppose, "Nederland", "Nederland stemde tegen het besluit."},
		{stOppose, "Nederland", "Nederland heeft tegengestemd."},
		{stOppose, "Nederland", "Nederland heeft tegen het besluit gestemd."},
		{stOppose, "Nederland", "Nederland zal tegen het besluit stemmen."},
		{stOppose, "Nederland", "Nederland zal tegenstemmen."},
		{stAgree, "Nederland", "Nederland heeft voor het besluit gestemd."},
		{stAgree, "Nederland", "Nederland stemde voor het besluit."},
		{stAgree, "Nederland", "Nederland zal voor het besluit stemmen."},
		// belang / belangrijk
		{stPriority, "het kabinet", "Het kabinet acht het van belang dat de termijnen worden gehaald."},
		{stPriority, "het kabinet", "Het kabinet achtte het van belang dat de termijnen worden gehaald."},
		{stPriority, "het kabinet", "Het kabinet acht het van groot belang dat de termijnen worden gehaald."},
		{stPriority, "het kabinet", "Het kabinet vindt het belangrijk dat de termijnen worden gehaald."},
		{stPriority, "het kabinet", "Het kabinet vond het belangrijk dat de termijnen werden gehaald."},
		{stPriority, "het kabinet", "Het kabinet vindt het van belang dat de termijnen worden gehaald."},
		{stPriority, "het kabinet", "Het kabinet vindt het van groot belang dat de termijnen worden gehaald."},
		{stPriority, "het kabinet", "Voor het kabinet is het van groot belang dat de termijnen worden gehaald."},
		{stPriority, "Nederland", "Voor Nederland is een sterke buitengrens van groot belang."},
		// mening / oordeel
		{stReserved, "het kabinet", "Het kabinet is van mening dat de termijnen moeten worden verlengd om de uitvoering te borgen."},
		{stSupport, "het kabinet", "Het kabinet is van oordeel dat het voorstel bijdraagt aan de veiligheid."},
		{stSupport, "het kabinet", "Het kabinet is de mening toegedaan dat het voorstel bijdraagt aan de veiligheid."},
		// delen
		{stAgree, "het kabinet", "Het kabinet deelt het doel van het voorstel."},
		{stAgree, "het kabinet", "Het kabinet deelt de doelstelling van het voorstel."},
		{stAgree, "het kabinet", "Het kabinet deelt de ambitie van de Commissie."},
		{stConcern, "het kabinet", "Het kabinet deelt de zorgen van de Commissie."},
		// open / overtuigd / twijfel
		{stSupport, "het kabinet", "Het kabinet staat open voor een verlenging."},
		{stConcern, "het kabinet", "Het kabinet is niet overtuigd van de noodzaak van het voorstel."},
		{stConcern, "het kabinet", "Het kabinet is er niet van overtuigd dat het voorstel proportioneel is."},
		{stConcern, "het kabinet", "Het kabinet twijfelt aan de proportionaliteit van het voorstel."},
		{stConcern, "het kabinet", "Het kabinet betwijfelt of het voorstel proportioneel is."},
		{stConcern, "het kabinet", "Het kabinet heeft twijfels over de proportionaliteit van het voorstel."},
		// acht proportioneel
		{stSupport, "het kabinet", "Het kabinet acht het voorstel proportioneel."},
		{stConcern, "het kabinet", "Het kabinet acht het voorstel niet proportioneel."},
		{stPriority, "het kabinet", "Het kabinet acht het voorstel noodzakelijk."},
		{stReserved, "het kabinet", "Het kabinet acht het voorstel niet noodzakelijk."},
		{stPreference, "het kabinet", "Het kabinet acht het voorstel wenselijk."},
		{stOppose, "het kabinet", "Het kabinet acht het voorstel niet wenselijk."},
		{stConcern, "het kabinet", "Het kabinet acht het voorstel disproportioneel."},
		// BNC / Kamervragen
		{stSupport, "het kabinet", "Het kabinet staat positief tegenover het voorstel."},
		{stSupport, "Nederland", "Nederland is voorstander van het voorstel."},
		{stSupport, "het Nederlandse standpunt", "Het Nederlandse standpunt is positief."},
		{stSupport, "het kabinet", "Het kabinet is positief over het voorstel."},
		{stConcern, "het kabinet", "Het kabinet is kritisch over het voorstel."},
		{stSupport, "het kabinet", "Antwoord: Ja, het kabinet steunt het voorstel."},
		// the verb-final order of copula and "hebben" cues, made from their main-clause rows
		{stWelcome, "Nederland", "Ik bericht u dat Nederland blij is met het akkoord."},
		{stConcern, "Nederland", "Ik bericht u dat Nederland niet blij is met het akkoord."},
		{stConcern, "Nederland", "Ik bericht u dat Nederland kritisch is over het voorstel."},
		{stAgree, "Nederland", "Ik bericht u dat Nederland akkoord is met de tekst."},
		{stPreference, "Nederland", "Ik bericht u dat Nederland een voorkeur heeft voor een richtlijn."},
		{stSupport, "Nederland", "Ik bericht u dat Nederland voorstander is van een Europese aanpak."},
		{stOppose, "Nederland", "Ik bericht u dat Nederland geen voorstander is van een verplichte verdeling."},
		{stAgree, "Nederland", "Ik bericht u dat Nederland geen bezwaar heeft tegen het voorstel."},
		{stAgree, "Nederland", "Ik bericht u dat Nederland bereid is in te stemmen met het compromis."},
		{stSatisfied, "het kabinet", "Ik bericht u dat het kabinet tevreden is over de uitkomst."},
		{stConcern, "het kabinet", "Ik bericht u dat het kabinet moeite heeft met de termijnen."},
		{stReserved, "het kabinet", "Ik bericht u dat het kabinet terughoudend is over een uitbreiding."},
		{"", "", "De Commissie onderzoekt of en hoe het Europees Parlement betrokken is bij de evaluatie."},
		{"", "", "Het is de vraag of de lidstaten blij zijn met het voorstel."},
		// nominalisations
		{stPreference, "het kabinet", "De voorkeur van het kabinet gaat uit naar een richtlijn."},
		{stPreference, "het kabinet", "De voorkeur van het kabinet ligt bij een richtlijn."},
		{stCommit, "het kabinet", "De inzet van het kabinet is gericht op een snelle afronding."},
		{stCommit, "Nederland", "De inzet van Nederland is gericht op een snelle afronding."},
		// no position: questions, procedure, indirect questions, conditions and times to come, relative clauses, money
		{"", "", "Steunt het kabinet het voorstel van de Commissie?"},
		{"", "", "Kan het kabinet instemmen met het compromis?"},
		{"", "", "Is het kabinet bereid zich aan te sluiten bij de verklaring?"},
		{"", "", "Is het kabinet voorstander van een Europese aanpak?"},
		{"", "", "Deelt het kabinet de zorgen van de Commissie?"},
		{"", "", "Hoe staat het kabinet tegenover het voorstel?"},
		{"", "", "De Raad zal worden gevraagd in te stemmen met het besluit."},
		{"", "", "De Raad wordt gevraagd met het besluit in te stemmen."},
		{"", "", "Het voorzitterschap beoogt een algemene oriëntatie te bereiken."},
		{"", "", "Het voorstel wordt tijdens de Raad besproken."},
		{"", "", "De Commissie zal het voorstel toelichten."},
		{"", "", "De leden van de PVV-fractie vragen of het kabinet het voorstel steunt."},
		{"", "", "De leden vragen of het kabinet met het compromis instemt."},
		{"", "", "De leden vragen of Nederland zich bij de verklaring heeft aangesloten."},
		{"", "", "Indien de Commissie met een voorstel komt, zal het kabinet bezien of het dat kan steunen."},
		{"", "", "Het kabinet onderzoekt of het zich bij de verklaring kan aansluiten."},
		{"", "", "Het kabinet zal bezien of het met het compromis kan instemmen."},
		{"", "", "De Commissie is verantwoordelijk voor de tekst waarmee de Raad instemt."},
		{"", "", "Het voorstel waarmee de lidstaten hebben ingestemd, wordt nu uitgevoerd."},
		{"", "", "De vergadering stemde in het najaar over het besluit."},
		{"", "", "Het akkoord met Turkije is in 2016 gesloten."},
		{"", "", "Er wordt in de Raad gestemd over het besluit."},
		{"", "", "De vaste commissie heeft de minister verzocht een brief te sturen."},
		{"", "", "De regels voor het stemmen in de Raad zijn vastgelegd in het Verdrag."},
		{"", "", "De minister gaf een toelichting op het verloop van de onderhandelingen."},
		{"", "", "Het rapport wijst erop dat de instroom is gedaald."},
		{"", "", "De inzet van middelen is gericht op de buitengrens."},
		{"", "", "Met dit voorstel wordt de termijn verlengd."},
		{"", "", "Het voorstel dat de Commissie in maart presenteerde, gaat uit van een verplichte verdeling."},
		{"", "", "Vraag 3: Bent u bereid zich tegen het voorstel te verzetten?"},
		{"", "", "Als het Parlement met de tekst instemt, kan de verordening in werking treden."},
		{"", "", "Zodra de Raad met de tekst akkoord gaat, wordt de verordening gepubliceerd."},
		{"", "", "Indien de lidstaten met het voorstel instemmen, treedt het in 2027 in werking."},
		{"", "", "De verordening treedt in werking nadat het Parlement ermee heeft ingestemd."},
		{"", "", "Het Parlement zal naar verwachting in april voor de tekst stemmen."},
		{"", "", "Wanneer een lidstaat tegen het besluit stemt, is er geen gekwalificeerde meerderheid."},
		{"", "", "Het is aan de lidstaten om te bepalen of zij zich bij het initiatief aansluiten."},
		{"", "", "Als Nederland het voorstel steunt, is er een meerderheid."},
		{stReserved, "het kabinet", "Indien de termijnen worden verlengd, kan het kabinet instemmen met het compromis."},
		{stReserved, "het kabinet", "Het kabinet kan instemmen met het compromis, indien de termijnen worden verlengd."},
		{stReserved, "het kabinet", "Indien de termijnen worden verlengd kan het kabinet instemmen met het compromis."},
		{stPreference, "de Commissie", "De Commissie heeft de voorkeur gegeven aan een verordening boven een richtlijn."},
	}
	for _, tt := range tests {
		g := fictionalLetter(t, "14 maart 2025", tt.text)
		ps := positionsOf(t, g)
		switch {
		case tt.stance == "" && len(ps) > 0:
			t.Errorf("%q: %s %q (cue %q), want no position", tt.text, ps[0].e.Props["stance"], ps[0].e.Props["actor"], ps[0].e.Props["cue"])
		case tt.stance == "":
		case len(ps) == 0:
			t.Errorf("%q: no position, want %s of %q", tt.text, tt.stance, tt.actor)
		case ps[0].e.Props["stance"] != string(tt.stance) || ps[0].e.Props["actor"] != tt.actor:
			t.Errorf("%q: %s of %q (cue %q), want %s of %q", tt.text, ps[0].e.Props["stance"], ps[0].e.Props["actor"], ps[0].e.Props["cue"], tt.stance, tt.actor)
		}
	}
}

// The verb-final order derived from a main-clause row: the finite verb
// behind the predicate, the preposition or infinitive after it; none for a
// predicate that is only a preposition or for a row with a second gap.
func TestPredicateFirstVariant(t *testing.T) {
	for _, tt := range []struct{ pattern, want string }{
		{isV + " … voorstander van", "voorstander " + isV + " van"},
		{isV + " … bereid|voornemens in te stemmen met", "bereid|voornemens " + isV + " in te stemmen met"},
		{hasV + " … de|een voorkeur voor", "de|een voorkeur " + hasV + " voor"},
		{isV + " … verheugd|blij", "verheugd|blij " + isV},
		{isV + " … tegen", ""},
		{hasV + " … met … zorg kennisgenomen", ""},
		{"steunt|steunen", ""},
		{hasV + " zich … aangesloten bij", ""},
	} {
		v, ok := predicateFirstVariant(cueDef{stance: stSupport, pattern: tt.pattern, obj: objAfter, flags: strictGap})
		switch {
		case tt.want == "" && ok:
			t.Errorf("%q: variant %q, want none", tt.pattern, v.pattern)
		case tt.want != "" && (!ok || v.pattern != tt.want || v.flags != predicateFirst):
			t.Errorf("%q: variant %q (%v, flags %b), want %q", tt.pattern, v.pattern, ok, v.flags, tt.want)
		}
	}
}
