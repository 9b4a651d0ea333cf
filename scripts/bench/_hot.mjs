import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const server = spawn('python3', ['-m', 'http.server', '4195', '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto('http://127.0.0.1:4195/index.html');
await page.waitForFunction(() => performance.getEntriesByName('parallax:first-render').length > 0);
for (let i = 0; i < 8; i++) {
  await page.locator('input[type=range]').fill(String(0.3 + (i % 2) * 0.01));
  await page.waitForTimeout(400);
}
console.log(await page.evaluate(() => {
  const s = performance.getEntriesByName('parallax:compare-start'), e = performance.getEntriesByName('parallax:compare-end');
  return e.map((x, i) => (x.startTime - s[i].startTime).toFixed(1)).join(' ');
}));
await browser.close(); server.kill();
