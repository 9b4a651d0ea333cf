// What a reader does: hover, open a statement, switch to the synopsis, use the keyboard,
// change the threshold and the language.
import { test, expect } from '@playwright/test';
import { engineJson, openFresh, shot, synopsisRowCount, watch } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
});

test('hovering a statement highlights its counterparts in the other columns', async ({ page }, info) => {
  const problems = watch(page);
  await openFresh(page);
  const engine = engineJson();
  const group = engine.groups.find((g: any) => g.reports.length === 3 && g.members.length === 3);
  expect(group).toBeTruthy();
  const [first, ...others] = group.members;
  await page.locator(`#p-${first.doc}-${first.passage}`).hover();
  await expect(page.locator('.passage.is-linked')).toHaveCount(others.length);
  for (const m of others) {
    await expect(page.locator(`#p-${m.doc}-${m.passage}`)).toHaveClass(/is-linked/);
    await expect(page.locator(`#p-${m.doc}-${m.passage}`)).toBeInViewport();
  }
  // Ribbons join the statement to its counterparts in the neighbouring columns (1–2, 2–3).
  await expect(page.locator('.connectors path.ribbon')).toHaveCount(2);
  await shot(page, info, 'hover');
  expect(problems).toEqual([]);
});

test('ribbons follow the columns when the detail panel narrows them, and when a column scrolls', async ({ page }) => {
  await openFresh(page);
  const engine = engineJson();
  const group = engine.groups.find((g: any) => g.reports.length === 3 && g.members.length === 3);
  const first = group.members[0];
  // Where each ribbon starts and ends against the columns and passages it joins (pixels off).
  const ids = [0, 1, 2].map((d) => group.members.find((m: any) => m.doc === d)).map((m: any) => `p-${m.doc}-${m.passage}`);
  const fit = () =>
    page.evaluate((ids) => {
      const cols = [0, 1, 2].map((d) => document.getElementById(`col-${d}`)!.getBoundingClientRect());
      const tops = ids.map((id, d) => {
        const top = document.getElementById(id)!.getBoundingClientRect().top;
        return Math.min(Math.max(top, cols[d].top), cols[d].bottom);
      });
      return [...document.querySelectorAll('.connectors path.ribbon')].map((p, i) => {
        const [x1, t1, , , , t2, x2] = (p.getAttribute('d') ?? '').match(/-?\d+/g)!.map(Number);
        return Math.max(
          Math.abs(x1 - (cols[i].right - 14)),
          Math.abs(x2 - (cols[i + 1].left + 14)),
          Math.abs(t1 - tops[i]),
          Math.abs(t2 - tops[i + 1]),
        );
      });
    }, ids);
  const passage = page.locator(`#p-${first.doc}-${first.passage}`);
  await passage.hover();
  await expect(page.locator('.connectors path.ribbon')).toHaveCount(2);
  expect(Math.max(...(await fit()))).toBeLessThanOrEqual(1);
  // Open the statement: the panel takes room beside the columns, which get narrower.
  const before = (await page.locator('#col-1').boundingBox())!;
  await passage.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.detail')).toBeVisible();
  await expect.poll(async () => (await page.locator('#col-1').boundingBox())!.x).not.toBe(before.x);
  await expect.poll(async () => Math.max(...(await fit()))).toBeLessThanOrEqual(1);
  // Scrolling a column twice: the ribbons follow every time, not only the first.
  for (const y of [120, 240]) {
    await page.locator('#col-1').evaluate((el, top) => el.scrollTo({ top, behavior: 'instant' as ScrollBehavior }), y);
    await expect.poll(async () => Math.max(...(await fit()))).toBeLessThanOrEqual(1);
  }
});

test('the minimap: one shape per colour, a click jumps to the passage at that point', async ({ page }) => {
  await openFresh(page);
  const engine = engineJson();
  const minimap = page.locator('.column[data-doc="0"] .minimap');
  // Three colours at most, however many passages.
  expect(await minimap.locator('.mini-seg').count()).toBeLessThanOrEqual(3);
  const box = (await minimap.boundingBox())!;
  // Near the right end: one of the report's last content passages.
  await page.mouse.click(box.x + box.width * 0.98, box.y + box.height / 2);
  const hovered = page.locator('#col-0 .passage.is-hovered');
  await expect(hovered).toHaveCount(1);
  await expect(hovered).toBeInViewport();
  const index = Number(await hovered.getAttribute('data-passage'));
  const content = engine.documents[0].passages.map((p: any, i: number) => [p, i]).filter(([p]: any) => p.kind !== 'boilerplate');
  const lastIndex = content.at(-1)[1];
  expect(index).toBeGreaterThan(content[Math.floor(content.length * 0.8)][1]);
  expect(index).toBeLessThanOrEqual(lastIndex);
});

test('clicking a statement opens the word diff of its group', async ({ page }, info) => {
  await openFresh(page);
  const engine = engineJson();
  // A group whose members have words shared by all and words only one report has.
  const group = engine.groups.find((g: any) =>
    g.members.some((m: any) => m.tokens.some((t: any) => t.content && t.shared_with.length === 0)) &&
    g.members.some((m: any) => m.tokens.some((t: any) => t.shared_with.length === g.reports.length - 1)),
  );
  const m = group.members[0];
  await page.locator(`#p-${m.doc}-${m.passage}`).click();
  const detail = page.locator('.detail');
  await expect(detail).toBeVisible();
  await expect(detail.locator('.detail-member')).toHaveCount(group.members.length);
  await expect(detail.locator('.diff mark.w-all').first()).toBeVisible();
  await expect(detail.locator('.diff ins.w-only').first()).toBeVisible();
  // The diff shows exactly the words the engine marks as shared by all.
  const sharedByAll = m.tokens.filter((t: any) => t.shared_with.length === group.reports.length - 1).map((t: any) => t.text);
  const marked = await detail.locator('.detail-member').first().locator('mark.w-all').allTextContents();
  expect(marked).toEqual(sharedByAll);
  await shot(page, info, 'detail');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
});

