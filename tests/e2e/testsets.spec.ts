// The German test set (engine/tests/fixtures/german, an invented train accident) in the browser:
// a dateline stays with its sentence, a breadcrumb line is page furniture with its reason, and
// the closure "bis Mittwoch" is one statement in all three columns.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { watch } from './helpers';

const DIR = 'engine/tests/fixtures/german';
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt') && f !== 'gold.txt')
  .sort()
  .map((f) => path.join(DIR, f));

test('German test set: dateline, breadcrumb as furniture, one statement in all three reports', async ({ page }) => {
  const problems = watch(page);
  const json = execFileSync('target/debug/parallax', ['compare', ...FILES], { encoding: 'utf8' });
  await page.route('**/sets/german.json', (route) => route.fulfill({ contentType: 'application/json', body: json }));
  await page.goto('./index.html?src=sets/german.json');
  await expect(page.locator('.column')).toHaveCount(3);

  // "Lindenfeld." opens de2's first paragraph: one passage with the sentence it belongs to.
  const second = page.locator('.column').nth(1);
  await expect(second.locator('.passage', { hasText: /^Lindenfeld\. Ein Regionalexpress/ })).toHaveCount(1);

  // The breadcrumb line is in the drawer of page furniture, with its reason.
  const drawer = second.locator('.removed');
  await drawer.locator('summary').click();
  const crumb = drawer.locator('li', { hasText: 'Startseite › Region › Lindenfeld' });
  await expect(crumb.locator('.reason')).toHaveText(/breadcrumb trail or menu|Navigationspfad oder Menü/);

  // The line closed until Wednesday: linked across all three reports.
  for (const [i, text] of [[0, 'bis Mittwoch gesperrt'], [1, 'Bis mindestens Mittwoch'], [2, 'bis Mittwoch unterbrochen']] as const) {
    await expect(page.locator('.column').nth(i).locator('.passage.agree-all', { hasText: text })).toHaveCount(1);
  }
  // The closure of 2019 is a different statement.
  await expect(second.locator('.passage', { hasText: 'Sommer 2019' })).not.toHaveClass(/agree-all/);
  expect(problems).toEqual([]);
});
