// Embedding: the compact widget in a blog post, sized by parallax-embed.js, several per page.
import { test, expect } from '@playwright/test';
import { appReady, shot, watch } from './helpers';

test('the example blog post embeds the widget, which sizes its own iframe', async ({ page }, info) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto('./examples/blog-post.html');
  const frame = page.frameLocator('iframe.parallax-embed').first();
  await expect(frame.locator('.column')).toHaveCount(3);
  // The widget's own render replaced index.html's copy of the example.
  await expect(frame.locator('#prerendered')).toHaveCount(0);
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
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('parallax.v1', JSON.stringify({ version: 1, saved: { reports: [] } })));
  await page.goto('./index.html?embed');
  await appReady(page);
  await expect(page.locator('.column')).toHaveCount(3);
  expect(await page.evaluate(() => localStorage.getItem('parallax.v1'))).toContain('"reports":[]');
});

test('?src= loads a comparison file from the same site; bad files give a message in the widget', async ({ page }) => {
  const file = {
    schema_version: 1,
    documents: [],
    groups: [],
    summary: [],
    parallax_app: {
      reports: [
        { id: 0, label: 'Agentur', name: 'a.txt', text: 'Erster Bericht\nDie NATO kritisiert China wegen der Angriffe auf Microsoft Exchange.' },
        { id: 1, label: 'Zeitung', name: 'b.txt', text: 'Zweiter Bericht\nChina wird von der NATO wegen Angriffen auf Microsoft Exchange kritisiert.' },
      ],
      threshold: 0.3, granularity: 'sentence', show_boilerplate: false, view: 'Columns', ui_lang: 'De', next_id: 2,
    },
  };
  await page.route('**/comparisons/*.json', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name === 'good.json') await route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) });
    else if (name === 'broken.json') await route.fulfill({ contentType: 'application/json', body: '{"schema_version": 1, "documents": 5' });
    else await route.fulfill({ status: 404, body: 'nope' });
  });
  await page.goto('./index.html?embed&src=comparisons/good.json');
  await expect(page.locator('.column')).toHaveCount(2);
  await expect(page.locator('.column-label').nth(1)).toContainText('Zeitung');
  await expect(page.locator('.passage.agree-all').first()).toBeVisible();
  for (const [src, message] of [['comparisons/broken.json', 'not JSON'], ['comparisons/missing.json', 'HTTP 404'], ['https://elsewhere.example/x.json', 'only files from this site']]) {
    await page.goto(`./index.html?embed&src=${encodeURIComponent(src)}`);
    await expect(page.locator('.notice')).toContainText(message);
    await expect(page.locator('.column')).toHaveCount(3);
  }
});
