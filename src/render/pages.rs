//! The pages of the site: which exist (the jobs), and the context each gets.

use std::collections::{BTreeMap, HashSet};

use tera::Context;

use super::context::*;
use super::data::{self, DataFormat};
use super::{OutputFile, Renderer, nav, urls};
use crate::content::{Collection, Document, Kind};
use crate::diagnostics::Diagnostic;
use crate::i18n::glossary_index::{GlossaryIndex, OTHER};
use crate::institutions::{FIELDS, KINDS, REGIONS, STATUSES};
use crate::model::{Chosen, Site};
use crate::offline::EditionCtx;

/// One page to render.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Job {
    /// A guide page or the home page, by page identity.
    Page {
        lang: String,
        rel: String,
    },
    Glossary {
        lang: String,
    },
    /// The full search page (results come from the browser's engine).
    Search {
        lang: String,
    },
    Faq {
        lang: String,
    },
    Tiers {
        lang: String,
    },
    Tier {
        lang: String,
        rel: String,
    },
    /// The index page of the guide pages in folder `dir`.
    Section {
        lang: String,
        dir: String,
    },
    Contacts {
        lang: String,
    },
    Institutions {
        lang: String,
    },
    Institution {
        lang: String,
        index: usize,
    },
    /// The suspensions and revocations, the export's and the status-changes log's.
    StatusChanges {
        lang: String,
    },
    /// The directory as a data file.
    Download {
        lang: String,
        format: DataFormat,
    },
    /// The root `index.html`, where a reader picks a language.
    LanguagePicker,
    NotFound,
}

impl Job {
    /// The template the page is rendered with; `serve` re-renders the pages whose templates an
    /// edit touched.
    pub fn template(&self) -> &'static str {
        match self {
            Job::Page { rel, .. } if rel == "_index.md" => "home.html",
            Job::Page { .. } => "page.html",
            Job::Tier { .. } => "tier.html",
            Job::Section { .. } => "section.html",
            Job::Glossary { .. } => "glossary.html",
            Job::Search { .. } => "search.html",
            Job::Faq { .. } => "faq.html",
            Job::Tiers { .. } => "tiers.html",
            Job::Contacts { .. } => "contacts.html",
            Job::Institutions { .. } => "institutions.html",
            Job::Institution { .. } => "institution.html",
            Job::StatusChanges { .. } => "changes.html",
            // No template writes a download; it changes with the export and the messages, as
            // the directory page does.
            Job::Download { .. } => "institutions.html",
            Job::LanguagePicker => "language-picker.html",
            Job::NotFound => "404.html",
        }
    }

    /// The language of a language's page; `None` for the two root pages.
    pub fn lang(&self) -> Option<&str> {
        match self {
            Job::Page { lang, .. }
            | Job::Tier { lang, .. }
            | Job::Section { lang, .. }
            | Job::Glossary { lang }
            | Job::Search { lang }
            | Job::Faq { lang }
            | Job::Tiers { lang }
            | Job::Contacts { lang }
            | Job::Institutions { lang }
            | Job::Institution { lang, .. }
            | Job::StatusChanges { lang }
            | Job::Download { lang, .. } => Some(lang),
            Job::LanguagePicker | Job::NotFound => None,
        }
    }
}

/// Every page of the site, in a fixed order.
pub fn jobs(site: &Site) -> Vec<Job> {
    let mut jobs = vec![Job::LanguagePicker, Job::NotFound];
    let has = |c: Collection| site.pages.iter().any(|r| Collection::of(r) == c);
    for lang in &site.config.languages {
        for rel in &site.pages {
            match Collection::of(rel) {
                // A section's `_index.md` is built as the section's index page.
                Collection::Page if nav::is_section_index(rel) => {}
                Collection::Page => jobs.push(Job::Page {
                    lang: lang.clone(),
                    rel: rel.clone(),
                }),
                Collection::RiskTier => jobs.push(Job::Tier {
                    lang: lang.clone(),
                    rel: rel.clone(),
                }),
                _ => {}
            }
        }
        for dir in nav::sections(site) {
            jobs.push(Job::Section {
                lang: lang.clone(),
                dir: dir.to_owned(),
            });
        }
        if has(Collection::Glossary) {
            jobs.push(Job::Glossary { lang: lang.clone() });
        }
        if has(Collection::Faq) {
            jobs.push(Job::Faq { lang: lang.clone() });
        }
        if has(Collection::RiskTier) {
            jobs.push(Job::Tiers { lang: lang.clone() });
        }
        if has(Collection::Contact) {
            jobs.push(Job::Contacts { lang: lang.clone() });
        }
        jobs.push(Job::Search { lang: lang.clone() });
        if let Some(export) = &site.export {
            jobs.push(Job::Institutions { lang: lang.clone() });
            for index in 0..export.institutions.len() {
                jobs.push(Job::Institution {
                    lang: lang.clone(),
                    index,
                });
            }
            jobs.push(Job::StatusChanges { lang: lang.clone() });
            for format in DataFormat::ALL {
                jobs.push(Job::Download {
                    lang: lang.clone(),
                    format,
                });
            }
        }
    }
    jobs
}

