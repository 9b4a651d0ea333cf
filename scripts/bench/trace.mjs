// What the browser does in each long task (≥ 30 ms) of one cold load: a Chromium trace, summed by
// event name (compiling WebAssembly, our code, style, layout, paint). Usage:
// node scripts/bench/trace.mjs [QUERY], e.g. '?src=comparison.json'; serves dist/ (PAGE=other.html
// for another page than index.html).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { markTime } from './first-render.mjs';
const server = spawn('python3', ['-m', 'http.server', '4196', '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
await page.goto('http://127.0.0.1:4196/' + (process.env.PAGE ?? 'index.html') + (process.argv[2] ?? ''));
await markTime(page);
const buf = await browser.stopTracing();
const ev = JSON.parse(buf.toString()).traceEvents;
const tasks = ev.filter((e) => e.name === 'RunTask' && e.dur > 30000 && e.ph === 'X');
const t0 = ev.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser')?.ts ?? tasks[0]?.ts;
for (const t of tasks) {
  const inner = ev.filter((e) => e.ph === 'X' && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t);
  const by = new Map();
  for (const e of inner) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
  console.log(`task at ${((t.ts - t0) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(1)} ms:`, [...by].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
}
await browser.close(); server.kill();