test('an unmatched statement offers its closest passages in the other reports, one click away', async ({ page }, info) => {
  const problems = watch(page);
  await openFresh(page);
  const engine = engineJson();
  // A statement only this report makes, whose closest passage nearly reaches the threshold
  // (at least 0.7 of it).
  const nearly = (p: any) => (p.near ?? []).filter((n: any) => n.score >= engine.options.threshold * 0.7);
  const [doc, index] = engine.documents
    .flatMap((d: any, di: number) => d.passages.map((p: any, pi: number) => [di, pi, p]))
    .find(([, , p]: any) => p.agreement === 'only_here' && nearly(p).length > 0);
  const near = engine.documents[doc].passages[index].near;
  // In the column: a muted "≈2" hint names the reports nearly linked, and screen readers hear it.
  const passage = page.locator(`#p-${doc}-${index}`);
  const hinted = nearly(engine.documents[doc].passages[index]);
  await expect(passage.locator('.near-hint')).toHaveText(`≈${hinted.map((n: any) => n.doc + 1).join('·')}`);
  await expect(passage.locator('.sr-only')).toContainText('resembles report');
  // Only-here statements whose closest passages are far below the threshold get no hint.
  const far = engine.documents.flatMap((d: any, di: number) => d.passages.map((p: any, pi: number) => [di, pi, p]))
    .find(([, , p]: any) => p.agreement === 'only_here' && (p.near ?? []).length > 0 && nearly(p).length === 0);
  await expect(page.locator(`#p-${far[0]}-${far[1]} .near-hint`)).toHaveCount(0);
  // The synopsis marks the same statement the same way.
  await page.locator('#view-synopsis').click();
  const row = page.locator(`.synopsis .passage[data-doc="${doc}"][data-passage="${index}"]`);
  await expect(row.locator('.near-hint')).toHaveText(`≈${hinted.map((n: any) => n.doc + 1).join('·')}`);
  await page.locator('#view-columns').click();
  // A statement some other report makes has no hint.
  await expect(page.locator('.passage.agree-all .near-hint, .passage.agree-some .near-hint')).toHaveCount(0);
  await page.locator(`#p-${doc}-${index}`).click();
  const section = page.locator('.detail .detail-near');
  await expect(section).toBeVisible();
  await expect(section.locator('.near-member')).toHaveCount(near.length);
  const first = near[0];
  const text = engine.documents[first.doc].passages[first.passage].text;
  await expect(section.locator('.near-member').first()).toContainText(text.slice(0, 40));
  await expect(section.locator('.near-member').first()).toContainText(first.score.toFixed(2));
  await shot(page, info, 'detail-near');
  // The jump button marks that passage in its column and scrolls it into view.
  await section.locator('.near-member').first().locator('button').click();
  const target = page.locator(`#p-${first.doc}-${first.passage}`);
  await expect(target).toHaveClass(/is-hovered/);
  await expect(target).toBeInViewport();
  expect(problems).toEqual([]);
});

test('synopsis view: one row per statement group and per unmatched statement', async ({ page }, info) => {
  await openFresh(page);
  const engine = engineJson();
  await page.locator('#view-synopsis').click();
  await expect(page.locator('.synopsis tbody tr')).toHaveCount(synopsisRowCount(engine));
  await expect(page.locator('.synopsis thead th')).toHaveCount(3);
  // Sticky headers stay visible when the table scrolls.
  await page.locator('.synopsis').evaluate((el) => (el.scrollTop = 800));
  await expect(page.locator('.synopsis thead th').first()).toBeInViewport();
  await shot(page, info, 'synopsis');
  await page.locator('#view-columns').click();
  await expect(page.locator('.column')).toHaveCount(3);
});

test('keyboard: tab to a statement, arrows, j for the next divergence, Enter, Esc', async ({ page }) => {
  await openFresh(page);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('passage'))) break;
  }
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  const start = await focused();
  expect(start).toMatch(/^p-0-\d+$/);
  await page.keyboard.press('ArrowDown');
  const next = await focused();
  expect(next).not.toEqual(start);
  expect(next).toMatch(/^p-0-\d+$/);
  await page.keyboard.press('j');
  const divergent = await page.evaluate(() => document.activeElement?.className ?? '');
  expect(divergent).toMatch(/agree-(some|only)/);
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toMatch(/^p-1-\d+$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.detail')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.detail')).toBeHidden();
});

test('the threshold slider re-aligns live', async ({ page }) => {
  await openFresh(page);
  const low = engineJson(0.15);
  await page.locator('.threshold input').evaluate((el: HTMLInputElement) => {
    el.value = '0.15';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.locator('.threshold output')).toHaveText('0.15');
  const shared = low.documents[0].passages.filter((p: any) => p.agreement === 'all' || p.agreement === 'some').length;
  await expect(page.locator('.column').nth(0).locator('.passage.agree-all, .passage.agree-some')).toHaveCount(shared);
});

test('interface language switches and is remembered', async ({ page }) => {
  await openFresh(page);
  const before = await page.locator('#switch-language').textContent();
  await page.locator('#switch-language').click();
  await expect(page.locator('#switch-language')).not.toHaveText(before!);
  const legend = await page.locator('.legend').textContent();
  await page.reload();
  await expect(page.locator('.legend')).toHaveText(legend!);
});
