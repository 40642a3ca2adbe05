//! Relative URLs between output files: where a page's link leads, and how to write a link
//! from one file to another. The offline copy and the print page move links around with these.

use percent_encoding::percent_decode_str;

use crate::render::urls::encode_path;

/// A link resolved against the file it appears in: the output path it names (`None` for a
/// link within the same page) and its fragment.
#[derive(Debug, PartialEq, Eq)]
pub struct Target {
    pub path: Option<String>,
    pub fragment: Option<String>,
}

/// Resolves `href`, found in the output file `from`, to an output path; `None` for a URL that
/// leaves the site (a scheme such as https or mailto, `//host`, a root-relative path).
pub fn resolve(from: &str, href: &str) -> Option<Target> {
    let (rest, fragment) = match href.split_once('#') {
        Some((r, f)) => (r, Some(f.to_owned())),
        None => (href, None),
    };
    let rest = rest.split('?').next().unwrap_or(rest);
    if rest.is_empty() {
        return Some(Target {
            path: None,
            fragment,
        });
    }
    let scheme = rest
        .split_once(':')
        .is_some_and(|(s, _)| !s.contains('/') && !s.is_empty());
    if scheme || rest.starts_with('/') {
        return None;
    }
    // One string, climbing by cutting it at its last slash: the offline copy resolves every
    // link of every page, and a list of segments joined again cost three allocations a link.
    let mut joined = String::with_capacity(from.len() + rest.len());
    joined.push_str(from.rsplit_once('/').map_or("", |(dir, _)| dir));
    for seg in rest.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                if joined.is_empty() {
                    return None;
                }
                joined.truncate(joined.rfind('/').unwrap_or(0));
            }
            s => {
                if !joined.is_empty() {
                    joined.push('/');
                }
                joined.push_str(s);
            }
        }
    }
    let path = if joined.contains('%') {
        percent_decode_str(&joined).decode_utf8().ok()?.into_owned()
    } else {
        joined
    };
    Some(Target {
        path: Some(path),
        fragment,
    })
}

/// The relative URL from the output file `from` to the output file `to`.
pub fn relative(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect();
    let from_dirs = &from_dirs[..from_dirs.len() - 1];
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dirs
        .iter()
        .zip(&to_parts[..to_parts.len() - 1])
        .take_while(|(a, b)| a == b)
        .count();
    let up = "../".repeat(from_dirs.len() - common);
    format!("{up}{}", encode_path(&to_parts[common..].join("/")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(from: &str, href: &str) -> Option<String> {
        resolve(from, href).and_then(|t| t.path)
    }

    #[test]
    fn links_resolve_against_their_page() {
        assert_eq!(
            path("en/faq/index.html", "../index.html").as_deref(),
            Some("en/index.html")
        );
        assert_eq!(
            path("en/a.html", "../assets/search/en.js").as_deref(),
            Some("assets/search/en.js")
        );
        assert_eq!(
            path("en/a.html", "b%20c.html#x").as_deref(),
            Some("en/b c.html")
        );
        assert_eq!(
            resolve("en/a.html", "#top").unwrap().fragment.as_deref(),
            Some("top")
        );
        assert_eq!(path("en/a.html", "../../x.html"), None);
        for away in [
            "https://x.org/",
            "mailto:a@b.c",
            "tel:+82",
            "/en/a.html",
            "//x.org/",
        ] {
            assert_eq!(resolve("en/a.html", away), None, "{away}");
        }
    }

    /// Resolution as a list of segments, joined at the end: what `resolve` must agree with.
    fn by_segments(from: &str, rest: &str) -> Option<String> {
        let mut parts: Vec<&str> = from.split('/').collect();
        parts.pop();
        for seg in rest.split('/') {
            match seg {
                "." | "" => {}
                ".." => {
                    parts.pop()?;
                }
                s => parts.push(s),
            }
        }
        let joined = parts.join("/");
        Some(percent_decode_str(&joined).decode_utf8().ok()?.into_owned())
    }

    proptest::proptest! {
        #[test]
        fn resolving_agrees_with_a_list_of_segments(
            from in proptest::collection::vec("en|guide|a b|x%20y", 0..4),
            rest in proptest::collection::vec("\\.\\.|\\.||b|c%20d|%FF|ü", 1..6),
        ) {
            let from = [from.join("/"), "page.html".to_owned()].join("/");
            let from = from.trim_start_matches('/');
            let rest = rest.join("/");
            proptest::prop_assume!(!rest.starts_with('/') && !rest.is_empty());
            let got = resolve(from, &rest).and_then(|t| t.path);
            proptest::prop_assert_eq!(got, by_segments(from, &rest));
        }
    }

    #[test]
    fn relative_links_climb_only_as_far_as_needed() {
        assert_eq!(
            relative("en/print.html", "en/faq/index.html"),
            "faq/index.html"
        );
        assert_eq!(
            relative("en/print.html", "assets/style.css"),
            "../assets/style.css"
        );
        assert_eq!(
            relative("en/faq/index.html", "en/a b.html"),
            "../a%20b.html"
        );
        assert_eq!(relative("index.html", "ko/index.html"), "ko/index.html");
    }
}
