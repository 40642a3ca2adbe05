#!/usr/bin/env node
// Search figures: index bytes per language (raw and gzip), what a first query loads, the first
// query's time including loading the index, later queries' p95 (whole, without reading and
// running parts' scripts, and in search() alone), a query per keystroke while typing, and typo
// recall on one-edit misspellings of glossary terms. Run after `cargo build --release`:
//
//   node scripts/bench-search.mjs                 the repository's guide
//   node scripts/bench-search.mjs --pages 1000    also a corpus from ../shared/bench/gen_corpus.py
//   node scripts/bench-search.mjs --site DIR      an output folder built before, alone
//
// A query's scripts: the language's index script (the manifest of a split index), then the parts
// its words need, then those of the results shown; "rounds" counts loads that wait on each other.
// The first query's figures do not count search.js itself (printed apart). `--engine FILE` runs
// another search.js on the same index, to compare an engine change within one sitting. What the
// run builds or generates is removed when it ends; `--keep` keeps it (and prints where).
//
// Figures are printed and written to target/bench/search.txt. They are measurements, never
// test assertions: the machine is shared and noisy.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { allDocs, glossaryTitles } from './search-queries.mjs';

const repo = resolve(import.meta.dirname, '..');
const bin = process.env.ARMGUIDE_BIN || join(repo, 'target', 'release', 'armguide');
const args = process.argv.slice(2);
const pages = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : 0;
// An existing generated corpus (the `ours` folder of gen_corpus.py's output) instead of a new one.
const corpus = args.includes('--corpus') ? resolve(args[args.indexOf('--corpus') + 1]) : null;
// Another search.js in place of the built one: the same index, before and after an engine change.
const engineFile = args.includes('--engine') ? resolve(args[args.indexOf('--engine') + 1]) : null;
// An output folder already built (by the same binary) instead of building: a large corpus takes
// minutes to build, and before/after runs of an engine change can share it.
const built = args.includes('--site') ? resolve(args[args.indexOf('--site') + 1]) : null;
// Only the guide's languages listed here (all when absent).
const only = args.includes('--langs') ? args[args.indexOf('--langs') + 1].split(',') : null;
const lines = [];
const say = (s) => {
  console.log(s);
  lines.push(s);
};

// Folders this run made (builds, a generated corpus), removed at the end unless --keep: on
// tmpfs they hold memory, a few GB for a corpus of --pages 4000.
const made = [];
const keep = args.includes('--keep');

