// Shared by the browser tests: build the guide once into a temporary folder, serve it on
// loopback, and start Debian's Chromium through playwright-core.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const repo = resolve(import.meta.dirname, '..', '..');

/** Builds the repository's guide (or the site at `root`) and returns the output folder. */
export function buildSite(root = repo) {
  const bin = process.env.ARMGUIDE_BIN || join(repo, 'target', 'debug', 'armguide');
  if (!process.env.ARMGUIDE_BIN) {
    execFileSync('cargo', ['build', '--quiet'], { cwd: repo, stdio: 'inherit' });
  }
  const out = join(mkdtempSync(join(tmpdir(), 'armguide-browser-')), 'public');
  execFileSync(bin, ['build', '--root', root, '--output', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

/** The guide's sources with `settings` (lines of TOML) added to its site.toml, in a temporary
 * folder. */
export function guideWith(settings) {
  const root = mkdtempSync(join(tmpdir(), 'armguide-settings-'));
  for (const dir of ['content', 'locales', 'themes']) symlinkSync(join(repo, dir), join(root, dir));
  const toml = readFileSync(join(repo, 'site.toml'), 'utf8');
  writeFileSync(join(root, 'site.toml'), `${toml}\n${settings}\n`);
  return root;
}

export function fileUrl(dir, path) {
  return pathToFileURL(join(dir, path)).href;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** A static server for `dir` on 127.0.0.1 under `/prefix/`, as a host would serve the site. */
export async function serve(dir, prefix = '/guide/') {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/html' }).end(readFileSync(join(dir, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}${prefix}`, close: () => server.close() };
}

/** Debian's Chromium, headless, with nothing that phones home. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens `url` in a fresh page, recording failed requests and requests to other origins. */
export async function open(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(url).protocol === 'file:' ? 'file:' : new URL(url).origin;
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    const same = origin === 'file:' ? u.protocol === 'file:' : u.origin === origin;
    if (!same) problems.push(`other origin: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  await page.goto(url);
  return { page, context, problems };
}

/**
 * Registers the hooks a browser test file needs: the guide built once, Chromium, and a
 * loopback server. The returned object's `site`, `browser` and `server` are set before tests.
 */
export function withGuide() {
  const env = {};
  before(async () => {
    env.site = buildSite();
    env.browser = await launch();
    env.server = await serve(env.site);
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
