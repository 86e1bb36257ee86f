package ingest

func readKOOP(name string, data []byte) (Letter, error)                { return Letter{}, nil }
func readHTML(name string, data []byte) (Letter, error)                { return Letter{}, nil }
func readKOOPMeta(name string, data []byte, root string) (Meta, error) { return Meta{}, nil }
func readOData(name string, data []byte) (Meta, error)                 { return Meta{}, nil }
func readAtom(name string, data []byte) (Meta, error)                  { return Meta{}, nil }
