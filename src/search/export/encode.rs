//! The text encodings of the browser index: numbers as digit strings, a field's postings as a
//! string of gaps and one of term frequencies, and the term parts' first keys as one
//! front-coded string. All of it is plain ASCII digits or the dictionary's own text, so that a
//! part stays a string literal that needs no escaping and that a page reads fast.

use super::super::query::utf16_cmp;

/// The 64 digits of the posting strings: the first 32 end a number, the last 32 continue it
/// (five bits each, low bits first). None needs escaping in JSON.
pub(super) const DIGITS: &[u8; 64] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyz-_WXYZ";

/// Ends a field's gaps and begins its term frequencies; not a digit, not a space.
pub(super) const TF_MARK: char = '.';

/// The most code units of shared prefix a front-coded key can name (one digit).
const MAX_SHARED: usize = 63;

/// One field's postings as a string: the documents' gaps from the one before, then
/// `TF_MARK`, then their term frequencies, or nothing after the mark when every frequency is
/// one. Measured on the 4× corpus, gaps and frequencies apart compress a sixth smaller than
/// pairs side by side (gzip finds the runs of small frequencies), and most rare terms are
/// once in each of their documents.
pub(super) fn postings(list: &[(u32, u32)]) -> String {
    let mut out = String::with_capacity(list.len() * 2 + 1);
    push_postings(&mut out, list);
    out
}

/// [`postings`], onto `out`.
pub(super) fn push_postings(out: &mut String, list: &[(u32, u32)]) {
    let mut previous = 0;
    for &(doc, _) in list {
        push_number(out, doc - previous);
        previous = doc;
    }
    out.push(TF_MARK);
    if list.iter().any(|&(_, tf)| tf != 1) {
        for &(_, tf) in list {
            push_number(out, tf);
        }
    }
}

/// Begins a field's postings written against another term's (see `delta`); not a digit.
pub(super) const DELTA_MARK: char = '<';

/// The postings `list` of one field written against `base`, the same field's postings of a
/// term whose documents it mostly shares (a Korean word's, for one of its bigrams), after
/// `DELTA_MARK`; four digit strings apart by `TF_MARK`:
/// - which of `base`'s documents are in `list`: the lengths of the runs in and out, in turn,
///   beginning with a run in (which may be empty); the last run out is left out;
/// - how the shared documents' frequencies differ from `base`'s: for each that differs, the
///   number of shared documents since the one before that differs, then the difference
///   (zigzag: 2d for d ≥ 0, -2d - 1 below); nothing when none differs;
/// - `list`'s documents that `base` lacks and their frequencies, as `postings` writes them.
///
/// Measured on the 4× corpus, the bigrams a common Korean word's part carries took 65 KB
/// gzipped of a query for it; written against the word's postings, 23 KB.
pub(super) fn delta(list: &[(u32, u32)], base: &[(u32, u32)]) -> String {
    let mut runs = String::new();
    let mut diffs = String::new();
    let mut extra = Vec::new();
    let (mut inside, mut run, mut same) = (true, 0, 0);
    let mut at = 0;
    for &(doc, base_tf) in base {
        while at < list.len() && list[at].0 < doc {
            extra.push(list[at]);
            at += 1;
        }
        let shared = at < list.len() && list[at].0 == doc;
        if shared != inside {
            push_number(&mut runs, run);
            (inside, run) = (shared, 0);
        }
        run += 1;
        if shared {
            let tf = list[at].1;
            if tf == base_tf {
                same += 1;
            } else {
                push_number(&mut diffs, same);
                let d = i64::from(tf) - i64::from(base_tf);
                push_number(&mut diffs, if d >= 0 { 2 * d } else { -2 * d - 1 } as u32);
                same = 0;
            }
            at += 1;
        }
    }
    if inside {
        push_number(&mut runs, run);
    }
    extra.extend_from_slice(&list[at..]);
    let mut out = String::with_capacity(runs.len() + diffs.len() + extra.len() * 2 + 4);
    out.push(DELTA_MARK);
    out.push_str(&runs);
    out.push(TF_MARK);
    out.push_str(&diffs);
    out.push(TF_MARK);
    out.push_str(&postings(&extra));
    out
}

/// The list `postings` wrote as `s`: for the export to write a term's postings against
/// another's, from the strings the index hands it.
pub(super) fn decode_postings(s: &str) -> Vec<(u32, u32)> {
    let (gaps, tfs) = s.split_once(TF_MARK).unwrap_or((s, ""));
    let mut doc = 0;
    let docs = numbers(gaps).map(|gap| {
        doc += gap;
        doc
    });
    if tfs.is_empty() {
        docs.map(|d| (d, 1)).collect()
    } else {
        docs.zip(numbers(tfs)).collect()
    }
}

