// What the browser benchmarks read, without disturbing the load being measured. Playwright's
// `waitForFunction` evaluates its injected script (about 20 ms of main thread on this VM) in
// the page while the app starts, which delays the very render it waits for; these helpers wait
// on the Node side and ask the page only once it is idle.
//
// Two moments of a load:
// - the mark `parallax:first-render`: the comparison is in the DOM (set by the app after the
//   render, before the browser lays it out and paints it);
// - the first highlighted paint: the browser's own time stamp of the frame that first shows the
//   columns' passages (Element Timing API; the app marks the first piece's paragraphs with
//   `elementtiming="passages"`). This is what a reader sees; the 300 ms target is
//   read on the mark, as the issue asks ("performance marks read by Playwright").

/** Call before the page loads: records Element Timing entries in `window.__paints`. */
export async function observePaints(context) {
  await context.addInitScript(() => {
    window.__paints = [];
    new PerformanceObserver((list) => window.__paints.push(...list.getEntries().map((e) => [e.identifier, e.renderTime || e.loadTime])))
      .observe({ type: 'element', buffered: true });
  });
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
