// Facts at a glance: the matrix of who names what, its filter and jump links, conflicting facts
// in the detail, and the facts in the exports.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { engineJson, openFresh, shot, watch } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
});

/** The row of a fact in the matrix, by its engine key. */
const row = (page: Page, key: string) => page.locator(`.facts-matrix tr[data-fact="${key}"]`);

/** Which reports (0-based) a matrix row marks as naming the fact. */
async function marked(page: Page, key: string): Promise<number[]> {
  const cells = row(page, key).locator('td');
  const classes = await cells.evaluateAll((tds) => tds.map((td) => td.className));
  return classes.flatMap((c, i) => (c.includes('fact-yes') ? [i] : []));
}

test('facts matrix shows who names what, divergent facts first', async ({ page }, info) => {
  const problems = watch(page);
  await openFresh(page);
  const engine = engineJson();
  await page.locator('#view-facts').click();
  await expect(page.locator('.facts-matrix tbody tr')).toHaveCount(engine.facts.length);
  await expect(page.locator('.facts-matrix thead th')).toHaveCount(4);
  // The divergences a reader of the three seed reports must see.
  expect(await marked(page, 'c:norway')).toEqual([1, 2]);
  expect(await marked(page, 'c:nato')).toEqual([0, 2]);
  expect(await marked(page, 'c:five_eyes')).toEqual([0]);
  expect(await marked(page, 'n:hafnium')).toEqual([1]);
  expect(await marked(page, 'n:solarwinds')).toEqual([1]);
  expect(await marked(page, 'n:xinjiang')).toEqual([2]);
  expect(await marked(page, 'n:zhao lijian')).toEqual([2]);
  expect(await marked(page, 'n:global times')).toEqual([2]);
  const blinken = engine.facts.find((f: any) => f.variants.includes('Anthony Blinken'));
  expect(await marked(page, blinken.key)).toEqual([0, 1, 2]);
  await expect(row(page, blinken.key).locator('th')).toHaveAttribute('title', /Antony Blinken.*Anthony Blinken|Anthony Blinken.*Antony Blinken/);
  // Divergent first: the first row is not common to all, the last one is.
  await expect(page.locator('.facts-matrix tbody tr').first()).not.toHaveClass(/fact-common/);
  await expect(page.locator('.facts-matrix tbody tr').last()).toHaveClass(/fact-common/);
  await shot(page, info, 'facts');
  expect(problems).toEqual([]);
});

test('facts filter by kind, and a mark jumps to the passage', async ({ page }, info) => {
  await openFresh(page);
  const engine = engineJson();
  await page.locator('#view-facts').click();
  const people = engine.facts.filter((f: any) => f.kind === 'person');
  await page.locator('.fact-filter', { hasText: /^(People|Personen) \(/ }).click();
  await expect(page.locator('.facts-matrix tbody tr')).toHaveCount(people.length);
  await expect(page.locator('.facts-matrix tbody tr.kind-person')).toHaveCount(people.length);
  // Zhao Lijian: only report 3 names him; its mark opens that passage in the columns.
  const zhao = engine.facts.find((f: any) => f.key === 'n:zhao lijian');
  const m = zhao.mentions[0];
  await row(page, 'n:zhao lijian').locator('.fact-mark').click();
  await expect(page.locator('.columns')).toBeVisible();
  const passage = page.locator(`#p-${m.doc}-${m.passage}`);
  await expect(passage).toBeFocused();
  await expect(passage).toBeInViewport();
  await expect(passage).toContainText('Zhao Lijian');
  await shot(page, info, 'facts-jump');
});

test('the detail lists facts only some members name', async ({ page }, info) => {
  await openFresh(page);
  const engine = engineJson();
  const norway = engine.facts.findIndex((f: any) => f.key === 'c:norway');
  const group = engine.groups.find((g: any) => g.fact_differences.some((d: any) => d.fact === norway));
  expect(group).toBeTruthy();
  const m = group.members[0];
  await page.locator(`#p-${m.doc}-${m.passage}`).click();
  const badges = page.locator('.detail .fact-badge');
  await expect(badges).toHaveCount(group.fact_differences.length);
  const d = group.fact_differences.find((x: any) => x.fact === norway);
  const reports = d.reports.map((r: number) => r + 1).join(' ');
  await expect(page.locator('.detail .fact-badge[data-fact="c:norway"]')).toContainText(
    new RegExp(`Norwegen: (only in|nur in) ${reports.replace(' ', ' (and|und) ')}$`),
  );
  await shot(page, info, 'detail-facts');
});

test('facts are in the JSON export and in their own CSV', async ({ page }, info) => {
  await openFresh(page);
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const jsonFile = info.outputPath('parallax.json');
  await json.saveAs(jsonFile);
  const exported = JSON.parse(readFileSync(jsonFile, 'utf8'));
  expect(exported.facts.find((f: any) => f.key === 'c:norway').reports).toEqual([1, 2]);
  await page.locator('#view-facts').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-facts-csv').click()]);
  const csvFile = info.outputPath('facts.csv');
  await csv.saveAs(csvFile);
  const lines = readFileSync(csvFile, 'utf8').split('\r\n');
  expect(lines[0]).toMatch(/^"kind","fact","spellings",/);
  expect(lines).toContain('"place","Norwegen","Norwegen","","x","x"');
  expect(lines.length - 2).toBe(exported.facts.length);
});

test('facts matrix on a phone and in dark mode', async ({ page }, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFresh(page);
  await page.locator('#view-facts').click();
  await expect(page.locator('.facts-matrix')).toBeVisible();
  // No horizontal page scroll: the matrix scrolls inside its own box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await shot(page, info, 'facts-phone-dark');
});
