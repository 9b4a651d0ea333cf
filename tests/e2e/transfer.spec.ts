// Export the comparison as JSON and CSV; importing the JSON restores reports and settings.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { engineJson, openFresh, synopsisRowCount } from './helpers';

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

test('TEI export: well-formed TEI P5, one <app> per synopsis row, a witness per report', async ({ page }, info) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  const engine = engineJson();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-tei').click()]);
  const file = info.outputPath('parallax-tei.xml');
  await download.saveAs(file);
  const xml = readFileSync(file, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.tei-c.org/ns/1.0';
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName + ' ' + doc.documentElement.namespaceURI,
      apps: doc.getElementsByTagNameNS(ns, 'app').length,
      witnesses: [...doc.getElementsByTagNameNS(ns, 'witness')].map((w) => w.getAttribute('xml:id')),
      readings: doc.getElementsByTagNameNS(ns, 'rdg').length,
    };
  }, xml);
  expect(parsed.errors).toBe(0);
  expect(parsed.root).toBe('TEI http://www.tei-c.org/ns/1.0');
  expect(parsed.apps).toBe(synopsisRowCount(engine));
  expect(parsed.witnesses).toEqual(['r1', 'r2', 'r3']);
  expect(parsed.readings).toBe(parsed.apps * 3);
});

test('HTML snapshot: one page without scripts that shows the synopsis with marked words', async ({ page }, info) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  const engine = engineJson();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-html').click()]);
  const file = info.outputPath('parallax-snapshot.html');
  await download.saveAs(file);
  const html = readFileSync(file, 'utf8');
  expect(html.toLowerCase()).not.toContain('<script');
  expect(html).not.toMatch(/<link|src=|href=/);
  const snapshot = await page.context().newPage();
  await snapshot.goto(pathToFileURL(file).href);
  await expect(snapshot.locator('tbody tr')).toHaveCount(synopsisRowCount(engine));
  await expect(snapshot.locator('thead th')).toHaveCount(3);
  await expect(snapshot.locator('td mark').first()).toBeVisible();
  await expect(snapshot.locator('td.all').first()).toHaveCSS('border-bottom-style', 'solid');
  await snapshot.screenshot({ path: 'tests/screenshots/snapshot.png' });
  await snapshot.close();
});
