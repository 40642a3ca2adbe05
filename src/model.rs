//! The validated site: for every language, which document each page is built from (its own
//! translation, or the default language's text as a fallback), and checks that need all
//! documents at once (related glossary ids, orphaned and stale translations).

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use crate::config::Config;

use crate::content::{Collection, Document, Kind};
use crate::diagnostics::Diagnostic;
use crate::institutions::Export;

/// How a translation relates to its source (SPEC, Translations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationState {
    /// The page is in the default language itself.
    Source,
    Current,
    Stale,
    Untracked,
    Missing,
}

/// The document a page is built from in one language.
#[derive(Debug, Clone, Copy)]
pub struct Chosen {
    /// Index into [`Site::documents`].
    pub doc: usize,
    pub state: TranslationState,
    /// True when the reader gets the default language's text.
    pub fallback: bool,
}

/// Everything the renderer needs, validated.
pub struct Site {
    pub config: Config,
    /// Shared, so that `serve` can rebuild the model after one edit without copying the rest.
    pub documents: Vec<Arc<Document>>,
    pub export: Option<Export>,
    /// Page identities (paths relative to a language folder) in the default language, sorted.
    pub pages: Vec<String>,
    /// language → page identity → the document it is built from.
    pub chosen: BTreeMap<String, BTreeMap<String, Chosen>>,
    /// The default language's contact for reporting violations, by page identity.
    pub report_contact: Option<String>,
    /// Pages of the default language whose files could not be read (already reported).
    pub failed: HashSet<String>,
}

impl Site {
    pub fn new(
        config: Config,
        documents: Vec<Arc<Document>>,
        failed: &[(String, String)],
        export: Option<Export>,
        drafts: bool,
        diags: &mut Vec<Diagnostic>,
    ) -> Site {
        let documents: Vec<Arc<Document>> = documents
            .into_iter()
            .filter(|d| drafts || !d.meta.draft)
            .collect();
        let default = config.default_language.clone();
        let mut by_lang: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for (i, d) in documents.iter().enumerate() {
            by_lang
                .entry(d.lang.as_str())
                .or_default()
                .insert(d.rel.as_str(), i);
        }
        let empty = BTreeMap::new();
        let sources = by_lang.get(default.as_str()).unwrap_or(&empty);
        let pages: Vec<String> = sources.keys().map(|s| s.to_string()).collect();
        for (rel, &i) in sources {
            // A folder of guide pages is a section written at `<dir>/`; this one is where the
            // directory's pages go, and one would overwrite the other.
            if Collection::of(rel) == Collection::Page && rel.starts_with("institutions/") {
                diags.push(
                    Diagnostic::error(
                        &documents[i].path,
                        None,
                        "guide pages cannot be in `institutions/`: the institutions directory is written there",
                    )
                    .with_hint("move the page to a folder with another name"),
                );
            }
        }

        let mut chosen = BTreeMap::new();
        for lang in &config.languages {
            let own = by_lang.get(lang.as_str()).unwrap_or(&empty);
            let mut map = BTreeMap::new();
            for (rel, &src) in sources {
                let source = &documents[src];
                let pick = if *lang == default {
                    Chosen {
                        doc: src,
                        state: TranslationState::Source,
                        fallback: false,
                    }
                } else if let Some(&t) = own.get(rel) {
                    let state = match &documents[t].meta.source_hash {
                        None => TranslationState::Untracked,
                        Some((h, _)) if *h == source.hash => TranslationState::Current,
                        Some(_) => TranslationState::Stale,
                    };
                    // A stale translation of a safety page could tell a reader something that is
                    // no longer true: they get the current source text instead.
                    if state == TranslationState::Stale && source.meta.safety {
                        Chosen {
                            doc: src,
                            state,
                            fallback: true,
                        }
                    } else {
                        Chosen {
                            doc: t,
                            state,
                            fallback: false,
                        }
                    }
                } else {
                    Chosen {
                        doc: src,
                        state: TranslationState::Missing,
                        fallback: true,
                    }
                };
                map.insert(rel.to_string(), pick);
            }
            for (rel, &t) in own {
                if !sources.contains_key(rel) {
                    diags.push(
                        Diagnostic::warning(
                            &documents[t].path,
                            None,
                            format!(
                                "orphaned translation: there is no {default}/{rel} to translate"
                            ),
                        )
                        .with_hint("rename it to match its source, or remove it"),
                    );
                }
            }
            chosen.insert(lang.clone(), map);
        }

        check_translations(&documents, &by_lang, &chosen, &default, diags);
        check_glossary(&documents, failed, diags);
        let report_contact = report_contact(&documents, sources, diags);
        {
            let failed = failed
                .iter()
                .filter(|(l, _)| *l == default)
                .map(|(_, r)| r.clone())
                .collect();
            Site {
                config,
                documents,
                export,
                pages,
                chosen,
                report_contact,
                failed,
            }
        }
    }

