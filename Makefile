# jhagraph: `make run` builds the graph from the sample letters and serves it;
# `make test` runs every check and test, against a real Neo4j it starts itself.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

BIN        := bin/jhagraph
# The sample letters `make run` ingests: the team's own, and the real letters
# in ../shared/corpus when that folder is there.
SAMPLES    := testdata/letters $(wildcard ../shared/corpus/*.txt)
# The tests run their own Neo4j on another port, with its own data, so they
# never touch the graph `make run` built. TEST_NEO4J_URI (with TEST_NEO4J_USER
# and TEST_NEO4J_PASSWORD) points them at another server instead.
TEST_NEO4J_PORT ?= 7688

.PHONY: help build run serve ingest neo4j neo4j-stop test check generate web web-deps chromium bench

help:
	@echo "make run         provision+start Neo4j, ingest the sample letters, serve http://localhost:8080"
	@echo "make test        gofmt, go vet, generated-code check, all tests (starts a test Neo4j on :$(TEST_NEO4J_PORT))"
	@echo "make neo4j       provision and start the local Neo4j; eval \"\$$(make -s neo4j)\" exports NEO4J_*"
	@echo "make neo4j-stop  stop it"
	@echo "make bench       generate BENCH_N (10000) letters on a separate Neo4j (:7689), time ingest against an UNWIND write floor, load-test jhagraph, @neo4j/graphql, raw Cypher and jhagraph's own Cypher, with CPU per request"
	@echo "make web         build the explorer (web/dist, served at /explore/); installs its npm packages first"
	@echo "make chromium    install Debian's chromium for the explorer's browser tests, when missing"

build:
	go build -o $(BIN) .

neo4j:
	@scripts/neo4j.sh start

neo4j-stop:
	@scripts/neo4j.sh stop

run: build web
	env=$$(scripts/neo4j.sh start) || exit 1; eval "$$env"; \
	$(BIN) ingest $(SAMPLES); \
	$(BIN) serve

generate:
	go generate ./...

# The explorer (web/): its npm packages come from package-lock.json (npm ci,
# run again only when the lockfile or package.json changed), and its build
# in web/dist is redone only when a source changed. Nothing built is committed.
WEB_STAMP := web/node_modules/.jhagraph-installed
WEB_SRC   := $(shell find web/src web/public -type f 2>/dev/null) web/index.html web/vite.config.ts web/tsconfig.json

web-deps: $(WEB_STAMP)

$(WEB_STAMP): web/package-lock.json web/package.json
	cd web && npm ci --no-audit --no-fund
	touch $@

web: web/dist/index.html

web/dist/index.html: $(WEB_STAMP) $(WEB_SRC)
	cd web && npm run build
	touch $@

# The browser tests drive Debian's Chromium (Playwright cannot download its
# own browsers here); the script installs it with apt-get when it is missing.
chromium:
	@scripts/chromium.sh >/dev/null

# The PDF reader (ingest.PDFText) runs poppler's pdftotext; the script
# installs Debian's poppler-utils with apt-get when it is missing.
.PHONY: poppler
poppler:
	@scripts/poppler.sh >/dev/null

# check fails when code is not gofmt'ed, go vet complains, or `go generate`
# changes a generated file.
check:
	@out=$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	go vet ./...
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cp resolvers/generated.go resolvers/models_gen.go resolvers/schema.resolvers.go "$$tmp/"; \
	go generate ./...; \
	for f in generated.go models_gen.go schema.resolvers.go; do \
	  if ! cmp -s "$$tmp/$$f" "resolvers/$$f"; then \
	    echo "go generate changed resolvers/$$f: regenerate and commit it"; diff -u "$$tmp/$$f" "resolvers/$$f" | head -40; exit 1; fi; \
	done

test: check web chromium
	@if [ -n "$${TEST_NEO4J_URI:-}" ]; then \
	  export NEO4J_URI="$$TEST_NEO4J_URI" NEO4J_USER="$${TEST_NEO4J_USER:-neo4j}" NEO4J_PASSWORD="$${TEST_NEO4J_PASSWORD:-}"; \
	else \
	  unset NEO4J_URI; env=$$(NEO4J_PORT=$(TEST_NEO4J_PORT) scripts/neo4j.sh start) || exit 1; eval "$$env"; \
	fi; \
	export JHAGRAPH_TEST_NEO4J=1; \
	go test -race -count=1 -p 1 ./...

# The benchmark (bench/run.sh): its own Neo4j on port 7689, BENCH_N generated
# letters (default 10000), ingest timed against a write floor (bench/writefloor),
# then jhagraph, @neo4j/graphql v7, hand-written Cypher and the Cypher jhagraph
# sends (replayed) under the same query mix at 1, 8 and 32 clients, with each
# process's CPU per request; tables on stdout, JSON in bench/results/. Not part
# of `make test`.
bench:
	bench/run.sh
