#!/usr/bin/env bash
# Provision, start, stop and query a local Neo4j Community server (no Docker,
# no system package): the jars come from Maven Central via `mvn`, and the
# server runs straight from them on the machine's Java (17 or newer).
#
# Usage:
#   eval "$(scripts/neo4j.sh start)"     # provision (once) + start, export NEO4J_*
#   scripts/neo4j.sh status              # exit 0 when running and answering, 3 when not
#   scripts/neo4j.sh stop                # graceful stop (SIGTERM, then SIGKILL after 30s)
#   scripts/neo4j.sh check-perms         # exit 1 listing files of the instance others can read
#   NEO4J_PORT=7688 scripts/neo4j.sh start   # a second, separate instance (tests)
#
# `start` prints only `export NEO4J_URI=... / NEO4J_USER=... / NEO4J_PASSWORD=...`
# on stdout; everything else goes to stderr.
#
# Environment:
#   NEO4J_URI            when set to a server this script does not manage, nothing is
#                        provisioned or started: `start` echoes NEO4J_URI/USER/PASSWORD.
#                        (When it points at one of this script's own local instances,
#                        e.g. left over from an earlier eval, that instance is managed.)
#   NEO4J_PORT           Bolt port on 127.0.0.1 and instance selector (default 7687)
#   NEO4J_ROOT           state folder (default <repo>/.neo4j, git-ignored)
#   NEO4J_INSTANCE_DIR   instance folder (default $NEO4J_ROOT/instance-$NEO4J_PORT)
#   NEO4J_VERSION        Neo4j version from Maven Central (default 5.26.30)
#   NEO4J_HEAP           max heap, -Xmx (default 2g); initial heap is min(1g, this)
#   NEO4J_HEAP_INITIAL   initial heap, -Xms (default 1g, or NEO4J_HEAP when that is set)
#   NEO4J_PAGECACHE      server.memory.pagecache.size (default 1g)
#   NEO4J_START_TIMEOUT  seconds to wait for the server to come up (default 120)
#   NEO4J_MAVEN_REPO     Maven local repository (default: Maven's own, ~/.m2/repository)
#   JAVA_HOME            Java to use (default: `java` on PATH)
#
# Layout:
#   .neo4j/dist/<version>/lib/*.jar        shared by all instances (the "home")
#   .neo4j/instance-<port>/conf/neo4j.conf regenerated on every start
#   .neo4j/instance-<port>/{data,logs,run,import,plugins}
#   .neo4j/instance-<port>/password        random, mode 600, set before the first start
set -euo pipefail
# The store files, auth.ini and the logs are the database's: readable by the
# user who runs it only. Every file and folder this script or the server
# creates is 600/700; folders of an existing instance are tightened on start.
umask 077

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_TOP="$(cd "$SCRIPT_DIR/.." && pwd -P)"
POM="$SCRIPT_DIR/neo4j-pom.xml"

NEO4J_VERSION="${NEO4J_VERSION:-5.26.30}"
ROOT="${NEO4J_ROOT:-$REPO_TOP/.neo4j}"
DIST="$ROOT/dist/$NEO4J_VERSION"
LIB="$DIST/lib"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
STOP_TIMEOUT=30
NEO4J_USER_NAME=neo4j
ENTRY_CLASS=org.neo4j.server.CommunityEntryPoint
ADMIN_CLASS=org.neo4j.cli.AdminTool