impl Renderer<'_> {
    /// A message in `lang` for the Rust side (titles, categories).
    pub fn t(&self, lang: &str, key: &str) -> String {
        self.messages
            .get(lang, key, None)
            .unwrap_or_else(|| key.to_owned())
    }

    /// The violation-reporting contact in `lang`, linked from a page whose root prefix is `root`.
    fn report(&self, lang: &str, root: &str) -> Option<ReportCtx<'_>> {
        let (doc, _) = self.site.doc(lang, self.site.report_contact.as_ref()?)?;
        let Kind::Contact(c) = &doc.kind else {
            return None;
        };
        Some(ReportCtx {
            name: &c.name,
            organization: c.organization.as_deref(),
            phone: c.phone.as_deref(),
            email: c.email.as_deref(),
            url: format!("{root}{lang}/{}#{}", urls::CONTACTS, doc.id()),
            lang: other_lang(&doc.lang, lang),
        })
    }

    /// The context every page shares. `path` is the page's path inside the language folder;
    /// `rel` the page identity when the page is built from one document.
    pub(super) fn base(
        &self,
        lang: &str,
        path: &str,
        kind: &str,
        rel: Option<&str>,
    ) -> (Context, String) {
        let root = urls::root_prefix(&format!("{lang}/{path}"));
        (self.base_at(lang, path, kind, rel, &root), root)
    }

    /// [`Renderer::base`] for a page whose links to the site's files begin with `root`.
    fn base_at(
        &self,
        lang: &str,
        path: &str,
        kind: &str,
        rel: Option<&str>,
        root: &str,
    ) -> Context {
        let site = self.site;
        let config = &site.config;
        let mut ctx = Context::new();
        ctx.insert("lang", lang);
        ctx.insert("dir", super::direction::dir(lang));
        ctx.insert("root", root);
        ctx.insert("home_url", &format!("{root}{lang}/index.html"));
        ctx.insert("search_url", &format!("{root}{lang}/{}", urls::SEARCH));
        ctx.insert(
            "search_index_url",
            &format!("{root}assets/search/{lang}.js"),
        );
        // Its key groups: a page of a large index loads them beside the manifest.
        ctx.insert("search_index_groups", &self.key_groups(lang));
        ctx.insert("page_kind", kind);
        let encoded = urls::encode_path(path);
        let abs = |l: &str| {
            config
                .base_url
                .as_ref()
                .map(|b| format!("{b}{l}/{encoded}"))
                .unwrap_or_default()
        };
        ctx.insert("canonical", &abs(lang));
        let languages: Vec<LanguageLink> = config
            .languages
            .iter()
            .map(|l| LanguageLink {
                code: l.clone(),
                name: endonym(l).to_owned(),
                url: format!("{root}{l}/{encoded}"),
                abs_url: abs(l),
                current: l == lang,
                translated: rel
                    .and_then(|rel| site.chosen.get(l)?.get(rel))
                    .is_none_or(|c| !c.fallback),
            })
            .collect();
        ctx.insert("languages", &languages);
        ctx.insert("nav", &nav::items(self.nav(lang), lang, root, path));
        ctx.insert("report", &self.report(lang, root));
        let format = self.format(lang);
        let export = site.export.as_ref().map(|e| {
            ExportCtx::new(
                e,
                self.today,
                format,
                format!("{root}{lang}/{}", urls::INSTITUTIONS),
            )
        });
        ctx.insert("export", &export);
        let base_url = config.base_url.as_deref();
        let edition = EditionCtx::new(self.generated, format, base_url, lang, root);
        ctx.insert("edition", &edition);
        ctx.insert("sample_banner", &false);
        ctx
    }

    /// The page context of document-backed pages, with its fallback notice.
    fn page_ctx(
        &self,
        lang: &str,
        rel: &str,
        root: &str,
        content: String,
        toc: Vec<crate::content::markdown::Heading>,
    ) -> PageCtx {
        let (doc, chosen) = self.site.doc(lang, rel).expect("jobs name existing pages");
        let mut page = PageCtx::of(doc, self.format(lang));
        let default = &self.site.config.default_language;
        let (path, _) = urls::target(rel);
        page.content = content;
        page.toc = toc
            .into_iter()
            .filter(|h| h.level == 2 || h.level == 3)
            .collect();
        page.fallback = chosen.fallback;
        page.stale = chosen.state == crate::model::TranslationState::Stale;
        page.fallback_lang = default.clone();
        page.fallback_lang_name = endonym(default).to_owned();
        page.source_url = format!("{root}{default}/{}", urls::encode_path(&path));
        page.translation = self.translation(lang, root, &path, [(doc, chosen)]);
        page
    }

    /// The page context of a collection's index page: its title, the oldest review date of the
    /// entries it shows, and who translated those that are translations.
    fn index_ctx(
        &self,
        lang: &str,
        root: &str,
        path: &str,
        collection: Collection,
        title_key: &str,
    ) -> PageCtx {
        let entries = self.site.collection(lang, collection);
        let oldest = entries.iter().filter_map(|(d, _)| d.meta.reviewed).min();
        let mut page =
            PageCtx::titled(self.t(lang, title_key)).reviewed_on(oldest, self.format(lang));
        page.translation = self.translation(lang, root, path, entries);
        page
    }

    /// What a page of `lang` at `path` built from `docs` says about its translation: nothing in
    /// the default language or when every document is shown untranslated (a fallback).
    fn translation<'d>(
        &self,
        lang: &str,
        root: &str,
        path: &str,
        docs: impl IntoIterator<Item = (&'d Document, Chosen)>,
    ) -> Option<TranslationCtx> {
        let default = &self.site.config.default_language;
        if lang == default {
            return None;
        }
        let mut translated = false;
        let mut translators: Vec<String> = Vec::new();
        for (doc, chosen) in docs {
            if chosen.fallback {
                continue;
            }
            translated = true;
            if let Some(name) = &doc.meta.translator
                && !translators.contains(name)
            {
                translators.push(name.clone());
            }
        }
        translated.then(|| TranslationCtx {
            translators,
            source_lang: default.clone(),
            source_lang_name: endonym(default).to_owned(),
            source_url: format!("{root}{default}/{}", urls::encode_path(path)),
        })
    }
}

