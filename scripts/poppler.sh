#!/usr/bin/env bash
# Makes sure poppler's pdftotext (Debian's poppler-utils) is installed, for
# the PDF reader (ingest.PDFText) and its tests. Installs the package with
# apt-get when it is missing (scripts/apt-install.sh). Prints pdftotext's
# path; exits non-zero with one line on stderr when it cannot install it.
# $PDFTOTEXT names another binary.
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

"$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" poppler.sh poppler-utils \
  "install poppler's pdftotext yourself and set PDFTOTEXT to its path"
bin=$(command -v pdftotext) || fail "the package installed no pdftotext"
echo "$bin"
