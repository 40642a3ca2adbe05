#!/usr/bin/env node
// Search figures: index bytes per language (raw and gzip), what a first query loads, the first
// query's time including loading the index, later queries' p95, and typo recall on one-edit
// misspellings of glossary terms. Run after `cargo build --release`:
//
//   node scripts/bench-search.mjs                 the repository's guide
//   node scripts/bench-search.mjs --pages 1000    also a corpus from ../shared/bench/gen_corpus.py
//
// Figures are printed and written to target/bench/search.txt. They are measurements, never
// test assertions: the machine is shared and noisy.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const repo = resolve(import.meta.dirname, '..');
const bin = process.env.ARMGUIDE_BIN || join(repo, 'target', 'release', 'armguide');
const args = process.argv.slice(2);
const pages = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : 0;
const lines = [];
const say = (s) => {
  console.log(s);
  lines.push(s);
};

function build(root) {
  const out = join(mkdtempSync(join(process.env.BENCH_TMP || tmpdir(), 'armguide-bench-')), 'public');
  execFileSync(bin, ['build', '--root', root, '--output', out], { stdio: ['ignore', 'ignore', 'ignore'] });
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

// One-edit misspellings of a word: delete, swap, replace, insert at a fixed place.
function misspell(word, seed) {
  const cs = Array.from(word);
  const i = 1 + (seed % Math.max(1, cs.length - 2));
  switch (seed % 4) {
    case 0: cs.splice(i, 1); break;
    case 1: [cs[i - 1], cs[i]] = [cs[i], cs[i - 1]]; break;
    case 2: cs[i] = cs[i] === 'e' ? 'a' : 'e'; break;
    default: cs.splice(i, 0, cs[i]);
  }
  return cs.join('');
}

function measure(label, site) {
  say(`\n== ${label}`);
  const engine = readFileSync(join(site, 'assets/search.js'));
  say(`search.js: ${kb(engine.length)} raw, ${kb(gzipSync(engine).length)} gzip`);
  for (const file of readdirSync(join(site, 'assets/search')).sort()) {
    const lang = file.replace(/\.js$/, '');
    const code = readFileSync(join(site, 'assets/search', file));
    const sandbox = { window: {} };
    vm.createContext(sandbox);
    vm.runInContext(engine.toString(), sandbox);
    const t0 = performance.now();
    vm.runInContext(code.toString(), sandbox);
    const index = sandbox.window.ARMGUIDE_INDEX[lang];
    const titles = index.docs.filter((d) => d.type === 'glossary').map((d) => d.title);
    const queries = titles.length ? titles : Object.keys(index.terms).slice(0, 50);
    sandbox.window.ArmSearch.search(index, queries[0], { limit: 10 });
    const first = performance.now() - t0;
    const times = [];
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        const t = performance.now();
        sandbox.window.ArmSearch.search(index, q, { limit: 10 });
        times.push(performance.now() - t);
      }
    }
    let typos = 0;
    let found = 0;
    index.docs.forEach((d, doc) => {
      if (d.type !== 'glossary') return;
      const words = d.title.split(/\s+/);
      const w = words.findIndex((x) => Array.from(x).length >= 5 && /\p{L}/u.test(x));
      if (w < 0) return;
      words[w] = misspell(words[w], doc);
      typos++;
      const top = sandbox.window.ArmSearch.search(index, words.join(' '), { limit: 3 });
      if (Array.from(top).some((r) => r.doc === doc)) found++;
    });
    const recall = typos ? `${((100 * found) / typos).toFixed(0)}% of ${typos}` : 'n/a';
    say(`${lang.padEnd(8)} index ${kb(code.length)} raw, ${kb(gzipSync(code).length)} gzip; first query loads 2 scripts, ${kb(gzipSync(code).length + gzipSync(engine).length)} gzip, ${first.toFixed(1)} ms; later p95 ${p95(times).toFixed(2)} ms over ${times.length}; typo recall ${recall}`);
  }
}

measure('the guide', build(repo));
if (pages) {
  const dir = mkdtempSync(join(process.env.BENCH_TMP || '/dev/shm', 'armguide-corpus-'));
  execFileSync('python3', [join(repo, '..', 'shared', 'bench', 'gen_corpus.py'), dir, '--pages', String(pages)], { stdio: 'ignore' });
  measure(`generated corpus, --pages ${pages}`, build(join(dir, 'ours')));
}
mkdirSync(join(repo, 'target', 'bench'), { recursive: true });
writeFileSync(join(repo, 'target', 'bench', 'search.txt'), `${new Date().toISOString()}\n${lines.join('\n')}\n`);
