package ingest

import (
	"sync"

	"jhagraph/graph"
)

// countryRecord is a country of the reference table: ISO 3166-1 alpha-2 code,
// English name, EU membership, and the words that name it in Dutch and
// English letters: names, adjectives and demonyms. They match with case and
// as whole words, so "Nederlandse" is the Netherlands but "Schengenlanden"
// is nothing. Words that are also common names or words are left out: "Frans"
// (also a first name), "Pool", "Noor", "Let", "Est", "Fin".
type countryRecord struct {
	Code   string
	Name   string
	Member bool
	Words  []string
}

var countryTable = []countryRecord{
	// The 27 member states.
	{"AT", "Austria", true, []string{"Oostenrijk", "Oostenrijkse", "Oostenrijks", "Oostenrijker", "Oostenrijkers", "Austria", "Austrian"}},
	{"BE", "Belgium", true, []string{"België", "Belgische", "Belgisch", "Belg", "Belgen", "Belgium", "Belgian"}},
	{"BG", "Bulgaria", true, []string{"Bulgarije", "Bulgaarse", "Bulgaars", "Bulgaar", "Bulgaren", "Bulgaria", "Bulgarian"}},
	{"CY", "Cyprus", true, []string{"Cyprus", "Cypriotische", "Cypriotisch", "Cyprioot", "Cyprioten", "Cypriot"}},
	{"CZ", "Czechia", true, []string{"Tsjechië", "Tsjechische Republiek", "Tsjechische", "Tsjechisch", "Tsjech", "Tsjechen", "Czechia", "Czech Republic", "Czech"}},
	{"DE", "Germany", true, []string{"Duitsland", "Duitse", "Duits", "Duitser", "Duitsers", "Germany", "German"}},
	{"DK", "Denmark", true, []string{"Denemarken", "Deense", "Deens", "Denen", "Denmark", "Danish"}},
	{"EE", "Estonia", true, []string{"Estland", "Estse", "Ests", "Esten", "Estonia", "Estonian"}},
	{"ES", "Spain", true, []string{"Spanje", "Spaanse", "Spaans", "Spanjaard", "Spanjaarden", "Spain", "Spanish"}},
	{"FI", "Finland", true, []string{"Finland", "Finse", "Fins", "Finnen", "Finnish"}},
	{"FR", "France", true, []string{"Frankrijk", "Franse", "Fransen", "Fransman", "France", "French"}},
	{"GR", "Greece", true, []string{"Griekenland", "Griekse", "Grieks", "Griek", "Grieken", "Greece", "Greek"}},
	{"HR", "Croatia", true, []string{"Kroatië", "Kroatische", "Kroatisch", "Kroaat", "Kroaten", "Croatia", "Croatian"}},
	{"HU", "Hungary", true, []string{"Hongarije", "Hongaarse", "Hongaars", "Hongaar", "Hongaren", "Hungary", "Hungarian"}},
	{"IE", "Ireland", true, []string{"Ierland", "Ierse", "Iers", "Ieren", "Ireland", "Irish"}},
	{"IT", "Italy", true, []string{"Italië", "Italiaanse", "Italiaans", "Italiaan", "Italianen", "Italy", "Italian"}},
	{"LT", "Lithuania", true, []string{"Litouwen", "Litouwse", "Litouws", "Litouwer", "Litouwers", "Lithuania", "Lithuanian"}},
	{"LU", "Luxembourg", true, []string{"Luxemburg", "Luxemburgse", "Luxemburgs", "Luxemburger", "Luxemburgers", "Luxembourg"}},
	{"LV", "Latvia", true, []string{"Letland", "Letse", "Letten", "Latvia", "Latvian"}},
	{"MT", "Malta", true, []string{"Malta", "Maltese", "Maltees", "Maltezer", "Maltezers"}},
	{"NL", "Netherlands", true, []string{"Nederland", "Nederlandse", "Nederlands", "Nederlander", "Nederlanders", "Nederlanden", "Netherlands", "Dutch"}},
	{"PL", "Poland", true, []string{"Polen", "Poolse", "Pools", "Poland", "Polish"}},
	{"PT", "Portugal", true, []string{"Portugal", "Portugese", "Portugees", "Portugezen", "Portuguese"}},
	{"RO", "Romania", true, []string{"Roemenië", "Roemeense", "Roemeens", "Roemeen", "Roemenen", "Romania", "Romanian"}},
	{"SE", "Sweden", true, []string{"Zweden", "Zweedse", "Zweeds", "Zweed", "Sweden", "Swedish"}},
	{"SI", "Slovenia", true, []string{"Slovenië", "Sloveense", "Sloveens", "Sloveen", "Slovenen", "Slovenia", "Slovenian"}},
	{"SK", "Slovakia", true, []string{"Slowakije", "Slowaakse", "Slowaaks", "Slowaak", "Slowaken", "Slovakia", "Slovak"}},
	// Third countries frequent in JHA letters.
	{"AF", "Afghanistan", false, []string{"Afghanistan", "Afghaanse", "Afghaans", "Afghaan", "Afghanen", "Afghan"}},
	{"AL", "Albania", false, []string{"Albanië", "Albanese", "Albanees", "Albanezen", "Albania", "Albanian"}},
	{"BA", "Bosnia and Herzegovina", false, []string{"Bosnië en Herzegovina", "Bosnië-Herzegovina", "Bosnië", "Bosnische", "Bosnisch", "Bosnia and Herzegovina", "Bosnia"}},
	{"BY", "Belarus", false, []string{"Belarus", "Wit-Rusland", "Belarussische", "Belarussisch", "Wit-Russische", "Wit-Russisch", "Belarusian"}},
	{"CH", "Switzerland", false, []string{"Zwitserland", "Zwitserse", "Zwitsers", "Zwitser", "Switzerland", "Swiss"}},
	{"CN", "China", false, []string{"China", "Chinese", "Chinees", "Chinezen"}},
	{"DZ", "Algeria", false, []string{"Algerije", "Algerijnse", "Algerijns", "Algerijn", "Algerijnen", "Algeria", "Algerian"}},
	{"EG", "Egypt", false, []string{"Egypte", "Egyptische", "Egyptisch", "Egyptenaar", "Egyptenaren", "Egypt", "Egyptian"}},
	{"ER", "Eritrea", false, []string{"Eritrea", "Eritrese", "Eritrees", "Eritreeërs", "Eritrean"}},
	{"GB", "United Kingdom", false, []string{"Verenigd Koninkrijk", "VK", "Groot-Brittannië", "Brittannië", "Noord-Ierland", "Britse", "Brits", "Britten", "United Kingdom", "UK", "Great Britain", "Britain", "British"}},
	{"GE", "Georgia", false, []string{"Georgië", "Georgische", "Georgisch", "Georgiër", "Georgiërs", "Georgia", "Georgian"}},
	{"IQ", "Iraq", false, []string{"Irak", "Iraakse", "Iraaks", "Irakees", "Irakezen", "Iraq", "Iraqi"}},
	{"IR", "Iran", false, []string{"Iran", "Iraanse", "Iraans", "Iraniër", "Iraniërs", "Iranian"}},
	{"IS", "Iceland", false, []string{"IJsland", "IJslandse", "IJslands", "IJslander", "IJslanders", "Iceland", "Icelandic"}},
	{"LI", "Liechtenstein", false, []string{"Liechtenstein", "Liechtensteinse"}},
	{"LY", "Libya", false, []string{"Libië", "Libische", "Libisch", "Libiër", "Libiërs", "Libya", "Libyan"}},
	{"MA", "Morocco", false, []string{"Marokko", "Marokkaanse", "Marokkaans", "Marokkaan", "Marokkanen", "Morocco", "Moroccan"}},
	{"MD", "Moldova", false, []string{"Moldavië", "Moldova", "Moldavische", "Moldavisch", "Moldaviër", "Moldaviërs", "Moldovan"}},
	{"ME", "Montenegro", false, []string{"Montenegro", "Montenegrijnse", "Montenegrijns", "Montenegrijnen"}},
	{"MK", "North Macedonia", false, []string{"Noord-Macedonië", "Noord-Macedonische", "North Macedonia"}},
	{"NG", "Nigeria", false, []string{"Nigeria", "Nigeriaanse", "Nigeriaans", "Nigerianen", "Nigerian"}},
	{"NO", "Norway", false, []string{"Noorwegen", "Noorse", "Noors", "Noren", "Norway", "Norwegian"}},
	{"PK", "Pakistan", false, []string{"Pakistan", "Pakistaanse", "Pakistaans", "Pakistanen", "Pakistani"}},
	{"RS", "Serbia", false, []string{"Servië", "Servische", "Servisch", "Serviër", "Serviërs", "Serbia", "Serbian"}},
	{"RU", "Russia", false, []string{"Rusland", "Russische", "Russisch", "Russen", "Russische Federatie", "Russia", "Russian Federation", "Russian"}},
	{"SY", "Syria", false, []string{"Syrië", "Syrische", "Syrisch", "Syriër", "Syriërs", "Syria", "Syrian"}},
	{"TN", "Tunisia", false, []string{"Tunesië", "Tunesische", "Tunesisch", "Tunesiër", "Tunesiërs", "Tunisia", "Tunisian"}},
	{"TR", "Türkiye", false, []string{"Turkije", "Turkse", "Turks", "Turk", "Turken", "Türkiye", "Turkey", "Turkish"}},
	{"UA", "Ukraine", false, []string{"Oekraïne", "Oekraïense", "Oekraïens", "Oekraïner", "Oekraïners", "Ukraine", "Ukrainian", "Ukrainians"}},
	{"US", "United States", false, []string{"Verenigde Staten", "Verenigde Staten van Amerika", "VS", "Amerikaanse", "Amerikaans", "Amerikaan", "Amerikanen", "United States", "USA", "American"}},
}

