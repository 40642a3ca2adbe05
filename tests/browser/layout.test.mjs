// Right-to-left and unspaced scripts at phone width: every page type in Arabic and Thai (and
// Japanese, whose long unspaced lines break differently again) must fit the screen, with nothing
// pushing the page wider than the viewport. Each page is also kept as a screenshot in
// target/screenshots/ (not committed) for a person to look at.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { fileUrl, open, repo, withGuide } from './lib.mjs';

const env = withGuide();
const shots = join(repo, 'target', 'screenshots');

const PAGES = [
  'index.html',
  'what-is-arm.html',
  'who-is-who.html',
  'glossary/index.html',
  'faq/index.html',
  'risk-tiers/index.html',
  'risk-tiers/high.html',
  'contacts/index.html',
  'institutions/index.html',
  'institutions/rmi-2020-0001.html',
  'institutions/changes.html',
  'search.html',
];

for (const lang of ['ar', 'th', 'ja']) {
  test(`${lang}: every page type fits a phone's width`, async () => {
    mkdirSync(shots, { recursive: true });
    const { page, context } = await open(env.browser, fileUrl(env.site, `${lang}/index.html`));
    try {
      const wide = [];
      for (const path of PAGES) {
        await page.goto(fileUrl(env.site, `${lang}/${path}`));
        const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
          const width = window.innerWidth;
          // Whether an ancestor clips or scrolls `el` sideways (a menu that scrolls on its own).
          const clipped = (el) => {
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              if (getComputedStyle(a).overflowX !== 'visible') return true;
            }
            return false;
          };
          // Elements whose box reaches past either edge of the screen, unclipped.
          const culprits = [...document.body.querySelectorAll('*')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && (r.right > width + 1 || r.left < -1) && !clipped(el);
            })
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits };
        });
        await page.screenshot({ path: join(shots, `${lang}-${path.replace(/[/.]/g, '_')}.png`), fullPage: true });
        if (scrollWidth > innerWidth || culprits.length) wide.push(`${path}: ${scrollWidth}px in ${innerWidth}px (${culprits.join(', ')})`);
      }
      assert.deepEqual(wide, []);
    } finally {
      await context.close();
    }
  });
}
