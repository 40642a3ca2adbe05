//! What editors' Markdown may put on a page: raw HTML passes through ammonia, link and image
//! targets are checked against the schemes a patient's page may use, and table alignment
//! becomes a class so that the site's Content-Security-Policy needs no inline styles.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Schemes a link may use; anything else (`javascript:`, `data:`, `file:` ...) is refused.
pub const LINK_SCHEMES: [&str; 4] = ["https", "http", "mailto", "tel"];

/// The sanitizer for a body that carries raw HTML. It runs over the whole rendered body, so
/// it lets through everything the Markdown pipeline itself writes (heading ids, footnote
/// classes and ids, `lang` and `dir` marks, the glossary links' class, list starts, table
/// alignment classes) and what editors use (tables, details/summary, `lang`/`dir`), and
/// drops scripts, styles, frames, objects, forms, event handlers and URLs of other schemes.
static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["dir", "id", "class"])
        .add_tag_attributes("a", ["title"])
        .add_tag_attributes("img", ["title"])
        .add_tag_attributes("ol", ["start", "reversed", "type"])
        .add_tag_attributes("td", ["colspan", "rowspan", "data-label"])
        .add_tag_attributes("th", ["colspan", "rowspan", "scope"])
        .add_tag_attributes("details", ["open"])
        .url_schemes(LINK_SCHEMES.into_iter().collect::<HashSet<_>>())
        .attribute_filter(|element, attribute, value| {
            if element == "img" && attribute == "src" && scheme(value).is_some() {
                None
            } else {
                Some(value.into())
            }
        })
        // The tool's own links carry no `rel`; a sanitized page should not differ from others.
        .link_rel(None);
    b
});

/// `html` with every element, attribute and URL not on the list above removed.
pub fn clean(html: &str) -> String {
    CLEANER.clean(html).to_string()
}

/// The scheme of a URL, lowercased, as a browser reads it: leading spaces and control
/// characters are skipped, and tabs and newlines inside it are ignored.
pub fn scheme(url: &str) -> Option<String> {
    let url = url.trim_start_matches(|c: char| c <= ' ');
    let mut scheme = String::new();
    for c in url.chars() {
        match c {
            '\t' | '\n' | '\r' => {}
            ':' if !scheme.is_empty() => return Some(scheme),
            c if c.is_ascii_alphanumeric() || "+-.".contains(c) => {
                scheme.push(c.to_ascii_lowercase())
            }
            _ => return None,
        }
    }
    None
}

/// Refuses a link or image target whose scheme a page may not use, saying what to write. An
/// image may use no scheme at all: a page loads nothing from other hosts (the policy says
/// `img-src 'self'`), and a `data:` image is a file the editor cannot see in the folder.
pub fn check_url(dest: &str, image: bool) -> Result<(), String> {
    let Some(scheme) = scheme(dest) else {
        return Ok(());
    };
    let shown: String = dest.chars().take(40).collect();
    let more = if dest.chars().count() > 40 { "…" } else { "" };
    if image {
        return Err(format!(
            "image `{shown}{more}` is not a file of the site (`{scheme}:`); pages show only images saved beside them: save it there and write its relative path"
        ));
    }
    if LINK_SCHEMES.contains(&scheme.as_str()) {
        return Ok(());
    }
    Err(format!(
        "link `{shown}{more}` uses `{scheme}:`, which a page may not link to; use https://, http://, mailto: or tel:, or a relative path"
    ))
}

/// pulldown-cmark writes a table column's alignment as an inline style, which a policy
/// without `'unsafe-inline'` styles would block; the theme styles these classes instead.
/// Text cannot produce the pattern: its quotes are written as `&quot;`.
pub fn alignment_to_classes(html: &str) -> String {
    if !html.contains(" style=\"text-align: ") {
        return html.to_owned();
    }
    html.replace(" style=\"text-align: left\"", " class=\"align-left\"")
        .replace(" style=\"text-align: center\"", " class=\"align-center\"")
        .replace(" style=\"text-align: right\"", " class=\"align-right\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_read_as_a_browser_reads_them() {
        assert_eq!(scheme("JavaScript:alert(1)").as_deref(), Some("javascript"));
        assert_eq!(
            scheme(" \u{1}java\tscript:x").as_deref(),
            Some("javascript")
        );
        assert_eq!(scheme("faq/cost.md#a:b"), None);
        assert_eq!(scheme("../x.png"), None);
        assert_eq!(scheme(":x"), None);
    }

    #[test]
    fn script_urls_are_refused_with_what_to_use() {
        assert_eq!(
            check_url("javascript:alert(1)", false).unwrap_err(),
            "link `javascript:alert(1)` uses `javascript:`, which a page may not link to; use https://, http://, mailto: or tel:, or a relative path"
        );
        assert_eq!(
            check_url("data:image/png;base64,AAAA", true).unwrap_err(),
            "image `data:image/png;base64,AAAA` is not a file of the site (`data:`); pages show only images saved beside them: save it there and write its relative path"
        );
        assert!(check_url("tel:+82-2-1234-5678", false).is_ok());
        assert!(check_url("tel:+82", true).is_err());
        assert!(check_url("https://example.org/a.png", true).is_err());
        assert!(check_url("p.png", true).is_ok());
    }

    #[test]
    fn raw_html_loses_scripts_handlers_and_frames_and_keeps_structure() {
        let html = clean(
            "<details open><summary lang=\"ko\" dir=\"ltr\">요약</summary><table><tr><td colspan=\"2\" onclick=\"x()\">a</td></tr></table></details>\
             <script>alert(1)</script><iframe src=\"https://x.org\"></iframe><object data=\"x\"></object>\
             <a href=\"javascript:alert(1)\">j</a><a href=\"data:text/html,x\">d</a><img src=\"data:image/png;base64,AA\" alt=\"i\">\
             <a href=\"faq/index.html#x\" class=\"term\">t</a><img src=\"https://x.org/a.png\" alt=\"e\"><img src=\"p.png\" alt=\"p\"><style>p{}</style><form action=\"x\"><input></form>",
        );
        assert_eq!(
            html,
            "<details open=\"\"><summary lang=\"ko\" dir=\"ltr\">요약</summary><table><tbody><tr><td colspan=\"2\">a</td></tr></tbody></table></details>\
             <a>j</a><a>d</a><img alt=\"i\">\
             <a href=\"faq/index.html#x\" class=\"term\">t</a><img alt=\"e\"><img src=\"p.png\" alt=\"p\">"
        );
    }

    #[test]
    fn alignment_becomes_a_class() {
        assert_eq!(
            alignment_to_classes("<th style=\"text-align: right\">n</th>"),
            "<th class=\"align-right\">n</th>"
        );
    }
}