# JVM flags of the official launcher: the `server.jvm.additional` defaults of the
# Neo4j 5.26 distribution's conf/neo4j.conf, plus -Dfile.encoding=UTF-8 which the
# bootloader (org.neo4j.server.startup.BootloaderOsAbstraction.buildJvmOpts) always
# adds; -Xms/-Xmx (the bootloader's translation of server.memory.heap.*) are added below.
JVM_FLAGS=(
  -XX:+UseG1GC
  -XX:-OmitStackTraceInFastThrow
  -XX:+AlwaysPreTouch
  -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields
  -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Djdk.tls.ephemeralDHKeySize=2048
  -Djdk.tls.rejectClientInitiatedRenegotiation=true
  -XX:FlightRecorderOptions=stackdepth=256
  -XX:+UnlockDiagnosticVMOptions
  -XX:+DebugNonSafepoints
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true
  -Dlog4j.layout.jsonTemplate.maxStringLength=32768
  -Dfile.encoding=UTF-8
)

log() { printf 'neo4j.sh: %s\n' "$*" >&2; }
die() { printf 'neo4j.sh: error: %s\n' "$*" >&2; exit 1; }

print_exports() { # uri user password
  printf 'export NEO4J_URI=%q\n' "$1"
  printf 'export NEO4J_USER=%q\n' "$2"
  printf 'export NEO4J_PASSWORD=%q\n' "$3"
}

# ---------------------------------------------------------------- instance selection

valid_port() { [[ "$1" =~ ^[0-9]+$ ]] && (( $1 >= 1 && $1 <= 65535 )); }

