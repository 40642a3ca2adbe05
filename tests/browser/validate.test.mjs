// Valid HTML: html-validate, with the repository's .htmlvalidate.json, over every page of the
// built guide in every language, with no error. A failure lists each error as
// file:line:column: [rule] message, the file named relative to the built site.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';

import { HtmlValidate, StaticConfigLoader } from 'html-validate';

import { buildSite, repo } from './lib.mjs';

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .sort();
}

test('every built page is valid HTML', async (t) => {
  const site = buildSite();
  t.after(() => rmSync(dirname(site), { recursive: true, force: true }));
  const files = htmlFiles(site);
  // Every language's pages, the language picker and the 404 page.
  assert.ok(files.length > 200, `only ${files.length} pages built`);
  // The repository's configuration: the build folder is outside the repository, where
  // html-validate would not find it by itself.
  const config = JSON.parse(readFileSync(join(repo, '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const errors = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        errors.push(`${relative(site, file)}:${m.line}:${m.column}: [${m.ruleId}] ${m.message}`);
      }
    }
  }
  assert.ok(errors.length === 0, `html-validate found ${errors.length} error(s):\n${errors.slice(0, 100).join('\n')}`);
});
