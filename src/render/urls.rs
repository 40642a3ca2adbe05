//! Output paths and relative URLs. Every URL the site writes is relative, and every link names
//! a file (`faq/index.html`, never `faq/`), because a browser opening the site from disk does not
//! turn a folder into its index.html.

use crate::content::Collection;

/// The path, inside a language folder, of the page built from `rel`, with the anchor that
/// locates an entry on its collection's index page.
pub fn target(rel: &str) -> (String, Option<String>) {
    let stem = rel.strip_suffix(".md").unwrap_or(rel);
    let id = stem.rsplit('/').next().unwrap_or(stem).to_owned();
    match Collection::of(rel) {
        Collection::Glossary => (GLOSSARY.to_owned(), Some(id)),
        Collection::Faq => (FAQ.to_owned(), Some(id)),
        Collection::Contact => (CONTACTS.to_owned(), Some(id)),
        Collection::RiskTier => (format!("risk-tiers/{id}.html"), None),
        Collection::Page => {
            let path = match stem.strip_suffix("_index") {
                Some(dir) => format!("{dir}index.html"),
                None => format!("{stem}.html"),
            };
            (path, None)
        }
    }
}

pub const GLOSSARY: &str = "glossary/index.html";
pub const FAQ: &str = "faq/index.html";
pub const TIERS: &str = "risk-tiers/index.html";
pub const CONTACTS: &str = "contacts/index.html";
pub const INSTITUTIONS: &str = "institutions/index.html";
pub const SEARCH: &str = "search.html";

pub fn institution(slug: &str) -> String {
    format!("institutions/{slug}.html")
}

/// The prefix that leads from the page at `site_path` (relative to the output root) back to
/// the root: `""` for `index.html`, `"../"` for `en/index.html`.
pub fn root_prefix(site_path: &str) -> String {
    "../".repeat(site_path.matches('/').count())
}

/// Percent-encodes what may not stand in a URL path as it is (spaces, quotes, `#`, `?`, `%`),
/// leaving letters of every script alone so that paths stay readable.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            ' ' | '"' | '#' | '?' | '%' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_by_collection() {
        assert_eq!(target("_index.md"), ("index.html".into(), None));
        assert_eq!(target("guide/_index.md"), ("guide/index.html".into(), None));
        assert_eq!(target("costs.md"), ("costs.html".into(), None));
        assert_eq!(
            target("faq/cost.md"),
            ("faq/index.html".into(), Some("cost".into()))
        );
        assert_eq!(
            target("risk-tiers/high.md"),
            ("risk-tiers/high.html".into(), None)
        );
    }

    #[test]
    fn root_prefix_counts_folders() {
        assert_eq!(root_prefix("index.html"), "");
        assert_eq!(root_prefix("en/faq/index.html"), "../../");
    }

    #[test]
    fn paths_are_encoded_only_where_needed() {
        assert_eq!(encode_path("a b/줄기.html"), "a%20b/줄기.html");
    }
}
