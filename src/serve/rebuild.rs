//! Incremental rebuilds: the site's inputs stay in memory between edits, an edit rereads only
//! the file it touched, and only the pages that show what changed are rendered again.
//!
//! What an edit touches:
//! - a content file whose front matter and headings are unchanged: its page in every language
//!   (the language switcher and translation notices of its peers depend on it), the index page
//!   of its collection, and the search index of each language that shows it;
//! - a content file whose front matter or headings changed, or one added or removed: every page,
//!   since titles feed the navigation, terms the glossary links and headings the anchor checks;
//! - a template: the pages whose template is it or extends, includes or imports it;
//! - a Fluent file of one language: that language's pages and search index;
//! - a static file or a content asset: that file;
//! - the export or its status-changes log (the export's date and counts are on every page) or
//!   site.toml: everything.
//!
//! Files are compared with what is on disk and only those that differ are written, pages first
//! and the search index after, so that the page a reader is looking at is current soonest. After
//! a failed rebuild the next one renders every page, because edits made while the site was
//! broken were never rendered.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::content::{Collection, discovery};
use crate::diagnostics::{Diagnostic, Diagnostics, Severity, display_path};
use crate::offline;
use crate::output::{self, Collect, OutputError, Paths, Sink, Sinks, Staging};
use crate::render::{Job, Kit, Renderer, nav};
use crate::site::{self, Assembled, BuildError, BuildOptions, BuildReport, Inputs, Timer};

/// The site as last built, with what is on disk.
pub struct Workspace {
    opts: BuildOptions,
    out: PathBuf,
    inputs: Inputs,
    /// Output path → hash of the bytes on disk.
    written: HashMap<String, u64>,
    /// The last rebuild failed, so the next renders every page.
    dirty: bool,
    /// Templates, formats and glossary matchers, kept while they stay the same.
    kit: Option<Arc<Kit>>,
    /// The search indexes a rebuild's pages phase left to make.
    pending: Option<Pending>,
    /// The key groups each language's pages name (`search::key_groups`).
    key_groups: BTreeMap<String, u32>,
    /// The day the pages say the copy was made, kept up to date edit by edit
    /// (`offline::stamp::after_edit`) rather than by walking every input each time.
    generated: jiff::civil::Date,
}

/// Files as they were before a write: path, and the bytes (`None`: there was no file).
type Backup = Vec<(String, Option<Vec<u8>>)>;

/// The second phase of a rebuild: the search indexes of `langs`, the offline editions of the
/// languages whose files changed, and with `keep`, the removal of every other file.
struct Pending {
    site: crate::model::Site,
    langs: Vec<String>,
    keep: Option<HashSet<String>>,
    started: Instant,
    outcome: Outcome,
}

/// What one rebuild did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Pages rendered, and of them and the other files, the paths written or removed.
    pub rendered: usize,
    pub written: Vec<String>,
    pub removed: Vec<String>,
    /// From the start of the rebuild to the edited pages in their own language on disk (when
    /// an edit was to one page's text), to every page on disk, and to the end (search included).
    pub edited_done: Option<Duration>,
    pub pages_done: Duration,
    pub total: Duration,
    /// Each step's time, as the build reports them.
    pub steps: Vec<(&'static str, Duration)>,
    pub warnings: Vec<Diagnostic>,
}

/// What an edit touches, gathered over the files of one batch of events.
#[derive(Debug, Default)]
struct Plan {
    everything: bool,
    /// Page identities to render in every language.
    rels: HashSet<String>,
    collections: HashSet<Collection>,
    templates: HashSet<String>,
    languages: HashSet<String>,
    search: BTreeSet<String>,
    /// Documents edited in place (language, page identity): the search index of each language
    /// that shows one is made again.
    shown: Vec<(String, String)>,
    statics: bool,
    assets: HashSet<String>,
}

impl Plan {
    /// Every page of `lang`, the root pages too when it is the default language they speak.
    fn every_page_of(&mut self, lang: &str, default: &str) {
        self.languages.insert(lang.to_owned());
        if lang == default {
            self.templates.insert("language-picker.html".into());
            self.templates.insert("404.html".into());
        }
    }

