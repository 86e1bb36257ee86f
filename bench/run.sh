#!/usr/bin/env bash
# make bench: builds a graph of BENCH_N generated letters on a separate Neo4j
# (port 7689): first writes their extracted rows with bench/writefloor (the
# write path's floor), then wipes them and times `jhagraph ingest`; serves the
# graph with `jhagraph serve` and with @neo4j/graphql v7, and runs
# bench/loadgen, which prints one markdown table (and writes
# bench/results/<timestamp>.json) with the CPU per request of every process
# and a floor that replays the exact Cypher jhagraph sends (captured from a
# second `jhagraph serve --record-cypher`). It stops what it started.
#
# Environment:
#   BENCH_N            letters to generate and ingest (default 10000)
#   BENCH_SEED         generator seed (default 1)
#   BENCH_SECONDS      measured seconds per cell (default 20); BENCH_WARMUP (default 5)
#   BENCH_CLIENTS      concurrent clients (default 1,8,32)
#   BENCH_TARGETS      loadgen's --targets (default: all: jhagraph,same-cypher,
#                      same-cypher-http,library,floor)
#   BENCH_WORKERS      `jhagraph ingest --workers` (default 2)
#   BENCH_BATCH        `jhagraph ingest --batch`, letters per write transaction (default 50)
#   BENCH_REUSE=1      keep the graph already on the benchmark Neo4j, which
#                      should hold BENCH_N letters (skips wipe, gen and ingest;
#                      the ingest row comes from bench/results/ingest-<N>.json
#                      when there is one)
#   BENCH_WRITEFLOOR=0 skip the write floor (bench/writefloor)
#   BENCH_NEO4J_PORT   Bolt port of the benchmark Neo4j (default 7689)
#   NEO4J_HEAP, NEO4J_PAGECACHE   its memory (default 4g and 4g)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
N="${BENCH_N:-10000}"
SEED="${BENCH_SEED:-1}"
WORKERS="${BENCH_WORKERS:-2}"
BATCH="${BENCH_BATCH:-50}"
CLIENTS="${BENCH_CLIENTS:-1,8,32}"
PORT="${BENCH_NEO4J_PORT:-7689}"
RESULTS=bench/results
export NEO4J_HEAP="${NEO4J_HEAP:-4g}" NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-4g}"
NAME=bench
# shellcheck source=bench/lib.sh
. bench/lib.sh

log "building jhagraph and the load generator"
go build -o "$tmp/jhagraph" .
go build -o "$tmp/loadgen" ./bench/loadgen
go build -o "$tmp/writefloor" ./bench/writefloor

stamp=bench/neo4j-graphql/node_modules/.jhagraph-installed
if [ ! -f "$stamp" ] || [ bench/neo4j-graphql/package-lock.json -nt "$stamp" ]; then
  log "installing @neo4j/graphql (npm ci)"
  (cd bench/neo4j-graphql && npm ci --no-audit --no-fund --loglevel=error >&2)
  touch "$stamp"
fi
libversion="$(node -p 'require("./bench/neo4j-graphql/node_modules/@neo4j/graphql/package.json").version')"

start_neo4j "the benchmark Neo4j"
npid="$(cat "${NEO4J_INSTANCE_DIR:-${NEO4J_ROOT:-.neo4j}/instance-$PORT}/run/neo4j.pid")"
# CPU time (user + system, in 1/100 s) a process has used so far.
cputicks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }

mkdir -p "$RESULTS"
ingest_json="$RESULTS/ingest-$N.json"
floor_json="$RESULTS/writefloor-$N.json"
reuse=0
if [ "${BENCH_REUSE:-}" = 1 ]; then
  reuse=1
  if [ -f "$ingest_json" ]; then
    log "BENCH_REUSE=1: keeping the graph on port $PORT (ingest measured in $ingest_json)"
  else
    log "BENCH_REUSE=1: keeping the graph on port $PORT (no $ingest_json: the table has no ingest row)"
  fi
fi

