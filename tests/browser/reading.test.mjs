// Arabic pages as Chromium lays them out: right to left, with phone numbers still reading left to
// right, digit after digit, and arrows that point the way the page reads.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fileUrl, open, withGuide } from './lib.mjs';

const env = withGuide();

/**
 * For each element matching `selector`, its text and the left edge of each of its characters in
 * the order they are written.
 */
async function characterPositions(page, selector) {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const lefts = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          lefts.push(range.getBoundingClientRect().left);
          text += node.data[i];
        }
      }
      return { text, lefts };
    }),
  );
}

/** Whether characters written one after the other also stand left to right on screen. */
function inOrder({ lefts }) {
  return lefts.every((left, i) => i === 0 || left > lefts[i - 1]);
}

for (const path of ['ar/index.html', 'ar/contacts/index.html']) {
  test(`${path} runs right to left with phone numbers in order`, async () => {
    const { page, context, problems } = await open(env.browser, fileUrl(env.site, path));
    const direction = await page.evaluate(() => ({
      html: getComputedStyle(document.documentElement).direction,
      main: getComputedStyle(document.querySelector('main')).direction,
      lang: document.documentElement.lang,
    }));
    assert.deepEqual(direction, { html: 'rtl', main: 'rtl', lang: 'ar' });

    // The title starts at the right: its right edge is near the page's, its left is not.
    const title = await page.$eval('h1', (h) => {
      const range = document.createRange();
      range.selectNodeContents(h);
      const text = range.getBoundingClientRect();
      const box = h.getBoundingClientRect();
      return { gapRight: box.right - text.right, gapLeft: text.left - box.left };
    });
    assert.ok(title.gapRight < 2 && title.gapRight < title.gapLeft, JSON.stringify(title));

    const phones = await characterPositions(page, 'a.tel');
    assert.ok(phones.length > 0, 'the page shows a phone number');
    for (const phone of phones) {
      assert.match(phone.text, /^\+82-/);
      assert.ok(inOrder(phone), `${phone.text} is laid out in order: ${phone.lefts}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a phone number in Arabic prose keeps its order, which it would lose without isolation', async () => {
  const { page, context, problems } = await open(env.browser, fileUrl(env.site, 'ar/verify-a-clinic.html'));
  const isolated = (await characterPositions(page, '.prose bdi')).filter((b) => /^\+\d/.test(b.text));
  assert.ok(isolated.length > 0, 'the guide quotes a phone number in its Arabic text');
  for (const phone of isolated) assert.ok(inOrder(phone), `${phone.text}: ${phone.lefts}`);

  // The same number as plain text in the same paragraph: the bidi algorithm moves the `+`.
  await page.evaluate(() => {
    const bdi = [...document.querySelectorAll('.prose bdi')].find((b) => /^\+\d/.test(b.textContent));
    const plain = document.createElement('span');
    plain.id = 'plain-phone';
    plain.textContent = bdi.textContent;
    bdi.after(' ', plain, ' ،');
  });
  const [plain] = await characterPositions(page, '#plain-phone');
  assert.equal(inOrder(plain), false, 'the check can tell a scrambled number');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the back arrow points the way an Arabic page reads', async () => {
  const { page, context, problems } = await open(env.browser, fileUrl(env.site, 'ar/institutions/rmi-2020-0001.html'));
  const arrow = await page.$eval('.back-arrow', (a) => getComputedStyle(a).transform);
  assert.equal(arrow, 'matrix(-1, 0, 0, 1, 0, 0)');
  const english = await open(env.browser, fileUrl(env.site, 'en/institutions/rmi-2020-0001.html'));
  assert.equal(await english.page.$eval('.back-arrow', (a) => getComputedStyle(a).transform), 'none');
  assert.deepEqual([...problems, ...english.problems], []);
  await english.context.close();
  await context.close();
});

test('each script gets its system font and its line-breaking rules', async () => {
  const styles = async (path, selector) => {
    const { page, context } = await open(env.browser, fileUrl(env.site, path));
    const style = await page.$eval(selector, (e) => {
      const s = getComputedStyle(e);
      return { font: s.fontFamily, wordBreak: s.wordBreak, lineBreak: s.lineBreak, overflowWrap: s.overflowWrap };
    });
    await context.close();
    return style;
  };
  // Korean quoted in an English page, and the Korean name in the language menu.
  for (const [path, selector] of [['en/what-is-arm.html', '.prose span[lang="ko"]'], ['en/index.html', '.lang-switcher a[lang="ko"]']]) {
    const ko = await styles(path, selector);
    assert.match(ko.font, /Apple SD Gothic Neo/, path);
    assert.equal(ko.wordBreak, 'keep-all', path);
  }
  const english = await styles('en/what-is-arm.html', '.prose p');
  assert.doesNotMatch(english.font, /Gothic/);
  const ja = await styles('ja/what-is-arm.html', '.prose p');
  assert.deepEqual([ja.lineBreak, ja.wordBreak, ja.overflowWrap], ['strict', 'normal', 'anywhere']);
  assert.match(ja.font, /Hiragino Sans/);
  const zh = await styles('zh-Hant/what-is-arm.html', '.prose p');
  assert.deepEqual([zh.lineBreak, zh.wordBreak], ['strict', 'normal']);
  const th = await styles('th/what-is-arm.html', '.prose p');
  assert.deepEqual([th.wordBreak, th.overflowWrap], ['normal', 'break-word']);
  assert.match(th.font, /Noto Sans Thai/);
  // Code keeps its monospace font on a page in any script.
  const { page, context } = await open(env.browser, fileUrl(env.site, 'ko/what-is-arm.html'));
  const fonts = await page.evaluate(() => {
    const code = document.createElement('code');
    code.textContent = 'source_hash';
    document.querySelector('.prose p').append(code);
    return { body: getComputedStyle(document.body).fontFamily, code: getComputedStyle(code).fontFamily };
  });
  assert.match(fonts.body, /Malgun Gothic/);
  assert.match(fonts.code, /monospace/);
  await context.close();
});
