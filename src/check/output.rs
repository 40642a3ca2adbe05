//! Links as a reader follows them in the built site, from disk: every link, stylesheet, script
//! and image of every page in every language names a file the build writes, every `#anchor`
//! an element of its target, and nothing loads from another host. Content links to `.md` files
//! are checked where they are written (in `content::markdown`); this catches the rest: links
//! written in the theme's templates, and content links to other files.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use rayon::prelude::*;
use scraper::{Html, Selector};

use crate::content::markdown::percent_decode;
use crate::diagnostics::{Diagnostic, SourceText};

/// What a page links to and which ids it has.
struct Page {
    /// (url, whether the page loads it rather than links to it, whether it is a `rel`
    /// canonical or alternate address, which may name the public site)
    links: Vec<(String, bool, bool)>,
    ids: HashSet<String>,
}

fn read(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let mut links = Vec::new();
    for (selector, attr, load) in [
        ("a[href]", "href", false),
        ("link[href]", "href", true),
        ("script[src]", "src", true),
        ("img[src]", "src", true),
    ] {
        let selector = Selector::parse(selector).expect("a fixed selector parses");
        for el in doc.select(&selector) {
            let about_the_page = el
                .value()
                .attr("rel")
                .is_some_and(|r| r == "canonical" || r == "alternate");
            if let Some(url) = el.value().attr(attr) {
                links.push((url.to_owned(), load, about_the_page));
            }
        }
    }
    let with_id = Selector::parse("[id]").expect("a fixed selector parses");
    let ids = doc
        .select(&with_id)
        .filter_map(|e| e.value().attr("id").map(str::to_owned))
        .collect();
    Page { links, ids }
}

/// The theme's templates, to point a problem at the template that writes the link.
pub struct Templates<'a> {
    /// Template name → text.
    pub texts: &'a BTreeMap<String, String>,
    /// The theme's folder relative to the site root, for messages (`themes/default`).
    pub dir: &'a Path,
}

/// Checks the links of every HTML file in `files` (paths relative to the output folder, which
/// is `output_dir` in messages). `base_url`: the public address, which 404.html may use since
/// a host serves it at any path. A link found on many pages is reported once: at the template
/// that writes it when one does so literally, else at the first page, with how many others.
pub fn check(
    files: &[(String, Vec<u8>)],
    output_dir: &Path,
    base_url: Option<&str>,
    templates: &Templates,
    diags: &mut Vec<Diagnostic>,
) {
    let names: HashSet<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    let pages: HashMap<&str, Page> = files
        .par_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, bytes)| (p.as_str(), read(&String::from_utf8_lossy(bytes))))
        .collect();
    // (kind, url as written) → (message at the first page, first page, other pages)
    let mut found: BTreeMap<(Kind, &str), (String, &str, usize)> = BTreeMap::new();
    let mut order: Vec<&str> = pages.keys().copied().collect();
    order.sort_unstable();
    for from in order {
        for (url, load, about_the_page) in &pages[from].links {
            let url = match base_url.filter(|_| from == "404.html") {
                Some(base) => url.strip_prefix(base).unwrap_or(url),
                None => url,
            };
            if let Some((kind, message)) =
                problem(from, url, *load, *about_the_page, &names, &pages)
            {
                found
                    .entry((kind, url))
                    .and_modify(|(_, _, more)| *more += 1)
                    .or_insert((message, from, 0));
            }
        }
    }
    for ((_, url), (message, page, more)) in found {
        let pages = match more {
            0 => format!("on {}", output_dir.join(page).display()),
            n => format!(
                "on {} and {n} other page(s)",
                output_dir.join(page).display()
            ),
        };
        let d = match in_template(templates, url) {
            Some((src, at)) => src.error(at, message).with_hint(format!("found {pages}")),
            None => Diagnostic::error(output_dir.join(page), None, message).with_hint(match more {
                0 => {
                    "the link comes from a template or is a content link to a file other than `.md`"
                        .to_owned()
                }
                n => format!("and on {n} other page(s); the link comes from a template"),
            }),
        };
        diags.push(d);
    }
}

