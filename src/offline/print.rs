//! The print edition: a language's whole guide on one page, in reading order (home, guide
//! pages, risk tiers, FAQ, contacts, the institutions directory, the glossary last).
//!
//! It is made from the pages already rendered rather than rendered again: each page's `<main>`
//! becomes a part, with its ids prefixed by the part's name so that they stay unique, its
//! headings one level down under the page's one `<h1>`, and its links rewritten so that a link
//! to another part points within the page and any other link still works from the print
//! page's place. The home page's frame (header, footer, stamp) holds the parts.

use std::cell::RefCell;

use hashbrown::{HashMap, HashSet};

use lol_html::html_content::{ContentType, Element};
use memchr::memmem;

use super::links::{relative, resolve};
use super::{OfflineError, rewrite_bytes, with_handlers};
use crate::content::Collection;
use crate::content::markdown::escape_html;
use crate::i18n::Messages;
use crate::model::Site;
use crate::render::urls;

/// The print page's file name inside the language folder.
pub const FILE: &str = "print.html";

/// Where the parts go in the home page's frame while the frame is rewritten.
const BODY_MARK: &str = "ARMGUIDE-PRINT-PARTS";

/// Attributes that name ids of the same page, each a space-separated list.
const ID_REFS: [&str; 5] = [
    "for",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "headers",
];

/// A language's print page in the making: its parts' `<main>` content, gathered from the pages
/// as the offline copy reads them, so that a page is read once for both.
pub struct Parts {
    /// Each part's path, with its place in reading order.
    order: HashMap<String, usize>,
    /// By place, each part given so far.
    gathered: Vec<Option<Part>>,
}

/// A part of the print page, as its page gave it.
struct Part {
    path: String,
    /// The page's `<main>` content.
    inner: Vec<u8>,
}

impl Parts {
    /// No part yet of `lang`'s print page.
    pub fn new(site: &Site, lang: &str) -> Parts {
        let mut order = HashMap::new();
        for p in reading_order(site, lang) {
            let next = order.len();
            order.entry(format!("{lang}/{p}")).or_insert(next);
        }
        let gathered = (0..order.len()).map(|_| None).collect();
        Parts { order, gathered }
    }

    /// The page at `path`, as built, if it is one of the parts.
    pub fn add(&mut self, path: &str, page: &[u8]) {
        if let Some(&at) = self.order.get(path) {
            let inner = main_inner(page).unwrap_or_default().to_vec();
            self.gathered[at] = Some(Part {
                path: path.to_owned(),
                inner,
            });
        }
    }

    /// The print page of `lang` (its path and bytes) from the parts gathered, in reading order,
    /// in the frame of the language's home page, `shell`. A part whose page was not given is
    /// left out.
    pub fn page(
        self,
        site: &Site,
        messages: &Messages,
        lang: &str,
        shell: &[u8],
    ) -> Result<(String, Vec<u8>), OfflineError> {
        let inners = self
            .gathered
            .into_iter()
            .flatten()
            .map(|part| (part.path, part.inner))
            .collect();
        frame(site, messages, lang, shell, inners)
    }
}

/// The print page of `lang`: `inners`, each part's path and `<main>` content in reading order,
/// in the frame of the home page `shell`.
fn frame(
    site: &Site,
    messages: &Messages,
    lang: &str,
    shell: &[u8],
    inners: Vec<(String, Vec<u8>)>,
) -> Result<(String, Vec<u8>), OfflineError> {
    let here = super::print_path(lang);
    let t = |key: &str| messages.get(lang, key, None).unwrap_or_else(|| key.into());
    // The frame is rewritten around a mark where the body goes, and the parts are written
    // between its two halves, so that the page, a whole language's guide, is made in one
    // buffer rather than copied whole.
    let framed = replace_main(shell, BODY_MARK.as_bytes());
    let title = format!("{} · {}", t("print-title"), t("site-title"));
    let canonical = site
        .config
        .base_url
        .as_ref()
        .map(|b| format!("{b}{}", urls::encode_path(&here)));
    let settings = with_handlers(vec![
        element_once!("title", |el| {
            el.set_inner_content(&title, ContentType::Text);
            Ok(())
        }),
        element_once!("link[rel=canonical]", |el| {
            match &canonical {
                Some(c) => el.set_attribute("href", c)?,
                None => el.remove(),
            }
            Ok(())
        }),
        // The alternates name the home page in other languages, not this page.
        element_once!("link[rel=alternate]", |el| {
            el.remove();
            Ok(())
        }),
        element_once!("header [aria-current]", |el| {
            el.remove_attribute("aria-current");
            Ok(())
        }),
    ]);
    let frame = rewrite_bytes(&here, framed.as_deref().unwrap_or(shell), settings)?;
    let Some(at) = memmem::find(&frame, BODY_MARK.as_bytes()) else {
        return Ok((here, frame));
    };
    let (before, after) = (&frame[..at], &frame[at + BODY_MARK.len()..]);
    // Room for the parts as they are, and for the eighth more their ids and links grow by.
    let parts: usize = inners.iter().map(|(_, inner)| inner.len()).sum();
    let inners = PartIds::new(inners);
    let mut page = Vec::with_capacity(before.len() + parts + parts / 8 + after.len());
    page.extend_from_slice(before);
    page.extend_from_slice(
        format!(
            "\n<div class=\"print-edition\">\n<h1>{}</h1>\n<p class=\"print-intro\">{}</p>\n",
            escape_html(&t("print-title")),
            escape_html(&t("print-intro"))
        )
        .as_bytes(),
    );
    for at in 0..inners.paths.len() {
        let rewritten = inners.rewrite(at, &here)?;
        for piece in [
            "<section class=\"print-part\" id=\"part-".as_bytes(),
            slug(&inners.paths[at]).as_bytes(),
            b"\">\n",
            &rewritten,
            b"\n</section>\n",
        ] {
            page.extend_from_slice(piece);
        }
    }
    page.extend_from_slice(b"</div>\n");
    page.extend_from_slice(after);
    Ok((here, page))
}

