// What the browser benchmarks read, without disturbing the load being measured. Playwright's
// `waitForFunction` evaluates its injected script (about 20 ms of main thread on this VM) in
// the page while the app starts, which delays the very render it waits for; these helpers wait
// on the Node side and ask the page only once it is idle.
//
// Three moments of a load:
// - the comparison first shown: on a first visit index.html carries the example's comparison
//   as static HTML (scripts/prerender.mjs), painted before any WebAssembly runs; read as the
//   first largest contentful paint, Chromium's time stamp of a paint of that copy. (Element
//   Timing does not report the copy's passages in most loads, seen at stop 25; the first
//   contentful paint comes earlier still; the later of the two moments is the one reported.)
// - the mark `parallax:first-render`: the app's own comparison is in the DOM (set by the app
//   after the render, before the browser lays it out and paints it): from here on the page
//   answers hover, clicks and keys;
// - the app's own first highlighted paint: the browser's time stamp of the frame that first
//   shows the app's passages (Element Timing API; the app marks the first piece's paragraphs
//   with `elementtiming="passages"`).

/**
 * Call before the page loads: records Element Timing entries in `window.__paints`, the
 * largest contentful paints in `window.__largest`, and whether index.html's prerendered copy
 * of the example was kept (`window.__prerendered`, read when the document is parsed).
 */
export async function observePaints(context) {
  await context.addInitScript(() => {
    window.__paints = [];
    window.__largest = [];
    new PerformanceObserver((list) => window.__paints.push(...list.getEntries().map((e) => [e.identifier, e.renderTime || e.loadTime])))
      .observe({ type: 'element', buffered: true });
    new PerformanceObserver((list) => window.__largest.push(...list.getEntries().map((e) => e.startTime)))
      .observe({ type: 'largest-contentful-paint', buffered: true });
    document.addEventListener('DOMContentLoaded', () => (window.__prerendered = !!document.getElementById('prerendered')));
  });
}

/**
 * Milliseconds from navigation start to the first paint that shows the comparison (after
 * `markTime`): with index.html's prerendered copy kept, its first largest contentful paint;
 * otherwise the app's own first highlighted paint.
 */
export async function shownTime(page) {
  const [prerendered, largest] = await page.evaluate(() => [window.__prerendered, window.__largest[0] ?? null]);
  if (!prerendered) return paintTime(page);
  if (largest === null) throw new Error('no largest contentful paint: is observePaints called before the load?');
  return largest;
}

/** Milliseconds from navigation start to the mark `name` (default: the comparison in the DOM). */
export async function markTime(page, name = 'parallax:first-render', { settle = 1200, timeout = 60000 } = {}) {
  const started = Date.now();
  await page.waitForTimeout(settle);
  for (;;) {
    const t = await page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
    if (t !== null) return t;
    if (Date.now() - started > timeout) throw new Error(`no performance mark ${name} after ${timeout} ms`);
    await page.waitForTimeout(250);
  }
}

/** Milliseconds from navigation start to the first painted passage (after `markTime`). */
export async function paintTime(page) {
  const t = await page.evaluate(() => Math.min(...window.__paints.filter(([id]) => id === 'passages').map(([, t]) => t)));
  if (!Number.isFinite(t)) throw new Error('no Element Timing entry for the passages: is observePaints called before the load?');
  return t;
}
