package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"jhagraph/internal/corpusgen"
)

// genCmd writes N synthetic letters into DIR: jhagraph gen N DIR [--seed S]
// [--refdata DIR]. The reference data (acts, officeholders, countries, EU
// bodies) come from ingest/refdata, relative to the working directory
// unless --refdata says otherwise.
func genCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seed := fs.Int64("seed", 1, "seed of the generator: the same seed gives the same letters")
	refdata := fs.String("refdata", "ingest/refdata", "folder with acts.tsv, officeholders.tsv, countries.tsv and organisations.tsv")
	// Flags may stand before or after the two arguments.
	var pos []string
	for rest := args; len(rest) > 0; {
		if err := fs.Parse(rest); err != nil {
			return err
		}
		rest = fs.Args()
		if len(rest) > 0 {
			pos = append(pos, rest[0])
			rest = rest[1:]
		}
	}
	if len(pos) != 2 {
		return errors.New("usage: jhagraph gen N DIR [--seed S] [--refdata DIR]")
	}
	n, err := strconv.Atoi(pos[0])
	if err != nil || n <= 0 {
		return fmt.Errorf("N must be a positive number, not %q", pos[0])
	}
	ref, err := corpusgen.LoadReference(os.DirFS(*refdata))
	if err != nil {
		return fmt.Errorf("%w (run from the repository, or give --refdata)", err)
	}
	start := time.Now()
	g := corpusgen.New(ref, n, *seed)
	size, err := corpusgen.Write(pos[1], g)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "gen: %d letters, %.1f MB, in %s (seed %d)\n", g.Len(), float64(size)/1e6, pos[1], *seed)
	fmt.Fprintf(stderr, "gen: %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}
