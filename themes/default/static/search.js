/*
 * armguide search: the browser twin of the build-time search (src/search), and its interface.
 *
 * One classic script with no dependencies and no network API (no fetch, XHR, import() or
 * Workers): the index of a language is itself a classic script, assets/search/<lang>.js, which
 * sets window.ARMGUIDE_INDEX[<lang>]. A <script> element loads it, so search works the same on
 * a static host and from a copy opened from disk (file://).
 *
 * A large index is split (see src/search/export/): the manifest names its parts, which load
 * as classic scripts too (window.ARMGUIDE_PARTS[<lang>/<part>]). prepare() loads what a query
 * needs before search() runs: the term parts of its words, then, only for a misspelt word, the
 * dictionary and its candidates' parts; prepareDocs() loads what the results show. The first keys
 * of a large index's term parts are in groups by first character (<lang>/k<G>.js), which a page
 * told their count (data-index-groups) loads beside the manifest: groupFiles() names them.
 *
 * window.ArmSearch:
 *   analyze(text, analyzer)      index-side tokens (the twin of the Rust analyzer)
 *   queryTerms(text, analyzer)   query-side tokens (no unigrams inside CJK/Thai runs of 2+)
 *   search(index, query, opts)   [{doc, score, matched, query}], opts {limit: 10, fuzzy: true, prefix: true}
 *   prepare(index, query, opts, load)    promise: the parts search(index, query, opts) needs
 *   prepareDocs(index, results, load)    promise: the documents of `results`
 *   groupFiles(lang, groups, query)      the key groups prepare() will ask for first
 *   snippet(text, terms, analyzer, maxChars, query)   [{text, mark}] segments to highlight
 *   FIELDNORMS                   norm id → the field length it stands for, as tantivy decodes it
 * load(file) returns (a promise of) the part a file of the manifest defines. The page's loader
 * does not load a part the page has already: an offline copy's index script defines the
 * manifest and every part after it.
 *
 * The page provides (see templates/base.html and search.html):
 *   form[data-search]        a search box: results drop down under it as the reader types
 *   form[data-search-page]   the search page's form; the results go to [data-search-results]
 * Both carry data-index (URL of the index script), data-index-groups (its key groups, when
 * they are grouped), data-root (the page's relative root),
 * data-lang, data-label-<type> (type names) and data-msg-* (interface text). Results are built
 * from DOM text nodes only, never innerHTML.
 */
