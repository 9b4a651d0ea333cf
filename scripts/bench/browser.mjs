// Browser timings of the release build: time from navigation start to the comparison first
// shown (index.html's prerendered example), to the app's own comparison in the DOM (performance
// mark "parallax:first-render") and its first highlighted paint, and the longest main-thread
// task (Long Tasks API), median of several cold loads in headless Chromium; then the same for a
// returning visitor (caches warm). See first-render.mjs. Prints one line each. `PAGE=other.html`
// measures another page of dist/ (an A/B variant written next to index.html).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { markTime, observePaints, paintTime, shownTime } from './first-render.mjs';

const PORT = 4199;
const RUNS = Number(process.env.RUNS ?? 7);
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const firsts = [];
const shown = [];
const paints = [];
const fcps = [];
const repeatPaints = [];
const longest = [];
const repeats = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await observePaints(context);
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/${process.env.PAGE ?? 'index.html'}`);
    await markTime(page);
    const m = await page.evaluate(() => ({
      first: performance.getEntriesByName('parallax:first-render')[0].startTime,
      longest: Math.max(0, ...window.__longTasks.map((t) => t[1])),
      // Where the longest task ran, against the app's marks.
      where: (() => {
        const t = window.__longTasks.reduce((a, b) => (b[1] > (a?.[1] ?? 0) ? b : a), null);
        if (!t) return 'none';
        const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('parallax:'));
        const before = marks.filter((m) => m.startTime <= t[0] + t[1]).map((m) => m.name.slice(9)).at(-1) ?? 'navigation';
        return `${Math.round(t[1])} ms at ${Math.round(t[0])} (after ${before})`;
      })(),
    }));
    if (process.env.WHERE) console.log(m.where);
    firsts.push(m.first);
    paints.push(await paintTime(page));
    shown.push(await shownTime(page));
    fcps.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    longest.push(m.longest);
    await context.close();
  }
  // Returning visitors: the same browser profile loads the page three times; the third load
  // finds the module in the HTTP cache and its compiled code in V8's code cache.
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await observePaints(context);
    const page = await context.newPage();
    for (let visit = 0; visit < 3; visit++) {
      await page.goto(`http://127.0.0.1:${PORT}/${process.env.PAGE ?? 'index.html'}`);
      // markTime waits long enough for the compiled code to reach the cache.
      const t = await markTime(page, 'parallax:first-render', { settle: 1500 });
      if (visit === 2) {
        repeats.push(t);
        repeatPaints.push(await paintTime(page));
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (xs) => `median ${median(xs).toFixed(0)} ms (all: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
console.log(`browser comparison first shown (first largest paint of index.html's prerendered example, ${RUNS} cold loads): ${line(shown)}`);
console.log(`browser app's own first highlighted paint (Element Timing, same loads): ${line(paints)}`);
console.log(`browser comparison in the DOM (mark parallax:first-render, same loads): ${line(firsts)}`);
console.log(`browser first contentful paint (same loads): ${line(fcps)}`);
console.log(`browser longest main-thread task: median ${median(longest).toFixed(0)} ms (max ${Math.max(...longest).toFixed(0)} ms)`);
console.log(`browser first highlighted paint, returning visit (third load, same profile): ${line(repeatPaints)}; in the DOM: ${line(repeats)}`);