# Is NEO4J_URI one of this script's own local instances (e.g. exported by an
# earlier `eval "$(scripts/neo4j.sh start)"`)? Then that instance is managed
# rather than treated as an external server. Sets OWN_URI_PORT.
OWN_URI_PORT=""
uri_is_own_instance() {
  local uri="${NEO4J_URI:-}" p dir
  [[ "$uri" =~ ^bolt://(127\.0\.0\.1|localhost):([0-9]+)/?$ ]] || return 1
  p="${BASH_REMATCH[2]}"
  dir="${NEO4J_INSTANCE_DIR:-$ROOT/instance-$p}"
  [[ -f "$dir/password" && -f "$dir/port" ]] || return 1
  [[ "$(<"$dir/port")" == "$p" ]] || return 1
  [[ "${NEO4J_PASSWORD:-}" == "$(<"$dir/password")" ]] || return 1
  OWN_URI_PORT="$p"
}

select_instance() {
  local port="${NEO4J_PORT:-}"
  if [[ -z "$port" && -n "$OWN_URI_PORT" ]]; then port="$OWN_URI_PORT"; fi
  PORT="${port:-7687}"
  valid_port "$PORT" || die "NEO4J_PORT must be a TCP port number, got '$PORT'"
  INST="${NEO4J_INSTANCE_DIR:-$ROOT/instance-$PORT}"
  CONF_DIR="$INST/conf"
  DATA_DIR="$INST/data"
  LOGS_DIR="$INST/logs"
  RUN_DIR="$INST/run"
  PID_FILE="$RUN_DIR/neo4j.pid"
  PASSWORD_FILE="$INST/password"
  CONSOLE_LOG="$LOGS_DIR/console.log"
  USER_LOG="$LOGS_DIR/neo4j.log"
  URI="bolt://127.0.0.1:$PORT"
}

# ---------------------------------------------------------------- helpers

port_answers() { # port: does something accept TCP connections on 127.0.0.1:port?
  # shellcheck disable=SC2016 # $1 is expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# Pid of this instance's server if it is alive (pid file + live process whose
# command line is our entry point with our config dir), else nothing.
running_pid() {
  local pid cmdline
  [[ -f "$PID_FILE" ]] || return 1
  pid="$(<"$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmdline" == *"$ENTRY_CLASS"* && "$cmdline" == *"--config-dir=$CONF_DIR"* ]] || return 1
  printf '%s\n' "$pid"
}

with_lock() { # lockfile command... : serialise concurrent invocations
  local lockfile="$1"; shift
  mkdir -p "$(dirname "$lockfile")"
  if command -v flock >/dev/null 2>&1; then
    (
      flock -w 900 9 || die "timed out waiting for lock $lockfile"
      "$@"
    ) 9>"$lockfile"
  else
    "$@"
  fi
}

find_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    JAVA="$(command -v java)"
  else
    die "java not found: install a Java 17 JDK (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
  fi
  local line ver major
  line="$("$JAVA" -version 2>&1 | head -n 1 || true)"
  ver="$(sed -n 's/.*version "\([^"]*\)".*/\1/p' <<<"$line")"
  [[ -n "$ver" ]] || die "cannot tell the Java version of $JAVA ('$line'): install a Java 17 JDK"
  if [[ "$ver" == 1.* ]]; then major="$(cut -d. -f2 <<<"$ver")"; else major="${ver%%[.+-]*}"; fi
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot tell the Java version of $JAVA ('$line')"
  if (( major < 17 )); then
    die "Java $ver at $JAVA is too old: Neo4j $NEO4J_VERSION needs Java 17 or 21; install a Java 17 JDK or set JAVA_HOME"
  fi
  if (( major > 21 )); then
    log "warning: Java $major is newer than Neo4j 5.26 supports (17, 21); trying anyway"
  fi
}

# ---------------------------------------------------------------- provisioning

provision_dist_locked() {
  [[ -f "$DIST/.complete" ]] && return 0
  command -v mvn >/dev/null 2>&1 \
    || die "mvn not found: install Maven (apt-get install maven) to download Neo4j $NEO4J_VERSION from Maven Central"
  [[ -f "$POM" ]] || die "missing $POM"
  local tmp="$DIST/lib.tmp" mvnlog="$DIST/mvn.log"
  local -a mvn_args=(-B -q -U -Dstyle.color=never -f "$POM" "-Dneo4j.version=$NEO4J_VERSION" "-Dneo4j.lib=$tmp")
  if [[ -n "${NEO4J_MAVEN_REPO:-}" ]]; then mvn_args+=("-Dmaven.repo.local=$NEO4J_MAVEN_REPO"); fi
  rm -rf "$tmp" "$LIB"
  mkdir -p "$DIST"
  log "downloading Neo4j $NEO4J_VERSION jars from Maven Central into $LIB (once) ..."
  if ! mvn "${mvn_args[@]}" dependency:copy-dependencies >"$mvnlog" 2>&1; then
    tail -n 15 "$mvnlog" | sed 's/\x1b\[[0-9;]*m//g' >&2 || true
    die "mvn download of org.neo4j:neo4j:$NEO4J_VERSION failed; full log: $mvnlog"
  fi
  [[ -f "$tmp/neo4j-$NEO4J_VERSION.jar" ]] \
    || die "mvn finished but $tmp/neo4j-$NEO4J_VERSION.jar is missing; see $mvnlog"
  mv "$tmp" "$LIB"
  printf '%s\n' "$NEO4J_VERSION" >"$DIST/.complete"
  log "Neo4j $NEO4J_VERSION: $(find "$LIB" -name '*.jar' | wc -l) jars in $LIB"
}

heap_settings() {
  HEAP_MAX="${NEO4J_HEAP:-2g}"
  if [[ -n "${NEO4J_HEAP_INITIAL:-}" ]]; then HEAP_INIT="$NEO4J_HEAP_INITIAL"
  elif [[ -n "${NEO4J_HEAP:-}" ]]; then HEAP_INIT="$NEO4J_HEAP"
  else HEAP_INIT=1g; fi
  PAGECACHE="${NEO4J_PAGECACHE:-1g}"
  local v
  for v in "$HEAP_MAX" "$HEAP_INIT" "$PAGECACHE"; do
    [[ "$v" =~ ^[0-9]+[kKmMgG]?$ ]] || die "bad memory size '$v' (NEO4J_HEAP / NEO4J_HEAP_INITIAL / NEO4J_PAGECACHE take e.g. 512m, 2g)"
  done
  (( $(to_bytes "$HEAP_INIT") <= $(to_bytes "$HEAP_MAX") )) \
    || die "initial heap $HEAP_INIT (NEO4J_HEAP_INITIAL) is larger than max heap $HEAP_MAX (NEO4J_HEAP)"
}

to_bytes() { # 512m -> 536870912
  local n="${1%[kKmMgG]}" unit="${1: -1}"
  case "$unit" in
    k|K) echo $((n * 1024)) ;;
    m|M) echo $((n * 1024 * 1024)) ;;
    g|G) echo $((n * 1024 * 1024 * 1024)) ;;
    *) echo "$n" ;;
  esac
}

