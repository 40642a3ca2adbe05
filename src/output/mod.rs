//! Output: the site is written into a fresh folder beside the target and swapped in only when
//! every file was written, so a failed build leaves the previous output as it was. The tool
//! marks the folders it writes and never replaces a non-empty folder without that mark.
//! Files reach the staging folder through a [`Sink`] as the build makes them.

mod file_stream;
mod sink;

use file_stream::FileStream;
pub use sink::{Collect, Discard, Paths, Sink, Sinks, Stream};

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use thiserror::Error;

/// The file that marks a folder as armguide's output.
pub const MARKER: &str = ".armguide-output";
const MARKER_TEXT: &str = "This folder is written by armguide. Each build replaces it whole: do not keep other files here.\n";

#[derive(Debug, Error)]
pub enum OutputError {
    #[error("{0}: refusing to replace this folder: it is not empty and armguide did not create it")]
    NotOurs(PathBuf),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{0}: an output path must stay inside the output folder")]
    Escapes(String),
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A fresh folder beside the output that files are written into as they are made, and that
/// replaces the output only when [`Staging::commit`] is called: dropped without it (a build that
/// failed), it is removed and the previous output stays as it was.
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    old: PathBuf,
    /// Folders already made, so that each is created once however many files it holds.
    made: Mutex<HashSet<PathBuf>>,
    committed: bool,
}

impl Staging {
    /// Makes the staging folder for `target`, refusing a target armguide did not create.
    pub fn create(target: &Path) -> Result<Staging, OutputError> {
        if target.exists() && !is_ours_or_empty(target)? {
            return Err(OutputError::NotOurs(target.to_path_buf()));
        }
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(io_err(parent))?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let dir = parent.join(format!(".{name}.armguide-new"));
        let old = parent.join(format!(".{name}.armguide-old"));
        for leftover in [&dir, &old] {
            // Left behind by a build that was killed; ours by name and by mark.
            if leftover.exists() && leftover.join(MARKER).exists() {
                fs::remove_dir_all(leftover).map_err(io_err(leftover))?;
            } else if leftover.exists() {
                return Err(OutputError::NotOurs(leftover.clone()));
            }
        }
        fs::create_dir(&dir).map_err(io_err(&dir))?;
        let staging = Staging {
            target: target.to_path_buf(),
            made: Mutex::new(HashSet::from([dir.clone()])),
            dir,
            old,
            committed: false,
        };
        fs::write(staging.dir.join(MARKER), MARKER_TEXT).map_err(io_err(&staging.dir))?;
        Ok(staging)
    }

    /// Puts the staged files in place of the target's; the old output is removed only after.
    pub fn commit(mut self) -> Result<(), OutputError> {
        self.committed = true;
        let (target, dir, old) = (&self.target, &self.dir, &self.old);
        if target.exists() {
            fs::rename(target, old).map_err(io_err(target))?;
            if let Err(source) = fs::rename(dir, target) {
                let _ = fs::rename(old, target);
                let _ = fs::remove_dir_all(dir);
                return Err(OutputError::Io {
                    path: target.clone(),
                    source,
                });
            }
            remove_tree(old).map_err(io_err(old))?;
        } else if let Err(source) = fs::rename(dir, target) {
            let _ = fs::remove_dir_all(dir);
            return Err(OutputError::Io {
                path: target.clone(),
                source,
            });
        }
        Ok(())
    }
}

/// Removes `dir` and everything in it, its folders emptied side by side on the build's threads:
/// the output a large site replaces is tens of thousands of files, and unlinking them one after
/// another took half a second of its build. Links are removed, never followed.
fn remove_tree(dir: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    let entries = fs::read_dir(dir)?.collect::<io::Result<Vec<_>>>()?;
    entries.par_iter().try_for_each(|entry| {
        if entry.file_type()?.is_dir() {
            remove_tree(&entry.path())
        } else {
            fs::remove_file(entry.path())
        }
    })?;
    fs::remove_dir(dir)
}

impl Staging {
    /// The path of `rel` in the staging folder, its folder made.
    fn place(&self, rel: &str) -> Result<PathBuf, OutputError> {
        let path = self.dir.join(inside(rel)?);
        if let Some(parent) = path.parent() {
            let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
            if !made.contains(parent) {
                fs::create_dir_all(parent).map_err(io_err(parent))?;
                made.insert(parent.to_path_buf());
            }
        }
        Ok(path)
    }
}

impl Sink for Staging {
    fn file(&self, rel: &str, bytes: &[u8]) -> Result<(), OutputError> {
        let path = self.place(rel)?;
        fs::write(&path, bytes).map_err(io_err(&path))
    }

    fn read(&self, rel: &str) -> Option<Vec<u8>> {
        fs::read(self.dir.join(inside(rel).ok()?)).ok()
    }

    fn len(&self, rel: &str) -> Option<u64> {
        Some(fs::metadata(self.dir.join(inside(rel).ok()?)).ok()?.len())
    }

