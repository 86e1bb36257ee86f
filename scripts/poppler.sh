#!/usr/bin/env bash
# Makes sure poppler's pdftotext (Debian's poppler-utils) is installed, for
# the PDF reader (ingest.PDFText) and its tests. Installs the package with
# apt-get, as root or through sudo, updating the package lists first when apt
# does not know it yet. Prints pdftotext's path; exits non-zero with one line
# on stderr when it cannot install it. $PDFTOTEXT names another binary.
set -euo pipefail

if [ -n "${PDFTOTEXT:-}" ]; then
  [ -x "$PDFTOTEXT" ] || { echo "poppler.sh: PDFTOTEXT=$PDFTOTEXT is not an executable file" >&2; exit 1; }
  echo "$PDFTOTEXT"
  exit 0
fi
if bin=$(command -v pdftotext); then
  echo "$bin"
  exit 0
fi

fail() { echo "poppler.sh: cannot install Debian's poppler-utils: $*" >&2; exit 1; }

command -v apt-get >/dev/null || fail "apt-get not found (install poppler's pdftotext yourself and set PDFTOTEXT to its path)"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  fail "not root and no password-less sudo (run: sudo apt-get install poppler-utils)"
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Another apt-get (chromium.sh in the same `make test`, say) may hold the
# lock: wait for it rather than fail.
apt=(apt-get -o DPkg::Lock::Timeout=300)
update() {
  echo "poppler.sh: apt-get update" >&2
  "${as_root[@]}" "${apt[@]}" update -q >"$log" 2>&1 || fail "apt-get update failed: $(tail -n1 "$log")"
}
install() {
  echo "poppler.sh: apt-get install poppler-utils" >&2
  "${as_root[@]}" "${apt[@]}" install -y -q --no-install-recommends poppler-utils >"$log" 2>&1
}
# apt-cache policy names a candidate only when the package lists know the
# package; lists that are there but old may name a version the mirror no
# longer has, so a failed install is tried once more after an update.
if ! apt-cache policy poppler-utils 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  update
  install || fail "apt-get install failed: $(tail -n1 "$log")"
elif ! install; then
  update
  install || fail "apt-get install failed: $(tail -n1 "$log")"
fi
bin=$(command -v pdftotext) || fail "the package installed no pdftotext"
echo "$bin"
