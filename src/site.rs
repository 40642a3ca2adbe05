//! The orchestrator: load → parse → model → render → write, each step named and timed.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::config::Config;
use crate::content::discovery;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::i18n::Messages;
use crate::institutions::Export;
use crate::model::Site;
use crate::output::{self, OutputError};
use crate::render::Renderer;
use crate::search;
use crate::theme::Theme;
use rayon::prelude::*;

/// What a build was asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Overrides `output_dir` from site.toml.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from site.toml.
    pub base_url: Option<String>,
    pub drafts: bool,
    /// `false` for `check`: validate everything, write nothing.
    pub write: bool,
    /// The date export ages are measured against; `None` for today (or SOURCE_DATE_EPOCH).
    pub today: Option<jiff::civil::Date>,
    /// Adds the pseudo-locales (`i18n::pseudo`) to the site's languages.
    pub pseudo: bool,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Pages per language, and how many of them show the default language's text.
    pub languages: Vec<(String, usize, usize)>,
    pub files: usize,
    pub warnings: Vec<Diagnostic>,
    pub steps: Vec<(&'static str, Duration)>,
    pub output: Option<PathBuf>,
}

#[derive(Debug, Error)]
pub enum BuildError {
    /// Problems in the site's files; every one found, sorted by file.
    #[error("the site has {} error(s)", .0.iter().filter(|d| d.severity == Severity::Error).count())]
    Content(Vec<Diagnostic>),
    /// The site could not be found or read at all (no site.toml).
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Output(#[from] OutputError),
    /// The search index could not be built.
    #[error("search index: {0}")]
    Search(#[from] tantivy::TantivyError),
}

struct Timer {
    steps: Vec<(&'static str, Duration)>,
    last: Instant,
}

impl Timer {
    fn step(&mut self, name: &'static str) {
        let now = Instant::now();
        self.steps.push((name, now - self.last));
        self.last = now;
    }
}

/// The site read and validated, before anything is rendered.
struct Loaded {
    site: Site,
    theme: Theme,
    messages: Arc<Messages>,
    assets: Vec<(String, String, PathBuf)>,
    diags: Vec<Diagnostic>,
}

/// The first stages: configuration, content, export, theme and messages, model.
fn load(opts: &BuildOptions, t: &mut Timer) -> Result<Loaded, BuildError> {
    let root = opts.root.as_path();
    if !root.join("site.toml").is_file() {
        return Err(BuildError::Usage(format!(
            "{}: no site.toml here; pass --root DIR to name the site's folder",
            root.display()
        )));
    }
    let mut diags = Vec::new();

    let mut config = Config::from_root(root).map_err(BuildError::Content)?;
    if let Some(url) = &opts.base_url {
        config.base_url = Some(if url.ends_with('/') {
            url.clone()
        } else {
            format!("{url}/")
        });
    }
    if opts.pseudo {
        for lang in crate::i18n::pseudo::LANGUAGES {
            if !config.languages.iter().any(|l| l == lang) {
                config.languages.push(lang.to_owned());
            }
        }
    }
    t.step("config");

    let found = discovery::discover(root, &config, &mut diags);
    t.step("content");

    let export_path = root.join(&config.institutions);
    let export = Export::load(&export_path, &config.institutions, &mut diags);
    t.step("institutions");

    let mut theme = Theme::load(root, &config, &mut diags);
    let mut layers = std::mem::take(&mut theme.locales);
    layers.retain(|lang, _| config.languages.contains(lang));
    let messages = Arc::new(Messages::new(&config.default_language, layers, &mut diags));
    t.step("theme and messages");

    let site = Site::new(
        config,
        found.documents,
        &found.failed,
        export,
        opts.drafts,
        &mut diags,
    );
    t.step("model");
    Ok(Loaded {
        site,
        theme,
        messages,
        assets: found.assets,
        diags,
    })
}

/// Validation added to a build's own (`check` brings its own): `site` runs on the validated
/// site before rendering, with the date export ages are measured against; `output` on every
/// file the build would write, by path relative to the output folder, with the theme that
/// rendered them.
pub trait Checks {
    fn site(&mut self, site: &Site, today: jiff::civil::Date, diags: &mut Vec<Diagnostic>);
    fn output(
        &mut self,
        site: &Site,
        theme: &Theme,
        files: &[(String, Vec<u8>)],
        diags: &mut Vec<Diagnostic>,
    );
}

/// A plain build checks nothing more.
impl Checks for () {
    fn site(&mut self, _: &Site, _: jiff::civil::Date, _: &mut Vec<Diagnostic>) {}
    fn output(&mut self, _: &Site, _: &Theme, _: &[(String, Vec<u8>)], _: &mut Vec<Diagnostic>) {}
}

/// Builds (or, with `write: false`, checks) the site at `opts.root`.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    build_with(opts, &mut ())
}

/// [`build`], with `extra` validation of the site and of its output.
pub fn build_with(opts: &BuildOptions, extra: &mut dyn Checks) -> Result<BuildReport, BuildError> {
    let root = opts.root.as_path();
    let mut t = Timer {
        steps: Vec::new(),
        last: Instant::now(),
    };
    let Loaded {
        site,
        theme,
        messages,
        assets,
        mut diags,
    } = load(opts, &mut t)?;

    let today = opts.today.unwrap_or_else(today);
    extra.site(&site, today, &mut diags);
    let files = match Renderer::new(&site, &theme, Arc::clone(&messages), today, &mut diags) {
        Some(renderer) => renderer.render_all(&mut diags),
        None => Vec::new(),
    };
    diags.extend(messages.diagnostics());
    t.step("render");

    let mut all = Diagnostics::default();
    all.extend(diags);
    if all.has_errors() {
        return Err(BuildError::Content(all.sorted()));
    }

    let indexes: Vec<Result<Vec<(String, String)>, tantivy::TantivyError>> = site
        .config
        .languages
        .par_iter()
        .map(|lang| {
            let docs = search::docs::documents(&site, &messages, lang);
            let index = search::index::LanguageIndex::build(lang, &docs)?;
            search::export::scripts(&index, site.config.search_part_bytes)
        })
        .collect();
    t.step("search index");

    let mut languages = Vec::new();
    for lang in &site.config.languages {
        let pages = files
            .iter()
            .filter(|f| f.path.starts_with(&format!("{lang}/")) && f.path.ends_with(".html"))
            .count();
        let fallbacks = site
            .chosen
            .get(lang)
            .map_or(0, |m| m.values().filter(|c| c.fallback).count());
        languages.push((lang.clone(), pages, fallbacks));
    }
    let mut output_files: Vec<(String, Vec<u8>)> =
        files.into_iter().map(|f| (f.path, f.bytes)).collect();
    for scripts in indexes {
        for (name, text) in scripts? {
            output_files.push((format!("assets/search/{name}"), text.into_bytes()));
        }
    }
    for (name, bytes) in &theme.statics {
        output_files.push((format!("assets/{name}"), bytes.clone()));
    }
    for (lang, rel, path) in &assets {
        match std::fs::read(path) {
            Ok(bytes) => output_files.push((format!("{lang}/{rel}"), bytes)),
            Err(e) => all.push(Diagnostic::error(
                crate::diagnostics::display_path(root, path),
                None,
                format!("cannot read: {e}"),
            )),
        }
    }
    let mut late = Vec::new();
    extra.output(&site, &theme, &output_files, &mut late);
    all.extend(late);
    if all.has_errors() {
        return Err(BuildError::Content(all.sorted()));
    }
    let count = output_files.len();
    let output = if opts.write {
        let out = root.join(opts.output.as_deref().unwrap_or(&site.config.output_dir));
        output::write_atomically(
            &out,
            output_files.iter().map(|(p, b)| (p.as_str(), b.as_slice())),
        )?;
        t.step("write");
        Some(out)
    } else {
        None
    };
    Ok(BuildReport {
        languages,
        files: count,
        warnings: all
            .sorted()
            .into_iter()
            .filter(|d| d.severity == Severity::Warning)
            .collect(),
        steps: t.steps,
        output,
    })
}

/// The search index of `lang` (the default language when `None`), as the build makes it.
pub fn search_index(
    opts: &BuildOptions,
    lang: Option<&str>,
) -> Result<search::index::LanguageIndex, BuildError> {
    let mut t = Timer {
        steps: Vec::new(),
        last: Instant::now(),
    };
    let Loaded {
        site,
        messages,
        diags,
        ..
    } = load(opts, &mut t)?;
    let mut all = Diagnostics::default();
    all.extend(diags);
    if all.has_errors() {
        return Err(BuildError::Content(all.sorted()));
    }
    let lang = lang.unwrap_or(&site.config.default_language);
    if !site.config.languages.iter().any(|l| l == lang) {
        return Err(BuildError::Usage(format!(
            "language `{lang}` is not one of the site's: {}",
            site.config.languages.join(", ")
        )));
    }
    let docs = search::docs::documents(&site, &messages, lang);
    Ok(search::index::LanguageIndex::build(lang, &docs)?)
}

/// Today in UTC, or the day of SOURCE_DATE_EPOCH when set, so that reproducible builds agree.
fn today() -> jiff::civil::Date {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    now.to_zoned(jiff::tz::TimeZone::UTC).date()
}