write_conf() {
  mkdir -p "$CONF_DIR" "$DATA_DIR" "$LOGS_DIR" "$RUN_DIR" "$INST/import" "$INST/plugins"
  # An instance made before the umask (or by another tool): the owner only.
  chmod -R go-rwx "$INST"
  # User log (neo4j.log) to a file only; the default config also copies it to
  # stdout, which we send to console.log.
  cat >"$CONF_DIR/user-logs.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by scripts/neo4j.sh on every start. -->
<Configuration>
    <Appenders>
        <RollingRandomAccessFile name="RollingFile" fileName="${config:server.directories.logs}/neo4j.log"
                                 filePattern="$${config:server.directories.logs}/neo4j.log.%02i">
            <PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/>
            <Policies>
                <SizeBasedTriggeringPolicy size="20 MB"/>
            </Policies>
            <DefaultRolloverStrategy fileIndex="min" max="3"/>
        </RollingRandomAccessFile>
    </Appenders>
    <Loggers>
        <Root level="info">
            <AppenderRef ref="RollingFile"/>
        </Root>
    </Loggers>
</Configuration>
EOF
  local tmp="$CONF_DIR/neo4j.conf.tmp"
  cat >"$tmp" <<EOF
# Written by scripts/neo4j.sh on every start: edit the script, not this file.
# JVM flags and heap (-Xms/-Xmx) are passed on the java command line by the script.

server.directories.data=$DATA_DIR
server.directories.logs=$LOGS_DIR
server.directories.run=$RUN_DIR
server.directories.import=$INST/import
server.directories.plugins=$INST/plugins
server.logs.user.config=$CONF_DIR/user-logs.xml

server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$PORT
server.bolt.advertised_address=127.0.0.1:$PORT
server.http.enabled=false
server.https.enabled=false

dbms.security.auth_enabled=true
dbms.usage_report.enabled=false

# For the record only: the JVM gets -Xms/-Xmx from the script.
server.memory.heap.initial_size=$HEAP_INIT
server.memory.heap.max_size=$HEAP_MAX
server.memory.pagecache.size=$PAGECACHE

db.transaction.timeout=60s
db.tx_log.rotation.size=64M
db.tx_log.rotation.retention_policy=128M size
db.logs.query.enabled=INFO
db.logs.query.threshold=2s
EOF
  mv "$tmp" "$CONF_DIR/neo4j.conf"
  printf '%s\n' "$PORT" >"$INST/port"
}

