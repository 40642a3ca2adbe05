// The browser engine against tantivy on the guide's real content: the relevance set must pass
// in both, and for every query the two must return the same top ten in the same order, with
// scores within 1e-5 relative (f32 arithmetic on both sides). The guide is built four ways:
// as it ships, with every index in one script, and split into tiny parts, with their first keys
// in the manifest and in groups, so that a query spans many parts and any part it fails to
// load changes its results.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import vm from 'node:vm';

import { buildSite, guideWith, repo } from '../browser/lib.mjs';

const bin = process.env.ARMGUIDE_BIN || join(repo, 'target', 'debug', 'armguide');

function relevanceSet() {
  return readFileSync(join(repo, 'tests/search/queries.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [lang, query, url] = l.split('\t');
      return { lang, query, url };
    });
}

/** The guide's sources with `search_part_bytes` (and `search_key_groups`) set, and split
 * whatever their size. */
function guideWithParts(bytes, groups) {
  return guideWith(`search_single_bytes = 0\nsearch_part_bytes = ${bytes}${groups ? `\nsearch_key_groups = ${groups}` : ''}`);
}

/** The browser engine in a fresh context, loading index scripts from `site` as a page would. */
function engine(site) {
  const sandbox = { window: {} };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(site, 'assets/search.js'), 'utf8'), sandbox);
  // loads: the scripts run, each once; asked: the files the engine asked for, in order.
  const loads = [];
  const asked = [];
  const run = (file) => {
    if (loads.includes(file)) return;
    loads.push(file);
    vm.runInContext(readFileSync(join(site, 'assets/search', file), 'utf8'), sandbox);
  };
  const load = (file) => {
    asked.push(file);
    run(file);
    return sandbox.window.ARMGUIDE_PARTS[file.replace(/\.js$/, '')];
  };
  return {
    loads,
    asked,
    async search(lang, query, limit) {
      if (!sandbox.window.ARMGUIDE_INDEX?.[lang]) {
        run(`${lang}.js`);
        // The key groups a page's form names load beside the manifest, as the page loads them.
        const groups = keyGroups(site, lang);
        if (groups) sandbox.window.ArmSearch.groupFiles(lang, groups, query).forEach(run);
      }
      const index = sandbox.window.ARMGUIDE_INDEX[lang];
      const api = sandbox.window.ArmSearch;
      await api.prepare(index, query, {}, load);
      const results = api.search(index, query, { limit });
      await api.prepareDocs(index, results, load);
      // Arrays made inside the vm context are compared with ours: copy them into this realm.
      return Array.from(results, (r) => ({ url: index.docs[r.doc].url, score: r.score }));
    },
  };
}

/** The key groups `lang`'s pages tell their search forms of. */
function keyGroups(site, lang) {
  const page = readFileSync(join(site, lang, 'index.html'), 'utf8');
  return Number(/data-index-groups="(\d+)"/.exec(page)?.[1] ?? 0);
}

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyz-_WXYZ';

/** The term part of a split index that holds `key`, from its manifest's first keys (each line
 * the number of code units shared with the key before, as a digit, and the rest), or from the
 * line of its first character in its key group (that character, the number of the part that
 * holds it, and the first keys after that begin with it, less the character). */
function termPart(site, lang, key) {
  const sandbox = { window: {} };
  vm.runInNewContext(readFileSync(join(site, 'assets/search', `${lang}.js`), 'utf8'), sandbox);
  const groups = sandbox.window.ARMGUIDE_INDEX[lang].parts.groups;
  if (groups) {
    const group = `${lang}/k${key.charCodeAt(0) % groups}`;
    vm.runInNewContext(readFileSync(join(site, 'assets/search', `${group}.js`), 'utf8'), sandbox);
    const first = String.fromCodePoint(key.codePointAt(0));
    const line = sandbox.window.ARMGUIDE_PARTS[group].starts.split('\n').find((l) => l.startsWith(first));
    const [number, ...after] = line.slice(first.length).split(' ');
    const base = Array.from(number).reduceRight((n, d) => n * 32 + (DIGITS.indexOf(d) & 31), 0);
    return `${lang}/t${base + after.filter((rest) => first + rest <= key).length}.js`;
  }
  const firsts = [];
  for (const line of sandbox.window.ARMGUIDE_INDEX[lang].parts.terms.split('\n')) {
    firsts.push((firsts.at(-1) ?? '').slice(0, DIGITS.indexOf(line[0])) + line.slice(1));
  }
  return `${lang}/t${firsts.findLastIndex((first) => first <= key)}.js`;
}

function tantivy(lang, query, limit) {
  const out = execFileSync(bin, ['search', query, '--lang', lang, '--limit', String(limit), '--format', 'json', '--root', repo], { encoding: 'utf8' });
  return JSON.parse(out);
}

