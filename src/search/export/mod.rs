//! The browser's copy of an index (terms, postings with frequencies, field norms, what each
//! result shows), written as classic scripts, which a page can load from `file://` where
//! fetch() is refused.
//!
//! A small index is one script, `<lang>.js`. A large one is split so that a query loads little:
//! `<lang>.js` is then a manifest (BM25 parameters, fields, every document's field-norm ids,
//! and the first key of each term part, cut to the shortest prefix that still separates it
//! from the part before, front coded in one string), and the parts live in `<lang>/`, named
//! by their number alone:
//! - `t<N>.js`: the terms of one range of the dictionary, in JavaScript's string order, with
//!   their postings and the stems of the corpus words in that range. A word's part also carries
//!   its stem's postings when the stem sorts into another part, so one load answers a word, and
//!   a Korean word's part its bigrams', written against the word's own postings where that is
//!   shorter (`against`): a bigram of a word is in most of the word's documents, as often.
//!   Its terms and stems are strings of lines, which a page reads at a fraction of the cost of
//!   the objects they would otherwise be; it looks up and decodes only the lines a query asks
//!   for, and notes at once only the carried terms, which sit apart.
//! - `dict.js`: every term and corpus word of four or more characters, the only candidates a
//!   misspelt word (five characters or more) can have; loaded only when a word is not a term.
//! - `d<N>.js`: document N, what a result shows: a result list loads only its own documents.
//!
//! A query thus loads the manifest, then the term parts of its words (in parallel), then the
//! document parts of the results it shows (in parallel): three rounds of script loads; a
//! misspelt word adds the dictionary and the parts of its candidates.
//!
//! A field's postings are strings of variable-length numbers (see `encode`): the documents'
//! gaps from the one before, then their term frequencies. A document's field-norm id is the
//! same in every posting of a field, so it is written once per document and field, in the
//! manifest. Measured on the generated corpus at 4× (16,455 documents a language), ids in
//! the postings instead would cost a Japanese title query 48 KB gzipped of postings instead
//! of 28 (the norms of the whole manifest were 17 KB), a Thai one 141 instead of 83 (19 KB):
//! a common term's postings name most documents, once per field and per term of the query.
//! Numbered by their norms (`Inverted::norm_order`), the documents' ids are a few runs a field,
//! and the manifest's norms 1.4 KB for Japanese.

use std::collections::BTreeMap;

use hashbrown::HashMap;

use serde::Serialize;

use super::analyzer::is_hangul;
use super::docs::SearchDoc;
use super::index::{B, FIELDS, K1};
use super::inverted::Inverted;
use super::query::utf16_cmp;
use encode::{
    DELTA_MARK, decode_postings, delta, front_coded, push_number, push_postings, separator,
};

mod encode;

/// A term's postings in each field it occurs in, as its line in a term part writes them after
/// the term: per field a space, the field's digit and its postings (see `encode::postings`).
/// One string a term: a language's terms are all held while its parts are cut, and a vector
/// of strings a term, for Japanese's 141,000 terms on the generated corpus, took 30 MiB where
/// their text is 5.
#[derive(Debug, PartialEq)]
struct Fields(Box<str>);

impl Fields {
    fn encode(fields: Vec<(usize, Vec<(u32, u32)>)>) -> Fields {
        let mut text = String::new();
        for (f, list) in fields {
            text.push(' ');
            text.push(field_digit(f));
            push_postings(&mut text, &list);
        }
        Fields(text.into_boxed_str())
    }

    /// Each field with its postings.
    fn iter(&self) -> impl Iterator<Item = (usize, &str)> {
        self.0.split(' ').skip(1).map(|field| {
            let f = usize::from(field.as_bytes()[0] - b'0');
            (f, &field[1..])
        })
    }

    /// The field's postings, if the term is in it.
    fn get(&self, f: usize) -> Option<&str> {
        self.iter().find(|&(g, _)| g == f).map(|(_, list)| list)
    }
}

/// In a one-script index, a term's fields are pairs: `[[field, postings], ...]`.
impl Serialize for Fields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// A field's index as one digit.
fn field_digit(f: usize) -> char {
    char::from_digit(f as u32, 10).expect("fewer than ten fields")
}

