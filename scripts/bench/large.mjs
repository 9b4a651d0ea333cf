// The largest inputs the browser build holds: N reports × W words (the synthetic corpus of the
// engine benchmark) loaded through ?src=, timed from navigation to the rendered comparison, with
// the longest main-thread task. Usage: node scripts/bench/large.mjs N WORDS
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [N, WORDS] = [Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 10000)];
const PORT = 4198;
const dir = mkdtempSync(path.join(tmpdir(), 'parallax-large-'));
execFileSync('cargo', ['run', '-q', '--release', '-p', 'parallax-engine', '--example', 'scale', '--', String(N), String(WORDS), '--write', dir], { stdio: 'ignore' });
const reports = readdirSync(dir).sort().map((f, i) => ({ id: i, label: `R${i + 1}`, name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
rmSync(dir, { recursive: true });
const file = 'bench-large.json';
writeFileSync(path.join('dist', file), JSON.stringify({
  parallax_app: { reports, threshold: 0.3, granularity: 'sentence', show_boilerplate: false, view: 'Columns', ui_lang: 'En', next_id: reports.length },
}));
const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}/index.html?src=${file}`);
  await page.waitForFunction((n) => document.querySelectorAll('.column').length === n, N, { timeout: 600_000, polling: 500 });
  await page.waitForFunction(() => !document.querySelector('.progress'), null, { timeout: 600_000, polling: 500 });
  // Columns fill in piece by piece: done when the number of passages has stopped growing.
  let [count, stableSince, renderedAt] = [-1, Date.now(), Date.now()];
  while (Date.now() - stableSince < 1500) {
    const now = await page.evaluate(() => document.querySelectorAll('.passage').length);
    if (now !== count) [count, stableSince, renderedAt] = [now, Date.now(), Date.now()];
    await page.waitForTimeout(100);
  }
  const m = await page.evaluate((withTimeline) => {
    const last = (name) => performance.getEntriesByName(name).at(-1);
    const [ws, we] = [last('parallax:worker-start'), last('parallax:worker-end')];
    const [s, e] = [last('parallax:compare-start'), last('parallax:compare-end')];
    const inWorker = Boolean(ws && we);
    const engine = inWorker ? we.startTime - ws.startTime : e.startTime - s.startTime;
    const from = inWorker ? ws.startTime : 0;
    const to = inWorker ? we.startTime : Infinity;
    const during = window.__longTasks.filter((t) => t.start > from && t.start + t.duration < to).map((t) => t.duration);
    return {
      engine, inWorker,
      longest: Math.max(0, ...window.__longTasks.map((t) => t.duration)),
      duringEngine: Math.max(0, ...during),
      passages: document.querySelectorAll('.passage').length,
      timeline: withTimeline ? [
        ...window.__longTasks.map((t) => `task ${Math.round(t.start)} +${Math.round(t.duration)}`),
        ...performance.getEntriesByType('mark').filter((e) => e.name.startsWith('parallax')).map((e) => `mark ${Math.round(e.startTime)} ${e.name}`),
      ].sort((a, b) => Number(a.split(' ')[1]) - Number(b.split(' ')[1])) : [],
      tasks: window.__longTasks.map((t) => Math.round(t.duration)).sort((a, b) => b - a).slice(0, 8),
    };
  }, Boolean(process.env.TIMELINE));
  if (m.timeline.length) console.log(m.timeline.join('\n'));
  console.log(`browser large input: ${N} reports × ${WORDS} words (${(bytes / 1e6).toFixed(1)} MB): rendered after ${((renderedAt - start) / 1000).toFixed(1)} s, engine ${(m.engine / 1000).toFixed(1)} s ${m.inWorker ? 'in the worker' : 'on the page'}, ${m.passages} passages; longest main-thread task ${(m.longest / 1000).toFixed(2)} s overall, ${(m.duringEngine / 1000).toFixed(2)} s while the engine ran; longest tasks (ms): ${m.tasks.join(', ')}`);
} finally {
  await browser.close();
  server.kill();
  rmSync(path.join('dist', file), { force: true });
}