// countryStops are phrases that contain a country word but name no country:
// "Latijns-Amerikaanse" is not the United States, "Noord-Afrikaanse" no
// country at all.
var countryStops = []string{
	"Latijns-Amerikaanse", "Latijns-Amerika", "Zuid-Amerikaanse", "Midden-Amerikaanse", "Noord-Amerikaanse",
	"Zuid-Amerika", "Noord-Amerika", "Midden-Amerika", "Noord-Afrika", "Noord-Afrikaanse", "Zuid-Afrika",
	"Zuid-Afrikaanse", "West-Afrika", "West-Afrikaanse", "Oost-Europa", "Oost-Europese", "West-Europa",
	"West-Europese",
}

type countryIndexes struct {
	byCode map[string]*countryRecord
	words  *phraseDict
}

var countryIndex = sync.OnceValue(func() *countryIndexes {
	idx := &countryIndexes{byCode: map[string]*countryRecord{}}
	var ps []phrase
	for i := range countryTable {
		c := &countryTable[i]
		idx.byCode[c.Code] = c
		for _, w := range c.Words {
			ps = append(ps, phrase{text: w, target: c.Code, exact: true})
		}
	}
	for _, w := range countryStops {
		ps = append(ps, phrase{text: w, exact: true})
	}
	idx.words = newPhraseDict(ps, false)
	return idx
})

// countryEntity returns the Country entity of an ISO code.
func countryEntity(code string) (graph.Entity, bool) {
	c, ok := countryIndex().byCode[code]
	if !ok {
		return graph.Entity{}, false
	}
	return graph.Entity{Kind: graph.KindCountry, Key: c.Code, Name: c.Name,
		Aliases: uniqueStrings(c.Words, c.Name),
		Props:   map[string]any{"iso": c.Code, "memberState": c.Member}}, true
}
