// The queries the search benches ask: a language's glossary titles, read straight from a built
// site's index files. Shared by bench-search.mjs (the engine in node) and
// bench-search-browser.mjs (the page in Chromium), so that both ask the same questions.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

/** Every document of `lang` in the site built at `site` (or an offline copy unzipped), by
 * number. */
export function allDocs(site, lang) {
  const sandbox = { window: {} };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(site, 'assets/search', `${lang}.js`), 'utf8'), sandbox);
  const index = sandbox.window.ARMGUIDE_INDEX[lang];
  if (!index.parts) return index.docs;
  const docs = [];
  for (let n = 0; n < index.num_docs; n++) {
    // An offline copy's index script carries its parts already.
    if (!sandbox.window.ARMGUIDE_PARTS?.[`${lang}/d${n}`]) {
      vm.runInContext(readFileSync(join(site, 'assets/search', lang, `d${n}.js`), 'utf8'), sandbox);
    }
    const part = sandbox.window.ARMGUIDE_PARTS[`${lang}/d${n}`];
    part.docs.forEach((d, i) => { docs[part.from + i] = d; });
  }
  return docs;
}

/** The glossary's titles by address, whatever order the index numbers its documents in. */
export function glossaryTitles(docs) {
  const byUrl = (a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  return docs.filter((d) => d && d.type === 'glossary').sort(byUrl).map((d) => d.title);
}