(function (global) {
  'use strict';

  var hasOwn = Object.prototype.hasOwnProperty;
  function own(o, k) {
    return o != null && hasOwn.call(o, k);
  }
  var f32 = Math.fround;

  /* ---------- The analyzer ---------- */

  // Korean particles, longest first: one is stripped from the end of a Hangul run.
  var PARTICLES = ('에서는 에서도 으로는 이라고 입니다 에게 에서 으로 에는 에도 로는 와는 과는 이나 까지 부터 보다 ' +
    '처럼 이며 이고 이란 라고 이다 만을 은 는 이 가 을 를 에 의 로 와 과 도 만 란 인 나').split(' ');
  var MAX_CHARS = 40;
  var LATIN = { 'đ': 'd', 'ø': 'o', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe' };
  var ARABIC = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه' };
  var SEP = 0, WORD = 1, HANGUL = 2, HAN_KANA = 3, THAI = 4;
  // The shortest run of matched Thai bigrams a snippet marks, in folded characters: เซลล์ (cell).
  var THAI_MARK_CHARS = 5;
  var WORD_RE, MARK_RE;
  try {
    WORD_RE = new RegExp('[\\p{L}\\p{N}\\p{M}]', 'u');
    MARK_RE = new RegExp('\\p{M}', 'u');
  } catch (e) {
    // Engines without Unicode property escapes: everything but spaces and punctuation, and
    // the combining marks of the scripts the guide is written in.
    WORD_RE = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]/;
    MARK_RE = /[\u0300-\u036f\u064b-\u065f\u0670\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;
  }

  // Folds one character of NFKC-normalized, lowercased text.
  function foldChar(ch) {
    var c = ch.codePointAt(0);
    if (c < 0x80) return ch;
    if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) {
      return LATIN[ch] || ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    }
    if (c === 0x451) return 'е'; // ё
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) return '';
    return ARABIC[ch] || ch;
  }

  // Step 1 and 2: NFKC, lowercase, fold. Returns an array of characters (code points).
  function fold(text) {
    var out = [];
    var s = String(text == null ? '' : text).normalize('NFKC').toLowerCase();
    for (var ch of s) {
      var f = foldChar(ch);
      if (f.length === 1) out.push(f);
      else for (var g of f) out.push(g);
    }
    return out;
  }

  function charClass(ch) {
    var c = ch.codePointAt(0);
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return HANGUL;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2fa1f) || (c >= 0x31f0 && c <= 0x31ff) ||
      (c >= 0xff66 && c <= 0xff9f)) return HAN_KANA;
    if (c >= 0xe00 && c <= 0xe7f) return THAI;
    return WORD_RE.test(ch) ? WORD : SEP;
  }

  var particleCache = { src: null, list: null };
  function particles(analyzer) {
    // The index may carry its own list (analyzer.particles) so that the two sides cannot drift.
    var src = analyzer && Array.isArray(analyzer.particles) ? analyzer.particles : PARTICLES;
    if (particleCache.src !== src) {
      var list = src.map(function (p) { return [p, Array.from(p).length]; });
      list.sort(function (a, b) { return b[1] - a[1]; }); // stable: equal lengths keep their order
      particleCache = { src: src, list: list };
    }
    return particleCache.list;
  }

  // The Arabic definite article, alone or with the letters written on it; longest first.
  var ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

  // A word without its Arabic definite article, when two letters remain (strip_article).
  function stripArticle(word) {
    var first = word.charCodeAt(0);
    if (first < 0x627 || first > 0x64a) return word;
    for (var a = 0; a < ARTICLES.length; a++) {
      var art = ARTICLES[a];
      if (word.lastIndexOf(art, 0) === 0 && Array.from(word.slice(art.length)).length >= 2) return word.slice(art.length);
    }
    return word;
  }

  // Tokens of folded characters: {t: term, s, e: its character span, k: class, r: start of its run,
  // w: the run's whole word (word runs, a Hangul run without its particle, one-character runs)}.
  function tokenize(chars, analyzer, query) {
    var out = [];
    var stems = analyzer && analyzer.stems;
    var n = chars.length;
    var classes = new Array(n);
    for (var x = 0; x < n; x++) classes[x] = charClass(chars[x]);
    var r = 0;
    function emit(t, s, e, k, w) {
      if (e - s <= MAX_CHARS) out.push({ t: t, s: s, e: e, k: k, r: r, w: w });
    }
    var i = 0;
    while (i < n) {
      var k = classes[i], s = i, j;
      r = i;
      while (i < n && classes[i] === k) i++;
      if (k === SEP) continue;
      if (k === WORD) {
        var word = stripArticle(chars.slice(s, i).join(''));
        emit(own(stems, word) ? stems[word] : word, s, i, k, true);
      } else if (k === HANGUL) {
        var run = chars.slice(s, i).join('');
        var len = i - s;
        var ps = particles(analyzer);
        for (j = 0; j < ps.length; j++) {
          if (len >= ps[j][1] + 2 && run.endsWith(ps[j][0])) {
            len -= ps[j][1];
            break;
          }
        }
        emit(chars.slice(s, s + len).join(''), s, s + len, k, true);
        if (len >= 2) for (j = s; j + 1 < s + len; j++) emit(chars[j] + chars[j + 1], j, j + 2, k, false);
      } else if (i - s === 1) {
        emit(chars[s], s, i, k, true);
      } else {
        for (j = s; j + 1 < i; j++) emit(chars[j] + chars[j + 1], j, j + 2, k, false);
        if (!query) for (j = s; j < i; j++) emit(chars[j], j, j + 1, k, false);
      }
    }
    return out;
  }

  function terms(tokens) {
    return tokens.map(function (t) { return t.t; });
  }

  function analyze(text, analyzer) {
    return terms(tokenize(fold(text), analyzer, false));
  }

  function queryTerms(text, analyzer) {
    return terms(tokenize(fold(text), analyzer, true));
  }

  /* ---------- Dictionary look-ups (cached per index) ---------- */

  var caches = typeof WeakMap === 'function' ? new WeakMap() : null;
  function cacheOf(index) {
    var c = caches ? caches.get(index) : index.__armCache;
    if (!c) {
      c = { version: 0, decoded: new Map() };
      if (caches) caches.set(index, c);
      else Object.defineProperty(index, '__armCache', { value: c });
    }
    // Parts loaded since: the key lists are stale (decoded postings stay valid).
    var version = index.__armVersion || 0;
    if (c.version !== version) {
      c.version = version;
      c.keys = c.surfaces = null;
    }
    return c;
  }

  // Postings strings: numbers of five-bit digits, low first; the last 32 digits continue a number.
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyz-_WXYZ';
  var DIGIT = new Uint8Array(128);
  for (var dg = 0; dg < DIGITS.length; dg++) DIGIT[DIGITS.charCodeAt(dg)] = dg;

  // The numbers of s[from, to) (see DIGITS), into `out` from 0; returns how many. One loop for
  // every digit string, so that the page's first query, which reads every document's norm ids
  // before any postings, has it optimized by the time it reads the long posting lists.
  function digits(s, from, to, out) {
    var n = 0, shift = 0, at = 0;
    for (var i = from; i < to; i++) {
      var d = DIGIT[s.charCodeAt(i)];
      n |= (d & 31) << shift;
      if (d < 32) {
        out[at++] = n;
        n = 0;
        shift = 0;
      } else {
        shift += 5;
      }
    }
    return at;
  }

  // Per field, every document's field-norm id (the manifest's `norms`), decoded once. digits()
  // writes only Int32Arrays, as for postings: stores into one kind of array keep it fast once
  // optimized (measured: later queries' search() a third slower when it also wrote bytes).
  function normIds(index, c, f) {
    var ids = c.normIds || (c.normIds = []);
    if (!ids[f]) {
      var all = new Int32Array(index.num_docs);
      digits(index.norms[f], 0, index.norms[f].length, all);
      ids[f] = new Uint8Array(all);
    }
    return ids[f];
  }

  // What the index holds for `term`, or undefined: a whole index's [field, postings] pairs; in
  // a split one, the rest of the term's line in the loaded part of its range, looked up there
  // when a query first asks (a part's other lines are never split off) or noted as a carried
  // term when the part that carries it loaded.
  function termEntries(index, term) {
    var terms = index.terms;
    if (own(terms, term)) return terms[term];
    var file = index.parts && index.__armSorted && partOf(index, term);
    var loaded = file && index.__armSorted[file];
    if (!loaded) return undefined;
    var text = loaded.part.terms, key = term + ' ';
    var at = text.lastIndexOf(key, 0) === 0 ? 0 : text.indexOf('\n' + key);
    if (at < 0) return undefined;
    if (at > 0) at++;
    var end = text.indexOf('\n', at);
    return (terms[term] = text.slice(at + term.length, end < 0 ? text.length : end));
  }

  // A term's postings, decoded and scored once and kept for later queries: per field
  // {f: the field, docs: ascending documents, adds: what each adds to a document's score at
  // factor 1}, BM25 in f32 as tantivy computes it. A query then only adds numbers, in the order
  // tantivy does.
  function postingsOf(index, term) {
    var c = cacheOf(index);
    var out = c.decoded.get(term);
    if (out) return out;
    var entries = termEntries(index, term);
    out = [];
    if (typeof entries === 'string') {
      // A term part's line without its term: per field, a space, the field's digit, postings;
      // a carried bigram's may first name, after '=', the word whose postings its fields are
      // written against where they begin with '<' (the word's line is in the same part).
      var base = null, baseLine = null, at = 0;
      if (entries.charAt(1) === '=') {
        at = entries.indexOf(' ', 1);
        if (at < 0) at = entries.length;
        base = postingsOf(index, entries.slice(2, at));
        baseLine = termEntries(index, entries.slice(2, at));
      }
      for (; at < entries.length;) {
        var end = entries.indexOf(' ', at + 1);
        if (end < 0) end = entries.length;
        var f = entries.charCodeAt(at + 1) - 48;
        out.push(entries.charAt(at + 2) === '<'
          ? deltaPostings(index, c, f, entries, at + 3, end, fieldOf(base, f), baseLine)
          : fieldPostings(index, c, f, entries, at + 2, end));
        at = end;
      }
    } else {
      for (var e = 0; e < entries.length; e++) {
        out.push(fieldPostings(index, c, entries[e][0], entries[e][1], 0, entries[e][1].length));
      }
    }
    c.decoded.set(term, out);
    return out;
  }

  // Scratch arrays a field's postings are decoded into before their number is known, grown as
  // needed: the digits are read once, then copied at the right length.
  var scratchDocs = new Int32Array(1024), scratchTfs = new Int32Array(1024), scratchAdds = new Float32Array(1024);
  var scratchRuns = new Int32Array(1024), scratchDiffs = new Int32Array(1024);
  var scratchShared = new Int32Array(1024), scratchSharedTfs = new Int32Array(1024), scratchBaseTfs = new Int32Array(1024);

  // Makes the scratch arrays hold n postings at least.
  function scratch(n) {
    if (scratchDocs.length < n) {
      scratchDocs = new Int32Array(n);
      scratchTfs = new Int32Array(n);
      scratchAdds = new Float32Array(n);
    }
  }

  // Field f of decoded postings, or undefined.
  function fieldOf(postings, f) {
    for (var p = 0; postings && p < postings.length; p++) if (postings[p].f === f) return postings[p];
  }

  // One field's postings, s[from, to): the documents' gaps from the one before, a '.', then
  // their term frequencies, or nothing after it when all are 1; decoded into the documents and
  // what each adds to its score.
  function fieldPostings(index, c, f, s, from, to) {
    var mark = s.indexOf('.', from);
    scratch(mark - from);
    var docs = scratchDocs, tfs = scratchTfs;
    var df = digits(s, from, mark, docs);
    var ones = mark + 1 === to;
    if (!ones) digits(s, mark + 1, to, tfs);
    return scored(index, c, f, df, ones, true);
  }

  // The first `df` documents of the scratch arrays (their gaps if `gaps`, made documents here)
  // and their frequencies (all 1 if `ones`) as field f's postings, with what each adds to a
  // document's score: BM25 in f32 (a Float32Array rounds each store as f32() does). One loop
  // for both kinds of postings, so that it is compiled for the first query's either kind.
  function scored(index, c, f, df, ones, gaps) {
    var docs = scratchDocs, tfs = scratchTfs, adds = scratchAdds;
    var field = index.fields[f], N = index.num_docs;
    var idf = f32(Math.log(f32(1 + f32(f32(N - df + 0.5) / f32(df + 0.5)))));
    var weight = f32(f32(idf * bm25(index, c).onePlusK1) * f32(field.boost == null ? 1 : field.boost));
    var norms = normTable(index, c, f), ids = normIds(index, c, f);
    var doc = 0, k, tf;
    for (k = 0; k < df; k++) {
      doc = gaps ? (docs[k] += doc) : docs[k];
      tf = ones ? 1 : tfs[k];
      adds[k] = weight * (tf <= TF_TABLE ? norms[tf * 256 + ids[doc]] : f32(tf / f32(tf + norms[ids[doc]])));
    }
    return { f: f, docs: docs.slice(0, df), adds: adds.slice(0, df) };
  }

  // One field's postings written against `base`, the same field's postings of the word the
  // term is a bigram of (src/search/export/encode.rs, `delta`), s[from, to): the runs of
  // base's documents in and out of the term's, in turn from a run in; for the shared documents
  // whose frequency differs from base's, how many shared ones came since the last that
  // differed and the difference (zigzag); then the term's own other documents, as postings.
  // The work goes by runs and by differences, in block copies, not by document: a page's first
  // query decodes these before it has run often enough to be compiled.
  function deltaPostings(index, c, f, s, from, to, base, baseLine) {
    var runsEnd = s.indexOf('.', from), diffsEnd = s.indexOf('.', runsEnd + 1);
    var gapsEnd = s.indexOf('.', diffsEnd + 1);
    // A number takes a digit at least: the strings' lengths bound how many each holds.
    var extra = gapsEnd - diffsEnd - 1, most = base.docs.length + extra;
    scratch(most);
    if (scratchShared.length < most) {
      scratchShared = new Int32Array(most);
      scratchSharedTfs = new Int32Array(most);
    }
    if (scratchRuns.length < runsEnd - from + 2 * extra) scratchRuns = new Int32Array(runsEnd - from + 2 * extra);
    if (scratchDiffs.length < diffsEnd - runsEnd) scratchDiffs = new Int32Array(diffsEnd - runsEnd);
    var runs = scratchRuns, diffs = scratchDiffs;
    var nRuns = digits(s, from, runsEnd, runs);
    var nDiffs = digits(s, runsEnd + 1, diffsEnd, diffs);
    // The term's own documents and their frequencies, after the runs.
    var own = runs.subarray(nRuns, nRuns + extra), ownTfs = runs.subarray(nRuns + extra);
    var nOwn = digits(s, diffsEnd + 1, gapsEnd, own);
    // The word's documents at its frequencies, no more: the same df, so the same BM25 weight,
    // and the same adds (the commonest words' bigrams are so).
    if (nRuns === 1 && runs[0] === base.docs.length && nDiffs === 0 && nOwn === 0) {
      return { f: f, docs: base.docs, adds: base.adds };
    }
    for (var e = 1; e < nOwn; e++) own[e] += own[e - 1];
    if (gapsEnd + 1 === to) ownTfs.fill(1, 0, nOwn);
    else digits(s, gapsEnd + 1, to, ownTfs);
    // The shared documents, a run at a time, then their differences.
    var bDocs = base.docs, bTfs = baseTfs(baseLine, f, bDocs.length), shared = scratchShared, sharedTfs = scratchSharedTfs;
    var n = 0, b = 0;
    for (var r = 0; r < nRuns; r++) {
      var run = Math.min(runs[r], bDocs.length - b);
      if (r % 2 === 0) {
        shared.set(bDocs.subarray(b, b + run), n);
        if (bTfs) sharedTfs.set(bTfs.subarray(b, b + run), n);
        else sharedTfs.fill(1, n, n + run);
        n += run;
      }
      b += run;
    }
    for (var d = 0, at = 0; d + 1 < nDiffs; d += 2) {
      at += diffs[d];
      var z = diffs[d + 1];
      sharedTfs[at++] += z & 1 ? -((z + 1) >> 1) : z >> 1;
    }
    // Merged with the term's own documents: the shared ones between two of those in one copy.
    var docs = scratchDocs, tfs = scratchTfs, df = 0, next = 0;
    for (var o = 0; o < nOwn; o++) {
      var lo = next, hi = n;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (shared[mid] < own[o]) lo = mid + 1;
        else hi = mid;
      }
      docs.set(shared.subarray(next, lo), df);
      tfs.set(sharedTfs.subarray(next, lo), df);
      df += lo - next;
      next = lo;
      docs[df] = own[o];
      tfs[df++] = ownTfs[o];
    }
    docs.set(shared.subarray(next, n), df);
    tfs.set(sharedTfs.subarray(next, n), df);
    df += n - next;
    return scored(index, c, f, df, !bTfs && nDiffs === 0 && gapsEnd + 1 === to, false);
  }

  // The term frequencies of field f in a term part's line `line` (see postingsOf), `df` of them,
  // in a scratch array; null when they are all 1.
  function baseTfs(line, f, df) {
    var at = line.indexOf(' ' + String.fromCharCode(48 + f));
    var end = line.indexOf(' ', at + 1);
    if (end < 0) end = line.length;
    var mark = line.indexOf('.', at);
    if (mark + 1 === end) return null;
    if (scratchBaseTfs.length < df) scratchBaseTfs = new Int32Array(df);
    digits(line, mark + 1, end, scratchBaseTfs);
    return scratchBaseTfs;
  }

  // BM25's parameters, in f32 as tantivy holds them.
  function bm25(index, c) {
    if (!c.bm25) {
      var k1 = f32(index.k1 == null ? 1.2 : index.k1);
      var b = f32(index.b == null ? 0.75 : index.b);
      c.bm25 = { k1: k1, b: b, oneMinusB: f32(1 - b), onePlusK1: f32(1 + k1) };
    }
    return c.bm25;
  }

  // Field-norm id → the field's length as tantivy decodes its one-byte code: the ids up to 40
  // are the lengths themselves, then come eight lengths a step, the step doubling from 2.
  // Computed here, the table is not in every manifest (0.7 KB of a first query).
  var FIELDNORMS = (function () {
    var table = [], length = 40, step = 2;
    for (var id = 0; id <= 40; id++) table.push(id);
    while (table.length < 256) {
      for (var k = 0; k < 8 && table.length < 256; k++) table.push(length += step);
      step *= 2;
    }
    return table;
  })();

  // BM25's length normalization depends only on the field and the norm id: 256 values; and its
  // tf part, for the small frequencies most postings have, on these and tf (ids 256 and up).
  function normTable(index, c, f) {
    var tables = c.norms || (c.norms = []);
    if (!tables[f]) {
      var p = bm25(index, c);
      var avg = f32(index.fields[f].avg_norm);
      var norms = new Float64Array(256 * (TF_TABLE + 1));
      for (var id = 0; id < 256; id++) {
        var norm = norms[id] = f32(p.k1 * f32(p.oneMinusB + f32(f32(p.b * FIELDNORMS[id]) / avg)));
        for (var n = 1; n <= TF_TABLE; n++) norms[n * 256 + id] = f32(n / f32(n + norm));
      }
      tables[f] = norms;
    }
    return tables[f];
  }

  // Adds a term's postings, times `factor`, to `scores`, noting the documents it touches first in
  // `touched` from `count`; returns the new count. The factors (1, and 0.5 per edit or for a
  // prefix) are powers of two, so f32(add * factor) is exactly the f32(f32(weight * factor) * tf
  // part) tantivy adds for a boosted term.
  function addScores(postings, factor, scores, touched, count) {
    for (var p = 0; p < postings.length; p++) {
      var docs = postings[p].docs, adds = postings[p].adds, n = docs.length;
      for (var i = 0; i < n; i++) {
        var doc = docs[i];
        if (scores[doc] === 0) touched[count++] = doc;
        scores[doc] += factor === 1 ? adds[i] : f32(adds[i] * factor);
      }
    }
    return count;
  }

  function sortedKeys(obj) {
    return Object.keys(obj || {}).sort();
  }

  // First position in sorted `keys` whose key is >= `s`.
  function lowerBound(keys, s) {
    var lo = 0, hi = keys.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (keys[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function codePoints(s) {
    var a = [];
    for (var ch of s) a.push(ch.codePointAt(0));
    return a;
  }

  // Code point arrays of `keys`, grouped by length, for the fuzzy scan, each with its letter mask.
  function byLength(keys) {
    var out = [];
    for (var i = 0; i < keys.length; i++) {
      var cp = codePoints(keys[i]);
      (out[cp.length] || (out[cp.length] = [])).push([keys[i], cp, letterMask(cp)]);
    }
    return out;
  }

  // The set of a word's code points modulo 32, as bits. A letter class one word has and the
  // other lacks costs an edit of its own (a deletion or a substitution; a transposition moves
  // letters but keeps them), so the classes that differ bound the distance from below: a cheap
  // test that skips most of a dictionary before the exact distance.
  function letterMask(cp) {
    var m = 0;
    for (var i = 0; i < cp.length; i++) m |= 1 << (cp[i] & 31);
    return m;
  }

  function bitCount(x) {
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }

  // Optimal string alignment distance (Damerau-Levenshtein where an adjacent transposition costs
  // one edit, as in src/search/query.rs), or max + 1 once it must exceed max.
  var rows = [[], [], []];
  function distance(a, b, max) {
    var n = a.length, m = b.length, i, j;
    if (Math.abs(n - m) > max) return max + 1;
    var r2 = rows[0], r1 = rows[1], r0 = rows[2], t;
    for (j = 0; j <= m; j++) r1[j] = j;
    for (i = 1; i <= n; i++) {
      r0[0] = i;
      var low = i;
      for (j = 1; j <= m; j++) {
        var v = r1[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
        if (r1[j] + 1 < v) v = r1[j] + 1;
        if (r0[j - 1] + 1 < v) v = r0[j - 1] + 1;
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && r2[j - 2] + 1 < v) v = r2[j - 2] + 1;
        r0[j] = v;
        if (v < low) low = v;
      }
      if (low > max) return max + 1;
      t = r2; r2 = r1; r1 = r0; r0 = t;
    }
    return r1[m];
  }

  // Expansions of a query word that is not a term, into `add(term, factor)`.
  //  - typos (5+ characters): the terms within one edit (two from 9 characters), x0.5 per edit;
  //    and the stems of corpus words within that distance, because a typo is made in the word,
  //    not in its stem: "exosmoe" is one edit from "exosome", two from its stem "exosom";
  //  - prefix (the word being typed): the terms it begins, and the stems of the corpus words it
  //    begins ("regenerat" begins "regenerative", not its stem "regener"), x0.5, at most 50.
  var MAX_PREFIX_TERMS = 50;
  // Term frequencies up to this many have their BM25 tf part in a table per field.
  var TF_TABLE = 7;
  function expand(index, token, fuzzy, prefix, add) {
    var c = cacheOf(index);
    var stems = (index.analyzer && index.analyzer.stems) || {};
    if (fuzzy) {
      var typos = typosOf(index, c, token, stems);
      for (var t = 0; t < typos.length; t += 2) add(typos[t], typos[t + 1]);
    }
    if (prefix) {
      var found = [];
      var seen = Object.create(null);
      prefixLists(index, c, token).forEach(function (list) {
        var keys = list[0], pass = list[1];
        for (var k = lowerBound(keys, token); k < keys.length && keys[k].lastIndexOf(token, 0) === 0; k++) {
          var term = pass ? stems[keys[k]] : keys[k];
          if (!seen[term]) {
            seen[term] = true;
            found.push(term);
          }
        }
      });
      // The closest completions first, when a short prefix begins too many terms.
      found.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0); });
      found.slice(0, MAX_PREFIX_TERMS).forEach(function (term) { add(term, 0.5); });
    }
  }

  // The typo expansions of `token`: [term, factor, ...] in dictionary order, terms first, then the
  // stems of corpus words. Kept per token once the dictionary is at hand: prepare() and search()
  // ask for the same word, and a page asks again for the words it has seen.
  function typosOf(index, c, token, stems) {
    var cached = c.typos && c.typos.get(token);
    if (cached) return cached;
    var cp = codePoints(token);
    var max = cp.length >= 9 ? 2 : cp.length >= 5 ? 1 : 0;
    // A split index lists every candidate a typo can have in its dictionary part, corpus words
    // only with a stem that is a term: whether that term's part has loaded yet does not matter
    // (the list is kept for the page). A whole index has them all at hand.
    var dict = index.parts ? index.dict : { keys: null, surfaces: stems };
    var out = [];
    if (!max || !dict) return out;
    if (!c.termsByLen) {
      var surfaces = sortedKeys(dict.surfaces);
      c.termsByLen = byLength(dict.keys || sortedKeys(index.terms));
      c.surfacesByLen = byLength(index.parts ? surfaces : surfaces.filter(function (w) { return own(index.terms, stems[w]); }));
    }
    var mask = letterMask(cp);
    for (var pass = 0; pass < 2; pass++) {
      var buckets = pass ? c.surfacesByLen : c.termsByLen;
      for (var len = cp.length - max; len <= cp.length + max; len++) {
        var bucket = buckets[len] || [];
        for (var i = 0; i < bucket.length; i++) {
          var other = bucket[i][2];
          if (bitCount(mask & ~other) > max || bitCount(other & ~mask) > max) continue;
          var d = distance(cp, bucket[i][1], max);
          if (d > 0 && d <= max) out.push(pass ? dict.surfaces[bucket[i][0]] : bucket[i][0], d === 1 ? 0.5 : 0.25);
        }
      }
    }
    (c.typos || (c.typos = new Map())).set(token, out);
    return out;
  }

  // Sorted key lists to find the words `token` begins in: [keys, 1 if corpus words (whose stems
  // are the terms)]. A whole index has two; a split one, those of the parts the prefix spans,
  // sorted once each when they load.
  function prefixLists(index, c, token) {
    var stems = index.analyzer.stems;
    if (!index.parts) {
      if (!c.keys) {
        c.keys = sortedKeys(index.terms);
        c.surfaces = sortedKeys(stems).filter(function (w) { return own(index.terms, stems[w]); });
      }
      return [[c.keys, 0], [c.surfaces, 1]];
    }
    var out = [];
    spannedParts(index, token).forEach(function (file) {
      var sorted = index.__armSorted[file];
      if (!sorted) return;
      if (!sorted.terms) {
        sorted.terms = lineKeys(sorted.part.terms);
        sorted.stems = lineKeys(sorted.part.stems);
      }
      out.push([sorted.terms, 0], [sorted.stems, 1]);
    });
    return out;
  }

  /* ---------- Scoring: tantivy's BM25 in f32 ---------- */

  function search(index, query, options) {
    options = options || {};
    var limit = options.limit == null ? 10 : options.limit;
    if (!index || !index.terms) return [];
    var tokens = tokenize(fold(query), index.analyzer, true);
    if (!tokens.length) return [];
    var typing = typingToken(tokens);
    // Scores per document, in f32 like tantivy's (a Float32Array rounds every sum it stores),
    // in one array per index that a search leaves all zero again, and the documents touched:
    // a query allocates nothing the size of the index.
    var c = cacheOf(index);
    var scores = c.scores || (c.scores = new Float32Array(index.num_docs));
    var touched = c.touched || (c.touched = new Int32Array(index.num_docs));
    var count = 0;

    // (term, factor) pairs: each term once in the whole query, at the factor it first came with,
    // as src/search/query.rs builds the tantivy query.
    var chosen = new Map();
    for (var t = 0; t < tokens.length; t++) {
      var tok = tokens[t];
      if (termEntries(index, tok.t) !== undefined) {
        if (!chosen.has(tok.t)) chosen.set(tok.t, 1);
        continue;
      }
      // Within one word, a term reached twice (as a typo and as a prefix) keeps its best factor.
      var mine = new Map();
      expand(index, tok.t, options.fuzzy !== false,
        options.prefix !== false && tok === typing && tok.e - tok.s >= (tok.k === WORD ? 2 : 1),
        function (term, factor) {
          if (!(mine.get(term) >= factor)) mine.set(term, factor);
        });
      Array.from(mine.keys()).sort().forEach(function (term) {
        if (!chosen.has(term)) chosen.set(term, mine.get(term));
      });
    }
    // The array must be all zero again even if a term was missing (a part not loaded).
    try {
      chosen.forEach(function (factor, term) {
        count = addScores(postingsOf(index, term), factor, scores, touched, count);
      });

      // The best `limit`, by score then ascending document (tantivy's order for ties), kept in
      // order as the scores are read: far cheaper than sorting every document that matched.
      var top = [];
      for (var x = 0; x < count && limit > 0; x++) {
        var d = touched[x], sc = scores[d];
        if (top.length === limit) {
          var last = top[limit - 1];
          if (sc < scores[last] || (sc === scores[last] && d > last)) continue;
          top.pop();
        }
        var at = top.length;
        while (at > 0 && (scores[top[at - 1]] < sc || (scores[top[at - 1]] === sc && top[at - 1] > d))) at--;
        top.splice(at, 0, d);
      }
      var terms = Array.from(chosen.keys());
      return top.map(function (doc) {
        return { doc: doc, score: scores[doc], matched: terms.filter(function (term) { return hasDoc(postingsOf(index, term), doc); }), query: query };
      });
    } finally {
      for (var z = 0; z < count; z++) scores[touched[z]] = 0;
    }
  }

  // Whether `doc` is in any field's postings (documents ascending).
  function hasDoc(postings, doc) {
    for (var p = 0; p < postings.length; p++) {
      var docs = postings[p].docs, lo = 0, hi = docs.length - 1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1, at = docs[mid];
        if (at === doc) return true;
        if (at < doc) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return false;
  }

  // The word being typed: the last token, except that a Hangul run is typed as a word (its
  // whole-word token), not as its last bigram.
  function typingToken(tokens) {
    var typing = tokens[tokens.length - 1];
    if (typing.k === HANGUL) {
      for (var x = tokens.length - 1; x >= 0 && tokens[x].r === typing.r; x--) {
        if (tokens[x].w) typing = tokens[x];
      }
    }
    return typing;
  }

  /* ---------- Loading the parts of a split index ---------- */

  // Parts are named by number: <lang>/t<N>.js for terms, <lang>/d<N>.js for document N.
  function partFile(index, kind, n) {
    return index.lang + '/' + kind + n + '.js';
  }

  // The number of the term part whose range holds `key`: the last whose first key is <= key;
  // -1 when the index's keys are grouped and the key's group is not loaded or has no line for
  // its first character (no term or word begins with it).
  function partNumber(index, key) {
    if (index.parts.groups) return groupedPartNumber(index, key);
    var list = partKeys(index), lo = 0, hi = list.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (list[mid] <= key) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  // The term parts' first keys, read once from the manifest's lines: each the number of code
  // units it shares with the key before (one digit) and the rest of it.
  function partKeys(index) {
    var c = cacheOf(index);
    if (!c.partKeys) {
      var keys = [], key = '', text = index.parts.terms;
      for (var at = 0; at <= text.length;) {
        var end = text.indexOf('\n', at);
        if (end < 0) end = text.length;
        key = key.slice(0, DIGIT[text.charCodeAt(at)]) + text.slice(at + 1, end);
        keys.push(key);
        at = end + 1;
      }
      c.partKeys = keys;
    }
    return c.partKeys;
  }

  // The first character of `s` (one or two code units).
  function firstChar(s) {
    var unit = s.charCodeAt(0);
    return s.slice(0, unit >= 0xd800 && unit < 0xdc00 && s.length > 1 ? 2 : 1);
  }

  function groupFile(lang, groups, key) {
    return lang + '/k' + (key.charCodeAt(0) % groups) + '.js';
  }

  // From a loaded group's line for the key's first character c (see src/search/export/): the
  // number of the part that holds c, plus the count of the first keys after it that begin with
  // c and are at most the key. A line is read into {base, keys} when a query first asks.
  function groupedPartNumber(index, key) {
    var starts = index.__armStarts, c = firstChar(key), line = starts[c];
    if (line === undefined) return -1;
    if (typeof line === 'string') {
      // Not through digits(), which stays fast while it writes only Int32Arrays (see normIds):
      // measured at 4×, later Korean queries' search() took 4 times as long when it did not.
      var space = line.indexOf(' '), base = 0;
      if (space < 0) space = line.length;
      for (var i = space - 1; i >= 0; i--) base = base * 32 + (DIGIT[line.charCodeAt(i)] & 31);
      var keys = space < line.length ? line.slice(space + 1).split(' ') : [];
      for (var k = 0; k < keys.length; k++) keys[k] = c + keys[k];
      line = starts[c] = { base: base, keys: keys };
    }
    var list = line.keys, lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] <= key) lo = mid + 1;
      else hi = mid;
    }
    return line.base + lo;
  }

  function partOf(index, key) {
    var n = partNumber(index, key);
    return n < 0 ? null : partFile(index, 't', n);
  }

  // The group files of `keys`' first characters (none when the index's keys are not grouped).
  function groupsOf(index, keys) {
    var groups = index.parts.groups;
    if (!groups) return [];
    return keys.map(function (key) { return groupFile(index.lang, groups, key); });
  }

  // The files of the term parts that hold the words `prefix` begins.
  function spannedParts(index, prefix) {
    var out = [], from = partNumber(index, prefix);
    if (from < 0) return out;
    for (var n = from, to = partNumber(index, prefix + '\uffff'); n <= to; n++) {
      out.push(partFile(index, 't', n));
    }
    return out;
  }

  function merge(index, part, file) {
    if (typeof part.terms === 'string') {
      // Lines of "term postings..." and of "word stem" (see src/search/export/). The part's
      // own terms stay in its text until a query asks for one (termEntries); the terms it
      // carries are noted now (one carried by two parts has the same line in both). Its keys
      // are sorted when a prefix first spans the part: most parts a query loads hold whole
      // words and bigrams.
      index.__armSorted[file] = { part: part, terms: null, stems: null };
      var terms = index.terms, text = part.carried || '', at, space, end;
      for (at = 0; at < text.length; at = end + 1) {
        space = text.indexOf(' ', at);
        end = text.indexOf('\n', space);
        if (end < 0) end = text.length;
        terms[text.slice(at, space)] = text.slice(space, end);
      }
      lines(part.stems, function (word, line, space, end) {
        index.analyzer.stems[word] = line.slice(space + 1, end);
      });
    } else if (typeof part.starts === 'string') {
      // A key group: its lines, by the character they begin with.
      var starts = index.__armStarts, list = part.starts;
      for (var from = 0; from < list.length;) {
        var stop = list.indexOf('\n', from);
        if (stop < 0) stop = list.length;
        var first = firstChar(list.slice(from, from + 2));
        starts[first] = list.slice(from + first.length, stop);
        from = stop + 1;
      }
    } else if (part.keys) {
      index.dict = part;
    } else if (part.docs) {
      for (var i = 0; i < part.docs.length; i++) index.docs[part.from + i] = part.docs[i];
    }
  }

  // Calls each(key, text, where the key's space is, where its line ends) for every line of
  // `text`, a line being a key, a space and the rest.
  function lines(text, each) {
    for (var at = 0; at < text.length;) {
      var space = text.indexOf(' ', at), end = text.indexOf('\n', space);
      if (end < 0) end = text.length;
      each(text.slice(at, space), text, space, end);
      at = end + 1;
    }
  }

  // The keys of a term part's lines (`terms` or `stems`), sorted.
  function lineKeys(text) {
    var keys = [];
    lines(text, function (key) { keys.push(key); });
    return keys.sort();
  }

  // Loads the files not loaded yet (in parallel) and merges them into the index.
  function need(index, files, load) {
    if (!index.__armLoaded) {
      Object.defineProperty(index, '__armLoaded', { value: Object.create(null) });
      Object.defineProperty(index, '__armSorted', { value: Object.create(null) });
      Object.defineProperty(index, '__armStarts', { value: Object.create(null) });
      Object.defineProperty(index, '__armVersion', { value: 0, writable: true });
      index.terms = Object.create(null);
      index.docs = [];
      index.analyzer = { stems: Object.create(null), particles: index.analyzer && index.analyzer.particles };
    }
    var loaded = index.__armLoaded;
    var wanted = [];
    files.forEach(function (f) {
      if (!loaded[f] && wanted.indexOf(f) < 0) wanted.push(f);
    });
    return Promise.all(wanted.map(function (f) {
      return Promise.resolve(load(f)).then(function (part) {
        if (!part) throw new Error('empty search part ' + f);
        if (!loaded[f]) {
          loaded[f] = true;
          merge(index, part, f);
          index.__armVersion++;
        }
      });
    }));
  }

  // A Korean word's part carries its bigrams (see src/search/export/).
  function carried(tok) {
    return tok.k === HANGUL && !tok.w;
  }

  // The words of `query` as written, which pick the term parts a query loads first (stems are
  // not known before the parts are: a word's part carries its stem's postings), and the word
  // being typed, which is looked up as a prefix too unless `prefix` is false.
  function firstKeys(query, prefix) {
    var bare = tokenize(fold(query), {}, true);
    return {
      bare: bare,
      keys: bare.filter(function (tok) { return !carried(tok); }).map(function (tok) { return tok.t; }),
      typing: bare.length && prefix !== false ? typingToken(bare).t : null
    };
  }

  // The key groups prepare() asks for first, for a page to load beside the manifest of an index
  // it is told has `groups` of them.
  function groupFiles(lang, groups, query) {
    var first = firstKeys(query, true), out = [];
    first.keys.concat(first.typing ? [first.typing] : []).forEach(function (key) {
      var file = groupFile(lang, groups, key);
      if (out.indexOf(file) < 0) out.push(file);
    });
    return out;
  }

  // Loads the term parts of `keys` and those the words `prefix` begins span (when given): after
  // the keys' groups, when the index's part keys are grouped.
  function needTerms(index, keys, prefix, load) {
    return need(index, groupsOf(index, prefix ? keys.concat([prefix]) : keys), load).then(function () {
      var files = [];
      keys.forEach(function (key) {
        var file = partOf(index, key);
        if (file) files.push(file);
      });
      return need(index, prefix ? files.concat(spannedParts(index, prefix)) : files, load);
    });
  }

  function prepare(index, query, options, load) {
    if (!index || !index.parts) return Promise.resolve(index);
    options = options || {};
    // A Korean word's bigrams are looked for in their own parts only when the word (or the
    // word it begins, as it is typed) is not in the corpus: a compound or an unknown word costs
    // one round more.
    var first = firstKeys(query, options.prefix);
    if (!first.bare.length) return Promise.resolve(index);
    return needTerms(index, first.keys, first.typing, load).then(function () {
      return needTerms(index, first.bare.filter(function (tok) {
        return carried(tok) && termEntries(index, tok.t) === undefined;
      }).map(function (tok) { return tok.t; }), null, load);
    }).then(function () {
      if (options.fuzzy === false) return index;
      var tokens = tokenize(fold(query), index.analyzer, true);
      var misspelt = tokens.filter(function (tok) {
        return termEntries(index, tok.t) === undefined && codePoints(tok.t).length >= 5;
      });
      if (!misspelt.length) return index;
      return need(index, [index.lang + '/dict.js'], load).then(function () {
        var candidates = [];
        misspelt.forEach(function (tok) {
          expand(index, tok.t, true, false, function (term) { candidates.push(term); });
        });
        return needTerms(index, candidates, null, load);
      }).then(function () { return index; });
    });
  }

  function prepareDocs(index, results, load) {
    if (!index || !index.parts) return Promise.resolve(index);
    var files = results.map(function (r) { return partFile(index, 'd', r.doc); });
    return need(index, files, load).then(function () { return index; });
  }

  /* ---------- Snippets ---------- */

  var foldedChars = new Map(); // character → its folded characters

  // How long a run of matched Thai bigrams must be to be marked, by bigram: as long as the
  // shortest Thai word of `query` that has it, up to THAI_MARK_CHARS. Without the query, as long
  // as the matched bigrams allow.
  function thaiRuns(query, analyzer) {
    var need = Object.create(null);
    var pairs = tokenize(fold(query), analyzer, true).filter(function (tok) { return tok.k === THAI && !tok.w; });
    for (var a = 0; a < pairs.length; ) {
      var z = a;
      while (z + 1 < pairs.length && pairs[z + 1].s === pairs[z].s + 1) z++;
      var len = Math.min(THAI_MARK_CHARS, pairs[z].e - pairs[a].s);
      for (var i = a; i <= z; i++) if (!(need[pairs[i].t] <= len)) need[pairs[i].t] = len;
      a = z + 1;
    }
    return need;
  }

  function snippet(text, matched, analyzer, maxChars, query) {
    var max = maxChars == null ? 160 : maxChars;
    var src = Array.from(String(text == null ? '' : text).normalize('NFC').replace(/\s+/g, ' ').trim());
    var want = Object.create(null);
    (matched || []).forEach(function (t) { want[t] = true; });
    // Fold character by character, remembering where each folded character came from.
    var chars = [], from = [];
    for (var i = 0; i < src.length; i++) {
      var folded = foldedChars.get(src[i]);
      if (!folded) {
        folded = fold(src[i]);
        if (foldedChars.size > 4000) foldedChars.clear();
        foldedChars.set(src[i], folded);
      }
      for (var j = 0; j < folded.length; j++) {
        chars.push(folded[j]);
        from.push(i);
      }
    }
    var marked = new Uint8Array(src.length);
    function markChars(s, e) {
      for (var m = from[s]; m <= from[e - 1]; m++) marked[m] = 1;
    }
    // Words and single characters are marked as they match. Bigrams are marked in runs of
    // consecutive matches, and a Thai run only once it is as long as a short word: Thai
    // letters, unlike Han characters or Hangul syllables, mean nothing in twos, and a query's
    // bigrams are found in pieces all over a text (a vowel sign here, a letter pair there).
    var pairs = [], pairTerms = Object.create(null), distinctPairs = 0;
    var thaiNeed = query == null ? null : thaiRuns(query, analyzer);
    tokenize(chars, analyzer, false).forEach(function (tok) {
      if (want[tok.t] !== true) return;
      if (tok.w || tok.e - tok.s === 1) return markChars(tok.s, tok.e);
      pairs.push(tok);
      if (!pairTerms[tok.t]) distinctPairs++;
      pairTerms[tok.t] = true;
    });
    for (var p = 0; p < pairs.length; ) {
      var q = p;
      while (q + 1 < pairs.length && pairs[q + 1].s === pairs[q].s + 1) q++;
      // A run can be no longer than the query's word, or than the matched bigrams allow: a
      // two-letter Thai query's run is two letters.
      var need = pairs[p].k !== THAI ? 2
        : thaiNeed && thaiNeed[pairs[p].t] ? thaiNeed[pairs[p].t]
        : Math.min(THAI_MARK_CHARS, distinctPairs + 1);
      if (pairs[q].e - pairs[p].s >= need) markChars(pairs[p].s, pairs[q].e);
      p = q + 1;
    }
    var spans = [];
    for (i = 0; i < src.length; i++) {
      if (marked[i] && (i === 0 || !marked[i - 1])) spans.push([i, i + 1]);
      else if (marked[i]) spans[spans.length - 1][1] = i + 1;
    }
    var start = 0, end = src.length;
    if (src.length > max) {
      if (spans.length) {
        // The window that shows the most matches, with some words before them.
        var best = 0, bestCount = 0, last = 0;
        for (var a = 0, z = 0; a < spans.length; a++) {
          if (z < a) z = a;
          while (z + 1 < spans.length && spans[z + 1][1] - spans[a][0] <= max) z++;
          if (z - a + 1 > bestCount) {
            bestCount = z - a + 1;
            best = a;
            last = z;
          }
        }
        var covered = Math.min(spans[last][1] - spans[best][0], max);
        start = Math.max(0, spans[best][0] - Math.floor((max - covered) / 3));
        end = Math.min(src.length, start + max);
        start = Math.max(0, end - max);
        if (start > 0) {
          // Begin after a space or punctuation before the first match, or at the match
          // itself: Thai and Japanese have no spaces, and a snippet that begins inside a
          // word (or on a vowel sign without its letter) reads as noise.
          for (i = start; i < spans[best][0] && charClass(src[i]) !== SEP; i++);
          start = i < spans[best][0] ? i + 1 : spans[best][0];
        }
      } else {
        end = max;
      }
      if (end < src.length) {
        var lastMark = spans.length ? spans[last][1] : 0;
        for (i = end; i > lastMark && i > end - 15; i--) {
          if (charClass(src[i]) === SEP) break;
        }
        if (i > lastMark && i > end - 15) end = i;
        // Otherwise the cut is inside a word: at least keep a letter's marks with it.
        else while (end < src.length && MARK_RE.test(src[end])) end++;
      }
    }
    var out = [];
    function push(s, mark) {
      if (!s) return;
      var prev = out[out.length - 1];
      if (prev && prev.mark === mark) prev.text += s;
      else out.push({ text: s, mark: mark });
    }
    if (start > 0) push('… ', false);
    for (i = start; i < end; i++) push(src[i], marked[i] === 1);
    if (end < src.length) push(' …', false);
    return out;
  }

  var api = { analyze: analyze, queryTerms: queryTerms, search: search, prepare: prepare, prepareDocs: prepareDocs, groupFiles: groupFiles, snippet: snippet, FIELDNORMS: FIELDNORMS };
  global.ArmSearch = api;

  /* ---------- The interface ---------- */

  if (typeof document === 'undefined' || !document.querySelector || !document.addEventListener) return;

  var TYPES = ['glossary', 'faq', 'tier', 'contact', 'institution', 'page'];
  var loading = {};
  var uid = 0;

  function indexLang(form) {
    return form.getAttribute('data-lang') || document.documentElement.lang;
  }

  function loadedIndex(form) {
    var all = global.ARMGUIDE_INDEX;
    var lang = indexLang(form);
    return all && own(all, lang) && all[lang].v === 8 ? all[lang] : null;
  }

  // Loads a classic script once; resolves when it has run.
  var scripts = {};
  function loadScript(url) {
    if (!scripts[url]) {
      scripts[url] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = url;
        script.onload = resolve;
        script.onerror = function () {
          delete scripts[url]; // try again on the next query
          script.parentNode.removeChild(script);
          reject(new Error('cannot load ' + url));
        };
        document.head.appendChild(script);
      });
    }
    return scripts[url];
  }

  // Loads the language's index script (the whole index, or the manifest of a split one) once,
  // lazily; resolves with the index.
  function loadIndex(form) {
    var ready = loadedIndex(form);
    if (ready) return Promise.resolve(ready);
    return loadScript(form.getAttribute('data-index')).then(function () {
      var index = loadedIndex(form);
      if (!index) throw new Error('no search index for ' + indexLang(form));
      return index;
    });
  }

  // The loader of the parts of the form's index: files are relative to the manifest. A part
  // the page has already (an offline copy's index script carries every part of its index) is
  // not loaded again.
  function partLoader(form) {
    var base = form.getAttribute('data-index').replace(/[^/]*$/, '');
    return function (file) {
      var key = file.replace(/\.js$/, '');
      var have = function () {
        var parts = global.ARMGUIDE_PARTS;
        return parts && own(parts, key) ? parts[key] : null;
      };
      if (have()) return Promise.resolve(have());
      return loadScript(base + file).then(function () {
        if (!have()) throw new Error('no search part ' + key);
        return have();
      });
    };
  }

  // Loads the index script and, when the form names the index's key groups, the groups of the
  // words of `q`: what a query asks for first, in one round, begun as the reader types. A group
  // that fails is asked for again when prepare() needs it (the manifest says how keys are
  // grouped). Resolves with the index.
  function warmUp(form, q) {
    var groups = Number(form.getAttribute('data-index-groups')) || 0;
    if (groups > 0 && q) {
      var load = partLoader(form);
      groupFiles(indexLang(form), groups, q).forEach(function (file) {
        load(file).catch(function () {});
      });
    }
    return loadIndex(form);
  }

  // The results of `q` with everything they show loaded: resolves with [index, results].
  function results(form, q, limit) {
    var load = partLoader(form);
    return warmUp(form, q).then(function (index) {
      return prepare(index, q, {}, load).then(function () {
        var found = search(index, q, { limit: limit });
        return prepareDocs(index, found, load).then(function () { return [index, found]; });
      });
    });
  }

  function msg(form, key) {
    return form.getAttribute('data-msg-' + key) || '';
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.appendChild(document.createTextNode(text));
    return node;
  }

  // Beside a result's type: its status (an institution's, as a badge) and where it belongs.
  function appendPlace(node, d) {
    if (d.status) {
      node.appendChild(document.createTextNode(' '));
      var badge = el('span', 'badge status status-' + d.status.key);
      badge.appendChild(el('span', 'badge-symbol', STATUS_SYMBOLS[d.status.key])).setAttribute('aria-hidden', 'true');
      badge.appendChild(document.createTextNode(' ' + d.status.label));
      node.appendChild(badge);
    }
    if (d.context.length) appendSpaced(node, 'search-context', d.context);
  }

  // After a result's title, the other names it was found by, in brackets.
  function appendAlso(node, d) {
    if (!d.also.length) return;
    appendSpaced(node, 'search-also', [{ text: '(', mark: false }].concat(d.also, [{ text: ')', mark: false }]));
  }

  // A space, then `segments` in a span of their own direction: results mix scripts.
  function appendSpaced(node, className, segments) {
    node.appendChild(document.createTextNode(' '));
    var span = appendSegments(el('span', className), segments);
    span.dir = 'auto';
    node.appendChild(span);
  }

  function appendSegments(node, segments) {
    segments.forEach(function (seg) {
      var text = document.createTextNode(seg.text);
      if (seg.mark) {
        var mark = document.createElement('mark');
        mark.appendChild(text);
        node.appendChild(mark);
      } else {
        node.appendChild(text);
      }
    });
    return node;
  }

  // An institution's status as its page shows it: a symbol beside the words.
  var STATUS_SYMBOLS = { active: '\u2713', suspended: '\u26A0', revoked: '\u2715' };

  // Of a result's other names (" · " between them), those the query marks, at most two, as
  // segments with " · " between them: what a result found by another name than its title
  // shows, so that "stem cell" on the Korean site says why it found 줄기세포.
  function otherNames(also, result, analyzer) {
    var out = [], names = 0;
    String(also || '').split(' · ').some(function (name) {
      var segments = snippet(name, result.matched, analyzer, Infinity, result.query);
      if (!hasMark(segments)) return false;
      if (names++) out.push({ text: ' · ', mark: false });
      out.push.apply(out, segments);
      return names === 2;
    });
    return out;
  }

  function hasMark(segments) {
    return segments.some(function (seg) { return seg.mark; });
  }

  // What a result shows: {href, type, label, status, context, title, also, snippet} (context,
  // title, also and snippet as segments; context, where the result belongs, and also, the
  // other names it was found by when its title shows none, may be empty; status, an
  // institution's, null or {key, label}).
  function describe(form, index, result, snippetChars) {
    var doc = index.docs[result.doc];
    var url = String(doc.url || '');
    // Index URLs are relative to the site root; anything else (a scheme, //host, /path) is refused.
    var href = /^([a-z][a-z0-9+.-]*:|[/\\])/i.test(url) ? null : (form.getAttribute('data-root') || '') + url;
    var type = TYPES.indexOf(doc.type) >= 0 ? doc.type : 'page';
    var title = snippet(doc.title, result.matched, index.analyzer, Infinity, result.query);
    return {
      href: href,
      type: type,
      label: form.getAttribute('data-label-' + type) || type,
      status: own(STATUS_SYMBOLS, doc.status) && form.getAttribute('data-status-' + doc.status)
        ? { key: doc.status, label: form.getAttribute('data-status-' + doc.status) } : null,
      context: doc.context ? snippet(doc.context, result.matched, index.analyzer, Infinity, result.query) : [],
      title: title,
      also: hasMark(title) ? [] : otherNames(doc.also, result, index.analyzer),
      snippet: snippet(doc.text, result.matched, index.analyzer, snippetChars, result.query)
    };
  }

  function query(input) {
    return input.value.replace(/^\s+|\s+$/g, '');
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function isComposing(e) {
    return e.isComposing || e.keyCode === 229;
  }

  // The header box: results drop down as you type (ARIA 1.2 combobox with a listbox popup).
  function wireBox(form) {
    var input = form.querySelector('input[type="search"]');
    if (!input) return;
    var id = 'arm-search-' + ++uid;
    var panel = el('div', 'search-panel');
    var status = el('p', 'search-status');
    var list = el('ul', 'search-suggestions');
    panel.hidden = true;
    status.id = id + '-status';
    status.setAttribute('role', 'status');
    list.id = id + '-list';
    list.setAttribute('role', 'listbox');
    if (input.labels && input.labels[0]) list.setAttribute('aria-labelledby', input.labels[0].id || (input.labels[0].id = id + '-label'));
    panel.appendChild(status);
    panel.appendChild(list);
    form.appendChild(panel);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');

    var options = [];
    var active = -1;
    var seq = 0;

    function setActive(i) {
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
        options[active].classList.remove('is-active');
      }
      active = i;
      if (i >= 0 && options[i]) {
        options[i].setAttribute('aria-selected', 'true');
        options[i].classList.add('is-active');
        input.setAttribute('aria-activedescendant', options[i].id);
        if (options[i].scrollIntoView) options[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function close() {
      seq++;
      setActive(-1);
      panel.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }

    function showStatus(text) {
      status.textContent = text;
      status.hidden = !text;
    }

    function clearList() {
      setActive(-1);
      options = [];
      while (list.firstChild) list.removeChild(list.firstChild);
    }

    function option(href, className) {
      var li = el('li', 'search-option ' + className);
      li.id = id + '-opt-' + options.length;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      var a = el('a');
      a.href = href;
      a.tabIndex = -1;
      li.appendChild(a);
      list.appendChild(li);
      options.push(li);
      return a;
    }

    function render(index, q, found) {
      clearList();
      found.forEach(function (r) {
        var d = describe(form, index, r, 110);
        if (!d.href) return;
        var a = option(d.href, 'search-result');
        // Spaces between the parts, so that they read apart even without the style sheet.
        a.appendChild(el('span', 'search-type search-type-' + d.type, d.label));
        appendPlace(a, d);
        a.appendChild(document.createTextNode(' '));
        var title = appendSegments(el('span', 'search-title'), d.title);
        title.dir = 'auto';
        a.appendChild(title);
        appendAlso(a, d);
        if (d.snippet.length) appendSpaced(a, 'search-snippet', d.snippet);
      });
      var action = form.getAttribute('action');
      var shown = options.length;
      if (shown && action) {
        option(action + '?q=' + encodeURIComponent(q), 'search-all').appendChild(document.createTextNode(msg(form, 'all')));
      }
      // Last, whatever was found: the directory of designated institutions. Words that name a
      // clinic the guide does not list find nothing, or other things ("clinic" finds clinical
      // research and every listed clinic), and the directory is the place that says whether
      // that clinic is designated.
      var directory = form.getAttribute('data-directory');
      if (directory) {
        option(directory, 'search-directory').appendChild(document.createTextNode(msg(form, 'directory')));
      }
      showStatus(shown ? '' : msg(form, 'empty'));
      list.hidden = !options.length;
      panel.hidden = false;
      input.setAttribute('aria-expanded', options.length ? 'true' : 'false');
    }

    function run() {
      var q = query(input);
      if (!q) {
        close();
        clearList();
        return;
      }
      var mine = ++seq;
      if (!loadedIndex(form)) {
        clearList();
        list.hidden = true;
        showStatus(msg(form, 'loading'));
        panel.hidden = false;
      }
      results(form, q, 8).then(function (r) {
        if (mine === seq && document.activeElement === input) render(r[0], q, r[1]);
      }, function () {
        if (mine !== seq) return;
        clearList();
        list.hidden = true;
        showStatus(msg(form, 'error'));
        panel.hidden = false;
      });
    }
    var later = debounce(run, 80);

    function warm() {
      warmUp(form, query(input)).catch(function () {});
    }
    input.addEventListener('focus', function () {
      warm();
      if (query(input)) later();
    });
    input.addEventListener('input', function () {
      warm();
      later();
    });
    input.addEventListener('keydown', function (e) {
      if (isComposing(e)) return;
      var key = e.key;
      var n = options.length;
      if (key === 'ArrowDown' || key === 'Down' || key === 'ArrowUp' || key === 'Up') {
        if (!n) return;
        e.preventDefault();
        var down = key === 'ArrowDown' || key === 'Down';
        if (panel.hidden || list.hidden) {
          panel.hidden = false;
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        setActive(down ? (active + 1) % n : active <= 0 ? n - 1 : active - 1);
      } else if (key === 'Enter') {
        if (!panel.hidden && active >= 0 && options[active]) {
          e.preventDefault();
          options[active].querySelector('a').click();
        }
      } else if (key === 'Escape' || key === 'Esc') {
        if (!panel.hidden) {
          e.preventDefault();
          close();
        }
      }
    });
    // Keep the focus in the box while the pointer is on the list, so that a click follows the link.
    panel.addEventListener('mousedown', function (e) {
      e.preventDefault();
    });
    form.addEventListener('focusout', function (e) {
      if (!e.relatedTarget || !form.contains(e.relatedTarget)) close();
    });
  }

  function queryParam(name) {
    var pairs = (global.location && global.location.search || '').replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      var eq = pairs[i].indexOf('=');
      var key = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
      if (key === name) {
        try {
          return decodeURIComponent(pairs[i].slice(eq + 1).replace(/\+/g, ' '));
        } catch (e) {
          return '';
        }
      }
    }
    return '';
  }

  // The search page: the full list of results (up to 50) for ?q=, updated as the reader types.
  function wirePage(form) {
    var input = form.querySelector('input[type="search"]');
    var out = document.querySelector('[data-search-results]');
    var status = document.querySelector('[data-search-status]');
    var counts = document.querySelector('[data-count-messages]');
    var LIMIT = 50;
    if (!input || !out) return;
    var seq = 0;

    function say(text) {
      if (status) status.textContent = text;
    }

    function clear() {
      while (out.firstChild) out.removeChild(out.firstChild);
    }

    function render(index, found) {
      var more = found.length > LIMIT;
      clear();
      found.slice(0, LIMIT).forEach(function (r) {
        var d = describe(form, index, r, 240);
        if (!d.href) return;
        var li = el('li', 'search-result search-result-' + d.type);
        appendPlace(li.appendChild(el('p', 'search-type search-type-' + d.type, d.label)), d);
        var h = el('h2', 'search-title');
        var a = appendSegments(el('a'), d.title);
        a.href = d.href;
        a.dir = 'auto';
        h.appendChild(a);
        appendAlso(h, d);
        li.appendChild(h);
        if (d.snippet.length) {
          var p = appendSegments(el('p', 'search-snippet'), d.snippet);
          p.dir = 'auto';
          li.appendChild(p);
        }
        out.appendChild(li);
      });
      var n = out.children.length;
      var text = !n ? msg(form, 'empty') : counts && counts.children[n] ? counts.children[n].textContent : String(n);
      // More than the page shows: one sentence that gives the count and what to do.
      say(more ? msg(form, 'more') : text);
    }

    function run() {
      var q = query(input);
      var mine = ++seq;
      try {
        global.history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : global.location.pathname);
      } catch (e) {
        // Some browsers refuse to change the URL of a file:// page; the results still show.
      }
      if (!q) {
        clear();
        say(msg(form, 'prompt'));
        return;
      }
      if (!loadedIndex(form)) say(msg(form, 'loading'));
      results(form, q, LIMIT + 1).then(function (r) {
        if (mine === seq) render(r[0], r[1]);
      }, function () {
        if (mine === seq) {
          clear();
          say(msg(form, 'error'));
        }
      });
    }

    input.value = queryParam('q');
    input.addEventListener('focus', function () {
      warmUp(form, '').catch(function () {});
    });
    input.addEventListener('input', function () {
      warmUp(form, query(input)).catch(function () {});
    });
    input.addEventListener('input', debounce(run, 80));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      run();
    });
    run();
  }

  function init() {
    var boxes = document.querySelectorAll('form[data-search]');
    for (var i = 0; i < boxes.length; i++) wireBox(boxes[i]);
    var page = document.querySelector('form[data-search-page]');
    if (page) wirePage(page);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})(typeof window !== 'undefined' ? window : this);
