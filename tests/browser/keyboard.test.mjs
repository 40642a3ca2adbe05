// Keyboard-only use: the language switcher, the search box and the directory filter reached
// with Tab and worked with Enter, the arrow keys and Escape, each focused element showing a
// visible focus indicator, and no focused element ever hidden under the header or anything
// else that stays in place as the page scrolls.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { VIEWPORTS, withA11yGuide } from './a11y-lib.mjs';

const env = withA11yGuide();

async function openPage(path, viewport = VIEWPORTS.desktop) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${env.server.base}${path}`);
  return { page, context };
}

/** Presses Tab until `selector` has the focus; fails after `limit` presses. */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`${selector} not reached in ${limit} presses of Tab`);
}

/** How the focused element shows its focus: its outline, or why it shows none. */
async function focusRing(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    const width = parseFloat(s.outlineWidth);
    const shown = el.matches(':focus-visible') && s.outlineStyle !== 'none' && width >= 2;
    return shown ? 'visible' : `${el.tagName.toLowerCase()}#${el.id}: outline ${s.outlineStyle} ${s.outlineWidth}`;
  });
}

/** Waits until the page stops scrolling (the theme scrolls smoothly unless motion is reduced). */
async function settled(page) {
  await page.evaluate(
    () =>
      new Promise((done) => {
        let last = -1;
        let still = 0;
        const started = performance.now();
        const step = () => {
          const now = `${scrollX},${scrollY}`;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 3 || performance.now() - started > 2000) done();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
}

/**
 * What hides the focused element, if anything: outside the header, its first line box must not
 * overlap the header's rect (which covers it when the header stays in place), must be on screen,
 * and the element on top at its centre must be it, inside it or one of its ancestors.
 */
async function coveredFocus(page) {
  await settled(page);
  return page.evaluate(() => {
    const el = document.activeElement;
    const header = document.querySelector('.site-header');
    if (!el || el === document.body || header.contains(el)) return null;
    const r = el.getClientRects()[0] || el.getBoundingClientRect();
    const h = header.getBoundingClientRect();
    const problems = [];
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const onScreen = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
    const top = onScreen ? document.elementFromPoint(x, y) : null;
    const onTop = top && (el.contains(top) || top.contains(el));
    // The skip link is drawn over the header on purpose, so overlapping it is fine when on top.
    if (r.top < h.bottom && r.bottom > h.top && r.right > h.left && r.left < h.right && !onTop) problems.push('under the header');
    if (!onScreen) problems.push(`off screen at ${Math.round(x)},${Math.round(y)}`);
    else if (!onTop) problems.push(`covered by ${top.tagName.toLowerCase()}.${top.className}`);
    return problems.length ? `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}": ${problems.join(', ')}` : null;
  });
}

test('the language switcher is reached and followed by keyboard', async () => {
  const { page, context } = await openPage('en/costs.html');
  try {
    await tabTo(page, '.lang-switcher a[hreflang="ko"]');
    assert.equal(await focusRing(page), 'visible');
    await Promise.all([page.waitForURL(/\/ko\/costs\.html$/), page.keyboard.press('Enter')]);
    // The Arabic page's switcher too, in the order a right-to-left reader meets it.
    await page.goto(`${env.server.base}ar/costs.html`);
    await tabTo(page, '.lang-switcher a[hreflang="en"]');
    assert.equal(await focusRing(page), 'visible');
    await Promise.all([page.waitForURL(/\/en\/costs\.html$/), page.keyboard.press('Enter')]);
  } finally {
    await context.close();
  }
});

test('search results are reached with the arrow keys, followed with Enter, closed with Escape', async () => {
  const { page, context } = await openPage('en/costs.html');
  try {
    await tabTo(page, '#site-search-q');
    assert.equal(await focusRing(page), 'visible');
    await page.keyboard.type('stem cell');
    await page.waitForSelector('.search-option a', { timeout: 10000 });
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => {
      const input = document.activeElement;
      const option = document.getElementById(input.getAttribute('aria-activedescendant'));
      const a = option.querySelector('a');
      const look = (el) => getComputedStyle(el.querySelector('a')).backgroundColor;
      const other = option.nextElementSibling;
      return { id: input.id, selected: option.getAttribute('aria-selected'), href: a.getAttribute('href'), distinct: !other || look(option) !== look(other) };
    });
    // The focus stays in the box; the active option is announced and shown apart from the rest.
    assert.deepEqual({ id: first.id, selected: first.selected, distinct: first.distinct }, { id: 'site-search-q', selected: 'true', distinct: true });
    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('.search-option'), false, 'Escape closes the results');
    assert.equal(await page.getAttribute('#site-search-q', 'aria-expanded'), 'false');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.isVisible('.search-option'), true, 'ArrowDown opens them again');
    const target = new URL(first.href, page.url()).href;
    await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')]);
  } finally {
    await context.close();
  }
});