/// Characters of a document's text kept for result snippets: every section of the guide whole
/// (the longest, in Russian, has 2,139), so that a snippet can show the words a result was
/// found by wherever they stand. With the first 500 characters, half of the first eight
/// results of "follow-up" and of "insurance" showed no matched word. A result's text is loaded
/// only when it is shown; on the generated corpus, whose sections are all shorter than 2,000
/// characters, the whole text adds about 2 KB to a first query in English.
const SNIPPET_SOURCE_CHARS: usize = 3_000;
/// The size a part aims at, in bytes of script, unless `site.toml` sets `search_part_bytes`.
/// Small parts waste little: a query needs a few terms of each part it loads, and the loads of
/// one round go out together; but each part adds its first key to the manifest, or to a key
/// group. Measured with scripts/bench-search.mjs: with the keys in the manifest, 3 KB loaded
/// least on the generated corpus (2 KB a manifest that outgrew what it saved); with large
/// indexes' keys grouped, 2 KB loaded less than 3 KB on the guide (Thai 27.2 → 20.8 KB), the
/// corpus and 4× it, for 8% more files at 1× and no more build time. 1 KB loaded less again on
/// the guide (Thai 17.1) but wrote a third more files at 1×, and took 4% longer.
pub const DEFAULT_PART_BYTES: usize = 2 * 1024;
/// An index of at most this many bytes is written as one script (unless `site.toml` sets
/// `search_single_bytes`), which the page loads when the search box gets focus, before a word
/// is typed. Timed in Chromium from `file://` (scripts/bench-search-browser.mjs), a script
/// costs about 2 ms to load whatever its size, the loads of a round hardly overlap, and a KB of
/// script costs 60–75 µs more: the guide in parts (11 to 30 scripts a first query) took
/// 36–77 ms from a first question to its results and 12–19 ms at p95 for later ones; in one
/// script of 206–376 KB (59–93 KB gzipped), loaded at focus in 15–26 ms (parsed off the main
/// thread), 3–7 ms and under 0.5 ms. Larger scripts would take a phone long to fetch and
/// parse: parts win there.
pub const DEFAULT_SINGLE_BYTES: usize = 512 * 1024;
/// A misspelt word has five characters or more and is one edit from its candidates.
const FUZZY_MIN_CHARS: usize = 4;
/// The format version the page's engine checks.
const VERSION: u32 = 8;
/// Begins a carried line's base: the term its fields may be written against (see `against`).
const BASE_MARK: char = '=';

#[derive(Serialize)]
struct Manifest<'a> {
    v: u32,
    lang: &'a str,
    k1: f32,
    b: f32,
    num_docs: u64,
    fields: Vec<FieldSpec>,
    /// Per field, every document's field-norm id, as digits (see `push_number`).
    norms: Vec<String>,
    #[serde(flatten)]
    body: Body<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Body<'a> {
    /// Everything in the one script.
    Whole {
        analyzer: Analyzer<'a>,
        terms: BTreeMap<&'a str, &'a Fields>,
        docs: &'a [DocSpec],
    },
    /// Where the parts are.
    Split {
        analyzer: Analyzer<'a>,
        parts: Parts,
    },
}

#[derive(Serialize, Default)]
struct Analyzer<'a> {
    /// Surface form → stem, for words of the corpus that the stemmer changes: the page stems a
    /// query word by looking it up here.
    stems: BTreeMap<&'a str, &'a str>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Parts {
    /// The first key of each term part `t<N>.js`, in key order, as short as it can be, front
    /// coded (see `encode::front_coded`).
    Keys { terms: String },
    /// The first keys are in `k<G>.js`, G the first UTF-16 code unit of the key modulo
    /// `groups` (see `key_group_lines`).
    Grouped { groups: u32 },
}

#[derive(Serialize)]
struct FieldSpec {
    name: &'static str,
    boost: f32,
    avg_norm: f32,
}

