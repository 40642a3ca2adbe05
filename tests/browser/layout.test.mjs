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

// The guide's Markdown tables at phone width: a row is a card of cells, each labelled with its
// column's heading, and nothing is cut off at the screen's edge (a table of three long columns
// used to scroll sideways with a column out of sight).
for (const lang of ['en', 'ko', 'ar']) {
  test(`${lang}: the guide's tables fit a phone, each cell labelled with its column`, async () => {
    const { page, context } = await open(env.browser, fileUrl(env.site, `${lang}/index.html`));
    try {
      const problems = [];
      let cells = 0;
      for (const path of ['what-is-arm.html', 'who-is-who.html', 'institutions-and-processing.html']) {
        await page.goto(fileUrl(env.site, `${lang}/${path}`));
        const found = await page.evaluate(() =>
          [...document.querySelectorAll('.prose table')].map((table) => {
            const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
            const labels = [...table.querySelectorAll('tbody tr')].map((tr) =>
              // A column without a heading (the rows' names) has no label.
              [...tr.children].map((td) => getComputedStyle(td, '::before').content.replace(/^none$/, '').replace(/^"|"$/g, '')),
            );
            return { wide: table.scrollWidth - table.clientWidth, headings, labels };
          }),
        );
        assert.ok(found.length, `${path} has a table`);
        for (const { wide, headings, labels } of found) {
          if (wide > 0) problems.push(`${path}: ${wide}px of the table out of sight`);
          for (const row of labels) {
            cells += row.length;
            if (JSON.stringify(row) !== JSON.stringify(headings)) problems.push(`${path}: ${JSON.stringify(row)} ≠ ${JSON.stringify(headings)}`);
          }
        }
      }
      assert.ok(cells > 20, `only ${cells} cells`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
