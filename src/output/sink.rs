//! Where output files go as they are made. The build renders pages on rayon workers and hands
//! each file to a [`Sink`] at once, so that no step holds the whole site: the staging folder
//! writes it, `serve` records its digest, `check` keeps the bytes its link checker needs, and
//! a consumer that packs a language's files (the offline edition) can be attached beside them
//! with [`Sinks`].

use std::sync::Mutex;

use super::OutputError;

/// A consumer of output files, by path relative to the output root. Called from several
/// threads at once, in no fixed order; each path is given once.
pub trait Sink: Sync {
    fn file(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError>;
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
}

/// Keeps every file in memory, for a consumer that needs them all together.
#[derive(Default)]
pub struct Collect(Mutex<Vec<(String, Vec<u8>)>>);

impl Collect {
    /// The files, sorted by path (the order they arrived in depends on thread timing).
    pub fn into_files(self) -> Vec<(String, Vec<u8>)> {
        let mut files = self.0.into_inner().unwrap_or_else(|e| e.into_inner());
        files.sort_by(|a, b| a.0.cmp(&b.0));
        files
    }
}

impl Sink for Collect {
    fn file(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path.to_owned(), bytes.to_vec()));
        Ok(())
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
        seen.sort_by(|a, b| a.0.cmp(&b.0));
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
}
