//! The date a copy of the guide was generated, as every page states it.
//!
//! It must not be the clock's time, or two builds of the same inputs would differ: it is
//! SOURCE_DATE_EPOCH when set (the reproducible-builds convention), otherwise the day the
//! newest input file was last modified (site.toml, content, the export, the site's locales and
//! theme), in UTC.

use std::path::Path;

use walkdir::WalkDir;

use crate::config::Config;

/// The copy's date for the site at `root`: from `source_date_epoch` (the variable's value)
/// when it holds a number of seconds, else from the newest input, else `fallback`.
pub fn generated(
    root: &Path,
    config: &Config,
    source_date_epoch: Option<&str>,
    fallback: jiff::civil::Date,
) -> jiff::civil::Date {
    let from_env = source_date_epoch
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok());
    from_env
        .or_else(|| newest_input(root, config))
        .map_or(fallback, |t| t.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// [`generated`] with the process's SOURCE_DATE_EPOCH.
pub fn generated_now(
    root: &Path,
    config: &Config,
    fallback: jiff::civil::Date,
) -> jiff::civil::Date {
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    generated(root, config, epoch.as_deref(), fallback)
}

/// The copy's date for a build: `today` when the build was told which day it is (tests),
/// else [`generated_now`] with the clock's date as the last resort.
pub fn for_build(
    today: Option<jiff::civil::Date>,
    root: &Path,
    config: &Config,
) -> jiff::civil::Date {
    today.unwrap_or_else(|| generated_now(root, config, crate::site::today()))
}

/// The copy's date after the inputs at `changed` (absolute paths) were edited, `before` being
/// the date until then: an edited file can only make it later, so the walk over every input
/// that [`for_build`] makes is needed only when a path is gone or is not a file (a removed file
/// may have been the newest). `serve` calls this on every edit of a site of thousands of files.
pub fn after_edit(
    before: jiff::civil::Date,
    today: Option<jiff::civil::Date>,
    root: &Path,
    config: &Config,
    changed: &[std::path::PathBuf],
) -> jiff::civil::Date {
    if today.is_some() || std::env::var_os("SOURCE_DATE_EPOCH").is_some() {
        return for_build(today, root, config);
    }
    later_of(before, changed).unwrap_or_else(|| for_build(today, root, config))
}

/// The later of `before` and the modification days of `changed`; `None` when one of them is
/// gone or is not a file.
fn later_of(
    before: jiff::civil::Date,
    changed: &[std::path::PathBuf],
) -> Option<jiff::civil::Date> {
    changed.iter().try_fold(before, |newest, path| {
        let modified = std::fs::metadata(path)
            .ok()
            .filter(|m| m.is_file())?
            .modified()
            .ok()?;
        let t = jiff::Timestamp::try_from(modified).ok()?;
        Some(newest.max(t.to_zoned(jiff::tz::TimeZone::UTC).date()))
    })
}

/// The latest modification time among the site's input files.
fn newest_input(root: &Path, config: &Config) -> Option<jiff::Timestamp> {
    let places = [
        root.join("site.toml"),
        root.join(&config.institutions),
        root.join("content"),
        root.join("locales"),
        root.join("themes").join(&config.theme),
    ];
    places
        .iter()
        .flat_map(|place| WalkDir::new(place).follow_links(true))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| e.metadata().ok()?.modified().ok())
        .filter_map(|t| jiff::Timestamp::try_from(t).ok())
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::File;
    use std::time::{Duration, SystemTime};

    fn site(mtime_secs: u64) -> (tempfile::TempDir, Config) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/en")).unwrap();
        std::fs::write(root.join("site.toml"), "languages = [\"en\"]\n").unwrap();
        std::fs::write(root.join("content/en/_index.md"), "---\ntitle: x\n---\n").unwrap();
        let when = SystemTime::UNIX_EPOCH + Duration::from_secs(mtime_secs);
        // site.toml a day older than the page: the page must win.
        for (f, age) in [("site.toml", 86_400), ("content/en/_index.md", 0)] {
            File::options()
                .write(true)
                .open(root.join(f))
                .unwrap()
                .set_modified(when - Duration::from_secs(age))
                .unwrap();
        }
        let config = Config {
            base_url: None,
            default_language: "en".into(),
            languages: vec!["en".into()],
            theme: "default".into(),
            output_dir: "public".into(),
            institutions: "content/institutions.yaml".into(),
            search_part_bytes: 0,
            search_key_groups: None,
            search_single_bytes: 0,
        };
        (dir, config)
    }

    #[test]
    fn source_date_epoch_wins_when_set() {
        let (dir, config) = site(1_700_000_000);
        let day = generated(
            dir.path(),
            &config,
            Some("1735689600"),
            jiff::civil::date(2000, 1, 1),
        );
        assert_eq!(day, jiff::civil::date(2025, 1, 1));
    }

    #[test]
    fn without_source_date_epoch_the_newest_input_gives_the_date() {
        // 1_700_000_000 is 2023-11-14T22:13:20Z; the other file is a day older.
        let (dir, config) = site(1_700_000_000);
        let fallback = jiff::civil::date(2000, 1, 1);
        assert_eq!(
            generated(dir.path(), &config, None, fallback),
            jiff::civil::date(2023, 11, 14)
        );
        assert_eq!(
            generated(dir.path(), &config, Some("not a number"), fallback),
            jiff::civil::date(2023, 11, 14)
        );
    }

    #[test]
    fn an_edit_moves_the_date_on_and_a_removal_asks_for_the_walk() {
        let (dir, _) = site(1_700_000_000);
        let page = dir.path().join("content/en/_index.md");
        let early = jiff::civil::date(2023, 1, 1);
        let late = jiff::civil::date(2024, 6, 1);
        assert_eq!(
            later_of(early, std::slice::from_ref(&page)),
            Some(jiff::civil::date(2023, 11, 14))
        );
        assert_eq!(later_of(late, std::slice::from_ref(&page)), Some(late));
        let gone = dir.path().join("content/en/gone.md");
        assert_eq!(later_of(late, &[page.clone(), gone]), None);
        assert_eq!(later_of(late, &[dir.path().join("content")]), None);
    }
}
