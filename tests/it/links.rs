//! A link checker over a built site, as a reader opening it from disk would follow links: every
//! internal link names a file that exists (a folder does not open its index.html over file://),
//! every anchor exists in its target, and no page loads anything from another host.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

use scraper::{Html, Selector};

use crate::common::Site;

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .unwrap()
        .into_owned()
}

/// `p` without its `.` and `..`; `None` when it climbs above the site's root (from disk, such a
/// link leads outside the copy; on a host under a path prefix, outside the site).
fn normalize(p: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    Some(out)
}

/// Every broken link or external load in the site at `root`, as `file: problem` lines.
/// `base_url`: the site's own address, which only 404.html may use (a host serves that page at
/// any path, where relative links cannot work).
pub fn problems(root: &Path, base_url: Option<&str>) -> Vec<String> {
    let mut pages: HashMap<PathBuf, Html> = HashMap::new();
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "html") {
            let rel = entry.path().strip_prefix(root).unwrap().to_path_buf();
            pages.insert(
                rel,
                Html::parse_document(&fs::read_to_string(entry.path()).unwrap()),
            );
        }
    }
    let ids: HashMap<&PathBuf, HashSet<String>> = pages
        .iter()
        .map(|(p, html)| {
            (
                p,
                html.select(&Selector::parse("[id]").unwrap())
                    .filter_map(|e| e.value().attr("id").map(str::to_owned))
                    .collect(),
            )
        })
        .collect();
    let mut out = Vec::new();
    let mut rels: Vec<&PathBuf> = pages.keys().collect();
    rels.sort();
    for rel in rels {
        // 404.html is served at any path, so its links are checked against the site root.
        let html = &pages[rel];
        for (selector, attr, is_load) in [
            ("a[href]", "href", false),
            ("link[href]", "href", true),
            ("script[src]", "src", true),
            ("img[src]", "src", true),
        ] {
            for el in html.select(&Selector::parse(selector).unwrap()) {
                let mut url = el.value().attr(attr).unwrap();
                if let Some(base) = base_url.filter(|_| rel == Path::new("404.html")) {
                    url = url.strip_prefix(base).unwrap_or(url);
                }
                let is_canonical = el
                    .value()
                    .attr("rel")
                    .is_some_and(|r| r == "canonical" || r == "alternate");
                if url.contains("://") || url.starts_with("//") {
                    if is_load && !is_canonical {
                        out.push(format!("{}: loads {url} from another host", rel.display()));
                    }
                    continue;
                }
                if url.starts_with("mailto:") || url.starts_with("tel:") {
                    continue;
                }
                if url.starts_with('/') {
                    out.push(format!(
                        "{}: root-relative link {url} breaks from disk",
                        rel.display()
                    ));
                    continue;
                }
                let (path, anchor) = match url.split_once('#') {
                    Some((p, a)) => (p, Some(a)),
                    None => (url, None),
                };
                let target = if path.is_empty() {
                    rel.clone()
                } else if let Some(t) = normalize(&rel.parent().unwrap().join(decode(path))) {
                    t
                } else {
                    out.push(format!("{}: link {url} leaves the site", rel.display()));
                    continue;
                };
                if !root.join(&target).is_file() {
                    out.push(format!(
                        "{}: link {url} does not name a file ({} missing)",
                        rel.display(),
                        target.display()
                    ));
                    continue;
                }
                if let Some(a) = anchor.filter(|a| !a.is_empty()) {
                    match ids.get(&target) {
                        Some(set) if set.contains(&decode(a)) => {}
                        Some(_) => out.push(format!(
                            "{}: link {url}: no element with id `{a}` in {}",
                            rel.display(),
                            target.display()
                        )),
                        None => {}
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_link_and_asset_of_the_fixture_resolves_from_disk() {
    let site = Site::new("basic");
    site.build().unwrap();
    let problems = problems(&site.public(), Some("https://guide.example.org/"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_a_broken_link() {
    // Guards the checker itself: a site with a dangling link must fail it.
    let site = Site::new("basic");
    site.build().unwrap();
    fs::remove_file(site.public().join("en/guide.html")).unwrap();
    let problems = problems(&site.public(), Some("https://guide.example.org/"));
    assert!(
        problems.iter().any(|p| p.contains("en/guide.html missing")),
        "{problems:?}"
    );
}

#[test]
fn the_checker_sees_a_link_that_leaves_the_site() {
    // A link that climbs above the root leads outside the copy from disk, even when a file
    // of that name exists inside it.
    let site = Site::new("basic");
    site.build().unwrap();
    let page = site.public().join("404.html");
    let html = fs::read_to_string(&page).unwrap();
    let html = html.replacen("</main>", "<a href=\"../en/index.html\">home</a></main>", 1);
    fs::write(&page, html).unwrap();
    let problems = problems(&site.public(), Some("https://guide.example.org/"));
    assert!(
        problems
            .iter()
            .any(|p| p == "404.html: link ../en/index.html leaves the site"),
        "{problems:?}"
    );
}