test('the directory filter is worked by keyboard alone', async () => {
  const { page, context } = await openPage('en/institutions/index.html');
  const visible = () => page.$$eval('[data-directory-item]', (items) => items.filter((i) => !i.hidden && i.offsetParent).map((i) => i.dataset.status));
  try {
    const all = (await visible()).length;
    await tabTo(page, '#filter-q');
    assert.equal(await focusRing(page), 'visible');
    await tabTo(page, '#filter-status');
    assert.equal(await focusRing(page), 'visible');
    // A closed select steps through its options with the arrow keys: "active" is the first.
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.inputValue('#filter-status'), 'active');
    await tabTo(page, '.filter-actions button[type="submit"]');
    assert.equal(await focusRing(page), 'visible');
    await page.keyboard.press('Enter');
    const active = await visible();
    assert.ok(active.length > 0 && active.length < all, `${active.length} of ${all} shown`);
    assert.deepEqual([...new Set(active)], ['active']);
    assert.match(await page.textContent('[data-directory-count]'), new RegExp(`${active.length}`));
    await tabTo(page, '[data-filter-reset]');
    assert.equal(await focusRing(page), 'visible');
    await page.keyboard.press('Enter');
    assert.equal((await visible()).length, all);
  } finally {
    await context.close();
  }
});

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`focus is never hidden while tabbing through long pages, forwards and back (${size})`, async () => {
    const { page, context } = await openPage('en/glossary/index.html', viewport);
    try {
      const hidden = [];
      // Down from the top of the page, and up from its last link: the elements low on a long
      // page, reached both ways.
      for (const path of ['en/glossary/index.html', 'ar/faq/index.html']) {
        await page.goto(`${env.server.base}${path}`);
        for (const key of ['Tab', 'Shift+Tab']) {
          if (key === 'Shift+Tab') await page.evaluate(() => [...document.querySelectorAll('a[href]')].pop().focus());
          for (let i = 0; i < 40; i++) {
            await page.keyboard.press(key);
            const problem = await coveredFocus(page);
            if (problem) hidden.push(`${path} (${key}): ${problem}`);
          }
        }
      }
      assert.deepEqual(hidden, []);
    } finally {
      await context.close();
    }
  });
}

test('the check finds focus hidden under a header that stays in place', async () => {
  // The control for the test above: a sticky header and a focused link scrolled under it.
  const { page, context } = await openPage('en/glossary/index.html');
  try {
    await page.evaluate(() => {
      // Through the CSSOM, which the page's policy allows (a <style> element it refuses).
      Object.assign(document.querySelector('.site-header').style, { position: 'sticky', top: '0', zIndex: '5' });
      const links = document.querySelectorAll('main a[href]');
      const link = links[Math.floor(links.length / 2)];
      link.focus();
      window.scrollBy({ top: link.getBoundingClientRect().top - 10, behavior: 'instant' });
    });
    assert.match(await coveredFocus(page), /under the header/);
  } finally {
    await context.close();
  }
});