function build(root) {
  const dir = mkdtempSync(join(process.env.BENCH_TMP || tmpdir(), 'armguide-bench-'));
  made.push(dir);
  const out = join(dir, 'public');
  execFileSync(bin, ['build', '--root', root, '--output', out], { stdio: ['ignore', 'ignore', 'ignore'] });
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

// The one-edit misspellings of a word, at its middle: a letter dropped, two swapped, one
// replaced, one doubled. Every term gets all four, so that the sample does not hang on which
// edit and place a term happens to draw.
function misspellings(word) {
  const cs = Array.from(word);
  const i = Math.floor(cs.length / 2);
  const edit = (f) => {
    const c = [...cs];
    f(c);
    return c.join('');
  };
  return [
    edit((c) => c.splice(i, 1)),
    edit((c) => { [c[i - 1], c[i]] = [c[i], c[i - 1]]; }),
    edit((c) => { c[i] = c[i] === 'e' ? 'a' : 'e'; }),
    edit((c) => c.splice(i, 0, c[i])),
  ];
}

// A fresh page's engine on `site`: loads scripts as a page would (the index script, then the
// parts prepare() asks for), counting bytes (gzip), files, and rounds: loads asked for in the same
// turn go out together, as the page's <script> elements do.
function page(site, engine) {
  const sandbox = { window: {} };
  vm.createContext(sandbox);
  vm.runInContext(engine.toString(), sandbox);
  // loadMs: time spent reading and running scripts, which a browser does as the scripts arrive.
  // searchMs: time in search() itself, the engine's part of a query once its scripts are in.
  const stats = { files: 0, rounds: 0, loaded: [], loadMs: 0, searchMs: 0 };
  let open = false;
  const ran = new Set();
  const run = (file) => {
    // A script the page asked for already (a key group loaded beside the manifest) is not
    // loaded again.
    if (ran.has(file)) return;
    ran.add(file);
    const started = performance.now();
    const code = readFileSync(join(site, 'assets/search', file));
    stats.loaded.push(code);
    stats.files++;
    if (!open) {
      open = true;
      stats.rounds++;
      queueMicrotask(() => { open = false; });
    }
    vm.runInContext(code.toString(), sandbox);
    stats.loadMs += performance.now() - started;
  };
  const load = (file) => {
    run(file);
    return sandbox.window.ARMGUIDE_PARTS[file.replace(/\.js$/, '')];
  };
  const api = sandbox.window.ArmSearch;
  return {
    stats,
    async query(lang, q, limit = 8) {
      if (!sandbox.window.ARMGUIDE_INDEX?.[lang]) {
        run(`${lang}.js`);
        // The key groups the page's form names load with the manifest, as the page loads them.
        const groups = keyGroups(site, lang);
        if (groups) api.groupFiles(lang, groups, q).forEach(run);
      }
      await null; // the index script is a round of its own
      const index = sandbox.window.ARMGUIDE_INDEX[lang];
      await api.prepare(index, q, {}, load);
      const started = performance.now();
      const results = api.search(index, q, { limit });
      stats.searchMs += performance.now() - started;
      await api.prepareDocs(index, results, load);
      return Array.from(results, (r) => ({ doc: r.doc, title: index.docs[r.doc].title }));
    },
  };
}

// The key groups a language's pages tell the search box to load beside the manifest.
function keyGroups(site, lang) {
  const page = readFileSync(join(site, lang, 'index.html'), 'utf8');
  return Number(/data-index-groups="(\d+)"/.exec(page)?.[1] ?? 0);
}

function dirBytes(dir) {
  let raw = 0;
  let gz = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) continue;
    const b = readFileSync(join(dir, e.name));
    raw += b.length;
    gz += gzipSync(b).length;
  }
  return [raw, gz];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label, site) {
  say(`\n== ${label}`);
  const engine = readFileSync(engineFile || join(site, 'assets/search.js'));
  // The page ships the readable script; the target is stated for it minified.
  const { minify } = await import('terser');
  const min = Buffer.from((await minify(engine.toString(), { compress: true, mangle: true })).code);
  say(`search.js: ${kb(engine.length)} raw, ${kb(gzipSync(engine).length)} gzip; minified ${kb(min.length)}, ${kb(gzipSync(min).length)} gzip`);
  const langs = readdirSync(join(site, 'assets/search')).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, '')).filter((l) => !only || only.includes(l)).sort();
  // A page searches one language: each is measured in a node of its own, as a page of its own
  // would run it, so that what one language's queries leave in the engine (code compiled for
  // its kinds of postings, garbage) does not weigh on the next one's figures.
  if (langs.length > 1) {
    for (const lang of langs) {
      const out = execFileSync(process.execPath, [import.meta.filename, '--site', site, '--langs', lang, ...(engineFile ? ['--engine', engineFile] : [])], { encoding: 'utf8' });
      say(out.split('\n').find((l) => l.startsWith(`${lang} `)) ?? `${lang}: no figures`);
    }
    return;
  }
  for (const lang of langs) {
    let [raw, gz] = [readFileSync(join(site, 'assets/search', `${lang}.js`)).length, gzipSync(readFileSync(join(site, 'assets/search', `${lang}.js`))).length];
    try {
      const [r, g] = dirBytes(join(site, 'assets/search', lang));
      raw += r;
      gz += g;
    } catch { /* one script: no parts folder */ }
    const docs = allDocs(site, lang);
    const titles = glossaryTitles(docs);
    const queries = titles.slice(0, 40);
    // First queries: each in a fresh page.
    const firsts = [];
    for (const q of queries.slice(0, 20)) {
      const p = page(site, engine);
      const t = performance.now();
      await p.query(lang, q);
      const ms = performance.now() - t;
      firsts.push({ ms, bytes: p.stats.loaded.reduce((n, code) => n + gzipSync(code).length, 0), files: p.stats.files, rounds: p.stats.rounds });
    }
    // Later queries: one page, after a first query. A later query may still need parts no query
    // before it loaded: its time includes reading and running them, and is printed without too.
    const warm = page(site, engine);
    await warm.query(lang, queries[0]);
    const times = [];
    const engineTimes = [];
    const searchTimes = [];
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        const loadMs = warm.stats.loadMs;
        const searchMs = warm.stats.searchMs;
        const t = performance.now();
        await warm.query(lang, q, 10);
        const ms = performance.now() - t;
        times.push(ms);
        engineTimes.push(ms - (warm.stats.loadMs - loadMs));
        searchTimes.push(warm.stats.searchMs - searchMs);
      }
    }
    // Typing: twenty titles typed a character at a time in one page, a query per keystroke
    // (the box waits 80 ms for a pause; a fast typist is queried at every one): a word being
    // typed is expanded as a prefix and, from five letters, as a typo.
    const typing = page(site, engine);
    await typing.query(lang, queries[0]);
    const keyTimes = [];
    const keySearchTimes = [];
    for (const q of queries.slice(0, 20)) {
      const chars = Array.from(q);
      for (let k = 1; k <= chars.length; k++) {
        const typed = chars.slice(0, k).join('');
        if (!typed.trim() || chars[k - 1] === ' ') continue;
        const searchMs = typing.stats.searchMs;
        const t = performance.now();
        await typing.query(lang, typed, 8);
        keyTimes.push(performance.now() - t);
        keySearchTimes.push(typing.stats.searchMs - searchMs);
      }
    }
    let typos = 0;
    let found = 0;
    for (const [doc, d] of docs.entries()) {
      if (!d || d.type !== 'glossary') continue;
      const words = d.title.split(/\s+/);
      const w = words.findIndex((x) => Array.from(x).length >= 5 && /\p{L}/u.test(x));
      if (w < 0) continue;
      for (const typo of misspellings(words[w])) {
        typos++;
        const top = await warm.query(lang, words.map((x, k) => (k === w ? typo : x)).join(' '), 3);
        if (top.some((r) => r.doc === doc)) found++;
      }
    }
    const recall = typos ? `${((100 * found) / typos).toFixed(0)}% of ${typos}` : 'n/a';
    const f = (k) => `${median(firsts.map((x) => x[k]))}/${Math.max(...firsts.map((x) => x[k]))}`;
    say(`${lang.padEnd(8)} index ${kb(raw)} raw, ${kb(gz)} gzip; first query (median/max of ${firsts.length}): ` +
      `${kb(median(firsts.map((x) => x.bytes)))}/${kb(Math.max(...firsts.map((x) => x.bytes)))} gzip, ${f('files')} files, ${f('rounds')} rounds, ` +
      `${median(firsts.map((x) => x.ms)).toFixed(1)} ms; later p95 ${p95(times).toFixed(2)} ms over ${times.length} ` +
      `(${p95(engineTimes).toFixed(2)} ms without reading and running the parts' scripts, ${p95(searchTimes).toFixed(2)} ms in search() alone); ` +
      `typing p95 ${p95(keyTimes).toFixed(2)} ms over ${keyTimes.length} keystrokes (${p95(keySearchTimes).toFixed(2)} ms in search() alone); ` +
      `typo recall ${recall}`);
  }
}

if (built) {
  await measure(`the site built at ${built}`, built);
} else {
  await measure('the guide', build(repo));
  if (corpus) {
    await measure(`generated corpus at ${corpus}`, build(corpus));
  } else if (pages) {
    const dir = mkdtempSync(join(process.env.BENCH_TMP || '/dev/shm', 'armguide-corpus-'));
    made.push(dir);
    execFileSync('python3', [join(repo, '..', 'shared', 'bench', 'gen_corpus.py'), dir, '--pages', String(pages)], { stdio: 'ignore' });
    await measure(`generated corpus, --pages ${pages}`, build(join(dir, 'ours')));
  }
}
mkdirSync(join(repo, 'target', 'bench'), { recursive: true });
writeFileSync(join(repo, 'target', 'bench', 'search.txt'), `${new Date().toISOString()}\n${lines.join('\n')}\n`);
for (const dir of keep ? [] : made) rmSync(dir, { recursive: true, force: true });
if (keep && made.length) console.log(`kept: ${made.join(' ')}`);
