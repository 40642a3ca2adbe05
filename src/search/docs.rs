//! Search documents: what the index holds for each language — every section of every guide
//! page (split at h2 and h3, so a result opens at its heading), every glossary term, FAQ entry,
//! risk tier, contact and institution.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::content::{Document, Kind, SourceError};
use crate::i18n::Messages;
use crate::model::Site;
use crate::render::{isolation, urls};

/// One searchable thing, with the text of each field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDoc {
    /// glossary, faq, tier, contact, institution or page.
    pub kind: &'static str,
    pub title: String,
    /// The title is a name in another language than the index's (an institution without a
    /// name in it, shown by its English name): it is searched as one of the other names, not
    /// as the title. A word of a foreign name is rare among the titles, and counted as a title
    /// it outweighed a term with both words of a query among its names: "stem cell" on the
    /// Japanese site ranked two labs named "... Cell Processing ..." above 幹細胞.
    pub foreign_title: bool,
    /// Other names: glossary aliases and the term in every other language, institution names.
    pub aliases: String,
    /// Where the document belongs: the page of a section, the organization of a contact.
    pub headings: String,
    pub body: String,
    /// URL relative to the site root, with the anchor of the section or entry.
    pub url: String,
    /// An institution's status key (active, suspended, revoked): its result shows it.
    pub status: Option<&'static str>,
}

impl SearchDoc {
    /// The text each field of the index searches (see `index::FIELDS`).
    pub fn fields(&self) -> [&str; 4] {
        let title = if self.foreign_title { "" } else { &self.title };
        [title, &self.aliases, &self.headings, &self.body]
    }

    /// Its other names as a result shows them: its aliases, less a foreign title, which is
    /// searched among them but shown as the title already.
    pub fn other_names(&self) -> String {
        if self.foreign_title {
            other_names(&self.title, self.aliases.split(NAMES_BETWEEN).collect())
        } else {
            self.aliases.clone()
        }
    }
}

/// What stands between two of a document's other names.
const NAMES_BETWEEN: &str = " · ";

/// The bytes of the bodies the search documents of `lang` are made from, known before any is
/// read: how large the language's index will be, near enough to lay it out by before the pages
/// that load it are written (see `export::key_groups`).
pub fn text_bytes(site: &Site, lang: &str) -> usize {
    site.pages
        .iter()
        .filter_map(|rel| site.doc(lang, rel))
        .map(|(doc, _)| doc.body.len())
        .sum()
}

