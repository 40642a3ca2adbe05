//! Discovery: walks `content/` and reads every language's Markdown files and assets.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::content::Document;
use crate::diagnostics::{Diagnostic, SourceText, display_path};

/// Whether `e` is "too many levels of symbolic links". `ErrorKind::FilesystemLoop` is not
/// stable yet, but its name is, and it is the same on every platform (unlike the errno).
fn is_loop(e: &std::io::Error) -> bool {
    format!("{:?}", e.kind()) == "FilesystemLoop"
}

/// Refuses a symbolic link whose target is outside the site folder: content is read from the
/// site only, whatever a link in it points at.
fn confined(real_root: &Path, link: &Path) -> Result<(), String> {
    match link.canonicalize() {
        Ok(target) if target.starts_with(real_root) => Ok(()),
        Ok(target) => Err(format!(
            "a symbolic link leads outside the site folder, to {}; content is read from the site folder only",
            target.display()
        )),
        Err(e) if is_loop(&e) => {
            Err("cannot read: a symbolic link loops back to itself".to_owned())
        }
        Err(e) => Err(format!("cannot follow the symbolic link: {e}")),
    }
}

/// Everything found under `content/`.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Parsed documents, sorted by language (in site order) and path; shared, as the site
    /// holds them.
    pub documents: Vec<Arc<Document>>,
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
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
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
        // Links are followed so that a linked folder or file reads as the editor expects;
        // walkdir reports a link back to a folder above it, and `confined` refuses any link
        // whose target lies outside the site folder.
        let mut walk = WalkDir::new(&dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        while let Some(entry) = walk.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let path = e
                        .path()
                        .map(|p| display_path(root, p))
                        .unwrap_or_else(|| dir.clone());
                    let why = if e.loop_ancestor().is_some() {
                        "a symbolic link loops back to a folder above it".to_owned()
                    } else if e.io_error().is_some_and(is_loop) {
                        "a symbolic link loops back to itself".to_owned()
                    } else {
                        e.to_string()
                    };
                    diags.push(Diagnostic::error(path, None, format!("cannot read: {why}")));
                    continue;
                }
            };
            let path = entry.path();
            if entry.path_is_symlink()
                && let Err(why) = confined(&real_root, path)
            {
                diags.push(Diagnostic::error(display_path(root, path), None, why));
                if entry.file_type().is_dir() {
                    walk.skip_current_dir();
                }
                continue;
            }
            if !entry.file_type().is_file() {
                continue;
            }
            let name = entry.file_name().to_string_lossy();
            if name.contains('\\') {
                diags.push(
                    Diagnostic::error(
                        display_path(root, path),
                        None,
                        format!("the file name `{name}` contains `\\`, which separates folders on Windows"),
                    )
                    .with_hint("rename it, or make a folder for it"),
                );
                continue;
            }
            if name.starts_with('.') {
                if name.ends_with(".md") {
                    diags.push(
                        Diagnostic::warning(
                            display_path(root, path),
                            None,
                            format!("`{name}` starts with a dot, so it is hidden and not built"),
                        )
                        .with_hint("rename it without the leading dot if it is a page"),
                    );
                }
                continue;
            }
            let Some(rel) = path
                .strip_prefix(&dir)
                .ok()
                .and_then(|r| r.to_str())
                .map(|r| r.replace('\\', "/"))
            else {
                diags.push(Diagnostic::error(
                    display_path(root, path),
                    None,
                    "the file name is not valid UTF-8",
                ));
                continue;
            };
            if rel.ends_with(".md") {
                markdown.push((lang.clone(), rel, path.to_path_buf()));
            } else {
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
            Some(doc) => found.documents.push(Arc::new(doc)),
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
    let shown = display_path(root, path);
    let doc = match super::read_stamped(path) {
        Ok((meta, bytes)) => match String::from_utf8(bytes) {
            Ok(text) => Document::parse(lang, rel, SourceText::new(shown, &text), &mut local).map(
                |mut doc| {
                    doc.leave_in(path.to_path_buf(), super::Stamp::of(&meta));
                    doc
                },
            ),
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
