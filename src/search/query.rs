//! Query expansion shared in spirit with the browser: a word that is not in the index expands to
//! the index terms within a small edit distance (typos), and the last word also matches the
//! terms it begins (typing in progress). Each expansion carries the factor its score is
//! multiplied by.

use std::collections::BTreeMap;

/// Score factor per edit of a typo expansion, and of a prefix expansion.
pub const PER_EDIT: f32 = 0.5;
pub const PREFIX: f32 = 0.5;

/// `tokens` (analyzed query terms) → (index term, score factor), deduplicated, in query order.
pub fn expand<V>(tokens: &[String], dictionary: &BTreeMap<String, V>) -> Vec<(String, f32)> {
    let mut out: Vec<(String, f32)> = Vec::new();
    let push = |term: &str, factor: f32, out: &mut Vec<(String, f32)>| {
        if !out.iter().any(|(t, _)| t == term) {
            out.push((term.to_owned(), factor));
        }
    };
    for (i, token) in tokens.iter().enumerate() {
        if dictionary.contains_key(token) {
            push(token, 1.0, &mut out);
            continue;
        }
        let chars = token.chars().count();
        let max_edits = if chars >= 9 {
            2
        } else if chars >= 5 {
            1
        } else {
            0
        };
        if max_edits > 0 {
            for term in dictionary.keys() {
                let d = damerau(token, term, max_edits);
                if d >= 1 && d <= max_edits {
                    push(term, PER_EDIT.powi(d as i32), &mut out);
                }
            }
        }
        let is_last = i + 1 == tokens.len();
        let min_prefix = if token
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii() || !c.is_alphabetic())
        {
            2
        } else {
            1
        };
        if is_last && chars >= min_prefix {
            for (term, _) in dictionary.range(token.clone()..) {
                if !term.starts_with(token.as_str()) {
                    break;
                }
                push(term, PREFIX, &mut out);
            }
        }
    }
    out
}

/// Damerau-Levenshtein distance (optimal string alignment), or `limit + 1` once it must exceed
/// `limit`.
pub fn damerau(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()].min(limit + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict(words: &[&str]) -> BTreeMap<String, ()> {
        words.iter().map(|w| (w.to_string(), ())).collect()
    }

    #[test]
    fn exact_terms_are_not_expanded() {
        assert_eq!(
            expand(&["cell".into()], &dict(&["cell", "cello"])),
            [("cell".to_owned(), 1.0)]
        );
    }

    #[test]
    fn typos_expand_within_one_edit_from_five_letters() {
        let got = expand(
            &["therpy".into(), "x".into()],
            &dict(&["therapi", "therapy", "theory"]),
        );
        assert_eq!(got, [("therapy".to_owned(), 0.5)]);
    }

    #[test]
    fn the_last_word_matches_as_a_prefix() {
        let got = expand(
            &["stem".into(), "cel".into()],
            &dict(&["cell", "cellular", "stem"]),
        );
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
    fn transpositions_count_as_one_edit() {
        assert_eq!(damerau("cels", "cles", 2), 1);
        assert_eq!(damerau("abcdef", "a", 2), 3);
    }
}