/// The numbers of a digit string (see `DIGITS`).
fn numbers(s: &str) -> impl Iterator<Item = u32> + '_ {
    let (mut n, mut shift) = (0u32, 0);
    s.bytes().filter_map(move |c| {
        let d = DIGIT_VALUES[c as usize] as u32;
        n |= (d & 31) << shift;
        if d < 32 {
            let done = n;
            (n, shift) = (0, 0);
            Some(done)
        } else {
            shift += 5;
            None
        }
    })
}

/// Each digit's value, by its byte.
const DIGIT_VALUES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 64 {
        table[DIGITS[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// The shortest prefix of `first` that sorts after `last` (in JavaScript's order): a part's
/// key in the manifest. Every key of the part before is at most `last`, so it still sorts
/// before the prefix, and every key of this part is at least `first`, so after it.
pub(super) fn separator<'a>(last: &str, first: &'a str) -> &'a str {
    first
        .char_indices()
        .map(|(i, c)| &first[..i + c.len_utf8()])
        .find(|prefix| utf16_cmp(prefix, last).is_gt())
        .unwrap_or(first)
}

/// Sorted keys as one string of lines, each key as the number of UTF-16 code units it shares
/// with the key before (one digit) and the rest of it. Consecutive part keys share their
/// beginnings, which gzip alone finds only in part: measured at 4×, the Japanese keys went
/// from 17.9 to 13.7 KB gzipped, the Thai ones from 4.5 to 1.0 KB. Shared prefixes are whole
/// characters, so that no line begins inside a surrogate pair.
pub(super) fn front_coded(keys: &[String]) -> String {
    let mut out = String::new();
    let mut previous = "";
    for (n, key) in keys.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut shared_bytes = 0;
        let mut shared_units = 0;
        for ((i, a), b) in key.char_indices().zip(previous.chars()) {
            if a != b || shared_units + a.len_utf16() > MAX_SHARED {
                break;
            }
            shared_bytes = i + a.len_utf8();
            shared_units += a.len_utf16();
        }
        out.push(DIGITS[shared_units] as char);
        out.push_str(&key[shared_bytes..]);
        previous = key;
    }
    out
}

