package graph

import "testing"

// LuceneQuery takes every word as a word: operators of Lucene's syntax, as
// words or as characters, never reach the parser as operators.
func TestLuceneQueryTakesWordsAsWords(t *testing.T) {
	for q, want := range map[string]string{
		"Schengen AND Frontex": `"Schengen AND Frontex"^4 OR Schengen OR Schengen* OR and OR and* OR Frontex OR Frontex*`,
		"NOT":                  `"NOT"^4 OR not OR not*`,
		"terugkeer OR asiel":   `"terugkeer OR asiel"^4 OR terugkeer OR terugkeer* OR or OR or* OR asiel OR asiel*`,
		"a:b && c!":            `"a\:b \&\& c\!"^4 OR a\:b OR a\:b* OR \&\& OR \&\&* OR c\! OR c\!*`,
		"  ":                   "",
	} {
		if got := LuceneQuery(q); got != want {
			t.Errorf("LuceneQuery(%q)\n got %s\nwant %s", q, got, want)
		}
	}
	if n := len(SearchWords("a b,c(d)\"e\"\tf\ng")); n != 7 {
		t.Errorf("SearchWords: %d words, want 7", n)
	}
}
