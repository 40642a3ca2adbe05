//! Content: the Markdown files of every language, read into one validated type per collection.
//!
//! A file's collection is decided by its folder (`glossary/`, `faq/`, `risk-tiers/`,
//! `contacts/`; anything else is a guide page), its identity across languages by its path
//! relative to the language folder.

pub mod discovery;
pub mod frontmatter;
pub mod markdown;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use jiff::civil::Date;
use thiserror::Error;

use crate::diagnostics::{Diagnostic, Position, SourceText, closest};
use frontmatter::{RawFront, YamlLocator};

/// Which typed collection a content file belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    Page,
    Glossary,
    Faq,
    RiskTier,
    Contact,
}

const COMMON_KEYS: [&str; 8] = [
    "title",
    "description",
    "order",
    "draft",
    "reviewed",
    "safety",
    "source_hash",
    "translator",
];

impl Collection {
    /// The collection of a file at `rel` (relative to its language folder, `/`-separated).
    pub fn of(rel: &str) -> Collection {
        match rel.split_once('/').map(|(dir, _)| dir) {
            Some("glossary") => Collection::Glossary,
            Some("faq") => Collection::Faq,
            Some("risk-tiers") => Collection::RiskTier,
            Some("contacts") => Collection::Contact,
            _ => Collection::Page,
        }
    }

    /// The front-matter keys this collection accepts.
    pub fn keys(self) -> Vec<&'static str> {
        let own: &[&str] = match self {
            Collection::Page => &[],
            Collection::Glossary => &["term", "aliases", "related", "reading"],
            Collection::Faq => &["question", "category"],
            Collection::RiskTier => &["tier", "who_may_deliver", "approval", "examples"],
            Collection::Contact => &["name", "phone", "email", "organization", "topics", "hours"],
        };
        COMMON_KEYS.iter().chain(own).copied().collect()
    }
}

/// Risk tiers, in increasing order of risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TierLevel {
    Low,
    Medium,
    High,
}

impl TierLevel {
    pub const ALL: [(&'static str, TierLevel); 3] = [
        ("low", TierLevel::Low),
        ("medium", TierLevel::Medium),
        ("high", TierLevel::High),
    ];

    pub fn key(self) -> &'static str {
        match self {
            TierLevel::Low => "low",
            TierLevel::Medium => "medium",
            TierLevel::High => "high",
        }
    }
}

/// Topics a contact can be reached for.
pub const TOPICS: [&str; 5] = [
    "report-violation",
    "designation",
    "clinical-research",
    "treatment",
    "education",
];

/// Keys common to every collection.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub description: Option<String>,
    pub order: i64,
    pub draft: bool,
    pub reviewed: Option<Date>,
    pub safety: bool,
    /// The `source_hash` a translation declares, with where it is written.
    pub source_hash: Option<(String, Option<Position>)>,
    /// Who translated this page (shown on translations, with `reviewed` and a source link).
    pub translator: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub term: String,
    pub aliases: Vec<String>,
    /// Related glossary ids, with where each is written (checked once all terms are known).
    pub related: Vec<(String, Option<Position>)>,
    pub reading: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Faq {
    pub question: String,
    pub category: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tier {
    pub tier: TierLevel,
    pub who_may_deliver: Option<String>,
    pub approval: Option<String>,
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub organization: Option<String>,
    pub topics: Vec<String>,
    pub hours: Option<String>,
}

/// What a document is, with its collection's own fields.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Page,
    Glossary(Term),
    Faq(Faq),
    RiskTier(Tier),
    Contact(Contact),
}

/// One content file of one language, parsed and validated.
#[derive(Debug, Clone)]
pub struct Document {
    pub lang: String,
    /// Path relative to the language folder, `/`-separated: the page's identity across languages.
    pub rel: String,
    /// The file, relative to the site root, as messages name it.
    pub path: PathBuf,
    text: Text,
    /// The body's byte range in the file's [`SourceText`].
    pub body: Range<usize>,
    /// The `source_hash` of this file's own body.
    pub hash: String,
    pub meta: Meta,
    pub kind: Kind,
    /// The body's headings, read once here so that the model and incremental rebuilds need
    /// not parse every body again.
    pub outline: Vec<markdown::Heading>,
}