/// What a result shows of a document.
#[derive(Serialize)]
pub struct DocSpec {
    #[serde(rename = "type")]
    kind: &'static str,
    title: String,
    /// Where the result belongs: a section's page title, a contact's organization. A result
    /// found by these words shows them marked there.
    #[serde(skip_serializing_if = "String::is_empty")]
    context: String,
    /// Its other names (a glossary term's aliases and its names in the other languages, an
    /// institution's names), " · " between them: a result found by one of these, and not by
    /// its title, shows the name it was found by ("stem cell" on the Korean site).
    #[serde(skip_serializing_if = "String::is_empty")]
    also: String,
    /// An institution's status key: a result names a revoked clinic as revoked.
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    url: String,
    text: String,
}

/// How a language's index is laid out in scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The size a part aims at (`DEFAULT_PART_BYTES`, or `site.toml`'s `search_part_bytes`).
    pub part_bytes: usize,
    /// The largest index written as one script (`DEFAULT_SINGLE_BYTES`, or `site.toml`'s
    /// `search_single_bytes`); an index smaller than a part is one script whatever it says.
    pub single_bytes: usize,
    /// Files the part keys are grouped into, or 0 to keep them in the manifest (see
    /// `key_groups`).
    pub groups: u32,
}

/// A split index's part keys are grouped once the language's text is expected to cut into
/// this many parts: below that, the manifest's keys (about 3 bytes gzipped a part) cost a
/// query less than the group files it would load instead.
const GROUPED_FROM_PARTS: usize = 256;
/// Parts whose first keys a group names, on average, as the group count is chosen.
const PARTS_PER_GROUP: usize = 8;
/// The most groups chosen: measured at 4×, a Japanese query loaded 2.6 KB of groups out of
/// 256, 1.6 KB out of 1,024; past that, each file's own bytes take back what it saves.
const MAX_CHOSEN_GROUPS: usize = 1024;

/// The key groups of a language whose search documents are made from `text_bytes` of bodies
/// (`docs::text_bytes`), unless `site.toml` sets `search_key_groups`. A page must know them
/// before it has the manifest, to load them beside it, so they follow from what is known
/// before the index is built: body bytes over the part size. That was near the count of term
/// parts where a language's text brings many new terms (at 4× the generated corpus, 5,160 for
/// Japanese's 5,094 parts, 4,005 for Simplified Chinese's 5,599; 21 for the guide's 32 English
/// parts) and up to seven times it where its words repeat (Russian at 4×, 8,971 for 1,232):
/// too many groups are only more small files, most of them empty, which no query of an
/// alphabet's words loads.
pub fn key_groups(text_bytes: usize, part_bytes: usize, set: Option<u32>) -> u32 {
    if let Some(groups) = set {
        return groups;
    }
    let parts = text_bytes / part_bytes.max(1);
    if parts < GROUPED_FROM_PARTS {
        return 0;
    }
    (parts / PARTS_PER_GROUP)
        .next_power_of_two()
        .min(MAX_CHOSEN_GROUPS) as u32
}

/// A term part as strings of lines (see `term_lines`), not objects: a page reads a string
/// literal far faster than the object literals it would otherwise build for every term of the
/// part, when a query wants one or two of them.
#[derive(Serialize)]
struct TermPart {
    /// The terms of the part's range, which a page finds by searching this text for a term
    /// that sorts into the range, when a query asks for it.
    terms: String,
    /// The terms of other ranges that the part's words carry (stems, Korean bigrams): a page
    /// notes each of these as the part loads, since their own parts may never load.
    carried: String,
    stems: String,
}

#[derive(Serialize)]
struct DictPart<'a> {
    keys: Vec<&'a str>,
    surfaces: BTreeMap<&'a str, &'a str>,
}

/// The first keys of the term parts that a group's characters begin (see `key_group_lines`).
#[derive(Serialize)]
struct KeyGroup {
    starts: String,
}

#[derive(Serialize)]
struct DocPart<'a> {
    from: u32,
    docs: &'a [DocSpec],
}