    fn selects(&self, job: &Job, closures: &HashMap<String, HashSet<String>>) -> bool {
        if self.everything || job.lang().is_some_and(|l| self.languages.contains(l)) {
            return true;
        }
        if !self.templates.is_empty()
            && closures
                .get(job.template())
                .is_some_and(|uses| uses.iter().any(|t| self.templates.contains(t)))
        {
            return true;
        }
        match job {
            Job::Page { rel, .. } => self.rels.contains(rel),
            // The list shows titles and descriptions, which only change with front matter
            // (a plan for everything); its own text is the `_index.md` body.
            Job::Section { dir, .. } => self.rels.contains(&nav::section_index(dir)),
            Job::Tier { .. } | Job::Tiers { .. } => {
                self.collections.contains(&Collection::RiskTier)
            }
            Job::Glossary { .. } => self.collections.contains(&Collection::Glossary),
            Job::Faq { .. } => self.collections.contains(&Collection::Faq),
            Job::Contacts { .. } => self.collections.contains(&Collection::Contact),
            _ => false,
        }
    }
}

impl Workspace {
    /// Builds the whole site and writes it, as `armguide build` does.
    pub fn open(opts: &BuildOptions) -> Result<(Workspace, BuildReport), BuildError> {
        let mut t = Timer::new();
        let inputs = Inputs::read(opts, &mut t)?;
        let out = site::output_dir(opts, &inputs.config);
        let staging = Staging::create(&out)?;
        // Later rebuilds write only the files whose bytes changed: a digest of each is enough.
        let digests = Paths::new(digest);
        let Assembled {
            mut report,
            kit,
            key_groups,
        } = site::assemble(opts, &inputs, t, &mut (), &Sinks(vec![&staging, &digests]))?;
        staging.commit()?;
        report.output = Some(out.clone());
        let written = digests.into_paths().into_iter().collect();
        let generated = offline::stamp::for_build(opts.today, &opts.root, &inputs.config);
        let workspace = Workspace {
            opts: opts.clone(),
            out,
            inputs,
            written,
            dirty: false,
            kit,
            key_groups,
            pending: None,
            generated,
        };
        Ok((workspace, report))
    }

    pub fn output(&self) -> &Path {
        &self.out
    }