/// The pages of `lang` in reading order, by path inside the language folder.
fn reading_order(site: &Site, lang: &str) -> Vec<String> {
    let mut out = vec!["index.html".to_owned()];
    let docs = |c: Collection| -> Vec<String> {
        site.collection(lang, c)
            .into_iter()
            .filter(|(d, _)| d.rel != "_index.md")
            .map(|(d, _)| urls::target(&d.rel).0)
            .collect()
    };
    out.extend(docs(Collection::Page));
    out.push(urls::TIERS.to_owned());
    out.extend(docs(Collection::RiskTier));
    out.push(urls::FAQ.to_owned());
    out.push(urls::CONTACTS.to_owned());
    out.push(urls::INSTITUTIONS.to_owned());
    out.push(urls::GLOSSARY.to_owned());
    out
}

/// A part's name, from its path: `en/faq/index.html` → `faq-index`.
fn slug(path: &str) -> String {
    let inner = path.split_once('/').map_or(path, |(_, rest)| rest);
    inner
        .strip_suffix(".html")
        .unwrap_or(inner)
        .chars()
        .map(|c| {
            if c == '/' || c.is_whitespace() {
                '-'
            } else {
                c
            }
        })
        .collect()
}

/// The content of a page's `<main>` element.
fn main_inner(html: &[u8]) -> Option<&[u8]> {
    let open = memmem::find(html, b"<main")?;
    let start = open + memchr::memchr(b'>', &html[open..])? + 1;
    let end = memmem::rfind(html, b"</main>")?;
    (start <= end).then(|| &html[start..end])
}

fn replace_main(html: &[u8], body: &[u8]) -> Option<Vec<u8>> {
    let inner = main_inner(html)?;
    let start = inner.as_ptr() as usize - html.as_ptr() as usize;
    let end = start + inner.len();
    Some([&html[..start], body, &html[end..]].concat())
}

/// The print page's parts, in reading order, and their ids: each part's as its own rewrite
/// sees them, or, for a part that a link before it points into, read from its `<main>` content
/// then. Links with a fragment point into a few parts (the glossary, the FAQ); reading every
/// page's ids as the copy parsed it made the parser read every element's attributes there.
struct PartIds {
    paths: Vec<String>,
    /// By path, each part's place in reading order.
    place: HashMap<String, usize>,
    /// Each part's `<main>` content, let go once the part is in the page (its ids are known
    /// then).
    inners: Vec<RefCell<Option<Vec<u8>>>>,
    /// The ids of each part read so far, by path.
    read: RefCell<HashMap<String, HashSet<String>>>,
}

impl PartIds {
    /// `inners`: each part's path and `<main>` content, in reading order.
    fn new(inners: Vec<(String, Vec<u8>)>) -> PartIds {
        let (paths, inners): (Vec<String>, Vec<_>) = inners
            .into_iter()
            .map(|(path, inner)| (path, RefCell::new(Some(inner))))
            .unzip();
        let place = paths
            .iter()
            .enumerate()
            .map(|(at, path)| (path.clone(), at))
            .collect();
        PartIds {
            paths,
            place,
            inners,
            read: RefCell::new(HashMap::new()),
        }
    }

