// The engine warm in the page: after the first load, move the threshold slider eight times and
// print how long each comparison took (marks parallax:compare-start → compare-end), in ms.
// Usage: node scripts/bench/warm.mjs; serves dist/.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { markTime } from './first-render.mjs';
const server = spawn('python3', ['-m', 'http.server', '4195', '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto('http://127.0.0.1:4195/index.html');
await markTime(page);
for (let i = 0; i < 8; i++) {
  await page.locator('input[type=range]').fill(String(0.3 + (i % 2) * 0.01));
  await page.waitForTimeout(400);
}
console.log(await page.evaluate(() => {
  const s = performance.getEntriesByName('parallax:compare-start'), e = performance.getEntriesByName('parallax:compare-end');
  return 'warm comparisons (ms): ' + e.slice(1).map((x, i) => (x.startTime - s[i + 1].startTime).toFixed(1)).join(' ');
}));
await browser.close(); server.kill();
