//! Where output files go as they are made. The build renders pages on rayon workers and hands
//! each file to a [`Sink`] at once, so that no step holds the whole site: the staging folder
//! writes it, `serve` records its digest, `check` keeps the bytes its link checker needs, and
//! a consumer that packs a language's files (the offline edition) can be attached beside them
//! with [`Sinks`].

use std::collections::HashMap;
use std::io::{self, Cursor, Seek, Write};
use std::sync::Mutex;

use super::OutputError;

/// A consumer of output files, by path relative to the output root. Called from several
/// threads at once, in no fixed order. A path is given again only by a later step that
/// finishes the file (the offline editions fill in their zip's size); the last bytes count.
pub trait Sink: Sync {
    fn file(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError>;

    /// The bytes last given for `path`, for a sink that keeps them (the staging folder, a
    /// [`Collect`]): the offline editions read a language's finished pages back this way
    /// instead of the build holding every page until the end.
    fn read(&self, _path: &str) -> Option<Vec<u8>> {
        None
    }

    /// The length of what [`Sink::read`] would give for `path`, without reading it where the
    /// sink can tell (the offline editions weigh a language's search files before they read
    /// them).
    fn len(&self, path: &str) -> Option<u64> {
        self.read(path).map(|bytes| bytes.len() as u64)
    }

    /// A file at `path` to write into bit by bit (and seek in, as a zip writer does), handed
    /// over when [`Stream::finish`] is called, so that a large file made by streaming (an
    /// offline zip) need not be held whole where the sink can write it straight out. By
    /// default the bytes are gathered and given to [`Sink::file`] at the end.
    fn stream(&self, path: &str) -> Result<Box<dyn Stream + '_>, OutputError> {
        Ok(Gathered::boxed(self, path))
    }
}

/// A file being written through [`Sink::stream`].
pub trait Stream: Write + Seek {
    /// Hands the file over; returns its length in bytes.
    fn finish(self: Box<Self>) -> Result<u64, OutputError>;
}

/// [`Sink::stream`]'s default: the bytes in memory until they go to [`Sink::file`].
struct Gathered<'a, S: ?Sized> {
    sink: &'a S,
    path: String,
    bytes: Cursor<Vec<u8>>,
}

impl<'a, S: Sink + ?Sized> Gathered<'a, S> {
    fn boxed(sink: &'a S, path: &str) -> Box<dyn Stream + 'a> {
        Box::new(Gathered {
            sink,
            path: path.to_owned(),
            bytes: Cursor::new(Vec::new()),
        })
    }
}

impl<S: Sink + ?Sized> Write for Gathered<'_, S> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.bytes.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<S: Sink + ?Sized> Seek for Gathered<'_, S> {
    fn seek(&mut self, to: io::SeekFrom) -> io::Result<u64> {
        self.bytes.seek(to)
    }
}

impl<S: Sink + ?Sized> Stream for Gathered<'_, S> {
    fn finish(self: Box<Self>) -> Result<u64, OutputError> {
        let bytes = self.bytes.into_inner();
        self.sink.file(&self.path, &bytes)?;
        Ok(bytes.len() as u64)
    }
}

/// Drops every file: a build that writes nothing (`check`).
pub struct Discard;

impl Sink for Discard {
    fn file(&self, _: &str, _: &[u8]) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Several sinks fed the same files, in the order given; the first error stops the file there.
pub struct Sinks<'a>(pub Vec<&'a dyn Sink>);

impl Sink for Sinks<'_> {
    fn file(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        self.0.iter().try_for_each(|s| s.file(path, bytes))
    }

    fn read(&self, path: &str) -> Option<Vec<u8>> {
        self.0.iter().find_map(|s| s.read(path))
    }

    fn len(&self, path: &str) -> Option<u64> {
        self.0.iter().find_map(|s| s.len(path))
    }

    /// Straight through to the one sink there is; gathered and given to each when several.
    fn stream(&self, path: &str) -> Result<Box<dyn Stream + '_>, OutputError> {
        match self.0.as_slice() {
            [one] => one.stream(path),
            _ => Ok(Gathered::boxed(self, path)),
        }
    }
}