/// The first template (by name) that writes `url` as an attribute value, and where.
fn in_template(templates: &Templates, url: &str) -> Option<(SourceText, usize)> {
    templates.texts.iter().find_map(|(name, text)| {
        let at = text
            .find(&format!("\"{url}\""))
            .or_else(|| text.find(&format!("'{url}'")))?;
        let src = SourceText::new(templates.dir.join("templates").join(name), text);
        Some((src, at + 1))
    })
}

/// What kind of problem a link has; with the link as written, the key reports are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    External,
    RootRelative,
    NoFile,
    NoAnchor,
}

fn problem(
    from: &str,
    url: &str,
    load: bool,
    about_the_page: bool,
    names: &HashSet<&str>,
    pages: &HashMap<&str, Page>,
) -> Option<(Kind, String)> {
    if url.contains("://") || url.starts_with("//") {
        return (load && !about_the_page).then(|| {
            (
                Kind::External,
                format!(
                    "the page loads `{url}` from another host, which offline copies cannot reach"
                ),
            )
        });
    }
    let lower = url.to_ascii_lowercase();
    if ["mailto:", "tel:", "data:"]
        .iter()
        .any(|s| lower.starts_with(s))
    {
        return None;
    }
    if url.starts_with('/') {
        return Some((
            Kind::RootRelative,
            format!(
                "link `{url}` starts at the root of the host, which breaks offline copies and sites under a path prefix"
            ),
        ));
    }
    let (path, anchor) = match url.split_once('#') {
        Some((p, a)) => (p, Some(a)),
        None => (url, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    let target = if path.is_empty() {
        from.to_owned()
    } else {
        resolve(from, &percent_decode(path))?
    };
    if !names.contains(target.as_str()) {
        return Some((
            Kind::NoFile,
            format!("link `{url}` names no file of the site (`{target}` is not built)"),
        ));
    }
    let anchor = anchor.filter(|a| !a.is_empty())?;
    let ids = &pages.get(target.as_str())?.ids;
    (!ids.contains(&percent_decode(anchor))).then(|| {
        (
            Kind::NoAnchor,
            format!("link `{url}`: `{target}` has no element with the id `{anchor}`"),
        )
    })
}

/// `path` (relative, `/`-separated) from the folder of `from`; `None` when it leaves the site.
fn resolve(from: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(files: &[(&str, &str)]) -> Vec<String> {
        let files: Vec<(String, Vec<u8>)> = files
            .iter()
            .map(|(p, t)| (p.to_string(), t.as_bytes().to_vec()))
            .collect();
        let mut diags = Vec::new();
        let texts = BTreeMap::new();
        let templates = Templates {
            texts: &texts,
            dir: Path::new("themes/default"),
        };
        check(&files, Path::new("public"), None, &templates, &mut diags);
        diags.iter().map(|d| d.message.clone()).collect()
    }

    #[test]
    fn a_template_link_to_a_missing_file_or_anchor_is_found_once() {
        let page =
            r#"<a href="../x.html">x</a> <a href="b.html#top">b</a> <a href="b.html#there">ok</a>"#;
        let got = run(&[
            ("en/a.html", page),
            ("en/c.html", page),
            ("en/b.html", r#"<h2 id="there">T</h2>"#),
        ]);
        assert_eq!(
            got,
            [
                "link `../x.html` names no file of the site (`x.html` is not built)",
                "link `b.html#top`: `en/b.html` has no element with the id `top`",
            ]
        );
    }

    #[test]
    fn external_loads_and_root_links_are_problems_but_mail_and_phone_are_not() {
        let got = run(&[(
            "en/a.html",
            r#"<script src="https://cdn.example/x.js"></script><a href="/en/a.html">a</a>
               <a href="mailto:a@b.org">m</a><a href="tel:+82">t</a><a href="https://example.org">e</a>"#,
        )]);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].contains("from another host") || got[1].contains("from another host"));
    }
}
