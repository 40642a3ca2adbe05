//! Diagnostics: every problem found in the input, with the file, line and column it points at.
//!
//! Validation does not stop at the first problem: each stage pushes what it finds into a
//! [`Diagnostics`] list, and the build fails once, at the end of validation, with all of them, so
//! that an editor can fix a batch of mistakes per run.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a diagnostic is: errors fail the build, warnings are printed and counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// One problem in one input file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site root where possible.
    pub path: PathBuf,
    pub position: Option<Position>,
    pub message: String,
    pub hint: Option<String>,
    /// The text of the line `position` points into (without its newline), kept when the
    /// diagnostic is made from a [`SourceText`] so that printing the offending line does not
    /// read the file again, which may have changed since.
    #[serde(skip)]
    pub line_text: Option<String>,
}

impl Diagnostic {
    pub fn error(
        path: impl Into<PathBuf>,
        position: Option<Position>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Error,
            path: path.into(),
            position,
            message: message.into(),
            hint: None,
            line_text: None,
        }
    }

    pub fn warning(
        path: impl Into<PathBuf>,
        position: Option<Position>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Warning,
            path: path.into(),
            position,
            message: message.into(),
            hint: None,
            line_text: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Keeps the line of `src` that the position points into, for [`Diagnostic::render`].
    pub fn with_source(mut self, src: &SourceText) -> Self {
        self.line_text = self
            .position
            .and_then(|p| src.line(p.line))
            .map(str::to_owned);
        self
    }

    /// Compiler-style text: the `path:line:column: level: message` line, then the offending
    /// line in a numbered gutter with a caret under the column, then the hint.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.head(&mut out);
        if let (Some(p), Some(line)) = (self.position, &self.line_text) {
            let number = p.line.to_string();
            let pad = " ".repeat(number.len());
            out.push_str(&format!("\n {pad} |\n {number} | {line}\n {pad} | "));
            out.push_str(&caret_indent(line, p.column));
            out.push('^');
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!("\n  = hint: {hint}"));
        }
        out
    }

    fn head(&self, out: &mut String) {
        out.push_str(&self.path.display().to_string());
        if let Some(p) = self.position {
            out.push_str(&format!(":{}:{}", p.line, p.column));
        }
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!(": {level}: {}", self.message));
    }
}

/// The blank space that puts a caret under character `column` (1-based) of `line`: tabs are
/// kept so that the terminal expands them as it did in the line above, and characters that a
/// terminal shows two cells wide (Hangul, Han, Kana) take two spaces.
fn caret_indent(line: &str, column: usize) -> String {
    line.chars()
        .take(column.saturating_sub(1))
        .map(|c| match c {
            '\t' => "\t".to_owned(),
            c => " ".repeat(unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)),
        })
        .collect()
}

/// The short form: the `path:line:column: level: message` line and the hint, without the
/// source line ([`Diagnostic::render`] adds it).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut head = String::new();
        self.head(&mut head);
        f.write_str(&head)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

/// The diagnostics of one run, in the order found; [`Diagnostics::sorted`] orders them by file.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sorted by file, then position, errors before warnings at the same place; duplicates
    /// (the same problem found while rendering two languages) are dropped.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.path, a.position, a.severity, &a.message)
                .cmp(&(&b.path, b.position, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// A text input held in memory with what is needed to turn byte offsets into line and column.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// Path relative to the site root, for messages.
    pub path: PathBuf,
    /// The text with a leading BOM removed and CRLF read as LF, so that offsets, hashes and
    /// Markdown all see the same characters.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceText {
    pub fn new(path: impl Into<PathBuf>, raw: &str) -> Self {
        let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        let text = if raw.contains('\r') {
            raw.replace("\r\n", "\n")
        } else {
            raw.to_owned()
        };
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// Line and column of a byte offset into [`SourceText::text`].
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text[start..floor_char_boundary(&self.text, offset)]
            .chars()
            .count()
            + 1;
        Position {
            line: line + 1,
            column,
        }
    }

    /// Line `number` (1-based) without its newline.
    pub fn line(&self, number: usize) -> Option<&str> {
        let start = *self.line_starts.get(number.checked_sub(1)?)?;
        let end = self
            .line_starts
            .get(number)
            .map_or(self.text.len(), |next| next - 1);
        Some(&self.text[start..end])
    }

    pub fn error(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.path, Some(self.position(offset)), message).with_source(self)
    }

    pub fn warning(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(&self.path, Some(self.position(offset)), message).with_source(self)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Gives the diagnostics about `src` that lack it the line their position points into; for
/// stages that build diagnostics from positions rather than through [`SourceText::error`].
pub fn attach_source(diags: &mut [Diagnostic], src: &SourceText) {
    for d in diags {
        if d.line_text.is_none() && d.path == src.path {
            d.line_text = d.position.and_then(|p| src.line(p.line)).map(str::to_owned);
        }
    }
}

/// The closest of `candidates` to `word` by edit distance, when it is close enough to be a
/// plausible misspelling; used for "did you mean" hints.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        // A key written short (`alias` for `aliases`) is as near as a one-letter slip.
        .map(|c| {
            let prefix = word.len() >= 3 && (c.starts_with(word) || word.starts_with(c));
            (if prefix { 1 } else { edit_distance(word, c) }, c)
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring characters each cost one, so `nmae` is one edit from `name`. Search uses it
/// for typo tolerance, as the browser's engine does.
pub fn osa_distance(a: &[char], b: &[char]) -> usize {
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    osa_distance(&a, &b)
}

/// `path` relative to `root` for messages, or as it is when it lies elsewhere.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let src = SourceText::new("a.md", "ab\r\n가나다x\n");
        assert_eq!(src.text, "ab\n가나다x\n");
        let x = src.text.find('x').unwrap();
        assert_eq!(src.position(x), Position { line: 2, column: 4 });
        assert_eq!(src.position(0), Position { line: 1, column: 1 });
    }

    #[test]
    fn render_puts_the_caret_under_the_column_of_wide_and_tabbed_lines() {
        let src = SourceText::new("a.md", "title: 줄기세포 [x]()\n\tkey:\tv\n");
        let x = src.text.find('[').unwrap();
        assert_eq!(
            src.error(x, "empty link").with_hint("fill it").render(),
            "a.md:1:13: error: empty link\n   |\n 1 | title: 줄기세포 [x]()\n   |                 ^\n  = hint: fill it"
        );
        let v = src.text.rfind('v').unwrap();
        assert_eq!(
            src.warning(v, "tab").render(),
            "a.md:2:7: warning: tab\n   |\n 2 | \tkey:\tv\n   | \t    \t^"
        );
        assert_eq!(src.line(3), Some(""));
        assert_eq!(src.line(4), None);
    }

    #[test]
    fn a_diagnostic_without_a_source_line_renders_as_its_short_form() {
        let d = Diagnostic::error("locales/en", None, "missing").with_hint("add it");
        assert_eq!(d.render(), d.to_string());
    }

    #[test]
    fn bom_is_not_part_of_the_text() {
        assert_eq!(SourceText::new("a", "\u{feff}---").text, "---");
    }

    #[test]
    fn closest_suggests_near_misses_only() {
        assert_eq!(closest("meduim", ["low", "medium", "high"]), Some("medium"));
        assert_eq!(closest("banana", ["low", "medium", "high"]), None);
        assert_eq!(closest("alias", ["term", "aliases"]), Some("aliases"));
    }
}
