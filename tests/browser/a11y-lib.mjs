// Shared by the accessibility tests: the guide built with one page left untranslated in Korean
// and Arabic and one Korean translation made stale (so that the fallback and stale notices are
// there to check), every page type to visit, and the colour schemes and screen sizes.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';

import { buildSite, launch, repo, serve } from './lib.mjs';

/** The page shown in the default language in `ko` and `ar` of the built copy. */
export const FALLBACK_PAGE = 'who-is-who.html';

/** The page whose Korean translation names a source revision that is not the current one. */
export const STALE_PAGE = 'costs.html';

/** One page of each type, as paths under a language folder (or the site root with `root`). */
export const PAGE_TYPES = [
  { name: 'home', path: 'index.html' },
  { name: 'guide page', path: 'costs.html' },
  { name: 'glossary', path: 'glossary/index.html' },
  { name: 'FAQ', path: 'faq/index.html' },
  { name: 'tiers', path: 'risk-tiers/index.html' },
  { name: 'a tier', path: 'risk-tiers/high.html' },
  { name: 'contacts', path: 'contacts/index.html' },
  { name: 'institutions', path: 'institutions/index.html' },
  { name: 'an institution', path: 'institutions/rmi-2020-0001.html' },
  { name: 'a suspended institution', path: 'institutions/rmi-2022-0004.html' },
  { name: 'a revoked institution', path: 'institutions/rmi-2022-0006.html' },
  { name: 'search with results', path: 'search.html?q=stem%20cell', ready: '.search-result' },
  // Served at its own address: a host serves it at any missing path, where it links absolutely
  // once the build is given a base URL.
  { name: '404', path: '404.html', root: true },
  { name: 'language picker', path: 'index.html', root: true },
  { name: 'fallback page', path: FALLBACK_PAGE, fallback: true },
];

export const LANGUAGES = ['en', 'ko', 'ar'];

export const SCHEMES = ['light', 'dark'];

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
};

/** The page types that exist in `lang` (the default language has no fallback page). */
export function pageTypes(lang) {
  return PAGE_TYPES.filter((p) => !(p.fallback && lang === 'en'));
}

/** The address of page type `p` in `lang` on the loopback server at `base`. */
export function pageUrl(base, lang, p) {
  return p.root ? `${base}${p.path}` : `${base}${lang}/${p.path}`;
}

/** Opens page type `p` and waits until what it shows is there. */
export async function visit(page, base, lang, p) {
  const response = await page.goto(pageUrl(base, lang, p));
  if (response.status() !== 200) throw new Error(`${pageUrl(base, lang, p)}: HTTP ${response.status()}`);
  if (p.ready) await page.waitForSelector(p.ready, { timeout: 10000 });
}

/**
 * Registers hooks that build a copy of the guide whose `FALLBACK_PAGE` is missing in `ko` and
 * `ar` and whose Korean `STALE_PAGE` is stale, start Chromium and serve the copy on loopback
 * under a path prefix.
 */
export function withA11yGuide() {
  const env = {};
  let work;
  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'armguide-a11y-'));
    for (const part of ['site.toml', 'content', 'locales', 'themes']) {
      cpSync(join(repo, part), join(work, part), { recursive: true });
    }
    for (const lang of ['ko', 'ar']) {
      rmSync(join(work, 'content', lang, FALLBACK_PAGE.replace(/\.html$/, '.md')));
    }
    const stale = join(work, 'content', 'ko', STALE_PAGE.replace(/\.html$/, '.md'));
    writeFileSync(stale, readFileSync(stale, 'utf8').replace(/^source_hash: ".*"$/m, 'source_hash: "000000000000"'));
    env.site = buildSite(work);
    env.browser = await launch();
    env.server = await serve(env.site);
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
    // Both folders are this file's own: the sources copied and the site built from them.
    if (work) rmSync(work, { recursive: true, force: true });
    if (env.site) rmSync(dirname(env.site), { recursive: true, force: true });
  });
  return env;
}
