// Export the comparison as JSON and CSV; importing the JSON restores reports and settings.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openFresh } from './helpers';

test('JSON export follows the engine schema and imports back', async ({ page }, info) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  await page.locator('#edit-reports').click();
  await page.locator('.draft input[type=text]').nth(1).fill('Quelle Zwei');
  await page.locator('.threshold input').evaluate((el: HTMLInputElement) => {
    el.value = '0.25';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const file = info.outputPath('parallax.json');
  await download.saveAs(file);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json.schema_version).toBe(1);
  expect(json.documents).toHaveLength(3);
  expect(json.groups.length).toBeGreaterThan(3);
  expect(json.parallax_app.reports[1].label).toBe('Quelle Zwei');

  // A clean start, then import: labels, threshold and reports come back.
  await openFresh(page);
  await page.locator('#edit-reports').click();
  await page.locator('.draft').nth(2).getByRole('button', { name: /remove|entfernen/i }).click();
  await expect(page.locator('.column')).toHaveCount(2);
  await page.locator('.upload input[type=file]').setInputFiles(file);
  await expect(page.locator('.column')).toHaveCount(3);
  await expect(page.locator('.column-label').nth(1)).toContainText('Quelle Zwei');
  await expect(page.locator('.threshold output')).toHaveText('0.25');

  // A broken file gives a message and changes nothing.
  await page.locator('.upload input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema_version": 9}') });
  await expect(page.locator('.notice')).toContainText('broken.json');
  await expect(page.locator('.column')).toHaveCount(3);
});

test('CSV export: one row per statement group, a column per report', async ({ page }, info) => {
  await openFresh(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  const file = info.outputPath('parallax.csv');
  await download.saveAs(file);
  const csv = readFileSync(file, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^"reports","Japan, die USA und andere Verbündete/);
  expect(csv).toContain('"1·2·3"');
});