if [ "$reuse" = 0 ]; then
  log "wiping the benchmark graph"
  wipe
  log "generating $N letters (seed $SEED)"
  "$tmp/jhagraph" gen "$N" "$tmp/letters" --seed "$SEED" >&2
  bytes="$(find "$tmp/letters" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')"
  if [ "${BENCH_WRITEFLOOR:-1}" = 1 ]; then
    log "write floor: extracting $N letters, then writing their rows with UNWIND, 1000 letters per transaction"
    "$tmp/writefloor" --batch 1000 --neo4j-pid "$npid" --out "$floor_json" "$tmp/letters"
    log "wiping the floor's graph"
    wipe
  else
    rm -f "$floor_json"
  fi
  log "ingesting $N letters ($bytes bytes) with $WORKERS workers, up to $BATCH letters per transaction"
  neo_before="$(cputicks "$npid")"
  start="$(date +%s.%N)"
  set +e
  TIMEFORMAT='%3U %3S'
  { time "$tmp/jhagraph" ingest --workers "$WORKERS" --batch "$BATCH" "$tmp/letters" > "$tmp/ingest.log" 2> "$tmp/ingest.err"; } 2> "$tmp/ingest.time"
  rc=$?
  set -e
  end="$(date +%s.%N)"
  neo_after="$(cputicks "$npid")"
  cat "$tmp/ingest.err" >&2
  tail -n 1 "$tmp/ingest.log" >&2
  failed="$(grep -c '^FAIL' "$tmp/ingest.log" || true)"
  if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then log "ingest failed (exit $rc)"; exit 1; fi
  grep '^FAIL' "$tmp/ingest.log" | head -n 5 >&2 || true
  read -r ucpu scpu < "$tmp/ingest.time"
  awk -v n="$N" -v b="$bytes" -v s="$start" -v e="$end" -v w="$WORKERS" -v f="$failed" -v bt="$BATCH" -v la="$(cut -d' ' -f1-3 /proc/loadavg)" \
      -v nb="$neo_before" -v na="$neo_after" -v u="$ucpu" -v sy="$scpu" 'BEGIN {
    t = e - s; mb = b / 1e6
    printf "{\"letters\": %d, \"mb\": %.3f, \"seconds\": %.3f, \"letters_per_s\": %.3f, \"mb_per_s\": %.4f, \"workers\": %d, \"batch\": %d, \"failed\": %d, \"neo4j_cpu_ms_per_letter\": %.2f, \"ingest_cpu_ms_per_letter\": %.2f, \"load_average\": \"%s\"}\n", n, mb, t, n / t, mb / t, w, bt, f, (na - nb) * 10 / n, (u + sy) * 1000 / n, la
  }' > "$ingest_json"
  log "ingest: $(cat "$ingest_json")"
  if [ -f "$floor_json" ]; then "$tmp/writefloor" check "$floor_json"; fi
fi

jport="$("$tmp/loadgen" freeport)"
lport="$("$tmp/loadgen" freeport)"
rport="$("$tmp/loadgen" freeport)"
log "serving with jhagraph on :$jport and @neo4j/graphql $libversion on :$lport"
# Every loadgen client comes from one address: the per-address admission
# limit (JHAGRAPH_MAX_PER_CLIENT, 8) would refuse most of the 32-client cell.
JHAGRAPH_MAX_PER_CLIENT=64 "$tmp/jhagraph" serve --addr "127.0.0.1:$jport" 2> "$tmp/jhagraph.log" &
jpid=$!
pids+=($jpid)
(cd bench/neo4j-graphql && exec node server.mjs --port "$lport") 2> "$tmp/library.log" &
lpid=$!
pids+=($lpid)
# jhagraph's first start on a graph written by an older version gives it
# its list ranks (graph/rank.go) before it serves: minutes on a big graph.
for i in $(seq 1 1800); do
  if curl -fsS "http://127.0.0.1:$jport/healthz" >/dev/null 2>&1 &&
     curl -fsS -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$lport/graphql" >/dev/null 2>&1; then
    break
  fi
  if [ "$i" = 1800 ] || ! kill -0 "$jpid" 2>/dev/null || ! kill -0 "$lpid" 2>/dev/null; then
    log "servers did not come up"; tail -n 20 "$tmp/jhagraph.log" "$tmp/library.log" >&2; exit 1
  fi
  sleep 1
done
# A second jhagraph records the statements it runs, for the same-Cypher
# floor: loadgen sends it every request of the mix once, before measuring.
# It idles while the others are measured; its CPU is not counted.
: > "$tmp/cypher.jsonl"
"$tmp/jhagraph" serve --addr "127.0.0.1:$rport" --record-cypher "$tmp/cypher.jsonl" 2> "$tmp/recorder.log" &
rpid=$!
pids+=($rpid)
wait_healthz "http://127.0.0.1:$rport" "$rpid" 300 "the recording jhagraph" "$tmp/recorder.log"

"$tmp/loadgen" --jhagraph "http://127.0.0.1:$jport/graphql" --library "http://127.0.0.1:$lport/graphql" \
  --clients "$CLIENTS" --letters "$N" ${BENCH_TARGETS:+--targets "$BENCH_TARGETS"} --library-version "$libversion" --out "$RESULTS" \
  --jhagraph-pid "$jpid" --library-pid "$lpid" --neo4j-pid "$npid" \
  --record-jhagraph "http://127.0.0.1:$rport/graphql" --record-file "$tmp/cypher.jsonl" \
  $( [ -f "$ingest_json" ] && printf -- '--ingest %s' "$ingest_json" ) \
  $( [ -f "$floor_json" ] && printf -- '--writefloor %s' "$floor_json" )
