// Embedding: the compact widget in a blog post, sized by parallax-embed.js, several per page.
import { test, expect } from '@playwright/test';
import { shot, watch } from './helpers';

test('the example blog post embeds the widget, which sizes its own iframe', async ({ page }, info) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto('./examples/blog-post.html');
  const frame = page.frameLocator('iframe.parallax-embed').first();
  await expect(frame.locator('.column')).toHaveCount(3);
  // Compact: no toolbar, no editor, no footer; legend stays.
  await expect(frame.locator('.controls')).toHaveCount(0);
  await expect(frame.locator('.app-foot')).toHaveCount(0);
  await expect(frame.locator('.legend')).toBeVisible();
  // The host script set the iframe's height from the widget's message (initially 480 px).
  const iframe = page.locator('iframe.parallax-embed').first();
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(600);
  const content = await frame.locator('html').evaluate((el) => el.scrollHeight);
  expect(Math.abs((await iframe.boundingBox())!.height - content)).toBeLessThanOrEqual(4);
  await page.evaluate(() => window.scrollTo(0, 250));
  await shot(page, info, 'blog-post');
  // Hover and detail work inside the frame.
  await frame.locator('.passage.agree-all').nth(1).click();
  await expect(frame.locator('.detail')).toBeVisible();
  // A second widget on the same page gets its own height.
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.className = 'parallax-embed second';
    f.src = '../index.html?embed';
    f.style.height = '300px';
    document.querySelector('article')!.appendChild(f);
  });
  await expect(page.frameLocator('iframe.second').locator('.column')).toHaveCount(3);
  await expect.poll(async () => (await page.locator('iframe.second').boundingBox())!.height).toBeGreaterThan(600);
  expect(problems).toEqual([]);
});

test('the embedded widget never reads or writes the reader\'s saved work', async ({ page }) => {
  await page.goto('./index.html');
  await page.evaluate(() => localStorage.setItem('parallax.v1', JSON.stringify({ version: 1, saved: { reports: [] } })));
  await page.goto('./index.html?embed');
  await expect(page.locator('.column')).toHaveCount(3);
  expect(await page.evaluate(() => localStorage.getItem('parallax.v1'))).toContain('"reports":[]');
});
