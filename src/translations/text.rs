//! The report as text for people: a summary table first, then a section per language with open
//! work, grouped by state, each page with its word count and the hash to paste.

use std::fmt::{self, Display, Formatter, Write as _};

use super::{Change, LanguageReport, PageReport, Report, State};

/// How many characters of a commit id identify it for a person.
const SHORT_COMMIT: usize = 10;

impl Display for Report {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Source: {} pages in {}, {} words",
            self.source_pages, self.source_language, self.source_words
        )?;
        if self.languages.is_empty() {
            return writeln!(f, "The site has no other language.");
        }
        writeln!(f)?;
        let width = self
            .languages
            .iter()
            .map(|l| l.language.chars().count())
            .max()
            .unwrap_or(0)
            .max("language".len());
        writeln!(
            f,
            "{:<width$}  current  stale  untracked  missing  orphaned  words to translate",
            "language"
        )?;
        for l in &self.languages {
            writeln!(
                f,
                "{:<width$}  {:>7}  {:>5}  {:>9}  {:>7}  {:>8}  {:>18}",
                l.language,
                l.current,
                l.stale,
                l.untracked,
                l.missing,
                l.orphaned,
                l.words_to_translate
            )?;
        }
        let done: Vec<&str> = self
            .languages
            .iter()
            .filter(|l| !l.has_open_work())
            .map(|l| l.language.as_str())
            .collect();
        if !done.is_empty() {
            writeln!(
                f,
                "\nAll {} pages current in: {}",
                self.source_pages,
                done.join(", ")
            )?;
        }
        for l in self.languages.iter().filter(|l| l.has_open_work()) {
            writeln!(f)?;
            section(f, l, &self.source_language)?;
        }
        Ok(())
    }
}

fn section(f: &mut Formatter<'_>, l: &LanguageReport, source: &str) -> fmt::Result {
    writeln!(
        f,
        "{}: {} current, {} stale, {} untracked, {} missing, {} orphaned; {} words to translate",
        l.language, l.current, l.stale, l.untracked, l.missing, l.orphaned, l.words_to_translate
    )?;
    let groups = [
        (
            State::Stale,
            "stale: the source changed since it was translated",
        ),
        (
            State::Untracked,
            "untracked: no source_hash says which revision it translates",
        ),
        (
            State::Missing,
            "missing: readers get the source text with a notice",
        ),
        (State::Orphaned, "orphaned: no source page to translate"),
    ];
    for (state, heading) in groups {
        let pages: Vec<&PageReport> = l.pages.iter().filter(|p| p.state == state).collect();
        if pages.is_empty() {
            continue;
        }
        writeln!(f, "  {heading}")?;
        for p in pages {
            page(f, p, source)?;
        }
    }
    Ok(())
}

fn page(f: &mut Formatter<'_>, p: &PageReport, source: &str) -> fmt::Result {
    let mut line = format!("    {}", p.path);
    if let Some(words) = p.words {
        write!(line, "  {words} words")?;
    }
    if let Some(hash) = &p.source_hash {
        write!(line, "  source_hash: \"{hash}\"")?;
    }
    writeln!(f, "{line}")?;
    if p.state == State::Stale && p.safety {
        writeln!(
            f,
            "      a safety page: readers get the {source} text until this is updated"
        )?;
    }
    if p.state != State::Stale {
        return Ok(());
    }
    let (Some(commit), Some(changes)) = (&p.revision, &p.changes) else {
        return writeln!(
            f,
            "      changed; no commit in git history here has the translated hash {}",
            p.translated_hash.as_deref().unwrap_or("?")
        );
    };
    let short: String = commit.chars().take(SHORT_COMMIT).collect();
    writeln!(
        f,
        "      {} since {short}, the translated revision ({} words to translate):",
        p.source_path.as_deref().unwrap_or(""),
        p.changed_words.unwrap_or(0)
    )?;
    if changes.is_empty() {
        // The bodies differ only in blank lines or trailing spaces.
        writeln!(f, "        only blank lines or trailing spaces changed")?;
    }
    for c in changes {
        let place = match c.change {
            Change::Removed => format!("before line {}", c.line),
            _ if c.line == c.end_line => format!("line {}", c.line),
            _ => format!("lines {}-{}", c.line, c.end_line),
        };
        let what = match c.change {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed => "changed",
        };
        writeln!(f, "        {what:<7}  {place}: {}", c.excerpt)?;
    }
    Ok(())
}
