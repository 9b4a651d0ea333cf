// Times diff-match-patch on text files: every pair, diff_main + diff_cleanupSemantic.
// Usage: node dmp_run.mjs FILE...   (run under `timeout 120`)
import { readFileSync } from 'node:fs';
import DiffMatchPatch from 'diff-match-patch';

const texts = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'));
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0; // no time limit: the full diff, as Parallax computes its full result
const start = performance.now();
for (let i = 0; i < texts.length; i++) {
  for (let j = i + 1; j < texts.length; j++) {
    const diffs = dmp.diff_main(texts[i], texts[j]);
    dmp.diff_cleanupSemantic(diffs);
  }
}
const seconds = (performance.now() - start) / 1000;
console.log(`${seconds.toFixed(3)} s, peak ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