for (const [name, bytes, groups] of [['as shipped', null], ['in one script', 10_000_000], ['in tiny parts', 1024], ['in tiny parts with grouped keys', 1024, 16]]) {
  describe(`the guide's index ${name}`, () => {
    let js;
    let site;
    before(() => {
      site = buildSite(bytes ? guideWithParts(bytes, groups) : repo);
      js = engine(site);
    });

    test('the relevance set passes in the browser engine', async () => {
      const failures = [];
      for (const { lang, query, url } of relevanceSet()) {
        const got = (await js.search(lang, query, 3)).map((r) => r.url);
        if (!got.includes(url)) failures.push(`${lang} ${JSON.stringify(query)}: expected ${url}, got ${JSON.stringify(got)}`);
      }
      assert.deepEqual(failures, []);
    });

    test('the browser engine ranks and scores as tantivy does', async () => {
      const seen = new Set();
      for (const { lang, query } of relevanceSet()) {
        const key = `${lang}\t${query}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const a = tantivy(lang, query, 10);
        const b = await js.search(lang, query, 10);
        assert.deepEqual(b.map((r) => r.url), a.map((r) => r.url), `${lang} ${JSON.stringify(query)}: order`);
        for (let i = 0; i < a.length; i++) {
          const rel = Math.abs(a[i].score - b[i].score) / Math.abs(a[i].score);
          assert.ok(rel <= 1e-5, `${lang} ${JSON.stringify(query)} #${i + 1}: tantivy ${a[i].score}, js ${b[i].score}`);
        }
      }
    });

    if (groups) {
      test('a page loads beside the manifest the key groups its query asks for first', async () => {
        const wrong = [];
        const upTo = (list) => list.slice(0, list.findIndex((f) => /\/t\d+\.js$/.test(f))).filter((f) => f.includes('/')).sort();
        for (const { lang, query } of relevanceSet()) {
          const fresh = engine(site);
          await fresh.search(lang, query, 3);
          // Before the first term part: the groups run beside the manifest, and those the
          // engine asked for.
          const beside = upTo(fresh.loads);
          const first = upTo(fresh.asked);
          if (!beside.length || beside.join() !== first.join()) wrong.push(`${lang} ${query}: beside ${beside}, asked ${first}`);
        }
        assert.deepEqual(wrong, []);
      });
    }

    if (bytes === 1024) {
      test('a query loads the parts of its words and results, and a typo the dictionary', async () => {
        const fresh = engine(site);
        await fresh.search('en', 'exosome', 3);
        const terms = fresh.loads.filter((f) => /^en\/t\d+\.js$/.test(f));
        assert.equal(fresh.loads[0], 'en.js');
        assert.ok(terms.length >= 1 && terms.length <= 2, `one word, one part (two at a range's edge): ${terms}`);
        assert.ok(fresh.loads.some((f) => /^en\/d\d+\.js$/.test(f)), 'document parts were loaded');
        assert.ok(!fresh.loads.includes('en/dict.js'), 'a known word needs no dictionary');
        const before = fresh.loads.length;
        const typo = await fresh.search('en', 'exosmoe', 3);
        assert.ok(fresh.loads.slice(before).includes('en/dict.js'), 'a misspelt word loads the dictionary');
        assert.equal(typo[0].url, 'en/glossary/index.html#exosome');
        const total = readdirSync(join(site, 'assets/search/en')).length;
        assert.ok(fresh.loads.length < total / 2, `${fresh.loads.length} of ${total} parts loaded`);
      });

      test("a page's first query, misspelt, reaches a word through its stem, as tantivy does", async () => {
        // xeosome is two edits from the term exosom, one from the word exosome: only the
        // dictionary's corpus words find it, and it sorts far from them, so the page has not
        // loaded the part of exosom when it first scans the dictionary.
        const fresh = engine(site);
        const typo = await fresh.search('en', 'xeosome', 3);
        assert.equal(typo[0]?.url, 'en/glossary/index.html#exosome');
        assert.deepEqual(typo.map((r) => r.url), tantivy('en', 'xeosome', 3).map((r) => r.url));
      });

      test("a Korean word's part carries its bigrams; a word the guide lacks loads theirs", async () => {
        const fresh = engine(site);
        const terms = () => fresh.loads.filter((f) => /^ko\/t\d+\.js$/.test(f));
        const word = await fresh.search('ko', '줄기세포', 3);
        assert.equal(word[0].url, 'ko/glossary/index.html#stem-cell');
        assert.ok(terms().length <= 2, `one word, one part (two at a range's edge), not one a bigram: ${terms()}`);
        // The bigram 기세 rides written against the word's postings (format 8): the results
        // above, equal to tantivy's, were scored from it.
        const part = termPart(site, 'ko', '줄기세포');
        const carried = readFileSync(join(site, 'assets/search', part), 'utf8');
        assert.match(carried, /(^|\\n|")기세 =줄기세포 [^"\\]*\d</, `${part} carries 기세 written against 줄기세포`);
        // Not a word of the guide: its bigrams (줄기, 기세, 세포, 포뇌) are found in their own parts.
        const query = '줄기세포뇌';
        const compound = await fresh.search('ko', query, 3);
        assert.ok(fresh.loads.includes(termPart(site, 'ko', '포뇌')), 'the bigram 포뇌 was looked for in its part');
        assert.deepEqual(compound.map((r) => r.url), tantivy('ko', query, 3).map((r) => r.url));
      });
    }
  });
}
