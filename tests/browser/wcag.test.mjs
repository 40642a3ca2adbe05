// What axe-core does not measure for itself: touch targets of at least 24 by 24 CSS pixels at a
// phone's size (WCAG 2.5.8; links inside a sentence are exempt), status shown by text and a
// symbol and never by colour alone (1.4.1), and help, the reporting contact, in the same place
// on every page type (3.2.6).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { FALLBACK_PAGE, LANGUAGES, STALE_PAGE, VIEWPORTS, pageTypes, visit, withA11yGuide } from './a11y-lib.mjs';

const env = withA11yGuide();

async function withPage(viewport, run) {
  const context = await env.browser.newContext({ viewport });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Every visible link, button and field smaller than 24 by 24 px, except links in a sentence. */
function smallTargets() {
  const MIN = 24;
  const inSentence = (el) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    // Text beside the link in its own block: the link flows in a sentence or a list of words.
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return block.textContent.replace(/\s+/g, ' ').trim().length > el.textContent.replace(/\s+/g, ' ').trim().length;
  };
  return [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
    .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden'))
    .filter((el) => !el.matches('.skip-link:not(:focus)'))
    .filter((el) => !inSentence(el))
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width < MIN - 0.5 || r.height < MIN - 0.5)
    .map(({ el, r }) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
}

for (const lang of LANGUAGES) {
  test(`${lang}: every target is at least 24 by 24 px at a phone's size`, async () => {
    const small = await withPage(VIEWPORTS.phone, async (page) => {
      const found = [];
      for (const p of pageTypes(lang)) {
        await visit(page, env.server.base, lang, p);
        for (const s of await page.evaluate(smallTargets)) found.push(`${p.name}: ${s}`);
      }
      return found;
    });
    assert.ok(small.length === 0, `${small.length} target(s) under 24 by 24 px:\n${small.join('\n')}`);
  });
}

/** Each status mark on the page: its class, its visible words, and its symbol. */
function statusMarks() {
  return [...document.querySelectorAll('.status, .alert, .notice-fallback, .notice-stale, .stale-warning, .directory-inactive > h2')].map((el) => {
    const symbols = [...el.querySelectorAll('[aria-hidden="true"]')].map((s) => s.textContent.trim()).filter(Boolean);
    const clone = el.cloneNode(true);
    clone.querySelectorAll('[aria-hidden="true"]').forEach((s) => s.remove());
    return { kind: el.className, text: clone.textContent.replace(/\s+/g, ' ').trim(), symbol: symbols[0] || '' };
  });
}

test('status is shown by words and a symbol, a different one per status', async () => {
  await withPage(VIEWPORTS.desktop, async (page) => {
    for (const lang of LANGUAGES) {
      await page.goto(`${env.server.base}${lang}/institutions/index.html`);
      const badges = (await page.evaluate(statusMarks)).filter((m) => /\bstatus-/.test(m.kind));
      const by = {};
      for (const b of badges) {
        const status = b.kind.match(/status-(\w+)/)[1];
        assert.ok(b.text && b.symbol, `${lang}: a ${status} badge without words or symbol: ${JSON.stringify(b)}`);
        (by[status] ||= new Set()).add(`${b.symbol} ${b.text}`);
      }
      assert.deepEqual(Object.keys(by).sort(), ['active', 'revoked', 'suspended'], lang);
      // One look per status, and no two statuses sharing a symbol or words.
      const looks = Object.values(by).map((s) => [...s]);
      assert.ok(looks.every((l) => l.length === 1), `${lang}: ${JSON.stringify(looks)}`);
      const flat = looks.map((l) => l[0].split(' '));
      assert.equal(new Set(flat.map((l) => l[0])).size, 3, `${lang}: symbols ${JSON.stringify(flat)}`);
      assert.equal(new Set(flat.map((l) => l.slice(1).join(' '))).size, 3, `${lang}: words ${JSON.stringify(flat)}`);
      for (const id of ['rmi-2022-0004', 'rmi-2022-0006']) {
        await page.goto(`${env.server.base}${lang}/institutions/${id}.html`);
        const alerts = (await page.evaluate(statusMarks)).filter((m) => /\balert\b/.test(m.kind));
        assert.ok(alerts.length > 0 && alerts.every((a) => a.text && a.symbol), `${lang} ${id}: ${JSON.stringify(alerts)}`);
      }
    }
    // The notices that a page is shown in another language, or translated from an older text.
    for (const [path, kind] of [[`ko/${FALLBACK_PAGE}`, 'notice-fallback'], [`ar/${FALLBACK_PAGE}`, 'notice-fallback'], [`ko/${STALE_PAGE}`, 'notice-stale']]) {
      await page.goto(`${env.server.base}${path}`);
      const notices = (await page.evaluate(statusMarks)).filter((m) => m.kind.includes(kind));
      assert.equal(notices.length, 1, `${path}: ${kind}`);
      assert.ok(notices[0].text.length > 10 && notices[0].symbol, `${path}: ${JSON.stringify(notices[0])}`);
    }
  });
});

/** Where the help is: the landmarks and regions in document order, and its box in the footer. */
function helpPlace() {
  const help = document.querySelector('.footer-report');
  if (!help) return { order: 'no help' };
  const footer = help.closest('footer');
  const order = [...document.querySelectorAll('body > header, body > main, body > footer, .footer-report, .footer-about')]
    .map((el) => (el.parentElement === document.body ? el.tagName.toLowerCase() : el.className))
    .join(' > ');
  const r = help.getBoundingClientRect();
  const f = footer.getBoundingClientRect();
  return {
    order,
    first: footer.querySelector('.wrap').firstElementChild === help,
    place: `${Math.round(r.left - f.left)},${Math.round(r.top - f.top)} ${Math.round(r.width)} wide`,
    contact: [...help.querySelectorAll('.report-name, .contact-lines a')].map((a) => a.textContent.trim()).join(' | '),
  };
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`help is in the same place on every page type (${size})`, async () => {
    await withPage(viewport, async (page) => {
      for (const lang of LANGUAGES) {
        const places = {};
        // The root pages (404, language picker) are in the default language, laid out as its
        // pages are: they are compared with its home page only.
        for (const p of pageTypes(lang).filter((p) => lang === 'en' || !p.root)) {
          await visit(page, env.server.base, lang, p);
          places[p.name] = await page.evaluate(helpPlace);
        }
        const home = places.home;
        assert.ok(home.first, `${lang}: the help is not first in the footer`);
        for (const [name, place] of Object.entries(places)) {
          assert.deepEqual(place, name === 'language picker' ? { ...home, order: place.order } : home, `${lang} ${name}`);
        }
        const picker = places['language picker'];
        if (picker) {
          // The picker has no header: the help follows the main content there as everywhere.
          assert.equal(picker.order, 'main > footer > footer-report > footer-about');
        }
        assert.equal(home.order, 'header > main > footer > footer-report > footer-about', lang);
      }
    });
  });
}

test('phone numbers do not wrap at their hyphens', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    for (const lang of LANGUAGES) {
      await page.goto(`${env.server.base}${lang}/contacts/index.html`);
      const wrapping = await page.$$eval('a.tel', (links) => links.filter((a) => getComputedStyle(a).whiteSpace !== 'nowrap' || a.getClientRects().length > 1).map((a) => a.textContent));
      assert.deepEqual(wrapping, [], lang);
    }
  });
});
