// Search as a patient uses it: typing in the header box on a copy opened from disk and on a
// host under a path prefix, the keyboard, and the full results page.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { buildSite, fileUrl, guideWith, open, repo, withGuide } from './lib.mjs';

const env = withGuide();

const url = (where, path) => (where === 'file' ? fileUrl(env.site, path) : `${env.server.base}${path}`);

async function suggestions(page, query) {
  await page.fill('#site-search-q', query);
  await page.waitForSelector('.search-option a', { timeout: 5000 });
  return page.$$eval('.search-option a', (links) => links.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })));
}

for (const where of ['file', 'http']) {
  test(`typing finds the glossary term, even misspelt (${where})`, async () => {
    const { page, context, problems } = await open(env.browser, url(where, 'en/costs.html'));
    let found = await suggestions(page, 'stem cels');
    assert.match(found[0].text, /Stem cell/);
    assert.equal(found[0].href, '../en/glossary/index.html#stem-cell');
    // The keyboard opens the first result.
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/glossary\/index\.html#stem-cell$/), page.keyboard.press('Enter')]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`Korean with a particle, and English on the Korean site (${where})`, async () => {
    const { page, context, problems } = await open(env.browser, url(where, 'ko/index.html'));
    let found = await suggestions(page, '줄기세포는');
    assert.match(found[0].text, /줄기세포/);
    found = await suggestions(page, 'stem cell');
    assert.ok(found.slice(0, 3).some((f) => f.href.endsWith('ko/glossary/index.html#stem-cell')), JSON.stringify(found));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// The guide cut into parts small enough that their first keys are grouped, built once for the
// tests that need a large index.
let splitGuide;
const split = () => (splitGuide ??= buildSite(guideWith('search_part_bytes = 1024\nsearch_key_groups = 16')));

test("a large index's key groups load beside its manifest, from disk", async () => {
  // The results page must ask for the groups of its query's words in the round of the
  // manifest, not after it, and the box for those of the words being typed.
  const site = split();
  const events = [];
  const name = (r) => r.url().replace(/^.*\/assets\/search\//, '');
  const { page, context, problems } = await open(env.browser, 'about:blank');
  page.on('request', (r) => events.push(`asked ${name(r)}`));
  page.on('requestfinished', (r) => events.push(`loaded ${name(r)}`));
  await page.goto(`${fileUrl(site, 'ko/search.html')}?q=${encodeURIComponent('줄기세포는')}`);
  await page.waitForSelector('.search-result a', { timeout: 5000 });
  const top = await page.$eval('.search-result a', (a) => a.getAttribute('href'));
  assert.equal(top, '../ko/glossary/index.html#stem-cell');
  const groups = events.filter((e) => /^asked ko\/k\d+\.js$/.test(e));
  assert.ok(groups.length > 0, events.join('\n'));
  assert.ok(groups.every((e) => events.indexOf(e) < events.indexOf('loaded ko.js')), events.join('\n'));
  await page.goto(fileUrl(site, 'ko/index.html'));
  // The box asks for the groups of what is typed as the input event fires, before its query
  // waits out the pause (80 ms) for more typing.
  const asked = await page.evaluate(() => {
    const input = document.querySelector('#site-search-q');
    input.focus();
    input.value = 'stem cell';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return Array.from(document.querySelectorAll('script[src]'), (el) => el.getAttribute('src'))
      .filter((src) => /\/k\d+\.js$/.test(src));
  });
  assert.ok(asked.length > 0, 'no key group was asked for as the reader typed');
  const found = await suggestions(page, 'stem cell');
  assert.ok(found.slice(0, 3).some((f) => f.href.endsWith('ko/glossary/index.html#stem-cell')), JSON.stringify(found));
  assert.deepEqual(problems, []);
  await context.close();
});

test('an offline copy carries a split index as one script, and its search loads no part', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'armguide-copy-'));
  try {
    execFileSync('python3', ['-m', 'zipfile', '-e', join(split(), 'offline', 'guide-ko.zip'), dir]);
    assert.ok(!existsSync(join(dir, 'assets/search/ko')), 'the copy has no parts folder');
    assert.doesNotMatch(readFileSync(join(dir, 'ko/index.html'), 'utf8'), /data-index-groups/);
    const asked = [];
    const { page, context, problems } = await open(env.browser, 'about:blank');
    page.on('request', (r) => asked.push(r.url()));
    await page.goto(fileUrl(dir, 'ko/index.html'));
    // A word and a misspelt one: the parts of both, and the typo dictionary, are in the script.
    for (const query of ['stem cell', 'stem cels']) {
      const found = await suggestions(page, query);
      assert.ok(found.slice(0, 3).some((f) => f.href.endsWith('ko/glossary/index.html#stem-cell')), `${query}: ${JSON.stringify(found)}`);
    }
    const search = asked.filter((u) => u.includes('/assets/search/')).map((u) => u.replace(/^.*\/assets\/search\//, ''));
    assert.deepEqual(search, ['ko.js']);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the results page lists what ?q= asks for, from disk', async () => {
  const { page, context, problems } = await open(env.browser, `${fileUrl(env.site, 'en/search.html')}?q=revoked`);
  await page.waitForSelector('.search-result', { timeout: 5000 });
  const results = await page.$$eval('.search-result a', (links) => links.map((a) => a.getAttribute('href')));
  assert.ok(results.some((h) => h.includes('institutions/')), JSON.stringify(results));
  assert.equal(await page.inputValue('#search-page-q'), 'revoked');
  // Matched words are marked, as text, never as markup from the index.
  assert.ok((await page.$$('.search-result mark')).length > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the results page says when it shows only the best 50, in one sentence', async () => {
  const { page, context, problems } = await open(env.browser, `${fileUrl(env.site, 'en/search.html')}?q=cell+treatment+clinic`);
  await page.waitForSelector('.search-result', { timeout: 5000 });
  assert.equal((await page.$$('.search-result')).length, 50);
  const status = await page.textContent('#search-status');
  const more = await page.getAttribute('[data-search-page]', 'data-msg-more');
  assert.equal(status, more);
  assert.match(status, /^More than 50 results\. /);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Thai query marks whole words in its results, not letter pairs', async () => {
  const { page, context, problems } = await open(env.browser, `${fileUrl(env.site, 'th/search.html')}?q=${encodeURIComponent('เซลล์ต้นกำเนิด')}`);
  await page.waitForSelector('.search-result mark', { timeout: 5000 });
  const marks = await page.$$eval('.search-result mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.includes('เซลล์ต้นกำเนิด'), JSON.stringify(marks));
  assert.deepEqual(marks.filter((m) => Array.from(m).length < 5), []);
  assert.deepEqual(problems, []);
  await context.close();
});

// A result shows the words it was found by: its text is kept whole (a section's matching words
// may stand past its start) and it says where it belongs (a section's page), where they may be.
test('every result shows a word it was found by, and where it belongs', async () => {
  const { page, context, problems } = await open(env.browser, fileUrl(env.site, 'en/index.html'));
  for (const q of ['follow-up', 'insurance', 'consent', 'adverse event', 'treatment', 'costs']) {
    await page.fill('#site-search-q', q);
    await page.waitForFunction((q) => {
      const all = document.querySelector('.search-option.search-all a');
      return all && all.getAttribute('href').endsWith('?q=' + encodeURIComponent(q));
    }, q);
    const results = await page.$$eval('.search-option.search-result a', (links) =>
      links.map((a) => ({ text: a.textContent, marks: a.querySelectorAll('mark').length })));
    assert.ok(results.length > 1, q);
    assert.deepEqual(results.filter((r) => r.marks === 0), [], q);
  }
  // "costs" finds sections of the page on costs by its title, shown beside the section's.
  const costs = await page.$$eval('.search-option.search-result a[href*="costs.html#"] .search-context', (spans) =>
    spans.map((s) => s.innerHTML));
  assert.ok(costs.length > 0 && costs.every((c) => c === '<mark>Costs</mark>'), JSON.stringify(costs));
  assert.deepEqual(problems, []);
  await context.close();
});

// A result found by another of its names than its title shows that name, marked: English
// "stem cell" on the Korean site finds 줄기세포 by its English name, a contact is found by the
// topics it helps with. A result whose title shows the words shows no other name.
test('a result found by another name shows the name it was found by', async () => {
  const { page, context, problems } = await open(env.browser, fileUrl(env.site, 'ko/index.html'));
  await suggestions(page, 'stem cell');
  const first = await page.$eval('.search-option.search-result a', (a) => ({
    href: a.getAttribute('href'), title: a.querySelector('.search-title').textContent,
    also: a.querySelector('.search-also')?.innerHTML, dir: a.querySelector('.search-also')?.dir,
  }));
  assert.deepEqual(first, {
    href: '../ko/glossary/index.html#stem-cell', title: '줄기세포',
    also: '(<mark>stem</mark> <mark>cell</mark> · <mark>stem</mark> cells)', dir: 'auto',
  });

  await page.goto(`${fileUrl(env.site, 'en/search.html')}?q=treatment`);
  await page.waitForSelector('.search-result .search-also', { timeout: 5000 });
  const shown = await page.$$eval('.search-result', (items) => items.map((li) => ({
    href: li.querySelector('.search-title a').getAttribute('href'),
    titleMarked: li.querySelector('.search-title a mark') !== null,
    also: li.querySelector('.search-title .search-also')?.innerHTML ?? null,
  })));
  const foundation = shown.find((r) => r.href.endsWith('contacts/index.html#foundation'));
  assert.deepEqual(foundation, { href: '../en/contacts/index.html#foundation', titleMarked: false, also: '(<mark>Treatment</mark>)' });
  assert.deepEqual(shown.filter((r) => r.titleMarked && r.also !== null), []);
  assert.deepEqual(problems, []);
  await context.close();
});

// A revoked clinic found by its name must not pass for a designated one: an institution's
// result carries its status as its page does, words and a symbol, in the box and on the page.
test("an institution's result shows its status", async () => {
  const { page, context, problems } = await open(env.browser, fileUrl(env.site, 'ko/index.html'));
  const found = await suggestions(page, '의원');
  const badges = await page.$$eval('.search-option.search-result a', (links) => links
    .filter((a) => a.getAttribute('href').includes('/institutions/rmi-'))
    .map((a) => a.querySelector('.badge.status')?.className + ' ' + a.querySelector('.badge.status')?.textContent));
  assert.ok(badges.length > 1, JSON.stringify(found));
  assert.ok(badges.includes('badge status status-revoked ✕ 지정 취소'), JSON.stringify(badges));
  assert.ok(badges.includes('badge status status-active ✓ 지정 유효'), JSON.stringify(badges));
  // Nothing else carries one.
  assert.equal(await page.$$eval('.search-option a:not([href*="/institutions/rmi-"]) .badge', (b) => b.length), 0);

  await page.goto(`${fileUrl(env.site, 'en/search.html')}?q=revoked`);
  await page.waitForSelector('.search-result .badge.status-revoked', { timeout: 5000 });
  const first = await page.$eval('.search-result .badge.status-revoked', (b) => ({
    text: b.textContent, hidden: b.querySelector('.badge-symbol').getAttribute('aria-hidden'),
    institution: b.closest('.search-result').classList.contains('search-result-institution'),
  }));
  assert.deepEqual(first, { text: '✕ Designation revoked', hidden: 'true', institution: true });
  assert.deepEqual(problems, []);
  await context.close();
});

// The name of a clinic the guide does not list finds nothing, or other things ("clinic" finds
// clinical research and the listed clinics): the box and the search page always offer the
// directory of designated institutions, the place that says whether a clinic is designated.
test('every search offers the directory of designated institutions, last', async () => {
  const { page, context, problems } = await open(env.browser, fileUrl(env.site, 'en/costs.html'));
  const directory = { text: 'Open the list of designated institutions', href: '../en/institutions/index.html' };
  let found = await suggestions(page, 'Zqxjv Vwkq Clinic');
  assert.ok(found.length > 2, JSON.stringify(found));
  assert.deepEqual(found.slice(-2).map((f) => f.text), ['See all results', directory.text]);
  assert.deepEqual(found.at(-1), directory);
  // Nothing found: the directory alone, under the message that says so.
  await page.fill('#site-search-q', 'zqxjv');
  await page.waitForFunction(() => document.querySelectorAll('.search-option').length === 1);
  assert.deepEqual(await page.$eval('.search-option a', (a) => ({ text: a.textContent, href: a.getAttribute('href') })), directory);
  const empty = await page.getAttribute('form[data-search]', 'data-msg-empty');
  assert.equal(await page.textContent('.search-panel .search-status'), empty);
  assert.equal(await page.getAttribute('#site-search-q', 'aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForURL(/en\/institutions\/index\.html$/), page.keyboard.press('Enter')]);

  await page.goto(`${fileUrl(env.site, 'ko/search.html')}?q=zqxjv`);
  await page.waitForFunction(() => document.querySelector('#search-status').textContent !== '' && !/…$/.test(document.querySelector('#search-status').textContent));
  assert.equal(await page.textContent('#search-status'), await page.getAttribute('[data-search-page]', 'data-msg-empty'));
  assert.equal((await page.$$('.search-result')).length, 0);
  const callout = page.locator('.search-clinic');
  assert.ok(await callout.isVisible());
  assert.match(await callout.textContent(), /의료기관을 찾고 계신가요\?[\s\S]*이 목록에 없는 의료기관은/);
  await Promise.all([page.waitForURL(/ko\/institutions\/index\.html$/), callout.locator('a').click()]);
  assert.ok(await page.locator('h1').isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('without JavaScript the box submits to a page that explains', async () => {
  const { page, context } = await open(env.browser, fileUrl(env.site, 'en/index.html'), { javaScriptEnabled: false });
  await page.fill('#site-search-q', 'stem cell');
  await Promise.all([page.waitForURL(/en\/search\.html\?q=stem\+cell$/), page.press('#site-search-q', 'Enter')]);
  const text = await page.textContent('main');
  assert.match(text, /JavaScript/);
  await context.close();
});

// The relevance set (tests/search/queries.tsv) as a patient would meet it: every query typed
// into the search page of its language, in Chromium, from disk and over http.
function relevanceSet() {
  return readFileSync(join(repo, 'tests/search/queries.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

for (const where of ['file', 'http']) {
  test(`the relevance set passes in Chromium (${where})`, async () => {
    const { page, context, problems } = await open(env.browser, url(where, 'en/search.html'));
    const failures = [];
    for (const [lang, query, expected] of relevanceSet()) {
      await page.goto(`${url(where, `${lang}/search.html`)}?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('.search-result a', { timeout: 5000 }).catch(() => {});
      const top = await page.$$eval('.search-result a', (links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
      if (!top.some((href) => href === `../${expected}`)) failures.push(`${lang} ${JSON.stringify(query)}: ${JSON.stringify(top)}`);
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
