// Users' own reports: paste, upload (text, HTML, binary), reorder, remove, reload, back to example.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openFresh, shot, watch } from './helpers';

const PASTED = `Neuer Bericht über die Vorwürfe
Die USA, Japan, die NATO und die Europäische Union werfen China vor, hinter dem Angriff auf Microsoft Exchange zu stehen.
Ein Sprecher in Peking wies die Vorwürfe zurück.`;

test('pasting a fourth report re-aligns, and a reload keeps it', async ({ page }) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1600, height: 900 });
  await openFresh(page);
  await page.locator('#edit-reports').click();
  await page.locator('#add-report').click();
  const area = page.locator('.draft textarea').nth(3);
  await area.fill(PASTED);
  await expect(page.locator('.column')).toHaveCount(4);
  await expect(page.locator('.column').nth(3).locator('.column-title')).toHaveText('Neuer Bericht über die Vorwürfe');
  // Its statements are aligned with the other reports: at least one is shared.
  await expect(page.locator('.column').nth(3).locator('.passage.agree-some, .passage.agree-all').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('.column')).toHaveCount(4);
  await expect(page.locator('.column').nth(3).locator('.column-title')).toHaveText('Neuer Bericht über die Vorwürfe');
  expect(problems).toEqual([]);
});

test('a whole web page pasted as the browser copies it: headline as title, menus and banners as furniture', async ({ page }, info) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1600, height: 900 });
  await openFresh(page);
  await page.locator('#edit-reports').click();
  await page.locator('#add-report').click();
  // The newspaper page of the third English test set: skip links, cookie banner, menu, …
  const copied = readFileSync('engine/tests/fixtures/english3/en2_paper.txt', 'utf8');
  await page.locator('.draft textarea').nth(3).fill(copied);
  const column = page.locator('.column').nth(3);
  await expect(column.locator('.column-title')).toHaveText('Ferry carrying more than 200 people hits rocks in Norway storm');
  await expect(column.locator('.passage', { hasText: 'Skip to main content' })).toHaveCount(0);
  const drawer = column.locator('.removed');
  // The column may still be rendering its pieces under load; open the drawer until it shows.
  await expect(async () => {
    if (!(await drawer.evaluate((d) => (d as HTMLDetailsElement).open))) await drawer.locator('summary').click();
    await expect(drawer.locator('li').first()).toBeVisible({ timeout: 1000 });
  }).toPass();
  for (const line of ['Skip to main content', 'Accept all cookies', 'Sport', 'Man arrested after museum break-in', 'Cookie policy']) {
    await expect(drawer.locator('li', { hasText: line }).first()).toBeVisible();
  }
  await expect(drawer.locator('li', { hasText: 'Sport' }).locator('.reason')).toHaveText(/breadcrumb trail or menu|Navigationspfad oder Menü/);
  await expect(column.locator('.passage', { hasText: 'Four people were treated in hospital' })).toHaveCount(1);
  // Another event than the seeds': none of its statements is linked with theirs.
  await expect(column.locator('.passage.agree-some, .passage.agree-all')).toHaveCount(0);
  await column.scrollIntoViewIfNeeded();
  await shot(page, info, 'pasted-page');
  expect(problems).toEqual([]);
});

