#!/bin/sh
# render-pages.sh — print the sample's workbook to PDF with LibreOffice and
# render its pages as PNG, to look at them (a manual check, see README.md).
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/export/render-pages.sh BUILDDIR [OUTDIR]
# Needs libreoffice-calc-nogui (or any LibreOffice), poppler-utils and
# fonts-ipafont-gothic. Writes OUTDIR/export-{cover,matrix,vendor,part2,summary}.png
# (OUTDIR: data/screenshots).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:?usage: render-pages.sh BUILDDIR [OUTDIR]}
out=${2:-$root/data/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in soffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { echo "render-pages.sh: $tool is missing" >&2; exit 1; }
done

mkdir -p "$out"
"$build/tests/export/buntan-export-fixture" "$root/data/examples/sample.buntan" "$work/sample.xlsx"
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/sample.xlsx" >/dev/null 2>&1

# The first page whose header names each sheet (the header is the first
# lines of a page: the title, 案 on a draft, the sheet label).
page_of () {
  pages=$(pdfinfo "$work/sample.pdf" | awk '/^Pages:/ { print $2 }')
  for page in $(seq 1 "$pages"); do
    if pdftotext -f "$page" -l "$page" "$work/sample.pdf" - | grep -v "^$" | head -n 6 | grep -q -- "$1"; then
      echo "$page"
      return
    fi
  done
  echo 1
}

for shot in "cover:表紙" "matrix:別紙 責任分担表$" "vendor:（事業者別）" "part2:第2部 確認表" \
            "summary:別紙 集計"; do
  name=${shot%%:*}
  page=$(page_of "${shot#*:}")
  pdftoppm -r 60 -png -singlefile -f "$page" -l "$page" "$work/sample.pdf" "$out/export-$name"
  echo "$out/export-$name.png (page $page)"
done
