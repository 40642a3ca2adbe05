//! The fuzz targets: each runs one parser on its input and checks what must hold for any input.

use std::collections::HashSet;

use armguide::content::Document;
use armguide::content::frontmatter;
use armguide::content::markdown::{self, LinkTarget, Marking, RenderContext, TermMatcher};
use armguide::diagnostics::{Diagnostic, SourceText};
use armguide::institutions::Export;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

type Outcome = Result<(), TestCaseError>;

/// A diagnostic's line and column must exist in the file it names (the column may sit just
/// after the line's last character, where an unclosed construct ends).
fn located_inside(src: &SourceText, diags: &[Diagnostic]) -> Outcome {
    let lines: Vec<&str> = src.text.split('\n').collect();
    for d in diags {
        let Some(p) = d.position else { continue };
        prop_assert!(
            p.line >= 1 && p.line <= lines.len(),
            "line {} outside a file of {} lines: {d}",
            p.line,
            lines.len()
        );
        let width = lines[p.line - 1].chars().count();
        prop_assert!(
            p.column >= 1 && p.column <= width + 1,
            "column {} outside line {} of {width} characters: {d}",
            p.column,
            p.line
        );
    }
    Ok(())
}

pub fn split(text: &str) -> Outcome {
    let src = SourceText::new("a.md", text);
    let text = src.text.as_str();
    if let Ok(Some(s)) = frontmatter::split(text) {
        prop_assert!(s.yaml.start <= s.yaml.end && s.yaml.end <= s.body.start);
        prop_assert!(s.body.end == text.len());
        for at in [s.yaml.start, s.yaml.end, s.body.start] {
            prop_assert!(
                text.is_char_boundary(at),
                "split inside a character at {at}"
            );
        }
        prop_assert_eq!(text[..s.yaml.start].trim_end(), "---");
    }
    Ok(())
}

pub fn front_matter(rel: &str, text: &str) -> Outcome {
    let src = SourceText::new(format!("content/en/{rel}"), text);
    let mut diags = Vec::new();
    let doc = Document::parse("en", rel, src.clone(), &mut diags);
    located_inside(&src, &diags)?;
    if let Some(doc) = doc {
        prop_assert!(diags.is_empty(), "a document with errors: {diags:?}");
        let src = doc.source().expect("a text made from a string is held");
        let _ = (&src.text[doc.body.clone()], doc.title(), doc.id());
    }
    Ok(())
}

pub fn export(text: &str) -> Outcome {
    let src = SourceText::new("content/institutions.yaml", text);
    let mut diags = Vec::new();
    let export = Export::parse(&src, &mut diags);
    located_inside(&src, &diags)?;
    for inst in export.iter().flat_map(|e| &e.institutions) {
        // The slug names a file: nothing in an export may lead out of its folder.
        prop_assert!(
            !inst.slug.is_empty()
                && inst
                    .slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "slug `{}`",
            inst.slug
        );
        let _ = inst.name_in("ar");
    }
    Ok(())
}

pub fn markdown(text: &str) -> Outcome {
    let src = SourceText::new("content/en/a.md", text);
    let terms: Vec<(String, Vec<String>)> = [
        ("stem-cell", &["stem cell", "stem cells", "줄기세포"][..]),
        ("autologous", &["자가", "autologous"][..]),
        ("i", &["İ", "ß"][..]),
    ]
    .iter()
    .map(|(id, names)| {
        (
            id.to_string(),
            names.iter().map(|n| n.to_string()).collect(),
        )
    })
    .collect();
    let matcher = TermMatcher::new(&terms);
    let url = |i: usize| format!("glossary/index.html#{}", matcher.ids[i]);
    let link = |t: &LinkTarget| {
        if t.rel.split('/').any(|s| s == ".." || s == ".") || t.rel.starts_with('/') {
            return Err(format!("resolved outside the language folder: {}", t.rel));
        }
        Ok(format!("{}.html", t.rel.trim_end_matches(".md")))
    };
    for (korean, isolate_ltr) in [(false, false), (true, true)] {
        let ctx = RenderContext {
            link: &link,
            terms: Some((&matcher, &url)),
            marking: Marking {
                korean,
                isolate_ltr,
            },
        };
        let mut diags = Vec::new();
        let body = 0..src.text.len();
        let (html, _) = markdown::render(
            &src,
            body,
            "guide/a.md",
            &ctx,
            &mut HashSet::new(),
            &mut diags,
        );
        located_inside(&src, &diags)?;
        for d in &diags {
            prop_assert!(
                !d.message.starts_with("resolved outside"),
                "a link left the language folder: {d}"
            );
        }
        no_active_content(&html)?;
    }
    let _ = markdown::outline(&src.text);
    Ok(())
}

/// What must never reach a page from Markdown: script-bearing elements, event handlers,
/// script and data URLs. Text that merely mentions them is escaped and parses as text.
fn no_active_content(html: &str) -> Outcome {
    let fragment = scraper::Html::parse_fragment(html);
    for node in fragment.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        prop_assert!(
            !matches!(
                el.name(),
                "script" | "iframe" | "object" | "embed" | "style"
            ),
            "<{}> in {html}",
            el.name()
        );
        for (name, value) in el.attrs() {
            prop_assert!(!name.starts_with("on"), "event handler `{name}` in {html}");
            if matches!(name, "href" | "src" | "action" | "formaction") {
                let v: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_lowercase();
                for scheme in ["javascript:", "vbscript:", "data:"] {
                    prop_assert!(!v.starts_with(scheme), "`{name}={value}` in {html}");
                }
            }
        }
    }
    Ok(())
}

pub fn link(from: &str, dest: &str) -> Outcome {
    if let Ok(Some(t)) = markdown::resolve_link(from, dest) {
        prop_assert!(
            !t.rel.starts_with('/') && !t.rel.split('/').any(|s| s == ".."),
            "`{dest}` from `{from}` resolved to `{}`",
            t.rel
        );
    }
    Ok(())
}