    pub fn doc(&self, lang: &str, rel: &str) -> Option<(&Document, Chosen)> {
        let c = *self.chosen.get(lang)?.get(rel)?;
        Some((&self.documents[c.doc], c))
    }

    /// The pages of one collection in `lang`, in reading order (`order`, then path).
    pub fn collection(&self, lang: &str, collection: Collection) -> Vec<(&Document, Chosen)> {
        let mut out: Vec<_> = self
            .pages
            .iter()
            .filter(|rel| Collection::of(rel) == collection)
            .filter_map(|rel| self.doc(lang, rel))
            .collect();
        out.sort_by(|a, b| (a.0.meta.order, &a.0.rel).cmp(&(b.0.meta.order, &b.0.rel)));
        out
    }
}

fn check_translations(
    documents: &[Arc<Document>],
    by_lang: &BTreeMap<&str, BTreeMap<&str, usize>>,
    chosen: &BTreeMap<String, BTreeMap<String, Chosen>>,
    default: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (lang, pages) in chosen {
        if lang == default {
            continue;
        }
        for (rel, c) in pages {
            let source = chosen[default][rel].doc;
            let translation = by_lang
                .get(lang.as_str())
                .and_then(|own| own.get(rel.as_str()))
                .map(|&i| &documents[i]);
            match (c.state, translation) {
                (TranslationState::Stale, Some(t)) => {
                    let at = t.meta.source_hash.as_ref().and_then(|(_, p)| *p);
                    let shown = if c.fallback { "; it is a safety page, so readers get the source text" } else { "" };
                    diags.push(t.quote(
                        Diagnostic::warning(&t.path, at, format!("stale translation: {default}/{rel} changed since this was translated{shown}"))
                            .with_hint(format!("update the text, then set source_hash: \"{}\"", documents[source].hash)),
                    ));
                }
                (TranslationState::Untracked, Some(t)) => diags.push(
                    Diagnostic::warning(&t.path, None, "untracked translation: no `source_hash` says which revision of the source it translates")
                        .with_hint(format!("if it matches the current source, add source_hash: \"{}\"", documents[source].hash)),
                ),
                _ => {}
            }
        }
    }
}

fn check_glossary(
    documents: &[Arc<Document>],
    failed: &[(String, String)],
    diags: &mut Vec<Diagnostic>,
) {
    // Terms whose own file failed to parse still exist: naming them is not a second mistake.
    let broken = failed
        .iter()
        .filter_map(|(_, rel)| rel.strip_prefix("glossary/")?.strip_suffix(".md"));
    let sources: HashSet<&str> = documents
        .iter()
        .filter(|d| d.collection() == Collection::Glossary)
        .map(|d| d.id())
        .chain(broken)
        .collect();
    for d in documents {
        if let Kind::Glossary(term) = &d.kind {
            for (id, at) in &term.related {
                if !sources.contains(id.as_str()) {
                    let mut diag = Diagnostic::error(
                        &d.path,
                        *at,
                        format!("`related`: there is no glossary term `{id}`"),
                    );
                    if let Some(near) = crate::diagnostics::closest(id, sources.iter().copied()) {
                        diag = diag.with_hint(format!("did you mean `{near}`?"));
                    }
                    diags.push(d.quote(diag));
                }
            }
        }
    }
}

fn report_contact(
    documents: &[Arc<Document>],
    sources: &BTreeMap<&str, usize>,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    let mut reporting: Vec<&Document> = sources
        .values()
        .map(|&i| &*documents[i])
        .filter(|d| matches!(&d.kind, Kind::Contact(c) if c.topics.iter().any(|t| t == "report-violation")))
        .collect();
    reporting.sort_by_key(|d| (d.meta.order, d.rel.clone()));
    if reporting.is_empty()
        && sources
            .keys()
            .any(|r| Collection::of(r) == Collection::Contact)
    {
        diags.push(Diagnostic::warning("content", None, "no contact has the topic `report-violation`, so pages cannot show whom to call to report a violation"));
    }
    reporting.first().map(|d| d.rel.clone())
}
