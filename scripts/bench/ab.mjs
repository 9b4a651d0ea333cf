// A/B timing of two (or more) builds on this noisy VM: cold loads of each build in turn, so a
// slow phase of the machine hits all alike; prints the median first highlighted render and
// longest main-thread task of each. Usage: RUNS=10 node scripts/bench/ab.mjs DIST_A DIST_B
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { markTime, observePaints, paintTime } from './first-render.mjs';
const dirs = process.argv.slice(2);
const servers = dirs.map((d, i) => spawn('python3', ['-m', 'http.server', String(4180 + i), '--bind', '127.0.0.1', '--directory', d], { stdio: 'ignore' }));
await new Promise((r) => setTimeout(r, 800));
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const res = dirs.map(() => ({ paint: [], first: [], longest: [] }));
for (let run = 0; run < Number(process.env.RUNS ?? 8); run++) {
  for (let i = 0; i < dirs.length; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await observePaints(context);
    await context.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => window.__lt.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true }); });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${4180 + i}/index.html`);
    await markTime(page);
    const m = await page.evaluate(() => [performance.getEntriesByName('parallax:first-render')[0].startTime, Math.max(0, ...window.__lt)]);
    res[i].paint.push(Math.round(await paintTime(page)));
    res[i].first.push(Math.round(m[0])); res[i].longest.push(Math.round(m[1]));
    await context.close();
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
dirs.forEach((d, i) => console.log(`${d}: first highlighted paint median ${med(res[i].paint)} (${res[i].paint.join(' ')}), in the DOM median ${med(res[i].first)} (${res[i].first.join(' ')}), longest task median ${med(res[i].longest)} (${res[i].longest.join(' ')})`));
await browser.close(); servers.forEach((s) => s.kill());