/// Where a document's text is. A build reads every file once to learn its front matter and
/// outline, and its body again only where one is rendered or indexed: holding every text from
/// start to end was, on a large site, a third of the build's memory.
#[derive(Debug, Clone)]
enum Text {
    /// Made from a string (tests, fuzzing): there is no file to read again.
    Held(Arc<SourceText>),
    /// Left in its file, which must not have changed since it was read.
    File { file: PathBuf, stamp: Stamp },
}

/// What tells a file read again from one changed since: its length and modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
        }
    }
}

/// A document's file could not be read again as it was; `path` names it, as messages do.
#[derive(Debug, Error)]
pub enum SourceError {
    #[error("cannot read it again: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{CHANGED}")]
    Changed(PathBuf),
}

/// What a file that changed while the site was being built is told.
const CHANGED: &str = "changed while the site was being built; build again";

impl SourceError {
    /// The error as a problem in the site's files, reported with the others.
    pub fn diagnostic(&self) -> Diagnostic {
        let (SourceError::Io { path, .. } | SourceError::Changed(path)) = self;
        Diagnostic::error(path, None, self.to_string())
    }

    /// Whether `d` is the diagnostic of a file that changed while the site was being built:
    /// `serve` builds again then, instead of showing it, once the save has settled.
    pub fn is_change(d: &Diagnostic) -> bool {
        d.position.is_none() && d.message == CHANGED
    }
}

impl Document {
    /// The file's text, with the body at [`Document::body`]: read again from the file when the
    /// document was read from one.
    pub fn source(&self) -> Result<Arc<SourceText>, SourceError> {
        let (file, stamp) = match &self.text {
            Text::Held(src) => return Ok(Arc::clone(src)),
            Text::File { file, stamp } => (file, stamp),
        };
        let io = |source| SourceError::Io {
            path: self.path.clone(),
            source,
        };
        let (meta, bytes) = read_stamped(file).map_err(io)?;
        if Stamp::of(&meta) != *stamp {
            return Err(SourceError::Changed(self.path.clone()));
        }
        let text = String::from_utf8(bytes).map_err(|_| SourceError::Changed(self.path.clone()))?;
        let src = SourceText::new(&self.path, &text);
        if src.text.get(self.body.clone()).is_none() {
            return Err(SourceError::Changed(self.path.clone()));
        }
        Ok(Arc::new(src))
    }

    /// `diag` with the line it points into, for a message that points into this file: read
    /// again when the file can be read as it was (one that cannot is reported where its body
    /// is needed).
    pub fn quote(&self, diag: Diagnostic) -> Diagnostic {
        if diag.position.is_none() {
            return diag;
        }
        match self.source() {
            Ok(src) => diag.with_source(&src),
            Err(_) => diag,
        }
    }

    /// Leaves the text in `file`, read with `stamp`, to be read again by [`Document::source`].
    pub fn leave_in(&mut self, file: PathBuf, stamp: Stamp) {
        self.text = Text::File { file, stamp };
    }

    /// The id of a collection entry: its file name without `.md`.
    pub fn id(&self) -> &str {
        let name = self.rel.rsplit('/').next().unwrap_or(&self.rel);
        name.strip_suffix(".md").unwrap_or(name)
    }

    pub fn collection(&self) -> Collection {
        Collection::of(&self.rel)
    }

    /// The title a reader sees for this document.
    pub fn title(&self) -> &str {
        match &self.kind {
            Kind::Glossary(t) => &t.term,
            Kind::Faq(f) => &f.question,
            Kind::Contact(c) => &c.name,
            Kind::Page | Kind::RiskTier(_) => self.meta.title.as_deref().unwrap_or(""),
        }
    }

