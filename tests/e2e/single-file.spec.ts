// `make single-file`: one HTML file that works opened straight from disk, offline, under its
// own strict Content Security Policy.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { shot } from './helpers';

const FILE = path.resolve('dist-single/parallax.html');

test('the single file opens from file:// with the three reports, and nothing is fetched', async ({ page }, info) => {
  expect(existsSync(FILE), 'run `make single-file` first').toBe(true);
  await page.setViewportSize({ width: 1400, height: 900 });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(FILE).href);
  await expect(page.locator('.column')).toHaveCount(3);
  await expect(page.locator('.column-title').first()).toHaveText(/Japan, die USA und andere Verbündete/);
  // It works, not only shows: open a statement's word comparison and the facts.
  await page.locator('.passage.agree-all').first().click();
  await expect(page.locator('.detail mark.w-all').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('#view-facts').click();
  await expect(page.locator('.facts-matrix tr[data-fact="c:norway"]')).toBeVisible();
  await shot(page, info, 'single-file');
  // Only the file itself (and in-page data/blob URLs) were loaded.
  expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([pathToFileURL(FILE).href]);
  expect(problems).toEqual([]);
});
