// WCAG 2.2 AA as axe-core checks it: every page type in English, Korean and Arabic, in the light
// and the dark colour scheme, at a phone's and a desktop's size, with no serious or critical
// violation. A failure lists each violation with the page, the rule and the elements it found.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import AxeBuilder from '@axe-core/playwright';

import { LANGUAGES, SCHEMES, VIEWPORTS, pageTypes, visit, withA11yGuide } from './a11y-lib.mjs';

const env = withA11yGuide();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per serious or critical violation of `results`, naming up to three elements. */
function serious(where, results) {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ');
      const more = v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : '';
      return `${where}: [${v.id}, ${v.impact}] ${v.help}: ${nodes}${more}`;
    });
}

for (const lang of LANGUAGES) {
  test(`${lang}: no serious or critical axe violation on any page type`, async () => {
    const found = [];
    for (const scheme of SCHEMES) {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        // axe injects its script into the page, which the theme's policy forbids; only this
        // context lifts the policy, the policy itself is tested in csp.test.mjs.
        const context = await env.browser.newContext({ viewport, colorScheme: scheme, bypassCSP: true });
        const page = await context.newPage();
        try {
          for (const p of pageTypes(lang)) {
            await visit(page, env.server.base, lang, p);
            const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
            found.push(...serious(`${lang} ${p.name} (${scheme}, ${size})`, results));
          }
        } finally {
          await context.close();
        }
      }
    }
    assert.ok(found.length === 0, `axe found ${found.length} serious or critical violation(s):\n${found.join('\n')}`);
  });
}
