//! Fluent wraps every value it puts into a message in isolation marks (FSI U+2068 … PDI U+2069),
//! so that a Korean name or a number inside Arabic text keeps its own direction. The marks help
//! in running text and only harm elsewhere: an attribute value (`title`, `aria-label`, `alt`,
//! `content`) is read out or shown without bidi processing, a `<title>` ends up in bookmarks and
//! tab names, and script data would carry them into the search index. This pass keeps them in
//! text and removes them from tags, `<title>`, `<script>` and `<style>`.

/// First isolate, left-to-right, right-to-left isolates and the pop that closes them.
const MARKS: [char; 4] = ['\u{2068}', '\u{2066}', '\u{2067}', '\u{2069}'];

/// `html` without isolation marks where they do not belong. Our templates escape every `<` in
/// text, so a `<` always opens a tag. A page without marks is given back as it is. The page is
/// bytes as Tera wrote them, valid UTF-8 since everything Tera writes is: it is cut only at
/// `<`, `>` and whole marks, and checking it again was 1.3% of a build.
pub fn confine(html: Vec<u8>) -> Vec<u8> {
    if find_mark(&html).is_none() {
        return html;
    }
    let mut out = Vec::with_capacity(html.len());
    let mut rest = html.as_slice();
    // Tags and the text between them are found with memchr: this pass runs over every page,
    // and going through it a character at a time was 4% of a build.
    while let Some(open) = memchr::memchr(b'<', rest) {
        out.extend_from_slice(&rest[..open]);
        let tag = &rest[open..];
        let end = memchr::memchr(b'>', tag).map_or(tag.len(), |e| e + 1);
        push_without_marks(&mut out, &tag[..end]);
        rest = &tag[end..];
        // The contents of these elements are not running text.
        if let Some(name) = raw_text_element(&tag[..end]) {
            let stop = find_close(rest, name).unwrap_or(rest.len());
            push_without_marks(&mut out, &rest[..stop]);
            rest = &rest[stop..];
        }
    }
    out.extend_from_slice(rest);
    out
}

/// Text with every isolation mark taken out (for titles of search results and other plain text).
pub fn strip(text: &str) -> String {
    text.chars().filter(|c| !MARKS.contains(c)).collect()
}

fn push_without_marks(out: &mut Vec<u8>, s: &[u8]) {
    let mut rest = s;
    while let Some(at) = find_mark(rest) {
        out.extend_from_slice(&rest[..at]);
        // Every mark is three bytes in UTF-8.
        rest = &rest[at + 3..];
    }
    out.extend_from_slice(rest);
}

/// Where the first isolation mark in `bytes` starts. The marks are U+2066 to U+2069, in UTF-8
/// `E2 81` and then `A6` to `A9`.
fn find_mark(bytes: &[u8]) -> Option<usize> {
    // memchr for one byte: a two-byte memmem search would be set up anew for every tag.
    memchr::memchr_iter(0xE2, bytes).find(|&at| {
        bytes.get(at + 1) == Some(&0x81) && matches!(bytes.get(at + 2), Some(0xA6..=0xA9))
    })
}

/// The element an opening tag opens, when its contents are not running text (`<title lang="ko">`
/// → `title`); none for other elements, closing tags, comments and declarations.
fn raw_text_element(tag: &[u8]) -> Option<&'static str> {
    let name = tag[1..]
        .split(|b| !b.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    ["title", "script", "style"]
        .into_iter()
        .find(|raw| name.eq_ignore_ascii_case(raw.as_bytes()))
}

/// Where the closing tag of `name` starts in `html`, in any case.
fn find_close(html: &[u8], name: &str) -> Option<usize> {
    memchr::memchr_iter(b'<', html).find(|&at| {
        html.get(at + 1) == Some(&b'/')
            && html
                .get(at + 2..at + 2 + name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
    })
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
        let out = String::from_utf8(confine(html.into_bytes())).unwrap();
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
    fn raw_text_ends_at_its_closing_tag_in_any_case_and_neighbours_of_the_marks_stay() {
        // U+2060 (word joiner) and U+206A share the marks' first two bytes; U+2019 does not.
        let html = format!(
            "<SCRIPT>a{FSI}b</Script>{FSI}c{PDI}<p title=\"\u{2060}{PDI}\u{206A}\">\u{2019}</p>"
        );
        assert_eq!(
            String::from_utf8(confine(html.into_bytes())).unwrap(),
            format!("<SCRIPT>ab</Script>{FSI}c{PDI}<p title=\"\u{2060}\u{206A}\">\u{2019}</p>")
        );
    }

    #[test]
    fn html_without_marks_is_returned_as_it_is() {
        let html = "<p title=\"a\">b</p>";
        assert_eq!(confine(html.as_bytes().to_vec()), html.as_bytes());
    }

    #[test]
    fn strip_removes_every_kind_of_isolate() {
        assert_eq!(
            strip("\u{2066}a\u{2069} \u{2067}b\u{2069} \u{2068}c\u{2069}"),
            "a b c"
        );
    }
}
