#!/usr/bin/env bash
# `make bench`: engine speed (criterion), scaling and peak memory, CollateX and diff-match-patch
# on the same inputs (120 s limit each), browser timings, bundle size and alignment quality.
# Figures go to stdout; docs/BENCHMARKS.md records a run.
set -euo pipefail
cd "$(dirname "$0")/../.."
LIMIT=120
corpus=target/bench-corpus

echo "== engine (criterion, native release)"
cargo bench -q -p parallax-engine --bench compare 2>&1 | grep -E "^[a-z_/0-9]+ *$|time:|thrpt:" || true
seeds_ns=$(python3 -c "import json; print(json.load(open('target/criterion/seeds_3_reports_end_to_end/new/estimates.json'))['median']['point_estimate'])")

echo "== scaling and peak memory (one run each)"
for n in 10 20 30; do
  cargo run -q --release -p parallax-engine --example scale -- "$n" 10000 --write "$corpus/$n"
done
big_ms=$(cargo run -q --release -p parallax-engine --example scale -- 30 10000 | sed -E 's/.*: ([0-9]+) ms.*/\1/')

echo "== other tools (same inputs, ${LIMIT} s limit)"
venv=target/bench-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import collatex" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "collatex==2.3" python-Levenshtein
fi
run_tool() { # label, command...
  local label=$1; shift
  local out
  if out=$(timeout "$LIMIT" "$@" 2>/dev/null); then echo "$label: $out"; else echo "$label: did not finish in ${LIMIT} s"; fi
}
seeds=(data/*.txt)
cx_seeds=$(run_tool "CollateX 2.3, 3 seed reports" "$venv/bin/python" scripts/bench/collatex_run.py "${seeds[@]}")
echo "$cx_seeds"
dmp_seeds=$(run_tool "diff-match-patch, 3 seed reports pairwise + semantic clean-up" node scripts/bench/dmp_run.mjs "${seeds[@]}")
echo "$dmp_seeds"
run_tool "CollateX 2.3, 30 x 10000 words" "$venv/bin/python" scripts/bench/collatex_run.py "$corpus"/30/*.txt
run_tool "diff-match-patch, 30 x 10000 words pairwise" node scripts/bench/dmp_run.mjs "$corpus"/30/*.txt

python3 - "$seeds_ns" "$cx_seeds" "$dmp_seeds" "$big_ms" <<'PY'
import re, sys
seeds_ms = float(sys.argv[1]) / 1e6
def secs(line):
    m = re.search(r": ([0-9.]+) s", line)
    return float(m.group(1)) if m else None
print(f"== ratios on the seeds (Parallax engine {seeds_ms:.2f} ms median)")
for name, line in (("CollateX", sys.argv[2]), ("diff-match-patch", sys.argv[3])):
    s = secs(line)
    print(f"{name}: " + (f"{s * 1000 / seeds_ms:.0f}x slower than Parallax" if s else "did not finish"))
print(f"Parallax 30 x 10000 words: {sys.argv[4]} ms")
PY

echo "== browser (release build, headless Chromium)"
node scripts/bench/browser.mjs
echo "== browser, large inputs"
node scripts/bench/large.mjs 10 10000
node scripts/bench/large.mjs 30 10000

echo "== bundle"
scripts/bundle-size.sh

echo "== alignment quality (link precision / recall per test set at the default threshold, pooled P / R / F1)"
cargo run -q --release -p parallax-engine --example sweep | grep -E "^threshold|^ +0\.30 "
echo "missed sure links by cause (docs/MISSES.md):"
cargo run -q --release -p parallax-engine --example misses | sed -n '/^## Tally/,$p' | grep -E "^\| [a-z]|offered"
