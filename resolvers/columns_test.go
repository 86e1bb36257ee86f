package resolvers

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"jhagraph/graph"
)

// TestNodeFieldNeeds checks nodeFieldNeeds against the code: every field of a
// node type is listed, and each method that answers a field reads from the
// node's record only what the table says it reads. A field that reads more
// than listed would show empty values once reads ask for what the table says.
func TestNodeFieldNeeds(t *testing.T) {
	schema := NewExecutableSchema(Config{Resolvers: &Resolver{}}).Schema()
	for _, def := range schema.Types {
		if !slices.Contains(def.Interfaces, "Node") {
			continue
		}
		for _, f := range def.Fields {
			if _, ok := nodeFieldNeeds[f.Name]; !ok {
				t.Errorf("%s.%s is not in nodeFieldNeeds: say what it reads from the node's record", def.Name, f.Name)
			}
		}
	}

	fset := token.NewFileSet()
	checked := 0
	for _, file := range []string{"model.go", "schema.resolvers.go", "helpers.go"} {
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || fn.Body == nil || !fn.Name.IsExported() {
				continue
			}
			field := lowerFirst(fn.Name.Name)
			n, listed := nodeFieldNeeds[field]
			reads, sigs, links, linkTypes := recordReads(fn.Body)
			if !listed {
				if len(reads) > 0 || sigs || links {
					t.Errorf("%s: %s reads %v (sigs %v, links %v) but %q is not in nodeFieldNeeds",
						fset.Position(fn.Pos()), fn.Name.Name, reads, sigs, links, field)
				}
				continue
			}
			checked++
			for _, p := range reads {
				if !slices.Contains(n.props, p) && !slices.Contains([]string{"key", "name", "date"}, p) {
					t.Errorf("%s: %s reads property %q, which nodeFieldNeeds[%q] does not list", fset.Position(fn.Pos()), fn.Name.Name, p, field)
				}
			}
			if sigs && !n.sigs {
				t.Errorf("%s: %s reads the signatories, but nodeFieldNeeds[%q] does not say so", fset.Position(fn.Pos()), fn.Name.Name, field)
			}
			if links && !n.links {
				t.Errorf("%s: %s reads the links, but nodeFieldNeeds[%q] does not say so", fset.Position(fn.Pos()), fn.Name.Name, field)
			}
			for _, lt := range linkTypes {
				if relConst(n.linkType) != lt {
					t.Errorf("%s: %s reads links of type %s, but nodeFieldNeeds[%q] says %q", fset.Position(fn.Pos()), fn.Name.Name, lt, field, n.linkType)
				}
			}
		}
	}
	if checked < 30 {
		t.Errorf("checked only %d methods against the table; the parse went wrong", checked)
	}
}

// recordReads lists the properties a method body reads through the record
// accessors (opt, optInt, Str, Bool, Int, Strs, Ingested) and whether it reads
// signatories or links.
func recordReads(body *ast.BlockStmt) (props []string, sigs, links bool, linkTypes []string) {
	ast.Inspect(body, func(x ast.Node) bool {
		switch e := x.(type) {
		case *ast.CallExpr:
			sel, ok := e.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			switch sel.Sel.Name {
			case "opt", "optInt", "Str", "Bool", "Int", "Strs":
				if len(e.Args) == 1 {
					if lit, ok := e.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						p, _ := strconv.Unquote(lit.Value)
						props = append(props, p)
					}
				}
			case "Ingested":
				props = append(props, "ingested")
			case "LinksOf":
				links = true
				if len(e.Args) > 0 {
					if a, ok := e.Args[0].(*ast.SelectorExpr); ok {
						linkTypes = append(linkTypes, a.Sel.Name)
					}
				}
			}
		case *ast.SelectorExpr:
			if e.Sel.Name == "Signatories" {
				if id, ok := e.X.(*ast.SelectorExpr); ok && id.Sel.Name == "n" {
					sigs = true
				}
			}
		}
		return true
	})
	return props, sigs, links, linkTypes
}

// relConst is the name of the graph constant for a relation type:
// HAS_ITEM is RelHasItem.
func relConst(t graph.RelType) string {
	out := "Rel"
	for _, w := range strings.Split(strings.ToLower(string(t)), "_") {
		if w != "" {
			out += strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return out
}

func lowerFirst(s string) string {
	switch s {
	case "ID":
		return "id"
	case "URL":
		return "url"
	case "EurlexURL":
		return "eurlexUrl"
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return strings.Clone(string(r))
}