/// The scripts of `index`, whose documents show as `docs`, each handed to `emit` (path relative
/// to `assets/search/`, text) as soon as it is made, so that a large language's parts are never
/// all held; `<lang>.js`, the one a page loads, comes last.
pub fn scripts<E>(
    index: Inverted,
    docs: &[DocSpec],
    layout: Layout,
    mut emit: impl FnMut(String, String) -> Result<(), E>,
) -> Result<(), E> {
    let (averages, norm_ids) = index.norm_ids();
    let norms: Vec<String> = (0..FIELDS.len())
        .map(|f| {
            let mut out = String::with_capacity(norm_ids.len());
            for row in norm_ids {
                push_number(&mut out, u32::from(row[f]));
            }
            out
        })
        .collect();
    let num_docs = index.num_docs();
    let all = index.into_postings(Fields::encode);
    let (lang, terms) = (all.lang.as_str(), all.terms);
    let stems: BTreeMap<&str, &str> = all
        .stems
        .iter()
        .map(|(s, t)| (s.as_str(), t.as_str()))
        .collect();

    let manifest = |body| Manifest {
        v: VERSION,
        lang,
        k1: K1,
        b: B,
        num_docs: u64::from(num_docs),
        fields: FIELDS
            .iter()
            .zip(&averages)
            .map(|((name, boost), avg)| FieldSpec {
                name,
                boost: *boost,
                avg_norm: *avg,
            })
            .collect(),
        norms: norms.clone(),
        body,
    };

    let term_bytes: usize = terms.iter().map(|(t, p)| entry_bytes(t, p)).sum();
    let Layout {
        part_bytes,
        single_bytes,
        groups,
    } = layout;
    let single = single_bytes.max(part_bytes);
    // A page that expects key groups asks for them before the manifest is in: a grouped index
    // is split, whatever its size.
    if groups == 0 && term_bytes + docs.iter().map(doc_bytes).sum::<usize>() <= single {
        let body = Body::Whole {
            analyzer: Analyzer { stems },
            terms: terms.iter().map(|(t, p)| (t.as_str(), p)).collect(),
            docs,
        };
        return emit(format!("{lang}.js"), assign(lang, &manifest(body), "INDEX"));
    }

    // Term parts: terms and corpus words together, cut into ranges in JavaScript's order.
    let mut keys: Vec<&str> = terms
        .keys()
        .map(String::as_str)
        .chain(stems.keys().copied())
        .collect();
    keys.sort_unstable_by(|a, b| utf16_cmp(a, b));
    keys.dedup();
    // What the parts are made from is looked up by key several times a key: in hash maps, not
    // the ordered maps, whose searches were the export's largest cost (string comparisons,
    // 1.5% of a build's samples).
    let lookup = Lookup {
        terms: terms.iter().map(|(t, p)| (t.as_str(), p)).collect(),
        stems: stems.iter().map(|(s, t)| (*s, *t)).collect(),
    };
    // The carried lines written against their word's postings, made once for sizing the
    // parts and writing them.
    let against: HashMap<(&str, &str), String> = keys
        .iter()
        .flat_map(|&key| lookup.carried(key))
        .filter_map(|(t, base)| {
            let base = base?;
            Some((
                (t, base),
                against(t, lookup.terms[t], base, lookup.terms[base])?,
            ))
        })
        .collect();
    let carried_line_bytes = |t: &str, base: Option<&str>| {
        base.and_then(|b| against.get(&(t, b)))
            .map_or_else(|| line_bytes(t, lookup.terms[t]), |line| line.len() + 1)
    };
    let mut starts: Vec<char> = Vec::new();
    let mut ranges: Vec<Vec<&str>> = vec![Vec::new()];
    let mut size = 0;
    for key in keys {
        let bytes = lookup.terms.get(key).map_or(0, |p| line_bytes(key, p))
            + lookup
                .stems
                .get(key)
                .map_or(0, |stem| key.len() + stem.len() + 3)
            + lookup
                .carried(key)
                .into_iter()
                .map(|(t, base)| carried_line_bytes(t, base))
                .sum::<usize>();
        // A key that would take its part past the size starts the next one, so that a common
        // word's long postings sit in a part of their own: a query for it loads nothing else,
        // and a query for a rare word does not load the common one's postings.
        let range = ranges.last_mut().expect("one range at least");
        if !range.is_empty() && size + bytes > part_bytes {
            ranges.push(Vec::new());
            size = 0;
        }
        size += bytes;
        ranges.last_mut().expect("one range at least").push(key);
        let start = key.chars().next().expect("no key is empty");
        if starts.last() != Some(&start) {
            starts.push(start);
        }
    }
    let mut term_index = Vec::new();
    let mut previous_last: Option<&str> = None;
    for (n, range) in ranges.iter().enumerate() {
        let mut part_terms = BTreeMap::new();
        let mut part_carried = BTreeMap::new();
        let mut part_stems = BTreeMap::new();
        for key in range {
            if let Some(p) = lookup.terms.get(key) {
                part_terms.insert(*key, *p);
            }
            if let Some(stem) = lookup.stems.get(key) {
                part_stems.insert(*key, *stem);
            }
            for (t, base) in lookup.carried(key) {
                // A term two words carry is written against the first (either decodes alike).
                part_carried.entry(t).or_insert_with(|| {
                    match base.and_then(|b| against.get(&(t, b))) {
                        Some(line) => line.clone(),
                        None => {
                            let mut line = String::new();
                            push_term_line(&mut line, t, lookup.terms[t]);
                            line
                        }
                    }
                });
            }
        }
        part_carried.retain(|t, _| !part_terms.contains_key(t));
        let part = TermPart {
            terms: term_lines(&part_terms),
            carried: part_carried.into_values().collect::<Vec<_>>().join("\n"),
            stems: stem_lines(&part_stems),
        };
        let name = format!("{lang}/t{n}");
        term_index.push(match previous_last {
            Some(last) => separator(last, range[0]).to_owned(),
            None => String::new(),
        });
        previous_last = range.last().copied();
        emit(format!("{name}.js"), assign(&name, &part, "PARTS"))?;
    }

    let long = |s: &str| s.chars().count() >= FUZZY_MIN_CHARS;
    let mut dict = DictPart {
        keys: terms
            .keys()
            .map(String::as_str)
            .filter(|t| long(t))
            .collect(),
        surfaces: stems
            .iter()
            .filter(|(s, stem)| long(s) && terms.contains_key(**stem))
            .map(|(s, stem)| (*s, *stem))
            .collect(),
    };
    dict.keys.sort_by(|a, b| utf16_cmp(a, b));
    let dict_name = format!("{lang}/dict");
    emit(
        format!("{dict_name}.js"),
        assign(&dict_name, &dict, "PARTS"),
    )?;

    // One document a part: a result list needs a handful of documents scattered over the
    // index, and any neighbour in a part would be bytes it never shows.
    for (n, doc) in docs.iter().enumerate() {
        let name = format!("{lang}/d{n}");
        let part = DocPart {
            from: n as u32,
            docs: std::slice::from_ref(doc),
        };
        emit(format!("{name}.js"), assign(&name, &part, "PARTS"))?;
    }

    let parts = if groups == 0 {
        Parts::Keys {
            terms: front_coded(&term_index),
        }
    } else {
        for (g, starts) in key_group_lines(&starts, &term_index, groups)
            .into_iter()
            .enumerate()
        {
            let name = format!("{lang}/k{g}");
            emit(
                format!("{name}.js"),
                assign(&name, &KeyGroup { starts }, "PARTS"),
            )?;
        }
        Parts::Grouped { groups }
    };
    let body = Body::Split {
        analyzer: Analyzer::default(),
        parts,
    };
    emit(format!("{lang}.js"), assign(lang, &manifest(body), "INDEX"))
}

