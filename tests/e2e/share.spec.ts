// Permalinks: reports and settings in the URL fragment; opening the link restores them without
// touching the reader's saved work; too long links and broken links get a clear message.
import { test, expect, type Page } from '@playwright/test';
import { openFresh, watch } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
});

const OWN_A = `Bericht A über den Gipfel
Die Außenminister der G7 trafen sich am Montag in Berlin. Sie verurteilten den Angriff scharf.`;
const OWN_B = `Bericht B zum Treffen
Am Montag kamen die G7-Außenminister in Berlin zusammen und verurteilten den Angriff.
Russland wies jede Verantwortung zurück.`;

async function setThreshold(page: Page, value: string) {
  await page.locator('.threshold input').evaluate((el: HTMLInputElement, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function copyLink(page: Page): Promise<string> {
  await page.locator('#copy-link').click();
  const field = page.locator('#share-link');
  await expect(field).toBeVisible();
  const url = await field.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  return url;
}

test('a permalink of own reports restores them, settings too, and leaves saved work alone', async ({ page, browser }) => {
  const problems = watch(page);
  await openFresh(page);
  await page.locator('#edit-reports').click();
  const drafts = page.locator('.draft textarea');
  await drafts.nth(0).fill(OWN_A);
  await drafts.nth(1).fill(OWN_B);
  await expect(page.locator('.column-title').nth(1)).toHaveText('Bericht B zum Treffen');
  await page.locator('.draft').nth(2).getByRole('button', { name: /remove|entfernen/i }).click();
  await page.locator('.draft input[type=text]').nth(1).fill('Agentur');
  await setThreshold(page, '0.22');
  await page.locator('#view-synopsis').click();
  const url = await copyLink(page);
  expect(url).toMatch(/index\.html#c=[A-Za-z0-9_-]+$/);
  expect(url.length).toBeLessThan(8000);

  // Another reader with their own saved work opens the link.
  const other = await browser.newPage();
  await other.goto(page.url().split('#')[0]);
  await other.evaluate(() => localStorage.clear());
  await other.reload();
  await expect(other.locator('.column')).toHaveCount(3);
  const before = await other.evaluate(() => localStorage.getItem('parallax.v1'));
  await other.goto(url);
  await expect(other.locator('.synopsis')).toBeVisible();
  await expect(other.locator('.synopsis thead th')).toHaveCount(2);
  await expect(other.locator('.synopsis thead th').nth(1)).toContainText('Agentur');
  await expect(other.locator('.synopsis')).toContainText('Russland wies jede Verantwortung zurück.');
  await expect(other.locator('.threshold output')).toHaveText('0.22');
  await expect(other.locator('.notice')).toContainText(/untouched|unverändert/);
  expect(await other.evaluate(() => localStorage.getItem('parallax.v1'))).toBe(before);
  await other.close();
  expect(problems).toEqual([]);
});

test('the unchanged example makes a short link', async ({ page }) => {
  await openFresh(page);
  await setThreshold(page, '0.35');
  const url = await copyLink(page);
  expect(url.length).toBeLessThan(300);
  // Only the fragment changes: the page starts over with the link's comparison.
  await page.goto(url);
  await expect(page.locator('.column')).toHaveCount(3);
  await expect(page.locator('.threshold output')).toHaveText('0.35');
});

test('too long for a link: a message that offers the file export instead', async ({ page }) => {
  await openFresh(page);
  await page.locator('#edit-reports').click();
  // 30 KB of pseudo-random words: no compressor gets that under 8,000 characters.
  let seed = 42;
  const letter = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 'abcdefghijklmnopqrstuvwxyz'[Math.floor(seed / 65536) % 26];
  };
  const words = Array.from({ length: 5000 }, () => Array.from({ length: 6 }, letter).join('')).join(' ');
  await page.locator('.draft textarea').nth(0).fill(`Langer Bericht\nEs folgen Wörter: ${words}.`);
  await expect(page.locator('.column-title').first()).toHaveText('Langer Bericht');
  await page.locator('#copy-link').click();
  await expect(page.locator('.notice')).toContainText(/8[.,]?000/);
  await expect(page.locator('.notice')).toContainText('JSON');
  await expect(page.locator('#share-link')).toHaveCount(0);
});

test('a damaged link says so and shows the example', async ({ page }) => {
  await page.goto('./index.html#c=bm90LWRlZmxhdGVk');
  await expect(page.locator('.notice')).toContainText(/Link (unreadable|nicht lesbar)/);
  await expect(page.locator('.column')).toHaveCount(3);
});
