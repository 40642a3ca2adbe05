//! The theme: templates, static assets and interface messages. The default theme is compiled
//! into the binary; a site's own `themes/<name>/` replaces it file by file.

use std::collections::BTreeMap;
use std::path::Path;

use include_dir::{Dir, include_dir};
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::i18n::FtlSource;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Every file of the theme in force, by path relative to the theme folder.
#[derive(Default)]
pub struct Theme {
    /// `templates/<name>` → text.
    pub templates: BTreeMap<String, String>,
    /// `static/<path>` → bytes, written under `assets/`.
    pub statics: BTreeMap<String, Vec<u8>>,
    /// Fluent files per language: the theme's, then the site's `locales/` (later overrides).
    pub locales: BTreeMap<String, Vec<FtlSource>>,
}

impl Theme {
    pub fn load(root: &Path, config: &Config, diags: &mut Vec<Diagnostic>) -> Theme {
        let mut files: BTreeMap<String, (std::path::PathBuf, Vec<u8>)> = BTreeMap::new();
        if config.theme == "default" {
            collect_embedded(&DEFAULT_THEME, &mut files);
        }
        let own = root.join("themes").join(&config.theme);
        if own.is_dir() {
            collect_dir(root, &own, &mut files, diags);
        } else if config.theme != "default" {
            diags.push(Diagnostic::error(
                "site.toml",
                None,
                format!(
                    "theme `{}` not found: there is no folder themes/{}",
                    config.theme, config.theme
                ),
            ));
        }

        let mut theme = Theme::default();
        for (rel, (path, bytes)) in files {
            if let Some(name) = rel.strip_prefix("templates/") {
                match String::from_utf8(bytes) {
                    Ok(text) => {
                        theme.templates.insert(name.to_owned(), text);
                    }
                    Err(_) => {
                        diags.push(Diagnostic::error(path, None, "template is not valid UTF-8"))
                    }
                }
            } else if let Some(name) = rel.strip_prefix("static/") {
                theme.statics.insert(name.to_owned(), bytes);
            } else if let Some(rest) = rel.strip_prefix("locales/")
                && let Some((lang, _)) = rest.split_once('/').filter(|_| rest.ends_with(".ftl"))
            {
                match String::from_utf8(bytes) {
                    Ok(text) => theme
                        .locales
                        .entry(lang.to_owned())
                        .or_default()
                        .push(FtlSource { path, text }),
                    Err(_) => diags.push(Diagnostic::error(
                        path,
                        None,
                        "message file is not valid UTF-8",
                    )),
                }
            }
        }
        // The site's own messages come last so that they override the theme's.
        let site_locales = root.join("locales");
        for lang in &config.languages {
            let dir = site_locales.join(lang);
            let mut ftl: Vec<_> = std::fs::read_dir(&dir)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            ftl.sort();
            for path in ftl {
                let shown = crate::diagnostics::display_path(root, &path);
                match std::fs::read_to_string(&path) {
                    Ok(text) => theme
                        .locales
                        .entry(lang.clone())
                        .or_default()
                        .push(FtlSource { path: shown, text }),
                    Err(e) => {
                        diags.push(Diagnostic::error(shown, None, format!("cannot read: {e}")))
                    }
                }
            }
        }
        for name in REQUIRED_TEMPLATES {
            if !theme.templates.contains_key(*name) {
                diags.push(Diagnostic::error(
                    format!("themes/{}/templates/{name}", config.theme),
                    None,
                    "the theme has no such template",
                ));
            }
        }
        theme
    }
}

/// Templates the build renders directly; a theme must provide each.
pub const REQUIRED_TEMPLATES: &[&str] = &[
    "home.html",
    "page.html",
    "glossary.html",
    "faq.html",
    "tiers.html",
    "tier.html",
    "contacts.html",
    "institutions.html",
    "institution.html",
    "404.html",
    "language-picker.html",
    "search.html",
];

fn collect_embedded(dir: &Dir<'static>, out: &mut BTreeMap<String, (std::path::PathBuf, Vec<u8>)>) {
    for file in dir.files() {
        let rel = file.path().to_string_lossy().replace('\\', "/");
        out.insert(
            rel.clone(),
            (
                Path::new("themes/default (built in)").join(&rel),
                file.contents().to_vec(),
            ),
        );
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

fn collect_dir(
    root: &Path,
    dir: &Path,
    out: &mut BTreeMap<String, (std::path::PathBuf, Vec<u8>)>,
    diags: &mut Vec<Diagnostic>,
) {
    for entry in WalkDir::new(dir).sort_by_file_name() {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let Some(rel) = e
                    .path()
                    .strip_prefix(dir)
                    .ok()
                    .and_then(|r| r.to_str())
                    .map(|r| r.replace('\\', "/"))
                else {
                    continue;
                };
                let shown = crate::diagnostics::display_path(root, e.path());
                match std::fs::read(e.path()) {
                    Ok(bytes) => {
                        out.insert(rel, (shown, bytes));
                    }
                    Err(err) => diags.push(Diagnostic::error(
                        shown,
                        None,
                        format!("cannot read: {err}"),
                    )),
                }
            }
            Ok(_) => {}
            Err(e) => diags.push(Diagnostic::error(
                dir,
                None,
                format!("cannot read the theme: {e}"),
            )),
        }
    }
}
