// Print to PDF through the print stylesheet: no controls, every report's text on the pages,
// agreement colours kept.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openFresh } from './helpers';

test('print to PDF: columns without controls, whole reports on A4 pages', async ({ page }, info) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.controls')).toBeHidden();
  await expect(page.locator('.app-foot')).toBeHidden();
  // Columns are not scroll boxes on paper: the last statement of each report is laid out.
  for (const doc of [0, 1, 2]) {
    const body = page.locator(`#col-${doc}`);
    const overflow = await body.evaluate((el) => getComputedStyle(el).overflowY);
    expect(overflow).toBe('visible');
  }
  const lastPassage = page.locator('#col-2 .passage').last();
  const box = await lastPassage.boundingBox();
  expect(box && box.height).toBeGreaterThan(0);
  // Agreement colours survive printing.
  const bg = await page.locator('.passage.agree-all').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  const file = info.outputPath('parallax.pdf');
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  const pdf = readFileSync(file).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThan(20);
  await page.pdf({ path: 'tests/screenshots/print.pdf', format: 'A4', printBackground: true });
});