/// The search documents of `lang`, in a fixed order. Each body is read again from its file.
pub fn documents(
    site: &Site,
    messages: &Messages,
    lang: &str,
) -> Result<Vec<SearchDoc>, SourceError> {
    let mut out = Vec::new();
    for rel in &site.pages {
        let Some((doc, _)) = site.doc(lang, rel) else {
            continue;
        };
        let src = doc.source()?;
        let text = &src.text[doc.body.clone()];
        let (path, anchor) = urls::target(rel);
        let url = match &anchor {
            Some(a) => format!("{lang}/{}#{a}", urls::encode_path(&path)),
            None => format!("{lang}/{}", urls::encode_path(&path)),
        };
        match &doc.kind {
            Kind::Page => out.extend(sections(doc, text, lang, &path)),
            Kind::Glossary(t) => {
                let mut names: Vec<&str> = t.aliases.iter().map(String::as_str).collect();
                // The reading (kana, pinyin, zhuyin) is how a reader without the characters at
                // hand types the term.
                names.extend(t.reading.as_deref());
                for other in site.config.languages.iter().filter(|l| *l != lang) {
                    if let Some((d, c)) = site.doc(other, rel)
                        && let (Kind::Glossary(o), false) = (&d.kind, c.fallback)
                    {
                        names.push(&o.term);
                        names.extend(o.aliases.iter().map(String::as_str));
                    }
                }
                out.push(SearchDoc {
                    kind: "glossary",
                    foreign_title: false,
                    status: None,
                    title: t.term.clone(),
                    aliases: other_names(&t.term, names),
                    headings: String::new(),
                    body: plain_text(text),
                    url,
                });
            }
            Kind::Faq(f) => out.push(SearchDoc {
                kind: "faq",
                foreign_title: false,
                status: None,
                title: f.question.clone(),
                aliases: String::new(),
                headings: String::new(),
                body: plain_text(text),
                url,
            }),
            Kind::RiskTier(t) => {
                let mut body = String::new();
                for part in [t.who_may_deliver.as_deref(), t.approval.as_deref()]
                    .into_iter()
                    .flatten()
                {
                    body.push_str(part);
                    body.push(' ');
                }
                body.push_str(&t.examples.join(" · "));
                body.push(' ');
                body.push_str(&plain_text(text));
                out.push(SearchDoc {
                    kind: "tier",
                    foreign_title: false,
                    status: None,
                    title: doc.title().to_owned(),
                    aliases: String::new(),
                    headings: String::new(),
                    body,
                    url,
                });
            }
            Kind::Contact(c) => {
                let topics: Vec<String> = c
                    .topics
                    .iter()
                    .filter_map(|t| messages.get(lang, &format!("topic-{t}"), None))
                    .map(|text| isolation::strip(&text))
                    .collect();
                let mut body = [c.phone.as_deref(), c.email.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                body.push(' ');
                body.push_str(&plain_text(text));
                out.push(SearchDoc {
                    kind: "contact",
                    foreign_title: false,
                    status: None,
                    title: c.name.clone(),
                    aliases: topics.join(" · "),
                    headings: c.organization.clone().unwrap_or_default(),
                    body,
                    url,
                });
            }
        }
    }
    if let Some(export) = &site.export {
        for inst in &export.institutions {
            let label =
                |key: String| isolation::strip(&messages.get(lang, &key, None).unwrap_or_default());
            // What the result's snippet shows, one thing after another: apart, so that a
            // reader can tell the district from the kind and one address from the other.
            let body = [
                label(format!("region-{}", inst.region)),
                inst.district.clone().unwrap_or_default(),
                label(format!("kind-{}", inst.kind)),
                label(format!("status-{}", inst.status.key())),
            ]
            .into_iter()
            .chain(inst.fields.iter().map(|f| label(format!("field-{f}"))))
            .chain(inst.address.values().cloned())
            .chain([inst.id.clone()])
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
            let title = inst.name_in(lang);
            let foreign_title = !inst.name.contains_key(lang);
            let names = inst.name.values().map(String::as_str).collect();
            out.push(SearchDoc {
                kind: "institution",
                foreign_title,
                status: Some(inst.status.key()),
                title: title.to_owned(),
                aliases: other_names(if foreign_title { "" } else { title }, names),
                headings: String::new(),
                body,
                url: format!("{lang}/{}", urls::institution(&inst.slug)),
            });
        }
    }
    Ok(out)
}

/// The aliases field of a document titled `title`: its `names` but the title and repeats (in
/// any case: "Stem cell" repeats "stem cell"), one after another. A name counted twice would
/// count twice in the ranking: an institution known only by its English name had it as title
/// and alias, and on the Japanese site "stem cell" ranked two "Cell Processing" labs above the
/// glossary's stem cell.
fn other_names(title: &str, names: Vec<&str>) -> String {
    let mut seen = std::collections::HashSet::from([title.to_lowercase()]);
    names
        .into_iter()
        .filter(|name| seen.insert(name.to_lowercase()))
        .collect::<Vec<_>>()
        .join(NAMES_BETWEEN)
}

/// A guide page as one document per section: the text before the first h2, then each h2 or h3
/// with the text up to the next.
fn sections(doc: &Document, body: &str, lang: &str, path: &str) -> Vec<SearchDoc> {
    let outline = &doc.outline;
    let page_url = format!("{lang}/{}", urls::encode_path(path));
    let mut out = vec![SearchDoc {
        kind: "page",
        foreign_title: false,
        status: None,
        title: doc.title().to_owned(),
        aliases: String::new(),
        headings: String::new(),
        body: String::new(),
        url: page_url.clone(),
    }];
    let mut heading_index = 0;
    let mut in_heading: Option<HeadingLevel> = None;
    for event in Parser::new_ext(
        body,
        Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_HEADING_ATTRIBUTES,
    ) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let heading = outline.get(heading_index);
                heading_index += 1;
                if matches!(level, HeadingLevel::H2 | HeadingLevel::H3)
                    && let Some(h) = heading
                {
                    out.push(SearchDoc {
                        kind: "page",
                        foreign_title: false,
                        status: None,
                        title: h.title.clone(),
                        aliases: String::new(),
                        headings: doc.title().to_owned(),
                        body: String::new(),
                        url: format!("{page_url}#{}", h.id),
                    });
                }
                in_heading = Some(level);
            }
            Event::End(TagEnd::Heading(_)) => in_heading = None,
            Event::Text(t) | Event::Code(t) if in_heading.is_none() => out
                .last_mut()
                .expect("one section at least")
                .body
                .push_str(&t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => {
                out.last_mut().expect("one section at least").body.push(' ');
            }
            _ => {}
        }
    }
    for d in &mut out {
        d.body = d.body.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out
}

/// The text a reader sees in a Markdown body, without markup.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_HEADING_ATTRIBUTES,
    ) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_names_leave_out_the_title_and_repeats_in_any_case() {
        let names = vec![
            "stem cell",
            "줄기세포",
            "Stem cells",
            "줄기세포",
            "STEM CELLS",
        ];
        assert_eq!(other_names("Stem cell", names), "줄기세포 · Stem cells");
    }

    #[test]
    fn a_foreign_title_is_searched_as_another_name() {
        let mut doc = SearchDoc {
            kind: "institution",
            foreign_title: false,
            title: "다온".into(),
            aliases: "Daon".into(),
            headings: String::new(),
            body: "seoul".into(),
            url: "en/institutions/x.html".into(),
            status: Some("active"),
        };
        assert_eq!(doc.fields(), ["다온", "Daon", "", "seoul"]);
        assert_eq!(doc.other_names(), "Daon");
        doc.foreign_title = true;
        doc.aliases = "다온 · Daon".into();
        assert_eq!(doc.fields(), ["", "다온 · Daon", "", "seoul"]);
        // A result shows it as its title, and not again among its other names.
        assert_eq!(doc.other_names(), "Daon");
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            plain_text("A **bold** [link](x.md).\n\n- one\n- two\n"),
            "A bold link . one two"
        );
    }

    #[test]
    fn pages_split_at_h2_and_h3() {
        let mut diags = Vec::new();
        let doc = Document::parse(
            "en",
            "a.md",
            crate::diagnostics::SourceText::new(
                "a.md",
                "---\ntitle: Page\n---\nIntro.\n\n## One {#one}\n\nFirst.\n\n### Sub\n\nSecond.\n",
            ),
            &mut diags,
        )
        .unwrap();
        let src = doc.source().unwrap();
        let s = sections(&doc, &src.text[doc.body.clone()], "en", "a.html");
        let got: Vec<(&str, &str, &str)> = s
            .iter()
            .map(|d| (d.title.as_str(), d.url.as_str(), d.body.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Page", "en/a.html", "Intro."),
                ("One", "en/a.html#one", "First."),
                ("Sub", "en/a.html#sub", "Second.")
            ]
        );
        assert_eq!(s[1].headings, "Page");
    }
}
