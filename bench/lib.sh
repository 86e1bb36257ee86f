# bench/lib.sh: what bench/run.sh and bench/soak.sh share, sourced by them
# from the repository's root after they set NAME (the prefix of their log
# lines and temporary directory) and PORT (their Neo4j's Bolt port). It
# gives them log, a temporary directory $tmp, a list $pids of processes to
# stop and a cleanup on exit that stops them, stops the Neo4j if
# start_neo4j started it, and removes $tmp.
# shellcheck shell=bash

unset NEO4J_URI NEO4J_USER NEO4J_PASSWORD NEO4J_DATABASE

log() { printf '%s: %s\n' "$NAME" "$*" >&2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/jhagraph-$NAME.XXXXXX")"
pids=()
started_neo4j=0
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "$started_neo4j" = 1 ]; then NEO4J_PORT="$PORT" scripts/neo4j.sh stop || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# start_neo4j WHAT: starts (or finds running) the Neo4j on $PORT, called
# WHAT in the log, and exports its connection settings.
start_neo4j() {
  if ! NEO4J_PORT="$PORT" scripts/neo4j.sh status >/dev/null 2>&1; then started_neo4j=1; fi
  log "starting $1 on port $PORT (heap $NEO4J_HEAP, page cache $NEO4J_PAGECACHE)"
  eval "$(NEO4J_PORT="$PORT" scripts/neo4j.sh start)"
}

# wait_healthz URL PID TRIES WHAT LOGFILE: waits, a second a try, until
# URL/healthz answers; fails with WHAT and LOGFILE's tail when the process
# PID ends or TRIES run out.
wait_healthz() {
  local i
  for i in $(seq 1 "$3"); do
    if curl -fsS "$1/healthz" >/dev/null 2>&1; then return 0; fi
    if [ "$i" = "$3" ] || ! kill -0 "$2" 2>/dev/null; then
      log "$4 did not come up"; tail -n 20 "$5" >&2; exit 1
    fi
    sleep 1
  done
}

# wipe: deletes the graph on the Neo4j NEO4J_* names with `loadgen wipe`
# ($tmp/loadgen), again while it fails: on a busy machine one of its
# transactions (5,000 nodes with their relationships) can outlast Neo4j's
# transaction timeout, and each attempt keeps what it deleted.
wipe() {
  local i
  for i in 1 2 3 4 5 6 7 8; do
    if "$tmp/loadgen" wipe; then return 0; fi
    log "wipe failed (attempt $i), trying again"
    sleep 2
  done
  log "could not wipe the graph"; return 1
}