/// The part keys of a split index, grouped by the character they begin with, so that a query
/// loads the keys of its words' first characters, not every key: measured at 4×, the Japanese
/// manifest's keys were 12.9 KB gzipped, and a query's groups 2.6 KB (256 groups).
///
/// Group G holds a line for each character `c` that begins a term or word and whose first
/// UTF-16 code unit is G modulo `groups`: `c`, the number of the part that holds `c` itself
/// (the last whose first key is at most `c`, as digits; see `push_number`), then, after a
/// space each, the rest after `c` of every first key that begins with `c` and sorts after it.
/// The part of a key beginning with `c` is that number plus the count of those keys at most
/// the key: every group is written, empty or not, so that a page can ask for any.
fn key_group_lines(starts: &[char], first_keys: &[String], groups: u32) -> Vec<String> {
    let mut out = vec![String::new(); groups as usize];
    let mut part = 0;
    for &c in starts {
        let mut buf = [0u8; 4];
        let c_str: &str = c.encode_utf8(&mut buf);
        while part + 1 < first_keys.len() && utf16_cmp(&first_keys[part + 1], c_str).is_le() {
            part += 1;
        }
        let mut unit = [0u16; 2];
        let group = &mut out[(c.encode_utf16(&mut unit)[0] as u32 % groups) as usize];
        if !group.is_empty() {
            group.push('\n');
        }
        group.push(c);
        push_number(group, part as u32);
        for key in first_keys[part + 1..]
            .iter()
            .take_while(|k| k.starts_with(c))
        {
            group.push(' ');
            group.push_str(&key[c.len_utf8()..]);
        }
    }
    out
}

