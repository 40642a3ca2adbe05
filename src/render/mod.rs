//! Rendering: every page of every language through the theme's Tera templates, in parallel.
//!
//! Templates are parsed once; each language gets its own copy of the parsed set with a `t`
//! function bound to that language's messages, since Tera functions cannot see the context.

pub mod context;
pub mod data;
pub mod direction;
pub mod isolation;
mod jsonld;
pub mod nav;
mod pages;
pub mod tel;
pub mod urls;

pub use pages::Job;

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use tera::Tera;

use crate::content::markdown::{self, LinkTarget, Marking, RenderContext, TermMatcher};
use crate::content::{Collection, Kind};
use crate::diagnostics::Diagnostic;
use crate::i18n::Messages;
use crate::i18n::format::LocaleFormat;
use crate::model::Site;
use crate::output::{OutputError, Sink};
use crate::theme::Theme;

/// One file of the output, by path relative to the output root.
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// What renders the site: the parsed templates per language, messages and formats.
pub struct Renderer<'a> {
    pub site: &'a Site,
    pub messages: Arc<Messages>,
    kit: Arc<Kit>,
    /// The date export ages are measured against.
    pub today: jiff::civil::Date,
    /// The date the pages say the copy was made (`offline::stamp`); `today` unless set.
    pub generated: jiff::civil::Date,
    /// Each language's navigation, made on first use and shared by all its pages.
    navs: BTreeMap<String, OnceLock<Vec<nav::NavEntry>>>,
    /// Each language's search key groups (`search::layout`), which its pages' search forms
    /// name.
    key_groups: BTreeMap<String, u32>,
}

/// What rendering needs besides the site, made once per build: the parsed templates, and each
/// language's formats and glossary matcher. `serve` keeps it across rebuilds while the
/// templates, messages and glossary terms stay the same.
pub struct Kit {
    /// One Tera for every language: `t()` speaks the language of the page being rendered
    /// (see [`PAGE_LANG`]), so the templates are parsed and held once.
    tera: Tera,
    formats: BTreeMap<String, LocaleFormat>,
    /// Glossary matching per language: the matcher and, by its term index, the term ids.
    terms: BTreeMap<String, TermMatcher>,
}

