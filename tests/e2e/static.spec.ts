// Static hosting: a strict Content Security Policy, any sub-path, and no request leaving the page.
import { test, expect, type Page } from '@playwright/test';
import { appReady } from './helpers';
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
  // Scripts from the site itself, plus the one inline script of the prerendered copy, by its hash.
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval';/);
  expect(csp).toContain("style-src 'self'");
  await appReady(page);
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

/** Opens index.html with the WebAssembly module held back; returns the function that lets it load. */
async function openHeld(page: Page, query = '') {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`./index.html${query}`, { waitUntil: 'domcontentloaded' });
  return release;
}

/** Each passage of the columns in the page: id, agreement classes, text. */
const passages = (page: Page, scope: string) =>
  page.locator(`${scope} .passage`).evaluateAll((els) => els.map((e) => [e.id, e.className.replace(/\s*is-\S+/g, ''), e.textContent]));

for (const [locale, label, title] of [
  ['de-DE', '1 · Bericht 1', 'Ähnlichkeitsschwelle'],
  ['en-US', '1 · Report 1', 'Similarity threshold'],
]) {
  for (const query of ['', '?embed']) {
    test.describe(`first visit, ${locale}, index.html${query}`, () => {
      test.use({ locale });
      test('shows the example comparison before any WebAssembly runs, the same the app then renders', async ({ page }) => {
        await page.setViewportSize({ width: 1400, height: 900 });
        const release = await openHeld(page, query);
        // The copy in index.html, painted, in the browser's language, inert (the app is not there yet).
        const copy = page.locator('#prerendered');
        await expect(copy.locator('.column')).toHaveCount(3);
        await expect(copy.locator('.column-label').first()).toHaveText(label);
        await expect(copy.locator('.app.is-embed')).toHaveCount(query ? 1 : 0);
        if (!query) await expect(copy.locator('.threshold')).toContainText(title);
        await expect(copy.locator('.passage.agree-all').first()).toBeVisible();
        expect(await copy.evaluate((e) => (e as HTMLElement).inert)).toBe(true);
        await expect(page.locator('#boot, template, #prerendered script')).toHaveCount(0);
        await expect
          .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
          .toBe(1);
        expect(await page.evaluate(() => performance.getEntriesByName('parallax:start').length)).toBe(0);
        const prerendered = await passages(page, '#prerendered');
        expect(prerendered.length).toBeGreaterThan(10);
        release();
        await appReady(page);
        // Every passage of the copy is in the app's own render, with the same agreement and text.
        const live = new Map((await passages(page, '.app')).map((p) => [p[0], p]));
        for (const p of prerendered) expect(live.get(p[0])).toEqual(p);
        await expect(page.locator('.column-label').first()).toHaveText(label);
        await expect(page.locator('.app')).toHaveCount(1);
      });
    });
  }
}

test('a returning visitor, a shared link or a comparison file never sees the example copy: the loading line instead', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./index.html');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('parallax.v1', '{}'));
  for (const query of ['', '?embed&src=comparisons/good.json', '#parallax-unknown-fragment']) {
    const release = await openHeld(page, query);
    await expect(page.locator('#boot')).toBeVisible();
    await expect(page.locator('#prerendered, template')).toHaveCount(0);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
      .toBe(1);
    release();
    await expect(page.locator('.column')).toHaveCount(3);
    await expect(page.locator('#boot')).toHaveCount(0);
    await page.unrouteAll();
  }
});

test('without JavaScript the example comparison is still there to read', async ({ browser, request }) => {
  const html = await (await request.get('./index.html')).text();
  expect(html).toContain('<noscript>');
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto('./index.html');
  await expect(page.locator('#prerendered .column')).toHaveCount(3);
  await expect(page.locator('#prerendered .passage.agree-all').first()).toBeVisible();
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});