/// A language's terms and corpus words, looked up by key as its term parts are made.
struct Lookup<'a> {
    terms: HashMap<&'a str, &'a Fields>,
    /// Corpus word → its stem.
    stems: HashMap<&'a str, &'a str>,
}

impl<'a> Lookup<'a> {
    /// The terms a key's part carries besides the key's own: its stem's and, for a Korean word,
    /// its bigrams'. A query for the word (or for a prefix of it, as it is typed) then finds
    /// them all in that one part, instead of one part a bigram. A bigram of a word that is a
    /// term comes with the word, whose postings its own may be written against (see `against`).
    fn carried(&self, key: &'a str) -> Vec<(&'a str, Option<&'a str>)> {
        let mut out: Vec<(&str, Option<&str>)> = self
            .stems
            .get(key)
            .map(|stem| (*stem, None))
            .into_iter()
            .collect();
        if key.chars().count() >= 3 && key.chars().all(is_hangul) {
            let starts: Vec<usize> = key
                .char_indices()
                .map(|(i, _)| i)
                .chain([key.len()])
                .collect();
            let base = self.terms.contains_key(key).then_some(key);
            out.extend(starts.windows(3).map(|w| (&key[w[0]..w[2]], base)));
        }
        out.retain(|(t, _)| self.terms.contains_key(*t));
        out
    }
}

/// The line of `term` (see `term_lines`) with its fields written against those of `base`, a
/// word whose bigram it is, in the same part: `term`, a space, `BASE_MARK` and `base`, then per
/// field a space, the field's digit and its postings, written against `base`'s in that field
/// where that is shorter (see `encode::delta`). A bigram of a word is mostly in the word's
/// documents, as often, so that a common word's bigrams cost little more than the word. `None`
/// when the line is no shorter than `term_lines` writes it.
fn against(term: &str, fields: &Fields, base: &str, base_fields: &Fields) -> Option<String> {
    let plain = line_bytes(term, fields) - 2;
    let mut line = format!("{term} {BASE_MARK}{base}");
    for (f, list) in fields.iter() {
        line.push(' ');
        line.push(field_digit(f));
        match base_fields.get(f) {
            Some(base_list) => {
                let written = delta(&decode_postings(list), &decode_postings(base_list));
                line.push_str(if written.len() < list.len() {
                    &written
                } else {
                    list
                });
            }
            None => line.push_str(list),
        }
        if line.len() >= plain {
            return None;
        }
    }
    debug_assert!(line.contains(DELTA_MARK));
    Some(line)
}

/// A part's terms as lines, one a term: the term, then per field a space, the field's index
/// (one digit) and its postings. Terms never hold a space or a line break (the analyzer cuts
/// words there) and postings are digits and one mark (see `encode`), so nothing needs quoting.
fn term_lines(terms: &BTreeMap<&str, &Fields>) -> String {
    let mut out = String::new();
    for (term, fields) in terms {
        if !out.is_empty() {
            out.push('\n');
        }
        push_term_line(&mut out, term, fields);
    }
    out
}

/// One line of `term_lines`, onto `out`.
fn push_term_line(out: &mut String, term: &str, fields: &Fields) {
    out.push_str(term);
    out.push_str(&fields.0);
}

/// A part's corpus words with their stems as lines: the word, a space, its stem.
fn stem_lines(stems: &BTreeMap<&str, &str>) -> String {
    let lines: Vec<String> = stems.iter().map(|(s, t)| format!("{s} {t}")).collect();
    lines.join("\n")
}