    /// Parses one content file. Problems go to `diags`; `None` when the file cannot be used.
    pub fn parse(
        lang: &str,
        rel: &str,
        src: SourceText,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Document> {
        let collection = Collection::of(rel);
        let split = match frontmatter::split(&src.text) {
            Ok(split) => split,
            Err(at) => {
                diags.push(
                    src.error(at, "the front matter opened here is never closed")
                        .with_hint("end it with a line that holds only `---`"),
                );
                return None;
            }
        };
        let Some(split) = split else {
            diags.push(
                Diagnostic::error(
                    &src.path,
                    Some(Position { line: 1, column: 1 }),
                    "the file has no front matter",
                )
                .with_hint("start it with `---`, the keys (such as `title: ...`), and `---`")
                .with_source(&src),
            );
            return None;
        };
        let loc = YamlLocator {
            src: &src,
            first_line: src.position(split.yaml.start).line,
        };
        let raw = frontmatter::parse(
            &loc,
            &src.text[split.yaml.clone()],
            &collection.keys(),
            diags,
        )?;
        let before = diags.len();
        let open = Some(Position { line: 1, column: 1 });
        let meta = meta(&loc, &raw, diags);
        let kind = kind(&loc, collection, raw, open, diags);
        crate::diagnostics::attach_source(&mut diags[before..], &src);
        if diags.len() > before {
            return None;
        }
        let hash = frontmatter::source_hash(&src.text[split.body.clone()]);
        let outline = markdown::outline(&src.text[split.body.clone()]);
        Some(Document {
            lang: lang.to_owned(),
            rel: rel.to_owned(),
            path: src.path.clone(),
            text: Text::Held(Arc::new(src)),
            body: split.body,
            hash,
            meta,
            kind: kind?,
            outline,
        })
    }
}

/// A file's bytes and its metadata as they were when read, from one open handle.
pub fn read_stamped(file: &Path) -> std::io::Result<(std::fs::Metadata, Vec<u8>)> {
    use std::io::Read;
    let mut f = std::fs::File::open(file)?;
    let meta = f.metadata()?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    f.read_to_end(&mut bytes)?;
    Ok((meta, bytes))
}

fn meta(loc: &YamlLocator, raw: &RawFront, diags: &mut Vec<Diagnostic>) -> Meta {
    let reviewed = raw
        .reviewed
        .as_ref()
        .and_then(|r| match r.as_str().parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                diags.push(
                    loc.error(
                        loc.at(r),
                        format!("`reviewed`: `{}` is not a date", r.as_str()),
                    )
                    .with_hint("write it as YYYY-MM-DD"),
                );
                None
            }
        });
    let source_hash = raw.source_hash.as_ref().map(|h| {
        let ok = h.len() == 12
            && h.chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
        if !ok {
            diags.push(
                loc.error(
                    loc.at(h),
                    format!(
                        "`source_hash`: `{}` is not 12 lowercase hex digits",
                        h.as_str()
                    ),
                )
                .with_hint("`armguide translations` prints the hash to paste"),
            );
        }
        (h.to_string(), loc.at(h))
    });
    Meta {
        title: raw.title.as_ref().map(|t| t.to_string()),
        description: raw.description.clone(),
        order: raw.order.as_ref().map_or(0, |o| **o),
        draft: raw.draft.unwrap_or(false),
        reviewed,
        safety: raw.safety.unwrap_or(false),
        source_hash,
        translator: raw.translator.clone(),
    }
}

fn required<'a>(
    loc: &YamlLocator,
    value: &'a Option<marked_yaml::Spanned<String>>,
    key: &str,
    open: Option<Position>,
    diags: &mut Vec<Diagnostic>,
) -> Option<&'a str> {
    match value {
        Some(v) if !v.trim().is_empty() => Some(v.as_str()),
        Some(v) => {
            diags.push(loc.error(loc.at(v), format!("`{key}` is empty")));
            None
        }
        None => {
            diags.push(loc.error(open, format!("missing required key `{key}`")));
            None
        }
    }
}

