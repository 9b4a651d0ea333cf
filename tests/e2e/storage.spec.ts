// Saved work: corrupt or foreign storage gives a message and a clean start, never a crash; a
// full storage gives a warning and the file export still keeps the work.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appReady, watch } from './helpers';

for (const [name, value] of [
  ['not JSON', '{{{ kaputt'],
  ['another version', JSON.stringify({ version: 99, saved: {} })],
  ['wrong shape', JSON.stringify({ version: 1, saved: { reports: 'nein' } })],
]) {
  test(`storage with ${name}: a message and the example`, async ({ page }) => {
    const problems = watch(page);
    await page.goto('./index.html');
    // The app has read the (empty) storage before the damage is done.
    await appReady(page);
    await page.evaluate((v) => localStorage.setItem('parallax.v1', v), value);
    await page.reload();
    await expect(page.locator('.column')).toHaveCount(3);
    await expect(page.locator('.notice')).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test('storage full: a warning, the comparison keeps working and export still saves the work', async ({ page }, info) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./index.html');
  await page.evaluate(() => localStorage.clear());
  // From now on every write fails the way a full quota does.
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await appReady(page);
  await expect(page.locator('.column')).toHaveCount(3);
  await page.locator('#edit-reports').click();
  await page.locator('.draft input[type=text]').nth(0).fill('Meine Quelle');
  await expect(page.locator('.notice')).toContainText(/storage full|Speicher voll/);
  await expect(page.locator('.column-label').first()).toContainText('Meine Quelle');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const file = info.outputPath('kept.json');
  await download.saveAs(file);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json.parallax_app.reports[0].label).toBe('Meine Quelle');
  expect(problems).toEqual([]);
});