/// What a result shows of each of `docs`: its title, its other names, its headings field as the
/// place it belongs (a section's page, a contact's organization), and its body cut to the first
/// characters, for the snippet.
pub fn shown(docs: Vec<SearchDoc>) -> Vec<DocSpec> {
    docs.into_iter()
        .map(|d| {
            let also = d.other_names();
            let mut text = d.body;
            if let Some((cut, _)) = text.char_indices().nth(SNIPPET_SOURCE_CHARS) {
                text.truncate(cut);
                text.push('…');
                text.shrink_to_fit();
            }
            DocSpec {
                kind: d.kind,
                title: d.title,
                context: d.headings,
                also,
                status: d.status,
                url: d.url,
                text,
            }
        })
        .collect()
}

/// A script that stores `value` as `window.ARMGUIDE_<global>[key]`.
fn assign(key: &str, value: &impl Serialize, global: &str) -> String {
    let json = serde_json::to_string(value).expect("plain data serializes");
    let key = serde_json::to_string(key).expect("a string serializes");
    format!("(window.ARMGUIDE_{global} = window.ARMGUIDE_{global} || {{}})[{key}] = {json};\n")
}

/// Bytes a term's entry takes in a one-script index, near enough to choose that form by.
fn entry_bytes(term: &str, fields: &Fields) -> usize {
    term.len() + 4 + fields.iter().map(|(_, p)| p.len() + 6).sum::<usize>()
}

/// Bytes a term's line takes in a term part (`term_lines`), to cut parts by.
fn line_bytes(term: &str, fields: &Fields) -> usize {
    term.len() + 2 + fields.0.len()
}

