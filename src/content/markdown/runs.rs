//! Runs of rendered text that need markup of their own: Korean quoted in a page of another
//! language (`<span lang="ko">`, so that it is read aloud, broken into lines and shown in a font
//! as Korean), and phone numbers, e-mail addresses and URLs in right-to-left text
//! (`<bdi dir="ltr">`, so that the bidirectional algorithm does not reorder their parts: an
//! isolated `+82-2-6365-2242` would otherwise show as `82-2-6365-2242+`). Phone numbers in
//! every language get `class="phone"`, which keeps them on one line: a number broken at a hyphen,
//! `+82-2-` on one line and `6365-2242` on the next, is easily misdialled from a phone's screen.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// Which runs to mark in the text of one document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marking {
    /// The document is not in Korean: wrap Hangul in `<span lang="ko">`.
    pub korean: bool,
    /// The document runs right to left: isolate phone numbers, e-mail addresses and URLs.
    pub isolate_ltr: bool,
}

/// Marks the text events of rendered `events` (text nodes only: never attributes, image
/// descriptions, inline code or code blocks).
pub fn mark(events: Vec<Event<'_>>, marking: Marking) -> Vec<Event<'_>> {
    // Links are isolated as a whole, decided on their whole text and destination.
    let isolated: HashSet<usize> = events
        .iter()
        .enumerate()
        .filter(|_| marking.isolate_ltr)
        .filter_map(|(i, e)| match e {
            Event::Start(Tag::Link { dest_url, .. }) => {
                let text = link_text(&events[i + 1..link_end(&events, i)]);
                (dest_url.starts_with("mailto:")
                    || dest_url.starts_with("tel:")
                    || is_ltr_literal(&text))
                .then_some(i)
            }
            _ => None,
        })
        .collect();
    let mut out = Vec::with_capacity(events.len());
    // Open elements, each with whether its text is left as it is: code blocks, images (their
    // text becomes the `alt` attribute) and links isolated as a whole.
    let mut open: Vec<bool> = Vec::new();
    for (i, event) in events.into_iter().enumerate() {
        let plain = open.iter().any(|&p| p);
        match event {
            Event::Start(tag) => {
                let isolate = isolated.contains(&i);
                if isolate {
                    out.push(Event::Html(CowStr::from("<bdi dir=\"ltr\">")));
                }
                open.push(isolate || matches!(tag, Tag::CodeBlock(_) | Tag::Image { .. }));
                out.push(Event::Start(tag));
            }
            Event::End(end) => {
                // Only an isolated link is left as it is and ends a link.
                let isolated = open.pop() == Some(true) && matches!(end, TagEnd::Link);
                out.push(Event::End(end));
                if isolated {
                    out.push(Event::Html(CowStr::from("</bdi>")));
                }
            }
            Event::Text(text) if !plain => split(text, marking, &mut out),
            other => out.push(other),
        }
    }
    out
}

/// The index of the `End(Link)` that closes the link starting at `start`.
fn link_end(events: &[Event], start: usize) -> usize {
    let mut depth = 0usize;
    for (i, e) in events.iter().enumerate().skip(start) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    events.len()
}

fn link_text(events: &[Event]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect()
}

/// Pushes `text` as text events, with the runs `marking` asks for wrapped.
fn split<'a>(text: CowStr<'a>, marking: Marking, out: &mut Vec<Event<'a>>) {
    let mut runs: Vec<(Range<usize>, &str, &str)> = Vec::new();
    if marking.korean {
        runs.extend(
            hangul_runs(&text)
                .into_iter()
                .map(|r| (r, "<span lang=\"ko\">", "</span>")),
        );
    }
    let literals = if marking.isolate_ltr {
        ltr_literals(&text)
    } else {
        Vec::new()
    };
    let phones = phone_runs(&text);
    for r in &literals {
        let open = if phones.contains(r) {
            "<bdi dir=\"ltr\" class=\"phone\">"
        } else {
            "<bdi dir=\"ltr\">"
        };
        runs.push((r.clone(), open, "</bdi>"));
    }
    runs.extend(
        phones
            .into_iter()
            .filter(|p| !literals.iter().any(|l| l.start < p.end && p.start < l.end))
            .map(|r| (r, "<span class=\"phone\">", "</span>")),
    );
    if runs.is_empty() {
        out.push(Event::Text(text));
        return;
    }
    // Hangul is never part of a phone number, address or URL, so the runs do not overlap.
    runs.sort_by_key(|(r, ..)| r.start);
    let mut at = 0;
    for (range, open, close) in runs {
        if range.start > at {
            out.push(Event::Text(CowStr::from(text[at..range.start].to_owned())));
        }
        out.push(Event::Html(CowStr::from(open)));
        out.push(Event::Text(CowStr::from(text[range.clone()].to_owned())));
        out.push(Event::Html(CowStr::from(close)));
        at = range.end;
    }
    if at < text.len() {
        out.push(Event::Text(CowStr::from(text[at..].to_owned())));
    }
}

