//! Fixture helpers: copy a fixture site to a temporary folder, lay an overlay on top, build it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use armguide::site::{BuildError, BuildOptions, BuildReport, build};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A temporary copy of fixture `name`, with the files of `overlay` (a folder under
/// tests/fixtures/invalid/) laid on top; a file there named `<path>.delete` removes `<path>`.
pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    pub fn new(name: &str) -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixtures().join(name), dir.path());
        Site { dir }
    }

    pub fn with_overlay(name: &str, overlay: &Path) -> Site {
        let site = Site::new(name);
        for entry in walkdir::WalkDir::new(overlay) {
            let entry = entry.unwrap();
            if !entry.file_type().is_file()
                || entry.file_name() == "expected.txt"
                || (entry.file_name() == "args" && entry.depth() == 1)
            {
                continue;
            }
            let rel = entry.path().strip_prefix(overlay).unwrap();
            let rel_str = rel.to_str().unwrap();
            if let Some(target) = rel_str.strip_suffix(".delete") {
                fs::remove_file(site.path().join(target)).unwrap();
            } else {
                let dest = site.path().join(rel);
                fs::create_dir_all(dest.parent().unwrap()).unwrap();
                fs::copy(entry.path(), dest).unwrap();
            }
        }
        site
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    pub fn build(&self) -> Result<BuildReport, BuildError> {
        build(&self.options())
    }

    pub fn options(&self) -> BuildOptions {
        BuildOptions {
            root: self.path().to_path_buf(),
            write: true,
            today: Some(jiff::civil::date(2025, 3, 1)),
            ..BuildOptions::default()
        }
    }

    pub fn public(&self) -> PathBuf {
        self.path().join("public")
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.public().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

/// Runs the armguide binary; returns (exit code, stdout, stderr).
pub fn run(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_armguide"))
        .args(args)
        .current_dir(cwd)
        .env("SOURCE_DATE_EPOCH", "1740787200")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every file under `dir`, relative, sorted, with its bytes.
pub fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The report of a build that must succeed; otherwise the test fails with every diagnostic.
pub fn built(result: Result<BuildReport, BuildError>) -> BuildReport {
    result.unwrap_or_else(|e| match e {
        BuildError::Content(d) => panic!(
            "{}",
            d.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
        other => panic!("{other}"),
    })
}