fn doc_bytes(doc: &DocSpec) -> usize {
    doc.kind.len() + doc.title.len() + doc.also.len() + doc.url.len() + doc.text.len() + 40
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::fieldnorm::FieldNormReader;

    /// The page's engine computes the lengths of the norm ids (`FIELDNORMS` in search.js)
    /// instead of reading them from the manifest, by this rule.
    #[test]
    fn the_norm_ids_lengths_are_the_rule_the_engine_follows() {
        let mut rule: Vec<u32> = (0..=40).collect();
        let (mut length, mut step) = (40, 2);
        while rule.len() < 256 {
            for _ in 0..8 {
                if rule.len() < 256 {
                    length += step;
                    rule.push(length);
                }
            }
            step *= 2;
        }
        let tantivy: Vec<u32> = (0..=255u8).map(FieldNormReader::id_to_fieldnorm).collect();
        assert_eq!(tantivy, rule);
    }

    fn body(chars: usize) -> SearchDoc {
        SearchDoc {
            kind: "page",
            foreign_title: false,
            status: None,
            title: "T".into(),
            aliases: String::new(),
            headings: String::new(),
            body: "é".repeat(chars),
            url: "en/a.html".into(),
        }
    }

    #[test]
    fn a_result_keeps_its_whole_text_up_to_the_snippet_source() {
        let kept = shown(vec![
            body(SNIPPET_SOURCE_CHARS),
            body(SNIPPET_SOURCE_CHARS + 1),
        ]);
        assert_eq!(kept[0].text, "é".repeat(SNIPPET_SOURCE_CHARS));
        assert_eq!(
            kept[1].text,
            format!("{}…", "é".repeat(SNIPPET_SOURCE_CHARS))
        );
    }

    #[test]
    fn a_result_carries_where_it_belongs_its_other_names_and_a_status_only_when_it_has_them() {
        let mut inst = body(3);
        inst.kind = "institution";
        inst.headings = "Org".into();
        inst.aliases = "가 · B".into();
        inst.status = Some("revoked");
        let shown = shown(vec![inst, body(3)]);
        assert_eq!(
            serde_json::to_string(&shown).unwrap(),
            r#"[{"type":"institution","title":"T","context":"Org","also":"가 · B","status":"revoked","url":"en/a.html","text":"ééé"},{"type":"page","title":"T","url":"en/a.html","text":"ééé"}]"#
        );
    }

    /// The example of the engine's test "a split index's part keys may be grouped by their
    /// first character" (tests/js/search.test.mjs), which reads these lines.
    #[test]
    fn a_key_group_has_a_line_for_each_first_character_of_its_own() {
        let first_keys: Vec<String> = ["", "cell", "cello", "d", "\u{20000}"]
            .map(String::from)
            .to_vec();
        let starts = ['a', 'c', 'd', '\u{20000}'];
        // 'a' (97) and 'c' (99) are odd, 'd' (100) and U+20000 (high surrogate 0xD840) even.
        assert_eq!(
            key_group_lines(&starts, &first_keys, 2),
            ["d3\n\u{20000}4", "a0\nc0 ell ello"]
        );
        // With one group more than there are lines, one group is written empty.
        let groups = key_group_lines(&starts, &first_keys, 5);
        assert_eq!(groups.len(), 5);
        assert!(groups.iter().any(String::is_empty));
    }

    #[test]
    fn keys_are_grouped_from_hundreds_of_parts_in_powers_of_two_unless_the_site_says() {
        assert_eq!(key_groups(255 * 3072, 3072, None), 0);
        assert_eq!(key_groups(256 * 3072, 3072, None), 32);
        assert_eq!(key_groups(5_000 * 3072, 3072, None), 1024);
        assert_eq!(key_groups(50_000 * 3072, 3072, None), 1024);
        assert_eq!(key_groups(100, 3072, Some(16)), 16);
        assert_eq!(key_groups(5_000 * 3072, 3072, Some(0)), 0);
    }

    #[test]
    fn a_carried_bigram_is_written_against_its_word_only_where_that_is_shorter() {
        let list = |docs: std::ops::Range<u32>, tf: u32| -> Vec<(u32, u32)> {
            docs.map(|d| (d, tf + d % 3)).collect()
        };
        let word = Fields::encode(vec![(0, list(0..40, 1)), (3, list(0..400, 2))]);
        // In the word's 40 titles and 400 bodies at its frequencies, and one body more (400, tf
        // 3): a run each, no differences, the body of its own.
        let bigram = Fields::encode(vec![(0, list(0..40, 1)), (3, list(0..401, 2))]);
        assert_eq!(
            against("기세", &bigram, "줄기세포", &word).as_deref(),
            Some("기세 =줄기세포 0<i1... 3<qC..qC.3")
        );
        // A field the word lacks is written out.
        let titled = Fields::encode(vec![(1, vec![(3, 1)]), (3, list(0..400, 2))]);
        let line = against("기세", &titled, "줄기세포", &word).unwrap();
        assert!(line.starts_with("기세 =줄기세포 13. 3<"), "{line}");
        // A bigram of a few documents of its own costs less written out.
        let rare = Fields::encode(vec![(3, vec![(5, 1)])]);
        assert_eq!(against("포뇌", &rare, "줄기세포", &word), None);
    }

    #[test]
    fn a_terms_fields_read_back_and_go_into_a_one_script_index_as_pairs() {
        let fields = Fields::encode(vec![(0, vec![(0, 1), (1, 2)]), (3, vec![(1, 1), (19, 1)])]);
        assert_eq!(
            fields.iter().collect::<Vec<_>>(),
            [(0, "01.12"), (3, "1I.")]
        );
        assert_eq!(fields.get(3), Some("1I."));
        assert_eq!(fields.get(1), None);
        assert_eq!(
            serde_json::to_string(&fields).unwrap(),
            r#"[[0,"01.12"],[3,"1I."]]"#
        );
    }

    #[test]
    fn a_term_part_is_lines_of_terms_with_their_fields_and_of_words_with_their_stems() {
        // Documents 0 and 1, once and twice, in the title; documents 1 and 19 (a gap of 18, "I")
        // in the body.
        let cell = Fields::encode(vec![(0, vec![(0, 1), (1, 2)]), (3, vec![(1, 1), (19, 1)])]);
        let stem = Fields::encode(vec![(3, vec![(2, 1)])]);
        let terms = BTreeMap::from([("cell", &cell), ("幹細", &stem)]);
        assert_eq!(term_lines(&terms), "cell 001.12 31I.\n幹細 32.");
        let stems = BTreeMap::from([("cells", "cell"), ("therapies", "therapi")]);
        assert_eq!(stem_lines(&stems), "cells cell\ntherapies therapi");
        assert_eq!(stem_lines(&BTreeMap::new()), "");
    }
}