pub(super) fn push_number(out: &mut String, mut n: u32) {
    while n >= 32 {
        out.push(DIGITS[32 + (n & 31) as usize] as char);
        n >>= 5;
    }
    out.push(DIGITS[n as usize] as char);
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn decode(s: &str) -> Vec<u32> {
        numbers(s).collect()
    }

    /// The twin of the page's reading of `front_coded`, on UTF-16 code units.
    fn unfront(s: &str) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        for line in s.split('\n') {
            let shared = DIGITS
                .iter()
                .position(|&x| x == line.as_bytes()[0])
                .unwrap();
            let mut units: Vec<u16> = keys
                .last()
                .map_or(Vec::new(), |k| k.encode_utf16().collect());
            units.truncate(shared);
            units.extend(line[1..].encode_utf16());
            keys.push(String::from_utf16(&units).unwrap());
        }
        keys
    }

    #[test]
    fn postings_are_gaps_then_frequencies() {
        let list = [(0, 1), (3, 2), (40, 1), (70_000, 300)];
        let s = postings(&list);
        let (gaps, tfs) = s.split_once(TF_MARK).unwrap();
        assert_eq!(decode(gaps), vec![0, 3, 37, 69_960]);
        assert_eq!(decode(tfs), vec![1, 2, 1, 300]);
    }

    #[test]
    fn frequencies_that_are_all_one_are_left_out() {
        assert_eq!(postings(&[(2, 1), (5, 1)]), "23.");
        assert_eq!(postings(&[(2, 1), (5, 3)]), "23.13");
    }

    /// The twin of the page's reading of `delta` (`deltaPostings` in search.js).
    fn undelta(s: &str, base: &[(u32, u32)]) -> Vec<(u32, u32)> {
        let s = s.strip_prefix(DELTA_MARK).unwrap();
        let mut pieces = s.splitn(3, TF_MARK);
        let runs = decode(pieces.next().unwrap());
        let diffs = decode(pieces.next().unwrap());
        let mut out = decode_postings(pieces.next().unwrap());
        let mut inside = base.iter().zip(
            runs.iter()
                .enumerate()
                .flat_map(|(n, &run)| std::iter::repeat_n(n % 2 == 0, run as usize)),
        );
        let mut shared: Vec<(u32, u32)> = Vec::new();
        for (&(doc, tf), _) in inside.by_ref().filter(|(_, inside)| *inside) {
            shared.push((doc, tf));
        }
        let mut at = 0;
        for pair in diffs.chunks(2) {
            at += pair[0] as usize;
            let z = i64::from(pair[1]);
            let d = if z % 2 == 0 { z / 2 } else { -(z + 1) / 2 };
            shared[at].1 = (i64::from(shared[at].1) + d) as u32;
            at += 1;
        }
        out.extend(shared);
        out.sort_unstable();
        out
    }

    /// Postings: documents ascending, each once, with a frequency of at least one.
    fn a_list() -> impl proptest::strategy::Strategy<Value = Vec<(u32, u32)>> {
        use proptest::prelude::*;
        prop::collection::btree_map(0u32..3000, 1u32..70, 0..120)
            .prop_map(|m| m.into_iter().collect())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Whatever two lists, one written against the other reads back as itself.
        #[test]
        fn a_list_written_against_another_reads_back(
            list in a_list(),
            base in a_list(),
            overlap in proptest::collection::vec((0usize..120, -3i64..4), 0..60),
        ) {
            // Most of a bigram's documents are its word's, most at the word's frequency.
            let mut list: std::collections::BTreeMap<u32, u32> = list.into_iter().collect();
            for (i, d) in overlap {
                if let Some(&(doc, tf)) = base.get(i % base.len().max(1)) {
                    list.insert(doc, (i64::from(tf) + d).max(1) as u32);
                }
            }
            let list: Vec<(u32, u32)> = list.into_iter().collect();
            let written = delta(&list, &base);
            proptest::prop_assert_eq!(undelta(&written, &base), list.clone());
            proptest::prop_assert_eq!(decode_postings(&postings(&list)), list);
        }
    }

    #[test]
    fn a_list_is_written_as_runs_of_its_words_documents_differences_and_its_own() {
        let word = [(1, 2), (4, 1), (6, 3), (9, 1), (12, 5)];
        // In: 1, 4 (tf 1 → 2), 9; out: 6; 12 left out; its own: 0 and 20 (tf 7).
        let bigram = [(0, 1), (1, 2), (4, 2), (9, 1), (20, 7)];
        assert_eq!(delta(&bigram, &word), "<211.12.0K.17");
        assert_eq!(undelta("<211.12.0K.17", &word), bigram);
        // The same documents at the same frequencies: one run, nothing else.
        assert_eq!(delta(&word, &word), "<5...");
        // Nothing shared: an empty run in, and the list as postings.
        assert_eq!(delta(&[(3, 1)], &word), "<0..3.");
    }

    #[test]
    fn a_part_key_is_the_shortest_prefix_after_the_part_before() {
        assert_eq!(separator("cell", "cellular"), "cellu");
        assert_eq!(separator("apple", "banana"), "b");
        assert_eq!(separator("줄기", "줄기세포"), "줄기세");
        // UTF-16 order: U+FF5E sorts after U+1F600, whose first code unit is a surrogate.
        assert_eq!(separator("a\u{1F600}", "a\u{FF5E}b"), "a\u{FF5E}");
    }

    #[test]
    fn front_coded_keys_share_whole_characters_with_the_key_before() {
        let keys: Vec<String> = [
            "",
            "cell",
            "cellu",
            "ce",
            "幹細",
            "幹胞",
            "a\u{1F600}b",
            "a\u{1F601}",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let coded = front_coded(&keys);
        assert_eq!(
            coded.lines().take(4).collect::<Vec<_>>(),
            ["0", "0cell", "4u", "2"]
        );
        // The two emoji share their high surrogate, but a line never begins inside a pair.
        assert!(coded.ends_with("\n1\u{1F601}"), "{coded:?}");
        assert_eq!(unfront(&coded), keys);
        let long = vec!["x".repeat(70), "x".repeat(71)];
        assert_eq!(unfront(&front_coded(&long)), long);
    }

    #[test]
    fn the_digits_are_distinct_and_need_no_escaping() {
        let set: BTreeSet<u8> = DIGITS.iter().copied().collect();
        assert_eq!(set.len(), 64);
        assert!(
            DIGITS
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || b"-_".contains(c))
        );
        assert!(!DIGITS.contains(&(TF_MARK as u8)) && TF_MARK != ' ');
    }
}
