#!/usr/bin/env node
// Incremental rebuild figures for `armguide serve`: on a site generated with
// ../shared/bench/gen_corpus.py (10,000 pages by default), edit one page's text again and
// again and time each edit from the moment the file is written to the moment the page's new
// version is on disk, as an editor waiting for the preview sees it (the watcher's debounce
// included). The server's own account of each rebuild (pages on disk, last phase done) is
// printed beside it: the edited page is written first, then its other languages, then the
// search index and offline editions of the languages the edit changed. Run after
// `cargo build --release`:
//
//   node scripts/bench-serve.mjs [--pages N] [--edits N] [--corpus DIR]
//
// --pages is gen_corpus.py's pages per language (690 gives 10,005 pages in ten languages).
// Figures are printed and written to target/bench/serve.txt; they are measurements, never test
// assertions: the machine is shared and noisy.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

const repo = resolve(import.meta.dirname, '..');
const bin = process.env.ARMGUIDE_BIN || join(repo, 'target', 'release', 'armguide');
const args = process.argv.slice(2);
const arg = (name, fallback) =>
  args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
const pagesPerLang = Number(arg('--pages', 690));
const edits = Number(arg('--edits', 20));
const tmp = process.env.BENCH_TMP || (existsSync('/dev/shm') ? '/dev/shm' : '/tmp');
const lines = [];
const say = (s) => {
  console.log(s);
  lines.push(s);
};

let root = arg('--corpus', null);
if (root) {
  root = resolve(root);
} else {
  const out = join(tmp, `armguide-serve-corpus-${pagesPerLang}`);
  if (!existsSync(join(out, 'ours', 'site.toml'))) {
    execFileSync('python3', [join(repo, '..', 'shared', 'bench', 'gen_corpus.py'), out, '--pages', String(pagesPerLang)], { stdio: 'inherit' });
  }
  root = join(out, 'ours');
}

// The page to edit: the first guide page of the default language (gen_corpus.py keeps them in
// guide/).
const content = join(root, 'content', 'en', 'guide');
const name = 'guide/' + readdirSync(content).filter((f) => f.endsWith('.md')).sort()[0];
const source = join(root, 'content', 'en', name);
const original = readFileSync(source, 'utf8');
const outputPage = join(root, 'public', 'en', name.replace(/\.md$/, '.html'));

const server = spawn(bin, ['serve', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
const reports = [];
let onReport = null;
let ready;
const started = new Promise((r) => { ready = r; });
createInterface({ input: server.stdout }).on('line', (line) => {
  if (line.startsWith('Built ')) say(`first build: ${line}`);
  if (line.startsWith('Serving ')) ready();
  const m = line.match(/the edited page on disk (\d+) ms, every page on disk (\d+) ms, all (\d+) ms after/);
  if (m) {
    reports.push([Number(m[1]), Number(m[2]), Number(m[3]), line.replace(/^.*\(/, '(')]);
    if (onReport) onReport();
  }
});
const t0 = performance.now();
await started;
say(`site: ${root} (${pagesPerLang} pages per language); serve ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const waited = [];
try {
  for (let i = 0; i < edits; i++) {
    const marker = `Edit number ${i} for the benchmark.`;
    const done = new Promise((r) => { onReport = r; });
    writeFileSync(source, original.replace(/\n*$/, `\n\n${marker}\n`));
    const start = performance.now();
    // Polls the output page until the new text is there.
    for (;;) {
      if (existsSync(outputPage) && readFileSync(outputPage, 'utf8').includes(marker)) break;
      await sleep(1);
    }
    waited.push(performance.now() - start);
    await done; // the last phase too, before the next edit
    await sleep(50);
  }
} finally {
  writeFileSync(source, original);
  server.kill();
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => `${x.toFixed(1)} ms`;
say(`edits: ${edits} of ${name}`);
say(`file written → new page on disk (debounce included): median ${ms(pct(waited, 0.5))}, p95 ${ms(pct(waited, 0.95))}`);
const last = reports.slice(-edits);
const column = (i) => last.map((r) => r[i]);
const line = (what, xs) => say(`server, first file event → ${what}: median ${ms(pct(xs, 0.5))}, p95 ${ms(pct(xs, 0.95))}`);
line('the edited page on disk', column(0));
line('every page on disk (its ten languages)', column(1));
line('the search index and offline editions written too', column(2));
say(`server, the last rebuild: ${last[last.length - 1][3]}`);
mkdirSync(join(repo, 'target', 'bench'), { recursive: true });
writeFileSync(join(repo, 'target', 'bench', 'serve.txt'), lines.join('\n') + '\n');