/// Sorts `seen` by path and keeps, of a path given more than once, what was given last (the
/// sort is stable, so the last given stays last among equals).
fn last_per_path<T>(seen: &mut Vec<(String, T)>) {
    seen.sort_by(|a, b| a.0.cmp(&b.0));
    let mut kept: Vec<(String, T)> = Vec::with_capacity(seen.len());
    for item in seen.drain(..) {
        match kept.last_mut() {
            Some(last) if last.0 == item.0 => *last = item,
            _ => kept.push(item),
        }
    }
    *seen = kept;
}

/// Keeps every file in memory, for a consumer that needs them all together.
#[derive(Default)]
pub struct Collect(Mutex<HashMap<String, Vec<u8>>>);

impl Collect {
    /// The files, sorted by path (the order they arrived in depends on thread timing).
    pub fn into_files(self) -> Vec<(String, Vec<u8>)> {
        let files = self.0.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut files: Vec<(String, Vec<u8>)> = files.into_iter().collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        files
    }
}

impl Sink for Collect {
    fn file(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_owned(), bytes.to_vec());
        Ok(())
    }

    fn read(&self, path: &str) -> Option<Vec<u8>> {
        let files = self.0.lock().unwrap_or_else(|e| e.into_inner());
        files.get(path).cloned()
    }

    fn len(&self, path: &str) -> Option<u64> {
        let files = self.0.lock().unwrap_or_else(|e| e.into_inner());
        files.get(path).map(|bytes| bytes.len() as u64)
    }
}

/// Keeps only each file's path, with what `keep` makes of its bytes (a digest, a length).
pub struct Paths<T, F> {
    keep: F,
    seen: Mutex<Vec<(String, T)>>,
}

impl<T: Send, F: Fn(&[u8]) -> T + Sync> Paths<T, F> {
    pub fn new(keep: F) -> Self {
        Paths {
            keep,
            seen: Mutex::new(Vec::new()),
        }
    }

    /// The paths seen, sorted.
    pub fn into_paths(self) -> Vec<(String, T)> {
        let mut seen = self.seen.into_inner().unwrap_or_else(|e| e.into_inner());
        last_per_path(&mut seen);
        seen
    }
}

impl<T: Send, F: Fn(&[u8]) -> T + Sync> Sink for Paths<T, F> {
    fn file(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        let value = (self.keep)(bytes);
        self.seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path.to_owned(), value));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sink_of_a_list_gets_every_file() {
        let all = Collect::default();
        let sizes = Paths::new(|b: &[u8]| b.len());
        let sinks = Sinks(vec![&all, &sizes]);
        sinks.file("b.html", b"two").unwrap();
        sinks.file("a.html", b"1").unwrap();
        assert_eq!(
            all.into_files(),
            [
                ("a.html".to_owned(), b"1".to_vec()),
                ("b.html".to_owned(), b"two".to_vec())
            ]
        );
        assert_eq!(
            sizes.into_paths(),
            [("a.html".to_owned(), 1), ("b.html".to_owned(), 3)]
        );
    }

    #[test]
    fn a_file_given_again_counts_with_its_last_bytes() {
        let all = Collect::default();
        let sizes = Paths::new(|b: &[u8]| b.len());
        let sinks = Sinks(vec![&all, &sizes]);
        sinks.file("a.html", b"first").unwrap();
        sinks.file("b.html", b"b").unwrap();
        sinks.file("a.html", b"last").unwrap();
        assert_eq!(sinks.read("a.html").as_deref(), Some(&b"last"[..]));
        assert_eq!(Discard.read("a.html"), None);
        assert_eq!(
            all.into_files(),
            [
                ("a.html".to_owned(), b"last".to_vec()),
                ("b.html".to_owned(), b"b".to_vec())
            ]
        );
        assert_eq!(
            sizes.into_paths(),
            [("a.html".to_owned(), 4), ("b.html".to_owned(), 1)]
        );
    }
}
