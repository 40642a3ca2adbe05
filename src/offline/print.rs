//! The print edition: a language's whole guide on one page, in reading order (home, guide
//! pages, risk tiers, FAQ, contacts, the institutions directory, the glossary last).
//!
//! It is made from the pages already rendered rather than rendered again: each page's `<main>`
//! becomes a part, with its ids prefixed by the part's name so that they stay unique, its
//! headings one level down under the page's one `<h1>`, and its links rewritten so that a link
//! to another part points within the page and any other link still works from the print
//! page's place. The home page's frame (header, footer, stamp) holds the parts.

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

/// A language's print page in the making: its parts' `<main>` content and ids, gathered from
/// the pages as the offline copy reads and parses them, so that a page is read and parsed once
/// for both.
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
    /// The ids of the elements in it.
    ids: HashSet<String>,
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

    /// Whether the page at `path` is one of the parts.
    pub fn wants(&self, path: &str) -> bool {
        self.order.contains_key(path)
    }

    /// The page at `path`, as built, with the ids of the elements in its `<main>`.
    pub fn add(&mut self, path: &str, page: &[u8], ids: HashSet<String>) {
        if let Some(&at) = self.order.get(path) {
            let inner = main_inner(page).unwrap_or_default().to_vec();
            self.gathered[at] = Some(Part {
                path: path.to_owned(),
                inner,
                ids,
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
        let mut ids = HashMap::new();
        let mut inners = Vec::new();
        for part in self.gathered.into_iter().flatten() {
            ids.insert(part.path.clone(), part.ids);
            inners.push((part.path, part.inner));
        }
        frame(site, messages, lang, shell, inners, &ids)
    }
}

/// The print page of `lang`: `inners`, each part's path and `<main>` content in reading order,
/// in the frame of the home page `shell`; `ids`, each part's ids.
fn frame(
    site: &Site,
    messages: &Messages,
    lang: &str,
    shell: &[u8],
    inners: Vec<(String, Vec<u8>)>,
    ids: &HashMap<String, HashSet<String>>,
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
    // Each part's content is let go once it is in the page.
    for (part, inner) in inners {
        let rewritten = rewrite_part(&part, &here, &inner, ids)?;
        for piece in [
            "<section class=\"print-part\" id=\"part-".as_bytes(),
            slug(&part).as_bytes(),
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

/// One page's `<main>` content, made to live inside the print page `here`.
fn rewrite_part(
    path: &str,
    here: &str,
    inner: &[u8],
    parts: &HashMap<String, HashSet<String>>,
) -> Result<Vec<u8>, OfflineError> {
    let name = slug(path);
    let local = |id: &str| format!("{name}--{id}");
    // A fragment names an element of its part, or, when the part does not hold it (`#main`,
    // the page's own frame), the part itself.
    let within = |p: &str, f: Option<&str>| match f {
        Some(f) if parts.get(p).is_some_and(|ids| ids.contains(f)) => {
            format!("#{}--{f}", slug(p))
        }
        _ => format!("#part-{}", slug(p)),
    };
    let link = |href: &str| -> Option<String> {
        let target = resolve(path, href)?;
        Some(match (target.path, target.fragment) {
            (None, f) => within(path, f.as_deref()),
            (Some(p), f) if parts.contains_key(p.as_str()) => within(&p, f.as_deref()),
            (Some(p), f) => {
                let f = f.map(|f| format!("#{f}")).unwrap_or_default();
                format!("{}{f}", relative(here, &p))
            }
        })
    };
    let move_url = |el: &mut Element, attr: &str| -> lol_html::HandlerResult {
        if let Some(new) = el.get_attribute(attr).and_then(|v| link(&v)) {
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
        let parts: HashMap<String, HashSet<String>> = [
            ("en/index.html".to_owned(), ["start".to_owned()].into()),
            (
                "en/faq/index.html".to_owned(),
                ["top".to_owned(), "q".to_owned()].into(),
            ),
        ]
        .into();
        let inner = concat!(
            r##"<h1 id="top">Q</h1><label for="q">x</label><input id="q">"##,
            r##"<a href="#top">t</a> <a href="../index.html#start">h</a> <a href="../index.html">h</a> "##,
            r##"<a href="#main">m</a> <a href="../institutions/a.html">i</a> <a href="https://x.org/">x</a>"##,
            r##"<img src="../img/a b.png" alt=""><form><input></form>"##
        );
        let out = rewrite_part(
            "en/faq/index.html",
            "en/print.html",
            inner.as_bytes(),
            &parts,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            concat!(
                r##"<h2 id="faq-index--top">Q</h2><label for="faq-index--q">x</label><input id="faq-index--q">"##,
                r##"<a href="#faq-index--top">t</a> <a href="#index--start">h</a> <a href="#part-index">h</a> "##,
                r##"<a href="#part-faq-index">m</a> <a href="institutions/a.html">i</a> <a href="https://x.org/">x</a>"##,
                r##"<img src="img/a%20b.png" alt="">"##
            )
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