test('upload: HTML becomes text (scripts dropped), binary files are refused with a message', async ({ page }) => {
  await openFresh(page);
  await page.locator('#edit-reports').click();
  const html = `<html><head><title>x</title><script>window.__pwned = 1</script></head>
    <body><h1>Bericht aus dem Web</h1><p>China weist die Vorwürfe <b>zurück</b>.</p>
    <img src=x onerror="window.__pwned = 2"><script>window.__pwned = 3</script></body></html>`;
  await page.locator('.upload input[type=file]').setInputFiles([
    { name: 'web.html', mimeType: 'text/html', buffer: Buffer.from(html) },
    { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xc3, 0x28]) },
  ]);
  await expect(page.locator('.column')).toHaveCount(4);
  await expect(page.locator('.column').nth(3).locator('.column-title')).toHaveText('Bericht aus dem Web');
  await expect(page.locator('.column').nth(3)).toContainText('China weist die Vorwürfe zurück.');
  await expect(page.locator('.notice')).toContainText('photo.jpg');
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('reorder, rename, remove, and back to the example', async ({ page }) => {
  await openFresh(page);
  await page.locator('#edit-reports').click();
  const firstTitle = await page.locator('.column-title').nth(0).textContent();
  await page.locator('.draft').nth(0).getByRole('button', { name: /later|hinten/i }).click();
  await expect(page.locator('.column-title').nth(1)).toHaveText(firstTitle!);
  await page.locator('.draft').nth(0).locator('input[type=text]').fill('Quelle A');
  await expect(page.locator('.column-label').nth(0)).toContainText('Quelle A');
  await page.locator('.draft').nth(2).getByRole('button', { name: /remove|entfernen/i }).click();
  await expect(page.locator('.column')).toHaveCount(2);
  await page.locator('.draft').nth(1).getByRole('button', { name: /remove|entfernen/i }).click();
  // One report left: a clear message instead of a comparison.
  await expect(page.locator('.problem')).toBeVisible();
  await expect(page.locator('.column')).toHaveCount(0);
  await page.getByRole('button', { name: /back to the example|zurück zum beispiel/i }).click();
  await expect(page.locator('.column')).toHaveCount(3);
  await expect(page.locator('.column-title').nth(0)).toHaveText(firstTitle!);
});

test('dropping a text file on the editor adds it as a report', async ({ page }) => {
  await openFresh(page);
  await page.locator('#edit-reports').click();
  const handle = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Abgelegter Bericht\nChina weist die Vorwürfe der USA zurück.'], 'dropped.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.locator('.editor').dispatchEvent('drop', { dataTransfer: handle });
  await expect(page.locator('.column')).toHaveCount(4);
  await expect(page.locator('.column').nth(3).locator('.column-title')).toHaveText('Abgelegter Bericht');
});

test('a file with more than 50 reports is refused with a message; the current reports stay', async ({ page }) => {
  await openFresh(page);
  await page.locator('#edit-reports').click();
  const reports = Array.from({ length: 51 }, (_, i) => ({ id: i, label: `R${i}`, name: `r${i}.txt`, text: `Bericht ${i}\nEin Satz.` }));
  const file = {
    parallax_app: { reports, threshold: 0.3, granularity: 'sentence', show_boilerplate: false, view: 'Columns', ui_lang: 'De', next_id: 51 },
  };
  await page.locator('.upload input[type=file]').setInputFiles({
    name: 'many.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.locator('.notice')).toContainText(/Höchstens 50 Berichte|At most 50 reports/);
  await expect(page.locator('.column')).toHaveCount(3);
});

test('typing fast: the latest input wins, stale runs are skipped, and a reload keeps every key', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  await page.locator('#edit-reports').click();
  const area = page.locator('.draft textarea').nth(0);
  await area.fill('');
  const text = 'Schnell getippter Titel\nDie NATO kritisiert China.';
  const before = await page.evaluate(() => performance.getEntriesByName('parallax:compare-start').length);
  await area.focus();
  await page.keyboard.type(text, { delay: 0 });
  await expect(page.locator('.column-title').first()).toHaveText('Schnell getippter Titel');
  await page.waitForTimeout(300);
  const runs = (await page.evaluate(() => performance.getEntriesByName('parallax:compare-start').length)) - before;
  // One keystroke, one revision; the engine ran for far fewer of them.
  expect(runs).toBeLessThan(text.length);
  await page.reload();
  await expect(page.locator('.column-title').first()).toHaveText('Schnell getippter Titel');
  await expect(page.locator('.column').first()).toContainText('Die NATO kritisiert China.');
});
