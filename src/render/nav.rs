//! Sections and the primary navigation. Guide pages in a folder (`<dir>/<any>.md`) form the
//! section `<dir>`, which gets an index page at `<lang>/<dir>/index.html`; the navigation lists
//! the top-level guide pages, one entry per section and the collections. It is made once per
//! language and only given its URLs and current entry per page, so that a page costs the same
//! however many pages its language has.

use crate::content::{Collection, Document};
use crate::model::{Chosen, Site};

use super::context::{NavItem, other_lang};
use super::{Renderer, urls};

/// The section a guide page belongs to: its top-level folder, if it has one.
pub fn section_of(rel: &str) -> Option<&str> {
    match Collection::of(rel) {
        Collection::Page => rel.split_once('/').map(|(dir, _)| dir),
        _ => None,
    }
}

/// The file that gives a section its title, description and text when it exists.
pub fn section_index(dir: &str) -> String {
    format!("{dir}/_index.md")
}

/// Whether `rel` is a section's own index file (built as the section's page, not as a page of
/// its own).
pub fn is_section_index(rel: &str) -> bool {
    section_of(rel).is_some_and(|dir| rel.len() == dir.len() + "/_index.md".len())
        && rel.ends_with("/_index.md")
}

/// Every section of the site, by folder name, in byte order.
pub fn sections(site: &Site) -> Vec<&str> {
    let mut dirs: Vec<&str> = site.pages.iter().filter_map(|r| section_of(r)).collect();
    dirs.sort_unstable();
    dirs.dedup();
    dirs
}

/// The path of a section's index page inside the language folder.
pub fn section_path(dir: &str) -> String {
    format!("{dir}/index.html")
}

/// A folder name made readable, for a section without `_index.md`: `after-care` → "After care".
pub fn humanise(dir: &str) -> String {
    let spaced = dir.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => spaced,
    }
}

/// The pages of section `dir` in `lang`, in reading order: `order`, then title in the
/// language's collation, then path (so that equal titles keep a fixed order).
pub fn section_pages<'s>(
    r: &'s Renderer,
    lang: &str,
    dir: &str,
) -> Vec<(&'s Document, Chosen, String)> {
    let site = r.site;
    let format = r.format(lang);
    let mut out: Vec<(&Document, Chosen, String)> = site
        .pages
        .iter()
        .filter(|rel| section_of(rel) == Some(dir) && !is_section_index(rel))
        .filter_map(|rel| {
            let (doc, chosen) = site.doc(lang, rel)?;
            Some((doc, chosen, rel.clone()))
        })
        .collect();
    out.sort_by(|a, b| {
        a.0.meta
            .order
            .cmp(&b.0.meta.order)
            .then_with(|| format.compare(a.0.title(), b.0.title()))
            .then_with(|| a.2.cmp(&b.2))
    });
    out
}

/// The title of section `dir` in `lang` and the language it is written in when that is not
/// `lang` (an untranslated `_index.md`).
pub fn section_title<'s>(r: &'s Renderer, lang: &str, dir: &str) -> (String, Option<&'s str>) {
    match r.site.doc(lang, &section_index(dir)) {
        Some((doc, _)) => (doc.title().to_owned(), other_lang(&doc.lang, lang)),
        None => (humanise(dir), None),
    }
}

/// One entry of a language's navigation, with its URL relative to the language folder.
pub struct NavEntry {
    title: String,
    lang: Option<String>,
    /// Encoded, for the URL.
    path: String,
    /// How a page's own path (unencoded, inside the language folder) is recognised as this
    /// entry's: equal to it, or under this folder prefix.
    current: Current,
}

enum Current {
    Is(String),
    Under(String),
}

/// The navigation of `lang`: guide pages at the top level and sections in reading order, then
/// the collections and the institutions.
pub fn entries(r: &Renderer, lang: &str) -> Vec<NavEntry> {
    let site = r.site;
    // Top-level pages and sections share one reading order: `order`, then path, a section
    // standing at its `_index.md` (order 0 and its folder name when it has none).
    let mut guide: Vec<((i64, String), NavEntry)> = Vec::new();
    for (doc, _) in site.collection(lang, Collection::Page) {
        if doc.rel == "_index.md" || section_of(&doc.rel).is_some() {
            continue;
        }
        let (path, _) = urls::target(&doc.rel);
        guide.push((
            (doc.meta.order, doc.rel.clone()),
            NavEntry {
                title: doc.title().to_owned(),
                lang: other_lang(&doc.lang, lang).map(str::to_owned),
                path: urls::encode_path(&path),
                current: Current::Is(path),
            },
        ));
    }
    for dir in sections(site) {
        let index = section_index(dir);
        let order = site.doc(lang, &index).map_or(0, |(d, _)| d.meta.order);
        let (title, title_lang) = section_title(r, lang, dir);
        guide.push((
            (order, index),
            NavEntry {
                title,
                lang: title_lang.map(str::to_owned),
                path: urls::encode_path(&section_path(dir)),
                current: Current::Under(format!("{dir}/")),
            },
        ));
    }
    guide.sort_by(|a, b| a.0.cmp(&b.0));
    let mut items: Vec<NavEntry> = guide.into_iter().map(|(_, e)| e).collect();

    let has = |c: Collection| site.pages.iter().any(|p| Collection::of(p) == c);
    let collections = [
        (Collection::Glossary, urls::GLOSSARY, "nav-glossary"),
        (Collection::Faq, urls::FAQ, "nav-faq"),
        (Collection::RiskTier, urls::TIERS, "nav-risk-tiers"),
        (Collection::Contact, urls::CONTACTS, "nav-contacts"),
    ];
    for (c, path, key) in collections {
        if has(c) {
            let folder = path.split('/').next().unwrap_or(path);
            items.push(NavEntry {
                title: r.t(lang, key),
                lang: None,
                path: path.to_owned(),
                current: Current::Under(format!("{folder}/")),
            });
        }
    }
    if site.export.is_some() {
        items.push(NavEntry {
            title: r.t(lang, "nav-institutions"),
            lang: None,
            path: urls::INSTITUTIONS.to_owned(),
            current: Current::Under("institutions/".to_owned()),
        });
    }
    items
}

/// The navigation of a page of `lang` at `current` (its path inside the language folder, `""`
/// for the root pages), whose root prefix is `root`.
pub fn items<'e>(
    entries: &'e [NavEntry],
    lang: &str,
    root: &str,
    current: &str,
) -> Vec<NavItem<'e>> {
    entries
        .iter()
        .map(|e| NavItem {
            title: &e.title,
            url: format!("{root}{lang}/{}", e.path),
            current: match &e.current {
                Current::Is(path) => path == current,
                Current::Under(prefix) => current.starts_with(prefix.as_str()),
            },
            lang: e.lang.as_deref(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_top_level_folders_of_guide_pages() {
        assert_eq!(section_of("treatment/steps.md"), Some("treatment"));
        assert_eq!(section_of("treatment/before/visit.md"), Some("treatment"));
        assert_eq!(section_of("costs.md"), None);
        assert_eq!(section_of("faq/cost.md"), None);
        assert!(is_section_index("treatment/_index.md"));
        assert!(!is_section_index("treatment/before/_index.md"));
        assert!(!is_section_index("_index.md"));
    }

    #[test]
    fn folder_names_are_made_readable() {
        assert_eq!(humanise("after-care"), "After care");
        assert_eq!(humanise("über_uns"), "Über uns");
        assert_eq!(humanise("치료"), "치료");
    }
}