thread_local! {
    /// The language of the page this thread is rendering, set around each render: Tera's
    /// functions see only their arguments, and a Tera per language (for a `t()` bound to it)
    /// held ten copies of the parsed templates.
    static PAGE_LANG: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The Tera function `t(key=..., ...)`: a message in the language of the page being rendered.
struct Translate {
    messages: Arc<Messages>,
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        let rest: Vec<(&str, &tera::Value)> = args
            .iter()
            .filter(|(k, _)| *k != "key")
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        let fluent = (!rest.is_empty()).then(|| crate::i18n::fluent_args(rest));
        // A key missing everywhere is recorded by `Messages` and fails the build after
        // rendering, with every such key listed at once.
        let text = PAGE_LANG
            .with_borrow(|lang| self.messages.get(lang, key, fluent.as_ref()))
            .unwrap_or_else(|| key.to_owned());
        Ok(tera::Value::String(text))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

impl Kit {
    pub fn new(
        site: &Site,
        theme: &Theme,
        messages: &Arc<Messages>,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Kit> {
        let mut base = Tera::default();
        base.autoescape_on(vec![".html"]);
        // Tera's default also escapes `/`, which turns every URL into `..&#x2F;en&#x2F;`: valid,
        // but unreadable in the source a patient may save. These five are all HTML needs.
        base.set_escape_fn(markdown::escape_html);
        base.register_filter("tel", tel::filter);
        if let Err(e) = base.add_raw_templates(
            theme
                .templates
                .iter()
                .map(|(n, t)| (n.as_str(), t.as_str())),
        ) {
            diags.push(Diagnostic::error(
                format!("themes/{}/templates", site.config.theme),
                None,
                error_chain(&e),
            ));
            return None;
        }
        base.register_function(
            "t",
            Translate {
                messages: Arc::clone(messages),
            },
        );
        let mut formats = BTreeMap::new();
        let mut terms = BTreeMap::new();
        for lang in &site.config.languages {
            formats.insert(lang.clone(), LocaleFormat::new(lang));
            let entries: Vec<(String, Vec<String>)> = site
                .collection(lang, Collection::Glossary)
                .into_iter()
                .filter_map(|(d, _)| match &d.kind {
                    Kind::Glossary(t) => Some((
                        d.id().to_owned(),
                        std::iter::once(t.term.clone())
                            .chain(t.aliases.iter().cloned())
                            .collect(),
                    )),
                    _ => None,
                })
                .collect();
            terms.insert(lang.clone(), TermMatcher::new(&entries));
        }
        Some(Kit {
            tera: base,
            formats,
            terms,
        })
    }
}

impl<'a> Renderer<'a> {
    pub fn new(
        site: &'a Site,
        theme: &Theme,
        messages: Arc<Messages>,
        today: jiff::civil::Date,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Renderer<'a>> {
        let kit = Kit::new(site, theme, &messages, diags)?;
        Some(Renderer::with_kit(site, Arc::new(kit), messages, today))
    }

    /// A renderer with a kit made before; `kit` must have been made for the same templates,
    /// messages and glossary terms as `site` has.
    pub fn with_kit(
        site: &'a Site,
        kit: Arc<Kit>,
        messages: Arc<Messages>,
        today: jiff::civil::Date,
    ) -> Renderer<'a> {
        Renderer {
            site,
            messages,
            kit,
            today,
            generated: today,
            navs: site
                .config
                .languages
                .iter()
                .map(|l| (l.clone(), OnceLock::new()))
                .collect(),
            key_groups: crate::search::key_groups(site),
        }
    }

    /// The renderer with `date` as the day the pages say the copy was made.
    pub fn generated_on(self, date: jiff::civil::Date) -> Renderer<'a> {
        Renderer {
            generated: date,
            ..self
        }
    }

    /// The navigation entries of `lang`, made once per renderer.
    fn nav(&self, lang: &str) -> &[nav::NavEntry] {
        self.navs[lang].get_or_init(|| nav::entries(self, lang))
    }

    /// The search key groups of `lang` (see `search::layout`).
    fn key_groups(&self, lang: &str) -> u32 {
        self.key_groups.get(lang).copied().unwrap_or(0)
    }

    /// The date and number formats of `lang`.
    pub fn format(&self, lang: &str) -> &LocaleFormat {
        &self.kit.formats[lang]
    }

    /// Renders every page and the sitemap; the files come back in a fixed order whatever the
    /// thread timing.
    pub fn render_all(&self, diags: &mut Vec<Diagnostic>) -> Vec<OutputFile> {
        let mut files = self.render_where(|_| true, diags);
        files.extend(pages::sitemap(self.site));
        files
    }

    /// Renders every page and the sitemap, handing each file to `sink` as soon as it is made
    /// (on the rayon worker that rendered it), so that the site is never held whole; returns
    /// the paths, in a fixed order.
    pub fn render_into(
        &self,
        sink: &dyn Sink,
        diags: &mut Vec<Diagnostic>,
    ) -> Result<Vec<String>, OutputError> {
        let jobs = pages::jobs(self.site);
        let results: Vec<(Option<String>, Vec<Diagnostic>)> = jobs
            .par_iter()
            .map(|job| {
                let mut local = Vec::new();
                let Some(file) = pages::render(self, job, &mut local) else {
                    return Ok((None, local));
                };
                sink.file(&file.path, &file.bytes)?;
                Ok((Some(file.path), local))
            })
            .collect::<Result<_, OutputError>>()?;
        let mut paths = Vec::with_capacity(results.len() + 1);
        for (path, local) in results {
            diags.extend(local);
            paths.extend(path);
        }
        if let Some(file) = pages::sitemap(self.site) {
            sink.file(&file.path, &file.bytes)?;
            paths.push(file.path);
        }
        Ok(paths)
    }

    /// Renders the pages `keep` selects (`serve` re-renders only what an edit touched).
    pub fn render_where(
        &self,
        keep: impl Fn(&Job) -> bool + Sync,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<OutputFile> {
        let jobs: Vec<Job> = pages::jobs(self.site).into_iter().filter(keep).collect();
        let results: Vec<(Option<OutputFile>, Vec<Diagnostic>)> = jobs
            .par_iter()
            .map(|job| {
                let mut local = Vec::new();
                let file = pages::render(self, job, &mut local);
                (file, local)
            })
            .collect();
        let mut files = Vec::with_capacity(results.len() + 1);
        for (file, local) in results {
            diags.extend(local);
            files.extend(file);
        }
        files
    }

    /// Renders `template` for `lang`, turning a template error into a diagnostic.
    fn template(
        &self,
        lang: &str,
        template: &str,
        ctx: &tera::Context,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Vec<u8>> {
        PAGE_LANG.with_borrow_mut(|page| {
            page.clear();
            page.push_str(lang);
        });
        // Rendered as bytes: `render` would check the whole page as UTF-8 to make a `String`,
        // and the page is written as bytes.
        // Room for most pages (10 to 20 KB) at once.
        let mut html = Vec::with_capacity(16 * 1024);
        match self.kit.tera.render_to(template, ctx, &mut html) {
            Ok(()) => Some(isolation::confine(html)),
            Err(e) => {
                diags.push(Diagnostic::error(
                    format!("themes/{}/templates/{template}", self.site.config.theme),
                    None,
                    error_chain(&e),
                ));
                None
            }
        }
    }

    /// Renders the body of document `doc` for a page of `lang` whose root prefix is `root`.
    fn markdown(
        &self,
        lang: &str,
        doc: usize,
        root: &str,
        autolink: bool,
        linked: &mut HashSet<usize>,
        diags: &mut Vec<Diagnostic>,
    ) -> (String, Vec<markdown::Heading>) {
        let d = &self.site.documents[doc];
        let link = |target: &LinkTarget| self.link_url(lang, root, target);
        let matcher = &self.kit.terms[lang];
        let term_url = |i: usize| format!("{root}{lang}/{}#{}", urls::GLOSSARY, matcher.ids[i]);
        // What needs marking depends on the language of the text, which differs from the
        // page's when the page shows the source text as a fallback.
        let ctx = RenderContext {
            link: &link,
            terms: autolink.then_some((matcher, &term_url as &dyn Fn(usize) -> String)),
            marking: Marking {
                korean: d.lang.split('-').next() != Some("ko"),
                isolate_ltr: direction::is_rtl(&d.lang),
            },
        };
        match d.source() {
            Ok(src) => markdown::render(&src, d.body.clone(), &d.rel, &ctx, linked, diags),
            Err(e) => {
                diags.push(e.diagnostic());
                (String::new(), Vec::new())
            }
        }
    }

    /// The URL of a content link from a page of `lang`, or what is wrong with it.
    fn link_url(&self, lang: &str, root: &str, target: &LinkTarget) -> Result<String, String> {
        let Some((doc, chosen)) = self.site.doc(lang, &target.rel) else {
            if self.site.failed.contains(&target.rel) {
                // Its own error is reported; the build fails without output anyway.
                return Ok(String::new());
            }
            let default = &self.site.config.default_language;
            return Err(format!(
                "link to `{}`: there is no such page in content/{default}/",
                target.rel
            ));
        };
        let (path, entry) = urls::target(&target.rel);
        let anchor = match (entry, &target.anchor) {
            (Some(id), Some(a)) if *a != id => {
                return Err(format!(
                    "link to `{}#{a}`: glossary, FAQ and contact entries are linked as a whole; drop `#{a}`",
                    target.rel
                ));
            }
            (Some(id), _) => Some(id),
            (None, Some(a)) => {
                let default = &self.site.config.default_language;
                let has = |doc: usize| self.site.documents[doc].outline.iter().any(|h| h.id == *a);
                let source = self.site.chosen[default][&target.rel].doc;
                if !has(source) {
                    return Err(format!(
                        "link to `{}#{a}`: that page has no heading with the id `{a}`",
                        target.rel
                    ));
                }
                if !has(chosen.doc) {
                    return Err(format!(
                        "link to `{}#{a}`: its `{}` version, {}, has no heading with the id `{a}`",
                        target.rel,
                        doc.lang,
                        doc.path.display()
                    ));
                }
                Some(a.clone())
            }
            (None, None) => None,
        };
        let anchor = anchor.map(|a| format!("#{a}")).unwrap_or_default();
        Ok(format!("{root}{lang}/{}{anchor}", urls::encode_path(&path)))
    }
}

/// A Tera error with its causes, which hold the template line and what went wrong.
fn error_chain(e: &tera::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}