    /// The part at `at`, rewritten for the print page `here`; its content is let go.
    fn rewrite(&self, at: usize, here: &str) -> Result<Vec<u8>, OfflineError> {
        let inner = self.inners[at].borrow();
        let part = rewrite_part(
            &self.paths[at],
            here,
            inner.as_deref().unwrap_or_default(),
            self,
        )?;
        drop(inner);
        self.inners[at].take();
        Ok(part)
    }

    /// Whether the page at `path` is one of the parts.
    fn is_part(&self, path: &str) -> bool {
        self.place.contains_key(path)
    }

    /// Whether the ids of the part at `path` are known already.
    fn is_read(&self, path: &str) -> bool {
        self.read.borrow().contains_key(path)
    }

    /// The ids of the part at `path`, as its rewrite saw them.
    fn remember(&self, path: &str, ids: HashSet<String>) {
        self.read.borrow_mut().insert(path.to_owned(), ids);
    }

    /// Whether the part at `path` has an element with the id `id`; false for a page that is
    /// not a part.
    fn has(&self, path: &str, id: &str) -> Result<bool, OfflineError> {
        let Some(&at) = self.place.get(path) else {
            return Ok(false);
        };
        if let Some(ids) = self.read.borrow().get(path) {
            return Ok(ids.contains(id));
        }
        // Not rewritten yet: a part's rewrite remembers its ids before its content goes.
        let inner = self.inners[at].borrow();
        let ids = RefCell::new(HashSet::new());
        let settings = with_handlers(vec![element_once!("[id]", |el| {
            ids.borrow_mut().extend(el.get_attribute("id"));
            Ok(())
        })]);
        rewrite_bytes(path, inner.as_deref().unwrap_or_default(), settings)?;
        let ids = ids.into_inner();
        let found = ids.contains(id);
        self.remember(path, ids);
        Ok(found)
    }
}

/// One page's `<main>` content, made to live inside the print page `here`.
fn rewrite_part(
    path: &str,
    here: &str,
    inner: &[u8],
    parts: &PartIds,
) -> Result<Vec<u8>, OfflineError> {
    let name = slug(path);
    let local = |id: &str| format!("{name}--{id}");
    // The part's own ids are seen as it is rewritten. Until they are known, a fragment of the
    // part itself is taken to name one of them; if one did not, the part is rewritten again
    // with its ids known (a link to `#main`, say, which is the page's own frame).
    let known = parts.is_read(path);
    let seen = RefCell::new(HashSet::new());
    let assumed = RefCell::new(Vec::new());
    // A fragment names an element of its part, or, when the part does not hold it, the part
    // itself.
    let within = |p: &str, f: Option<&str>| -> Result<String, OfflineError> {
        Ok(match f {
            Some(f) if p == path && !known => {
                assumed.borrow_mut().push(f.to_owned());
                format!("#{name}--{f}")
            }
            Some(f) if parts.has(p, f)? => format!("#{}--{f}", slug(p)),
            _ => format!("#part-{}", slug(p)),
        })
    };
    let link = |href: &str| -> Result<Option<String>, OfflineError> {
        let Some(target) = resolve(path, href) else {
            return Ok(None);
        };
        Ok(Some(match (target.path, target.fragment) {
            (None, f) => within(path, f.as_deref())?,
            (Some(p), f) if parts.is_part(&p) => within(&p, f.as_deref())?,
            (Some(p), f) => {
                let f = f.map(|f| format!("#{f}")).unwrap_or_default();
                format!("{}{f}", relative(here, &p))
            }
        }))
    };
    let move_url = |el: &mut Element, attr: &str| -> lol_html::HandlerResult {
        if let Some(value) = el.get_attribute(attr)
            && let Some(new) = link(&value)?
        {
            el.set_attribute(attr, &new)?;
        }
        Ok(())
    };
    // The home page's contents become the print page's table of contents; the other parts'
    // own menus (a page's "On this page", a tier's neighbours) stay as lists of links but not
    // as navigation landmarks, which would be many, each named like the next.
    let home = path.ends_with("/index.html") && !path[..path.len() - 11].contains('/');
    let mut handlers = vec![
        // The directory's filter and any script need the page they were made for.
        element_once!("form, script", |el| {
            el.remove();
            Ok(())
        }),
        element_once!("[id]", |el| {
            if let Some(id) = el.get_attribute("id") {
                el.set_attribute("id", &local(&id))?;
                seen.borrow_mut().insert(id);
            }
            Ok(())
        }),
        element_once!(
            "[for], [aria-labelledby], [aria-describedby], [aria-controls], [headers]",
            |el| {
                for attr in ID_REFS {
                    if let Some(v) = el.get_attribute(attr) {
                        let ids: Vec<String> = v.split_whitespace().map(&local).collect();
                        el.set_attribute(attr, &ids.join(" "))?;
                    }
                }
                Ok(())
            }
        ),
        element_once!("a[href], area[href]", |el| move_url(el, "href")),
        element_once!("img[src], source[src], video[src], audio[src]", |el| {
            move_url(el, "src")
        }),
        element_once!("h1, h2, h3, h4, h5", |el| {
            let level = el.tag_name()[1..].parse::<u8>().unwrap_or(5);
            el.set_tag_name(&format!("h{}", level + 1))?;
            Ok(())
        }),
    ];
    if !home {
        // Before the handler that renames the ids a label points at.
        handlers.insert(
            1,
            element_once!("nav", |el| {
                el.set_tag_name("div")?;
                el.remove_attribute("aria-labelledby");
                el.remove_attribute("aria-label");
                Ok(())
            }),
        );
    }
    let settings = with_handlers(handlers);
    let part = rewrite_bytes(path, inner, settings)?;
    if !known {
        let seen = seen.into_inner();
        let missed = assumed.into_inner().iter().any(|f| !seen.contains(f));
        parts.remember(path, seen);
        if missed {
            return rewrite_part(path, here, inner, parts);
        }
    }
    // A removed element leaves its line's indentation behind.
    let mut out = Vec::with_capacity(part.len());
    for (n, line) in part.split(|&b| b == b'\n').enumerate() {
        if n > 0 {
            out.push(b'\n');
        }
        if !blank(line) {
            out.extend_from_slice(line);
        }
    }
    Ok(out)
}

