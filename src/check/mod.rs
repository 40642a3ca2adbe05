//! `armguide check`: every validation of a build, writing nothing, plus the checks an editor
//! needs before publishing that a build does not make: Markdown a patient would see broken
//! (`markdown`), the glossary as a whole (`glossary`), contacts that disagree with themselves
//! (`contacts`), the export's age and its changes since the previous export (`export`), and
//! every link of the built pages, the theme's included (`output`).
//!
//! The result is data ([`Checked`]): the binary prints it for people or as JSON for CI.

pub mod contacts;
pub mod export;
pub mod glossary;
pub mod markdown;
pub mod output;

use std::path::Path;
use std::sync::Arc;

use crate::content::Document;
use crate::diagnostics::{Diagnostic, Severity, SourceText};
use crate::model::Site;
use crate::site::{self, BuildError, BuildOptions, BuildReport};
use crate::theme::Theme;
use export::Change;

/// What a check found.
#[derive(Debug)]
pub struct Checked {
    /// Every diagnostic, errors and warnings, sorted by file.
    pub diagnostics: Vec<Diagnostic>,
    /// With `--previous`: the institutions whose status changed since that export.
    pub changes: Vec<Change>,
    /// Whether a previous export was read and compared (so that no change means none).
    pub compared: bool,
    /// The build's summary, when there was no error.
    pub report: Option<BuildReport>,
}

impl Checked {
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Whether the check fails: on errors, and with `strict` on warnings too.
    pub fn failed(&self, strict: bool) -> bool {
        self.count(Severity::Error) > 0 || (strict && self.count(Severity::Warning) > 0)
    }
}

/// Checks the site at `opts.root` (`opts.write` should be false). `previous`: an earlier export
/// to compare the current one with. `strict` adds the open translation work as warnings.
pub fn run(
    opts: &BuildOptions,
    previous: Option<&Path>,
    strict: bool,
) -> Result<Checked, BuildError> {
    let mut checks = EditorChecks {
        root: &opts.root,
        previous,
        changes: Vec::new(),
        compared: false,
    };
    let result = site::build_with(opts, &mut checks);
    let (changes, compared) = (checks.changes, checks.compared);
    let result = if strict {
        result.and_then(|report| crate::translations::with_open_work(report, &opts.root))
    } else {
        result
    };
    match result {
        Ok(report) => Ok(Checked {
            diagnostics: report.warnings.clone(),
            changes,
            compared,
            report: Some(report),
        }),
        Err(BuildError::Content(diagnostics)) => Ok(Checked {
            diagnostics,
            changes,
            compared,
            report: None,
        }),
        Err(e) => Err(e),
    }
}

/// A document with its text, read back for the checks.
struct Text<'a> {
    doc: &'a Document,
    src: Arc<SourceText>,
}

impl Text<'_> {
    fn body(&self) -> &str {
        &self.src.text[self.doc.body.clone()]
    }
}

/// The checks `check` adds to a build.
struct EditorChecks<'a> {
    root: &'a Path,
    previous: Option<&'a Path>,
    changes: Vec<Change>,
    compared: bool,
}

impl site::Checks for EditorChecks<'_> {
    fn site(&mut self, site: &Site, today: jiff::civil::Date, diags: &mut Vec<Diagnostic>) {
        // The checks read every body; a build left them in their files.
        let texts: Vec<Text> = site
            .documents
            .iter()
            .filter_map(|doc| match doc.source() {
                Ok(src) => Some(Text { doc, src }),
                Err(e) => {
                    diags.push(e.diagnostic());
                    None
                }
            })
            .collect();
        markdown::check(&texts, diags);
        // When a file could not be read, the pages that use a term may be the ones missing.
        let complete = !diags.iter().any(|d| d.severity == Severity::Error);
        glossary::check(&texts, complete, diags);
        contacts::check(&texts, diags);
        if let Some(current) = &site.export {
            export::age(current, self.root, &site.config.institutions, today, diags);
        }
        if let Some(path) = self.previous
            && let Some(before) = export::load_previous(path, diags)
            && let Some(current) = &site.export
        {
            self.changes = export::changes(&before, current);
            let log = site
                .config
                .institutions
                .with_file_name(crate::institutions::changes::FILE_NAME);
            export::unlogged(&before, current, &log, diags);
            self.compared = true;
        }
    }

    fn output(
        &mut self,
        site: &Site,
        theme: &Theme,
        files: &[(String, Vec<u8>)],
        diags: &mut Vec<Diagnostic>,
    ) {
        let dir = Path::new("themes").join(&site.config.theme);
        let templates = output::Templates {
            texts: &theme.templates,
            dir: &dir,
        };
        output::check(
            files,
            &site.config.output_dir,
            site.config.base_url.as_deref(),
            &templates,
            diags,
        );
    }
}
