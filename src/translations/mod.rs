//! Translation work: for each language, which pages are current, stale, untracked, missing or
//! orphaned (SPEC, Translations), how many words of the source need translating, the
//! `source_hash` to paste, and for a stale page which paragraphs of the source changed since
//! the revision that was translated.
//!
//! The report is data: [`Report`], built by [`report`] from the validated [`Site`]. `armguide
//! translations` prints it as text (its `Display`, in [`text`]) or as JSON, the serialization of
//! [`Report`] with the field names documented below. The JSON is stable: fields may be added,
//! none will be renamed or removed, and absent values are `null` rather than left out.
//!
//! `check` already warns about stale, untracked and orphaned translations (see [`crate::model`]);
//! [`Report::missing_warnings`] adds the one kind of open work it does not, for `check --strict`.

pub mod history;
pub mod paragraphs;
mod text;
pub mod words;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;

use crate::config::Config;
use crate::content::{SourceError, discovery};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{Site, TranslationState};
use crate::site::{BuildError, BuildReport};
pub use history::History;
pub use paragraphs::{Change, ParagraphChange};

/// The state of one page in one language (SPEC, Translations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// The translation names the source's current `source_hash`.
    Current,
    /// The translation names another hash: the source changed since.
    Stale,
    /// The translation names no hash.
    Untracked,
    /// There is no translation; readers get the source text with a notice.
    Missing,
    /// A translation with no source page.
    Orphaned,
}

/// Translation work across the site.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The default language, which every other language translates.
    pub source_language: String,
    /// Pages of the source language (drafts left out, as in a build).
    pub source_pages: usize,
    /// Words of all source bodies ([`words`] says how words are counted).
    pub source_words: usize,
    /// The languages asked for, in site order.
    pub languages: Vec<LanguageReport>,
}

/// Translation work in one language.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageReport {
    pub language: String,
    pub current: usize,
    pub stale: usize,
    pub untracked: usize,
    pub missing: usize,
    pub orphaned: usize,
    /// Words of the source bodies of the stale, untracked and missing pages.
    pub words_to_translate: usize,
    /// Every source page of the language and every orphaned translation, by `page`.
    pub pages: Vec<PageReport>,
}

/// One page in one language.
#[derive(Debug, Clone, Serialize)]
pub struct PageReport {
    /// The page's identity: its path relative to the language folder.
    pub page: String,
    pub state: State,
    /// The translation's file, relative to the site root (where it belongs, when missing).
    pub path: String,
    /// The source's file; `null` for an orphaned page.
    pub source_path: Option<String>,
    /// Words of the source body; `null` for an orphaned page.
    pub words: Option<usize>,
    /// The source body's hash now: what `source_hash` must say once the page is translated.
    pub source_hash: Option<String>,
    /// The `source_hash` the translation names, if any.
    pub translated_hash: Option<String>,
    /// The source is marked `safety: true`: while stale, readers get the source text instead.
    pub safety: bool,
    /// For a stale page, the commit whose source has the translated hash, when git history
    /// has it.
    pub revision: Option<String>,
    /// For a stale page with a known `revision`, the paragraphs of the source changed since
    /// then; `null` when unknown (the source changed, no more can be said).
    pub changes: Option<Vec<ParagraphChange>>,
    /// Words of the added and changed paragraphs in `changes`.
    pub changed_words: Option<usize>,
}

impl LanguageReport {
    fn count(&mut self, state: State) {
        match state {
            State::Current => self.current += 1,
            State::Stale => self.stale += 1,
            State::Untracked => self.untracked += 1,
            State::Missing => self.missing += 1,
            State::Orphaned => self.orphaned += 1,
        }
    }

    /// Whether any page of this language needs a translator.
    pub fn has_open_work(&self) -> bool {
        self.stale + self.untracked + self.missing + self.orphaned > 0
    }
}

/// Reads and validates the site's content, as a build does before rendering. Content errors
/// fail with every diagnostic; warnings are left to `check`.
pub fn load(root: &Path) -> Result<Site, BuildError> {
    if !root.join("site.toml").is_file() {
        return Err(BuildError::Usage(format!(
            "{}: no site.toml here; pass --root DIR to name the site's folder",
            root.display()
        )));
    }
    let config = Config::from_root(root).map_err(BuildError::Content)?;
    let mut diags = Vec::new();
    let found = discovery::discover(root, &config, &mut diags);
    let site = Site::new(
        config,
        found.documents,
        &found.failed,
        None,
        false,
        &mut diags,
    );
    let mut all = Diagnostics::default();
    all.extend(diags);
    if all.has_errors() {
        return Err(BuildError::Content(all.sorted()));
    }
    Ok(site)
}

/// The report for the site at `root`, every translated language or only `lang`, with the
/// paragraphs changed in stale pages when git history has the translated revision.
pub fn run(root: &Path, lang: Option<&str>) -> Result<Report, BuildError> {
    let site = load(root)?;
    report(&site, lang, &mut History::git(root))
}

