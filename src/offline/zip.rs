//! The zip writer of the offline editions: the same entries always give the same bytes.
//!
//! Nothing in an entry may depend on the machine or the moment: every entry carries the same
//! timestamp (the day the copy's inputs date from, so that unzipped files show a meaningful
//! date), the same permissions, and no extra fields. Entries are written in the order given,
//! which the caller makes deterministic, so that it can feed the writer file by file without
//! either holding the whole edition; a path given twice is refused.

use std::collections::HashSet;
use std::io::{Cursor, Seek, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::OfflineError;

/// flate2's level 1: the editions of a large site are most of the build's compressing, and
/// HTML compresses nearly as well at the fastest level as at the default.
const LEVEL: i64 = 1;

/// Entries' permissions: readable by everyone, writable by the owner, on every unzip tool that
/// honours them.
const MODE: u32 = 0o644;

/// What an entry holds, written into the entry's (compressing) writer.
pub trait Body {
    fn write_into(self, out: &mut dyn Write) -> Result<(), OfflineError>;
}

impl<B: AsRef<[u8]>> Body for B {
    fn write_into(self, out: &mut dyn Write) -> Result<(), OfflineError> {
        out.write_all(self.as_ref())
            .map_err(|e| OfflineError::Zip(e.into()))
    }
}

/// An entry made of pieces, each read only when the one before is written: one large entry
/// made of many files (an offline copy's search index) is never held whole.
pub struct Pieces<I>(pub I);

impl<I, B> Body for Pieces<I>
where
    I: Iterator<Item = Result<B, OfflineError>>,
    B: AsRef<[u8]>,
{
    fn write_into(self, out: &mut dyn Write) -> Result<(), OfflineError> {
        self.0
            .into_iter()
            .try_for_each(|piece| piece?.write_into(out))
    }
}

/// Writes `entries` (path inside the zip, what it holds, or the error that made one fail), in
/// the order given, as a zip into `out`, stamped with `date`; returns `out` when the central
/// directory is written.
pub fn write_zip<W, P, B>(
    out: W,
    date: jiff::civil::Date,
    entries: impl IntoIterator<Item = Result<(P, B), OfflineError>>,
) -> Result<W, OfflineError>
where
    W: Write + Seek,
    P: AsRef<str>,
    B: Body,
{
    let stamp = timestamp(date);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(LEVEL))
        .last_modified_time(stamp)
        .unix_permissions(MODE)
        .large_file(false);
    let mut zip = ZipWriter::new(out);
    let mut seen = HashSet::new();
    for entry in entries {
        let (path, bytes) = entry?;
        let path = path.as_ref();
        if !seen.insert(path.to_owned()) {
            return Err(OfflineError::Twice(path.to_owned()));
        }
        zip.start_file(path, options)?;
        bytes.write_into(&mut zip)?;
    }
    Ok(zip.finish()?)
}

/// [`write_zip`] into memory.
pub fn zip_bytes<P: AsRef<str>, B: AsRef<[u8]>>(
    date: jiff::civil::Date,
    entries: impl IntoIterator<Item = Result<(P, B), OfflineError>>,
) -> Result<Vec<u8>, OfflineError> {
    Ok(write_zip(Cursor::new(Vec::new()), date, entries)?.into_inner())
}

/// Midnight of `date` as a zip timestamp; zip cannot hold a date before 1980 or after 2107, so
/// a date outside takes the nearest end.
fn timestamp(date: jiff::civil::Date) -> DateTime {
    let year = date.year().clamp(1980, 2107) as u16;
    DateTime::from_date_and_time(year, date.month() as u8, date.day() as u8, 0, 0, 0)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn day() -> jiff::civil::Date {
        jiff::civil::date(2026, 3, 1)
    }

    #[test]
    fn the_same_entries_give_the_same_bytes() {
        let entries = [("a.html", "<p>a</p>"), ("b/c.js", "x()")];
        assert_eq!(
            zip_bytes(day(), entries.map(Ok)).unwrap(),
            zip_bytes(day(), entries.map(Ok)).unwrap()
        );
    }

    #[test]
    fn an_entry_of_pieces_reads_back_as_them_one_after_another() {
        let pieces = ["a = 1;\n", "b = 2;\n", "c = 3;\n"].map(Ok);
        let bytes = write_zip(
            Cursor::new(Vec::new()),
            day(),
            [Ok(("all.js", Pieces(pieces.into_iter())))],
        )
        .unwrap()
        .into_inner();
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        archive
            .by_name("all.js")
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "a = 1;\nb = 2;\nc = 3;\n");
    }

    #[test]
    fn a_piece_that_fails_fails_the_zip() {
        let pieces = [Ok("a = 1;\n"), Err(OfflineError::Unread("b.js".into()))];
        let result = write_zip(
            Cursor::new(Vec::new()),
            day(),
            [Ok(("all.js", Pieces(pieces.into_iter())))],
        );
        assert!(matches!(result, Err(OfflineError::Unread(p)) if p == "b.js"));
    }

    #[test]
    fn entries_read_back_with_their_date_and_mode() {
        let bytes = zip_bytes(day(), [("a.html", "<p>ä</p>"), ("b/c.js", "x()")].map(Ok)).unwrap();
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut names = Vec::new();
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            let t = file.last_modified().unwrap();
            names.push(format!(
                "{} {:o} {}-{}-{} {text}",
                file.name().unwrap(),
                file.unix_mode().unwrap() & 0o777,
                t.year(),
                t.month(),
                t.day()
            ));
        }
        assert_eq!(
            names,
            ["a.html 644 2026-3-1 <p>ä</p>", "b/c.js 644 2026-3-1 x()"]
        );
    }

    #[test]
    fn a_path_given_twice_is_refused() {
        let err = zip_bytes(
            day(),
            [("b.html", ""), ("a.html", ""), ("b.html", "")].map(Ok),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "offline edition: `b.html` would be in the zip twice"
        );
    }

    #[test]
    fn an_entry_that_failed_stops_the_zip() {
        let entries = [
            Ok(("a.html", "")),
            Err(OfflineError::Rewrite {
                path: "b.html".into(),
                message: "bad".into(),
            }),
        ];
        let err = zip_bytes(day(), entries).unwrap_err();
        assert_eq!(
            err.to_string(),
            "b.html: cannot rewrite for the offline edition: bad"
        );
    }
}
