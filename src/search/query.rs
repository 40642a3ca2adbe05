//! Query expansion, the twin of `search()` in `themes/default/static/search.js`: a query word
//! that is an index term is used as it is; any other word expands to the index terms (and the
//! corpus words, through their stems) within a small edit distance, and the word being typed
//! also to the terms and words it begins. Each expansion carries the factor its score is
//! multiplied by. Orders follow JavaScript's (UTF-16 code units) so both engines pick the same.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::analyzer::Tok;

/// Score factor of a one-edit and a two-edit typo expansion, and of a prefix expansion.
pub const ONE_EDIT: f32 = 0.5;
pub const TWO_EDITS: f32 = 0.25;
pub const PREFIX: f32 = 0.5;
/// A short prefix of a common word begins many terms: the closest this many are kept.
pub const MAX_PREFIX_TERMS: usize = 50;

/// The vocabulary a query is expanded against.
pub struct Vocabulary<'a> {
    /// Index terms, in UTF-16 order.
    terms: Vec<&'a str>,
    /// Corpus words whose stem is an index term, in UTF-16 order, with that stem.
    surfaces: Vec<(&'a str, &'a str)>,
    stems: &'a BTreeMap<String, String>,
}

impl<'a> Vocabulary<'a> {
    pub fn new<V>(terms: &'a BTreeMap<String, V>, stems: &'a BTreeMap<String, String>) -> Self {
        let mut t: Vec<&str> = terms.keys().map(String::as_str).collect();
        t.sort_by(|a, b| utf16_cmp(a, b));
        let mut surfaces: Vec<(&str, &str)> = stems
            .iter()
            .filter(|(_, stem)| terms.contains_key(*stem))
            .map(|(s, stem)| (s.as_str(), stem.as_str()))
            .collect();
        surfaces.sort_by(|a, b| utf16_cmp(a.0, b.0));
        Vocabulary {
            terms: t,
            surfaces,
            stems,
        }
    }

    fn is_term(&self, s: &str) -> bool {
        self.terms.binary_search_by(|t| utf16_cmp(t, s)).is_ok()
    }

    /// (index term, factor) pairs for the query `tokens`: each term once, at the factor it first
    /// came with; within one word, a term reached twice keeps its best factor.
    pub fn expand(&self, tokens: &[Tok]) -> Vec<(String, f32)> {
        let Some(last) = tokens.last() else {
            return Vec::new();
        };
        // The word being typed: the last token, or for Korean the whole word of the last run.
        let typing = if last.unspaced && !last.word {
            tokens
                .iter()
                .rposition(|t| t.run == last.run && t.whole)
                .unwrap_or(tokens.len() - 1)
        } else {
            tokens.len() - 1
        };
        let mut chosen: Vec<(String, f32)> = Vec::new();
        for (i, tok) in tokens.iter().enumerate() {
            let term = if tok.word {
                self.stems
                    .get(&tok.text)
                    .cloned()
                    .unwrap_or_else(|| tok.text.clone())
            } else {
                tok.text.clone()
            };
            if self.is_term(&term) {
                if !chosen.iter().any(|(t, _)| *t == term) {
                    chosen.push((term, 1.0));
                }
                continue;
            }
            let mut mine: BTreeMap<String, f32> = BTreeMap::new();
            let mut add = |t: &str, factor: f32| {
                let best = mine.entry(t.to_owned()).or_insert(factor);
                if factor > *best {
                    *best = factor;
                }
            };
            let chars: Vec<char> = term.chars().collect();
            let max = if chars.len() >= 9 {
                2
            } else if chars.len() >= 5 {
                1
            } else {
                0
            };
            if max > 0 {
                for t in &self.terms {
                    fuzzy(&chars, t, max, |f| add(t, f));
                }
                for (surface, stem) in &self.surfaces {
                    fuzzy(&chars, surface, max, |f| add(stem, f));
                }
            }
            let min = if tok.word { 2 } else { 1 };
            if i == typing && tok.text.chars().count() >= min {
                let mut found: Vec<&str> = Vec::new();
                let start = self
                    .terms
                    .partition_point(|t| utf16_cmp(t, &term) == Ordering::Less);
                for t in self.terms[start..]
                    .iter()
                    .take_while(|t| t.starts_with(term.as_str()))
                {
                    if !found.contains(t) {
                        found.push(t);
                    }
                }
                let start = self
                    .surfaces
                    .partition_point(|(s, _)| utf16_cmp(s, &term) == Ordering::Less);
                for (_, stem) in self.surfaces[start..]
                    .iter()
                    .take_while(|(s, _)| s.starts_with(term.as_str()))
                {
                    if !found.contains(stem) {
                        found.push(stem);
                    }
                }
                found.sort_by(|a, b| {
                    a.encode_utf16()
                        .count()
                        .cmp(&b.encode_utf16().count())
                        .then_with(|| utf16_cmp(a, b))
                });
                for t in found.into_iter().take(MAX_PREFIX_TERMS) {
                    add(t, PREFIX);
                }
            }
            let mut keys: Vec<(String, f32)> = mine.into_iter().collect();
            keys.sort_by(|a, b| utf16_cmp(&a.0, &b.0));
            for (t, f) in keys {
                if !chosen.iter().any(|(c, _)| *c == t) {
                    chosen.push((t, f));
                }
            }
        }
        chosen
    }
}

