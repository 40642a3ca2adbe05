// `armguide serve` in Chromium: an open page reloads itself after an edit and keeps its scroll
// position, a broken edit shows its errors over the last good page, and the fix takes them away;
// the preview's script runs under the site's Content-Security-Policy.

import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, repo } from './lib.mjs';

let root;
let server;
let base;
let browser;
let said = '';

before(async () => {
  const bin = process.env.ARMGUIDE_BIN || join(repo, 'target', 'debug', 'armguide');
  if (!process.env.ARMGUIDE_BIN) execFileSync('cargo', ['build', '--quiet'], { cwd: repo, stdio: 'inherit' });
  root = mkdtempSync(join(tmpdir(), 'armguide-serve-'));
  cpSync(join(repo, 'tests', 'fixtures', 'basic'), root, { recursive: true });
  // A page long enough to scroll on a phone.
  const guide = join(root, 'content', 'en', 'guide.md');
  const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the long page.`).join('\n\n');
  writeFileSync(guide, readFileSync(guide, 'utf8') + '\n\n' + filler + '\n');
  server = spawn(bin, ['serve', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // What the server says (the fixture's own warnings among it) is shown only if a test fails.
  server.stderr.on('data', (chunk) => { said += chunk; });
  base = await new Promise((ok, fail) => {
    server.on('exit', (code) => fail(new Error(`serve exited with ${code}`)));
    createInterface({ input: server.stdout }).on('line', (line) => {
      const m = line.match(/^Serving (http:\/\/\S+?)\/? /);
      if (m) ok(m[1]);
    });
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

function edit(from, to) {
  const path = join(root, 'content', 'en', 'guide.md');
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `guide.md contains ${from}`);
  writeFileSync(path, text.replace(from, to));
}

test('an open page follows edits, shows a broken edit over the last good page, and recovers', async () => {
  try {
    await followsEdits();
  } catch (e) {
    console.error(said);
    throw e;
  }
});

async function followsEdits() {
  const context = await browser.newContext({ viewport: { width: 390, height: 500 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  await page.goto(`${base}/en/guide.html`);
  await page.waitForFunction(() => document.querySelector('script[src="/__armguide/live.js"]'));
  await page.evaluate(() => window.scrollTo(0, 600));
  await page.waitForFunction(() => Math.abs(window.scrollY - 600) < 2);

  // An edit: the page reloads by itself with the new text, where the reader was.
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  edit('Paragraph 3 of the long page.', 'Paragraph 3, edited while the page was open.');
  await reloaded;
  await page.waitForFunction(() => document.body.textContent.includes('edited while the page was open'));
  await page.waitForFunction(() => Math.abs(window.scrollY - 600) < 2, null, { timeout: 10_000 });

  // A broken edit: the errors, with file, line and column, cover the page; no reload.
  edit('order: 1', 'order: [');
  const overlay = page.locator('#armguide-errors');
  await overlay.waitFor({ state: 'visible', timeout: 60_000 });
  const shown = await overlay.textContent();
  assert.match(shown, /content\/en\/guide\.md:\d+:\d+: error:/);
  assert.match(shown, /\n +\d+ \| .+\n +\| +\^/, 'the offending line is shown, with a caret');
  assert.ok(await page.evaluate(() => document.body.textContent.includes('edited while the page was open')));

  // Fixed: the page reloads and the errors are gone.
  const fixed = page.waitForEvent('load', { timeout: 60_000 });
  edit('order: [', 'order: 1');
  await fixed;
  await page.waitForFunction(() => !document.querySelector('#armguide-errors'));
  assert.deepEqual(problems, []);
  await context.close();
}
