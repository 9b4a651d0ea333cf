// Static hosting: a strict Content Security Policy, any sub-path, and no request leaving the page.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';

test('runs under the strict CSP without a single violation', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./index.html');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("style-src 'self'");
  await expect(page.locator('.column')).toHaveCount(3);
  await page.locator('.passage.agree-all').nth(1).hover();
  await expect(page.locator('.connectors path')).not.toHaveCount(0);
  await page.locator('.passage.agree-all').nth(1).click();
  await expect(page.locator('.detail')).toBeVisible();
  await page.locator('#view-synopsis').click();
  await expect(page.locator('.synopsis')).toBeVisible();
  expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
});

test('works from a sub-path of another site, with every request answered by dist/ files', async ({ page }) => {
  const requests: string[] = [];
  await page.route('http://blog.example/**', async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.pathname);
    const prefix = '/2021/07/cyberangriffe/parallax/';
    const file = url.pathname.startsWith(prefix) ? path.join('dist', url.pathname.slice(prefix.length) || 'index.html') : '';
    if (file && existsSync(file)) await route.fulfill({ path: file });
    else await route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto('http://blog.example/2021/07/cyberangriffe/parallax/index.html');
  await expect(page.locator('.column')).toHaveCount(3);
  expect(requests.every((p) => p.startsWith('/2021/07/cyberangriffe/parallax/'))).toBe(true);
  expect(requests.some((p) => p.endsWith('.wasm'))).toBe(true);
});

test('the page says what is loading before any script runs, and the app replaces it', async ({ page, request }) => {
  const html = await (await request.get('./index.html')).text();
  expect(html).toContain('id="boot"');
  expect(html).toContain('<noscript>');
  await page.setViewportSize({ width: 1400, height: 900 });
  // Hold the module back: whatever the timing of a load, the page must show (and paint) its
  // loading line on its own while the WebAssembly is on its way.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./index.html', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#boot')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
    .toBe(1);
  expect(await page.evaluate(() => performance.getEntriesByName('parallax:start').length)).toBe(0);
  release();
  await expect(page.locator('.column')).toHaveCount(3);
  await expect(page.locator('#boot')).toHaveCount(0);
});