pub fn render(r: &Renderer, job: &Job, diags: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let site = r.site;
    let (lang, path, template, ctx) = match job {
        Job::Page { lang, rel } => {
            let (path, _) = urls::target(rel);
            let kind = if rel == "_index.md" { "home" } else { "page" };
            let (mut ctx, root) = r.base(lang, &path, kind, Some(rel));
            let chosen = site.chosen[lang][rel];
            let (html, toc) = r.markdown(lang, chosen.doc, &root, true, &mut HashSet::new(), diags);
            ctx.insert("page", &r.page_ctx(lang, rel, &root, html, toc));
            (lang.as_str(), path, job.template(), ctx)
        }
        Job::Tier { lang, rel } => {
            let (path, _) = urls::target(rel);
            let (mut ctx, root) = r.base(lang, &path, "tier", Some(rel));
            let tiers = tiers(r, lang, &root, diags);
            let chosen = site.chosen[lang][rel];
            let (html, toc) = r.markdown(lang, chosen.doc, &root, true, &mut HashSet::new(), diags);
            let id = site.documents[chosen.doc].id();
            let tier = tiers.iter().find(|t| t.id == id);
            ctx.insert("tier", &tier);
            ctx.insert("page", &r.page_ctx(lang, rel, &root, html, toc));
            ctx.insert("tiers", &tiers);
            (lang.as_str(), path, job.template(), ctx)
        }
        Job::Section { lang, dir } => {
            let path = nav::section_path(dir);
            let index = nav::section_index(dir);
            let own = site.chosen[lang].get(&index).copied();
            let (mut ctx, root) = r.base(lang, &path, "section", own.map(|_| index.as_str()));
            let pages = nav::section_pages(r, lang, dir);
            let entries: Vec<SectionEntryCtx> = pages
                .iter()
                .map(|(doc, _, rel)| SectionEntryCtx {
                    title: doc.title(),
                    description: doc.meta.description.as_deref(),
                    url: format!("{root}{lang}/{}", urls::encode_path(&urls::target(rel).0)),
                    lang: other_lang(&doc.lang, lang),
                })
                .collect();
            let page = match own {
                Some(chosen) => {
                    let (html, toc) =
                        r.markdown(lang, chosen.doc, &root, true, &mut HashSet::new(), diags);
                    r.page_ctx(lang, &index, &root, html, toc)
                }
                // Without its own text, the page is made of its entries, and says who
                // translated those.
                None => {
                    let mut page = PageCtx::titled(nav::section_title(r, lang, dir).0);
                    page.translation = r.translation(
                        lang,
                        &root,
                        &path,
                        pages.iter().map(|(doc, chosen, _)| (*doc, *chosen)),
                    );
                    page
                }
            };
            ctx.insert("page", &page);
            ctx.insert("entries", &entries);
            (lang.as_str(), path, job.template(), ctx)
        }
        Job::Glossary { lang } => {
            let (mut ctx, root) = r.base(lang, urls::GLOSSARY, "glossary", None);
            ctx.insert("groups", &glossary(r, lang, &root, diags));
            let page = r.index_ctx(
                lang,
                &root,
                urls::GLOSSARY,
                Collection::Glossary,
                "nav-glossary",
            );
            ctx.insert("page", &page);
            (
                lang.as_str(),
                urls::GLOSSARY.to_owned(),
                job.template(),
                ctx,
            )
        }
        Job::Faq { lang } => {
            let (mut ctx, root) = r.base(lang, urls::FAQ, "faq", None);
            ctx.insert("categories", &faq(r, lang, &root, diags));
            ctx.insert(
                "page",
                &r.index_ctx(lang, &root, urls::FAQ, Collection::Faq, "nav-faq"),
            );
            (lang.as_str(), urls::FAQ.to_owned(), job.template(), ctx)
        }
        Job::Tiers { lang } => {
            let (mut ctx, root) = r.base(lang, urls::TIERS, "tiers", None);
            ctx.insert("tiers", &tiers(r, lang, &root, diags));
            let page = r.index_ctx(
                lang,
                &root,
                urls::TIERS,
                Collection::RiskTier,
                "nav-risk-tiers",
            );
            ctx.insert("page", &page);
            (lang.as_str(), urls::TIERS.to_owned(), job.template(), ctx)
        }
        Job::Search { lang } => {
            let (mut ctx, _) = r.base(lang, urls::SEARCH, "search", None);
            ctx.insert("page", &PageCtx::titled(r.t(lang, "search-title")));
            (lang.as_str(), urls::SEARCH.to_owned(), job.template(), ctx)
        }
        Job::Contacts { lang } => {
            let (mut ctx, root) = r.base(lang, urls::CONTACTS, "contacts", None);
            let mut linked = HashSet::new();
            let contacts: Vec<ContactCtx> = site
                .collection(lang, Collection::Contact)
                .into_iter()
                .filter_map(|(doc, c)| {
                    ContactCtx::new(
                        doc,
                        r.markdown(lang, c.doc, &root, true, &mut linked, diags).0,
                        lang,
                    )
                })
                .collect();
            ctx.insert("contacts", &contacts);
            let page = r.index_ctx(
                lang,
                &root,
                urls::CONTACTS,
                Collection::Contact,
                "nav-contacts",
            );
            ctx.insert("page", &page);
            (
                lang.as_str(),
                urls::CONTACTS.to_owned(),
                job.template(),
                ctx,
            )
        }
        Job::Institutions { lang } => {
            let export = site.export.as_ref()?;
            let (mut ctx, root) = r.base(lang, urls::INSTITUTIONS, "institutions", None);
            let format = r.format(lang);
            let mut list: Vec<InstitutionCtx> = export
                .institutions
                .iter()
                .map(|i| {
                    InstitutionCtx::new(
                        i,
                        lang,
                        format!("{root}{lang}/{}", urls::institution(&i.slug)),
                        format,
                    )
                })
                .collect();
            // Designated institutions first; suspended and revoked ones after, kept apart.
            let region_order = |k: &str| REGIONS.iter().position(|r| *r == k);
            list.sort_by(|a, b| {
                (
                    STATUSES.iter().position(|s| *s == a.status),
                    region_order(a.region),
                )
                    .cmp(&(
                        STATUSES.iter().position(|s| *s == b.status),
                        region_order(b.region),
                    ))
                    .then_with(|| format.compare(a.name, b.name))
                    .then_with(|| a.id.cmp(b.id))
            });
            let present = |all: &[&'static str], has: &dyn Fn(&str) -> bool| -> Vec<&'static str> {
                all.iter().copied().filter(|k| has(k)).collect()
            };
            let filters = BTreeMap::from([
                (
                    "regions",
                    present(&REGIONS, &|k| {
                        export.institutions.iter().any(|i| i.region == k)
                    }),
                ),
                (
                    "kinds",
                    present(&KINDS, &|k| export.institutions.iter().any(|i| i.kind == k)),
                ),
                (
                    "statuses",
                    present(&STATUSES, &|k| {
                        export.institutions.iter().any(|i| i.status.key() == k)
                    }),
                ),
                (
                    "fields",
                    present(&FIELDS, &|k| {
                        export.institutions.iter().any(|i| i.fields.contains(&k))
                    }),
                ),
            ]);
            ctx.insert("institutions", &list);
            ctx.insert("filters", &filters);
            data::directory_links(r, lang, &root, &mut ctx);
            ctx.insert("sample_banner", &export.sample);
            ctx.insert("page", &PageCtx::titled(r.t(lang, "nav-institutions")));
            (
                lang.as_str(),
                urls::INSTITUTIONS.to_owned(),
                job.template(),
                ctx,
            )
        }
        Job::Institution { lang, index } => {
            let export = site.export.as_ref()?;
            let inst = &export.institutions[*index];
            let path = urls::institution(&inst.slug);
            let (mut ctx, root) = r.base(lang, &path, "institution", None);
            let ictx =
                InstitutionCtx::new(inst, lang, format!("{root}{lang}/{path}"), r.format(lang));
            ctx.insert("page", &PageCtx::titled(ictx.name.to_owned()));
            ctx.insert("institution", &ictx);
            ctx.insert("sample_banner", &export.sample);
            (lang.as_str(), path, job.template(), ctx)
        }
        Job::StatusChanges { lang } => {
            let ctx = data::changes_page(r, lang)?;
            (lang.as_str(), data::CHANGES.to_owned(), job.template(), ctx)
        }
        Job::Download { lang, format } => return data::download(r, lang, *format),
        Job::LanguagePicker | Job::NotFound => return root_page(r, job, diags),
    };
    let mut ctx = ctx;
    ctx.insert("jsonld", &super::jsonld::block(r, lang, job, &ctx));
    let html = r.template(lang, template, &ctx, diags)?;
    Some(OutputFile {
        path: format!("{lang}/{path}"),
        bytes: html,
    })
}

/// The two pages at the root of the site, in the default language.
fn root_page(r: &Renderer, job: &Job, diags: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let config = &r.site.config;
    let lang = config.default_language.as_str();
    let (file, kind) = match job {
        Job::LanguagePicker => ("index.html", "language-picker"),
        _ => ("404.html", "not-found"),
    };
    let template = job.template();
    // A host serves 404.html at whatever path was asked for, so relative links cannot work
    // there; with a base URL the page links absolutely.
    let root = match (job, &config.base_url) {
        (Job::NotFound, Some(base)) => base.clone(),
        _ => String::new(),
    };
    let mut ctx = r.base_at(lang, "index.html", kind, None, &root);
    ctx.insert("default_url", &format!("{root}{lang}/index.html"));
    ctx.insert(
        "canonical",
        &config
            .base_url
            .as_ref()
            .filter(|_| file == "index.html")
            .map(|b| format!("{b}index.html"))
            .unwrap_or_default(),
    );
    // No item of the menu is this page.
    ctx.insert("nav", &nav::items(r.nav(lang), lang, &root, ""));
    let title = if file == "404.html" {
        "not-found-title"
    } else {
        "site-title"
    };
    ctx.insert("page", &PageCtx::titled(r.t(lang, title)));
    let html = r.template(lang, template, &ctx, diags)?;
    Some(OutputFile {
        path: file.to_owned(),
        bytes: html,
    })
}

fn glossary<'a>(
    r: &'a Renderer,
    lang: &str,
    root: &str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<GroupCtx<'a>> {
    let index = GlossaryIndex::new(lang);
    let entries: Vec<_> = r
        .site
        .collection(lang, Collection::Glossary)
        .into_iter()
        .filter_map(|(doc, c)| match &doc.kind {
            Kind::Glossary(t) => Some((doc, c, t)),
            _ => None,
        })
        .collect();
    let mut groups: Vec<GroupCtx> = Vec::new();
    let filed = index.group(entries, |(_, _, t)| (t.term.as_str(), t.reading.as_deref()));
    let entries = filed
        .into_iter()
        .flat_map(|g| g.entries.into_iter().map(move |e| (g.label, e)));
    for (letter, (doc, chosen, term)) in entries {
        if index.uses_reading() && term.reading.is_none() && doc.lang == lang && letter == OTHER {
            diags.push(
                Diagnostic::warning(
                    &doc.path,
                    None,
                    format!(
                        "glossary term `{}` has no `reading`; it is listed at the end of the index",
                        term.term
                    ),
                )
                .with_hint("add `reading:` in kana (ja), pinyin (zh-Hans) or zhuyin (zh-Hant)"),
            );
        }
        let related = term
            .related
            .iter()
            .filter_map(|(id, _)| {
                let (d, _) = r.site.doc(lang, &format!("glossary/{id}.md"))?;
                Some(RelatedCtx {
                    id: d.id(),
                    term: d.title(),
                    url: format!("{root}{lang}/{}#{}", urls::GLOSSARY, d.id()),
                    lang: other_lang(&d.lang, lang),
                })
            })
            .collect();
        let (definition, _) = r.markdown(lang, chosen.doc, root, false, &mut HashSet::new(), diags);
        let entry = TermCtx {
            id: doc.id(),
            term: &term.term,
            aliases: term
                .aliases
                .iter()
                .map(|a| {
                    TextCtx::alias(
                        a,
                        &term.term,
                        &doc.lang,
                        &r.site.config.default_language,
                        lang,
                    )
                })
                .collect(),
            related,
            definition,
            lang: other_lang(&doc.lang, lang),
        };
        match groups.last_mut() {
            Some(g) if g.letter == letter => g.terms.push(entry),
            _ => {
                let id = format!("letter-{}", groups.len() + 1);
                groups.push(GroupCtx {
                    letter: letter.to_owned(),
                    id,
                    terms: vec![entry],
                });
            }
        }
    }
    groups
}

