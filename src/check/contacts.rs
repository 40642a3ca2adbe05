//! Contacts that disagree with themselves: the same e-mail address or the same team (a contact
//! page, in any language) given two different phone numbers anywhere in the content.
//!
//! A contact's own front matter says which phone goes with its e-mail and its page. A block of
//! text (paragraph, list item, table cell) says so too when it names one contact only, by its
//! e-mail address and/or a link to its page, and holds exactly one phone number: that is how a
//! patient reads "write to ts@rmaf.kr or call +82-2-...". A block that names two contacts, or
//! holds two numbers (such as a note that a source prints another number), pairs no number
//! with a contact.

use std::collections::{BTreeMap, HashMap, HashSet};

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::Text;
use crate::content::markdown::resolve_link;
use crate::content::{Collection, Kind};
use crate::diagnostics::{Diagnostic, Position};

/// What a phone number is given for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Email(String),
    /// A contact page, by its identity across languages (`contacts/<id>.md`).
    Team(String),
}

impl Key {
    fn describe(&self) -> String {
        match self {
            Key::Email(e) => format!("the e-mail address `{e}`"),
            Key::Team(rel) => format!("the contact `{rel}`"),
        }
    }
}

/// One place that pairs a phone number with a contact.
struct Claim<'a> {
    key: Key,
    /// The number as written.
    phone: String,
    /// Its digits in international form, for comparing.
    digits: String,
    text: &'a Text<'a>,
    at: Option<Position>,
}

pub(super) fn check<'a>(texts: &'a [Text<'a>], diags: &mut Vec<Diagnostic>) {
    // Contact files first, so that they are the reference the text is compared with.
    let mut claims: Vec<Claim> = Vec::new();
    let mut teams: HashMap<String, String> = HashMap::new();
    for Text { doc, .. } in texts {
        if let Kind::Contact(c) = &doc.kind
            && let Some(email) = &c.email
        {
            teams.insert(email.trim().to_lowercase(), doc.rel.clone());
        }
    }
    for text in texts {
        let doc = text.doc;
        if let Kind::Contact(c) = &doc.kind
            && let Some(phone) = &c.phone
            && let Some(digits) = normalize(phone)
        {
            let at = locate_phone(text, phone);
            let mut keys = vec![Key::Team(doc.rel.clone())];
            keys.extend(c.email.iter().map(|e| Key::Email(e.trim().to_lowercase())));
            for key in keys {
                claims.push(Claim {
                    key,
                    phone: phone.clone(),
                    digits: digits.clone(),
                    text,
                    at,
                });
            }
        }
    }
    for text in texts {
        body_claims(text, &teams, &mut claims);
    }
    let mut first: BTreeMap<&Key, &Claim> = BTreeMap::new();
    // A block that names a contact by its e-mail and its page claims the number twice; one
    // message is enough.
    let mut reported: HashSet<(&std::path::Path, Option<Position>)> = HashSet::new();
    for claim in &claims {
        match first.get(&claim.key) {
            None => {
                first.insert(&claim.key, claim);
            }
            Some(reference)
                if reference.digits != claim.digits
                    && reported.insert((claim.text.doc.path.as_path(), claim.at)) =>
            {
                let place = match reference.at {
                    Some(p) => format!(
                        "{}:{}:{}",
                        reference.text.doc.path.display(),
                        p.line,
                        p.column
                    ),
                    None => reference.text.doc.path.display().to_string(),
                };
                diags.push(
                    Diagnostic::error(
                        &claim.text.doc.path,
                        claim.at,
                        format!(
                            "phone `{}` for {}, which has the phone `{}` at {place}",
                            claim.phone,
                            claim.key.describe(),
                            reference.phone
                        ),
                    )
                    .with_hint("give one contact one number everywhere; if a source prints another, say so in a sentence of its own with both numbers")
                    .with_source(&claim.text.src),
                );
            }
            Some(_) => {}
        }
    }
}

/// Where the `phone:` value of a contact's front matter is written.
fn locate_phone(text: &Text, phone: &str) -> Option<Position> {
    let front = &text.src.text[..text.doc.body.start];
    let key = front.find("\nphone:")? + 1;
    let at = front[key..].find(phone).map_or(key, |i| key + i);
    Some(text.src.position(at))
}

/// A block being read: the contacts it names and the phone numbers it holds.
#[derive(Default)]
struct Block {
    keys: Vec<Key>,
    /// (number as written, digits, offset in the file)
    phones: Vec<(String, String, usize)>,
}

