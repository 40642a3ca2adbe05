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
    let mut previous = 0;
    for &(doc, _) in list {
        push_number(&mut out, doc - previous);
        previous = doc;
    }
    out.push(TF_MARK);
    if list.iter().any(|&(_, tf)| tf != 1) {
        for &(_, tf) in list {
            push_number(&mut out, tf);
        }
    }
    out
}

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
        let mut out = Vec::new();
        let (mut n, mut shift) = (0u32, 0);
        for c in s.bytes() {
            let d = DIGITS.iter().position(|&x| x == c).unwrap() as u32;
            n |= (d & 31) << shift;
            if d < 32 {
                out.push(n);
                n = 0;
                shift = 0;
            } else {
                shift += 5;
            }
        }
        out
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