    /// Rebuilds after `changed` (absolute paths) were edited, created or removed: the pages,
    /// then the search indexes.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Outcome, BuildError> {
        let pages = self.rebuild_pages(changed)?;
        if self.pending.is_none() {
            return Ok(pages);
        }
        self.finish()
    }

    /// The first phase of [`Workspace::rebuild`]: every page, static file and asset the edit
    /// touched is on disk when it returns, so that open pages can reload; [`Workspace::finish`]
    /// makes the search indexes.
    pub fn rebuild_pages(&mut self, changed: &[PathBuf]) -> Result<Outcome, BuildError> {
        let started = Instant::now();
        self.pending = None;
        let result = self.try_rebuild(changed, started);
        self.dirty = result.is_err();
        result
    }

    /// The second phase: the search indexes the last [`Workspace::rebuild_pages`] left, the
    /// offline editions of the languages whose files changed, and the removal of files a full
    /// rebuild no longer makes. The outcome covers both phases (an empty one when nothing was
    /// left: a failed first phase, or a reload, which did all).
    pub fn finish(&mut self) -> Result<Outcome, BuildError> {
        let Some(Pending {
            site,
            langs,
            keep,
            started,
            mut outcome,
        }) = self.pending.take()
        else {
            return Ok(Outcome::default());
        };
        let begun = Instant::now();
        let result = (|| -> Result<(), BuildError> {
            let search = site::search_files(&site, &self.inputs.messages, &langs)?;
            self.write(&search, &mut outcome)?;
            // A language's index may now have fewer parts: its old ones go.
            let made: HashSet<&str> = search.iter().map(|(p, _)| p.as_str()).collect();
            let stale: Vec<String> = self
                .written
                .keys()
                .filter(|p| !made.contains(p.as_str()))
                .filter(|p| {
                    langs.iter().any(|l| {
                        p.strip_prefix("assets/search/")
                            .and_then(|rest| rest.strip_prefix(l.as_str()))
                            .is_some_and(|rest| rest == ".js" || rest.starts_with('/'))
                    })
                })
                .cloned()
                .collect();
            for path in stale {
                output::remove_one(&self.out, &path)?;
                self.written.remove(&path);
                outcome.removed.push(path);
            }
            let everything = keep.is_some();
            if let Some(mut keep) = keep {
                keep.extend(search.into_iter().map(|(p, _)| p));
                self.remove_all_but(&keep, &mut outcome)?;
            }
            // The zips and print pages of the languages whose files changed follow the edit,
            // made from the files on disk (once a full rebuild has removed what it no longer
            // makes) as a full build makes them from the files it has just written.
            let remake = if everything {
                site.config.languages.clone()
            } else {
                editions_touched(
                    outcome.written.iter().chain(&outcome.removed),
                    &site.config.languages,
                )
            };
            let paths: Vec<String> = self
                .written
                .keys()
                .filter(|p| !offline::is_edition_file(p))
                .cloned()
                .collect();
            let on_disk = OnDisk {
                out: &self.out,
                made: Collect::default(),
            };
            let messages = &self.inputs.messages;
            offline::editions_into(&site, messages, self.generated, &remake, &paths, &on_disk)?;
            self.write(&on_disk.made.into_files(), &mut outcome)?;
            Ok(())
        })();
        if result.is_err() {
            self.dirty = true;
        }
        result?;
        outcome
            .steps
            .push((crate::site::SEARCH_AND_EDITIONS, begun.elapsed()));
        outcome.total = started.elapsed();
        Ok(outcome)
    }

    fn try_rebuild(
        &mut self,
        changed: &[PathBuf],
        started: Instant,
    ) -> Result<Outcome, BuildError> {
        let mut t = Timer::new();
        let mut plan = Plan::default();
        for path in changed {
            if self.note(path, &mut plan)? {
                return self.reload(started);
            }
        }
        if self.dirty {
            plan.everything = true;
        }
        if plan.everything {
            plan.search
                .extend(self.inputs.config.languages.iter().cloned());
        }

        t.step("read");
        let mut diags = self.inputs.diagnostics();
        let site = self.inputs.model(self.opts.drafts, &mut diags);
        plan.search.extend(showing(&site, &plan.shown));
        // A language whose index an edit takes past a size that changes its key groups: every
        // page's search form names them (a failed rebuild renders every page the next time).
        for lang in plan.search.clone() {
            let groups = crate::search::layout(&site, &lang).groups;
            if self.key_groups.insert(lang.clone(), groups) != Some(groups) {
                plan.every_page_of(&lang, &site.config.default_language);
            }
        }
        t.step("model");
        let today = self.opts.today.unwrap_or_else(site::today);
        let messages = Arc::clone(&self.inputs.messages);
        let closures = template_closures(&self.inputs.theme.templates);
        // Glossary terms only change with front matter, which makes the plan `everything`; the
        // messages are read again with any file of the theme.
        let theme_read = plan.statics || !plan.templates.is_empty() || !plan.languages.is_empty();
        let kit = match self.kit.take() {
            Some(kit) if !plan.everything && !theme_read => kit,
            _ => match Kit::new(&site, &self.inputs.theme, &messages, &mut diags) {
                Some(kit) => Arc::new(kit),
                None => return Err(fail(diags)),
            },
        };
        self.kit = Some(Arc::clone(&kit));
        self.generated = offline::stamp::after_edit(
            self.generated,
            self.opts.today,
            &self.opts.root,
            &self.inputs.config,
            changed,
        );
        let generated = self.generated;
        let renderer = Renderer::with_kit(&site, kit, messages, today).generated_on(generated);
        t.step("templates");
        let mut outcome = Outcome::default();
        // The pages of the edited documents in their own language go to disk first: they are
        // what the editor is looking at. They are put back if the rest fails.
        let edited = |job: &Job| match job {
            Job::Page { lang, rel } | Job::Tier { lang, rel } => {
                plan.shown.iter().any(|(l, r)| l == lang && r == rel)
            }
            Job::Section { lang, dir } => {
                let index = nav::section_index(dir);
                plan.shown.iter().any(|(l, r)| l == lang && *r == index)
            }
            _ => false,
        };
        let mut backup = Vec::new();
        if !plan.everything && !plan.shown.is_empty() {
            let first = renderer.render_where(edited, &mut diags);
            if diags.iter().any(|d| d.severity == Severity::Error) {
                return Err(fail(diags));
            }
            outcome.rendered += first.len();
            let mut first: Vec<(String, Vec<u8>)> =
                first.into_iter().map(|f| (f.path, f.bytes)).collect();
            self.finish_online(&mut first);
            backup = self.write_keeping(&first, &mut outcome)?;
            outcome.edited_done = Some(started.elapsed());
        }
        let files = if plan.everything {
            renderer.render_all(&mut diags)
        } else {
            renderer.render_where(
                |job| plan.selects(job, &closures) && (backup.is_empty() || !edited(job)),
                &mut diags,
            )
        };
        diags.extend(self.inputs.messages.diagnostics());
        t.step("render");
        outcome.rendered += files.len();
        let mut pages: Vec<(String, Vec<u8>)> =
            files.into_iter().map(|f| (f.path, f.bytes)).collect();
        self.finish_online(&mut pages);
        let others = Collect::default();
        if plan.everything || plan.statics {
            self.inputs.static_files(&others)?;
        }
        let root = self.opts.root.clone();
        let all_assets = plan.everything;
        self.inputs.asset_files(
            &root,
            |name| all_assets || plan.assets.contains(name),
            &others,
            &mut diags,
        )?;
        pages.extend(others.into_files());
        let mut all = Diagnostics::default();
        all.extend(diags);
        if all.has_errors() {
            self.restore(backup)?;
            return Err(BuildError::Content(all.sorted()));
        }
        self.write(&pages, &mut outcome)?;
        t.step("write");
        outcome.pages_done = started.elapsed();
        outcome.steps = t.steps;
        outcome.warnings = all
            .sorted()
            .into_iter()
            .filter(|d| d.severity == Severity::Warning)
            .collect();
        let keep = plan.everything.then(|| {
            let mut keep: HashSet<String> = pages.into_iter().map(|(p, _)| p).collect();
            keep.extend(outcome.written.iter().cloned());
            // The editions are made by a full build only; a preview keeps the last ones.
            let editions = self.written.keys().filter(|p| offline::is_edition_file(p));
            keep.extend(editions.cloned());
            keep
        });
        self.pending = Some(Pending {
            site,
            langs: plan.search.iter().cloned().collect(),
            keep,
            started,
            outcome: Outcome {
                rendered: outcome.rendered,
                written: outcome.written.clone(),
                edited_done: outcome.edited_done,
                pages_done: outcome.pages_done,
                steps: outcome.steps.clone(),
                warnings: outcome.warnings.clone(),
                ..Outcome::default()
            },
        });
        outcome.total = started.elapsed();
        Ok(outcome)
    }

    /// Rereads the input at `path` and adds what it touches to `plan`; `true` when the whole
    /// site must be read again (site.toml).
    fn note(&mut self, path: &Path, plan: &mut Plan) -> Result<bool, BuildError> {
        let root = self.opts.root.clone();
        let Ok(rel) = path.strip_prefix(&root) else {
            return Ok(false);
        };
        let rel = rel.to_path_buf();
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let config = &self.inputs.config;
        if rel == Path::new("site.toml") {
            return Ok(true);
        }
        // The status-changes log is read with the export and merged into it.
        if rel == config.institutions
            || rel
                == config
                    .institutions
                    .with_file_name(crate::institutions::changes::FILE_NAME)
        {
            self.inputs.reread_export(&root);
            plan.everything = true;
            return Ok(false);
        }
        match parts.as_slice() {
            [content, lang, rest @ ..]
                if content == "content" && !rest.is_empty() && config.languages.contains(lang) =>
            {
                self.note_content(lang, &rest.join("/"), path, plan);
            }
            [locales, lang, ..] if locales == "locales" => self.note_messages(lang, plan),
            [themes, theme, kind, rest @ ..] if themes == "themes" && *theme == config.theme => {
                match kind.as_str() {
                    "templates" => {
                        let before = self.inputs.theme.templates.clone();
                        self.inputs.reread_theme(&root);
                        for (name, text) in &self.inputs.theme.templates {
                            if before.get(name) != Some(text) {
                                plan.templates.insert(name.clone());
                            }
                        }
                        if before.len() != self.inputs.theme.templates.len() {
                            plan.everything = true;
                        }
                    }
                    "locales" => {
                        if let Some(lang) = rest.first() {
                            self.note_messages(lang, plan);
                        }
                    }
                    _ => {
                        self.inputs.reread_theme(&root);
                        plan.statics = true;
                    }
                }
            }
            _ => {}
        }
        Ok(false)
    }

    fn note_messages(&mut self, lang: &str, plan: &mut Plan) {
        self.inputs.reread_theme(&self.opts.root.clone());
        if self.inputs.config.languages.iter().any(|l| l == lang) {
            plan.every_page_of(lang, &self.inputs.config.default_language);
            plan.search.insert(lang.to_owned());
        }
    }

    /// Rereads one file under content/<lang>/.
    fn note_content(&mut self, lang: &str, rel: &str, path: &Path, plan: &mut Plan) {
        let root = self.opts.root.clone();
        let shown = display_path(&root, path);
        let inputs = &mut self.inputs;
        if !rel.ends_with(".md") {
            let name = format!("{lang}/{rel}");
            let known = inputs
                .assets
                .iter()
                .position(|(l, r, _)| l == lang && r == rel);
            match (known, path.is_file()) {
                (None, true) => {
                    inputs
                        .assets
                        .push((lang.to_owned(), rel.to_owned(), path.to_path_buf()));
                    inputs.assets.sort();
                }
                (Some(i), false) => {
                    inputs.assets.remove(i);
                    plan.everything = true;
                }
                _ => {}
            }
            plan.assets.insert(name);
            return;
        }
        inputs.content_diags.retain(|d| d.path != shown);
        let old = inputs
            .documents
            .iter()
            .position(|d| d.lang == lang && d.rel == rel);
        inputs.failed.retain(|(l, r)| !(l == lang && r == rel));
        let new = if path.is_file() {
            let (doc, local) = discovery::read_document(&root, lang, rel, path);
            inputs.content_diags.extend(local);
            if doc.is_none() {
                inputs.failed.push((lang.to_owned(), rel.to_owned()));
            }
            doc
        } else {
            None
        };
        match (old, new) {
            (Some(i), Some(doc)) => {
                let same_shape = {
                    let before = &inputs.documents[i];
                    before.meta == doc.meta
                        && before.kind == doc.kind
                        && before.outline == doc.outline
                };
                if same_shape {
                    plan.rels.insert(rel.to_owned());
                    plan.collections.insert(doc.collection());
                    plan.shown.push((lang.to_owned(), rel.to_owned()));
                } else {
                    plan.everything = true;
                }
                self.inputs.documents[i] = Arc::new(doc);
            }
            (None, Some(doc)) => {
                inputs.documents.push(Arc::new(doc));
                let order = &inputs.config.languages;
                inputs.documents.sort_by(|a, b| {
                    let pos = |l: &str| order.iter().position(|o| o == l);
                    (pos(&a.lang), Path::new(&a.rel)).cmp(&(pos(&b.lang), Path::new(&b.rel)))
                });
                plan.everything = true;
            }
            (Some(i), None) => {
                inputs.documents.remove(i);
                plan.everything = true;
            }
            (None, None) => plan.everything = true,
        }
    }

    /// Reads everything again (site.toml changed) and writes what differs.
    fn reload(&mut self, started: Instant) -> Result<Outcome, BuildError> {
        let inputs = Inputs::read(&self.opts, &mut Timer::new())?;
        // Only the files whose bytes changed are written, so this one keeps them all.
        let all = Collect::default();
        let Assembled {
            report,
            kit,
            key_groups,
        } = site::assemble(&self.opts, &inputs, Timer::new(), &mut (), &all)?;
        self.key_groups = key_groups;
        let files = all.into_files();
        self.generated =
            offline::stamp::for_build(self.opts.today, &self.opts.root, &inputs.config);
        self.inputs = inputs;
        self.kit = kit;
        let mut outcome = Outcome {
            rendered: report.languages.iter().map(|(_, n, _)| n).sum(),
            warnings: report.warnings,
            ..Outcome::default()
        };
        self.write(&files, &mut outcome)?;
        let keep: HashSet<String> = files.iter().map(|(p, _)| p.clone()).collect();
        self.remove_all_but(&keep, &mut outcome)?;
        outcome.pages_done = started.elapsed();
        outcome.total = outcome.pages_done;
        Ok(outcome)
    }

    /// Writes the files whose bytes differ from what is on disk.
    fn write(
        &mut self,
        files: &[(String, Vec<u8>)],
        outcome: &mut Outcome,
    ) -> Result<(), BuildError> {
        for (path, bytes) in files {
            let hash = digest(bytes);
            if self.written.get(path) == Some(&hash) {
                continue;
            }
            output::write_one(&self.out, path, bytes)?;
            self.written.insert(path.clone(), hash);
            outcome.written.push(path.clone());
        }
        Ok(())
    }

    /// [`Workspace::write`], returning what each written file held before (`None`: it did not
    /// exist), for [`Workspace::restore`].
    fn write_keeping(
        &mut self,
        files: &[(String, Vec<u8>)],
        outcome: &mut Outcome,
    ) -> Result<Backup, BuildError> {
        let before: Vec<(String, Option<Vec<u8>>)> = files
            .iter()
            .map(|(p, _)| (p.clone(), std::fs::read(self.out.join(p)).ok()))
            .collect();
        self.write(files, outcome)?;
        Ok(before)
    }

    /// Puts back what [`Workspace::write_keeping`] replaced.
    fn restore(&mut self, backup: Backup) -> Result<(), OutputError> {
        for (path, old) in backup {
            match old {
                Some(bytes) => {
                    output::write_one(&self.out, &path, &bytes)?;
                    self.written.insert(path, digest(&bytes));
                }
                None => {
                    output::remove_one(&self.out, &path)?;
                    self.written.remove(&path);
                }
            }
        }
        Ok(())
    }

    /// Fills in the zip sizes of rendered pages with those of the zips on disk; `finish`
    /// makes the zips again and corrects them.
    fn finish_online(&self, pages: &mut [(String, Vec<u8>)]) {
        let messages = &self.inputs.messages;
        offline::set_sizes(pages, &self.inputs.config.default_language, |lang| {
            let size = std::fs::metadata(self.out.join(offline::zip_path(lang)))
                .ok()?
                .len();
            Some(offline::size_text(messages, lang, size as usize))
        });
    }

    fn remove_all_but(
        &mut self,
        keep: &HashSet<String>,
        outcome: &mut Outcome,
    ) -> Result<(), OutputError> {
        let gone: Vec<String> = self
            .written
            .keys()
            .filter(|p| !keep.contains(p.as_str()))
            .cloned()
            .collect();
        for path in gone {
            output::remove_one(&self.out, &path)?;
            self.written.remove(&path);
            outcome.removed.push(path);
        }
        Ok(())
    }
}

