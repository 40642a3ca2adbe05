//! Front matter: splitting a Markdown file into its YAML header and body, and reading the header
//! into the typed fields of its collection, with every problem located at file:line:column.

use marked_yaml::{LoaderOptions, Node, Spanned};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::diagnostics::{Diagnostic, Position, SourceText, closest};

/// The two parts of a content file, as byte ranges into its [`SourceText`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The YAML between the `---` lines, and the offset of its first byte.
    pub yaml: std::ops::Range<usize>,
    /// Everything after the line that closes the front matter.
    pub body: std::ops::Range<usize>,
}

/// Splits `text` at its front matter. `None` when the file does not open with a `---` line;
/// `Err` with the offset of the opening line when the front matter is never closed.
pub fn split(text: &str) -> Result<Option<Split>, usize> {
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return Ok(None);
    };
    if first.trim_end() != "---" {
        return Ok(None);
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for line in lines {
        if line.trim_end() == "---" {
            return Ok(Some(Split {
                yaml: yaml_start..offset,
                body: offset + line.len()..text.len(),
            }));
        }
        offset += line.len();
    }
    Err(0)
}

/// The SPEC's `source_hash` of a body: the first 12 hex digits of its SHA-256.
pub fn source_hash(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// The text the YAML parser is given. YAML ends a line at a lone carriage return, which
/// [`SourceText`] keeps as an ordinary character (only CRLF is a line break there); a space in
/// its place keeps the two counting the same lines and columns.
pub fn yaml_view(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace('\r', " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Every key any collection allows, as written in the file. Which keys a given collection
/// accepts is decided by [`crate::content::Collection::keys`].
#[derive(Debug, Default, Deserialize)]
pub struct RawFront {
    pub title: Option<Spanned<String>>,
    pub description: Option<String>,
    pub order: Option<Spanned<i64>>,
    pub draft: Option<bool>,
    pub reviewed: Option<Spanned<String>>,
    pub safety: Option<bool>,
    pub source_hash: Option<Spanned<String>>,
    pub translator: Option<String>,
    pub term: Option<Spanned<String>>,
    pub aliases: Option<Vec<Spanned<String>>>,
    pub related: Option<Vec<Spanned<String>>>,
    pub reading: Option<String>,
    pub question: Option<Spanned<String>>,
    pub category: Option<Spanned<String>>,
    pub tier: Option<Spanned<String>>,
    pub who_may_deliver: Option<String>,
    pub approval: Option<String>,
    pub examples: Option<Vec<String>>,
    pub name: Option<Spanned<String>>,
    pub phone: Option<Spanned<String>>,
    pub email: Option<Spanned<String>>,
    pub organization: Option<String>,
    pub topics: Option<Vec<Spanned<String>>>,
    pub hours: Option<String>,
}

/// Maps positions reported by the YAML parser (relative to the front matter) into the file.
pub struct YamlLocator<'a> {
    pub src: &'a SourceText,
    /// 1-based line in the file of the front matter's first line.
    pub first_line: usize,
}

impl YamlLocator<'_> {
    /// The place in the file of a parser position. The parser puts a value missing at the end
    /// of its input on the line after the last; such a place is moved back to the end of the
    /// file so that every message points at text the editor can see.
    pub fn marker(&self, m: Option<&marked_yaml::Marker>) -> Option<Position> {
        let m = m?;
        let end = self.src.position(self.src.text.len());
        let line = (self.first_line + m.line()).saturating_sub(1).max(1);
        if line > end.line {
            return Some(end);
        }
        let width = self
            .src
            .text
            .split('\n')
            .nth(line - 1)
            .map_or(0, |l| l.chars().count());
        Some(Position {
            line,
            column: m.column().clamp(1, width + 1),
        })
    }

    pub fn at<T>(&self, s: &Spanned<T>) -> Option<Position> {
        self.marker(s.span().start())
    }

    pub fn error(&self, pos: Option<Position>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.src.path, pos, message).with_source(self.src)
    }

    pub fn warning(&self, pos: Option<Position>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(&self.src.path, pos, message).with_source(self.src)
    }
}

/// Parses the YAML of a front matter, checks its keys against `allowed`, and deserializes it.
/// Unknown keys are reported with the closest allowed key; they do not stop the parse.
pub fn parse(
    loc: &YamlLocator,
    yaml: &str,
    allowed: &[&str],
    diags: &mut Vec<Diagnostic>,
) -> Option<RawFront> {
    if yaml.trim().is_empty() {
        return Some(RawFront::default());
    }
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .toplevel_mapping();
    let node = match marked_yaml::parse_yaml_with_options(0, yaml_view(yaml), options) {
        Ok(node) => node,
        Err(e) => {
            diags.push(load_error(loc, &e));
            return None;
        }
    };
    let Node::Mapping(map) = &node else {
        return None;
    };
    let mut clean = true;
    for key in map.keys() {
        if !allowed.contains(&key.as_str()) {
            clean = false;
            let mut d = loc.error(
                loc.marker(key.span().start()),
                format!("unknown front-matter key `{}`", key.as_str()),
            );
            d = match closest(key.as_str(), allowed.iter().copied()) {
                Some(near) => d.with_hint(format!("did you mean `{near}`?")),
                None => d.with_hint(format!("this kind of page takes: {}", allowed.join(", "))),
            };
            diags.push(d);
        }
    }
    if !clean {
        return None;
    }
    match marked_yaml::from_node::<RawFront>(&node) {
        Ok(raw) => Some(raw),
        Err(e) => {
            let field = e.path().map(|p| format!("`{p}`: ")).unwrap_or_default();
            diags.push(loc.error(
                loc.marker(e.start_mark().as_ref()),
                format!("{field}{}", describe(&e)),
            ));
            None
        }
    }
}

