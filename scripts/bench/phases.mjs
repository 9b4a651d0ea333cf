// Where a cold load's time goes, by the app's own marks: navigation → module started
// (`parallax:start`) → engine run begins (`compare-start`) → ends (`compare-end`) → comparison in
// the DOM (`first-render`); median of RUNS cold loads (no tracing, which slows the page).
// Usage: DIST=dist RUNS=9 node scripts/bench/phases.mjs [QUERY]
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { markTime } from './first-render.mjs';
const RUNS = Number(process.env.RUNS ?? 9);
const server = spawn('python3', ['-m', 'http.server', '4197', '--bind', '127.0.0.1', '--directory', process.env.DIST ?? 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', ...(process.env.FLAGS ?? '').split(' ').filter(Boolean)] });
const names = ['start', 'compare-start', 'compare-end', 'first-render'];
const rows = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto('http://127.0.0.1:4197/index.html' + (process.argv[2] ?? ''));
    await markTime(page);
    rows.push(await page.evaluate((names) => names.map((n) => performance.getEntriesByName(`parallax:${n}`)[0]?.startTime ?? NaN), names));
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cols = names.map((_, k) => rows.map((r) => r[k]));
console.log(names.map((n, k) => `${n} ${median(cols[k]).toFixed(0)}`).join(' | '));
const spans = names.slice(1).map((n, k) => `${names[k]}→${n} ${median(rows.map((r) => r[k + 1] - r[k])).toFixed(0)}`);
console.log(`medians of ${RUNS}: ${spans.join(' | ')}`);
