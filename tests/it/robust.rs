//! Input that must not break the build badly: odd encodings and line endings, degenerate
//! files, a very large page, symbolic links, odd file names, and paths or links that try to
//! lead out of the site. Each gives a clear message at its place, or simply works.

use std::fs;

use armguide::diagnostics::Severity;
use armguide::site::BuildError;

use crate::common::Site;

/// The build's errors (or its warnings), as printed.
fn diagnostics(site: &Site, severity: Severity) -> Vec<String> {
    let diags = match site.build() {
        Err(BuildError::Content(d)) => d,
        Err(other) => panic!("{other}"),
        Ok(report) => report.warnings,
    };
    diags
        .iter()
        .filter(|d| d.severity == severity)
        .map(ToString::to_string)
        .collect()
}

fn errors(site: &Site) -> Vec<String> {
    diagnostics(site, Severity::Error)
}

fn builds(site: &Site) {
    crate::common::built(site.build());
}

const GUIDE: &str = "content/en/guide.md";

#[test]
fn invalid_utf8_is_located_at_the_first_bad_byte() {
    let site = Site::new("basic");
    let mut bytes = b"---\ntitle: Caf".to_vec();
    bytes.extend([0xe9, b'\n']);
    bytes.extend(b"---\nBody\n");
    fs::write(site.path().join(GUIDE), bytes).unwrap();
    assert_eq!(
        errors(&site),
        [
            "content/en/guide.md:2:11: error: the file is not valid UTF-8 text\n  = hint: save it as UTF-8"
        ]
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_endings_are_read_as_plain_text() {
    let site = Site::new("basic");
    let text = fs::read_to_string(site.path().join(GUIDE)).unwrap();
    site.write(GUIDE, &format!("\u{feff}{}", text.replace('\n', "\r\n")));
    builds(&site);
    let page = site.read("en/guide.html");
    assert!(page.contains("<title>How it works · "), "the title is read");
    assert!(page.contains("id=\"ask-for-documents\""));
    assert!(!page.contains('\r') && !page.contains('\u{feff}'));
}

#[test]
fn a_crlf_file_reports_the_lines_an_editor_sees() {
    let site = Site::new("basic");
    site.write(GUIDE, "---\r\ntitle: A\r\ncolour: red\r\n---\r\nBody\r\n");
    assert_eq!(
        errors(&site),
        [
            "content/en/guide.md:3:1: error: unknown front-matter key `colour`\n  = hint: this kind of page takes: title, description, order, draft, reviewed, safety, source_hash, translator"
        ]
    );
}

#[test]
fn a_file_with_only_the_opening_line_says_the_front_matter_is_not_closed() {
    for text in ["---", "---\n", "\u{feff}---\r\n"] {
        let site = Site::new("basic");
        site.write(GUIDE, text);
        assert_eq!(
            errors(&site),
            [
                "content/en/guide.md:1:1: error: the front matter opened here is never closed\n  = hint: end it with a line that holds only `---`"
            ],
            "{text:?}"
        );
    }
}

#[test]
fn tabs_in_yaml_point_at_the_tab_and_say_to_use_spaces() {
    let site = Site::new("basic");
    site.write(GUIDE, "---\ntitle: A\n\torder: 2\n---\nBody\n");
    assert_eq!(
        errors(&site),
        [
            "content/en/guide.md:3:1: error: invalid YAML: while scanning a plain scalar, found a tab\n  = hint: YAML does not allow tabs here; indent and separate with spaces"
        ]
    );
}

/// Slow in a debug build (the search index of a 10 MB page), but it must simply work.
#[test]
fn a_ten_megabyte_page_builds() {
    let site = Site::new("basic");
    let mut text = String::from("---\ntitle: Long\n---\n");
    let mut n = 0;
    while text.len() < 10 * 1024 * 1024 {
        n += 1;
        text.push_str(&format!(
            "## Part {n}\n\nA stem cell is a cell; see [the guide](guide.md) and **cell therapy** \
             (세포치료), +82-2-1234-5678, <https://example.org/{n}>.\n\n| a | b |\n|:-|-:|\n| {n} | x |\n\n"
        ));
    }
    site.write("content/en/long.md", &text);
    builds(&site);
    let page = site.read("en/long.html");
    assert!(page.len() > 10 * 1024 * 1024, "{}", page.len());
    assert!(page.contains(&format!("id=\"part-{n}\"")));
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_are_reported_not_followed_forever() {
    use std::os::unix::fs::symlink;
    let site = Site::new("basic");
    let en = site.path().join("content/en");
    symlink("..", en.join("glossary/up")).unwrap();
    symlink("b.md", en.join("a.md")).unwrap();
    symlink("a.md", en.join("b.md")).unwrap();
    assert_eq!(
        errors(&site),
        [
            "content/en/a.md: error: cannot read: a symbolic link loops back to itself",
            "content/en/b.md: error: cannot read: a symbolic link loops back to itself",
            "content/en/glossary/up: error: cannot read: a symbolic link loops back to a folder above it",
        ]
    );
}

#[cfg(unix)]
#[test]
fn symbolic_links_inside_the_site_work_and_outside_are_refused() {
    use std::os::unix::fs::symlink;
    let site = Site::new("basic");
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.txt"), "secret").unwrap();
    fs::create_dir(outside.path().join("pages")).unwrap();
    fs::write(outside.path().join("pages/x.md"), "---\ntitle: X\n---\n").unwrap();
    let en = site.path().join("content/en");
    fs::create_dir_all(site.path().join("shared")).unwrap();
    fs::write(site.path().join("shared/logo.png"), "png").unwrap();
    symlink(site.path().join("shared/logo.png"), en.join("logo.png")).unwrap();
    symlink(outside.path().join("secret.txt"), en.join("secret.txt")).unwrap();
    symlink(outside.path().join("pages"), en.join("pages")).unwrap();
    let real = outside.path().canonicalize().unwrap();
    let errs: Vec<String> = errors(&site)
        .iter()
        .map(|e| e.replace(real.to_str().unwrap(), "OUTSIDE"))
        .collect();
    let why = "a symbolic link leads outside the site folder, to OUTSIDE";
    let rest = "; content is read from the site folder only";
    assert_eq!(
        errs,
        [
            format!("content/en/pages: error: {why}/pages{rest}"),
            format!("content/en/secret.txt: error: {why}/secret.txt{rest}"),
        ]
    );
    fs::remove_file(en.join("secret.txt")).unwrap();
    fs::remove_file(en.join("pages")).unwrap();
    builds(&site);
    assert_eq!(site.read("en/logo.png"), "png");
}

#[test]
fn odd_file_names_work_or_are_named() {
    let site = Site::new("basic");
    let page = "---\ntitle: Dots\n---\nBody\n";
    site.write("content/en/a..b.md", page);
    site.write("content/en/..md", page);
    site.write("content/en/x.md/inner.md", page);
    let warnings = diagnostics(&site, Severity::Warning);
    assert!(
        warnings.contains(
            &"content/en/..md: warning: `..md` starts with a dot, so it is hidden and not built\n  = hint: rename it without the leading dot if it is a page".to_owned()
        ),
        "{warnings:#?}"
    );
    assert!(site.read("en/a..b.html").contains("<h1>Dots</h1>"));
    assert!(site.read("en/x.md/inner.html").contains("<h1>Dots</h1>"));
}

#[cfg(unix)]
#[test]
fn a_backslash_in_a_file_name_is_refused() {
    let site = Site::new("basic");
    site.write("content/en/..\\..\\evil.md", "---\ntitle: E\n---\n");
    site.write("content/en/img\\a.png", "png");
    assert_eq!(
        errors(&site),
        [
            "content/en/..\\..\\evil.md: error: the file name `..\\..\\evil.md` contains `\\`, which separates folders on Windows\n  = hint: rename it, or make a folder for it",
            "content/en/img\\a.png: error: the file name `img\\a.png` contains `\\`, which separates folders on Windows\n  = hint: rename it, or make a folder for it",
        ]
    );
}

#[test]
fn links_and_images_cannot_lead_out_of_the_site() {
    let site = Site::new("basic");
    site.write(
        "content/en/escape.md",
        "---\ntitle: A\n---\n[a](../../../etc/passwd) ![b](../../../etc/passwd)\n\
         [c](%2e%2e/%2e%2e/site.toml) [d](/etc/passwd) [e](file:///etc/passwd)\n",
    );
    assert_eq!(
        errors(&site),
        [
            "content/en/escape.md:4:1: error: link `../../../etc/passwd` leads out of the language folder",
            "content/en/escape.md:4:26: error: image `../../../etc/passwd` leads out of the language folder",
            "content/en/escape.md:5:1: error: link `%2e%2e/%2e%2e/site.toml` leads out of the language folder",
            "content/en/escape.md:5:30: error: link `/etc/passwd` starts at the site root, which breaks offline copies and sites under a path prefix; link to the .md file relatively",
            "content/en/escape.md:5:47: error: link `file:///etc/passwd` uses `file:`, which a page may not link to; use https://, http://, mailto: or tel:, or a relative path",
        ]
    );
}

#[test]
fn a_theme_name_cannot_be_a_path() {
    for theme in ["../../etc", "/etc", "a\\b", ".."] {
        let site = Site::new("basic");
        let toml = fs::read_to_string(site.path().join("site.toml")).unwrap();
        site.write("site.toml", &format!("{toml}theme = '{theme}'\n"));
        assert_eq!(
            errors(&site),
            [format!(
                "site.toml:4:1: error: theme `{theme}` must be the name of a folder under themes/\n  = hint: for themes/my-theme/, write `theme = \"my-theme\"`"
            )]
        );
    }
}

#[test]
fn export_fields_are_escaped_and_ids_cannot_name_paths() {
    let site = Site::new("basic");
    let path = site.path().join("content/institutions.yaml");
    let export = fs::read_to_string(&path).unwrap();
    let first = export.find("  - id:").unwrap();
    let record = "  - id: \"../../etc/passwd\"\n    name: { ko: \"<script>alert(1)</script>\", en: \"A <b onmouseover=alert(1)>\\\"quoted\\\" & co\" }\n    \
         kind: regenerative-medical-institution\n    region: seoul\n    district: \"<img src=x onerror=alert(1)>\"\n    \
         designated_on: 2020-01-01\n    status: active\n";
    fs::write(
        &path,
        format!("{}{record}{}", &export[..first], &export[first..]),
    )
    .unwrap();
    builds(&site);
    let page = site.read("en/institutions/etc-passwd.html");
    assert!(
        page.contains("A &lt;b onmouseover=alert(1)&gt;&quot;quoted&quot; &amp; co"),
        "{page}"
    );
    let list = site.read("ko/institutions/index.html");
    for html in [&page, &list] {
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img src=x"), "{html}");
        assert!(!html.contains("<b onmouseover"), "{html}");
    }
    assert!(
        list.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || list.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{list}"
    );
}

#[test]
fn raw_html_reaches_the_page_sanitized() {
    let site = Site::new("basic");
    let text = fs::read_to_string(site.path().join(GUIDE)).unwrap();
    site.write(
        GUIDE,
        &format!(
            "{text}\n<details open><summary>More</summary>\n\n<p lang=\"ko\" onclick=\"steal()\">줄기세포</p>\n\n</details>\n\n\
             <script>alert(1)</script><iframe src=\"https://example.org\"></iframe>\n\n\
             <a href=\"javascript:alert(1)\">x</a> <img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"i\"></main>\n"
        ),
    );
    builds(&site);
    let page = site.read("en/guide.html");
    assert!(
        page.contains("<details open=\"\"><summary>More</summary>"),
        "{page}"
    );
    assert!(page.contains("<p lang=\"ko\">줄기세포</p>"), "{page}");
    for bad in [
        "alert(1)",
        "<iframe",
        "steal()",
        "data:image",
        "javascript:",
    ] {
        assert!(!page.contains(bad), "`{bad}` in {page}");
    }
    assert_eq!(
        page.matches("</main>").count(),
        1,
        "a stray closing tag stays in the body"
    );
}
