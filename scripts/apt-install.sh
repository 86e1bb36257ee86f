#!/usr/bin/env bash
# Installs one Debian package with apt-get, as root or through sudo, updating
# the package lists first when apt does not know it yet, for the scripts that
# make sure a tool the tests need is there (chromium.sh, poppler.sh). Exits
# non-zero with one line on stderr, prefixed with NAME, when it cannot.
#
#   scripts/apt-install.sh NAME PACKAGE HINT
#
# HINT is what to do without apt-get, e.g. "install Chromium yourself and set
# CHROMIUM to its path".
set -euo pipefail

name=$1 pkg=$2 hint=$3
fail() { echo "$name: cannot install Debian's $pkg: $*" >&2; exit 1; }

command -v apt-get >/dev/null || fail "apt-get not found ($hint)"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  fail "not root and no password-less sudo (run: sudo apt-get install $pkg)"
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Another apt-get (the other script in the same `make test`, say) may hold
# the lock: wait for it rather than fail.
apt=(apt-get -o DPkg::Lock::Timeout=300)
update() {
  echo "$name: apt-get update" >&2
  "${as_root[@]}" "${apt[@]}" update -q >"$log" 2>&1 || fail "apt-get update failed: $(tail -n1 "$log")"
}
install() {
  echo "$name: apt-get install $pkg" >&2
  "${as_root[@]}" "${apt[@]}" install -y -q --no-install-recommends "$pkg" >"$log" 2>&1
}
# apt-cache policy names a candidate only when the package lists know the
# package; lists that are there but old may name a version the mirror no
# longer has, so a failed install is tried once more after an update.
if ! apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  update
  install || fail "apt-get install failed: $(tail -n1 "$log")"
elif ! install; then
  update
  install || fail "apt-get install failed: $(tail -n1 "$log")"
fi