/// Builds the report from a validated site; `only` names one language (not the default).
pub fn report(
    site: &Site,
    only: Option<&str>,
    history: &mut History,
) -> Result<Report, BuildError> {
    let config = &site.config;
    let default = config.default_language.as_str();
    let translated: Vec<&String> = config.languages.iter().filter(|l| *l != default).collect();
    let languages: Vec<&String> = match only {
        None => translated.clone(),
        Some(l) if l == default => {
            return Err(BuildError::Usage(format!(
                "`{l}` is the source language; its translations are: {}",
                join(&translated)
            )));
        }
        Some(l) => match translated.iter().find(|t| t.as_str() == l) {
            Some(t) => vec![*t],
            None => {
                return Err(BuildError::Usage(format!(
                    "language `{l}` is not one of the site's: {}",
                    config.languages.join(", ")
                )));
            }
        },
    };

    let by_page: BTreeMap<(&str, &str), usize> = site
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| ((d.lang.as_str(), d.rel.as_str()), i))
        .collect();
    let source_words: BTreeMap<&str, usize> = site
        .pages
        .iter()
        .filter_map(|rel| by_page.get(&(default, rel.as_str())))
        .map(|&i| {
            let d = &site.documents[i];
            let src = d.source()?;
            Ok((
                d.rel.as_str(),
                words::count_markdown(&src.text[d.body.clone()]),
            ))
        })
        .collect::<Result<_, SourceError>>()?;

    let mut out = Vec::new();
    for lang in languages {
        let mut lr = LanguageReport {
            language: lang.clone(),
            current: 0,
            stale: 0,
            untracked: 0,
            missing: 0,
            orphaned: 0,
            words_to_translate: 0,
            pages: Vec::new(),
        };
        for (rel, chosen) in site.chosen.get(lang).into_iter().flatten() {
            let (Some(&src), Some(&words)) = (
                by_page.get(&(default, rel.as_str())),
                source_words.get(rel.as_str()),
            ) else {
                continue;
            };
            let source = &site.documents[src];
            let translation = by_page
                .get(&(lang.as_str(), rel.as_str()))
                .map(|&i| &site.documents[i]);
            let state = match chosen.state {
                TranslationState::Current | TranslationState::Source => State::Current,
                TranslationState::Stale => State::Stale,
                TranslationState::Untracked => State::Untracked,
                TranslationState::Missing => State::Missing,
            };
            let translated_hash =
                translation.and_then(|t| t.meta.source_hash.as_ref().map(|(h, _)| h.clone()));
            let source_path = format!("content/{default}/{rel}");
            let mut page = PageReport {
                page: rel.clone(),
                state,
                path: format!("content/{lang}/{rel}"),
                source_path: Some(source_path.clone()),
                words: Some(words),
                source_hash: Some(source.hash.clone()),
                translated_hash: translated_hash.clone(),
                safety: source.meta.safety,
                revision: None,
                changes: None,
                changed_words: None,
            };
            if let (State::Stale, Some(old)) = (state, &translated_hash)
                && let Some(rev) = history.find(&source_path, old)
            {
                let src = source.source()?;
                let first_line = src.position(source.body.start).line;
                let changes =
                    paragraphs::diff(&rev.body, &src.text[source.body.clone()], first_line);
                page.changed_words = Some(changes.iter().map(|c| c.words).sum());
                page.changes = Some(changes);
                page.revision = Some(rev.commit);
            }
            if state != State::Current {
                lr.words_to_translate += words;
            }
            lr.count(state);
            lr.pages.push(page);
        }
        let sources: BTreeSet<&str> = site.pages.iter().map(String::as_str).collect();
        for d in site
            .documents
            .iter()
            .filter(|d| d.lang == *lang && !sources.contains(d.rel.as_str()))
        {
            lr.count(State::Orphaned);
            lr.pages.push(PageReport {
                page: d.rel.clone(),
                state: State::Orphaned,
                path: format!("content/{lang}/{}", d.rel),
                source_path: None,
                words: None,
                source_hash: None,
                translated_hash: d.meta.source_hash.as_ref().map(|(h, _)| h.clone()),
                safety: false,
                revision: None,
                changes: None,
                changed_words: None,
            });
        }
        lr.pages.sort_by(|a, b| a.page.cmp(&b.page));
        out.push(lr);
    }
    Ok(Report {
        source_language: default.to_owned(),
        source_pages: source_words.len(),
        source_words: source_words.values().sum(),
        languages: out,
    })
}

fn join(items: &[&String]) -> String {
    let names: Vec<&str> = items.iter().map(|s| s.as_str()).collect();
    names.join(", ")
}

impl Report {
    /// A warning per language with missing pages: the open translation work that the build's
    /// own warnings (stale, untracked, orphaned) do not name.
    pub fn missing_warnings(&self) -> Vec<Diagnostic> {
        const LISTED: usize = 10;
        let mut out = Vec::new();
        for lr in &self.languages {
            let missing: Vec<&PageReport> = lr
                .pages
                .iter()
                .filter(|p| p.state == State::Missing)
                .collect();
            if missing.is_empty() {
                continue;
            }
            let words: usize = missing.iter().filter_map(|p| p.words).sum();
            let names: Vec<&str> = missing
                .iter()
                .take(LISTED)
                .map(|p| p.page.as_str())
                .collect();
            let more = missing.len().saturating_sub(LISTED);
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            out.push(
                Diagnostic::warning(
                    format!("content/{}", lr.language),
                    None,
                    format!(
                        "{} page(s) not translated into {} ({words} words): {}{more}",
                        missing.len(),
                        lr.language,
                        names.join(", ")
                    ),
                )
                .with_hint(format!(
                    "readers get the {} text with a notice; `armguide translations --lang {}` lists them with the hash to paste",
                    self.source_language, lr.language
                )),
            );
        }
        out
    }
}

/// `check --strict`: the build's report with a warning for each language's missing pages, so
/// that open translation work of every kind fails the check.
pub fn with_open_work(mut build: BuildReport, root: &Path) -> Result<BuildReport, BuildError> {
    // Reading the content a second time costs a fraction of the build it follows, and keeps
    // the build's own report free of a concern only `--strict` has.
    let site = load(root)?;
    // No history: which paragraphs changed is for the translator, not for the check.
    let report = report(&site, None, &mut History::none())?;
    let mut all = Diagnostics::default();
    all.extend(std::mem::take(&mut build.warnings));
    all.extend(report.missing_warnings());
    build.warnings = all.sorted();
    Ok(build)
}