fn faq<'a>(
    r: &'a Renderer,
    lang: &str,
    root: &str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<CategoryCtx<'a>> {
    // Categories appear in the order of their first entry, so `order` numbers that run across
    // the whole FAQ decide both the order of categories and of questions within each.
    let mut categories: Vec<CategoryCtx> = Vec::new();
    let mut linked = HashSet::new();
    for (doc, chosen) in r.site.collection(lang, Collection::Faq) {
        let Kind::Faq(f) = &doc.kind else { continue };
        let (answer, _) = r.markdown(lang, chosen.doc, root, true, &mut linked, diags);
        let entry = FaqEntryCtx {
            id: doc.id(),
            question: &f.question,
            answer,
            lang: other_lang(&doc.lang, lang),
        };
        match categories.iter_mut().find(|c| c.key == f.category) {
            Some(c) => c.entries.push(entry),
            None => categories.push(CategoryCtx {
                key: &f.category,
                title: category_title(r, lang, &f.category, doc, diags),
                entries: vec![entry],
            }),
        }
    }
    categories
}

/// The heading of a FAQ category: the message `faq-category-<key>`, or, where no locale has
/// one, the key itself made readable (a category is any key an editor chooses).
fn category_title(
    r: &Renderer,
    lang: &str,
    key: &str,
    doc: &crate::content::Document,
    diags: &mut Vec<Diagnostic>,
) -> String {
    let message = format!("faq-category-{key}");
    let default = &r.site.config.default_language;
    if r.messages.has(lang, &message) || r.messages.has(default, &message) {
        return r.t(lang, &message);
    }
    if lang == default {
        diags.push(
            Diagnostic::warning(
                &doc.path,
                None,
                format!("FAQ category `{key}` has no title; the key is shown"),
            )
            .with_hint(format!(
                "add `{message} = ...` to locales/{default}/site.ftl"
            )),
        );
    }
    let mut title = key.replace('-', " ");
    if let Some(first) = title.get(..1) {
        title = first.to_uppercase() + &title[1..];
    }
    title
}

