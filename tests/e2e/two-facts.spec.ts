// A passage that states two facts the other reports state apart ("O sindicato fala numa adesão
// de 92% e exige um aumento de 150 euros"): the Portuguese test set pasted as the user's own
// reports, compared by the page's engine. The passage belongs to both statement groups.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openFresh, shot, watch } from './helpers';

const DIR = 'engine/tests/fixtures/portuguese';
const TEXTS = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt') && f !== 'gold.txt')
  .sort()
  .map((f) => readFileSync(path.join(DIR, f), 'utf8'));

test('a passage of two facts links to the counterparts of each, and its detail shows both', async ({ page }, info) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  await page.locator('#edit-reports').click();
  for (const [i, text] of TEXTS.entries()) await page.locator('.draft textarea').nth(i).fill(text);
  const columns = page.locator('.column');
  await expect(columns.nth(2).locator('.column-title')).toHaveText(/greve/i);
  await page.locator('#edit-reports').click();

  const both = columns.nth(2).locator('.passage', { hasText: 'fala numa adesão de 92% e exige' });
  const turnout = [columns.nth(0).locator('.passage', { hasText: 'estima uma adesão de 92%' }),
    columns.nth(1).locator('.passage', { hasText: 'noventa e dois por cento' })];
  const pay = [columns.nth(0).locator('.passage', { hasText: 'aumento salarial de 150 euros' }),
    columns.nth(1).locator('.passage', { hasText: 'mais 150 euros de salário' })];
  await expect(both).toHaveClass(/agree-all/);
  await expect(both.locator('.badge')).toHaveText('1·2·3');

  // Hovering it lights up the counterparts of both facts, two in each other report.
  await both.hover();
  await expect(page.locator('.passage.is-linked')).toHaveCount(4);
  for (const p of [...turnout, ...pay]) await expect(p).toHaveClass(/is-linked/);
  // Hovering one fact's counterpart lights up that fact's group only: the passage, not the
  // other fact's passages.
  await turnout[0].hover();
  await expect(both).toHaveClass(/is-linked/);
  await expect(turnout[1]).toHaveClass(/is-linked/);
  for (const p of pay) await expect(p).not.toHaveClass(/is-linked/);

  // Its detail: the first statement, then "also states" with the second, each with its diff.
  await both.click();
  const detail = page.locator('.detail');
  await expect(detail).toBeVisible();
  await expect(detail.locator('.detail-second')).toHaveCount(1);
  await expect(detail.locator('.detail-second-head')).toHaveText(/also states|sagt außerdem/);
  await expect(detail.locator('.detail-member')).toHaveCount(6);
  const second = detail.locator('.detail-second');
  const first = detail.locator('.detail-member').first();
  // One group is the pay demand, the other the turnout; the figures are marked as shared in each.
  const texts = [await first.textContent(), await second.locator('.detail-member').first().textContent()];
  expect(texts.some((t) => t!.includes('150 euros')) && texts.some((t) => t!.includes('92%'))).toBe(true);
  await expect(detail.locator('mark.w-all', { hasText: '150' }).first()).toBeVisible();
  await expect(detail.locator('mark', { hasText: '92' }).first()).toBeAttached();
  await shot(page, info, 'two-facts');
  expect(problems).toEqual([]);
});

// A passage the grouping left alone because its one strong counterpart is grouped with another
// passage of its report (not next to it): in the bundled example, report 1's "US-Außenminister
// Antony Blinken formulierte es in einer Stellungnahme wie folgt:" and report 2's "In aAussage
// veröffentlicht von US-Außenminister Antony Blinken …", which is grouped with report 1's quote.
test('a passage left alone by the grouping still shows its one strong counterpart', async ({ page }) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  const columns = page.locator('.column');
  const lead = columns.nth(0).locator('.passage', { hasText: 'formulierte es in einer Stellungnahme' });
  const statement = columns.nth(1).locator('.passage', { hasText: 'veröffentlicht von US-Außenminister' });
  await expect(lead).toHaveClass(/agree-some/);
  await expect(lead.locator('.badge')).toHaveText('1·2');
  await lead.hover();
  await expect(statement).toHaveClass(/is-linked/);
  await expect(page.locator('.passage.is-linked')).toHaveCount(1);
  // Its detail compares the two; the counterpart's own statement group stays as it was.
  await lead.click();
  const detail = page.locator('.detail');
  await expect(detail.locator('.detail-member')).toHaveCount(2);
  await expect(detail.locator('mark', { hasText: 'Blinken' }).first()).toBeAttached();
  await page.keyboard.press('Escape');
  await statement.hover();
  await expect(columns.nth(0).locator('.passage', { hasText: 'Ökosystem' }).first()).toHaveClass(/is-linked/);
  await expect(lead).toHaveClass(/is-linked/);
  expect(problems).toEqual([]);
});

// A second fact after "einschließlich": in the bundled example, report 3's "Westliche Verbündete
// beschuldigten China, …, einschließlich Angriff auf Microsoft Exchange-Apps" is in the group of
// the allies' accusation and, through its words after "einschließlich", in the group of the
// Exchange attack, which is thereby a statement of all three reports.
test('the bundled example: a sentence that names the Exchange attack after "einschließlich" is in its group too', async ({ page }, info) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFresh(page);
  const columns = page.locator('.column');
  const both = columns.nth(2).locator('.passage', { hasText: 'einschließlich Angriff auf Microsoft Exchange-Apps' });
  const exchange = [columns.nth(0).locator('.passage', { hasText: 'Exchange Server von Microsoft Corp.' }),
    columns.nth(1).locator('.passage', { hasText: 'Der Microsoft Exchange-Angriff nutzte' })];
  for (const p of exchange) await expect(p).toHaveClass(/agree-all/);
  await both.hover();
  for (const p of exchange) await expect(p).toHaveClass(/is-linked/);

  await both.click();
  const detail = page.locator('.detail');
  await expect(detail.locator('.detail-second')).toHaveCount(1);
  await expect(detail.locator('.detail-second-head')).toHaveText(/also states|sagt außerdem/);
  // One of its two groups is the Exchange attack's, with "Exchange" marked as shared.
  await expect(detail.locator('.detail-member', { hasText: 'Der Microsoft Exchange-Angriff nutzte' })).toHaveCount(1);
  await expect(detail.locator('mark', { hasText: 'Exchange' }).first()).toBeAttached();
  await shot(page, info, 'two-facts-including');
  expect(problems).toEqual([]);
});
