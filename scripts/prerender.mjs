// Puts the built-in example's comparison into dist/index.html as plain HTML, so that a first
// visit shows it as soon as the page is parsed, while the WebAssembly module still downloads
// and compiles (docs/BENCHMARKS.md, "Stop 25").
//
// The HTML is not written by hand: the release build itself renders the example in headless
// Chromium, with a German and with an English browser, as the page and as the widget a blog
// embeds (`?embed`), and its DOM is saved. A small inline script (allowed by its hash in the
// page's Content Security Policy) keeps a copy only where the app will show the same thing — a
// first visit (nothing saved) without query or fragment, or the example widget — picks the copy
// of that page in the reader's language and makes it inert; the app removes it in the task that
// renders its own comparison (src/compute.rs). Without JavaScript the German copy of the page
// stays readable. Browser tests check each copy against the live app.
//
// Usage: node scripts/prerender.mjs DIST
import { chromium } from 'playwright';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const dist = process.argv[2] ?? 'dist';
const indexFile = path.join(dist, 'index.html');
const START = '<!-- prerendered example -->';
const END = '<!-- /prerendered example -->';
// The app's storage key: a saved state means the reader's own work, not the example.
const storageKey = readFileSync(new URL('../src/storage.rs', import.meta.url), 'utf8').match(/pub const KEY: &str = "([^"]+)";/)[1];

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const withoutCopy = (html) => html.replace(new RegExp(`\\s*${START}[\\s\\S]*?${END}`), '');

const original = withoutCopy(readFileSync(indexFile, 'utf8')).replace(/ 'sha256-[^']+'/g, '');
writeFileSync(indexFile, original);

const server = createServer((req, res) => {
  const file = path.resolve(dist, '.' + decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(path.resolve(dist))) return res.writeHead(403).end();
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/index.html`;

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

/** The app's first render of the example for a browser in `locale`, at `query` ('' or '?embed'). */
async function render(locale, query = '') {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(base + query);
  await page.waitForFunction(() => performance.getEntriesByName('parallax:first-render').length > 0, null, { timeout: 60_000 });
  // Long columns render a piece per task: wait until the DOM stops changing.
  let last = '';
  for (;;) {
    await page.waitForTimeout(400);
    const now = await page.evaluate(() => document.querySelector('.app')?.outerHTML ?? '');
    if (now === last) break;
    last = now;
  }
  const html = await page.evaluate(() => {
    const app = document.querySelector('.app').cloneNode(true);
    // What the app's first render shows: the first piece of each column (src/progressive.rs).
    // The rest fills in once the app runs (whole columns made the first frame a main-thread
    // task of 55-75 ms instead of under 50, stop 25). Without the rest, the drawer of removed
    // text would close a column that has not ended, so it waits for the app too.
    app.querySelectorAll('.column-body').forEach((body) =>
      [...body.children].filter((e) => !e.classList.contains('piece')).concat(
        [...body.children].filter((e) => e.classList.contains('piece')).slice(1)).forEach((e) => e.remove()));
    // Form values live in properties; the copy needs them as attributes.
    const live = document.querySelectorAll('.app input');
    app.querySelectorAll('input').forEach((input, i) => input.setAttribute('value', live[i].value));
    return app.outerHTML;
  });
  await context.close();
  if (errors.length) throw new Error(`prerender (${locale}): ${errors.join('; ')}`);
  if (!html.includes('class="passage') || /<script/i.test(html)) throw new Error(`prerender (${locale}): unexpected page`);
  return html;
}

const german = await render('de-DE');
const english = await render('en-US');
// The widget a blog post embeds (`?embed`, README "Embed it"): it never reads saved work, so
// its copy is kept whatever the storage holds.
const widgetGerman = await render('de-DE', '?embed');
const widgetEnglish = await render('en-US', '?embed');
await browser.close();
server.close();

const keep = `(function () {
  var copy = document.getElementById('prerendered'), embed = location.search === '?embed', keep = false;
  var de = /^de/i.test(navigator.language || ''), choice = (embed ? 'embed-' : '') + (de ? 'de' : 'en');
  try { keep = !location.hash && (embed || (!location.search && localStorage.getItem(${JSON.stringify(storageKey)}) === null)); } catch (e) {}
  if (keep) {
    if (choice !== 'de') copy.replaceChildren(document.getElementById('prerendered-' + choice).content.cloneNode(true));
    if (!de) document.documentElement.lang = 'en';
    copy.inert = true;
    var boot = document.getElementById('boot'); if (boot) boot.remove();
  } else copy.remove();
  document.querySelectorAll('template[id^="prerendered-"]').forEach(function (t) { t.remove(); });
})();`;
const hash = `'sha256-${createHash('sha256').update(keep).digest('base64')}'`;
const templates = [['en', english], ['embed-de', widgetGerman], ['embed-en', widgetEnglish]]
  .map(([id, copy]) => `<template id="prerendered-${id}">${copy}</template>`)
  .join('');
const block = `${START}\n<div id="prerendered" class="prerendered">${german}</div>${templates}\n<script>${keep}</script>\n${END}`;
let html = original.replace(/(<noscript>[\s\S]*?<\/noscript>)/, `$1\n    ${block}`);
html = html.replace(/script-src 'self'/, `script-src 'self' ${hash}`);
if (!html.includes(block) || !html.includes(hash)) throw new Error('prerender: index.html not as expected');
writeFileSync(indexFile, html);
const kb = (s) => (Buffer.byteLength(s) / 1024).toFixed(1);
console.log(`prerender: the example's comparison in index.html (German ${kb(german)} KB, English ${kb(english)} KB; widget ${kb(widgetGerman)} / ${kb(widgetEnglish)} KB)`);
