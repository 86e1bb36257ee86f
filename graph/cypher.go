package graph

// How this package writes Cypher.
//
// A statement is built from fragments, each a Go function that returns a
// run of clauses. Their shared rules, which TestFragmentInvariants checks:
//
//   - Every clause a fragment writes ends with one space, so fragments are
//     joined by plain concatenation.
//   - A page fragment (pageOf, docPage, positionPage) binds the nodes of
//     the page to n; a batched or nested one reads its parent's key from pk,
//     which the statement around it binds (UNWIND $keys AS pk, or WITH
//     <parent>.key AS pk in a nested page).
//   - relPattern binds the node whose relations are read to n, the
//     relation to r and the node at its other end to o.
//   - nodeColumns and nodeList read the node bound to the variable they are
//     given; the variables of their pattern comprehensions (p, s, lr, lo)
//     are local to them.
//   - A nested page (nestCall) is a CALL subquery that imports its parent
//     under a name of its own (np<depth>_<index>), so that the n, r and o it
//     binds never capture the parent's.
//     Its items are lists with entries at fixed places (itemLabels...).
//   - Parameters are written through a paramSet, which names them: a
//     fragment asks for "limit" and writes "$limit" at the top of a
//     statement and "$n0_limit" inside the first nested page, so that the
//     parts of one statement never clash. No text is rewritten afterwards.

// Statement is one Cypher statement and its parameters.
type Statement struct {
	Cypher string
	Params map[string]any
}

// paramSet names and holds the parameters of one part of a statement.
type paramSet struct {
	prefix string
	m      map[string]any
}

// newParams returns the parameters of a statement, starting with the given
// ones (which keep their names).
func newParams(m map[string]any) paramSet {
	if m == nil {
		m = map[string]any{}
	}
	return paramSet{m: m}
}

// add sets the parameter name of this part to v and returns how the
// statement refers to it ("$" and its full name).
func (p paramSet) add(name string, v any) string {
	p.m[p.prefix+name] = v
	return "$" + p.prefix + name
}

// ref is how the statement refers to this part's parameter name.
func (p paramSet) ref(name string) string { return "$" + p.prefix + name }

// sub returns the parameters of a part nested in this one, named under a
// further prefix.
func (p paramSet) sub(prefix string) paramSet {
	return paramSet{prefix: p.prefix + prefix, m: p.m}
}
