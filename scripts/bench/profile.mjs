// Where main-thread time goes in one load: a CPU profile (100 µs samples) summed by function for
// two windows (from parallax:start to the engine start, and the first 90 ms of the result
// render), plus the callers of one function (FN, default decodeText). Build with names first:
// add data-keep-debug="true" data-wasm-opt-params="-g" to the rust link of a copy of index.html
// and `trunk build --release --dist DIR`. Usage: node scripts/bench/profile.mjs DIR [QUERY]
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
const dir = process.argv[2], query = process.argv[3] ?? '';
const server = spawn('python3', ['-m', 'http.server', '4191', '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto('http://127.0.0.1:4191/index.html' + query);
await page.waitForFunction(() => performance.getEntriesByName('parallax:first-render').length > 0, null, { timeout: 120000, polling: 200 });
await page.waitForTimeout(1500);
const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const windows = { start: [marks['parallax:start'], marks['parallax:worker-start'] ?? marks['parallax:compare-start']], result: [marks['parallax:worker-end'] ?? marks['parallax:compare-end'], (marks['parallax:worker-end'] ?? marks['parallax:compare-end']) + 90] };
let t = profile.startTime; // µs; the profile starts right before navigation
const agg = Object.fromEntries(Object.keys(windows).map((k) => [k, new Map()]));
const t0 = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const ms = (t - t0) / 1000; // relative ms since profiling start (≈ navigation)
  const n = byId.get(profile.samples[i]);
  const name = n.callFrame.functionName || '(anon)';
  for (const [k, [a, b]] of Object.entries(windows)) if (ms >= a && ms <= b) agg[k].set(name, (agg[k].get(name) ?? 0) + profile.timeDeltas[i] / 1000);
}
console.log(JSON.stringify(marks));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const callers = new Map();
{ let tt = profile.startTime; for (let i = 0; i < profile.samples.length; i++) { tt += profile.timeDeltas[i]; const n = byId.get(profile.samples[i]); if (n.callFrame.functionName !== (process.env.FN ?? 'decodeText')) continue; let p = n.id; const chain = []; for (let k = 0; k < 4; k++) { p = parent.get(p); if (!p) break; chain.push(byId.get(p).callFrame.functionName.slice(0, 90)); } const key = chain.join(' < '); callers.set(key, (callers.get(key) ?? 0) + profile.timeDeltas[i] / 1000); } }
console.log([...callers].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n'));
for (const [k, m] of Object.entries(agg)) {
  console.log(`== ${k} ${windows[k].map(Math.round)}`);
  console.log([...m].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, v]) => `${v.toFixed(1)} ${n.slice(0, 140)}`).join('\n'));
}
await browser.close(); server.kill();
