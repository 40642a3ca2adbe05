//! Markdown: headings and their anchors, and rendering to HTML with relative `.md` links rewritten
//! to output URLs, the first use of each glossary term linked to its definition, and quoted
//! Korean and left-to-right literals marked (`runs`), and table cells labelled with their
//! column (`tables`).

mod links;
mod runs;
mod sanitize;
mod tables;

use std::collections::HashSet;
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diagnostics::{Diagnostic, SourceText};
pub use links::{LinkTarget, percent_decode, resolve_link};
pub use runs::Marking;
pub use runs::is_hangul;
pub use sanitize::LINK_SCHEMES;

/// A heading of a page, with the anchor it gets in the output.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub title: String,
}

pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

type Spanned<'a> = Vec<(Event<'a>, Range<usize>)>;

fn parse(body: &str) -> Spanned<'_> {
    Parser::new_ext(body, options())
        .into_offset_iter()
        .collect()
}

/// The headings of a body, with explicit `{#id}` anchors kept and the others derived from the
/// heading text (made unique within the page).
pub fn outline(body: &str) -> Vec<Heading> {
    headings(&parse(body))
}

fn headings(events: &Spanned) -> Vec<Heading> {
    let mut out = Vec::new();
    let mut used = HashSet::new();
    let mut current: Option<(u8, Option<String>, String)> = None;
    for (event, _) in events {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                current = Some((
                    level_number(*level),
                    id.as_ref().map(|i| i.to_string()),
                    String::new(),
                ));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, text)) = current.as_mut() {
                    text.push_str(t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, id, title)) = current.take() {
                    let id = match id {
                        Some(id) => id,
                        None => unique(slugify(&title), &used),
                    };
                    used.insert(id.clone());
                    out.push(Heading {
                        level,
                        id,
                        title: title.trim().to_owned(),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

fn level_number(level: HeadingLevel) -> u8 {
    level as u8
}

fn unique(base: String, used: &HashSet<String>) -> String {
    if !used.contains(&base) {
        return base;
    }
    (1..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !used.contains(c))
        .expect("some suffix is free")
}

/// An anchor derived from heading text: lowercase letters and digits of any script, words joined
/// by `-`, so that Korean or Arabic headings keep readable anchors.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !slug.ends_with('-')
            && !slug.is_empty()
        {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "section".to_owned()
    } else {
        slug
    }
}

/// Finds glossary terms and aliases in running text, case-insensitively, at word boundaries in
/// scripts that separate words with spaces.
pub struct TermMatcher {
    automaton: Option<AhoCorasick>,
    /// For each pattern, the index of its term in `ids`.
    owners: Vec<usize>,
    pub ids: Vec<String>,
}

impl TermMatcher {
    /// `terms`: (term id, the term and its aliases).
    pub fn new(terms: &[(String, Vec<String>)]) -> TermMatcher {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        let mut ids = Vec::new();
        for (i, (id, names)) in terms.iter().enumerate() {
            ids.push(id.clone());
            for name in names {
                let lowered = lower_with_map(name.trim()).text;
                if !lowered.is_empty() {
                    patterns.push(lowered);
                    owners.push(i);
                }
            }
        }
        let automaton = (!patterns.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .expect("plain string patterns build")
        });
        TermMatcher {
            automaton,
            owners,
            ids,
        }
    }

    /// The first term in `text` not in `skip`, as (byte range in `text`, term index).
    pub fn find(&self, text: &str, skip: &HashSet<usize>) -> Option<(Range<usize>, usize)> {
        let automaton = self.automaton.as_ref()?;
        let lower = lower_with_map(text);
        for m in automaton.find_iter(&lower.text) {
            let term = self.owners[m.pattern().as_usize()];
            if skip.contains(&term) {
                continue;
            }
            let (start, end) = (lower.original(m.start()), lower.original(m.end()));
            if at_word_boundary(text, start, end) {
                return Some((start..end, term));
            }
        }
        None
    }
}

/// Text lowercased for matching, with the way back to offsets in the text it came from.
struct Lowered {
    text: String,
    /// For each byte of `text` (and its end), the offset of the character it came from; none
    /// while every character's lowercase has its length, as in most text, where the offsets
    /// are the same in both.
    map: Option<Vec<usize>>,
}

impl Lowered {
    /// The offset in the original text of the character at `at` in the lowercased one.
    fn original(&self, at: usize) -> usize {
        self.map.as_ref().map_or(at, |map| map[at])
    }
}

/// Lowercases `s`, a character at a time (ASCII text at once).
fn lower_with_map(s: &str) -> Lowered {
    if s.is_ascii() {
        return Lowered {
            text: s.to_ascii_lowercase(),
            map: None,
        };
    }
    let mut text = String::with_capacity(s.len());
    let mut map: Option<Vec<usize>> = None;
    for (i, c) in s.char_indices() {
        let before = text.len();
        crate::search::analyzer::push_lowercase(&mut text, c);
        let grown = text.len() - before;
        if map.is_none() && grown != c.len_utf8() {
            // From here on the offsets part: what came before maps byte for byte.
            let mut m = Vec::with_capacity(s.len() + 1);
            for (j, d) in s[..i].char_indices() {
                m.extend(std::iter::repeat_n(j, d.len_utf8()));
            }
            map = Some(m);
        }
        if let Some(m) = &mut map {
            m.extend(std::iter::repeat_n(i, grown));
        }
    }
    if let Some(m) = &mut map {
        m.push(s.len());
    }
    Lowered { text, map }
}

/// Scripts written without spaces (Han, Kana, Thai) have no word boundaries to check. In
/// Korean a term must start a word (자가 must not match inside 환자가) and may be followed only
/// by a particle (줄기세포는), not by more of a longer word (자가 in 자가면역).
fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let spaced = |c: char| c.is_alphanumeric() && !crate::search::analyzer::is_unspaced(c);
    let start_ok = match (first, before) {
        (Some(f), Some(b)) if spaced(f) || is_hangul(f) => !b.is_alphanumeric(),
        _ => true,
    };
    let end_ok = match (last, after) {
        (Some(l), Some(_)) if is_hangul(l) => {
            let rest = &text[end..];
            let run = &rest[..rest.find(|c: char| !is_hangul(c)).unwrap_or(rest.len())];
            is_particle(run)
        }
        (Some(l), Some(a)) if spaced(l) => !a.is_alphanumeric(),
        _ => true,
    };
    start_ok && end_ok
}

