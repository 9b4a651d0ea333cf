#!/usr/bin/env bash
# Prints the release bundle's size (raw and gzip) per kind of file in dist/. With a byte limit
# (`scripts/bundle-size.sh 306500`, as `make test` runs it) it fails when wasm + js + css, gzip,
# exceed it: a dependency or a std function that pulls in much code shows here, not in a review.
set -euo pipefail
limit=${1:-}
cd "$(dirname "$0")/../dist"
total=0
for ext in wasm js css html; do
  raw=0; gz=0
  for f in *."$ext"; do
    [ -e "$f" ] || continue
    raw=$((raw + $(stat -c %s "$f")))
    gz=$((gz + $(gzip -9c "$f" | wc -c)))
  done
  [ "$ext" = html ] || total=$((total + gz))
  printf 'bundle %-4s %8d bytes raw %8d bytes gzip\n' "$ext" "$raw" "$gz"
done
printf 'bundle total (wasm+js+css, gzip): %d bytes (%d KB)\n' "$total" "$((total / 1024))"
if [ -n "$limit" ] && [ "$total" -gt "$limit" ]; then
  echo "bundle over its budget: $total > $limit bytes gzip (see the per-file sizes above)" >&2
  exit 1
fi
