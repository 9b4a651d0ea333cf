// The main thread of one cold load, task by task: every task of at least MIN ms (default 2) from
// navigation to the first highlighted render, with what it spent its time on, and the app's
// performance marks and first paints in between. Usage: DIST=dist node scripts/bench/timeline.mjs [QUERY].
// With WASM=1, also V8's WebAssembly compile events, summed per thread (MAIN: the page's): lazy
// compilation on first call on the main thread, the optimising tier in the background.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { markTime, observePaints } from './first-render.mjs';
const MIN = Number(process.env.MIN ?? 2);
const server = spawn('python3', ['-m', 'http.server', '4195', '--bind', '127.0.0.1', '--directory', process.env.DIST ?? 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
await observePaints(context);
const page = await context.newPage();
const wasm = process.env.WASM ? ['v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'disabled-by-default-v8.wasm.turbofan'] : [];
await browser.startTracing(page, { categories: [...wasm, 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'loading'] });
await page.goto('http://127.0.0.1:4195/index.html' + (process.argv[2] ?? ''));
await markTime(page);
const marks = await page.evaluate(() => [...performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]), ...window.__paints.map(([id, t]) => [`paint ${id}`, t])]);
const buf = await browser.stopTracing();
await browser.close(); server.kill();
const ev = JSON.parse(buf.toString()).traceEvents;
const nav = ev.find((e) => e.name === 'navigationStart');
const t0 = nav.ts;
const main = nav.tid;
const first = marks.find(([n]) => n === 'parallax:first-render')[1];
const rows = ev
  .filter((e) => e.tid === main && e.ph === 'X' && e.name === 'RunTask' && e.ts >= t0 && (e.ts - t0) / 1000 <= first + 200 && e.dur >= MIN * 1000)
  .map((t) => {
    const inner = ev.filter((e) => e.ph === 'X' && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t && e.name !== 'RunTask');
    const by = new Map();
    for (const e of inner) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
    const what = [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    return [(t.ts - t0) / 1000, `task ${(t.dur / 1000).toFixed(1)} ms: ${what}`];
  });
for (const [n, at] of marks) rows.push([at, `mark ${n}`]);
rows.sort((a, b) => a[0] - b[0]);
for (const [at, text] of rows) console.log(`${at.toFixed(0).padStart(5)} ms  ${text}`);
if (wasm.length) {
  const byThread = new Map();
  for (const e of ev.filter((e) => e.ph === 'X' && e.cat?.includes('wasm'))) {
    const key = `${e.tid === main ? 'MAIN' : `thread ${e.tid}`} ${e.name}`;
    const [n, ms] = byThread.get(key) ?? [0, 0];
    byThread.set(key, [n + 1, ms + (e.dur ?? 0) / 1000]);
  }
  for (const [key, [n, ms]] of [...byThread].sort((a, b) => b[1][1] - a[1][1]).slice(0, 12)) console.log(`${key}: ${n} events, ${ms.toFixed(1)} ms`);
}
