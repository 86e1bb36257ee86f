#!/usr/bin/env bash
# bench/soak.sh: hold jhagraph under abuse (issue 13). Builds a graph of
# SOAK_N generated letters on a Neo4j of its own, serves it with `jhagraph
# serve` at its default limits, and runs `loadgen soak`: SOAK_CLIENTS
# clients for SOAK_SECONDS, first the valid ones alone, then beside
# SOAK_ABUSERS clients that send the most expensive requests the limits let
# through. It prints the valid traffic's throughput and p99 in both phases,
# what became of the abusers' requests, and the server's memory before and
# after, and writes bench/results/soak-<timestamp>.json. Not a test: it
# measures. It stops what it started.
#
# Environment:
#   SOAK_N            letters to generate and ingest (default 3000)
#   SOAK_SEED         generator seed (default 1)
#   SOAK_SECONDS      seconds per phase (default 60); SOAK_WARMUP (default 10)
#   SOAK_CLIENTS      clients in all (default 16); SOAK_ABUSERS of them abusers (default 4)
#   SOAK_NEO4J_PORT   Bolt port of the soak's Neo4j (default 7690)
#   SOAK_REUSE=1      keep the graph already on that Neo4j (skips wipe, gen, ingest)
#   NEO4J_HEAP, NEO4J_PAGECACHE   its memory (default 2g and 1g)
#   JHAGRAPH_*        the server's limits (README, Limits), passed on to serve
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
N="${SOAK_N:-3000}"
SEED="${SOAK_SEED:-1}"
PORT="${SOAK_NEO4J_PORT:-7690}"
RESULTS=bench/results
export NEO4J_HEAP="${NEO4J_HEAP:-2g}" NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-1g}"
NAME=soak
# shellcheck source=bench/lib.sh
. bench/lib.sh

log "building jhagraph and the load generator"
go build -o "$tmp/jhagraph" .
go build -o "$tmp/loadgen" ./bench/loadgen

start_neo4j "the soak's Neo4j"

if [ "${SOAK_REUSE:-}" != 1 ]; then
  log "wiping the graph; generating and ingesting $N letters (seed $SEED)"
  "$tmp/loadgen" wipe
  "$tmp/jhagraph" gen "$N" "$tmp/letters" --seed "$SEED" >&2
  "$tmp/jhagraph" ingest --workers 2 "$tmp/letters" > "$tmp/ingest.log" || { tail -n 5 "$tmp/ingest.log" >&2; exit 1; }
  tail -n 1 "$tmp/ingest.log" >&2
fi

jport="$("$tmp/loadgen" freeport)"
"$tmp/jhagraph" serve --addr "127.0.0.1:$jport" 2> "$tmp/jhagraph.log" &
jpid=$!
pids+=($jpid)
wait_healthz "http://127.0.0.1:$jport" "$jpid" 600 jhagraph "$tmp/jhagraph.log"

mkdir -p "$RESULTS"
"$tmp/loadgen" soak --jhagraph "http://127.0.0.1:$jport/graphql" --pid "$jpid" \
  --clients "${SOAK_CLIENTS:-16}" --abusers "${SOAK_ABUSERS:-4}" \
  --seconds "${SOAK_SECONDS:-60}" --warmup "${SOAK_WARMUP:-10}" \
  --out "$RESULTS/soak-$(date -u +%Y%m%d-%H%M%S).json"
grep -c 'level=ERROR' "$tmp/jhagraph.log" | xargs -I{} printf 'soak: %s errors in the server log\n' {} >&2 || true