fn describe(e: &marked_yaml::FromNodeError) -> String {
    use marked_yaml::Error;
    match &**e {
        Error::NotBoolean(_) => "expected true or false".into(),
        Error::IntegerParseFailure(..) => "expected a whole number".into(),
        Error::FloatParseFailure(..) => "expected a number".into(),
        Error::UnknownFieldError(name, ..) => format!("unknown key `{name}`"),
        Error::Other(msg, _) => msg
            .replace("invalid type: ", "expected ")
            .replace(", expected", ", found"),
    }
}

/// A YAML syntax error, located in the file.
pub fn load_error(loc: &YamlLocator, e: &marked_yaml::LoadError) -> Diagnostic {
    use marked_yaml::LoadError as L;
    let (marker, message) = match e {
        L::TopLevelMustBeMapping(m) => (Some(m), "expected `key: value` lines".to_owned()),
        L::TopLevelMustBeSequence(m) => (Some(m), "expected a list".to_owned()),
        L::UnexpectedAnchor(m) => (
            Some(m),
            "YAML anchors and aliases are not supported".to_owned(),
        ),
        L::MappingKeyMustBeScalar(m) => (Some(m), "a key must be plain text".to_owned()),
        L::UnexpectedTag(m) => (Some(m), "YAML tags (`!name`) are not supported".to_owned()),
        L::ScanError(m, e) => (Some(m), format!("invalid YAML: {}", e.info())),
        L::DuplicateKey(inner) => {
            let first = loc.marker(inner.prev_key.span().start());
            let first = first
                .map(|p| format!(" (first set at line {})", p.line))
                .unwrap_or_default();
            (
                inner.key.span().start(),
                format!("key `{}` is set twice{first}", inner.key.as_str()),
            )
        }
    };
    let mut position = loc.marker(marker);
    let tab = match e {
        L::ScanError(..) => position.and_then(|p| tab_near(loc.src, p.line)),
        _ => None,
    };
    if let Some(at) = tab {
        // The parser may stop at the end of the line before the tab: point at the tab.
        position = Some(loc.src.position(at));
    }
    let d = loc.error(position, message);
    if tab.is_some() {
        return d.with_hint("YAML does not allow tabs here; indent and separate with spaces");
    }
    d
}

/// The offset of the first tab on `line` (1-based) or the line after it, where a YAML scan
/// error about a tab points.
fn tab_near(src: &SourceText, line: usize) -> Option<usize> {
    let start: usize = src
        .text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let two_lines: usize = src.text[start..]
        .split_inclusive('\n')
        .take(2)
        .map(str::len)
        .sum();
    src.text[start..start + two_lines]
        .find('\t')
        .map(|i| start + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_header_and_body() {
        let text = "---\ntitle: A\n---\nBody\n";
        let s = split(text).unwrap().unwrap();
        assert_eq!(&text[s.yaml.clone()], "title: A\n");
        assert_eq!(&text[s.body.clone()], "Body\n");
    }

    #[test]
    fn a_file_without_front_matter_is_all_body() {
        assert_eq!(split("# Hi\n").unwrap(), None);
        assert_eq!(split("").unwrap(), None);
    }

    #[test]
    fn an_unclosed_front_matter_is_an_error() {
        assert_eq!(split("---\ntitle: A\n"), Err(0));
        assert_eq!(split("---"), Err(0));
    }

    #[test]
    fn closing_line_at_end_of_file_gives_empty_body() {
        let s = split("---\na: 1\n---").unwrap().unwrap();
        assert_eq!(s.body, 12..12);
    }

    #[test]
    fn hash_is_twelve_hex_digits_of_sha256() {
        // sha256("") = e3b0c44298fc1c149afbf4c8996fb924...
        assert_eq!(source_hash(""), "e3b0c44298fc");
    }

    #[test]
    fn unknown_key_gets_closest_hint_and_file_position() {
        let src = SourceText::new("en/a.md", "---\ntitle: A\ndescripton: x\n---\n");
        let loc = YamlLocator {
            src: &src,
            first_line: 2,
        };
        let mut diags = Vec::new();
        assert!(
            parse(
                &loc,
                "title: A\ndescripton: x\n",
                &["title", "description"],
                &mut diags
            )
            .is_none()
        );
        assert_eq!(
            diags[0].to_string(),
            "en/a.md:3:1: error: unknown front-matter key `descripton`\n  = hint: did you mean `description`?"
        );
    }

    #[test]
    fn wrong_type_names_the_field() {
        let src = SourceText::new("en/a.md", "---\norder: first\n---\n");
        let loc = YamlLocator {
            src: &src,
            first_line: 2,
        };
        let mut diags = Vec::new();
        parse(&loc, "order: first\n", &["order"], &mut diags);
        assert_eq!(
            diags[0].to_string(),
            "en/a.md:2:8: error: `order`: expected a whole number"
        );
    }
}
