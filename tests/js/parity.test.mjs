// The browser engine against tantivy on the guide's real content: the relevance set must pass
// in both, and for every query the two must return the same top ten in the same order, with
// scores within 1e-5 relative (f32 arithmetic on both sides).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import vm from 'node:vm';

import { buildSite, repo } from '../browser/lib.mjs';

const bin = process.env.ARMGUIDE_BIN || join(repo, 'target', 'debug', 'armguide');
let sandbox;

function relevanceSet() {
  return readFileSync(join(repo, 'tests/search/queries.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [lang, query, url] = l.split('\t');
      return { lang, query, url };
    });
}

before(() => {
  const site = buildSite();
  sandbox = { window: {} };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(site, 'assets/search.js'), 'utf8'), sandbox);
  for (const file of readdirSync(join(site, 'assets/search'))) {
    vm.runInContext(readFileSync(join(site, 'assets/search', file), 'utf8'), sandbox);
  }
});

function js(lang, query, limit) {
  const index = sandbox.window.ARMGUIDE_INDEX[lang];
  // Arrays made inside the vm context are compared with ours: copy them into this realm.
  return Array.from(sandbox.window.ArmSearch.search(index, query, { limit }), (r) => ({ url: index.docs[r.doc].url, score: r.score }));
}

function tantivy(lang, query, limit) {
  const out = execFileSync(bin, ['search', query, '--lang', lang, '--limit', String(limit), '--format', 'json', '--root', repo], { encoding: 'utf8' });
  return JSON.parse(out);
}

test('the relevance set passes in the browser engine', () => {
  const failures = [];
  for (const { lang, query, url } of relevanceSet()) {
    const got = js(lang, query, 3).map((r) => r.url);
    if (!got.includes(url)) failures.push(`${lang} ${JSON.stringify(query)}: expected ${url}, got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(failures, []);
});

test('the browser engine ranks and scores as tantivy does', () => {
  const seen = new Set();
  for (const { lang, query } of relevanceSet()) {
    const key = `${lang}\t${query}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a = tantivy(lang, query, 10);
    const b = js(lang, query, 10);
    assert.deepEqual(b.map((r) => r.url), a.map((r) => r.url), `${lang} ${JSON.stringify(query)}: order`);
    for (let i = 0; i < a.length; i++) {
      const rel = Math.abs(a[i].score - b[i].score) / Math.abs(a[i].score);
      assert.ok(rel <= 1e-5, `${lang} ${JSON.stringify(query)} #${i + 1}: tantivy ${a[i].score}, js ${b[i].score}`);
    }
  }
});
