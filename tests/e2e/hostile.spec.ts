// Hostile input: text is never HTML, and a crash shows a banner instead of a dead page.
import { test, expect } from '@playwright/test';
import { openFresh } from './helpers';

const PAYLOADS = [
  '<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=2">', '<svg onload="window.__xss=3">',
  '<iframe src="javascript:window.parent.__xss=4"></iframe>', '<a href="javascript:window.__xss=5">klick</a>',
  '"><script>window.__xss=6</script>', "'><img src=x onerror=window.__xss=7>", '<body onload=window.__xss=8>',
  '<details open ontoggle=window.__xss=9>', '<math><mi xlink:href="javascript:window.__xss=10">x</mi></math>',
  '&lt;script&gt;window.__xss=11&lt;/script&gt;', '<style>@import "javascript:window.__xss=12"</style>',
  '<input autofocus onfocus=window.__xss=13>', '<video><source onerror="window.__xss=14"></video>',
  '<object data="javascript:window.__xss=15">', '<embed src="javascript:window.__xss=16">',
  '<form action="javascript:window.__xss=17"><button>x</button></form>', '<marquee onstart=window.__xss=18>',
  '<div style="background:url(javascript:window.__xss=19)">', '<<script>window.__xss=20//<</script>',
  '<scr<script>ipt>window.__xss=21</scr</script>ipt>', '<svg><script>window.__xss=22</script></svg>',
  '<img src="x" onerror="&#119;indow.__xss=23">', '<a href="&#106;avascript:window.__xss=24">x</a>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=25">', '<base href="javascript:window.__xss=26//">',
  '<link rel=import href="data:text/html,<script>parent.__xss=27</script>">', '<table background="javascript:window.__xss=28">',
  '<svg><animate onbegin=window.__xss=29 attributeName=x dur=1s>', '<audio src=x onerror=window.__xss=30>',
  '<textarea autofocus onfocus=window.__xss=31>', '<select autofocus onfocus=window.__xss=32>',
  '<keygen autofocus onfocus=window.__xss=33>', '<isindex type=image src=x onerror=window.__xss=34>',
  '<img src=`x` onerror=window.__xss=35>', '<img/src=x/onerror=window.__xss=36>', '<img src=x onerror=alert(37)>',
  '<svg/onload=alert(38)>', '<script>alert(39)</script>', '<script src="data:text/javascript,window.__xss=40"></script>',
  '{{constructor.constructor("window.__xss=41")()}}', '${window.__xss=42}', '<x onclick=window.__xss=43>klick</x>',
  '<p onmouseover=window.__xss=44>drüber</p>', '<img src=x:alert(45) onerror=eval(src)>', '<!--<img src=x onerror=window.__xss=46>-->',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=47>">', '<template><img src=x onerror=window.__xss=48></template>',
  '</textarea><script>window.__xss=49</script>', '<dialog open onclose=window.__xss=50>', 'javascript:window.__xss=51',
];

test(`${PAYLOADS.length} XSS payloads through paste, label, HTML and JSON upload and a link stay text`, async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.setViewportSize({ width: 1600, height: 900 });
  await openFresh(page);
  await page.locator('#edit-reports').click();
  // Pasted report: one payload per line, each a sentence.
  await page.locator('#add-report').click();
  const pasted = 'Bösartige Eingaben\n' + PAYLOADS.map((p, i) => `Zeile ${i}: ${p} Ende.`).join('\n');
  await page.locator('.draft textarea').nth(3).fill(pasted);
  await page.locator('.draft input[type=text]').nth(3).fill(PAYLOADS[1] + PAYLOADS[0]);
  // Uploaded HTML: payloads inside the markup.
  await page.locator('.upload input[type=file]').setInputFiles({
    name: 'evil.html', mimeType: 'text/html', buffer: Buffer.from(`<h1>Titel ${PAYLOADS[2]}</h1>` + PAYLOADS.map((p) => `<p>${p} Satz.</p>`).join('')),
  });
  await expect(page.locator('.column')).toHaveCount(5);
  const column = page.locator('.column').nth(3);
  await expect(column).toContainText('<script>window.__xss=1</script>');
  await expect(column).toContainText('<img src=x onerror="window.__xss=2">');
  await expect(page.locator('.column-label').nth(3)).toContainText('<img src=x onerror="window.__xss=2">');
  // Open a detail and the synopsis: more places where text is shown.
  await column.locator('.passage').nth(2).click();
  await expect(page.locator('.detail')).toContainText('Zeile');
  await page.locator('#view-synopsis').click();
  await expect(page.locator('.synopsis')).toContainText('<svg onload="window.__xss=3">');
  await page.reload();
  await expect(page.locator('.synopsis')).toContainText('<svg onload="window.__xss=3">');
  expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element from a payload made it into the DOM.
  expect(await page.locator('.column img, .synopsis img, .synopsis svg, .app iframe, .app object, .app embed').count()).toBe(0);

  // Payloads through the other input paths: a JSON file, a permalink (URL fragment), and the
  // facts view that shows names taken from them.
  const report = (title: string, from: number, to: number) =>
    `${title}\n` + PAYLOADS.slice(from, to).map((p) => `Die NATO sagte ${p} am Montag.`).join('\n');
  const file = {
    parallax_app: {
      reports: [
        { id: 0, label: PAYLOADS[0], name: 'a.txt', text: report(`Titel ${PAYLOADS[3]}`, 0, 25) },
        { id: 1, label: PAYLOADS[5], name: 'b.txt', text: report(`Zweiter ${PAYLOADS[4]}`, 25, PAYLOADS.length) },
      ],
      threshold: 0.3, granularity: 'sentence', show_boilerplate: false, view: 'Synopsis', ui_lang: 'De', next_id: 2,
    },
  };
  await openFresh(page);
  await page.locator('#edit-reports').click();
  await page.locator('.upload input[type=file]').setInputFiles({
    name: 'payloads.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.locator('.synopsis thead th')).toHaveCount(2);
  await expect(page.locator('.synopsis')).toContainText('<svg onload="window.__xss=3">');
  await page.locator('#copy-link').click();
  const link = await page.locator('#share-link').inputValue();
  await page.locator('#view-facts').click();
  await expect(page.locator('.facts-matrix')).toBeVisible();
  const viaLink = await page.context().newPage();
  viaLink.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await viaLink.goto(link);
  await expect(viaLink.locator('.synopsis')).toContainText('<svg onload="window.__xss=3">');
  await expect(viaLink.locator('.synopsis thead')).toContainText(PAYLOADS[5]);
  expect(await viaLink.evaluate(() => (window as any).__xss)).toBeUndefined();
  // Only the fragment changes: the page starts over with the (broken) link.
  await viaLink.goto('./index.html#c=<svg onload="window.__xss=10">');
  await expect(viaLink.locator('.notice')).toContainText(/Link (unreadable|nicht lesbar)/);
  expect(await viaLink.evaluate(() => (window as any).__xss)).toBeUndefined();
  await viaLink.close();
  expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('.app img, .app svg:not(.minimap):not(.connectors), .app iframe').count()).toBe(0);
});

test('a crash shows a banner with reset instead of a dead page', async ({ page }) => {
  await page.goto('./index.html#parallax-self-test-panic');
  const banner = page.locator('.crash-banner');
  await expect(banner).toBeVisible();
  await banner.getByRole('button').click();
  await page.goto('./index.html');
  await expect(page.locator('.column')).toHaveCount(3);
});
