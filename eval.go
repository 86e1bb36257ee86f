package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"jhagraph/graph"
	"jhagraph/ingest"
)

// evalCmd scores the extraction of every letter that has a gold file
// against it and prints the accuracy table: over all letters, over the
// real letters (the shared corpus), and with -v per letter with its misses
// and false positives. With --check it also compares the scores with
// <gold>/thresholds.json and fails when one is below.
func evalCmd(args []string, stdout, stderr io.Writer) (failed bool, err error) {
	fset := flag.NewFlagSet("eval", flag.ContinueOnError)
	fset.SetOutput(stderr)
	goldDir := fset.String("gold", "testdata/gold", "folder of gold files (*.json)")
	lettersDir := fset.String("letters", "testdata/letters", "folder of the test letters")
	corpusDir := fset.String("corpus", "../shared/corpus", "folder of the real letters")
	realDir := fset.String("real", "testdata/real", "folder of the real document sets (dev/ and heldout/, each with gold/ and letters/); \"\" for none")
	verbose := fset.Bool("v", false, "per letter: the table, the misses and the false positives (not of the real held-out set)")
	spoil := fset.Bool("show-heldout", false, "with -v, also the misses of the real held-out set: whoever reads them has seen the set, and a document tuned on leaves it (testdata/real/heldout/README.md)")
	check := fset.Bool("check", false, "fail when a score is below <gold>/thresholds.json")
	second := fset.String("second", "", "folder of a second, independent annotation of real documents (gold files named as in -real's sets): score its positions against the gold, and the gold against it, as extraction is scored")
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return false, nil
		}
		return false, err
	}
	if fset.NArg() > 0 {
		return false, fmt.Errorf("unexpected arguments %v", fset.Args())
	}
	run, err := evaluate(*goldDir, *lettersDir, *corpusDir)
	if err != nil {
		return false, err
	}
	for _, s := range run.skipped {
		fmt.Fprintf(stdout, "skipped %s\n", s)
	}
	for _, l := range run.letters {
		if l.err != nil {
			fmt.Fprintf(stdout, "extraction failed, scored as empty: %v\n", l.err)
		}
	}
	all, real := run.all(), run.real()
	ingest.WriteScoreTable(stdout, fmt.Sprintf("all letters (%d): %s", len(all.Letters), strings.Join(all.Letters, ", ")), all)
	if len(real.Letters) > 0 {
		fmt.Fprintln(stdout)
		ingest.WriteScoreTable(stdout, "real letter: "+strings.Join(real.Letters, ", "), real)
	}
	sets, err := realSets(*realDir, *corpusDir)
	if err != nil {
		return false, err
	}
	for _, set := range sets {
		fmt.Fprintln(stdout)
		if set.absent != "" {
			fmt.Fprintf(stdout, "%s: not scored (%s)\n", set.name, set.absent)
			continue
		}
		for _, s := range set.run.skipped {
			fmt.Fprintf(stdout, "skipped %s\n", s)
		}
		for _, l := range set.run.letters {
			if l.err != nil {
				fmt.Fprintf(stdout, "extraction failed, scored as empty: %s: %v\n", l.gold.File, l.err)
			}
		}
		sum := set.run.all()
		ingest.WriteScoreTable(stdout, fmt.Sprintf("%s (%d): %s", set.name, len(sum.Letters), strings.Join(sum.Letters, ", ")), sum)
		ingest.WriteIntervals(stdout, set.run.perDoc())
	}
	if *second != "" {
		if err := writeAgreement(stdout, *second, sets); err != nil {
			return false, err
		}
	}
	if *verbose {
		writeLetters(stdout, run)
		for _, set := range sets {
			switch {
			case set.absent != "":
			case set.heldOut && !*spoil:
				fmt.Fprintf(stdout, "\n%s: misses not shown (only its table above); --show-heldout shows them and spoils the set\n", set.name)
			default:
				writeLetters(stdout, set.run)
			}
		}
	}
	if !*check {
		return false, nil
	}
	data, err := os.ReadFile(filepath.Join(*goldDir, "thresholds.json"))
	if err != nil {
		return false, err
	}
	th, err := ingest.ParseThresholds(data)
	if err != nil {
		return false, err
	}
	var below []string
	for _, b := range ingest.ScoresBelow(th.All, all) {
		below = append(below, "all letters: "+b)
	}
	if len(real.Letters) > 0 {
		for _, b := range ingest.ScoresBelow(th.Real, real) {
			below = append(below, "real letter: "+b)
		}
	}
	for _, set := range sets {
		if set.absent != "" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(set.dir, "gold", "thresholds.json"))
		if err != nil {
			return false, err
		}
		th, err := ingest.ParseThresholds(data)
		if err != nil {
			return false, fmt.Errorf("%s: %w", set.dir, err)
		}
		want := th.RealSet()
		for _, b := range ingest.ScoresBelow(want, set.run.all()) {
			below = append(below, set.name+": "+b)
		}
	}
	fmt.Fprintln(stdout)
	if len(below) == 0 {
		fmt.Fprintln(stdout, "every score is at or above thresholds.json")
		return false, nil
	}
	for _, b := range below {
		fmt.Fprintf(stdout, "BELOW %s\n", b)
	}
	return true, nil
}

// writeLetters prints each letter's table with its misses and false
// positives.
func writeLetters(w io.Writer, run evalRun) {
	for _, l := range run.letters {
		fmt.Fprintln(w)
		key := l.gold.Document.Key
		if key == "" {
			key = "(no key)"
		}
		title := key + " (" + l.gold.File + ")"
		if l.err != nil {
			title += " — extraction failed: " + l.err.Error()
		}
		ingest.WriteScoreTable(w, title, l.scores)
		ingest.WriteMisses(w, l.scores)
	}
}

