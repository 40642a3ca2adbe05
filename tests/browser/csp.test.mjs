// The Content-Security-Policy every page carries: no inline script or style, nothing from other
// hosts. Chromium must report no violation while search, the directory filter and the language
// switcher are used, from disk (`file://`, where 'self' has no origin to match) and from a host.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fileUrl, open, withGuide } from './lib.mjs';

const env = withGuide();

function url(where, path) {
  const [file, query] = path.split('?');
  const base = where === 'file' ? fileUrl(env.site, file) : `${env.server.base}${file}`;
  return query ? `${base}?${query}` : base;
}

/** Opens `path` with every policy violation and console error recorded from the first byte. */
async function openWatched(where, path) {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  // Chromium logs each blocked load as a console error too; other errors (a favicon the host
  // does not have) are not the policy's.
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  await page.goto(url(where, path));
  return { page, context, problems };
}

async function violations(page, problems) {
  return [...(await page.evaluate(() => window.__violations)), ...problems];
}

for (const where of ['file', 'http']) {
  test(`every page type runs its scripts under the policy (${where})`, async () => {
    for (const path of ['index.html', 'en/index.html', 'en/costs.html', 'en/glossary/index.html', 'en/faq/index.html', 'en/risk-tiers/index.html', 'en/contacts/index.html', 'en/institutions/changes.html', 'en/institutions/rmi-2022-0004.html', 'ar/index.html', 'ko/search.html', '404.html']) {
      const { page, context, problems } = await openWatched(where, path);
      const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      assert.ok(policy && !policy.includes('unsafe-inline') && !policy.includes('unsafe-eval'), `${path}: ${policy}`);
      assert.ok(policy.includes("script-src 'self'"), `${path}: ${policy}`);
      assert.deepEqual(await violations(page, problems), [], path);
      await context.close();
    }
  });

  test(`search loads its index scripts under the policy (${where})`, async () => {
    const { page, context, problems } = await openWatched(where, 'ja/index.html');
    await page.fill('#site-search-q', 'stem cell');
    await page.waitForSelector('.search-option a', { timeout: 5000 });
    const { page: results, context: c2, problems: p2 } = await openWatched(where, 'en/search.html?q=revoked');
    await results.waitForSelector('.search-result', { timeout: 5000 });
    assert.deepEqual(await violations(page, problems), []);
    assert.deepEqual(await violations(results, p2), []);
    await context.close();
    await c2.close();
  });

  test(`the directory filter and the language switcher work under the policy (${where})`, async () => {
    const { page, context, problems } = await openWatched(where, 'en/institutions/index.html');
    assert.equal(await page.isVisible('[data-directory-filter]'), true, 'directory.js ran');
    await page.selectOption('#filter-region', 'seoul');
    const hidden = await page.$$eval('[data-directory-item][hidden]', (items) => items.length);
    assert.ok(hidden > 0, 'the filter hid the other regions');
    await Promise.all([page.waitForURL(/\/ko\/institutions\/index\.html$/), page.click('.lang-switcher a[hreflang="ko"]')]);
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    assert.deepEqual(await violations(page, problems), []);
    await context.close();
  });
}

for (const where of ['file', 'http']) {
  test(`a JSON-LD data block is not executed, so the policy does not report it (${where})`, async () => {
    // The pages carry structured data in <script type="application/ld+json">, which the
    // policy's script-src 'self' would block if it were a script.
    for (const path of ['en/faq/index.html', 'ko/glossary/index.html', 'ar/institutions/rmi-2022-0004.html', 'en/costs.html']) {
      const { page, context, problems } = await openWatched(where, path);
      const blocks = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((e) => JSON.parse(e.textContent)['@type']));
      assert.equal(blocks.length, 1, `${path}: one JSON-LD block`);
      assert.deepEqual(await violations(page, problems), [], path);
      await context.close();
    }
  });
}

test('an inline script would be blocked and reported', async () => {
  // The listener above must be able to see a violation, or the tests above prove nothing.
  const { page, context } = await openWatched('file', 'en/index.html');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.match((await page.evaluate(() => window.__violations))[0], /^script-src-elem blocked inline/);
  await context.close();
});
