// The institutions directory as a patient uses it: from disk and from a host under a path
// prefix, with and without JavaScript.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fileUrl, open, withGuide } from './lib.mjs';

const env = withGuide();

async function visibleItems(page) {
  return page.$$eval('[data-directory-item]', (items) =>
    items.filter((i) => i.offsetParent !== null).map((i) => ({ region: i.dataset.region, status: i.dataset.status })),
  );
}

for (const where of ['file', 'http']) {
  test(`the filter narrows the list (${where})`, async () => {
    const url = where === 'file' ? fileUrl(env.site, 'en/institutions/index.html') : `${env.server.base}en/institutions/index.html`;
    const { page, context, problems } = await open(env.browser, url);
    assert.equal(await page.isVisible('[data-directory-filter]'), true, 'the script reveals the form');
    const all = await visibleItems(page);
    assert.ok(all.length >= 12, `every record is listed (${all.length})`);

    await page.selectOption('#filter-region', 'seoul');
    const seoul = await visibleItems(page);
    assert.ok(seoul.length > 0 && seoul.length < all.length, `some but not all (${seoul.length})`);
    assert.ok(seoul.every((i) => i.region === 'seoul'));
    assert.match(await page.textContent('[data-directory-count]'), new RegExp(`${seoul.length}`));

    await page.selectOption('#filter-region', '');
    await page.selectOption('#filter-status', 'revoked');
    const revoked = await visibleItems(page);
    assert.ok(revoked.length > 0 && revoked.every((i) => i.status === 'revoked'));

    await page.click('[data-filter-reset]');
    assert.equal((await visibleItems(page)).length, all.length);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('without JavaScript the whole list shows and the form stays hidden', async () => {
  const { page, context, problems } = await open(env.browser, fileUrl(env.site, 'ko/institutions/index.html'), { javaScriptEnabled: false });
  assert.equal(await page.isVisible('[data-directory-filter]'), false);
  assert.ok((await visibleItems(page)).length >= 12);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every page type loads its stylesheet and nothing from elsewhere, from disk', async () => {
  for (const path of ['index.html', 'en/index.html', 'ko/what-is-arm.html', 'en/glossary/index.html', 'ko/faq/index.html', 'en/risk-tiers/index.html', 'en/risk-tiers/high.html', 'ko/contacts/index.html', 'en/institutions/rmi-2020-0001.html']) {
    const { page, context, problems } = await open(env.browser, fileUrl(env.site, path));
    // The theme sets the body's margin to 0; the browser's own default is 8px.
    const styled = await page.evaluate(() => getComputedStyle(document.body).marginTop === '0px');
    assert.ok(styled, `${path} is styled`);
    assert.deepEqual(problems, [], path);
    // Nothing overflows a phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
    await context.close();
  }
});

test('following links from disk reaches the same page in the other language', async () => {
  const { page, context, problems } = await open(env.browser, fileUrl(env.site, 'en/costs.html'));
  await page.click('.lang-switcher a[hreflang="ko"]');
  assert.match(page.url(), /\/ko\/costs\.html$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  assert.deepEqual(problems, []);
  await context.close();
});
