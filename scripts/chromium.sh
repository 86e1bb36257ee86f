#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed, for the explorer's browser tests
# (web/e2e). Playwright cannot download its own browsers here, so the tests
# drive /usr/bin/chromium (or $CHROMIUM). Installs the package with apt-get
# when it is missing (scripts/apt-install.sh). Prints the browser's path;
# exits non-zero with one line on stderr when it cannot install it.
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

"$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" chromium.sh chromium \
  "install Chromium yourself and set CHROMIUM to its path"
[ -x /usr/bin/chromium ] || fail "the package installed no /usr/bin/chromium"
echo /usr/bin/chromium