fn kind(
    loc: &YamlLocator,
    collection: Collection,
    raw: RawFront,
    open: Option<Position>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Kind> {
    match collection {
        Collection::Page => {
            required(loc, &raw.title, "title", open, diags)?;
            Some(Kind::Page)
        }
        Collection::Glossary => {
            let term = required(loc, &raw.term, "term", open, diags)?.to_owned();
            Some(Kind::Glossary(Term {
                term,
                aliases: raw
                    .aliases
                    .unwrap_or_default()
                    .into_iter()
                    .map(|a| a.to_string())
                    .collect(),
                related: raw
                    .related
                    .unwrap_or_default()
                    .iter()
                    .map(|r| (r.to_string(), loc.at(r)))
                    .collect(),
                reading: raw.reading,
            }))
        }
        Collection::Faq => {
            let question = required(loc, &raw.question, "question", open, diags)?.to_owned();
            let category = raw
                .category
                .as_ref()
                .map_or_else(|| "general".to_owned(), |c| c.to_string());
            if !category
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                diags.push(
                    loc.error(raw.category.as_ref().and_then(|c| loc.at(c)), format!("`category`: `{category}` is not a key"))
                        .with_hint("a category is a key such as `costs`; its title comes from the message `faq-category-costs`"),
                );
            }
            Some(Kind::Faq(Faq { question, category }))
        }
        Collection::RiskTier => {
            let tier_raw = required(loc, &raw.tier, "tier", open, diags);
            required(loc, &raw.title, "title", open, diags);
            let tier = tier_raw
                .and_then(|t| one_of(loc, raw.tier.as_ref(), "tier", t, &TierLevel::ALL, diags))?;
            raw.title.as_ref()?;
            Some(Kind::RiskTier(Tier {
                tier,
                who_may_deliver: raw.who_may_deliver,
                approval: raw.approval,
                examples: raw.examples.unwrap_or_default(),
            }))
        }
        Collection::Contact => {
            let name = required(loc, &raw.name, "name", open, diags).map(str::to_owned);
            if raw.phone.is_none() && raw.email.is_none() {
                diags.push(loc.error(open, "a contact needs a `phone` or an `email`"));
            }
            let mut topics = Vec::new();
            for t in raw.topics.unwrap_or_default() {
                let pairs: Vec<(&str, &str)> = TOPICS.iter().map(|k| (*k, *k)).collect();
                if let Some(key) = one_of(loc, Some(&t), "topics", t.as_str(), &pairs, diags) {
                    topics.push(key.to_owned());
                }
            }
            Some(Kind::Contact(Contact {
                name: name?,
                phone: raw.phone.map(|p| p.to_string()),
                email: raw.email.map(|e| e.to_string()),
                organization: raw.organization,
                topics,
                hours: raw.hours,
            }))
        }
    }
}

