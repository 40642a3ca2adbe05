//! Markdown that a patient would see broken, though it renders: links that lead nowhere or show
//! no text, images without alt text, and headings that skip a level. Each is reported at the
//! exact place in the file (the `[` of a link, the `!` of an image, the `#` of a heading).

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::Text;
use crate::diagnostics::Diagnostic;

/// Lints the body of every document, in every language.
pub(super) fn check(texts: &[Text], diags: &mut Vec<Diagnostic>) {
    for text in texts {
        lint(text, diags);
    }
}

/// What an open link or image has shown so far.
struct Open {
    /// Offset of its first byte in the file.
    at: usize,
    /// The text a reader sees (link text, or an image's alt text).
    text: String,
    dest_empty: bool,
}

fn lint(text: &Text, diags: &mut Vec<Diagnostic>) {
    let (doc, src) = (text.doc, &text.src);
    let body = text.body();
    // The page title is the h1 the theme prints, so a body starts at h2.
    let mut level = 1u8;
    let mut links: Vec<Open> = Vec::new();
    let mut images: Vec<Open> = Vec::new();
    for (event, range) in
        Parser::new_ext(body, crate::content::markdown::options()).into_offset_iter()
    {
        let at = doc.body.start + range.start;
        match event {
            Event::Start(Tag::Heading { level: h, .. }) => {
                let h = h as u8;
                if h > level + 1 {
                    diags.push(
                        src.error(
                            at,
                            format!("heading level {h} follows level {level}: a level is skipped"),
                        )
                        .with_hint(format!(
                            "screen readers navigate by level; make this a level {} heading (`{}`)",
                            level + 1,
                            "#".repeat(usize::from(level) + 1)
                        )),
                    );
                }
                level = h;
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(Open {
                at,
                text: String::new(),
                dest_empty: dest_url.trim().is_empty(),
            }),
            Event::Start(Tag::Image { .. }) => images.push(Open {
                at,
                text: String::new(),
                dest_empty: false,
            }),
            Event::Text(t) | Event::Code(t) => {
                if let Some(open) = images.last_mut().or(links.last_mut()) {
                    open.text.push_str(&t);
                }
                // The alt text of an image inside a link is what the link reads as.
                if !images.is_empty()
                    && let Some(link) = links.last_mut()
                {
                    link.text.push_str(&t);
                }
            }
            Event::End(TagEnd::Link) => {
                let Some(open) = links.pop() else { continue };
                if open.dest_empty {
                    diags.push(
                        src.error(open.at, "empty link: it leads nowhere")
                            .with_hint("put the page, such as `faq/cost.md`, or the address between the parentheses"),
                    );
                } else if open.text.trim().is_empty() {
                    diags.push(
                        src.error(open.at, "link without text: a reader sees nothing to click")
                            .with_hint("write what the link leads to between the brackets"),
                    );
                }
            }
            Event::End(TagEnd::Image) => {
                let Some(open) = images.pop() else { continue };
                if open.text.trim().is_empty() {
                    diags.push(
                        src.error(open.at, "image without alt text")
                            .with_hint("describe the image between the brackets: `![what it shows](file.png)`; readers who cannot see it get this text"),
                    );
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Document;
    use crate::diagnostics::SourceText;

    fn lint_text(text: &str) -> Vec<String> {
        let mut diags = Vec::new();
        let doc = Document::parse(
            "en",
            "a.md",
            SourceText::new("content/en/a.md", text),
            &mut diags,
        )
        .expect("the test page parses");
        let src = doc.source().expect("a text made from a string is held");
        lint(&Text { doc: &doc, src }, &mut diags);
        diags.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn empty_links_and_links_without_text_are_found_where_they_start() {
        assert_eq!(
            lint_text("---\ntitle: A\n---\nSee [this]() and [](faq.md) and [ok](b.md).\n"),
            [
                "content/en/a.md:4:5: error: empty link: it leads nowhere\n  = hint: put the page, such as `faq/cost.md`, or the address between the parentheses",
                "content/en/a.md:4:18: error: link without text: a reader sees nothing to click\n  = hint: write what the link leads to between the brackets",
            ]
        );
    }

    #[test]
    fn an_image_needs_alt_text_but_a_linked_image_with_alt_is_fine() {
        let errs = lint_text("---\ntitle: A\n---\n![](a.png)\n\n[![Map](m.png)](b.md)\n");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].starts_with("content/en/a.md:4:1: error: image without alt text"));
    }

    #[test]
    fn headings_may_go_back_up_but_not_skip_down() {
        let errs = lint_text("---\ntitle: A\n---\n## A\n### B\n## C\n#### D\n");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].starts_with(
                "content/en/a.md:7:1: error: heading level 4 follows level 2: a level is skipped"
            ),
            "{errs:?}"
        );
    }

    #[test]
    fn a_body_that_opens_below_h2_skips_the_title_level() {
        let errs = lint_text("---\ntitle: A\n---\n### Too deep\n");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].contains("heading level 3 follows level 1"));
    }
}