fn tiers<'a>(
    r: &'a Renderer,
    lang: &str,
    root: &str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<TierCtx<'a>> {
    let mut out: Vec<TierCtx> = r
        .site
        .collection(lang, Collection::RiskTier)
        .into_iter()
        .filter_map(|(doc, chosen)| {
            let Kind::RiskTier(t) = &doc.kind else {
                return None;
            };
            let (content, _) =
                r.markdown(lang, chosen.doc, root, false, &mut HashSet::new(), diags);
            let summary = first_paragraph(&content);
            Some(TierCtx {
                id: doc.id(),
                tier: t.tier.key(),
                title: doc.meta.title.as_deref().unwrap_or(""),
                who_may_deliver: t.who_may_deliver.as_deref(),
                approval: t.approval.as_deref(),
                examples: &t.examples,
                url: format!("{root}{lang}/risk-tiers/{}.html", doc.id()),
                summary,
                content,
                lang: other_lang(&doc.lang, lang),
            })
        })
        .collect();
    out.sort_by_key(|t| ["low", "medium", "high"].iter().position(|k| *k == t.tier));
    out
}

fn first_paragraph(html: &str) -> String {
    match (html.find("<p>"), html.find("</p>")) {
        (Some(s), Some(e)) if s < e => html[s..e + 4].to_owned(),
        _ => String::new(),
    }
}