/// Checks an enum value, listing the allowed values and the closest one on error.
pub fn one_of<T: Copy>(
    loc: &YamlLocator,
    at: Option<&marked_yaml::Spanned<String>>,
    key: &str,
    value: &str,
    allowed: &[(&str, T)],
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    if let Some((_, v)) = allowed.iter().find(|(k, _)| *k == value) {
        return Some(*v);
    }
    let names: Vec<&str> = allowed.iter().map(|(k, _)| *k).collect();
    let mut d = loc.error(
        at.and_then(|a| loc.at(a)),
        format!(
            "`{key}`: unknown value `{value}`; expected one of: {}",
            names.join(", ")
        ),
    );
    if let Some(near) = closest(value, names.iter().copied()) {
        d = d.with_hint(format!("did you mean `{near}`?"));
    }
    diags.push(d);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(rel: &str, text: &str) -> (Option<Document>, Vec<String>) {
        let mut diags = Vec::new();
        let doc = Document::parse(
            "en",
            rel,
            SourceText::new(format!("content/en/{rel}"), text),
            &mut diags,
        );
        (doc, diags.iter().map(|d| d.to_string()).collect())
    }

    #[test]
    fn collection_follows_the_folder() {
        assert_eq!(Collection::of("faq/cost.md"), Collection::Faq);
        assert_eq!(Collection::of("glossary/x.md"), Collection::Glossary);
        assert_eq!(Collection::of("costs.md"), Collection::Page);
        assert_eq!(Collection::of("guide/faq.md"), Collection::Page);
    }

    #[test]
    fn a_guide_page_needs_a_title() {
        let (doc, errs) = parse("a.md", "---\ndescription: x\n---\nbody\n");
        assert!(doc.is_none());
        assert_eq!(
            errs,
            ["content/en/a.md:1:1: error: missing required key `title`"]
        );
    }

    #[test]
    fn misspelt_tier_lists_the_values_and_suggests_one() {
        let (_, errs) = parse("risk-tiers/m.md", "---\ntier: meduim\ntitle: M\n---\n");
        assert_eq!(
            errs,
            [
                "content/en/risk-tiers/m.md:2:7: error: `tier`: unknown value `meduim`; expected one of: low, medium, high\n  = hint: did you mean `medium`?"
            ]
        );
    }

    #[test]
    fn a_contact_needs_a_way_to_reach_it() {
        let (_, errs) = parse("contacts/x.md", "---\nname: Team\n---\n");
        assert_eq!(
            errs,
            ["content/en/contacts/x.md:1:1: error: a contact needs a `phone` or an `email`"]
        );
    }

    #[test]
    fn reviewed_must_be_a_date() {
        let (_, errs) = parse("a.md", "---\ntitle: A\nreviewed: soon\n---\n");
        assert_eq!(
            errs[0],
            "content/en/a.md:3:11: error: `reviewed`: `soon` is not a date\n  = hint: write it as YYYY-MM-DD"
        );
    }

    #[test]
    fn glossary_term_keeps_aliases_and_related() {
        let (doc, errs) = parse(
            "glossary/stem-cell.md",
            "---\nterm: Stem cell\naliases: [stem cells]\nrelated: [adult-stem-cell]\n---\nCells.\n",
        );
        assert!(errs.is_empty(), "{errs:?}");
        let doc = doc.unwrap();
        assert_eq!(doc.id(), "stem-cell");
        let Kind::Glossary(t) = &doc.kind else {
            panic!()
        };
        assert_eq!(t.aliases, ["stem cells"]);
        assert_eq!(t.related[0].0, "adult-stem-cell");
        assert_eq!(&doc.source().unwrap().text[doc.body.clone()], "Cells.\n");
    }

    #[test]
    fn a_document_read_from_its_file_reads_it_again_only_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("content/en/a.md");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "---\ntitle: A\n---\nFirst text.\n").unwrap();
        let (doc, diags) = discovery::read_document(dir.path(), "en", "a.md", &file);
        assert!(diags.is_empty(), "{diags:?}");
        let doc = doc.unwrap();
        let src = doc.source().unwrap();
        assert_eq!(&src.text[doc.body.clone()], "First text.\n");
        assert_eq!(src.position(doc.body.start).line, 4);

        // The same length, written a minute later: the modification time tells.
        std::fs::write(&file, "---\ntitle: A\n---\nFirst TEXT.\n").unwrap();
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(&file)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert!(matches!(doc.source(), Err(SourceError::Changed(_))));

        std::fs::write(&file, "---\ntitle: A\n---\nSecond, longer text.\n").unwrap();
        let changed = doc.source().unwrap_err();
        assert!(matches!(changed, SourceError::Changed(_)), "{changed:?}");
        assert_eq!(
            changed.diagnostic().to_string(),
            "content/en/a.md: error: changed while the site was being built; build again"
        );

        std::fs::remove_file(&file).unwrap();
        assert!(matches!(doc.source(), Err(SourceError::Io { .. })));
    }
}