    /// Written to the file as it comes.
    fn stream(&self, rel: &str) -> Result<Box<dyn Stream + '_>, OutputError> {
        let path = self.place(rel)?;
        let file = fs::File::create(&path).map_err(io_err(&path))?;
        Ok(Box::new(FileStream::new(file, path)))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Writes `files` (path relative to the output root, bytes) as the new content of `target`.
pub fn write_atomically<'a>(
    target: &Path,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<(), OutputError> {
    let staging = Staging::create(target)?;
    for (rel, bytes) in files {
        staging.file(rel, bytes)?;
    }
    staging.commit()
}

/// Replaces one file of an existing output folder (`serve`'s incremental writes): written beside
/// it and renamed over it, so a reader never loads half a page.
pub fn write_one(target: &Path, rel: &str, bytes: &[u8]) -> Result<(), OutputError> {
    let path = target.join(inside(rel)?);
    let parent = path.parent().unwrap_or(target);
    fs::create_dir_all(parent).map_err(io_err(parent))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let staging = parent.join(format!(".{name}.armguide-new"));
    fs::write(&staging, bytes).map_err(io_err(&staging))?;
    fs::rename(&staging, &path).map_err(io_err(&path))
}

/// Removes one file of the output folder (a page whose source was deleted).
pub fn remove_one(target: &Path, rel: &str) -> Result<(), OutputError> {
    let path = target.join(inside(rel)?);
    match fs::remove_file(&path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_err(&path)(e)),
        _ => Ok(()),
    }
}

/// `rel` as a path that cannot leave the output folder.
fn inside(rel: &str) -> Result<&Path, OutputError> {
    let rel_path = Path::new(rel);
    if rel.is_empty()
        || rel_path
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(OutputError::Escapes(rel.to_owned()));
    }
    Ok(rel_path)
}

fn is_ours_or_empty(dir: &Path) -> Result<bool, OutputError> {
    if !dir.is_dir() {
        return Ok(false);
    }
    if dir.join(MARKER).is_file() {
        return Ok(true);
    }
    Ok(fs::read_dir(dir).map_err(io_err(dir))?.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_its_own_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        write_atomically(&out, [("a/b.html", b"one".as_slice())]).unwrap();
        write_atomically(&out, [("c.html", b"two".as_slice())]).unwrap();
        assert!(!out.join("a/b.html").exists());
        assert_eq!(fs::read(out.join("c.html")).unwrap(), b"two");
        assert!(out.join(MARKER).exists());
        let names: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"], "no staging folders are left behind");
    }

    /// Writes `a`, seeks back to overwrite its first byte, then appends: what a zip writer does.
    fn stream_into(sink: &dyn Sink, path: &str) -> u64 {
        use std::io::{Seek, SeekFrom, Write};
        let mut out = sink.stream(path).unwrap();
        out.write_all(b"xbc").unwrap();
        out.seek(SeekFrom::Start(0)).unwrap();
        out.write_all(b"a").unwrap();
        out.seek(SeekFrom::End(0)).unwrap();
        out.write_all(b"def").unwrap();
        out.finish().unwrap()
    }

    #[test]
    fn a_streamed_file_is_written_with_its_seeks_and_counted() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let staging = Staging::create(&out).unwrap();
        assert_eq!(stream_into(&Sinks(vec![&staging]), "offline/a.zip"), 6);
        assert_eq!(staging.read("offline/a.zip").unwrap(), b"abcdef");
        staging.commit().unwrap();
        assert_eq!(fs::read(out.join("offline/a.zip")).unwrap(), b"abcdef");

        // Sinks that keep files get the whole file once it is finished, each of them.
        let (one, two) = (Collect::default(), Collect::default());
        assert_eq!(stream_into(&Sinks(vec![&one, &two]), "b.zip"), 6);
        assert_eq!(one.into_files(), [("b.zip".to_owned(), b"abcdef".to_vec())]);
        assert_eq!(two.into_files(), [("b.zip".to_owned(), b"abcdef".to_vec())]);
    }

    #[test]
    fn refuses_a_folder_it_did_not_create() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("docs");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("thesis.tex"), "precious").unwrap();
        let err = write_atomically(&out, [("x.html", b"x".as_slice())]).unwrap_err();
        assert!(matches!(err, OutputError::NotOurs(_)));
        assert_eq!(
            fs::read_to_string(out.join("thesis.tex")).unwrap(),
            "precious"
        );
    }

    #[test]
    fn a_failed_write_leaves_the_old_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        write_atomically(&out, [("index.html", b"old".as_slice())]).unwrap();
        let err = write_atomically(
            &out,
            [
                ("ok.html", b"x".as_slice()),
                ("../escape.html", b"x".as_slice()),
            ],
        )
        .unwrap_err();
        assert!(matches!(err, OutputError::Escapes(_)));
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"old");
        assert!(!tmp.path().join("escape.html").exists());
    }

    #[cfg(unix)]
    #[test]
    fn removing_a_tree_removes_links_and_not_what_they_point_at() {
        let tmp = tempfile::tempdir().unwrap();
        let kept = tmp.path().join("kept");
        fs::create_dir(&kept).unwrap();
        fs::write(kept.join("thesis.tex"), "precious").unwrap();
        let tree = tmp.path().join("old");
        for dir in ["a/b/c", "d", "e"] {
            fs::create_dir_all(tree.join(dir)).unwrap();
        }
        for file in ["x.html", "a/y.html", "a/b/c/z.js", "d/w.css"] {
            fs::write(tree.join(file), file).unwrap();
        }
        std::os::unix::fs::symlink(&kept, tree.join("a/b/link")).unwrap();
        remove_tree(&tree).unwrap();
        assert!(!tree.exists());
        assert_eq!(
            fs::read_to_string(kept.join("thesis.tex")).unwrap(),
            "precious"
        );
    }
}