// realSet is one set of real documents: the development set, on which the
// extraction is developed, or the held-out set, annotated before any tuning
// and never tuned on. Their scores are printed and checked apart.
type realSet struct {
	name, dir string
	heldOut   bool   // never tuned on: its misses are not shown unless asked for
	absent    string // why the set is not scored, "" when it is
	run       evalRun
}

// realSets scores the real development set (<dir>/dev) and the real
// held-out set (<dir>/heldout): gold in gold/, letters in letters/ or, for
// gold "in": "corpus", under corpusDir. A set without gold files is
// reported absent, not failed: the held-out set arrives from its own branch.
func realSets(dir, corpusDir string) ([]realSet, error) {
	if dir == "" {
		return nil, nil
	}
	var out []realSet
	for _, s := range []struct{ name, sub string }{{"real development set", "dev"}, {"real held-out set", "heldout"}} {
		set := realSet{name: s.name, dir: filepath.Join(dir, s.sub), heldOut: s.sub == "heldout"}
		golds, _ := filepath.Glob(filepath.Join(set.dir, "gold", "*.json"))
		n := 0
		for _, g := range golds {
			if filepath.Base(g) != "thresholds.json" {
				n++
			}
		}
		if n == 0 {
			set.absent = "no gold files in " + filepath.Join(set.dir, "gold")
			out = append(out, set)
			continue
		}
		run, err := evaluate(filepath.Join(set.dir, "gold"), filepath.Join(set.dir, "letters"), corpusDir)
		if err != nil {
			return nil, err
		}
		if len(run.letters) == 0 {
			set.absent = "its documents are absent: " + strings.Join(run.skipped, "; ")
		}
		set.run = run
		out = append(out, set)
	}
	return out, nil
}

type evalLetter struct {
	gold   ingest.Gold
	scores *ingest.Scores
	err    error
}

type evalRun struct {
	letters []evalLetter
	skipped []string
}

func (r evalRun) all() *ingest.Scores { return ingest.SumScores(r.perDoc()...) }

// perDoc is the scores of each letter, in order.
func (r evalRun) perDoc() []*ingest.Scores {
	var ss []*ingest.Scores
	for _, l := range r.letters {
		ss = append(ss, l.scores)
	}
	return ss
}

func (r evalRun) real() *ingest.Scores {
	var ss []*ingest.Scores
	for _, l := range r.letters {
		if l.gold.In == "corpus" {
			ss = append(ss, l.scores)
		}
	}
	return ingest.SumScores(ss...)
}

// evaluate reads every gold file and scores its letter. A letter that fails
// to extract scores as an empty graph (everything missed); a real letter
// whose corpus folder is absent is skipped.
func evaluate(goldDir, lettersDir, corpusDir string) (evalRun, error) {
	var run evalRun
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		return run, err
	}
	sort.Strings(files)
	for _, f := range files {
		if filepath.Base(f) == "thresholds.json" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return run, err
		}
		gold, err := ingest.ParseGold(filepath.Base(f), data)
		if err != nil {
			return run, err
		}
		dir := lettersDir
		if gold.In == "corpus" {
			dir = corpusDir
		}
		path := filepath.Join(dir, gold.File)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) && gold.In == "corpus" {
			run.skipped = append(run.skipped, path+" (absent)")
			continue
		}
		g, err := ingest.Load(path)
		if err != nil {
			g = graph.DocumentGraph{}
		}
		run.letters = append(run.letters, evalLetter{gold: gold, scores: ingest.Score(gold, g), err: err})
	}
	if len(run.letters) == 0 && len(run.skipped) == 0 {
		return run, fmt.Errorf("no gold files in %s", goldDir)
	}
	return run, nil
}

// writeAgreement scores a second annotation (the gold files in dir) against
// the gold of the same name in the real sets, and the other way round: how
// far two annotators agree under the same rules and the same scorer.
func writeAgreement(w io.Writer, dir string, sets []realSet) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	var ab, ba []*ingest.Scores
	for _, f := range files {
		second, err := readGold(f)
		if err != nil {
			return err
		}
		var gold *ingest.Gold
		for _, set := range sets {
			g := filepath.Join(set.dir, "gold", filepath.Base(f))
			if _, err := os.Stat(g); err == nil {
				gd, err := readGold(g)
				if err != nil {
					return err
				}
				gold = &gd
				break
			}
		}
		if gold == nil {
			return fmt.Errorf("%s: no gold file of that name in the real sets", f)
		}
		ab = append(ab, ingest.ScoreAgreement(*gold, second))
		ba = append(ba, ingest.ScoreAgreement(second, *gold))
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no gold files", dir)
	}
	fmt.Fprintln(w)
	ingest.WriteScoreTable(w, fmt.Sprintf("second annotation (%s) scored against the gold, positions only (%d documents)", dir, len(ab)), ingest.SumScores(ab...))
	ingest.WriteIntervals(w, ab)
	fmt.Fprintln(w)
	ingest.WriteScoreTable(w, fmt.Sprintf("the gold scored against the second annotation (%d documents)", len(ba)), ingest.SumScores(ba...))
	ingest.WriteIntervals(w, ba)
	return nil
}

func readGold(path string) (ingest.Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return ingest.Gold{}, err
	}
	return ingest.ParseGold(path, data)
}
