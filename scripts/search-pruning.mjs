#!/usr/bin/env node
// Would impact-ordered heads let a query skip the long posting lists and still rank exactly?
// For the bench's queries (the first 40 glossary titles of a language, as scripts/bench-search.mjs
// asks them) on a built site, this splits every term's postings into a head of its H
// highest-scoring documents (all fields of the term together) and a tail, and counts the
// queries whose top ten the heads alone cannot settle: a document of the top ten missing from
// the head of a term that has a tail (its score is then unknown: it may be in the tail, or not
// have the term), or any other document, seen or not, whose upper bound (what it has, plus the
// most each tail could add) reaches the tenth score. Such a query would have to load tails.
//
//   node scripts/search-pruning.mjs --site OUT [--langs ja,th] [--heads 64,256,1024]
//
// Scores are BM25 in f64 (close enough to count; the engine's are f32). Measurements, never
// test assertions.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
if (!opt('--site')) {
  console.error('usage: node scripts/search-pruning.mjs --site OUT [--langs ja,th] [--heads 64,256]');
  process.exit(2);
}
const site = resolve(opt('--site'));
const heads = (opt('--heads') || '64,256,1024').split(',').map(Number);
const dir = join(site, 'assets/search');
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyz-_WXYZ';

function numbers(s) {
  const out = [];
  let n = 0;
  let shift = 0;
  for (const c of s) {
    const d = DIGITS.indexOf(c);
    n |= (d & 31) << shift;
    if (d < 32) {
      out.push(n);
      n = 0;
      shift = 0;
    } else {
      shift += 5;
    }
  }
  return out;
}

function language(lang) {
  const sandbox = { window: {} };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(site, 'assets/search.js'), 'utf8'), sandbox);
  const script = (file) => vm.runInContext(readFileSync(join(dir, file), 'utf8'), sandbox);
  script(`${lang}.js`);
  const index = sandbox.window.ARMGUIDE_INDEX[lang];
  if (!index.parts) return null;
  const part = (name) => {
    script(`${name}.js`);
    return sandbox.window.ARMGUIDE_PARTS[name];
  };
  const keys = index.parts.terms.split('\n').length;
  const lines = new Map();
  for (let n = 0; n < keys; n++) {
    for (const line of part(`${lang}/t${n}`).terms.split('\n')) {
      const space = line.indexOf(' ');
      if (space > 0) lines.set(line.slice(0, space), line.slice(space + 1).split(' '));
    }
  }
  // The glossary's first 40 titles by address, as the bench takes them.
  const glossary = [];
  for (let n = 0; n < index.num_docs; n++) {
    const doc = part(`${lang}/d${n}`).docs[0];
    if (doc.type === 'glossary') glossary.push(doc);
  }
  glossary.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const titles = glossary.slice(0, 40).map((doc) => doc.title);
  return { index, lines, titles, norms: index.norms.map(numbers), api: sandbox.window.ArmSearch };
}

// A term's score in each document that has it: [doc, score], best first (ties by document).
function impacts({ index, lines, norms, api }, term) {
  const N = index.num_docs;
  const scores = new Map();
  for (const entry of lines.get(term)) {
    const f = Number(entry[0]);
    const [gaps, tfs] = entry.slice(1).split('.');
    const docs = numbers(gaps);
    const freqs = tfs ? numbers(tfs) : docs.map(() => 1);
    const { boost, avg_norm: avg } = index.fields[f];
    const idf = Math.log(1 + (N - docs.length + 0.5) / (docs.length + 0.5));
    let doc = 0;
    docs.forEach((gap, i) => {
      doc += gap;
      const tf = freqs[i];
      const norm = api.FIELDNORMS[norms[f][doc]];
      const score = (boost * idf * (index.k1 + 1) * tf) / (tf + index.k1 * (1 - index.b + (index.b * norm) / avg));
      scores.set(doc, (scores.get(doc) || 0) + score);
    });
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

for (const lang of (opt('--langs') || 'ar,en,ja,ko,mn,ru,th,vi,zh-Hans,zh-Hant').split(',')) {
  const data = language(lang);
  if (!data) {
    console.log(`${lang}: one script, nothing to split`);
    continue;
  }
  const cache = new Map();
  const lists = (q) => [...new Set(data.api.queryTerms(q, data.index.analyzer))]
    .filter((t) => data.lines.has(t))
    .map((t) => cache.get(t) || cache.set(t, impacts(data, t)).get(t));
  for (const H of heads) {
    let unsettled = 0;
    let inHeads = 0;
    let all = 0;
    for (const q of data.titles) {
      const terms = lists(q);
      const head = terms.map((l) => new Map(l.slice(0, H)));
      const most = terms.map((l) => (l.length > H ? l[H][1] : 0));
      const known = new Map();
      head.forEach((h) => h.forEach((s, d) => known.set(d, (known.get(d) || 0) + s)));
      terms.forEach((l) => {
        inHeads += Math.min(H, l.length);
        all += l.length;
      });
      const seen = [...known].map(([d, low]) => {
        const open = terms.map((_, i) => i).filter((i) => most[i] > 0 && !head[i].has(d));
        return { low, high: low + open.reduce((n, i) => n + most[i], 0), open: open.length };
      });
      seen.sort((a, b) => b.low - a.low);
      const top = seen.slice(0, 10);
      const tenth = top.length === 10 ? top[9].low : 0;
      const unseen = most.reduce((n, x) => n + x, 0);
      const settled = top.every((c) => c.open === 0) && seen.slice(10).every((c) => c.high < tenth) && (unseen === 0 || unseen < tenth);
      if (!settled) unsettled++;
    }
    console.log(`${lang.padEnd(8)} heads of ${H}: ${unsettled} of ${data.titles.length} queries need tails; ` +
      `heads hold ${((100 * inHeads) / all).toFixed(1)}% of their postings`);
  }
}
