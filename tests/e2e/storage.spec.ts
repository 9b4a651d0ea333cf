// Saved work: corrupt or foreign storage gives a message and a clean start, never a crash.
import { test, expect } from '@playwright/test';
import { watch } from './helpers';

for (const [name, value] of [
  ['not JSON', '{{{ kaputt'],
  ['another version', JSON.stringify({ version: 99, saved: {} })],
  ['wrong shape', JSON.stringify({ version: 1, saved: { reports: 'nein' } })],
]) {
  test(`storage with ${name}: a message and the example`, async ({ page }) => {
    const problems = watch(page);
    await page.goto('./index.html');
    await page.evaluate((v) => localStorage.setItem('parallax.v1', v), value);
    await page.reload();
    await expect(page.locator('.column')).toHaveCount(3);
    await expect(page.locator('.notice')).toBeVisible();
    expect(problems).toEqual([]);
  });
}
