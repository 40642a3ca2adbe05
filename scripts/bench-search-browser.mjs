#!/usr/bin/env node
// Search as a patient's browser runs it from a saved copy: Debian's Chromium (through
// playwright-core) opens a language's home page from file://, and the page's own engine answers
// the queries bench-search.mjs asks, loading the index with <script> elements as the search box
// does. Where bench-search.mjs times the engine in node, this times the whole of a query in the
// browser: its scripts read from disk, parsed and run, then search() and the results' documents.
// Building the result list's DOM is left out (a few elements).
//
//   node scripts/bench-search-browser.mjs --site DIR [--langs en,ja] [--first 20] [--later 40]
//
// DIR is an output folder built before (`armguide build --output DIR`). For each language:
// first queries, each in a fresh browser context (nothing cached) on a page that has finished
// loading: the median and largest time from asking to results ready; later queries, 40 titles
// asked five times in one page after a first query: the p95. In five more fresh pages, a message
// loop records the longest the main thread was held while the index script loaded (a script
// parsed there would hold up the reader's typing). Figures are printed and written to
// target/bench/search-browser.txt. They are measurements, never test assertions.

import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileUrl, launch } from '../tests/browser/lib.mjs';
import { allDocs, glossaryTitles } from './search-queries.mjs';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
if (!args.includes('--site')) {
  console.error('usage: bench-search-browser.mjs --site DIR [--langs en,ja] [--first 20] [--later 40]');
  process.exit(2);
}
const site = resolve(arg('--site'));
const only = args.includes('--langs') ? arg('--langs').split(',') : null;
const firstCount = Number(arg('--first', 20));
const laterCount = Number(arg('--later', 40));

const lines = [];
const say = (s) => {
  console.log(s);
  lines.push(s);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

// Runs in the page: the search box's own steps for a query (the index script and the key groups
// of its words in one round, then prepare(), search() and prepareDocs()), with the box's way of
// loading a script, and the time they took. The page's form says where the index is.
async function timedQuery([q, limit]) {
  const form = document.querySelector('form[data-index]');
  const index = new URL(form.getAttribute('data-index'), document.baseURI).href;
  const base = index.replace(/[^/]*$/, '');
  const lang = form.getAttribute('data-lang') || document.documentElement.lang;
  const groups = Number(form.getAttribute('data-index-groups')) || 0;
  const scripts = (window.benchScripts ||= {});
  const loadScript = (url) => {
    scripts[url] ||= new Promise((ok, fail) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = ok;
      script.onerror = () => fail(new Error(`cannot load ${url}`));
      document.head.appendChild(script);
    });
    return scripts[url];
  };
  // As the box's loader: a part the page has already (an offline copy's index script carries
  // them all) is not loaded again.
  const load = (file) => {
    const key = file.replace(/\.js$/, '');
    const have = () => window.ARMGUIDE_PARTS?.[key];
    return have() ? Promise.resolve(have()) : loadScript(base + file).then(have);
  };
  const api = window.ArmSearch;
  const started = performance.now();
  const first = [loadScript(index)];
  if (groups > 0) first.push(...api.groupFiles(lang, groups, q).map(load));
  await Promise.all(first);
  const warm = performance.now();
  const idx = window.ARMGUIDE_INDEX[lang];
  await api.prepare(idx, q, {}, load);
  const found = api.search(idx, q, { limit });
  await api.prepareDocs(idx, found, load);
  const done = performance.now();
  return { ms: done - started, warmMs: warm - started, queryMs: done - warm, results: found.length };
}

// Runs in the page: loads the index script while a message loop takes every turn the main
// thread gives, and returns the longest the thread went without one. A script parsed on the
// main thread would hold up the reader's typing for as long. Apart from the timed queries,
// since the loop takes turns the page would otherwise give the load.
async function heldWhileLoading() {
  const form = document.querySelector('form[data-index]');
  const index = new URL(form.getAttribute('data-index'), document.baseURI).href;
  let last = performance.now();
  let longest = 0;
  let watching = true;
  const ping = new MessageChannel();
  ping.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) ping.port2.postMessage(0);
  };
  ping.port2.postMessage(0);
  await new Promise((ok, fail) => {
    const script = document.createElement('script');
    script.src = index;
    script.onload = ok;
    script.onerror = () => fail(new Error(`cannot load ${index}`));
    document.head.appendChild(script);
  });
  watching = false;
  return longest;
}

const browser = await launch();
try {
  say(`search in Chromium from file://, ${new Date().toISOString().slice(0, 10)}: ${site}`);
  const langs = readdirSync(join(site, 'assets/search'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.replace(/\.js$/, ''))
    .filter((l) => !only || only.includes(l))
    .sort();
  for (const lang of langs) {
    const queries = glossaryTitles(allDocs(site, lang)).slice(0, Math.max(firstCount, laterCount));
    const url = fileUrl(site, `${lang}/index.html`);
    // First queries: each in a context of its own, so that no script is cached.
    const firsts = [];
    for (const q of queries.slice(0, firstCount)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      firsts.push(await page.evaluate(timedQuery, [q, 8]));
      await context.close();
    }
    const held = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      held.push(await page.evaluate(heldWhileLoading));
      await context.close();
    }
    // Later queries: one page, after a first query; a title's first asking may load new parts.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(timedQuery, [queries[0], 8]);
    const later = [];
    let empty = 0;
    for (let round = 0; round < 5; round++) {
      for (const q of queries.slice(0, laterCount)) {
        const { ms, results } = await page.evaluate(timedQuery, [q, 10]);
        later.push(ms);
        if (results === 0) empty++;
      }
    }
    await context.close();
    const ms = (k) => firsts.map((f) => f[k]);
    say(`${lang.padEnd(8)} first query (median/max of ${firsts.length}): ${median(ms('ms')).toFixed(1)}/${Math.max(...ms('ms')).toFixed(1)} ms ` +
      `(the index script and key groups ${median(ms('warmMs')).toFixed(1)} ms, then the query ${median(ms('queryMs')).toFixed(1)} ms); ` +
      `the index script held the main thread at most ${median(held).toFixed(1)} ms at a time (median of ${held.length} loads); ` +
      `later p95 ${p95(later).toFixed(2)} ms over ${later.length}${empty ? ` (${empty} found nothing)` : ''}`);
  }
} finally {
  await browser.close();
}
mkdirSync(join(repo, 'target', 'bench'), { recursive: true });
writeFileSync(join(repo, 'target', 'bench', 'search-browser.txt'), lines.join('\n') + '\n');