/// `sitemap.xml` with every page and its language alternates; only when the site has a base URL.
pub fn sitemap(site: &Site) -> Option<OutputFile> {
    let base = site.config.base_url.as_ref()?;
    let mut paths: Vec<String> = Vec::new();
    for rel in &site.pages {
        let (path, anchor) = urls::target(rel);
        if anchor.is_none() {
            paths.push(path);
        }
    }
    for dir in nav::sections(site) {
        if !site.pages.contains(&nav::section_index(dir)) {
            paths.push(nav::section_path(dir));
        }
    }
    let has = |c: Collection| site.pages.iter().any(|r| Collection::of(r) == c);
    for (c, p) in [
        (Collection::Glossary, urls::GLOSSARY),
        (Collection::Faq, urls::FAQ),
        (Collection::RiskTier, urls::TIERS),
        (Collection::Contact, urls::CONTACTS),
    ] {
        if has(c) {
            paths.push(p.to_owned());
        }
    }
    if let Some(export) = &site.export {
        paths.push(urls::INSTITUTIONS.to_owned());
        paths.push(data::CHANGES.to_owned());
        paths.extend(
            export
                .institutions
                .iter()
                .map(|i| urls::institution(&i.slug)),
        );
    }
    paths.sort();
    let xml_escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in &paths {
        let encoded = urls::encode_path(path);
        for lang in &site.config.languages {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                xml_escape(&format!("{base}{lang}/{encoded}"))
            ));
            for alt in &site.config.languages {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{}\"/>\n",
                    xml_escape(&format!("{base}{alt}/{encoded}"))
                ));
            }
            let default = &site.config.default_language;
            xml.push_str(&format!("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n", xml_escape(&format!("{base}{default}/{encoded}"))));
        }
    }
    xml.push_str("</urlset>\n");
    Some(OutputFile {
        path: "sitemap.xml".into(),
        bytes: xml.into_bytes(),
    })
}