/// Whether `run` (the Hangul right after a term) is nothing, or a plural 들 and/or a common
/// particle or copula ending, so that the term is a whole word.
fn is_particle(run: &str) -> bool {
    // The same list the search analyzer strips, so that a linked term and a found term agree.
    use crate::search::analyzer::PARTICLES;
    let run = run.strip_prefix("들").unwrap_or(run);
    run.is_empty() || PARTICLES.contains(&run)
}

/// What rendering needs to know about the site, for one output page.
pub struct RenderContext<'a> {
    /// Turns a resolved link into the URL to write, or says what is wrong with it.
    pub link: &'a dyn Fn(&LinkTarget) -> Result<String, String>,
    /// Glossary matching and the URL of each term's definition; `None` to link no terms.
    pub terms: Option<(&'a TermMatcher, &'a dyn Fn(usize) -> String)>,
    /// The runs of text to mark, which depend on the document's language.
    pub marking: Marking,
}

/// Renders a document body to HTML for one output page. `linked` carries the terms already
/// linked on this page (an index page renders many entries into one page).
pub fn render(
    src: &SourceText,
    body: Range<usize>,
    rel: &str,
    ctx: &RenderContext,
    linked: &mut HashSet<usize>,
    diags: &mut Vec<Diagnostic>,
) -> (String, Vec<Heading>) {
    let text = &src.text[body.clone()];
    let events = parse(text);
    let outline = headings(&events);
    let anchors: HashSet<&str> = outline.iter().map(|h| h.id.as_str()).collect();
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut heading_index = 0;
    // Depth of elements inside which terms are not linked: links, headings, images.
    let mut no_terms = 0usize;
    let mut raw_html = false;
    for (event, range) in events {
        let at = body.start + range.start;
        match event {
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                no_terms += 1;
                // `{key=value}` after a heading would become any attribute at all.
                let attrs = attrs
                    .into_iter()
                    .filter(|(key, _)| {
                        let ok = matches!(key.as_ref(), "lang" | "dir");
                        if !ok {
                            diags.push(src.error(at, format!(
                                "heading attribute `{key}` is not allowed; a heading takes an id (`{{#id}}`), classes (`{{.name}}`), `lang` and `dir`"
                            )));
                        }
                        ok
                    })
                    .collect();
                let id = outline
                    .get(heading_index)
                    .map(|h| CowStr::from(h.id.clone()));
                heading_index += 1;
                out.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                no_terms += 1;
                let dest = match sanitize::check_url(&dest_url, false)
                    .and_then(|()| resolve_link(rel, &dest_url))
                {
                    Ok(Some(target)) => match (ctx.link)(&target) {
                        Ok(url) => CowStr::from(url),
                        Err(message) => {
                            diags.push(src.error(at, message));
                            dest_url
                        }
                    },
                    Ok(None) => {
                        if let Some(anchor) = dest_url.strip_prefix('#')
                            && !anchor.is_empty()
                            && !anchors.contains(anchor)
                            && !anchor.starts_with("fn")
                        {
                            diags.push(src.error(
                                at,
                                format!("link to `#{anchor}`: this page has no such heading"),
                            ));
                        }
                        dest_url
                    }
                    Err(message) => {
                        diags.push(src.error(at, message));
                        CowStr::from("")
                    }
                };
                out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                no_terms += 1;
                let checked = sanitize::check_url(&dest_url, true)
                    .and_then(|()| resolve_link(rel, &dest_url).map(|_| ()));
                let dest_url = match checked {
                    Ok(()) => dest_url,
                    Err(message) => {
                        diags.push(src.error(at, message.replacen("link", "image", 1)));
                        CowStr::from("")
                    }
                };
                out.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(end @ (TagEnd::Heading(_) | TagEnd::Link | TagEnd::Image)) => {
                no_terms = no_terms.saturating_sub(1);
                out.push(Event::End(end));
            }
            // Editors may write HTML (a table with merged cells, details/summary); the whole
            // body is then sanitized below. An editor's own `<a>` gets no glossary link inside.
            Event::Html(h) | Event::InlineHtml(h) => {
                raw_html = true;
                let tag = h.trim_start().to_ascii_lowercase();
                if tag.starts_with("<a ") || tag.starts_with("<a>") {
                    no_terms += 1;
                } else if tag.starts_with("</a") {
                    no_terms = no_terms.saturating_sub(1);
                }
                out.push(Event::Html(h));
            }
            Event::Text(t) if no_terms == 0 && ctx.terms.is_some() => {
                let (matcher, url) = ctx.terms.expect("checked above");
                link_terms(t, matcher, url, linked, &mut out);
            }
            other => out.push(other),
        }
    }
    let out = tables::label_cells(runs::mark(out, ctx.marking));
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    let html = sanitize::alignment_to_classes(&html);
    // The tool's own markup needs no cleaning; a body with an editor's HTML is cleaned whole,
    // so that an unclosed or stray tag cannot reach the theme's markup around it either.
    let html = if raw_html {
        sanitize::clean(&html)
    } else {
        html
    };
    (html, outline)
}

