//! The glossary of each language as a whole: names (terms and aliases) that two terms share,
//! which would link a reader to the wrong definition, and terms no page of the language uses.

use std::collections::{BTreeMap, HashSet};

use pulldown_cmark::{Event, Parser};

use super::Text;
use crate::content::Kind;
use crate::content::markdown::TermMatcher;
use crate::diagnostics::{Diagnostic, Position};

/// A name of a term as written, with where.
struct Name<'a> {
    doc: &'a Text<'a>,
    name: &'a str,
    at: Option<Position>,
}

/// `complete`: every content file could be read; when one could not, the pages that use a term
/// may be the ones missing, and unused terms are not reported (a cascade, not a mistake).
pub(super) fn check(texts: &[Text], complete: bool, diags: &mut Vec<Diagnostic>) {
    let mut by_lang: BTreeMap<&str, Vec<&Text>> = BTreeMap::new();
    for t in texts {
        by_lang.entry(t.doc.lang.as_str()).or_default().push(t);
    }
    for docs in by_lang.values() {
        collisions(docs, diags);
        if complete {
            unused(docs, diags);
        }
    }
}

/// Where `value` is written in the front matter of `doc`, after the line of `key`.
fn locate(text: &Text, key: &str, value: &str) -> Option<Position> {
    let front = &text.src.text[..text.doc.body.start];
    let key_at = front
        .match_indices(&format!("{key}:"))
        .find(|(i, _)| *i == 0 || front.as_bytes()[i - 1] == b'\n')?
        .0;
    let at = front[key_at..].find(value).map_or(key_at, |i| key_at + i);
    Some(text.src.position(at))
}

fn collisions<'a>(texts: &[&'a Text<'a>], diags: &mut Vec<Diagnostic>) {
    let mut seen: BTreeMap<String, Name> = BTreeMap::new();
    for &text in texts {
        let doc = text.doc;
        let Kind::Glossary(term) = &doc.kind else {
            continue;
        };
        let names = std::iter::once((term.term.as_str(), "term"))
            .chain(term.aliases.iter().map(|a| (a.as_str(), "aliases")));
        for (name, key) in names {
            let folded = name.trim().to_lowercase();
            if folded.is_empty() {
                continue;
            }
            let here = Name {
                doc: text,
                name,
                at: locate(text, key, name),
            };
            match seen.get(&folded) {
                Some(first) if first.doc.doc.rel != doc.rel => {
                    let place = first
                        .at
                        .map(|p| {
                            format!("{}:{}:{}", first.doc.doc.path.display(), p.line, p.column)
                        })
                        .unwrap_or_else(|| first.doc.doc.path.display().to_string());
                    diags.push(
                        Diagnostic::error(
                            &doc.path,
                            here.at,
                            format!(
                                "glossary name `{name}` is also a name of the term `{}` (as `{}`)",
                                first.doc.doc.id(),
                                first.name
                            ),
                        )
                        .with_hint(format!(
                            "a name links to one definition only; remove it from one of the two terms (the other is at {place})"
                        ))
                        .with_source(&text.src),
                    );
                }
                Some(_) => {}
                None => {
                    seen.insert(folded, here);
                }
            }
        }
    }
}

/// Terms whose names appear in no other document of the language: not in a page's text, its
/// title, or another term's definition.
fn unused(texts: &[&Text], diags: &mut Vec<Diagnostic>) {
    let terms: Vec<(&Text, Vec<String>)> = texts
        .iter()
        .filter_map(|d| match &d.doc.kind {
            Kind::Glossary(t) => Some((
                *d,
                std::iter::once(t.term.clone())
                    .chain(t.aliases.iter().cloned())
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    if terms.is_empty() {
        return;
    }
    let entries: Vec<(String, Vec<String>)> = terms
        .iter()
        .map(|(d, names)| (d.doc.rel.clone(), names.clone()))
        .collect();
    let matcher = TermMatcher::new(&entries);
    let mut used: HashSet<usize> = HashSet::new();
    for text in texts {
        let own = matcher.ids.iter().position(|id| *id == text.doc.rel);
        let mut found = |text: &str| {
            // `find` skips the terms given; asking again until nothing is left finds each term
            // the text holds, once.
            let mut skip: HashSet<usize> = own.into_iter().collect();
            while let Some((_, t)) = matcher.find(text, &skip) {
                skip.insert(t);
                used.insert(t);
            }
        };
        found(text.doc.title());
        for event in Parser::new_ext(text.body(), crate::content::markdown::options()) {
            if let Event::Text(t) | Event::Code(t) = event {
                found(&t);
            }
        }
    }
    for (i, (text, _)) in terms.iter().enumerate() {
        if !used.contains(&i) {
            let doc = text.doc;
            let Kind::Glossary(t) = &doc.kind else {
                continue;
            };
            diags.push(
                Diagnostic::warning(
                    &doc.path,
                    locate(text, "term", &t.term),
                    format!(
                        "glossary term `{}` is used on no page in `{}`",
                        t.term, doc.lang
                    ),
                )
                .with_hint("use the term (or one of its `aliases`) where it helps a reader, add the form the pages use to `aliases`, or remove the term")
                .with_source(&text.src),
            );
        }
    }
}