/// The languages whose pages show one of `edited` (language, page identity): its own, and
/// those that fall back to it. A safety page's translations switch to and from the source as
/// they go stale, so every language is indexed again for one.
fn showing(site: &crate::model::Site, edited: &[(String, String)]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (lang, rel) in edited {
        let safety = site
            .doc(&site.config.default_language, rel)
            .is_some_and(|(d, _)| d.meta.safety);
        for (l, pages) in &site.chosen {
            let shown = pages
                .get(rel)
                .is_some_and(|c| site.documents[c.doc].lang == *lang);
            if shown || safety {
                out.insert(l.clone());
            }
        }
    }
    out
}

fn fail(diags: Vec<Diagnostic>) -> BuildError {
    let mut all = Diagnostics::default();
    all.extend(diags);
    BuildError::Content(all.sorted())
}

fn digest(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// For each template, the templates it uses: itself and, transitively, those it extends,
/// includes or imports.
fn template_closures(
    templates: &std::collections::BTreeMap<String, String>,
) -> HashMap<String, HashSet<String>> {
    let direct: HashMap<&str, Vec<String>> = templates
        .iter()
        .map(|(name, text)| (name.as_str(), referenced(text)))
        .collect();
    let mut out = HashMap::new();
    for name in templates.keys() {
        let mut seen = HashSet::new();
        let mut stack = vec![name.clone()];
        while let Some(t) = stack.pop() {
            if seen.insert(t.clone()) {
                stack.extend(direct.get(t.as_str()).into_iter().flatten().cloned());
            }
        }
        out.insert(name.clone(), seen);
    }
    out
}

/// The template names in `{% extends "x" %}`, `{% include "x" %}` and `{% import "x" as y %}`.
fn referenced(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in text.split("{%").skip(1) {
        let tag = tag.trim_start_matches('-').trim_start();
        let Some(rest) = ["extends", "include", "import"]
            .iter()
            .find_map(|k| tag.strip_prefix(k))
        else {
            continue;
        };
        let rest = rest.trim_start();
        if let Some(q) = rest.chars().next().filter(|c| *c == '"' || *c == '\'')
            && let Some(end) = rest[1..].find(q)
        {
            out.push(rest[1..1 + end].to_owned());
        }
    }
    out
}

/// The languages whose offline edition a change to `changed` (output paths) can alter: a
/// language's own pages and search files; every language for the shared assets or a file in
/// a language folder that is not a page (a copy also carries the images its pages use from
/// other folders). Files at the root (404.html) are in no edition.
fn editions_touched<'a>(
    changed: impl IntoIterator<Item = &'a String>,
    languages: &[String],
) -> Vec<String> {
    let mut touched = BTreeSet::new();
    for path in changed {
        if offline::is_edition_file(path) {
            continue;
        }
        if let Some(search) = path.strip_prefix("assets/search/") {
            let lang = search.strip_suffix(".js").unwrap_or(search);
            touched.insert(lang.split('/').next().unwrap_or(lang));
        } else if path.starts_with("assets/") {
            return languages.to_vec();
        } else if let Some((lang, _)) = path.split_once('/') {
            if !path.ends_with(".html") {
                return languages.to_vec();
            }
            touched.insert(lang);
        }
    }
    languages
        .iter()
        .filter(|l| touched.contains(l.as_str()))
        .cloned()
        .collect()
}

