//! Earlier revisions of source pages, from git history: the revision a stale translation was
//! made from is the newest commit whose version of the source has the body hash the
//! translation names.
//!
//! This runs the `git` binary (`git log`, `git show`) rather than linking a git library: the
//! crate has no git dependency to reuse, the lookup is a few read-only commands per stale page,
//! and the site may live in any repository layout that git itself understands (worktrees,
//! submodules, a site folder deep inside a larger repository). Without git, outside a repository, or when the revision is not in
//! history, there is no revision and the report says only that the source changed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::content::frontmatter;
use crate::diagnostics::SourceText;

/// A source page as it was in one commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// The full commit id.
    pub commit: String,
    /// The body of the page in that commit (after the front matter, CRLF read as LF).
    pub body: String,
}

/// Looks up earlier revisions of files under a site's root, remembering what git answered.
pub struct History {
    /// `None`: never ask git.
    root: Option<PathBuf>,
    /// path → its commits, newest first (empty when git could not say).
    logs: HashMap<String, Vec<String>>,
    /// (commit, path) → the body of the file in that commit.
    bodies: HashMap<(String, String), Option<String>>,
}

impl History {
    /// History from git, run in `root`.
    pub fn git(root: &Path) -> History {
        History {
            root: Some(root.to_path_buf()),
            logs: HashMap::new(),
            bodies: HashMap::new(),
        }
    }

    /// No history: every stale page is reported as changed, without detail.
    pub fn none() -> History {
        History {
            root: None,
            logs: HashMap::new(),
            bodies: HashMap::new(),
        }
    }

    /// The newest revision of `path` (relative to the root, `/`-separated) whose body has the
    /// `source_hash` `hash`.
    pub fn find(&mut self, path: &str, hash: &str) -> Option<Revision> {
        let root = self.root.clone()?;
        let commits = self
            .logs
            .entry(path.to_owned())
            .or_insert_with(|| log(&root, path))
            .clone();
        for commit in commits {
            let body = self
                .bodies
                .entry((commit.clone(), path.to_owned()))
                .or_insert_with(|| show(&root, &commit, path).map(|text| body_of(&text)));
            if let Some(body) = body
                && frontmatter::source_hash(body) == hash
            {
                return Some(Revision {
                    commit,
                    body: body.clone(),
                });
            }
        }
        None
    }
}

/// Runs git in `root`; its standard output when it succeeded.
fn git(root: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(root)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8(out.stdout).ok()
}

/// The commits that touched `path`, newest first.
fn log(root: &Path, path: &str) -> Vec<String> {
    git(root, &["log", "--format=%H", "--", path])
        .map(|out| out.lines().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// The file at `path` in `commit`. `./` makes the path relative to the site root rather than
/// to the top of the repository, which the site root need not be.
fn show(root: &Path, commit: &str, path: &str) -> Option<String> {
    git(root, &["show", &format!("{commit}:./{path}")])
}

/// The body of a file's text, as `source_hash` reads it (see `scripts/source-hash`): all of it
/// without front matter, nothing when the front matter is never closed.
fn body_of(text: &str) -> String {
    let src = SourceText::new("", text);
    match frontmatter::split(&src.text) {
        Ok(Some(split)) => src.text[split.body].to_owned(),
        Ok(None) => src.text,
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_read_as_the_hash_reads_them() {
        assert_eq!(
            body_of("\u{feff}---\r\ntitle: A\r\n---\r\nText\r\n"),
            "Text\n"
        );
        assert_eq!(body_of("No front matter\n"), "No front matter\n");
        assert_eq!(body_of("---\ntitle: A\n"), "");
    }

    #[test]
    fn no_history_finds_nothing() {
        assert_eq!(
            History::none().find("content/en/a.md", "e3b0c44298fc"),
            None
        );
    }
}
