// Big inputs are compared in a worker: a progress bar with cancel, the page keeps responding,
// and the latest input wins.
import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './helpers';

test.setTimeout(120_000);

/** N reports of W words that retell shared sentences (pseudo-random, no two runs differ). */
function bigFile(n: number, words: number) {
  let seed = 7;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % k;
  };
  const vocab = Array.from({ length: 4000 }, (_, i) => `wort${i.toString(36)}`);
  const shared = Array.from({ length: 300 }, () => Array.from({ length: 12 }, () => vocab[rnd(vocab.length)]));
  const reports = Array.from({ length: n }, (_, r) => {
    const sentences: string[] = [];
    let count = 0;
    while (count < words) {
      const base = rnd(3) ? shared[rnd(shared.length)] : Array.from({ length: 12 }, () => vocab[rnd(vocab.length)]);
      const s = base.filter(() => rnd(10) > 0);
      sentences.push(`Satz ${s.join(' ')}.`);
      count += s.length + 1;
    }
    return { id: r, label: `B${r + 1}`, name: `b${r + 1}.txt`, text: `Bericht ${r + 1}\n${sentences.join(' ')}` };
  });
  const file = { parallax_app: { reports, threshold: 0.3, granularity: 'sentence', show_boilerplate: false, view: 'Columns', ui_lang: 'De', next_id: n } };
  return { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    (window as any).__long = [];
    new PerformanceObserver((l) => (window as any).__long.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask' });
  });
}

// Measures main-thread tasks: tagged to run alone, after the other tests (playwright.config.ts).
test('a big input runs in the worker: progress, responsive page, result', { tag: '@alone' }, async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  await watchLongTasks(page);
  await page.locator('#edit-reports').click();
  await page.locator('.upload input[type=file]').setInputFiles(bigFile(12, 6000));
  const progress = page.locator('.progress');
  await expect(progress).toBeVisible();
  await expect(progress.locator('progress')).toBeVisible();
  // The page keeps working while the worker compares: typing a label is answered at once.
  const label = page.locator('.draft input[type=text]').first();
  const started = Date.now();
  await label.fill('Schnell');
  await expect(label).toHaveValue('Schnell');
  expect(Date.now() - started).toBeLessThan(1000);
  // From here on the page only waits for the worker (the import's own layout work is over).
  const settled = await page.evaluate(() => performance.now());
  await expect(page.locator('.column')).toHaveCount(12, { timeout: 90_000 });
  await expect(progress).toBeHidden();
  await expect(page.locator('.column-label').first()).toContainText('Schnell');
  // While the worker ran, no main-thread task came near the engine's time (hundreds of ms for
  // this input; on the page it would be one task that long). What remains is the page's own
  // work on a change — saving and re-sending 500 KB of reports — which stays well below.
  const marks = await page.evaluate(() => ({
    start: performance.getEntriesByName('parallax:worker-start').map((m) => m.startTime),
    end: performance.getEntriesByName('parallax:worker-answer').map((m) => m.startTime),
    long: (window as any).__long as [number, number][],
  }));
  expect(marks.end.length).toBeGreaterThan(0);
  const [from, to] = [settled, Math.max(...marks.end)];
  const during = marks.long.filter(([s, d]) => s > from && s + d < to).map(([, d]) => d);
  expect(Math.max(0, ...during), JSON.stringify({ from, to, long: marks.long })).toBeLessThan(300);
});

test('cancel stops a big comparison and keeps the previous result', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  await page.locator('#edit-reports').click();
  // Big enough that the worker is still busy when the button is pressed.
  await page.locator('.upload input[type=file]').setInputFiles(bigFile(24, 8000));
  await expect(page.locator('.progress')).toBeVisible();
  await page.locator('#cancel-compare').click();
  await expect(page.locator('.progress')).toBeHidden();
  await expect(page.locator('.notice')).toContainText(/abgebrochen|cancelled/);
  // The example's comparison is still shown.
  await expect(page.locator('.column')).toHaveCount(3);
  await page.waitForTimeout(1500);
  await expect(page.locator('.column')).toHaveCount(3);
});