/// The output folder as the offline editions see it after an edit: files read from disk, the
/// files they make kept for [`Workspace::write`], which writes only those that changed.
struct OnDisk<'a> {
    out: &'a Path,
    made: Collect,
}

impl Sink for OnDisk<'_> {
    fn file(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        self.made.file(path, bytes)
    }

    fn read(&self, path: &str) -> Option<Vec<u8>> {
        self.made
            .read(path)
            .or_else(|| std::fs::read(self.out.join(path)).ok())
    }

    fn len(&self, path: &str) -> Option<u64> {
        self.made
            .len(path)
            .or_else(|| Some(std::fs::metadata(self.out.join(path)).ok()?.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_references_are_followed_through_extends_and_imports() {
        let templates = [
            ("base.html", "{% import \"macros.html\" as m -%}<body>"),
            ("macros.html", "{% macro x() %}{% endmacro %}"),
            (
                "page.html",
                "{% extends \"base.html\" %}{%- include 'part.html' %}",
            ),
            ("part.html", "p"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect();
        let closures = template_closures(&templates);
        let page: BTreeSet<&str> = closures["page.html"].iter().map(String::as_str).collect();
        assert_eq!(
            page,
            BTreeSet::from(["base.html", "macros.html", "page.html", "part.html"])
        );
        assert_eq!(closures["part.html"].len(), 1);
    }

    #[test]
    fn an_edit_remakes_the_editions_of_the_languages_whose_files_changed() {
        let langs: Vec<String> = ["en", "ko", "zh-Hant"].map(String::from).to_vec();
        let touched = |paths: &[&str]| {
            let paths: Vec<String> = paths.iter().map(|p| (*p).to_owned()).collect();
            editions_touched(&paths, &langs)
        };
        assert_eq!(touched(&["ko/faq/index.html", "404.html"]), ["ko"]);
        assert_eq!(
            touched(&["assets/search/zh-Hant/t3.js", "assets/search/en.js"]),
            ["en", "zh-Hant"]
        );
        assert_eq!(touched(&["offline/guide-en.zip", "en/print.html"]), [""; 0]);
        // Shared assets and a language folder's images can be in every copy.
        assert_eq!(touched(&["assets/style.css"]), langs);
        assert_eq!(touched(&["ko/img/map.png"]), langs);
    }
}