new_password() {
  local raw
  raw="$(LC_ALL=C tr -dc 'A-Za-z0-9' < <(head -c 2048 /dev/urandom))"
  (( ${#raw} >= 20 )) || die "could not generate a password from /dev/urandom"
  printf '%s' "${raw:0:20}"
}

# Before the very first start of an instance: pick a password and make it the
# initial password of user neo4j (neo4j-admin dbms set-initial-password).
ensure_password() {
  if [[ -d "$DATA_DIR/databases/system" ]]; then
    [[ -s "$PASSWORD_FILE" ]] \
      || die "$INST has a database but no password file $PASSWORD_FILE; stop it and delete $INST to start afresh"
    return 0
  fi
  if [[ ! -s "$PASSWORD_FILE" ]]; then
    ( umask 077; new_password >"$PASSWORD_FILE.tmp" )
    mv "$PASSWORD_FILE.tmp" "$PASSWORD_FILE"
  fi
  chmod 600 "$PASSWORD_FILE"
  log "setting the initial password of user $NEO4J_USER_NAME (stored in $PASSWORD_FILE)"
  local out
  if ! out="$(NEO4J_HOME="$DIST" NEO4J_CONF="$CONF_DIR" \
      "$JAVA" -Xmx512m "${JVM_FLAGS[@]}" -cp "$LIB/*" "$ADMIN_CLASS" \
      dbms set-initial-password "$(<"$PASSWORD_FILE")" </dev/null 2>&1)"; then
    printf '%s\n' "$out" | tail -n 15 >&2
    die "neo4j-admin dbms set-initial-password failed for $INST"
  fi
}

# ---------------------------------------------------------------- start / stop

fail_start() { # message
  if [[ -s "$CONSOLE_LOG" ]]; then
    log "last lines of $CONSOLE_LOG:"
    tail -n 20 "$CONSOLE_LOG" >&2 || true
  fi
  if [[ -f "$USER_LOG" ]]; then
    log "last lines of $USER_LOG:"
    tail -n 20 "$USER_LOG" >&2 || true
  fi
  die "$1 (logs: $CONSOLE_LOG, $USER_LOG, $LOGS_DIR/debug.log)"
}

wait_until_up() { # pid log-offset
  local pid="$1" offset="$2" deadline=$((SECONDS + START_TIMEOUT)) size
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      fail_start "Neo4j on port $PORT exited during startup"
    fi
    size=0
    [[ -f "$USER_LOG" ]] && size="$(stat -c %s "$USER_LOG")"
    (( size < offset )) && offset=0 # log rotated
    # (not `tail | grep -q`: with pipefail, tail's SIGPIPE would fail the test)
    if (( size > offset )) && grep -q ' Started\.$' < <(tail -c "+$((offset + 1))" "$USER_LOG") \
        && port_answers "$PORT"; then
      return 0
    fi
    if (( SECONDS >= deadline )); then
      log "Neo4j on port $PORT not up after ${START_TIMEOUT}s (NEO4J_START_TIMEOUT); stopping pid $pid"
      stop_pid "$pid" >/dev/null 2>&1 || true
      fail_start "Neo4j on port $PORT did not start within ${START_TIMEOUT}s"
    fi
    sleep 0.5
  done
}

start_locked() {
  local pid
  if pid="$(running_pid)"; then
    # Ours, alive: wait in case another invocation is still starting it.
    if port_answers "$PORT"; then return 0; fi
    log "Neo4j (pid $pid) on port $PORT is starting; waiting"
    wait_until_up "$pid" 0
    return 0
  fi
  rm -f "$PID_FILE"
  if port_answers "$PORT"; then
    die "port $PORT on 127.0.0.1 is already in use by another process (not the Neo4j instance in $INST); stop it or pick another NEO4J_PORT"
  fi
  heap_settings
  find_java
  with_lock "$ROOT/dist/.lock" provision_dist_locked
  write_conf
  ensure_password

  local offset=0
  [[ -f "$USER_LOG" ]] && offset="$(stat -c %s "$USER_LOG")"
  log "starting Neo4j $NEO4J_VERSION on $URI (heap $HEAP_INIT..$HEAP_MAX, page cache $PAGECACHE, instance $INST)"
  local t0=$SECONDS
  # setsid: own session, so Ctrl-C or the end of the calling shell/job does not
  # take the server down. The inner shell writes its pid, then becomes java.
  # Every inherited descriptor is redirected/closed so `$(...)` callers do not hang.
  # shellcheck disable=SC2016 # expanded by the inner bash
  setsid bash -c '
    pidfile="$1"; shift
    ulimit -n 60000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    echo $$ >"$pidfile"
    exec "$@"
  ' neo4j-launch "$PID_FILE" \
    "$JAVA" "-Xms$HEAP_INIT" "-Xmx$HEAP_MAX" "${JVM_FLAGS[@]}" -cp "$LIB/*" "$ENTRY_CLASS" \
    "--home-dir=$DIST" "--config-dir=$CONF_DIR" --console-mode \
    </dev/null >"$CONSOLE_LOG" 2>&1 9>&- &
  local launched=$! i
  for ((i = 0; i < 50; i++)); do
    [[ -s "$PID_FILE" ]] && break
    sleep 0.1
  done
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ -n "$pid" ]] || pid="$launched"
  printf '%s\n' "$pid" >"$PID_FILE"
  wait_until_up "$pid" "$offset"
  log "Neo4j up on $URI (pid $pid) in $((SECONDS - t0))s"
}

stop_pid() { # pid
  local pid="$1" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  log "Neo4j (pid $pid) still running after ${STOP_TIMEOUT}s; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
}

stop_locked() {
  local pid
  if pid="$(running_pid)"; then
    log "stopping Neo4j on port $PORT (pid $pid)"
    stop_pid "$pid"
    kill -0 "$pid" 2>/dev/null && die "could not stop pid $pid"
    log "stopped"
  else
    log "Neo4j on port $PORT is not running ($INST)"
  fi
  rm -f "$PID_FILE"
}

# ---------------------------------------------------------------- commands

cmd_start() {
  if [[ -n "${NEO4J_URI:-}" ]] && ! uri_is_own_instance; then
    log "NEO4J_URI is set ($NEO4J_URI): using that server, nothing to start"
    print_exports "$NEO4J_URI" "${NEO4J_USER:-$NEO4J_USER_NAME}" "${NEO4J_PASSWORD:-}"
    return 0
  fi
  select_instance
  command -v timeout >/dev/null 2>&1 || die "coreutils 'timeout' not found"
  if [[ ! -d "$INST" ]] && port_answers "$PORT"; then
    die "port $PORT on 127.0.0.1 is already in use by another process (not a Neo4j instance of this script); stop it or pick another NEO4J_PORT"
  fi
  with_lock "$INST/.lock" start_locked
  [[ -s "$PASSWORD_FILE" ]] || die "no password file $PASSWORD_FILE"
  print_exports "$URI" "$NEO4J_USER_NAME" "$(<"$PASSWORD_FILE")"
}

cmd_stop() {
  uri_is_own_instance || true
  select_instance
  [[ -d "$INST" ]] || { log "no instance at $INST; nothing to stop"; return 0; }
  with_lock "$INST/.lock" stop_locked
}

# Files and folders of the instance that anyone but its owner may read,
# write or enter; exit 1 when there is any.
cmd_check_perms() {
  uri_is_own_instance || true
  select_instance
  [[ -d "$INST" ]] || die "no instance at $INST"
  local open
  open="$(find "$INST" -perm /077 -printf '%m %p\n')"
  if [[ -n "$open" ]]; then
    printf '%s\n' "$open" >&2
    die "files of $INST are open to other users (want 600 files, 700 folders)"
  fi
  log "$INST: every file and folder is the owner's only"
}

cmd_status() {
  uri_is_own_instance || true
  select_instance
  local pid
  if pid="$(running_pid)"; then
    if port_answers "$PORT"; then
      echo "running: $URI pid $pid, instance $INST, logs $LOGS_DIR"
      return 0
    fi
    echo "starting: $URI pid $pid (Bolt not answering yet), instance $INST, logs $LOGS_DIR"
    return 3
  fi
  echo "stopped: $URI, instance $INST"
  return 3
}

main() {
  local cmd="${1:-start}"
  case "$cmd" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    check-perms) cmd_check_perms ;;
    -h|--help|help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2 ;;
    *) die "unknown command '$cmd' (use: start | stop | status | check-perms)" ;;
  esac
}

main "$@"
