//! Discovery: walks `content/` and reads every language's Markdown files and assets.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::content::Document;
use crate::diagnostics::{Diagnostic, SourceText};

/// Everything found under `content/`.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Parsed documents, sorted by language (in site order) and path.
    pub documents: Vec<Document>,
    /// Other files inside language folders (images, PDFs), copied beside the pages:
    /// (language, path relative to the language folder, absolute source path).
    pub assets: Vec<(String, String, PathBuf)>,
    /// Markdown files that could not be used (already reported): (language, path). Links to
    /// them are not reported again as links to missing pages.
    pub failed: Vec<(String, String)>,
}

/// Reads `root/content/<lang>/**` for every configured language, parsing Markdown in parallel.
pub fn discover(root: &Path, config: &Config, diags: &mut Vec<Diagnostic>) -> Discovered {
    let content = root.join("content");
    let mut found = Discovered::default();
    let mut markdown: Vec<(String, String, PathBuf)> = Vec::new();

    if let Ok(entries) = std::fs::read_dir(&content) {
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            if !config.languages.contains(&name) {
                diags.push(
                    Diagnostic::warning(
                        format!("content/{name}"),
                        None,
                        format!(
                            "folder `{name}` is not one of the site's languages; it is ignored"
                        ),
                    )
                    .with_hint(format!(
                        "the languages in site.toml are: {}",
                        config.languages.join(", ")
                    )),
                );
            }
        }
    } else {
        diags.push(Diagnostic::error(
            "content",
            None,
            "the site has no content/ folder",
        ));
        return found;
    }

    for lang in &config.languages {
        let dir = content.join(lang);
        if !dir.is_dir() {
            if *lang == config.default_language {
                diags.push(Diagnostic::error(
                    format!("content/{lang}"),
                    None,
                    "the default language has no content folder",
                ));
            }
            continue;
        }
        for entry in WalkDir::new(&dir).sort_by_file_name() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let path = e
                        .path()
                        .map(|p| crate::diagnostics::display_path(root, p))
                        .unwrap_or_else(|| dir.clone());
                    let why = if e.loop_ancestor().is_some() {
                        "a symbolic link loops back to a folder above it".to_owned()
                    } else {
                        e.to_string()
                    };
                    diags.push(Diagnostic::error(path, None, format!("cannot read: {why}")));
                    continue;
                }
            };
            if !entry.file_type().is_file() && !entry.path_is_symlink() {
                continue;
            }
            let path = entry.path();
            let name = entry.file_name().to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            let Some(rel) = path
                .strip_prefix(&dir)
                .ok()
                .and_then(|r| r.to_str())
                .map(|r| r.replace('\\', "/"))
            else {
                diags.push(Diagnostic::error(
                    crate::diagnostics::display_path(root, path),
                    None,
                    "the file name is not valid UTF-8",
                ));
                continue;
            };
            if rel.ends_with(".md") {
                markdown.push((lang.clone(), rel, path.to_path_buf()));
            } else if path.is_file() {
                found.assets.push((lang.clone(), rel, path.to_path_buf()));
            }
        }
    }

    let parsed: Vec<(Option<Document>, Vec<Diagnostic>)> = markdown
        .par_iter()
        .map(|(lang, rel, path)| read_document(root, lang, rel, path))
        .collect();
    for ((doc, local), (lang, rel, _)) in parsed.into_iter().zip(&markdown) {
        diags.extend(local);
        match doc {
            Some(doc) => found.documents.push(doc),
            None => found.failed.push((lang.clone(), rel.clone())),
        }
    }
    found
}

/// Reads and parses one Markdown file, with the problems found in it.
pub fn read_document(
    root: &Path,
    lang: &str,
    rel: &str,
    path: &Path,
) -> (Option<Document>, Vec<Diagnostic>) {
    let mut local = Vec::new();
    let shown = crate::diagnostics::display_path(root, path);
    let doc = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Document::parse(lang, rel, SourceText::new(shown, &text), &mut local),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let good = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
                local.push(
                    SourceText::new(shown, &good)
                        .error(at, "the file is not valid UTF-8 text")
                        .with_hint("save it as UTF-8"),
                );
                None
            }
        },
        Err(e) => {
            local.push(Diagnostic::error(shown, None, format!("cannot read: {e}")));
            None
        }
    };
    (doc, local)
}
