#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed, for the explorer's browser tests
# (web/e2e). Playwright cannot download its own browsers here, so the tests
# drive /usr/bin/chromium (or $CHROMIUM). Installs the package with apt-get,
# as root or through sudo, updating the package lists first when apt does not
# know it yet. Prints the browser's path; exits non-zero with one line on
# stderr when it cannot install it.
set -euo pipefail

bin="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi
if [ -n "${CHROMIUM:-}" ]; then
  echo "chromium.sh: CHROMIUM=$CHROMIUM is not an executable file" >&2
  exit 1
fi

fail() { echo "chromium.sh: cannot install Debian's chromium: $*" >&2; exit 1; }

command -v apt-get >/dev/null || fail "apt-get not found (install Chromium yourself and set CHROMIUM to its path)"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  fail "not root and no password-less sudo (run: sudo apt-get install chromium)"
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
update() {
  echo "chromium.sh: apt-get update" >&2
  "${as_root[@]}" apt-get update -q >"$log" 2>&1 || fail "apt-get update failed: $(tail -n1 "$log")"
}
install() {
  echo "chromium.sh: apt-get install chromium" >&2
  "${as_root[@]}" apt-get install -y -q --no-install-recommends chromium >"$log" 2>&1
}
# apt-cache policy names a candidate only when the package lists know the
# package; lists that are there but old may name a version the mirror no
# longer has, so a failed install is tried once more after an update.
if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  update
  install || fail "apt-get install failed: $(tail -n1 "$log")"
elif ! install; then
  update
  install || fail "apt-get install failed: $(tail -n1 "$log")"
fi
[ -x /usr/bin/chromium ] || fail "the package installed no /usr/bin/chromium"
echo /usr/bin/chromium