pub use crate::search::analyzer::is_hangul;

/// Runs of Korean: Hangul, with the spaces, digits and joining marks between Hangul words
/// (`첨단재생의료 치료계획`, `제2조`, `세포·조직`), but not those around it.
pub fn hangul_runs(text: &str) -> Vec<Range<usize>> {
    let inner = |c: char| c.is_whitespace() || c.is_ascii_digit() || matches!(c, '·' | '-' | '‧');
    let mut runs = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_hangul(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        // Extend over Hangul, and over inner characters when Hangul follows them.
        let rest = &text[end..];
        let mut offset = 0;
        let mut pending = 0;
        for ch in rest.chars() {
            if is_hangul(ch) {
                offset += pending + ch.len_utf8();
                pending = 0;
            } else if inner(ch) {
                pending += ch.len_utf8();
            } else {
                break;
            }
        }
        end += offset;
        runs.push(start..end);
        while chars.peek().is_some_and(|(i, _)| *i < end) {
            chars.next();
        }
    }
    runs
}

/// Phone numbers, e-mail addresses and URLs: text that is read left to right whatever the
/// language around it. A phone number is marked when its order could break in right-to-left
/// text: with a leading `+` or groups separated by spaces (`02-6365-2242`, digits joined by
/// hyphens, keeps its order on its own).
pub fn ltr_literals(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let found = url_at(rest)
            .or_else(|| email_at(text, i))
            .or_else(|| phone_at(text, i));
        match found {
            Some(len) => {
                out.push(i..i + len);
                i += len;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Whether all of `text` (a link's text) is a phone number, e-mail address or URL.
pub fn is_ltr_literal(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && (url_at(text) == Some(text.len())
            || email_at(text, 0) == Some(text.len())
            || phone_len(text, true) == Some(text.len())
            || is_domain(text))
}

/// `www.k-arm.go.kr`, as link text often gives a site's address.
fn is_domain(text: &str) -> bool {
    let labels: Vec<&str> = text.trim_end_matches('/').split('.').collect();
    labels.len() >= 2
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// Length of a URL starting `rest`: a scheme or `www.`, then everything up to a space or a
/// non-ASCII character, less trailing punctuation (the sentence's, not the URL's).
fn url_at(rest: &str) -> Option<usize> {
    let starts = ["https://", "http://", "www."];
    let prefix = starts.iter().find(|p| {
        rest.get(..p.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(p))
    })?;
    let len = rest
        .find(|c: char| !c.is_ascii_graphic())
        .unwrap_or(rest.len());
    let url = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'', '"']);
    (url.len() > prefix.len()).then_some(url.len())
}

fn email_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

/// Length of an e-mail address starting at `i` in `text` (and not in the middle of a word).
fn email_at(text: &str, i: usize) -> Option<usize> {
    let before = text[..i].chars().next_back();
    if before.is_some_and(email_char) {
        return None;
    }
    let rest = &text[i..];
    let local = rest.find(|c: char| !email_char(c)).unwrap_or(rest.len());
    if local == 0 || !rest[local..].starts_with('@') {
        return None;
    }
    let domain = &rest[local + 1..];
    let len = domain
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(domain.len());
    let domain = domain[..len].trim_end_matches(['.', '-']);
    is_domain(domain).then_some(local + 1 + domain.len())
}

/// Phone numbers in `text`, in any form (`+82-2-6365-2242`, `02 6365 2242`), outside URLs
/// and e-mail addresses.
pub fn phone_runs(text: &str) -> Vec<Range<usize>> {
    // Most text has no number at all.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // An ASCII byte is a character's start, so `i` may cut the text there.
        if (bytes[i] == b'+' || bytes[i].is_ascii_digit())
            && text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '+'))
            && let Some(len) = phone_len(&text[i..], true)
        {
            // A date written 2025-02-21 is not a number to dial.
            let iso_date = len == 10 && text[i..i + len].split('-').map(str::len).eq([4, 2, 2]);
            if !iso_date {
                out.push(i..i + len);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    // Digits in a URL or an address are theirs.
    if !out.is_empty() && (text.contains('@') || text.contains("://") || text.contains("www.")) {
        let others: Vec<Range<usize>> = ltr_literals(text)
            .into_iter()
            .filter(|r| phone_len(&text[r.clone()], true) != Some(r.len()))
            .collect();
        out.retain(|p| !others.iter().any(|o| o.start < p.end && p.start < o.end));
    }
    out
}

/// Length of a phone number starting at `i` in `text` that needs isolating, if one does.
fn phone_at(text: &str, i: usize) -> Option<usize> {
    let before = text[..i].chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric() || c == '+') {
        return None;
    }
    phone_len(&text[i..], false)
}

/// Length of the phone number starting `rest`: an optional `+`, then groups of digits separated
/// by one hyphen, space or dot, seven digits at least. Unless `any`, only one that bidi could
/// reorder (with a `+` or a space).
fn phone_len(rest: &str, any: bool) -> Option<usize> {
    let bytes = rest.as_bytes();
    let plus = bytes.first() == Some(&b'+');
    let mut i = usize::from(plus);
    let (mut digits, mut groups, mut spaced) = (0, 0, false);
    let mut end = 0;
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            break;
        }
        digits += i - start;
        groups += 1;
        end = i;
        match bytes.get(i) {
            Some(b'-' | b'.' | b' ') if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                spaced |= bytes[i] == b' ';
                i += 1;
            }
            _ => break,
        }
    }
    let after = rest[end..].chars().next();
    // Korean and Japanese write a particle straight after a number (`+82-2-6365-2242로`).
    let whole = after.is_none_or(|c| !c.is_ascii_alphanumeric());
    (digits >= 7 && groups >= 2 && whole && (any || plus || spaced)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str, f: fn(&str) -> Vec<Range<usize>>) -> Vec<&str> {
        f(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn phone_runs_find_numbers_in_any_form_but_not_in_urls_dates_or_words() {
        assert_eq!(
            runs(
                "Call +82-2-6365-2242 or 02 6365 2260, not 2025-02-21.",
                phone_runs
            ),
            ["+82-2-6365-2242", "02 6365 2260"]
        );
        assert_eq!(
            runs(
                "Since 2025, at https://example.org/02-6365-2242 or a1234-5678-90",
                phone_runs
            ),
            Vec::<&str>::new()
        );
        // Korean and Japanese particles touch the number on either side.
        assert_eq!(
            runs(
                "번호는 +82-2-6365-2242로, 一覧には+82-2-6365-2242と",
                phone_runs
            ),
            ["+82-2-6365-2242", "+82-2-6365-2242"]
        );
    }

    #[test]
    fn hangul_runs_take_the_spaces_between_korean_words_but_not_around_them() {
        assert_eq!(
            runs(
                "A treatment plan (첨단재생의료 치료계획) is approved.",
                hangul_runs
            ),
            ["첨단재생의료 치료계획"]
        );
        assert_eq!(
            runs("(재생의료기관, in full 첨단재생의료실시기관)", hangul_runs),
            ["재생의료기관", "첨단재생의료실시기관"]
        );
        assert_eq!(
            runs("법 제2조 and 세포·조직 ", hangul_runs),
            ["법 제2조", "세포·조직"]
        );
        assert_eq!(runs("no Korean 2025 here", hangul_runs), Vec::<&str>::new());
        assert_eq!(
            runs("先端再生医療（첨단재생의료）とは", hangul_runs),
            ["첨단재생의료"]
        );
    }

    #[test]
    fn phone_numbers_addresses_and_urls_are_found_in_text() {
        assert_eq!(
            runs(
                "ts@rmaf.kr، +82-2-6365-2242. راجع https://www.k-arm.go.kr/a?b=1، أو 02 6365 2242",
                ltr_literals
            ),
            [
                "ts@rmaf.kr",
                "+82-2-6365-2242",
                "https://www.k-arm.go.kr/a?b=1",
                "02 6365 2242"
            ]
        );
        // Digits joined by hyphens keep their order without help; dates and years are left alone.
        assert_eq!(
            runs("اتصل 1577-1255 في 2025-01-10 أو 2025", ltr_literals),
            Vec::<&str>::new()
        );
        assert_eq!(
            runs("a+82-2-1234-5678 x@y", ltr_literals),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn link_text_is_a_literal_when_all_of_it_is_one() {
        for text in [
            "ts@rmaf.kr",
            "www.k-arm.go.kr",
            "edu.rmaf.kr",
            "https://edu.rmaf.kr/",
            "+82-2-6365-2242",
            "1577-1255",
        ] {
            assert!(is_ltr_literal(text), "{text}");
        }
        for text in ["فريق الاعتماد", "call +82-2-6365-2242", "e.g", "CAR-T"] {
            assert!(!is_ltr_literal(text), "{text}");
        }
    }
}
