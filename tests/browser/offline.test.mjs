// The offline edition as a patient uses it: each language's zip unzipped into a folder and
// opened from disk. The copy's first page opens the language; links lead to pages of the copy;
// search and the institutions filter work; every internal link, anchor and asset of every
// page resolves. The zips are unzipped with Python's standard zipfile module, which every
// machine that runs these tests has, so that no npm package is added for it.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';

import { fileUrl, open, withGuide } from './lib.mjs';

const env = withGuide();
const LANGS = ['en', 'ko', 'ja', 'zh-Hans', 'zh-Hant', 'ru', 'mn', 'th', 'vi', 'ar'];
const unzipped = mkdtempSync(join(tmpdir(), 'armguide-offline-'));
after(() => rmSync(unzipped, { recursive: true, force: true }));

/** Unzips `lang`'s edition into a folder of its own and returns the folder. */
function unzip(lang) {
  const dir = join(unzipped, lang);
  if (!existsSync(dir)) {
    execFileSync('python3', ['-m', 'zipfile', '-e', join(env.site, 'offline', `guide-${lang}.zip`), dir]);
  }
  return dir;
}

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

for (const lang of LANGS) {
  test(`every link, anchor and asset of the unzipped ${lang} copy resolves`, async () => {
    const dir = unzip(lang);
    const files = htmlFiles(dir);
    assert.ok(files.includes(`${lang}/print.html`) && files.includes('index.html'), files.join(' '));
    assert.ok(!files.some((f) => !f.startsWith(`${lang}/`) && f !== 'index.html'), 'only its own language');
    // The copy's first page opens the language.
    const first = await open(env.browser, fileUrl(dir, 'index.html'));
    await first.page.waitForURL(new RegExp(`/${lang}/index\\.html$`));
    assert.deepEqual(first.problems, []);
    await first.context.close();
    const { page, context, problems } = await open(env.browser, fileUrl(dir, `${lang}/index.html`));
    const ids = new Map();
    const links = [];
    // The root page only redirects (its link is the one just followed); the rest are read.
    ids.set('index.html', new Set());
    for (const file of files.filter((f) => f !== 'index.html')) {
      await page.goto(fileUrl(dir, file));
      ids.set(file, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
      const hrefs = await page.$$eval('a[href], link[href]', (els) => els.map((e) => e.href));
      const srcs = await page.$$eval('[src]', (els) => els.map((e) => e.src));
      for (const url of [...hrefs, ...srcs]) if (url.startsWith('file:')) links.push({ file, url });
    }
    assert.ok(links.length > files.length * 20, `only ${links.length} links found: the crawl saw the pages`);
    const broken = [];
    for (const { file, url } of links) {
      const u = new URL(url);
      const target = relative(dir, fileURLToPath(`file://${u.pathname}`));
      if (target.startsWith('..') || !existsSync(join(dir, target))) {
        broken.push(`${file}: ${url} is not in the copy`);
        continue;
      }
      const anchor = decodeURIComponent(u.hash.slice(1));
      if (anchor && target.endsWith('.html') && !ids.get(target)?.has(anchor)) {
        broken.push(`${file}: ${url}: no id \`${anchor}\``);
      }
    }
    assert.deepEqual([...new Set(broken)], []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('following links within an unzipped copy, and its stamp', async () => {
  const dir = unzip('en');
  const { page, context, problems } = await open(env.browser, fileUrl(dir, 'index.html'));
  await page.waitForURL(/\/en\/index\.html$/);
  await Promise.all([page.waitForURL(/\/en\/faq\/index\.html$/), page.click('.primary-nav a[href$="faq/index.html"]')]);
  await Promise.all([page.waitForURL(/\/en\/print\.html$/), page.click('.edition-print a')]);
  assert.ok(await page.isVisible('#part-glossary-index'));
  // A link between parts stays on the print page.
  const inner = await page.$$eval('.print-part a[href^="#"]', (as) => as.length);
  assert.ok(inner > 0, 'links between parts point within the page');
  const stamp = await page.textContent('.edition');
  assert.match(stamp, /This version was made on:/);
  assert.match(stamp, /Check the online guide before you act\./);
  assert.match(stamp, /You are reading a copy saved for offline use\./);
  assert.equal(await page.$('.edition-download'), null, 'no download link inside the copy');
  // On paper the navigation and search go; the stamp stays.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.primary-nav'), false);
  assert.equal(await page.isVisible('.site-search'), false);
  assert.equal(await page.isVisible('.edition'), true);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const lang of ['en', 'ko', 'ar']) {
  test(`search and the institutions filter work in the unzipped ${lang} copy`, async () => {
    const dir = unzip(lang);
    const { page, context, problems } = await open(env.browser, fileUrl(dir, `${lang}/glossary/index.html`));
    const term = (await page.textContent('.glossary-entry dfn')).trim();
    await page.fill('#site-search-q', term);
    await page.waitForSelector('.search-option a', { timeout: 5000 });
    const first = await page.getAttribute('.search-option a', 'href');
    await Promise.all([page.waitForURL(/\.html/), page.click('.search-option a')]);
    assert.ok(existsSync(fileURLToPath(page.url().split('#')[0])), `${first} opens a page of the copy`);

    await page.goto(fileUrl(dir, `${lang}/institutions/index.html`));
    const visible = () => page.$$eval('[data-directory-item]', (els) => els.filter((e) => e.offsetParent !== null).length);
    const all = await visible();
    await page.selectOption('#filter-status', 'revoked');
    const revoked = await visible();
    assert.ok(revoked > 0 && revoked < all, `${revoked} of ${all}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('every page of the site links its zip with the size, and the zip is there', async () => {
  const { page, context } = await open(env.browser, fileUrl(env.site, 'ko/faq/index.html'));
  const link = await page.$('.edition-download a');
  assert.match(await link.textContent(), /\d[\d.,]*\D{0,3}(KB|MB)/);
  assert.ok(existsSync(fileURLToPath(await link.evaluate((a) => a.href))));
  await context.close();
});
