//! Fluent wraps every value it puts into a message in isolation marks (FSI U+2068 … PDI U+2069),
//! so that a Korean name or a number inside Arabic text keeps its own direction. The marks help
//! in running text and only harm elsewhere: an attribute value (`title`, `aria-label`, `alt`,
//! `content`) is read out or shown without bidi processing, a `<title>` ends up in bookmarks and
//! tab names, and script data would carry them into the search index. This pass keeps them in
//! text and removes them from tags, `<title>`, `<script>` and `<style>`.

/// First isolate, left-to-right, right-to-left isolates and the pop that closes them.
const MARKS: [char; 4] = ['\u{2068}', '\u{2066}', '\u{2067}', '\u{2069}'];

/// `html` without isolation marks where they do not belong. Our templates escape every `<` in
/// text, so a `<` always opens a tag.
pub fn confine(html: &str) -> String {
    if !html.contains(MARKS) {
        return html.to_owned();
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag = &rest[open..];
        let end = tag.find('>').map_or(tag.len(), |e| e + 1);
        push_without_marks(&mut out, &tag[..end]);
        rest = &tag[end..];
        // The contents of these elements are not running text.
        let name = element_name(&tag[..end]);
        if let Some(name) = name.filter(|n| matches!(n.as_str(), "title" | "script" | "style")) {
            let close = format!("</{name}");
            let stop = find_ignore_case(rest, &close).unwrap_or(rest.len());
            push_without_marks(&mut out, &rest[..stop]);
            rest = &rest[stop..];
        }
    }
    out.push_str(rest);
    out
}

/// Text with every isolation mark taken out (for titles of search results and other plain text).
pub fn strip(text: &str) -> String {
    text.chars().filter(|c| !MARKS.contains(c)).collect()
}

fn push_without_marks(out: &mut String, s: &str) {
    out.extend(s.chars().filter(|c| !MARKS.contains(c)));
}

/// The lowercased name of an opening tag (`<title lang="ko">` → `title`); none for closing tags,
/// comments and declarations.
fn element_name(tag: &str) -> Option<String> {
    let name: String = tag[1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    (!name.is_empty()).then(|| name.to_ascii_lowercase())
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';

    #[test]
    fn marks_stay_in_text_and_leave_attributes_titles_and_scripts() {
        let html = format!(
            "<html><head><title>{FSI}12{PDI} نتيجة</title>\
             <script>var m = \"{FSI}x{PDI}\";</script></head>\
             <body><a href=\"#\" aria-label=\"{FSI}12{PDI} نتيجة\">يُعرض {FSI}12{PDI} من أصل {FSI}30{PDI}</a></body></html>"
        );
        let out = confine(&html);
        assert_eq!(
            out,
            format!(
                "<html><head><title>12 نتيجة</title>\
                 <script>var m = \"x\";</script></head>\
                 <body><a href=\"#\" aria-label=\"12 نتيجة\">يُعرض {FSI}12{PDI} من أصل {FSI}30{PDI}</a></body></html>"
            )
        );
    }

    #[test]
    fn html_without_marks_is_returned_as_it_is() {
        let html = "<p title=\"a\">b</p>";
        assert_eq!(confine(html), html);
    }

    #[test]
    fn strip_removes_every_kind_of_isolate() {
        assert_eq!(
            strip("\u{2066}a\u{2069} \u{2067}b\u{2069} \u{2068}c\u{2069}"),
            "a b c"
        );
    }
}