fn body_claims<'a>(
    text: &'a Text<'a>,
    teams: &HashMap<String, String>,
    claims: &mut Vec<Claim<'a>>,
) {
    let doc = text.doc;
    let mut stack: Vec<Block> = Vec::new();
    for (event, range) in
        Parser::new_ext(text.body(), crate::content::markdown::options()).into_offset_iter()
    {
        match event {
            Event::Start(Tag::Paragraph | Tag::Item | Tag::TableCell | Tag::Heading { .. }) => {
                stack.push(Block::default());
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::Heading(_),
            ) => {
                if let Some(block) = stack.pop() {
                    close(text, block, teams, claims);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let Some(block) = stack.last_mut() else {
                    continue;
                };
                if let Some(mail) = dest_url.strip_prefix("mailto:") {
                    block.keys.push(Key::Email(mail.trim().to_lowercase()));
                } else if let Ok(Some(target)) = resolve_link(&doc.rel, &dest_url)
                    && Collection::of(&target.rel) == Collection::Contact
                {
                    block.keys.push(Key::Team(target.rel));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                let Some(block) = stack.last_mut() else {
                    continue;
                };
                let start = doc.body.start + range.start;
                // Text with escapes is shorter than its source; point at the event then.
                let exact = text.src.text.get(start..start + t.len()) == Some(&*t);
                for email in emails(&t) {
                    block.keys.push(Key::Email(email.to_lowercase()));
                }
                for (i, phone) in phones(&t) {
                    if let Some(digits) = normalize(phone) {
                        let at = if exact { start + i } else { start };
                        block.phones.push((phone.to_owned(), digits, at));
                    }
                }
            }
            _ => {}
        }
    }
}

fn close<'a>(
    text: &'a Text<'a>,
    mut block: Block,
    teams: &HashMap<String, String>,
    claims: &mut Vec<Claim<'a>>,
) {
    block.keys.sort();
    block.keys.dedup();
    let Some((phone, digits, at)) = block.phones.first() else {
        return;
    };
    if block.phones.iter().any(|(_, d, _)| d != digits) {
        return;
    }
    // An e-mail address of a contact file and a link to that file name the same contact.
    let mut contacts: Vec<&Key> = block
        .keys
        .iter()
        .filter(|k| match k {
            Key::Email(e) => !teams
                .get(e)
                .is_some_and(|rel| block.keys.contains(&Key::Team(rel.clone()))),
            Key::Team(_) => true,
        })
        .collect();
    contacts.dedup();
    let same: Vec<&str> = contacts
        .iter()
        .map(|k| match k {
            Key::Email(e) => teams.get(e).map_or(e.as_str(), String::as_str),
            Key::Team(rel) => rel.as_str(),
        })
        .collect();
    if same.windows(2).any(|w| w[0] != w[1]) {
        return;
    }
    for key in block.keys {
        claims.push(Claim {
            key,
            phone: phone.clone(),
            digits: digits.clone(),
            text,
            at: Some(text.src.position(*at)),
        });
    }
}

/// E-mail addresses in running text.
fn emails(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || "._%+-@".contains(c)))
        .map(|w| w.trim_matches('.'))
        .filter(|w| {
            w.split_once('@')
                .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
        })
        .collect()
}

/// Phone numbers in running text, with their byte offsets: a `+` and digits, or a Korean
/// number starting with 0, with `-`, `.` or spaces between groups.
fn phones(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts = (bytes[i] == b'+' || bytes[i] == b'0')
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-'));
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit()
                || (b"- .".contains(&bytes[end])
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
        {
            end += 1;
        }
        let candidate = &text[i..end];
        let digits = candidate.chars().filter(char::is_ascii_digit).count();
        if (9..=15).contains(&digits) && candidate.contains(['-', ' ', '.', '+']) {
            out.push((i, candidate));
        }
        i = end.max(i + 1);
    }
    out
}

/// The digits of a number in international form (a Korean `0…` number gets `82` for its 0),
/// or `None` when it is too short or long to be a phone number.
fn normalize(phone: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let digits = if phone.trim_start().starts_with('+') {
        digits
    } else {
        format!("82{}", digits.strip_prefix('0')?)
    };
    (9..=15).contains(&digits.len()).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_found_in_both_forms_and_dates_are_not() {
        assert_eq!(
            phones("Call +82-2-6365-2242 or 02-6365-2242 (9-18h), reviewed 2025-02-28."),
            [(5, "+82-2-6365-2242"), (24, "02-6365-2242")]
        );
        assert_eq!(normalize("02-6365-2242"), normalize("+82 2 6365 2242"));
    }

    #[test]
    fn emails_are_words_with_a_domain() {
        assert_eq!(emails("Write to ts@rmaf.kr, or see @home."), ["ts@rmaf.kr"]);
    }
}
