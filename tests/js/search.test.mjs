// Unit tests of the browser search engine (themes/default/static/search.js): the analyzer, BM25,
// typo tolerance, prefix matching, ranking and snippets, on small hand-written indexes in the
// format the build exports (assets/search/<lang>.js). Run with `node --test tests/js/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const code = readFileSync(new URL('../../themes/default/static/search.js', import.meta.url), 'utf8');

/** Runs search.js as the browser would, in a context of its own; returns window.ArmSearch. */
function load(sandbox = {}) {
  sandbox.window = sandbox.window || {};
  vm.runInNewContext(code, sandbox, { filename: 'search.js' });
  return sandbox.window.ArmSearch;
}

const S = load();
// Values made in the script's own realm: compare them as plain JSON.
const plain = (x) => JSON.parse(JSON.stringify(x));
const analyze = (text, analyzer = {}) => plain(S.analyze(text, analyzer));
const queryTerms = (text, analyzer = {}) => plain(S.queryTerms(text, analyzer));
const search = (index, query, options) => plain(S.search(exported(index), query, options));

// The tests write indexes readably (postings as [doc, tf, ...], norms per document); the engine
// reads what src/search/export/ writes: postings as strings of five-bit digits (the documents'
// gaps, a '.', their tfs, or nothing after it when all are 1), per field every document's
// field-norm id as such digits, and a table from field-norm id to field norm. Here the table is
// the identity, so a norm is its own id.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyz-_WXYZ';
function number(n) {
  let s = '';
  for (; n >= 32; n = Math.floor(n / 32)) s += DIGITS[32 + (n % 32)];
  return s + DIGITS[n];
}
const converted = new WeakMap();
function exported(index) {
  if (index.v !== 1) return index;
  if (!converted.has(index)) {
    const terms = {};
    for (const [t, fields] of Object.entries(index.terms)) {
      terms[t] = fields.map(([f, list]) => {
        let gaps = '';
        let tfs = '';
        for (let i = 0, prev = 0; i < list.length; prev = list[i], i += 2) {
          gaps += number(list[i] - prev);
          tfs += number(list[i + 1]);
        }
        return [f, `${gaps}.${list.some((x, i) => i % 2 === 1 && x !== 1) ? tfs : ''}`];
      });
    }
    const norms = index.fields.map((_, f) => index.docs.map((d) => number(d.norms?.[f] ?? 0)).join(''));
    converted.set(index, { ...index, v: 8, terms, norms });
  }
  return converted.get(index);
}
const snippet = (...args) => plain(S.snippet(...args));
const docs = (results) => results.map((r) => r.doc);

/* ---------- Loading ---------- */

test('loads in node without a DOM and defines the API on window', () => {
  for (const name of ['analyze', 'queryTerms', 'search', 'snippet']) {
    assert.equal(typeof S[name], 'function', name);
  }
});

