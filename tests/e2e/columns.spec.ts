// The release build opens with the three bundled reports side by side.
import { test, expect } from '@playwright/test';
import { engineJson, openFresh, shot, watch } from './helpers';

test('three bundled reports side by side with their titles', async ({ page }, info) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  const engine = engineJson();
  const titles = page.locator('.column-title');
  await expect(titles).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(titles.nth(i)).toHaveText(engine.documents[i].title);
  }
  await expect(titles.nth(0)).toHaveText(/Japan, die USA und andere Verbündete/);
  await expect(titles.nth(1)).toHaveText(/USA und Alliierte beschuldigen China/);
  await expect(titles.nth(2)).toHaveText(/China reagiert auf US-geführte Anschuldigungen/);
  // Side by side: the three columns share one row.
  const boxes = await Promise.all([0, 1, 2].map((i) => page.locator('.column').nth(i).boundingBox()));
  expect(boxes[0]!.y).toBe(boxes[1]!.y);
  expect(boxes[1]!.y).toBe(boxes[2]!.y);
  expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
  expect(boxes[1]!.x).toBeLessThan(boxes[2]!.x);
  await shot(page, info, 'desktop');
  expect(problems).toEqual([]);
});

test('passages carry the agreement the engine computed', async ({ page }) => {
  await openFresh(page);
  const engine = engineJson();
  const cls = { all: 'agree-all', some: 'agree-some', only_here: 'agree-only' } as Record<string, string>;
  let checked = 0;
  for (const [d, doc] of engine.documents.entries()) {
    for (const [i, p] of doc.passages.entries()) {
      if (!p.agreement) continue;
      await expect(page.locator(`#p-${d}-${i}`)).toHaveClass(new RegExp(`\\b${cls[p.agreement]}\\b`));
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(50);
  // Boilerplate is not in the flow but in the drawer, with its count.
  const removed = engine.documents[0].passages.filter((p: any) => p.kind === 'boilerplate').length;
  await expect(page.locator('.column').nth(0).locator('.removed summary')).toContainText(`(${removed})`);
});