fn link_terms<'a>(
    text: CowStr<'a>,
    matcher: &TermMatcher,
    url: &dyn Fn(usize) -> String,
    linked: &mut HashSet<usize>,
    out: &mut Vec<Event<'a>>,
) {
    let mut rest: &str = &text;
    let mut pieces: Vec<Event<'a>> = Vec::new();
    while let Some((range, term)) = matcher.find(rest, linked) {
        linked.insert(term);
        if range.start > 0 {
            pieces.push(Event::Text(CowStr::from(rest[..range.start].to_owned())));
        }
        pieces.push(Event::Html(CowStr::from(format!(
            "<a class=\"term\" href=\"{}\">",
            escape_html(&url(term))
        ))));
        pieces.push(Event::Text(CowStr::from(rest[range.clone()].to_owned())));
        pieces.push(Event::Html(CowStr::from("</a>")));
        rest = &rest[range.end..];
    }
    if pieces.is_empty() {
        out.push(Event::Text(text));
    } else {
        if !rest.is_empty() {
            pieces.push(Event::Text(CowStr::from(rest.to_owned())));
        }
        out.extend(pieces);
    }
}

/// Escapes text for HTML text and attribute values (quoted with `"` or `'`).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_with(body: &str, terms: &[(&str, &[&str])]) -> (String, Vec<String>) {
        render_marked(body, terms, Marking::default())
    }

    fn render_marked(
        body: &str,
        terms: &[(&str, &[&str])],
        marking: Marking,
    ) -> (String, Vec<String>) {
        let src = SourceText::new("content/en/a.md", body);
        let owned: Vec<(String, Vec<String>)> = terms
            .iter()
            .map(|(id, names)| {
                (
                    id.to_string(),
                    names.iter().map(|n| n.to_string()).collect(),
                )
            })
            .collect();
        let matcher = TermMatcher::new(&owned);
        let url = |i: usize| format!("glossary/index.html#{}", matcher.ids[i]);
        let link = |t: &LinkTarget| {
            if t.rel == "b.md" {
                Ok(format!(
                    "b.html{}",
                    t.anchor
                        .as_ref()
                        .map(|a| format!("#{a}"))
                        .unwrap_or_default()
                ))
            } else {
                Err(format!("link to `{}`: no such page", t.rel))
            }
        };
        let ctx = RenderContext {
            link: &link,
            terms: Some((&matcher, &url)),
            marking,
        };
        let mut diags = Vec::new();
        let (html, _) = render(
            &src,
            0..body.len(),
            "a.md",
            &ctx,
            &mut HashSet::new(),
            &mut diags,
        );
        (html, diags.iter().map(|d| d.to_string()).collect())
    }

    #[test]
    fn explicit_and_derived_heading_ids() {
        let h = outline("## Ask for documents {#ask}\n\n## 서류 요청\n\n## 서류 요청\n");
        let ids: Vec<&str> = h.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["ask", "서류-요청", "서류-요청-1"]);
        assert_eq!(h[0].title, "Ask for documents");
    }

    #[test]
    fn md_links_are_rewritten_and_missing_targets_located() {
        let (html, errs) = render_with("See [b](b.md#x) and\n[c](c.md).\n", &[]);
        assert!(html.contains("href=\"b.html#x\""), "{html}");
        assert_eq!(
            errs,
            ["content/en/a.md:2:1: error: link to `c.md`: no such page"]
        );
    }

    #[test]
    fn missing_same_page_anchor_is_an_error() {
        let (_, errs) = render_with("## Here {#here}\n\n[ok](#here) [bad](#nowhere)\n", &[]);
        assert_eq!(
            errs,
            ["content/en/a.md:3:13: error: link to `#nowhere`: this page has no such heading"]
        );
    }

    #[test]
    fn first_use_of_a_term_is_linked_once() {
        let (html, _) = render_with(
            "Stem cells are cells. A stem cell again.\n",
            &[("stem-cell", &["stem cell", "stem cells"])],
        );
        assert_eq!(html.matches("class=\"term\"").count(), 1, "{html}");
        assert!(
            html.contains(
                "<a class=\"term\" href=\"glossary/index.html#stem-cell\">Stem cells</a>"
            ),
            "{html}"
        );
    }

    #[test]
    fn a_term_after_a_letter_whose_lowercase_is_longer_is_linked_where_it_is() {
        // İ lowercases to two characters, Ⱥ to three bytes from two: what follows them moves.
        let (html, _) = render_with(
            "İSTANBUL Ⱥ: STEM Cell, СТВОЛОВЫЕ клетки.\n",
            &[("stem-cell", &["stem cell"]), ("ru", &["стволовые клетки"])],
        );
        assert!(
            html.contains(
                "Ⱥ: <a class=\"term\" href=\"glossary/index.html#stem-cell\">STEM Cell</a>, "
            ),
            "{html}"
        );
        assert!(html.contains(">СТВОЛОВЫЕ клетки</a>."), "{html}");
    }

    #[test]
    fn terms_respect_word_boundaries_and_korean_particles() {
        let (html, _) = render_with(
            "Gene therapyx is not it.\n",
            &[("gene-therapy", &["gene therapy"])],
        );
        assert!(!html.contains("class=\"term\""), "{html}");
        let (html, _) = render_with(
            "환자가 자가면역 줄기세포는 자가 세포\n",
            &[("autologous", &["자가"]), ("stem-cell", &["줄기세포"])],
        );
        assert!(html.contains(">줄기세포</a>는"), "{html}");
        assert!(html.contains("환자가 자가면역 "), "{html}");
        assert_eq!(html.matches(">자가</a>").count(), 1, "{html}");
    }

    #[test]
    fn terms_are_not_linked_inside_links_or_headings() {
        let (html, _) = render_with(
            "## Stem cell\n\n[stem cell](b.md)\n",
            &[("stem-cell", &["stem cell"])],
        );
        assert!(!html.contains("class=\"term\""), "{html}");
    }

    const KOREAN: Marking = Marking {
        korean: true,
        isolate_ltr: false,
    };

    #[test]
    fn korean_in_another_language_is_marked_in_text_nodes_only() {
        let (html, _) = render_marked(
            "## Plan (치료계획)\n\nA treatment plan (첨단재생의료 치료계획), `코드 그대로` and \
             ![사진 설명](p.png \"제목\") [재생의료기관](https://example.org/가?q=나).\n\n\
             ```\n세포치료\n```\n\n| 종류 |\n|---|\n| 세포치료 |\n",
            &[],
            KOREAN,
        );
        assert!(
            html.contains("<h2 id=\"plan-치료계획\">Plan (<span lang=\"ko\">치료계획</span>)</h2>"),
            "{html}"
        );
        assert!(
            html.contains("(<span lang=\"ko\">첨단재생의료 치료계획</span>)"),
            "one run across the space between Korean words: {html}"
        );
        assert!(html.contains("<code>코드 그대로</code>"), "{html}");
        assert!(html.contains("alt=\"사진 설명\""), "{html}");
        assert!(html.contains("title=\"제목\""), "{html}");
        assert!(
            html.contains("<a href=\"https://example.org/%EA%B0%80?q=%EB%82%98\"><span lang=\"ko\">재생의료기관</span></a>"),
            "{html}"
        );
        assert!(
            html.contains("<pre><code>세포치료\n</code></pre>"),
            "{html}"
        );
        assert!(
            html.contains("<td data-label=\"종류\"><span lang=\"ko\">세포치료</span></td>"),
            "{html}"
        );
        assert_eq!(html.matches("<span lang=\"ko\">").count(), 5, "{html}");
    }

    #[test]
    fn korean_terms_are_linked_and_marked() {
        let (html, _) = render_marked(
            "Gene therapy (유전자치료) is one.\n",
            &[("gene-therapy", &["유전자치료"])],
            KOREAN,
        );
        assert!(
            html.contains("(<a class=\"term\" href=\"glossary/index.html#gene-therapy\"><span lang=\"ko\">유전자치료</span></a>)"),
            "{html}"
        );
    }

    #[test]
    fn korean_text_itself_is_not_marked() {
        let (html, _) = render_marked("줄기세포는 세포입니다.\n", &[], Marking::default());
        assert_eq!(html, "<p>줄기세포는 세포입니다.</p>\n");
    }

    #[test]
    fn right_to_left_text_isolates_addresses_phone_numbers_and_urls() {
        let marking = Marking {
            korean: true,
            isolate_ltr: true,
        };
        let (html, _) = render_marked(
            "راسل [ts@rmaf.kr](mailto:ts@rmaf.kr)، +82-2-6365-2242. \
             [www.k-arm.go.kr](https://www.k-arm.go.kr) <https://edu.rmaf.kr> \
             [فريق الاعتماد](b.md) (재생의료진흥재단)\n",
            &[],
            marking,
        );
        assert!(
            html.contains("<bdi dir=\"ltr\"><a href=\"mailto:ts@rmaf.kr\">ts@rmaf.kr</a></bdi>، <bdi dir=\"ltr\" class=\"phone\">+82-2-6365-2242</bdi>."),
            "{html}"
        );
        assert!(
            html.contains(
                "<bdi dir=\"ltr\"><a href=\"https://www.k-arm.go.kr\">www.k-arm.go.kr</a></bdi>"
            ),
            "{html}"
        );
        assert!(
            html.contains(
                "<bdi dir=\"ltr\"><a href=\"https://edu.rmaf.kr\">https://edu.rmaf.kr</a></bdi>"
            ),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"b.html\">فريق الاعتماد</a>"),
            "{html}"
        );
        assert!(
            html.contains("(<span lang=\"ko\">재생의료진흥재단</span>)"),
            "{html}"
        );
        assert_eq!(html.matches("<bdi").count(), 4, "{html}");
    }

    #[test]
    fn raw_html_is_kept_but_sanitized() {
        let (html, errs) = render_with(
            "<script>alert(1)</script>\n\nHi <b onclick=x>there</b> stem cell <a href=\"b.html\">stem cell</a>\n\n\
             <details><summary>More</summary>\n\nA *stem cell*.\n\n</details>\n\n<div>unclosed\n",
            &[("stem-cell", &["stem cell"])],
        );
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(
            html,
            "\n<p>Hi <b>there</b> <a class=\"term\" href=\"glossary/index.html#stem-cell\">stem cell</a> <a href=\"b.html\">stem cell</a></p>\n\
             <details><summary>More</summary>\n<p>A <em>stem cell</em>.</p>\n</details>\n<div>unclosed\n</div>"
        );
    }

    #[test]
    fn script_urls_and_heading_attributes_are_errors() {
        let (html, errs) = render_with(
            "## Hi {onclick=alert(1) lang=ko}\n\n[x](javascript:alert(1)) ![y](data:image/png;base64,AA) \
             <JavaScript:alert(1)> ![z](../../../etc/passwd)\n",
            &[],
        );
        assert_eq!(
            errs,
            [
                "content/en/a.md:1:1: error: heading attribute `onclick` is not allowed; a heading takes an id (`{#id}`), classes (`{.name}`), `lang` and `dir`",
                "content/en/a.md:3:1: error: link `javascript:alert(1)` uses `javascript:`, which a page may not link to; use https://, http://, mailto: or tel:, or a relative path",
                "content/en/a.md:3:26: error: image `data:image/png;base64,AA` is not a file of the site (`data:`); pages show only images saved beside them: save it there and write its relative path",
                "content/en/a.md:3:57: error: link `JavaScript:alert(1)` uses `javascript:`, which a page may not link to; use https://, http://, mailto: or tel:, or a relative path",
                "content/en/a.md:3:79: error: image `../../../etc/passwd` leads out of the language folder",
            ]
        );
        assert_eq!(
            html,
            "<h2 id=\"hi\" lang=\"ko\">Hi</h2>\n<p><a href=\"\">x</a> <img src=\"\" alt=\"y\" /> <a href=\"\">JavaScript:alert(1)</a> <img src=\"\" alt=\"z\" /></p>\n"
        );
    }

    #[test]
    fn table_alignment_is_a_class_not_a_style() {
        let (html, _) = render_with("| a | b |\n|:-:|--:|\n| 1 | 2 |\n", &[]);
        assert!(!html.contains("style="), "{html}");
        assert!(html.contains("<th class=\"align-center\">a</th>"), "{html}");
        assert!(
            html.contains("<td data-label=\"b\" class=\"align-right\">2</td>"),
            "{html}"
        );
    }

    #[test]
    fn phone_numbers_stay_on_one_line_in_every_language() {
        let (html, _) = render_with(
            "Call +82-2-6365-2242 or [the team](b.md) on 02-6365-2260 (since 2025-02-21).\n",
            &[],
        );
        assert!(
            html.contains(concat!(
                "Call <span class=\"phone\">+82-2-6365-2242</span> or <a href=\"b.html\">the team</a>",
                " on <span class=\"phone\">02-6365-2260</span> (since 2025-02-21)."
            )),
            "{html}"
        );
        let (html, _) = render_marked("電話：+82-2-6365-2242と`+82-2-6365-2242`\n", &[], KOREAN);
        assert!(
            html.contains(
                "電話：<span class=\"phone\">+82-2-6365-2242</span>と<code>+82-2-6365-2242</code>"
            ),
            "{html}"
        );
    }

    #[test]
    fn table_cells_carry_their_column_heading() {
        // A heading's words as read: a glossary link and a Korean span leave only their text;
        // a quote is escaped; a column without a heading gives no label.
        let body =
            "| | Body \"A\" | 공식 `name` | Stem cell |\n|---|:-:|---|--:|\n| x | 1 | 2 | 3 |\n";
        let (html, _) = render_marked(
            body,
            &[("stem-cell", &["stem cell"])],
            Marking {
                korean: true,
                isolate_ltr: false,
            },
        );
        assert!(html.contains("#stem-cell\">Stem cell</a></th>"), "{html}");
        assert!(
            html.contains(concat!(
                "<tr><td>x</td>",
                "<td data-label=\"Body &quot;A&quot;\" class=\"align-center\">1</td>",
                "<td data-label=\"공식 name\">2</td>",
                "<td data-label=\"Stem cell\" class=\"align-right\">3</td></tr>"
            )),
            "{html}"
        );
        // An editor's HTML is cleaned, and keeps the labels.
        let (html, _) = render_with("<p>x</p>\n\n| a |\n|---|\n| 1 |\n", &[]);
        assert!(html.contains("<td data-label=\"a\">1</td>"), "{html}");
    }
}