/// Whether a line holds only white space (Unicode's, as `str::trim` takes it).
fn blank(line: &[u8]) -> bool {
    // Nearly every line has a character that is not white space among its first bytes.
    // (`is_ascii_whitespace` leaves out the vertical tab, which `trim` takes.)
    if line
        .iter()
        .any(|&b| b.is_ascii() && !char::from(b).is_whitespace())
    {
        return false;
    }
    std::str::from_utf8(line).is_ok_and(|l| l.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_keeps_its_links_working_from_the_print_page() {
        let inner = concat!(
            r##"<h1 id="top">Q</h1><label for="q">x</label><input id="q">"##,
            r##"<a href="#top">t</a> <a href="../index.html#start">h</a> <a href="../index.html">h</a> "##,
            r##"<a href="#main">m</a> <a href="../institutions/a.html">i</a> <a href="https://x.org/">x</a>"##,
            r##"<img src="../img/a b.png" alt=""><form><input></form><a href="../index.html#main">w</a>"##
        );
        let inners = [
            (
                "en/index.html",
                r##"<p id="start">s</p><p>id="main" <a href="#start">a</a> <a href="#main">b</a></p>"##,
            ),
            ("en/faq/index.html", inner),
        ]
        .map(|(path, inner)| (path.to_owned(), inner.as_bytes().to_vec()));
        let parts = PartIds::new(inners.into());
        let out = parts.rewrite(1, "en/print.html").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            concat!(
                r##"<h2 id="faq-index--top">Q</h2><label for="faq-index--q">x</label><input id="faq-index--q">"##,
                r##"<a href="#faq-index--top">t</a> <a href="#index--start">h</a> <a href="#part-index">h</a> "##,
                r##"<a href="#part-faq-index">m</a> <a href="institutions/a.html">i</a> <a href="https://x.org/">x</a>"##,
                r##"<img src="img/a%20b.png" alt=""><a href="#part-index">w</a>"##
            )
        );
        // The home page, read for the link to `#start`, is rewritten with the ids it was read
        // with.
        assert_eq!(
            String::from_utf8(parts.rewrite(0, "en/print.html").unwrap()).unwrap(),
            r##"<p id="index--start">s</p><p>id="main" <a href="#index--start">a</a> <a href="#part-index">b</a></p>"##
        );
    }

    #[test]
    fn a_line_of_any_white_space_is_blank() {
        for line in ["", "   ", "\t \r\x0b", "\u{3000}\u{a0} "] {
            assert!(blank(line.as_bytes()), "{line:?}");
        }
        for line in [" <p>", "\u{3000}줄", "줄기세포", "\u{a0}x"] {
            assert!(!blank(line.as_bytes()), "{line:?}");
        }
    }

    #[test]
    fn slugs_name_parts_by_path() {
        assert_eq!(slug("en/faq/index.html"), "faq-index");
        assert_eq!(slug("ko/risk-tiers/high.html"), "risk-tiers-high");
    }
}
