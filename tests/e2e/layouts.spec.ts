// Phone width, tablet width, dark mode.
import { test, expect } from '@playwright/test';
import { openFresh, shot, watch } from './helpers';

test('phone: one report at a time, tabs to switch, detail as a sheet', async ({ page }, info) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openFresh(page);
  await expect(page.locator('.tabs')).toBeVisible();
  await expect(page.locator('.column:visible')).toHaveCount(1);
  // The toolbar stays compact: settings and exports fold behind one button.
  await expect(page.locator('.threshold')).toBeHidden();
  const toolbar = await page.locator('.controls').boundingBox();
  expect(toolbar!.height).toBeLessThan(100);
  await shot(page, info, 'phone');
  await page.locator('.controls-toggle').click();
  await expect(page.locator('.controls-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.threshold')).toBeVisible();
  await expect(page.locator('#export-json')).toBeVisible();
  await page.locator('.controls-toggle').click();
  await expect(page.locator('.threshold')).toBeHidden();
  await page.locator('.tabs button').nth(2).click();
  await expect(page.locator('.column:visible')).toHaveCount(1);
  await expect(page.locator('.column:visible .column-title')).toHaveText(/China reagiert/);
  // No horizontal overflow of the page itself.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.locator('.column:visible .passage.agree-all, .column:visible .passage.agree-some').first().click();
  await expect(page.locator('.detail')).toBeVisible();
  await shot(page, info, 'phone-detail');
  expect(problems).toEqual([]);
});

test('tablet: columns scroll sideways with snapping', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await openFresh(page);
  const snap = await page.locator('.columns').evaluate((el) => getComputedStyle(el).scrollSnapType);
  expect(snap).toContain('x');
  const scrollable = await page.locator('.columns').evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(scrollable).toBe(true);
});

test('dark mode follows the system setting', async ({ page }, info) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(60);
  await shot(page, info, 'dark');
});
