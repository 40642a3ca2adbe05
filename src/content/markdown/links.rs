//! Link targets in Markdown: relative `.md` links resolved against the linking file, and the
//! paths that may not be written because they would lead out of the language folder.

/// Where a content link points, once resolved against the linking file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    /// Path relative to the language folder, e.g. `faq/cost.md`.
    pub rel: String,
    pub anchor: Option<String>,
}

/// Resolves `dest` written in the file at `from` (both relative to the language folder).
/// `Ok(None)`: not a link to a content file (external, mail, same-page anchor, asset). A
/// relative link that climbs out of the language folder is refused whatever it names: the
/// site has nothing there, and it must not point a reader at files beside it.
pub fn resolve_link(from: &str, dest: &str) -> Result<Option<LinkTarget>, String> {
    if dest.is_empty() || dest.starts_with('#') || has_scheme(dest) || dest.starts_with("//") {
        return Ok(None);
    }
    if dest.starts_with('/') {
        return Err(format!(
            "link `{dest}` starts at the site root, which breaks offline copies and sites under a path prefix; link to the .md file relatively"
        ));
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_owned())),
        None => (dest, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    let mut parts: Vec<String> = from.split('/').map(str::to_owned).collect();
    parts.pop();
    // Each segment is decoded before `..` is resolved, so that `%2e%2e` is a parent too and
    // a decoded `/` or `\` cannot smuggle one in.
    for seg in path.split('/') {
        let seg = percent_decode(seg);
        if seg.contains(['/', '\\']) {
            return Err(format!(
                "link `{dest}` has an encoded `/` or `\\` in a file name; write the path with plain `/`"
            ));
        }
        match seg.as_str() {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(format!("link `{dest}` leads out of the language folder"));
                }
            }
            _ => parts.push(seg),
        }
    }
    if !path.ends_with(".md") {
        return Ok(None);
    }
    let rel = parts.join("/");
    Ok(Some(LinkTarget {
        rel,
        anchor: anchor.filter(|a| !a.is_empty()),
    }))
}

fn has_scheme(dest: &str) -> bool {
    match dest.find(':') {
        Some(i) => {
            dest[..i]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && i > 0
        }
        None => false,
    }
}

/// A URL or URL segment percent-decoded; as written when it does not decode to UTF-8.
pub fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .map_or_else(|_| s.to_owned(), |d| d.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_relative_to_the_file() {
        let t = resolve_link("faq/cost.md", "../glossary/stem-cell.md#top")
            .unwrap()
            .unwrap();
        assert_eq!(
            t,
            LinkTarget {
                rel: "glossary/stem-cell.md".into(),
                anchor: Some("top".into())
            }
        );
        assert!(resolve_link("a.md", "../x.md").is_err());
        assert_eq!(resolve_link("a.md", "https://x.org/a.md").unwrap(), None);
        assert_eq!(resolve_link("a.md", "mailto:ts@rmaf.kr").unwrap(), None);
        assert!(resolve_link("a.md", "/b.md").is_err());
    }

    #[test]
    fn encoded_parents_and_assets_cannot_leave_the_language_folder() {
        assert_eq!(
            resolve_link("guide/a.md", "%2e%2e/%2E%2E/x.md").unwrap_err(),
            "link `%2e%2e/%2E%2E/x.md` leads out of the language folder"
        );
        assert_eq!(
            resolve_link("a.md", "../../../etc/passwd").unwrap_err(),
            "link `../../../etc/passwd` leads out of the language folder"
        );
        assert!(resolve_link("a.md", "..%2f..%2fx.md").is_err());
        assert_eq!(resolve_link("guide/a.md", "../p.png").unwrap(), None);
        assert_eq!(
            resolve_link("guide/a.md", "%2e%2e/b%20c.md")
                .unwrap()
                .unwrap()
                .rel,
            "b c.md"
        );
        // A `%` before a multi-byte character is not an escape (and does not split it).
        assert_eq!(
            resolve_link("a.md", "%a\u{e9}.md").unwrap().unwrap().rel,
            "%a\u{e9}.md"
        );
    }
}