test('uses no network API and no innerHTML', () => {
  const source = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  for (const word of ['fetch(', 'XMLHttpRequest', 'import(', 'Worker', 'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'eval(', 'document.write']) {
    assert.ok(!source.includes(word), word);
  }
  assert.doesNotMatch(code, /^\s*(import|export)\s/m, 'a classic script');
});

/* ---------- Analyzer: normalization and folding ---------- */

test('NFKC and lowercase', () => {
  assert.deepEqual(analyze('ＡＢＣ Ｃell'), ['abc', 'cell']);
  assert.deepEqual(analyze('ﬁnal ①'), ['final', '1']);
  assert.deepEqual(analyze('STEM Cell'), ['stem', 'cell']);
});

test('Latin letters lose their accents; đ ø ł ß æ œ are spelled out', () => {
  assert.deepEqual(analyze('Tế bào gốc'), ['te', 'bao', 'goc']);
  assert.deepEqual(analyze('Tế bào gốc là gì?'), analyze('te bao goc la gi'));
  assert.deepEqual(analyze('Đà Nẵng'), ['da', 'nang']);
  assert.deepEqual(analyze('Søren Łódź Straße Æther cœur'), ['soren', 'lodz', 'strasse', 'aether', 'coeur']);
  assert.deepEqual(analyze('Crème brûlée, naïve, São Paulo'), ['creme', 'brulee', 'naive', 'sao', 'paulo']);
  // Decomposed input is composed by NFKC first.
  assert.deepEqual(analyze('Te\u0302\u0301'), ['te']);
});

test('folding stays inside the Latin blocks (Greek, Cyrillic й keep their marks)', () => {
  assert.deepEqual(analyze('άλφα'), ['άλφα']);
  assert.deepEqual(analyze('Йод'), ['йод']);
});

test('Cyrillic ё reads as е, and Russian words stem through the map', () => {
  assert.deepEqual(analyze('Ёлка ЁЖ'), ['елка', 'еж']);
  assert.deepEqual(analyze('Стволовых клеток'), ['стволовых', 'клеток']);
  const analyzer = { stems: { 'стволовых': 'стволов', 'клеток': 'клеток', 'клетки': 'клетк' } };
  assert.deepEqual(analyze('Стволовых клеток', analyzer), ['стволов', 'клеток']);
  assert.deepEqual(analyze('стволовые клетки', analyzer), ['стволовые', 'клетк']);
});

test('Arabic words lose the definite article, with the letters written on it, when two letters remain', () => {
  // As strip_article in src/search/analyzer.rs: typed with or without it, a word is one term.
  assert.deepEqual(analyze('خلايا جذعية'), analyze('الخلايا الجذعية'));
  assert.deepEqual(analyze('والخلايا بالخلايا كالخلايا فالخلايا للخلايا'), ['خلايا', 'خلايا', 'خلايا', 'خلايا', 'خلايا']);
  assert.deepEqual(analyze('الدم الم ولد لبن'), ['دم', 'الم', 'ولد', 'لبن']);
});

test('Arabic loses tashkeel and tatweel, unifies alef forms, ى and ة', () => {
  assert.deepEqual(analyze('الخَلايا الجِذْعِيّة'), ['خلايا', 'جذعيه']);
  assert.deepEqual(analyze('الخلايا الجذعية'), ['خلايا', 'جذعيه']);
  assert.deepEqual(analyze('أُمّ إبرة آلة ٱبن'), ['ام', 'ابره', 'اله', 'ابن']);
  assert.deepEqual(analyze('مستشفى'), ['مستشفي']);
  assert.deepEqual(analyze('جـــذع'), ['جذع']);
  assert.deepEqual(analyze('\u0627\u0670'), ['\u0627']);
});

test('Hangul is never decomposed into jamo', () => {
  const [token] = analyze('세');
  assert.equal(token, '세');
  assert.equal(token.length, 1);
});

/* ---------- Analyzer: segmentation ---------- */

test('runs: words, Hangul, Han+Kana and Thai are separate classes', () => {
  assert.deepEqual(queryTerms('CAR-T 세포치료'), ['car', 't', '세포치료', '세포', '포치', '치료']);
  assert.deepEqual(queryTerms('幹細胞줄기세포'), ['幹細', '細胞', '줄기세포', '줄기', '기세', '세포']);
  assert.deepEqual(queryTerms('iPS細胞'), ['ips', '細胞']);
  assert.deepEqual(queryTerms('เซลล์CAR'), ['เซ', 'ซล', 'ลล', 'ล์', 'car']);
  // Han and Kana are one class: 幹細胞 and ひらがな mix.
  assert.deepEqual(queryTerms('幹細胞とは'), ['幹細', '細胞', '胞と', 'とは']);
  // Punctuation, symbols and spaces separate.
  assert.deepEqual(analyze('cell—therapy / 3D… (covid19) ☺ e-mail'), ['cell', 'therapy', '3d', 'covid19', 'e', 'mail']);
  // Letters, numbers and combining marks make words (Devanagari virama, Hebrew points).
  assert.deepEqual(analyze('नमस्ते दुनिया'), ['नमस्ते', 'दुनिया']);
  assert.deepEqual(analyze('שָׁלוֹם'), ['שָׁלוֹם']);
});

test('Korean: the whole word without one particle, then its bigrams', () => {
  assert.deepEqual(analyze('줄기세포는'), ['줄기세포', '줄기', '기세', '세포']);
  assert.deepEqual(analyze('줄기세포'), ['줄기세포', '줄기', '기세', '세포']);
  assert.deepEqual(analyze('줄기세포를 이용한'), ['줄기세포', '줄기', '기세', '세포', '이용한', '이용', '용한']);
  // Longest particle first: 에서는, not 는.
  assert.deepEqual(analyze('세포치료에서는'), ['세포치료', '세포', '포치', '치료']);
  assert.deepEqual(analyze('병원으로'), ['병원', '병원']);
  assert.deepEqual(analyze('기관까지'), ['기관', '기관']);
  // At least two syllables must remain: 세포는 loses 는, 포는 keeps it, 이가 stays whole.
  assert.deepEqual(analyze('세포는'), ['세포', '세포']);
  assert.deepEqual(analyze('포는'), ['포는', '포는']);
  assert.deepEqual(analyze('이가'), ['이가', '이가']);
  assert.deepEqual(analyze('세포에서'), ['세포', '세포']);
  assert.deepEqual(analyze('세포에서는'), ['세포', '세포']);
  // Only ONE particle: 에서 is stripped, the 의 before it stays.
  assert.deepEqual(analyze('환자의에서')[0], '환자의');
  // One syllable: just itself.
  assert.deepEqual(analyze('병'), ['병']);
  assert.deepEqual(analyze('신고'), ['신고', '신고']);
  // Korean runs have no unigrams, on either side.
  assert.deepEqual(queryTerms('줄기세포는'), analyze('줄기세포는'));
});

test('Korean particles can come from the index (analyzer.particles)', () => {
  const analyzer = { particles: ['들은', '은'] };
  assert.deepEqual(analyze('세포들은', analyzer), ['세포', '세포']);
  assert.deepEqual(analyze('세포는', analyzer), ['세포는', '세포', '포는']);
});

test('Japanese and Chinese: bigrams, then unigrams at index time only', () => {
  assert.deepEqual(analyze('幹細胞'), ['幹細', '細胞', '幹', '細', '胞']);
  assert.deepEqual(queryTerms('幹細胞'), ['幹細', '細胞']);
  assert.deepEqual(analyze('干细胞'), ['干细', '细胞', '干', '细', '胞']);
  assert.deepEqual(queryTerms('干细胞治疗'), ['干细', '细胞', '胞治', '治疗']);
  assert.deepEqual(queryTerms('カタカナ'), ['カタ', 'タカ', 'カナ']);
  // Half-width katakana become full-width (NFKC).
  assert.deepEqual(queryTerms('ｶﾀｶﾅ'), ['カタ', 'タカ', 'カナ']);
  // A run of one character is that character, on both sides.
  assert.deepEqual(analyze('胞'), ['胞']);
  assert.deepEqual(queryTerms('胞'), ['胞']);
  assert.deepEqual(queryTerms('幹 細'), ['幹', '細']);
  // Characters outside the BMP are one character each.
  assert.deepEqual(analyze('𠀀𠀁'), ['𠀀𠀁', '𠀀', '𠀁']);
});

test('Thai: bigrams over the run (NFKC spells sara am as nikhahit + sara aa)', () => {
  assert.deepEqual(queryTerms('เซลล์'), ['เซ', 'ซล', 'ลล', 'ล์']);
  assert.deepEqual(analyze('เซลล์'), ['เซ', 'ซล', 'ลล', 'ล์', 'เ', 'ซ', 'ล', 'ล', '์']);
  assert.deepEqual(queryTerms('กำ'), ['กํ', 'ํา']);
  const q = queryTerms('เซลล์ต้นกำเนิด');
  assert.equal(q.length, Array.from('เซลล์ต้นกําเนิด').length - 1);
});

test('words are stemmed through the map, only when the map has them', () => {
  const analyzer = { stems: { cells: 'cell', therapies: 'therapi', therapy: 'therapi' } };
  assert.deepEqual(analyze('Stem CELLS therapies therapy', analyzer), ['stem', 'cell', 'therapi', 'therapi']);
  // Folding comes before the look-up; unknown words stay as they are.
  assert.deepEqual(analyze('Cèlls unknownword', analyzer), ['cell', 'unknownword']);
  // Only the map's own keys count, never Object.prototype's.
  assert.deepEqual(analyze('constructor toString __proto__ hasOwnProperty', analyzer), ['constructor', 'tostring', 'proto', 'hasownproperty']);
  // CJK bigrams are not stemmed.
  assert.deepEqual(analyze('細胞', { stems: { '細胞': 'x' } }), ['細胞', '細', '胞']);
});

test('tokens longer than 40 characters are dropped', () => {
  assert.deepEqual(analyze('a'.repeat(40)), ['a'.repeat(40)]);
  assert.deepEqual(analyze(`${'a'.repeat(41)} ok`), ['ok']);
  const long = '세'.repeat(41);
  const tokens = analyze(long);
  assert.equal(tokens.length, 40, 'the whole word is dropped, its 40 bigrams stay');
  assert.ok(tokens.every((t) => t === '세세'));
  assert.equal(analyze('세'.repeat(40))[0], '세'.repeat(40));
  // The limit applies after the particle is stripped: 40 syllables + 가 keep their word.
  assert.equal(analyze(`${'세'.repeat(40)}가`)[0], '세'.repeat(40));
});

test('empty and odd input', () => {
  assert.deepEqual(analyze(''), []);
  assert.deepEqual(analyze('  ,.;!  '), []);
  assert.deepEqual(analyze(null), []);
  assert.deepEqual(analyze('cell', undefined), ['cell']);
});

/* ---------- BM25 ---------- */

// tantivy's BM25 (src/query/bm25.rs), step by step in f32, written here independently of search.js.
const f = Math.fround;
function bm25({ N, df, tf, fieldnorm, avg, boost = 1, k1 = 1.2, b = 0.75, mult = 1 }) {
  const K1 = f(k1);
  const B = f(b);
  const x = f(f(f(N - df) + 0.5) / f(f(df) + 0.5));
  const idf = f(Math.log(f(1 + x)));
  let weight = f(f(idf * f(1 + K1)) * f(boost));
  weight = f(weight * mult);
  const norm = f(K1 * f(f(1 - B) + f(f(B * fieldnorm) / f(avg))));
  return f(weight * f(tf / f(tf + norm)));
}
const sum = (...scores) => scores.reduce((a, s) => f(a + s), 0);

// An English index of four documents.
//   0: glossary "Stem cell"       title: stem cell            body: 20 tokens, "cell" x3, "stem" x2
//   1: glossary "Cell therapy"    title: cell therapi         aliases: ... body: 30 tokens
//   2: faq "What does it cost?"                               body: 10 tokens, "cell" x1
//   3: page "Plasma"              title: plasma plasmo        body: 10 tokens
function englishIndex() {
  return {
    v: 1,
    lang: 'en',
    analyzer: { stems: { cells: 'cell', cell: 'cell', stem: 'stem', stems: 'stem', therapy: 'therapi', therapies: 'therapi', regenerative: 'regener', regeneration: 'regener', transplant: 'transplant', plasma: 'plasma', plasmo: 'plasmo', cello: 'cello' } },
    k1: 1.2,
    b: 0.75,
    num_docs: 4,
    fields: [
      { name: 'title', boost: 3.0, avg_norm: 2.0 },
      { name: 'aliases', boost: 2.5, avg_norm: 1.25 },
      { name: 'headings', boost: 2.0, avg_norm: 0.5 },
      { name: 'body', boost: 1.0, avg_norm: 17.5 },
    ],
    terms: {
      cell: [[0, [0, 1, 1, 1]], [3, [0, 3, 1, 2, 2, 1]]],
      stem: [[0, [0, 1]], [3, [0, 2]]],
      therapi: [[0, [1, 1]], [1, [1, 1]], [3, [1, 4]]],
      regener: [[3, [1, 1, 3, 1]]],
      transplant: [[3, [2, 1]]],
      cost: [[0, [2, 1]], [3, [2, 2]]],
      plasma: [[0, [3, 1]]],
      plasmo: [[0, [3, 1]]],
      cello: [[3, [3, 1]]],
      cells: [[2, [3, 1]]],
    },
    docs: [
      { type: 'glossary', title: 'Stem cell', url: 'en/glossary/index.html#stem-cell', text: 'A stem cell can make more cells.', norms: [2, 0, 0, 20] },
      { type: 'glossary', title: 'Cell therapy', url: 'en/glossary/index.html#cell-therapy', text: 'Cell therapies use cells.', norms: [2, 5, 0, 30] },
      { type: 'faq', title: 'What does it cost?', url: 'en/faq/index.html#cost', text: 'Costs of a transplant.', norms: [4, 0, 2, 10] },
      { type: 'page', title: 'Plasma', url: 'en/plasma.html', text: 'Plasma.', norms: [2, 0, 0, 10] },
    ],
  };
}

test('BM25 of one term in one field matches tantivy, and the textbook value', () => {
  const index = englishIndex();
  const [hit] = search(index, 'transplant', { fuzzy: false, prefix: false });
  const expected = bm25({ N: 4, df: 1, tf: 1, fieldnorm: 10, avg: 17.5 });
  assert.equal(hit.doc, 2);
  assert.equal(hit.score, expected);
  // Against the formula in double precision: idf = ln(1 + 3.5/1.5), weight = idf * 2.2.
  const idf = Math.log(1 + 3.5 / 1.5);
  const textbook = idf * 2.2 * (1 / (1 + 1.2 * (0.25 + (0.75 * 10) / 17.5)));
  assert.ok(Math.abs(hit.score - textbook) / textbook < 1e-6, `${hit.score} vs ${textbook}`);
  assert.deepEqual(hit.matched, ['transplant']);
});

test('BM25 sums fields with their boosts and terms, in f32', () => {
  const index = englishIndex();
  const results = search(index, 'stem cell', { fuzzy: false, prefix: false });
  const cell = (doc, field, tf, df) => bm25({ N: 4, df, tf, fieldnorm: index.docs[doc].norms[field], avg: index.fields[field].avg_norm, boost: index.fields[field].boost });
  const expected = {
    0: sum(cell(0, 0, 1, 1), cell(0, 3, 2, 1), cell(0, 0, 1, 2), cell(0, 3, 3, 3)),
    1: sum(cell(1, 0, 1, 2), cell(1, 3, 2, 3)),
    2: sum(cell(2, 3, 1, 3)),
  };
  assert.deepEqual(docs(results), [0, 1, 2]);
  for (const r of results) assert.equal(r.score, expected[r.doc], `doc ${r.doc}`);
  assert.deepEqual(results[0].matched, ['stem', 'cell']);
  assert.deepEqual(results[1].matched, ['cell']);
  // Every score is a float32 value.
  for (const r of results) assert.equal(Math.fround(r.score), r.score);
});

test('BM25 takes k1 and b from the index', () => {
  const index = { ...englishIndex(), k1: 2.0, b: 0.5 };
  const [hit] = search(index, 'transplant', { fuzzy: false, prefix: false });
  assert.equal(hit.score, bm25({ N: 4, df: 1, tf: 1, fieldnorm: 10, avg: 17.5, k1: 2.0, b: 0.5 }));
});

test('query terms are stemmed and deduplicated; unknown terms add nothing', () => {
  const index = englishIndex();
  // Results as ranked (each also carries the query it answers, for its snippets).
  const ranked = (results) => results.map(({ query, ...r }) => r);
  const once = ranked(search(index, 'cell', { fuzzy: false, prefix: false }));
  assert.deepEqual(ranked(search(index, 'cells CELL cell', { fuzzy: false, prefix: false })), once);
  assert.deepEqual(ranked(search(index, 'cell zzzz qqq', { fuzzy: false, prefix: false })), once);
  assert.deepEqual(search(index, '', {}), []);
  assert.deepEqual(search(index, '  ?! ', {}), []);
  assert.deepEqual(search(index, 'constructor', {}), []);
});

test('ties rank by ascending document number, whatever the order the terms reach them', () => {
  // "alpha" hits doc 2, "beta" hits doc 1, with identical statistics.
  const index = {
    v: 1, lang: 'en', analyzer: { stems: {} }, k1: 1.2, b: 0.75, num_docs: 3,
    fields: [{ name: 'title', boost: 3, avg_norm: 1 }, { name: 'aliases', boost: 2.5, avg_norm: 1 }, { name: 'headings', boost: 2, avg_norm: 1 }, { name: 'body', boost: 1, avg_norm: 1 }],
    terms: { alpha: [[3, [2, 1]]], beta: [[3, [1, 1]]], gamma: [[3, [0, 1, 1, 1, 2, 1]]] },
    docs: [0, 1, 2].map((i) => ({ type: 'page', title: `d${i}`, url: `en/d${i}.html`, text: '', norms: [1, 0, 0, 1] })),
  };
  const r = search(index, 'alpha beta', {});
  assert.equal(r[0].score, r[1].score);
  assert.deepEqual(docs(r), [1, 2]);
  assert.deepEqual(docs(search(index, 'gamma', {})), [0, 1, 2]);
  assert.deepEqual(docs(search(index, 'gamma', { limit: 2 })), [0, 1]);
});

test('limit defaults to 10', () => {
  const n = 15;
  const index = {
    v: 1, lang: 'en', analyzer: { stems: {} }, k1: 1.2, b: 0.75, num_docs: n,
    fields: [{ name: 'body', boost: 1, avg_norm: 1 }],
    terms: { word: [[0, Array.from({ length: n }, (_, i) => [i, 1]).flat()]] },
    docs: Array.from({ length: n }, (_, i) => ({ type: 'page', title: `${i}`, url: `en/${i}.html`, text: '', norms: [1] })),
  };
  assert.equal(search(index, 'word').length, 10);
  assert.equal(search(index, 'word', { limit: 50 }).length, 15);
});

test("norm ids stand for tantivy's lengths: themselves up to 40, then eight a step, the step doubling", () => {
  const table = S.FIELDNORMS;
  assert.equal(table.length, 256);
  for (let id = 0; id <= 40; id++) assert.equal(table[id], id);
  // Checkpoints of tantivy's own table (the Rust tests hold it to the same rule).
  assert.deepEqual([41, 48, 49, 56, 57, 64, 65, 255].map((id) => table[id]), [42, 56, 60, 88, 96, 152, 168, 2013265944]);
});

test('postings decode numbers of several digits: far documents, high frequencies, norm ids', () => {
  const n = 2000;
  const index = {
    v: 1, lang: 'en', analyzer: { stems: {} }, k1: 1.2, b: 0.75, num_docs: n,
    fields: [{ name: 'body', boost: 1, avg_norm: 100 }],
    terms: { far: [[0, [5, 1, 1999, 40]]] },
    docs: Array.from({ length: n }, (_, i) => ({ type: 'page', title: `${i}`, url: `en/${i}.html`, text: '', norms: [i % 256] })),
  };
  const r = search(index, 'far', { fuzzy: false, prefix: false });
  // Document 1999's norm id, 207, stands for a length of millions: its 40 occurrences count
  // for less than document 5's one.
  const want = [
    [1999, bm25({ N: n, df: 2, tf: 40, fieldnorm: S.FIELDNORMS[1999 % 256], avg: 100 })],
    [5, bm25({ N: n, df: 2, tf: 1, fieldnorm: 5, avg: 100 })],
  ].sort((a, b) => b[1] - a[1]);
  assert.deepEqual(r.map((x) => [x.doc, x.score]), want);
  assert.deepEqual(docs(r), [5, 1999]);
});

test('postings whose frequencies are all 1 leave them out, and score as if written', () => {
  const index = exported({
    v: 1, lang: 'en', analyzer: { stems: {} }, k1: 1.2, b: 0.75, num_docs: 40,
    fields: [{ name: 'body', boost: 1, avg_norm: 10 }],
    terms: { ones: [[0, [3, 1, 39, 1]]], mixed: [[0, [3, 1, 39, 2]]] },
    docs: Array.from({ length: 40 }, (_, i) => ({ type: 'page', title: `${i}`, url: `en/${i}.html`, text: '', norms: [i % 20] })),
  });
  assert.equal(index.terms.ones[0][1], '3e1.');
  assert.equal(index.terms.mixed[0][1], '3e1.12');
  const r = plain(S.search(index, 'ones', { fuzzy: false, prefix: false }));
  assert.deepEqual(docs(r), [3, 39]);
  assert.equal(r[1].score, bm25({ N: 40, df: 2, tf: 1, fieldnorm: 19, avg: 10 }));
  const m = plain(S.search(index, 'mixed', { fuzzy: false, prefix: false }));
  assert.equal(m.find((x) => x.doc === 39).score, bm25({ N: 40, df: 2, tf: 2, fieldnorm: 19, avg: 10 }));
});

/** Five term parts, whose first keys are '', 'cell', 'cello', 'd' and a Han character outside the
 * BMP, each with one term in one document. */
function fiveParts() {
  const part = (terms) => ({ terms, carried: '', stems: '' });
  return {
    'en/t0.js': part('apple 01.'),
    'en/t1.js': part('cell 02.'),
    'en/t2.js': part('cellos 03.'),
    'en/t3.js': part('dog 04.'),
    'en/t4.js': part('\u{20000} 05.'),
  };
}

test("a split index's part keys are read from their front-coded lines", async () => {
  // A word loads the one part whose range holds it, and finds its postings there.
  const parts = fiveParts();
  const index = {
    v: 8, lang: 'en', k1: 1.2, b: 0.75, num_docs: 6,
    fields: [{ name: 'body', boost: 1, avg_norm: 1 }], norms: ['111111'], analyzer: { stems: {} },
    parts: { terms: '0\n0cell\n4o\n0d\n0\u{20000}' },
  };
  const loads = [];
  const load = (file) => {
    loads.push(file);
    return parts[file];
  };
  for (const [word, doc, file] of [['cell', 2, 'en/t1.js'], ['cellos', 3, 'en/t2.js'], ['dog', 4, 'en/t3.js'], ['apple', 1, 'en/t0.js'], ['\u{20000}', 5, 'en/t4.js']]) {
    loads.length = 0;
    await S.prepare(index, word, { fuzzy: false, prefix: false }, load);
    assert.deepEqual(loads, [file], word);
    assert.deepEqual(docs(plain(S.search(index, word, { fuzzy: false, prefix: false }))), [doc], word);
  }
});

/** `list` ([doc, tf] pairs, documents ascending) as the export writes a field's postings. */
function postingsString(list) {
  let s = '', previous = 0;
  for (const [doc] of list) {
    s += number(doc - previous);
    previous = doc;
  }
  return `${s}.${list.some(([, tf]) => tf !== 1) ? list.map(([, tf]) => number(tf)).join('') : ''}`;
}

/** `list` written against `base`, as src/search/export/encode.rs `delta` writes it: the runs of
 * base's documents in and out of list's, from a run in (the last run out left out); for the
 * shared documents whose frequency differs, the shared ones since the last that differed and
 * the difference, zigzag; list's other documents as postings. */
function deltaString(list, base) {
  const runs = [], diffs = [], extra = [];
  let inside = true, run = 0, same = 0, at = 0;
  for (const [doc, baseTf] of base) {
    while (at < list.length && list[at][0] < doc) extra.push(list[at++]);
    const shared = at < list.length && list[at][0] === doc;
    if (shared !== inside) {
      runs.push(run);
      inside = shared;
      run = 0;
    }
    run++;
    if (shared) {
      const d = list[at++][1] - baseTf;
      if (d === 0) same++;
      else {
        diffs.push(same, d >= 0 ? 2 * d : -2 * d - 1);
        same = 0;
      }
    }
  }
  if (inside) runs.push(run);
  extra.push(...list.slice(at));
  return `<${runs.map(number).join('')}.${diffs.map(number).join('')}.${postingsString(extra)}`;
}

test("a carried bigram's postings written against its word's score as if written out", async () => {
  // Random postings in two fields, a word's and a bigram's that shares most of its documents,
  // some at other frequencies (higher and lower), with documents of its own before, between and
  // after the word's, or exactly the word's; the word lacks the second field in some cases, so
  // that it is written out.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const n = 300;
  for (let round = 0; round < 40; round++) {
    const fields = [0, 1].map(() => {
      const word = [], bigram = [];
      for (let doc = 0; doc < n; doc++) {
        const tf = 1 + Math.floor(random() * random() * 40);
        const inWord = random() < 0.5;
        if (inWord) word.push([doc, tf]);
        const r = random();
        if (inWord ? r < 0.9 : r < 0.05) bigram.push([doc, inWord && r < 0.7 ? tf : 1 + Math.floor(random() * 60)]);
      }
      // Some bigrams are in exactly their word's documents, as often (a common word's are).
      return round % 5 === 4 ? { word, bigram: word } : { word, bigram };
    });
    const wordFields = round % 4 === 3 ? [0] : [0, 1];
    const wordLine = `word ${wordFields.map((f) => `${f}${postingsString(fields[f].word)}`).join(' ')}`;
    const plainLine = `wo ${[0, 1].map((f) => `${f}${postingsString(fields[f].bigram)}`).join(' ')}`;
    const againstLine = `wo =word ${[0, 1].map((f) => `${f}${wordFields.includes(f) ? deltaString(fields[f].bigram, fields[f].word) : postingsString(fields[f].bigram)}`).join(' ')}`;
    const norms = Array.from({ length: n }, (_, i) => number((i * 7) % 90)).join('');
    const run = async (carried) => {
      const index = {
        v: 8, lang: 'ko', k1: 1.2, b: 0.75, num_docs: n,
        fields: [{ name: 'title', boost: 2, avg_norm: 20 }, { name: 'body', boost: 1, avg_norm: 30 }],
        norms: [norms, norms], analyzer: { stems: {} }, parts: { terms: '0' },
      };
      const load = () => ({ terms: wordLine, carried, stems: '' });
      const options = { fuzzy: false, prefix: false, limit: n };
      await S.prepare(index, 'word wo', options, load);
      return [plain(S.search(index, 'wo', options)), plain(S.search(index, 'word wo', options))];
    };
    const [against, written] = [await run(againstLine), await run(plainLine)];
    assert.ok(written[0].length > 0);
    assert.deepEqual(against, written, `round ${round}`);
  }
});

test("a split index's part keys may be grouped by their first character", async () => {
  // The five parts, their first keys in two groups (src/search/export/, whose test writes these
  // lines): per first character, the part that holds it and the first keys after it.
  const files = {
    ...fiveParts(),
    'en/k0.js': { starts: 'd3\n\u{20000}4' },
    'en/k1.js': { starts: 'a0\nc0 ell ello' },
  };
  const manifest = () => ({
    v: 8, lang: 'en', k1: 1.2, b: 0.75, num_docs: 6,
    fields: [{ name: 'body', boost: 1, avg_norm: 1 }], norms: ['111111'], analyzer: { stems: {} },
    parts: { groups: 2 },
  });
  const index = manifest();
  const loads = [];
  const load = (file) => {
    loads.push(file);
    return files[file];
  };
  // A group loads once: after it, the part of a word is one load.
  for (const [word, doc, wanted] of [['cell', 2, ['en/k1.js', 'en/t1.js']], ['cellos', 3, ['en/t2.js']], ['dog', 4, ['en/k0.js', 'en/t3.js']], ['apple', 1, ['en/t0.js']], ['\u{20000}', 5, ['en/t4.js']]]) {
    loads.length = 0;
    await S.prepare(index, word, { fuzzy: false, prefix: false }, load);
    assert.deepEqual(loads, wanted, word);
    assert.deepEqual(docs(plain(S.search(index, word, { fuzzy: false, prefix: false }))), [doc], word);
  }
  // A word that no term begins like loads its group and no part.
  loads.length = 0;
  await S.prepare(manifest(), 'zebra', { fuzzy: false, prefix: false }, load);
  assert.deepEqual(loads, ['en/k0.js']);
  // A prefix spans the parts from the one that holds it to the one that holds its last word.
  const fresh = manifest();
  loads.length = 0;
  await S.prepare(fresh, 'cel', { fuzzy: false }, load);
  assert.deepEqual(loads, ['en/k1.js', 'en/t0.js', 'en/t1.js', 'en/t2.js']);
  assert.deepEqual(docs(plain(S.search(fresh, 'cel', { fuzzy: false }))), [2, 3]);
  // What a page loads beside the manifest: the groups prepare() asks for first, each once.
  assert.deepEqual(Array.from(S.groupFiles('en', 2, 'cell dog cel')), ['en/k1.js', 'en/k0.js']);
  assert.deepEqual(Array.from(S.groupFiles('en', 2, 'zebra')), ['en/k0.js']);
});

test('a page keeps decoded postings: a term met at half weight, then exactly, scores as on a fresh page', () => {
  // The engine decodes a term's postings once and keeps them for later queries of the page,
  // at factor 1: a factor baked into what it keeps would change the later exact score.
  const index = exported(englishIndex());
  const page = (query, options) => plain(S.search(index, query, options));
  const fresh = (query, options) => search(englishIndex(), query, options);
  const typo = page('cellx', { prefix: false });
  const exact = page('cello cell', { fuzzy: false, prefix: false });
  assert.deepEqual(typo, fresh('cellx', { prefix: false }));
  assert.deepEqual(exact, fresh('cello cell', { fuzzy: false, prefix: false }));
  assert.equal(exact.find((x) => x.doc === 3).score, bm25({ N: 4, df: 1, tf: 1, fieldnorm: 10, avg: 17.5 }));
  // And back: the typo again, after the exact query, still at half weight.
  assert.deepEqual(page('cellx', { prefix: false }), typo);
});

/* ---------- Typo tolerance ---------- */

test('a word of 5+ letters that is not a term expands to terms one edit away, at half weight', () => {
  const index = englishIndex();
  // "cellp" (5 letters): cell (a deletion), cello and cells (substitutions) are one edit away.
  const r = search(index, 'cellp', { prefix: false });
  const at = (field, doc, tf, df) => bm25({ N: 4, df, tf, fieldnorm: index.docs[doc].norms[field], avg: index.fields[field].avg_norm, boost: index.fields[field].boost, mult: 0.5 });
  const expected = {
    0: sum(at(0, 0, 1, 2), at(3, 0, 3, 3)),
    1: sum(at(0, 1, 1, 2), at(3, 1, 2, 3)),
    2: sum(at(3, 2, 1, 3)),
    3: sum(at(2, 3, 1, 1), at(3, 3, 1, 1)), // cells in headings, cello in the body
  };
  assert.deepEqual(docs(r), [3, 0, 1, 2]);
  for (const x of r) assert.equal(x.score, expected[x.doc], `doc ${x.doc}`);
  assert.deepEqual(r[0].matched, ['cello', 'cells'], 'expansions in dictionary order');
  assert.deepEqual(r[1].matched, ['cell']);
  // Half of the exact score, exactly (0.5 is a power of two).
  const exact = search(index, 'cello', { fuzzy: false, prefix: false })[0].score;
  assert.equal(search(index, 'cellx', { prefix: false }).find((x) => x.doc === 3).score, sum(f(exact * 0.5), at(2, 3, 1, 1)));
});

test('transpositions count as one edit (Damerau)', () => {
  const index = englishIndex();
  const r = search(index, 'palsma', { prefix: false });
  assert.deepEqual(docs(r), [3]);
  assert.deepEqual(r[0].matched.sort(), ['plasma']);
  const exact = search(index, 'plasma', { fuzzy: false, prefix: false });
  // plasmo is two edits from palsma, and 6 letters allow one: only plasma, at half weight.
  assert.equal(r[0].score, f(bm25({ N: 4, df: 1, tf: 1, fieldnorm: 2, avg: 2, boost: 3 }) * 0.5));
  assert.ok(r[0].score < exact[0].score);
});

test('several expansions of one word that hit the same document add up', () => {
  const index = englishIndex();
  const r = search(index, 'plasmx', { prefix: false });
  assert.deepEqual(r[0].matched.sort(), ['plasma', 'plasmo']);
  const one = bm25({ N: 4, df: 1, tf: 1, fieldnorm: 2, avg: 2, boost: 3, mult: 0.5 });
  assert.equal(r[0].score, sum(one, one));
});

test('words of 9+ letters allow two edits, at a quarter weight', () => {
  const index = englishIndex();
  const exact = search(index, 'transplant', { fuzzy: false, prefix: false })[0].score;
  const two = search(index, 'tansplanx', { prefix: false }); // 9 letters: delete r, change t to x
  assert.deepEqual(docs(two), [2]);
  assert.equal(two[0].score, f(exact * 0.25));
  const one = search(index, 'transpalnt', { prefix: false }); // a transposition
  assert.equal(one[0].score, f(exact * 0.5));
  // 8 letters: two edits are too many.
  assert.deepEqual(search(index, 'tansplax', { prefix: false }), []);
});

test('a typo may bring as many new letters as it has edits, and no more', () => {
  // The scan skips a candidate when more letters differ than edits are allowed, before the
  // distance: at the boundary (two substitutions by letters the term lacks) it must not skip.
  const index = englishIndex();
  const exact = search(index, 'transplant', { fuzzy: false, prefix: false })[0].score;
  const two = search(index, 'txansylant', { prefix: false }); // r -> x, p -> y
  assert.deepEqual(docs(two), [2]);
  assert.equal(two[0].score, f(exact * 0.25));
  assert.deepEqual(search(index, 'txansylanz', { prefix: false }), []); // and t -> z: three
  const one = search(index, 'plasmq', { prefix: false }); // a -> q: one new letter, one edit
  assert.deepEqual(one[0].matched.sort(), ['plasma', 'plasmo']);
});

test('short words and words that are terms do not expand', () => {
  const index = englishIndex();
  assert.deepEqual(search(index, 'cels', { prefix: false }), [], 'four letters');
  assert.deepEqual(search(index, 'stme', { prefix: false }), []);
  // "cello" is a term: scored exactly, not also as "cells" or "cell".
  const r = search(index, 'cello', { prefix: false });
  assert.deepEqual(r.map((x) => x.matched), [['cello']]);
  assert.deepEqual(search(index, 'cellp', { fuzzy: false, prefix: false }), []);
});

test('"stem cels": the typo does not hide the right page', () => {
  const index = englishIndex();
  assert.equal(search(index, 'stem cels')[0].doc, 0);
  assert.equal(search(index, 'stme cells')[0].doc, 0);
});

/* ---------- Prefix matching ---------- */

test('the last word matches the terms it begins, at half weight', () => {
  const index = englishIndex();
  const r = search(index, 'transpl', { fuzzy: false });
  const exact = search(index, 'transplant', { fuzzy: false, prefix: false });
  assert.deepEqual(docs(r), [2]);
  assert.equal(r[0].score, f(exact[0].score * 0.5));
  assert.deepEqual(r[0].matched, ['transplant']);
  assert.deepEqual(search(index, 'transpl', { fuzzy: false, prefix: false }), []);
});

test('only the last word is a prefix, and only from two letters', () => {
  const index = englishIndex();
  assert.deepEqual(docs(search(index, 'cost transpl', { fuzzy: false })), [2]);
  assert.equal(search(index, 'transpl cost', { fuzzy: false })[0].matched.join(), 'cost');
  assert.deepEqual(search(index, 't', { fuzzy: false }), []);
  assert.ok(search(index, 'tr', { fuzzy: false }).length > 0);
});

test('a last word that is a term is not expanded', () => {
  const index = englishIndex();
  // "cell" is a term; "cello" and "cells" begin with it but are not added.
  const r = search(index, 'cell', { fuzzy: false });
  for (const x of r) assert.deepEqual(x.matched, ['cell']);
});

test('a prefix also reaches a stem through the words of the corpus', () => {
  const index = englishIndex();
  // "regenerat" begins "regenerative", whose stem "regener" is the term.
  const r = search(index, 'regenerat', { fuzzy: false });
  const exact = search(index, 'regener', { fuzzy: false, prefix: false });
  assert.deepEqual(docs(r), docs(exact));
  assert.deepEqual(docs(r), [3, 1]);
  assert.deepEqual(r[0].matched, ['regener']);
  for (let i = 0; i < r.length; i++) assert.equal(r[i].score, f(exact[i].score * 0.5));
});

function koreanIndex() {
  const terms = {};
  const docs = [
    { type: 'glossary', title: '줄기세포', url: 'ko/glossary/index.html#stem-cell', text: '줄기세포는 여러 종류의 세포로 자랄 수 있는 세포입니다.', norms: [4, 0, 0, 0] },
    { type: 'contact', title: '위반 사례 신고', url: 'ko/contacts/index.html#report', text: '불법 시술을 신고하는 곳입니다.', norms: [0, 0, 0, 0] },
  ];
  // Index the titles with the analyzer itself, as the Rust side does.
  docs.forEach((d, i) => {
    const tokens = analyze(d.title);
    d.norms[0] = tokens.length;
    const tf = {};
    for (const t of tokens) tf[t] = (tf[t] || 0) + 1;
    for (const [t, n] of Object.entries(tf)) (terms[t] = terms[t] || [[0, []]])[0][1].push(i, n);
  });
  return {
    v: 1, lang: 'ko', analyzer: { stems: {} }, k1: 1.2, b: 0.75, num_docs: 2,
    fields: [{ name: 'title', boost: 3, avg_norm: (docs[0].norms[0] + docs[1].norms[0]) / 2 }, { name: 'aliases', boost: 2.5, avg_norm: 0 }, { name: 'headings', boost: 2, avg_norm: 0 }, { name: 'body', boost: 1, avg_norm: 0 }],
    terms, docs,
  };
}

test('Korean: 줄기세포, 줄기, 줄기세포는 and 신고 find their documents', () => {
  const index = koreanIndex();
  for (const q of ['줄기세포', '줄기', '줄기세포는', '줄기세포가']) assert.equal(search(index, q)[0]?.doc, 0, q);
  assert.equal(search(index, '신고')[0].doc, 1);
  assert.deepEqual(search(index, '줄기세포는')[0].matched, ['줄기세포', '줄기', '기세', '세포']);
});

test('Korean prefixes: one syllable is enough, and a Hangul word is typed as a whole', () => {
  const index = koreanIndex();
  // 줄 is not a term (Hangul has no unigrams): it begins 줄기 and 줄기세포.
  const one = search(index, '줄');
  assert.deepEqual(docs(one), [0]);
  assert.deepEqual(one[0].matched.sort(), ['줄기', '줄기세포']);
  // 줄기세: its bigrams match, and the word itself begins 줄기세포.
  const three = search(index, '줄기세');
  assert.ok(three[0].matched.includes('줄기세포'));
  assert.ok(!search(index, '줄기세', { prefix: false })[0].matched.includes('줄기세포'));
});

test('Han: a one-character query is a unigram term, scored exactly', () => {
  const index = {
    v: 1, lang: 'ja', analyzer: { stems: {} }, k1: 1.2, b: 0.75, num_docs: 1,
    fields: [{ name: 'title', boost: 3, avg_norm: 5 }],
    terms: Object.fromEntries(analyze('幹細胞').map((t) => [t, [[0, [0, 1]]]])),
    docs: [{ type: 'glossary', title: '幹細胞', url: 'ja/glossary/index.html#stem-cell', text: '', norms: [5] }],
  };
  assert.deepEqual(search(index, '胞')[0].matched, ['胞']);
  assert.deepEqual(search(index, '幹細胞')[0].matched, ['幹細', '細胞']);
  assert.deepEqual(search(index, '幹細胞', { prefix: false })[0].matched, ['幹細', '細胞']);
});

/* ---------- Snippets ---------- */

const marks = (segments) => segments.filter((s) => s.mark).map((s) => s.text);
const joined = (segments) => segments.map((s) => s.text).join('');

test('snippets mark the words whose terms matched, in the original spelling', () => {
  const analyzer = { stems: { cells: 'cell', cell: 'cell' } };
  const s = snippet('A stem cell can make more CELLS.', ['cell'], analyzer, 200);
  assert.equal(joined(s), 'A stem cell can make more CELLS.');
  assert.deepEqual(marks(s), ['cell', 'CELLS']);
  assert.deepEqual(s[0], { text: 'A stem ', mark: false });
  // Adjacent words are separate marks.
  assert.deepEqual(marks(snippet('stem cells', ['stem', 'cell'], analyzer, 200)), ['stem', 'cells']);
});

test('snippets: Vietnamese with tone marks, Arabic with tashkeel, Russian ё', () => {
  assert.deepEqual(marks(snippet('Tế bào gốc là gì?', ['te', 'bao', 'goc'], {}, 100)), ['Tế', 'bào', 'gốc']);
  assert.deepEqual(marks(snippet('ما هي الخَلايا الجذعية؟', ['خلايا'], {}, 100)), ['الخَلايا']);
  assert.deepEqual(marks(snippet('Ёлка и елка', ['елка'], {}, 100)), ['Ёлка', 'елка']);
});

test('snippets: Korean marks the word without its particle, or the matched bigrams', () => {
  assert.deepEqual(marks(snippet('줄기세포는 세포입니다.', ['줄기세포'], {}, 100)), ['줄기세포']);
  assert.deepEqual(marks(snippet('줄기세포는 세포입니다.', ['세포'], {}, 100)), ['세포', '세포']);
  assert.deepEqual(marks(snippet('幹細胞とは、', ['幹細', '細胞'], {}, 100)), ['幹細胞']);
  assert.deepEqual(marks(snippet('เซลล์ต้นกำเนิด', ['เซ', 'ซล', 'ลล', 'ล์'], {}, 100)), ['เซลล์']);
});

test('snippets: Thai marks runs as long as a word, not the bigrams scattered through a text', () => {
  // "Stem cell" as its query's bigrams; the text also holds ชนิด, ทำ, ต้อง and ในการ, whose
  // letter pairs (นิ, ิด, ํา, ต้, นก) are among them.
  const stemCell = queryTerms('เซลล์ต้นกำเนิด');
  const text = 'เซลล์ชนิดนี้ทำให้ไม่ต้องใช้ตัวอ่อนในการสร้างเซลล์ต้นกำเนิด';
  assert.deepEqual(marks(snippet(text, stemCell, {}, 200)), ['เซลล์', 'เซลล์ต้นกำเนิด']);
  // A query no longer than two letters still marks them.
  assert.deepEqual(marks(snippet('ยาและการรักษา', queryTerms('ยา'), {}, 100)), ['ยา']);
  // With the query, a run must be as long as the query's Thai word that has it: a text that
  // shares only a piece of the word (นิด of เนิด) has nothing marked, while a short word of the
  // same query is marked whole.
  const weak = 'ชนิดหนึ่งของยา';
  assert.deepEqual(marks(snippet(weak, ['นิ', 'ิด'], {}, 100)), ['นิด']);
  assert.deepEqual(marks(snippet(weak, ['นิ', 'ิด'], {}, 100, 'เซลล์ต้นกำเนิด')), []);
  assert.deepEqual(marks(snippet(weak, ['นิ', 'ิด', 'ยา'], {}, 100, 'เซลล์ต้นกำเนิด ยา')), ['ยา']);
  // Han characters and Hangul syllables mean something in twos.
  assert.deepEqual(marks(snippet('細胞とは', queryTerms('幹細胞'), {}, 100)), ['細胞']);
});

test('snippets of unspaced text begin at a break or at the match, never on a vowel sign', () => {
  const stemCell = queryTerms('เซลล์ต้นกำเนิด');
  // 60 letters without a space, then the match: the window would begin inside a word.
  const text = 'ก่อนหน้านี้'.repeat(6) + 'เซลล์ต้นกำเนิด' + 'ที่ใช้รักษา'.repeat(12);
  const s = snippet(text, stemCell, {}, 40);
  assert.equal(s[0].text, '… ');
  assert.equal(s[1].text, 'เซลล์ต้นกำเนิด');
  assert.equal(s[1].mark, true);
  // Cut inside a word at the end, a letter keeps its vowel signs and tone marks.
  const tail = s[s.length - 2].text;
  assert.doesNotMatch(tail.at(-1), /\p{M}/u);
  assert.match(text, new RegExp(tail.slice(-3) + '(?!\\p{M})', 'u'));
  // Japanese begins after a full stop before the match.
  const jaText = 'これは前の文です。'.repeat(4) + '短い文。その次に幹細胞についての説明がここから長く続きます。';
  const ja = joined(snippet(jaText, queryTerms('幹細胞'), {}, 30));
  assert.match(ja, /^… 短い文。その次に幹細胞/);
});

test('snippets cut long text around the matches, on word boundaries, with ellipses', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(20);
  const text = `${filler}The stem cell is here. ${filler}`;
  const s = snippet(text, ['stem', 'cell'], {}, 80);
  const out = joined(s);
  assert.ok(out.startsWith('… '), out);
  assert.ok(out.endsWith(' …'), out);
  assert.ok(Array.from(out).length <= 80 + 4, out);
  assert.deepEqual(marks(s), ['stem', 'cell']);
  // Whole words at both ends.
  const inner = out.slice(2, -2);
  assert.ok(text.includes(inner));
  assert.match(inner, /^\S+/);
  assert.ok(text.includes(` ${inner} `), `cut at spaces: ${inner}`);
});

test('snippets prefer the window with the most matches', () => {
  const text = `cell ${'x '.repeat(100)}stem cell stem cell ${'y '.repeat(100)}`;
  const s = snippet(text, ['stem', 'cell'], {}, 40);
  assert.equal(marks(s).length, 4);
});

test('snippets without a match show the beginning; short text is whole; whitespace collapses', () => {
  const text = 'First words of the text. '.repeat(20);
  const s = snippet(text, ['nothing'], {}, 50);
  assert.deepEqual(marks(s), []);
  const out = joined(s);
  assert.ok(out.startsWith('First words'));
  assert.ok(out.endsWith(' …'));
  assert.equal(joined(snippet('  a\n\n b\t c ', [], {}, 50)), 'a b c');
  assert.deepEqual(snippet('', ['x'], {}, 50), []);
  assert.equal(joined(snippet('<b>cell</b> &amp;', ['cell'], {}, 50)), '<b>cell</b> &amp;');
});

test('snippets never split a character outside the BMP', () => {
  const text = '𠀀'.repeat(100);
  const s = snippet(text, [], {}, 10);
  assert.equal(joined(s), `${'𠀀'.repeat(10)} …`);
});
