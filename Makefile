# jhagraph: `make run` builds the graph from the sample letters and serves it;
# `make test` runs every check and test, against a real Neo4j it starts itself.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

BIN        := bin/jhagraph
# The letters `make run` ingests and serves: real documents only, the seed
# letter and the real letters of ../shared/corpus/real. The fictional test
# letters (testdata/, marked FICTIONAL: invented content under real Kamerstuk
# keys) stay in the tests; `jhagraph ingest` refuses them without --fictional.
# `make -s print-samples` lists them (a test checks the list).
CORPUS     ?= ../shared/corpus
SAMPLES    := $(wildcard $(CORPUS)/kst-32317-867.txt $(CORPUS)/real)
# The tests run their own Neo4j on another port, with its own data, so they
# never touch the graph `make run` built. TEST_NEO4J_URI (with TEST_NEO4J_USER
# and TEST_NEO4J_PASSWORD) points them at another server instead.
TEST_NEO4J_PORT ?= 7688

.PHONY: help build run print-samples serve ingest neo4j neo4j-stop test check generate web web-deps chromium poppler bench soak

help:
	@echo "make run         provision+start Neo4j, ingest the real letters of $(CORPUS), serve http://localhost:8080"
	@echo "make test        gofmt, go vet, generated-code check, all tests (starts a test Neo4j on :$(TEST_NEO4J_PORT) and stops it after; KEEP_NEO4J=1 keeps it)"
	@echo "make neo4j       provision and start the local Neo4j; eval \"\$$(make -s neo4j)\" exports NEO4J_*"
	@echo "make neo4j-stop  stop it"
	@echo "make bench       generate BENCH_N (10000) letters on a separate Neo4j (:7689), time ingest against an UNWIND write floor, load-test jhagraph, @neo4j/graphql, raw Cypher and jhagraph's own Cypher, with CPU per request"
	@echo "make soak        SOAK_N (3000) letters on a separate Neo4j (:7690); 16 clients for 60 s, alone and beside 4 abusers"
	@echo "make web         build the explorer (web/dist, served at /explore/); installs its npm packages first"
	@echo "make chromium    install Debian's chromium for the explorer's browser tests, when missing"
	@echo "make poppler     install poppler's pdftotext (poppler-utils) for the PDF reader, when missing"

build:
	go build -o $(BIN) .

neo4j:
	@scripts/neo4j.sh start

neo4j-stop:
	@scripts/neo4j.sh stop

run: build web poppler
	@if [ -z "$(strip $(SAMPLES))" ]; then \
	  echo "make run: no real letters: $(CORPUS)/kst-32317-867.txt and $(CORPUS)/real/ are missing (set CORPUS)" >&2; exit 1; fi
	env=$$(scripts/neo4j.sh start) || exit 1; eval "$$env"; \
	$(BIN) ingest $(SAMPLES) || echo "make run: not every letter was ingested (see above); serving the rest" >&2; \
	$(BIN) serve

print-samples:
	@for s in $(SAMPLES); do echo "$$s"; done

generate:
	go generate ./...

# The explorer (web/): its npm packages come from package-lock.json (npm ci,
# run again only when the lockfile or package.json changed), and its build
# in web/dist is redone only when a source changed. Nothing built is committed.
WEB_STAMP := web/node_modules/.jhagraph-installed
WEB_SRC   := $(shell find web/src web/public -type f 2>/dev/null) web/index.html web/playground.html web/vite.config.ts web/tsconfig.json

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

# The test Neo4j (2 GB of heap) is stopped when the tests end, pass or fail,
# if this run started it; KEEP_NEO4J=1 keeps it running for the next run.
# Every package's tests see it through NEO4J_* and JHAGRAPH_TEST_NEO4J=1,
# among them integration/ (the API against a real graph, the browser tests).
# The root package's tests (ingest and harvest commands, a Neo4j killed and
# restarted) take 5 minutes on an idle 2-core machine and over 10 on a busy
# one, past go test's default timeout: hence -timeout 30m.
test: check web chromium poppler
	@if [ -n "$${TEST_NEO4J_URI:-}" ]; then \
	  export NEO4J_URI="$$TEST_NEO4J_URI" NEO4J_USER="$${TEST_NEO4J_USER:-neo4j}" NEO4J_PASSWORD="$${TEST_NEO4J_PASSWORD:-}"; \
	else \
	  unset NEO4J_URI; \
	  if [ -z "$${KEEP_NEO4J:-}" ] && ! NEO4J_PORT=$(TEST_NEO4J_PORT) scripts/neo4j.sh status >/dev/null 2>&1; then \
	    trap 'NEO4J_PORT=$(TEST_NEO4J_PORT) scripts/neo4j.sh stop' EXIT; trap 'exit 130' INT TERM; \
	  fi; \
	  env=$$(NEO4J_PORT=$(TEST_NEO4J_PORT) scripts/neo4j.sh start) || exit 1; eval "$$env"; \
	fi; \
	export JHAGRAPH_TEST_NEO4J=1; \
	go test -race -count=1 -p 1 -timeout 30m ./...

# The benchmark (bench/run.sh): its own Neo4j on port 7689, BENCH_N generated
# letters (default 10000), ingest timed against a write floor (bench/writefloor),
# then jhagraph, @neo4j/graphql v7, hand-written Cypher and the Cypher jhagraph
# sends (replayed) under the same query mix at 1, 8 and 32 clients, with each
# process's CPU per request; tables on stdout, JSON in bench/results/. Not part
# of `make test`.
bench:
	bench/run.sh

# The soak (bench/soak.sh, issue 13): valid traffic from 12 clients alone and
# beside 4 that send the most expensive requests the limits allow, with the
# server's memory before and after. Not part of `make test`.
soak:
	bench/soak.sh