fn fuzzy(query: &[char], candidate: &str, max: usize, mut hit: impl FnMut(f32)) {
    let c: Vec<char> = candidate.chars().collect();
    let d = damerau(query, &c, max);
    if (1..=max).contains(&d) {
        hit(if d == 1 { ONE_EDIT } else { TWO_EDITS });
    }
}

/// Orders strings as JavaScript's default sort does: by UTF-16 code units.
pub fn utf16_cmp(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// Damerau-Levenshtein distance (optimal string alignment), or `limit + 1` once it must exceed
/// `limit`.
pub fn damerau(a: &[char], b: &[char], limit: usize) -> usize {
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    crate::diagnostics::osa_distance(a, b).min(limit + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::tokens;

    fn expand(query: &str, terms: &[&str], stems: &[(&str, &str)]) -> Vec<(String, f32)> {
        let terms: BTreeMap<String, ()> = terms.iter().map(|w| (w.to_string(), ())).collect();
        let stems: BTreeMap<String, String> = stems
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        Vocabulary::new(&terms, &stems).expand(&tokens(query, true))
    }

    #[test]
    fn exact_terms_are_not_expanded() {
        assert_eq!(
            expand("cells", &["cell", "cello"], &[("cells", "cell")]),
            [("cell".to_owned(), 1.0)]
        );
    }

    #[test]
    fn typos_expand_within_one_edit_from_five_letters() {
        let got = expand("therpy x", &["therapi", "therapy", "theory"], &[]);
        assert_eq!(got, [("therapy".to_owned(), 0.5)]);
    }

    #[test]
    fn typos_reach_corpus_words_through_their_stems() {
        // `exosmoe` is two edits from the stem `exosom` but one from the word `exosome`.
        let got = expand("exosmoe", &["exosom"], &[("exosome", "exosom")]);
        assert_eq!(got, [("exosom".to_owned(), 0.5)]);
    }

    #[test]
    fn the_last_word_matches_as_a_prefix_shortest_first() {
        let got = expand("stem cel", &["cellular", "cell", "stem"], &[]);
        assert_eq!(
            got,
            [
                ("stem".to_owned(), 1.0),
                ("cell".to_owned(), 0.5),
                ("cellular".to_owned(), 0.5)
            ]
        );
    }

    #[test]
    fn a_korean_word_is_typed_as_a_whole() {
        let got = expand("줄기세", &["줄기세포", "줄기", "기세"], &[]);
        assert!(got.contains(&("줄기세포".to_owned(), 0.5)), "{got:?}");
    }

    #[test]
    fn transpositions_count_as_one_edit() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(damerau(&c("cels"), &c("cles"), 2), 1);
        assert_eq!(damerau(&c("abcdef"), &c("a"), 2), 3);
    }

    #[test]
    fn order_is_javascripts() {
        // U+FF21 sorts before U+1F600 in UTF-8 bytes but after it in UTF-16 code units.
        assert_eq!(utf16_cmp("\u{FF21}", "\u{1F600}"), Ordering::Greater);
    }
}
