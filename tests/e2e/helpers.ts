// Shared test helpers: open the app cleanly, watch for console errors and foreign requests,
// read the engine's own JSON for the bundled reports.
import { expect, type Page, type TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const SEEDS = readdirSync('data')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join('data', f));

/** Problems seen while a page was open: console errors, page errors, requests off 127.0.0.1. */
export function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`foreign request: ${r.url()}`);
    }
  });
  return problems;
}

/** Opens the app with empty storage and waits until the app's own columns are rendered
 *  (a first visit shows index.html's prerendered copy of the example until then). */
export async function openFresh(page: Page, query = '') {
  await page.goto(`./index.html${query}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await appReady(page);
}

/** Waits until the app's own comparison is on screen and index.html's static copy is gone. */
export async function appReady(page: Page) {
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('.passage').first()).toBeVisible();
}

/** Saves a screenshot under tests/screenshots/ (looked at by hand) and attaches it to the report. */
export async function shot(page: Page, info: TestInfo, name: string) {
  mkdirSync('tests/screenshots', { recursive: true });
  const file = `tests/screenshots/${name}.png`;
  await page.screenshot({ path: file, fullPage: false });
  await info.attach(name, { path: file, contentType: 'image/png' });
}

/** The engine's comparison of the bundled reports, from the native CLI. */
export function engineJson(threshold?: number): any {
  const args = ['compare', '--format', 'json', ...(threshold ? ['--threshold', String(threshold)] : []), ...SEEDS];
  return JSON.parse(execFileSync('target/debug/parallax', args, { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

/** Rows of the synopsis for an engine comparison: one per group and per unmatched statement. */
export function synopsisRowCount(engine: any): number {
  const unmatched = engine.documents.flatMap((d: any) => d.passages).filter((p: any) => p.agreement === 'only_here').length;
  return engine.groups.length + unmatched;
}
