// The largest input the issue names: 30 reports × 10,000 words (the engine benchmark's synthetic
// corpus), opened through ?src=. It is compared in the worker and the columns fill in piece by
// piece, so no main-thread task from navigation to the last passage reaches 100 ms (Long Tasks
// API). Tagged `@alone`: runs after all other tests, so it has the machine to itself.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { watch } from './helpers';

test.setTimeout(180_000);

function corpus(n: number, words: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-scale-'));
  execFileSync('target/debug/examples/scale', [String(n), String(words), '--write', dir, '--write-only']);
  const reports = readdirSync(dir)
    .sort()
    .map((f, i) => ({ id: i, label: `R${i + 1}`, name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
  rmSync(dir, { recursive: true });
  return reports;
}

test('30 reports × 10,000 words: worker, columns in pieces, no main-thread task over 100 ms', { tag: '@alone' }, async ({ page }) => {
  const reports = corpus(30, 10_000);
  const file = { parallax_app: { reports, threshold: 0.3, granularity: 'sentence', show_boilerplate: false, view: 'Columns', ui_lang: 'En', next_id: reports.length } };
  await page.route('**/scale-test.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  await page.addInitScript(() => {
    (window as any).__long = [];
    new PerformanceObserver((l) => (window as any).__long.push(...l.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  const problems = watch(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./index.html?src=scale-test.json');
  await expect(page.locator('.column')).toHaveCount(30, { timeout: 120_000 });
  expect(await page.evaluate(() => performance.getEntriesByName('parallax:worker-end').length)).toBe(1);
  // The built-in example was not compared on the page while the file loaded.
  expect(await page.evaluate(() => performance.getEntriesByName('parallax:compare-start').length)).toBe(0);
  // Every column fills in to the end of its report: the last sentence of each is rendered.
  for (const [doc, r] of reports.entries()) {
    const last = r.text.trim().split(/(?<=\.)\s+/).at(-1)!;
    await expect(page.locator(`#col-${doc}`)).toContainText(last.slice(0, 60), { timeout: 60_000 });
  }
  const long: number[] = await page.evaluate(() => (window as any).__long);
  console.log(`30 × 10k: long main-thread tasks (ms): ${long.join(', ') || 'none'}`);
  expect(Math.max(0, ...long), `long tasks: ${long.join(', ')} ms`).toBeLessThan(100);
  // Hovering in a long column still marks the counterparts at once.
  const deep = page.locator('#col-0 .passage.agree-all').last();
  await deep.scrollIntoViewIfNeeded();
  await deep.hover();
  await expect(page.locator('.passage.is-linked').first()).toBeVisible();
  expect(problems).toEqual([]);
});
