//! The orchestrator: load → parse → model → render → write, each step named and timed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::config::Config;
use crate::content::{Document, discovery};
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::i18n::Messages;
use crate::institutions::Export;
use crate::model::Site;
use crate::offline;
use crate::output::{Collect, Discard, OutputError, Sink, Sinks, Staging};
use crate::render::{Kit, Renderer};
use crate::search;
use crate::theme::Theme;
use crate::usage::{self, CpuShare};
use rayon::prelude::*;

mod shared_work;

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
    /// The date export ages are measured against and the pages' stamp shows; `None` for today
    /// (or SOURCE_DATE_EPOCH), and for the stamp the newest input's day.
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
    /// The CPU time of each step, every thread's, where the system tells it (Unix).
    pub cpu: Vec<(&'static str, Duration)>,
    /// Within the step that indexes and makes the editions on two threads at once, the CPU
    /// time of each kind of work.
    pub cpu_within: Vec<(&'static str, Duration)>,
    /// The process's peak resident memory, in bytes, at the end of each step, where the system
    /// tells it (Linux): where memory goes, for the benchmark.
    pub peaks: Vec<(&'static str, u64)>,
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
    #[error(transparent)]
    Offline(#[from] crate::offline::OfflineError),
}

/// A content file that changed or vanished between its first reading and a later one is a
/// problem in the site's files, reported as they are.
impl From<crate::content::SourceError> for BuildError {
    fn from(e: crate::content::SourceError) -> Self {
        BuildError::Content(vec![e.diagnostic()])
    }
}

/// The step that indexes the languages and makes their offline editions, two threads at once:
/// the build's summary gives its CPU time for each kind of work too.
pub const SEARCH_AND_EDITIONS: &str = "search index and offline editions";

pub(crate) struct Timer {
    pub(crate) steps: Vec<(&'static str, Duration)>,
    pub(crate) cpu: Vec<(&'static str, Duration)>,
    pub(crate) peaks: Vec<(&'static str, u64)>,
    last: Instant,
    last_cpu: Option<Duration>,
}

impl Timer {
    pub(crate) fn new() -> Timer {
        Timer {
            steps: Vec::new(),
            cpu: Vec::new(),
            peaks: Vec::new(),
            last: Instant::now(),
            last_cpu: usage::process_cpu(),
        }
    }

    pub(crate) fn step(&mut self, name: &'static str) {
        let now = Instant::now();
        self.steps.push((name, now - self.last));
        self.last = now;
        let cpu = usage::process_cpu();
        if let (Some(before), Some(now)) = (self.last_cpu, cpu) {
            self.cpu.push((name, now.saturating_sub(before)));
        }
        self.last_cpu = cpu;
        self.peaks
            .extend(usage::peak_memory().map(|bytes| (name, bytes)));
    }
}

/// Everything read from disk before the model is made. `serve` keeps it between rebuilds and
/// rereads only the inputs an edit touched.
pub(crate) struct Inputs {
    pub(crate) config: Config,
    /// Every parsed document, drafts included (the model leaves them out unless asked).
    pub(crate) documents: Vec<Arc<Document>>,
    pub(crate) failed: Vec<(String, String)>,
    pub(crate) assets: Vec<(String, String, PathBuf)>,
    pub(crate) export: Option<Export>,
    pub(crate) theme: Theme,
    pub(crate) messages: Arc<Messages>,
    /// Problems found while reading, kept per input so that rereading one replaces only its own.
    pub(crate) content_diags: Vec<Diagnostic>,
    pub(crate) export_diags: Vec<Diagnostic>,
    pub(crate) theme_diags: Vec<Diagnostic>,
}

impl Inputs {
    /// Reads configuration, content, export, theme and messages.
    pub(crate) fn read(opts: &BuildOptions, t: &mut Timer) -> Result<Inputs, BuildError> {
        let root = opts.root.as_path();
        if !root.join("site.toml").is_file() {
            return Err(BuildError::Usage(format!(
                "{}: no site.toml here; pass --root DIR to name the site's folder",
                root.display()
            )));
        }
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

        let mut content_diags = Vec::new();
        let found = discovery::discover(root, &config, &mut content_diags);
        t.step("content");

        let (export, export_diags) = read_export(root, &config);
        t.step("institutions");
        let (theme, messages, theme_diags) = read_theme(root, &config);
        t.step("theme and messages");
        Ok(Inputs {
            config,
            documents: found.documents,
            failed: found.failed,
            assets: found.assets,
            export,
            theme,
            messages,
            content_diags,
            export_diags,
            theme_diags,
        })
    }

    pub(crate) fn reread_export(&mut self, root: &Path) {
        (self.export, self.export_diags) = read_export(root, &self.config);
    }

    pub(crate) fn reread_theme(&mut self, root: &Path) {
        (self.theme, self.messages, self.theme_diags) = read_theme(root, &self.config);
    }

    /// The problems found while reading.
    pub(crate) fn diagnostics(&self) -> Vec<Diagnostic> {
        [&self.content_diags, &self.export_diags, &self.theme_diags]
            .into_iter()
            .flatten()
            .cloned()
            .collect()
    }

    /// The validated model of the site; its problems go to `diags`.
    pub(crate) fn model(&self, drafts: bool, diags: &mut Vec<Diagnostic>) -> Site {
        Site::new(
            self.config.clone(),
            self.documents.clone(),
            &self.failed,
            self.export.clone(),
            drafts,
            diags,
        )
    }

    /// The theme's static files, written under `assets/`; returns their paths.
    pub(crate) fn static_files(&self, sink: &dyn Sink) -> Result<Vec<String>, OutputError> {
        let mut paths = Vec::with_capacity(self.theme.statics.len());
        for (name, bytes) in &self.theme.statics {
            let path = format!("assets/{name}");
            sink.file(&path, bytes)?;
            paths.push(path);
        }
        Ok(paths)
    }

    /// The content folders' own files (images, PDFs), copied beside the pages one at a time;
    /// returns their paths.
    pub(crate) fn asset_files(
        &self,
        root: &Path,
        keep: impl Fn(&str) -> bool,
        sink: &dyn Sink,
        diags: &mut Vec<Diagnostic>,
    ) -> Result<Vec<String>, OutputError> {
        let mut paths = Vec::new();
        for (lang, rel, path) in &self.assets {
            let name = format!("{lang}/{rel}");
            if !keep(&name) {
                continue;
            }
            match std::fs::read(path) {
                Ok(bytes) => {
                    sink.file(&name, &bytes)?;
                    paths.push(name);
                }
                Err(e) => diags.push(Diagnostic::error(
                    crate::diagnostics::display_path(root, path),
                    None,
                    format!("cannot read: {e}"),
                )),
            }
        }
        Ok(paths)
    }
}

fn read_export(root: &Path, config: &Config) -> (Option<Export>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let path = root.join(&config.institutions);
    let export = Export::load_with_changes(&path, &config.institutions, &mut diags);
    (export, diags)
}

/// The theme's templates, static files and messages, with the site's own messages laid over.
fn read_theme(root: &Path, config: &Config) -> (Theme, Arc<Messages>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut theme = Theme::load(root, config, &mut diags);
    let mut layers = std::mem::take(&mut theme.locales);
    layers.retain(|lang, _| config.languages.contains(lang));
    let messages = Messages::new(&config.default_language, layers, &mut diags);
    (theme, Arc::new(messages), diags)
}

/// The search scripts of `langs`, built in parallel, as output files.
pub(crate) fn search_files(
    site: &Site,
    messages: &Messages,
    langs: &[String],
) -> Result<Vec<(String, Vec<u8>)>, BuildError> {
    let all = Collect::default();
    search_into(site, messages, langs, &all)?;
    Ok(all.into_files())
}

/// The search scripts of `langs`, built in parallel, each language's handed to `sink` as soon
/// as it is made; returns their paths.
fn search_into(
    site: &Site,
    messages: &Messages,
    langs: &[String],
    sink: &dyn Sink,
) -> Result<Vec<String>, BuildError> {
    let paths: Vec<Vec<String>> = langs
        .par_iter()
        .map(|lang| search_language(site, messages, lang, sink, None))
        .collect::<Result<_, _>>()?;
    Ok(paths.into_iter().flatten().collect())
}

/// The search scripts of `lang`, each handed to `sink` as it is made; returns their paths.
/// With `export`, the scripts are made while holding it: making them holds every term's
/// postings as text, the most memory of any step, and threads that index languages side by
/// side take turns at it.
fn search_language(
    site: &Site,
    messages: &Messages,
    lang: &str,
    sink: &dyn Sink,
    export: Option<&std::sync::Mutex<()>>,
) -> Result<Vec<String>, BuildError> {
    let docs = search::docs::documents(site, messages, lang)?;
    let index = search::inverted::Inverted::build(lang, &docs);
    let order = index.norm_order();
    let index = index.renumbered(&order);
    let shown = search::export::shown(search::inverted::in_order(docs, &order));
    let mut paths = Vec::new();
    let _held = export.map(|lock| lock.lock().expect("no export panicked"));
    search::export::scripts(index, &shown, search::layout(site, lang), |name, text| {
        let path = format!("assets/search/{name}");
        sink.file(&path, text.as_bytes())?;
        paths.push(path);
        Ok::<_, BuildError>(())
    })?;
    Ok(paths)
}

/// The search scripts and the offline editions of every language, on two threads sharing the
/// work (see [`shared_work::share`]; an edition carries its language's search files). When one
/// thread indexed every language and the other made the editions, the other waited for the
/// first index and again whenever it caught up (0.4 s of a 6 s build on the generated corpus).
/// Two indexes built at once write their scripts in turn (see [`search_language`]), so that
/// the build holds one language's postings as text at a time. `paths` are the site's other
/// files, written before; returns the paths added: the search files, then the editions, each
/// in the languages' order.
fn search_and_editions(
    site: &Site,
    messages: &Messages,
    generated: jiff::civil::Date,
    paths: &[String],
    sink: &dyn Sink,
    shares: &WorkShares,
) -> Result<Vec<String>, BuildError> {
    let languages = &site.config.languages;
    let export = std::sync::Mutex::new(());
    let (search, editions) = shared_work::share(
        languages.len(),
        |n| {
            shares
                .search
                .run(|| search_language(site, messages, &languages[n], sink, Some(&export)))
        },
        |n, search| {
            let every: Vec<String> = paths.iter().cloned().chain(search).collect();
            let langs = std::slice::from_ref(&languages[n]);
            shares
                .editions
                .run(|| offline::editions_into(site, messages, generated, langs, &every, sink))
                .map_err(BuildError::from)
        },
    )?;
    Ok(search.into_iter().chain(editions).flatten().collect())
}

/// The CPU time of each kind of work in [`search_and_editions`], whose two threads run both.
#[derive(Default)]
struct WorkShares {
    search: CpuShare,
    editions: CpuShare,
}

impl WorkShares {
    fn report(&self) -> Vec<(&'static str, Duration)> {
        vec![
            ("search index", self.search.total()),
            ("offline editions", self.editions.total()),
        ]
    }
}

/// Pages per language, and how many of them show the default language's text.
fn language_counts(site: &Site, files: &[String]) -> Vec<(String, usize, usize)> {
    site.config
        .languages
        .iter()
        .map(|lang| {
            let prefix = format!("{lang}/");
            let pages = files
                .iter()
                .filter(|f| f.starts_with(&prefix) && f.ends_with(".html"))
                .count();
            let fallbacks = site
                .chosen
                .get(lang)
                .map_or(0, |m| m.values().filter(|c| c.fallback).count());
            (lang.clone(), pages, fallbacks)
        })
        .collect()
}

/// What a build made (its files went to the sink as they were made).
pub(crate) struct Assembled {
    /// What rendered the pages, for `serve` to render with again.
    pub(crate) kit: Option<Arc<Kit>>,
    /// The key groups the pages' search forms name (`search::key_groups`), for `serve` to
    /// render every page of a language again when they change.
    pub(crate) key_groups: BTreeMap<String, u32>,
    pub(crate) report: BuildReport,
}

/// Validation added to a build's own (`check` brings its own): `site` runs on the validated
/// site before rendering, with the date export ages are measured against; `output` on every
/// file the build would write, by path relative to the output folder, with the theme that
/// rendered them.
pub trait Checks {
    fn site(&mut self, site: &Site, today: jiff::civil::Date, diags: &mut Vec<Diagnostic>);
    /// Whether [`Checks::output`] looks at the files; when not, the build never holds them.
    fn wants_output(&self) -> bool {
        true
    }
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
    fn wants_output(&self) -> bool {
        false
    }
    fn output(&mut self, _: &Site, _: &Theme, _: &[(String, Vec<u8>)], _: &mut Vec<Diagnostic>) {}
}

/// Runs the pipeline from read inputs to every output file, each handed to `sink` as it is
/// made. On an error, files may have reached the sink: it must be one that discards them then
/// (a [`Staging`] folder that is not committed).
pub(crate) fn assemble(
    opts: &BuildOptions,
    inputs: &Inputs,
    mut t: Timer,
    extra: &mut dyn Checks,
    sink: &dyn Sink,
) -> Result<Assembled, BuildError> {
    let root = opts.root.as_path();
    let mut diags = inputs.diagnostics();
    let site = inputs.model(opts.drafts, &mut diags);
    t.step("model");

    let today = opts.today.unwrap_or_else(today);
    extra.site(&site, today, &mut diags);
    let generated = offline::stamp::for_build(opts.today, root, &site.config);
    let messages = &inputs.messages;
    // `check`'s link checker needs every file at once; a plain build keeps none.
    let kept = extra.wants_output().then(Collect::default);
    let mut sinks: Vec<&dyn Sink> = vec![sink];
    sinks.extend(kept.as_ref().map(|k| k as &dyn Sink));
    let sink = Sinks(sinks);
    let kit = Kit::new(&site, &inputs.theme, messages, &mut diags).map(Arc::new);
    let mut paths = match &kit {
        Some(kit) => Renderer::with_kit(&site, Arc::clone(kit), Arc::clone(messages), today)
            .generated_on(generated)
            .render_into(&sink, &mut diags)?,
        None => Vec::new(),
    };
    diags.extend(messages.diagnostics());
    t.step("render");

    let mut all = Diagnostics::default();
    all.extend(diags);
    if all.has_errors() {
        return Err(BuildError::Content(all.sorted()));
    }

    let languages = language_counts(&site, &paths);
    paths.extend(inputs.static_files(&sink)?);
    let mut asset_diags = Vec::new();
    paths.extend(inputs.asset_files(root, |_| true, &sink, &mut asset_diags)?);
    all.extend(asset_diags);
    let shares = WorkShares::default();
    let added = search_and_editions(&site, messages, generated, &paths, &sink, &shares)?;
    paths.extend(added);
    t.step(SEARCH_AND_EDITIONS);
    if let Some(kept) = kept {
        let mut late = Vec::new();
        extra.output(&site, &inputs.theme, &kept.into_files(), &mut late);
        all.extend(late);
    }
    if all.has_errors() {
        return Err(BuildError::Content(all.sorted()));
    }
    Ok(Assembled {
        report: BuildReport {
            languages,
            files: paths.len(),
            warnings: all
                .sorted()
                .into_iter()
                .filter(|d| d.severity == Severity::Warning)
                .collect(),
            steps: t.steps,
            // Where the system has no CPU clocks, no step's CPU time is known, nor its work's.
            cpu_within: if t.cpu.is_empty() {
                Vec::new()
            } else {
                shares.report()
            },
            cpu: t.cpu,
            peaks: t.peaks,
            output: None,
        },
        kit,
        key_groups: search::key_groups(&site),
    })
}

/// The folder a build writes to.
pub(crate) fn output_dir(opts: &BuildOptions, config: &Config) -> PathBuf {
    opts.root
        .join(opts.output.as_deref().unwrap_or(&config.output_dir))
}

/// Builds (or, with `write: false`, checks) the site at `opts.root`.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    build_with(opts, &mut ())
}

/// [`build`], with `extra` validation of the site and of its output.
pub fn build_with(opts: &BuildOptions, extra: &mut dyn Checks) -> Result<BuildReport, BuildError> {
    let mut t = Timer::new();
    let inputs = Inputs::read(opts, &mut t)?;
    let out = output_dir(opts, &inputs.config);
    // Files are written into the staging folder while pages render; it replaces the output
    // only after the whole build succeeded, and is removed (dropped) when it did not.
    let staging = opts.write.then(|| Staging::create(&out)).transpose()?;
    let sink: &dyn Sink = match &staging {
        Some(staging) => staging,
        None => &Discard,
    };
    let Assembled { mut report, .. } = assemble(opts, &inputs, t, extra, sink)?;
    if let Some(staging) = staging {
        let started = Instant::now();
        let cpu = usage::process_cpu();
        staging.commit()?;
        report.steps.push(("swap", started.elapsed()));
        if let (Some(before), Some(now)) = (cpu, usage::process_cpu()) {
            report.cpu.push(("swap", now.saturating_sub(before)));
        }
        report
            .peaks
            .extend(usage::peak_memory().map(|bytes| ("swap", bytes)));
        report.output = Some(out);
    }
    Ok(report)
}

/// The search index of `lang` (the default language when `None`), as the build makes it.
pub fn search_index(
    opts: &BuildOptions,
    lang: Option<&str>,
) -> Result<search::index::LanguageIndex, BuildError> {
    let inputs = Inputs::read(opts, &mut Timer::new())?;
    let mut diags = inputs.diagnostics();
    let site = inputs.model(opts.drafts, &mut diags);
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
    // Numbered as the build's export numbers them, so that equal scores rank alike.
    let docs = search::docs::documents(&site, &inputs.messages, lang)?;
    let order = search::inverted::Inverted::build(lang, &docs).norm_order();
    let docs = search::inverted::in_order(docs, &order);
    Ok(search::index::LanguageIndex::build(lang, &docs)?)
}

/// Today in UTC, or the day of SOURCE_DATE_EPOCH when set, so that reproducible builds agree.
pub(crate) fn today() -> jiff::civil::Date {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    now.to_zoned(jiff::tz::TimeZone::UTC).date()
}

#[cfg(test)]
mod pipeline_tests {
    use super::*;

    /// Keeps files as a build would, but fails on `path`.
    struct FailingAt {
        kept: Collect,
        path: String,
    }

    impl Sink for FailingAt {
        fn file(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
            if path == self.path {
                return Err(OutputError::Io {
                    path: path.into(),
                    source: std::io::Error::other("disk full"),
                });
            }
            self.kept.file(path, bytes)
        }

        fn read(&self, path: &str) -> Option<Vec<u8>> {
            self.kept.read(path)
        }
    }

    /// A build of the guide's own sources, on a fixed day.
    fn guide_options() -> BuildOptions {
        BuildOptions {
            root: env!("CARGO_MANIFEST_DIR").into(),
            output: None,
            base_url: None,
            drafts: false,
            write: true,
            today: Some(jiff::civil::date(2026, 3, 1)),
            pseudo: false,
        }
    }

    /// The guide's own sources, built into `sink`.
    fn build_guide_into(sink: &dyn Sink) -> Result<Assembled, BuildError> {
        let opts = guide_options();
        let inputs = Inputs::read(&opts, &mut Timer::new())?;
        assemble(&opts, &inputs, Timer::new(), &mut (), sink)
    }

    #[test]
    fn a_failure_on_either_thread_of_the_pipeline_stops_the_build_with_it() {
        // A search script (an index) and a zip (an edition), of the first language, a middle
        // one and the last; either thread may be making them.
        for path in [
            "assets/search/en.js",
            "assets/search/ru.js",
            "offline/guide-en.zip",
            "offline/guide-th.zip",
            "offline/guide-ar.zip",
        ] {
            let sink = FailingAt {
                kept: Collect::default(),
                path: path.to_owned(),
            };
            match build_guide_into(&sink) {
                Err(BuildError::Output(OutputError::Io { path: failed, .. }))
                | Err(BuildError::Offline(crate::offline::OfflineError::Output(
                    OutputError::Io { path: failed, .. },
                ))) => assert_eq!(failed, std::path::Path::new(path)),
                Err(other) => panic!("{path}: {other}"),
                Ok(_) => panic!("{path}: the build went on"),
            }
        }
    }

    #[test]
    fn every_language_gets_its_search_and_editions_once() {
        let sink = FailingAt {
            kept: Collect::default(),
            path: String::new(),
        };
        let built = build_guide_into(&sink).expect("the guide builds");
        let files = sink.kept.into_files();
        let languages =
            crate::config::Config::from_root(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
                .expect("site.toml reads")
                .languages;
        for lang in &languages {
            for path in [
                format!("assets/search/{lang}.js"),
                format!("offline/guide-{lang}.zip"),
                format!("{lang}/print.html"),
            ] {
                assert_eq!(
                    files.iter().filter(|(p, _)| *p == path).count(),
                    1,
                    "{path}"
                );
            }
        }
        assert!(built.report.files >= files.len());
    }

    /// Two indexes made at once write their scripts in turn: while another holds the lock, an
    /// index writes nothing.
    #[test]
    fn an_index_writes_its_scripts_only_when_it_holds_the_export_lock() {
        let inputs = Inputs::read(&guide_options(), &mut Timer::new()).unwrap();
        let site = inputs.model(false, &mut Vec::new());
        let kept = Collect::default();
        let lock = std::sync::Mutex::new(());
        let held = lock.lock().unwrap();
        let paths = std::thread::scope(|scope| {
            let indexing =
                scope.spawn(|| search_language(&site, &inputs.messages, "en", &kept, Some(&lock)));
            // The guide's English index takes tens of milliseconds to make.
            std::thread::sleep(Duration::from_secs(1));
            assert!(
                kept.read("assets/search/en.js").is_none(),
                "written while locked"
            );
            drop(held);
            indexing.join().unwrap().unwrap()
        });
        assert_eq!(paths, ["assets/search/en.js"]);
        assert!(kept.read("assets/search/en.js").is_some());
    }
}
